#pragma once

#include "gcscredentialprovider.h"

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
class HUBCACHE_EXPORT GcsRefreshTokenCredentials final : public GcsCredentialProvider
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

    void requestToken(QObject *context, const TokenCallback &callback) override;
    void invalidate(const QString &token) override;
    [[nodiscard]] QString description() const override;

private:
    GcsRefreshTokenCredentials(const Configuration &config, QNetworkAccessManager *network);
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
    QString m_origin;
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
    QUrl m_tokenUri;
    QString m_token;
    QDateTime m_refreshAt;
    QPointer<QNetworkReply> m_reply;
    QList<Waiter> m_waiters;
};

} // namespace HubCache
