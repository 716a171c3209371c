#include "cacheremovejob.h"

#include "modelcache.h"

#include <QThread>

namespace HubCache {

CacheRemoveJob::CacheRemoveJob(const Configuration &config, const QList<CacheEntry> &items, Mode mode, QObject *parent)
    : Job(parent)
    , m_config(config)
    , m_items(items)
    , m_mode(mode)
{
}

CacheRemoveJob::~CacheRemoveJob()
{
    if (m_thread) {
        m_stop = true;
        m_thread->wait(); // at most the item in progress
        delete m_thread;
    }
}

void CacheRemoveJob::start()
{
    setProgress(0, m_items.size());
    m_thread = QThread::create([this] {
        ModelCache cache(m_config);
        int done = 0;
        for (const CacheEntry &item : std::as_const(m_items)) {
            if (m_stop)
                return;
            const Error error = m_mode == Mode::Remove ? cache.remove(item) : cache.prune(item);
            if (error) {
                m_failures.append(error.message());
            } else {
                m_freed += item.sizeBytes;
                ++m_removed;
                m_removedItems.append(item);
            }
            ++done;
            QMetaObject::invokeMethod(this, [this, done] {
                if (!isFinished())
                    setProgress(done, m_items.size());
            }, Qt::QueuedConnection);
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        if (!isFinished())
            emitResult();
    });
    m_thread->start();
}

void CacheRemoveJob::doCancel()
{
    m_stop = true;
}

} // namespace HubCache
