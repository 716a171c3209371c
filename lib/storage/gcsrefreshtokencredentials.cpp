#include "gcsrefreshtokencredentials.h"

#include "logging.h"
#include "networkaccess.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace HubCache {

GcsRefreshTokenCredentials::GcsRefreshTokenCredentials(const Configuration &config, QNetworkAccessManager *network)
    : GcsTokenExchangeCredentials(config, network)
{
}

GcsRefreshTokenCredentials::~GcsRefreshTokenCredentials() = default;

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
    p->setTokenUri(QUrl(tokenUri, QUrl::StrictMode));
    if (p->m_clientId.isEmpty() || p->m_refreshToken.isEmpty())
        return fail(tr("\"client_id\" or \"refresh_token\" is missing"));
    // The refresh token is a long-lived password: only over TLS, or to this machine.
    if (!isAllowedTokenUri(p->tokenUri()))
        return fail(tr("its token_uri %1 is not an https URL").arg(tokenUri));
    return p;
}

QByteArray GcsRefreshTokenCredentials::tokenRequestBody(Error *) const
{
    return "grant_type=refresh_token&client_id=" + QUrl::toPercentEncoding(m_clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(m_clientSecret)
        + "&refresh_token=" + QUrl::toPercentEncoding(m_refreshToken);
}

QString GcsRefreshTokenCredentials::subject() const
{
    return m_origin;
}

QString GcsRefreshTokenCredentials::description() const
{
    return tr("OAuth refresh token (%1)").arg(m_origin);
}

} // namespace HubCache
