#include "resolvejob.h"

#include "cachefoldercheck.h"
#include "cachelock.h"
#include "descriptor.h"
#include "downloadjob_p.h"
#include "gcsclient.h"
#include "gcscredentialprovider.h"
#include "gcsmetadatajob.h"
#include "gcsstorage.h"
#include "logging.h"
#include "modelcache.h"
#include "modelfolder.h"
#include "networkaccess.h"
#include "ownerproof.h"
#include "resumedata.h"
#include "storage.h"
#include "uncompressedlocationjob_p.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include <sys/stat.h>

namespace HubCache {

namespace {

// What pollLock() needs to know about a lock and its owner, read in one step.
struct LockView {
    std::optional<CacheLock::Owner> owner;
    bool complete = false;
    CacheLock::OwnerState state = CacheLock::OwnerState::Alive;
    QDateTime lockChanged;
    qint64 tempSize = -1;
    QDateTime tempNewest;
};

// What publishing a finished download came to.
struct Published {
    Error error;
    bool incomplete = false;     // the archive held no model
    bool otherWasFirst = false;  // another process published a complete entry first
};

} // namespace

template <typename Result>
void ResolveJob::runStep(std::function<Result()> work, std::function<void(Result)> then)
{
    if (!m_cache || !m_cache->isRemote()) {
        then(work());
        return;
    }
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
    // Dropped when this job is gone first (the context object).
    future.then(this, [this, then = std::move(then)](Result result) {
        if (!isFinished())
            then(std::move(result));
    });
}

ResolveJob::ResolveJob(const QString &handle, const Configuration &config, QNetworkAccessManager *nam,
                       QObject *parent)
    : Job(parent)
    , m_handle(handle)
    , m_config(config)
    , m_nam(nam)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ResolveJob::pollLock);
}

ResolveJob::~ResolveJob()
{
    if (m_gcsThread) {
        m_gcsStorage->cancel();
        m_gcsThread->wait();
    }
    if (!isFinished() && m_cache && m_cache->isRemote())
        m_cache->storage().cancel(); // a step in flight ends; cleanup() uses a storage of its own
    if (m_download) {
        m_download->disconnect(this);
        m_download->cancel();
    }
    if (m_location) {
        m_location->disconnect(this);
        m_location->cancel();
    }
    cleanup();
}

qint64 ResolveJob::extractedBytes() const
{
    return m_download ? m_download->extractedBytes() : m_extracted;
}

ErrorContext ResolveJob::context() const
{
    ErrorContext c;
    c.handle = m_handle.text();
    c.path = m_cache ? m_cache->dir() : QString();
    return c;
}

void ResolveJob::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ResolveJob::start()
{
    m_elapsed.start();
    QMetaObject::invokeMethod(this, &ResolveJob::run, Qt::QueuedConnection);
}

void ResolveJob::run()
{
    if (isFinished())
        return;
    ErrorContext c = context();
    switch (m_handle.kind(m_config.loadFormat())) {
    case HandleKind::Invalid:
        fail(Error(ErrorCode::InvalidHandle, c));
        return;
    case HandleKind::LocalPath: {
        const QString path = m_handle.localPath();
        if (!QFileInfo::exists(path)) {
            fail(Error(ErrorCode::PathNotFound, c));
            return;
        }
        succeed(path, true);
        return;
    }
    case HandleKind::UncompressedUrl:
        resolveUncompressed();
        return;
    case HandleKind::GcsArchive:
        // Cached exactly like an http(s) archive, under the SHA-1 of the handle (as Python does).
        resolveCompressed();
        return;
    case HandleKind::GcsPath:
        resolveGcsPath();
        return;
    case HandleKind::CompressedUrl:
        resolveCompressed();
        return;
    }
}

void ResolveJob::resolveCompressed()
{
    m_cache = m_cacheStorage ? std::make_shared<ModelCache>(m_cacheStorage, m_config.cacheDir(), m_config.lockTimeout(),
                                                            m_config.deadOwnerGrace())
                             : std::make_shared<ModelCache>(m_config);
    m_key = m_handle.cacheKey();

    // Nothing is taken from a folder someone else could have planted a model in. (Local only:
    // owners and modes of a gs:// folder are the bucket's IAM, not ours to check.)
    if (!m_cache->isRemote()) {
        const CacheFolderCheck check(m_config);
        QString warning;
        if (Error e = check.checkFolder(&warning)) {
            fail(e);
            return;
        }
        if (!warning.isEmpty())
            qCWarning(lcCache).noquote() << warning; // on standard error even when progress is quiet
    }
    checkCache();
}

