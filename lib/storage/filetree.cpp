#include "filetree_p.h"

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace HubCache::FileTree {

namespace {

constexpr int kMaxDepth = 256; // deeper than any model; bounds the recursion

int openFolder(int parent, const char *name)
{
    return ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

void note(Usage &u, const struct stat &st)
{
    const QDateTime m = QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec).addMSecs(st.st_mtim.tv_nsec / 1'000'000);
    if (!u.newest.isValid() || m > u.newest)
        u.newest = m;
}

void walk(int dirFd, const QByteArray &prefix, int depth, Usage *usage,
          const std::function<void(const QByteArray &, const struct stat &)> *visit)
{
    if (depth > kMaxDepth)
        return;
    for (const QByteArray &name : namesIn(dirFd)) {
        struct stat st {};
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // vanished meanwhile
        const QByteArray relative = prefix.isEmpty() ? name : prefix + '/' + name;
        if (usage) {
            note(*usage, st);
            usage->allocatedBytes += qint64(st.st_blocks) * 512;
        }
        if (S_ISREG(st.st_mode)) {
            if (usage) {
                usage->apparentBytes += st.st_size;
                ++usage->files;
            }
            if (visit)
                (*visit)(relative, st);
        } else if (S_ISDIR(st.st_mode)) {
            const int sub = openFolder(dirFd, name.constData());
            if (sub < 0)
                continue;
            walk(sub, relative, depth + 1, usage, visit);
            ::close(sub);
        }
    }
}

bool removeContents(int dirFd, int depth)
{
    if (depth > kMaxDepth)
        return false;
    bool ok = true;
    for (const QByteArray &name : namesIn(dirFd)) {
        if (::unlinkat(dirFd, name.constData(), 0) == 0 || errno == ENOENT)
            continue;
        // A folder (EISDIR on Linux, EPERM elsewhere): empty it, then remove it.
        const int sub = openFolder(dirFd, name.constData());
        if (sub < 0) {
            ok = false;
            continue;
        }
        // Make it writable so that its names can go (a read-only folder copied from a read-only source).
        struct stat st {};
        if (::fstat(sub, &st) == 0 && !(st.st_mode & S_IWUSR))
            (void)::fchmod(sub, st.st_mode | S_IRWXU);
        ok = removeContents(sub, depth + 1) && ok;
        ::close(sub);
        if (::unlinkat(dirFd, name.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT)
            ok = false;
    }
    return ok;
}

} // namespace

QList<QByteArray> namesIn(int dirFd)
{
    QList<QByteArray> names;
    const int dup = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dup < 0)
        return names;
    DIR *d = ::fdopendir(dup);
    if (!d) {
        ::close(dup);
        return names;
    }
    while (const dirent *e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        names.append(QByteArray(e->d_name));
    }
    ::closedir(d);
    return names;
}

Usage measure(const QByteArray &path)
{
    Usage usage;
    struct stat st {};
    if (::lstat(path.constData(), &st) != 0)
        return usage;
    note(usage, st);
    if (!S_ISDIR(st.st_mode)) {
        usage.allocatedBytes = qint64(st.st_blocks) * 512;
        if (S_ISREG(st.st_mode)) {
            usage.apparentBytes = st.st_size;
            usage.files = 1;
        }
        return usage;
    }
    const int fd = openFolder(AT_FDCWD, path.constData());
    if (fd < 0)
        return usage;
    walk(fd, QByteArray(), 0, &usage, nullptr);
    ::close(fd);
    return usage;
}

void forEachFile(const QByteArray &path, const std::function<void(const QByteArray &, const struct stat &)> &visit)
{
    const int fd = openFolder(AT_FDCWD, path.constData());
    if (fd < 0)
        return;
    walk(fd, QByteArray(), 0, nullptr, &visit);
    ::close(fd);
}

bool remove(const QByteArray &path)
{
    if (::unlink(path.constData()) == 0 || errno == ENOENT)
        return true;
    const int fd = openFolder(AT_FDCWD, path.constData());
    if (fd < 0)
        return false;
    bool ok = removeContents(fd, 0);
    ::close(fd);
    if (::rmdir(path.constData()) != 0 && errno != ENOENT)
        ok = false;
    return ok;
}

} // namespace HubCache::FileTree
