#include "regularfile.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace HubCache {

namespace {

QString nameOfType(mode_t mode)
{
    if (S_ISFIFO(mode))
        return RegularFile::tr("a FIFO");
    if (S_ISDIR(mode))
        return RegularFile::tr("a folder");
    if (S_ISLNK(mode))
        return RegularFile::tr("a symbolic link");
    if (S_ISSOCK(mode))
        return RegularFile::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return RegularFile::tr("a device");
    return RegularFile::tr("not a regular file");
}

} // namespace

int RegularFile::openFd(const QString &path, Status *status, int *errorNumber, QString *typeName)
{
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK: a FIFO without a writer opens at once instead of waiting for one.
    // O_NOFOLLOW: a symbolic link fails with ELOOP instead of leading anywhere.
    int fd;
    do {
        fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR) {
            *status = Status::Missing;
        } else if (err == ELOOP || err == ENXIO || err == EWOULDBLOCK) {
            // ELOOP: a symbolic link; ENXIO: a socket or a device without its driver.
            *status = typeOf(path, typeName) == Status::Ok ? Status::Unreadable : Status::NotRegular;
        } else {
            *status = Status::Unreadable;
        }
        if (errorNumber)
            *errorNumber = err;
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        *status = Status::Unreadable;
        if (errorNumber)
            *errorNumber = err;
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        *status = Status::NotRegular;
        if (typeName)
            *typeName = nameOfType(st.st_mode);
        return -1;
    }
    // A regular file never blocks; clear the flag so later reads behave as usual.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    *status = Status::Ok;
    return fd;
}

RegularFile::Contents RegularFile::read(const QString &path, qint64 maxBytes)
{
    Contents c;
    const int fd = openFd(path, &c.status, &c.errorNumber, &c.typeName);
    if (fd < 0)
        return c;
    // One byte more than allowed tells "exactly maxBytes" from "too large".
    c.bytes.resize(maxBytes + 1);
    qint64 got = 0;
    while (got < c.bytes.size()) {
        const ssize_t n = ::read(fd, c.bytes.data() + got, size_t(c.bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            c.status = Status::Unreadable;
            c.errorNumber = errno;
            break;
        }
        if (n == 0)
            break;
        got += n;
    }
    ::close(fd);
    if (got > maxBytes) {
        c.status = Status::TooLarge;
        got = maxBytes;
    }
    c.bytes.truncate(got);
    return c;
}

RegularFile::Contents RegularFile::readAt(int dirFd, const char *name, qint64 maxBytes)
{
    Contents c;
    int fd;
    do {
        fd = ::openat(dirFd, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int err = errno;
        c.errorNumber = err;
        if (err == ENOENT || err == ENOTDIR) {
            c.status = Status::Missing;
        } else if (err == ELOOP || err == ENXIO || err == EWOULDBLOCK) {
            struct stat st {};
            if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode)) {
                c.status = Status::NotRegular;
                c.typeName = nameOfType(st.st_mode);
            } else {
                c.status = Status::Unreadable;
            }
        } else {
            c.status = Status::Unreadable;
        }
        return c;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        c.errorNumber = errno;
        c.status = S_ISREG(st.st_mode) || st.st_mode == 0 ? Status::Unreadable : Status::NotRegular;
        if (c.status == Status::NotRegular)
            c.typeName = nameOfType(st.st_mode);
        ::close(fd);
        return c;
    }
    // One byte more than allowed tells "exactly maxBytes" from "too large"; one more than the
    // file's size tells a file that grew meanwhile.
    const qint64 want = std::min<qint64>(qint64(st.st_size), maxBytes) + 1;
    c.bytes.resize(want);
    qint64 got = 0;
    c.status = Status::Ok;
    while (got < want) {
        const ssize_t n = ::read(fd, c.bytes.data() + got, size_t(want - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            c.status = Status::Unreadable;
            c.errorNumber = errno;
            break;
        }
        got += n;
        if (n == 0 || (got < want && got >= qint64(st.st_size)))
            break; // the end of a regular file: no second read needed to see it
    }
    ::close(fd);
    if (got > maxBytes) {
        c.status = Status::TooLarge;
        got = maxBytes;
    }
    c.bytes.truncate(got);
    return c;
}

RegularFile::Status RegularFile::open(const QString &path, QFile *file, int *errorNumber, QString *typeName)
{
    Status status = Status::Missing;
    const int fd = openFd(path, &status, errorNumber, typeName);
    if (fd < 0)
        return status;
    file->setFileName(path);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        if (errorNumber)
            *errorNumber = EIO;
        return Status::Unreadable;
    }
    return Status::Ok;
}

RegularFile::Status RegularFile::typeOf(const QString &path, QString *typeName)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? Status::Missing : Status::Unreadable;
    if (S_ISREG(st.st_mode))
        return Status::Ok;
    if (typeName)
        *typeName = nameOfType(st.st_mode);
    return Status::NotRegular;
}

} // namespace HubCache