void ResolveJob::checkCache()
{
    struct Hit {
        bool complete = false;
        bool exists = false;
        QString reason;
        Error writable; // only asked when it is no hit
    };
    const auto cache = m_cache;
    const QString key = m_key;
    const bool offline = m_config.offline();
    runStep<Hit>(
        [cache, key, offline] {
            Hit hit;
            // A hit needs neither the lock nor write access: read-only shared caches work.
            hit.complete = cache->isComplete(key, &hit.reason);
            if (hit.complete)
                return hit;
            // Anything at the path, a dangling symlink included.
            hit.exists = cache->storage().stat(cache->entryPath(key)).type != Storage::Type::Missing;
            if (!offline)
                hit.writable = cache->ensureWritable();
            return hit;
        },
        [this](Hit hit) {
            if (hit.complete) {
                useCachedEntry();
                return;
            }
            const QString entry = m_cache->entryPath(m_key);
            if (hit.exists) {
                qCWarning(lcCache) << "entry" << entry << "for" << m_handle.text() << "is broken:" << hit.reason
                                   << "- downloading it again";
                Q_EMIT infoMessage(this, tr("The cached copy of %1 is broken (%2); downloading it again.")
                                             .arg(m_handle.text(), hit.reason));
            }
            if (m_config.offline()) {
                fail(Error(ErrorCode::Offline, context()));
                return;
            }
            if (hit.writable) {
                fail(hit.writable);
                return;
            }
            m_lock = std::make_shared<CacheLock>(m_cache->storage(), m_cache->lockPath(m_key));
            m_sinceChange.start();
            m_sinceMessage.invalidate();
            tryLock();
        });
}

void ResolveJob::resolveUncompressed()
{
    // Nothing is cached in this mode, so offline there is nothing to answer with.
    if (m_config.offline()) {
        ErrorContext c = context();
        c.url = m_handle.uncompressedUrl();
        fail(Error(ErrorCode::Offline, c));
        return;
    }
    if (!m_nam)
        m_nam = NetworkAccess::create(m_config, this);
    m_location = new UncompressedLocationJob(m_handle.uncompressedUrl(), m_handle.text(), m_config, m_nam, this);
    m_location->setAutoDelete(false);
    connect(m_location, &Job::infoMessage, this, [this](Job *, const QString &text) {
        Q_EMIT infoMessage(this, text);
    });
    connect(m_location, &Job::result, this, &ResolveJob::onLocationResult);
    m_location->start();
}

void ResolveJob::resolveGcsPath()
{
    if (m_config.offline()) {
        fail(Error(ErrorCode::Offline, context()));
        return;
    }
    // GcsStorage blocks its caller for the round trips: ask from a thread of its own.
    m_gcsStorage = std::make_unique<GcsStorage>(m_config);
    auto result = std::make_shared<std::pair<Storage::Stat, Error>>();
    GcsStorage *storage = m_gcsStorage.get();
    const QString location = m_handle.text();
    m_gcsThread.reset(QThread::create([storage, location, result] {
        result->first = storage->stat(location, &result->second);
    }));
    connect(m_gcsThread.get(), &QThread::finished, this, [this, result] {
        if (isFinished())
            return;
        ErrorContext c = context();
        if (result->second.code() == ErrorCode::InvalidHandle) {
            fail(Error(ErrorCode::InvalidHandle, c));
            return;
        }
        if (result->second) {
            fail(result->second);
            return;
        }
        if (result->first.type == Storage::Type::Missing) {
            fail(Error(ErrorCode::PathNotFound, c)); // "… does not exist.", as Python says
            return;
        }
        m_remote = true;
        succeed(m_handle.text(), true);
    });
    m_gcsThread->start();
}

