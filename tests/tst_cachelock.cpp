#include "cachelock.h"
#include "deadprocess.h"
#include "fifowatchdog.h"
#include "ownerproof.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace HubCache;
using namespace std::chrono_literals;

class TestCacheLock : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void contentIsPythonCompatible()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.lock"_qs);
        CacheLock lock(path);
        Error e;
        QVERIFY(lock.tryAcquire(&e));
        QVERIFY(!e);
        const QByteArray content = read(path);
        // <hostname>.<pid>.<32 lowercase hex>, no newline.
        const QRegularExpression re(u"^(.+)\\.(\\d+)\\.([0-9a-f]{32})$"_qs);
        const auto m = re.match(QString::fromUtf8(content));
        QVERIFY2(m.hasMatch(), content.constData());
        QCOMPARE(m.captured(1), QSysInfo::machineHostName());
        QCOMPARE(m.captured(2).toLongLong(), QCoreApplication::applicationPid());
        QCOMPARE(m.captured(3), lock.taskId());
    }

    void exclusive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.lock"_qs);
        CacheLock first(path);
        CacheLock second(path);
        Error e;
        QVERIFY(first.tryAcquire(&e));
        QVERIFY(!second.tryAcquire(&e));
        QVERIFY(!e); // held by someone else is not an error
        first.release();
        QVERIFY(!QFile::exists(path));
        QVERIFY(second.tryAcquire(&e));
    }

    void releaseLeavesForeignLockAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.lock"_qs);
        CacheLock lock(path);
        Error e;
        QVERIFY(lock.tryAcquire(&e));
        write(path, "otherhost.1.0123456789abcdef0123456789abcdef"); // taken over meanwhile
        lock.release();
        QVERIFY(QFile::exists(path));
    }

    void parseHostWithDots()
    {
        const auto owner = CacheLock::parse("node-1.cluster.example.com.4321.0123456789abcdef0123456789abcdef");
        QVERIFY(owner);
        QCOMPARE(owner->hostname, u"node-1.cluster.example.com"_qs);
        QCOMPARE(owner->pid, 4321);
        QCOMPARE(owner->taskId, u"0123456789abcdef0123456789abcdef"_qs);
        QVERIFY(!CacheLock::parse("garbage"));
    }

    static CacheLock::Owner ownerOnThisHost(qint64 pid)
    {
        CacheLock::Owner owner;
        owner.hostname = QSysInfo::machineHostName();
        owner.pid = pid;
        owner.taskId = u"0123456789abcdef0123456789abcdef"_qs;
        owner.raw = owner.hostname.toUtf8() + '.' + QByteArray::number(pid) + '.' + owner.taskId.toLatin1();
        owner.parsed = true;
        return owner;
    }

    // What a hubcache downloader leaves in its temp folder, for another process `pid`.
    static void writeProof(const QString &tempDir, qint64 pid, quint64 startTime)
    {
        auto proof = OwnerProof::current();
        QVERIFY(proof);
        proof->pid = pid;
        proof->startTime = startTime;
        QVERIFY(QDir().mkpath(tempDir));
        QVERIFY(proof->write(tempDir));
    }

    void ownerProvenDeadInThisNamespace()
    {
        QTemporaryDir dir;
        const QString temp = dir.filePath(u"k.0123456789abcdef0123456789abcdef.tmp"_qs);
        const qint64 dead = HubCacheTest::deadPid();
        writeProof(temp, dead, 12345);
        QCOMPARE(CacheLock::ownerState(ownerOnThisHost(dead), temp), CacheLock::OwnerState::Dead);
        // This process is alive, proof or not.
        QCOMPARE(CacheLock::ownerState(ownerOnThisHost(QCoreApplication::applicationPid()), temp),
                 CacheLock::OwnerState::Alive);
    }

    void missingPidWithoutProofOnlyLooksDead()
    {
        // What a download in a container sharing our host name (or a Python download) leaves:
        // its PID means nothing here, so it must not be declared dead.
        QTemporaryDir dir;
        const QString temp = dir.filePath(u"k.0123456789abcdef0123456789abcdef.tmp"_qs);
        QVERIFY(QDir().mkpath(temp));
        const qint64 dead = HubCacheTest::deadPid();
        QCOMPARE(CacheLock::ownerState(ownerOnThisHost(dead), temp), CacheLock::OwnerState::LooksDead);
        QCOMPARE(CacheLock::ownerState(ownerOnThisHost(dead), QString()), CacheLock::OwnerState::LooksDead);

        // A proof from another PID namespace, or from before a reboot, proves nothing here.
        auto proof = OwnerProof::current();
        QVERIFY(proof);
        proof->pid = dead;
        proof->pidNamespace += 1;
        QVERIFY(proof->write(temp));
        QCOMPARE(CacheLock::ownerState(ownerOnThisHost(dead), temp), CacheLock::OwnerState::LooksDead);
        proof = OwnerProof::current();
        proof->pid = dead;
        proof->bootId = "00000000-0000-0000-0000-000000000000";
        QVERIFY(proof->write(temp));
        QCOMPARE(CacheLock::ownerState(ownerOnThisHost(dead), temp), CacheLock::OwnerState::LooksDead);
        // Nor does a proof for another PID.
        writeProof(temp, dead + 1, 1);
        QCOMPARE(CacheLock::ownerState(ownerOnThisHost(dead), temp), CacheLock::OwnerState::LooksDead);

        // A process on another host cannot be checked at all.
        CacheLock::Owner far = ownerOnThisHost(dead);
        far.hostname = u"some-other-host.invalid"_qs;
        QCOMPARE(CacheLock::ownerState(far, temp), CacheLock::OwnerState::Alive);
    }

    void reusedPidCountsAsDead()
    {
        QProcess sleeper;
        sleeper.start(u"sleep"_qs, {u"30"_qs});
        QVERIFY(sleeper.waitForStarted());
        const qint64 pid = sleeper.processId();
        const auto start = OwnerProof::startTimeOf(pid);
        QVERIFY(start);
        QTemporaryDir dir;
        const QString temp = dir.filePath(u"k.0123456789abcdef0123456789abcdef.tmp"_qs);
        writeProof(temp, pid, *start);
        QCOMPARE(CacheLock::ownerState(ownerOnThisHost(pid), temp), CacheLock::OwnerState::Alive);
        // The owner that wrote the proof started at another time: its PID now belongs to someone else.
        writeProof(temp, pid, *start + 1);
        QCOMPARE(CacheLock::ownerState(ownerOnThisHost(pid), temp), CacheLock::OwnerState::Dead);
        sleeper.kill();
        sleeper.waitForFinished();
    }

    void proofRoundTrip()
    {
        const auto proof = OwnerProof::current();
        QVERIFY(proof);
        QCOMPARE(proof->pid, QCoreApplication::applicationPid());
        QVERIFY(proof->isFromThisNamespace());
        const auto back = OwnerProof::parse(proof->toBytes());
        QVERIFY(back);
        QCOMPARE(back->bootId, proof->bootId);
        QCOMPARE(back->pidNamespace, proof->pidNamespace);
        QCOMPARE(back->startTime, proof->startTime);
        QVERIFY(!OwnerProof::parse("boot_id=x\npid=12\n"));
    }

    void unparseableLockIsNotADownload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.lock"_qs);
        write(path, "garbage");
        const auto owner = CacheLock::readOwner(path);
        QVERIFY(owner);
        QVERIFY(!owner->parsed);
        QCOMPARE(owner->raw, QByteArray("garbage"));
        QCOMPARE(CacheLock::ownerState(*owner, QString()), CacheLock::OwnerState::Unparseable);
    }

    void fifoLockNeverBlocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.lock"_qs);
        QVERIFY(HubCacheTest::makeFifo(path));
        std::optional<CacheLock::Owner> owner;
        {
            HubCacheTest::FifoWatchdog watchdog({path}, 5s);
            owner = CacheLock::readOwner(path);
            QVERIFY2(!watchdog.fired(), "reading a FIFO lock blocked");
        }
        QVERIFY(owner);
        QVERIFY(!owner->regularFile);
        QCOMPARE(owner->typeName, u"a FIFO"_qs);
        QCOMPARE(CacheLock::ownerState(*owner, QString()), CacheLock::OwnerState::NotAFile);
        // Nobody else can take the lock while the FIFO is there; breaking it removes it.
        CacheLock lock(path);
        Error e;
        QVERIFY(!lock.tryAcquire(&e));
        {
            HubCacheTest::FifoWatchdog watchdog({path}, 5s);
            QVERIFY(CacheLock::breakStaleLock(path, *owner));
            QVERIFY2(!watchdog.fired(), "breaking a FIFO lock blocked");
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(lock.tryAcquire(&e));
        // A real lock that replaced it meanwhile is never removed as a broken one.
        QVERIFY(!CacheLock::breakStaleLock(path, *owner));
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"k.lock"_qs});
    }

    void folderAsLockIsRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.lock"_qs);
        QVERIFY(QDir().mkpath(path + u"/inside"_qs));
        const auto owner = CacheLock::readOwner(path);
        QVERIFY(owner);
        QCOMPARE(CacheLock::ownerState(*owner, QString()), CacheLock::OwnerState::NotAFile);
        QVERIFY(CacheLock::breakStaleLock(path, *owner));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void breakStaleLockOnlyIfUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.lock"_qs);
        write(path, "h.1.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        // The lock changed hands since we judged it stale: it must survive.
        QVERIFY(!CacheLock::breakStaleLock(path, "h.1.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        QCOMPARE(read(path), QByteArray("h.1.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"k.lock"_qs});
        QVERIFY(CacheLock::breakStaleLock(path, "h.1.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void uncreatableLockIsAnError()
    {
        // The cache "folder" is a file: the lock cannot be created, and that is an error that
        // names the path, not a lock held by someone else.
        QTemporaryDir dir;
        write(dir.filePath(u"cache"_qs), "not a folder");
        const QString path = dir.filePath(u"cache/k.lock"_qs);
        CacheLock lock(path);
        Error e;
        QVERIFY(!lock.tryAcquire(&e));
        QCOMPARE(e.code(), ErrorCode::FileError);
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
    }
};

QTEST_GUILESS_MAIN(TestCacheLock)
#include "tst_cachelock.moc"
