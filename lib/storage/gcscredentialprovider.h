#pragma once

#include "configuration.h"
#include "credential.h"
#include "error.h"
#include "hubcache_export.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace HubCache {

// Where Google Cloud Storage requests get their OAuth 2 access token from: nowhere (public
// buckets), the environment, a service-account key, the OS keychain. The storage client
// asks before every request and only ever sends the token to the storage endpoint.
class HUBCACHE_EXPORT GcsCredentialProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsCredentialProvider)

public:
    // token is empty for anonymous access; error is set when no token could be had.
    using TokenCallback = std::function<void(const QString &token, const Error &error)>;

    explicit GcsCredentialProvider(QObject *parent = nullptr);
    ~GcsCredentialProvider() override;

    // Calls callback once, possibly before returning, unless context is destroyed first.
    virtual void requestToken(QObject *context, const TokenCallback &callback) = 0;
    // The server refused token (401): forget it so that the next request gets a fresh one.
    virtual void invalidate(const QString &token);
    // A short description for logs and messages ("anonymous", "service account x@y").
    [[nodiscard]] virtual QString description() const = 0;

    // GOOGLE_OAUTH_ACCESS_TOKEN, else GOOGLE_APPLICATION_CREDENTIALS (a service-account JSON key),
    // else anonymous. A key that cannot be read is an error, never a silent fallback to anonymous.
    [[nodiscard]] static std::unique_ptr<GcsCredentialProvider>
    fromEnvironment(const Configuration &config, QNetworkAccessManager *network, Error *error);
    // The same, with the OS keychain between the environment and anonymous access: the credential
    // stored for gs://bucket, else the one stored for every bucket (gs://). stored is what a
    // CredentialLoadJob read before (the keychain is asynchronous and must not be waited for here).
    [[nodiscard]] static std::unique_ptr<GcsCredentialProvider>
    fromEnvironment(const Configuration &config, QNetworkAccessManager *network, const QString &bucket,
                    const QList<Credential> &stored, Error *error);
};

} // namespace HubCache
