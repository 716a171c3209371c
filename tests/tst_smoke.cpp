#include "archivebuilder.h"
#include "handle.h"
#include "localmodelfilesource.h"
#include "smokeoptions.h"
#include "smokeplan.h"
#include "smokereport.h"
#include "storage.h"
#include "storagemodelfilesource.h"
#include "storagereader.h"
#include "storagewriter.h"
#include "testhttpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

#if HUBCACHE_HAVE_TENSORFLOW
#include "hubcache_tfplugin.h"
#include "tensorflow/c/experimental/filesystem/filesystem_interface.h"

#include <dlfcn.h>
#endif

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using HubCacheTest::ArchiveBuilder;
using HubCacheTest::TestHttpServer;

namespace {

// Just enough of the protobuf wire format to change what a real saved_model.pb declares.
QByteArray varint(quint64 value)
{
    QByteArray out;
    do {
        const auto byte = char(value & 0x7f);
        value >>= 7;
        out.append(value ? char(byte | 0x80) : byte);
    } while (value);
    return out;
}

bool readVarint(const QByteArray &data, qsizetype *pos, quint64 *value)
{
    *value = 0;
    for (int shift = 0; shift < 64 && *pos < data.size(); shift += 7) {
        const auto byte = quint8(data.at((*pos)++));
        *value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

// message with every length-delimited field along path (field numbers, one per nesting level)
// replaced by replace(old payload); empty if message is not valid protobuf.
QByteArray rewriteField(const QByteArray &message, const QList<int> &path,
                        const std::function<QByteArray(const QByteArray &)> &replace)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < message.size()) {
        const qsizetype start = pos;
        quint64 key = 0;
        if (!readVarint(message, &pos, &key))
            return {};
        const int wireType = int(key & 7);
        quint64 value = 0;
        switch (wireType) {
        case 0:
            if (!readVarint(message, &pos, &value))
                return {};
            break;
        case 1: pos += 8; break;
        case 5: pos += 4; break;
        case 2: {
            if (!readVarint(message, &pos, &value) || value > quint64(message.size() - pos))
                return {};
            const QByteArray payload = message.mid(pos, qsizetype(value));
            pos += qsizetype(value);
            if (int(key >> 3) == path.first()) {
                const QByteArray changed = path.size() == 1 ? replace(payload) : rewriteField(payload, path.mid(1), replace);
                out += varint(key) + varint(quint64(changed.size())) + changed;
                continue;
            }
            break;
        }
        default:
            return {};
        }
        if (pos > message.size())
            return {};
        out += message.mid(start, pos - start);
    }
    return out;
}

// A TensorShapeProto with these dimensions.
QByteArray tensorShape(const QList<qint64> &dims)
{
    QByteArray shape;
    for (qint64 d : dims) {
        const QByteArray dim = varint(1 << 3) + varint(quint64(d)); // Dim.size
        shape += varint(2 << 3 | 2) + varint(quint64(dim.size())) + dim;
    }
    return shape;
}

// A Storage that serves the files under a local folder as gs://bucket/…, only through the
// interface (what StorageModelFileSource may use: stat, list, openReader), counting every call
// and every byte its readers hand out; it refuses every write. failReadsWith makes reads fail.
class FolderAsBucketStorage final : public HubCache::Storage
{
public:
    FolderAsBucketStorage(const QString &prefix, const QString &folder)
        : m_prefix(prefix)
        , m_folder(folder)
    {
    }

    std::atomic<int> stats{0};
    std::atomic<int> lists{0};
    std::atomic<int> readers{0};
    std::atomic<int> reads{0};
    std::atomic<qint64> bytes{0};
    std::atomic<int> otherCalls{0};
    HubCache::ErrorCode failReadsWith = HubCache::ErrorCode::NoError;

    [[nodiscard]] bool isRemote() const override { return true; }

    [[nodiscard]] Stat stat(const QString &location, HubCache::Error *error) override
    {
        ++stats;
        Stat st;
        const QString path = localPath(location, error);
        if (path.isEmpty())
            return st;
        const QFileInfo info(path);
        if (info.isSymLink()) {
            st.type = Type::Other;
        } else if (info.isDir()) {
            st.type = Type::Folder;
        } else if (info.isFile()) {
            st.type = Type::File;
            st.size = info.size();
            st.generation = 7;
        }
        st.modified = info.lastModified().toUTC();
        return st;
    }

    [[nodiscard]] QList<Item> list(const QString &folder, ListMode, HubCache::Error *error) override
    {
        ++lists;
        QList<Item> items;
        const QString path = localPath(folder, error);
        if (path.isEmpty())
            return items;
        const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
        for (const QFileInfo &entry : entries) {
            Item item;
            // GCS names a folder by its prefix: the trailing '/' must not reach TensorFlow.
            item.name = entry.isDir() ? entry.fileName() + u'/' : entry.fileName();
            item.stat.type = entry.isDir() ? Type::Folder : Type::File;
            item.stat.size = entry.isDir() ? 0 : entry.size();
            items.append(item);
        }
        return items;
    }

    [[nodiscard]] std::unique_ptr<HubCache::StorageReader> openReader(const QString &location,
                                                                      HubCache::Error *error) override
    {
        ++readers;
        const QString path = localPath(location, error);
        if (path.isEmpty())
            return nullptr;
        auto reader = std::make_unique<Reader>(this, path);
        if (!reader->file.open(QIODevice::ReadOnly)) {
            HubCache::ErrorContext c;
            c.path = location;
            *error = HubCache::Error(HubCache::ErrorCode::PathNotFound, c);
            return nullptr;
        }
        return reader;
    }

    [[nodiscard]] QByteArray read(const QString &, qint64, HubCache::Error *error) override { return refuse(error), QByteArray(); }
    [[nodiscard]] HubCache::Error write(const QString &, const QByteArray &) override { return refused(); }
    [[nodiscard]] CreateResult createExclusive(const QString &, const QByteArray &, HubCache::Error *error) override
    {
        refuse(error);
        return CreateResult::Failed;
    }
    [[nodiscard]] bool removeIfUnchanged(const QString &, const QByteArray &) override { return ++otherCalls, false; }
    [[nodiscard]] HubCache::Error remove(const QString &) override { return refused(); }
    [[nodiscard]] HubCache::Error removeTree(const QString &) override { return refused(); }
    [[nodiscard]] HubCache::Error makeFolder(const QString &) override { return refused(); }
    [[nodiscard]] HubCache::Error moveTree(const QString &, const QString &) override { return refused(); }
    [[nodiscard]] std::unique_ptr<HubCache::StorageWriter> openWriter(const QString &, HubCache::Error *error) override
    {
        refuse(error);
        return nullptr;
    }
    void cancel() override { ++otherCalls; }

private:
    struct Reader final : HubCache::StorageReader {
        Reader(FolderAsBucketStorage *owner, const QString &path)
            : storage(owner)
            , file(path)
        {
        }
        [[nodiscard]] qint64 size() const override { return file.size(); }
        [[nodiscard]] qint64 read(qint64 offset, char *buffer, qint64 size, HubCache::Error *error) override
        {
            ++storage->reads;
            if (storage->failReadsWith != HubCache::ErrorCode::NoError) {
                HubCache::ErrorContext c;
                c.path = file.fileName();
                *error = HubCache::Error(storage->failReadsWith, c);
                return -1;
            }
            const std::lock_guard lock(mutex); // QFile keeps one position
            if (!file.seek(offset))
                return 0; // at or past the end
            const qint64 got = file.read(buffer, size);
            if (got > 0)
                storage->bytes += got;
            return got;
        }
        FolderAsBucketStorage *storage;
        QFile file;
        std::mutex mutex;
    };

