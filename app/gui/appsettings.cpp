#include "appsettings.h"

namespace {
constexpr int kMaxRecent = 20;
}

AppSettings::AppSettings() = default;

std::optional<QString> AppSettings::gcsEndpoint() const
{
    const QString v = m_settings.value(QStringLiteral("storage/gcsEndpoint")).toString();
    return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
}

void AppSettings::setGcsEndpoint(const QString &endpoint)
{
    if (endpoint.isEmpty())
        m_settings.remove(QStringLiteral("storage/gcsEndpoint"));
    else
        m_settings.setValue(QStringLiteral("storage/gcsEndpoint"), endpoint);
}

std::optional<QString> AppSettings::cacheDir() const
{
    const QString v = m_settings.value(QStringLiteral("cache/dir")).toString();
    return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
}

void AppSettings::setCacheDir(const QString &dir)
{
    if (dir.isEmpty())
        m_settings.remove(QStringLiteral("cache/dir"));
    else
        m_settings.setValue(QStringLiteral("cache/dir"), dir);
}

std::optional<QString> AppSettings::loadFormat() const
{
    const QString v = m_settings.value(QStringLiteral("cache/loadFormat")).toString();
    return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
}

void AppSettings::setLoadFormat(const QString &format)
{
    m_settings.setValue(QStringLiteral("cache/loadFormat"), format);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::catalogFile() const
{
    return m_settings.value(QStringLiteral("browse/catalogFile")).toString();
}

void AppSettings::setCatalogFile(const QString &path)
{
    m_settings.setValue(QStringLiteral("browse/catalogFile"), path);
}

int AppSettings::maxParallelDownloads() const
{
    return std::clamp(m_settings.value(QStringLiteral("downloads/parallel"), 3).toInt(), 1, 16);
}

void AppSettings::setMaxParallelDownloads(int n)
{
    m_settings.setValue(QStringLiteral("downloads/parallel"), n);
}

std::optional<int> AppSettings::connectionsPerDownload() const
{
    bool ok = false;
    const int n = m_settings.value(QStringLiteral("downloads/connections")).toInt(&ok);
    return ok ? std::optional<int>(std::clamp(n, 1, 16)) : std::nullopt;
}

void AppSettings::setConnectionsPerDownload(int n)
{
    m_settings.setValue(QStringLiteral("downloads/connections"), n);
}

QStringList AppSettings::bookmarks() const
{
    return m_settings.value(QStringLiteral("browse/bookmarks")).toStringList();
}

void AppSettings::setBookmarks(const QStringList &handles)
{
    m_settings.setValue(QStringLiteral("browse/bookmarks"), handles);
}

QStringList AppSettings::recentHandles() const
{
    return m_settings.value(QStringLiteral("browse/recent")).toStringList();
}

void AppSettings::addRecentHandle(const QString &handle)
{
    QStringList recent = recentHandles();
    recent.removeAll(handle);
    recent.prepend(handle);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(QStringLiteral("browse/recent"), recent);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("ui/geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("ui/state")).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("ui/geometry"), geometry);
    m_settings.setValue(QStringLiteral("ui/state"), state);
}
