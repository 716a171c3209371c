#pragma once

#include "cacheentry.h"
#include "configuration.h"
#include "job.h"

#include <QList>

#include <atomic>
#include <chrono>
#include <optional>

class QThread;

namespace HubCache {

// Lists a cache folder (ModelCache::entries()) on a worker thread, so that a slow or large
// folder (a network mount, thousands of files) never blocks the caller's event loop.
// result() carries NotACacheFolder when the folder's path is no folder, otherwise no error unless
// cancelled; entries() is valid after it. While it runs, entriesFound() hands out what is known so
// far, so that a large cache shows up at once.
class HUBCACHE_EXPORT CacheScanJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheScanJob)

public:
    explicit CacheScanJob(const QString &cacheDir,
                          std::chrono::milliseconds lockTimeout = std::chrono::minutes(10),
                          std::chrono::milliseconds deadOwnerGrace = std::chrono::seconds(10),
                          QObject *parent = nullptr);
    // The folder config names, reached with its endpoint and stored credentials (a gs:// bucket
    // set in the app's own settings, a private bucket).
    explicit CacheScanJob(const Configuration &config, QObject *parent = nullptr);
    ~CacheScanJob() override;

    void start() override;

    [[nodiscard]] QString cacheDir() const { return m_dir; }
    [[nodiscard]] QList<CacheEntry> entries() const { return m_entries; }

    // A batch of items is found at most every kBatchInterval or kBatchSize items.
    static constexpr std::chrono::milliseconds kBatchInterval{100};
    static constexpr qsizetype kBatchSize = 500;

Q_SIGNALS:
    // Items found since the last batch, in no particular order, on the job's thread and before
    // result(); together they are entries() (which is sorted). None after a cancel.
    void entriesFound(const QList<HubCache::CacheEntry> &batch);

private:
    QString m_dir;
    std::optional<Configuration> m_config;
    std::chrono::milliseconds m_lockTimeout;
    std::chrono::milliseconds m_deadOwnerGrace;
    void doCancel() override;

    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false}; // set by cancel() or the destructor, read by the worker
    QList<CacheEntry> m_scanned; // written by the worker only, until its thread finished
    Error m_scanError;           // likewise
    QList<CacheEntry> m_entries;
};

} // namespace HubCache
