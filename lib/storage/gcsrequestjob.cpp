#include "gcsrequestjob.h"

#include "gcsclient.h"
#include "gcscredentialprovider.h"
#include "httpretrypolicy_p.h"
#include "logging.h"
#include "networkaccess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace HubCache {

namespace {

// JSON answers are small; a larger non-streamed body is not what we asked for.
constexpr qint64 kMaxJsonBody = 32 << 20;

bool retryableCode(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ConnectionRefused:
    case ErrorCode::ConnectionFailed:
    case ErrorCode::Timeout:
    case ErrorCode::TooSlow:
        return true;
    default:
        return false;
    }
}

} // namespace

GcsRequestJob::GcsRequestJob(GcsClient *client, const QString &bucket, const QString &name, QObject *parent)
    : Job(parent)
    , m_bucket(bucket)
    , m_name(name)
    , m_client(client)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &GcsRequestJob::onStall);
    connect(&m_speedTimer, &QTimer::timeout, this, &GcsRequestJob::onSpeedCheck);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &GcsRequestJob::attempt);
}

GcsRequestJob::~GcsRequestJob()
{
    dropReply();
}

void GcsRequestJob::start()
{
    QMetaObject::invokeMethod(this, &GcsRequestJob::attempt, Qt::QueuedConnection);
}

QString GcsRequestJob::objectUri() const
{
    return GcsClient::uri(m_bucket, m_name);
}

void GcsRequestJob::sendNext()
{
    m_retries = 0;
    m_authRetried = false;
    dropReply();
    attempt();
}

void GcsRequestJob::attempt()
{
    if (isFinished())
        return;
    dropReply();
    m_request = nextRequest();
    if (isFinished())
        return;
    const quint64 serial = ++m_attemptSerial;
    m_client->credentials()->requestToken(this, [this, serial](const QString &token, const Error &error) {
        if (isFinished() || serial != m_attemptSerial)
            return;
        if (error) {
            emitResult(error);
            return;
        }
        send(token);
    });
}

void GcsRequestJob::send(const QString &token)
{
    m_token = token;
    if (!m_client->isStorageEndpoint(m_request.url)) {
        // An upload session URL from a Location header, say: the token stays with the endpoint.
        qCWarning(lcStorage) << "refusing to send a storage request to" << m_request.url.toDisplayString()
                             << "- it is not the storage endpoint" << m_client->endpoint().toDisplayString();
        ErrorContext c;
        c.handle = objectUri();
        c.url = m_request.url;
        emitResult(Error(ErrorCode::UnsafeRedirect, c));
        return;
    }
    QNetworkRequest request = NetworkAccess::request(m_request.url, m_client->configuration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    m_body.clear();
    m_attemptBytes = 0;
    m_abort = Abort::None;
    qCInfo(lcStorage).noquote() << m_request.verb << m_request.url.toDisplayString();
    m_reply = m_client->network()->sendCustomRequest(request, m_request.verb, m_request.body);
    if (m_request.readBufferSize > 0)
        m_reply->setReadBufferSize(m_request.readBufferSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &GcsRequestJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &GcsRequestJob::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &GcsRequestJob::onActivity);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &GcsRequestJob::onActivity);
    m_stallTimer.start(m_client->configuration().stallTimeout());
    // A bulk transfer is measured from the start; a small answer from its first byte (the server
    // may think for a while first, as rewriteTo does), so that a trickle cannot hold it for ever.
    if (m_request.bulk)
        startSpeedWatch();
}

void GcsRequestJob::startSpeedWatch()
{
    const Configuration &config = m_client->configuration();
    if (m_speedTimer.isActive() || config.minSpeed() <= 0 || config.minSpeedTime().count() <= 0)
        return;
    m_windowClock.start();
    m_windowBytes = 0;
    m_speedTimer.start(std::clamp<qint64>(config.minSpeedTime().count() / 8, 50, 1000));
}

void GcsRequestJob::onActivity()
{
    if (m_reply)
        m_stallTimer.start(m_client->configuration().stallTimeout());
}

void GcsRequestJob::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    onActivity();
    startSpeedWatch();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && streamsBody()) {
        const qint64 before = reply->bytesAvailable();
        handleBodyData(reply);
        const qint64 taken = before - (m_reply ? reply->bytesAvailable() : 0);
        m_attemptBytes += taken;
        m_windowBytes += taken;
        return;
    }
    const QByteArray data = reply->readAll();
    m_attemptBytes += data.size();
    m_windowBytes += data.size();
    if (m_body.size() + data.size() > kMaxJsonBody) {
        m_abort = Abort::BodyTooLarge;
        reply->abort();
        return;
    }
    m_body += data;
}

void GcsRequestJob::onStall()
{
    if (!m_reply)
        return;
    qCWarning(lcStorage) << "no data from" << m_request.url.authority() << "for"
                         << m_client->configuration().stallTimeout().count() << "ms";
    m_abort = Abort::Stall;
    m_reply->abort();
}

