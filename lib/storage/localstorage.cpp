#include "localstorage.h"

#include "filetree_p.h"
#include "logging.h"
#include "regularfile.h"
#include "storagereader.h"
#include "storagewriter.h"

#include <QFile>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace HubCache {

namespace {

constexpr int kMaxDepth = 256; // deeper than any model; bounds the walk

QString typeNameOf(mode_t mode)
{
    if (S_ISLNK(mode))
        return LocalStorage::tr("a symbolic link");
    if (S_ISFIFO(mode))
        return LocalStorage::tr("a FIFO");
    if (S_ISSOCK(mode))
        return LocalStorage::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return LocalStorage::tr("a device");
    if (S_ISDIR(mode))
        return LocalStorage::tr("a folder");
    return LocalStorage::tr("a file");
}

Storage::Stat statFrom(const struct stat &st)
{
    Storage::Stat s;
    if (S_ISREG(st.st_mode)) {
        s.type = Storage::Type::File;
        s.size = st.st_size;
    } else if (S_ISDIR(st.st_mode)) {
        s.type = Storage::Type::Folder;
    } else {
        s.type = Storage::Type::Other;
        s.typeName = typeNameOf(st.st_mode);
    }
    s.modified = QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec, Qt::UTC).addMSecs(st.st_mtim.tv_nsec / 1'000'000);
    return s;
}

int openFolder(int parent, const char *name)
{
    return ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

void walk(int dirFd, const QString &prefix, int depth, QList<Storage::Item> *out, const std::atomic<bool> &cancelled)
{
    if (depth > kMaxDepth || cancelled.load())
        return;
    for (const QByteArray &name : FileTree::namesIn(dirFd)) {
        struct stat st {};
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // vanished meanwhile
        const QString relative = prefix.isEmpty() ? QFile::decodeName(name) : prefix + QLatin1Char('/') + QFile::decodeName(name);
        if (S_ISDIR(st.st_mode)) {
            const int sub = openFolder(dirFd, name.constData());
            if (sub < 0)
                continue;
            walk(sub, relative, depth + 1, out, cancelled);
            ::close(sub);
        } else {
            out->append({relative, statFrom(st)});
        }
    }
}

Error cancelledError(const QString &location)
{
    ErrorContext ctx;
    ctx.path = location;
    return Error(ErrorCode::Cancelled, ctx);
}

class LocalReader final : public StorageReader
{
public:
    LocalReader(int fd, qint64 size, QString path)
        : m_fd(fd)
        , m_size(size)
        , m_path(std::move(path))
    {
    }
    ~LocalReader() override { ::close(m_fd); }
    [[nodiscard]] qint64 size() const override { return m_size; }
    [[nodiscard]] qint64 read(qint64 offset, char *buffer, qint64 size, Error *error) override
    {
        qint64 got = 0;
        while (got < size) {
            const ssize_t n = ::pread(m_fd, buffer + got, size_t(size - got), off_t(offset + got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                if (error)
                    *error = Error::fromSystemError(errno, m_path);
                return -1;
            }
            if (n == 0)
                break;
            got += n;
        }
        return got;
    }

private:
    int m_fd;
    qint64 m_size;
    QString m_path;
};

// Writes beside the destination under a hidden name and renames into place on commit, so that
// nothing is visible at the location before commit() and a discarded writer leaves nothing.
class LocalWriter final : public StorageWriter
{
public:
    LocalWriter(int fd, QByteArray partPath, QByteArray finalPath, QString displayPath)
        : m_fd(fd)
        , m_part(std::move(partPath))
        , m_final(std::move(finalPath))
        , m_display(std::move(displayPath))
    {
    }
    ~LocalWriter() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_committed)
            ::unlink(m_part.constData());
    }
    [[nodiscard]] Error write(const char *data, qint64 size) override
    {
        if (m_fd < 0)
            return Error::fromSystemError(EBADF, m_display);
        qint64 done = 0;
        while (done < size) {
            const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return Error::fromSystemError(n < 0 ? errno : EIO, m_display);
            done += n;
        }
        m_written += size;
        return {};
    }
    [[nodiscard]] Error commit() override
    {
        if (m_fd < 0)
            return Error::fromSystemError(EBADF, m_display);
        const int rc = ::close(m_fd);
        m_fd = -1;
        if (rc != 0)
            return Error::fromSystemError(errno, m_display);
        // link() fails when something appeared at the name meanwhile: never replaces it.
        if (::link(m_part.constData(), m_final.constData()) != 0)
            return Error::fromSystemError(errno, m_display);
        ::unlink(m_part.constData());
        m_committed = true;
        return {};
    }
    [[nodiscard]] qint64 written() const override { return m_written; }

private:
    int m_fd;
    QByteArray m_part;
    QByteArray m_final;
    QString m_display;
    qint64 m_written = 0;
    bool m_committed = false;
};

} // namespace

