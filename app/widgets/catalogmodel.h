#pragma once

#include "hubcachewidgets_export.h"
#include "cacheentry.h"
#include "catalog.h"
#include "statestyle.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

// The Browse page's rows: models from the catalog file, bookmarks, recent handles, the demo hub and
// Kaggle Models search results, each with its state in the current cache folder.
class HUBCACHEWIDGETS_EXPORT CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogModel)

public:
    enum Column {
        TitleColumn,
        StateColumn,
        SizeColumn,   // the download's size, as the catalog gives it
        OnDiskColumn, // the space the cached model takes
        PublisherColumn,
        HandleColumn,
        ColumnCount,
    };
    enum Role {
        HandleRole = Qt::UserRole + 1,
        SourceRole,
        DescriptionRole,
        SortRole,
        BookmarkedRole,
    };

    explicit CatalogModel(QObject *parent = nullptr);

    void setItems(const QList<HubCache::CatalogItem> &items);
    [[nodiscard]] const QList<HubCache::CatalogItem> &items() const { return m_items; }
    [[nodiscard]] HubCache::CatalogItem item(int row) const { return m_items.value(row); }
    [[nodiscard]] int rowOf(const QString &handle) const;
    // What the cache says about each handle; handles missing from the map are "not cached".
    void setStates(const QHash<QString, HubCache::EntryState> &states, const QHash<QString, qint64> &sizes,
                   const QSet<QString> &downloading);
    // Handles whose download stopped with its bytes kept (shown "paused" while not cached).
    void setPaused(const QSet<QString> &handles);
    [[nodiscard]] QString stateText(const QString &handle) const;
    // What the State column's icon and colour show for a handle.
    [[nodiscard]] StateStyle::Kind stateKind(const QString &handle) const;
    [[nodiscard]] bool isCached(const QString &handle) const;   // complete
    [[nodiscard]] bool isInCache(const QString &handle) const;  // any folder, complete or broken
    // Bookmarked rows show a star and are listed under "Bookmarks" whatever list they come from.
    void setBookmarks(const QSet<QString> &handles);
    [[nodiscard]] bool isBookmarked(const QString &handle) const { return m_bookmarks.contains(handle); }
    // The catalog's title of a handle ("" when it has none): the Downloads and Cache lists show it.
    [[nodiscard]] QString titleOf(const QString &handle) const;
    // In the UNCOMPRESSED load format URL handles are read from remote storage: shown as "remote",
    // with the gs:// location once a resolve has named it.
    void setRemoteMode(bool remote);
    [[nodiscard]] bool isRemoteMode() const { return m_remoteMode; }
    void setRemoteLocation(const QString &handle, const QString &location);
    // The last download of a handle failed (shown as "failed" with the message as its tooltip
    // until it is cached or tried again); an empty message clears it.
    void setFailure(const QString &handle, const QString &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool hasFailed(const QString &handle) const;

    QList<HubCache::CatalogItem> m_items;
    QHash<QString, HubCache::EntryState> m_states;
    QHash<QString, qint64> m_sizes;
    QSet<QString> m_downloading;
    QSet<QString> m_paused;
    QHash<QString, QString> m_locations;
    QHash<QString, QString> m_failures;
    QSet<QString> m_bookmarks;
    bool m_remoteMode = false;
};
