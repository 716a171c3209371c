#include "catalogmodel.h"

#include "sizeformat.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CatalogModel::setItems(const QList<HubCache::CatalogItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int CatalogModel::rowOf(const QString &handle) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].handle == handle)
            return i;
    }
    return -1;
}

void CatalogModel::setStates(const QHash<QString, HubCache::EntryState> &states, const QHash<QString, qint64> &sizes,
                             const QSet<QString> &downloading)
{
    m_states = states;
    m_sizes = sizes;
    m_downloading = downloading;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CatalogModel::setPaused(const QSet<QString> &handles)
{
    if (handles == m_paused)
        return;
    m_paused = handles;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

namespace {

bool isRemoteHandle(const QString &handle)
{
    return handle.startsWith(QLatin1String("http://")) || handle.startsWith(QLatin1String("https://"));
}

} // namespace

void CatalogModel::setRemoteMode(bool remote)
{
    if (m_remoteMode == remote)
        return;
    m_remoteMode = remote;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CatalogModel::setRemoteLocation(const QString &handle, const QString &location)
{
    m_locations.insert(handle, location);
    const int row = rowOf(handle);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CatalogModel::setFailure(const QString &handle, const QString &message)
{
    if (message.isEmpty() ? m_failures.remove(handle) == 0 : m_failures.value(handle) == message)
        return;
    if (!message.isEmpty())
        m_failures.insert(handle, message);
    const int row = rowOf(handle);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool CatalogModel::hasFailed(const QString &handle) const
{
    // A model still cached from before keeps saying so: the failure is on the Downloads page.
    return m_failures.contains(handle) && !m_downloading.contains(handle) && !isCached(handle);
}

QString CatalogModel::stateText(const QString &handle) const
{
    if (m_remoteMode && isRemoteHandle(handle))
        return m_downloading.contains(handle) ? tr("locating") : tr("remote");
    if (m_downloading.contains(handle))
        return tr("downloading");
    if (hasFailed(handle))
        return tr("failed");
    const auto it = m_states.constFind(handle);
    if (it == m_states.constEnd())
        return m_paused.contains(handle) ? tr("paused") : tr("not cached");
    return it.value() == HubCache::EntryState::Complete ? tr("cached") : HubCache::CacheEntry::stateDisplayName(it.value());
}

StateStyle::Kind CatalogModel::stateKind(const QString &handle) const
{
    if (m_remoteMode && isRemoteHandle(handle))
        return m_downloading.contains(handle) ? StateStyle::Kind::Downloading : StateStyle::Kind::Remote;
    if (m_downloading.contains(handle))
        return StateStyle::Kind::Downloading;
    if (hasFailed(handle))
        return StateStyle::Kind::Broken;
    const auto it = m_states.constFind(handle);
    if (it == m_states.constEnd())
        return StateStyle::Kind::NotCached;
    return StateStyle::forEntry(it.value());
}

bool CatalogModel::isCached(const QString &handle) const
{
    return m_states.value(handle, HubCache::EntryState::Broken) == HubCache::EntryState::Complete
        && m_states.contains(handle);
}

bool CatalogModel::isInCache(const QString &handle) const
{
    return m_states.contains(handle);
}

void CatalogModel::setBookmarks(const QSet<QString> &handles)
{
    const QSet<QString> changed = (m_bookmarks - handles) + (handles - m_bookmarks);
    m_bookmarks = handles;
    for (const QString &handle : changed) {
        const int row = rowOf(handle);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString CatalogModel::titleOf(const QString &handle) const
{
    const int row = rowOf(handle);
    return row >= 0 ? index(row, TitleColumn).data(SortRole).toString() : QString();
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const HubCache::CatalogItem &item = m_items[index.row()];
    const qint64 onDisk = m_sizes.value(item.handle, -1);
    switch (role) {
    case HandleRole:
        return item.handle;
    case SourceRole:
        return item.source;
    case DescriptionRole:
        return item.description;
    case BookmarkedRole:
        return m_bookmarks.contains(item.handle);
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && m_remoteMode && isRemoteHandle(item.handle)) {
            const QString location = m_locations.value(item.handle);
            return location.isEmpty()
                ? tr("Uncompressed mode: the model is read from remote storage, nothing is cached. Resolve asks "
                     "the server where it is.")
                : tr("Uncompressed mode: the model is read from %1; nothing is cached.").arg(location);
        }
        if (index.column() == StateColumn && hasFailed(item.handle))
            return m_failures.value(item.handle);
        if (index.column() == SizeColumn)
            return tr("The size of the download, as the catalog gives it.");
        if (index.column() == OnDiskColumn)
            return tr("The space the cached model takes on disk.");
        if (index.column() == TitleColumn && m_bookmarks.contains(item.handle))
            return QString(tr("Bookmarked") + QLatin1Char('\n')
                           + (item.description.isEmpty() ? item.handle : item.description + QLatin1Char('\n') + item.handle));
        return item.description.isEmpty() ? item.handle : item.description + QLatin1Char('\n') + item.handle;
    case Qt::ForegroundRole:
        // The state's colour, made readable on the current palette (light or dark); the text and
        // the icon say the same, so colour is never the only cue.
        if (index.column() == StateColumn)
            return StateStyle::textColor(stateKind(item.handle), QGuiApplication::palette());
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return StateStyle::icon(stateKind(item.handle));
        return {};
    case SortRole:
        if (index.column() == SizeColumn)
            return item.sizeBytes;
        if (index.column() == OnDiskColumn)
            return onDisk;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            // A star marks a bookmark; sorting and titleOf() use the title alone.
            if (role == Qt::DisplayRole && m_bookmarks.contains(item.handle))
                return QString(QStringLiteral("★ ") + data(index, SortRole).toString());
            if (!item.title.isEmpty())
                return item.title;
            // A Kaggle variation (…/models/owner/model/framework/variation/version) known only by its
            // handle, as a bookmark or a recent one: its model and variation say more than "default/1".
            if (item.handle.section(QLatin1Char('/'), -6, -6) == QLatin1String("models"))
                return QString(item.handle.section(QLatin1Char('/'), -4, -4) + QStringLiteral(" · ")
                               + item.handle.section(QLatin1Char('/'), -2, -2));
            return item.handle.section(QLatin1Char('/'), -2);
        case StateColumn:
            return stateText(item.handle);
        case SizeColumn:
            return item.sizeBytes >= 0 ? HubCache::formatSize(item.sizeBytes) : QString();
        case OnDiskColumn:
            return onDisk >= 0 ? HubCache::formatSize(onDisk) : QString();
        case PublisherColumn:
            return item.publisher;
        case HandleColumn:
            return item.handle;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn || index.column() == OnDiskColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                               : QVariant();
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SizeColumn)
        return tr("The size of the download, as the catalog gives it (empty when it does not say).");
    if (role == Qt::ToolTipRole && section == OnDiskColumn)
        return tr("The space the model takes in the cache folder (empty when it is not cached).");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Model");
    case StateColumn: return tr("State");
    case SizeColumn: return tr("Download Size");
    case OnDiskColumn: return tr("Size on Disk");
    case PublisherColumn: return tr("Publisher");
    case HandleColumn: return tr("Handle");
    }
    return {};
}
