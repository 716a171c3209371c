#include "cachefixture.h"
#include "deadprocess.h"
#include "fifowatchdog.h"
#include "ownerproof.h"
#include "descriptor.h"
#include "handle.h"
#include "cachefoldercheck.h"
#include "cachelock.h"
#include "localstorage.h"
#include "storagereader.h"
#include "storagewriter.h"
#include "modelcache.h"
#include "modelfolder.h"
#include "savedmodelreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace HubCache;
using namespace std::chrono_literals;

namespace {

// A local folder that the protocol must treat as remote storage: no PIDs to check, completeness
// and sizes from listings, no local-only checks. It runs ModelCache's and CacheLock's remote
// paths on real files.
class RemoteLikeStorage final : public Storage
{
public:
    [[nodiscard]] bool isRemote() const override { return true; }
    [[nodiscard]] Stat stat(const QString &l, Error *e = nullptr) override { return m_local.stat(l, e); }
    [[nodiscard]] QList<Item> list(const QString &f, ListMode m, Error *e = nullptr) override
    {
        ++listCalls;
        return m_local.list(f, m, e);
    }
    [[nodiscard]] QByteArray read(const QString &l, qint64 max, Error *e = nullptr) override
    {
        return m_local.read(l, max, e);
    }
    [[nodiscard]] Error write(const QString &l, const QByteArray &b) override { return m_local.write(l, b); }
    [[nodiscard]] CreateResult createExclusive(const QString &l, const QByteArray &b, Error *e = nullptr) override
    {
        return m_local.createExclusive(l, b, e);
    }
    [[nodiscard]] bool removeIfUnchanged(const QString &l, const QByteArray &b) override
    {
        return m_local.removeIfUnchanged(l, b);
    }
    [[nodiscard]] Error remove(const QString &l) override { return m_local.remove(l); }
    [[nodiscard]] Error removeTree(const QString &f) override { return m_local.removeTree(f); }
    [[nodiscard]] Error makeFolder(const QString &) override { return {}; } // implicit, as on gs://
    [[nodiscard]] Error moveTree(const QString &from, const QString &to) override { return m_local.moveTree(from, to); }
    [[nodiscard]] std::unique_ptr<StorageWriter> openWriter(const QString &l, Error *e = nullptr) override
    {
        return m_local.openWriter(l, e);
    }
    [[nodiscard]] std::unique_ptr<StorageReader> openReader(const QString &l, Error *e = nullptr) override
    {
        return m_local.openReader(l, e);
    }
    void cancel() override { m_local.cancel(); }

