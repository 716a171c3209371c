#include "cachelock.h"
#include "deadprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace HubCache;

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

    void deadOwnerDetection()
    {
        CacheLock::Owner owner;
        owner.hostname = QSysInfo::machineHostName();
        owner.pid = HubCacheTest::deadPid();
        QVERIFY(CacheLock::isOwnerDead(owner));
        owner.pid = QCoreApplication::applicationPid();
        QVERIFY(!CacheLock::isOwnerDead(owner));
        // A process on another host cannot be checked: never declared dead by pid.
        owner.hostname = u"some-other-host.invalid"_qs;
        owner.pid = HubCacheTest::deadPid();
        QVERIFY(!CacheLock::isOwnerDead(owner));
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
