#pragma once

#include "configuration.h"
#include "error.h"
#include "hubcache_export.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace HubCache {

// Where Google Cloud Storage requests get their OAuth 2 access token from: nowhere (public
// buckets), the environment, a service-account key, later the OS keychain. The storage client
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
};

} // namespace HubCache
