#include "kagglecatalogjob.h"
#include "kagglecatalogpage.h"
#include "kagglemodelsclient.h"
#include "networkaccess.h"
#include "testhttpserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace HubCache;
using namespace std::chrono_literals;
using HubCacheTest::TestHttpServer;

// The Kaggle Models catalog against recorded answers of the Kaggle API (tests/data/kaggle), served by
// the loopback server: parsing, paging with page tokens, the query as the API expects it, broken and
// oversized answers, retries, offline mode.
class TestKaggleCatalog : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    QNetworkAccessManager *m_nam = nullptr;

    static QByteArray recorded(const char *name)
    {
        QFile f(QFINDTESTDATA(QStringLiteral("data/kaggle/") + QLatin1String(name)));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("recorded answer %s is missing: it belongs in tests/data/kaggle", name);
        return f.readAll();
    }

    Configuration config(const QProcessEnvironment &extra = {}) const
    {
        Configuration::Inputs in;
        QProcessEnvironment env = extra;
        env.insert(QStringLiteral("HUBCACHE_KAGGLE_API"), m_server.url(QStringLiteral("/api/v1")).toString());
        in.environment = env;
        Error e;
        Configuration c = Configuration::fromInputs(in, &e);
        if (e)
            qFatal("configuration: %s", qPrintable(e.message()));
        c.setRetryDelay(20ms);
        c.setStallTimeout(2s);
        return c;
    }

    void serveJson(const QString &path, const QByteArray &body, int status = 200)
    {
        TestHttpServer::Route r;
        r.status = status;
        r.body = body;
        r.contentType = "application/json";
        m_server.setRoute(path, r);
    }

    static Error run(KaggleCatalogJob &job)
    {
        job.setAutoDelete(false);
        QSignalSpy result(&job, &Job::result);
        job.start();
        if (!result.wait(20000))
            return Error(ErrorCode::Timeout, QStringLiteral("test: no result"));
        if (result.size() != 1)
            return Error(ErrorCode::Timeout, QStringLiteral("test: result emitted %1 times").arg(result.size()));
        return job.error();
    }

    QString handle(const QString &rest) const { return m_server.url(QStringLiteral("/models/") + rest).toString(); }

    QUrlQuery lastQuery(const QString &path) const
    {
        const auto requests = m_server.requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->url.path() == path)
                return QUrlQuery(it->url);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_nam = NetworkAccess::create(config(), this);
    }

    void init()
    {
        m_server.clearRequests();
        for (const char *p : {"/api/v1/models/list", "/api/v1/models/tensorflow/efficientnet/get"})
            m_server.removeRoute(QLatin1String(p));
    }

    void settingIsValidated()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        Error e;
        QCOMPARE(Configuration::fromInputs(in, &e).kaggleApi(), QUrl(u"https://www.kaggle.com/api/v1"_qs));
        QVERIFY(!e);
        in.environment.insert(u"HUBCACHE_KAGGLE_API"_qs, u"ftp://example.com/api"_qs);
        (void)Configuration::fromInputs(in, &e);
        QVERIFY(e);
        QVERIFY2(e.message().contains(u"HUBCACHE_KAGGLE_API"_qs), qPrintable(e.message()));
        in.environment.insert(u"HUBCACHE_KAGGLE_API"_qs, u"http://127.0.0.1:8080/api/v1/"_qs);
        e = Error();
        QCOMPARE(Configuration::fromInputs(in, &e).kaggleApi(), QUrl(u"http://127.0.0.1:8080/api/v1"_qs));
        QVERIFY(!e);
        // Handles point at the site the API belongs to.
        const KaggleModelsClient client(Configuration::fromInputs(in, &e), nullptr);
        QCOMPARE(client.webBase(), QUrl(u"http://127.0.0.1:8080"_qs));
    }

    void parsesTensorFlowVariationsAsHandles()
    {
        Error e;
        const QUrl web(u"https://www.kaggle.com"_qs);
        const KaggleCatalogPage page = KaggleCatalogPage::parse(recorded("list-page1.json"), web, QUrl(), &e);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(page.nextPageToken, u"CAIQAA"_qs);
        QCOMPARE(page.totalResults, 4);
        QCOMPARE(page.models.size(), 2);
        const KaggleModel &mobilenet = page.models[0];
        QCOMPARE(mobilenet.owner, u"google"_qs);
        QCOMPARE(mobilenet.slug, u"mobilenet-v2"_qs);
        QCOMPARE(mobilenet.publisher, u"Google"_qs);
        // The TfLite variation is not a SavedModel: left out.
        QCOMPARE(mobilenet.variations.size(), 2);
        QCOMPARE(mobilenet.variations[0].handle,
                 u"https://www.kaggle.com/models/google/mobilenet-v2/tensorFlow2/100-224-classification/2"_qs);
        QCOMPARE(mobilenet.variations[0].sizeBytes, 14036480);
        QCOMPARE(mobilenet.variations[1].sizeBytes, -1); // "0": not known
        QCOMPARE(page.models[1].variations.value(0).handle,
                 u"https://www.kaggle.com/models/google/half-plus-two/tensorFlow1/default/1"_qs);

        const QList<CatalogItem> items = page.items();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].title, u"MobileNet V2 · 100-224-classification"_qs);
        QCOMPARE(items[0].publisher, u"Google"_qs);
        QCOMPARE(items[0].source, u"kaggle"_qs);
        QCOMPARE(items[2].title, u"Half Plus Two"_qs);
        QCOMPARE(items[2].sizeBytes, 12345);

        // Framework names in every spelling the packages accept.
        QCOMPARE(KaggleCatalogPage::tensorFlowFramework(u"MODEL_FRAMEWORK_TENSOR_FLOW_2"_qs), u"tensorFlow2"_qs);
        QCOMPARE(KaggleCatalogPage::tensorFlowFramework(u"TensorFlow1"_qs), u"tensorFlow1"_qs);
        QVERIFY(KaggleCatalogPage::tensorFlowFramework(u"tfJs"_qs).isEmpty());
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::newRow("not json") << QByteArray("<html>Kaggle is down</html>") << u"not JSON"_qs;
        QTest::newRow("array") << QByteArray("[]") << u"JSON object"_qs;
        QTest::newRow("models not array") << QByteArray("{\"models\": {\"ref\": \"a/b\"}}") << u"\"models\""_qs;
        QTest::newRow("token number") << QByteArray("{\"models\": [], \"nextPageToken\": 7}") << u"\"nextPageToken\""_qs;
        QTest::newRow("title number") << QByteArray("{\"models\": [{\"ref\": \"a/b\", \"title\": 3}]}")
                                      << u"\"models[0].title\""_qs;
        QTest::newRow("ref unsafe") << QByteArray("{\"models\": [{\"ref\": \"../etc\"}]}") << u"\"models[0].ref\""_qs;
        QTest::newRow("instances string") << QByteArray("{\"models\": [{\"ref\": \"a/b\", \"instances\": \"x\"}]}")
                                          << u"\"models[0].instances\""_qs;
        QTest::newRow("version text")
            << QByteArray("{\"models\": [{\"ref\": \"a/b\", \"instances\": [{\"slug\": \"v\", \"framework\": \"tensorFlow2\", \"versionNumber\": \"two\"}]}]}")
            << u"\"models[0].instances[0].versionNumber\""_qs;
        QTest::newRow("variation slash")
            << QByteArray("{\"models\": [{\"ref\": \"a/b\", \"instances\": [{\"slug\": \"v/../../x\", \"framework\": \"tensorFlow2\", \"versionNumber\": 1}]}]}")
            << u"\"models[0].instances[0].slug\""_qs;
    }

    void malformedAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        serveJson(u"/api/v1/models/list"_qs, body);
        const KaggleModelsClient client(config(), m_nam);
        KaggleCatalogJob job(client, {});
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::UnexpectedResponse);
        QVERIFY2(e.message().contains(named), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"Kaggle Models"_qs), qPrintable(e.message()));
        QCOMPARE(job.page().models.size(), 0);
    }

    void oversizedAnswerIsRefused()
    {
        QByteArray body = "{\"models\": [], \"padding\": \"";
        body += QByteArray(KaggleCatalogPage::kMaxBody, 'x');
        body += "\"}";
        serveJson(u"/api/v1/models/list"_qs, body);
        const KaggleModelsClient client(config(), m_nam);
        KaggleCatalogJob job(client, {});
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::UnexpectedResponse);
        QVERIFY2(e.message().contains(u"larger than 4 MB"_qs), qPrintable(e.message()));
    }

    void sendsQueryAsTheApiExpects()
    {
        serveJson(u"/api/v1/models/list"_qs, recorded("list-page1.json"));
        const KaggleModelsClient client(config(), m_nam);
        KaggleCatalogQuery query;
        query.search = u"mobile net & more"_qs;
        query.owner = u"google"_qs;
        query.sortBy = KaggleCatalogQuery::SortBy::DownloadCount;
        query.pageSize = 2;
        KaggleCatalogJob job(client, query);
        const Error e = run(job);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(m_server.requestCount(u"/api/v1/models/list"_qs), 1);
        const QUrlQuery q = lastQuery(u"/api/v1/models/list"_qs);
        QCOMPARE(q.queryItemValue(u"search"_qs, QUrl::FullyDecoded), u"mobile net & more"_qs);
        QCOMPARE(q.queryItemValue(u"owner"_qs), u"google"_qs);
        QCOMPARE(q.queryItemValue(u"sortBy"_qs), u"LIST_MODELS_ORDER_BY_DOWNLOAD_COUNT"_qs);
        QCOMPARE(q.queryItemValue(u"pageSize"_qs), u"2"_qs);
        QVERIFY(!q.hasQueryItem(u"pageToken"_qs));
        // Public models: no credentials are sent.
        const auto requests = m_server.requests();
        QVERIFY(!requests.constLast().headers.contains("authorization"));
        // Handles point at the server the API is on.
        QCOMPARE(job.page().items().value(0).handle, handle(u"google/mobilenet-v2/tensorFlow2/100-224-classification/2"_qs));
    }

    void pagesWithPageTokens()
    {
        const KaggleModelsClient client(config(), m_nam);
        serveJson(u"/api/v1/models/list"_qs, recorded("list-page1.json"));
        KaggleCatalogQuery query;
        query.search = u"image"_qs;
        KaggleCatalogJob first(client, query);
        Error e = run(first);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(first.page().items().size(), 3);
        QCOMPARE(first.page().nextPageToken, u"CAIQAA"_qs);

        serveJson(u"/api/v1/models/list"_qs, recorded("list-page2.json"));
        serveJson(u"/api/v1/models/tensorflow/efficientnet/get"_qs, recorded("get-efficientnet.json"));
        query.pageToken = first.page().nextPageToken;
        KaggleCatalogJob second(client, query);
        e = run(second);
        QVERIFY2(!e, qPrintable(e.message()));
        const QUrlQuery q = lastQuery(u"/api/v1/models/list"_qs);
        QCOMPARE(q.queryItemValue(u"pageToken"_qs), u"CAIQAA"_qs);
        QCOMPARE(q.queryItemValue(u"search"_qs), u"image"_qs);
        // The last page: no token. The model listed without instances was asked for them.
        QVERIFY(second.page().nextPageToken.isEmpty());
        QCOMPARE(m_server.requestCount(u"/api/v1/models/tensorflow/efficientnet/get"_qs), 1);
        const QList<CatalogItem> items = second.page().items();
        QCOMPARE(items.size(), 1); // the PyTorch model has nothing tensorflow_hub loads
        QCOMPARE(items[0].handle, handle(u"tensorflow/efficientnet/tensorFlow2/b0-classification/1"_qs));
        QCOMPARE(items[0].publisher, u"TensorFlow"_qs);
        QCOMPARE(items[0].sizeBytes, 21834752);
    }

    void retriesRateLimitsAndServerErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }

    void retriesRateLimitsAndServerErrors()
    {
        QFETCH(int, status);
        TestHttpServer::Route r;
        r.body = recorded("list-page1.json");
        r.contentType = "application/json";
        r.failFirst = 2;
        r.failStatus = status;
        m_server.setRoute(u"/api/v1/models/list"_qs, r);
        const KaggleModelsClient client(config(), m_nam);
        KaggleCatalogJob job(client, {});
        QSignalSpy info(&job, &Job::infoMessage);
        const Error e = run(job);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(m_server.requestCount(u"/api/v1/models/list"_qs), 3);
        QCOMPARE(info.size(), 2);
        QCOMPARE(job.page().items().size(), 3);
    }

    void givesUpAfterRetries()
    {
        TestHttpServer::Route r;
        r.failFirst = 100;
        r.failStatus = 429;
        m_server.setRoute(u"/api/v1/models/list"_qs, r);
        Configuration c = config();
        c.setMaxRetries(1);
        const KaggleModelsClient client(c, m_nam);
        KaggleCatalogJob job(client, {});
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::RateLimited);
        QVERIFY2(e.message().contains(u"429"_qs) && e.message().contains(u"search again"_qs), qPrintable(e.message()));
        QCOMPARE(m_server.requestCount(u"/api/v1/models/list"_qs), 2);
    }

    void offlineModeAsksNothing()
    {
        serveJson(u"/api/v1/models/list"_qs, recorded("list-page1.json"));
        Configuration c = config();
        c.setOffline(true);
        const KaggleModelsClient client(c, m_nam);
        KaggleCatalogJob job(client, {});
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::Offline);
        QVERIFY2(e.message().contains(u"offline mode off"_qs), qPrintable(e.message()));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void unreachableServerSaysSo()
    {
        // A port nobody listens on: the server is stopped after it got one.
        TestHttpServer gone;
        QVERIFY(gone.start());
        const QUrl api = gone.url(u"/api/v1"_qs);
        gone.stop();
        Configuration c = config();
        c.setKaggleApi(api);
        c.setMaxRetries(1);
        const KaggleModelsClient client(c, m_nam);
        KaggleCatalogJob job(client, {});
        const Error e = run(job);
        QCOMPARE(e.code(), ErrorCode::ConnectionRefused);
        QVERIFY2(e.message().contains(u"Cannot reach Kaggle Models"_qs) && e.message().contains(u"offline"_qs),
                 qPrintable(e.message()));
    }

    void stalledAnswerTimesOutAndCancelWorks()
    {
        TestHttpServer::Route r;
        r.body = recorded("list-page1.json");
        r.contentType = "application/json";
        r.stallAfterBytes = 10;
        m_server.setRoute(u"/api/v1/models/list"_qs, r);
        Configuration c = config();
        c.setStallTimeout(300ms);
        c.setMaxRetries(0);
        const KaggleModelsClient client(c, m_nam);
        KaggleCatalogJob job(client, {});
        QCOMPARE(run(job).code(), ErrorCode::Timeout);

        KaggleCatalogJob cancelled(client, {});
        cancelled.setAutoDelete(false);
        QSignalSpy result(&cancelled, &Job::result);
        cancelled.start();
        QTRY_COMPARE(m_server.requestCount(u"/api/v1/models/list"_qs), 2);
        cancelled.cancel();
        QCOMPARE(result.size(), 1);
        QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestKaggleCatalog)
#include "tst_kagglecatalog.moc"
