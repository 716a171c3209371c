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
#include "networkaccess.h"
#include "ownerproof.h"
#include "uncompressedlocationjob_p.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include <sys/stat.h>

namespace HubCache {

namespace {

// Anything at the path, a dangling symlink included (QFileInfo::exists follows links).
bool pathExists(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

} // namespace

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
    if (m_config.cacheDir().startsWith(QLatin1String("gs://"))) {
        ErrorContext c = context();
        c.path = m_config.cacheDir();
        c.detail = tr("a gs:// cache folder needs remote storage support, which is not available yet");
        fail(Error(ErrorCode::UnsupportedHandle, c));
        return;
    }
    m_cache = std::make_unique<ModelCache>(m_config);
    m_key = m_handle.cacheKey();
    const QString entry = m_cache->entryPath(m_key);

    // Nothing is taken from a folder someone else could have planted a model in.
    const CacheFolderCheck check(m_config);
    QString warning;
    if (Error e = check.checkFolder(&warning)) {
        fail(e);
        return;
    }
    if (!warning.isEmpty())
        qCWarning(lcCache).noquote() << warning; // on standard error even when progress is quiet

    // A hit needs neither the lock nor write access: read-only shared caches work.
    QString reason;
    if (m_cache->isComplete(m_key, &reason)) {
        useCachedEntry();
        return;
    }
    if (pathExists(entry)) {
        qCWarning(lcCache) << "entry" << entry << "for" << m_handle.text() << "is broken:" << reason
                           << "- downloading it again";
        Q_EMIT infoMessage(this, tr("The cached copy of %1 is broken (%2); downloading it again.")
                                     .arg(m_handle.text(), reason));
    }
    if (m_config.offline()) {
        fail(Error(ErrorCode::Offline, context()));
        return;
    }
    if (Error e = m_cache->ensureWritable()) {
        fail(e);
        return;
    }
    m_lock = std::make_unique<CacheLock>(m_cache->lockPath(m_key));
    m_sinceChange.start();
    m_sinceMessage.invalidate();
    tryLock();
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
    Error error;
    if (m_lock->tryAcquire(&error)) {
        // Someone may have finished while we waited (Python re-checks here too).
        QString reason;
        if (m_cache->isComplete(m_key, &reason)) {
            m_lock->release();
            useCachedEntry();
            return;
        }
        startDownload();
        return;
    }
    if (error) {
        fail(error);
        return;
    }
    setStage(Stage::WaitingForLock);
    pollLock();
}

void ResolveJob::pollLock()
{
    if (isFinished())
        return;
    const QString lockPath = m_cache->lockPath(m_key);
    const auto owner = CacheLock::readOwner(lockPath);
    if (!owner) {
        tryLock(); // released meanwhile
        return;
    }
    if (m_cache->isComplete(m_key)) {
        // The owner renamed its folder into place and is about to release: that is our hit.
        useCachedEntry();
        return;
    }
    const QString ownerTemp = owner->taskId.isEmpty() ? QString() : m_cache->tempPath(m_key, owner->taskId);
    const CacheLock::OwnerState state = CacheLock::ownerState(*owner, ownerTemp);
    if (state == CacheLock::OwnerState::NotAFile) {
        // Nobody takes a lock by making a FIFO or a folder: it is junk in the way, not a download.
        qCWarning(lcCache) << lockPath << "is" << owner->typeName << "- removing it and taking the lock";
        Q_EMIT infoMessage(this, tr("%1 is %2, not a download lock; replacing it.").arg(lockPath, owner->typeName));
        (void)CacheLock::breakStaleLock(lockPath, *owner);
        tryLock();
        return;
    }
    if (state == CacheLock::OwnerState::Dead) {
        qCInfo(lcCache) << "lock owner" << owner->hostname << owner->pid << "is gone; taking over" << lockPath;
        Q_EMIT infoMessage(this, tr("Taking over the download of %1 from process %2, which is gone.")
                                     .arg(m_handle.text())
                                     .arg(owner->pid));
        (void)CacheLock::breakStaleLock(lockPath, owner->raw);
        if (!owner->taskId.isEmpty())
            (void)ModelCache::removeTree(m_cache->tempPath(m_key, owner->taskId));
        tryLock();
        return;
    }
    const qint64 grace = std::min(m_config.deadOwnerGrace().count(), m_config.lockTimeout().count());
    if (state == CacheLock::OwnerState::Unparseable) {
        // Neither Python nor hubcache ever leaves such content (both write a lock in one go), so it
        // is no live download; the grace, counted from the lock's last change, lets a writer that
        // is not ours finish what it is doing.
        const QString content = QString::fromUtf8(owner->raw.left(80));
        const QDateTime changed = QFileInfo(lockPath).lastModified();
        const qint64 age = changed.isValid() ? changed.msecsTo(QDateTime::currentDateTime()) : 0;
        if (age >= grace) {
            qCWarning(lcCache) << lockPath << "holds" << owner->raw << "- not a download lock; taking it over";
            Q_EMIT infoMessage(this, tr("%1 does not hold a download lock (content '%2'); taking it over.")
                                         .arg(lockPath, content));
            (void)CacheLock::breakStaleLock(lockPath, owner->raw);
            tryLock();
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
    QDateTime tempNewest;
    const qint64 tempSize = owner->taskId.isEmpty() ? -1 : ModelCache::treeSize(ownerTemp, nullptr, &tempNewest);
    if (owner->raw != m_seenLock || tempSize != m_seenTempSize || tempNewest != m_seenTempNewest) {
        m_seenLock = owner->raw;
        m_seenTempSize = tempSize;
        m_seenTempNewest = tempNewest;
        m_sinceChange.restart();
    }
    // An owner whose PID is not running here but who may run in another PID namespace only
    // shortens the wait: a growing download is never taken over, a stopped one after the grace.
    const bool looksDead = state == CacheLock::OwnerState::LooksDead;
    const qint64 limit = looksDead ? grace : m_config.lockTimeout().count();
    const qint64 idle = m_sinceChange.elapsed();
    if (idle >= limit) {
        qCWarning(lcCache) << "lock" << lockPath << "made no progress for" << idle << "ms; taking it over";
        Q_EMIT infoMessage(this, tr("The download of %1 by %2 made no progress for %3 s; taking it over.")
                                     .arg(m_handle.text(), QString::fromUtf8(owner->raw))
                                     .arg(idle / 1000));
        if (CacheLock::breakStaleLock(lockPath, owner->raw) && !owner->taskId.isEmpty())
            (void)ModelCache::removeTree(m_cache->tempPath(m_key, owner->taskId));
        m_sinceChange.restart();
        tryLock();
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
                                     .arg(owner->pid)
                                     .arg(owner->hostname)
                                     .arg(tempSize < 0 ? 0 : tempSize)
                                     .arg(limit / 1000));
    }
    m_pollTimer.start(m_config.lockPollInterval());
}

void ResolveJob::startDownload()
{
    setStage(Stage::Downloading);
    // A broken entry is moved out of the way under our lock (Python deletes an empty one here); a
    // symlink, file or FIFO in its place too, never following the link.
    QString doomed;
    if (Error e = m_cache->moveEntryAside(m_key, m_lock->taskId() + QStringLiteral("-old"), m_handle.text(), &doomed)) {
        fail(e);
        return;
    }
    if (!doomed.isEmpty()) {
        (void)ModelCache::removeTree(doomed); // what cannot be deleted is an orphaned temp folder for prune
        m_repaired = true;
    }
    m_tempDir = m_cache->tempPath(m_key, m_lock->taskId());
    if (!QDir().mkdir(m_tempDir)) {
        fail(Error::fromSystemError(errno ? errno : EACCES, m_tempDir, m_handle.text()));
        return;
    }
    // Lets others on this host tell "our PID is gone" from "our PID is in another namespace".
    if (const auto proof = OwnerProof::current())
        (void)proof->write(m_tempDir);
    if (!m_nam)
        m_nam = NetworkAccess::create(m_config, this);
    if (m_handle.kind(m_config.loadFormat()) == HandleKind::GcsArchive) {
        startGcsDownload();
        return;
    }
    startDownloadJob(m_handle.compressedUrl(), {});
}

void ResolveJob::startGcsDownload()
{
    QString bucket, name;
    if (!GcsStorage::parse(m_handle.text(), &bucket, &name) || name.isEmpty()) {
        fail(Error(ErrorCode::InvalidHandle, context()));
        return;
    }
    Error error;
    m_gcsCredentials = GcsCredentialProvider::fromEnvironment(m_config, m_nam, &error);
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
    connect(m_download, &Job::progress, this, [this](Job *, qint64 processed, qint64 total) {
        if (!m_heartbeat.isValid() || m_heartbeat.elapsed() >= 250) {
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
    if (m_gcsGeneration != 0 && error.code() == ErrorCode::RemoteNotFound) {
        // The generation pinned at the start is gone: the object was replaced or deleted.
        ErrorContext c = context();
        c.url = error.context().url;
        c.httpStatus = error.context().httpStatus;
        fail(Error(ErrorCode::ObjectChanged, c));
        return;
    }
    if (error.code() == ErrorCode::DiskFull) {
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
    QString reason;
    if (!ModelCache::isCompleteModelFolder(m_tempDir, &reason)) {
        ErrorContext c = context();
        c.path = m_handle.text();
        fail(Error(ErrorCode::NoSavedModel, c));
        return;
    }
    const QString entry = m_cache->entryPath(m_key);
    if (Error e = Descriptor::forThisProcess(m_handle.text()).write(m_cache->descriptorPath(m_key))) {
        fail(e);
        return;
    }
    OwnerProof::remove(m_tempDir); // the entry is exactly what Python writes
    if (std::rename(QFile::encodeName(m_tempDir).constData(), QFile::encodeName(entry).constData()) != 0) {
        const int err = errno;
        if ((err == EEXIST || err == ENOTEMPTY) && m_cache->isComplete(m_key)) {
            // Another process (one that ignored or broke our lock) got there first: use its copy.
            qCInfo(lcCache) << "another process finished" << entry << "first; using it";
            useCachedEntry();
            return;
        }
        fail(Error::fromSystemError(err, entry, m_handle.text()));
        return;
    }
    qCInfo(lcCache) << "cached" << m_handle.text() << "in" << entry << m_extracted << "bytes";
    succeed(entry, false);
}

void ResolveJob::useCachedEntry()
{
    // Every hit, however it was found (at once, after waiting for another downloader, or after
    // losing a race), is checked for who could have planted it.
    const QString entry = m_cache->entryPath(m_key);
    if (Error e = CacheFolderCheck(m_config).checkEntry(entry)) {
        fail(e);
        return;
    }
    qCDebug(lcCache) << "hit" << m_handle.text() << entry;
    succeed(entry, true);
}

void ResolveJob::succeed(const QString &path, bool cached)
{
    m_path = path;
    m_wasCached = cached;
    cleanup();
    setStage(Stage::Done);
    emitResult();
}

void ResolveJob::fail(const Error &error)
{
    qCDebug(lcDownload) << "resolve of" << m_handle.text() << "failed:" << error.message();
    cleanup();
    setStage(Stage::Done);
    emitResult(error);
}

void ResolveJob::cleanup()
{
    m_pollTimer.stop();
    if (!m_tempDir.isEmpty() && QFileInfo::exists(m_tempDir))
        (void)ModelCache::removeTree(m_tempDir);
    m_tempDir.clear();
    if (m_lock)
        m_lock->release();
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
    cleanup();
    setStage(Stage::Done);
}

} // namespace HubCache
