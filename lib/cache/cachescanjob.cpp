#include "cachescanjob.h"

#include "modelcache.h"

#include <QThread>

namespace HubCache {

CacheScanJob::CacheScanJob(const QString &cacheDir, std::chrono::milliseconds lockTimeout,
                           std::chrono::milliseconds deadOwnerGrace, QObject *parent)
    : Job(parent)
    , m_dir(cacheDir)
    , m_lockTimeout(lockTimeout)
    , m_deadOwnerGrace(deadOwnerGrace)
{
}

CacheScanJob::~CacheScanJob()
{
    // A scan cannot be interrupted half-way; it only reads, so waiting for it is short and safe.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void CacheScanJob::start()
{
    m_thread = QThread::create([this] {
        const ModelCache cache(m_dir, m_lockTimeout, m_deadOwnerGrace);
        m_scanError = cache.folderError();
        if (!m_scanError)
            m_scanned = cache.entries(&m_scanError);
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
