#include "downloadqueue.h"

#include "resolvejob.h"

namespace HubCache {

DownloadQueue::DownloadQueue(const Configuration &config, QNetworkAccessManager *nam, int maxParallel,
                             QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam)
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

void DownloadQueue::setMaxParallel(int n)
{
    m_maxParallel = std::max(1, n);
    startMore();
}

void DownloadQueue::startMore()
{
    while (!m_pending.isEmpty() && m_running.size() < m_maxParallel) {
        const QString handle = m_pending.takeFirst();
        Configuration config = m_config;
        if (m_skipSpaceCheck.remove(handle))
            config.setFreeSpaceCheck(false);
        auto *job = new ResolveJob(handle, config, m_nam, this);
        m_running.insert(handle, job);
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
    Q_EMIT jobFinished(resolve->handle(), resolve);
    startMore();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace HubCache
