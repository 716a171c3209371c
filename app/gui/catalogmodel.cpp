#include "catalogmodel.h"

#include <QColor>
#include <QLocale>
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

QString CatalogModel::stateText(const QString &handle) const
{
    if (m_remoteMode && isRemoteHandle(handle))
        return m_downloading.contains(handle) ? tr("locating") : tr("remote");
    if (m_downloading.contains(handle))
        return tr("downloading");
    const auto it = m_states.constFind(handle);
    if (it == m_states.constEnd())
        return tr("not cached");
    return it.value() == HubCache::EntryState::Complete ? tr("cached") : HubCache::CacheEntry::stateDisplayName(it.value());
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
    const qint64 cachedSize = m_sizes.value(item.handle, -1);
    const qint64 size = cachedSize >= 0 ? cachedSize : item.sizeBytes;
    switch (role) {
    case HandleRole:
        return item.handle;
    case SourceRole:
        return item.source;
    case DescriptionRole:
        return item.description;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && m_remoteMode && isRemoteHandle(item.handle)) {
            const QString location = m_locations.value(item.handle);
            return location.isEmpty()
                ? tr("Uncompressed mode: the model is read from remote storage, nothing is cached. Resolve asks "
                     "the server where it is.")
                : tr("Uncompressed mode: the model is read from %1; nothing is cached.").arg(location);
        }
        return item.description.isEmpty() ? item.handle : item.description + QLatin1Char('\n') + item.handle;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && m_remoteMode && isRemoteHandle(item.handle))
            return {};
        if (index.column() == StateColumn && m_states.value(item.handle, HubCache::EntryState::Complete) != HubCache::EntryState::Complete)
            return QColor(Qt::darkRed);
        return {};
    case SortRole:
        if (index.column() == SizeColumn)
            return size;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
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
            return size >= 0 ? QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat) : QString();
        case PublisherColumn:
            return item.publisher;
        case HandleColumn:
            return item.handle;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Model");
    case StateColumn: return tr("State");
    case SizeColumn: return tr("Size");
    case PublisherColumn: return tr("Publisher");
    case HandleColumn: return tr("Handle");
    }
    return {};
}
