#pragma once

#include "hubcachewidgets_export.h"
#include "cacheentry.h"
#include "configuration.h"

#include <QPointer>
#include <QWidget>

class CacheEntryModel;
class Prompter;
class QComboBox;
class QFileSystemWatcher;
class QTimer;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class UsageChart;
class UsageLegend;
namespace HubCache {
class CacheScanJob;
}

// Cache usage: the effective cache folder and where it comes from, disk total and free, a treemap
// of what takes the space, and every entry (Python's included), sortable and filterable.
//
// A host program gives it the cache to show with setConfiguration() and calls refresh() to list it
// (refreshed() follows); Refresh and changes to a local folder list it again, and Delete removes
// the selected entries once the user confirms (through setPrompter()'s Prompter, message boxes by
// default), emitting entryDeleted() for each. The other actions on rows are signals for the host
// (inspectRequested, smokeTestRequested, redownloadRequested, openFolderRequested…). The desktop
// app instead feeds setFolder() and setEntries() and handles deleteRequested itself.
class HUBCACHEWIDGETS_EXPORT CachePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachePage)

public:
    explicit CachePage(QWidget *parent = nullptr);
    ~CachePage() override;

    // The cache folder to show (local or gs://, reached with config's endpoint and credentials).
    void setConfiguration(const HubCache::Configuration &config);
    // Lists the folder of setConfiguration() again, on a worker thread; refreshed() when done. A
    // refresh asked for during one runs once it ends.
    void refresh();
    // Asks before deleting, in the setConfiguration() mode (not owned; nullptr: message boxes).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Deletes entries of the setConfiguration() folder after the user confirms; entryDeleted() for each.
    void removeEntries(const QList<HubCache::CacheEntry> &entries);

    // remoteEndpoint: the storage endpoint when dir is a gs:// folder, empty for a local one.
    void setFolder(const QString &dir, const QString &source, const QString &warning,
                   const QString &remoteEndpoint = QString());
    // Python reads only its environment: when the app's own setting picks the folder (after
    // setFolder()), says where Python caches instead and offers Write to Profile, or that the profile
    // (profileDir: the folder it names) already has this folder for new shells.
    void setPythonView(const HubCache::Configuration::PythonView &python, bool appSettingDecides,
                       const QString &profileDir);
    // A line about the last operation on the cache (what Prune freed), under the folder.
    void showNotice(const QString &text);
    [[nodiscard]] QLabel *pythonNote() const { return m_pythonNote; }
    [[nodiscard]] QPushButton *writeProfileButton() const { return m_writeProfile; }
    [[nodiscard]] QLabel *noticeLabel() const { return m_notice; }
    void setEntries(const QList<HubCache::CacheEntry> &entries);
    [[nodiscard]] QList<HubCache::CacheEntry> selectedEntries() const;
    void selectPath(const QString &path);
    [[nodiscard]] CacheEntryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] UsageChart *chart() const { return m_chart; }
    [[nodiscard]] UsageLegend *legend() const { return m_legend; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    // The rows' menu for the selection (Inspect, Smoke Test, Open Folder, Copy Handle/Path, Delete…).
    [[nodiscard]] QMenu *contextMenu();

Q_SIGNALS:
    void inspectRequested(const HubCache::CacheEntry &entry);
    void smokeTestRequested(const HubCache::CacheEntry &entry);
    void deleteRequested(const QList<HubCache::CacheEntry> &entries);
    void pruneRequested();
    void redownloadRequested(const QString &handle);
    void openFolderRequested(const QString &path);
    void refreshRequested();
    void writeProfileRequested();
    // refresh() has listed the folder: the view shows entryCount entries.
    void refreshed(int entryCount);
    // removeEntries() deleted this entry (its folder and descriptor).
    void entryDeleted(const HubCache::CacheEntry &entry);

private:
    void updateButtons();
    void watch(const QString &dir, bool remote);

    CacheEntryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    UsageChart *m_chart;
    UsageLegend *m_legend;
    QLabel *m_folder;
    QLabel *m_disk;
    QLabel *m_warning;
    QLabel *m_summary;
    QLabel *m_pythonNote;
    QPushButton *m_writeProfile;
    QLabel *m_notice;
    QWidget *m_pythonRow;
    // Local folders: what the command line or Python change shows without a Refresh.
    QFileSystemWatcher *m_watcher;
    QTimer *m_watchDelay;
    QString m_watched;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QPushButton *m_inspect;
    QPushButton *m_open;
    QPushButton *m_delete;
    QPushButton *m_redownload;
    QPushButton *m_smoke;
    QString m_dir;
    HubCache::Configuration m_config;
    bool m_configured = false; // setConfiguration() was called: the page lists and deletes itself
    QPointer<HubCache::CacheScanJob> m_scan;
    bool m_rescanWanted = false;
    Prompter *m_prompter = nullptr;
};
