#pragma once

#include "hubcachewidgets_export.h"
#include "cacheentry.h"

#include <QAbstractTableModel>
#include <QPointer>

class CatalogModel;

// The Cache page's rows: every item of the cache folder (entries, temp folders, locks).
class HUBCACHEWIDGETS_EXPORT CacheEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheEntryModel)

public:
    enum Column {
        HandleColumn,
        StateColumn,
        SizeColumn,
        DateColumn,
        LastUsedColumn,
        KeyColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StateRole,
        HandleRole, // the handle, also for a row that shows its catalog title
    };

    explicit CacheEntryModel(QObject *parent = nullptr);

    // Complete or broken entries were downloaded; a temp folder or a lock has no download time.
    [[nodiscard]] static bool wasDownloaded(const HubCache::CacheEntry &entry);
    // "3 days ago" for a past time, relative to `now`; the date itself for a time in the future.
    [[nodiscard]] static QString relativeTime(const QDateTime &time, const QDateTime &now);
    // Why an entry has no last-used time, for its tooltip.
    [[nodiscard]] static QString lastUsedUnknownReason(const HubCache::CacheEntry &entry);
    // What "last used" means and how far to trust it.
    [[nodiscard]] static QString lastUsedExplanation();
    void setEntries(const QList<HubCache::CacheEntry> &entries);
    // Where rows take their titles from (the handle stays in the tooltip and Copy Handle).
    void setCatalog(const CatalogModel *catalog);
    // Items a running scan found: a row with the same path is updated, others are appended, so
    // a large cache fills in while it is scanned and a rescan does not empty the page.
    void appendEntries(const QList<HubCache::CacheEntry> &entries);
    [[nodiscard]] const QList<HubCache::CacheEntry> &entries() const { return m_entries; }
    [[nodiscard]] HubCache::CacheEntry entry(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HubCache::CacheEntry> m_entries;
    QPointer<const CatalogModel> m_catalog;
};
