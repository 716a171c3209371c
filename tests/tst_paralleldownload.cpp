#include "archivebuilder.h"
#include "configuration.h"
#include "downloadjob_p.h"
#include "networkaccess.h"
#include "resumedata.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace HubCache;
using namespace HubCacheTest;
using namespace std::chrono_literals;

namespace {

struct Member
{
    QByteArray name;
    qint64 size;
    quint32 seed;
};

// SHA-1 of what ArchiveBuilder::addLargeFile writes, without holding it whole.
QByteArray expectedHash(const Member &m)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (qint64 off = 0; off < m.size; off += 4 << 20)
        hash.addData(ArchiveBuilder::largeFileContent(m.seed, off, std::min<qint64>(4 << 20, m.size - off)));
    return hash.result().toHex();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "unreadable: " + path.toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&f);
    return hash.result().toHex();
}

qint64 peakRssBytes()
{
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

// Bytes the Range headers of these requests ask for; a request without Range counts total.
qint64 requestedBytes(const QList<TestHttpServer::RecordedRequest> &requests, qint64 total)
{
    qint64 bytes = 0;
    for (const auto &r : requests) {
        const QByteArray range = r.headers.value("range");
        if (!range.startsWith("bytes=")) {
            bytes += total;
            continue;
        }
        const QList<QByteArray> ends = range.mid(6).split('-');
        const qint64 first = ends.value(0).toLongLong();
        const qint64 last = ends.value(1).isEmpty() ? total - 1 : ends.value(1).toLongLong();
        bytes += last - first + 1;
    }
    return bytes;
}

} // namespace

class TestParallelDownload final : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    std::unique_ptr<QTemporaryDir> m_work;

    static QList<Member> members(quint32 seed, int count, qint64 size)
    {
        QList<Member> list;
        for (int i = 0; i < count; ++i)
            list.append({"./variables/variables.data-0000" + QByteArray::number(i) + "-of-0000" + QByteArray::number(count),
                         size + i * 4099, seed + quint32(i)});
        return list;
    }

    static ArchiveBuilder builder(const QList<Member> &list)
    {
        // Plain tar: no checksum in the format that would notice two versions spliced together.
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::None);
        b.addDirectory("./");
        b.addFile("./saved_model.pb", "model");
        b.addDirectory("./variables");
        b.addFile("./variables/variables.index", "index");
        for (const Member &m : list)
            b.addLargeFile(m.name, m.size, m.seed);
        return b;
    }

    Configuration config(int connections = 4) const
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.cacheDirFlag = m_work->path();
        Error e;
        Configuration c = Configuration::fromInputs(in, &e);
        c.setRetryDelay(20ms);
        c.setStallTimeout(5s);
        c.setParallelConnections(connections);
        c.setParallelMinSize(1);
        return c;
    }

    static void verifyTree(const QString &dir, const QList<Member> &list)
    {
        QCOMPARE(QFile(dir + u"/saved_model.pb"_qs).size(), 5);
        for (const Member &m : list) {
            const QString path = dir + u'/' + QString::fromUtf8(m.name.mid(2));
            QCOMPARE(QFileInfo(path).size(), m.size);
            QCOMPARE(fileHash(path), expectedHash(m));
        }
    }

    struct Run
    {
        bool ok = false;
        QString message;
        QStringList info;
        qint64 transferred = 0;
    };

    Run download(const QString &path, const QString &dest, const QString &resumeFolder, const Configuration &c)
    {
        std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(c, nullptr));
        auto *job = new DownloadJob(m_server.url(path), dest, u"test-model"_qs, c, nam.get());
        job->setAutoDelete(false);
        std::unique_ptr<DownloadJob> owner(job);
        job->setResumeFolder(resumeFolder);
        Run run;
        connect(job, &Job::infoMessage, this, [&run](Job *, const QString &text) { run.info.append(text); });
        run.ok = job->exec();
        run.message = job->error().message();
        run.transferred = job->transferredBytes();
        return run;
    }