LocalStorage::LocalStorage() = default;
LocalStorage::~LocalStorage() = default;

Storage::Stat LocalStorage::stat(const QString &location, Error *error)
{
    if (error)
        *error = Error();
    struct stat st {};
    if (::lstat(QFile::encodeName(location).constData(), &st) != 0) {
        if (errno != ENOENT && errno != ENOTDIR && error)
            *error = Error::fromSystemError(errno, location);
        return {};
    }
    return statFrom(st);
}

QList<Storage::Item> LocalStorage::list(const QString &folder, ListMode mode, Error *error)
{
    if (error)
        *error = Error();
    QList<Item> items;
    if (m_cancelled.load()) {
        if (error)
            *error = cancelledError(folder);
        return items;
    }
    const int fd = openFolder(AT_FDCWD, QFile::encodeName(folder).constData());
    if (fd < 0) {
        const int err = errno;
        if (err != ENOENT && err != ENOTDIR && err != ELOOP && error)
            *error = Error::fromSystemError(err, folder);
        return items;
    }
    if (mode == ListMode::Recursive) {
        walk(fd, QString(), 0, &items, m_cancelled);
    } else {
        for (const QByteArray &name : FileTree::namesIn(fd)) {
            struct stat st {};
            if (::fstatat(fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            items.append({QFile::decodeName(name), statFrom(st)});
        }
    }
    ::close(fd);
    if (m_cancelled.load() && error)
        *error = cancelledError(folder);
    return items;
}

QByteArray LocalStorage::read(const QString &location, qint64 maxBytes, Error *error)
{
    if (error)
        *error = Error();
    const RegularFile::Contents c = RegularFile::read(location, maxBytes);
    if (c.status == RegularFile::Status::Ok)
        return c.bytes;
    if (error) {
        ErrorContext ctx;
        ctx.path = location;
        switch (c.status) {
        case RegularFile::Status::Missing:
            *error = Error(ErrorCode::PathNotFound, ctx);
            break;
        case RegularFile::Status::NotRegular:
            ctx.detail = c.typeName;
            *error = Error(ErrorCode::FileError, ctx);
            break;
        case RegularFile::Status::TooLarge:
            ctx.detail = tr("larger than %1 bytes").arg(maxBytes);
            *error = Error(ErrorCode::FileError, ctx);
            break;
        default:
            *error = Error::fromSystemError(c.errorNumber, location);
            break;
        }
    }
    return {};
}

Error LocalStorage::write(const QString &location, const QByteArray &bytes)
{
    // Through a hidden temporary name and a rename, so that a reader never sees half of it.
    const QString part = location + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray partName = QFile::encodeName(part);
    const int fd = ::open(partName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error::fromSystemError(errno, location);
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : EIO;
            ::close(fd);
            ::unlink(partName.constData());
            return Error::fromSystemError(err, location);
        }
        done += n;
    }
    if (::close(fd) != 0 || ::rename(partName.constData(), QFile::encodeName(location).constData()) != 0) {
        const int err = errno;
        ::unlink(partName.constData());
        return Error::fromSystemError(err, location);
    }
    return {};
}

Storage::CreateResult LocalStorage::createExclusive(const QString &location, const QByteArray &bytes, Error *error)
{
    if (error)
        *error = Error();
    const QByteArray path = QFile::encodeName(location);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
        if (errno == EEXIST)
            return CreateResult::Exists;
        if (error)
            *error = Error::fromSystemError(errno, location);
        return CreateResult::Failed;
    }
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 && errno ? errno : EIO;
            ::close(fd);
            ::unlink(path.constData());
            if (error)
                *error = Error::fromSystemError(err, location);
            return CreateResult::Failed;
        }
        written += n;
    }
    ::close(fd);
    return CreateResult::Created;
}

