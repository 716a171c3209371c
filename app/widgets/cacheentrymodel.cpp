#include "cacheentrymodel.h"

#include "catalogmodel.h"
#include "sizeformat.h"
#include "statestyle.h"

#include <QColor>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>

using HubCache::CacheEntry;
using HubCache::EntryState;

CacheEntryModel::CacheEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CacheEntryModel::setEntries(const QList<CacheEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void CacheEntryModel::setCatalog(const CatalogModel *catalog)
{
    m_catalog = catalog;
    connect(catalog, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, HandleColumn), index(rowCount() - 1, HandleColumn));
    });
}

void CacheEntryModel::appendEntries(const QList<CacheEntry> &entries)
{
    QHash<QString, int> rowOf;
    rowOf.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        rowOf.insert(m_entries[row].path, row);
    QList<CacheEntry> added;
    for (const CacheEntry &e : entries) {
        if (const auto it = rowOf.constFind(e.path); it != rowOf.cend()) {
            CacheEntry &row = m_entries[*it];
            const QString handle = row.handle; // the page may know a name the scan cannot see yet
            row = e;
            if (row.handle.isEmpty())
                row.handle = handle;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        } else {
            added.append(e);
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + added.size() - 1));
    m_entries.append(added);
    endInsertRows();
}

int CacheEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CacheEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CacheEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CacheEntry &e = m_entries[index.row()];
    switch (role) {
    case StateRole:
        return int(e.state);
    case HandleRole:
        return e.handle;
    case Qt::ToolTipRole: {
        QString tip = e.reason.isEmpty() ? e.path : e.reason + QLatin1Char('\n') + e.path;
        if (!e.handle.isEmpty())
            tip.prepend(e.handle + QLatin1Char('\n'));
        return tip;
    }
    case Qt::ForegroundRole:
        // The state's colour, readable on the current palette; the text says the same.
        if (index.column() == StateColumn)
            return StateStyle::textColor(StateStyle::forEntry(e.state), QGuiApplication::palette());
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return StateStyle::icon(StateStyle::forEntry(e.state));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (index.column() == SizeColumn)
            return e.sizeBytes;
        if (index.column() == DateColumn)
            return wasDownloaded(e) ? QVariant(e.downloadTime) : QVariant();
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case HandleColumn: {
            if (e.handle.isEmpty())
                return tr("(no descriptor)");
            const QString title = m_catalog ? m_catalog->titleOf(e.handle) : QString();
            return title.isEmpty() ? e.handle : title;
        }
        case StateColumn:
            return CacheEntry::stateDisplayName(e.state);
        case SizeColumn:
            return HubCache::formatSize(e.sizeBytes);
        case DateColumn:
            // A temp folder or a lock was never downloaded: its time is not a download's.
            if (!CacheEntryModel::wasDownloaded(e))
                return role == SortRole ? QVariant() : QVariant(e.state == EntryState::StaleLock ? QString() : tr("incomplete"));
            return QLocale().toString(e.downloadTime, QLocale::ShortFormat);
        case KeyColumn:
            return e.key;
        }
    }
    return {};
}

bool CacheEntryModel::wasDownloaded(const CacheEntry &entry)
{
    return entry.state == EntryState::Complete || entry.state == EntryState::Broken;
}

QVariant CacheEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SizeColumn)
        return tr("Space the entry takes on disk (allocated blocks), which is what deleting it frees.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HandleColumn: return tr("Model");
    case StateColumn: return tr("State");
    case SizeColumn: return tr("On Disk");
    case DateColumn: return tr("Downloaded");
    case KeyColumn: return tr("Folder");
    }
    return {};
}
