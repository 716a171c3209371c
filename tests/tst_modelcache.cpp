#include "cachefixture.h"
#include "deadprocess.h"
#include "descriptor.h"
#include "handle.h"
#include "modelcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace HubCache;
using namespace std::chrono_literals;

class TestModelCache : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QString addModel(const QString &cacheDir, const QString &handle)
    {
        const QString key = HubCacheTest::addCachedModel(QStringLiteral(HUBCACHE_TEST_DATA_DIR), cacheDir, handle);
        [&] { QVERIFY2(!key.isEmpty(), qPrintable(handle)); }();
        return key;
    }

private Q_SLOTS:
    void completeAndBrokenEntries()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path());
        const QString good = addModel(dir.path(), u"https://example.com/good/1"_qs);
        QVERIFY(cache.isComplete(good));

        // A temp cleaner removed saved_model.pb: Python would call this a hit.
        const QString halfDeleted = addModel(dir.path(), u"https://example.com/half/1"_qs);
        QVERIFY(QFile::remove(cache.entryPath(halfDeleted) + u"/saved_model.pb"_qs));
        QString reason;
        QVERIFY(!cache.isComplete(halfDeleted, &reason));
        QVERIFY(reason.contains(u"saved_model.pb"_qs));

        const QString noIndex = addModel(dir.path(), u"https://example.com/noindex/1"_qs);
        QVERIFY(QFile::remove(cache.entryPath(noIndex) + u"/variables/variables.index"_qs));
        QVERIFY(!cache.isComplete(noIndex, &reason));
        QVERIFY(reason.contains(u"variables.index"_qs));

        const QString emptyKey = Handle::cacheKeyFor(u"https://example.com/empty/1"_qs);
        QVERIFY(QDir().mkpath(cache.entryPath(emptyKey)));
        QVERIFY(!cache.isComplete(emptyKey, &reason));

        const QList<CacheEntry> entries = cache.entries();
        QCOMPARE(entries.size(), 4);
        QHash<QString, CacheEntry> byKey;
        for (const CacheEntry &e : entries)
            byKey.insert(e.key, e);
        QCOMPARE(byKey[good].state, EntryState::Complete);
        QCOMPARE(byKey[good].handle, u"https://example.com/good/1"_qs);
        QVERIFY(byKey[good].sizeBytes > 0);
        QVERIFY(byKey[good].fileCount >= 3);
        QVERIFY(byKey[good].downloadTime.isValid());
        QCOMPARE(byKey[halfDeleted].state, EntryState::Broken);
        QCOMPARE(byKey[noIndex].state, EntryState::Broken);
        QCOMPARE(byKey[emptyKey].state, EntryState::Broken);
        QVERIFY(byKey[emptyKey].handle.isEmpty()); // no descriptor
    }

    void locksAndTemps()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path(), 60s);
        const QString host = QSysInfo::machineHostName();

        // Dead owner on this host: stale at once.
        const QString deadKey = Handle::cacheKeyFor(u"https://example.com/dead/1"_qs);
        write(cache.lockPath(deadKey), host.toUtf8() + '.' + QByteArray::number(HubCacheTest::deadPid()) + ".aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        write(cache.tempPath(deadKey, u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_qs) + u"/saved_model.pb"_qs, "partial");

        // Live owner (this process): downloading, its temp folder belongs to it.
        const QString liveKey = Handle::cacheKeyFor(u"https://example.com/live/1"_qs);
        write(cache.lockPath(liveKey), host.toUtf8() + '.' + QByteArray::number(QCoreApplication::applicationPid())
                                           + ".bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        write(cache.tempPath(liveKey, u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_qs) + u"/x"_qs, "12345");

        // Another host, no progress for longer than the timeout: stale by time.
        const QString oldKey = Handle::cacheKeyFor(u"https://example.com/old/1"_qs);
        write(cache.lockPath(oldKey), "far.away.7.cccccccccccccccccccccccccccccccc");
        QFile old(cache.lockPath(oldKey));
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        old.close();

        // A temp folder no lock owns (a killed Python download).
        const QString orphanKey = Handle::cacheKeyFor(u"https://example.com/orphan/1"_qs);
        write(cache.tempPath(orphanKey, u"dddddddddddddddddddddddddddddddd"_qs) + u"/variables/v"_qs, "abc");

        QHash<QString, EntryState> states;
        for (const CacheEntry &e : cache.entries())
            states.insert(QFileInfo(e.path).fileName(), e.state);
        QCOMPARE(states.value(deadKey + u".lock"_qs), EntryState::StaleLock);
        QCOMPARE(states.value(deadKey + u".aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.tmp"_qs), EntryState::OrphanedTemp);
        QCOMPARE(states.value(liveKey + u".lock"_qs), EntryState::Downloading);
        QVERIFY(!states.contains(liveKey + u".bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.tmp"_qs));
        QCOMPARE(states.value(oldKey + u".lock"_qs), EntryState::StaleLock);
        QCOMPARE(states.value(orphanKey + u".dddddddddddddddddddddddddddddddd.tmp"_qs), EntryState::OrphanedTemp);

        // Prune removes exactly the stale locks and orphans; the live download is untouched.
        const QList<CacheEntry> prunable = cache.prunable();
        QCOMPARE(prunable.size(), 4);
        for (const CacheEntry &e : prunable)
            QVERIFY2(!cache.prune(e), qPrintable(e.path));
        QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        left.sort();
        QStringList expected{liveKey + u".bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.tmp"_qs, liveKey + u".lock"_qs};
        expected.sort();
        QCOMPARE(left, expected);
    }

    void findByHandleKeyAndPrefix()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path());
        const QString handle = u"https://example.com/find/1"_qs;
        const QString key = addModel(dir.path(), handle);
        QCOMPARE(cache.find(handle)->key, key);
        QCOMPARE(cache.find(key)->key, key);
        QCOMPARE(cache.find(key.left(8))->key, key);
        Error e;
        QVERIFY(!cache.find(u"https://example.com/other/1"_qs, &e));
        QCOMPARE(e.code(), ErrorCode::EntryNotFound);
        QVERIFY(e.message().contains(u"https://example.com/other/1"_qs));
    }

    void removeIsAtomicAndCleansDescriptor()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path());
        const QString key = addModel(dir.path(), u"https://example.com/rm/1"_qs);
        const auto entry = cache.find(key);
        QVERIFY(entry);
        QVERIFY(!cache.remove(*entry));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void removeRefusesWhileDownloading()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path());
        const QString key = addModel(dir.path(), u"https://example.com/busy/1"_qs);
        write(cache.lockPath(key), QSysInfo::machineHostName().toUtf8() + '.'
                                       + QByteArray::number(QCoreApplication::applicationPid())
                                       + ".eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
        const auto entry = cache.find(key);
        QVERIFY(entry);
        const Error e = cache.remove(*entry);
        QCOMPARE(e.code(), ErrorCode::EntryBusy);
        QVERIFY(cache.isComplete(key));
    }

    void ensureWritable()
    {
        QTemporaryDir dir;
        QVERIFY(!ModelCache(dir.filePath(u"new/cache"_qs)).ensureWritable());
        QVERIFY(QFileInfo(dir.filePath(u"new/cache"_qs)).isDir());
        write(dir.filePath(u"file"_qs), "x");
        QCOMPARE(ModelCache(dir.filePath(u"file/cache"_qs)).ensureWritable().code(), ErrorCode::NotWritable);
    }
};

QTEST_GUILESS_MAIN(TestModelCache)
#include "tst_modelcache.moc"
