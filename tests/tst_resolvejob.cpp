#include "archivebuilder.h"
#include "deadprocess.h"
#include "descriptor.h"
#include "fifowatchdog.h"
#include "handle.h"
#include "modelcache.h"
#include "ownerproof.h"
#include "resolve.h"
#include "resolvejob.h"
#include "testhttpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QSslKey>
#include <QSslServer>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace HubCache;
using namespace std::chrono_literals;
using HubCacheTest::ArchiveBuilder;
using HubCacheTest::TestHttpServer;

class TestResolveJob : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
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
    QStringList entriesOnDisk() const
    {
        return QDir(m_cacheDir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

private Q_SLOTS:
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

    void resumeRefusedWhenTheFileChanged()
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
        QCOMPARE(job.error().code(), ErrorCode::ConnectionFailed);
        QVERIFY2(job.error().message().contains(u"could not resume"_qs), qPrintable(job.error().message()));
        QVERIFY2(entriesOnDisk().isEmpty(), qPrintable(entriesOnDisk().join(u' ')));
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

        Configuration unc = config();
        unc.setLoadFormat(LoadFormat::Uncompressed);
        ResolveJob uncompressed(m_server.url(u"/x"_qs).toString(), unc);
        QCOMPARE(run(uncompressed).code(), ErrorCode::UnsupportedLoadFormat);
        ResolveJob gcs(u"gs://bucket/model.tar.gz"_qs, config());
        const Error g = run(gcs);
        QCOMPARE(g.code(), ErrorCode::UnsupportedHandle);
        QVERIFY(g.message().contains(u"not available yet"_qs));
        QCOMPARE(m_server.requests().size(), 0);
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
};

QTEST_GUILESS_MAIN(TestResolveJob)
#include "tst_resolvejob.moc"