void ResolveJob::onLocationResult(Job *job)
{
    const Error error = job->error();
    const QString location = m_location->location();
    m_location->deleteLater();
    m_location = nullptr;
    if (error) {
        fail(error);
        return;
    }
    m_remote = true;
    succeed(location, false);
}

void ResolveJob::tryLock()
{
    if (isFinished())
        return;
    struct Attempt {
        bool acquired = false;
        bool complete = false;
        Error error;
    };
    const auto cache = m_cache;
    const auto lock = m_lock;
    const QString key = m_key;
    runStep<Attempt>(
        [cache, lock, key] {
            Attempt a;
            a.acquired = lock->tryAcquire(&a.error);
            // Someone may have finished while we waited (Python re-checks here too).
            if (a.acquired && cache->isComplete(key)) {
                a.complete = true;
                lock->release();
            }
            return a;
        },
        [this](Attempt a) {
            if (a.complete) {
                useCachedEntry();
                return;
            }
            if (a.acquired) {
                startDownload();
                return;
            }
            if (a.error) {
                fail(a.error);
                return;
            }
            setStage(Stage::WaitingForLock);
            pollLock();
        });
}

void ResolveJob::takeLock()
{
    // Called after a stale lock was broken (or found gone): try again, counting anew.
    m_sinceChange.restart();
    tryLock();
}

