#pragma once

#include "gcstokenexchangecredentials.h"

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
class HUBCACHE_EXPORT GcsServiceAccountCredentials final : public GcsTokenExchangeCredentials
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

    [[nodiscard]] QString description() const override;

    [[nodiscard]] QString clientEmail() const { return m_clientEmail; }
    // The signed assertion for now (header.claims.signature, base64url); empty on failure.
    [[nodiscard]] QByteArray signedJwt(const QDateTime &now, QString *problem) const;

private:
    GcsServiceAccountCredentials(const Configuration &config, QNetworkAccessManager *network);
    [[nodiscard]] QByteArray tokenRequestBody(Error *error) const override;
    [[nodiscard]] QString subject() const override;

    QString m_keyPath;
    QString m_clientEmail;
    QString m_privateKeyId;
    QByteArray m_privateKeyPem;
};

} // namespace HubCache
