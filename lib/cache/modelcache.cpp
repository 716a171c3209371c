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
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace HubCache {

namespace {

bool isKeyText(QStringView text)
{
    if (text.size() != 40)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f');
    });
}

bool isTaskText(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_'
            || u == u'-';
    });
}

// What a name in the cache folder is: `<key>`, `<key>.lock`, `<key>.<task>.tmp`,
// `<key>.descriptor.txt` or anything else. Matched by hand: a scan looks at every name.
struct CacheName {
    enum class Kind {
        Other,
        Key,
        Lock,
        Temp,
        Descriptor,
    };
    Kind kind = Kind::Other;
    QStringView key;
    QStringView task;

    static CacheName of(QStringView name)
    {
        CacheName n;
        if (name.size() < 40 || !isKeyText(name.left(40)))
            return n;
        n.key = name.left(40);
        const QStringView rest = name.mid(40);
        if (rest.isEmpty())
            n.kind = Kind::Key;
        else if (rest == QLatin1String(".lock"))
            n.kind = Kind::Lock;
        else if (rest == QLatin1String(".descriptor.txt"))
            n.kind = Kind::Descriptor;
        if (n.kind != Kind::Other || rest.size() < 6 || !rest.startsWith(QLatin1Char('.'))
            || !rest.endsWith(QLatin1String(".tmp")))
            return n;
        n.task = rest.mid(1, rest.size() - 5);
        if (isTaskText(n.task))
            n.kind = Kind::Temp;
        return n;
    }
};

// The names of the open cache folder that the protocol knows, typed from the listing (d_type);
// only a name the listing cannot type, or one that is no file or folder, is stat'ed.
QList<Storage::Item> listCacheFolder(int dirFd, Storage &storage, const QString &dir)
{
    QList<Storage::Item> items;
    const int dup = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = dup < 0 ? nullptr : ::fdopendir(dup);
    if (!d) {
        if (dup >= 0)
            ::close(dup);
        return items;
    }
    while (const dirent *entry = ::readdir(d)) {
        const char *raw = entry->d_name;
        // Every name the protocol knows starts with 40 hex digits: skip the rest undecoded.
        if (std::strlen(raw) < 40)
            continue;
        const QString name = QFile::decodeName(raw);
        if (CacheName::of(name).kind == CacheName::Kind::Other)
            continue;
        Storage::Item item;
        item.name = name;
        if (entry->d_type == DT_DIR) {
            item.stat.type = Storage::Type::Folder;
        } else if (entry->d_type == DT_REG) {
            item.stat.type = Storage::Type::File;
        } else {
            // Rare (a link, FIFO, … or a file system without d_type): the storage's own stat.
            item.stat = storage.stat(dir + QLatin1Char('/') + name);
            if (item.stat.type == Storage::Type::Missing)
                continue; // vanished meanwhile
        }
        items.append(std::move(item));
    }
    ::closedir(d);
    return items;
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
    return entries(error, {});
}

