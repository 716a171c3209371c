#pragma once

#include "hubcache_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace HubCache {

// One secret and what it is for. The target says where it may be sent and nowhere else:
// "https://host:port" (an origin: scheme, host and port), "gs://bucket", "gs://" (every bucket
// without one of its own) or "kaggle" (Kaggle's API on https://www.kaggle.com:443).
// The secret itself only ever travels between the keychain and the request that needs it.
class HUBCACHE_EXPORT Credential
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::Credential)

public:
    enum class Kind {
        None,
        BearerToken,         // "Authorization: Bearer <secret>"
        BasicAuth,           // "Authorization: Basic base64(user:secret)"
        KaggleKey,           // user = Kaggle user name, secret = API key (Basic auth on Kaggle's API)
        GcsServiceAccountKey, // secret = the service-account JSON key
        GcsAccessToken,      // secret = an OAuth 2 access token
        GcsRefreshToken,     // secret = "authorized_user" JSON (client_id, client_secret, refresh_token)
    };

    Credential() = default;
    Credential(Kind kind, const QString &target, const QString &user, const QByteArray &secret);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString target() const { return m_target; }
    [[nodiscard]] QString user() const { return m_user; }
    [[nodiscard]] QByteArray secret() const { return m_secret; }
    [[nodiscard]] bool isValid() const { return m_kind != Kind::None && !m_target.isEmpty() && !m_secret.isEmpty(); }

    // True for credentials that go in an HTTP Authorization header (hosts and Kaggle).
    [[nodiscard]] bool isHttp() const;
    [[nodiscard]] bool isGcs() const;
    // The origin ("https://host:port") this credential may be sent to; empty for GCS ones.
    [[nodiscard]] QString origin() const;
    // The Authorization header value; empty for GCS ones.
    [[nodiscard]] QByteArray authorizationHeader() const;

    // What is kept in the keychain (kind, user and secret as JSON) and back.
    [[nodiscard]] QByteArray toKeychainData() const;
    [[nodiscard]] static Credential fromKeychainData(const QString &target, const QByteArray &data);

    // Normalises what a user types: "kaggle", "gs://bucket", "gs://" (the default for buckets),
    // "https://host[:port]" or "host[:port]" (https assumed) become a target; nullopt if it is
    // none of these (a path, a query, user info, another scheme).
    [[nodiscard]] static std::optional<QString> parseTarget(const QString &text, QString *problem = nullptr);
    // "https://host:port" of url, with the scheme's default port filled in; empty if not http(s).
    [[nodiscard]] static QString originOf(const QUrl &url);

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static Kind kindFromName(const QString &name);
    // A short translated description for lists ("bearer token", "service-account key").
    [[nodiscard]] static QString kindText(Kind kind);

    static constexpr const char *kKaggleTarget = "kaggle";
    static constexpr const char *kGcsDefaultTarget = "gs://";
    static constexpr const char *kKaggleOrigin = "https://www.kaggle.com:443";

private:
    Kind m_kind = Kind::None;
    QString m_target;
    QString m_user;
    QByteArray m_secret;
};

} // namespace HubCache
