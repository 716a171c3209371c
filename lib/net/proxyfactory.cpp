#include "proxyfactory_p.h"

#include "logging.h"

#include <QUrl>

namespace HubCache {

namespace {

QString envValue(const QProcessEnvironment &env, const char *lower)
{
    const QString name = QString::fromLatin1(lower);
    const QString value = env.value(name);
    if (!value.isEmpty())
        return value;
    return env.value(name.toUpper());
}

} // namespace

ProxyFactory::ProxyFactory(const QProcessEnvironment &environment)
    : m_http(envValue(environment, "http_proxy"))
    , m_https(envValue(environment, "https_proxy"))
    , m_all(envValue(environment, "all_proxy"))
    , m_noProxy(envValue(environment, "no_proxy"))
{
    m_fromEnvironment = !m_http.isEmpty() || !m_https.isEmpty() || !m_all.isEmpty();
}

QNetworkProxy ProxyFactory::proxyFromUrl(const QString &text)
{
    QUrl url = QUrl::fromUserInput(text);
    if (!text.contains(QLatin1String("://")))
        url = QUrl(QStringLiteral("http://") + text);
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                        quint16(url.port(socks ? 1080 : 80)), url.userName(), url.password());
    return proxy;
}

bool ProxyFactory::bypasses(const QString &noProxy, const QString &host, int port)
{
    const QString h = host.toLower();
    for (QString item : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        item = item.trimmed().toLower();
        if (item.isEmpty())
            continue;
        if (item == QLatin1String("*"))
            return true;
        int itemPort = -1;
        const int colon = item.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !item.contains(QLatin1Char(']')) && item.count(QLatin1Char(':')) == 1) {
            itemPort = item.mid(colon + 1).toInt();
            item.truncate(colon);
        }
        if (itemPort >= 0 && itemPort != port)
            continue;
        if (item.startsWith(QLatin1Char('.')))
            item.remove(0, 1);
        if (h == item || h.endsWith(QLatin1Char('.') + item))
            return true;
    }
    return false;
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (!m_fromEnvironment)
        return systemProxyForQuery(query);
    const QUrl url = query.url();
    if (bypasses(m_noProxy, url.host(), url.port(url.scheme() == QLatin1String("https") ? 443 : 80)))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    QString chosen = url.scheme() == QLatin1String("https") ? m_https : m_http;
    if (chosen.isEmpty())
        chosen = m_all;
    if (chosen.isEmpty())
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const QNetworkProxy proxy = proxyFromUrl(chosen);
    qCDebug(lcDownload) << "proxy for" << url.host() << "is" << proxy.hostName() << proxy.port();
    return {proxy};
}

} // namespace HubCache