void ResolveJob::pollLock()
{
    if (isFinished())
        return;
    runStep<LockView>(
        [cache = m_cache, key = m_key] {
            LockView v;
            Storage &storage = cache->storage();
            const QString lockPath = cache->lockPath(key);
            v.owner = CacheLock::readOwner(storage, lockPath);
            if (!v.owner)
                return v;
            v.complete = cache->isComplete(key);
            if (v.complete)
                return v;
            const QString ownerTemp = v.owner->taskId.isEmpty() ? QString() : cache->tempPath(key, v.owner->taskId);
            v.state = CacheLock::ownerState(storage, *v.owner, ownerTemp);
            v.lockChanged = storage.stat(lockPath).modified;
            if (!ownerTemp.isEmpty())
                v.tempSize = cache->sizeOf(ownerTemp, nullptr, &v.tempNewest);
            return v;
        },
        [this](LockView v) {
            if (!v.owner) {
                tryLock(); // released meanwhile
                return;
            }
            if (v.complete) {
                // The owner renamed its folder into place and is about to release: that is our hit.
                useCachedEntry();
                return;
            }
            const CacheLock::Owner owner = *v.owner;
            const QString lockPath = m_cache->lockPath(m_key);
            const auto cache = m_cache;
            const QString key = m_key;
            // Breaks the lock if it still holds what we judged (and removes the owner's temp folder),
            // then tries to take it.
            enum class Temp { Keep, RemoveIfBroken, Remove };
            const auto breakAndRetry = [this, cache, key, owner, lockPath](Temp temp, bool asRead) {
                runStep<bool>(
                    [cache, key, owner, lockPath, temp, asRead] {
                        Storage &storage = cache->storage();
                        const bool broken = asRead ? CacheLock::breakStaleLock(storage, lockPath, owner)
                                                   : CacheLock::breakStaleLock(storage, lockPath, owner.raw);
                        const bool removeTemp = temp == Temp::Remove || (temp == Temp::RemoveIfBroken && broken);
                        if (removeTemp && !owner.taskId.isEmpty())
                            (void)storage.removeTree(cache->tempPath(key, owner.taskId));
                        return broken;
                    },
                    [this](bool) { takeLock(); });
            };
            if (v.state == CacheLock::OwnerState::NotAFile) {
                // Nobody takes a lock by making a FIFO or a folder: it is junk in the way, not a download.
                qCWarning(lcCache) << lockPath << "is" << owner.typeName << "- removing it and taking the lock";
                Q_EMIT infoMessage(this, tr("%1 is %2, not a download lock; replacing it.").arg(lockPath, owner.typeName));
                breakAndRetry(Temp::Keep, true);
                return;
            }
            if (v.state == CacheLock::OwnerState::Dead) {
                qCInfo(lcCache) << "lock owner" << owner.hostname << owner.pid << "is gone; taking over" << lockPath;
                Q_EMIT infoMessage(this, tr("Taking over the download of %1 from process %2, which is gone.")
                                             .arg(m_handle.text())
                                             .arg(owner.pid));
                breakAndRetry(Temp::Remove, false);
                return;
            }
            const qint64 grace = std::min(m_config.deadOwnerGrace().count(), m_config.lockTimeout().count());
            if (v.state == CacheLock::OwnerState::Unparseable) {
                // Neither Python nor hubcache ever leaves such content (both write a lock in one go), so it
                // is no live download; the grace, counted from the lock's last change, lets a writer that
                // is not ours finish what it is doing.
                const QString content = QString::fromUtf8(owner.raw.left(80));
                const QDateTime changed = v.lockChanged;
                const qint64 age = changed.isValid() ? changed.msecsTo(QDateTime::currentDateTime()) : 0;
                if (age >= grace) {
                    qCWarning(lcCache) << lockPath << "holds" << owner.raw << "- not a download lock; taking it over";
                    Q_EMIT infoMessage(this, tr("%1 does not hold a download lock (content '%2'); taking it over.")
                                                 .arg(lockPath, content));
                    breakAndRetry(Temp::Keep, false);
                    return;
                }
                if (!m_sinceMessage.isValid()) {
                    m_sinceMessage.start();
                    Q_EMIT infoMessage(this, tr("%1 does not hold a download lock (content '%2'); taking it over "
                                                "in %3 s unless it changes.")
                                                 .arg(lockPath, content)
                                                 .arg((grace - age + 999) / 1000));
                }
                m_pollTimer.start(m_config.lockPollInterval());
                return;
            }
            // Progress = the lock changing hands or the owner's temp folder growing (Python's rule), or
            // anything in it changing (a hubcache owner touches its proof as network bytes arrive).
            if (owner.raw != m_seenLock || v.tempSize != m_seenTempSize || v.tempNewest != m_seenTempNewest) {
                m_seenLock = owner.raw;
                m_seenTempSize = v.tempSize;
                m_seenTempNewest = v.tempNewest;
                m_sinceChange.restart();
            }
            // An owner whose PID is not running here but who may run in another PID namespace only
            // shortens the wait: a growing download is never taken over, a stopped one after the grace.
            const bool looksDead = v.state == CacheLock::OwnerState::LooksDead;
            const qint64 limit = looksDead ? grace : m_config.lockTimeout().count();
            const qint64 idle = m_sinceChange.elapsed();
            if (idle >= limit) {
                qCWarning(lcCache) << "lock" << lockPath << "made no progress for" << idle << "ms; taking it over";
                Q_EMIT infoMessage(this, tr("The download of %1 by %2 made no progress for %3 s; taking it over.")
                                             .arg(m_handle.text(), QString::fromUtf8(owner.raw))
                                             .arg(idle / 1000));
                breakAndRetry(Temp::RemoveIfBroken, false);
                return;
            }
            if (!m_sinceMessage.isValid() || m_sinceMessage.elapsed() > 15'000) {
                m_sinceMessage.start();
                const QString text = looksDead
                    ? tr("%1 is being downloaded by process %2, which is not running here but may run in another "
                         "container on %3 (%4 so far); waiting. It is taken over if it makes no progress for %5 s.")
                    : tr("%1 is being downloaded by %2 on %3 (%4 so far); waiting. It is taken over if it makes no "
                         "progress for %5 s.");
                Q_EMIT infoMessage(this, text.arg(m_handle.text())
                                             .arg(owner.pid)
                                             .arg(owner.hostname)
                                             .arg(v.tempSize < 0 ? 0 : v.tempSize)
                                             .arg(limit / 1000));
            }
            m_pollTimer.start(m_config.lockPollInterval());
        });
}