QList<CacheEntry> ModelCache::entries(Error *error, const std::function<bool(const CacheEntry &)> &onEntry) const
{
    if (error)
        *error = Error();
    QList<CacheEntry> result;
    bool stopped = false;
    const auto add = [&](CacheEntry &&e) {
        result.append(std::move(e));
        if (onEntry && !onEntry(result.constLast()))
            stopped = true;
    };
    Storage &storage = *m_storage;
    const bool local = !storage.isRemote();
    // Locally the folder is opened once and every name in it is reached relative to it; the
    // types come from the listing itself (d_type), so a model folder costs no stat of its own.
    int dirFd = -1;
    QList<Storage::Item> items;
    if (local) {
        // The cache folder itself may be a link the user made (~/models -> /data/models): whether
        // such a folder is trusted is CacheFolderCheck's decision. Names inside it are never followed.
        dirFd = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd < 0) {
            const int err = errno;
            if (err != ENOENT && err != ENOTDIR && err != ELOOP && error)
                *error = Error::fromSystemError(err, m_dir);
            return result;
        }
        items = listCacheFolder(dirFd, storage, m_dir);
    } else {
        items = storage.list(m_dir, Storage::ListMode::Children, error);
    }
    const auto closeDir = qScopeGuard([dirFd] {
        if (dirFd >= 0)
            ::close(dirFd);
    });
    std::sort(items.begin(), items.end(), [](const Storage::Item &x, const Storage::Item &y) { return x.name < y.name; });
    const auto pathOf = [this](const QString &name) -> QString { return m_dir + QLatin1Char('/') + name; };

    // Live lock owners' task ids, so their temp folders count as "downloading", not orphaned.
    QHash<QString, CacheLock::Owner> liveLocks;
    // Keys whose descriptor is a regular file, as the listing says: only those are opened.
    QSet<QString> regularDescriptors;
    for (const Storage::Item &item : items) {
        if (stopped)
            return result;
        const CacheName n = CacheName::of(item.name);
        if (n.kind == CacheName::Kind::Descriptor && item.stat.type == Storage::Type::File)
            regularDescriptors.insert(n.key.toString());
        if (n.kind != CacheName::Kind::Lock)
            continue;
        const QString key = n.key.toString();
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
        add(std::move(e));
    }

    // A descriptor that is a FIFO, folder or link is junk in the cache: shown, and pruned.
    for (const Storage::Item &item : items) {
        if (stopped)
            return result;
        const CacheName n = CacheName::of(item.name);
        if (n.kind != CacheName::Kind::Descriptor
            || (item.stat.type != Storage::Type::Other && item.stat.type != Storage::Type::Folder))
            continue;
        CacheEntry e;
        e.key = n.key.toString();
        e.path = pathOf(item.name);
        e.state = EntryState::Broken;
        const QString typeName = item.stat.type == Storage::Type::Folder ? RegularFile::tr("a folder") : item.stat.typeName;
        e.reason = tr("%1 is %2, not a descriptor").arg(item.name, typeName);
        add(std::move(e));
    }

    for (const Storage::Item &item : items) {
        if (stopped)
            return result;
        const QString &name = item.name;
        const CacheName n = CacheName::of(name);
        if (n.kind == CacheName::Kind::Key) {
            const QString full = pathOf(name);
            // Not followed if it is a symlink: a link, file or FIFO here is a broken entry.
            CacheEntry e;
            e.key = name;
            e.path = full;
            QString reason;
            QDateTime newest;
            const QByteArray localName = local ? name.toLatin1() : QByteArray(); // 40 hex digits
            if (!local) {
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
            } else if (ModelFolder::Survey survey = item.stat.type == Storage::Type::Folder
                           ? ModelFolder::survey(dirFd, localName.constData())
                           : ModelFolder::Survey();
                       survey.isFolder) {
                // One walk: completeness, size and file count.
                e.state = survey.complete ? EntryState::Complete : EntryState::Broken;
                reason = std::move(survey.reason);
                e.sizeBytes = survey.allocatedBytes;
                e.fileCount = survey.fileCount;
                if (survey.newestFileAccessMs > 0)
                    e.lastUsed = QDateTime::fromMSecsSinceEpoch(survey.newestFileAccessMs, Qt::UTC);
            } else {
                // A symlink, file or FIFO in the entry's place (or a folder that just went).
                e.state = isCompleteModelFolder(full, &reason) ? EntryState::Complete : EntryState::Broken;
                e.sizeBytes = treeSize(full, &e.fileCount);
            }
            if (e.state == EntryState::Broken)
                e.reason = reason;
            bool ok = false;
            Descriptor d;
            if (!local)
                d = Descriptor::read(storage, descriptorPath(name), &ok);
            else if (regularDescriptors.contains(name))
                d = Descriptor::readAt(dirFd, QByteArray(localName + ".descriptor.txt").constData(), &ok);
            if (ok) {
                e.handle = d.handle;
                e.downloadTime = d.downloadTime;
                e.downloaderHost = d.hostname;
                e.downloaderPid = d.pid;
            } else if (!local) {
                e.downloadTime = newest;
            } else {
                e.downloadTime = QFileInfo(full).lastModified(); // of a symlink itself when it dangles: QFileInfo gives invalid
                if (!e.downloadTime.isValid())
                    e.downloadTime = FileTree::measure(QFile::encodeName(full)).newest;
            }
            add(std::move(e));
        } else if (n.kind == CacheName::Kind::Temp) {
            const QString key = n.key.toString();
            if (const auto live = liveLocks.constFind(key); live != liveLocks.cend() && live->taskId == n.task)
                continue; // shown with its lock
            const QString full = pathOf(name);
            CacheEntry e;
            e.key = key;
            e.path = full;
            e.state = EntryState::OrphanedTemp;
            e.reason = tr("left by an interrupted download");
            QDateTime newest;
            e.sizeBytes = sizeOf(full, &e.fileCount, &newest);
            e.downloadTime = storage.isRemote() ? newest : QFileInfo(full).lastModified();
            e.handle = Descriptor::read(storage, descriptorPath(key)).handle;
            add(std::move(e));
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
