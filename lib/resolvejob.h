#pragma once

#include "configuration.h"
#include "handle.h"
#include "job.h"

#include <QDateTime>
#include <QFuture>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace HubCache {

class CacheLock;
class DownloadJob;
class GcsClient;
class GcsCredentialProvider;
class GcsStorage;
class ModelCache;
class Storage;
class UncompressedLocationJob;

// Resolves a model handle to a local folder the way tensorflow_hub.resolve() does, on the same
// cache: a hit needs no lock and no network; a miss takes `<key>.lock`, downloads and extracts into
// `<key>.<task>.tmp`, writes the descriptor and renames the folder into place. Better than Python:
// half-deleted entries are downloaded again, a lock whose owner provably died in this PID namespace
// is taken over at once, one that only looks dead after its download stopped for the dead-owner
// grace, a stuck one after the lock timeout, and every failure cleans up after itself.
// In the UNCOMPRESSED load format an http(s) handle resolves, as in Python, to the gs:// folder
// the server names; nothing is downloaded or cached then, and isRemote() is true.
class HUBCACHE_EXPORT ResolveJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveJob)

public:
    enum class Stage {
        Checking,
        WaitingForLock,
        Downloading,
        Finishing,
        Done,
    };
    Q_ENUM(Stage)

    // nam may be null: the job then makes its own from the configuration.
    ResolveJob(const QString &handle, const Configuration &config, QNetworkAccessManager *nam = nullptr,
               QObject *parent = nullptr);
    ~ResolveJob() override;

    void start() override;
    // Before start(): the storage of the configuration's cache folder (by default
    // Storage::forLocation(); tests give one of their own).
    void setCacheStorage(std::shared_ptr<Storage> storage) { m_cacheStorage = std::move(storage); }

    [[nodiscard]] QString handle() const { return m_handle.text(); }
    // The folder to load the model from, once the job succeeded: local, or a gs:// location.
    [[nodiscard]] QString path() const { return m_path; }
    // True when path() is a remote (gs://) location: the UNCOMPRESSED load format caches nothing.
    [[nodiscard]] bool isRemote() const { return m_remote; }
    // True when the model was already cached (or is a local path): nothing was downloaded.
    [[nodiscard]] bool wasCached() const { return m_wasCached; }
    [[nodiscard]] bool repairedBrokenEntry() const { return m_repaired; }
    [[nodiscard]] qint64 extractedBytes() const;
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsed.elapsed(); }

Q_SIGNALS:
    void stageChanged(HubCache::ResolveJob::Stage stage);

protected:
    void doCancel() override;

private:
    void run();
    void resolveCompressed();
    void resolveUncompressed();
    void onLocationResult(Job *job);
    void tryLock();
    void pollLock();
    void startDownload();
    // gs:// archives: the object's generation and a token first, then the pinned media URL.
    void startGcsDownload();
    void startDownloadJob(const QUrl &url, const QByteArray &authorization);
    // Any other gs:// handle: used in place when it exists (checked off this thread).
    void resolveGcsPath();
    void onDownloadResult(Job *job);
    void useCachedEntry();
    void succeed(const QString &path, bool cached);
    void fail(const Error &error);
    void cleanup();
    // Releases a remote cache's lock and temp folder off this thread.
    QFuture<void> cleanupRemote();
    // Cleans up, then gives the result (after the remote cleanup when there is one).
    void finishAfterCleanup(const Error &error);
    void setStage(Stage stage);
    // One protocol step: `work` touches the cache's storage, `then` goes on with its result on
    // this job's thread. Inline for a local cache (a hit stays one call); on a worker thread for a
    // remote one, so that no network round trip blocks the caller's (GUI) thread.
    template <typename Result>
    void runStep(std::function<Result()> work, std::function<void(Result)> then);
    void checkCache();
    void takeLock();
    void publish();
    [[nodiscard]] ErrorContext context() const;

    Handle m_handle;
    Configuration m_config;
    QNetworkAccessManager *m_nam;
    // Shared with protocol steps running on worker threads (remote cache), which may outlive us.
    std::shared_ptr<Storage> m_cacheStorage;
    std::shared_ptr<ModelCache> m_cache;
    std::shared_ptr<CacheLock> m_lock;
    QPointer<DownloadJob> m_download;
    QPointer<UncompressedLocationJob> m_location;
    std::unique_ptr<GcsCredentialProvider> m_gcsCredentials;
    std::unique_ptr<GcsClient> m_gcs;
    qint64 m_gcsGeneration = 0;
    bool m_gcsStartedOver = false; // a gs:// archive replaced mid-download is fetched anew once
    std::unique_ptr<GcsStorage> m_gcsStorage;
    std::unique_ptr<QThread> m_gcsThread;
    QTimer m_pollTimer;
    QElapsedTimer m_elapsed;
    QString m_key;
    QString m_path;
    QString m_tempDir;
    Stage m_stage = Stage::Checking;
    bool m_wasCached = false;
    bool m_repaired = false;
    bool m_remote = false;
    qint64 m_extracted = 0;

    // Lock waiting: what we saw last and since when it has not changed.
    QByteArray m_seenLock;
    qint64 m_seenTempSize = -1;
    QDateTime m_seenTempNewest;
    QElapsedTimer m_heartbeat; // last touch of our OwnerProof while downloading
    QElapsedTimer m_sinceChange;
    QElapsedTimer m_sinceMessage;
};

} // namespace HubCache