private Q_SLOTS:
    void init()
    {
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(m_work->isValid());
        QVERIFY(m_server.start());
        m_server.clearRequests();
    }

    void cleanup()
    {
        m_server.stop();
        m_work.reset();
    }

    // A slow first part and fast later ones: what runs ahead waits on disk, not in memory.
    void memoryStaysBoundedWithASlowFirstPart() // first: the peak RSS before it is the test's own
    {
        const QList<Member> list = members(61, 4, 60 << 20);
        const QString archive = m_work->filePath(u"model.tar"_qs);
        QString error;
        QVERIFY2(builder(list).writeTo(archive, &error), qPrintable(error));
        const qint64 size = QFileInfo(archive).size();
        QVERIFY(size > 240 << 20);
        TestHttpServer::Route route;
        route.filePath = archive;
        route.firstAnswerBytesPerSecond = 8 << 20; // the first 16 MiB take two seconds
        m_server.setRoute(u"/model.tar"_qs, route);
        const QString dest = m_work->filePath(u"dest"_qs);
        QVERIFY(QDir().mkpath(dest));
        const qint64 before = peakRssBytes();
        const Run run = download(u"/model.tar"_qs, dest, m_work->filePath(u"entry.resume"_qs), config());
        const qint64 growth = peakRssBytes() - before;
        QVERIFY2(run.ok, qPrintable(run.message));
        qInfo() << "peak RSS grew by" << growth / 1e6 << "MB for an archive of" << size / 1e6 << "MB";
        QVERIFY2(growth < 96 << 20, qPrintable(QString::number(growth)));
        verifyTree(dest, list);
    }

    // The first answer trickles: after its first 16 MiB it keeps the next part while three more
    // connections fetch the later ones, which arrive first and wait on disk. Every extracted file
    // is byte-exact and the resume data is gone.
    void reassemblesPartsArrivingOutOfOrder()
    {
        const QList<Member> list = members(11, 6, 12 << 20);
        TestHttpServer::Route route;
        route.body = builder(list).build();
        QVERIFY(route.body.size() > 72 << 20);
        route.firstAnswerBytesPerSecond = 12 << 20;
        m_server.setRoute(u"/model.tar"_qs, route);
        const QString dest = m_work->filePath(u"dest"_qs);
        QVERIFY(QDir().mkpath(dest));
        const QString resume = m_work->filePath(u"entry.resume"_qs);
        const Run run = download(u"/model.tar"_qs, dest, resume, config());
        QVERIFY2(run.ok, qPrintable(run.message));
        verifyTree(dest, list);
        QVERIFY2(!QFileInfo::exists(resume), "the resume data outlived a complete download");
        int ranged = 0;
        for (const auto &r : m_server.requests()) {
            if (r.headers.contains("range")) {
                ++ranged;
                QVERIFY(r.headers.value("if-range").startsWith('"'));
            }
        }
        QVERIFY2(ranged >= 3, qPrintable(QString::number(ranged)));
        // Each byte once, but for the start of the first answer past its part.
        QVERIFY(run.transferred <= route.body.size() + (2 << 20));
    }

    // The second answer (a part) breaks off after 5 MB: only that part is asked again, from where
    // it stopped, while the others go on.
    void retriesOnlyTheFailedPart()
    {
        const QList<Member> list = members(21, 4, 12 << 20);
        TestHttpServer::Route route;
        route.body = builder(list).build();
        route.firstAnswerBytesPerSecond = 16 << 20; // one slow stream: parallel ranges pay
        route.closeAfterBytes = 5'000'000;
        route.closeWithReset = true;
        route.interruptAnswer = 2;
        m_server.setRoute(u"/model.tar"_qs, route);
        const QString dest = m_work->filePath(u"dest"_qs);
        QVERIFY(QDir().mkpath(dest));
        const Run run = download(u"/model.tar"_qs, dest, m_work->filePath(u"entry.resume"_qs), config());
        QVERIFY2(run.ok, qPrintable(run.message));
        verifyTree(dest, list);
        int retried = 0;
        int whole = 0;
        QList<std::pair<qint64, qint64>> asked;
        for (const auto &r : m_server.requests()) {
            const QByteArray range = r.headers.value("range");
            if (range.isEmpty()) {
                ++whole;
                continue;
            }
            // A part asked again starts inside the range asked before (where it stopped, or at
            // its start when the reset came before any byte was read): the same bytes' range.
            const qsizetype dash = range.indexOf('-');
            const qint64 start = range.mid(6, dash - 6).toLongLong();
            const QByteArray endText = range.mid(dash + 1);
            const qint64 end = endText.isEmpty() ? std::numeric_limits<qint64>::max() : endText.toLongLong();
            for (const auto &[s, e] : std::as_const(asked)) {
                if (start >= s && start <= e) {
                    ++retried;
                    break;
                }
            }
            asked.append({start, end});
        }
        QCOMPARE(whole, 1);
        QCOMPARE(retried, 1);
        QVERIFY2(retried, "the broken first part was not asked again from where it stopped");
    }

    // A server that says "Accept-Ranges: bytes" but answers every range with the whole file:
    // the download goes on as one stream.
    void fallsBackWhenRangesAreIgnored()
    {
        const QList<Member> list = members(31, 4, 10 << 20);
        TestHttpServer::Route route;
        route.body = builder(list).build();
        route.firstAnswerBytesPerSecond = 16 << 20;
        route.ignoreRange = true;
        m_server.setRoute(u"/model.tar"_qs, route);
        const QString dest = m_work->filePath(u"dest"_qs);
        QVERIFY(QDir().mkpath(dest));
        const QString resume = m_work->filePath(u"entry.resume"_qs);
        const Run run = download(u"/model.tar"_qs, dest, resume, config());
        QVERIFY2(run.ok, qPrintable(run.message));
        verifyTree(dest, list);
        QVERIFY2(run.info.join(u'\n').contains(u"does not honour ranges"_qs), qPrintable(run.info.join(u'\n')));
        QVERIFY(!QFileInfo::exists(resume));
    }

    // The file is replaced after the first answer: the parts' answers carry another ETag, the
    // download starts over, and the result is the new file whole, never a splice of the two.
    void startsOverWhenTheFileChangesBetweenParts()
    {
        const QList<Member> before = members(41, 3, 12 << 20);
        const QList<Member> after = members(51, 3, 12 << 20);
        TestHttpServer::Route route;
        route.body = builder(before).build();
        route.changedBody = builder(after).build();
        route.firstAnswerBytesPerSecond = 16 << 20;
        QCOMPARE(route.changedBody.size(), route.body.size());
        m_server.setRoute(u"/model.tar"_qs, route);
        const QString dest = m_work->filePath(u"dest"_qs);
        QVERIFY(QDir().mkpath(dest));
        const Run run = download(u"/model.tar"_qs, dest, m_work->filePath(u"entry.resume"_qs), config());
        QVERIFY2(run.ok, qPrintable(run.message));
        verifyTree(dest, after);
        QVERIFY2(run.info.join(u'\n').contains(u"changed on the server"_qs), qPrintable(run.info.join(u'\n')));
        QVERIFY2(run.info.join(u'\n').contains(u"starting over"_qs), qPrintable(run.info.join(u'\n')));
    }

    void resumesAfterAKilledProcess_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("kept as left") << u"none"_qs;
        QTest::newRow("file changed") << u"changed"_qs;
        QTest::newRow("archive truncated") << u"truncated"_qs;
        QTest::newRow("block corrupted") << u"corrupt block"_qs;
        QTest::newRow("record corrupted") << u"corrupt record"_qs;
        QTest::newRow("pruned") << u"pruned"_qs;
    }

    // The real command line, killed (SIGKILL) half way, then run again: it asks only for what is
    // missing when the kept bytes are sound and the file is the same, and otherwise still ends
    // with the exact files of the file the server has now.
    void resumesAfterAKilledProcess()
    {
        QFETCH(QString, damage);
        const QList<Member> list = members(71, 4, 10 << 20);
        const QList<Member> other = members(81, 4, 10 << 20);
        TestHttpServer::Route route;
        route.body = builder(list).build();
        route.bytesPerSecond = 4 << 20; // per connection: the first run is still busy when killed
        m_server.setRoute(u"/model.tar"_qs, route);
        const qint64 total = route.body.size();
        const QString handle = m_server.url(u"/model.tar"_qs).toString();
        const QString cache = m_work->filePath(u"cache"_qs);
        QVERIFY(QDir().mkpath(cache));
        const QString entry = cache + u'/'
            + QString::fromLatin1(QCryptographicHash::hash(handle.toUtf8(), QCryptographicHash::Sha1).toHex());
        const QString resume = ResumeData::folderFor(entry);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TFHUB_CACHE_DIR"_qs, cache);
        env.remove(u"TFHUB_MODEL_LOAD_FORMAT"_qs);
        env.remove(u"HUBCACHE_OFFLINE"_qs);
        env.insert(u"HUBCACHE_PARALLEL_MIN_SIZE"_qs, u"1"_qs);
        env.insert(u"HUBCACHE_PARALLEL_CONNECTIONS"_qs, u"4"_qs);
        env.insert(u"HUBCACHE_RETRY_DELAY_MS"_qs, u"20"_qs);
        env.insert(u"HUBCACHE_DEAD_OWNER_GRACE"_qs, u"0"_qs);
        env.insert(u"HUBCACHE_LOCK_POLL_MS"_qs, u"50"_qs);
        const QString binary = QStringLiteral(HUBCACHE_BIN_DIR "/hubcache");

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(binary, {u"resolve"_qs, handle});
        QVERIFY(first.waitForStarted());
        const auto keptBlocks = [&resume] {
            QString why;
            const auto r = ResumeData::load(resume, &why);
            int n = 0;
            for (int i = 0; r && i < r->blockCount(); ++i)
                n += r->hasBlock(i) ? 1 : 0;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(keptBlocks() >= 5, 30000);
        first.kill(); // SIGKILL: nothing gets to clean up
        QVERIFY(first.waitForFinished());
        QVERIFY(!QFileInfo::exists(entry));
        const int kept = keptBlocks();
        QVERIFY2(kept < (total + ResumeData::kBlockSize - 1) / ResumeData::kBlockSize, "the first run was not killed half way");

        const auto cli = [&](const QStringList &args, QByteArray *output) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(binary, args);
            if (!p.waitForFinished(30000))
                return -1;
            *output = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray output;
        if (damage == u"none"_qs) {
            // ls shows the paused download with its size; prune keeps it while it is fresh.
            QCOMPARE(cli({u"ls"_qs}, &output), 0);
            QVERIFY2(output.contains("paused") && output.contains("resumable:") && output.contains(handle.toUtf8()),
                     output.constData());
            QCOMPARE(cli({u"prune"_qs}, &output), 0);
            QVERIFY2(output.contains("Kept 1 paused download"), output.constData());
            QVERIFY(QFileInfo::exists(resume));
        }
        QList<Member> expected = list;
        if (damage == u"pruned"_qs) {
            // Asked to, prune deletes it.
            QCOMPARE(cli({u"prune"_qs, u"--resume-data"_qs}, &output), 0);
            QVERIFY2(output.contains("removed paused download"), output.constData());
            QVERIFY(!QFileInfo::exists(resume));
        } else if (damage == u"changed"_qs) {
            route.body = builder(other).build();
            route.bytesPerSecond = 0;
            m_server.setRoute(u"/model.tar"_qs, route);
            expected = other;
        } else if (damage == u"truncated"_qs) {
            QVERIFY(QFile::resize(resume + u"/archive.part"_qs, ResumeData::kBlockSize + 1000));
        } else if (damage == u"corrupt block"_qs) {
            QFile f(resume + u"/archive.part"_qs);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(ResumeData::kBlockSize + 12345));
            QCOMPARE(f.write("garbage"), qint64(7));
        } else if (damage == u"corrupt record"_qs) {
            QFile f(resume + u"/record.json"_qs);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"version\": 1, \"total\": \"lots");
        }
        route.bytesPerSecond = 0;
        m_server.setRoute(u"/model.tar"_qs, route);
        m_server.clearRequests();

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(binary, {u"resolve"_qs, handle});
        QVERIFY(second.waitForFinished(120000));
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        verifyTree(entry, expected);
        QVERIFY2(!QFileInfo::exists(resume), "the resume data outlived a complete download");
        const QList<TestHttpServer::RecordedRequest> requests = m_server.requests();
        const qint64 asked = requestedBytes(requests, total);
        const qint64 missing = total - qint64(kept) * ResumeData::kBlockSize;
        if (damage == u"none"_qs) {
            for (const auto &r : requests)
                QVERIFY2(r.headers.contains("range"), "the second run asked for the whole file");
            QVERIFY2(asked <= missing + ResumeData::kBlockSize,
                     qPrintable(u"asked %1 bytes, %2 were missing"_qs.arg(asked).arg(missing)));
        } else if (damage == u"truncated"_qs || damage == u"corrupt block"_qs) {
            // Block 1 is fetched again; the blocks past it that were kept are not.
            bool block1 = false;
            for (const auto &r : requests)
                block1 |= r.headers.value("range").startsWith(QByteArray("bytes=" + QByteArray::number(ResumeData::kBlockSize) + "-"));
            QVERIFY2(block1, "the damaged block was not fetched again");
            QVERIFY2(asked <= missing + 5 * ResumeData::kBlockSize, qPrintable(QString::number(asked)));
        }
    }
};

QTEST_GUILESS_MAIN(TestParallelDownload)
#include "tst_paralleldownload.moc"
