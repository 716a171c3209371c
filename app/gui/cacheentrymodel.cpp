#include "cacheentrymodel.h"

#include <QColor>
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
    case Qt::ToolTipRole:
        return e.reason.isEmpty() ? e.path : e.reason + QLatin1Char('\n') + e.path;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && e.state != EntryState::Complete && e.state != EntryState::Downloading)
            return QColor(Qt::darkRed);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (index.column() == SizeColumn)
            return e.sizeBytes;
        if (index.column() == DateColumn)
            return e.downloadTime;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case HandleColumn:
            return e.handle.isEmpty() ? tr("(no descriptor)") : e.handle;
        case StateColumn:
            return CacheEntry::stateDisplayName(e.state);
        case SizeColumn:
            return QLocale().formattedDataSize(e.sizeBytes, 1, QLocale::DataSizeTraditionalFormat);
        case DateColumn:
            return QLocale().toString(e.downloadTime, QLocale::ShortFormat);
        case KeyColumn:
            return e.key;
        }
    }
    return {};
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
    case HandleColumn: return tr("Handle");
    case StateColumn: return tr("State");
    case SizeColumn: return tr("On Disk");
    case DateColumn: return tr("Downloaded");
    case KeyColumn: return tr("Folder");
    }
    return {};
}
