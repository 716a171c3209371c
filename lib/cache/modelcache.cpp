#include "modelcache.h"

#include "descriptor.h"
#include "handle.h"
#include "filetree_p.h"
#include "logging.h"
#include "modelfolder.h"
#include "regularfile.h"
#include "storage.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include <sys/stat.h>

namespace HubCache {

namespace {

const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-f]{40})$"));
    return re;
}

const QRegularExpression &tempPattern()
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-f]{40})\\.([0-9A-Za-z_-]+)\\.tmp$"));
    return re;
}

const QRegularExpression &lockPattern()
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-f]{40})\\.lock$"));
    return re;
}

} // namespace

ModelCache::ModelCache(const Configuration &config)
    : ModelCache(std::shared_ptr<Storage>(Storage::forLocation(config.cacheDir(), config)), config.cacheDir(),
                 config.lockTimeout(), config.deadOwnerGrace())
{
}

ModelCache::ModelCache(const QString &dir, std::chrono::milliseconds lockTimeout,
                       std::chrono::milliseconds deadOwnerGrace)
    // A gs:// folder is reached with the endpoint and credentials the environment names.
    : ModelCache(std::shared_ptr<Storage>(Storage::forLocation(
                     dir, Storage::isRemoteLocation(dir) ? Configuration::fromEnvironment() : Configuration())),
                 dir, lockTimeout, deadOwnerGrace)
{
}

ModelCache::ModelCache(std::shared_ptr<Storage> storage, const QString &dir, std::chrono::milliseconds lockTimeout,
                       std::chrono::milliseconds deadOwnerGrace)
    : m_storage(std::move(storage))
    , m_dir(dir)
    , m_lockTimeout(lockTimeout)
    , m_deadOwnerGrace(deadOwnerGrace)
{
    // gs://bucket/dir/ and gs://bucket/dir are one folder; object names must not get "//".
    if (m_storage->isRemote())
        while (m_dir.endsWith(QLatin1Char('/')) && !m_dir.endsWith(QLatin1String("://")))
            m_dir.chop(1);
}

bool ModelCache::isRemote() const
{
    return m_storage->isRemote();
}

QString ModelCache::entryPath(const QString &key) const
{
    return m_dir + QLatin1Char('/') + key;
}

bool ModelCache::isBrokenDescriptor(const CacheEntry &e) const
{
    if (e.state != EntryState::Broken || !e.path.endsWith(QLatin1String(".descriptor.txt")))
        return false;
    const Storage::Type type = m_storage->stat(e.path).type;
    return type == Storage::Type::Folder || type == Storage::Type::Other;
}

QString ModelCache::wrongTypeReason(const QString &path) const
{
    if (!m_storage->isRemote())
        return ModelFolder::wrongTypeReason(path);
    const Storage::Stat st = m_storage->stat(path);
    if (st.type == Storage::Type::File)
        return tr("%1, not a folder").arg(tr("a file"));
    if (st.type == Storage::Type::Other)
        return tr("%1, not a folder").arg(st.typeName);
    return {};
}

qint64 ModelCache::sizeOf(const QString &location, int *fileCount, QDateTime *newest) const
{
    if (!m_storage->isRemote())
        return treeSize(location, fileCount, newest);
    qint64 bytes = 0;
    int files = 0;
    QDateTime latest;
    const Storage::Stat st = m_storage->stat(location);
    if (st.type == Storage::Type::File) {
        bytes = st.size;
        files = 1;
        latest = st.modified;
    } else {
        for (const Storage::Item &item : m_storage->list(location, Storage::ListMode::Recursive)) {
            bytes += item.stat.size;
            if (item.stat.type == Storage::Type::File)
                ++files;
            if (!latest.isValid() || item.stat.modified > latest)
                latest = item.stat.modified;
        }
    }
    if (fileCount)
        *fileCount = files;
    if (newest)
        *newest = latest;
    return bytes;
}

QString ModelCache::lockPath(const QString &key) const
{
    return entryPath(key) + QStringLiteral(".lock");
}

QString ModelCache::tempPath(const QString &key, const QString &taskId) const
{
    return entryPath(key) + QLatin1Char('.') + taskId + QStringLiteral(".tmp");
}

