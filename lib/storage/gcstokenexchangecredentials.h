#pragma once

#include "gcscredentialprovider.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace HubCache {

// Credentials that get their access token from an OAuth 2 token endpoint: POSTs the form a
// subclass makes (a signed JWT, a refresh token) to tokenUri(), caches the token and fetches a new
// one before it expires (five minutes early for the usual hour, half way for short tokens); callers
// asking meanwhile wait for the one request. What is sent only ever goes to tokenUri().
class HUBCACHE_EXPORT GcsTokenExchangeCredentials : public GcsCredentialProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsTokenExchangeCredentials)

public:
    ~GcsTokenExchangeCredentials() override;

    void requestToken(QObject *context, const TokenCallback &callback) final;
    void invalidate(const QString &token) final;

    [[nodiscard]] QUrl tokenUri() const { return m_tokenUri; }

protected:
    GcsTokenExchangeCredentials(const Configuration &config, QNetworkAccessManager *network);

    // The urlencoded form to POST; empty, with error set, when it cannot be made.
    [[nodiscard]] virtual QByteArray tokenRequestBody(Error *error) const = 0;
    // Whose token it is, for logs and messages ("x@project.iam.gserviceaccount.com", "gs://bucket").
    [[nodiscard]] virtual QString subject() const = 0;

    void setTokenUri(const QUrl &url) { m_tokenUri = url; }
    // What a secret may be sent to: https, or http to this machine (a test's token endpoint).
    [[nodiscard]] static bool isAllowedTokenUri(const QUrl &url);

private:
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
    QUrl m_tokenUri;
    QString m_token;
    QDateTime m_refreshAt; // fetch a new token from this time on
    QPointer<QNetworkReply> m_reply;
    QList<Waiter> m_waiters;
};

} // namespace HubCache
