#include "cacheentry.h"

namespace HubCache {

QString CacheEntry::stateName(EntryState state)
{
    switch (state) {
    case EntryState::Complete:
        return QStringLiteral("complete");
    case EntryState::Broken:
        return QStringLiteral("broken");
    case EntryState::Downloading:
        return QStringLiteral("downloading");
    case EntryState::OrphanedTemp:
        return QStringLiteral("orphaned-temp");
    case EntryState::StaleLock:
        return QStringLiteral("stale-lock");
    }
    return {};
}

QString CacheEntry::stateDisplayName(EntryState state)
{
    switch (state) {
    case EntryState::Complete:
        return tr("complete");
    case EntryState::Broken:
        return tr("broken");
    case EntryState::Downloading:
        return tr("downloading");
    case EntryState::OrphanedTemp:
        return tr("orphaned temp");
    case EntryState::StaleLock:
        return tr("stale lock");
    }
    return {};
}

} // namespace HubCache