QString ModelCache::descriptorPath(const QString &key) const
{
    return Descriptor::pathFor(entryPath(key));
}

bool ModelCache::isComplete(const QString &key, QString *reason) const
{
    return ModelFolder::isComplete(*m_storage, entryPath(key), reason);
}

bool ModelCache::isCompleteModelFolder(const QString &path, QString *reason)
{
    return ModelFolder::isComplete(path, reason);
}

qint64 ModelCache::treeSize(const QString &path, int *fileCount, QDateTime *newest)
{
    const FileTree::Usage usage = FileTree::measure(QFile::encodeName(path));
    if (fileCount)
        *fileCount = usage.files;
    if (newest)
        *newest = usage.newest;
    return usage.allocatedBytes;
}

bool ModelCache::removeTree(const QString &path)
{
    return FileTree::remove(QFile::encodeName(path));
}

Error ModelCache::folderError() const
{
    if (m_storage->isRemote()) {
        Error error;
        const Storage::Stat st = m_storage->stat(m_dir, &error);
        if (error)
            return error;
        if (st.type != Storage::Type::File && st.type != Storage::Type::Other)
            return {};
        ErrorContext ctx;
        ctx.path = m_dir;
        return Error(ErrorCode::NotACacheFolder, ctx);
    }
    struct stat st {};
    if (::stat(QFile::encodeName(m_dir).constData(), &st) != 0 || S_ISDIR(st.st_mode))
        return {}; // a folder, or nothing yet (an empty cache)
    ErrorContext ctx;
    ctx.path = m_dir;
    return Error(ErrorCode::NotACacheFolder, ctx);
}

bool ModelCache::lockIsStale(const CacheLock::Owner &owner, const QString &key, QString *reason) const
{
    const QString temp = owner.taskId.isEmpty() ? QString() : tempPath(key, owner.taskId);
    const CacheLock::OwnerState state = CacheLock::ownerState(*m_storage, owner, temp);
    if (state == CacheLock::OwnerState::NotAFile) {
        if (reason)
            *reason = tr("%1.lock is %2, not a download lock").arg(key, owner.typeName);
        return true;
    }
    if (state == CacheLock::OwnerState::Dead) {
        if (reason)
            *reason = tr("process %1 on this host is gone").arg(owner.pid);
        return true;
    }
    // Progress is the owner's temp folder growing; without one, the lock's own age.
    QDateTime newest = m_storage->stat(lockPath(key)).modified;
    if (!temp.isEmpty()) {
        QDateTime tmpNewest;
        (void)sizeOf(temp, nullptr, &tmpNewest);
        if (tmpNewest.isValid() && (!newest.isValid() || tmpNewest > newest))
            newest = tmpNewest;
    }
    const qint64 idleMs = newest.msecsTo(QDateTime::currentDateTime());
    // A PID that is not running here may be a live download in another PID namespace, and content
    // that is no lock at all is nobody's download: both only shorten the wait, to the grace.
    const bool shortened = state == CacheLock::OwnerState::LooksDead || state == CacheLock::OwnerState::Unparseable;
    const qint64 limit = shortened ? std::min(m_deadOwnerGrace.count(), m_lockTimeout.count()) : m_lockTimeout.count();
    if (idleMs > limit) {
        if (reason) {
            if (state == CacheLock::OwnerState::Unparseable)
                *reason = tr("%1.lock does not hold a download lock (content '%2')")
                              .arg(key, QString::fromUtf8(owner.raw.left(80)));
            else if (state == CacheLock::OwnerState::LooksDead)
                *reason = tr("process %1 is not running here and its download made no progress for %2 s")
                              .arg(owner.pid)
                              .arg(idleMs / 1000);
            else
                *reason = tr("no progress for %1 s").arg(idleMs / 1000);
        }
        return true;
    }
    return false;
}