    // The local path for prefix/…, or empty with ENOENT-like PathNotFound for anything else.
    QString localPath(const QString &location, HubCache::Error *error) const
    {
        if (location == m_prefix)
            return m_folder;
        if (location.startsWith(m_prefix + u'/')) {
            const QString rest = location.mid(m_prefix.size() + 1);
            if (!rest.split(u'/').contains(u".."_qs) && QFileInfo::exists(m_folder + u'/' + rest))
                return m_folder + u'/' + rest;
            return {}; // missing: no error, as Storage::stat promises
        }
        if (error) {
            HubCache::ErrorContext c;
            c.path = location;
            *error = HubCache::Error(HubCache::ErrorCode::AccessDenied, c);
        }
        return {};
    }
    void refuse(HubCache::Error *error)
    {
        ++otherCalls;
        if (error)
            *error = refused();
    }
    [[nodiscard]] HubCache::Error refused() const
    {
        return HubCache::Error(HubCache::ErrorCode::NotWritable, u"read-only test storage"_qs);
    }

    QString m_prefix;
    QString m_folder;
};

void collectName(void *list, const char *name)
{
    static_cast<QStringList *>(list)->append(QString::fromUtf8(name));
}

} // namespace

// `hubcache smoke` as a front end uses it: the real binary, models served as archives by a real
// HTTP server on 127.0.0.1, TensorFlow loaded in the helper process through the hubcache://
// filesystem plugin.
class TestSmoke : public QObject
{
    Q_OBJECT

    struct Result {
        int exitCode = -1; // -1: the process crashed or hung
        QByteArray out;
        QByteArray err;
        QJsonObject json;
    };

    TestHttpServer m_server;
    QTemporaryDir m_work;
    std::unique_ptr<QTemporaryDir> m_cache;

    static QString binary() { return QStringLiteral(HUBCACHE_BIN_DIR "/hubcache"); }
    static QString model(const QString &name) { return QStringLiteral(HUBCACHE_TEST_DATA_DIR "/") + name; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TFHUB_CACHE_DIR"_qs, m_cache->path());
        env.remove(u"TFHUB_MODEL_LOAD_FORMAT"_qs);
        env.remove(u"TFHUB_DOWNLOAD_PROGRESS"_qs);
        env.remove(u"HUBCACHE_OFFLINE"_qs);
        env.remove(u"HUBCACHE_TFPLUGIN"_qs);
        env.remove(u"HUBCACHE_TENSORFLOW_DIR"_qs);
        env.insert(u"HUBCACHE_RETRIES"_qs, u"0"_qs);
        return env;
    }

    static Result finish(QProcess &p, int timeoutMs = 120000)
    {
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.json = QJsonDocument::fromJson(r.out).object();
        return r;
    }

    Result smoke(const QStringList &args, QProcessEnvironment env = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        p.start(binary(), QStringList{u"smoke"_qs} + args);
        return finish(p);
    }

    // Serves a folder as a TF Hub archive (tar.gz) and returns its handle.
    QString serveFolder(const QString &path, const QString &folder)
    {
        TestHttpServer::Route route;
        route.body = ArchiveBuilder::savedModelDirectoryArchive(folder, ArchiveBuilder::Compression::Gzip);
        route.contentType = "application/x-tar";
        m_server.setRoute(path, route);
        return m_server.url(path).toString();
    }

    // A copy of a demo model under the work folder, to break.
    QString copyModel(const QString &name, const QString &as) const
    {
        const QString source = model(name);
        const QString target = m_work.filePath(as);
        QDir().mkpath(target);
        QDirIterator it(source, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = target + u'/' + QDir(source).relativeFilePath(from);
            if (it.fileInfo().isDir())
                QDir().mkpath(to);
            else
                QFile::copy(from, to);
        }
        return target;
    }

    static void truncate(const QString &file, qint64 size)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(size));
    }

    static QList<qint64> shape(const QJsonValue &value)
    {
        QList<qint64> s;
        for (const QJsonValue &v : value.toArray())
            s.append(qint64(v.toDouble()));
        return s;
    }

    static QJsonObject output(const QJsonObject &report, const QString &key)
    {
        for (const QJsonValue &v : report.value(u"outputs"_qs).toArray()) {
            if (v.toObject().value(u"key"_qs).toString() == key)
                return v.toObject();
        }
        return {};
    }

    // The helper `hubcache smoke --in-process` started by the `hubcache smoke` process parent.
    static pid_t helperOf(qint64 parent)
    {
        const QStringList pids = QDir(u"/proc"_qs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            QFile stat(u"/proc/"_qs + pid + u"/stat"_qs);
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() < 2 || fields.at(1).toLongLong() != parent)
                continue;
            QFile cmdline(u"/proc/"_qs + pid + u"/cmdline"_qs);
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("--in-process"))
                return pid_t(pid.toInt());
        }
        return 0;
    }

    static bool processExists(pid_t pid)
    {
        QFile stat(u"/proc/"_qs + QString::number(pid) + u"/stat"_qs);
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        return !line.mid(line.lastIndexOf(')') + 2).startsWith('Z'); // a zombie is gone for good
    }

    // A FIFO in place of the plugin: the helper blocks in dlopen() until someone opens it for
    // writing, which nobody does, so a test can catch it loading and kill or time it out.
    QProcessEnvironment stuckHelperEnvironment()
    {
        const QString fifo = m_work.filePath(u"stuck-plugin.so"_qs);
        if (!QFile::exists(fifo))
            ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
        QProcessEnvironment env = environment();
        env.insert(u"HUBCACHE_TFPLUGIN"_qs, fifo);
        return env;
    }

    // A copy of half_plus_two whose signatures declare every input with this shape (the graph
    // itself is unchanged, as in a model whose signature lies about its input).
    QString modelDeclaringInputShape(const QString &as, const QList<qint64> &dims) const
    {
        const QString folder = copyModel(u"half_plus_two"_qs, as);
        QFile pb(folder + u"/saved_model.pb"_qs);
        if (!pb.open(QIODevice::ReadWrite))
            return {};
        // SavedModel.meta_graphs(2) > MetaGraphDef.signature_def(5) > entry value(2)
        // > SignatureDef.inputs(1) > entry value(2) > TensorInfo.tensor_shape(3)
        const QByteArray changed = rewriteField(pb.readAll(), {2, 5, 2, 1, 2, 3},
                                                [&](const QByteArray &) { return tensorShape(dims); });
        if (changed.isEmpty() || !pb.resize(0) || !pb.seek(0) || pb.write(changed) != changed.size())
            return {};
        return folder;
    }