void ResolveJob::startDownload()
{
    setStage(Stage::Downloading);
    struct Prepared {
        Error error;
        bool repaired = false;
    };
    const auto cache = m_cache;
    const QString key = m_key;
    const QString taskId = m_lock->taskId();
    const QString handle = m_handle.text();
    // Set before the step: a cancel meanwhile removes the folder.
    m_tempDir = cache->tempPath(key, taskId);
    runStep<Prepared>(
        [cache, key, taskId, handle] {
            Prepared p;
            Storage &storage = cache->storage();
            // A broken entry is moved out of the way under our lock (Python deletes an empty one here); a
            // symlink, file or FIFO in its place too, never following the link.
            QString doomed;
            if ((p.error = cache->moveEntryAside(key, taskId + QStringLiteral("-old"), handle, &doomed)))
                return p;
            if (!doomed.isEmpty()) {
                (void)storage.removeTree(doomed); // what cannot be deleted is an orphaned temp folder for prune
                p.repaired = true;
            }
            const QString tempDir = cache->tempPath(key, taskId);
            if (Error e = storage.makeFolder(tempDir)) {
                ErrorContext c = e.context();
                c.handle = handle;
                if (c.path.isEmpty())
                    c.path = tempDir;
                p.error = Error(e.code(), c);
                return p;
            }
            // Lets others on this host tell "our PID is gone" from "our PID is in another namespace".
            if (const auto proof = OwnerProof::current()) {
                if (!storage.isRemote())
                    (void)proof->write(tempDir);
                else
                    (void)storage.write(OwnerProof::pathIn(tempDir), proof->toBytes());
            }
            return p;
        },
        [this](Prepared p) {
            if (p.error) {
                fail(p.error);
                return;
            }
            if (p.repaired)
                m_repaired = true;
            if (!m_nam)
                m_nam = NetworkAccess::create(m_config, this);
            if (m_handle.kind(m_config.loadFormat()) == HandleKind::GcsArchive) {
                startGcsDownload();
                return;
            }
            startDownloadJob(m_handle.compressedUrl(), {});
        });
}

void ResolveJob::startGcsDownload()
{
    QString bucket, name;
    if (!GcsStorage::parse(m_handle.text(), &bucket, &name) || name.isEmpty()) {
        fail(Error(ErrorCode::InvalidHandle, context()));
        return;
    }
    Error error;
    m_gcsCredentials = GcsCredentialProvider::fromEnvironment(m_config, m_nam, bucket, m_config.storedCredentials(), &error);
    if (!m_gcsCredentials) {
        fail(error);
        return;
    }
    m_gcs = std::make_unique<GcsClient>(m_config, m_nam, m_gcsCredentials.get());
    GcsMetadataJob *metadata = m_gcs->metadata(bucket, name);
    metadata->setParent(this); // never outlives the client
    connect(metadata, &Job::result, this, [this, metadata, bucket, name](Job *) {
        if (isFinished())
            return;
        if (const Error e = metadata->error()) {
            fail(e);
            return;
        }
        // Pinned to the generation seen now: a replaced object fails the download (and a resume)
        // instead of splicing two versions.
        const GcsObjectInfo object = metadata->object();
        m_gcsGeneration = object.generation;
        const QUrl url = m_gcs->objectUrl(bucket, name, {}, "alt=media&generation=" + QByteArray::number(object.generation));
        m_gcsCredentials->requestToken(this, [this, url](const QString &token, const Error &tokenError) {
            if (isFinished())
                return;
            if (tokenError) {
                fail(tokenError);
                return;
            }
            startDownloadJob(url, token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8());
        });
    });
    metadata->start();
}

void ResolveJob::startDownloadJob(const QUrl &url, const QByteArray &authorization)
{
    qCInfo(lcDownload) << "downloading" << m_handle.text() << "from" << url.toDisplayString() << "into" << m_tempDir;
    m_download = new DownloadJob(url, m_tempDir, m_handle.text(), m_config, m_nam, this);
    m_download->setAutoDelete(false);
    if (!authorization.isEmpty())
        m_download->setRequestHeader("Authorization", authorization, m_gcs->endpoint());
    if (m_cache->isRemote())
        m_download->setOutputStorage(&m_cache->storage()); // members are uploaded one by one
    else
        m_download->setResumeFolder(ResumeData::folderFor(m_cache->entryPath(m_key)));
    const bool local = !m_cache->isRemote();
    connect(m_download, &Job::progress, this, [this, local](Job *, qint64 processed, qint64 total) {
        // The heartbeat a waiter sees; remotely the temp folder's listing growing is the progress.
        if (local && (!m_heartbeat.isValid() || m_heartbeat.elapsed() >= 250)) {
            m_heartbeat.start();
            OwnerProof::touch(m_tempDir);
        }
        setProgress(processed, total);
    });
    connect(m_download, &Job::infoMessage, this, [this](Job *, const QString &text) {
        Q_EMIT infoMessage(this, text);
    });
    connect(m_download, &Job::result, this, &ResolveJob::onDownloadResult);
    m_download->start();
}

