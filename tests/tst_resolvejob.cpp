#include "archivebuilder.h"
#include "deadprocess.h"
#include "descriptor.h"
#include "downloadjob_p.h"
#include "fifowatchdog.h"
#include "gcsanonymouscredentials.h"
#include "gcsclient.h"
#include "gcsemulator.h"
#include "gcsfaultproxy.h"
#include "gcsuploadjob.h"
#include "networkaccess.h"
#include "handle.h"
#include "localstorage.h"
#include "modelcache.h"
#include "modelfolder.h"
#include "ownerproof.h"
#include "resolve.h"
#include "resolvejob.h"
#include "storagereader.h"
#include "storagewriter.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QSslKey>
#include <QSslServer>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <sys/stat.h>
#include <unistd.h>

using namespace HubCache;
using namespace std::chrono_literals;
using HubCacheTest::ArchiveBuilder;
using HubCacheTest::GcsEmulator;
using HubCacheTest::GcsFaultProxy;
using HubCacheTest::TestHttpServer;

namespace {

// A cache on local files that ResolveJob must treat as remote: object-store semantics (no folders
// to make, a writer's parents are implicit), and every call counted by the thread it came from,
// because a remote storage blocks for network round trips and must never run on the caller's.
class RemoteLikeStorage final : public Storage
{
public:
    [[nodiscard]] bool isRemote() const override { return true; }
    [[nodiscard]] Stat stat(const QString &l, Error *e = nullptr) override { return note(), m_local.stat(l, e); }
    [[nodiscard]] QList<Item> list(const QString &f, ListMode m, Error *e = nullptr) override
    {
        return note(), m_local.list(f, m, e);
    }
    [[nodiscard]] QByteArray read(const QString &l, qint64 max, Error *e = nullptr) override
    {
        return note(), m_local.read(l, max, e);
    }
    [[nodiscard]] Error write(const QString &l, const QByteArray &b) override
    {
        note();
        (void)QDir().mkpath(l.left(l.lastIndexOf(QLatin1Char('/'))));
        return m_local.write(l, b);
    }
    [[nodiscard]] CreateResult createExclusive(const QString &l, const QByteArray &b, Error *e = nullptr) override
    {
        return note(), m_local.createExclusive(l, b, e);
    }
    [[nodiscard]] bool removeIfUnchanged(const QString &l, const QByteArray &b) override
    {
        return note(), m_local.removeIfUnchanged(l, b);
    }
    [[nodiscard]] Error remove(const QString &l) override { return note(), m_local.remove(l); }
    [[nodiscard]] Error removeTree(const QString &f) override { return note(), m_local.removeTree(f); }
    [[nodiscard]] Error makeFolder(const QString &) override { return note(), Error(); }
    [[nodiscard]] Error moveTree(const QString &from, const QString &to) override
    {
        return note(), m_local.moveTree(from, to);
    }
    [[nodiscard]] std::unique_ptr<StorageWriter> openWriter(const QString &l, Error *e = nullptr) override
    {
        note();
        ++writers;
        (void)QDir().mkpath(l.left(l.lastIndexOf(QLatin1Char('/'))));
        return m_local.openWriter(l, e);
    }
    [[nodiscard]] std::unique_ptr<StorageReader> openReader(const QString &l, Error *e = nullptr) override
    {
        return note(), m_local.openReader(l, e);
    }
    void cancel() override { m_local.cancel(); } // callable from any thread, by contract

    std::atomic<int> calls{0};
    std::atomic<int> callsOnMainThread{0};
    std::atomic<int> writers{0};

private:
    void note()
    {
        ++calls;
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            ++callsOnMainThread;
    }

    LocalStorage m_local;
};

} // namespace

