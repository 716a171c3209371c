#include "gcsaccesstokencredentials.h"
#include "gcsanonymouscredentials.h"
#include "gcsclient.h"
#include "gcsdeletejob.h"
#include "gcsemulator.h"
#include "gcsfaultproxy.h"
#include "gcslistjob.h"
#include "gcsmetadatajob.h"
#include "gcsobjectreader.h"
#include "gcsreadjob.h"
#include "gcsrewritejob.h"
#include "gcsserviceaccountcredentials.h"
#include "gcsuploadjob.h"
#include "networkaccess.h"
#include "rsatestkey.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QElapsedTimer>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

using namespace HubCache;
using namespace std::chrono_literals;
using HubCacheTest::GcsEmulator;
using HubCacheTest::GcsFaultProxy;
using HubCacheTest::TestHttpServer;
using HubCacheTest::RsaKey;
using HubCacheTest::generateRsaKey;
using HubCacheTest::verifyRs256;

namespace {

const QString kBucket = QStringLiteral("hubcache-test");

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        data[i] = char(generator.generate());
    return data;
}

QByteArray md5Base64(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64();
}


QByteArray objectJson(const QString &name, qint64 size, qint64 generation)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("bucket"), QStringLiteral("bkt")},
                                     {QStringLiteral("size"), QString::number(size)},
                                     {QStringLiteral("generation"), QString::number(generation)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestGcsClient : public QObject
{
    Q_OBJECT

    GcsEmulator m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;

    Configuration config(const QUrl &endpoint, QProcessEnvironment env = QProcessEnvironment()) const
    {
        env.insert(QStringLiteral("HUBCACHE_GCS_ENDPOINT"), endpoint.toString());
        Configuration::Inputs in;
        in.environment = env;
        Error e;
        Configuration c = Configuration::fromInputs(in, &e);
        c.setRetryDelay(10ms);
        c.setStallTimeout(10s);
        return c;
    }

    // A client of endpoint with its own network access and credentials from env.
    struct Client {
        std::unique_ptr<QNetworkAccessManager> network;
        std::unique_ptr<GcsCredentialProvider> credentials;
        std::unique_ptr<GcsClient> gcs;
        GcsClient *operator->() const { return gcs.get(); }
    };

    Client makeClient(const Configuration &c) const
    {
        Client client;
        client.network.reset(NetworkAccess::create(c, nullptr));
        Error error;
        client.credentials = GcsCredentialProvider::fromEnvironment(c, client.network.get(), &error);
        if (!client.credentials)
            qWarning() << error.message();
        client.gcs = std::make_unique<GcsClient>(c, client.network.get(), client.credentials.get());
        return client;
    }

    Client emulatorClient() const { return makeClient(config(m_emulator.endpoint())); }

    // Runs job to its end; the caller owns it afterwards.
    template<typename J>
    static std::unique_ptr<J> run(J *job)
    {
        job->setAutoDelete(false);
        job->exec();
        return std::unique_ptr<J>(job);
    }

    GcsObjectInfo put(const Client &client, const QString &name, const QByteArray &data)
    {
        auto job = run(client->upload(kBucket, name, data));
        if (job->error())
            qWarning() << job->error().message();
        return job->object();
    }

    // Reads a whole object through a reader with the given chunk and buffer sizes; a slow consumer
    // takes at most step bytes per event-loop turn.
    struct ReadResult {
        QByteArray data;
        Error error;
        qint64 peak = 0;
        int results = 0;
    };
    // With fillFirst, reading starts only once the read-ahead holds bufferLimit bytes.
    static ReadResult readAll(GcsObjectReader *reader, qint64 step, const std::function<void(qint64)> &afterRead = {},
                              bool fillFirst = false)
    {
        ReadResult r;
        reader->setAutoDelete(false);
        std::unique_ptr<GcsObjectReader> owner(reader);
        QTimer pump;
        pump.setInterval(0);
        bool waitForFill = fillFirst;
        QObject::connect(&pump, &QTimer::timeout, reader, [&] {
            if (waitForFill && reader->bytesAvailable() < reader->bufferLimit())
                return;
            waitForFill = false;
            const QByteArray chunk = reader->read(step);
            r.data += chunk;
            if (!chunk.isEmpty() && afterRead)
                afterRead(r.data.size());
        });
        QObject::connect(reader, &Job::result, reader, [&] {
            ++r.results;
            pump.stop();
        });
        pump.start();
        reader->start();
        if (!QTest::qWaitFor([&r] { return r.results > 0; }, 60'000))
            r.error = Error(ErrorCode::Timeout, QStringLiteral("the reader did not finish"));
        else
            r.error = reader->error();
        r.peak = reader->peakBuffered();
        return r;
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void endpointSetting();
    void metadata();
    void objectNamesArePercentEncoded();
    void rangedRead();
    void streamingReadIsByteExactInBoundedMemory();
    void listWithPrefixDelimiterAndPaging();
    void multipartUploadWithPreconditions();
    void conditionalCreateHasOneWinner();
    void resumableUpload();
    void deleteWithGeneration();
    void rewriteCopies();
    void objectReplacedMidReadIsReported();
    void serverErrorBurstsAreRetried();
    void unguardedWriteIsNotRetried();
    void cutReadIsResumedOrReported();
    void stalledRequestTimesOut();
    void tooSlowReadIsRetriedThenReported();
    void cancellation();
    void bearerTokenGoesOnlyToTheEndpoint();
    void serviceAccountJwtAndRefresh();
    void badServiceAccountKeyIsAnError();
};

void TestGcsClient::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    // Never a silent skip: CI installs the emulator through scripts/setup-debian.sh --python.
    if (!m_emulator.start(&error))
        QFAIL(qPrintable(error));
    QVERIFY2(m_emulator.createBucket(kBucket, &error), qPrintable(error));
}

void TestGcsClient::cleanupTestCase()
{
    m_emulator.stop();
}

void TestGcsClient::endpointSetting()
{
    const auto endpointFor = [](const QList<QPair<QString, QString>> &vars, Error *error) {
        QProcessEnvironment env;
        for (const auto &[k, v] : vars)
            env.insert(k, v);
        Configuration::Inputs in;
        in.environment = env;
        return Configuration::fromInputs(in, error).gcsEndpoint();
    };
    Error e;
    QCOMPARE(endpointFor({}, &e), QUrl(QStringLiteral("https://storage.googleapis.com")));
    QVERIFY(!e);
    QCOMPARE(endpointFor({{QStringLiteral("STORAGE_EMULATOR_HOST"), QStringLiteral("127.0.0.1:4443")}}, &e),
             QUrl(QStringLiteral("http://127.0.0.1:4443")));
    QCOMPARE(endpointFor({{QStringLiteral("STORAGE_EMULATOR_HOST"), QStringLiteral("http://localhost:9023/")}}, &e),
             QUrl(QStringLiteral("http://localhost:9023")));
    QCOMPARE(endpointFor({{QStringLiteral("STORAGE_EMULATOR_HOST"), QStringLiteral("127.0.0.1:4443")},
                          {QStringLiteral("HUBCACHE_GCS_ENDPOINT"), QStringLiteral("https://gcs.example.com")}}, &e),
             QUrl(QStringLiteral("https://gcs.example.com")));
    QVERIFY(!e);
    for (const QString &bad : {QStringLiteral("ftp://example.com"), QStringLiteral("https://example.com/path"),
                               QStringLiteral("https://user:pw@example.com"), QStringLiteral("http://")}) {
        Error error;
        QCOMPARE(endpointFor({{QStringLiteral("HUBCACHE_GCS_ENDPOINT"), bad}}, &error),
                 QUrl(QStringLiteral("https://storage.googleapis.com")));
        QCOMPARE(error.code(), ErrorCode::InvalidConfiguration);
        QVERIFY2(error.message().contains(u"HUBCACHE_GCS_ENDPOINT"), qPrintable(error.message()));
    }
}

void TestGcsClient::metadata()
{
    Client client = emulatorClient();
    const QByteArray data = randomBytes(12345, 1);
    const GcsObjectInfo put = this->put(client, QStringLiteral("meta/object.bin"), data);
    QVERIFY(put.isValid());

    auto job = run(client->metadata(kBucket, QStringLiteral("meta/object.bin")));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    const GcsObjectInfo info = job->object();
    QCOMPARE(info.name, QStringLiteral("meta/object.bin"));
    QCOMPARE(info.bucket, kBucket);
    QCOMPARE(info.size, data.size());
    QCOMPARE(info.generation, put.generation);
    QCOMPARE(info.md5Hash.toLatin1(), md5Base64(data));
    QVERIFY(!info.crc32c.isEmpty());
    QVERIFY(info.updated.isValid());
    QVERIFY(qAbs(info.updated.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    auto missing = run(client->metadata(kBucket, QStringLiteral("meta/absent")));
    QCOMPARE(missing->error().code(), ErrorCode::RemoteNotFound);
    QVERIFY2(missing->error().message().contains(u"gs://hubcache-test/meta/absent"), qPrintable(missing->error().message()));
}

void TestGcsClient::objectNamesArePercentEncoded()
{
    GcsFaultProxy proxy(m_emulator.port());
    QVERIFY(proxy.start());
    Client client = makeClient(config(proxy.endpoint()));
    const QString name = QStringLiteral("enc/a b?c#d%e+f&g=h/ü.bin");
    const QByteArray data("encoded name");
    const GcsObjectInfo info = put(client, name, data);
    QCOMPARE(info.name, name);

    auto meta = run(client->metadata(kBucket, name));
    QVERIFY2(!meta->error(), qPrintable(meta->error().message()));
    QCOMPARE(meta->object().name, name);
    auto read = run(client->read(kBucket, name, 0, -1));
    QCOMPARE(read->data(), data);
    // "/" inside the name is %2F on the wire, as are the other reserved characters.
    const QByteArray encoded = "/storage/v1/b/hubcache-test/o/enc%2Fa%20b%3Fc%23d%25e%2Bf%26g%3Dh%2F%C3%BC.bin";
    QCOMPARE(proxy.requestCount(encoded + "?generation") + proxy.requestCount(encoded + " "), 0);
    QCOMPARE(proxy.requestCount(encoded), 2);
    QCOMPARE(proxy.requests().last().target, encoded + "?alt=media");
}

void TestGcsClient::rangedRead()
{
    Client client = emulatorClient();
    const QByteArray data = randomBytes(200'000, 2);
    const GcsObjectInfo info = put(client, QStringLiteral("range/object"), data);

    auto job = run(client->read(kBucket, QStringLiteral("range/object"), 1000, 5000));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->data(), data.mid(1000, 5000));
    QCOMPARE(job->generation(), info.generation);
    QCOMPARE(job->objectSize(), data.size());

    auto tail = run(client->read(kBucket, QStringLiteral("range/object"), 199'990, 100, info.generation));
    QCOMPARE(tail->data(), data.right(10));

    put(client, QStringLiteral("range/empty"), QByteArray());
    auto empty = run(client->read(kBucket, QStringLiteral("range/empty"), 0, -1));
    QVERIFY2(!empty->error(), qPrintable(empty->error().message()));
    QVERIFY(empty->data().isEmpty());

    auto stale = run(client->read(kBucket, QStringLiteral("range/object"), 0, 10, info.generation + 1));
    QVERIFY(stale->error());
    QVERIFY(stale->data().isEmpty());
}

void TestGcsClient::streamingReadIsByteExactInBoundedMemory()
{
    GcsFaultProxy proxy(m_emulator.port());
    QVERIFY(proxy.start());
    Client client = makeClient(config(proxy.endpoint()));
    const QByteArray data = randomBytes(6 << 20, 3);
    put(client, QStringLiteral("stream/big.bin"), data);
    proxy.clearRequests();

    GcsObjectReader *reader = client->openReader(kBucket, QStringLiteral("stream/big.bin"));
    reader->setChunkSize(256 << 10);
    reader->setBufferLimit(512 << 10);
    const ReadResult r = readAll(reader, 16 << 10, {}, true);
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(r.results, 1);
    QCOMPARE(r.data.size(), data.size());
    QVERIFY(r.data == data);
    // The read-ahead filled up to its limit before the consumer started, and never beyond.
    QCOMPARE(r.peak, 512 << 10);
    QCOMPARE(proxy.requestCount("alt=media"), 24);
    // The first answer pins the generation; every later request asks for that one.
    const QList<GcsFaultProxy::Request> requests = proxy.requests();
    for (qsizetype i = 1; i < requests.size(); ++i)
        QVERIFY2(requests.at(i).target.contains("&generation="), requests.at(i).target.constData());
}

void TestGcsClient::listWithPrefixDelimiterAndPaging()
{
    Client client = emulatorClient();
    QStringList expected;
    for (int i = 0; i < 23; ++i) {
        const QString name = QStringLiteral("list/item-%1").arg(i, 2, 10, QLatin1Char('0'));
        expected << name;
        put(client, name, QByteArray::number(i));
    }
    put(client, QStringLiteral("list/sub/deep"), "x");
    put(client, QStringLiteral("list/other/deep"), "x");
    put(client, QStringLiteral("listing-not-under-prefix"), "x");

    GcsListJob *paged = client->list(kBucket, QStringLiteral("list/"), QStringLiteral("/"));
    paged->setPageSize(10);
    auto job = run(paged);
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QStringList names;
    for (const GcsObjectInfo &o : job->objects())
        names << o.name;
    names.sort();
    QCOMPARE(names, expected);
    QVERIFY2(job->pageCount() >= 3, qPrintable(QString::number(job->pageCount())));
    QStringList prefixes = job->prefixes();
    prefixes.sort();
    QCOMPARE(prefixes, QStringList({QStringLiteral("list/other/"), QStringLiteral("list/sub/")}));

    GcsListJob *flat = client->list(kBucket, QStringLiteral("list/"));
    flat->setPageSize(7);
    auto all = run(flat);
    QCOMPARE(all->objects().size(), 25);
    QVERIFY(all->prefixes().isEmpty());
    QCOMPARE(all->pageCount(), 4);
    QCOMPARE(all->objects().first().size, 1);
}

void TestGcsClient::multipartUploadWithPreconditions()
{
    Client client = emulatorClient();
    const QString name = QStringLiteral("upload/multipart");
    auto first = run(client->upload(kBucket, name, "first", std::nullopt, QStringLiteral("text/plain")));
    QVERIFY2(!first->error(), qPrintable(first->error().message()));
    const qint64 generation = first->object().generation;
    QCOMPARE(first->object().size, 5);
    QCOMPARE(first->object().contentType, QStringLiteral("text/plain"));

    // Replacing the generation we know: allowed once; a second writer with the same knowledge loses.
    auto second = run(client->upload(kBucket, name, "second", generation));
    QVERIFY2(!second->error(), qPrintable(second->error().message()));
    QVERIFY(second->object().generation != generation);
    auto stale = run(client->upload(kBucket, name, "stale", generation));
    QCOMPARE(stale->error().code(), ErrorCode::PreconditionFailed);
    QVERIFY2(stale->error().message().contains(u"gs://hubcache-test/upload/multipart"), qPrintable(stale->error().message()));
    QCOMPARE(errorCodeName(stale->error().code()), QStringLiteral("precondition-failed"));

    auto read = run(client->read(kBucket, name, 0, -1));
    QCOMPARE(read->data(), QByteArray("second"));
}

void TestGcsClient::conditionalCreateHasOneWinner()
{
    Client client = emulatorClient();
    const QString name = QStringLiteral("lock/one-winner");
    constexpr int kCreators = 24;
    std::vector<std::unique_ptr<GcsUploadJob>> jobs;
    int done = 0;
    for (int i = 0; i < kCreators; ++i) {
        GcsUploadJob *job = client->upload(kBucket, name, "owner " + QByteArray::number(i), 0);
        job->setAutoDelete(false);
        connect(job, &Job::result, this, [&done] { ++done; });
        jobs.emplace_back(job);
    }
    for (auto &job : jobs)
        job->start();
    QTRY_COMPARE_WITH_TIMEOUT(done, kCreators, 30'000);

    int winner = -1;
    for (int i = 0; i < kCreators; ++i) {
        const Error error = jobs[size_t(i)]->error();
        if (!error) {
            QCOMPARE(winner, -1);
            winner = i;
        } else {
            QVERIFY2(error.code() == ErrorCode::PreconditionFailed, qPrintable(error.message()));
        }
    }
    QVERIFY(winner >= 0);
    auto read = run(client->read(kBucket, name, 0, -1));
    QCOMPARE(read->data(), "owner " + QByteArray::number(winner));
}

void TestGcsClient::resumableUpload()
{
    Client client = emulatorClient();
    const QByteArray data = randomBytes((3 << 20) + 12345, 4);
    const QString path = m_dir->filePath(QStringLiteral("resumable.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
    file.close();

    GcsUploadJob *upload = client->uploadFile(kBucket, QStringLiteral("upload/resumable.bin"), path);
    upload->setChunkSize(1 << 20);
    QList<qint64> progress;
    connect(upload, &Job::progress, this, [&progress](Job *, qint64 processed, qint64) { progress << processed; });
    auto job = run(upload);
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->object().size, data.size());
    QCOMPARE(job->object().md5Hash.toLatin1(), md5Base64(data));
    // Sent in four chunks of at most 1 MiB, each acknowledged by the session.
    QCOMPARE(progress, QList<qint64>({1 << 20, 2 << 20, 3 << 20, data.size()}));
    QVERIFY(client->isStorageEndpoint(job->sessionUrl()));

    auto read = run(client->read(kBucket, QStringLiteral("upload/resumable.bin"), 0, -1));
    QVERIFY(read->data() == data);
}

void TestGcsClient::deleteWithGeneration()
{
    GcsFaultProxy proxy(m_emulator.port());
    QVERIFY(proxy.start());
    Client client = makeClient(config(proxy.endpoint()));
    const GcsObjectInfo info = put(client, QStringLiteral("delete/me"), "bye");

    auto job = run(client->remove(kBucket, QStringLiteral("delete/me"), info.generation));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(proxy.requests().last().method, QByteArray("DELETE"));
    QCOMPARE(proxy.requests().last().target,
             "/storage/v1/b/hubcache-test/o/delete%2Fme?ifGenerationMatch=" + QByteArray::number(info.generation));
    auto gone = run(client->metadata(kBucket, QStringLiteral("delete/me")));
    QCOMPARE(gone->error().code(), ErrorCode::RemoteNotFound);

    auto again = run(client->remove(kBucket, QStringLiteral("delete/me"), info.generation));
    QCOMPARE(again->error().code(), ErrorCode::RemoteNotFound);

    // The delete goes through but its answer is lost: the retry's 404 means it is done.
    const GcsObjectInfo lost = put(client, QStringLiteral("delete/lost-answer"), "bye");
    proxy.replaceAnswerNext(1, 503, "delete%2Flost-answer?ifGenerationMatch");
    auto retried = run(client->remove(kBucket, QStringLiteral("delete/lost-answer"), lost.generation));
    QVERIFY2(!retried->error(), qPrintable(retried->error().message()));
    QCOMPARE(retried->retryCount(), 1);
    auto deleted = run(client->metadata(kBucket, QStringLiteral("delete/lost-answer")));
    QCOMPARE(deleted->error().code(), ErrorCode::RemoteNotFound);
}

void TestGcsClient::rewriteCopies()
{
    Client client = emulatorClient();
    const QByteArray data = randomBytes(3 << 20, 5);
    const GcsObjectInfo source = put(client, QStringLiteral("copy/source"), data);

    GcsRewriteJob *rewrite = client->copy(kBucket, QStringLiteral("copy/source"), kBucket,
                                          QStringLiteral("copy/target dir/copy"), source.generation, 0);
    rewrite->setBytesPerCall(1 << 20);
    auto job = run(rewrite);
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->object().name, QStringLiteral("copy/target dir/copy"));
    QCOMPARE(job->object().size, data.size());
    QCOMPARE(job->processedBytes(), data.size());
    QVERIFY(job->callCount() >= 1);
    auto read = run(client->read(kBucket, QStringLiteral("copy/target dir/copy"), 0, -1));
    QVERIFY(read->data() == data);
    // fake-gcs-server 1.54 ignores ifGenerationMatch on rewriteTo, so a losing conditional copy
    // cannot be shown here; the precondition is sent (see GcsRewriteJob::nextRequest).
}

void TestGcsClient::objectReplacedMidReadIsReported()
{
    Client client = emulatorClient();
    const QString name = QStringLiteral("replace/model.bin");
    const QByteArray oldData = randomBytes(2 << 20, 6);
    const QByteArray newData = randomBytes(2 << 20, 7);
    put(client, name, oldData);

    GcsObjectReader *reader = client->openReader(kBucket, name);
    reader->setChunkSize(256 << 10);
    reader->setBufferLimit(256 << 10);
    bool replaced = false;
    const ReadResult r = readAll(reader, 64 << 10, [&](qint64 received) {
        if (!replaced && received >= (300 << 10)) {
            replaced = true;
            put(client, name, newData);
        }
    });
    QVERIFY(replaced);
    QCOMPARE(r.error.code(), ErrorCode::ObjectChanged);
    QVERIFY2(r.error.message().contains(u"gs://hubcache-test/replace/model.bin"), qPrintable(r.error.message()));
    // What was handed out is a clean prefix of the old version, not a byte of the new one.
    QVERIFY(r.data.size() >= (300 << 10));
    QVERIFY(r.data.size() < oldData.size());
    QVERIFY(r.data == oldData.left(r.data.size()));
}

void TestGcsClient::serverErrorBurstsAreRetried()
{
    GcsFaultProxy proxy(m_emulator.port());
    QVERIFY(proxy.start());
    Configuration c = config(proxy.endpoint());
    c.setMaxRetries(4);
    Client client = makeClient(c);
    const QByteArray data = randomBytes(100'000, 8);
    put(client, QStringLiteral("retry/object"), data);

    proxy.clearRequests();
    proxy.failNext(2, 503, "retry%2Fobject");
    proxy.failNext(2, 429, "retry%2Fobject");
    auto meta = run(client->metadata(kBucket, QStringLiteral("retry/object")));
    QVERIFY2(!meta->error(), qPrintable(meta->error().message()));
    QCOMPARE(meta->retryCount(), 4);
    QCOMPARE(proxy.requestCount("retry%2Fobject"), 5);

    proxy.failNext(3, 503, "alt=media");
    auto read = run(client->read(kBucket, QStringLiteral("retry/object"), 0, -1));
    QVERIFY2(!read->error(), qPrintable(read->error().message()));
    QVERIFY(read->data() == data);

    // A conditional write is idempotent: retried.
    proxy.failNext(2, 503, "uploadType=multipart");
    auto create = run(client->upload(kBucket, QStringLiteral("retry/created"), "x", 0));
    QVERIFY2(!create->error(), qPrintable(create->error().message()));
    QCOMPARE(create->retryCount(), 2);

    // Beyond the budget: the last answer's error, after 1 + maxRetries attempts.
    proxy.clearRequests();
    proxy.failNext(5, 503, "retry%2Fobject");
    auto failed = run(client->metadata(kBucket, QStringLiteral("retry/object")));
    QCOMPARE(failed->error().code(), ErrorCode::ServerError);
    QCOMPARE(proxy.requestCount("retry%2Fobject"), 5);
    proxy.failNext(5, 429, "retry%2Fobject");
    auto limited = run(client->metadata(kBucket, QStringLiteral("retry/object")));
    QCOMPARE(limited->error().code(), ErrorCode::RateLimited);
}

void TestGcsClient::unguardedWriteIsNotRetried()
{
    GcsFaultProxy proxy(m_emulator.port());
    QVERIFY(proxy.start());
    Client client = makeClient(config(proxy.endpoint()));
    const GcsObjectInfo info = put(client, QStringLiteral("noretry/object"), "keep");

    // Without a precondition, sending a write or a delete twice could undo someone else's newer one.
    proxy.clearRequests();
    proxy.failNext(1, 503, "uploadType=multipart");
    auto upload = run(client->upload(kBucket, QStringLiteral("noretry/object"), "overwrite"));
    QCOMPARE(upload->error().code(), ErrorCode::ServerError);
    QCOMPARE(proxy.requestCount("uploadType=multipart"), 1);

    proxy.failNext(1, 503, "noretry%2Fobject");
    auto remove = run(client->remove(kBucket, QStringLiteral("noretry/object")));
    QCOMPARE(remove->error().code(), ErrorCode::ServerError);
    QCOMPARE(proxy.requestCount("noretry%2Fobject"), 1);
    auto still = run(client->metadata(kBucket, QStringLiteral("noretry/object")));
    QCOMPARE(still->object().generation, info.generation);
}

void TestGcsClient::cutReadIsResumedOrReported()
{
    GcsFaultProxy proxy(m_emulator.port());
    QVERIFY(proxy.start());
    Configuration c = config(proxy.endpoint());
    Client client = makeClient(c);
    const QByteArray data = randomBytes(1 << 20, 9);
    put(client, QStringLiteral("cut/object"), data);

    proxy.clearRequests();
    proxy.cutNext(2, 100'000, "alt=media");
    GcsObjectReader *reader = client->openReader(kBucket, QStringLiteral("cut/object"));
    reader->setChunkSize(512 << 10);
    const ReadResult r = readAll(reader, 1 << 20);
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QVERIFY(r.data == data);
    // Resumed where the cut left it, not from the start of the chunk.
    QList<QByteArray> ranges;
    for (const GcsFaultProxy::Request &request : proxy.requests())
        ranges << request.range;
    QVERIFY2(ranges.size() > 2, ranges.join(' ').constData());
    QVERIFY2(ranges.at(1) != "bytes=0-524287" && ranges.at(1).startsWith("bytes=") && !ranges.at(1).startsWith("bytes=0-"),
             ranges.join(' ').constData());

    // No retries left: the cut is reported, and what was handed out is a clean prefix.
    Configuration noRetry = config(proxy.endpoint());
    noRetry.setMaxRetries(0);
    Client strict = makeClient(noRetry);
    proxy.cutNext(1, 100'000, "alt=media");
    GcsObjectReader *strictReader = strict->openReader(kBucket, QStringLiteral("cut/object"));
    const ReadResult cut = readAll(strictReader, 1 << 20);
    QCOMPARE(cut.error.code(), ErrorCode::ConnectionFailed);
    QVERIFY(cut.data.size() < data.size());
    QVERIFY(cut.data == data.left(cut.data.size()));
}

void TestGcsClient::stalledRequestTimesOut()
{
    GcsFaultProxy proxy(m_emulator.port());
    QVERIFY(proxy.start());
    Configuration c = config(proxy.endpoint());
    c.setStallTimeout(1s);
    c.setMaxRetries(1);
    Client client = makeClient(c);
    put(client, QStringLiteral("stall/object"), "late");

    // The first attempt never gets an answer; the retry does.
    proxy.stallNext(1, "stall%2Fobject");
    auto meta = run(client->metadata(kBucket, QStringLiteral("stall/object")));
    QVERIFY2(!meta->error(), qPrintable(meta->error().message()));
    QCOMPARE(meta->retryCount(), 1);

    proxy.stallNext(2, "stall%2Fobject");
    QElapsedTimer clock;
    clock.start();
    auto stalled = run(client->metadata(kBucket, QStringLiteral("stall/object")));
    QCOMPARE(stalled->error().code(), ErrorCode::Timeout);
    QVERIFY(clock.elapsed() < 10'000);
}

void TestGcsClient::tooSlowReadIsRetriedThenReported()
{
    GcsFaultProxy proxy(m_emulator.port());
    QVERIFY(proxy.start());
    Configuration c = config(proxy.endpoint());
    c.setMinSpeed(200'000);
    c.setMinSpeedTime(500ms);
    c.setMaxRetries(1);
    Client client = makeClient(c);
    const QByteArray data = randomBytes(1 << 20, 11);
    put(client, QStringLiteral("slow/object"), data);

    // The first answer trickles at 20 kB/s, far below 200 kB/s: dropped, and the retry goes on
    // from where it stopped.
    proxy.clearRequests();
    proxy.throttleNext(1, 20'000, "alt=media");
    const ReadResult r = readAll(client->openReader(kBucket, QStringLiteral("slow/object")), 1 << 20);
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QVERIFY(r.data == data);
    QCOMPARE(proxy.requestCount("alt=media"), 2);

    // Slow every time: reported as too slow, naming the settings to change.
    proxy.throttleNext(2, 20'000, "alt=media");
    const ReadResult slow = readAll(client->openReader(kBucket, QStringLiteral("slow/object")), 1 << 20);
    QCOMPARE(slow.error.code(), ErrorCode::TooSlow);
    QVERIFY2(slow.error.message().contains(u"HUBCACHE_MIN_SPEED"), qPrintable(slow.error.message()));
    QVERIFY(slow.data == data.left(slow.data.size()));

    // A small JSON answer that trickles is bounded too.
    put(client, QStringLiteral("slowmeta/object"), "x");
    proxy.throttleNext(2, 500, "slowmeta%2Fobject");
    auto meta = run(client->metadata(kBucket, QStringLiteral("slowmeta/object")));
    QCOMPARE(meta->error().code(), ErrorCode::TooSlow);
}

void TestGcsClient::cancellation()
{
    GcsFaultProxy proxy(m_emulator.port());
    QVERIFY(proxy.start());
    Configuration c = config(proxy.endpoint());
    c.setRetryDelay(30s);
    Client client = makeClient(c);
    const QByteArray data = randomBytes(4 << 20, 10);
    put(client, QStringLiteral("cancel/object"), data);

    // While waiting to retry.
    proxy.failNext(1, 503, "cancel%2Fobject");
    GcsMetadataJob *waiting = client->metadata(kBucket, QStringLiteral("cancel/object"));
    waiting->setAutoDelete(false);
    std::unique_ptr<GcsMetadataJob> waitingOwner(waiting);
    QSignalSpy waitingResult(waiting, &Job::result);
    waiting->start();
    QTRY_COMPARE(waiting->retryCount(), 1); // the 503 arrived; the retry is 30 s away
    waiting->cancel();
    QCOMPARE(waitingResult.size(), 1);
    QCOMPARE(waiting->error().code(), ErrorCode::Cancelled);

    // In the middle of a streamed read.
    proxy.clearRequests();
    GcsObjectReader *reader = client->openReader(kBucket, QStringLiteral("cancel/object"));
    reader->setAutoDelete(false);
    std::unique_ptr<GcsObjectReader> readerOwner(reader);
    // No read-ahead beyond one chunk: only a read() makes room for the next request.
    reader->setChunkSize(256 << 10);
    reader->setBufferLimit(256 << 10);
    QSignalSpy readyRead(reader, &GcsObjectReader::readyRead);
    QSignalSpy result(reader, &Job::result);
    reader->start();
    QVERIFY(readyRead.wait());
    reader->cancel();
    QCOMPARE(result.size(), 1);
    QCOMPARE(reader->error().code(), ErrorCode::Cancelled);
    const int requests = proxy.requestCount("alt=media");
    (void)reader->read(1 << 20); // room in the buffer would fetch more, were the job still running
    // Another request through the same proxy, to its end: the event loop has turned meanwhile.
    auto barrier = run(client->metadata(kBucket, QStringLiteral("cancel/object")));
    QVERIFY(!barrier->error());
    QCOMPARE(proxy.requestCount("alt=media"), requests);
    QCOMPARE(result.size(), 1);
}

void TestGcsClient::bearerTokenGoesOnlyToTheEndpoint()
{
    TestHttpServer storage;
    TestHttpServer elsewhere;
    QVERIFY(storage.start());
    QVERIFY(elsewhere.start());
    TestHttpServer::Route meta;
    meta.body = objectJson(QStringLiteral("obj"), 3, 42);
    meta.contentType = "application/json";
    storage.setRoute(QStringLiteral("/storage/v1/b/bkt/o/obj"), meta);
    // An upload session on another host: the client must not follow it with the token.
    TestHttpServer::Route session;
    session.headers.append({"Location", elsewhere.url(QStringLiteral("/upload/session")).toEncoded()});
    storage.setRoute(QStringLiteral("/upload/storage/v1/b/bkt/o"), session);

    QProcessEnvironment env;
    env.insert(QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN"), QStringLiteral("secret-token-123"));
    Client client = makeClient(config(storage.url(QString()), env));
    QVERIFY(qobject_cast<GcsAccessTokenCredentials *>(client.credentials.get()));

    auto job = run(client->metadata(QStringLiteral("bkt"), QStringLiteral("obj")));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->object().generation, 42);
    QCOMPARE(storage.requests().size(), 1);
    QCOMPARE(storage.requests().first().headers.value("authorization"), QByteArray("Bearer secret-token-123"));

    const QString path = m_dir->filePath(QStringLiteral("token-upload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("payload");
    file.close();
    auto upload = run(client->uploadFile(QStringLiteral("bkt"), QStringLiteral("obj"), path));
    QCOMPARE(upload->error().code(), ErrorCode::UnsafeRedirect);
    QCOMPARE(elsewhere.requests().size(), 0);

    // Without the variable: anonymous, no header at all.
    storage.clearRequests();
    Client anonymous = makeClient(config(storage.url(QString())));
    QVERIFY(qobject_cast<GcsAnonymousCredentials *>(anonymous.credentials.get()));
    auto anon = run(anonymous->metadata(QStringLiteral("bkt"), QStringLiteral("obj")));
    QVERIFY(!anon->error());
    QVERIFY(!storage.requests().first().headers.contains("authorization"));
}

void TestGcsClient::serviceAccountJwtAndRefresh()
{
    const RsaKey key = generateRsaKey();
    QVERIFY(key.key);
    TestHttpServer storage;
    TestHttpServer tokens;
    QVERIFY(storage.start());
    QVERIFY(tokens.start());
    TestHttpServer::Route meta;
    meta.body = objectJson(QStringLiteral("obj"), 3, 7);
    meta.contentType = "application/json";
    storage.setRoute(QStringLiteral("/storage/v1/b/bkt/o/obj"), meta);
    const auto tokenRoute = [](const QByteArray &token) {
        TestHttpServer::Route r;
        r.body = "{\"access_token\":\"" + token + "\",\"expires_in\":2,\"token_type\":\"Bearer\"}";
        r.contentType = "application/json";
        return r;
    };
    tokens.setRoute(QStringLiteral("/token"), tokenRoute("tok-1"));

    const QString tokenUri = tokens.url(QStringLiteral("/token")).toString();
    const QJsonObject keyJson{{QStringLiteral("type"), QStringLiteral("service_account")},
                              {QStringLiteral("client_email"), QStringLiteral("cache@project.iam.gserviceaccount.com")},
                              {QStringLiteral("private_key_id"), QStringLiteral("key-1")},
                              {QStringLiteral("private_key"), QString::fromLatin1(key.privatePem)},
                              {QStringLiteral("token_uri"), tokenUri}};
    const QString keyPath = m_dir->filePath(QStringLiteral("key.json"));
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(QJsonDocument(keyJson).toJson());
    keyFile.close();

    QProcessEnvironment env;
    env.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), keyPath);
    Client client = makeClient(config(storage.url(QString()), env));
    auto *account = qobject_cast<GcsServiceAccountCredentials *>(client.credentials.get());
    QVERIFY(account);

    // Several requests in a row share one token.
    for (int i = 0; i < 3; ++i) {
        auto job = run(client->metadata(QStringLiteral("bkt"), QStringLiteral("obj")));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
    }
    QCOMPARE(tokens.requests().size(), 1);
    const TestHttpServer::RecordedRequest tokenRequest = tokens.requests().first();
    QCOMPARE(tokenRequest.method, QByteArray("POST"));
    QVERIFY(!tokenRequest.headers.contains("authorization"));
    const QUrlQuery form(QString::fromLatin1(tokenRequest.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
             QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    const QByteArray jwt = form.queryItemValue(QStringLiteral("assertion"), QUrl::FullyDecoded).toLatin1();
    const QList<QByteArray> parts = jwt.split('.');
    QCOMPARE(parts.size(), 3);
    const auto decode = [](const QByteArray &part) {
        return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject header = QJsonDocument::fromJson(decode(parts[0])).object();
    const QJsonObject claims = QJsonDocument::fromJson(decode(parts[1])).object();
    QCOMPARE(header.value(u"alg").toString(), QStringLiteral("RS256"));
    QCOMPARE(header.value(u"kid").toString(), QStringLiteral("key-1"));
    QCOMPARE(claims.value(u"iss").toString(), QStringLiteral("cache@project.iam.gserviceaccount.com"));
    QCOMPARE(claims.value(u"aud").toString(), tokenUri);
    QCOMPARE(claims.value(u"scope").toString(), QStringLiteral("https://www.googleapis.com/auth/devstorage.read_write"));
    QCOMPARE(claims.value(u"exp").toInteger() - claims.value(u"iat").toInteger(), 3600);
    QVERIFY(verifyRs256(key.key.get(), parts[0] + '.' + parts[1], decode(parts[2])));
    // A tampered assertion does not verify: the check above means something.
    QVERIFY(!verifyRs256(key.key.get(), parts[0] + '.' + parts[1] + 'x', decode(parts[2])));

    QCOMPARE(storage.requests().size(), 3);
    for (const auto &request : storage.requests()) {
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer tok-1"));
        QVERIFY(!request.body.contains(jwt.left(40)));
    }

    // The token lives 2 s: a request after half its life gets a fresh one, before the old expires.
    tokens.setRoute(QStringLiteral("/token"), tokenRoute("tok-2"));
    const QDateTime issued = QDateTime::currentDateTimeUtc();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= issued.addMSecs(1100), 5000);
    auto refreshed = run(client->metadata(QStringLiteral("bkt"), QStringLiteral("obj")));
    QVERIFY2(!refreshed->error(), qPrintable(refreshed->error().message()));
    QCOMPARE(tokens.requests().size(), 2);
    QCOMPARE(storage.requests().last().headers.value("authorization"), QByteArray("Bearer tok-2"));

    // A refused token (401) is dropped and fetched again, once.
    tokens.setRoute(QStringLiteral("/token"), tokenRoute("tok-3"));
    TestHttpServer::Route refuse = meta;
    refuse.failFirst = 1;
    refuse.failStatus = 401;
    storage.setRoute(QStringLiteral("/storage/v1/b/bkt/o/obj"), refuse);
    auto afterRefusal = run(client->metadata(QStringLiteral("bkt"), QStringLiteral("obj")));
    QVERIFY2(!afterRefusal->error(), qPrintable(afterRefusal->error().message()));
    QCOMPARE(storage.requests().last().headers.value("authorization"), QByteArray("Bearer tok-3"));
    QCOMPARE(tokens.requests().size(), 3);
}

void TestGcsClient::badServiceAccountKeyIsAnError()
{
    const QString keyPath = m_dir->filePath(QStringLiteral("bad-key.json"));
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(R"({"type":"service_account","client_email":"a@b","private_key":"not a key","token_uri":"https://oauth2.googleapis.com/token"})");
    keyFile.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), keyPath);
    const Configuration c = config(QUrl(QStringLiteral("http://127.0.0.1:1")), env);
    QNetworkAccessManager nam;
    Error error;
    QVERIFY(!GcsCredentialProvider::fromEnvironment(c, &nam, &error));
    QCOMPARE(error.code(), ErrorCode::InvalidConfiguration);
    QVERIFY2(error.message().contains(keyPath), qPrintable(error.message()));

    // A token_uri in the clear to another host would leak the assertion.
    keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate);
    keyFile.write(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("service_account")},
                                            {QStringLiteral("client_email"), QStringLiteral("a@b")},
                                            {QStringLiteral("private_key"), QString::fromLatin1(generateRsaKey().privatePem)},
                                            {QStringLiteral("token_uri"), QStringLiteral("http://oauth.example.com/token")}})
                      .toJson());
    keyFile.close();
    Error plain;
    QVERIFY(!GcsCredentialProvider::fromEnvironment(c, &nam, &plain));
    QCOMPARE(plain.code(), ErrorCode::InvalidConfiguration);
    QVERIFY2(plain.message().contains(u"token_uri"), qPrintable(plain.message()));
}

QTEST_GUILESS_MAIN(TestGcsClient)
#include "tst_gcsclient.moc"
