#include "modelcache.h"

#include "descriptor.h"
#include "handle.h"
#include "filetree_p.h"
#include "logging.h"
#include "modelfolder.h"
#include "regularfile.h"

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

// A row for a `<key>.descriptor.txt` that is not a regular file (see entries()).
bool isBrokenDescriptor(const CacheEntry &e)
{
    return e.state == EntryState::Broken && e.path.endsWith(QLatin1String(".descriptor.txt"))
        && RegularFile::typeOf(e.path) == RegularFile::Status::NotRegular;
}

const QRegularExpression &lockPattern()
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-f]{40})\\.lock$"));
    return re;
}

} // namespace

ModelCache::ModelCache(const Configuration &config)
    : ModelCache(config.cacheDir(), config.lockTimeout(), config.deadOwnerGrace())
{
}

ModelCache::ModelCache(const QString &dir, std::chrono::milliseconds lockTimeout,
                       std::chrono::milliseconds deadOwnerGrace)
    : m_dir(dir)
    , m_lockTimeout(lockTimeout)
    , m_deadOwnerGrace(deadOwnerGrace)
{
}

QString ModelCache::entryPath(const QString &key) const
{
    return m_dir + QLatin1Char('/') + key;
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
    return isCompleteModelFolder(entryPath(key), reason);
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
    const CacheLock::OwnerState state = CacheLock::ownerState(owner, temp);
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
    QDateTime newest = QFileInfo(lockPath(key)).lastModified();
    if (!temp.isEmpty() && QFileInfo::exists(temp)) {
        QDateTime tmpNewest;
        (void)treeSize(temp, nullptr, &tmpNewest);
        if (tmpNewest > newest)
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

QList<CacheEntry> ModelCache::entries() const
{
    QList<CacheEntry> result;
    const QDir dir(m_dir);
    if (!dir.exists())
        return result;

    // Live lock owners' task ids, so their temp folders count as "downloading", not orphaned.
    QHash<QString, CacheLock::Owner> liveLocks;
    const QStringList names = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                            QDir::Name);
    for (const QString &name : names) {
        const auto m = lockPattern().match(name);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1);
        const auto owner = CacheLock::readOwner(dir.filePath(name));
        if (!owner)
            continue; // vanished meanwhile
        CacheEntry e;
        e.key = key;
        e.path = dir.filePath(name);
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
                e.sizeBytes = treeSize(tempPath(key, owner->taskId), &e.fileCount);
            }
        }
        const Descriptor d = Descriptor::read(descriptorPath(key));
        e.handle = d.handle;
        result.append(e);
    }

    // A descriptor that is a FIFO, folder or link is junk in the cache: shown, and pruned.
    static const QRegularExpression descriptorName(QStringLiteral("^([0-9a-f]{40})\\.descriptor\\.txt$"));
    for (const QString &name : names) {
        const auto m = descriptorName.match(name);
        QString typeName;
        if (!m.hasMatch() || RegularFile::typeOf(dir.filePath(name), &typeName) != RegularFile::Status::NotRegular)
            continue;
        CacheEntry e;
        e.key = m.captured(1);
        e.path = dir.filePath(name);
        e.state = EntryState::Broken;
        e.reason = tr("%1 is %2, not a descriptor").arg(name, typeName);
        result.append(e);
    }

    for (const QString &name : names) {
        const QString full = dir.filePath(name);
        if (const auto m = keyPattern().match(name); m.hasMatch()) {
            // Not followed if it is a symlink: a link, file or FIFO here is a broken entry.
            const QFileInfo fi(full);
            CacheEntry e;
            e.key = name;
            e.path = full;
            QString reason;
            e.state = isCompleteModelFolder(full, &reason) ? EntryState::Complete : EntryState::Broken;
            if (e.state == EntryState::Broken)
                e.reason = reason;
            e.sizeBytes = treeSize(full, &e.fileCount);
            bool ok = false;
            const Descriptor d = Descriptor::read(descriptorPath(name), &ok);
            if (ok) {
                e.handle = d.handle;
                e.downloadTime = d.downloadTime;
                e.downloaderHost = d.hostname;
                e.downloaderPid = d.pid;
            } else {
                e.downloadTime = fi.lastModified(); // of a symlink itself when it dangles: QFileInfo gives invalid
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
            e.sizeBytes = treeSize(full, &e.fileCount);
            e.downloadTime = QFileInfo(full).lastModified();
            e.handle = Descriptor::read(descriptorPath(key)).handle;
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
    if (hexPrefix.match(handleOrKey).hasMatch() && !QFileInfo::exists(handleOrKey)) {
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

    CacheLock lock(lockPath(entry.key));
    Error error;
    if (!lock.tryAcquire(&error)) {
        if (error)
            return error;
        const auto owner = CacheLock::readOwner(lockPath(entry.key));
        QString reason;
        if (owner && lockIsStale(*owner, entry.key, &reason) && CacheLock::breakStaleLock(lockPath(entry.key), *owner)
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
        if (!removeTree(doomed)) {
            ErrorContext ctx;
            ctx.path = doomed;
            ctx.handle = entry.handle;
            ctx.detail = tr("some files could not be deleted; `hubcache prune` retries");
            return Error(ErrorCode::FileError, ctx);
        }
    }
    QFile::remove(descriptorPath(entry.key));
    qCInfo(lcCache) << "removed" << folder << entry.handle;
    return {};
}

Error ModelCache::moveEntryAside(const QString &key, const QString &taskId, const QString &handle,
                                 QString *movedTo) const
{
    movedTo->clear();
    const QString folder = entryPath(key);
    struct stat st {};
    if (::lstat(QFile::encodeName(folder).constData(), &st) != 0)
        return {}; // nothing there (a dangling symlink is there, and is moved too)
    const QString aside = tempPath(key, taskId);
    if (::rename(QFile::encodeName(folder).constData(), QFile::encodeName(aside).constData()) != 0)
        return Error::fromSystemError(errno, folder, handle);
    *movedTo = aside;
    return {};
}

QList<CacheEntry> ModelCache::prunable() const
{
    QList<CacheEntry> result;
    for (const CacheEntry &e : entries()) {
        if (e.state == EntryState::OrphanedTemp || e.state == EntryState::StaleLock || isBrokenDescriptor(e))
            result.append(e);
        else if (e.state == EntryState::Broken && !ModelFolder::wrongTypeReason(e.path).isEmpty())
            result.append(e); // a symlink, file or FIFO in an entry's place: never a model, nothing to inspect
    }
    return result;
}

Error ModelCache::prune(const CacheEntry &item)
{
    if (item.state == EntryState::Broken && item.path == entryPath(item.key)
        && !ModelFolder::wrongTypeReason(item.path).isEmpty())
        return remove(item);
    if (item.state == EntryState::StaleLock) {
        if (!item.lockOwner || !CacheLock::breakStaleLock(item.path, *item.lockOwner)) {
            ErrorContext ctx;
            ctx.handle = item.handle.isEmpty() ? item.key : item.handle;
            ctx.detail = tr("the lock changed hands");
            return Error(ErrorCode::EntryBusy, ctx);
        }
        // Its temp folder, if any, is now an orphan: remove it too.
        if (!item.lockOwner->taskId.isEmpty())
            (void)removeTree(tempPath(item.key, item.lockOwner->taskId));
        return {};
    }
    if (item.state == EntryState::OrphanedTemp || isBrokenDescriptor(item)) {
        if (!removeTree(item.path)) {
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
