#include "uncompressedlocationjob_p.h"

#include "httpretrypolicy_p.h"
#include "logging.h"
#include "hostcredentials.h"
#include "networkaccess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringDecoder>

#include <algorithm>

namespace HubCache {

namespace {

// No server accepts a request line this long; such a Location is not followed.
constexpr qsizetype kMaxLocation = 64 * 1024;
// How much of a body that is not a location goes into a message.
constexpr qsizetype kShownBody = 200;




// Where a redirect answer points, if urllib would follow it there and we may: an http(s) URL with a
// host. Empty otherwise, with *problem saying why (no Location, an oversized or malformed one, another
// scheme).
QUrl followableTarget(const QNetworkReply *reply, const QUrl &base, QString *problem)
{
    const QUrl target = HttpRetryPolicy::redirectTarget(reply, base, problem);
    if (target.isEmpty())
        return {};
    if ((target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))
        || target.host().isEmpty()) {
        *problem = UncompressedLocationJob::tr("the redirect's Location is not an http or https URL that can be followed: %1")
                       .arg(target.toDisplayString().left(kShownBody));
        return {};
    }
    return target;
}

// A body for a message: one line, control characters escaped, shortened.
QString shownBody(const QByteArray &body)
{
    if (body.isEmpty())
        return UncompressedLocationJob::tr("an empty body");
    const QString text = QString::fromUtf8(body.left(kShownBody * 4));
    QString shown;
    for (const QChar ch : text) {
        if (shown.size() >= kShownBody) {
            shown += QStringLiteral("…");
            break;
        }
        if (ch == QLatin1Char('\n'))
            shown += QStringLiteral("\\n");
        else if (ch == QLatin1Char('\r'))
            shown += QStringLiteral("\\r");
        else if (ch == QLatin1Char('\t'))
            shown += QStringLiteral("\\t");
        else if (ch == QLatin1Char('\\'))
            shown += QStringLiteral("\\\\");
        else if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format)
            shown += QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += ch;
    }
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

} // namespace

UncompressedLocationJob::UncompressedLocationJob(const QUrl &url, const QString &handle, const Configuration &config,
                                                 QNetworkAccessManager *nam, QObject *parent)
    : Job(parent)
    , m_originalUrl(url)
    , m_url(url)
    , m_handle(handle)
    , m_config(config)
    , m_nam(nam)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &UncompressedLocationJob::onStall);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &UncompressedLocationJob::sendRequest);
}

UncompressedLocationJob::~UncompressedLocationJob()
{
    dropReply();
}

ErrorContext UncompressedLocationJob::context() const
{
    ErrorContext c;
    c.handle = m_handle;
    c.url = m_url;
    c.httpStatus = m_httpStatus;
    return c;
}

void UncompressedLocationJob::start()
{
    QMetaObject::invokeMethod(this, &UncompressedLocationJob::sendRequest, Qt::QueuedConnection);
}

void UncompressedLocationJob::sendRequest()
{
    if (isFinished())
        return;
    ++m_attempt;
    m_httpStatus = 0;
    m_stalled = false;
    m_tooLarge = false;
    m_body.clear();
    QNetworkRequest request = NetworkAccess::request(m_url, m_config);
    // Each hop anew: a stored credential only for its own scheme, host and port.
    HostCredentials::authorize(request, m_url, m_nam);
    // The answer is a redirect status with the location in its body: Qt must not act on it (its
    // default policy turns a 303 without a usable Location into "Unknown protocol specified" and
    // drops the body).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCInfo(lcDownload) << "GET" << m_url.toDisplayString() << "attempt" << m_attempt;
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &UncompressedLocationJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UncompressedLocationJob::onReplyFinished);
    // The answer is a few bytes: the whole attempt, not only each silence, gets the stall timeout,
    // so a server trickling its body cannot hold the resolve for longer.
    m_stallTimer.start(m_config.stallTimeout());
}

void UncompressedLocationJob::onReadyRead()
{
    if (!m_reply || isFinished())
        return;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Only a 303 that is the answer (not one urllib would follow) has a body that matters.
    QString unfollowable;
    const bool keep = m_httpStatus == 303 && followableTarget(m_reply, m_url, &unfollowable).isEmpty();
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(std::min<qint64>(m_reply->bytesAvailable(), kMaxBody + 1));
        if (chunk.isEmpty())
            break;
        if (!keep)
            continue;
        if (m_body.size() + chunk.size() > kMaxBody) {
            m_tooLarge = true;
            break;
        }
        m_body += chunk;
    }
    if (m_tooLarge) {
        ErrorContext c = context();
        c.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
        c.detail = tr("the answer's body is larger than %1 KB, far more than a gs:// location; the server "
                      "does not follow the UNCOMPRESSED protocol")
                       .arg(kMaxBody / 1024);
        finish(Error(ErrorCode::UnexpectedResponse, c));
    }
}

