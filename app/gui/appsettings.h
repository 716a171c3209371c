#pragma once

#include <QSettings>
#include <QStringList>

#include <optional>

// The desktop app's own persistent choices (QSettings): cache folder and load format for its own
// resolves, language, catalog file, bookmarks and recent handles, downloads at once.
class AppSettings final
{
public:
    // Uses the application's default QSettings location (isolated in tests by XDG_CONFIG_HOME).
    AppSettings();

    [[nodiscard]] std::optional<QString> cacheDir() const;
    void setCacheDir(const QString &dir); // empty: no app setting
    [[nodiscard]] std::optional<QString> loadFormat() const;
    void setLoadFormat(const QString &format);
    // The Google Cloud Storage endpoint for gs:// (an emulator or a proxy); empty: Google's.
    [[nodiscard]] std::optional<QString> gcsEndpoint() const;
    void setGcsEndpoint(const QString &endpoint);
    [[nodiscard]] QString language() const; // "" = system
    void setLanguage(const QString &language);
    [[nodiscard]] QString catalogFile() const;
    void setCatalogFile(const QString &path);
    [[nodiscard]] int maxParallelDownloads() const;
    void setMaxParallelDownloads(int n);
    // Connections per download of a large archive; nullopt: the library's default.
    [[nodiscard]] std::optional<int> connectionsPerDownload() const;
    void setConnectionsPerDownload(int n);

    [[nodiscard]] QStringList bookmarks() const;
    void setBookmarks(const QStringList &handles);
    [[nodiscard]] QStringList recentHandles() const;
    void addRecentHandle(const QString &handle);

    [[nodiscard]] QByteArray windowGeometry() const;
    [[nodiscard]] QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

private:
    mutable QSettings m_settings;
};
