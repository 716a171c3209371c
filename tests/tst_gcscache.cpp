#include "archivebuilder.h"
#include "gcsemulator.h"
#include "handle.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QDeadlineTimer>
#include <QTest>

#include <memory>

#include <csignal>

using HubCacheTest::ArchiveBuilder;
using HubCacheTest::GcsEmulator;
using HubCacheTest::TestHttpServer;

// A cache folder in Google Cloud Storage (TFHUB_CACHE_DIR=gs://bucket/dir), driven through the real
// `hubcache` binary against fake-gcs-server: downloads are serialised by the lock object, a killed
// downloader's lock is taken over, and ls/info/rm/prune work on the remote folder.
//
// Not registered with CTest until GcsStorage is implemented. To run it, add to tests/CMakeLists.txt:
//   hubcache_add_test(gcscache SOURCES common/gcsemulator.h common/gcsemulator.cpp)
//   target_compile_definitions(tst_gcscache PRIVATE HUBCACHE_PYTHON="${HUBCACHE_PYTHON}")
// then `cmake --build build --target tst_gcscache hubcache && ctest --test-dir build -R gcscache`.
class TestGcsCache : public QObject
{
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static constexpr const char *kBucket = "hub-cache";

    GcsEmulator m_emulator;
    TestHttpServer m_server;
    QByteArray m_model;
    QString m_cacheDir;
    int m_run = 0;

    static QString binary() { return QStringLiteral(HUBCACHE_BIN_DIR "/hubcache"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TFHUB_CACHE_DIR"), m_cacheDir);
        env.insert(QStringLiteral("HUBCACHE_GCS_ENDPOINT"), m_emulator.endpoint().toString());
        env.remove(QStringLiteral("TFHUB_MODEL_LOAD_FORMAT"));
        env.remove(QStringLiteral("HUBCACHE_OFFLINE"));
        env.insert(QStringLiteral("HUBCACHE_RETRY_DELAY_MS"), QStringLiteral("20"));
        env.insert(QStringLiteral("HUBCACHE_LOCK_POLL_MS"), QStringLiteral("100"));
        return env;
    }

    QProcess *startCli(const QStringList &args, const QProcessEnvironment &env) const
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(env);
        p->start(binary(), args);
        return p;
    }

    Result finish(QProcess *p) const
    {
        Result r;
        // The loopback server lives on this thread: keep its event loop running while waiting.
        QDeadlineTimer deadline(120000);
        while (p->state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished();
            return r;
        }
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        return r;
    }

    Result cli(const QStringList &args, QProcessEnvironment env = {}) const
    {
        if (env.isEmpty())
            env = environment();
        std::unique_ptr<QProcess> p(startCli(args, env));
        return finish(p.get());
    }

