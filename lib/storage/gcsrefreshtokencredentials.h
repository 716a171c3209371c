#pragma once

#include "gcstokenexchangecredentials.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace HubCache {

// An OAuth 2 refresh token of a user ("authorized_user" JSON, as `gcloud auth application-default
// login` writes it: client_id, client_secret, refresh_token): exchanges it at the token endpoint
// for an access token (grant type refresh_token), caches it and fetches a new one before it
// expires. The refresh token only ever goes to the token endpoint.
class HUBCACHE_EXPORT GcsRefreshTokenCredentials final : public GcsTokenExchangeCredentials
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsRefreshTokenCredentials)

public:
    static constexpr const char *kDefaultTokenUri = "https://oauth2.googleapis.com/token";

    // data: the authorized_user JSON; origin names where it came from in messages. nullptr + error if unusable.
    [[nodiscard]] static std::unique_ptr<GcsRefreshTokenCredentials>
    fromJson(const QByteArray &data, const QString &origin, const Configuration &config, QNetworkAccessManager *network,
             Error *error);
    ~GcsRefreshTokenCredentials() override;

    [[nodiscard]] QString description() const override;

private:
    GcsRefreshTokenCredentials(const Configuration &config, QNetworkAccessManager *network);
    [[nodiscard]] QByteArray tokenRequestBody(Error *error) const override;
    [[nodiscard]] QString subject() const override;

    QString m_origin;
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
};

} // namespace HubCache
