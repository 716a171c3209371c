#include "credential.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace HubCache {

Credential::Credential(Kind kind, const QString &target, const QString &user, const QByteArray &secret)
    : m_kind(kind)
    , m_target(target)
    , m_user(user)
    , m_secret(secret)
{
}

bool Credential::isHttp() const
{
    return m_kind == Kind::BearerToken || m_kind == Kind::BasicAuth || m_kind == Kind::KaggleKey;
}

bool Credential::isGcs() const
{
    return m_kind == Kind::GcsServiceAccountKey || m_kind == Kind::GcsAccessToken || m_kind == Kind::GcsRefreshToken;
}

QString Credential::origin() const
{
    if (m_kind == Kind::KaggleKey)
        return QString::fromLatin1(kKaggleOrigin);
    if (m_kind == Kind::BearerToken || m_kind == Kind::BasicAuth)
        return m_target;
    return {};
}

QByteArray Credential::authorizationHeader() const
{
    switch (m_kind) {
    case Kind::BearerToken:
        return "Bearer " + m_secret;
    case Kind::BasicAuth:
    case Kind::KaggleKey:
        return "Basic " + QByteArray(m_user.toUtf8() + ':' + m_secret).toBase64();
    default:
        return {};
    }
}

QByteArray Credential::toKeychainData() const
{
    const QJsonObject o{{QStringLiteral("kind"), kindName(m_kind)},
                        {QStringLiteral("user"), m_user},
                        {QStringLiteral("secret"), QString::fromUtf8(m_secret)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Credential Credential::fromKeychainData(const QString &target, const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    const Kind kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (kind == Kind::None)
        return {};
    return Credential(kind, target, o.value(QStringLiteral("user")).toString(),
                      o.value(QStringLiteral("secret")).toString().toUtf8());
}

std::optional<QString> Credential::parseTarget(const QString &input, QString *problem)
{
    const QString text = input.trimmed();
    if (text.compare(QLatin1String(kKaggleTarget), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(kKaggleTarget);
    if (text.startsWith(QLatin1String("gs://"))) {
        QString bucket = text.mid(5);
        if (bucket.endsWith(QLatin1Char('/')))
            bucket.chop(1);
        if (bucket.contains(QLatin1Char('/'))) {
            if (problem)
                *problem = tr("give a bucket (gs://BUCKET) without an object path");
            return std::nullopt;
        }
        return QStringLiteral("gs://") + bucket;
    }
    QString withScheme = text;
    if (!text.contains(QLatin1String("://")))
        withScheme = QStringLiteral("https://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        if (problem)
            *problem = tr("'%1' is not a host (https://host[:port]), a bucket (gs://BUCKET) or 'kaggle'").arg(text);
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
        || url.hasFragment()) {
        if (problem)
            *problem = tr("give only scheme, host and port (https://host[:port]), without user, path or query");
        return std::nullopt;
    }
    return originOf(url);
}

QString Credential::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    int port = -1;
    if (scheme == QLatin1String("https"))
        port = url.port(443);
    else if (scheme == QLatin1String("http"))
        port = url.port(80);
    else
        return {};
    if (url.host().isEmpty())
        return {};
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return scheme + QStringLiteral("://") + host + QLatin1Char(':') + QString::number(port);
}

QString Credential::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::BearerToken: return QStringLiteral("bearer");
    case Kind::BasicAuth: return QStringLiteral("basic");
    case Kind::KaggleKey: return QStringLiteral("kaggle");
    case Kind::GcsServiceAccountKey: return QStringLiteral("gcs-service-account");
    case Kind::GcsAccessToken: return QStringLiteral("gcs-access-token");
    case Kind::GcsRefreshToken: return QStringLiteral("gcs-refresh-token");
    }
    return {};
}

Credential::Kind Credential::kindFromName(const QString &name)
{
    for (Kind k : {Kind::BearerToken, Kind::BasicAuth, Kind::KaggleKey, Kind::GcsServiceAccountKey, Kind::GcsAccessToken,
                   Kind::GcsRefreshToken}) {
        if (kindName(k) == name)
            return k;
    }
    return Kind::None;
}

QString Credential::kindText(Kind kind)
{
    switch (kind) {
    case Kind::None: return tr("none");
    case Kind::BearerToken: return tr("bearer token");
    case Kind::BasicAuth: return tr("user name and password");
    case Kind::KaggleKey: return tr("Kaggle user name and API key");
    case Kind::GcsServiceAccountKey: return tr("service-account key");
    case Kind::GcsAccessToken: return tr("OAuth access token");
    case Kind::GcsRefreshToken: return tr("OAuth refresh token");
    }
    return {};
}

} // namespace HubCache
