#include "cachelock.h"

#include "localstorage.h"
#include "logging.h"
#include "ownerproof.h"
#include "regularfile.h"
#include "storage.h"

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

} // namespace

CacheLock::CacheLock(const QString &lockPath, const QString &taskId)
    : m_ownStorage(std::make_unique<LocalStorage>())
    , m_storage(m_ownStorage.get())
    , m_path(lockPath)
    , m_taskId(taskId)
    , m_content(contentFor(taskId))
{
}

CacheLock::CacheLock(Storage &storage, const QString &lockPath, const QString &taskId)
    : m_storage(&storage)
    , m_path(lockPath)
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
    LocalStorage local;
    return readOwner(local, lockPath);
}

std::optional<CacheLock::Owner> CacheLock::readOwner(Storage &storage, const QString &lockPath)
{
    // Never a plain open: a FIFO there would block this process for good (Storage::read checks
    // the type first).
    Error error;
    const QByteArray bytes = storage.read(lockPath, kMaxLockSize, &error);
    if (!error) {
        if (auto owner = parse(bytes))
            return owner;
        Owner unknown;
        unknown.raw = bytes; // a lock we cannot parse still blocks until it is judged stale
        return unknown;
    }
    if (error.code() == ErrorCode::PathNotFound)
        return std::nullopt;
    const Storage::Stat st = storage.stat(lockPath);
    Owner unknown;
    switch (st.type) {
    case Storage::Type::Missing:
        return std::nullopt; // vanished meanwhile
    case Storage::Type::Folder:
        unknown.regularFile = false;
        unknown.typeName = RegularFile::tr("a folder");
        return unknown;
    case Storage::Type::Other:
        unknown.regularFile = false;
        unknown.typeName = st.typeName;
        return unknown;
    case Storage::Type::File:
        break; // too large or unreadable: not a lock we can parse
    }
    return unknown;
}

CacheLock::OwnerState CacheLock::ownerState(const Owner &owner, const QString &ownerTempDir)
{
    LocalStorage local;
    return ownerState(local, owner, ownerTempDir);
}

CacheLock::OwnerState CacheLock::ownerState(Storage &storage, const Owner &owner, const QString &ownerTempDir)
{
    if (!owner.regularFile)
        return OwnerState::NotAFile;
    if (!owner.parsed || owner.pid <= 0)
        return OwnerState::Unparseable;
    if (owner.hostname != QSysInfo::machineHostName())
        return OwnerState::Alive; // its PID means nothing here
    // A missing PID proves death only for an owner that provably ran in this PID namespace on this
    // boot: the proof it left in its temp folder must name the same PID.
    std::optional<OwnerProof> proof;
    if (!storage.isRemote()) {
        proof = OwnerProof::read(ownerTempDir);
    } else if (!ownerTempDir.isEmpty()) {
        Error error;
        const QByteArray bytes = storage.read(OwnerProof::pathIn(ownerTempDir), 1024, &error);
        if (!error)
            proof = OwnerProof::parse(bytes);
    }
    const bool running = ::kill(static_cast<pid_t>(owner.pid), 0) == 0 || errno != ESRCH;
    if (proof && proof->pid == owner.pid && proof->isFromThisNamespace()) {
        if (!running)
            return OwnerState::Dead;
        // The PID runs, but is it still the owner? A different start time means it was reused.
        const auto start = OwnerProof::startTimeOf(owner.pid);
        if (start && *start != proof->startTime)
            return OwnerState::Dead;
        return OwnerState::Alive;
    }
    if (storage.isRemote())
        return OwnerState::Alive; // a host name shared by many machines proves nothing remotely
    return running ? OwnerState::Alive : OwnerState::LooksDead;
}

bool CacheLock::tryAcquire(Error *error)
{
    if (error)
        *error = Error();
    if (m_held)
        return true;
    Error createError;
    switch (m_storage->createExclusive(m_path, m_content, &createError)) {
    case Storage::CreateResult::Exists:
        return false;
    case Storage::CreateResult::Failed:
        if (error)
            *error = createError;
        return false;
    case Storage::CreateResult::Created:
        break;
    }
    m_held = true;
    qCDebug(lcCache) << "took lock" << m_path;
    return true;
}

bool CacheLock::breakStaleLock(const QString &lockPath, const QByteArray &staleContent)
{
    LocalStorage local;
    return breakStaleLock(local, lockPath, staleContent);
}

bool CacheLock::breakStaleLock(Storage &storage, const QString &lockPath, const QByteArray &staleContent)
{
    // Removed only if it still holds the stale content: a lock that changed meanwhile belongs to
    // a new owner (locally moved aside, checked and put back; gs://: a generation-matched delete).
    if (!storage.removeIfUnchanged(lockPath, staleContent))
        return false;
    qCInfo(lcCache) << "removed stale lock" << lockPath << "held by" << staleContent;
    return true;
}

bool CacheLock::breakStaleLock(const QString &lockPath, const Owner &stale)
{
    LocalStorage local;
    return breakStaleLock(local, lockPath, stale);
}

bool CacheLock::breakStaleLock(Storage &storage, const QString &lockPath, const Owner &stale)
{
    if (stale.regularFile)
        return breakStaleLock(storage, lockPath, stale.raw);
    if (storage.isRemote()) {
        // gs:// holds only objects: a "folder" there is objects below `<key>.lock/`, which no
        // lock taker ever writes, so removing them cannot remove a real lock.
        const Storage::Stat st = storage.stat(lockPath);
        if (st.type == Storage::Type::File)
            return false;
        const Error e = st.type == Storage::Type::Folder ? storage.removeTree(lockPath) : storage.remove(lockPath);
        qCInfo(lcCache) << "removed" << lockPath << "which was" << stale.typeName << "instead of a lock";
        return !e;
    }
    // Move it aside atomically first, then check that what we moved is still something other
    // than a regular file (anything else is a real lock taken meanwhile); it may be a folder.
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
    const bool removed = !storage.removeTree(aside);
    qCInfo(lcCache) << "removed" << lockPath << "which was" << stale.typeName << "instead of a lock";
    return removed;
}

void CacheLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    Error error;
    const QByteArray now = m_storage->read(m_path, kMaxLockSize, &error);
    if (!error && now == m_content) {
        if (m_storage->removeIfUnchanged(m_path, m_content))
            qCDebug(lcCache) << "released lock" << m_path;
    } else if (!error) {
        qCWarning(lcCache) << "lock" << m_path << "was taken over by another process; leaving it";
    }
}

} // namespace HubCache
