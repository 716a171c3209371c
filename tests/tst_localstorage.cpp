#include "archivebuilder.h"
#include "archiveextractor.h"
#include "fifowatchdog.h"
#include "localstorage.h"
#include "storagereader.h"
#include "storagewriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace HubCache;

namespace {

// Object storage has no folders: a writer at a/b/c needs no a/b first. This one makes the
// parents of what it writes, so the extractor's storage mode runs on local files.
class FolderlessStorage final : public Storage
{
public:
    [[nodiscard]] bool isRemote() const override { return true; }
    [[nodiscard]] Stat stat(const QString &l, Error *e = nullptr) override { return m_local.stat(l, e); }
    [[nodiscard]] QList<Item> list(const QString &f, ListMode m, Error *e = nullptr) override { return m_local.list(f, m, e); }
    [[nodiscard]] QByteArray read(const QString &l, qint64 max, Error *e = nullptr) override { return m_local.read(l, max, e); }
    [[nodiscard]] Error write(const QString &l, const QByteArray &b) override { return m_local.write(l, b); }
    [[nodiscard]] CreateResult createExclusive(const QString &l, const QByteArray &b, Error *e = nullptr) override
    {
        return m_local.createExclusive(l, b, e);
    }
    [[nodiscard]] bool removeIfUnchanged(const QString &l, const QByteArray &b) override { return m_local.removeIfUnchanged(l, b); }
    [[nodiscard]] Error remove(const QString &l) override { return m_local.remove(l); }
    [[nodiscard]] Error removeTree(const QString &f) override { return m_local.removeTree(f); }
    [[nodiscard]] Error makeFolder(const QString &) override { return {}; }
    [[nodiscard]] Error moveTree(const QString &from, const QString &to) override { return m_local.moveTree(from, to); }
    [[nodiscard]] std::unique_ptr<StorageWriter> openWriter(const QString &l, Error *e = nullptr) override
    {
        ++writers;
        (void)QDir().mkpath(l.left(l.lastIndexOf(QLatin1Char('/'))));
        return m_local.openWriter(l, e);
    }
    [[nodiscard]] std::unique_ptr<StorageReader> openReader(const QString &l, Error *e = nullptr) override
    {
        return m_local.openReader(l, e);
    }
    void cancel() override { m_local.cancel(); }

    std::atomic<int> writers{0};

private:
    LocalStorage m_local;
};

} // namespace

class TestLocalStorage : public QObject
{
    Q_OBJECT

private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void statTypesNeverFollowLinks()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path();
        writeFile(dir + QStringLiteral("/file"), "12345");
        QVERIFY(QDir(dir).mkdir(QStringLiteral("folder")));
        QVERIFY(QFile::link(dir + QStringLiteral("/folder"), dir + QStringLiteral("/linkToFolder")));
        QVERIFY(QFile::link(dir + QStringLiteral("/file"), dir + QStringLiteral("/linkToFile")));
        QVERIFY(HubCacheTest::makeFifo(dir + QStringLiteral("/fifo")));

