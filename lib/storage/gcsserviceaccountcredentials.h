#pragma once

#include "gcscredentialprovider.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace HubCache {

// A service-account JSON key (GOOGLE_APPLICATION_CREDENTIALS): signs an RS256 JWT with the key,
// exchanges it at the key's token_uri for an access token (grant type jwt-bearer), caches the
// token and fetches a new one before it expires. The JWT only ever goes to token_uri.
class HUBCACHE_EXPORT GcsServiceAccountCredentials final : public GcsCredentialProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsServiceAccountCredentials)

public:
    static constexpr const char *kReadWriteScope = "https://www.googleapis.com/auth/devstorage.read_write";

    // Reads the key file; on failure returns nullptr and sets error.
    [[nodiscard]] static std::unique_ptr<GcsServiceAccountCredentials>
    fromKeyFile(const QString &path, const Configuration &config, QNetworkAccessManager *network, Error *error);
    // The same from the key's bytes (kept in the keychain); path names where they came from in messages.
    [[nodiscard]] static std::unique_ptr<GcsServiceAccountCredentials>
    fromKeyData(const QByteArray &data, const QString &path, const Configuration &config,
                QNetworkAccessManager *network, Error *error);
    ~GcsServiceAccountCredentials() override;

    void requestToken(QObject *context, const TokenCallback &callback) override;
    void invalidate(const QString &token) override;
    [[nodiscard]] QString description() const override;

    [[nodiscard]] QString clientEmail() const { return m_clientEmail; }
    [[nodiscard]] QUrl tokenUri() const { return m_tokenUri; }
    // The signed assertion for now (header.claims.signature, base64url); empty on failure.
    [[nodiscard]] QByteArray signedJwt(const QDateTime &now, QString *problem) const;

private:
    GcsServiceAccountCredentials(const Configuration &config, QNetworkAccessManager *network);
    void fetchToken();
    void onTokenReply();
    void finishWaiters(const Error &error);

    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };

    Configuration m_config;
    QNetworkAccessManager *m_network = nullptr;
    QString m_keyPath;
    QString m_clientEmail;
    QString m_privateKeyId;
    QByteArray m_privateKeyPem;
    QUrl m_tokenUri;
    QString m_token;
    QDateTime m_refreshAt; // fetch a new token from this time on
    QDateTime m_expiresAt;
    QPointer<QNetworkReply> m_reply;
    QList<Waiter> m_waiters;
};

} // namespace HubCache
