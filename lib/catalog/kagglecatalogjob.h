#pragma once

#include "hubcache_export.h"
#include "job.h"
#include "kagglecatalogpage.h"
#include "kagglemodelsclient.h"

#include <QByteArray>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace HubCache {

// Fetches one page of the Kaggle Models listing, then, one at a time, the page of each listed model
// whose variations the listing left out. Every attempt must be complete within the stall timeout;
// connection errors, 408, 429 and 5xx are retried with backoff like downloads; answers are read up to
// KaggleCatalogPage::kMaxBody. In offline mode it fails at once with ErrorCode::Offline.
class HUBCACHE_EXPORT KaggleCatalogJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KaggleCatalogJob)

public:
    KaggleCatalogJob(const KaggleModelsClient &client, const KaggleCatalogQuery &query, QObject *parent = nullptr);
    ~KaggleCatalogJob() override;

    void start() override;
    [[nodiscard]] const KaggleCatalogQuery &query() const { return m_query; }
    // The page, once the job succeeded.
    [[nodiscard]] const KaggleCatalogPage &page() const { return m_page; }
    // Requests sent, retries included.
    [[nodiscard]] int requests() const { return m_requests; }

protected:
    void doCancel() override;

private:
    void sendRequest();
    void onReadyRead();
    void onReplyFinished();
    void onStall();
    void failOrRetry(const Error &error, bool retryable, int retryAfterSeconds = -1);
    void handleBody(const QByteArray &body);
    void nextModel();
    void finish(const Error &error);
    void dropReply();
    [[nodiscard]] Error httpError(int status, const QString &detail) const;

    KaggleModelsClient m_client;
    KaggleCatalogQuery m_query;
    KaggleCatalogPage m_page;
    QUrl m_url;
    int m_modelIndex = -1; // -1: the listing; else the model whose page is being read
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QByteArray m_body;
    int m_attempt = 0;
    int m_requests = 0;
    bool m_stalled = false;
    bool m_tooLarge = false;
};

} // namespace HubCache