void GcsRequestJob::onSpeedCheck()
{
    const Configuration &config = m_client->configuration();
    if (!m_reply || m_windowClock.elapsed() < config.minSpeedTime().count())
        return;
    const double seconds = m_windowClock.elapsed() / 1000.0;
    const double speed = m_windowBytes / seconds;
    if (speed >= double(config.minSpeed())) {
        m_windowClock.start();
        m_windowBytes = 0;
        return;
    }
    qCWarning(lcStorage) << "transfer from" << m_request.url.authority() << "at" << qint64(speed)
                         << "B/s, below the minimum of" << config.minSpeed() << "B/s";
    m_abort = Abort::TooSlow;
    m_reply->abort();
}

void GcsRequestJob::stopWatchdogs()
{
    m_stallTimer.stop();
    m_speedTimer.stop();
}

void GcsRequestJob::dropReply()
{
    stopWatchdogs();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

void GcsRequestJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    stopWatchdogs();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    if (m_abort == Abort::Stall || m_abort == Abort::TooSlow) {
        const bool stall = m_abort == Abort::Stall;
        failAttempt(makeError(stall ? ErrorCode::Timeout : ErrorCode::TooSlow, 0,
                              stall ? tr("no data for %1 s").arg(m_client->configuration().stallTimeout().count() / 1000.0)
                                    : QString()),
                    0, true);
        return;
    }
    if (m_abort == Abort::BodyTooLarge) {
        failAttempt(makeError(ErrorCode::UnexpectedResponse, status, tr("the answer is larger than %1 bytes").arg(kMaxJsonBody)),
                    status, false);
        return;
    }
    // Whatever is left: streamed bodies are handed over to the end, others are collected.
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (!m_reply)
        return; // handled (and possibly replaced) by a subclass meanwhile

    if (status > 0 && status < 400 && netError == QNetworkReply::NoError) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (!streamsBody() && length.isValid() && length.toLongLong() != m_body.size()) {
            failAttempt(makeError(ErrorCode::ConnectionFailed, status,
                                  tr("the answer ended after %1 of %2 bytes").arg(m_body.size()).arg(length.toLongLong())),
                        status, true);
            return;
        }
        handleResponse(status, reply, m_body);
        return;
    }
    if (status == 401 && !m_token.isEmpty() && !m_authRetried) {
        // An expired or revoked token: one more attempt with a fresh one.
        m_authRetried = true;
        m_client->credentials()->invalidate(m_token);
        attempt();
        return;
    }
    ErrorCode code;
    QString detail;
    if (status >= 400) {
        code = status == 412 ? ErrorCode::PreconditionFailed : Error::codeForNetworkError(netError, status);
        detail = QString::fromUtf8(m_body.left(300)).simplified();
    } else {
        code = Error::codeForNetworkError(netError, 0);
        if (code == ErrorCode::NoError || code == ErrorCode::Cancelled)
            code = ErrorCode::ConnectionFailed;
        detail = reply->errorString();
    }
    const bool retryable = status >= 400 ? HttpRetryPolicy::isRetryableStatus(status) : retryableCode(code);
    failAttempt(makeError(code, status, detail), status, retryable);
}

void GcsRequestJob::failAttempt(const Error &error, int status, bool retryable)
{
    const qint64 progressed = m_attemptBytes;
    dropReply();
    if (isFinished())
        return;
    if (retryable && m_request.idempotent) {
        // A cut attempt that moved data forward (a resumed read) starts a fresh budget; a slow
        // or stalling one does not, or a crawling server would keep a read alive for ever.
        if (progressed > 0 && streamsBody() && error.code() == ErrorCode::ConnectionFailed)
            m_retries = 0;
        if (m_retries < m_client->configuration().maxRetries()) {
            ++m_retries;
            const qint64 delay = HttpRetryPolicy::backoff(m_client->configuration(), m_retries, -1).count();
            ++m_retriesTotal;
            qCInfo(lcStorage).noquote() << objectUri() << ":" << error.message() << "- retry" << m_retries << "of"
                                        << m_client->configuration().maxRetries() << "in" << delay << "ms";
            aboutToRetry();
            m_retryTimer.start(int(delay));
            return;
        }
    }
    handleFailure(error, status);
}

void GcsRequestJob::handleFailure(const Error &error, int status)
{
    Q_UNUSED(status)
    emitResult(error);
}

Error GcsRequestJob::makeError(ErrorCode code, int status, const QString &detail) const
{
    ErrorContext c;
    c.handle = objectUri();
    c.url = m_request.url;
    c.httpStatus = status;
    c.detail = detail;
    return Error(code, c);
}

void GcsRequestJob::doCancel()
{
    m_retryTimer.stop();
    ++m_attemptSerial;
    dropReply();
}

} // namespace HubCache
