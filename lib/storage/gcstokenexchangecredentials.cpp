#include "gcstokenexchangecredentials.h"

#include "logging.h"
#include "networkaccess.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

namespace HubCache {

GcsTokenExchangeCredentials::GcsTokenExchangeCredentials(const Configuration &config, QNetworkAccessManager *network)
    : m_config(config)
    , m_network(network)
{
}

GcsTokenExchangeCredentials::~GcsTokenExchangeCredentials()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool GcsTokenExchangeCredentials::isAllowedTokenUri(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

void GcsTokenExchangeCredentials::requestToken(QObject *context, const TokenCallback &callback)
{
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_refreshAt) {
        callback(m_token, Error());
        return;
    }
    m_waiters.append({QPointer<QObject>(context), callback});
    if (!m_reply)
        fetchToken();
}

void GcsTokenExchangeCredentials::invalidate(const QString &token)
{
    if (token == m_token) {
        qCInfo(lcStorage) << "the storage server refused the access token of" << subject() << "- fetching a new one";
        m_token.clear();
    }
}

void GcsTokenExchangeCredentials::fetchToken()
{
    Error error;
    const QByteArray body = tokenRequestBody(&error);
    if (body.isEmpty()) {
        finishWaiters(error);
        return;
    }
    QNetworkRequest request = NetworkAccess::request(m_tokenUri, m_config);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_config.stallTimeout().count()));
    qCInfo(lcStorage) << "fetching an access token for" << subject() << "from" << m_tokenUri.toDisplayString();
    m_reply = m_network->post(request, body);
    connect(m_reply, &QNetworkReply::finished, this, &GcsTokenExchangeCredentials::onTokenReply);
}

void GcsTokenExchangeCredentials::onTokenReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(1 << 20);
    ErrorContext c;
    c.url = m_tokenUri;
    c.handle = tr("an access token for %1").arg(subject());
    c.httpStatus = status;
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        ErrorCode code = Error::codeForNetworkError(reply->error(), status);
        if (status == 400 || status == 401)
            code = ErrorCode::AccessDenied; // invalid_grant: a revoked key or refresh token
        c.detail = QString::fromUtf8(body.left(300)).trimmed();
        if (c.detail.isEmpty())
            c.detail = reply->errorString();
        qCWarning(lcStorage) << "token request to" << m_tokenUri.toDisplayString() << "failed:" << status;
        finishWaiters(Error(code == ErrorCode::NoError ? ErrorCode::UnexpectedResponse : code, c));
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString token = o.value(u"access_token").toString();
    const qint64 expiresIn = o.value(u"expires_in").toVariant().toLongLong();
    if (token.isEmpty() || expiresIn <= 0) {
        c.detail = tr("no access_token and expires_in in the token answer");
        finishWaiters(Error(ErrorCode::UnexpectedResponse, c));
        return;
    }
    m_token = token;
    const QDateTime expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    m_refreshAt = expiresAt.addMSecs(-qMin<qint64>(300'000, expiresIn * 1000 / 2));
    qCInfo(lcStorage) << "got an access token for" << subject() << "valid for" << expiresIn << "s";
    finishWaiters(Error());
}

void GcsTokenExchangeCredentials::finishWaiters(const Error &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(error ? QString() : m_token, error);
    }
}

} // namespace HubCache