    QJsonArray entries() const
    {
        const Result r = cli({QStringLiteral("ls"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray();
    }

    QString serve(const QString &path, const TestHttpServer::Route &route = {})
    {
        TestHttpServer::Route r = route;
        if (r.body.isEmpty())
            r.body = m_model;
        m_server.setRoute(path, r);
        return m_server.url(path).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binary()), qPrintable(binary()));
        QString error;
        if (GcsEmulator::binaryPath().isEmpty())
            QFAIL(qPrintable(GcsEmulator::installHint()));
        if (!m_emulator.start(&error))
            QFAIL(qPrintable(error));
        QVERIFY2(m_emulator.createBucket(QString::fromLatin1(kBucket), &error), qPrintable(error));
        QVERIFY(m_server.start());
        m_model = ArchiveBuilder::savedModelDirectoryArchive(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures"),
                                                             ArchiveBuilder::Compression::Gzip);
        QVERIFY(!m_model.isEmpty());
    }

    void init()
    {
        // Each test its own folder in the bucket.
        m_cacheDir = QStringLiteral("gs://%1/cache%2").arg(QString::fromLatin1(kBucket)).arg(++m_run);
        m_server.clearRequests();
    }

    void configNamesTheRemoteFolder()
    {
        const Result r = cli({QStringLiteral("config")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(m_cacheDir.toUtf8()), r.out.constData());
        QVERIFY2(r.out.contains(m_emulator.endpoint().toString().toUtf8()), r.out.constData());
    }

    void twoResolvesDownloadOnce()
    {
        TestHttpServer::Route slow;
        slow.delayMs = 500; // both processes are waiting on the lock or the body at the same time
        const QString handle = serve(QStringLiteral("/m/race/1"), slow);
        std::unique_ptr<QProcess> a(startCli({QStringLiteral("resolve"), handle}, environment()));
        std::unique_ptr<QProcess> b(startCli({QStringLiteral("resolve"), handle}, environment()));
        const Result ra = finish(a.get());
        const Result rb = finish(b.get());
        QVERIFY2(ra.exitCode == 0, ra.err.constData());
        QVERIFY2(rb.exitCode == 0, rb.err.constData());
        const QByteArray expected = (m_cacheDir + QLatin1Char('/') + HubCache::Handle::cacheKeyFor(handle) + QLatin1Char('\n')).toUtf8();
        QCOMPARE(ra.out, expected);
        QCOMPARE(rb.out, expected);
        QCOMPARE(m_server.requestCount(QStringLiteral("/m/race/1")), 1);

        const QJsonArray all = entries();
        QCOMPARE(all.size(), 1); // no lock, no temp folder left
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("handle")).toString(), handle);

        // A hit now: no request.
        const Result again = cli({QStringLiteral("resolve"), handle});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, expected);
        QCOMPARE(m_server.requestCount(QStringLiteral("/m/race/1")), 1);
    }

    void killedDownloadersLockIsTakenOver()
    {
        TestHttpServer::Route stall;
        stall.stallAfterBytes = 200;
        const QString handle = serve(QStringLiteral("/m/killed/1"), stall);
        std::unique_ptr<QProcess> victim(startCli({QStringLiteral("resolve"), handle}, environment()));
        // Downloading: the lock is there, and no half entry is ever a hit meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray all = entries();
                return !all.isEmpty()
                    && all.at(0).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("downloading");
            }(),
            30000);
        QProcessEnvironment offline = environment();
        offline.insert(QStringLiteral("HUBCACHE_OFFLINE"), QStringLiteral("1"));
        const Result notAHit = cli({QStringLiteral("resolve"), handle}, offline);
        QVERIFY2(notAHit.exitCode != 0, notAHit.out.constData());

        ::kill(pid_t(victim->processId()), SIGKILL);
        QVERIFY(victim->waitForFinished(10000));

        serve(QStringLiteral("/m/killed/1")); // the server answers in full again
        QProcessEnvironment quick = environment();
        quick.insert(QStringLiteral("HUBCACHE_LOCK_TIMEOUT"), QStringLiteral("2"));
        const Result r = cli({QStringLiteral("resolve"), handle}, quick);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Proven gone (its proof in the temp folder names this PID namespace), or stuck past the timeout.
        QVERIFY2(r.err.contains("which is gone") || r.err.contains("taking it over"), r.err.constData());

        // The killed download's temp folder is an orphan for prune; the entry is complete.
        const Result pruned = cli({QStringLiteral("prune")});
        QCOMPARE(pruned.exitCode, 0);
        const QJsonArray all = entries();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
    }

    void infoRemoveAndPrune()
    {
        const QString handle = serve(QStringLiteral("/m/info/1"));
        QCOMPARE(cli({QStringLiteral("resolve"), handle}).exitCode, 0);
        const Result info = cli({QStringLiteral("info"), handle});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("saved_model.pb"), info.out.constData());
        QVERIFY2(info.out.contains(m_cacheDir.toUtf8()), info.out.constData());

        const Result rm = cli({QStringLiteral("rm"), handle});
        QVERIFY2(rm.exitCode == 0, rm.err.constData());
        QVERIFY(entries().isEmpty());
        const Result prune = cli({QStringLiteral("prune"), QStringLiteral("--dry-run")});
        QCOMPARE(prune.exitCode, 0);
    }

    void missingBucketFailsAtOnce()
    {
        m_cacheDir = QStringLiteral("gs://no-such-bucket-%1/c").arg(m_run);
        const Result r = cli({QStringLiteral("ls")});
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains("no-such-bucket"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestGcsCache)
#include "tst_gcscache.moc"
