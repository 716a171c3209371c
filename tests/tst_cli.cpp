#include "archivebuilder.h"
#include "handle.h"
#include "testhttpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>

using HubCacheTest::ArchiveBuilder;
using HubCacheTest::TestHttpServer;

// Drives the real `hubcache` binary as a user or a script would.
class TestCli : public QObject
{
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    TestHttpServer m_server;
    QByteArray m_model;
    std::unique_ptr<QTemporaryDir> m_cache;

    static QString binary() { return QStringLiteral(HUBCACHE_BIN_DIR "/hubcache"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TFHUB_CACHE_DIR"_qs, m_cache->path());
        env.remove(u"TFHUB_MODEL_LOAD_FORMAT"_qs);
        env.remove(u"TFHUB_DOWNLOAD_PROGRESS"_qs);
        env.remove(u"HUBCACHE_OFFLINE"_qs);
        env.insert(u"HUBCACHE_RETRY_DELAY_MS"_qs, u"20"_qs);
        env.insert(u"HUBCACHE_LOCK_POLL_MS"_qs, u"50"_qs);
        return env;
    }

    QProcess *startCli(const QStringList &args, const QProcessEnvironment &env) const
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(env);
        p->start(binary(), args);
        return p;
    }

    Result cli(const QStringList &args, QProcessEnvironment env = {}) const
    {
        if (env.isEmpty())
            env = environment();
        std::unique_ptr<QProcess> p(startCli(args, env));
        Result r;
        if (!p->waitForFinished(60000)) {
            p->kill();
            return r;
        }
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        return r;
    }

    QString serve(const QString &path, TestHttpServer::Route route = {})
    {
        if (route.body.isEmpty())
            route.body = m_model;
        m_server.setRoute(path, route);
        return m_server.url(path).toString();
    }