class TestResolveJob : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    std::unique_ptr<GcsEmulator> m_emulator; // started by the gs:// tests only
    QByteArray m_model; // half_plus_two as TF Hub serves it: ./saved_model.pb, ./variables/…
    std::unique_ptr<QTemporaryDir> m_cacheDir;

    Configuration config() const
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.cacheDirFlag = m_cacheDir->path();
        Error e;
        Configuration c = Configuration::fromInputs(in, &e);
        c.setRetryDelay(20ms);
        c.setStallTimeout(2s);
        c.setLockPollInterval(50ms);
        return c;
    }

    QString serve(const QString &path, TestHttpServer::Route route = {})
    {
        if (route.body.isEmpty() && route.filePath.isEmpty() && route.redirectTo.isEmpty())
            route.body = m_model;
        route.contentType = "application/x-tar";
        m_server.setRoute(path, route);
        return m_server.url(path).toString();
    }

    // Runs a job to its end; checks result() came exactly once.
    static Error run(ResolveJob &job, QString *path = nullptr)
    {
        job.setAutoDelete(false);
        QSignalSpy result(&job, &Job::result);
        job.start();
        if (!result.wait(30000))
            return Error(ErrorCode::Timeout, u"test: no result"_qs);
        QTest::qWait(10);
        if (result.size() != 1)
            return Error(ErrorCode::Timeout, u"test: result emitted %1 times"_qs.arg(result.size()));
        if (path)
            *path = job.path();
        return job.error();
    }

    // Nothing but complete entries (folder + descriptor): no lock, no temp folder left behind.
    QStringList leftovers() const
    {
        QStringList bad;
        for (const QString &name : QDir(m_cacheDir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (name.endsWith(u".lock"_qs) || name.endsWith(u".tmp"_qs) || name.contains(u".stale"_qs))
                bad.append(name);
        }
        return bad;
    }
    // A plain (uncompressed) tar of half_plus_two plus ./assets/blob.bin, 256 KB of content chosen by
    // seed: two seeds give two versions of exactly the same length, and nothing in a plain tar
    // would notice the seam if a client glued the head of one to the tail of the other.
    static QByteArray plainTarVersion(quint32 seed)
    {
        const QString source = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two");
        ArchiveBuilder b(ArchiveBuilder::Format::Ustar, ArchiveBuilder::Compression::None);
        const auto read = [&](const QString &name) {
            QFile f(source + u'/' + name);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        b.addDirectory("./");
        b.addFile("./saved_model.pb", read(u"saved_model.pb"_qs));
        b.addDirectory("./variables/");
        b.addFile("./variables/variables.index", read(u"variables/variables.index"_qs));
        b.addFile("./variables/variables.data-00000-of-00001", read(u"variables/variables.data-00000-of-00001"_qs));
        b.addDirectory("./assets/");
        b.addFile("./assets/blob.bin", ArchiveBuilder::largeFileContent(seed, 0, 256 * 1024));
        return b.build();
    }
    static QByteArray sha256(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return h.result().toHex();
    }

    // Whether each request had a Range header, from the first ranged one on (before it, Qt 6.4
    // sometimes repeats a GET whose body was cut, on its own).
    QList<bool> rangedRequests() const
    {
        QList<bool> ranged;
        for (const auto &request : m_server.requests()) {
            if (!ranged.isEmpty() || request.headers.contains("range"))
                ranged.append(request.headers.contains("range"));
        }
        return ranged;
    }

    QStringList entriesOnDisk() const
    {
        return QDir(m_cacheDir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        if (m_emulator)
            m_emulator->stop();
    }

    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_model = ArchiveBuilder::savedModelDirectoryArchive(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two"),
                                                             ArchiveBuilder::Compression::Gzip);
        QVERIFY(!m_model.isEmpty());
    }

    void init()
    {
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_server.clearRequests();
    }

    void downloadsExtractsAndCaches()
    {
        const QString handle = serve(u"/google/half_plus_two/1"_qs);
        ResolveJob job(handle, config());
        QSignalSpy progress(&job, &Job::progress);
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(!job.wasCached());
        const QString key = Handle::cacheKeyFor(handle);
        QCOMPARE(path, m_cacheDir->path() + u'/' + key);
        QVERIFY(QFile::exists(path + u"/saved_model.pb"_qs));
        QVERIFY(QFile::exists(path + u"/variables/variables.index"_qs));
        QVERIFY(job.extractedBytes() > 0);
        QVERIFY(!progress.isEmpty());
        // The server saw the compressed-format query, as the Python library sends it.
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(QUrlQuery(requests.first().url).queryItemValue(u"tf-hub-format"_qs), u"compressed"_qs);
        // Descriptor beside the folder, nothing else left.
        bool ok = false;
        const Descriptor d = Descriptor::read(path + u".descriptor.txt"_qs, &ok);
        QVERIFY(ok);
        QCOMPARE(d.handle, handle);
        QCOMPARE(d.pid, QCoreApplication::applicationPid());
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));

        // Second resolve: a hit, no request.
        ResolveJob again(handle, config());
        QString path2;
        QVERIFY(!run(again, &path2));
        QCOMPARE(path2, path);
        QVERIFY(again.wasCached());
        QCOMPARE(m_server.requests().size(), 1);
    }

    void followsRedirectToAnotherHost()
    {
        // tfhub.dev answers with a redirect to Kaggle: another host, another path.
        TestHttpServer kaggle;
        QVERIFY(kaggle.start());
        TestHttpServer::Route model;
        model.body = m_model;
        kaggle.setRoute(u"/models/google/half-plus-two/tensorFlow2/default/1"_qs, model);
        TestHttpServer::Route redirect;
        redirect.redirectTo = kaggle.url(u"/models/google/half-plus-two/tensorFlow2/default/1?tfhub-redirect=true"_qs).toString();
        const QString handle = serve(u"/tfhub/google/half_plus_two/1"_qs, redirect);
        ResolveJob job(handle, config());
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        // The key comes from the handle as given, not from where it was redirected.
        QCOMPARE(QFileInfo(path).fileName(), Handle::cacheKeyFor(handle));
        QCOMPARE(kaggle.requestCount(u"/models/google/half-plus-two/tensorFlow2/default/1"_qs), 1);
    }

    void redirectLimitsAndSchemes()
    {
        TestHttpServer::Route loop;
        loop.redirectTo = u"/loop"_qs;
        const QString handle = serve(u"/loop"_qs, loop);
        ResolveJob job(handle, config());
        QCOMPARE(run(job).code(), ErrorCode::TooManyRedirects);
        QCOMPARE(m_server.requestCount(u"/loop"_qs), 11); // the first + 10 redirects followed

        TestHttpServer::Route ftp;
        ftp.redirectTo = u"ftp://127.0.0.1/model.tar.gz"_qs;
        ResolveJob job2(serve(u"/ftp"_qs, ftp), config());
        const Error e = run(job2);
        QCOMPARE(e.code(), ErrorCode::UnsafeRedirect);
        QVERIFY(e.message().contains(u"ftp://"_qs));
        QVERIFY(leftovers().isEmpty());
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<int>("requests");
        QTest::newRow("404") << 404 << ErrorCode::RemoteNotFound << 1;
        QTest::newRow("403") << 403 << ErrorCode::AccessDenied << 1;
        QTest::newRow("500 retried") << 500 << ErrorCode::ServerError << 4;
        QTest::newRow("429 retried") << 429 << ErrorCode::RateLimited << 4;
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(ErrorCode, code);
        QFETCH(int, requests);
        TestHttpServer::Route r;
        r.status = status;
        r.body = "<html>error</html>";
        const QString handle = serve(u"/err/%1"_qs.arg(status), r);
        ResolveJob job(handle, config());
        const Error e = run(job);
        QCOMPARE(e.code(), code);
        QVERIFY2(e.message().contains(QString::number(status)), qPrintable(e.message()));
        QVERIFY(e.message().contains(handle));
        QCOMPARE(m_server.requestCount(u"/err/%1"_qs.arg(status)), requests);
        QVERIFY(leftovers().isEmpty());
        QVERIFY(entriesOnDisk().isEmpty());
    }

    void transientErrorsAreRetried()
    {
        TestHttpServer::Route r;
        r.body = m_model;
        r.failFirst = 2;
        r.failStatus = 503;
        const QString handle = serve(u"/flaky"_qs, r);
        ResolveJob job(handle, config());
        const Error e = run(job);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(m_server.requestCount(u"/flaky"_qs), 3);
    }

    void connectionClosedMidBodyIsResumed_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::newRow("FIN") << false;
        QTest::newRow("reset") << true;
    }

    // The Python library starts over (or leaves a broken entry); we ask for the rest, from the
    // byte where the body broke off, on condition that it is still the same file.
    void connectionClosedMidBodyIsResumed()
    {
        QFETCH(bool, reset);
        TestHttpServer::Route r;
        r.body = m_model;
        r.closeAfterBytes = m_model.size() / 2;
        r.closeWithReset = reset;
        r.interruptFirst = 1;
        const QString handle = serve(u"/cut"_qs, r);
        ResolveJob job(handle, config());
        QSignalSpy info(&job, &Job::infoMessage);
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(leftovers().isEmpty());

        QList<TestHttpServer::RecordedRequest> ranged;
        for (const auto &request : m_server.requests()) {
            if (request.headers.contains("range"))
                ranged.append(request);
        }
        QCOMPARE(ranged.size(), 1);
        const QByteArray range = ranged.first().headers.value("range");
        QVERIFY2(range.startsWith("bytes=") && range.endsWith('-'), range.constData());
        const qint64 from = range.mid(6, range.size() - 7).toLongLong();
        QVERIFY2(from > 0 && from <= m_model.size() / 2, range.constData());
        QVERIFY(ranged.first().headers.value("if-range").startsWith('"')); // the ETag of the first answer
        QVERIFY(!info.isEmpty());
        QVERIFY2(info.last().at(1).toString().contains(u"resuming at %1 of %2 bytes"_qs.arg(from).arg(m_model.size())),
                 qPrintable(info.last().at(1).toString()));

        // What was extracted is the model, byte for byte.
        const QString source = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two");
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            it.next();
            QFile original(it.filePath());
            QFile extracted(path + u'/' + QDir(source).relativeFilePath(it.filePath()));
            QVERIFY(original.open(QIODevice::ReadOnly));
            QVERIFY2(extracted.open(QIODevice::ReadOnly), qPrintable(extracted.fileName()));
            QVERIFY2(original.readAll() == extracted.readAll(), qPrintable(extracted.fileName()));
            ++files;
        }
        QVERIFY(files >= 3);
    }

    // A large body, so that the reply holds bytes the extractor has not taken yet when the
    // connection resets: those are asked for again, and the result is still exact.
    void largeBodyResumedAfterAReset()
    {
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addDirectory("./");
        b.addFile("./saved_model.pb", QByteArray(1000, 'p'));
        b.addDirectory("./variables/");
        b.addFile("./variables/variables.index", QByteArray(100, 'i'));
        const qint64 size = 24 << 20;
        b.addLargeFile("./variables/variables.data-00000-of-00001", size, 11);
        TestHttpServer::Route r;
        r.body = b.build();
        QVERIFY(!r.body.isEmpty());
        r.closeAfterBytes = r.body.size() * 2 / 5;
        r.closeWithReset = true;
        r.interruptFirst = 2; // the first resumed answer breaks off too
        const QString handle = serve(u"/big-cut"_qs, r);
        ResolveJob job(handle, config());
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(m_server.requestCount(u"/big-cut"_qs), 3);
        QFile data(path + u"/variables/variables.data-00000-of-00001"_qs);
        QVERIFY(data.open(QIODevice::ReadOnly));
        QCOMPARE(data.size(), size);
        for (qint64 offset = 0; offset < size; offset += 1 << 20)
            QVERIFY2(data.read(1 << 20) == ArchiveBuilder::largeFileContent(11, offset, 1 << 20), qPrintable(QString::number(offset)));
        QVERIFY(leftovers().isEmpty());
    }

    // The server answers the resume correctly with the whole new file (its ETag no longer matches
    // If-Range): nothing of the old body is kept, the download starts over and caches the new file.
    void resumeOfAChangedFileStartsOver()
    {
        TestHttpServer::Route r;
        r.body = m_model;
        r.closeAfterBytes = m_model.size() / 2;
        r.interruptFirst = 1;
        const QString handle = serve(u"/changing"_qs, r);
        Configuration c = config();
        c.setRetryDelay(300ms);
        ResolveJob job(handle, c);
        job.setAutoDelete(false);
        QSignalSpy info(&job, &Job::infoMessage);
        QSignalSpy result(&job, &Job::result);
        job.start();
        QVERIFY(info.wait(10000)); // "… resuming at N of M bytes in 0.3 s"
        // Meanwhile the publisher replaced the archive: its ETag no longer matches If-Range.
        TestHttpServer::Route changed;
        changed.body = ArchiveBuilder::savedModelDirectoryArchive(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures"),
                                                                  ArchiveBuilder::Compression::Gzip);
        serve(u"/changing"_qs, changed);
        QVERIFY(result.wait(10000));
        QVERIFY2(!job.error(), qPrintable(job.error().message()));
        QVERIFY2(info.last().at(1).toString().contains(u"starting over from the beginning"_qs),
                 qPrintable(info.last().at(1).toString()));
        // Cut, resume answered with the whole new file, start over (Qt 6.4 may send the first GET twice).
        QCOMPARE(rangedRequests(), (QList<bool>{true, false}));
        const QString source = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures/saved_model.pb");
        QCOMPARE(sha256(job.path() + u"/saved_model.pb"_qs), sha256(source));
        QVERIFY(leftovers().isEmpty());
    }

    // A server that ignores If-Range answers the resume with 206 and the bytes of a newer file
    // of the same length, under that file's ETag (or Last-Modified). Gluing them on would cache
    // half of each version, and a plain tar has no checksum to notice: the download starts over.
    void resumeWithAnotherValidatorStartsOver_data()
    {
        QTest::addColumn<bool>("lastModifiedOnly");
        QTest::newRow("ETag") << false;
        QTest::newRow("Last-Modified") << true;
    }
    void resumeWithAnotherValidatorStartsOver()
    {
        QFETCH(bool, lastModifiedOnly);
        const QByteArray v1 = plainTarVersion(21);
        const QByteArray v2 = plainTarVersion(22);
        QVERIFY(!v1.isEmpty());
        QCOMPARE(v1.size(), v2.size());
        TestHttpServer::Route r;
        r.body = v1;
        r.changedBody = v2;
        r.lastModifiedOnly = lastModifiedOnly;
        r.closeAfterBytes = v1.size() / 2;
        r.interruptFirst = 1;
        const QString handle = serve(u"/spliced"_qs, r);
        ResolveJob job(handle, config());
        QSignalSpy info(&job, &Job::infoMessage);
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));

        // Cut, resume refused, start over from byte 0 (Qt 6.4 may send the first GET twice).
        QCOMPARE(rangedRequests(), (QList<bool>{true, false}));
        bool saidWhy = false;
        for (const auto &message : info)
            saidWhy = saidWhy || (message.at(1).toString().contains(u"the file changed on the server"_qs)
                                  && message.at(1).toString().contains(u"starting over from the beginning"_qs));
        QVERIFY2(saidWhy, qPrintable(info.last().at(1).toString()));

        // Every file is the second version's, byte for byte: no file is half of each.
        const QByteArray blob = ArchiveBuilder::largeFileContent(22, 0, 256 * 1024);
        QCOMPARE(sha256(path + u"/assets/blob.bin"_qs), QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());
        const QString source = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two");
        for (const QString &name : {u"saved_model.pb"_qs, u"variables/variables.index"_qs,
                                    u"variables/variables.data-00000-of-00001"_qs})
            QCOMPARE(sha256(path + u'/' + name), sha256(source + u'/' + name));
        QVERIFY(leftovers().isEmpty());
    }

    // A resume answered 206 from another byte than asked (a broken server or cache): start over.
    void resumeAtTheWrongByteStartsOver()
    {
        const QByteArray v1 = plainTarVersion(23);
        TestHttpServer::Route r;
        r.body = v1;
        r.rangeShift = -1000;
        r.closeAfterBytes = v1.size() / 2;
        r.interruptFirst = 1;
        const QString handle = serve(u"/shifted"_qs, r);
        ResolveJob job(handle, config());
        QSignalSpy info(&job, &Job::infoMessage);
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(rangedRequests(), (QList<bool>{true, false}));
        bool saidWhy = false;
        for (const auto &message : info)
            saidWhy = saidWhy || message.at(1).toString().contains(u"resumed at the wrong place"_qs);
        QVERIFY(saidWhy);
        const QByteArray blob = ArchiveBuilder::largeFileContent(23, 0, 256 * 1024);
        QCOMPARE(sha256(path + u"/assets/blob.bin"_qs), QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());
        QVERIFY(leftovers().isEmpty());
    }

    // When the retries are used up, a refused resume fails clearly and leaves nothing.
    void refusedResumeWithoutRetriesLeftFails()
    {
        TestHttpServer::Route r;
        r.body = plainTarVersion(24);
        r.changedBody = plainTarVersion(25);
        r.closeAfterBytes = r.body.size() / 2;
        r.interruptFirst = 1;
        const QString handle = serve(u"/spliced-once"_qs, r);
        Configuration c = config();
        c.setMaxRetries(1); // the resume is the last attempt
        ResolveJob job(handle, c);
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::ConnectionFailed);
        QVERIFY2(e.message().contains(u"the file changed on the server"_qs) && e.message().contains(u"cannot start over"_qs),
                 qPrintable(e.message()));
        QCOMPARE(rangedRequests(), QList<bool>{true}); // no request after the refused resume
        QVERIFY2(entriesOnDisk().isEmpty(), qPrintable(entriesOnDisk().join(u' ')));
    }

    // A server that trickles a few bytes a second never trips the stall timeout; the minimum
    // speed ends each attempt after its window, and the download fails with TooSlow.
    void tricklingServerIsTooSlow()
    {
        TestHttpServer::Route r;
        r.body = m_model;
        r.bytesPerSecond = 20;
        r.closeAfterMs = 20000;
        const QString handle = serve(u"/trickle"_qs, r);
        Configuration c = config();
        c.setMinSpeed(1024);
        c.setMinSpeedTime(1s);
        c.setMaxRetries(1);
        ResolveJob job(handle, c);
        QSignalSpy info(&job, &Job::infoMessage);
        QElapsedTimer t;
        t.start();
        const Error e = run(job);
        const qint64 elapsed = t.elapsed();
        QCOMPARE(e.code(), ErrorCode::TooSlow);
        QVERIFY2(e.message().contains(u"B/s over the last 1"_qs) && e.message().contains(u"below HUBCACHE_MIN_SPEED=1024 B/s"_qs),
                 qPrintable(e.message()));
        const QRegularExpressionMatch speed = QRegularExpression(u"(\\d+) B/s over"_qs).match(e.message());
        QVERIFY(speed.hasMatch());
        QVERIFY2(speed.captured(1).toInt() <= 60, qPrintable(e.message()));
        // Two attempts (the first, one resume), each ended about one window after its body began.
        QCOMPARE(m_server.requestCount(u"/trickle"_qs), 2);
        QVERIFY2(elapsed >= 2000 && elapsed < 6000, qPrintable(QString::number(elapsed)));
        QCOMPARE(info.size(), 1);
        QVERIFY2(info.first().at(1).toString().contains(u"resuming at"_qs), qPrintable(info.first().at(1).toString()));
        // The temp folder and the lock are gone.
        QVERIFY2(entriesOnDisk().isEmpty(), qPrintable(entriesOnDisk().join(u' ')));
    }

    // Every file of half_plus_two under path is byte for byte the original; empty if so.
    static QString differsFromHalfPlusTwo(const QString &path)
    {
        const QString source = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two");
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            it.next();
            QFile original(it.filePath());
            QFile extracted(path + u'/' + QDir(source).relativeFilePath(it.filePath()));
            if (!original.open(QIODevice::ReadOnly) || !extracted.open(QIODevice::ReadOnly))
                return u"cannot open "_qs + extracted.fileName();
            if (original.readAll() != extracted.readAll())
                return extracted.fileName() + u" differs"_qs;
            ++files;
        }
        return files >= 3 ? QString() : u"only %1 files"_qs.arg(files);
    }

    // Qt 6.4 skips a 100 Continue, but takes any other 1xx for the final answer and loses the
    // real one; the download asks again with a client that skips interim answers. A 101 (switching
    // protocols unasked) or an endless run of interim answers stays an honest error.
    void interimAnswers_data()
    {
        QTest::addColumn<QList<int>>("interim");
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<bool>("cut"); // the body breaks off once after half, and is resumed
        QTest::addColumn<bool>("stall"); // the body stops once after half, and is resumed
        QTest::addColumn<QString>("expected"); // empty: success
        QTest::newRow("100 Continue") << QList<int>{100} << false << false << false << QString();
        QTest::newRow("100 Continue twice") << QList<int>{100, 100} << false << false << false << QString();
        QTest::newRow("103 Early Hints") << QList<int>{103} << false << false << false << QString();
        QTest::newRow("103 twice then 100") << QList<int>{103, 103, 100} << false << false << false << QString();
        QTest::newRow("102 Processing") << QList<int>{102} << false << false << false << QString();
        QTest::newRow("unknown 1xx") << QList<int>{199} << false << false << false << QString();
        QTest::newRow("103, chunked body") << QList<int>{103} << true << false << false << QString();
        QTest::newRow("103, body cut and resumed") << QList<int>{103} << false << true << false << QString();
        QTest::newRow("103, body stalls and is resumed") << QList<int>{103} << false << false << true << QString();
        QTest::newRow("101") << QList<int>{101} << false << false << false << u"switched protocols (101)"_qs;
        QTest::newRow("17 interim answers") << QList<int>(17, 103) << false << false << false
                                            << u"more than 16 interim (1xx) answers"_qs;
    }
    void interimAnswers()
    {
        QFETCH(QList<int>, interim);
        QFETCH(bool, chunked);
        QFETCH(bool, cut);
        QFETCH(bool, stall);
        QFETCH(QString, expected);
        TestHttpServer::Route r;
        for (int status : interim)
            r.interim.append({status, {{"Link", "</style.css>; rel=preload; as=style"}, {"Link", "</x.js>; rel=preload"}}});
        r.chunked = chunked;
        if (cut) {
            r.body = m_model;
            r.closeAfterBytes = m_model.size() / 2;
            r.interruptFirst = 2; // the answer Qt gives up on after the 103, and the one asked again
        }
        if (stall) {
            r.body = m_model;
            r.stallAfterBytes = m_model.size() / 2;
            r.interruptFirst = 2;
        }
        const QString handle = serve(u"/hints"_qs, r);
        ResolveJob job(handle, config());
        QString path;
        const Error e = run(job, &path);
        const QList<TestHttpServer::RecordedRequest> requests = m_server.requests();
        const bool qtSkipsIt = interim.count(100) == interim.size();
        if (expected.isEmpty()) {
            QVERIFY2(!e, qPrintable(e.message()));
            const QString difference = differsFromHalfPlusTwo(path);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            QVERIFY(leftovers().isEmpty());
            if (qtSkipsIt) {
                QCOMPARE(requests.size(), 1);
                return;
            }
            // Asked once more after the interim answer (and once more to resume), each time on a
            // connection of its own, with the same request headers.
            QCOMPARE(requests.size(), cut || stall ? 3 : 2);
            for (qsizetype i = 1; i < requests.size(); ++i) {
                QCOMPARE(requests.at(i).headers.value("connection"), QByteArray("close"));
                QCOMPARE(requests.at(i).headers.value("accept-encoding"), QByteArray("identity"));
                QVERIFY(requests.at(i).headers.value("user-agent").startsWith("hubcache/"));
                QCOMPARE(requests.at(i).url, requests.first().url);
            }
            if (cut || stall) {
                const QByteArray range = requests.last().headers.value("range");
                QVERIFY2(range.startsWith("bytes=") && range != "bytes=0-", range.constData());
                QVERIFY(requests.last().headers.value("if-range").startsWith('"'));
                QVERIFY(!requests.at(1).headers.contains("range"));
            }
            return;
        }
        QCOMPARE(e.code(), ErrorCode::UnexpectedResponse);
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        QVERIFY2(entriesOnDisk().isEmpty(), qPrintable(entriesOnDisk().join(u' ')));
        // A 101 is not asked again; endless interim answers are, once, by the client that skips them.
        QCOMPARE(requests.size(), interim.first() == 101 ? 1 : 2);
    }

    // A large body after a 103, through the client that skips interim answers: streamed into the
    // extractor with backpressure, reset after 40 %, resumed, and exact.
    void largeBodyAfterEarlyHints()
    {
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addDirectory("./");
        b.addFile("./saved_model.pb", QByteArray(1000, 'p'));
        b.addDirectory("./variables/");
        b.addFile("./variables/variables.index", QByteArray(100, 'i'));
        const qint64 size = 24 << 20;
        b.addLargeFile("./variables/variables.data-00000-of-00001", size, 12);
        TestHttpServer::Route r;
        r.body = b.build();
        QVERIFY(!r.body.isEmpty());
        r.interim = {{103, {{"Link", "</x.js>; rel=preload"}}}};
        r.closeAfterBytes = r.body.size() * 2 / 5;
        r.closeWithReset = true;
        r.interruptFirst = 2; // the answer Qt gives up on after the 103, and the one asked again
        const QString handle = serve(u"/big-hints"_qs, r);
        ResolveJob job(handle, config());
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        const QList<TestHttpServer::RecordedRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(requests.last().headers.value("range").startsWith("bytes="));
        QCOMPARE(requests.last().headers.value("connection"), QByteArray("close"));
        QFile data(path + u"/variables/variables.data-00000-of-00001"_qs);
        QVERIFY(data.open(QIODevice::ReadOnly));
        QCOMPARE(data.size(), size);
        for (qint64 offset = 0; offset < size; offset += 1 << 20)
            QVERIFY2(data.read(1 << 20) == ArchiveBuilder::largeFileContent(12, offset, 1 << 20), qPrintable(QString::number(offset)));
        QVERIFY(leftovers().isEmpty());
    }

    // The client that skips interim answers is for the host that sent one: a redirect to another
    // host goes through QNetworkAccessManager again (its keep-alive connections, HTTP/2).
    void interimAnswerClientStaysWithItsHost()
    {
        const QHostInfo localhost = QHostInfo::fromName(u"localhost"_qs);
        if (!localhost.addresses().contains(QHostAddress(QHostAddress::LocalHost)))
            QSKIP("localhost does not resolve to 127.0.0.1 here");
        serve(u"/elsewhere"_qs);
        TestHttpServer::Route r;
        r.interim = {{103, {{"Link", "</x.js>; rel=preload"}}}};
        r.redirectTo = u"http://localhost:%1/elsewhere"_qs.arg(m_server.port());
        const QString handle = serve(u"/hints-redirect"_qs, r);
        ResolveJob job(handle, config());
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        const QString difference = differsFromHalfPlusTwo(path);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QList<TestHttpServer::RecordedRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(1).headers.value("connection"), QByteArray("close"));
        QCOMPARE(requests.at(2).url.path(), u"/elsewhere"_qs);
        QVERIFY2(requests.at(2).headers.value("connection") != "close", requests.at(2).headers.value("connection").constData());
    }

    // Qt 6.4 drops a header block over 100 KB whole, so the reply has no Location (and no
    // Content-Length: it would wait for the server to close). Say what happened, at once.
    void unusableRedirectLocation_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("expected");
        const QString pad = u"http://127.0.0.1:1/model?pad="_qs;
        QTest::newRow("120 KB") << pad + QString(120 * 1024, u'a') << u"Location header is unreadable"_qs;
        QTest::newRow("80 KB") << pad + QString(80 * 1024, u'a')
                               << u"Location header is too long (%1 bytes)"_qs.arg(pad.size() + 80 * 1024);
        QTest::newRow("bad port") << u"http://127.0.0.1:99999/model"_qs << u"is not a valid URL: http://127.0.0.1:99999/model"_qs;
        QTest::newRow("bad host") << u"http://[::1/model"_qs << u"is not a valid URL"_qs;
        QTest::newRow("no host") << u"http:///model"_qs << u"is not a valid URL"_qs;
    }
    void unusableRedirectLocation()
    {
        QFETCH(QString, location);
        QFETCH(QString, expected);
        TestHttpServer::Route r;
        r.redirectTo = location;
        const QString handle = serve(u"/long-redirect"_qs, r);
        Configuration c = config();
        c.setStallTimeout(5s);
        ResolveJob job(handle, c);
        QElapsedTimer t;
        t.start();
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::UnexpectedResponse);
        QVERIFY2(e.message().contains(expected), qPrintable(e.message().left(400)));
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed()))); // not after a stall
        QCOMPARE(m_server.requestCount(u"/long-redirect"_qs), 1);
        QVERIFY(entriesOnDisk().isEmpty());
    }

    void connectionClosedMidBodyWithoutLengthFails()
    {
        // Chunked, so no Content-Length: nothing says where a resumed body would have to end.
        TestHttpServer::Route r;
        r.body = m_model;
        r.chunked = true;
        r.closeAfterBytes = m_model.size() / 2;
        const QString handle = serve(u"/cut-chunked"_qs, r);
        ResolveJob job(handle, config());
        const Error e = run(job);
        QVERIFY2(e.code() == ErrorCode::ConnectionFailed || e.code() == ErrorCode::NotAnArchive, qPrintable(e.message()));
        for (const auto &request : m_server.requests())
            QVERIFY(!request.headers.contains("range"));
        QVERIFY(entriesOnDisk().isEmpty());
    }

    void deadServerIsRetriedThenReported()
    {
        // A port nobody listens on (taken, then released).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString handle = u"http://127.0.0.1:%1/google/gone/1"_qs.arg(port);
        ResolveJob job(handle, config());
        QSignalSpy info(&job, &Job::infoMessage);
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::ConnectionRefused);
        QVERIFY2(e.message().contains(u"refused"_qs) && e.message().contains(handle), qPrintable(e.message()));
        QCOMPARE(info.size(), 3); // one "retrying in …" line per retry
        QVERIFY(entriesOnDisk().isEmpty());
    }

    void stalledBodyTimesOut()
    {
        // Every answer goes silent after 100 bytes: each stall is resumed (3 times, the retry
        // limit), then the download fails with a timeout and leaves nothing.
        TestHttpServer::Route r;
        r.body = m_model;
        r.stallAfterBytes = 100;
        QVERIFY(m_model.size() > 4 * 100);
        const QString handle = serve(u"/stall"_qs, r);
        Configuration c = config();
        c.setStallTimeout(500ms);
        ResolveJob job(handle, c);
        QSignalSpy info(&job, &Job::infoMessage);
        QElapsedTimer t;
        t.start();
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::Timeout);
        QVERIFY(t.elapsed() < 10000);
        QCOMPARE(info.size(), c.maxRetries()); // "… resuming at 100 of N bytes", "… at 200 …", …
        QVERIFY2(info.first().at(1).toString().contains(u"resuming at 100 of"_qs), qPrintable(info.first().at(1).toString()));
        QCOMPARE(m_server.requestCount(u"/stall"_qs), 1 + c.maxRetries());
        QVERIFY(entriesOnDisk().isEmpty());
    }

    void stalledBodyIsResumed()
    {
        TestHttpServer::Route r;
        r.body = m_model;
        r.stallAfterBytes = m_model.size() / 3;
        r.interruptFirst = 1;
        const QString handle = serve(u"/stall-once"_qs, r);
        Configuration c = config();
        c.setStallTimeout(500ms);
        ResolveJob job(handle, c);
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(m_server.requestCount(u"/stall-once"_qs), 2);
        QVERIFY(ModelCache(m_cacheDir->path()).isComplete(Handle::cacheKeyFor(handle)));
        QVERIFY(leftovers().isEmpty());
    }

    void htmlPageIsNotAModule()
    {
        TestHttpServer::Route r;
        r.body = "<!DOCTYPE html><html><head><title>Sign in</title></head><body>Proxy login</body></html>";
        m_server.setRoute(u"/html"_qs, [&] { r.contentType = "text/html; charset=utf-8"; return r; }());
        const QString handle = m_server.url(u"/html"_qs).toString();
        ResolveJob job(handle, config());
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::NotAnArchive);
        QVERIFY2(e.message().startsWith(handle + u" does not appear to be a valid module"_qs), qPrintable(e.message()));
        QVERIFY(e.message().contains(u"200"_qs));
        QVERIFY(e.message().contains(u"text/html"_qs));
        QVERIFY(entriesOnDisk().isEmpty());
    }

    void hostileArchivesLeaveNothing_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<ErrorCode>("code");
        auto make = [](auto add) {
            ArchiveBuilder b;
            b.addFile("./saved_model.pb", "x");
            add(b);
            return b.build();
        };
        QTest::newRow("traversal") << make([](ArchiveBuilder &b) { b.addFile("../../escaped", "x"); })
                                   << ErrorCode::UnsafeArchiveMember;
        QTest::newRow("absolute") << make([](ArchiveBuilder &b) { b.addFile("/tmp/hubcache-escaped", "x"); })
                                  << ErrorCode::UnsafeArchiveMember;
        QTest::newRow("symlink") << make([](ArchiveBuilder &b) { b.addSymlink("variables", "/etc"); })
                                 << ErrorCode::UnsupportedArchiveMember;
        QTest::newRow("hardlink") << make([](ArchiveBuilder &b) { b.addHardlink("h", "../../x"); })
                                  << ErrorCode::UnsupportedArchiveMember;
        QTest::newRow("device") << make([](ArchiveBuilder &b) { b.addCharDevice("null"); })
                                << ErrorCode::UnsupportedArchiveMember;
        const QByteArray good = make([](ArchiveBuilder &b) { b.addLargeFile("big", 1 << 20, 5); });
        QTest::newRow("truncated gzip") << good.left(good.size() * 2 / 3) << ErrorCode::NotAnArchive;
    }
    void hostileArchivesLeaveNothing()
    {
        QFETCH(QByteArray, archive);
        QFETCH(ErrorCode, code);
        TestHttpServer::Route r;
        r.body = archive;
        const QString handle = serve(u"/hostile/%1"_qs.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')), r);
        ResolveJob job(handle, config());
        const Error e = run(job);
        QCOMPARE(e.code(), code);
        QVERIFY2(entriesOnDisk().isEmpty(), qPrintable(entriesOnDisk().join(u' ')));
        QVERIFY(!QFile::exists(QFileInfo(m_cacheDir->path()).path() + u"/escaped"_qs));
    }

    void brokenEntryIsDownloadedAgain()
    {
        const QString handle = serve(u"/heal"_qs);
        ResolveJob first(handle, config());
        QString path;
        QVERIFY(!run(first, &path));
        // A temp cleaner took saved_model.pb away: Python would call this a hit and fail to load.
        QVERIFY(QFile::remove(path + u"/saved_model.pb"_qs));
        ResolveJob second(handle, config());
        QString path2;
        const Error e = run(second, &path2);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(path2, path);
        QVERIFY(!second.wasCached());
        QVERIFY(second.repairedBrokenEntry());
        QVERIFY(QFile::exists(path + u"/saved_model.pb"_qs));
        QCOMPARE(m_server.requestCount(u"/heal"_qs), 2);
        QVERIFY(leftovers().isEmpty());
    }

    void tfliteModelIsCachedOnce()
    {
        // A TFLite model is accepted when downloaded; it must also be a hit afterwards.
        ArchiveBuilder tflite;
        tflite.addFile("./model.tflite", QByteArray("TFL3") + QByteArray(2000, 'x'));
        TestHttpServer::Route route;
        route.body = tflite.build();
        const QString handle = serve(u"/lite/1"_qs, route);
        ResolveJob first(handle, config());
        QString path;
        const Error e = run(first, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(!first.wasCached());
        QVERIFY(QFileInfo(path + u"/model.tflite"_qs).isFile());
        for (int i = 0; i < 2; ++i) {
            ResolveJob again(handle, config());
            QString path2;
            QVERIFY(!run(again, &path2));
            QCOMPARE(path2, path);
            QVERIFY(again.wasCached());
        }
        QCOMPARE(m_server.requestCount(u"/lite/1"_qs), 1);
        QVERIFY(ModelCache(m_cacheDir->path()).isComplete(Handle::cacheKeyFor(handle)));
    }

    void entryOfTheWrongTypeIsReplaced_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("dangling symlink") << u"dangling"_qs;
        QTest::newRow("symlink to a model elsewhere") << u"symlink"_qs;
        QTest::newRow("regular file") << u"file"_qs;
        QTest::newRow("fifo") << u"fifo"_qs;
    }
    void entryOfTheWrongTypeIsReplaced()
    {
        QFETCH(QString, type);
        const QString route = u"/wrongtype/"_qs + type;
        const QString handle = serve(route);
        const QString entry = m_cacheDir->path() + u'/' + Handle::cacheKeyFor(handle);
        // A complete model outside the cache that a symlink points at: never used, never deleted.
        QTemporaryDir elsewhere;
        {
            ResolveJob outside(serve(route + u"/src"_qs), config());
            QString src;
            QVERIFY(!run(outside, &src));
            QVERIFY(QDir().rename(src, elsewhere.path() + u"/model"_qs));
        }
        const QByteArray e = QFile::encodeName(entry);
        if (type == u"dangling"_qs)
            QCOMPARE(::symlink("/nonexistent/hubcache-target", e.constData()), 0);
        else if (type == u"symlink"_qs)
            QCOMPARE(::symlink(QFile::encodeName(elsewhere.path() + u"/model"_qs).constData(), e.constData()), 0);
        else if (type == u"file"_qs)
            QVERIFY(QFile(entry).open(QIODevice::WriteOnly));
        else
            QCOMPARE(::mkfifo(e.constData(), 0644), 0);

        m_server.clearRequests();
        ResolveJob first(handle, config());
        QString path;
        const Error err = run(first, &path);
        QVERIFY2(!err, qPrintable(err.message()));
        QVERIFY(!first.wasCached());
        QCOMPARE(path, entry);
        QVERIFY(QFileInfo(entry).isDir() && !QFileInfo(entry).isSymLink());
        QVERIFY(QFile::exists(entry + u"/saved_model.pb"_qs));
        ResolveJob second(handle, config());
        QVERIFY(!run(second));
        QVERIFY(second.wasCached());
        QCOMPARE(m_server.requestCount(route), 1);
        QVERIFY(QFile::exists(elsewhere.path() + u"/model/saved_model.pb"_qs)); // the link was not followed
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
    }

    void plantedCacheIsRefused()
    {
        const QString handle = serve(u"/planted"_qs);
        ResolveJob first(handle, config());
        QString path;
        QVERIFY(!run(first, &path));
        // Anyone may now replace the model: a world-writable folder without the sticky bit.
        QVERIFY(::chmod(QFile::encodeName(m_cacheDir->path()).constData(), 0777) == 0);
        ResolveJob second(handle, config());
        const Error e = run(second);
        QCOMPARE(e.code(), ErrorCode::UnsafeCacheFolder);
        QVERIFY(e.message().contains(m_cacheDir->path()));
        // A group-shared team cache works (with a warning on stderr).
        QVERIFY(::chmod(QFile::encodeName(m_cacheDir->path()).constData(), 02775) == 0);
        ResolveJob third(handle, config());
        QVERIFY(!run(third));
        QVERIFY(third.wasCached());
        // An entry planted by another user in a private cache is refused (needs root to make one).
        if (::geteuid() != 0)
            QSKIP("making a folder owned by another user needs root");
        QVERIFY(::chmod(QFile::encodeName(m_cacheDir->path()).constData(), 0755) == 0);
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        ResolveJob fourth(handle, config());
        QCOMPARE(run(fourth).code(), ErrorCode::UnsafeCacheFolder);
        QCOMPARE(m_server.requestCount(u"/planted"_qs), 1);
    }

    void cacheFolderThatIsAFileFails()
    {
        const QString handle = serve(u"/notafolder"_qs);
        const QString file = m_cacheDir->path() + u"/cache"_qs;
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        Configuration c = config();
        c.setCacheDir(file);
        ResolveJob job(handle, c);
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::NotACacheFolder);
        QVERIFY(e.message().contains(file));
        QCOMPARE(m_server.requestCount(u"/notafolder"_qs), 0);
    }

    void offlineNeverTouchesTheNetwork()
    {
        const QString handle = serve(u"/offline"_qs);
        Configuration c = config();
        c.setOffline(true);
        ResolveJob job(handle, c);
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::Offline);
        QVERIFY(e.message().contains(handle));
        QCOMPARE(m_server.requests().size(), 0);

        ResolveJob online(handle, config());
        QVERIFY(!run(online));
        ResolveJob cached(handle, c);
        QVERIFY(!run(cached));
        QVERIFY(cached.wasCached());
        QCOMPARE(m_server.requests().size(), 1);
    }

    void localAndUnsupportedHandles()
    {
        ResolveJob local(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two"), config());
        QString path;
        QVERIFY(!run(local, &path));
        QCOMPARE(path, QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two"));

        ResolveJob missing(u"/no/such/model"_qs, config());
        const Error e = run(missing);
        QCOMPARE(e.code(), ErrorCode::PathNotFound);
        QCOMPARE(e.message(), u"/no/such/model does not exist."_qs);
        QCOMPARE(m_server.requests().size(), 0);
    }

    // The UNCOMPRESSED load format, as tensorflow_hub's HttpUncompressedFileResolver: a 303 whose
    // body is the gs:// folder; nothing is downloaded or written to the cache.
    Configuration uncompressedConfig() const
    {
        Configuration c = config();
        c.setLoadFormat(LoadFormat::Uncompressed);
        return c;
    }

    // The cache folder holds nothing at all.
    QStringList cacheContents() const
    {
        return QDir(m_cacheDir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    }

    static TestHttpServer::Route seeOther(const QByteArray &body, const QByteArray &contentType = "text/plain; charset=utf-8")
    {
        TestHttpServer::Route r;
        r.status = 303;
        r.body = body;
        r.contentType = contentType;
        return r;
    }

    void uncompressedResolvesToTheGcsLocation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("locationHeader");
        const QByteArray spice = "gs://kaggle-tfhub-models-uncompressed/tfhub-modules/google/spice/2/uncompressed";
        QTest::newRow("303 without Location") << spice << QString();
        // urllib refuses to follow a gs:// Location, raises HTTPError(303) and Python reads the body.
        QTest::newRow("303 with a gs:// Location") << spice << QString::fromUtf8(spice);
        // Python returns the body as sent, whitespace and all.
        QTest::newRow("body with a newline, kept as Python keeps it") << QByteArray("gs://bucket/model/1\n") << QString();
    }
    void uncompressedResolvesToTheGcsLocation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, locationHeader);
        TestHttpServer::Route r = seeOther(body);
        r.redirectTo = locationHeader;
        m_server.setRoute(u"/google/spice/2"_qs, r);
        const QString handle = m_server.url(u"/google/spice/2?lang=en"_qs).toString();
        ResolveJob job(handle, uncompressedConfig());
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(path, QString::fromUtf8(body));
        QVERIFY(job.isRemote());
        QVERIFY(!job.wasCached());
        const QList<TestHttpServer::RecordedRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 1);
        // The format pair is appended to the handle's own query, as Python's urlencode does.
        QCOMPARE(requests.first().target, QByteArray("/google/spice/2?lang=en&tf-hub-format=uncompressed"));
        QCOMPARE(cacheContents(), QStringList());
    }

    void uncompressedUnexpectedAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("requests");
        QTest::newRow("200") << 200 << QByteArray("gs://bucket/model") << QByteArray("text/plain")
                             << ErrorCode::UnexpectedStatus
                             << QStringList{u"Expected 303 See other HTTP response but received code 200 (HTTP 200, text/plain)"_qs,
                                            u"use COMPRESSED"_qs}
                             << 1;
        QTest::newRow("404") << 404 << QByteArray("<html>not here</html>") << QByteArray("text/html")
                             << ErrorCode::UnexpectedStatus
                             << QStringList{u"Expected 303 See other HTTP response but received code 404 (HTTP 404, text/html)"_qs,
                                            u"spelling"_qs}
                             << 1;
        QTest::newRow("500 retried") << 500 << QByteArray("oops") << QByteArray("text/plain")
                                     << ErrorCode::UnexpectedStatus
                                     << QStringList{u"Expected 303 See other HTTP response but received code 500"_qs,
                                                    u"try again later"_qs}
                                     << 4;
        QTest::newRow("302 without Location") << 302 << QByteArray("moved") << QByteArray("text/plain")
                                              << ErrorCode::UnexpectedStatus
                                              << QStringList{u"received code 302"_qs, u"no Location header"_qs}
                                              << 1;
        QByteArray html = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>\n<body>";
        html += QByteArray(400, 'x') + "</body></html>\n";
        QTest::newRow("303 with an HTML page")
            << 303 << html << QByteArray("text/html; charset=utf-8") << ErrorCode::NotAGcsLocation
            << QStringList{u"Expected server to return a GCS location but received '<!DOCTYPE html>\\n<html><head>"_qs,
                           u"xxx…' (HTTP 303, text/html; charset=utf-8)"_qs}
            << 1;
        QTest::newRow("303 with an empty body") << 303 << QByteArray() << QByteArray("text/plain")
                                                << ErrorCode::NotAGcsLocation
                                                << QStringList{u"Expected server to return a GCS location but received an empty body"_qs}
                                                << 1;
        QTest::newRow("303 with a location after whitespace")
            << 303 << QByteArray(" gs://bucket/model") << QByteArray("text/plain") << ErrorCode::NotAGcsLocation
            << QStringList{u"but received ' gs://bucket/model'"_qs} << 1;
        QTest::newRow("303 with a location that is not UTF-8")
            << 303 << QByteArray("gs://bucket/mod\xe9le") << QByteArray("text/plain") << ErrorCode::UnexpectedResponse
            << QStringList{u"is not valid UTF-8"_qs} << 1;
        QByteArray huge = "gs://bucket/" + QByteArray(70 * 1024, 'a');
        QTest::newRow("303 with an oversized body") << 303 << huge << QByteArray("text/plain")
                                                    << ErrorCode::UnexpectedResponse
                                                    << QStringList{u"larger than 64 KB"_qs} << 1;
    }
    void uncompressedUnexpectedAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(ErrorCode, code);
        QFETCH(QStringList, expected);
        QFETCH(int, requests);
        TestHttpServer::Route r;
        r.status = status;
        r.body = body;
        r.contentType = contentType;
        m_server.setRoute(u"/odd/1"_qs, r);
        const QString handle = m_server.url(u"/odd/1"_qs).toString();
        ResolveJob job(handle, uncompressedConfig());
        const Error e = run(job);
        QCOMPARE(e.code(), code);
        QVERIFY2(e.message().startsWith(u"Cannot resolve "_qs + handle) || code == ErrorCode::UnexpectedResponse,
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(handle), qPrintable(e.message()));
        for (const QString &text : expected)
            QVERIFY2(e.message().contains(text), qPrintable(e.message() + u"\n  lacks: "_qs + text));
        QVERIFY(job.path().isEmpty());
        QCOMPARE(m_server.requestCount(u"/odd/1"_qs), requests);
        QCOMPARE(cacheContents(), QStringList());
    }

    void uncompressedRetriesTransientErrors()
    {
        TestHttpServer::Route r = seeOther("gs://bucket/flaky/1");
        r.failFirst = 2;
        r.failStatus = 503;
        m_server.setRoute(u"/flaky/1"_qs, r);
        ResolveJob job(m_server.url(u"/flaky/1"_qs).toString(), uncompressedConfig());
        QSignalSpy info(&job, &Job::infoMessage);
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(path, u"gs://bucket/flaky/1"_qs);
        QCOMPARE(m_server.requestCount(u"/flaky/1"_qs), 3);
        QCOMPARE(info.size(), 2); // each retry is announced
        QCOMPARE(cacheContents(), QStringList());
    }

    void uncompressedFollowsRedirects_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("301") << 301;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
        // urllib follows a 303 whose Location is http(s) too; only the answer that stays is read.
        QTest::newRow("303 with an http Location") << 303;
    }
    void uncompressedFollowsRedirects()
    {
        QFETCH(int, status);
        TestHttpServer::Route hop;
        hop.status = status;
        hop.redirectTo = u"/moved/model/1"_qs;
        m_server.setRoute(u"/old/model/1"_qs, hop);
        m_server.setRoute(u"/moved/model/1"_qs, seeOther("gs://bucket/moved/1"));
        ResolveJob job(m_server.url(u"/old/model/1"_qs).toString(), uncompressedConfig());
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(path, u"gs://bucket/moved/1"_qs);
        QCOMPARE(m_server.requestCount(u"/old/model/1"_qs), 1);
        QCOMPARE(m_server.requestCount(u"/moved/model/1"_qs), 1);
        QCOMPARE(cacheContents(), QStringList());
    }

    void uncompressedRedirectLoopIsBounded()
    {
        TestHttpServer::Route loop;
        loop.redirectTo = u"/loop"_qs;
        m_server.setRoute(u"/loop"_qs, loop);
        ResolveJob job(m_server.url(u"/loop"_qs).toString(), uncompressedConfig());
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::TooManyRedirects);
        QCOMPARE(m_server.requestCount(u"/loop"_qs), uncompressedConfig().maxRedirects() + 1);
    }

    void uncompressedStalledAnswerTimesOut()
    {
        TestHttpServer::Route r = seeOther("gs://bucket/stalled/1");
        r.stallAfterBytes = 4; // "gs:/" and then nothing
        m_server.setRoute(u"/stalled/1"_qs, r);
        Configuration c = uncompressedConfig();
        c.setStallTimeout(300ms);
        c.setMaxRetries(1);
        ResolveJob job(m_server.url(u"/stalled/1"_qs).toString(), c);
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::Timeout);
        QVERIFY2(e.message().contains(u"no complete answer within 0.3 s"_qs), qPrintable(e.message()));
        QCOMPARE(m_server.requestCount(u"/stalled/1"_qs), 2);
        QCOMPARE(cacheContents(), QStringList());
    }

    void uncompressedTricklingAnswerTimesOut()
    {
        // Each byte comes well within the stall timeout, the whole answer does not.
        TestHttpServer::Route r = seeOther("gs://bucket/trickle/1/uncompressed");
        r.bytesPerSecond = 20;
        m_server.setRoute(u"/trickle/1"_qs, r);
        Configuration c = uncompressedConfig();
        c.setStallTimeout(500ms);
        c.setMaxRetries(0);
        ResolveJob job(m_server.url(u"/trickle/1"_qs).toString(), c);
        QElapsedTimer timer;
        timer.start();
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::Timeout);
        QVERIFY(timer.elapsed() < 1500);
        QCOMPARE(m_server.requestCount(u"/trickle/1"_qs), 1);
    }

    void uncompressedOfflineIsAClearError()
    {
        m_server.setRoute(u"/offline/1"_qs, seeOther("gs://bucket/offline/1"));
        const QString handle = m_server.url(u"/offline/1"_qs).toString();
        Configuration c = uncompressedConfig();
        c.setOffline(true);
        ResolveJob job(handle, c);
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::Offline);
        QVERIFY2(e.message().contains(handle), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"caches nothing"_qs), qPrintable(e.message()));
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(cacheContents(), QStringList());
    }

    void uncompressedCancelStopsTheRequest()
    {
        TestHttpServer::Route r = seeOther("gs://bucket/slow/1");
        r.delayMs = 10000;
        m_server.setRoute(u"/slow/1"_qs, r);
        ResolveJob job(m_server.url(u"/slow/1"_qs).toString(), uncompressedConfig());
        job.setAutoDelete(false);
        QSignalSpy result(&job, &Job::result);
        job.start();
        QTRY_COMPARE(m_server.requestCount(u"/slow/1"_qs), 1);
        QElapsedTimer timer;
        timer.start();
        job.cancel();
        QCOMPARE(result.size(), 1);
        QCOMPARE(job.error().code(), ErrorCode::Cancelled);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(cacheContents(), QStringList());
    }

    void goesThroughHttpProxy()
    {
        // The handle names a host that does not exist; only the proxy (our server) can answer it.
        serve(u"/proxied/model/1"_qs);
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.environment.insert(u"http_proxy"_qs, u"http://127.0.0.1:%1"_qs.arg(m_server.port()));
        in.cacheDirFlag = m_cacheDir->path();
        Error ce;
        const Configuration c = Configuration::fromInputs(in, &ce);
        const QString handle = u"http://models.example.test/proxied/model/1"_qs;
        ResolveJob job(handle, c);
        const Error e = run(job);
        QVERIFY2(!e, qPrintable(e.message()));
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().viaProxy);
        QCOMPARE(requests.first().url.host(), u"models.example.test"_qs);

        // no_proxy for that host: straight to it, which fails to resolve the name.
        in.environment.insert(u"no_proxy"_qs, u".example.test"_qs);
        const Configuration direct = Configuration::fromInputs(in, &ce);
        ResolveJob job2(u"http://models.example.test/proxied/model/2"_qs, direct);
        const Error e2 = run(job2);
        QVERIFY2(e2.code() == ErrorCode::HostNotFound || e2.code() == ErrorCode::ConnectionFailed, qPrintable(e2.message()));
        QCOMPARE(m_server.requests().size(), 1);
    }

    void cancelCleansUp()
    {
        TestHttpServer::Route r;
        r.body = m_model;
        r.stallAfterBytes = 2000;
        const QString handle = serve(u"/cancel"_qs, r);
        auto *job = new ResolveJob(handle, config());
        job->setAutoDelete(false);
        QSignalSpy result(job, &Job::result);
        job->start();
        QTRY_VERIFY(job->processedBytes() >= 2000);
        job->cancel();
        QCOMPARE(result.size(), 1);
        QCOMPARE(job->error().code(), ErrorCode::Cancelled);
        QTest::qWait(50);
        QCOMPARE(result.size(), 1);
        QVERIFY2(entriesOnDisk().isEmpty(), qPrintable(entriesOnDisk().join(u' ')));
        delete job;
    }

    void deadOwnersLockTakenOverAtOnce()
    {
        const QString handle = serve(u"/deadlock"_qs);
        ModelCache cache(m_cacheDir->path());
        const QString key = Handle::cacheKeyFor(handle);
        const qint64 pid = HubCacheTest::deadPid();
        QFile lock(cache.lockPath(key));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QSysInfo::machineHostName().toUtf8() + '.' + QByteArray::number(pid) + ".0123456789abcdef0123456789abcdef");
        lock.close();
        QVERIFY(QDir().mkpath(cache.tempPath(key, u"0123456789abcdef0123456789abcdef"_qs)));
        // The proof a hubcache downloader in this PID namespace leaves: its death is certain.
        auto proof = OwnerProof::current();
        QVERIFY(proof);
        proof->pid = pid;
        QVERIFY(proof->write(cache.tempPath(key, u"0123456789abcdef0123456789abcdef"_qs)));

        Configuration c = config();
        c.setLockTimeout(60s);
        ResolveJob job(handle, c);
        QElapsedTimer t;
        t.start();
        const Error e = run(job);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' '))); // the dead owner's temp folder too
    }

    // What a hubcache resolve in a container sharing our host name leaves while it downloads: a
    // lock naming a PID that does not exist here, and a temp folder without a proof from this
    // namespace. The download is live as long as its folder grows.
    void liveDownloadInAnotherNamespaceIsNotTakenOver_data()
    {
        QTest::addColumn<int>("proof");
        QTest::newRow("no proof") << 0;
        QTest::newRow("proof from another PID namespace") << 1;
        QTest::newRow("proof from another boot") << 2;
    }
    void liveDownloadInAnotherNamespaceIsNotTakenOver()
    {
        QFETCH(int, proof);
        const QString handle = serve(u"/container"_qs);
        ModelCache cache(m_cacheDir->path());
        const QString key = Handle::cacheKeyFor(handle);
        const QString task = u"0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"_qs;
        const qint64 pid = HubCacheTest::deadPid();
        QFile lock(cache.lockPath(key));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QSysInfo::machineHostName().toUtf8() + '.' + QByteArray::number(pid) + '.' + task.toLatin1());
        lock.close();
        const QString temp = cache.tempPath(key, task);
        QVERIFY(QDir().mkpath(temp + u"/variables"_qs));
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
        const QString growing = temp + u"/variables/variables.data-00000-of-00001"_qs;
        QTimer writer;
        connect(&writer, &QTimer::timeout, this, [&] {
            QFile f(growing);
            QVERIFY(f.open(QIODevice::Append));
            f.write(QByteArray(1000, 'x'));
        });
        writer.start(100);

        Configuration c = config();
        c.setLockTimeout(60s);
        c.setDeadOwnerGrace(700ms);
        ResolveJob job(handle, c);
        job.setAutoDelete(false);
        QSignalSpy result(&job, &Job::result);
        QSignalSpy info(&job, &Job::infoMessage);
        job.start();
        // Several times the grace: the waiting resolve keeps waiting, the download keeps its folder.
        QVERIFY2(!result.wait(3000), qPrintable(job.error().message()));
        QCOMPARE(job.stage(), ResolveJob::Stage::WaitingForLock);
        QVERIFY(QFile::exists(growing));
        QVERIFY(QFileInfo(growing).size() >= 20'000);
        QCOMPARE(m_server.requestCount(u"/container"_qs), 0);
        QVERIFY(!info.isEmpty());
        QVERIFY2(info.first().at(1).toString().contains(u"not running here"_qs), qPrintable(info.first().at(1).toString()));

        // The download stops: after the grace (not the lock timeout) it is taken over.
        writer.stop();
        QElapsedTimer stopped;
        stopped.start();
        QVERIFY(result.wait(10000));
        QVERIFY2(!job.error(), qPrintable(job.error().message()));
        QVERIFY2(stopped.elapsed() >= 600, qPrintable(QString::number(stopped.elapsed())));
        QVERIFY(info.last().at(1).toString().contains(u"made no progress"_qs));
        QCOMPARE(m_server.requestCount(u"/container"_qs), 1);
        QVERIFY(cache.isComplete(key));
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
    }

    void reusedPidIsTakenOverAtOnce()
    {
        // The lock's PID runs, but it is a process that started after the lock's owner.
        QProcess sleeper;
        sleeper.start(u"sleep"_qs, {u"30"_qs});
        QVERIFY(sleeper.waitForStarted());
        const auto start = OwnerProof::startTimeOf(sleeper.processId());
        QVERIFY(start);
        const QString handle = serve(u"/reused"_qs);
        ModelCache cache(m_cacheDir->path());
        const QString key = Handle::cacheKeyFor(handle);
        const QString task = u"0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"_qs;
        QFile lock(cache.lockPath(key));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QSysInfo::machineHostName().toUtf8() + '.' + QByteArray::number(sleeper.processId()) + '.' + task.toLatin1());
        lock.close();
        QVERIFY(QDir().mkpath(cache.tempPath(key, task)));
        auto proof = OwnerProof::current();
        QVERIFY(proof);
        proof->pid = sleeper.processId();
        proof->startTime = *start - 1;
        QVERIFY(proof->write(cache.tempPath(key, task)));

        Configuration c = config();
        c.setLockTimeout(60s);
        c.setDeadOwnerGrace(60s);
        ResolveJob job(handle, c);
        QElapsedTimer t;
        t.start();
        const Error e = run(job);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
        sleeper.kill();
        sleeper.waitForFinished();
    }

    void unparseableLockIsTakenOverAfterTheGrace()
    {
        const QString handle = serve(u"/garbage"_qs);
        ModelCache cache(m_cacheDir->path());
        const QString key = Handle::cacheKeyFor(handle);
        QFile lock(cache.lockPath(key));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("garbage");
        lock.close();
        Configuration c = config();
        c.setLockTimeout(60s);
        c.setDeadOwnerGrace(800ms);
        ResolveJob job(handle, c);
        QSignalSpy info(&job, &Job::infoMessage);
        QElapsedTimer t;
        t.start();
        const Error e = run(job);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY2(t.elapsed() >= 700 && t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
        QStringList texts;
        for (const auto &args : info)
            texts.append(args.at(1).toString());
        const QString expected = cache.lockPath(key) + u" does not hold a download lock (content 'garbage')"_qs;
        QVERIFY2(texts.first().contains(expected), qPrintable(texts.join(u'\n')));
        QVERIFY2(!texts.join(u'\n').contains(u"unknown host"_qs), qPrintable(texts.join(u'\n')));
        QVERIFY(cache.isComplete(key));
        QVERIFY(leftovers().isEmpty());
    }

    void fifoLockAndDescriptorAreReplaced()
    {
        const QString handle = serve(u"/fifo"_qs);
        ModelCache cache(m_cacheDir->path());
        const QString key = Handle::cacheKeyFor(handle);
        QVERIFY(HubCacheTest::makeFifo(cache.lockPath(key)));
        QVERIFY(HubCacheTest::makeFifo(cache.descriptorPath(key)));
        Configuration c = config();
        c.setLockTimeout(60s);
        c.setDeadOwnerGrace(60s);
        HubCacheTest::FifoWatchdog watchdog({cache.lockPath(key), cache.descriptorPath(key)}, 10s);
        ResolveJob job(handle, c);
        QSignalSpy info(&job, &Job::infoMessage);
        QElapsedTimer t;
        t.start();
        const Error e = run(job);
        QVERIFY2(!watchdog.fired(), "resolve blocked on a FIFO");
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!info.isEmpty());
        QVERIFY2(info.first().at(1).toString().contains(u"is a FIFO, not a download lock"_qs),
                 qPrintable(info.first().at(1).toString()));
        QVERIFY(cache.isComplete(key));
        QVERIFY(QFileInfo(cache.descriptorPath(key)).isFile());
        bool ok = false;
        QCOMPARE(Descriptor::read(cache.descriptorPath(key), &ok).handle, handle);
        QVERIFY(ok);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
        // The entry is exactly what Python writes: no proof file left in it.
        QVERIFY(!QFileInfo::exists(OwnerProof::pathIn(cache.entryPath(key))));
    }

    void stuckLockTakenOverAfterTimeout()
    {
        const QString handle = serve(u"/stuck"_qs);
        ModelCache cache(m_cacheDir->path());
        const QString key = Handle::cacheKeyFor(handle);
        QFile lock(cache.lockPath(key));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("another-host.example.4242.fedcba9876543210fedcba9876543210");
        lock.close();
        Configuration c = config();
        c.setLockTimeout(800ms);
        ResolveJob job(handle, c);
        QSignalSpy info(&job, &Job::infoMessage);
        QElapsedTimer t;
        t.start();
        const Error e = run(job);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(t.elapsed() >= 800);
        // It said why it waited and why it took over.
        QVERIFY(!info.isEmpty());
        QVERIFY(info.last().at(1).toString().contains(u"taking it over"_qs));
        QVERIFY(leftovers().isEmpty());
    }

    void concurrentJobsDownloadOnce()
    {
        TestHttpServer::Route r;
        r.body = m_model;
        r.delayMs = 300;
        const QString handle = serve(u"/together"_qs, r);
        QList<ResolveJob *> jobs;
        QSignalSpy *spies[4];
        for (int i = 0; i < 4; ++i) {
            jobs.append(new ResolveJob(handle, config()));
            jobs.last()->setAutoDelete(false);
            spies[i] = new QSignalSpy(jobs.last(), &Job::result);
            jobs.last()->start();
        }
        for (int i = 0; i < 4; ++i) {
            QVERIFY(spies[i]->size() == 1 || spies[i]->wait(20000));
            QVERIFY2(!jobs[i]->error(), qPrintable(jobs[i]->error().message()));
            QCOMPARE(jobs[i]->path(), jobs[0]->path());
            delete spies[i];
        }
        QCOMPARE(m_server.requestCount(u"/together"_qs), 1);
        qDeleteAll(jobs);
    }

    void blockingResolve()
    {
        const QString handle = serve(u"/blocking"_qs);
        const ResolveResult r = HubCache::resolve(handle, config());
        QVERIFY2(!r.error, qPrintable(r.error.message()));
        QVERIFY(QFile::exists(r.path + u"/saved_model.pb"_qs));
        QVERIFY(!r.wasCached);
        const ResolveResult again = HubCache::resolve(handle, config());
        QVERIFY(again.wasCached);
    }

    void tlsIsVerifiedUnlessExplicitlyDisabled()
    {
        // A real HTTPS server on 127.0.0.1 with a self-signed certificate made for this test.
        QTemporaryDir keys;
        QProcess openssl;
        openssl.start(u"openssl"_qs, {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs,
                                      u"-keyout"_qs, keys.filePath(u"key.pem"_qs), u"-out"_qs, keys.filePath(u"cert.pem"_qs),
                                      u"-days"_qs, u"1"_qs, u"-subj"_qs, u"/CN=127.0.0.1"_qs});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QFile certFile(keys.filePath(u"cert.pem"_qs));
        QFile keyFile(keys.filePath(u"key.pem"_qs));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int served = 0;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                    if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    ++served;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(m_model.size())
                                  + "\r\nConnection: close\r\n\r\n" + m_model);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        const QString handle = u"https://127.0.0.1:%1/google/tls/1"_qs.arg(server.serverPort());

        ResolveJob verified(handle, config());
        const Error e = run(verified);
        QCOMPARE(e.code(), ErrorCode::TlsFailure);
        QVERIFY2(e.message().contains(u"TFHUB_DISABLE_CERT_VALIDATION"_qs), qPrintable(e.message()));
        QCOMPARE(served, 0);
        QVERIFY(entriesOnDisk().isEmpty());

        Configuration insecure = config();
        insecure.setCertValidationDisabled(true);
        ResolveJob unverified(handle, insecure);
        const Error e2 = run(unverified);
        QVERIFY2(!e2, qPrintable(e2.message()));
        QCOMPARE(served, 1);
    }

    void unwritableCacheIsActionable()
    {
        QFile file(m_cacheDir->filePath(u"not-a-folder"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Configuration c = config();
        c.setCacheDir(file.fileName() + u"/cache"_qs);
        ResolveJob job(serve(u"/unwritable"_qs), c);
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::NotWritable);
        QVERIFY(e.message().contains(u"TFHUB_CACHE_DIR"_qs));
        QCOMPARE(m_server.requests().size(), 0);
    }

    // The protocol on a remote cache: every storage call off the caller's thread, members
    // uploaded one by one through writers, published by moveTree, then a hit; a lock of another
    // host that makes no progress is taken over; a cancel leaves neither lock nor temp folder.
    void remoteCacheRunsOffTheCallersThread()
    {
        auto storage = std::make_shared<RemoteLikeStorage>();
        const QString handle = serve(u"/remote/model/1"_qs);
        {
            ResolveJob job(handle, config());
            job.setCacheStorage(storage);
            QString path;
            const Error e = run(job, &path);
            QVERIFY2(!e, qPrintable(e.message()));
            QCOMPARE(path, m_cacheDir->path() + u'/' + Handle::cacheKeyFor(handle));
            QVERIFY(!job.wasCached());
            QString reason;
            QVERIFY2(ModelFolder::isComplete(path, &reason), qPrintable(reason));
            QVERIFY(!QFile::exists(OwnerProof::pathIn(path))); // the entry is what Python writes
        }
        QVERIFY(storage->calls.load() > 0);
        QVERIFY(storage->writers.load() >= 3); // saved_model.pb, variables.index, one data shard
        QCOMPARE(storage->callsOnMainThread.load(), 0);
        QTRY_VERIFY(leftovers().isEmpty());
        QVERIFY(QFile::exists(Descriptor::pathFor(m_cacheDir->path() + u'/' + Handle::cacheKeyFor(handle))));

        {
            ResolveJob hit(handle, config());
            hit.setCacheStorage(storage);
            QVERIFY(!run(hit));
            QVERIFY(hit.wasCached());
        }
        QCOMPARE(m_server.requestCount(u"/remote/model/1"_qs), 1);

        // Another host's lock without progress: taken over after the lock timeout.
        const QString stuck = serve(u"/remote/stuck/1"_qs);
        const QString stuckKey = Handle::cacheKeyFor(stuck);
        {
            QFile lock(m_cacheDir->path() + u'/' + stuckKey + u".lock"_qs);
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write("far.away.7.cccccccccccccccccccccccccccccccc");
        }
        Configuration quick = config();
        quick.setLockTimeout(300ms);
        {
            ResolveJob job(stuck, quick);
            job.setCacheStorage(storage);
            QSignalSpy info(&job, &Job::infoMessage);
            const Error e = run(job);
            QVERIFY2(!e, qPrintable(e.message()));
            bool tookOver = false;
            for (const auto &args : info)
                tookOver = tookOver || args.at(1).toString().contains(u"taking it over"_qs);
            QVERIFY(tookOver);
        }
        QCOMPARE(storage->callsOnMainThread.load(), 0);
        QTRY_VERIFY(leftovers().isEmpty());

        // Cancelled while the body stalls: the cleanup removes lock and temp folder.
        TestHttpServer::Route stall;
        stall.stallAfterBytes = 100;
        const QString slow = serve(u"/remote/slow/1"_qs, stall);
        {
            ResolveJob job(slow, config());
            job.setCacheStorage(storage);
            job.setAutoDelete(false);
            QSignalSpy result(&job, &Job::result);
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(job.stage() == ResolveJob::Stage::Downloading
                                         && QFile::exists(m_cacheDir->path() + u'/' + Handle::cacheKeyFor(slow) + u".lock"_qs),
                                     10000);
            job.cancel();
            QCOMPARE(result.size(), 1);
            QCOMPARE(job.error().code(), ErrorCode::Cancelled);
        }
        QTRY_VERIFY_WITH_TIMEOUT(leftovers().isEmpty(), 10000);
        QVERIFY(!QFileInfo::exists(m_cacheDir->path() + u'/' + Handle::cacheKeyFor(slow)));
        QCOMPARE(storage->callsOnMainThread.load(), 0);
    }

private:
    // gs:// handles against fake-gcs-server.
    static inline const QString kGcsBucket = QStringLiteral("hubcache-resolve");

    // Starts the emulator (once) with the test bucket; a missing emulator fails with what to run.
    bool startEmulator()
    {
        if (m_emulator)
            return true;
        auto emulator = std::make_unique<GcsEmulator>();
        QString error;
        if (!emulator->start(&error) || !emulator->createBucket(kGcsBucket, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_emulator = std::move(emulator);
        return true;
    }

    Configuration gcsConfig(const QUrl &endpoint) const
    {
        Configuration::Inputs in;
        QProcessEnvironment env;
        env.insert(u"HUBCACHE_GCS_ENDPOINT"_qs, endpoint.toString());
        in.environment = env;
        in.cacheDirFlag = m_cacheDir->path();
        Error e;
        Configuration c = Configuration::fromInputs(in, &e);
        c.setRetryDelay(20ms);
        c.setStallTimeout(5s);
        c.setLockPollInterval(50ms);
        return c;
    }

    // Writes an object straight through the client.
    bool putObject(const QString &name, const QByteArray &data)
    {
        const Configuration c = gcsConfig(m_emulator->endpoint());
        std::unique_ptr<QNetworkAccessManager> network(NetworkAccess::create(c, nullptr));
        GcsAnonymousCredentials credentials;
        GcsClient client(c, network.get(), &credentials);
        GcsUploadJob *job = client.upload(kGcsBucket, name, data);
        job->setAutoDelete(false);
        std::unique_ptr<GcsUploadJob> owner(job);
        if (!job->exec())
            qWarning() << job->error().message();
        return !job->error();
    }

    // A plain tar of 40 MiB (ten 4 MiB blocks of the resume data): no checksum in the format would
    // notice two versions spliced together; the files' bytes are checked instead.
    static ArchiveBuilder largeGcsArchive(quint32 seed = 11)
    {
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::None);
        b.addDirectory("./");
        b.addFile("./saved_model.pb", fileContent(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two/saved_model.pb")));
        b.addDirectory("./assets/");
        b.addLargeFile("./assets/weights.bin", 40 << 20, seed);
        return b;
    }

    static void verifyLargeGcsArchive(const QString &path, quint32 seed = 11)
    {
        QFile weights(path + u"/assets/weights.bin"_qs);
        QVERIFY(weights.open(QIODevice::ReadOnly));
        QCOMPARE(weights.size(), qint64(40 << 20));
        for (qint64 at = 0; at < weights.size(); at += 1 << 20) {
            const QByteArray got = weights.read(1 << 20);
            QVERIFY2(got == ArchiveBuilder::largeFileContent(seed, at, got.size()),
                     qPrintable(u"weights.bin differs in the MiB at %1"_qs.arg(at)));
        }
    }

    // The Range headers of the media requests the proxy forwarded, in order (empty: the whole object).
    static QList<QByteArray> mediaRanges(const GcsFaultProxy &proxy)
    {
        QList<QByteArray> ranges;
        for (const GcsFaultProxy::Request &r : proxy.requests()) {
            if (r.target.contains("alt=media"))
                ranges.append(r.range);
        }
        return ranges;
    }

    static QByteArray fileContent(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void gcsArchiveIsCachedLikeAnHttpArchive()
    {
        QVERIFY2(startEmulator(), qPrintable(GcsEmulator::installHint()));
        QVERIFY(putObject(u"models/half_plus_two.tar.gz"_qs, m_model));
        GcsFaultProxy proxy(m_emulator->port());
        QVERIFY(proxy.start());
        const QString handle = u"gs://"_qs + kGcsBucket + u"/models/half_plus_two.tar.gz"_qs;
        ResolveJob job(handle, gcsConfig(proxy.endpoint()));
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(!job.wasCached());
        QVERIFY(!job.isRemote());
        // The same key as an http(s) archive: the SHA-1 of the handle text.
        QCOMPARE(path, m_cacheDir->path() + u'/'
                           + QString::fromLatin1(QCryptographicHash::hash(handle.toUtf8(), QCryptographicHash::Sha1).toHex()));
        const QString source = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two");
        for (const char *name : {"saved_model.pb", "variables/variables.index", "variables/variables.data-00000-of-00001"}) {
            const QByteArray expected = fileContent(source + u'/' + QString::fromLatin1(name));
            QVERIFY(!expected.isEmpty());
            QVERIFY2(fileContent(path + u'/' + QString::fromLatin1(name)) == expected, name);
        }
        bool ok = false;
        const Descriptor d = Descriptor::read(path + u".descriptor.txt"_qs, &ok);
        QVERIFY(ok);
        QCOMPARE(d.handle, handle);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
        // The media request was pinned to a generation.
        QCOMPARE(proxy.requestCount("alt=media&generation="), 1);

        const int requests = proxy.requests().size();
        ResolveJob again(handle, gcsConfig(proxy.endpoint()));
        QString path2;
        QVERIFY(!run(again, &path2));
        QCOMPARE(path2, path);
        QVERIFY(again.wasCached());
        QCOMPARE(proxy.requests().size(), requests);
    }

    // The first media request fails; the object is replaced before the retry, which finds the
    // pinned generation gone: the download starts over once, from an empty temp folder, and caches
    // the new version whole (nothing of the old one), saying so.
    void gcsArchiveReplacedMidDownloadStartsOver()
    {
        QVERIFY2(startEmulator(), qPrintable(GcsEmulator::installHint()));
        QVERIFY(putObject(u"models/replaced.tar.gz"_qs, m_model));
        GcsFaultProxy proxy(m_emulator->port());
        QVERIFY(proxy.start());
        proxy.failNext(1, 503, "alt=media");
        Configuration c = gcsConfig(proxy.endpoint());
        c.setRetryDelay(1500ms);
        const QString handle = u"gs://"_qs + kGcsBucket + u"/models/replaced.tar.gz"_qs;
        ResolveJob job(handle, c);
        job.setAutoDelete(false);
        QSignalSpy result(&job, &Job::result);
        QStringList messages;
        connect(&job, &Job::infoMessage, this, [&messages](Job *, const QString &text) { messages.append(text); });
        job.start();
        QTRY_VERIFY(proxy.requestCount("alt=media") >= 1);
        QVERIFY(result.isEmpty());
        const QString replacement = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures");
        QVERIFY(putObject(u"models/replaced.tar.gz"_qs,
                          ArchiveBuilder::savedModelDirectoryArchive(replacement, ArchiveBuilder::Compression::Gzip)));
        QVERIFY(result.wait(30000));
        QVERIFY2(!job.error(), qPrintable(job.error().message()));
        QVERIFY2(messages.join(u'\n').contains(handle + u" was replaced during the download; starting over"_qs),
                 qPrintable(messages.join(u'\n')));
        const QString path = job.path();
        QVERIFY(fileContent(path + u"/saved_model.pb"_qs) == fileContent(replacement + u"/saved_model.pb"_qs));
        QVERIFY(!QFile::exists(path + u"/variables/variables.data-00000-of-00001"_qs)
                || fileContent(path + u"/variables/variables.data-00000-of-00001"_qs)
                       == fileContent(replacement + u"/variables/variables.data-00000-of-00001"_qs));
        // Metadata again for the new generation, and its media request.
        QCOMPARE(proxy.requestCount("alt=media&generation="), 3);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
    }

    // A gs:// archive above HUBCACHE_PARALLEL_MIN_SIZE behind a slow first answer: the rest comes
    // in ranged reads of the same generation over several connections, extracted byte-exact.
    void gcsArchiveDownloadsInParallelRanges()
    {
        QVERIFY2(startEmulator(), qPrintable(GcsEmulator::installHint()));
        const QByteArray archive = largeGcsArchive().build();
        QVERIFY(putObject(u"models/large.tar"_qs, archive));
        GcsFaultProxy proxy(m_emulator->port());
        QVERIFY(proxy.start());
        proxy.throttleNext(1, 8'000'000, "alt=media"); // a slow link: parallel ranges pay off
        Configuration c = gcsConfig(proxy.endpoint());
        c.setParallelConnections(4);
        c.setParallelMinSize(1);
        const QString handle = u"gs://"_qs + kGcsBucket + u"/models/large.tar"_qs;
        ResolveJob job(handle, c);
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        verifyLargeGcsArchive(path);
        const QList<QByteArray> ranges = mediaRanges(proxy);
        QVERIFY2(ranges.size() >= 3, ranges.join(' ').constData());
        for (const GcsFaultProxy::Request &r : proxy.requests()) {
            if (r.target.contains("alt=media"))
                QVERIFY2(r.target.contains("generation="), r.target.constData());
        }
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
    }

    // A part of a parallel gs:// download fails once: that part alone is asked again, the others
    // are not, and the extraction is byte-exact.
    void gcsParallelPartFailingOnceIsRetriedAlone()
    {
        QVERIFY2(startEmulator(), qPrintable(GcsEmulator::installHint()));
        const QByteArray archive = largeGcsArchive().build();
        QVERIFY(putObject(u"models/flaky.tar"_qs, archive));
        GcsFaultProxy proxy(m_emulator->port());
        QVERIFY(proxy.start());
        proxy.throttleNext(1, 8'000'000, "alt=media");
        proxy.failNext(1, 503, "alt=media"); // the first ranged part
        Configuration c = gcsConfig(proxy.endpoint());
        c.setParallelConnections(4);
        c.setParallelMinSize(1);
        const QString handle = u"gs://"_qs + kGcsBucket + u"/models/flaky.tar"_qs;
        ResolveJob job(handle, c);
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        verifyLargeGcsArchive(path);
        const QList<QByteArray> ranges = mediaRanges(proxy);
        QVERIFY2(ranges.size() >= 3 && ranges.first().isEmpty(), ranges.join(' ').constData());
        QCOMPARE(ranges.count(ranges.at(1)), 2); // the failed part, and only it, twice
        for (const QByteArray &range : ranges.mid(2)) {
            if (range != ranges.at(1))
                QCOMPARE(ranges.count(range), 1);
        }
    }

    // The object is replaced while a parallel download runs: a part finds its generation gone,
    // the download starts over with the new version, and no byte of the old one is mixed in.
    void gcsParallelDownloadOfAReplacedObjectStartsOver()
    {
        QVERIFY2(startEmulator(), qPrintable(GcsEmulator::installHint()));
        QVERIFY(putObject(u"models/moving.tar"_qs, largeGcsArchive(11).build()));
        GcsFaultProxy proxy(m_emulator->port());
        QVERIFY(proxy.start());
        proxy.throttleNext(1, 8'000'000, "alt=media");
        proxy.failNext(1, 503, "alt=media"); // the first ranged part, asked again after the replacement
        Configuration c = gcsConfig(proxy.endpoint());
        c.setParallelConnections(4);
        c.setParallelMinSize(1);
        c.setRetryDelay(1500ms);
        const QString handle = u"gs://"_qs + kGcsBucket + u"/models/moving.tar"_qs;
        ResolveJob job(handle, c);
        job.setAutoDelete(false);
        QSignalSpy result(&job, &Job::result);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(proxy.requestCount("alt=media") >= 2, 20000); // the 503 went out
        QVERIFY(result.isEmpty());
        QVERIFY(putObject(u"models/moving.tar"_qs, largeGcsArchive(12).build()));
        QVERIFY(result.wait(60000));
        QVERIFY2(!job.error(), qPrintable(job.error().message()));
        verifyLargeGcsArchive(job.path(), 12);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
    }

    void gcsArchiveThatIsMissingFails()
    {
        QVERIFY2(startEmulator(), qPrintable(GcsEmulator::installHint()));
        const QString handle = u"gs://"_qs + kGcsBucket + u"/models/absent.tar.gz"_qs;
        ResolveJob job(handle, gcsConfig(m_emulator->endpoint()));
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::RemoteNotFound);
        QVERIFY2(e.message().contains(u"models/absent.tar.gz"_qs), qPrintable(e.message()));
        QVERIFY2(entriesOnDisk().isEmpty(), qPrintable(entriesOnDisk().join(u' ')));
    }

    void gcsFolderHandleIsUsedInPlace()
    {
        QVERIFY2(startEmulator(), qPrintable(GcsEmulator::installHint()));
        QVERIFY(putObject(u"folders/model/saved_model.pb"_qs, "pb"));
        const QString handle = u"gs://"_qs + kGcsBucket + u"/folders/model"_qs;
        ResolveJob job(handle, gcsConfig(m_emulator->endpoint()));
        QString path;
        const Error e = run(job, &path);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(path, handle);
        QVERIFY(job.isRemote());
        QVERIFY(entriesOnDisk().isEmpty());

        const QString absent = u"gs://"_qs + kGcsBucket + u"/folders/absent"_qs;
        ResolveJob missing(absent, gcsConfig(m_emulator->endpoint()));
        const Error m = run(missing);
        QCOMPARE(m.code(), ErrorCode::PathNotFound);
        QCOMPARE(m.message(), absent + u" does not exist."_qs);
    }

    void gcsArchiveTokenGoesWithTheMediaRequest()
    {
        QVERIFY2(startEmulator(), qPrintable(GcsEmulator::installHint()));
        QVERIFY(putObject(u"models/token.tar.gz"_qs, m_model));
        GcsFaultProxy proxy(m_emulator->port());
        QVERIFY(proxy.start());
        Configuration::Inputs in;
        QProcessEnvironment env;
        env.insert(u"HUBCACHE_GCS_ENDPOINT"_qs, proxy.endpoint().toString());
        env.insert(u"GOOGLE_OAUTH_ACCESS_TOKEN"_qs, u"test-token"_qs);
        in.environment = env;
        in.cacheDirFlag = m_cacheDir->path();
        Error ce;
        const Configuration c = Configuration::fromInputs(in, &ce);
        ResolveJob job(u"gs://"_qs + kGcsBucket + u"/models/token.tar.gz"_qs, c);
        const Error e = run(job);
        QVERIFY2(!e, qPrintable(e.message()));
        int media = 0;
        for (const GcsFaultProxy::Request &request : proxy.requests()) {
            QCOMPARE(request.authorization, QByteArray("Bearer test-token"));
            media += request.target.contains("alt=media") ? 1 : 0;
        }
        QCOMPARE(media, 1);
    }

    void downloadHeaderStaysWithItsOrigin()
    {
        // The storage endpoint redirects elsewhere: the header is not sent there.
        TestHttpServer elsewhere;
        QVERIFY(elsewhere.start());
        TestHttpServer::Route model;
        model.body = m_model;
        elsewhere.setRoute(u"/object"_qs, model);
        TestHttpServer::Route redirect;
        redirect.status = 302;
        redirect.redirectTo = elsewhere.url(u"/object"_qs).toString();
        m_server.setRoute(u"/storage/v1/b/b/o/object"_qs, redirect);
        QTemporaryDir dest;
        std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(config(), nullptr));
        auto *download = new DownloadJob(m_server.url(u"/storage/v1/b/b/o/object"_qs), dest.path(), u"gs://b/object"_qs,
                                         config(), nam.get());
        download->setAutoDelete(false);
        std::unique_ptr<DownloadJob> owner(download);
        download->setRequestHeader("Authorization", "Bearer secret", m_server.url(u"/"_qs));
        QVERIFY2(download->exec(), qPrintable(download->error().message()));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().headers.value("authorization"), QByteArray("Bearer secret"));
        QCOMPARE(elsewhere.requests().size(), 1);
        QVERIFY(!elsewhere.requests().first().headers.contains("authorization"));
    }
};

QTEST_GUILESS_MAIN(TestResolveJob)
#include "tst_resolvejob.moc"
