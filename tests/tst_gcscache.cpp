#include "archivebuilder.h"
#include "configuration.h"
#include "gcsemulator.h"
#include "handle.h"
#include "storage.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QDeadlineTimer>
#include <QTest>

#include <chrono>
#include <memory>

#include <csignal>

using HubCacheTest::ArchiveBuilder;
using HubCacheTest::GcsEmulator;
using HubCacheTest::TestHttpServer;

// A cache folder in Google Cloud Storage (TFHUB_CACHE_DIR=gs://bucket/dir), driven through the real
// `hubcache` binary against fake-gcs-server: downloads are serialised by the lock object, a killed
// downloader's lock is taken over, ls/info/rm/prune work on the remote folder, info reads the
// remote SavedModel as it reads a local one, and a download that must start over empties its
// temp prefix. Run: `cmake --build build --target tst_gcscache hubcache && ctest --test-dir build -R gcscache`.
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

    // The bucket, written and read straight through the storage layer (not through hubcache).
    std::unique_ptr<HubCache::Storage> bucket() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HUBCACHE_GCS_ENDPOINT"), m_emulator.endpoint().toString());
        HubCache::Configuration::Inputs in;
        in.environment = env;
        HubCache::Error e;
        HubCache::Configuration c = HubCache::Configuration::fromInputs(in, &e);
        c.setRetryDelay(std::chrono::milliseconds(10));
        return HubCache::Storage::forLocation(m_cacheDir, c);
    }

    // The same command on a local cache folder (same server, same model).
    Result localCli(const QStringList &args, const QString &localCache) const
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("TFHUB_CACHE_DIR"), localCache);
        return cli(args, env);
    }

    // `info` from the SavedModel line on: what it says of the model, not where it is.
    static QByteArray modelPart(const QByteArray &info)
    {
        const qsizetype at = info.indexOf("\nSavedModel:");
        return at < 0 ? QByteArray() : info.mid(at);
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

    // `info` reads the SavedModel of an entry in the bucket: the same signatures, tags, TensorFlow
    // version and file name as for the same model in a local cache folder, as text and as JSON.
    void infoReadsTheRemoteSavedModel()
    {
        QTemporaryDir local;
        QVERIFY(local.isValid());
        const QString handle = serve(QStringLiteral("/m/inforemote/1"));
        QCOMPARE(cli({QStringLiteral("resolve"), handle}).exitCode, 0);
        const Result localResolve = localCli({QStringLiteral("resolve"), handle}, local.path());
        QVERIFY2(localResolve.exitCode == 0, localResolve.err.constData());

        const Result remote = cli({QStringLiteral("info"), handle});
        const Result here = localCli({QStringLiteral("info"), handle}, local.path());
        QVERIFY2(remote.exitCode == 0, remote.err.constData());
        QCOMPARE(here.exitCode, 0);
        const QByteArray remoteModel = modelPart(remote.out);
        QVERIFY2(remoteModel.startsWith("\nSavedModel: saved_model.pb (schema 1)"), remote.out.constData());
        QVERIFY2(remoteModel.contains("Signature 'serving_default'"), remote.out.constData());
        QVERIFY2(remoteModel.contains("Signature 'embed'"), remote.out.constData());
        QCOMPARE(remoteModel, modelPart(here.out));

        const Result remoteJson = cli({QStringLiteral("info"), QStringLiteral("--json"), handle});
        const Result localJson = localCli({QStringLiteral("info"), QStringLiteral("--json"), handle}, local.path());
        const QJsonObject r = QJsonDocument::fromJson(remoteJson.out).object();
        const QJsonObject l = QJsonDocument::fromJson(localJson.out).object();
        QVERIFY2(!r.contains(QStringLiteral("savedModelError")), remoteJson.out.constData());
        const QJsonObject model = r.value(QStringLiteral("savedModel")).toObject();
        QCOMPARE(model.value(QStringLiteral("file")).toString(), QStringLiteral("saved_model.pb"));
        QVERIFY(!model.value(QStringLiteral("metaGraphs")).toArray().isEmpty());
        QCOMPARE(model, l.value(QStringLiteral("savedModel")).toObject());
    }

    // A corrupt or missing saved_model.pb in the bucket gives the same clear error as locally.
    void infoOnABrokenRemoteSavedModel_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::newRow("corrupt") << false;
        QTest::newRow("missing") << true;
    }
    void infoOnABrokenRemoteSavedModel()
    {
        QFETCH(bool, remove);
        QTemporaryDir local;
        QVERIFY(local.isValid());
        const QString handle = serve(QStringLiteral("/m/broken/1"));
        QCOMPARE(cli({QStringLiteral("resolve"), handle}).exitCode, 0);
        QCOMPARE(localCli({QStringLiteral("resolve"), handle}, local.path()).exitCode, 0);
        const QString key = HubCache::Handle::cacheKeyFor(handle);
        const QString remoteFile = m_cacheDir + QLatin1Char('/') + key + QStringLiteral("/saved_model.pb");
        const QString localFile = local.path() + QLatin1Char('/') + key + QStringLiteral("/saved_model.pb");
        const QByteArray garbage("\x0a\xff\xff\xff\xff\x0f not a protobuf");
        const std::unique_ptr<HubCache::Storage> storage = bucket();
        if (remove) {
            QVERIFY(!storage->remove(remoteFile));
            QVERIFY(QFile::remove(localFile));
        } else {
            QVERIFY(!storage->write(remoteFile, garbage));
            QFile f(localFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(garbage), garbage.size());
        }

        const QJsonObject r = QJsonDocument::fromJson(cli({QStringLiteral("info"), QStringLiteral("--json"), handle}).out).object();
        const QJsonObject l = QJsonDocument::fromJson(
            localCli({QStringLiteral("info"), QStringLiteral("--json"), handle}, local.path()).out).object();
        const QString remoteError = r.value(QStringLiteral("savedModelError")).toString();
        const QString localError = l.value(QStringLiteral("savedModelError")).toString();
        QVERIFY2(!remoteError.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(r).toJson())));
        QVERIFY2(!localError.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(l).toJson())));
        QVERIFY2(remoteError.contains(m_cacheDir + QLatin1Char('/') + key), qPrintable(remoteError));
        QVERIFY2(remoteError.contains(remove ? QStringLiteral("contains neither 'saved_model.pb'")
                                             : QStringLiteral("is not a readable SavedModel")),
                 qPrintable(remoteError));
        // Word for word the local message, but for where the cache folder is.
        QCOMPARE(QString(remoteError).replace(m_cacheDir, local.path()), localError);

        const Result text = cli({QStringLiteral("info"), handle});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains((QStringLiteral("SavedModel: ") + remoteError).toUtf8()), text.out.constData());
    }

    // The ETag changes while the download is cut: the resume is refused and the download into the
    // bucket starts over. What the first body left under the temp prefix is removed through the
    // storage (an early file only the first version has never reaches the entry), and the entry
    // holds the second version byte for byte.
    void changedFileStartsOverInTheBucket()
    {
        const QString source = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two");
        const auto read = [&](const QString &name) {
            QFile f(source + QLatin1Char('/') + name);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const auto version = [&](quint32 seed, bool withOldFile) {
            ArchiveBuilder b(ArchiveBuilder::Format::Ustar, ArchiveBuilder::Compression::None);
            b.addDirectory("./");
            if (withOldFile)
                b.addFile("./only-in-v1.txt", "the first version's file\n");
            b.addFile("./saved_model.pb", read(QStringLiteral("saved_model.pb")));
            b.addDirectory("./variables/");
            b.addFile("./variables/variables.index", read(QStringLiteral("variables/variables.index")));
            b.addFile("./variables/variables.data-00000-of-00001",
                      read(QStringLiteral("variables/variables.data-00000-of-00001")));
            b.addDirectory("./assets/");
            b.addFile("./assets/blob.bin", ArchiveBuilder::largeFileContent(seed, 0, 512 * 1024));
            return b.build();
        };
        TestHttpServer::Route r;
        r.body = version(31, true);
        r.changedBody = version(32, false);
        r.closeAfterBytes = r.body.size() * 3 / 4; // saved_model.pb and the variables are in the bucket
        r.closeWithReset = true;
        r.interruptFirst = 1;
        const QString handle = serve(QStringLiteral("/m/changing/1"), r);

        const Result resolved = cli({QStringLiteral("resolve"), handle});
        QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
        QVERIFY2(resolved.err.contains("starting over from the beginning"), resolved.err.constData());
        const QString key = HubCache::Handle::cacheKeyFor(handle);
        const QString entry = m_cacheDir + QLatin1Char('/') + key;
        QCOMPARE(resolved.out, (entry + QLatin1Char('\n')).toUtf8());

        const std::unique_ptr<HubCache::Storage> storage = bucket();
        HubCache::Error e;
        QStringList names;
        for (const HubCache::Storage::Item &item : storage->list(m_cacheDir, HubCache::Storage::ListMode::Recursive, &e))
            names.append(item.name);
        QVERIFY2(!e, qPrintable(e.message()));
        names.sort();
        // The entry and its descriptor; no temp prefix, lock or first-version file anywhere.
        const QStringList expected{key + QStringLiteral(".descriptor.txt"), key + QStringLiteral("/assets/blob.bin"),
                                   key + QStringLiteral("/saved_model.pb"),
                                   key + QStringLiteral("/variables/variables.data-00000-of-00001"),
                                   key + QStringLiteral("/variables/variables.index")};
        QCOMPARE(names, expected);
        QCOMPARE(storage->read(entry + QStringLiteral("/assets/blob.bin"), 1 << 20, &e),
                 ArchiveBuilder::largeFileContent(32, 0, 512 * 1024));
        QCOMPARE(storage->read(entry + QStringLiteral("/saved_model.pb"), 1 << 20, &e), read(QStringLiteral("saved_model.pb")));
        QCOMPARE(m_server.requestCount(QStringLiteral("/m/changing/1")) >= 3, true); // cut, refused resume, anew
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
