#pragma once

#include "hubcache_export.h"
#include "job.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace HubCache {

class GcsClient;

// The request machinery every GCS job shares: fetches a token and sends it to the storage endpoint
// only; retries 408, 429, 5xx and connection failures with exponential backoff when the request is
// idempotent (Configuration::maxRetries, retryDelay); fails an attempt that stalls
// (stallTimeout) or runs below minSpeed over minSpeedTime.
class HUBCACHE_EXPORT GcsRequestJob : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsRequestJob)

public:
    ~GcsRequestJob() override;
    void start() override;
    // gs://bucket/name of the object this job is about.
    [[nodiscard]] QString objectUri() const;
    // Attempts that were retried so far.
    [[nodiscard]] int retryCount() const { return m_retriesTotal; }

protected:
    GcsRequestJob(GcsClient *client, const QString &bucket, const QString &name, QObject *parent);

    struct Request
    {
        QByteArray verb = "GET";
        QUrl url;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        // Safe to send again after a failure: a read, or a write guarded by a precondition.
        bool idempotent = true;
        // A bulk transfer: the minimum-speed watchdog applies from the start (otherwise from the
        // answer's first byte).
        bool bulk = false;
        // Bytes Qt may hold for the answer before it stops reading the socket (0: no limit). A
        // bound keeps Qt from allocating fresh buffers for a whole answer a consumer takes anyway.
        qint64 readBufferSize = 0;
    };

    // The request of the next attempt; called for every attempt, retries included.
    virtual Request nextRequest() = 0;
    // An attempt ended with a status below 400 and, unless streamed, its whole body.
    virtual void handleResponse(int status, QNetworkReply *reply, const QByteArray &body) = 0;
    // Return true to get a 2xx body through handleBodyData() as it arrives instead of collected.
    [[nodiscard]] virtual bool streamsBody() const { return false; }
    virtual void handleBodyData(QNetworkReply *reply) { Q_UNUSED(reply) }
    // An attempt failed for good (not retryable, or out of retries); the default ends the job.
    virtual void handleFailure(const Error &error, int status);
    // A failed attempt is about to be retried (after the backoff, nextRequest() is asked again).
    virtual void aboutToRetry() {}

    // Sends nextRequest() as a new step of the job (next page, next chunk): the retry budget restarts.
    void sendNext();
    // Fails the current attempt; retried when retryable and the request is idempotent.
    void failAttempt(const Error &error, int status, bool retryable);
    [[nodiscard]] Error makeError(ErrorCode code, int status = 0, const QString &detail = {}) const;
    [[nodiscard]] GcsClient *client() const { return m_client; }
    void doCancel() override;

    QString m_bucket;
    QString m_name;

private:
    void attempt();
    void send(const QString &token);
    void onReadyRead();
    void onFinished();
    void onActivity();
    void onStall();
    void onSpeedCheck();
    void startSpeedWatch();
    void stopWatchdogs();
    void dropReply();

    GcsClient *m_client = nullptr;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QString m_token;
    QTimer m_stallTimer;
    QTimer m_speedTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_windowClock;
    qint64 m_windowBytes = 0;
    qint64 m_attemptBytes = 0;
    int m_retries = 0;
    int m_retriesTotal = 0;
    bool m_authRetried = false;
    enum class Abort { None, Stall, TooSlow, BodyTooLarge } m_abort = Abort::None;
    quint64 m_attemptSerial = 0;
};

} // namespace HubCache
