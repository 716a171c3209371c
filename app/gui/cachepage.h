#pragma once

#include "cacheentry.h"

#include <QWidget>

class CacheEntryModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class UsageChart;

// Cache usage: the effective cache folder and where it comes from, disk total and free, a treemap
// of what takes the space, and every entry (Python's included), sortable and filterable.
class CachePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachePage)

public:
    explicit CachePage(QWidget *parent = nullptr);

    // remoteEndpoint: the storage endpoint when dir is a gs:// folder, empty for a local one.
    void setFolder(const QString &dir, const QString &source, const QString &warning,
                   const QString &remoteEndpoint = QString());
    void setEntries(const QList<HubCache::CacheEntry> &entries);
    [[nodiscard]] QList<HubCache::CacheEntry> selectedEntries() const;
    void selectPath(const QString &path);
    [[nodiscard]] CacheEntryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] UsageChart *chart() const { return m_chart; }
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

private:
    void updateButtons();

    CacheEntryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    UsageChart *m_chart;
    QLabel *m_folder;
    QLabel *m_disk;
    QLabel *m_warning;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QPushButton *m_inspect;
    QPushButton *m_open;
    QPushButton *m_delete;
    QPushButton *m_redownload;
    QPushButton *m_smoke;
    QString m_dir;
};
