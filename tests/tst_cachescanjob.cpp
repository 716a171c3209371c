#include "cachefixture.h"
#include "cachescanjob.h"
#include "descriptor.h"
#include "handle.h"
#include "modelcache.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace HubCache;

class TestCacheScanJob : public QObject
{
    Q_OBJECT

    static QString addModel(const QString &cacheDir, const QString &handle)
    {
        const QString key = HubCacheTest::addCachedModel(QStringLiteral(HUBCACHE_TEST_DATA_DIR), cacheDir, handle);
        [&] { QVERIFY2(!key.isEmpty(), qPrintable(handle)); }();
        return key;
    }

private Q_SLOTS:
    void listsOffTheCallersThread()
    {
        QTemporaryDir dir;
        const QString good = addModel(dir.path(), u"https://example.com/good/1"_qs);
        const QString broken = addModel(dir.path(), u"https://example.com/broken/1"_qs);
        QVERIFY(QFile::remove(ModelCache(dir.path()).entryPath(broken) + u"/saved_model.pb"_qs));

        auto *job = new CacheScanJob(dir.path());
        QSignalSpy result(job, &Job::result);
        job->start();
        QVERIFY(!job->isFinished()); // start() returns at once; the listing comes later
        QVERIFY(result.wait(10000));
        QCOMPARE(result.size(), 1);
        QVERIFY(!job->error());
        const QList<CacheEntry> scanned = job->entries();
        const QList<CacheEntry> direct = ModelCache(dir.path()).entries();
        QCOMPARE(scanned.size(), 2);
        QCOMPARE(scanned[0].key, broken); // sorted by handle
        QCOMPARE(scanned[0].state, EntryState::Broken);
        QCOMPARE(scanned[1].key, good);
        QCOMPARE(scanned[1].state, EntryState::Complete);
        QCOMPARE(scanned.size(), direct.size());
        for (qsizetype i = 0; i < scanned.size(); ++i) {
            QCOMPARE(scanned[i].key, direct[i].key);
            QCOMPARE(scanned[i].state, direct[i].state);
            QCOMPARE(scanned[i].sizeBytes, direct[i].sizeBytes);
            QCOMPARE(scanned[i].handle, direct[i].handle);
        }

        // Cancelled or dropped while it runs: one Cancelled result, no crash, nothing left running.
        auto *cancelled = new CacheScanJob(dir.path());
        cancelled->setAutoDelete(false);
        QSignalSpy cancelledResult(cancelled, &Job::result);
        cancelled->start();
        cancelled->cancel();
        QCOMPARE(cancelledResult.size(), 1);
        QCOMPARE(cancelled->error().code(), ErrorCode::Cancelled);
        QTest::qWait(50);
        QCOMPARE(cancelledResult.size(), 1);
        delete cancelled;
        auto *dropped = new CacheScanJob(dir.path());
        dropped->start();
        delete dropped;
    }

};

QTEST_GUILESS_MAIN(TestCacheScanJob)
#include "tst_cachescanjob.moc"
