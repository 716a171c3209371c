#pragma once

#include "cacheentry.h"
#include "configuration.h"
#include "job.h"

#include <QStringList>

#include <atomic>

class QThread;

namespace HubCache {

// Deletes cache entries, or prunes leftovers (orphaned temp folders, stale locks, broken
// entries), on a worker thread: deleting thousands of files, or objects in a gs:// bucket one
// request each, never blocks the caller's event loop. Every item is tried; what could not be
// removed is listed in failures(), and result() carries no error unless the job was cancelled
// (it stops after the item in progress).
class HUBCACHE_EXPORT CacheRemoveJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheRemoveJob)

public:
    enum class Mode {
        Remove, // ModelCache::remove: entries and their descriptors
        Prune,  // ModelCache::prune: leftovers, as ModelCache::prunable() lists them
    };
    Q_ENUM(Mode)

    CacheRemoveJob(const Configuration &config, const QList<CacheEntry> &items, Mode mode, QObject *parent = nullptr);
    ~CacheRemoveJob() override;

    void start() override;

    // Bytes of the items that were removed (their sizes as listed).
    [[nodiscard]] qint64 freedBytes() const { return m_freed; }
    [[nodiscard]] int removedCount() const { return m_removed; }
    // One translated message per item that was not removed.
    [[nodiscard]] QStringList failures() const { return m_failures; }
    // The items that were removed, in the order given.
    [[nodiscard]] QList<CacheEntry> removedItems() const { return m_removedItems; }

protected:
    void doCancel() override;

private:
    Configuration m_config;
    QList<CacheEntry> m_items;
    Mode m_mode;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    // Written by the worker only, read after its thread finished.
    qint64 m_freed = 0;
    int m_removed = 0;
    QStringList m_failures;
    QList<CacheEntry> m_removedItems;
};

} // namespace HubCache
