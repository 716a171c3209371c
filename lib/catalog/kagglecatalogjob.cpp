#include "kagglecatalogjob.h"

#include "httpretrypolicy_p.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace HubCache {

KaggleCatalogJob::KaggleCatalogJob(const KaggleModelsClient &client, const KaggleCatalogQuery &query, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_query(query)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &KaggleCatalogJob::onStall);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &KaggleCatalogJob::sendRequest);
}

KaggleCatalogJob::~KaggleCatalogJob()
{
    dropReply();
}

void KaggleCatalogJob::start()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (isFinished())
                return;
            if (m_client.configuration().offline()) {
                finish(Error(ErrorCode::Offline,
                             tr("Offline mode is on, and Kaggle Models is searched on %1: turn offline mode off "
                                "(--offline, HUBCACHE_OFFLINE) to search it. Models already in the cache stay "
                                "listed under the other sources.")
                                 .arg(m_client.configuration().kaggleApi().host())));
                return;
            }
            m_url = m_client.listUrl(m_query);
            m_modelIndex = -1;
            sendRequest();
        },
        Qt::QueuedConnection);
}

void KaggleCatalogJob::sendRequest()
{
    if (isFinished())
        return;
    ++m_attempt;
    ++m_requests;
    m_stalled = false;
    m_tooLarge = false;
    m_body.clear();
    QNetworkRequest request = m_client.prepareRequest(m_url);
    // Qt follows no redirect here: an API answer is never one we need, and a redirect to another
    // host must never carry credentials.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCInfo(lcDownload) << "GET" << m_url.toDisplayString() << "attempt" << m_attempt;
    m_reply = m_client.networkAccess()->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &KaggleCatalogJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &KaggleCatalogJob::onReplyFinished);
    m_stallTimer.start(m_client.configuration().stallTimeout());
}

void KaggleCatalogJob::onReadyRead()
{
    if (!m_reply || isFinished() || m_tooLarge)
        return;
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(std::min<qint64>(m_reply->bytesAvailable(), 256 * 1024));
        if (chunk.isEmpty())
            break;
        if (m_body.size() + chunk.size() > KaggleCatalogPage::kMaxBody) {
            m_tooLarge = true;
            m_body.clear();
            break;
        }
        m_body += chunk;
    }
    if (m_tooLarge) {
        finish(Error(ErrorCode::UnexpectedResponse,
                     tr("Unexpected answer from Kaggle Models (%1): the answer is larger than %2 MB, far more "
                        "than a page of the listing. Try again later; if it persists, Kaggle may have changed its "
                        "API.")
                         .arg(m_url.toDisplayString())
                         .arg(KaggleCatalogPage::kMaxBody / (1024 * 1024))));
    }
}

