#include "cacheentrymodel.h"

#include "catalogmodel.h"
#include "sizeformat.h"
#include "statestyle.h"
#include "storage.h"

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
        if (index.column() == LastUsedColumn) {
            return e.lastUsed.isValid() ? QLocale().toString(e.lastUsed.toLocalTime(), QLocale::LongFormat)
                                        : lastUsedUnknownReason(e);
        }
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
        if (index.column() == LastUsedColumn)
            return e.lastUsed.isValid() ? QVariant(e.lastUsed) : QVariant();
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
        case LastUsedColumn:
            return e.lastUsed.isValid() ? relativeTime(e.lastUsed, QDateTime::currentDateTimeUtc()) : QString();
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

QString CacheEntryModel::relativeTime(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = time.secsTo(now);
    if (seconds < -60) // a clock that runs behind, or a time set by hand
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    const qint64 days = seconds / 86400;
    if (days < 60)
        return tr("%n day(s) ago", nullptr, int(days));
    if (days < 730)
        return tr("%n month(s) ago", nullptr, int(days / 30));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString CacheEntryModel::lastUsedExplanation()
{
    return tr("When a program last read the model's files: their newest access time. Linux updates it at most "
              "once a day (relatime), and never on a file system mounted with noatime. Models not used for "
              "a long time are the first to delete.");
}

QString CacheEntryModel::lastUsedUnknownReason(const CacheEntry &entry)
{
    if (HubCache::Storage::isRemoteLocation(entry.path))
        return tr("Not known: objects in a gs:// bucket have no access time.");
    if (!wasDownloaded(entry))
        return tr("Not known: this is no downloaded model.");
    return tr("Not known: no file in the entry has an access time (it is empty or not a folder).");
}

QVariant CacheEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SizeColumn)
        return tr("Space the entry takes on disk (allocated blocks), which is what deleting it frees.");
    if (role == Qt::ToolTipRole && section == LastUsedColumn)
        return lastUsedExplanation();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HandleColumn: return tr("Model");
    case StateColumn: return tr("State");
    case SizeColumn: return tr("On Disk");
    case DateColumn: return tr("Downloaded");
    case LastUsedColumn: return tr("Last Used");
    case KeyColumn: return tr("Folder");
    }
    return {};
}
