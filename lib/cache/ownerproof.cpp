#include "ownerproof.h"

#include "logging.h"
#include "regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>

namespace HubCache {

namespace {

// Hidden, so that `ls` of a temp folder looks like the model being extracted.
constexpr auto kFileName = "/.hubcache-owner";

QByteArray currentBootId()
{
    static const QByteArray id = [] {
        const auto c = RegularFile::read(QStringLiteral("/proc/sys/kernel/random/boot_id"), 128);
        return c.status == RegularFile::Status::Ok ? c.bytes.trimmed() : QByteArray();
    }();
    return id;
}

quint64 currentPidNamespace()
{
    // Not cached: the namespace is a property of the process, and a test may fork.
    struct stat st {};
    if (::stat("/proc/self/ns/pid", &st) != 0)
        return 0;
    return quint64(st.st_ino);
}

} // namespace

std::optional<quint64> OwnerProof::startTimeOf(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    const auto c = RegularFile::read(QStringLiteral("/proc/%1/stat").arg(pid), 4096);
    if (c.status != RegularFile::Status::Ok)
        return std::nullopt;
    // "pid (comm) state ppid ..." — comm may hold spaces and parentheses: fields restart after the
    // last ')'. Field 3 (state) is the first one there, so field 22 is the 20th.
    const int close = c.bytes.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = c.bytes.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return std::nullopt;
    bool ok = false;
    const quint64 t = fields.at(19).toULongLong(&ok);
    return ok ? std::optional<quint64>(t) : std::nullopt;
}

std::optional<OwnerProof> OwnerProof::current()
{
    OwnerProof p;
    p.bootId = currentBootId();
    p.pidNamespace = currentPidNamespace();
    p.pid = QCoreApplication::applicationPid();
    const auto start = startTimeOf(p.pid);
    if (p.bootId.isEmpty() || p.pidNamespace == 0 || !start)
        return std::nullopt;
    p.startTime = *start;
    return p;
}

std::optional<OwnerProof> OwnerProof::parse(const QByteArray &bytes)
{
    OwnerProof p;
    bool okNs = false, okPid = false, okStart = false;
    for (const QByteArray &line : bytes.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = line.left(eq);
        const QByteArray value = line.mid(eq + 1).trimmed();
        if (name == "boot_id")
            p.bootId = value;
        else if (name == "pid_ns")
            p.pidNamespace = value.toULongLong(&okNs);
        else if (name == "pid")
            p.pid = value.toLongLong(&okPid);
        else if (name == "start_time")
            p.startTime = value.toULongLong(&okStart);
    }
    if (p.bootId.isEmpty() || !okNs || !okPid || !okStart || p.pid <= 0)
        return std::nullopt;
    return p;
}

QString OwnerProof::pathIn(const QString &tempDir)
{
    return tempDir + QLatin1String(kFileName);
}

std::optional<OwnerProof> OwnerProof::read(const QString &tempDir)
{
    if (tempDir.isEmpty())
        return std::nullopt;
    const auto c = RegularFile::read(pathIn(tempDir), 1024);
    if (c.status != RegularFile::Status::Ok)
        return std::nullopt;
    return parse(c.bytes);
}

QByteArray OwnerProof::toBytes() const
{
    return "boot_id=" + bootId + "\npid_ns=" + QByteArray::number(pidNamespace) + "\npid="
        + QByteArray::number(pid) + "\nstart_time=" + QByteArray::number(startTime) + '\n';
}

bool OwnerProof::write(const QString &tempDir) const
{
    QSaveFile file(pathIn(tempDir));
    const QByteArray bytes = toBytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcCache) << "could not write" << pathIn(tempDir) << "- others wait longer to take over";
        return false;
    }
    return true;
}

void OwnerProof::remove(const QString &tempDir)
{
    QFile::remove(pathIn(tempDir));
}

void OwnerProof::touch(const QString &tempDir)
{
    (void)::utimensat(AT_FDCWD, QFile::encodeName(pathIn(tempDir)).constData(), nullptr, AT_SYMLINK_NOFOLLOW);
}

bool OwnerProof::isFromThisNamespace() const
{
    const QByteArray ourBoot = currentBootId();
    const quint64 ourNs = currentPidNamespace();
    return !ourBoot.isEmpty() && ourNs != 0 && bootId == ourBoot && pidNamespace == ourNs;
}

} // namespace HubCache
