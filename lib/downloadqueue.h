#pragma once

#include "configuration.h"
#include "hubcache_export.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace HubCache {

class Job;
class NetworkAccessPool;
class ResolveJob;

// Resolves many handles, a few at a time: the command line's `prefetch` and the desktop app's
// download queue. Each handle is queued once. Each of the maxParallel slots keeps its connections
// alive from one job to the next; past Qt's six connections per host, further slots get network
// accesses of their own made like nam (its proxies, its stored credentials), so that N slots
// overlap N requests to one host over at most N connections. Downloads that run beside others
// share HUBCACHE_PARALLEL_CONNECTIONS for their parallel ranges.
class HUBCACHE_EXPORT DownloadQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)

public:
    DownloadQueue(const Configuration &config, QNetworkAccessManager *nam, int maxParallel = 3,
                  QObject *parent = nullptr);
    ~DownloadQueue() override;

    enum class SpaceCheck {
        Check, // refused before it starts when the cache folder has too little room (Configuration::freeSpaceCheck())
        Skip,  // the user chose to download anyway
    };
    // False when the handle is already queued or running.
    bool enqueue(const QString &handle, SpaceCheck spaceCheck = SpaceCheck::Check);
    void cancel(const QString &handle);
    void cancelAll();

    [[nodiscard]] QStringList pending() const { return m_pending; }
    [[nodiscard]] QList<ResolveJob *> running() const;
    [[nodiscard]] bool isIdle() const { return m_pending.isEmpty() && m_running.isEmpty(); }
    [[nodiscard]] int maxParallel() const { return m_maxParallel; }
    void setMaxParallel(int n);
    void setConfiguration(const Configuration &config);
    // What the next download starts with.
    [[nodiscard]] const Configuration &configuration() const { return m_config; }

Q_SIGNALS:
    void jobStarted(const QString &handle, HubCache::ResolveJob *job);
    // The job is deleted after this returns; read its result here.
    void jobFinished(const QString &handle, HubCache::ResolveJob *job);
    void idle();

private:
    void startMore();
    void onResult(HubCache::Job *job);

    Configuration m_config;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<NetworkAccessPool> m_pool;
    int m_maxParallel;
    QStringList m_pending;
    QSet<QString> m_skipSpaceCheck; // pending handles enqueued with SpaceCheck::Skip
    QHash<QString, QPointer<ResolveJob>> m_running;
    QHash<QString, int> m_slots; // of the running handles
};

} // namespace HubCache
