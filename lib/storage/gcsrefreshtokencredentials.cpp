#include "gcsrefreshtokencredentials.h"

#include "logging.h"
#include "networkaccess.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace HubCache {

namespace {

bool isLoopback(const QUrl &url)
{
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

GcsRefreshTokenCredentials::GcsRefreshTokenCredentials(const Configuration &config, QNetworkAccessManager *network)
    : m_config(config)
    , m_network(network)
{
}

GcsRefreshTokenCredentials::~GcsRefreshTokenCredentials()
{
    if (m_reply)
        m_reply->abort();
}

std::unique_ptr<GcsRefreshTokenCredentials>
GcsRefreshTokenCredentials::fromJson(const QByteArray &data, const QString &origin, const Configuration &config,
                                     QNetworkAccessManager *network, Error *error)
{
    auto fail = [&](const QString &detail) {
        ErrorContext c;
        c.handle = origin;
        c.detail = detail;
        if (error)
            *error = Error(ErrorCode::InvalidCredential, c);
        return nullptr;
    };
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (o.value(u"type").toString() != u"authorized_user")
        return fail(tr("its \"type\" is not \"authorized_user\""));
    std::unique_ptr<GcsRefreshTokenCredentials> p(new GcsRefreshTokenCredentials(config, network));
    p->m_origin = origin;
    p->m_clientId = o.value(u"client_id").toString();
    p->m_clientSecret = o.value(u"client_secret").toString();
    p->m_refreshToken = o.value(u"refresh_token").toString();
    const QString tokenUri = o.value(u"token_uri").toString(QString::fromLatin1(kDefaultTokenUri));
    p->m_tokenUri = QUrl(tokenUri, QUrl::StrictMode);
    if (p->m_clientId.isEmpty() || p->m_refreshToken.isEmpty())
        return fail(tr("\"client_id\" or \"refresh_token\" is missing"));
    // The refresh token is a long-lived password: only over TLS, or to this machine.
    if (!p->m_tokenUri.isValid() || p->m_tokenUri.host().isEmpty()
        || !(p->m_tokenUri.scheme() == u"https" || (p->m_tokenUri.scheme() == u"http" && isLoopback(p->m_tokenUri))))
        return fail(tr("its token_uri %1 is not an https URL").arg(tokenUri));
    return p;
}

void GcsRefreshTokenCredentials::requestToken(QObject *context, const TokenCallback &callback)
{
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_refreshAt) {
        callback(m_token, Error());
        return;
    }
    m_waiters.append({QPointer<QObject>(context), callback});
    if (!m_reply)
        fetchToken();
}

void GcsRefreshTokenCredentials::invalidate(const QString &token)
{
    if (token == m_token) {
        qCInfo(lcStorage) << "the storage server refused the access token of" << m_origin << "- fetching a new one";
        m_token.clear();
    }
}

QString GcsRefreshTokenCredentials::description() const
{
    return tr("OAuth refresh token (%1)").arg(m_origin);
}

void GcsRefreshTokenCredentials::fetchToken()
{
    QNetworkRequest request = NetworkAccess::request(m_tokenUri, m_config);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_config.stallTimeout().count()));
    const QByteArray body = "grant_type=refresh_token&client_id=" + QUrl::toPercentEncoding(m_clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(m_clientSecret)
        + "&refresh_token=" + QUrl::toPercentEncoding(m_refreshToken);
    qCInfo(lcStorage) << "fetching an access token with the refresh token of" << m_origin << "from"
                      << m_tokenUri.toDisplayString();
    m_reply = m_network->post(request, body);
    connect(m_reply, &QNetworkReply::finished, this, &GcsRefreshTokenCredentials::onTokenReply);
}

void GcsRefreshTokenCredentials::onTokenReply()
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
    c.handle = tr("an access token for %1").arg(m_origin);
    c.httpStatus = status;
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        ErrorCode code = Error::codeForNetworkError(reply->error(), status);
        if (status == 400 || status == 401)
            code = ErrorCode::AccessDenied; // invalid_grant: revoked or expired refresh token
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
    // Refresh well before expiry: five minutes early for the usual hour, half way for short tokens.
    m_refreshAt = expiresAt.addMSecs(-qMin<qint64>(300'000, expiresIn * 1000 / 2));
    qCInfo(lcStorage) << "got an access token for" << m_origin << "valid for" << expiresIn << "s";
    finishWaiters(Error());
}

void GcsRefreshTokenCredentials::finishWaiters(const Error &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(error ? QString() : m_token, error);
    }
}

} // namespace HubCache
