#pragma once

#include "appsettings.h"
#include "catalog.h"
#include "configuration.h"
#include "resumedata.h"
#include "settingsdialog.h"

#include <QDir>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class BrowsePage;
class CachePage;
class DemoHub;
class DesktopNotifier;
class DownloadsPage;
class LogCollector;
class Prompter;
class QComboBox;
class QDockWidget;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QTabWidget;
class SmokeTestDialog;

namespace HubCache {
class CacheEntry;
class CacheScanJob;
class DownloadQueue;
class InterruptWatcher;
class KaggleCatalogJob;
class ResolveJob;
}

// The desktop app's window: Browse, Downloads and Cache pages over one configuration, one network
// access and one download queue; settings, the mode switch and the log view. It holds no cache
// logic of its own: everything is a library call.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options {
        bool demo = false;
        QString home = QDir::homePath(); // whose ~/.bashrc the settings edit
        Prompter *prompter = nullptr;    // null: message boxes
        LogCollector *log = nullptr;
        QString hubcacheBinary;          // for smoke tests; empty: next to this program
        // SIGINT, SIGTERM and SIGHUP (the session ends) cancel every download, so no lock or temp
        // folder is left, and close the window without asking.
        bool quitOnSignals = false;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] BrowsePage *browsePage() const { return m_browse; }
    [[nodiscard]] DownloadsPage *downloadsPage() const { return m_downloads; }
    [[nodiscard]] CachePage *cachePage() const { return m_cache; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QComboBox *modeSwitch() const { return m_mode; }
    [[nodiscard]] DemoHub *demoHub() const { return m_demo; }
    [[nodiscard]] HubCache::DownloadQueue *queue() const { return m_queue; }
    [[nodiscard]] const HubCache::Configuration &configuration() const { return m_config; }

    void prefetch(const QStringList &handles);
    void inspect(const HubCache::CacheEntry &entry);
    void deleteEntries(const QList<HubCache::CacheEntry> &entries);
    void prune();
    // Rescans the cache folder on a worker thread; cacheRefreshed() follows when the pages show it.
    void refreshCache();
    void updateCacheFolderWarning();
    void openSettings();
    // Preferences on the Credentials page (offered after a sign-in error).
    void openCredentials();
    // Applies new preferences as the Settings dialog would (tests call it directly).
    void applySettings(const SettingsDialog::Values &values);
    void loadCatalog(const QString &path);
    // Writes the saved cache folder and load format to ~/.bashrc and environment.d.
    void writeProfile();
    // Runs `hubcache smoke` on a handle or model folder in a separate process, in a panel.
    SmokeTestDialog *smokeTest(const QString &handleOrPath);

Q_SIGNALS:
    // The Cache and Browse pages now show a scan that started after the last refreshCache() call.
    void cacheRefreshed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildStatusBar();
    void reloadConfiguration();
    [[nodiscard]] SettingsDialog::Values savedValues() const;
    // After the saved folder changed: offers to write it to a profile that names another one.
    void offerProfileUpdate();
    void loadStoredCredentials();
    void rebuildCatalog();
    // Kaggle Models: a new search, or the next page of the last one.
    void searchKaggle(const QString &text);
    void moreKaggle();
    void runKaggleSearch();
    [[nodiscard]] HubCache::Configuration kaggleConfiguration() const;
    void updateModeTooltip();
    // Tells the pages which load format is in force (Browse: remote models, Prefetch/Smoke Test).
    void showLoadFormat();
    void updateTitle(int percent);
    void toggleBookmark(const QString &handle);
    void inspectHandle(const QString &handle);
    void openFolder(const QString &path);
    void onJobFinished(const QString &handle, HubCache::ResolveJob *job);
    void showCacheEntries(QList<HubCache::CacheEntry> entries);
    void discardPaused(const QList<HubCache::ResumeData::Paused> &paused);
    // Keys of the entries whose download is running, here or in another live process (last scan).
    [[nodiscard]] QSet<QString> liveDownloadKeys() const;

    Options m_options;
    AppSettings m_settings;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    QList<HubCache::Credential> m_storedCredentials; // read from the keychain, for downloads and buckets
    bool m_showCredentials = false; // the next openSettings() starts on the Credentials page
    HubCache::Configuration m_config;
    QNetworkAccessManager *m_nam;
    HubCache::DownloadQueue *m_queue = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    bool m_quitRequested = false; // Quit from the tray: no offer to keep downloading there
    std::unique_ptr<HubCache::InterruptWatcher> m_interruptWatcher;
    bool m_closingOnSignal = false;
    DemoHub *m_demo = nullptr;
    QList<HubCache::CatalogItem> m_catalogItems;
    QList<HubCache::CatalogItem> m_kaggleItems;
    QString m_kaggleSearchText;
    QString m_kaggleNextPage;
    QPointer<HubCache::KaggleCatalogJob> m_kaggleJob;
    QPointer<HubCache::CacheScanJob> m_scan;
    bool m_rescanWanted = false;

    QTabWidget *m_tabs;
    BrowsePage *m_browse;
    DownloadsPage *m_downloads;
    CachePage *m_cache;
    QComboBox *m_mode;
    QLabel *m_folderStatus;
    QLabel *m_pythonStatus;
    QDockWidget *m_logDock;
    QPlainTextEdit *m_logView;
};
