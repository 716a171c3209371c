#include "archivebuilder.h"
#include "configuration.h"
#include "credential.h"
#include "downloadqueue.h"
#include "hostcredentials.h"
#include "networkaccess.h"
#include "resolvejob.h"
#include "testhttpserver.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace HubCache;
using namespace HubCacheTest;
using namespace std::chrono_literals;

// The download queue the command line's prefetch and the desktop app share: more slots than Qt's
// six connections per host, each slot with the network access (and stored credentials) of the
// one the queue was given.
class TestDownloadQueue : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    QByteArray m_model;
    std::unique_ptr<QTemporaryDir> m_cache;

    Configuration config() const
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.cacheDirFlag = m_cache->path();
        Error e;
        Configuration c = Configuration::fromInputs(in, &e);
        c.setRetryDelay(20ms);
        c.setStallTimeout(10s);
        c.setLockPollInterval(50ms);
        return c;
    }

    // Runs handles through a queue of `parallel` slots over nam; returns each handle's error message (empty: resolved).
    QHash<QString, QString> runQueue(QNetworkAccessManager *nam, const QStringList &handles, int parallel)
    {
        DownloadQueue queue(config(), nam, parallel);
        QHash<QString, QString> results;
        connect(&queue, &DownloadQueue::jobFinished, this, [&results](const QString &handle, ResolveJob *job) {
            results.insert(handle, job->error() ? job->error().message() : QString());
        });
        QSignalSpy idle(&queue, &DownloadQueue::idle);
        for (const QString &handle : handles)
            queue.enqueue(handle);
        if (!idle.wait(60000))
            qWarning() << "the queue did not finish";
        return results;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_model = ArchiveBuilder::savedModelDirectoryArchive(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures"),
                                                             ArchiveBuilder::Compression::Gzip);
        QVERIFY(!m_model.isEmpty());
    }

    void init()
    {
        m_cache = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cache->isValid());
        m_server.clearRequests();
    }

    // Eight slots against a host that wants a stored token: the two past Qt's six run on another
    // network access, which sends the token stored for the queue's own; all eight overlap.
    void everySlotSendsTheStoredCredential()
    {
        TestHttpServer::Route route;
        route.body = m_model;
        route.delayMs = 300;
        route.requireAuthorization = "Bearer queue-token";
        QStringList handles;
        for (int i = 0; i < 8; ++i) {
            m_server.setRoute(u"/private/%1/1"_qs.arg(i), route);
            handles.append(m_server.url(u"/private/%1/1"_qs.arg(i)).toString());
        }
        const QString origin = u"http://127.0.0.1:%1"_qs.arg(m_server.port());
        std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(config(), nullptr));
        (new HostCredentials({Credential(Credential::Kind::BearerToken, origin, {}, "queue-token")}, QProcessEnvironment()))
            ->attachTo(nam.get());
        QTRY_COMPARE(m_server.activeConnections(), 0);
        m_server.resetConnectionCounts();

        const QHash<QString, QString> results = runQueue(nam.get(), handles, 8);
        QCOMPARE(results.size(), 8);
        for (const QString &handle : handles)
            QVERIFY2(results.value(handle).isEmpty(), qPrintable(handle + u": "_qs + results.value(handle)));
        for (const TestHttpServer::RecordedRequest &request : m_server.requests())
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer queue-token"));
        QCOMPARE(m_server.peakConnections(), 8);
    }

    // Cancelling the queue while more than six downloads run stops every one of them, on either
    // network access, and leaves no entry.
    void cancelAllStopsEverySlot()
    {
        TestHttpServer::Route route;
        route.body = m_model;
        route.delayMs = 5000;
        QStringList handles;
        for (int i = 0; i < 10; ++i) {
            m_server.setRoute(u"/slow/%1/1"_qs.arg(i), route);
            handles.append(m_server.url(u"/slow/%1/1"_qs.arg(i)).toString());
        }
        std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(config(), nullptr));
        DownloadQueue queue(config(), nam.get(), 8);
        QStringList failed;
        connect(&queue, &DownloadQueue::jobFinished, this, [&failed](const QString &handle, ResolveJob *job) {
            if (job->error().code() == ErrorCode::Cancelled)
                failed.append(handle);
        });
        QSignalSpy idle(&queue, &DownloadQueue::idle);
        for (const QString &handle : handles)
            queue.enqueue(handle);
        QTRY_COMPARE(m_server.requests().size(), 8);
        QCOMPARE(queue.running().size(), 8);
        queue.cancelAll();
        QVERIFY(!idle.isEmpty() || idle.wait(3000)); // well before the server's answers
        QCOMPARE(failed.size(), 8);
        const QStringList left = QDir(m_cache->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(!name.endsWith(u".descriptor.txt"_qs), qPrintable(left.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "tst_downloadqueue.moc"