QList<CacheEntry> ModelCache::entries(Error *error) const
{
    if (error)
        *error = Error();
    QList<CacheEntry> result;
    Storage &storage = *m_storage;
    if (!storage.isRemote() && !QDir(m_dir).exists())
        return result;
    QList<Storage::Item> items = storage.list(m_dir, Storage::ListMode::Children, error);
    std::sort(items.begin(), items.end(), [](const Storage::Item &x, const Storage::Item &y) { return x.name < y.name; });
    const auto pathOf = [this](const QString &name) -> QString { return m_dir + QLatin1Char('/') + name; };

    // Live lock owners' task ids, so their temp folders count as "downloading", not orphaned.
    QHash<QString, CacheLock::Owner> liveLocks;
    for (const Storage::Item &item : items) {
        const auto m = lockPattern().match(item.name);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1);
        const auto owner = CacheLock::readOwner(storage, pathOf(item.name));
        if (!owner)
            continue; // vanished meanwhile
        CacheEntry e;
        e.key = key;
        e.path = pathOf(item.name);
        e.lockOwner = owner;
        e.downloaderHost = owner->hostname;
        e.downloaderPid = owner->pid;
        QString reason;
        if (lockIsStale(*owner, key, &reason)) {
            e.state = EntryState::StaleLock;
            e.reason = reason;
        } else {
            e.state = EntryState::Downloading;
            if (!owner->parsed) // said truthfully while the grace runs
                e.reason = tr("%1.lock does not hold a download lock (content '%2')")
                               .arg(key, QString::fromUtf8(owner->raw.left(80)));
            liveLocks.insert(key, *owner);
            if (!owner->taskId.isEmpty()) {
                e.sizeBytes = sizeOf(tempPath(key, owner->taskId), &e.fileCount);
            }
        }
        const Descriptor d = Descriptor::read(storage, descriptorPath(key));
        e.handle = d.handle;
        result.append(e);
    }

    // A descriptor that is a FIFO, folder or link is junk in the cache: shown, and pruned.
    static const QRegularExpression descriptorName(QStringLiteral("^([0-9a-f]{40})\\.descriptor\\.txt$"));
    for (const Storage::Item &item : items) {
        const auto m = descriptorName.match(item.name);
        if (!m.hasMatch() || (item.stat.type != Storage::Type::Other && item.stat.type != Storage::Type::Folder))
            continue;
        CacheEntry e;
        e.key = m.captured(1);
        e.path = pathOf(item.name);
        e.state = EntryState::Broken;
        const QString typeName = item.stat.type == Storage::Type::Folder ? RegularFile::tr("a folder") : item.stat.typeName;
        e.reason = tr("%1 is %2, not a descriptor").arg(item.name, typeName);
        result.append(e);
    }

    for (const Storage::Item &item : items) {
        const QString &name = item.name;
        const QString full = pathOf(name);
        if (const auto m = keyPattern().match(name); m.hasMatch()) {
            // Not followed if it is a symlink: a link, file or FIFO here is a broken entry.
            CacheEntry e;
            e.key = name;
            e.path = full;
            QString reason;
            QDateTime newest;
            if (storage.isRemote()) {
                // One listing answers both "complete?" and "how large?".
                const QList<Storage::Item> files = item.stat.type == Storage::Type::Folder
                    ? storage.list(full, Storage::ListMode::Recursive)
                    : QList<Storage::Item>();
                if (item.stat.type != Storage::Type::Folder) {
                    reason = wrongTypeReason(full);
                    e.sizeBytes = item.stat.size;
                    e.fileCount = item.stat.type == Storage::Type::File ? 1 : 0;
                    newest = item.stat.modified;
                } else if (ModelFolder::isComplete(files, &reason)) {
                    reason.clear();
                }
                for (const Storage::Item &f : files) {
                    e.sizeBytes += f.stat.size;
                    if (f.stat.type == Storage::Type::File)
                        ++e.fileCount;
                    if (!newest.isValid() || f.stat.modified > newest)
                        newest = f.stat.modified;
                }
                if (item.stat.type == Storage::Type::Folder && files.isEmpty())
                    reason = ModelFolder::tr("the folder is empty");
                e.state = reason.isEmpty() ? EntryState::Complete : EntryState::Broken;
            } else {
                e.state = isCompleteModelFolder(full, &reason) ? EntryState::Complete : EntryState::Broken;
                e.sizeBytes = treeSize(full, &e.fileCount);
            }
            if (e.state == EntryState::Broken)
                e.reason = reason;
            bool ok = false;
            const Descriptor d = Descriptor::read(storage, descriptorPath(name), &ok);
            if (ok) {
                e.handle = d.handle;
                e.downloadTime = d.downloadTime;
                e.downloaderHost = d.hostname;
                e.downloaderPid = d.pid;
            } else if (storage.isRemote()) {
                e.downloadTime = newest;
            } else {
                e.downloadTime = QFileInfo(full).lastModified(); // of a symlink itself when it dangles: QFileInfo gives invalid
                if (!e.downloadTime.isValid())
                    e.downloadTime = FileTree::measure(QFile::encodeName(full)).newest;
            }
            result.append(e);
        } else if (const auto t = tempPattern().match(name); t.hasMatch()) {
            const QString key = t.captured(1);
            const QString task = t.captured(2);
            if (liveLocks.contains(key) && liveLocks.value(key).taskId == task)
                continue; // shown with its lock
            CacheEntry e;
            e.key = key;
            e.path = full;
            e.state = EntryState::OrphanedTemp;
            e.reason = tr("left by an interrupted download");
            QDateTime newest;
            e.sizeBytes = sizeOf(full, &e.fileCount, &newest);
            e.downloadTime = storage.isRemote() ? newest : QFileInfo(full).lastModified();
            e.handle = Descriptor::read(storage, descriptorPath(key)).handle;
            result.append(e);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const CacheEntry &a, const CacheEntry &b) {
        const QString &ka = a.handle.isEmpty() ? a.key : a.handle;
        const QString &kb = b.handle.isEmpty() ? b.key : b.handle;
        return ka < kb;
    });
    return result;
}