Error KaggleCatalogJob::httpError(int status, const QString &detail) const
{
    const QString where = m_url.toDisplayString();
    ErrorCode code = Error::codeForNetworkError(QNetworkReply::UnknownContentError, status);
    QString text;
    switch (code) {
    case ErrorCode::RateLimited:
        text = tr("Kaggle Models is rate limiting requests (HTTP %1 from %2); wait a minute and search again.")
                   .arg(status)
                   .arg(where);
        break;
    case ErrorCode::ServerError:
        text = tr("Kaggle Models answered with a server error (HTTP %1 from %2); try again later.").arg(status).arg(where);
        break;
    case ErrorCode::AccessDenied:
        text = tr("Kaggle Models refused the request (HTTP %1 from %2): the model may be private or need "
                  "Kaggle credentials.")
                   .arg(status)
                   .arg(where);
        break;
    case ErrorCode::RemoteNotFound:
        text = tr("Kaggle Models has no such page (HTTP %1 from %2); check HUBCACHE_KAGGLE_API (default "
                  "https://www.kaggle.com/api/v1).")
                   .arg(status)
                   .arg(where);
        break;
    default:
        code = ErrorCode::HttpError;
        text = tr("Kaggle Models answered HTTP %1 from %2.").arg(status).arg(where);
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    return Error(code, text);
}

void KaggleCatalogJob::onReplyFinished()
{
    if (!m_reply || isFinished())
        return;
    QNetworkReply *reply = m_reply;
    onReadyRead();
    if (isFinished())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    if (m_stalled) {
        dropReply();
        failOrRetry(Error(ErrorCode::Timeout,
                          tr("Kaggle Models did not answer within %1 s (%2); check your connection, or try again.")
                              .arg(m_client.configuration().stallTimeout().count() / 1000.0)
                              .arg(m_url.toDisplayString())),
                    true);
        return;
    }
    if (status == 0) {
        const QString detail = reply->errorString();
        dropReply();
        const ErrorCode code = Error::codeForNetworkError(netError, 0);
        failOrRetry(Error(code == ErrorCode::NoError ? ErrorCode::ConnectionFailed : code,
                          tr("Cannot reach Kaggle Models at %1 (%2). Check your network connection or proxy; "
                             "models already in the cache still work offline.")
                              .arg(m_client.configuration().kaggleApi().host(), detail)),
                    HttpRetryPolicy::isRetryableNetworkError(netError));
        return;
    }
    if (status != 200) {
        const int retryAfter = HttpRetryPolicy::retryAfterSeconds(reply);
        dropReply();
        failOrRetry(httpError(status, QString()), HttpRetryPolicy::isRetryableStatus(status), retryAfter);
        return;
    }
    const QByteArray body = std::exchange(m_body, {});
    dropReply();
    handleBody(body);
}

void KaggleCatalogJob::handleBody(const QByteArray &body)
{
    const QUrl web = m_client.webBase();
    if (m_modelIndex < 0) {
        Error error;
        m_page = KaggleCatalogPage::parse(body, web, m_url, &error);
        if (error) {
            finish(error);
            return;
        }
        qCInfo(lcDownload) << "Kaggle Models:" << m_page.models.size() << "models, next page"
                           << (m_page.nextPageToken.isEmpty() ? QStringLiteral("none") : m_page.nextPageToken);
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        QString problem;
        KaggleModel model;
        if (parseError.error != QJsonParseError::NoError)
            problem = tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        else if (!doc.isObject())
            problem = tr("the answer should be a JSON object");
        else
            model = KaggleCatalogPage::parseModel(doc.object(), QStringLiteral("model"), web, &problem);
        KaggleModel &listed = m_page.models[m_modelIndex];
        if (problem.isEmpty() && (model.owner != listed.owner || model.slug != listed.slug))
            problem = tr("the answer is about %1/%2, not %3/%4").arg(model.owner, model.slug, listed.owner, listed.slug);
        if (!problem.isEmpty()) {
            finish(Error(ErrorCode::UnexpectedResponse,
                         tr("Unexpected answer from Kaggle Models (%1): %2. Kaggle may have changed its API; the "
                            "listing cannot be shown.")
                             .arg(m_url.toDisplayString(), problem)));
            return;
        }
        listed.variations = model.variations;
        listed.instancesMissing = false;
    }
    nextModel();
}

void KaggleCatalogJob::nextModel()
{
    for (int i = m_modelIndex + 1; i < m_page.models.size(); ++i) {
        if (m_page.models[i].instancesMissing) {
            m_modelIndex = i;
            m_url = m_client.modelUrl(m_page.models[i].owner, m_page.models[i].slug);
            m_attempt = 0;
            sendRequest();
            return;
        }
    }
    finish({});
}

void KaggleCatalogJob::onStall()
{
    if (!m_reply)
        return;
    qCWarning(lcDownload) << "no complete answer from" << m_url.authority() << "within"
                          << m_client.configuration().stallTimeout().count() << "ms";
    m_stalled = true;
    m_reply->abort();
}

void KaggleCatalogJob::failOrRetry(const Error &error, bool retryable, int retryAfterSeconds)
{
    if (!retryable || m_attempt > m_client.configuration().maxRetries()) {
        finish(error);
        return;
    }
    const std::chrono::milliseconds delay =
        HttpRetryPolicy::backoff(m_client.configuration(), m_attempt, retryAfterSeconds);
    qCInfo(lcDownload) << "attempt" << m_attempt << "failed:" << error.message() << "- retrying in" << delay.count()
                       << "ms";
    Q_EMIT infoMessage(this, tr("%1 — retrying in %2 s").arg(error.message()).arg(delay.count() / 1000.0));
    m_stallTimer.stop();
    m_retryTimer.start(delay);
}

void KaggleCatalogJob::finish(const Error &error)
{
    m_stallTimer.stop();
    m_retryTimer.stop();
    dropReply();
    emitResult(error);
}

void KaggleCatalogJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void KaggleCatalogJob::doCancel()
{
    m_stallTimer.stop();
    m_retryTimer.stop();
    dropReply();
}

} // namespace HubCache
