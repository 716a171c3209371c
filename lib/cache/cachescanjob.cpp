#include "cachescanjob.h"

#include "modelcache.h"

#include <QElapsedTimer>
#include <QThread>

#include <utility>

namespace HubCache {

CacheScanJob::CacheScanJob(const QString &cacheDir, std::chrono::milliseconds lockTimeout,
                           std::chrono::milliseconds deadOwnerGrace, QObject *parent)
    : Job(parent)
    , m_dir(cacheDir)
    , m_lockTimeout(lockTimeout)
    , m_deadOwnerGrace(deadOwnerGrace)
{
}

CacheScanJob::CacheScanJob(const Configuration &config, QObject *parent)
    : CacheScanJob(config.cacheDir(), config.lockTimeout(), config.deadOwnerGrace(), parent)
{
    m_config = config;
}

CacheScanJob::~CacheScanJob()
{
    // The scan stops at the next item; it only reads, so waiting for it is short and safe.
    m_stop.store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void CacheScanJob::doCancel()
{
    m_stop.store(true);
}

void CacheScanJob::start()
{
    m_thread = QThread::create([this] {
        const ModelCache cache = m_config ? ModelCache(*m_config) : ModelCache(m_dir, m_lockTimeout, m_deadOwnerGrace);
        m_scanError = cache.folderError();
        if (m_scanError)
            return;
        QList<CacheEntry> batch;
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        const auto deliver = [this, &batch, &sinceBatch] {
            // Queued to the job's thread, so a batch arrives there before the result.
            QMetaObject::invokeMethod(
                this,
                [this, found = std::exchange(batch, {})] {
                    if (!isFinished())
                        Q_EMIT entriesFound(found);
                },
                Qt::QueuedConnection);
            sinceBatch.restart();
        };
        m_scanned = cache.entries(&m_scanError, [&](const CacheEntry &e) {
            batch.append(e);
            if (batch.size() >= kBatchSize || sinceBatch.elapsed() >= kBatchInterval.count())
                deliver();
            return !m_stop.load();
        });
        if (!batch.isEmpty())
            deliver();
    });
    connect(m_thread, &QThread::finished, this, [this] {
        if (isFinished())
            return; // cancelled meanwhile: the result was already given
        m_entries = std::move(m_scanned);
        emitResult(m_scanError);
    });
    m_thread->start();
}

} // namespace HubCache