std::optional<CacheEntry> ModelCache::find(const QString &handleOrKey, Error *error) const
{
    if (error)
        *error = Error();
    QString key;
    const QList<CacheEntry> all = entries();
    static const QRegularExpression hexPrefix(QStringLiteral("^[0-9a-f]{6,40}$"));
    if (hexPrefix.match(handleOrKey).hasMatch() && (isRemote() || !QFileInfo::exists(handleOrKey))) {
        QStringList keys;
        for (const CacheEntry &e : all) {
            if (e.key.startsWith(handleOrKey) && !keys.contains(e.key))
                keys.append(e.key);
        }
        if (keys.size() == 1)
            key = keys.first();
    }
    if (key.isEmpty())
        key = Handle::cacheKeyFor(handleOrKey);
    // Prefer the model folder itself; otherwise whatever else there is for that key.
    std::optional<CacheEntry> found;
    for (const CacheEntry &e : all) {
        if (e.key != key)
            continue;
        if (e.path == entryPath(key))
            return e;
        if (!found)
            found = e;
    }
    if (!found && error) {
        ErrorContext ctx;
        ctx.handle = handleOrKey;
        ctx.path = m_dir;
        *error = Error(ErrorCode::EntryNotFound, ctx);
    }
    return found;
}

Error ModelCache::remove(const CacheEntry &entry)
{
    if (entry.state == EntryState::OrphanedTemp || entry.state == EntryState::StaleLock || isBrokenDescriptor(entry))
        return prune(entry);

    CacheLock lock(*m_storage, lockPath(entry.key));
    Error error;
    if (!lock.tryAcquire(&error)) {
        if (error)
            return error;
        const auto owner = CacheLock::readOwner(*m_storage, lockPath(entry.key));
        QString reason;
        if (owner && lockIsStale(*owner, entry.key, &reason)
            && CacheLock::breakStaleLock(*m_storage, lockPath(entry.key), *owner)
            && lock.tryAcquire(&error)) {
            // took over a stale lock
        } else {
            ErrorContext ctx;
            ctx.handle = entry.handle.isEmpty() ? entry.key : entry.handle;
            ctx.detail = owner ? QString::fromUtf8(owner->raw) : QString();
            return Error(ErrorCode::EntryBusy, ctx);
        }
    }
    const QString folder = entryPath(entry.key);
    QString doomed;
    if (Error e = moveEntryAside(entry.key, lock.taskId(), entry.handle, &doomed))
        return e;
    if (!doomed.isEmpty()) {
        if (Error e = m_storage->removeTree(doomed); e && e.code() != ErrorCode::Cancelled) {
            ErrorContext ctx;
            ctx.path = doomed;
            ctx.handle = entry.handle;
            ctx.detail = tr("some files could not be deleted; `hubcache prune` retries");
            return Error(ErrorCode::FileError, ctx);
        } else if (e) {
            return e;
        }
    }
    (void)m_storage->remove(descriptorPath(entry.key));
    qCInfo(lcCache) << "removed" << folder << entry.handle;
    return {};
}

