#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

namespace HubCache {

// Proxies from http_proxy / https_proxy / all_proxy / no_proxy (either case), as curl and Python
// read them; without any of them set, the system's proxy configuration.
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(const QProcessEnvironment &environment);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    [[nodiscard]] bool usesEnvironment() const { return m_fromEnvironment; }
    // no_proxy matching: "*", exact host, "example.com" and ".example.com" match subdomains too,
    // optional ":port".
    [[nodiscard]] static bool bypasses(const QString &noProxy, const QString &host, int port);

private:
    [[nodiscard]] static QNetworkProxy proxyFromUrl(const QString &text);

    QString m_http;
    QString m_https;
    QString m_all;
    QString m_noProxy;
    bool m_fromEnvironment = false;
};

} // namespace HubCache
