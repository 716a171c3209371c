#pragma once

#include "configuration.h"
#include "hubcache_export.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace HubCache {

// Builds the network access the library's jobs use: proxies from http_proxy/https_proxy/no_proxy
// or the system, manual (bounded, checked) redirects, TLS verification on unless the
// configuration explicitly turns it off.
class HUBCACHE_EXPORT NetworkAccess final
{
public:
    [[nodiscard]] static QNetworkAccessManager *create(const Configuration &config, QObject *parent);
    // A GET request for url with our headers and TLS settings.
    [[nodiscard]] static QNetworkRequest request(const QUrl &url, const Configuration &config);
    [[nodiscard]] static QByteArray userAgent();
};

} // namespace HubCache