    int listCalls = 0;

private:
    LocalStorage m_local;
};

} // namespace

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

    // The proof a hubcache downloader in this PID namespace leaves in its temp folder, for `pid`.
    static void writeProof(const QString &tempDir, qint64 pid)
    {
        auto proof = OwnerProof::current();
        QVERIFY(proof);
        proof->pid = pid;
        QVERIFY(proof->write(tempDir));
    }
    static void age(const QString &path, int seconds)
    {
        // Folders too, which QFile cannot open.
        struct timespec times[2];
        times[0].tv_nsec = UTIME_OMIT;
        times[1].tv_sec = ::time(nullptr) - seconds;
        times[1].tv_nsec = 0;
        QVERIFY2(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW) == 0,
                 qPrintable(path));
    }
    static void ageTree(const QString &path, int seconds)
    {
        QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            age(it.next(), seconds);
        age(path, seconds);
    }
    static CacheEntry entryFor(const ModelCache &cache, const QString &path)
    {
        for (const CacheEntry &e : cache.entries()) {
            if (e.path == path)
                return e;
        }
        return {};
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

    // A cache folder the user made a link to (~/models -> /data/models) lists what is in it; a link
    // inside the cache is never followed.
    void cacheFolderThatIsALink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(u"real"_qs);
        const QString link = dir.filePath(u"link"_qs);
        QVERIFY(QDir().mkpath(real));
        QVERIFY(QFile::link(real, link));
        const QString key = addModel(real, u"https://example.com/linked/1"_qs);
        const QString outside = dir.filePath(u"outside"_qs);
        QVERIFY(QDir().mkpath(outside));
        const QString linkedKey = Handle::cacheKeyFor(u"https://example.com/planted/1"_qs);
        QVERIFY(QFile::link(outside, real + u'/' + linkedKey));

        const QList<CacheEntry> entries = ModelCache(link).entries();
        QHash<QString, CacheEntry> byKey;
        for (const CacheEntry &e : entries)
            byKey.insert(e.key, e);
        QVERIFY2(byKey.contains(key), "the entry behind the linked cache folder is missing");
        QCOMPARE(byKey[key].state, EntryState::Complete);
        QCOMPARE(byKey[key].handle, u"https://example.com/linked/1"_qs);
        QVERIFY(byKey[key].sizeBytes > 0);
        QVERIFY(byKey[linkedKey].state != EntryState::Complete); // a link in the cache is no model
    }

    void locksAndTemps()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path(), 60s);
        const QString host = QSysInfo::machineHostName();

        // Owner proven dead on this host (hubcache's proof in its temp folder): stale at once.
        const QString deadKey = Handle::cacheKeyFor(u"https://example.com/dead/1"_qs);
        const qint64 deadPid = HubCacheTest::deadPid();
        write(cache.lockPath(deadKey), host.toUtf8() + '.' + QByteArray::number(deadPid) + ".aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        write(cache.tempPath(deadKey, u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_qs) + u"/saved_model.pb"_qs, "partial");
        writeProof(cache.tempPath(deadKey, u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_qs), deadPid);

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

    // A lock naming a PID that is not running here, written by a download in another PID namespace
    // (a container with this host name): no proof, or a proof from another namespace or boot.
    void unprovableDeadOwnerIsStaleOnlyWhenItsDownloadStopped_data()
    {
        QTest::addColumn<int>("proof");
        QTest::newRow("no proof (Python, or another container)") << 0;
        QTest::newRow("proof from another PID namespace") << 1;
        QTest::newRow("proof from another boot") << 2;
    }
    void unprovableDeadOwnerIsStaleOnlyWhenItsDownloadStopped()
    {
        QFETCH(int, proof);
        QTemporaryDir dir;
        ModelCache cache(dir.path(), 600s, 2s);
        const QString key = Handle::cacheKeyFor(u"https://example.com/container/1"_qs);
        const QString task = u"abababababababababababababababab"_qs;
        const qint64 pid = HubCacheTest::deadPid();
        write(cache.lockPath(key), QSysInfo::machineHostName().toUtf8() + '.' + QByteArray::number(pid) + '.' + task.toLatin1());
        const QString temp = cache.tempPath(key, task);
        write(temp + u"/variables/variables.data-00000-of-00001"_qs, "growing");
        if (proof > 0) {
            auto p = OwnerProof::current();
            QVERIFY(p);
            p->pid = pid;
            if (proof == 1)
                p->pidNamespace += 1;
            else
                p->bootId = "00000000-0000-0000-0000-000000000000";
            QVERIFY(p->write(temp));
        }
        // The lock is old, but the download is writing right now: it is live, whatever the PID says.
        age(cache.lockPath(key), 3600);
        QCOMPARE(entryFor(cache, cache.lockPath(key)).state, EntryState::Downloading);
        QVERIFY(cache.prunable().isEmpty());
        QVERIFY(cache.remove(*cache.find(key)));
        QVERIFY(QFile::exists(temp + u"/variables/variables.data-00000-of-00001"_qs));

        // Once it has not changed for the grace, it is stale (not after Python's 10 minutes).
        ageTree(temp, 3);
        const CacheEntry stale = entryFor(cache, cache.lockPath(key));
        QCOMPARE(stale.state, EntryState::StaleLock);
        QVERIFY2(stale.reason.contains(u"not running here"_qs), qPrintable(stale.reason));
        const QList<CacheEntry> prunable = cache.prunable(); // the lock and its temp folder
        QCOMPARE(prunable.size(), 2);
        for (const CacheEntry &e : prunable)
            QVERIFY2(!cache.prune(e), qPrintable(e.path));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void provenDeadOwnerIsStaleAtOnce()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path(), 600s, 600s);
        const QString key = Handle::cacheKeyFor(u"https://example.com/proven/1"_qs);
        const QString task = u"cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd"_qs;
        const qint64 pid = HubCacheTest::deadPid();
        write(cache.lockPath(key), QSysInfo::machineHostName().toUtf8() + '.' + QByteArray::number(pid) + '.' + task.toLatin1());
        write(cache.tempPath(key, task) + u"/x"_qs, "fresh");
        writeProof(cache.tempPath(key, task), pid);
        const CacheEntry e = entryFor(cache, cache.lockPath(key));
        QCOMPARE(e.state, EntryState::StaleLock);
        QVERIFY2(e.reason.contains(u"is gone"_qs), qPrintable(e.reason));
    }

    void unparseableLockIsReportedAndStaleAfterTheGrace()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path(), 600s, 2s);
        const QString key = Handle::cacheKeyFor(u"https://example.com/garbage/1"_qs);
        write(cache.lockPath(key), "garbage");
        const CacheEntry young = entryFor(cache, cache.lockPath(key));
        QCOMPARE(young.state, EntryState::Downloading); // not stale before the grace
        QVERIFY2(young.reason.contains(u"does not hold a download lock"_qs), qPrintable(young.reason));
        age(cache.lockPath(key), 3);
        const CacheEntry e = entryFor(cache, cache.lockPath(key));
        QCOMPARE(e.state, EntryState::StaleLock);
        QVERIFY2(e.reason.contains(key + u".lock does not hold a download lock (content 'garbage')"_qs), qPrintable(e.reason));
        QVERIFY(!cache.prune(e));
        QVERIFY(!QFileInfo::exists(cache.lockPath(key)));
    }

    // A FIFO named like a lock or a descriptor: opening it for reading would block forever.
    void fifoLockAndDescriptorNeverBlock()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path());
        const QString handle = u"https://example.com/fifo/1"_qs;
        const QString key = addModel(dir.path(), handle);
        const QString other = Handle::cacheKeyFor(u"https://example.com/fifo/2"_qs);
        QVERIFY(QFile::remove(cache.descriptorPath(key)));
        const QStringList fifos{cache.lockPath(key), cache.descriptorPath(key), cache.lockPath(other),
                                cache.descriptorPath(other)};
        for (const QString &fifo : fifos)
            QVERIFY(HubCacheTest::makeFifo(fifo));
        HubCacheTest::FifoWatchdog watchdog(fifos, 10s);

        QHash<QString, CacheEntry> rows;
        for (const CacheEntry &e : cache.entries())
            rows.insert(e.path, e);
        QVERIFY2(!watchdog.fired(), "entries() blocked on a FIFO");
        QCOMPARE(rows.value(cache.entryPath(key)).state, EntryState::Complete);
        for (const QString &lock : {cache.lockPath(key), cache.lockPath(other)}) {
            QCOMPARE(rows.value(lock).state, EntryState::StaleLock);
            QVERIFY2(rows.value(lock).reason.contains(u"is a FIFO, not a download lock"_qs), qPrintable(rows.value(lock).reason));
        }
        for (const QString &descriptor : {cache.descriptorPath(key), cache.descriptorPath(other)}) {
            QCOMPARE(rows.value(descriptor).state, EntryState::Broken);
            QVERIFY2(rows.value(descriptor).reason.contains(u"is a FIFO, not a descriptor"_qs),
                     qPrintable(rows.value(descriptor).reason));
        }

        // rm of the model takes over the junk lock and removes the descriptor with the folder.
        const auto model = cache.find(key);
        QVERIFY2(!watchdog.fired(), "find() blocked on a FIFO");
        QVERIFY(model);
        QCOMPARE(model->path, cache.entryPath(key));
        const Error removed = cache.remove(*model);
        QVERIFY2(!removed, qPrintable(removed.message()));
        QVERIFY(!QFileInfo::exists(cache.entryPath(key)));
        QVERIFY(!QFileInfo::exists(cache.descriptorPath(key)));

        // prune removes the rest.
        const QList<CacheEntry> prunable = cache.prunable();
        QCOMPARE(prunable.size(), 2);
        for (const CacheEntry &e : prunable)
            QVERIFY2(!cache.prune(e), qPrintable(e.path));
        QVERIFY2(!watchdog.fired(), "remove() or prune() blocked on a FIFO");
        QVERIFY2(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 qPrintable(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
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

    void oneDefinitionOfComplete()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path());
        // A TFLite model: a top-level regular *.tflite.
        const QString lite = Handle::cacheKeyFor(u"https://example.com/lite/1"_qs);
        write(cache.entryPath(lite) + u"/model.tflite"_qs, "TFL3");
        QString reason;
        QVERIFY2(cache.isComplete(lite, &reason), qPrintable(reason));
        ModelFolder::Kind kind = ModelFolder::Kind::None;
        QVERIFY(ModelFolder::isComplete(cache.entryPath(lite), nullptr, &kind));
        QCOMPARE(kind, ModelFolder::Kind::TFLite);
        // A TF1 Hub module.
        const QString module = Handle::cacheKeyFor(u"https://example.com/module/1"_qs);
        write(cache.entryPath(module) + u"/tfhub_module.pb"_qs, "x");
        QVERIFY(cache.isComplete(module));

        // saved_model.pb as a folder: no model, and the reason says why.
        const QString folderPb = addModel(dir.path(), u"https://example.com/folderpb/1"_qs);
        QVERIFY(QFile::remove(cache.entryPath(folderPb) + u"/saved_model.pb"_qs));
        QVERIFY(QDir().mkpath(cache.entryPath(folderPb) + u"/saved_model.pb/x"_qs));
        QVERIFY(!cache.isComplete(folderPb, &reason));
        QVERIFY2(reason.contains(u"saved_model.pb"_qs) && reason.contains(u"folder"_qs), qPrintable(reason));
        Error readError;
        (void)SavedModelReader::readDirectory(cache.entryPath(folderPb), &readError);
        QCOMPARE(readError.code(), ErrorCode::NoSavedModel); // info agrees: there is none
        // A symlinked model file is not followed out of the entry.
        const QString linked = Handle::cacheKeyFor(u"https://example.com/linked/1"_qs);
        QVERIFY(QDir().mkpath(cache.entryPath(linked)));
        QCOMPARE(::symlink(QFile::encodeName(cache.entryPath(lite) + u"/model.tflite"_qs).constData(),
                           QFile::encodeName(cache.entryPath(linked) + u"/model.tflite"_qs).constData()), 0);
        QVERIFY(!cache.isComplete(linked, &reason));
        QVERIFY2(reason.contains(u"symbolic link"_qs), qPrintable(reason));
        // A FIFO as the variables index (a reader would hang on it).
        const QString fifoIndex = addModel(dir.path(), u"https://example.com/fifoindex/1"_qs);
        const QString index = cache.entryPath(fifoIndex) + u"/variables/variables.index"_qs;
        QVERIFY(QFile::remove(index));
        QCOMPARE(::mkfifo(QFile::encodeName(index).constData(), 0644), 0);
        QVERIFY(!cache.isComplete(fifoIndex, &reason));
        QVERIFY2(reason.contains(u"FIFO"_qs), qPrintable(reason));

        QHash<QString, CacheEntry> byKey;
        for (const CacheEntry &e : cache.entries())
            byKey.insert(e.key, e);
        QCOMPARE(byKey[lite].state, EntryState::Complete);
        QCOMPARE(byKey[module].state, EntryState::Complete);
        QCOMPARE(byKey[folderPb].state, EntryState::Broken);
        QCOMPARE(byKey[linked].state, EntryState::Broken);
        QCOMPARE(byKey[fifoIndex].state, EntryState::Broken);
    }

    void entryPathOfTheWrongType()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        ModelCache cache(dir.path());
        const QString target = addModel(outside.path(), u"https://example.com/target/1"_qs);
        const QString targetPath = outside.path() + u'/' + target;
        const QString dangling = Handle::cacheKeyFor(u"https://example.com/dangling/1"_qs);
        const QString toModel = Handle::cacheKeyFor(u"https://example.com/tomodel/1"_qs);
        const QString file = Handle::cacheKeyFor(u"https://example.com/file/1"_qs);
        const QString fifo = Handle::cacheKeyFor(u"https://example.com/fifo/1"_qs);
        QCOMPARE(::symlink("/nonexistent/x", QFile::encodeName(cache.entryPath(dangling)).constData()), 0);
        QCOMPARE(::symlink(QFile::encodeName(targetPath).constData(), QFile::encodeName(cache.entryPath(toModel)).constData()), 0);
        write(cache.entryPath(file), "not a folder");
        QCOMPARE(::mkfifo(QFile::encodeName(cache.entryPath(fifo)).constData(), 0644), 0);

        const QList<CacheEntry> entries = cache.entries();
        QCOMPARE(entries.size(), 4);
        QHash<QString, CacheEntry> byKey;
        for (const CacheEntry &e : entries)
            byKey.insert(e.key, e);
        QCOMPARE(byKey[dangling].state, EntryState::Broken);
        QVERIFY2(byKey[dangling].reason.contains(u"a symbolic link, not a folder"_qs), qPrintable(byKey[dangling].reason));
        QCOMPARE(byKey[toModel].state, EntryState::Broken);
        QCOMPARE(byKey[toModel].fileCount, 0); // the link's target is not counted
        QVERIFY(byKey[toModel].sizeBytes < ModelCache::treeSize(targetPath));
        QVERIFY(byKey[file].reason.contains(u"a file, not a folder"_qs));
        QVERIFY(byKey[fifo].reason.contains(u"FIFO"_qs));
        for (const QString &key : {dangling, toModel}) {
            const auto entry = cache.find(key);
            QVERIFY(entry);
            const Error e = cache.remove(*entry);
            QVERIFY2(!e, qPrintable(e.message()));
        }
        // The others are pruned: they can never hold a model.
        const QList<CacheEntry> prunable = cache.prunable();
        QCOMPARE(prunable.size(), 2);
        for (const CacheEntry &item : prunable) {
            QVERIFY(item.key == file || item.key == fifo);
            const Error e = cache.prune(item);
            QVERIFY2(!e, qPrintable(e.message()));
        }
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
        QVERIFY(cache.entries().isEmpty());
        QVERIFY(QFile::exists(targetPath + u"/saved_model.pb"_qs)); // never followed
    }

    // The scan walks each entry once and reads descriptors relative to the folder; every state,
    // reason, size and handle must be what the per-entry calls (the rule on the path, treeSize, the
    // descriptor read by path) give, for every kind of item a cache can hold, and the scan must
    // open no FIFO and follow no link.
    void scanAgreesWithThePerEntryCalls()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        ModelCache cache(dir.path(), 60s);
        const auto key = [](const char *name) { return Handle::cacheKeyFor(u"https://example.com/"_qs + QLatin1String(name)); };
        const QString complete = addModel(dir.path(), u"https://example.com/complete"_qs);
        const QString noDescriptor = addModel(dir.path(), u"https://example.com/nodescriptor"_qs);
        QVERIFY(QFile::remove(cache.descriptorPath(noDescriptor)));
        const QString halfDeleted = addModel(dir.path(), u"https://example.com/half"_qs);
        QVERIFY(QFile::remove(cache.entryPath(halfDeleted) + u"/saved_model.pb"_qs));
        const QString noShard = addModel(dir.path(), u"https://example.com/noshard"_qs);
        for (const QString &f : QDir(cache.entryPath(noShard) + u"/variables"_qs).entryList({u"variables.data-*"_qs}))
            QVERIFY(QFile::remove(cache.entryPath(noShard) + u"/variables/"_qs + f));
        const QString fifoIndex = addModel(dir.path(), u"https://example.com/fifoindex"_qs);
        const QString index = cache.entryPath(fifoIndex) + u"/variables/variables.index"_qs;
        QVERIFY(QFile::remove(index));
        const QString lite = key("lite");
        write(cache.entryPath(lite) + u"/model.tflite"_qs, "TFL3");
        write(cache.entryPath(lite) + u"/deep/er/still/file"_qs, QByteArray(10000, 'x'));
        const QString module = key("module");
        write(cache.entryPath(module) + u"/tfhub_module.pb"_qs, "x");
        const QString varsFile = addModel(dir.path(), u"https://example.com/varsfile"_qs);
        QVERIFY(QDir(cache.entryPath(varsFile) + u"/variables"_qs).removeRecursively());
        write(cache.entryPath(varsFile) + u"/variables"_qs, "a file");
        const QString empty = key("empty");
        QVERIFY(QDir().mkpath(cache.entryPath(empty)));
        const QString linkToModel = key("link");
        const QString target = addModel(outside.path(), u"https://example.com/target"_qs);
        QCOMPARE(::symlink(QFile::encodeName(outside.path() + u'/' + target).constData(),
                           QFile::encodeName(cache.entryPath(linkToModel)).constData()), 0);
        const QString fileEntry = key("file");
        write(cache.entryPath(fileEntry), "not a folder");
        const QString fifoEntry = key("fifo");
        // A descriptor that links to a real one outside: not followed, so no handle.
        const QString linkedDescriptor = addModel(dir.path(), u"https://example.com/linkeddescriptor"_qs);
        QVERIFY(QFile::rename(cache.descriptorPath(linkedDescriptor), outside.path() + u"/descriptor.txt"_qs));
        QCOMPARE(::symlink(QFile::encodeName(outside.path() + u"/descriptor.txt"_qs).constData(),
                           QFile::encodeName(cache.descriptorPath(linkedDescriptor)).constData()), 0);
        const QString folderDescriptor = addModel(dir.path(), u"https://example.com/folderdescriptor"_qs);
        QVERIFY(QFile::remove(cache.descriptorPath(folderDescriptor)));
        QVERIFY(QDir().mkpath(cache.descriptorPath(folderDescriptor)));
        const QString fifoDescriptor = addModel(dir.path(), u"https://example.com/fifodescriptor"_qs);
        QVERIFY(QFile::remove(cache.descriptorPath(fifoDescriptor)));
        const QString orphan = key("orphan");
        write(cache.tempPath(orphan, u"dddddddddddddddddddddddddddddddd"_qs) + u"/variables/v"_qs, "abc");
        const QString stale = key("stale");
        write(cache.lockPath(stale), "far.away.7.cccccccccccccccccccccccccccccccc");
        age(cache.lockPath(stale), 3600);
        const QString live = key("live");
        write(cache.lockPath(live), QSysInfo::machineHostName().toUtf8() + '.'
                                        + QByteArray::number(QCoreApplication::applicationPid())
                                        + ".bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        write(cache.tempPath(live, u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_qs) + u"/x"_qs, "12345");
        write(dir.path() + u"/unrelated.txt"_qs, "not ours");
        const QStringList fifos{index, cache.entryPath(fifoEntry), cache.descriptorPath(fifoDescriptor)};
        for (const QString &fifo : fifos)
            QVERIFY(HubCacheTest::makeFifo(fifo));
        HubCacheTest::FifoWatchdog watchdog(fifos, 10s);

        QHash<QString, CacheEntry> rows;
        int batchCalls = 0;
        Error error;
        const QList<CacheEntry> entries = cache.entries(&error, [&](const CacheEntry &e) {
            ++batchCalls;
            const bool first = !rows.contains(e.path);
            rows.insert(e.path, e);
            return first;
        });
        QVERIFY2(!watchdog.fired(), "the scan opened a FIFO");
        QVERIFY(!error);
        QCOMPARE(batchCalls, entries.size()); // every item handed out once (else it stopped), as it was found
        QCOMPARE(entries.size(), 21); // 15 model entries, 2 junk descriptors, a temp, two locks
        for (const CacheEntry &e : entries) {
            QVERIFY2(rows.contains(e.path), qPrintable(e.path));
            QCOMPARE(rows.value(e.path).state, e.state);
            QCOMPARE(rows.value(e.path).sizeBytes, e.sizeBytes);
        }

        // Each model entry against the per-entry calls.
        const QStringList keys{complete, noDescriptor, halfDeleted, noShard, fifoIndex, lite, module, varsFile,
                               empty, linkToModel, fileEntry, fifoEntry, linkedDescriptor, folderDescriptor,
                               fifoDescriptor};
        for (const QString &k : keys) {
            const QString path = cache.entryPath(k);
            QVERIFY2(rows.contains(path), qPrintable(path));
            const CacheEntry e = rows.value(path);
            QString reason;
            const bool isComplete = ModelCache::isCompleteModelFolder(path, &reason);
            QCOMPARE(e.state, isComplete ? EntryState::Complete : EntryState::Broken);
            QCOMPARE(e.reason, isComplete ? QString() : reason);
            int files = -1;
            QCOMPARE(e.sizeBytes, ModelCache::treeSize(path, &files));
            QCOMPARE(e.fileCount, files);
            bool ok = false;
            const Descriptor d = Descriptor::read(cache.descriptorPath(k), &ok);
            QCOMPARE(e.handle, ok ? d.handle : QString());
            if (ok)
                QCOMPARE(e.downloadTime, d.downloadTime);
            else if (QFileInfo(path).isDir())
                QCOMPARE(e.downloadTime, QFileInfo(path).lastModified());
        }
        QCOMPARE(rows.value(cache.entryPath(complete)).state, EntryState::Complete);
        QCOMPARE(rows.value(cache.entryPath(complete)).handle, u"https://example.com/complete"_qs);
        QCOMPARE(rows.value(cache.entryPath(lite)).state, EntryState::Complete);
        QCOMPARE(rows.value(cache.entryPath(lite)).fileCount, 2);
        QCOMPARE(rows.value(cache.entryPath(module)).state, EntryState::Complete);
        for (const QString &k : {halfDeleted, noShard, fifoIndex, varsFile, empty, linkToModel, fileEntry, fifoEntry})
            QCOMPARE(rows.value(cache.entryPath(k)).state, EntryState::Broken);
        QVERIFY2(rows.value(cache.entryPath(fifoIndex)).reason.contains(u"FIFO"_qs),
                 qPrintable(rows.value(cache.entryPath(fifoIndex)).reason));
        QVERIFY(rows.value(cache.entryPath(linkedDescriptor)).handle.isEmpty()); // the link is not followed
        QCOMPARE(rows.value(cache.entryPath(linkedDescriptor)).state, EntryState::Complete);
        QCOMPARE(rows.value(cache.descriptorPath(folderDescriptor)).state, EntryState::Broken);
        QCOMPARE(rows.value(cache.descriptorPath(fifoDescriptor)).state, EntryState::Broken);
        QCOMPARE(rows.value(cache.tempPath(orphan, u"dddddddddddddddddddddddddddddddd"_qs)).state,
                 EntryState::OrphanedTemp);
        QCOMPARE(rows.value(cache.lockPath(stale)).state, EntryState::StaleLock);
        QCOMPARE(rows.value(cache.lockPath(live)).state, EntryState::Downloading);
        QCOMPARE(rows.value(cache.lockPath(live)).sizeBytes,
                 ModelCache::treeSize(cache.tempPath(live, u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_qs)));
        QVERIFY(QFile::exists(outside.path() + u"/descriptor.txt"_qs));

        // A scan told to stop (a cancelled CacheScanJob) stops at once with what it found.
        int handedOut = 0;
        const QList<CacheEntry> partial = cache.entries(nullptr, [&](const CacheEntry &) { return ++handedOut < 3; });
        QCOMPARE(handedOut, 3);
        QCOMPARE(partial.size(), 3);
    }

    void nonUtf8NamesAreSizedListedAndDeleted()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path());
        const QString key = addModel(dir.path(), u"https://example.com/latin1/1"_qs);
        const QByteArray entry = QFile::encodeName(cache.entryPath(key));
        const qint64 before = ModelCache::treeSize(cache.entryPath(key));
        // Latin-1 names, as another tool may write them: not valid UTF-8.
        const QByteArray sub = entry + "/assets/caf\xe9";
        QCOMPARE(::mkdir(QByteArray(entry + "/assets").constData(), 0755), 0);
        QCOMPARE(::mkdir(sub.constData(), 0755), 0);
        const QByteArray name = sub + "/vocab-\xff\xfe.txt";
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
        QVERIFY(fd >= 0);
        const QByteArray data(64 * 1024, 'v');
        QCOMPARE(::write(fd, data.constData(), data.size()), data.size());
        ::close(fd);

        int files = 0;
        const qint64 after = ModelCache::treeSize(cache.entryPath(key), &files);
        QVERIFY2(after >= before + data.size(), qPrintable(u"%1 -> %2"_qs.arg(before).arg(after)));
        bool listed = false;
        for (const ModelFolder::File &f : ModelFolder::files(cache.entryPath(key)))
            listed |= f.relativePath == "assets/caf\xe9/vocab-\xff\xfe.txt" && f.size == data.size();
        QVERIFY(listed);
        const auto found = cache.find(key);
        QVERIFY(found);
        QCOMPARE(found->sizeBytes, after);
        QCOMPARE(found->fileCount, files);
        const Error e = cache.remove(*found);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));

        // An orphaned temp folder with such names is pruned completely too.
        const QByteArray temp = QFile::encodeName(cache.tempPath(key, u"deadbeef"_qs));
        QCOMPARE(::mkdir(temp.constData(), 0755), 0);
        QCOMPARE(::mkdir(QByteArray(temp + "/\xe9\xe8").constData(), 0755), 0);
        const int fd2 = ::open(QByteArray(temp + "/\xe9\xe8/\xff").constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
        QVERIFY(fd2 >= 0);
        ::close(fd2);
        const QList<CacheEntry> prunable = cache.prunable();
        QCOMPARE(prunable.size(), 1);
        QVERIFY(!cache.prune(prunable.first()));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
    }

    void sparseFileCountsItsBlocks()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path());
        const QString key = addModel(dir.path(), u"https://example.com/sparse/1"_qs);
        const QByteArray path = QFile::encodeName(cache.entryPath(key) + u"/variables/huge.bin"_qs);
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
        QVERIFY(fd >= 0);
        const int truncated = ::ftruncate(fd, qint64(1) << 40); // 1 TiB, nothing allocated
        ::close(fd);
        if (truncated != 0)
            QSKIP("this file system cannot hold a sparse file of 1 TiB");
        const qint64 size = ModelCache::treeSize(cache.entryPath(key));
        QVERIFY2(size < 100 * 1024 * 1024, qPrintable(QString::number(size)));
        QCOMPARE(cache.find(key)->sizeBytes, size);
    }

    void cacheFolderChecks()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"cache"_qs);
        const QByteArray f = QFile::encodeName(folder);
        QString warning;
        // Missing: a normal empty cache.
        QVERIFY(!CacheFolderCheck(folder, false, {}).checkFolder(&warning));
        QVERIFY(warning.isEmpty());
        QVERIFY(!ModelCache(folder).folderError());
        // A regular file.
        write(folder, "x");
        QCOMPARE(CacheFolderCheck(folder, false, {}).checkFolder().code(), ErrorCode::NotACacheFolder);
        QCOMPARE(ModelCache(folder).folderError().code(), ErrorCode::NotACacheFolder);
        QCOMPARE(ModelCache(folder).ensureWritable().code(), ErrorCode::NotACacheFolder);
        QVERIFY(QFile::remove(folder));
        QCOMPARE(::mkdir(f.constData(), 0755), 0);
        QVERIFY(!CacheFolderCheck(folder, true, {}).checkFolder(&warning));
        QVERIFY(warning.isEmpty());
        // World-writable without the sticky bit: refused wherever it is.
        QCOMPARE(::chmod(f.constData(), 0777), 0);
        QCOMPARE(CacheFolderCheck(folder, false, {}).checkFolder().code(), ErrorCode::UnsafeCacheFolder);
        // With the sticky bit: used, with a warning.
        QCOMPARE(::chmod(f.constData(), 01777), 0);
        QVERIFY(!CacheFolderCheck(folder, false, {}).checkFolder(&warning));
        QVERIFY(!warning.isEmpty());
        // Group-writable (a team cache): used, with a warning.
        QCOMPARE(::chmod(f.constData(), 02775), 0);
        QVERIFY(!CacheFolderCheck(folder, false, {}).checkFolder(&warning));
        QVERIFY(warning.contains(u"group"_qs));

        if (::geteuid() != 0)
            QSKIP("folders owned by another user can only be made by root");
        constexpr uint nobody = 65534;
        QCOMPARE(::chown(f.constData(), nobody, nobody), 0);
        // Another user's team folder, configured on purpose: a warning.
        QVERIFY(!CacheFolderCheck(folder, false, {}).checkFolder(&warning));
        QVERIFY(warning.contains(u"HUBCACHE_TRUSTED_CACHE_OWNERS"_qs));
        // The same in the shared temp folder: refused, unless its owner is trusted.
        QCOMPARE(::chmod(f.constData(), 0755), 0);
        const Error e = CacheFolderCheck(folder, true, {}).checkFolder();
        QCOMPARE(e.code(), ErrorCode::UnsafeCacheFolder);
        QVERIFY(e.message().contains(folder));
        QVERIFY(!CacheFolderCheck(folder, true, {nobody}).checkFolder());

        // Entries: another user's in our private folder is a plant; in a team folder it is expected.
        QCOMPARE(::chown(f.constData(), 0, 0), 0);
        const QString entry = folder + u"/0123456789012345678901234567890123456789"_qs;
        QCOMPARE(::mkdir(QFile::encodeName(entry).constData(), 0755), 0);
        QVERIFY(!CacheFolderCheck(folder, true, {}).checkEntry(entry));
        QCOMPARE(::chown(QFile::encodeName(entry).constData(), nobody, nobody), 0);
        QCOMPARE(CacheFolderCheck(folder, false, {}).checkEntry(entry).code(), ErrorCode::UnsafeCacheFolder);
        QCOMPARE(::chmod(f.constData(), 02775), 0);
        QVERIFY(!CacheFolderCheck(folder, false, {}).checkEntry(entry));
        QCOMPARE(::chmod(QFile::encodeName(entry).constData(), 0777), 0);
        QCOMPARE(CacheFolderCheck(folder, false, {}).checkEntry(entry).code(), ErrorCode::UnsafeCacheFolder);
    }

    void ensureWritable()
    {
        QTemporaryDir dir;
        QVERIFY(!ModelCache(dir.filePath(u"new/cache"_qs)).ensureWritable());
        QVERIFY(QFileInfo(dir.filePath(u"new/cache"_qs)).isDir());
        write(dir.filePath(u"file"_qs), "x");
        QCOMPARE(ModelCache(dir.filePath(u"file/cache"_qs)).ensureWritable().code(), ErrorCode::NotWritable);
    }

    // The rule over a listing (remote entries) and the rule over open folders (local entries) are
    // one rule: they agree on every layout a temp cleaner or a bad archive leaves.
    void listingRuleAgreesWithLocalRule()
    {
        QTemporaryDir dir;
        ModelCache cache(dir.path());
        QStringList keys;
        keys << addModel(dir.path(), u"https://example.com/good/1"_qs);
        const QString noPb = addModel(dir.path(), u"https://example.com/nopb/1"_qs);
        QVERIFY(QFile::remove(cache.entryPath(noPb) + u"/saved_model.pb"_qs));
        const QString noIndex = addModel(dir.path(), u"https://example.com/noindex/1"_qs);
        QVERIFY(QFile::remove(cache.entryPath(noIndex) + u"/variables/variables.index"_qs));
        const QString noShard = addModel(dir.path(), u"https://example.com/noshard/1"_qs);
        for (const QString &name : QDir(cache.entryPath(noShard) + u"/variables"_qs).entryList({u"variables.data-*"_qs}))
            QVERIFY(QFile::remove(cache.entryPath(noShard) + u"/variables/"_qs + name));
        const QString lite = Handle::cacheKeyFor(u"https://example.com/lite/1"_qs);
        write(cache.entryPath(lite) + u"/model.tflite"_qs, "TFL3");
        const QString module = Handle::cacheKeyFor(u"https://example.com/module/1"_qs);
        write(cache.entryPath(module) + u"/tfhub_module.pb"_qs, "x");
        const QString folderPb = Handle::cacheKeyFor(u"https://example.com/folderpb/1"_qs);
        write(cache.entryPath(folderPb) + u"/saved_model.pb/x"_qs, "x");
        const QString varsFile = Handle::cacheKeyFor(u"https://example.com/varsfile/1"_qs);
        write(cache.entryPath(varsFile) + u"/saved_model.pb"_qs, "x");
        write(cache.entryPath(varsFile) + u"/variables"_qs, "not a folder");
        const QString emptyVars = Handle::cacheKeyFor(u"https://example.com/emptyvars/1"_qs);
        write(cache.entryPath(emptyVars) + u"/saved_model.pb"_qs, "x");
        QVERIFY(QDir().mkpath(cache.entryPath(emptyVars) + u"/variables"_qs));
        keys << noPb << noIndex << noShard << lite << module << folderPb << varsFile << emptyVars;

        LocalStorage local;
        const QList<bool> expected{true, false, false, false, true, true, false, false, true};
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString path = cache.entryPath(keys.at(i));
            QString localReason;
            QString listingReason;
            ModelFolder::Kind localKind = ModelFolder::Kind::None;
            ModelFolder::Kind listingKind = ModelFolder::Kind::None;
            const bool byFolder = ModelFolder::isComplete(path, &localReason, &localKind);
            const bool byListing = ModelFolder::isComplete(local.list(path, Storage::ListMode::Recursive),
                                                           &listingReason, &listingKind);
            QVERIFY2(byFolder == expected.at(i), qPrintable(path + u": "_qs + localReason));
            QCOMPARE(byListing, byFolder);
            QCOMPARE(listingKind, localKind);
            if (i != 7) // "variables is a file, not a folder": one says "a file" from the listing too
                QCOMPARE(listingReason, localReason);
        }
    }

    // The same ModelCache code on a storage that is remote: states, sizes, find, remove and prune
    // from listings; an owner on this host without a proof is alive (a PID means nothing there).
    void protocolOverARemoteStorage()
    {
        QTemporaryDir dir;
        auto storage = std::make_shared<RemoteLikeStorage>();
        ModelCache remote(storage, dir.path(), 60s, 1s);
        ModelCache local(dir.path(), 60s, 1s);
        QVERIFY(remote.isRemote());
        QVERIFY(!local.isRemote());
        const QString host = QSysInfo::machineHostName();

        const QString good = addModel(dir.path(), u"https://example.com/good/1"_qs);
        const QString half = addModel(dir.path(), u"https://example.com/half/1"_qs);
        QVERIFY(QFile::remove(remote.entryPath(half) + u"/saved_model.pb"_qs));
        const QString orphan = Handle::cacheKeyFor(u"https://example.com/orphan/1"_qs);
        write(remote.tempPath(orphan, u"dddddddddddddddddddddddddddddddd"_qs) + u"/variables/v"_qs, "abc");
        // A PID of this host name that is not running, without a proof: locally it "looks dead"
        // (stale after the grace), remotely it is another machine's as far as we can tell.
        const QString gone = Handle::cacheKeyFor(u"https://example.com/gone/1"_qs);
        write(remote.lockPath(gone), host.toUtf8() + '.' + QByteArray::number(HubCacheTest::deadPid())
                                         + ".eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
        write(remote.tempPath(gone, u"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"_qs) + u"/saved_model.pb"_qs, "part");
        ageTree(remote.tempPath(gone, u"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"_qs), 30);
        age(remote.lockPath(gone), 30);
        // Another host's lock with no progress past the timeout: stale on both.
        const QString old = Handle::cacheKeyFor(u"https://example.com/old/1"_qs);
        write(remote.lockPath(old), "far.away.7.cccccccccccccccccccccccccccccccc");
        age(remote.lockPath(old), 3600);

        QHash<QString, CacheEntry> byName;
        for (const CacheEntry &e : remote.entries())
            byName.insert(QFileInfo(e.path).fileName(), e);
        QHash<QString, CacheEntry> localByName;
        for (const CacheEntry &e : local.entries())
            localByName.insert(QFileInfo(e.path).fileName(), e);
        QCOMPARE(byName.value(good).state, EntryState::Complete);
        QCOMPARE(byName.value(good).handle, u"https://example.com/good/1"_qs);
        QCOMPARE(byName.value(good).fileCount, localByName.value(good).fileCount);
        QVERIFY(byName.value(good).sizeBytes > 0);
        QCOMPARE(byName.value(half).state, EntryState::Broken);
        QCOMPARE(byName.value(half).reason, localByName.value(half).reason);
        QCOMPARE(byName.value(orphan + u".dddddddddddddddddddddddddddddddd.tmp"_qs).state, EntryState::OrphanedTemp);
        QCOMPARE(byName.value(old + u".lock"_qs).state, EntryState::StaleLock);
        QCOMPARE(byName.value(gone + u".lock"_qs).state, EntryState::Downloading);
        QCOMPARE(localByName.value(gone + u".lock"_qs).state, EntryState::StaleLock);
        QVERIFY(storage->listCalls > 0);
        const auto owner = CacheLock::readOwner(*storage, remote.lockPath(gone));
        QVERIFY(owner);
        QCOMPARE(CacheLock::ownerState(*storage, *owner, remote.tempPath(gone, owner->taskId)),
                 CacheLock::OwnerState::Alive);
        QCOMPARE(CacheLock::ownerState(*owner, remote.tempPath(gone, owner->taskId)), CacheLock::OwnerState::LooksDead);

        // find, remove and prune through the storage.
        Error error;
        const auto found = remote.find(u"https://example.com/half/1"_qs, &error);
        QVERIFY(found);
        QVERIFY(!remote.remove(*found));
        QVERIFY(!QFileInfo::exists(remote.entryPath(half)));
        QVERIFY(!QFileInfo::exists(remote.descriptorPath(half)));
        QStringList pruned;
        for (const CacheEntry &e : remote.prunable()) {
            QVERIFY2(!remote.prune(e), qPrintable(e.path));
            pruned.append(QFileInfo(e.path).fileName());
        }
        pruned.sort();
        QCOMPARE(pruned, (QStringList{old + u".lock"_qs, orphan + u".dddddddddddddddddddddddddddddddd.tmp"_qs}));
        QVERIFY(QFileInfo::exists(remote.lockPath(gone))); // alive as far as a remote cache can tell
        QVERIFY(remote.isComplete(good));
        QVERIFY(!remote.ensureWritable());

        // A lock taken through the storage is released through it, and only if it is still ours.
        CacheLock lock(*storage, remote.lockPath(good));
        QVERIFY(lock.tryAcquire(&error));
        CacheLock rival(*storage, remote.lockPath(good));
        QVERIFY(!rival.tryAcquire(&error));
        QVERIFY(!error);
        lock.release();
        QVERIFY(!QFileInfo::exists(remote.lockPath(good)));
    }
};

QTEST_GUILESS_MAIN(TestModelCache)
#include "tst_modelcache.moc"