void ResolveJob::onDownloadResult(Job *job)
{
    m_extracted = m_download->extractedBytes();
    const Error error = job->error();
    m_download->deleteLater();
    m_download = nullptr;
    if (m_gcsGeneration != 0 && error.code() == ErrorCode::RemoteNotFound && !m_gcsStartedOver) {
        // The generation pinned at the start is gone (a part of a parallel download, a retry or a
        // resume asked for it): the object was replaced or deleted. Once, the download starts over
        // from an empty temp folder with whatever generation the object has now; resume data of the
        // old generation names another URL and is dropped by the new download.
        m_gcsStartedOver = true;
        qCWarning(lcDownload) << m_handle.text() << "generation" << m_gcsGeneration
                              << "is gone mid-download; starting over";
        Q_EMIT infoMessage(this, tr("%1 was replaced during the download; starting over with the new version")
                                     .arg(m_handle.text()));
        m_gcsGeneration = 0;
        const auto cache = m_cache;
        const QString tempDir = m_tempDir;
        runStep<Error>([cache, tempDir] { return cache->storage().removeTree(tempDir); },
                       [this, tempDir](Error e) {
                           if (e) {
                               ErrorContext c = e.context();
                               c.handle = m_handle.text();
                               if (c.path.isEmpty())
                                   c.path = tempDir;
                               fail(Error(e.code(), c));
                               return;
                           }
                           startDownload();
                       });
        return;
    }
    if (m_gcsGeneration != 0 && error.code() == ErrorCode::RemoteNotFound) {
        // The generation pinned at the start is gone: the object was replaced or deleted.
        ErrorContext c = context();
        c.url = error.context().url;
        c.httpStatus = error.context().httpStatus;
        fail(Error(ErrorCode::ObjectChanged, c));
        return;
    }
    if (error.code() == ErrorCode::DiskFull && !error.context().path.isEmpty()) {
        // (Without a path it is FreeSpaceCheck's, refused before writing: its message stands.)
        // The file that could not be written is gone with the temp folder by the time anyone
        // reads this; the cache folder is what the user has to make room in (or move).
        ErrorContext c = error.context();
        c.path = m_cache->dir();
        fail(Error(ErrorCode::DiskFull, c));
        return;
    }
    if (error) {
        fail(error);
        return;
    }
    setStage(Stage::Finishing);
    publish();
}

void ResolveJob::publish()
{
    const auto cache = m_cache;
    const QString key = m_key;
    const QString tempDir = m_tempDir;
    const QString handle = m_handle.text();
    runStep<Published>(
        [cache, key, tempDir, handle] {
            Published p;
            Storage &storage = cache->storage();
            if (!ModelFolder::isComplete(storage, tempDir)) {
                p.incomplete = true;
                return p;
            }
            const QString entry = cache->entryPath(key);
            if ((p.error = Descriptor::forThisProcess(handle).write(storage, cache->descriptorPath(key))))
                return p;
            // The entry is exactly what Python writes.
            if (!storage.isRemote())
                OwnerProof::remove(tempDir);
            else
                (void)storage.remove(OwnerProof::pathIn(tempDir));
            if (Error e = storage.moveTree(tempDir, entry)) {
                if (e.code() == ErrorCode::AlreadyExists && cache->isComplete(key)) {
                    p.otherWasFirst = true;
                    return p;
                }
                ErrorContext c = e.context();
                c.handle = handle;
                c.path = entry;
                p.error = Error(e.code(), c);
            }
            return p;
        },
        [this](Published p) {
            if (p.incomplete) {
                ErrorContext c = context();
                c.path = m_handle.text();
                fail(Error(ErrorCode::NoSavedModel, c));
                return;
            }
            if (p.otherWasFirst) {
                // Another process (one that ignored or broke our lock) got there first: use its copy.
                qCInfo(lcCache) << "another process finished" << m_cache->entryPath(m_key) << "first; using it";
                useCachedEntry();
                return;
            }
            if (p.error) {
                fail(p.error);
                return;
            }
            const QString entry = m_cache->entryPath(m_key);
            qCInfo(lcCache) << "cached" << m_handle.text() << "in" << entry << m_extracted << "bytes";
            m_tempDir.clear(); // it is the entry now
            succeed(entry, false);
        });
}