        LocalStorage storage;
        Error error;
        Storage::Stat s = storage.stat(dir + QStringLiteral("/file"), &error);
        QVERIFY(!error);
        QCOMPARE(s.type, Storage::Type::File);
        QCOMPARE(s.size, 5);
        QVERIFY(s.modified.isValid());
        QCOMPARE(storage.stat(dir + QStringLiteral("/folder")).type, Storage::Type::Folder);
        s = storage.stat(dir + QStringLiteral("/linkToFolder"));
        QCOMPARE(s.type, Storage::Type::Other);
        QVERIFY2(s.typeName.contains(QStringLiteral("link")), qPrintable(s.typeName));
        QCOMPARE(storage.stat(dir + QStringLiteral("/linkToFile")).type, Storage::Type::Other);
        s = storage.stat(dir + QStringLiteral("/fifo"));
        QCOMPARE(s.type, Storage::Type::Other);
        QVERIFY2(s.typeName.contains(QStringLiteral("FIFO")), qPrintable(s.typeName));
        s = storage.stat(dir + QStringLiteral("/missing"), &error);
        QCOMPARE(s.type, Storage::Type::Missing);
        QVERIFY(!error); // a missing location is no error
    }

    void listChildrenAndRecursive()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path();
        QVERIFY(QDir(dir).mkpath(QStringLiteral("a/b")));
        writeFile(dir + QStringLiteral("/top.txt"), "x");
        writeFile(dir + QStringLiteral("/a/b/deep.bin"), "yy");
        QTemporaryDir outside;
        writeFile(outside.path() + QStringLiteral("/secret"), "s");
        QVERIFY(QFile::link(outside.path(), dir + QStringLiteral("/a/escape")));
        QVERIFY(HubCacheTest::makeFifo(dir + QStringLiteral("/a/pipe")));

        LocalStorage storage;
        Error error;
        QList<Storage::Item> children = storage.list(dir, Storage::ListMode::Children, &error);
        QVERIFY(!error);
        std::sort(children.begin(), children.end(), [](const auto &x, const auto &y) { return x.name < y.name; });
        QCOMPARE(children.size(), 2);
        QCOMPARE(children.at(0).name, QStringLiteral("a"));
        QCOMPARE(children.at(0).stat.type, Storage::Type::Folder);
        QCOMPARE(children.at(1).name, QStringLiteral("top.txt"));
        QCOMPARE(children.at(1).stat.type, Storage::Type::File);

        QList<Storage::Item> all = storage.list(dir, Storage::ListMode::Recursive, &error);
        QVERIFY(!error);
        std::sort(all.begin(), all.end(), [](const auto &x, const auto &y) { return x.name < y.name; });
        QStringList names;
        for (const auto &item : all)
            names.append(item.name);
        // The link is listed as itself (never followed into `outside`), the FIFO as Other; no folders.
        QCOMPARE(names, (QStringList{QStringLiteral("a/b/deep.bin"), QStringLiteral("a/escape"),
                                     QStringLiteral("a/pipe"), QStringLiteral("top.txt")}));
        QCOMPARE(all.at(0).stat.size, 2);
        QCOMPARE(all.at(1).stat.type, Storage::Type::Other);
        QCOMPARE(all.at(2).stat.type, Storage::Type::Other);

        QVERIFY(storage.list(dir + QStringLiteral("/missing"), Storage::ListMode::Children, &error).isEmpty());
        QVERIFY(!error); // a missing folder lists as empty
        // A symlink to a folder is not a folder to list.
        QVERIFY(storage.list(dir + QStringLiteral("/a/escape"), Storage::ListMode::Recursive, &error).isEmpty());
    }

    void readRefusesFifoLinkAndLargeFiles()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path();
        writeFile(dir + QStringLiteral("/small"), "hello");
        writeFile(dir + QStringLiteral("/large"), QByteArray(100, 'x'));
        QVERIFY(QFile::link(dir + QStringLiteral("/small"), dir + QStringLiteral("/link")));
        const QString fifo = dir + QStringLiteral("/fifo");
        QVERIFY(HubCacheTest::makeFifo(fifo));
        HubCacheTest::FifoWatchdog watchdog({fifo}, std::chrono::seconds(5));

        LocalStorage storage;
        Error error;
        QCOMPARE(storage.read(dir + QStringLiteral("/small"), 4096, &error), QByteArray("hello"));
        QVERIFY(!error);
        QVERIFY(storage.read(dir + QStringLiteral("/large"), 10, &error).isEmpty());
        QCOMPARE(error.code(), ErrorCode::FileError);
        QVERIFY(storage.read(dir + QStringLiteral("/link"), 4096, &error).isEmpty());
        QCOMPARE(error.code(), ErrorCode::FileError);
        QVERIFY(storage.read(fifo, 4096, &error).isEmpty());
        QCOMPARE(error.code(), ErrorCode::FileError);
        QVERIFY(storage.read(dir + QStringLiteral("/missing"), 4096, &error).isEmpty());
        QCOMPARE(error.code(), ErrorCode::PathNotFound);
        QVERIFY(!storage.openReader(fifo, &error));
        QCOMPARE(error.code(), ErrorCode::FileError);
        QVERIFY(!storage.openReader(dir + QStringLiteral("/link"), &error));
        QVERIFY(!watchdog.fired());
    }

    void exclusiveCreateHasOneWinner()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString lock = tmp.path() + QStringLiteral("/key.lock");
        LocalStorage storage;
        constexpr int kThreads = 8;
        std::atomic<int> created{0};
        std::atomic<int> exists{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i] {
                while (!go.load())
                    std::this_thread::yield();
                Error error;
                const auto r = storage.createExclusive(lock, QByteArray::number(i), &error);
                if (r == Storage::CreateResult::Created)
                    ++created;
                else if (r == Storage::CreateResult::Exists)
                    ++exists;
            });
        }
        go.store(true);
        for (auto &t : threads)
            t.join();
        QCOMPARE(created.load(), 1);
        QCOMPARE(exists.load(), kThreads - 1);
        const QByteArray content = storage.read(lock, 4096);
        QVERIFY(!content.isEmpty());

        // Not through a symlink planted at the name.
        const QString planted = tmp.path() + QStringLiteral("/planted.lock");
        QVERIFY(QFile::link(tmp.path() + QStringLiteral("/target"), planted));
        Error error;
        QCOMPARE(storage.createExclusive(planted, "x", &error), Storage::CreateResult::Exists);
        QVERIFY(!QFile::exists(tmp.path() + QStringLiteral("/target")));
    }

    void removeIfUnchangedLeavesChangedFile()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString lock = tmp.path() + QStringLiteral("/key.lock");
        LocalStorage storage;
        writeFile(lock, "host.1.new-owner");
        QVERIFY(!storage.removeIfUnchanged(lock, "host.1.old-owner"));
        QCOMPARE(storage.read(lock, 4096), QByteArray("host.1.new-owner"));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
                 QStringList{QStringLiteral("key.lock")}); // nothing left aside
        QVERIFY(storage.removeIfUnchanged(lock, "host.1.new-owner"));
        QCOMPARE(storage.stat(lock).type, Storage::Type::Missing);
        QVERIFY(storage.removeIfUnchanged(lock, "anything")); // already gone
    }

    void moveTreeOntoExistingFolder()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString from = tmp.path() + QStringLiteral("/key.task.tmp");
        const QString to = tmp.path() + QStringLiteral("/key");
        LocalStorage storage;
        QVERIFY(!storage.makeFolder(from));
        writeFile(from + QStringLiteral("/saved_model.pb"), "pb");
        QVERIFY(!storage.makeFolder(to));
        writeFile(to + QStringLiteral("/saved_model.pb"), "other");
        const Error error = storage.moveTree(from, to);
        QCOMPARE(error.code(), ErrorCode::AlreadyExists);
        QCOMPARE(storage.read(to + QStringLiteral("/saved_model.pb"), 100), QByteArray("other"));
        QVERIFY(!storage.removeTree(to));
        QCOMPARE(storage.stat(to).type, Storage::Type::Missing);
        QVERIFY(!storage.moveTree(from, to));
        QCOMPARE(storage.read(to + QStringLiteral("/saved_model.pb"), 100), QByteArray("pb"));
        QCOMPARE(storage.stat(from).type, Storage::Type::Missing);
    }

    void removeTreeNeverFollowsLinks()
    {
        QTemporaryDir tmp;
        QTemporaryDir outside;
        QVERIFY(tmp.isValid() && outside.isValid());
        writeFile(outside.path() + QStringLiteral("/keep"), "k");
        const QString tree = tmp.path() + QStringLiteral("/tree");
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/sub")));
        QVERIFY(QFile::link(outside.path(), tree + QStringLiteral("/sub/link")));
        LocalStorage storage;
        QVERIFY(!storage.removeTree(tree));
        QCOMPARE(storage.stat(tree).type, Storage::Type::Missing);
        QVERIFY(QFile::exists(outside.path() + QStringLiteral("/keep")));
        QVERIFY(!storage.removeTree(tree)); // missing is no error
    }

    void writerDiscardedWithoutCommit()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString path = tmp.path() + QStringLiteral("/variables.data-00000-of-00001");
        LocalStorage storage;
        {
            Error error;
            auto writer = storage.openWriter(path, &error);
            QVERIFY(writer);
            QVERIFY(!writer->write("abc", 3));
            QCOMPARE(writer->written(), 3);
            QCOMPARE(storage.stat(path).type, Storage::Type::Missing); // nothing visible before commit
        }
        QVERIFY(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        {
            auto writer = storage.openWriter(path);
            QVERIFY(writer);
            QVERIFY(!writer->write("abcdef", 6));
            QVERIFY(!writer->commit());
        }
        QCOMPARE(storage.read(path, 100), QByteArray("abcdef"));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);

        // A reader reads ranges.
        Error error;
        auto reader = storage.openReader(path, &error);
        QVERIFY(reader);
        QCOMPARE(reader->size(), 6);
        char buffer[8] = {};
        QCOMPARE(reader->read(2, buffer, 3, &error), 3);
        QCOMPARE(QByteArray(buffer, 3), QByteArray("cde"));
        QCOMPARE(reader->read(4, buffer, 8, &error), 2);

        // A committed writer never replaces what appeared at the name meanwhile.
        auto late = storage.openWriter(path);
        QVERIFY(late);
        QVERIFY(!late->write("zz", 2));
        QVERIFY(late->commit());
        QCOMPARE(storage.read(path, 100), QByteArray("abcdef"));
    }

    void writeReplacesSmallFile()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString path = tmp.path() + QStringLiteral("/key.descriptor.txt");
        LocalStorage storage;
        QVERIFY(!storage.write(path, "one"));
        QVERIFY(!storage.write(path, "two"));
        QCOMPARE(storage.read(path, 100), QByteArray("two"));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
    }

    void cancelStopsLaterCalls()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        LocalStorage storage;
        storage.cancel();
        Error error;
        (void)storage.list(tmp.path(), Storage::ListMode::Recursive, &error);
        QCOMPARE(error.code(), ErrorCode::Cancelled);
        QVERIFY(!storage.openWriter(tmp.path() + QStringLiteral("/x"), &error));
        QCOMPARE(error.code(), ErrorCode::Cancelled);
    }

    // The extractor's storage mode: every member through a writer, the same member checks and
    // limits as into a local folder, nothing committed of a member that was refused.
    void extractorWritesMembersThroughStorage()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dest = tmp.path() + QStringLiteral("/key.task.tmp");
        FolderlessStorage storage;
        const auto extract = [&](const QByteArray &archive, const ArchiveExtractor::Limits &limits) {
            ArchiveExtractor extractor(dest, QStringLiteral("https://example.com/m/1"));
            extractor.setOutputStorage(&storage);
            extractor.setLimits(limits);
            QSignalSpy finished(&extractor, &ArchiveExtractor::finished);
            extractor.start();
            extractor.write(archive);
            extractor.finishInput();
            if (finished.isEmpty())
                (void)finished.wait(10000);
            extractor.waitForWorker();
            return extractor.error();
        };

        HubCacheTest::ArchiveBuilder good;
        good.addDirectory("./");
        good.addFile("./saved_model.pb", "pb");
        good.addDirectory("./variables");
        good.addFile("./variables/variables.index", "index");
        good.addFile("./variables/variables.data-00000-of-00001", QByteArray(1000, 'd'));
        Error error = extract(good.build(), {});
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(storage.writers.load(), 3);
        QCOMPARE(storage.read(dest + QStringLiteral("/variables/variables.data-00000-of-00001"), 4096),
                 QByteArray(1000, 'd'));
        QCOMPARE(storage.read(dest + QStringLiteral("/saved_model.pb"), 100), QByteArray("pb"));

        // A member outside the destination is refused before anything is written for it.
        HubCacheTest::ArchiveBuilder evil;
        evil.addFile("../evil", "x");
        error = extract(evil.build(), {});
        QCOMPARE(error.code(), ErrorCode::UnsafeArchiveMember);
        QVERIFY(!QFile::exists(tmp.path() + QStringLiteral("/evil")));

        // Links are refused as they are locally.
        HubCacheTest::ArchiveBuilder linked;
        linked.addSymlink("saved_model.pb", "/etc/passwd");
        error = extract(linked.build(), {});
        QCOMPARE(error.code(), ErrorCode::UnsupportedArchiveMember);

        // The size limit holds, and the member that broke it is never committed.
        HubCacheTest::ArchiveBuilder large;
        large.addLargeFile("./big.bin", 3 * 1024 * 1024, 7);
        ArchiveExtractor::Limits limits;
        limits.maxExtractedSize = 1024 * 1024;
        error = extract(large.build(), limits);
        QVERIFY2(error, "a member past maxExtractedSize was accepted");
        QCOMPARE(storage.stat(dest + QStringLiteral("/big.bin")).type, Storage::Type::Missing);
    }
};

QTEST_GUILESS_MAIN(TestLocalStorage)
#include "tst_localstorage.moc"