Error ModelCache::moveEntryAside(const QString &key, const QString &taskId, const QString &handle,
                                 QString *movedTo) const
{
    movedTo->clear();
    const QString folder = entryPath(key);
    Error error;
    if (m_storage->stat(folder, &error).type == Storage::Type::Missing)
        return error; // nothing there (a dangling symlink is there, and is moved too)
    const QString aside = tempPath(key, taskId);
    if (Error e = m_storage->moveTree(folder, aside)) {
        ErrorContext ctx;
        ctx.path = folder;
        ctx.handle = handle;
        ctx.detail = e.message();
        return e.code() == ErrorCode::AlreadyExists ? Error(ErrorCode::FileError, ctx) : e;
    }
    *movedTo = aside;
    return {};
}

QList<CacheEntry> ModelCache::prunable() const
{
    QList<CacheEntry> result;
    for (const CacheEntry &e : entries()) {
        if (e.state == EntryState::OrphanedTemp || e.state == EntryState::StaleLock || isBrokenDescriptor(e))
            result.append(e);
        else if (e.state == EntryState::Broken && e.path == entryPath(e.key) && !wrongTypeReason(e.path).isEmpty())
            result.append(e); // a symlink, file or FIFO in an entry's place: never a model, nothing to inspect
    }
    return result;
}

Error ModelCache::prune(const CacheEntry &item)
{
    if (item.state == EntryState::Broken && item.path == entryPath(item.key)
        && !wrongTypeReason(item.path).isEmpty())
        return remove(item);
    if (item.state == EntryState::StaleLock) {
        if (!item.lockOwner || !CacheLock::breakStaleLock(*m_storage, item.path, *item.lockOwner)) {
            ErrorContext ctx;
            ctx.handle = item.handle.isEmpty() ? item.key : item.handle;
            ctx.detail = tr("the lock changed hands");
            return Error(ErrorCode::EntryBusy, ctx);
        }
        // Its temp folder, if any, is now an orphan: remove it too.
        if (!item.lockOwner->taskId.isEmpty())
            (void)m_storage->removeTree(tempPath(item.key, item.lockOwner->taskId));
        return {};
    }
    if (item.state == EntryState::OrphanedTemp || isBrokenDescriptor(item)) {
        if (m_storage->removeTree(item.path)) {
            ErrorContext ctx;
            ctx.path = item.path;
            return Error(ErrorCode::FileError, ctx);
        }
        return {};
    }
    ErrorContext ctx;
    ctx.path = item.path;
    ctx.detail = tr("not an orphaned temp folder or stale lock");
    return Error(ErrorCode::InvalidConfiguration, ctx);
}

Error ModelCache::ensureWritable() const
{
    if (Error e = folderError())
        return e;
    if (m_storage->isRemote()) {
        // No folders to create: a probe object created and deleted again proves write access.
        const QString probe = m_dir + QStringLiteral("/.hubcache-write-test-") + CacheLock::newTaskId();
        Error error;
        if (m_storage->createExclusive(probe, QByteArray(), &error) == Storage::CreateResult::Failed)
            return error;
        (void)m_storage->remove(probe);
        return {};
    }
    QDir d;
    if (!d.mkpath(m_dir)) {
        ErrorContext ctx;
        ctx.path = m_dir;
        ctx.detail = tr("cannot create the folder");
        return Error(ErrorCode::NotWritable, ctx);
    }
    const QByteArray probe = QFile::encodeName(m_dir + QStringLiteral("/.hubcache-write-test-") + CacheLock::newTaskId());
    FILE *f = std::fopen(probe.constData(), "wx");
    if (!f)
        return Error::fromSystemError(errno, m_dir);
    std::fclose(f);
    std::remove(probe.constData());
    return {};
}

} // namespace HubCache
