#include "networkaccess.h"

#include "logging.h"
#include "proxyfactory_p.h"

#include <QSslConfiguration>

namespace HubCache {

QNetworkAccessManager *NetworkAccess::create(const Configuration &config, QObject *parent)
{
    auto *nam = new QNetworkAccessManager(parent);
    nam->setProxyFactory(new ProxyFactory(config.environment()));
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return nam;
}

QByteArray NetworkAccess::userAgent()
{
    return QByteArrayLiteral("hubcache/" HUBCACHE_VERSION_STRING);
}

QNetworkRequest NetworkAccess::request(const QUrl &url, const Configuration &config)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Archives are recognised from their bytes; never let a Content-Encoding rewrite them.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (config.certValidationDisabled() && url.scheme() == QLatin1String("https")) {
        static bool warned = false;
        if (!warned) {
            qCWarning(lcDownload) << "TFHUB_DISABLE_CERT_VALIDATION=true: TLS certificates are NOT verified";
            warned = true;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
    return request;
}

} // namespace HubCache