    static QJsonObject json(const QByteArray &bytes)
    {
        return QJsonDocument::fromJson(bytes).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binary()), qPrintable(binary()));
        QVERIFY(m_server.start());
        m_model = ArchiveBuilder::savedModelDirectoryArchive(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures"),
                                                             ArchiveBuilder::Compression::Gzip);
        QVERIFY(!m_model.isEmpty());
    }

    void init()
    {
        m_cache = std::make_unique<QTemporaryDir>();
        m_server.clearRequests();
    }

    void resolvePrintsOnlyThePath()
    {
        const QString handle = serve(u"/m/resolve/1"_qs);
        const Result r = cli({u"resolve"_qs, handle});
        QCOMPARE(r.exitCode, 0);
        const QString expected = m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(handle) + u'\n';
        QCOMPARE(QString::fromLocal8Bit(r.out), expected);
        // Not a terminal: the Python library's log lines.
        QVERIFY2(r.err.contains(QByteArray("Downloaded " + handle.toUtf8() + ", Total size: ")), r.err.constData());
        // Cached now: same path, no request, no download line.
        const Result again = cli({u"resolve"_qs, handle});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QString::fromLocal8Bit(again.out), expected);
        QVERIFY(!again.err.contains("Downloaded"));
        QCOMPARE(m_server.requests().size(), 1);
    }

    void downloadProgressVariable()
    {
        const QString handle = serve(u"/m/progress/1"_qs);
        QProcessEnvironment env = environment();
        env.insert(u"TFHUB_DOWNLOAD_PROGRESS"_qs, u"1"_qs);
        const Result r = cli({u"resolve"_qs, handle}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QByteArray("\rDownloading " + handle.toUtf8() + ": ")), r.err.constData());
    }

    void errorsAreOneLineAndNonZero()
    {
        TestHttpServer::Route missing;
        missing.status = 404;
        missing.body = "not here";
        const QString handle = serve(u"/m/missing/1"_qs, missing);
        const Result r = cli({u"resolve"_qs, handle});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("hubcache: error: "), r.err.constData());
        QVERIFY(lines.last().contains("404"));
        QVERIFY(QDir(m_cache->path()).isEmpty());

        const Result badFormat = cli({u"--tfhub_model_load_format"_qs, u"FAST"_qs, u"resolve"_qs, handle});
        QCOMPARE(badFormat.exitCode, 1);
        QVERIFY(badFormat.err.contains("'FAST' is not a valid model load format"));

        QCOMPARE(cli({u"frobnicate"_qs}).exitCode, 2);
        QCOMPARE(cli({u"resolve"_qs}).exitCode, 2);
        const Result help = cli({u"resolve"_qs, u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--tfhub_cache_dir"));
    }

    void cacheDirFlagBeatsEnvironment()
    {
        QTemporaryDir other;
        const QString handle = serve(u"/m/flag/1"_qs);
        const Result r = cli({u"--tfhub_cache_dir"_qs, other.path(), u"resolve"_qs, handle});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromLocal8Bit(r.out).startsWith(other.path() + u'/'));
        const Result config = cli({u"--tfhub_cache_dir"_qs, other.path(), u"config"_qs, u"--json"_qs});
        QCOMPARE(config.exitCode, 0);
        const QJsonObject o = json(config.out);
        QCOMPARE(o.value(u"cacheDir"_qs).toString(), other.path());
        QCOMPARE(o.value(u"cacheDirSource"_qs).toString(), u"command line"_qs);
        const Result envConfig = cli({u"config"_qs, u"--json"_qs});
        QCOMPARE(json(envConfig.out).value(u"cacheDirSource"_qs).toString(), u"environment"_qs);
        QCOMPARE(json(envConfig.out).value(u"loadFormat"_qs).toString(), u"AUTO"_qs);
    }

    void listInfoRemove()
    {
        const QString handle = serve(u"/m/ls/1"_qs);
        QCOMPARE(cli({u"resolve"_qs, handle}).exitCode, 0);
        // An orphaned temp folder, as a killed Python download leaves it.
        const QString key = HubCache::Handle::cacheKeyFor(u"https://example.com/killed/1"_qs);
        QVERIFY(QDir().mkpath(m_cache->path() + u'/' + key + u".0123456789abcdef0123456789abcdef.tmp/variables"_qs));

        const Result ls = cli({u"ls"_qs, u"--json"_qs});
        QCOMPARE(ls.exitCode, 0);
        const QJsonArray entries = json(ls.out).value(u"entries"_qs).toArray();
        QCOMPARE(entries.size(), 2);
        QJsonObject model, orphan;
        for (const auto &v : entries)
            (v.toObject().value(u"state"_qs).toString() == u"complete"_qs ? model : orphan) = v.toObject();
        QCOMPARE(model.value(u"handle"_qs).toString(), handle);
        QVERIFY(model.value(u"size"_qs).toInteger() > 0);
        QVERIFY(!model.value(u"downloadTime"_qs).toString().isEmpty());
        QCOMPARE(orphan.value(u"state"_qs).toString(), u"orphaned-temp"_qs);

        const Result text = cli({u"ls"_qs});
        QVERIFY(text.out.contains(handle.toUtf8()));
        QVERIFY(text.out.contains("Total:"));

        const Result info = cli({u"info"_qs, handle, u"--json"_qs});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject i = json(info.out);
        QCOMPARE(i.value(u"descriptor"_qs).toObject().value(u"module"_qs).toString(), handle);
        const QJsonArray graphs = i.value(u"savedModel"_qs).toObject().value(u"metaGraphs"_qs).toArray();
        QCOMPARE(graphs.size(), 1);
        QStringList signatures;
        for (const auto &s : graphs.first().toObject().value(u"signatures"_qs).toArray())
            signatures.append(s.toObject().value(u"key"_qs).toString());
        QVERIFY2(signatures.contains(u"serving_default"_qs) && signatures.contains(u"embed"_qs),
                 qPrintable(signatures.join(u',')));
        bool sawPb = false;
        for (const auto &f : i.value(u"fileList"_qs).toArray())
            sawPb |= f.toObject().value(u"path"_qs).toString() == u"saved_model.pb"_qs;
        QVERIFY(sawPb);
        const Result infoText = cli({u"info"_qs, handle});
        QVERIFY(infoText.out.contains("Signature 'serving_default'"));

        QCOMPARE(cli({u"prune"_qs, u"--dry-run"_qs}).exitCode, 0);
        QVERIFY(QFileInfo::exists(m_cache->path() + u'/' + key + u".0123456789abcdef0123456789abcdef.tmp"_qs));
        QCOMPARE(cli({u"prune"_qs}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(m_cache->path() + u'/' + key + u".0123456789abcdef0123456789abcdef.tmp"_qs));

        QCOMPARE(cli({u"rm"_qs, u"--dry-run"_qs, handle}).exitCode, 0);
        QCOMPARE(QDir(m_cache->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 2);
        const Result rm = cli({u"rm"_qs, handle});
        QCOMPARE(rm.exitCode, 0);
        QVERIFY(rm.err.contains("freed"));
        QVERIFY(QDir(m_cache->path()).isEmpty());
        QCOMPARE(cli({u"rm"_qs, handle}).exitCode, 1);
    }

    void prefetchSummarises()
    {
        const QString a = serve(u"/m/a/1"_qs);
        const QString b = serve(u"/m/b/1"_qs);
        TestHttpServer::Route gone;
        gone.status = 404;
        gone.body = "no";
        const QString c = serve(u"/m/c/1"_qs, gone);
        QTemporaryDir lists;
        QFile list(lists.filePath(u"models.txt"_qs));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(QString(u"# my models\n"_qs + a + u"\n\n"_qs + b + u"  # the second\n"_qs + c + u"\n"_qs).toUtf8());
        list.close();
        QCOMPARE(cli({u"resolve"_qs, a}).exitCode, 0); // one is cached already
        const Result r = cli({u"prefetch"_qs, u"-f"_qs, list.fileName(), u"-j"_qs, u"2"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QByteArray("cached\t" + a.toUtf8())), r.out.constData());
        QVERIFY(r.out.contains(QByteArray("downloaded\t" + b.toUtf8())));
        QVERIFY(r.out.contains(QByteArray("failed\t" + c.toUtf8())));
        QVERIFY2(r.err.contains("1 downloaded"), r.err.constData());
        QVERIFY(r.err.contains("1 already cached"));
        QVERIFY(r.err.contains("1 failed"));
    }

    void eightProcessesDownloadOnce()
    {
        TestHttpServer::Route slow;
        slow.delayMs = 700; // long enough that all eight start while the first downloads
        const QString handle = serve(u"/m/eight/1"_qs, slow);
        QList<QProcess *> procs;
        for (int i = 0; i < 8; ++i)
            procs.append(startCli({u"resolve"_qs, handle}, environment()));
        QSet<QString> paths;
        for (QProcess *p : procs) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
            paths.insert(QString::fromLocal8Bit(p->readAllStandardOutput()).trimmed());
        }
        qDeleteAll(procs);
        QCOMPARE(paths.size(), 1);
        QVERIFY(QFile::exists(*paths.begin() + u"/saved_model.pb"_qs));
        QCOMPARE(m_server.requestCount(u"/m/eight/1"_qs), 1);
        QStringList left = QDir(m_cache->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QCOMPARE(left.size(), 2); // the folder and its descriptor
    }

    void killedDownloaderIsTakenOverAtOnce()
    {
        // The first downloader stalls mid-body and is killed -9: it leaves its lock and temp folder.
        TestHttpServer::Route stall;
        stall.stallAfterBytes = 3000;
        const QString handle = serve(u"/m/killed/1"_qs, stall);
        const QString key = HubCache::Handle::cacheKeyFor(handle);
        const QString lock = m_cache->path() + u'/' + key + u".lock"_qs;
        std::unique_ptr<QProcess> victim(startCli({u"resolve"_qs, handle}, environment()));
        QVERIFY(victim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(u"/m/killed/1"_qs) == 1, 10000);
        ::kill(pid_t(victim->processId()), SIGKILL);
        QVERIFY(victim->waitForFinished(5000));
        QVERIFY(QFile::exists(lock));

        serve(u"/m/killed/1"_qs); // the server works again
        QElapsedTimer t;
        t.start();
        QProcessEnvironment env = environment();
        env.insert(u"HUBCACHE_LOCK_TIMEOUT"_qs, u"600"_qs); // only the dead-owner rule can help
        const Result r = cli({u"resolve"_qs, handle}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(r.err.contains("which is gone"), r.err.constData());
        // Only the entry and its descriptor: the dead process's temp folder was removed.
        QStringList left = QDir(m_cache->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        left.sort();
        QCOMPARE(left, (QStringList{key, key + u".descriptor.txt"_qs}));
    }

    // A download in a container that shares this host's name (host networking, Kubernetes
    // hostNetwork): a real second PID namespace. Its lock names a PID that does not exist out here;
    // the host's resolve and prune must leave the live download alone.
    void downloadInAnotherPidNamespaceSurvives()
    {
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_qs);
        if (unshare.isEmpty())
            QSKIP("unshare (util-linux) is not installed");
        const QStringList nsArgs{u"--user"_qs, u"--map-root-user"_qs, u"--pid"_qs, u"--fork"_qs, u"--mount-proc"_qs};
        {
            QProcess probe;
            probe.start(unshare, nsArgs + QStringList{u"sh"_qs, u"-c"_qs, u"echo 100 > /proc/sys/kernel/ns_last_pid"_qs});
            if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
                QSKIP(qPrintable(u"this machine forbids an unprivileged PID namespace (unshare --user --pid): "_qs
                                 + QString::fromLocal8Bit(probe.readAllStandardError()).trimmed()));
        }
        // The namespace numbers its processes from 1; start them at a number that is free out here,
        // as a container's PIDs usually are.
        qint64 free = 30000;
        while (free > 1000 && (::kill(pid_t(free), 0) == 0 || errno != ESRCH || ::kill(pid_t(free + 1), 0) == 0 || errno != ESRCH))
            --free;

        // A model that takes several seconds to arrive, and grows on disk while it does.
        ArchiveBuilder builder(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        const QString modelDir = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures");
        QDirIterator it(modelDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            QFile f(it.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            builder.addFile("./" + QDir(modelDir).relativeFilePath(it.filePath()).toUtf8(), f.readAll());
        }
        builder.addLargeFile("./assets/padding.bin", 480'000, 7);
        TestHttpServer::Route slow;
        slow.body = builder.build();
        QVERIFY(!slow.body.isEmpty());
        slow.bytesPerSecond = 80'000; // about six seconds
        const QString handle = serve(u"/m/namespace/1"_qs, slow);
        const QString key = HubCache::Handle::cacheKeyFor(handle);
        const QString lock = m_cache->path() + u'/' + key + u".lock"_qs;

        QProcessEnvironment env = environment();
        env.insert(u"HUBCACHE_DEAD_OWNER_GRACE"_qs, u"2"_qs);
        env.insert(u"HUBCACHE_LOCK_TIMEOUT"_qs, u"600"_qs); // only the dead-owner rule could interfere
        QProcess inside;
        inside.setProcessEnvironment(env);
        inside.start(unshare, nsArgs + QStringList{u"sh"_qs, u"-c"_qs,
                                                  u"echo %1 > /proc/sys/kernel/ns_last_pid && \"$0\" resolve \"$1\"; exit $?"_qs.arg(free),
                                                  binary(), handle});
        QVERIFY(inside.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 10000);
        QFile lockFile(lock);
        QVERIFY(lockFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = lockFile.readAll().split('.');
        QVERIFY(parts.size() >= 3);
        const QString tempDir = m_cache->path() + u'/' + key + u'.' + QString::fromLatin1(parts.last()) + u".tmp"_qs;
        const qint64 nsPid = parts.at(parts.size() - 2).toLongLong();
        // The situation under test: the owner's PID does not exist out here.
        QVERIFY2(::kill(pid_t(nsPid), 0) == -1 && errno == ESRCH, qPrintable(QString::number(nsPid)));
        // Mid-download: the request is being answered, the temp folder is there. (Its files appear
        // only once the decompressor has a full buffer; until then the owner's heartbeat shows it lives.)
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(u"/m/namespace/1"_qs) == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(tempDir + u"/.hubcache-owner"_qs), 10000);

        // Out here: a resolve of the same handle, and a prune, while the download runs.
        std::unique_ptr<QProcess> waiter(startCli({u"resolve"_qs, handle}, env));
        QVERIFY(waiter->waitForStarted());
        const Result prune = cli({u"prune"_qs}, env);
        QCOMPARE(prune.exitCode, 0);
        QVERIFY2(QFileInfo::exists(lock), prune.err.constData());
        QVERIFY2(QFileInfo::exists(tempDir), prune.err.constData());
        QVERIFY2(inside.state() == QProcess::Running, "the download finished before it could be disturbed");

        QVERIFY(inside.waitForFinished(60000));
        const QByteArray insideErr = inside.readAllStandardError();
        QVERIFY2(inside.exitStatus() == QProcess::NormalExit && inside.exitCode() == 0, insideErr.constData());
        const QString path = QString::fromLocal8Bit(inside.readAllStandardOutput()).trimmed();
        QVERIFY(waiter->waitForFinished(60000));
        const QByteArray waiterErr = waiter->readAllStandardError();
        QVERIFY2(waiter->exitCode() == 0, waiterErr.constData());
        QCOMPARE(QString::fromLocal8Bit(waiter->readAllStandardOutput()).trimmed(), path);
        QVERIFY2(waiterErr.contains("not running here"), waiterErr.constData());
        QVERIFY2(!waiterErr.contains("taking it over") && !waiterErr.contains("which is gone"), waiterErr.constData());

        // One download, and its entry intact: the whole padding file, the model, no proof file.
        QCOMPARE(m_server.requestCount(u"/m/namespace/1"_qs), 1);
        QVERIFY(QFile::exists(path + u"/saved_model.pb"_qs));
        QFile padding(path + u"/assets/padding.bin"_qs);
        QVERIFY(padding.open(QIODevice::ReadOnly));
        QCOMPARE(padding.size(), 480'000);
        QVERIFY(padding.readAll() == ArchiveBuilder::largeFileContent(7, 0, 480'000));
        QVERIFY(!QFileInfo::exists(path + u"/.hubcache-owner"_qs));
        QStringList left = QDir(m_cache->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        left.sort();
        QCOMPARE(left, (QStringList{key, key + u".descriptor.txt"_qs}));
    }

    // A FIFO named like a lock or a descriptor: every command finishes within seconds.
    void fifoLockAndDescriptorNeverBlock()
    {
        const auto quick = [this](const QStringList &args) {
            std::unique_ptr<QProcess> p(startCli(args, environment()));
            Result r;
            if (!p->waitForFinished(15000)) {
                p->kill();
                p->waitForFinished();
                r.err = "timed out: blocked";
                return r;
            }
            r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
            r.out = p->readAllStandardOutput();
            r.err = p->readAllStandardError();
            return r;
        };
        const QString cached = serve(u"/m/fifo/1"_qs);
        QCOMPARE(cli({u"resolve"_qs, cached}).exitCode, 0);
        const QString fresh = serve(u"/m/fifo/2"_qs);
        const QString base = m_cache->path() + u'/';
        const QString cachedKey = HubCache::Handle::cacheKeyFor(cached);
        const QString freshKey = HubCache::Handle::cacheKeyFor(fresh);
        QVERIFY(QFile::remove(base + cachedKey + u".descriptor.txt"_qs));
        const QStringList fifos{base + cachedKey + u".descriptor.txt"_qs, base + cachedKey + u".lock"_qs,
                                base + freshKey + u".descriptor.txt"_qs, base + freshKey + u".lock"_qs};
        for (const QString &fifo : fifos)
            QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);

        const Result ls = quick({u"ls"_qs});
        QVERIFY2(ls.exitCode == 0, ls.err.constData());
        QVERIFY2(ls.out.contains("is a FIFO, not a download lock"), ls.out.constData());
        QVERIFY2(ls.out.contains("is a FIFO, not a descriptor"), ls.out.constData());
        const Result info = quick({u"info"_qs, cachedKey});
        QVERIFY2(info.exitCode == 0, info.err.constData());

        // resolve replaces both FIFOs of the handle it downloads.
        const Result resolve = quick({u"resolve"_qs, fresh});
        QVERIFY2(resolve.exitCode == 0, resolve.err.constData());
        QVERIFY2(resolve.err.contains("is a FIFO, not a download lock"), resolve.err.constData());
        QVERIFY(QFileInfo(base + freshKey + u".descriptor.txt"_qs).isFile());
        QVERIFY(!QFileInfo::exists(base + freshKey + u".lock"_qs));

        // rm takes the junk lock over; prune removes what is left.
        const Result rm = quick({u"rm"_qs, cachedKey});
        QVERIFY2(rm.exitCode == 0, rm.err.constData());
        QVERIFY(!QFileInfo::exists(base + cachedKey));
        QVERIFY(QFileInfo::exists(base + cachedKey + u".lock"_qs) || !QFileInfo::exists(base + cachedKey + u".descriptor.txt"_qs));
        const Result prune = quick({u"prune"_qs});
        QVERIFY2(prune.exitCode == 0, prune.err.constData());
        QStringList left = QDir(m_cache->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        left.sort();
        QCOMPARE(left, (QStringList{freshKey, freshKey + u".descriptor.txt"_qs}));
    }

    void interruptedDownloadCleansUp()
    {
        TestHttpServer::Route stall;
        stall.stallAfterBytes = 3000;
        const QString handle = serve(u"/m/sigint/1"_qs, stall);
        std::unique_ptr<QProcess> p(startCli({u"resolve"_qs, handle}, environment()));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(u"/m/sigint/1"_qs) == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(m_cache->path()).isEmpty(), 5000);
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 1);
        QVERIFY(p->readAllStandardError().contains("Cancelled"));
        QVERIFY2(QDir(m_cache->path()).isEmpty(), qPrintable(QDir(m_cache->path()).entryList().join(u' ')));
    }

    // A cache on a nearly full file system: a 1 MiB tmpfs in a private mount namespace
    // (unshare -rm: no root needed, nothing mounted outside this test), holding one model already.
    // A 4 MiB model then fails with "No space left", exit 1, and leaves no entry, temp folder, lock
    // or descriptor of its own; the model that was there still resolves without a download.
    void fullDiskLosesNothing()
    {
        ArchiveBuilder big(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        big.addDirectory("./");
        big.addFile("./saved_model.pb", QByteArray(2000, 'p'));
        big.addDirectory("./variables/");
        big.addFile("./variables/variables.index", QByteArray(100, 'i'));
        big.addLargeFile("./variables/variables.data-00000-of-00001", 4 << 20, 7);
        TestHttpServer::Route bigRoute;
        bigRoute.body = big.build();
        QVERIFY(!bigRoute.body.isEmpty());
        const QString bigHandle = serve(u"/m/full-disk/big/1"_qs, bigRoute);
        const QString smallHandle = serve(u"/m/full-disk/small/1"_qs);

        QTemporaryDir work;
        const QString mountPoint = work.filePath(u"mnt"_qs);
        QVERIFY(QDir().mkpath(mountPoint));
        const QString script = uR"(set -u
mount -t tmpfs -o size=1m tmpfs "$MNT" || exit 97
export TFHUB_CACHE_DIR="$MNT/cache"
"$HUBCACHE" resolve "$SMALL" > "$OUT/first.out" 2> "$OUT/first.err" || exit 98
"$HUBCACHE" resolve "$BIG" > "$OUT/big.out" 2> "$OUT/big.err"
echo $? > "$OUT/big.rc"
ls -A "$TFHUB_CACHE_DIR" > "$OUT/listing"
df -k "$MNT" | tail -1 > "$OUT/df"
"$HUBCACHE" resolve "$SMALL" > "$OUT/again.out" 2> "$OUT/again.err"
echo $? > "$OUT/again.rc"
)"_qs;
        QProcessEnvironment env = environment();
        env.insert(u"MNT"_qs, mountPoint);
        env.insert(u"OUT"_qs, work.path());
        env.insert(u"HUBCACHE"_qs, binary());
        env.insert(u"SMALL"_qs, smallHandle);
        env.insert(u"BIG"_qs, bigHandle);
        QProcess shell;
        shell.setProcessEnvironment(env);
        shell.start(u"unshare"_qs, {u"-rm"_qs, u"sh"_qs, u"-c"_qs, script});
        QVERIFY(shell.waitForFinished(60000));
        const QByteArray shellErr = shell.readAllStandardError();
        QVERIFY2(shell.exitCode() != 97, qPrintable(u"cannot mount a tmpfs in a private namespace "
                                                    "(unshare -rm, util-linux): "_qs + QString::fromLocal8Bit(shellErr)));
        auto read = [&](const char *name) {
            QFile f(work.filePath(QString::fromLatin1(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY2(shell.exitCode() == 0, qPrintable(QString::number(shell.exitCode()) + u' ' + QString::fromLocal8Bit(read("first.err") + shellErr)));

        const QString key = HubCache::Handle::cacheKeyFor(smallHandle);
        QCOMPARE(read("big.rc").trimmed(), QByteArray("1"));
        QVERIFY(read("big.out").isEmpty());
        const QByteArray err = read("big.err").trimmed();
        const QByteArray lastLine = err.split('\n').last();
        // It names the cache folder to make room in, not the temp file that is gone by now.
        const QByteArray expected = "hubcache: error: No space left while writing " + mountPoint.toUtf8() + "/cache;";
        QVERIFY2(lastLine.startsWith(expected), err.constData());
        QVERIFY2(lastLine.contains("TFHUB_CACHE_DIR"), err.constData()); // says what to do
        // Only the model that was there, with its descriptor: no half entry, temp, or lock.
        QCOMPARE(QString::fromLatin1(read("listing")).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{key, key + u".descriptor.txt"_qs}));
        // The failed download's partial files were deleted: the space is free again.
        const QList<QByteArray> df = read("df").simplified().split(' ');
        QVERIFY2(df.size() >= 4 && df[3].toInt() > 512, read("df").constData());
        QCOMPARE(read("again.rc").trimmed(), QByteArray("0"));
        QCOMPARE(QString::fromLocal8Bit(read("again.out")).trimmed(), mountPoint + u"/cache/"_qs + key);
        QVERIFY(!read("again.err").contains("Downloaded"));
        int smallRequests = 0;
        for (const auto &request : m_server.requests())
            smallRequests += request.target.startsWith("/m/full-disk/small/1") ? 1 : 0;
        QCOMPARE(smallRequests, 1);
    }

    void offlineFlag()
    {
        const QString handle = serve(u"/m/offline/1"_qs);
        const Result r = cli({u"--offline"_qs, u"resolve"_qs, handle});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("offline"));
        QCOMPARE(m_server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
