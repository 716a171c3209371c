#pragma once

#include "configuration.h"
#include "job.h"

#include <QByteArray>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace HubCache {

// Asks a model server where the UNCOMPRESSED form of a model lives, the way tensorflow_hub's
// HttpUncompressedFileResolver does: one GET of `<handle>?tf-hub-format=uncompressed` whose answer
// must be "303 See Other" with a body starting with gs://; that body, exactly as sent, is the
// location. As in Python (urllib), a redirect with an http(s) Location is followed (303 included),
// bounded by maxRedirects; a 303 without one is the answer. The body is read up to kMaxBody only,
// every attempt must be complete within the stall timeout, and connection errors, 429 and 5xx are
// retried with backoff like downloads.
class UncompressedLocationJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UncompressedLocationJob)

public:
    // A gs:// location is a short path; an answer larger than this is not one.
    static constexpr qint64 kMaxBody = 64 * 1024;

    UncompressedLocationJob(const QUrl &url, const QString &handle, const Configuration &config,
                            QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~UncompressedLocationJob() override;

    void start() override;
    // The gs:// location, once the job succeeded.
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] int attempts() const { return m_attempt; }

protected:
    void doCancel() override;

private:
    void sendRequest();
    void onReadyRead();
    void onReplyFinished();
    void onStall();
    void failOrRetry(const Error &error, bool retryable, int retryAfterSeconds = -1);
    void finish(const Error &error);
    void dropReply();
    [[nodiscard]] ErrorContext context() const;

    QUrl m_originalUrl;
    QUrl m_url;
    QString m_handle;
    Configuration m_config;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QByteArray m_body;
    QString m_location;
    int m_attempt = 0;
    int m_redirects = 0;
    int m_httpStatus = 0;
    bool m_stalled = false;
    bool m_tooLarge = false;
};

} // namespace HubCache
