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
        QSignalSpy cancelledBatches(cancelled, &CacheScanJob::entriesFound);
        cancelled->start();
        cancelled->cancel();
        QCOMPARE(cancelledResult.size(), 1);
        QCOMPARE(cancelled->error().code(), ErrorCode::Cancelled);
        QTest::qWait(50);
        QCOMPARE(cancelledResult.size(), 1);
        QCOMPARE(cancelledBatches.size(), 0); // nothing after the result
        delete cancelled;
        auto *dropped = new CacheScanJob(dir.path());
        dropped->start();
        delete dropped;
    }

    // A large cache is handed out in batches while it is scanned; together they are the result.
    void batchesAddUpToTheFullList()
    {
        QTemporaryDir dir;
        const ModelCache cache(dir.path());
        const QString model = addModel(dir.path(), u"https://example.com/model/1"_qs);
        const int count = int(CacheScanJob::kBatchSize) * 2 + 100; // more than two full batches
        for (int i = 0; i < count; ++i) {
            const QString handle = u"https://example.com/many/%1"_qs.arg(i);
            const QString entry = cache.entryPath(Handle::cacheKeyFor(handle));
            QVERIFY(QDir().mkpath(entry));
            QFile pb(entry + u"/saved_model.pb"_qs);
            QVERIFY(pb.open(QIODevice::WriteOnly));
            pb.write(QByteArray(i % 3 == 0 ? 0 : 100 + i, 'x')); // some empty files, some with blocks
            pb.close();
            if (i % 2 == 0) {
                Descriptor d = Descriptor::forThisProcess(handle);
                QVERIFY(!d.write(cache.descriptorPath(Handle::cacheKeyFor(handle))));
            }
        }
        QVERIFY(QDir().mkpath(cache.tempPath(model, u"dddddddddddddddddddddddddddddddd"_qs)));

        auto *job = new CacheScanJob(dir.path());
        QSignalSpy batches(job, &CacheScanJob::entriesFound);
        QSignalSpy result(job, &Job::result);
        bool batchAfterResult = false;
        connect(job, &CacheScanJob::entriesFound, this, [&] { batchAfterResult = batchAfterResult || !result.isEmpty(); });
        job->start();
        QVERIFY(result.wait(60000));
        QVERIFY(!job->error());
        QVERIFY(!batchAfterResult);
        QVERIFY2(batches.size() >= 3, qPrintable(QString::number(batches.size())));

        QHash<QString, CacheEntry> found;
        for (const QList<QVariant> &args : std::as_const(batches)) {
            const auto batch = args.at(0).value<QList<CacheEntry>>();
            QVERIFY(batch.size() <= CacheScanJob::kBatchSize);
            for (const CacheEntry &e : batch) {
                QVERIFY2(!found.contains(e.path), qPrintable(e.path)); // each item once
                found.insert(e.path, e);
            }
        }
        const QList<CacheEntry> all = job->entries();
        QCOMPARE(all.size(), count + 2);
        QCOMPARE(found.size(), all.size());
        for (const CacheEntry &e : all) {
            QVERIFY2(found.contains(e.path), qPrintable(e.path));
            const CacheEntry &b = found[e.path];
            QCOMPARE(b.state, e.state);
            QCOMPARE(b.sizeBytes, e.sizeBytes);
            QCOMPARE(b.fileCount, e.fileCount);
            QCOMPARE(b.handle, e.handle);
            QCOMPARE(b.reason, e.reason);
        }
        // And the sorted result is what a direct listing gives.
        const QList<CacheEntry> direct = cache.entries();
        QCOMPARE(direct.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].path, direct[i].path);
            QCOMPARE(all[i].state, direct[i].state);
            QCOMPARE(all[i].sizeBytes, direct[i].sizeBytes);
        }
    }

};

QTEST_GUILESS_MAIN(TestCacheScanJob)
#include "tst_cachescanjob.moc"
