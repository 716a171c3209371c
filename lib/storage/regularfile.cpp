#include "regularfile.h"

#include <QFile>

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
