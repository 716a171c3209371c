#include "downloadqueue.h"

#include "networkaccesspool_p.h"
#include "resolvejob.h"

#include <algorithm>

namespace HubCache {

DownloadQueue::DownloadQueue(const Configuration &config, QNetworkAccessManager *nam, int maxParallel,
                             QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam)
    , m_pool(std::make_unique<NetworkAccessPool>(nam, config))
    , m_maxParallel(std::max(1, maxParallel))
{
}

DownloadQueue::~DownloadQueue()
{
    m_pending.clear();
    for (const auto &job : std::as_const(m_running)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

bool DownloadQueue::enqueue(const QString &handle, SpaceCheck spaceCheck)
{
    if (m_pending.contains(handle) || m_running.contains(handle))
        return false;
    m_pending.append(handle);
    if (spaceCheck == SpaceCheck::Skip)
        m_skipSpaceCheck.insert(handle);
    QMetaObject::invokeMethod(this, &DownloadQueue::startMore, Qt::QueuedConnection);
    return true;
}

void DownloadQueue::cancel(const QString &handle)
{
    if (m_pending.removeAll(handle) > 0) {
        m_skipSpaceCheck.remove(handle);
        if (isIdle())
            Q_EMIT idle();
        return;
    }
    if (const auto job = m_running.value(handle))
        job->cancel();
}

void DownloadQueue::cancelAll()
{
    m_pending.clear();
    m_skipSpaceCheck.clear();
    const auto jobs = m_running.values();
    for (const auto &job : jobs) {
        if (job)
            job->cancel();
    }
}

QList<ResolveJob *> DownloadQueue::running() const
{
    QList<ResolveJob *> jobs;
    for (const auto &job : m_running) {
        if (job)
            jobs.append(job);
    }
    return jobs;
}

void DownloadQueue::setConfiguration(const Configuration &config)
{
    m_config = config;
    m_pool->setConfiguration(config);
}

void DownloadQueue::setMaxParallel(int n)
{
    m_maxParallel = std::max(1, n);
    startMore();
}

void DownloadQueue::startMore()
{
    while (!m_pending.isEmpty() && m_running.size() < m_maxParallel) {
        const QString handle = m_pending.takeFirst();
        int slot = 0;
        while (std::find(m_slots.cbegin(), m_slots.cend(), slot) != m_slots.cend())
            ++slot;
        // The slots share each host's connections: a download that goes to parallel ranges gets
        // its share of HUBCACHE_PARALLEL_CONNECTIONS while other downloads run beside it, not all
        // of them each (one handle alone still gets them all).
        Configuration config = m_config;
        const qsizetype beside = std::min<qsizetype>(m_maxParallel, m_running.size() + m_pending.size() + 1);
        config.setParallelConnections(std::max(1, m_config.parallelConnections() / int(beside)));
        if (m_skipSpaceCheck.remove(handle))
            config.setFreeSpaceCheck(false);
        auto *job = new ResolveJob(handle, config, m_pool->forSlot(slot), this);
        m_running.insert(handle, job);
        m_slots.insert(handle, slot);
        connect(job, &Job::result, this, &DownloadQueue::onResult);
        Q_EMIT jobStarted(handle, job);
        job->start();
    }
}

void DownloadQueue::onResult(Job *job)
{
    auto *resolve = qobject_cast<ResolveJob *>(job);
    if (!resolve)
        return;
    m_running.remove(resolve->handle());
    m_slots.remove(resolve->handle());
    Q_EMIT jobFinished(resolve->handle(), resolve);
    startMore();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace HubCache