bool LocalStorage::removeIfUnchanged(const QString &location, const QByteArray &expected)
{
    // Move the file aside atomically first, then look at what was moved: if it is not what was
    // expected (its owner finished and a new owner took the name in between), put it back.
    const QString aside = location + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".stale");
    const QByteArray from = QFile::encodeName(location);
    const QByteArray to = QFile::encodeName(aside);
    if (::rename(from.constData(), to.constData()) != 0)
        return errno == ENOENT; // already gone: as good as removed
    const RegularFile::Contents moved = RegularFile::read(aside, std::max<qint64>(expected.size(), 4096));
    if (moved.status != RegularFile::Status::Ok || moved.bytes != expected) {
        // link() fails if the name is taken again, which keeps the newer one.
        if (::link(to.constData(), from.constData()) != 0)
            qCWarning(lcCache) << "could not restore" << location << "moved aside by mistake";
        ::unlink(to.constData());
        return false;
    }
    ::unlink(to.constData());
    return true;
}

Error LocalStorage::remove(const QString &location)
{
    if (::unlink(QFile::encodeName(location).constData()) != 0 && errno != ENOENT)
        return Error::fromSystemError(errno, location);
    return {};
}

Error LocalStorage::removeTree(const QString &folder)
{
    if (m_cancelled.load())
        return cancelledError(folder);
    if (!FileTree::remove(QFile::encodeName(folder))) {
        ErrorContext ctx;
        ctx.path = folder;
        ctx.detail = tr("some files could not be deleted");
        return Error(ErrorCode::FileError, ctx);
    }
    return {};
}

Error LocalStorage::makeFolder(const QString &folder)
{
    if (::mkdir(QFile::encodeName(folder).constData(), 0755) != 0)
        return Error::fromSystemError(errno, folder);
    return {};
}

Error LocalStorage::moveTree(const QString &from, const QString &to)
{
    if (m_cancelled.load())
        return cancelledError(from);
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        const int err = errno;
        if (err == EEXIST || err == ENOTEMPTY) {
            ErrorContext ctx;
            ctx.path = to;
            return Error(ErrorCode::AlreadyExists, ctx);
        }
        return Error::fromSystemError(err, from);
    }
    return {};
}

std::unique_ptr<StorageWriter> LocalStorage::openWriter(const QString &location, Error *error)
{
    if (error)
        *error = Error();
    if (m_cancelled.load()) {
        if (error)
            *error = cancelledError(location);
        return {};
    }
    const QByteArray finalName = QFile::encodeName(location);
    const QByteArray part = finalName + ".part-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const int fd = ::open(part.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (error)
            *error = Error::fromSystemError(errno, location);
        return {};
    }
    return std::make_unique<LocalWriter>(fd, part, finalName, location);
}

std::unique_ptr<StorageReader> LocalStorage::openReader(const QString &location, Error *error)
{
    if (error)
        *error = Error();
    QFile file;
    int err = 0;
    QString typeName;
    const RegularFile::Status status = RegularFile::open(location, &file, &err, &typeName);
    if (status != RegularFile::Status::Ok) {
        if (error) {
            ErrorContext ctx;
            ctx.path = location;
            if (status == RegularFile::Status::Missing) {
                *error = Error(ErrorCode::PathNotFound, ctx);
            } else if (status == RegularFile::Status::NotRegular) {
                ctx.detail = typeName;
                *error = Error(ErrorCode::FileError, ctx);
            } else {
                *error = Error::fromSystemError(err, location);
            }
        }
        return {};
    }
    // Keep our own descriptor: the QFile closes its own when it goes.
    const int fd = ::fcntl(file.handle(), F_DUPFD_CLOEXEC, 0);
    const qint64 size = file.size();
    if (fd < 0) {
        if (error)
            *error = Error::fromSystemError(errno, location);
        return {};
    }
    return std::make_unique<LocalReader>(fd, size, location);
}

void LocalStorage::cancel()
{
    m_cancelled.store(true);
}

} // namespace HubCache
