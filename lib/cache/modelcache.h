#pragma once

#include "cacheentry.h"
#include "configuration.h"
#include "error.h"
#include "hubcache_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace HubCache {

class Storage;

// A cache folder in the tensorflow_hub layout: `<key>/`, `<key>.lock`, `<key>.<task>.tmp/`,
// `<key>.descriptor.txt`. Reads and changes it without ever writing outside it. The folder is a
// local path or gs://bucket/dir: the protocol is written once, over Storage.
class HUBCACHE_EXPORT ModelCache
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::ModelCache)

public:
    // The configuration's cache folder, with its lock timeout and dead-owner grace.
    explicit ModelCache(const Configuration &config);
    // deadOwnerGrace: how long a lock whose owner's PID is not running here, but may run in another
    // PID namespace, must have made no progress before it counts as stale (Configuration::deadOwnerGrace).
    explicit ModelCache(const QString &dir, std::chrono::milliseconds lockTimeout = std::chrono::minutes(10),
                        std::chrono::milliseconds deadOwnerGrace = std::chrono::seconds(10));
    // A cache folder in a given storage (tests inject one; the storage is shared by copies).
    ModelCache(std::shared_ptr<Storage> storage, const QString &dir,
               std::chrono::milliseconds lockTimeout = std::chrono::minutes(10),
               std::chrono::milliseconds deadOwnerGrace = std::chrono::seconds(10));

    [[nodiscard]] Storage &storage() const { return *m_storage; }
    [[nodiscard]] std::shared_ptr<Storage> sharedStorage() const { return m_storage; }
    [[nodiscard]] bool isRemote() const;

    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] QString entryPath(const QString &key) const;
    [[nodiscard]] QString lockPath(const QString &key) const;
    [[nodiscard]] QString tempPath(const QString &key, const QString &taskId) const;
    [[nodiscard]] QString descriptorPath(const QString &key) const;

    // Python's hit test is "the folder exists and is not empty". Ours also wants a model in it, as
    // ModelFolder::isComplete defines it. `reason` says what is missing or of the wrong type.
    [[nodiscard]] bool isComplete(const QString &key, QString *reason = nullptr) const;
    [[nodiscard]] static bool isCompleteModelFolder(const QString &path, QString *reason = nullptr);

    // NotACacheFolder when the cache folder's path exists but is no folder; a missing folder is an
    // empty cache, no error.
    [[nodiscard]] Error folderError() const;

    // Every item in the folder, sorted by handle (entries without one by key). *error is set when
    // the folder cannot be listed (a gs:// bucket that is missing or unreachable).
    [[nodiscard]] QList<CacheEntry> entries(Error *error = nullptr) const;
    // The same, calling onEntry with each item as soon as it is known (in no particular order;
    // on the calling thread), so that a front end can show a large cache while it is scanned.
    // onEntry returning false stops the scan: what was found so far is returned.
    [[nodiscard]] QList<CacheEntry> entries(Error *error, const std::function<bool(const CacheEntry &)> &onEntry) const;
    // A handle, a full key or a unique key prefix (at least 6 hex digits).
    [[nodiscard]] std::optional<CacheEntry> find(const QString &handleOrKey, Error *error = nullptr) const;

    // Deletes a model entry and its descriptor. The folder is renamed to a temp name first, so it
    // stops being a hit at once and an interrupted delete leaves only an orphaned temp folder.
    // Refuses while a live process downloads it.
    [[nodiscard]] Error remove(const CacheEntry &entry);
    // Moves whatever stands at the entry path (a folder, or a symlink, file or FIFO in its place,
    // never followed) to the temp name of task `taskId`, so that it stops being a hit at once and an
    // interrupted delete leaves only an orphaned temp folder. Call it holding the entry's lock.
    // *movedTo is the new path, empty when nothing was there; deleting it is the caller's.
    [[nodiscard]] Error moveEntryAside(const QString &key, const QString &taskId, const QString &handle,
                                       QString *movedTo) const;
    // Orphaned temp folders, stale locks, entries that are not folders (a symlink, file or FIFO) and
    // descriptors that are not regular files.
    [[nodiscard]] QList<CacheEntry> prunable() const;
    [[nodiscard]] Error prune(const CacheEntry &item);

    // Creates the cache folder if needed and checks that we can write there.
    [[nodiscard]] Error ensureWritable() const;

    // Allocated bytes (st_blocks * 512, what deleting frees: a sparse file counts its blocks), walked
    // as bytes without following any symlink; a path that is not a folder is measured as itself.
    [[nodiscard]] static qint64 treeSize(const QString &path, int *fileCount = nullptr,
                                         QDateTime *newest = nullptr);
    // The same for a location in this cache's storage; remotely the files' sizes (allocated
    // sizes are not known there).
    [[nodiscard]] qint64 sizeOf(const QString &location, int *fileCount = nullptr, QDateTime *newest = nullptr) const;
    // Deletes a tree (or a file, symlink or FIFO) by name, whatever bytes its names hold, never
    // following a symlink. True when nothing is left.
    [[nodiscard]] static bool removeTree(const QString &path);

    [[nodiscard]] std::chrono::milliseconds lockTimeout() const { return m_lockTimeout; }
    [[nodiscard]] std::chrono::milliseconds deadOwnerGrace() const { return m_deadOwnerGrace; }

private:
    // What is at `path` when it is not a real folder ("a symbolic link, not a folder"), else empty.
    [[nodiscard]] QString wrongTypeReason(const QString &path) const;
    [[nodiscard]] bool isBrokenDescriptor(const CacheEntry &e) const;
    [[nodiscard]] bool lockIsStale(const CacheLock::Owner &owner, const QString &key, QString *reason) const;

    std::shared_ptr<Storage> m_storage;
    QString m_dir;
    std::chrono::milliseconds m_lockTimeout;
    std::chrono::milliseconds m_deadOwnerGrace;
};

} // namespace HubCache