void ResolveJob::useCachedEntry()
{
    // Every hit, however it was found (at once, after waiting for another downloader, or after
    // losing a race), is checked for who could have planted it. (Local only: not applicable to
    // a gs:// folder, whose access is the bucket's.)
    const QString entry = m_cache->entryPath(m_key);
    if (!m_cache->isRemote()) {
        if (Error e = CacheFolderCheck(m_config).checkEntry(entry)) {
            fail(e);
            return;
        }
    }
    qCDebug(lcCache) << "hit" << m_handle.text() << entry;
    succeed(entry, true);
}

void ResolveJob::succeed(const QString &path, bool cached)
{
    m_path = path;
    m_wasCached = cached;
    finishAfterCleanup({});
}

void ResolveJob::finishAfterCleanup(const Error &error)
{
    // A remote cache's lock and temp folder are released before the result is given: a caller
    // that exits right after it must not leave a lock behind, nor wait on a cleanup in flight
    // while the application shuts down.
    if (m_cache && m_cache->isRemote() && (m_lock || !m_tempDir.isEmpty())) {
        m_pollTimer.stop();
        QFuture<void> done = cleanupRemote();
        done.then(this, [this, error] {
            setStage(Stage::Done);
            emitResult(error);
        });
        return;
    }
    cleanup();
    setStage(Stage::Done);
    emitResult(error);
}

void ResolveJob::fail(const Error &error)
{
    qCDebug(lcDownload) << "resolve of" << m_handle.text() << "failed:" << error.message();
    finishAfterCleanup(error);
}

void ResolveJob::cleanup()
{
    m_pollTimer.stop();
    const QString tempDir = m_tempDir;
    m_tempDir.clear();
    if (!m_cache || !m_cache->isRemote()) {
        if (!tempDir.isEmpty() && QFileInfo::exists(tempDir))
            (void)ModelCache::removeTree(tempDir);
        if (m_lock)
            m_lock->release();
        return;
    }
    m_tempDir = tempDir;
    (void)cleanupRemote();
}

QFuture<void> ResolveJob::cleanupRemote()
{
    // Remote: off this thread. A cancelled storage refuses every call, so the cleanup gets its
    // own; the lock is removed only if it still holds our content.
    const QString tempDir = std::exchange(m_tempDir, QString());
    const auto lock = std::move(m_lock);
    if (!lock && tempDir.isEmpty())
        return QtFuture::makeReadyFuture();
    const QString dir = m_cache->dir();
    const Configuration config = m_config;
    const QString lockPath = lock ? lock->path() : QString();
    const QByteArray content = lock ? CacheLock::contentFor(lock->taskId()) : QByteArray();
    if (lock)
        lock->disown(); // released below, whatever state a step in flight left it in
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, dir, config, lockPath, content, tempDir] {
        {
            const std::unique_ptr<Storage> storage = Storage::forLocation(dir, config);
            if (!tempDir.isEmpty())
                (void)storage->removeTree(tempDir);
            if (!lockPath.isEmpty())
                (void)storage->removeIfUnchanged(lockPath, content);
        }
        promise->finish();
    });
    return future;
}

void ResolveJob::doCancel()
{
    if (m_gcsStorage)
        m_gcsStorage->cancel();
    if (m_location) {
        m_location->disconnect(this);
        m_location->cancel();
        m_location->deleteLater();
        m_location = nullptr;
    }
    if (m_download) {
        m_download->disconnect(this);
        m_download->cancel(); // joins the extraction thread before we delete its folder
        m_download->deleteLater();
        m_download = nullptr;
    }
    if (m_cache && m_cache->isRemote())
        m_cache->storage().cancel(); // ends a step in flight; cleanup() uses a storage of its own
    cleanup();
    setStage(Stage::Done);
}

} // namespace HubCache
