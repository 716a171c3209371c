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

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

    // What a run of resolveOnSmallTmpfs() left: each command's output and exit code, the cache
    // folder's listing and the free space afterwards.
    struct TmpfsRun {
        QString skipReason; // the machine cannot mount a tmpfs in a private namespace
        QString failure;    // the script itself went wrong
        QString mountPoint;
        QByteArray rc, out, err, listing, df, againRc, againOut, againErr;
    };

    // A cache on a small file system: a tmpfs of the given size in a private mount namespace
    // (unshare -rm: no root needed, nothing mounted outside this test). It resolves smallHandle
    // first, then otherHandle (the case under test), lists the cache, and resolves smallHandle again.
    // otherArgs go to the resolve of otherHandle, before the handle.
    TmpfsRun resolveOnSmallTmpfs(const QString &size, const QString &smallHandle, const QString &otherHandle,
                                 const QString &otherArgs = {}) const
    {
        TmpfsRun run;
        QTemporaryDir work;
        run.mountPoint = work.filePath(u"mnt"_qs);
        QDir().mkpath(run.mountPoint);
        const QString script = uR"(set -u
mount -t tmpfs -o size="$SIZE" tmpfs "$MNT" || exit 97
export TFHUB_CACHE_DIR="$MNT/cache"
"$HUBCACHE" resolve "$SMALL" > "$OUT/first.out" 2> "$OUT/first.err" || exit 98
"$HUBCACHE" resolve $OTHER_ARGS "$OTHER" > "$OUT/other.out" 2> "$OUT/other.err"
echo $? > "$OUT/other.rc"
ls -A "$TFHUB_CACHE_DIR" > "$OUT/listing"
df -k "$MNT" | tail -1 > "$OUT/df"
"$HUBCACHE" resolve "$SMALL" > "$OUT/again.out" 2> "$OUT/again.err"
echo $? > "$OUT/again.rc"
)"_qs;
        QProcessEnvironment env = environment();
        env.insert(u"SIZE"_qs, size);
        env.insert(u"MNT"_qs, run.mountPoint);
        env.insert(u"OUT"_qs, work.path());
        env.insert(u"HUBCACHE"_qs, binary());
        env.insert(u"SMALL"_qs, smallHandle);
        env.insert(u"OTHER"_qs, otherHandle);
        env.insert(u"OTHER_ARGS"_qs, otherArgs);
        QProcess shell;
        shell.setProcessEnvironment(env);
        shell.start(u"unshare"_qs, {u"-rm"_qs, u"sh"_qs, u"-c"_qs, script});
        if (!shell.waitForStarted(10000)) {
            run.skipReason = u"unshare (util-linux) is not available"_qs;
            return run;
        }
        if (!shell.waitForFinished(120000)) {
            shell.kill();
            shell.waitForFinished();
            run.failure = u"the script did not finish in 120 s"_qs;
            return run;
        }
        const QByteArray shellErr = shell.readAllStandardError();
        auto read = [&](const char *name) {
            QFile f(work.filePath(QString::fromLatin1(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        if (shell.exitCode() == 97 || (shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 1
                                       && shellErr.contains("unshare"))) {
            run.skipReason = u"cannot mount a tmpfs in a private namespace (unshare -rm, util-linux): "_qs
                + QString::fromLocal8Bit(shellErr);
            return run;
        }
        if (shell.exitCode() != 0) {
            run.failure = QString::number(shell.exitCode()) + u' ' + QString::fromLocal8Bit(read("first.err") + shellErr);
            return run;
        }
        run.rc = read("other.rc").trimmed();
        run.out = read("other.out");
        run.err = read("other.err").trimmed();
        run.listing = read("listing");
        run.df = read("df");
        run.againRc = read("again.rc").trimmed();
        run.againOut = read("again.out");
        run.againErr = read("again.err");
        return run;
    }

    // After a failed download on the small file system: exit code 1, nothing on stdout; only the
    // model that was there, with its descriptor (no half entry, temp folder, or lock); the space
    // is free again; and that model still resolves without a download.
    void checkFailedWithoutTrace(const TmpfsRun &run, const QString &smallHandle, const QByteArray &smallPath,
                                 qint64 minFreeKiB) const
    {
        const QString key = HubCache::Handle::cacheKeyFor(smallHandle);
        QCOMPARE(run.rc, QByteArray("1"));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(QString::fromLatin1(run.listing).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{key, key + u".descriptor.txt"_qs}));
        const QList<QByteArray> df = run.df.simplified().split(' ');
        QVERIFY2(df.size() >= 4 && df[3].toLongLong() > minFreeKiB, run.df.constData());
        QCOMPARE(run.againRc, QByteArray("0"));
        QCOMPARE(QString::fromLocal8Bit(run.againOut).trimmed(), run.mountPoint + u"/cache/"_qs + key);
        QVERIFY(!run.againErr.contains("Downloaded"));
        int smallRequests = 0;
        for (const auto &request : m_server.requests())
            smallRequests += request.target.startsWith(smallPath) ? 1 : 0;
        QCOMPARE(smallRequests, 1);
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

    // A cache hit answers from the cache alone: stored credentials are read (here from a keychain
    // that cannot be reached, which says so on standard error) only when the model must be fetched.
    void hitReadsNoStoredCredentials()
    {
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.path() + u"/hubcache"_qs));
        QFile index(config.path() + u"/hubcache/credentials.ini"_qs);
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[credentials]\n1\\kind=bearer\n1\\target=https://models.example:8443\nsize=1\n");
        index.close();
        QProcessEnvironment env = environment();
        env.insert(u"XDG_CONFIG_HOME"_qs, config.path());
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, u"unix:path="_qs + config.path() + u"/no-bus"_qs);
        env.insert(u"HUBCACHE_KEYCHAIN_TIMEOUT"_qs, u"2"_qs);

        const QString handle = serve(u"/m/credentials/1"_qs);
        const Result miss = cli({u"resolve"_qs, handle}, env);
        QCOMPARE(miss.exitCode, 0);
        QVERIFY2(miss.err.contains("stored credentials"), miss.err.constData()); // the keychain was asked
        const Result hit = cli({u"resolve"_qs, handle}, env);
        QCOMPARE(hit.exitCode, 0);
        QCOMPARE(QString::fromLocal8Bit(hit.out),
                 m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(handle) + u'\n');
        QVERIFY2(!hit.err.contains("stored credentials"), hit.err.constData());
        const Result json = cli({u"resolve"_qs, u"--json"_qs, handle}, env);
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains("\"cached\": true"), json.out.constData());
        QVERIFY2(!json.err.contains("stored credentials"), json.err.constData());
        QCOMPARE(m_server.requests().size(), 1);

        // A broken entry is no hit: fetched again, with the stored credentials.
        QVERIFY(QFile::remove(m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(handle) + u"/saved_model.pb"_qs));
        const Result repaired = cli({u"resolve"_qs, handle}, env);
        QCOMPARE(repaired.exitCode, 0);
        QVERIFY2(repaired.err.contains("stored credentials"), repaired.err.constData());
        QCOMPARE(m_server.requests().size(), 2);
    }

    // A warm resolve is answered by the executable alone, with what the full command line prints
    // (ResolveJob's answer, taken here with debug logging, which the executable leaves to it);
    // everything else loads the command line module, and a missing or broken one says so.
    void warmResolveNeedsNoModule()
    {
        const QString handle = serve(u"/m/warm/1"_qs);
        QCOMPARE(cli({u"resolve"_qs, u"-q"_qs, handle}).exitCode, 0);
        const QString entry = m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(handle);

        // The executable alone, in a folder of its own: no module where it looks for one.
        QTemporaryDir install;
        const QString bin = install.path() + u"/bin"_qs;
        QVERIFY(QDir().mkpath(bin));
        const QString lone = bin + u"/hubcache"_qs;
        QVERIFY(QFile::copy(binary(), lone));
        QVERIFY(QFile::setPermissions(lone, QFile::permissions(binary())));
        const QString module = QDir::cleanPath(
            bin + u'/' + QDir(QStringLiteral(HUBCACHE_BIN_DIR)).relativeFilePath(QStringLiteral(HUBCACHE_CLI_MODULE)));
        QVERIFY(!QFile::exists(module));
        const auto run = [&](const QString &program, const QStringList &args, const QProcessEnvironment &env) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(program, args);
            Result r;
            if (!p.waitForFinished(60000)) {
                p.kill();
                return r;
            }
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            r.out = p.readAllStandardOutput();
            r.err = p.readAllStandardError();
            return r;
        };
        QProcessEnvironment traced = environment();
        traced.insert(u"QT_LOGGING_RULES"_qs, u"hubcache.cache.debug=true"_qs);
        for (const QStringList &args : {QStringList{u"resolve"_qs, handle}, QStringList{u"resolve"_qs, u"--json"_qs, handle},
                                        QStringList{u"--offline"_qs, u"resolve"_qs, handle, u"-q"_qs},
                                        QStringList{u"--tfhub_cache_dir"_qs, m_cache->path(), u"resolve"_qs, handle}}) {
            const Result warm = run(lone, args, environment());
            QCOMPARE(warm.exitCode, 0);
            QCOMPARE(warm.err, QByteArray());
            const Result full = run(binary(), args, traced);
            QCOMPARE(full.exitCode, 0);
            QVERIFY2(full.err.contains(QByteArray("hit \"" + handle.toUtf8())), full.err.constData()); // ResolveJob answered
            QCOMPARE(warm.out, full.out);
            QVERIFY2(warm.out.contains(entry.toUtf8()), warm.out.constData());
        }
        QCOMPARE(m_server.requests().size(), 1);

        // Everything else needs the module: another command, help, a broken entry.
        QVERIFY(QFile::remove(entry + u"/saved_model.pb"_qs));
        for (const QStringList &args : {QStringList{u"ls"_qs}, QStringList{u"--help"_qs}, QStringList{u"resolve"_qs, handle}}) {
            const Result r = run(lone, args, environment());
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.out, QByteArray());
            QVERIFY2(r.err.startsWith(QByteArray("hubcache: error: cannot load the command line module " + module.toUtf8())),
                     r.err.constData());
            QVERIFY2(r.err.contains("reinstall hubcache"), r.err.constData());
        }
        QCOMPARE(m_server.requests().size(), 1);

        // A file that is no module is refused the same way.
        QVERIFY(QDir().mkpath(QFileInfo(module).absolutePath()));
        QFile junk(module);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a shared object\n");
        junk.close();
        const Result corrupt = run(lone, {u"ls"_qs}, environment());
        QCOMPARE(corrupt.exitCode, 1);
        QVERIFY2(corrupt.err.startsWith(QByteArray("hubcache: error: cannot load the command line module " + module.toUtf8())),
                 corrupt.err.constData());

        // The real one repairs the entry.
        const Result repaired = cli({u"resolve"_qs, handle});
        QCOMPARE(repaired.exitCode, 0);
        QCOMPARE(QString::fromLocal8Bit(repaired.out), entry + u'\n');
        QCOMPARE(m_server.requests().size(), 2);
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

        // A numeric setting that is no number in its range is named, once, and nothing is fetched.
        for (const auto &[name, value] : {std::pair{"HUBCACHE_STALL_TIMEOUT", "inf"}, std::pair{"HUBCACHE_STALL_TIMEOUT", "0"},
                                          std::pair{"HUBCACHE_LOCK_TIMEOUT", "1e300"}, std::pair{"HUBCACHE_MIN_SPEED", "fast"}}) {
            QProcessEnvironment env = environment();
            env.insert(QString::fromLatin1(name), QString::fromLatin1(value));
            m_server.clearRequests();
            const Result badNumber = cli({u"resolve"_qs, handle}, env);
            QCOMPARE(badNumber.exitCode, 1);
            const QByteArray setting = QByteArray(name) + '=' + value + " is not valid";
            QVERIFY2(badNumber.err.count(setting) == 1, badNumber.err.constData());
            QVERIFY(m_server.requests().isEmpty());
        }

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

    void tfliteEntryIsCompleteAndCached()
    {
        ArchiveBuilder tflite;
        tflite.addFile("./model.tflite", QByteArray("TFL3") + QByteArray(4096, 'x'));
        TestHttpServer::Route route;
        route.body = tflite.build();
        const QString handle = serve(u"/m/lite/1"_qs, route);
        QCOMPARE(cli({u"resolve"_qs, handle}).exitCode, 0);
        const Result again = cli({u"resolve"_qs, handle});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.err.contains("Downloaded"));
        QCOMPARE(m_server.requestCount(u"/m/lite/1"_qs), 1);
        const Result ls = cli({u"ls"_qs, u"--json"_qs});
        const QJsonArray entries = json(ls.out).value(u"entries"_qs).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"state"_qs).toString(), u"complete"_qs);
        const Result info = cli({u"info"_qs, handle});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("model.tflite") && info.out.contains("TFLite"), info.out.constData());
    }

    void entriesOfTheWrongTypeAreBroken()
    {
        // saved_model.pb as a folder: `ls` and `info` agree that there is no model.
        const QString handle = serve(u"/m/folderpb/1"_qs);
        const Result first = cli({u"resolve"_qs, handle});
        QCOMPARE(first.exitCode, 0);
        const QString entry = QString::fromLocal8Bit(first.out).trimmed();
        QVERIFY(QFile::remove(entry + u"/saved_model.pb"_qs));
        QVERIFY(QDir().mkpath(entry + u"/saved_model.pb/sub"_qs));
        Result info = cli({u"info"_qs, handle});
        QVERIFY2(info.out.contains("broken") && info.out.contains("saved_model.pb is a folder"), info.out.constData());

        // A dangling symlink as the entry: listed as broken, removable, replaced by the next resolve.
        const QString linkHandle = serve(u"/m/link/1"_qs);
        const QString link = m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(linkHandle);
        QCOMPARE(::symlink("/nonexistent/hubcache", QFile::encodeName(link).constData()), 0);
        const Result ls = cli({u"ls"_qs});
        QCOMPARE(ls.exitCode, 0);
        QVERIFY2(ls.out.contains("a symbolic link, not a folder"), ls.out.constData());
        const Result rm = cli({u"rm"_qs, HubCache::Handle::cacheKeyFor(linkHandle)});
        QVERIFY2(rm.exitCode == 0, rm.err.constData());
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(::symlink("/nonexistent/hubcache", QFile::encodeName(link).constData()), 0);
        const Result resolve = cli({u"resolve"_qs, linkHandle});
        QVERIFY2(resolve.exitCode == 0, resolve.err.constData());
        QVERIFY(QFileInfo(link).isDir() && !QFileInfo(link).isSymLink());
        QCOMPARE(cli({u"resolve"_qs, linkHandle}).exitCode, 0);
        QCOMPARE(m_server.requestCount(u"/m/link/1"_qs), 1);

        // A FIFO: listed, and `rm` by handle finds it (the descriptor names it).
        const QString fifoHandle = u"https://example.com/fifo/1"_qs;
        const QString fifo = m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(fifoHandle);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        QVERIFY2(cli({u"ls"_qs}).out.contains("FIFO"), "fifo not listed");
        QCOMPARE(cli({u"rm"_qs, HubCache::Handle::cacheKeyFor(fifoHandle)}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(fifo));
        // `prune` takes them too (a real but half-deleted folder is left for `rm`).
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        QCOMPARE(::symlink("/nonexistent/hubcache", QFile::encodeName(link + u"x"_qs).constData()), 0); // not a key: ignored
        const Result prune = cli({u"prune"_qs});
        QVERIFY2(prune.exitCode == 0, prune.err.constData());
        QVERIFY2(prune.out.contains("FIFO"), prune.out.constData());
        QVERIFY(!QFileInfo::exists(fifo));
        QVERIFY(QFileInfo(entry).isDir());
    }

    void nonUtf8NamesAreListedAndDeleted()
    {
        const QString handle = serve(u"/m/latin1/1"_qs);
        const Result first = cli({u"resolve"_qs, handle});
        QCOMPARE(first.exitCode, 0);
        const QByteArray entry = first.out.trimmed();
        QCOMPARE(::mkdir(QByteArray(entry + "/assets-\xe9").constData(), 0755), 0);
        const int fd = ::open(QByteArray(entry + "/assets-\xe9/vocab\xff.txt").constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        const QByteArray data(300 * 1024, 'v');
        QCOMPARE(::write(fd, data.constData(), data.size()), data.size());
        ::close(fd);
        const Result info = cli({u"info"_qs, handle, u"--json"_qs});
        QCOMPARE(info.exitCode, 0);
        bool listed = false;
        for (const QJsonValue &f : json(info.out).value(u"fileList"_qs).toArray())
            listed |= f.toObject().value(u"path"_qs).toString() == u"assets-\\xe9/vocab\\xff.txt"_qs
                && f.toObject().value(u"size"_qs).toInteger() == data.size();
        QVERIFY2(listed, info.out.constData());
        QVERIFY(json(info.out).value(u"size"_qs).toInteger() >= data.size());
        const Result rm = cli({u"rm"_qs, handle});
        QVERIFY2(rm.exitCode == 0, rm.err.constData());
        QVERIFY(QDir(m_cache->path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
    }

    void sparseFileIsCountedByItsBlocks()
    {
        const QString handle = serve(u"/m/sparse/1"_qs);
        const Result first = cli({u"resolve"_qs, handle});
        QCOMPARE(first.exitCode, 0);
        const int fd = ::open(QByteArray(first.out.trimmed() + "/huge.bin").constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        const int truncated = ::ftruncate(fd, qint64(8) << 40); // 8 TiB, nothing allocated
        ::close(fd);
        if (truncated != 0)
            QSKIP("this file system cannot hold a sparse file of 8 TiB");
        const Result ls = cli({u"ls"_qs});
        QVERIFY2(!ls.out.contains("TB") && !ls.out.contains("TiB"), ls.out.constData());
        const Result info = cli({u"info"_qs, handle});
        QVERIFY2(info.out.contains("huge.bin  (sparse: "), info.out.constData());
        const QString sizeLine = QString::fromLocal8Bit(info.out).split(u'\n').filter(u"Size:"_qs).value(0);
        QVERIFY2(!sizeLine.isEmpty() && !sizeLine.contains(u"TB"_qs), qPrintable(sizeLine));
        const Result rm = cli({u"rm"_qs, handle});
        QCOMPARE(rm.exitCode, 0);
        QVERIFY2(!rm.out.contains("TB") && !rm.err.contains("TB"), rm.out.constData());
    }

    void cacheFolderThatIsAFile()
    {
        const QString file = m_cache->path() + u"/not-a-folder"_qs;
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        QProcessEnvironment env = environment();
        env.insert(u"TFHUB_CACHE_DIR"_qs, file);
        const QString handle = serve(u"/m/file/1"_qs);
        for (const QStringList &args : {QStringList{u"ls"_qs}, QStringList{u"info"_qs, handle}, QStringList{u"rm"_qs, handle},
                                        QStringList{u"prune"_qs}, QStringList{u"resolve"_qs, handle}}) {
            const Result r = cli(args, env);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(u' ')));
            QVERIFY2(r.err.contains("is not a folder") && r.err.contains(file.toLocal8Bit()), r.err.constData());
        }
        QCOMPARE(m_server.requestCount(u"/m/file/1"_qs), 0);
        // A missing folder is an empty cache.
        env.insert(u"TFHUB_CACHE_DIR"_qs, m_cache->path() + u"/missing"_qs);
        const Result ls = cli({u"ls"_qs}, env);
        QCOMPARE(ls.exitCode, 0);
        QVERIFY(ls.out.contains("No entries."));
    }

    void plantedDefaultCacheIsRefused()
    {
        // The default cache folder, <tmp>/tfhub_modules, in a temp folder of our own.
        QProcessEnvironment env = environment();
        env.remove(u"TFHUB_CACHE_DIR"_qs);
        env.insert(u"TMPDIR"_qs, m_cache->path());
        const QString handle = serve(u"/m/planted/1"_qs);
        const Result first = cli({u"resolve"_qs, handle}, env);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QByteArray folder = QFile::encodeName(m_cache->path() + u"/tfhub_modules"_qs);
        // Writable by everyone without the sticky bit: refused.
        QCOMPARE(::chmod(folder.constData(), 0777), 0);
        Result r = cli({u"resolve"_qs, handle}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not safe") && r.err.contains(folder), r.err.constData());
        // `ls` still shows it, with the warning, so that it can be inspected and cleaned.
        r = cli({u"ls"_qs}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("warning") && r.err.contains("not safe"), r.err.constData());
        // A group-writable team cache set on purpose: used, with a warning on stderr.
        QCOMPARE(::chmod(folder.constData(), 02775), 0);
        QProcessEnvironment team = environment();
        team.insert(u"TFHUB_CACHE_DIR"_qs, QFile::decodeName(folder));
        r = cli({u"resolve"_qs, u"-q"_qs, handle}, team);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("group"), r.err.constData());
        QCOMPARE(m_server.requestCount(u"/m/planted/1"_qs), 1);

        if (::geteuid() != 0)
            QSKIP("a folder owned by another user can only be made by root");
        // Owned by another user in the shared temp folder: refused, unless that owner is trusted.
        QCOMPARE(::chmod(folder.constData(), 0755), 0);
        QCOMPARE(::chown(folder.constData(), 65534, 65534), 0);
        r = cli({u"resolve"_qs, handle}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("owned by user") && r.err.contains("HUBCACHE_TRUSTED_CACHE_OWNERS"), r.err.constData());
        env.insert(u"HUBCACHE_TRUSTED_CACHE_OWNERS"_qs, u"65534"_qs);
        r = cli({u"resolve"_qs, handle}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        env.insert(u"HUBCACHE_TRUSTED_CACHE_OWNERS"_qs, u"no-such-user-hubcache"_qs);
        r = cli({u"resolve"_qs, handle}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("HUBCACHE_TRUSTED_CACHE_OWNERS"), r.err.constData());
        QCOMPARE(m_server.requestCount(u"/m/planted/1"_qs), 1);
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

    // 20 models with -j 8 from one host that takes 300 ms per answer: all 20 arrive byte-exact,
    // 8 requests overlap (past Qt's six connections per host) over at most 8 connections, which
    // are kept alive from one model to the next.
    void prefetchOverlapsOnKeptConnections()
    {
        constexpr int kModels = 20;
        constexpr int kJobs = 8;
        QFile graphFile(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures/saved_model.pb"));
        QVERIFY(graphFile.open(QIODevice::ReadOnly));
        const QByteArray graph = graphFile.readAll();
        QStringList handles;
        QList<QByteArray> weights;
        for (int i = 0; i < kModels; ++i) {
            ArchiveBuilder model(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
            model.addDirectory("./");
            model.addFile("./saved_model.pb", graph);
            model.addDirectory("./assets/");
            weights.append(ArchiveBuilder::largeFileContent(quint32(100 + i), 0, 40'000));
            model.addFile("./assets/weights.bin", weights.last());
            TestHttpServer::Route route;
            route.body = model.build();
            QVERIFY(!route.body.isEmpty());
            route.delayMs = 300;
            handles.append(serve(u"/m/many/%1/1"_qs.arg(i), route));
        }
        QTemporaryDir lists;
        QFile list(lists.filePath(u"many.txt"_qs));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(handles.join(u'\n').toUtf8() + '\n');
        list.close();
        QTRY_COMPARE(m_server.activeConnections(), 0); // earlier runs' connections are gone
        m_server.resetConnectionCounts();

        const Result r = cli({u"prefetch"_qs, u"-q"_qs, u"-j"_qs, QString::number(kJobs), u"-f"_qs, list.fileName()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray(QByteArray::number(kModels) + " downloaded")), r.err.constData());
        for (int i = 0; i < kModels; ++i) {
            const QString entry = m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(handles.at(i));
            QVERIFY2(r.out.contains(QByteArray("downloaded\t" + handles.at(i).toUtf8() + '\t' + entry.toUtf8())),
                     r.out.constData());
            QFile pb(entry + u"/saved_model.pb"_qs);
            QVERIFY(pb.open(QIODevice::ReadOnly));
            QVERIFY(pb.readAll() == graph);
            QFile data(entry + u"/assets/weights.bin"_qs);
            QVERIFY(data.open(QIODevice::ReadOnly));
            QVERIFY2(data.readAll() == weights.at(i), qPrintable(data.fileName()));
        }
        const int peak = m_server.peakConnections();
        const int accepted = m_server.acceptedConnections();
        QVERIFY2(peak > 6 && peak <= kJobs, qPrintable(u"%1 connections at once"_qs.arg(peak)));
        QVERIFY2(accepted <= kJobs, qPrintable(u"%1 connections for %2 models"_qs.arg(accepted).arg(kModels)));
    }

    // Two large models prefetched side by side behind slow first answers: both go to parallel
    // ranges, but share HUBCACHE_PARALLEL_CONNECTIONS (8) instead of taking 8 each.
    void prefetchSharesParallelConnections()
    {
        QFile graphFile(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures/saved_model.pb"));
        QVERIFY(graphFile.open(QIODevice::ReadOnly));
        const QByteArray graph = graphFile.readAll();
        QTemporaryDir work;
        QStringList handles;
        for (int i = 0; i < 2; ++i) {
            ArchiveBuilder model(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::None);
            model.addFile("./saved_model.pb", graph);
            model.addLargeFile("./assets/weights.bin", 60 << 20, quint32(40 + i));
            const QString file = work.filePath(u"large%1.tar"_qs.arg(i));
            QString error;
            QVERIFY2(model.writeTo(file, &error), qPrintable(error));
            TestHttpServer::Route route;
            route.filePath = file;
            route.firstAnswerBytesPerSecond = 8 << 20; // a slow link: parallel ranges pay off
            handles.append(serve(u"/m/large/%1/1"_qs.arg(i), route));
        }
        QProcessEnvironment env = environment();
        env.insert(u"HUBCACHE_PARALLEL_MIN_SIZE"_qs, u"1"_qs);
        env.insert(u"HUBCACHE_PARALLEL_CONNECTIONS"_qs, u"8"_qs);
        QTRY_COMPARE(m_server.activeConnections(), 0);
        m_server.resetConnectionCounts();
        m_server.clearRequests();
        const Result r = cli({u"prefetch"_qs, u"-q"_qs, u"-j"_qs, u"2"_qs, handles.at(0), handles.at(1)}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (int i = 0; i < 2; ++i) {
            const QString weights = m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(handles.at(i))
                + u"/assets/weights.bin"_qs;
            QFile f(weights);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.size(), qint64(60 << 20));
            for (qint64 at = 0; at < f.size(); at += 4 << 20)
                QVERIFY2(f.read(4 << 20) == ArchiveBuilder::largeFileContent(quint32(40 + i), at, std::min<qint64>(4 << 20, f.size() - at)),
                         qPrintable(u"%1 differs at %2"_qs.arg(weights).arg(at)));
        }
        int ranged = 0;
        for (const TestHttpServer::RecordedRequest &request : m_server.requests())
            ranged += request.headers.contains("range") ? 1 : 0;
        QVERIFY2(ranged >= 4, qPrintable(u"%1 range requests"_qs.arg(ranged)));
        QVERIFY2(m_server.peakConnections() <= 8, qPrintable(u"%1 connections at once"_qs.arg(m_server.peakConnections())));
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

    // A 1 MiB cache file system holding one model: a 4 MiB model then fails with "No space left",
    // exit 1, and leaves no entry, temp folder, lock or descriptor of its own; the model that was
    // there still resolves without a download. (--ignore-free-space: this is about a disk that
    // fills while writing; fullDiskIsRefusedBeforeWriting is the check before.)
    void fullDiskLosesNothing_data()
    {
        QTest::addColumn<bool>("checkFirst");
        QTest::newRow("while writing") << false;
        QTest::newRow("before writing") << true;
    }
    void fullDiskLosesNothing()
    {
        QFETCH(bool, checkFirst);
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

        const TmpfsRun run = resolveOnSmallTmpfs(u"1m"_qs, smallHandle, bigHandle,
                                                 checkFirst ? QString() : u"--ignore-free-space"_qs);
        if (!run.skipReason.isEmpty())
            QSKIP(qPrintable(run.skipReason));
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
        const QByteArray lastLine = run.err.split('\n').last();
        // It names the cache folder to make room in, not the temp file that is gone by now.
        const QByteArray expected = checkFirst
            ? QByteArray("hubcache: error: Only ")
            : QByteArray("hubcache: error: No space left while writing " + run.mountPoint.toUtf8() + "/cache;");
        if (checkFirst) {
            const QByteArray where = " free on " + run.mountPoint.toUtf8() + " (the file system of the cache folder "
                + run.mountPoint.toUtf8() + "/cache)";
            QVERIFY2(lastLine.contains(where),
                     run.err.constData());
        }
        QVERIFY2(lastLine.startsWith(expected), run.err.constData());
        QVERIFY2(lastLine.contains("TFHUB_CACHE_DIR"), run.err.constData()); // says what to do
        checkFailedWithoutTrace(run, smallHandle, "/m/full-disk/small/1", 512);
    }

    // Hostile archives on a small cache file system: 128 MiB of zeros gzipped to 128 KiB is
    // refused by the expansion bound (after 32 MiB, on a file system with room for the 128 MiB it
    // declares), and a sparse member declaring 1 GiB on a 48 MiB file system is refused before it
    // is written because it cannot fit; both leave nothing behind.
    void hostileArchivesLeaveNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArrayList>("said");
        QTest::addColumn<bool>("diskFull");
        QTest::addColumn<QString>("tmpfsSize");
        ArchiveBuilder bomb(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        bomb.addFile("./saved_model.pb", QByteArray(2000, 'p'));
        bomb.addFile("./variables/variables.data-00000-of-00001", QByteArray(128 << 20, '\0'));
        QTest::newRow("expansion bomb") << bomb.build()
                                        << QByteArrayList{"refused the archive", "HUBCACHE_MAX_EXPANSION_RATIO",
                                                          "variables.data-00000-of-00001"}
                                        << false << u"160m"_qs; // room for the declared 128 MiB
        ArchiveBuilder sparse(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        sparse.addFile("./saved_model.pb", QByteArray(2000, 'p'));
        sparse.addSparseFile("./variables/variables.data-00000-of-00001", qint64(1) << 30, {{(qint64(1) << 30) - 4, "tail"}});
        QTest::newRow("sparse member") << sparse.build()
                                       << QByteArrayList{"variables.data-00000-of-00001", "needs 1.1 GB more", "are free"}
                                       << true << u"48m"_qs;
    }
    void hostileArchivesLeaveNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArrayList, said);
        QFETCH(bool, diskFull);
        QFETCH(QString, tmpfsSize);
        QVERIFY(!body.isEmpty() && body.size() < 1 << 20);
        TestHttpServer::Route route;
        route.body = body;
        const QString hostileHandle = serve(u"/m/hostile/bad/1"_qs, route);
        const QString smallHandle = serve(u"/m/hostile/small/1"_qs);

        const TmpfsRun run = resolveOnSmallTmpfs(tmpfsSize, smallHandle, hostileHandle);
        if (!run.skipReason.isEmpty())
            QSKIP(qPrintable(run.skipReason));
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
        const QByteArray lastLine = run.err.split('\n').last();
        if (diskFull)
            QVERIFY2(lastLine.startsWith(QByteArray("hubcache: error: No space left while writing " + run.mountPoint.toUtf8() + "/cache;")),
                     run.err.constData());
        for (const QByteArray &words : said)
            QVERIFY2(lastLine.contains(words), run.err.constData());
        checkFailedWithoutTrace(run, smallHandle, "/m/hostile/small/1", 40 * 1024);
    }

    void offlineFlag()
    {
        const QString handle = serve(u"/m/offline/1"_qs);
        const Result r = cli({u"--offline"_qs, u"resolve"_qs, handle});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("offline"));
        QCOMPARE(m_server.requests().size(), 0);
    }

    // The UNCOMPRESSED load format, by flag or by TFHUB_MODEL_LOAD_FORMAT: the gs:// location the
    // server names in its 303 answer is printed, nothing is cached.
    void uncompressedResolvePrintsTheGcsLocation()
    {
        const QByteArray location = "gs://kaggle-tfhub-models-uncompressed/tfhub-modules/google/spice/2/uncompressed";
        TestHttpServer::Route r;
        r.status = 303;
        r.body = location;
        r.contentType = "text/plain";
        const QString handle = serve(u"/google/spice/2"_qs, r);

        const Result byFlag = cli({u"resolve"_qs, u"--tfhub_model_load_format=UNCOMPRESSED"_qs, handle});
        QVERIFY2(byFlag.exitCode == 0, byFlag.err.constData());
        QCOMPARE(byFlag.out, location + '\n');

        QProcessEnvironment env = environment();
        env.insert(u"TFHUB_MODEL_LOAD_FORMAT"_qs, u"UNCOMPRESSED"_qs);
        const Result byEnv = cli({u"resolve"_qs, handle}, env);
        QVERIFY2(byEnv.exitCode == 0, byEnv.err.constData());
        QCOMPARE(byEnv.out, location + '\n');

        const Result asJson = cli({u"resolve"_qs, u"--json"_qs, handle}, env);
        QCOMPARE(asJson.exitCode, 0);
        const QJsonObject o = json(asJson.out);
        QCOMPARE(o.value(u"path"_qs).toString(), QString::fromUtf8(location));
        QCOMPARE(o.value(u"remote"_qs).toBool(), true);
        QCOMPARE(o.value(u"cached"_qs).toBool(), false);

        const Result config = cli({u"config"_qs}, env);
        QVERIFY2(config.out.contains("UNCOMPRESSED") && config.out.contains("nothing is cached"), config.out.constData());

        // prefetch checks where each model lives and says that nothing is cached.
        TestHttpServer::Route missing;
        missing.status = 404;
        missing.body = "no";
        const QString gone = serve(u"/google/gone/1"_qs, missing);
        const Result prefetch = cli({u"prefetch"_qs, handle, gone}, env);
        QCOMPARE(prefetch.exitCode, 1);
        QVERIFY2(prefetch.out.contains(QByteArray("remote\t" + handle.toUtf8() + '\t' + location)), prefetch.out.constData());
        QVERIFY(prefetch.out.contains(QByteArray("failed\t" + gone.toUtf8())));
        QVERIFY2(prefetch.err.contains("caches nothing"), prefetch.err.constData());
        QVERIFY(prefetch.err.contains("Nothing cached (UNCOMPRESSED load format): 1 in remote storage, 1 failed."));

        QCOMPARE(m_server.requestCount(u"/google/spice/2"_qs), 4);
        for (const auto &request : m_server.requests())
            QVERIFY(request.target.endsWith("?tf-hub-format=uncompressed"));
        QVERIFY(QDir(m_cache->path()).isEmpty());
    }

    void uncompressedErrorsAreThePythonSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("200") << 200 << QByteArray("gs://bucket/model")
                             << QByteArray("Expected 303 See other HTTP response but received code 200 (HTTP 200, text/plain)");
        QTest::newRow("404") << 404 << QByteArray("no")
                             << QByteArray("Expected 303 See other HTTP response but received code 404 (HTTP 404, text/plain)");
        QTest::newRow("303 with HTML") << 303 << QByteArray("<html>\n<body>Sign in</body></html>")
                                       << QByteArray("Expected server to return a GCS location but received "
                                                     "'<html>\\n<body>Sign in</body></html>' (HTTP 303, text/plain)");
    }
    void uncompressedErrorsAreThePythonSentences()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        TestHttpServer::Route r;
        r.status = status;
        r.body = body;
        r.contentType = "text/plain";
        const QString handle = serve(u"/google/odd/%1"_qs.arg(status), r);
        const Result result = cli({u"--tfhub_model_load_format"_qs, u"UNCOMPRESSED"_qs, u"resolve"_qs, handle});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        const QList<QByteArray> lines = result.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.last().startsWith(QByteArray("hubcache: error: Cannot resolve " + handle.toUtf8() + ": " + expected)),
                 result.err.constData());

        QProcessEnvironment offline = environment();
        offline.insert(u"TFHUB_MODEL_LOAD_FORMAT"_qs, u"UNCOMPRESSED"_qs);
        offline.insert(u"HUBCACHE_OFFLINE"_qs, u"1"_qs);
        m_server.clearRequests();
        const Result off = cli({u"resolve"_qs, handle}, offline);
        QCOMPARE(off.exitCode, 1);
        QVERIFY2(off.err.contains("offline mode is on") && off.err.contains("caches nothing"), off.err.constData());
        QVERIFY(m_server.requests().isEmpty());
        QVERIFY(QDir(m_cache->path()).isEmpty());
    }

    // A closed terminal sends SIGHUP: the download is cancelled like Ctrl+C, and neither the lock
    // nor the temp folder is left behind for the next run to wait on.
    void hangUpDuringDownloadCleansUp()
    {
        TestHttpServer::Route stall;
        stall.stallAfterBytes = 3000;
        const QString handle = serve(u"/m/sighup/1"_qs, stall);
        std::unique_ptr<QProcess> p(startCli({u"resolve"_qs, handle}, environment()));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(u"/m/sighup/1"_qs) == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(m_cache->path()).isEmpty(), 5000);
        QElapsedTimer t;
        t.start();
        ::kill(pid_t(p->processId()), SIGHUP);
        QVERIFY(p->waitForFinished(10000));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit); // not killed by the signal
        QCOMPARE(p->exitCode(), 1);
        QVERIFY(p->readAllStandardError().contains("Cancelled"));
        QVERIFY2(QDir(m_cache->path()).isEmpty(), qPrintable(QDir(m_cache->path()).entryList().join(u' ')));
    }

    // Started with SIGHUP ignored (nohup, or a script's `trap "" HUP`), hubcache keeps ignoring it:
    // the download goes on to the end after the terminal is gone.
    void ignoredHangUpStaysIgnored()
    {
        TestHttpServer::Route slow;
        slow.delayMs = 1500; // the hang-up arrives while the server has not answered yet
        const QString handle = serve(u"/m/nohup/1"_qs, slow);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(u"sh"_qs, {u"-c"_qs, u"trap '' HUP; exec \"$0\" resolve \"$1\""_qs, binary(), handle});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(u"/m/nohup/1"_qs) == 1, 10000);
        ::kill(pid_t(p.processId()), SIGHUP);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed(),
                 m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(handle));
    }

    // Control characters that would reach the terminal raw: C0 (but line feeds and tabs), DEL,
    // C1 (U+0080..U+009F in UTF-8) and the bidi overrides that reorder what a line shows.
    static QByteArray rawControls(const QByteArray &bytes)
    {
        QByteArray found;
        const QString text = QString::fromUtf8(bytes);
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
                || (u >= 0x2066 && u <= 0x2069))
                found += QByteArray::number(uint(u), 16) + ' ';
        }
        return found;
    }

    static QByteArray demoFile(const char *relative)
    {
        QFile f(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two/") + QLatin1String(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A handle, archive member names and a server's Content-Type that carry terminal control
    // sequences (clear screen, bell, window title, CSI, right-to-left override) are printed by
    // resolve, ls, info and the error lines as visible escapes; the terminal never gets them.
    void controlCharactersAreShownEscaped()
    {
        ArchiveBuilder archive(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        archive.addDirectory("./");
        archive.addFile("./saved_model.pb", demoFile("saved_model.pb"));
        archive.addDirectory("./variables/");
        archive.addFile("./variables/variables.index", demoFile("variables/variables.index"));
        archive.addFile("./variables/variables.data-00000-of-00001", demoFile("variables/variables.data-00000-of-00001"));
        archive.addDirectory("./assets/");
        archive.addFile("./assets/\x1b[2Jclear\x07" "bell\x7f.txt", "x");
        archive.addFile("./assets/csi\xc2\x9b" "31m-\xe2\x80\xae" "txt.exe", "y");
        TestHttpServer::Route route;
        route.body = archive.build();
        QVERIFY(!route.body.isEmpty());
        const QString handle = serve(u"/m/controls/1"_qs, route);

        Result r = cli({u"resolve"_qs, handle});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString key = HubCache::Handle::cacheKeyFor(handle);

        // A handle as another program (Python's urlparse takes anything) may have written it in
        // the shared cache's descriptor.
        const QString evilHandle = handle + u"\x1b]0;owned\x07\x1b[2J"_qs;
        QFile descriptor(m_cache->path() + u'/' + key + u".descriptor.txt"_qs);
        QVERIFY(descriptor.open(QIODevice::ReadOnly));
        QByteArray text = descriptor.readAll();
        descriptor.close();
        QVERIFY(text.contains(handle.toUtf8()));
        text.replace(handle.toUtf8(), evilHandle.toUtf8());
        QVERIFY(descriptor.open(QIODevice::WriteOnly | QIODevice::Truncate));
        descriptor.write(text);
        descriptor.close();

        r = cli({u"ls"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(rawControls(r.out + r.err).isEmpty(), rawControls(r.out + r.err).constData());
        QVERIFY2(r.out.contains(QByteArray(handle.toUtf8() + "\\x1b]0;owned\\x07\\x1b[2J")), r.out.constData());

        r = cli({u"info"_qs, key});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(rawControls(r.out + r.err).isEmpty(), rawControls(r.out + r.err).constData());
        QVERIFY2(r.out.contains(QByteArray(handle.toUtf8() + "\\x1b]0;owned\\x07\\x1b[2J")), r.out.constData());
        QVERIFY2(r.out.contains("assets/\\x1b[2Jclear\\x07bell\\x7f.txt"), r.out.constData());
        QVERIFY2(r.out.contains("assets/csi\\u009b31m-\\u202etxt.exe"), r.out.constData());

        // JSON escapes them too, and a script still reads the names as they are.
        for (const QStringList &args : {QStringList{u"ls"_qs, u"--json"_qs}, QStringList{u"info"_qs, key, u"--json"_qs}}) {
            r = cli(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(rawControls(r.out).isEmpty(), rawControls(r.out).constData());
            QVERIFY2(r.out.contains(R"(\u001b]0;owned\u0007\u001b[2J)"), r.out.constData());
            QJsonParseError parseError;
            QJsonDocument::fromJson(r.out, &parseError);
            QCOMPARE(parseError.error, QJsonParseError::NoError);
        }
        const QJsonObject info = json(cli({u"info"_qs, key, u"--json"_qs}).out);
        QCOMPARE(info.value(u"descriptor"_qs).toObject().value(u"module"_qs).toString(), evilHandle);
        QStringList paths;
        for (const auto &f : info.value(u"fileList"_qs).toArray())
            paths.append(f.toObject().value(u"path"_qs).toString());
        QVERIFY2(paths.contains(QString::fromUtf8("assets/csi\xc2\x9b" "31m-\xe2\x80\xae" "txt.exe")), qPrintable(paths.join(u' ')));

        // A handle with an escape sequence, in the error that names it.
        r = cli({u"resolve"_qs, u"http://127.0.0.1:1/\x1b[2J\x1b]0;owned\x07"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(rawControls(r.out + r.err).isEmpty(), rawControls(r.out + r.err).constData());
        QVERIFY2(r.err.contains("http://127.0.0.1:1/\\x1b[2J\\x1b]0;owned\\x07"), r.err.constData());

        // A server's Content-Type, in the error about a body that is not an archive.
        TestHttpServer::Route page;
        page.body = "<html>a login page</html>";
        page.contentType = "text/html\x1b[2J\x1b]0;owned\x07";
        const QString pageHandle = serve(u"/m/page/1"_qs, page);
        r = cli({u"resolve"_qs, pageHandle});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(rawControls(r.out + r.err).isEmpty(), rawControls(r.out + r.err).constData());
        QVERIFY2(r.err.contains("text/html\\x1b[2J\\x1b]0;owned\\x07"), r.err.constData());

        // A refused member, in the log line and in the error that name it.
        ArchiveBuilder withLink(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        withLink.addDirectory("./");
        withLink.addFile("./saved_model.pb", demoFile("saved_model.pb"));
        withLink.addSymlink("./\x1b[2Jlink\x07", "/etc/passwd");
        TestHttpServer::Route linkRoute;
        linkRoute.body = withLink.build();
        r = cli({u"resolve"_qs, serve(u"/m/link/1"_qs, linkRoute)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(rawControls(r.out + r.err).isEmpty(), rawControls(r.out + r.err).constData());
        QVERIFY2(r.err.contains("\\x1b[2Jlink\\x07"), r.err.constData());
    }

    // A gs:// cache folder is named as remote, with the endpoint it is reached at, and no local
    // free space is made up for it.
    void configOfARemoteCacheFolder()
    {
        QProcessEnvironment env = environment();
        env.insert(u"TFHUB_CACHE_DIR"_qs, u"gs://team-bucket/tfhub"_qs);
        env.insert(u"HUBCACHE_GCS_ENDPOINT"_qs, u"http://127.0.0.1:9"_qs);
        const Result text = cli({u"config"_qs}, env);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("gs://team-bucket/tfhub"), text.out.constData());
        QVERIFY2(text.out.contains("Google Cloud Storage at http://127.0.0.1:9"), text.out.constData());
        QVERIFY2(!text.out.contains("Disk:"), text.out.constData());
        const Result json = cli({u"config"_qs, u"--json"_qs}, env);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"cacheDir"_qs).toString(), u"gs://team-bucket/tfhub"_qs);
        QCOMPARE(o.value(u"cacheDirRemote"_qs).toBool(), true);
        QCOMPARE(o.value(u"gcsEndpoint"_qs).toString(), u"http://127.0.0.1:9"_qs);
        QCOMPARE(o.value(u"diskFree"_qs).toInteger(), -1);

        const Result local = cli({u"config"_qs, u"--json"_qs});
        const QJsonObject l = QJsonDocument::fromJson(local.out).object();
        QCOMPARE(l.value(u"cacheDirRemote"_qs).toBool(), false);
        QVERIFY(l.value(u"diskFree"_qs).toInteger() >= 0);
    }

    // `ls` shows when each entry was last read: the newest access time of its files, the same
    // instant in `ls --json` as lastUsed (UTC).
    void lsShowsLastUsed()
    {
        const QString handle = serve(u"/m/lastused/1"_qs);
        const Result resolved = cli({u"resolve"_qs, handle});
        QCOMPARE(resolved.exitCode, 0);
        const QString folder = QString::fromUtf8(resolved.out.trimmed());
        const QDateTime when(QDate(2024, 3, 1), QTime(12, 30), Qt::UTC);
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        QDateTime older = when.addDays(-20);
        while (it.hasNext()) {
            const QByteArray path = QFile::encodeName(it.next());
            // One file read at `when`, the others long before: the newest counts.
            const QDateTime t = path.endsWith("saved_model.pb") ? when : older;
            struct timespec times[2] = {{t.toSecsSinceEpoch(), 0}, {0, UTIME_OMIT}};
            QCOMPARE(::utimensat(AT_FDCWD, path.constData(), times, AT_SYMLINK_NOFOLLOW), 0);
        }
        const Result ls = cli({u"ls"_qs, u"--json"_qs});
        QCOMPARE(ls.exitCode, 0);
        const QJsonArray entries = json(ls.out).value(u"entries"_qs).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"lastUsed"_qs).toString(), u"2024-03-01T12:30:00.000Z"_qs);
        const Result text = cli({u"ls"_qs});
        QVERIFY2(text.out.contains("LAST USED"), text.out.constData());
        QVERIFY2(text.out.contains(when.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs).toUtf8()), text.out.constData());
    }

    // A download whose Content-Length will not fit on the cache folder's file system is refused
    // before a byte is written: an actionable message, and nothing left in the cache folder.
    void resolveRefusesAModelThatWillNotFit()
    {
        TestHttpServer::Route route;
        route.closeDelimited = true; // the server's own Content-Length is left out: this one is sent
        route.headers.append(qMakePair(QByteArray("Content-Length"), QByteArray("1000000000000000"))); // 1 PB
        const QString handle = serve(u"/m/petabyte/1"_qs, route);
        const Result r = cli({u"resolve"_qs, handle});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("Only ") && r.err.contains(m_cache->path().toUtf8()) && r.err.contains("--ignore-free-space"),
                 r.err.constData());
        QVERIFY2(r.err.contains("2.0 PB"), r.err.constData());
        QVERIFY2(QDir(m_cache->path()).isEmpty(),
                 qPrintable(QDir(m_cache->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).join(u' ')));
        const Result prefetch = cli({u"prefetch"_qs, handle});
        QVERIFY(prefetch.exitCode != 0);
        QVERIFY2(prefetch.err.contains("--ignore-free-space"), prefetch.err.constData());

        // Forced, it is not refused up front: the download starts (and fails on the short body).
        const Result forced = cli({u"resolve"_qs, u"--ignore-free-space"_qs, handle});
        QVERIFY(forced.exitCode != 0);
        QVERIFY2(!forced.err.contains("--ignore-free-space"), forced.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
