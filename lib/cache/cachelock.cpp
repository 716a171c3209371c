#include "cachelock.h"

#include "logging.h"
#include "ownerproof.h"
#include "regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace HubCache {

namespace {

// A lock is about 100 bytes; anything longer is not one.
constexpr qint64 kMaxLockSize = 4096;

QByteArray readSmallFile(const QString &path, bool *exists)
{
    const RegularFile::Contents c = RegularFile::read(path, kMaxLockSize);
    if (exists)
        *exists = c.status != RegularFile::Status::Missing;
    return c.bytes;
}

} // namespace

CacheLock::CacheLock(const QString &lockPath, const QString &taskId)
    : m_path(lockPath)
    , m_taskId(taskId)
    , m_content(contentFor(taskId))
{
}

CacheLock::~CacheLock()
{
    release();
}

QString CacheLock::newTaskId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QByteArray CacheLock::contentFor(const QString &taskId)
{
    return QSysInfo::machineHostName().toUtf8() + '.'
        + QByteArray::number(QCoreApplication::applicationPid()) + '.' + taskId.toLatin1();
}

std::optional<CacheLock::Owner> CacheLock::parse(const QByteArray &content)
{
    // The hostname may itself contain dots: the task id is after the last dot, the pid before it.
    const QByteArray text = content.trimmed();
    const int lastDot = text.lastIndexOf('.');
    if (lastDot <= 0)
        return std::nullopt;
    const int pidDot = text.lastIndexOf('.', lastDot - 1);
    if (pidDot <= 0)
        return std::nullopt;
    bool ok = false;
    Owner owner;
    owner.pid = text.mid(pidDot + 1, lastDot - pidDot - 1).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    owner.hostname = QString::fromUtf8(text.left(pidDot));
    owner.taskId = QString::fromLatin1(text.mid(lastDot + 1));
    owner.raw = content;
    owner.parsed = true;
    return owner;
}

std::optional<CacheLock::Owner> CacheLock::readOwner(const QString &lockPath)
{
    // Never a plain open: a FIFO there would block this process for good (see RegularFile).
    const RegularFile::Contents c = RegularFile::read(lockPath, kMaxLockSize);
    if (c.status == RegularFile::Status::Missing)
        return std::nullopt;
    Owner unknown;
    if (c.status == RegularFile::Status::NotRegular) {
        unknown.regularFile = false;
        unknown.typeName = c.typeName;
        return unknown;
    }
    if (c.status == RegularFile::Status::Ok) {
        if (auto owner = parse(c.bytes))
            return owner;
    }
    unknown.raw = c.bytes; // a lock we cannot parse still blocks until it is judged stale
    return unknown;
}

CacheLock::OwnerState CacheLock::ownerState(const Owner &owner, const QString &ownerTempDir)
{
    if (!owner.regularFile)
        return OwnerState::NotAFile;
    if (!owner.parsed || owner.pid <= 0)
        return OwnerState::Unparseable;
    if (owner.hostname != QSysInfo::machineHostName())
        return OwnerState::Alive; // its PID means nothing here
    const bool running = ::kill(static_cast<pid_t>(owner.pid), 0) == 0 || errno != ESRCH;
    // A missing PID proves death only for an owner that provably ran in this PID namespace on this
    // boot: the proof it left in its temp folder must name the same PID.
    const auto proof = OwnerProof::read(ownerTempDir);
    if (proof && proof->pid == owner.pid && proof->isFromThisNamespace()) {
        if (!running)
            return OwnerState::Dead;
        // The PID runs, but is it still the owner? A different start time means it was reused.
        const auto start = OwnerProof::startTimeOf(owner.pid);
        if (start && *start != proof->startTime)
            return OwnerState::Dead;
        return OwnerState::Alive;
    }
    return running ? OwnerState::Alive : OwnerState::LooksDead;
}

bool CacheLock::tryAcquire(Error *error)
{
    if (error)
        *error = Error();
    if (m_held)
        return true;
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
        if (errno == EEXIST)
            return false;
        if (error)
            *error = Error::fromSystemError(errno, m_path);
        return false;
    }
    qsizetype written = 0;
    while (written < m_content.size()) {
        const ssize_t n = ::write(fd, m_content.constData() + written, size_t(m_content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno ? errno : EIO;
            ::close(fd);
            ::unlink(path.constData());
            if (error)
                *error = Error::fromSystemError(err, m_path);
            return false;
        }
        written += n;
    }
    ::close(fd);
    m_held = true;
    qCDebug(lcCache) << "took lock" << m_path;
    return true;
}

bool CacheLock::breakStaleLock(const QString &lockPath, const QByteArray &staleContent)
{
    // Move the lock aside atomically first, then look at what we moved: if it was not the stale
    // lock (its owner finished and a new owner took it in between), put it back.
    const QString aside = lockPath + QLatin1Char('.') + newTaskId() + QStringLiteral(".stale");
    const QByteArray from = QFile::encodeName(lockPath);
    const QByteArray to = QFile::encodeName(aside);
    if (::rename(from.constData(), to.constData()) != 0)
        return errno == ENOENT; // already gone: as good as broken
    const QByteArray moved = readSmallFile(aside, nullptr);
    if (moved != staleContent) {
        // link() fails if a lock exists again, which keeps the newer one.
        if (::link(to.constData(), from.constData()) != 0)
            qCWarning(lcCache) << "could not restore lock" << lockPath << "moved aside by mistake";
        ::unlink(to.constData());
        return false;
    }
    ::unlink(to.constData());
    qCInfo(lcCache) << "removed stale lock" << lockPath << "held by" << staleContent;
    return true;
}

bool CacheLock::breakStaleLock(const QString &lockPath, const Owner &stale)
{
    if (stale.regularFile)
        return breakStaleLock(lockPath, stale.raw);
    // Same dance as above, but what we moved must still be something other than a regular file
    // (anything else is a real lock taken meanwhile) and may be a folder.
    const QString aside = lockPath + QLatin1Char('.') + newTaskId() + QStringLiteral(".stale");
    const QByteArray from = QFile::encodeName(lockPath);
    const QByteArray to = QFile::encodeName(aside);
    if (::rename(from.constData(), to.constData()) != 0)
        return errno == ENOENT;
    if (RegularFile::typeOf(aside) == RegularFile::Status::Ok) {
        if (::link(to.constData(), from.constData()) != 0)
            qCWarning(lcCache) << "could not restore lock" << lockPath << "moved aside by mistake";
        ::unlink(to.constData());
        return false;
    }
    struct stat st {};
    const bool isDir = ::lstat(to.constData(), &st) == 0 && S_ISDIR(st.st_mode);
    const bool removed = isDir ? QDir(aside).removeRecursively() : ::unlink(to.constData()) == 0;
    qCInfo(lcCache) << "removed" << lockPath << "which was" << stale.typeName << "instead of a lock";
    return removed;
}

void CacheLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    bool exists = false;
    if (readSmallFile(m_path, &exists) == m_content) {
        QFile::remove(m_path);
        qCDebug(lcCache) << "released lock" << m_path;
    } else if (exists) {
        qCWarning(lcCache) << "lock" << m_path << "was taken over by another process; leaving it";
    }
}

} // namespace HubCache