private Q_SLOTS:
    void initTestCase()
    {
#if !HUBCACHE_HAVE_TENSORFLOW
        QFAIL("The TensorFlow C API was not found when CMake configured this build, so `hubcache smoke` cannot "
              "load models. Run scripts/setup-debian.sh --python (it installs tensorflow-cpu into build/venv) "
              "or set HUBCACHE_TENSORFLOW_DIR, then configure again.");
#endif
        QVERIFY2(QFile::exists(binary()), qPrintable(binary()));
        QVERIFY(m_work.isValid());
        QVERIFY(m_server.start());
    }

    void init()
    {
        m_cache = std::make_unique<QTemporaryDir>();
        m_server.clearRequests();
    }

    void servedModelsRunThroughThePlugin_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("fill");
        QTest::addColumn<QStringList>("signatures");
        QTest::addColumn<QString>("outputKey");
        QTest::addColumn<QString>("outputDtype");
        QTest::addColumn<QList<qint64>>("outputShape");
        QTest::addColumn<QList<double>>("outputValues");

        const QStringList servingDefault{u"serving_default"_qs};
        // y = 0.5 x + 2: with x = [3], y = [3.5], computed from the restored variables a and b.
        QTest::newRow("half_plus_two") << u"half_plus_two"_qs << QString() << u"3"_qs << servingDefault << u"y"_qs
                                       << u"float32"_qs << QList<qint64>{1} << QList<double>{3.5};
        // Empty strings have length 0.
        QTest::newRow("text_length") << u"text_length"_qs << QString() << u"0"_qs << servingDefault << u"length"_qs
                                     << u"int64"_qs << QList<qint64>{1} << QList<double>{0};
        // [1 1 1] x [[1 0] [0 1] [1 -1]] = [2 0]
        QTest::newRow("two_signatures default") << u"two_signatures"_qs << QString() << u"1"_qs
                                                << QStringList{u"embed"_qs, u"serving_default"_qs} << u"scores"_qs
                                                << u"float32"_qs << QList<qint64>{1, 2} << QList<double>{2, 0};
        // [1 1 1] x [[1 0 0 .5] [0 1 0 .5] [0 0 1 .5]] = [1 1 1 1.5]
        QTest::newRow("two_signatures embed") << u"two_signatures"_qs << u"embed"_qs << u"1"_qs
                                              << QStringList{u"embed"_qs, u"serving_default"_qs} << u"embedding"_qs
                                              << u"float32"_qs << QList<qint64>{1, 4} << QList<double>{1, 1, 1, 1.5};
        QTest::newRow("no_variables") << u"no_variables"_qs << QString() << u"2"_qs << servingDefault
                                      << u"transposed"_qs << u"float32"_qs << QList<qint64>{2, 2}
                                      << QList<double>{2, 2, 2, 2};
    }

    void servedModelsRunThroughThePlugin()
    {
        QFETCH(QString, name);
        QFETCH(QString, signature);
        QFETCH(QString, fill);
        QFETCH(QStringList, signatures);
        QFETCH(QString, outputKey);
        QFETCH(QString, outputDtype);
        QFETCH(QList<qint64>, outputShape);
        QFETCH(QList<double>, outputValues);

        const QString path = u"/models/"_qs + name + u"/1"_qs;
        const QString handle = serveFolder(path, model(name));
        QStringList args{u"--json"_qs, u"--fill"_qs, fill, handle};
        if (!signature.isEmpty())
            args << u"--signature"_qs << signature;
        const Result r = smoke(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject &o = r.json;
        QCOMPARE(o.value(u"ok"_qs).toBool(), true);
        QCOMPARE(o.value(u"handle"_qs).toString(), handle);
        QCOMPARE(o.value(u"cached"_qs).toBool(), false);
        const QString folder = m_cache->path() + u'/' + HubCache::Handle::cacheKeyFor(handle);
        QCOMPARE(o.value(u"resolvedPath"_qs).toString(), folder);

        // Every read went through hubcache's plugin: at least all of saved_model.pb.
        QCOMPARE(o.value(u"ioPath"_qs).toString(), u"plugin"_qs);
        QCOMPARE(o.value(u"pluginUri"_qs).toString(), u"hubcache://"_qs + folder);
        QVERIFY(o.value(u"bytesRead"_qs).toDouble() >= QFileInfo(folder + u"/saved_model.pb"_qs).size());
        QVERIFY(o.value(u"filesOpened"_qs).toDouble() >= 1);
        QVERIFY(o.value(u"loadMs"_qs).toDouble() >= 0);
        QVERIFY(o.value(u"runMs"_qs).toDouble() >= 0);
        QVERIFY(!o.value(u"tensorflowVersion"_qs).toString().isEmpty());

        QCOMPARE(o.value(u"signature"_qs).toString(), signature.isEmpty() ? u"serving_default"_qs : signature);
        QStringList reported;
        for (const QJsonValue &v : o.value(u"signatures"_qs).toArray())
            reported.append(v.toString());
        QCOMPARE(reported, signatures);
        QCOMPARE(o.value(u"tags"_qs).toArray(), QJsonArray{u"serve"_qs});

        const QJsonObject out = output(o, outputKey);
        QVERIFY2(!out.isEmpty(), r.out.constData());
        QCOMPARE(out.value(u"dtype"_qs).toString(), outputDtype);
        QCOMPARE(shape(out.value(u"shape"_qs)), outputShape);
        const QJsonArray values = out.value(u"values"_qs).toArray();
        QCOMPARE(values.size(), outputValues.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(values.at(i).toDouble(), outputValues.at(i));
        for (const QJsonValue &v : o.value(u"inputs"_qs).toArray()) {
            for (qint64 dim : shape(v.toObject().value(u"shape"_qs)))
                QVERIFY(dim >= 1); // unknown dimensions are fed as 1
        }

        // Again: from the cache, no request.
        const Result again = smoke(args);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json.value(u"cached"_qs).toBool(), true);
        QCOMPARE(m_server.requestCount(path), 1);
    }

    void readableReport()
    {
        const QString handle = serveFolder(u"/models/text/1"_qs, model(u"half_plus_two"_qs));
        const Result r = smoke({u"--fill"_qs, u"3"_qs, handle});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromLocal8Bit(r.out);
        QVERIFY2(text.contains(u"through hubcache's filesystem plugin (hubcache://"_qs), r.out.constData());
        QVERIFY(text.contains(u"output y: float32 (1) = [3.5]"_qs));
        QVERIFY(text.contains(u"input  x: float32 (1) (declared (-1))"_qs));
        QVERIFY(text.contains(u"OK: the model loaded and ran."_qs));
        QVERIFY2(!r.err.contains("error"), r.err.constData());
    }

    void reportJsonRoundTrips()
    {
        // What a front end does with `hubcache smoke --json`: SmokeReport::fromJson() loses nothing.
        Result r = smoke({u"--json"_qs, u"--signature"_qs, u"embed"_qs, model(u"two_signatures"_qs)});
        QCOMPARE(r.exitCode, 0);
        SmokeReport report = SmokeReport::fromJson(r.json);
        QVERIFY(report.ok());
        QCOMPARE(report.outputs.size(), 1);
        QCOMPARE(report.outputs.constFirst().shape, (QList<qint64>{1, 4}));
        QCOMPARE(report.toJson(), r.json);

        r = smoke({u"--json"_qs, u"--tags"_qs, u"gpu"_qs, model(u"two_signatures"_qs)});
        QCOMPARE(r.exitCode, 1);
        report = SmokeReport::fromJson(r.json);
        QCOMPARE(report.error.code(), SmokeError::Code::WrongTags);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.toJson(), r.json);
    }

    void truncatedSavedModel()
    {
        const QString folder = copyModel(u"half_plus_two"_qs, u"truncated_pb"_qs);
        truncate(folder + u"/saved_model.pb"_qs, 3000);
        const Result r = smoke({u"--json"_qs, serveFolder(u"/broken/truncated/1"_qs, folder)});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = r.json.value(u"error"_qs).toObject();
        QCOMPARE(error.value(u"code"_qs).toString(), u"corrupt-saved-model"_qs);
        QVERIFY(error.value(u"message"_qs).toString().contains(u"saved_model.pb is not a readable SavedModel"_qs));
        QVERIFY(r.err.contains("hubcache: error: "));
        QCOMPARE(r.json.value(u"ok"_qs).toBool(true), false);
    }

    void missingVariablesData()
    {
        // A cache entry or folder whose data shard a temp cleaner deleted: found before TensorFlow starts.
        const QString folder = copyModel(u"half_plus_two"_qs, u"no_data"_qs);
        QVERIFY(QFile::remove(folder + u"/variables/variables.data-00000-of-00001"_qs));
        Result r = smoke({u"--json"_qs, folder});
        QCOMPARE(r.exitCode, 1);
        QJsonObject error = r.json.value(u"error"_qs).toObject();
        QCOMPARE(error.value(u"code"_qs).toString(), u"missing-variables"_qs);
        QVERIFY2(error.value(u"message"_qs).toString().contains(u"variables/variables.data-* is missing"_qs),
                 r.out.constData());

        // Served that way, the library refuses the download itself: the helper never starts.
        r = smoke({u"--json"_qs, serveFolder(u"/broken/no_data/1"_qs, folder)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"no-saved-model"_qs);

        // A data shard cut short: only TensorFlow's restore can tell.
        const QString cut = copyModel(u"half_plus_two"_qs, u"cut_data"_qs);
        truncate(cut + u"/variables/variables.data-00000-of-00001"_qs, 100);
        r = smoke({u"--json"_qs, serveFolder(u"/broken/cut_data/1"_qs, cut)});
        QCOMPARE(r.exitCode, 1);
        error = r.json.value(u"error"_qs).toObject();
        QCOMPARE(error.value(u"code"_qs).toString(), u"unreadable-variables"_qs);
        QVERIFY2(error.value(u"message"_qs).toString().contains(u"could not restore the variables"_qs),
                 r.out.constData());
        QCOMPARE(r.json.value(u"ioPath"_qs).toString(), u"plugin"_qs);
    }

    void wrongTags()
    {
        const QString handle = serveFolder(u"/models/tags/1"_qs, model(u"two_signatures"_qs));
        const Result r = smoke({u"--json"_qs, u"--tags"_qs, u"train"_qs, handle});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = r.json.value(u"error"_qs).toObject();
        QCOMPARE(error.value(u"code"_qs).toString(), u"wrong-tags"_qs);
        QCOMPARE(error.value(u"available"_qs).toArray(), QJsonArray{u"serve"_qs});
        QVERIFY(error.value(u"message"_qs).toString().contains(u"its tag sets are: serve"_qs));
    }

    void unknownSignature()
    {
        const Result r = smoke({u"--json"_qs, u"--signature"_qs, u"classify"_qs, model(u"two_signatures"_qs)});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = r.json.value(u"error"_qs).toObject();
        QCOMPARE(error.value(u"code"_qs).toString(), u"signature-not-found"_qs);
        QCOMPARE(error.value(u"available"_qs).toArray(), (QJsonArray{u"embed"_qs, u"serving_default"_qs}));
    }

    void noSavedModel()
    {
        const QString empty = m_work.filePath(u"empty"_qs);
        QVERIFY(QDir().mkpath(empty));
        const Result r = smoke({u"--json"_qs, empty});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"no-saved-model"_qs);
    }

    void uncompressedIsReadInPlaceThroughHubcache()
    {
        // UNCOMPRESSED: the hub names a gs:// folder and the smoke test reads it there, through
        // hubcache's storage reader behind the plugin, never refusing it for being remote. The
        // storage endpoint is a closed loopback port, so the read itself fails, with the location.
        TestHttpServer::Route seeOther;
        seeOther.status = 303;
        seeOther.body = "gs://smoke-bucket/models/m";
        seeOther.contentType = "text/plain; charset=utf-8";
        m_server.setRoute(u"/models/uncompressed/1"_qs, seeOther);
        const QString handle = m_server.url(u"/models/uncompressed/1"_qs).toString();
        QProcessEnvironment env = environment();
        env.insert(u"HUBCACHE_GCS_ENDPOINT"_qs, u"http://127.0.0.1:1"_qs);
        env.insert(u"STORAGE_EMULATOR_HOST"_qs, u"http://127.0.0.1:1"_qs);
        env.remove(u"GOOGLE_APPLICATION_CREDENTIALS"_qs);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary(), {u"--tfhub_model_load_format"_qs, u"UNCOMPRESSED"_qs, u"smoke"_qs, u"--json"_qs, handle});
        const Result r = finish(p);
        QCOMPARE(r.exitCode, 1);
        const QString code = r.json.value(u"error"_qs).toObject().value(u"code"_qs).toString();
        QVERIFY2(code != u"unsupported-load-format"_qs && !code.isEmpty(), r.out.constData());
        QCOMPARE(r.json.value(u"resolvedPath"_qs).toString(), u"gs://smoke-bucket/models/m"_qs);
        QCOMPARE(r.json.value(u"source"_qs).toString(), u"gs://smoke-bucket/models/m"_qs);
        QCOMPARE(r.json.value(u"ioPath"_qs).toString(), u"plugin"_qs);
        QCOMPARE(r.json.value(u"pluginUri"_qs).toString(), u"hubcache:///gs/smoke-bucket/models/m"_qs);
        QCOMPARE(r.json.value(u"cached"_qs).toBool(true), false);
        QCOMPARE(r.json.value(u"sourceBytes"_qs).toInteger(-1), 0);
        bool asked = false;
        for (const auto &request : m_server.requests())
            asked = asked || request.target.contains("tf-hub-format=uncompressed");
        QVERIFY(asked);
    }

    void withoutThePluginFallsBackToLocalReads()
    {
        QProcessEnvironment env = environment();
        env.insert(u"HUBCACHE_TFPLUGIN"_qs, m_work.filePath(u"no-such-plugin.so"_qs));
        const Result r = smoke({u"--json"_qs, u"--fill"_qs, u"3"_qs, model(u"half_plus_two"_qs)}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(u"ioPath"_qs).toString(), u"local"_qs);
        QVERIFY(r.json.value(u"pluginError"_qs).toString().contains(u"no-such-plugin.so"_qs));
        QCOMPARE(output(r.json, u"y"_qs).value(u"values"_qs).toArray(), QJsonArray{3.5});
    }

    void tensorflowMissing()
    {
        QProcessEnvironment env = environment();
        env.insert(u"HUBCACHE_TENSORFLOW_DIR"_qs, m_work.path()); // holds no libtensorflow_cc.so.2
        const Result r = smoke({u"--json"_qs, model(u"half_plus_two"_qs)}, env);
        QCOMPARE(r.exitCode, 3);
        const QJsonObject error = r.json.value(u"error"_qs).toObject();
        QCOMPARE(error.value(u"code"_qs).toString(), u"tensorflow-not-found"_qs);
        QVERIFY(error.value(u"message"_qs).toString().startsWith(
            u"TensorFlow runtime not found: run scripts/setup-debian.sh --python, or set HUBCACHE_TENSORFLOW_DIR"_qs));
    }

    void inputSizeIsChecked_data()
    {
        QTest::addColumn<QList<qint64>>("shape");
        QTest::addColumn<int>("dtype");
        QTest::addColumn<bool>("fits");
        QTest::addColumn<qint64>("elements");
        QTest::addColumn<qint64>("bytes");
        constexpr int dtFloat = 1, dtInt8 = 6, dtString = 7, dtComplex128 = 18, dtResource = 20;
        const qint64 big = qint64(1) << 62;
        const qint64 fourG = qint64(1) << 32;
        QTest::newRow("scalar") << QList<qint64>{} << dtFloat << true << qint64(1) << qint64(4);
        QTest::newRow("3x4 float32") << QList<qint64>{3, 4} << dtFloat << true << qint64(12) << qint64(48);
        QTest::newRow("strings") << QList<qint64>{2} << dtString << true << qint64(2) << qint64(48);
        QTest::newRow("complex128") << QList<qint64>{3} << dtComplex128 << true << qint64(3) << qint64(48);
        QTest::newRow("2x500M float32") << QList<qint64>{2, 500000000} << dtFloat << true << qint64(1000000000)
                                        << qint64(4000000000);
        QTest::newRow("empty") << QList<qint64>{0, 5} << dtFloat << true << qint64(0) << qint64(0);
        // 2^62 elements fit in 64 bits, their 2^64 bytes do not (they wrapped to 0 unchecked).
        QTest::newRow("2^62 float32") << QList<qint64>{big} << dtFloat << false << qint64(0) << qint64(0);
        QTest::newRow("2^62 int8") << QList<qint64>{big} << dtInt8 << true << big << big;
        QTest::newRow("2^32 x 2^32") << QList<qint64>{fourG, fourG} << dtFloat << false << qint64(0) << qint64(0);
        // TensorFlow multiplies in order: a 0 after an overflowing product does not save it.
        QTest::newRow("2^32 x 2^32 x 0") << QList<qint64>{fourG, fourG, 0} << dtFloat << false << qint64(0) << qint64(0);
        QTest::newRow("rank 255") << QList<qint64>(255, 1) << dtFloat << false << qint64(0) << qint64(0);
        QTest::newRow("rank 254") << QList<qint64>(254, 1) << dtFloat << true << qint64(1) << qint64(4);
        QTest::newRow("negative") << QList<qint64>{-1} << dtFloat << false << qint64(0) << qint64(0);
        QTest::newRow("resource") << QList<qint64>{2} << dtResource << true << qint64(2) << qint64(0);
    }

    void inputSizeIsChecked()
    {
        QFETCH(QList<qint64>, shape);
        QFETCH(int, dtype);
        QFETCH(bool, fits);
        qint64 elements = -1;
        qint64 bytes = -1;
        QCOMPARE(SmokePlan::inputSize(shape, dtype, &elements, &bytes), fits);
        QTEST(elements, "elements");
        QTEST(bytes, "bytes");
    }

    void planLimitsAllInputsTogether()
    {
        auto spec = [](const QString &key, QList<qint64> shape) {
            HubCache::TensorSpec t;
            t.key = key;
            t.tensorName = key + u":0"_qs;
            t.dtype = 1; // float32
            t.shape = shape;
            return t;
        };
        HubCache::SignatureInfo signature;
        signature.key = u"serving_default"_qs;
        signature.inputs = {spec(u"a"_qs, {-1, 1000}), spec(u"b"_qs, {1000, 1000})};
        HubCache::MetaGraphInfo metaGraph;
        metaGraph.tags = {u"serve"_qs};
        metaGraph.signatures = {signature};

        SmokeOptions options;
        QCOMPARE(options.maxInputBytes, qint64(256) << 20); // the default
        options.maxInputBytes = 4000 + 4000000;             // exactly enough
        SmokeError error;
        const SmokePlan plan = SmokePlan::forMetaGraph(metaGraph, u"m"_qs, options, &error);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(plan.inputs().size(), 2);
        QCOMPARE(plan.inputs().at(0).shape, (QList<qint64>{1, 1000})); // unknown dimensions become 1
        QCOMPARE(plan.inputs().at(0).byteSize, qint64(4000));
        QCOMPARE(plan.inputs().at(1).elementCount, qint64(1000000));

        options.maxInputBytes -= 1; // b alone fits, a and b together do not
        (void)SmokePlan::forMetaGraph(metaGraph, u"m"_qs, options, &error);
        QCOMPARE(error.code(), SmokeError::Code::UnsupportedInput);
        QCOMPARE(error.name(), u"unsupported-input"_qs);
        QVERIFY2(error.message().contains(u"input 'b' of signature 'serving_default' of m"_qs), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"(1000, 1000) needs"_qs), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"(4000000 bytes), the inputs before it "_qs), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"--max-input-size"_qs), qPrintable(error.message()));
    }

    // Shapes a signature may declare that once overflowed the size computation (a heap overflow
    // writing 2^62 floats into a 0-byte tensor), aborted inside TensorFlow, or allocated gigabytes.
    // Each is refused by name, fast, in a process that may use at most 1 GiB of address space.
    void hugeDeclaredInputsAreRefused_data()
    {
        QTest::addColumn<QList<qint64>>("dims");
        QTest::addColumn<QString>("shapeText");
        QTest::addColumn<QString>("sizeText");
        QTest::newRow("2^62") << QList<qint64>{qint64(1) << 62} << u"(4611686018427387904)"_qs
                              << u"does not fit in 64 bits"_qs;
        QTest::newRow("2^32 x 2^32") << QList<qint64>{qint64(1) << 32, qint64(1) << 32}
                                     << u"(4294967296, 4294967296)"_qs << u"does not fit in 64 bits"_qs;
        QTest::newRow("2 x 500000000") << QList<qint64>{2, 500000000} << u"(2, 500000000)"_qs
                                       << u"(4000000000 bytes)"_qs;
    }

    void hugeDeclaredInputsAreRefused()
    {
        QFETCH(QList<qint64>, dims);
        QFETCH(QString, shapeText);
        QFETCH(QString, sizeText);
        const QString folder = modelDeclaringInputShape(u"huge_"_qs + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'), dims);
        QVERIFY(!folder.isEmpty());
        for (const bool inProcess : {false, true}) {
            QStringList args{u"smoke"_qs, u"--json"_qs};
            if (inProcess)
                args << u"--in-process"_qs;
            args << folder;
            QProcess p;
            QProcessEnvironment env = environment();
            QElapsedTimer t;
            t.start();
#if defined(__SANITIZE_ADDRESS__)
            // AddressSanitizer reserves terabytes of address space for its shadow memory, so an
            // address-space limit cannot work; its own limits bound memory the same way.
            QString asan = env.value(u"ASAN_OPTIONS"_qs);
            asan += QStringLiteral("%1hard_rss_limit_mb=1024:max_allocation_size_mb=1024").arg(asan.isEmpty() ? u""_qs : u":"_qs);
            env.insert(u"ASAN_OPTIONS"_qs, asan);
            p.setProcessEnvironment(env);
            p.start(binary(), args);
#else
            p.setProcessEnvironment(env);
            p.start(u"sh"_qs, QStringList{u"-c"_qs, u"ulimit -v 1048576 && exec \"$0\" \"$@\""_qs, binary()} + args);
#endif
            const Result r = finish(p, 60000);
            QVERIFY2(r.exitCode == 1, r.err.constData());
            QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
            const QJsonObject error = r.json.value(u"error"_qs).toObject();
            QCOMPARE(error.value(u"code"_qs).toString(), u"unsupported-input"_qs);
            const QString message = error.value(u"message"_qs).toString();
            QVERIFY2(message.contains(u"Cannot make input 'x' of signature 'serving_default'"_qs), qPrintable(message));
            QVERIFY2(message.contains(shapeText), qPrintable(message));
            QVERIFY2(message.contains(sizeText), qPrintable(message));
            QVERIFY2(r.err.contains("hubcache: error: Cannot make input 'x'"), r.err.constData());
        }
    }

    void maxInputSizeOption()
    {
        Result r = smoke({u"--max-input-size"_qs, u"0"_qs, model(u"half_plus_two"_qs)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--max-input-size takes a size above 0"), r.err.constData());
        QCOMPARE(smoke({u"--max-input-size"_qs, u"lots"_qs, model(u"half_plus_two"_qs)}).exitCode, 2);
        QCOMPARE(smoke({u"--max-input-size"_qs, u"99999999999G"_qs, model(u"half_plus_two"_qs)}).exitCode, 2);
        // half_plus_two feeds one float32: 4 bytes.
        r = smoke({u"--json"_qs, u"--max-input-size"_qs, u"3"_qs, model(u"half_plus_two"_qs)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"unsupported-input"_qs);
        r = smoke({u"--json"_qs, u"--max-input-size"_qs, u"4"_qs, model(u"half_plus_two"_qs)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // --verbose passes TensorFlow's own log on, which names the model's folder: a control
    // sequence in that name reaches the terminal as visible text, not as a command.
    void verboseLogIsEscaped()
    {
        const QString folder = copyModel(u"half_plus_two"_qs, u"title\x1b]0;owned\x07model"_qs);
        const Result r = smoke({u"--verbose"_qs, folder});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("Reading SavedModel from"), r.err.constData()); // TensorFlow's log
        QVERIFY2(r.err.contains("title\\x1b]0;owned\\x07model"), r.err.constData());
        QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07'), r.err.constData());
        QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\x07'), r.out.constData());
    }

    void helperCrashIsReported_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGSEGV") << int(SIGSEGV);
        QTest::newRow("SIGABRT") << int(SIGABRT);
        QTest::newRow("SIGKILL") << int(SIGKILL);
    }

    void helperCrashIsReported()
    {
        QFETCH(int, signal);
        QProcess p;
        p.setProcessEnvironment(stuckHelperEnvironment());
        p.start(binary(), {u"smoke"_qs, u"--json"_qs, model(u"half_plus_two"_qs)});
        QVERIFY(p.waitForStarted());
        pid_t helper = 0;
        QTRY_VERIFY_WITH_TIMEOUT((helper = helperOf(p.processId())) != 0, 30000);
        QVERIFY(::kill(helper, signal) == 0);
        const Result r = finish(p);
        QCOMPARE(r.exitCode, 1); // the caller is fine and says what happened
        const QJsonObject error = r.json.value(u"error"_qs).toObject();
        QCOMPARE(error.value(u"code"_qs).toString(), u"helper-crashed"_qs);
        QVERIFY2(error.value(u"message"_qs).toString().contains(u"signal %1"_qs.arg(signal)), r.out.constData());
    }

    void hungHelperTimesOut()
    {
        QProcess p;
        p.setProcessEnvironment(stuckHelperEnvironment());
        QElapsedTimer clock;
        clock.start();
        p.start(binary(), {u"smoke"_qs, u"--json"_qs, u"--timeout"_qs, u"2"_qs, model(u"half_plus_two"_qs)});
        const Result r = finish(p);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"helper-timed-out"_qs);
        QVERIFY(clock.elapsed() < 60000);
    }

    // The TensorFlow helper of a local model gets no secret: not Kaggle's, not Google's.
    void helperEnvironmentCarriesNoSecrets()
    {
        QProcess p;
        QProcessEnvironment env = stuckHelperEnvironment();
        env.insert(u"KAGGLE_USERNAME"_qs, u"kaggle-user-9"_qs);
        env.insert(u"KAGGLE_KEY"_qs, u"kaggle-secret-9"_qs);
        env.insert(u"GOOGLE_OAUTH_ACCESS_TOKEN"_qs, u"google-secret-9"_qs);
        p.setProcessEnvironment(env);
        p.start(binary(), {u"smoke"_qs, u"--json"_qs, model(u"half_plus_two"_qs)});
        QVERIFY(p.waitForStarted());
        pid_t helper = 0;
        QTRY_VERIFY_WITH_TIMEOUT((helper = helperOf(p.processId())) != 0, 30000);
        QFile environ(u"/proc/%1/environ"_qs.arg(helper));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray seen = environ.readAll();
        QVERIFY(seen.contains("HUBCACHE_TFPLUGIN=")); // what it needs is still there
        QVERIFY(!seen.contains("kaggle-secret-9"));
        QVERIFY(!seen.contains("kaggle-user-9"));
        QVERIFY(!seen.contains("google-secret-9"));
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(helper), 10000);
    }

    void killedCallerTakesItsHelperAlong()
    {
        // The front end's view: `hubcache smoke` itself dies; QProcess reports it and nothing lingers.
        QProcess p;
        p.setProcessEnvironment(stuckHelperEnvironment());
        p.start(binary(), {u"smoke"_qs, u"--json"_qs, model(u"half_plus_two"_qs)});
        QVERIFY(p.waitForStarted());
        pid_t helper = 0;
        QTRY_VERIFY_WITH_TIMEOUT((helper = helperOf(p.processId())) != 0, 30000);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(helper), 10000);
    }

    void pluginRefusesPathsOutsideTheModel()
    {
#if HUBCACHE_HAVE_TENSORFLOW
        // The plugin alone, as TensorFlow drives it: TF_InitPlugin, then the operation tables.
        void *library = ::dlopen(HUBCACHE_TFPLUGIN_PATH, RTLD_NOW | RTLD_LOCAL);
        QVERIFY2(library, ::dlerror());
        auto init = reinterpret_cast<void (*)(TF_FilesystemPluginInfo *)>(::dlsym(library, "TF_InitPlugin"));
        auto setSource = reinterpret_cast<HubCacheTfPluginSetSourceFunction>(
            ::dlsym(library, HUBCACHE_TFPLUGIN_SET_SOURCE_SYMBOL));
        auto counters = reinterpret_cast<HubCacheTfPluginCountersFunction>(
            ::dlsym(library, HUBCACHE_TFPLUGIN_COUNTERS_SYMBOL));
        auto newStatus = reinterpret_cast<TF_Status *(*)()>(::dlsym(library, "TF_NewStatus"));
        auto deleteStatus = reinterpret_cast<void (*)(TF_Status *)>(::dlsym(library, "TF_DeleteStatus"));
        auto getCode = reinterpret_cast<TF_Code (*)(const TF_Status *)>(::dlsym(library, "TF_GetCode"));
        QVERIFY(init && setSource && counters && newStatus && deleteStatus && getCode);

        TF_FilesystemPluginInfo info{};
        init(&info);
        QCOMPARE(info.num_schemes, size_t(1));
        const TF_FilesystemPluginOps &ops = info.ops[0];
        QCOMPARE(QByteArray(ops.scheme), QByteArray("hubcache"));
        QVERIFY(ops.filesystem_ops->new_writable_file == nullptr); // read-only
        QVERIFY(ops.filesystem_ops->delete_file == nullptr);
        std::unique_ptr<TF_Status, void (*)(TF_Status *)> status(newStatus(), deleteStatus);

        // The root is a copy of half_plus_two; a sibling whose name starts the same holds a secret.
        const QString root = copyModel(u"half_plus_two"_qs, u"plugin/model"_qs);
        const QString sibling = copyModel(u"no_variables"_qs, u"plugin/model2"_qs);
        const QByteArray rootUri = "hubcache://" + QFile::encodeName(root);
        auto open = [&](const QByteArray &uri) {
            TF_RandomAccessFile file{};
            ops.filesystem_ops->new_random_access_file(nullptr, uri.constData(), &file, status.get());
            const TF_Code code = getCode(status.get());
            if (code == TF_OK)
                ops.random_access_file_ops->cleanup(&file);
            return code;
        };

        QCOMPARE(open(rootUri + "/saved_model.pb"), TF_FAILED_PRECONDITION); // no source yet
        LocalModelFileSource source(root);
        const HubCacheTfSource table = source.cSource();
        QCOMPARE(setSource(rootUri.constData(), &table), 0);
        QCOMPARE(setSource("/not/a/uri", &table), EINVAL);
        QCOMPARE(setSource(rootUri.constData(), &table), 0);

        QCOMPARE(open(rootUri + "/saved_model.pb"), TF_OK);
        QCOMPARE(open(rootUri + "/./variables/../saved_model.pb"), TF_OK);
        QCOMPARE(open(rootUri + "/missing.pb"), TF_NOT_FOUND);
        QCOMPARE(open(rootUri + "/../model2/saved_model.pb"), TF_PERMISSION_DENIED);
        QCOMPARE(open("hubcache://" + QFile::encodeName(sibling) + "/saved_model.pb"), TF_PERMISSION_DENIED);
        QCOMPARE(open(rootUri + "/../../../../../../../../etc/passwd"), TF_PERMISSION_DENIED);
        QCOMPARE(open("hubcache://otherhost" + QFile::encodeName(root) + "/saved_model.pb"), TF_PERMISSION_DENIED);
        QCOMPARE(open("file://" + QFile::encodeName(root) + "/saved_model.pb"), TF_PERMISSION_DENIED);
        QCOMPARE(counters().refused, uint64_t(5));

        // Reads: every byte counted; a read past the end returns what there is and OUT_OF_RANGE.
        const QByteArray index = "/variables/variables.index";
        TF_RandomAccessFile file{};
        ops.filesystem_ops->new_random_access_file(nullptr, QByteArray(rootUri + index).constData(), &file, status.get());
        QCOMPARE(getCode(status.get()), TF_OK);
        QFile expected(root + QString::fromLatin1(index));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        const QByteArray bytes = expected.readAll();
        QByteArray buffer(bytes.size() + 100, '\0');
        const int64_t got = ops.random_access_file_ops->read(&file, 0, size_t(buffer.size()), buffer.data(), status.get());
        QCOMPARE(got, int64_t(bytes.size()));
        QCOMPARE(getCode(status.get()), TF_OUT_OF_RANGE);
        QCOMPARE(buffer.left(bytes.size()), bytes);
        QCOMPARE(ops.random_access_file_ops->read(&file, 10, 5, buffer.data(), status.get()), int64_t(5));
        QCOMPARE(getCode(status.get()), TF_OK);
        ops.random_access_file_ops->cleanup(&file);
        QCOMPARE(counters().bytes_read, uint64_t(bytes.size() + 5));

        TF_FileStatistics stats{};
        ops.filesystem_ops->stat(nullptr, QByteArray(rootUri + "/variables").constData(), &stats, status.get());
        QCOMPARE(getCode(status.get()), TF_OK);
        QVERIFY(stats.is_directory);
        char **children = nullptr;
        const int count = ops.filesystem_ops->get_children(nullptr, QByteArray(rootUri + "/variables").constData(), &children,
                                                           status.get());
        QCOMPARE(count, 2);
        QStringList names;
        for (int i = 0; i < count; ++i) {
            names.append(QString::fromUtf8(children[i]));
            info.plugin_memory_free(children[i]);
        }
        info.plugin_memory_free(children);
        names.sort();
        QCOMPARE(names, (QStringList{u"variables.data-00000-of-00001"_qs, u"variables.index"_qs}));

        QCOMPARE(setSource(nullptr, nullptr), 0);
        QCOMPARE(open(rootUri + "/saved_model.pb"), TF_FAILED_PRECONDITION);

        info.plugin_memory_free(ops.scheme);
        info.plugin_memory_free(ops.filesystem_ops);
        info.plugin_memory_free(ops.random_access_file_ops);
        info.plugin_memory_free(ops.writable_file_ops);
        info.plugin_memory_free(ops.read_only_memory_region_ops);
        info.plugin_memory_free(info.ops);
#else
        QFAIL("built without the TensorFlow C API headers: the plugin was not built");
#endif
    }

    void storageSourceServesTheModelThroughTheStorage()
    {
        // An uncompressed model in remote storage, as TensorFlow's reads reach it: every call goes
        // through the Storage interface, every byte TensorFlow gets was read by a StorageReader.
        const QString root = copyModel(u"half_plus_two"_qs, u"bucket/models/m"_qs);
        FolderAsBucketStorage storage(u"gs://bucket/models/m"_qs, root);
        StorageModelFileSource source(&storage, u"gs://bucket/models/m/"_qs);
        QCOMPARE(source.root(), u"gs://bucket/models/m"_qs);

        ModelFileSource::Stat st;
        QCOMPARE(source.stat("", &st), 0);
        QVERIFY(st.isDirectory);
        QCOMPARE(source.stat("saved_model.pb", &st), 0);
        QVERIFY(!st.isDirectory);
        QCOMPARE(st.size, QFileInfo(root + u"/saved_model.pb"_qs).size());
        QVERIFY(st.mtimeNsec > 0);
        QCOMPARE(source.stat("missing.pb", &st), ENOENT);

        QStringList names;
        QCOMPARE(source.list("", collectName, &names), 0);
        names.sort();
        QCOMPARE(names, (QStringList{u"fingerprint.pb"_qs, u"saved_model.pb"_qs, u"variables"_qs}));
        names.clear();
        QCOMPARE(source.list("variables", collectName, &names), 0);
        names.sort();
        QCOMPARE(names, (QStringList{u"variables.data-00000-of-00001"_qs, u"variables.index"_qs}));
        QCOMPARE(source.list("saved_model.pb", collectName, &names), ENOTDIR);
        QCOMPARE(source.list("nowhere", collectName, &names), ENOENT);

        int errnum = 0;
        QVERIFY(!source.open("variables", &errnum));
        QCOMPARE(errnum, EISDIR);
        QVERIFY(!source.open("missing.pb", &errnum));
        QCOMPARE(errnum, ENOENT);
        QCOMPARE(source.filesOpened(), qint64(0));
        QCOMPARE(source.bytesServed(), qint64(0));

        // TensorFlow reads one file from several threads at once, at any offset.
        QFile expectedFile(root + u"/saved_model.pb"_qs);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QByteArray expected = expectedFile.readAll();
        void *file = source.open("saved_model.pb", &errnum);
        QVERIFY(file);
        constexpr int threads = 4;
        constexpr size_t chunk = 1000;
        std::vector<QByteArray> copies(threads, QByteArray(expected.size(), '\0'));
        std::atomic<int> failures{0};
        {
            std::vector<std::jthread> readers;
            for (int t = 0; t < threads; ++t) {
                readers.emplace_back([&, t] {
                    for (qsizetype offset = 0; offset < expected.size(); offset += qsizetype(chunk)) {
                        int e = 0;
                        const size_t n = std::min(chunk, size_t(expected.size() - offset));
                        if (source.read(file, uint64_t(offset), n, copies[t].data() + offset, &e) != int64_t(n))
                            ++failures;
                    }
                });
            }
        }
        QCOMPARE(failures.load(), 0);
        for (const QByteArray &copy : copies)
            QCOMPARE(copy, expected);
        // Past the end: what there is, then nothing.
        char tail[16];
        QCOMPARE(source.read(file, uint64_t(expected.size() - 4), sizeof tail, tail, &errnum), int64_t(4));
        QCOMPARE(source.read(file, uint64_t(expected.size()), sizeof tail, tail, &errnum), int64_t(0));
        source.close(file);

        const qint64 served = qint64(threads) * expected.size() + 4;
        QCOMPARE(source.bytesServed(), served);
        QCOMPARE(storage.bytes.load(), served);
        QCOMPARE(source.filesOpened(), qint64(1));
        QCOMPARE(storage.readers.load(), 1);
        QVERIFY(storage.reads.load() >= threads * int((expected.size() + qsizetype(chunk) - 1) / qsizetype(chunk)));
        QVERIFY(source.readSpanNsec() > 0);
        QVERIFY(source.readNsec() > 0);
        QCOMPARE(storage.otherCalls.load(), 0); // it never writes, removes or cancels
        QVERIFY(!source.lastError());
    }

    void storageSourcePassesOnStorageErrors()
    {
        const QString root = copyModel(u"half_plus_two"_qs, u"bucket/models/failing"_qs);
        FolderAsBucketStorage storage(u"gs://bucket/models/failing"_qs, root);
        StorageModelFileSource source(&storage, u"gs://bucket/models/failing"_qs);
        int errnum = 0;
        void *file = source.open("variables/variables.index", &errnum);
        QVERIFY(file);
        // An object replaced while TensorFlow reads it: TensorFlow gets EIO, the report the storage's words.
        storage.failReadsWith = HubCache::ErrorCode::ObjectChanged;
        char buffer[64];
        QCOMPARE(source.read(file, 0, sizeof buffer, buffer, &errnum), int64_t(-1));
        QCOMPARE(errnum, EIO);
        QCOMPARE(source.lastError().code(), HubCache::ErrorCode::ObjectChanged);
        QCOMPARE(source.bytesServed(), qint64(0));
        source.close(file);

        // A storage that refuses the location (no access to the bucket): an error, not "missing".
        FolderAsBucketStorage elsewhere(u"gs://other-bucket/m"_qs, root);
        StorageModelFileSource denied(&elsewhere, u"gs://bucket/models/failing"_qs);
        ModelFileSource::Stat st;
        QCOMPARE(denied.stat("saved_model.pb", &st), EIO);
        QCOMPARE(denied.lastError().code(), HubCache::ErrorCode::AccessDenied);
        QVERIFY(!denied.open("saved_model.pb", &errnum));
        QCOMPARE(errnum, EIO);

        QCOMPARE(StorageModelFileSource::errnoFor(HubCache::Error(HubCache::ErrorCode::PathNotFound, QString())), ENOENT);
        QCOMPARE(StorageModelFileSource::errnoFor(HubCache::Error(HubCache::ErrorCode::Cancelled, QString())), ECANCELED);
        QCOMPARE(StorageModelFileSource::errnoFor(HubCache::Error()), 0);
    }

    void storageSourceThroughThePlugin()
    {
#if HUBCACHE_HAVE_TENSORFLOW
        // The plugin as TensorFlow drives it, over a storage source: names come without GCS's
        // trailing '/', and the plugin's byte count is what the storage read.
        void *library = ::dlopen(HUBCACHE_TFPLUGIN_PATH, RTLD_NOW | RTLD_LOCAL);
        QVERIFY2(library, ::dlerror());
        auto init = reinterpret_cast<void (*)(TF_FilesystemPluginInfo *)>(::dlsym(library, "TF_InitPlugin"));
        auto setSource = reinterpret_cast<HubCacheTfPluginSetSourceFunction>(
            ::dlsym(library, HUBCACHE_TFPLUGIN_SET_SOURCE_SYMBOL));
        auto counters = reinterpret_cast<HubCacheTfPluginCountersFunction>(
            ::dlsym(library, HUBCACHE_TFPLUGIN_COUNTERS_SYMBOL));
        auto newStatus = reinterpret_cast<TF_Status *(*)()>(::dlsym(library, "TF_NewStatus"));
        auto deleteStatus = reinterpret_cast<void (*)(TF_Status *)>(::dlsym(library, "TF_DeleteStatus"));
        auto getCode = reinterpret_cast<TF_Code (*)(const TF_Status *)>(::dlsym(library, "TF_GetCode"));
        QVERIFY(init && setSource && counters && newStatus && deleteStatus && getCode);
        TF_FilesystemPluginInfo info{};
        init(&info);
        const TF_FilesystemPluginOps &ops = info.ops[0];
        std::unique_ptr<TF_Status, void (*)(TF_Status *)> status(newStatus(), deleteStatus);

        const QString root = copyModel(u"half_plus_two"_qs, u"bucket/models/plugin"_qs);
        FolderAsBucketStorage storage(u"gs://bucket/models/plugin"_qs, root);
        StorageModelFileSource source(&storage, u"gs://bucket/models/plugin"_qs);
        const HubCacheTfSource table = source.cSource();
        const QByteArray rootUri = "hubcache:///gs/bucket/models/plugin";
        QCOMPARE(setSource(rootUri.constData(), &table), 0);
        const uint64_t before = counters().bytes_read;

        char **children = nullptr;
        const int count = ops.filesystem_ops->get_children(nullptr, rootUri.constData(), &children, status.get());
        QCOMPARE(getCode(status.get()), TF_OK);
        QStringList names;
        for (int i = 0; i < count; ++i) {
            names.append(QString::fromUtf8(children[i]));
            info.plugin_memory_free(children[i]);
        }
        info.plugin_memory_free(children);
        names.sort();
        QCOMPARE(names, (QStringList{u"fingerprint.pb"_qs, u"saved_model.pb"_qs, u"variables"_qs}));

        QFile expected(root + u"/variables/variables.data-00000-of-00001"_qs);
        QVERIFY(expected.open(QIODevice::ReadOnly));
        const QByteArray bytes = expected.readAll();
        TF_RandomAccessFile file{};
        ops.filesystem_ops->new_random_access_file(
            nullptr, QByteArray(rootUri + "/variables/variables.data-00000-of-00001").constData(), &file, status.get());
        QCOMPARE(getCode(status.get()), TF_OK);
        QByteArray buffer(bytes.size(), '\0');
        QCOMPARE(ops.random_access_file_ops->read(&file, 0, size_t(buffer.size()), buffer.data(), status.get()),
                 int64_t(bytes.size()));
        ops.random_access_file_ops->cleanup(&file);
        QCOMPARE(buffer, bytes);
        QCOMPARE(counters().bytes_read - before, uint64_t(bytes.size()));
        QCOMPARE(source.bytesServed(), qint64(bytes.size()));
        QCOMPARE(storage.bytes.load(), qint64(bytes.size()));

        ops.filesystem_ops->new_random_access_file(nullptr, QByteArray(rootUri + "/missing.pb").constData(), &file,
                                                   status.get());
        QCOMPARE(getCode(status.get()), TF_NOT_FOUND);

        QCOMPARE(setSource(nullptr, nullptr), 0);
        info.plugin_memory_free(ops.scheme);
        info.plugin_memory_free(ops.filesystem_ops);
        info.plugin_memory_free(ops.random_access_file_ops);
        info.plugin_memory_free(ops.writable_file_ops);
        info.plugin_memory_free(ops.read_only_memory_region_ops);
        info.plugin_memory_free(info.ops);
#else
        QFAIL("built without the TensorFlow C API headers: the plugin was not built");
#endif
    }

    void reportSaysWhereTheBytesCameFrom()
    {
        SmokeReport report;
        report.handle = u"https://hub.example/models/m/1"_qs;
        report.resolvedPath = u"gs://bucket/models/m"_qs;
        report.source = report.resolvedPath;
        report.ioPath = u"plugin"_qs;
        report.pluginUri = u"hubcache:///gs/bucket/models/m"_qs;
        report.bytesRead = 250'000'000;
        report.filesOpened = 3;
        report.sourceBytes = 250'000'000;
        report.sourceReadMs = 2100;
        report.sourceBytesPerSecond = 125'000'000;
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"source"_qs).toString(), u"gs://bucket/models/m"_qs);
        QCOMPARE(json.value(u"sourceBytes"_qs).toInteger(), 250'000'000);
        QCOMPARE(json.value(u"sourceReadMs"_qs).toInteger(), 2100);
        QCOMPARE(json.value(u"sourceBytesPerSecond"_qs).toInteger(), 125'000'000);
        QCOMPARE(SmokeReport::fromJson(json).toJson(), json);
        const QString text = report.toText().join(u'\n');
        QVERIFY2(text.contains(u"Folder:      gs://bucket/models/m (in remote storage, read in place)"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"Source:      250000000 bytes read from gs://bucket/models/m by hubcache's storage reader, "
                               "2100 ms waiting, 125.0 MB/s"_qs),
                 qPrintable(text));

        // A local model says nothing of a storage reader.
        SmokeReport local;
        local.resolvedPath = local.source = u"/models/m"_qs;
        QVERIFY(!local.toText().join(u'\n').contains(u"Source:"_qs));
        QVERIFY(local.toJson().value(u"sourceBytes"_qs).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
