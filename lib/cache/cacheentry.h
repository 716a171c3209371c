#pragma once

#include "cachelock.h"
#include "hubcache_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace HubCache {

enum class EntryState {
    Complete,     // a model folder with a SavedModel (or TF1 Hub module) in it
    Broken,       // a model folder that is empty or half deleted: resolve downloads it again
    Downloading,  // a lock held by a live process, with its temp folder
    OrphanedTemp, // a `.tmp` folder that no live lock owns (a killed download)
    StaleLock,    // a lock whose owner is dead or has made no progress for the lock timeout
};

// One thing on disk in a cache folder, as `hubcache ls` and the desktop app show it.
struct HUBCACHE_EXPORT CacheEntry {
    Q_DECLARE_TR_FUNCTIONS(HubCache::CacheEntry)

public:
    QString key;          // SHA-1 folder name
    QString handle;       // from the descriptor, empty when there is none
    QString path;         // the entry folder, temp folder or lock file this row is about
    EntryState state = EntryState::Complete;
    QString reason;       // why broken or stale, translated
    qint64 sizeBytes = 0;
    int fileCount = 0;
    QDateTime downloadTime;
    // When a program last read the entry: the newest access time of its files, as the scan's own
    // stat sees it (Linux's relatime updates it at most once a day and on a read after a write;
    // noatime mounts never). Invalid when not known: a gs:// cache (objects have no access time),
    // a temp folder or lock, an entry that is not a real folder.
    QDateTime lastUsed;
    QString downloaderHost;
    qint64 downloaderPid = 0;
    std::optional<CacheLock::Owner> lockOwner;

    [[nodiscard]] static QString stateName(EntryState state);       // stable: "complete", "broken", …
    [[nodiscard]] static QString stateDisplayName(EntryState state); // translated
};

} // namespace HubCache

Q_DECLARE_METATYPE(HubCache::CacheEntry)