void UncompressedLocationJob::onReplyFinished()
{
    if (!m_reply || isFinished())
        return;
    QNetworkReply *reply = m_reply;
    onReadyRead();
    if (isFinished())
        return;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();

    if (m_stalled) {
        ErrorContext c = context();
        c.detail = tr("no complete answer within %1 s").arg(m_config.stallTimeout().count() / 1000.0);
        dropReply();
        failOrRetry(Error(ErrorCode::Timeout, c), true);
        return;
    }

    if (m_httpStatus == 0) {
        // No answer at all: a connection, proxy or TLS failure.
        ErrorContext c = context();
        c.detail = reply->errorString();
        dropReply();
        const ErrorCode code = Error::codeForNetworkError(netError, 0);
        failOrRetry(Error(code == ErrorCode::NoError ? ErrorCode::ConnectionFailed : code, c),
                    HttpRetryPolicy::isRetryableNetworkError(netError));
        return;
    }

    QString unfollowable;
    if (HttpRetryPolicy::isRedirect(m_httpStatus)) {
        const QUrl target = followableTarget(reply, m_url, &unfollowable);
        if (!target.isEmpty()) {
            dropReply();
            if (++m_redirects > m_config.maxRedirects()) {
                ErrorContext c = context();
                c.url = target;
                finish(Error(ErrorCode::TooManyRedirects, c));
                return;
            }
            qCInfo(lcDownload) << "redirected to" << target.toDisplayString();
            m_url = target;
            --m_attempt; // a redirect is not a failed attempt
            sendRequest();
            return;
        }
    }

    if (m_httpStatus != 303) {
        // urllib raises HTTPError for any status it does not follow, and tensorflow_hub turns
        // every one but 303 into this error; 429 and 5xx are retried first, as for downloads.
        ErrorContext c = context();
        c.contentType = contentType;
        if (HttpRetryPolicy::isRedirect(m_httpStatus))
            c.detail = unfollowable;
        const int retryAfter = HttpRetryPolicy::retryAfterSeconds(reply);
        dropReply();
        failOrRetry(Error(ErrorCode::UnexpectedStatus, c), HttpRetryPolicy::isRetryableStatus(m_httpStatus), retryAfter);
        return;
    }

    dropReply();
    if (!m_body.startsWith("gs://")) {
        ErrorContext c = context();
        c.contentType = contentType;
        c.detail = shownBody(m_body);
        finish(Error(ErrorCode::NotAGcsLocation, c));
        return;
    }
    // Exactly what tensorflow_hub returns: the body as sent, not trimmed. Python decodes it as
    // strict UTF-8 and fails on anything else; so do we, rather than guess at a path.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString location = decoder.decode(m_body);
    if (decoder.hasError()) {
        ErrorContext c = context();
        c.contentType = contentType;
        c.detail = tr("the location %1 is not valid UTF-8").arg(shownBody(m_body));
        finish(Error(ErrorCode::UnexpectedResponse, c));
        return;
    }
    m_location = location;
    qCInfo(lcDownload) << m_handle << "is at" << m_location;
    finish({});
}

void UncompressedLocationJob::onStall()
{
    if (!m_reply)
        return;
    qCWarning(lcDownload) << "no complete answer from" << m_url.authority() << "within" << m_config.stallTimeout().count() << "ms";
    m_stalled = true;
    m_reply->abort(); // finished() follows and retries
}

void UncompressedLocationJob::failOrRetry(const Error &error, bool retryable, int retryAfterSeconds)
{
    if (!retryable || m_attempt > m_config.maxRetries()) {
        finish(error);
        return;
    }
    const std::chrono::milliseconds delay = HttpRetryPolicy::backoff(m_config, m_attempt, retryAfterSeconds);
    qCInfo(lcDownload) << "attempt" << m_attempt << "failed:" << error.message() << "- retrying in"
                       << delay.count() << "ms";
    Q_EMIT infoMessage(this, tr("%1 — retrying in %2 s").arg(error.message()).arg(delay.count() / 1000.0));
    m_stallTimer.stop();
    m_url = m_originalUrl;
    m_redirects = 0;
    m_retryTimer.start(delay);
}

void UncompressedLocationJob::finish(const Error &error)
{
    m_stallTimer.stop();
    m_retryTimer.stop();
    dropReply();
    emitResult(error);
}

void UncompressedLocationJob::dropReply()
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

void UncompressedLocationJob::doCancel()
{
    m_stallTimer.stop();
    m_retryTimer.stop();
    dropReply();
}

} // namespace HubCache
