// Checks the shared test parts themselves: if TestHttpServer or ArchiveBuilder lied, every network
// and extraction test built on them would prove nothing.

#include "archivebuilder.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <langinfo.h>

#include <memory>
#include <tuple>

using HubCacheTest::ArchiveBuilder;
using HubCacheTest::TestHttpServer;

namespace {

constexpr int NetworkTimeoutMs = 30000;

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Reads one response with the blocking socket API. That the test thread can block here and still
// get answers is itself the point: the server must run in its own thread.
bool readRawResponse(QTcpSocket &socket, QByteArray &buffer, RawResponse *response,
                     bool expectBody = true)
{
    const QDeadlineTimer deadline(NetworkTimeoutMs);
    qsizetype headerEnd = -1;
    while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
        buffer += socket.readAll();
    }
    response->head = buffer.left(headerEnd);
    buffer.remove(0, headerEnd + 4);
    // Anything before the status line would be stray bytes from the previous response.
    if (!response->head.startsWith("HTTP/1.1 "))
        return false;
    const QList<QByteArray> lines = response->head.split('\n');
    const QList<QByteArray> statusLine = lines.first().split(' ');
    if (statusLine.size() < 2)
        return false;
    response->status = statusLine.at(1).toInt();
    qint64 contentLength = -1;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (!expectBody)
        return true;
    if (contentLength < 0) { // delimited by close
        while (socket.waitForReadyRead(int(deadline.remainingTime())))
            buffer += socket.readAll();
        buffer += socket.readAll();
        response->body = buffer;
        buffer.clear();
        return true;
    }
    while (buffer.size() < contentLength) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
        buffer += socket.readAll();
    }
    response->body = buffer.left(contentLength);
    buffer.remove(0, contentLength);
    return true;
}

bool waitFinished(QNetworkReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    return spy.wait(NetworkTimeoutMs);
}

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

struct ReadEntry
{
    QByteArray name;
    unsigned int type = 0;
    int perm = 0;
    qint64 size = 0;
    qint64 mtime = 0;
    QByteArray symlink;
    QByteArray hardlink;
    QByteArray data;
    int format = 0; // archive_format() right after this header: shows pax/GNU extensions in use
};

struct ReadArchive
{
    bool ok = false;
    QString error;
    int filter = -1;
    int format = -1;
    QList<ReadEntry> entries;
};

// An independent reader (libarchive's read side, every filter and format enabled).
ReadArchive readArchive(const QByteArray &bytes)
{
    ReadArchive result;
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    if (archive_read_open_memory(a, bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK) {
        result.error = QString::fromLocal8Bit(archive_error_string(a));
        archive_read_free(a);
        return result;
    }
    struct archive_entry *entry = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        ReadEntry e;
        e.name = archive_entry_pathname(entry);
        e.type = archive_entry_filetype(entry);
        e.perm = int(archive_entry_perm(entry));
        e.size = archive_entry_size(entry);
        e.mtime = archive_entry_mtime(entry);
        e.format = archive_format(a);
        if (const char *target = archive_entry_symlink(entry))
            e.symlink = target;
        if (const char *target = archive_entry_hardlink(entry))
            e.hardlink = target;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            e.data.append(buffer, n);
        result.entries.append(e);
    }
    result.ok = r == ARCHIVE_EOF;
    if (!result.ok)
        result.error = QString::fromLocal8Bit(archive_error_string(a));
    result.filter = archive_filter_code(a, 0);
    result.format = archive_format(a);
    archive_read_free(a);
    return result;
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

class tst_TestSupport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void redirectIsFollowed();
    void redirectStatusAndLocation();
    void unknownPathIs404();
    void failFirstThenSucceeds();
    void closeAfterBytesIsAnError_data();
    void closeAfterBytesIsAnError();
    void stallIsObservedAsTimeout();
    void stopClosesStalledConnection();
    void proxyFormRequestIsRecorded();
    void proxyThroughNetworkAccessManager();
    void connectIsRefused();
    void openEndedRangeGives206();
    void rangeOnFileRoute();
    void ifRangeAndInterruptFirst();
    void headHasLengthButNoBody();
    void chunkedBody();
    void closeDelimitedBody();
    void delayIsHonoured();
    void bytesPerSecondThrottles();
    void keepAliveAndPipelining();
    void connectionCloseIsHonoured();
    void requestHeadersAreRecorded();
    void requestBodyIsRecorded();
    void servesDirectoryAndRefusesDotDot();
    void largeFileIsStreamed();
    void changedBodyIgnoresIfRange_data();
    void changedBodyIgnoresIfRange();
    void rangeShiftAnswersTheWrongBytes();
    void trickleIsSlowAndEnds();
    void interimAnswersPrecedeTheFinalOne();
    void oversizedLocationIsSentVerbatim();

    void archiveRoundTrip_data();
    void archiveRoundTrip();
    void ustarRefusesOverlongName();
    void utf8NamesSurvive();
    void largeFileArchive();
    void sparseFileArchive();
    void savedModelDirectoryArchive();

private:
    std::unique_ptr<QNetworkAccessManager> manager() const;

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

void tst_TestSupport::initTestCase()
{
    // An http_proxy in the developer's environment must not reroute loopback traffic.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void tst_TestSupport::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->start());
    QVERIFY(m_server->port() != 0);
    m_tempDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tempDir->isValid());
}

void tst_TestSupport::cleanup()
{
    m_server.reset();
    m_tempDir.reset();
}

std::unique_ptr<QNetworkAccessManager> tst_TestSupport::manager() const
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    nam->setProxy(QNetworkProxy::NoProxy);
    return nam;
}

void tst_TestSupport::redirectIsFollowed()
{
    TestHttpServer::Route target;
    target.body = "moved here";
    m_server->setRoute(QStringLiteral("/new"), target);
    TestHttpServer::Route redirect;
    redirect.redirectTo = QStringLiteral("/new");
    m_server->setRoute(QStringLiteral("/old"), redirect);

    auto nam = manager();
    std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/old?x=1")))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(httpStatus(reply.get()), 200);
    QCOMPARE(reply->readAll(), QByteArray("moved here"));
    QCOMPARE(reply->url(), m_server->url(QStringLiteral("/new")));
    // QNetworkAccessManager 6.4 sometimes sends the redirecting request twice on one connection
    // before following it (seen against Python's http.server too), so only the target's count
    // is exact.
    QVERIFY(m_server->requestCount(QStringLiteral("/old")) >= 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/new")), 1);
}

void tst_TestSupport::redirectStatusAndLocation()
{
    const QString absolute = m_server->url(QStringLiteral("/elsewhere")).toString();
    TestHttpServer::Route permanent;
    permanent.redirectTo = absolute;
    permanent.status = 308;
    m_server->setRoute(QStringLiteral("/permanent"), permanent);
    TestHttpServer::Route odd;
    odd.redirectTo = QStringLiteral("/elsewhere");
    odd.status = 200; // not a redirect status: the default 302 applies
    m_server->setRoute(QStringLiteral("/default"), odd);

    auto nam = manager();
    for (const auto &[path, status, location] :
         {std::tuple{QStringLiteral("/permanent"), 308, absolute},
          std::tuple{QStringLiteral("/default"), 302, QStringLiteral("/elsewhere")}}) {
        QNetworkRequest request(m_server->url(path));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(nam->get(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(httpStatus(reply.get()), status);
        QCOMPARE(reply->rawHeader("Location"), location.toUtf8());
    }
}

void tst_TestSupport::unknownPathIs404()
{
    auto nam = manager();
    std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/nothing/here")))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
    QCOMPARE(httpStatus(reply.get()), 404);
    QVERIFY(reply->readAll().contains("/nothing/here"));
}

void tst_TestSupport::failFirstThenSucceeds()
{
    TestHttpServer::Route route;
    route.body = "finally";
    route.failFirst = 2;
    route.failStatus = 503;
    route.failHeaders = {{"Retry-After", "7"}};
    m_server->setRoute(QStringLiteral("/flaky"), route);

    auto nam = manager();
    for (int attempt = 1; attempt <= 3; ++attempt) {
        std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/flaky")))));
        QVERIFY(waitFinished(reply.get()));
        if (attempt <= 2) {
            QCOMPARE(httpStatus(reply.get()), 503);
            QCOMPARE(reply->error(), QNetworkReply::ServiceUnavailableError);
            QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("7"));
        } else {
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->readAll(), QByteArray("finally"));
            QVERIFY(!reply->hasRawHeader("Retry-After"));
        }
    }
    QCOMPARE(m_server->requestCount(QStringLiteral("/flaky")), 3);
}

void tst_TestSupport::closeAfterBytesIsAnError_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("fin") << false;
    QTest::newRow("reset") << true;
}

void tst_TestSupport::closeAfterBytesIsAnError()
{
    QFETCH(bool, reset);
    TestHttpServer::Route route;
    route.body = ArchiveBuilder::largeFileContent(1, 0, 1024 * 1024);
    route.closeAfterBytes = 1000;
    route.closeWithReset = reset;
    m_server->setRoute(QStringLiteral("/cut"), route);

    // On the wire: the full Content-Length is announced, exactly 1000 body bytes follow, then
    // the connection ends.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    socket.write("GET /cut HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray buffer;
    RawResponse raw;
    QVERIFY(readRawResponse(socket, buffer, &raw, false));
    QVERIFY(raw.head.contains("Content-Length: 1048576"));
    while (socket.waitForReadyRead(NetworkTimeoutMs))
        buffer += socket.readAll();
    buffer += socket.readAll();
    QCOMPARE(buffer, route.body.left(1000));
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(socket.error(), QAbstractSocket::RemoteHostClosedError);

    // Through QNetworkAccessManager. Qt 6.4 sometimes reports NoError for such a truncated body
    // (often after a FIN, rarely after a reset) and may silently re-send the GET, so a client
    // must compare what it got with Content-Length itself.
    auto nam = manager();
    std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/cut")))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 1024 * 1024);
    QCOMPARE(reply->readAll(), route.body.left(1000));
    QVERIFY2(reply->error() == QNetworkReply::RemoteHostClosedError
                 || reply->error() == QNetworkReply::NoError,
             qPrintable(reply->errorString()));
}

void tst_TestSupport::stallIsObservedAsTimeout()
{
    TestHttpServer::Route route;
    route.body = QByteArray(100 * 1024, 'x');
    route.stallAfterBytes = 100;
    m_server->setRoute(QStringLiteral("/stall"), route);

    auto nam = manager();
    QNetworkRequest request(m_server->url(QStringLiteral("/stall")));
    request.setTransferTimeout(500);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(nam->get(request));
    QByteArray received;
    connect(reply.get(), &QNetworkReply::readyRead, reply.get(),
            [&received, &reply] { received += reply->readAll(); });
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError
                 || reply->error() == QNetworkReply::TimeoutError,
             qPrintable(reply->errorString()));
    QVERIFY(timer.elapsed() >= 450);
    QCOMPARE(received, QByteArray(100, 'x'));
    // The client gave up and closed; the server notices and forgets the connection.
    reply.reset();
    nam.reset();
    QTRY_COMPARE(m_server->activeConnections(), 0);
}

void tst_TestSupport::stopClosesStalledConnection()
{
    TestHttpServer::Route route;
    route.body = QByteArray(1000, 'y');
    route.stallAfterBytes = 10;
    m_server->setRoute(QStringLiteral("/stall"), route);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    socket.write("GET /stall HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray buffer;
    RawResponse response;
    QVERIFY(readRawResponse(socket, buffer, &response, false));
    QCOMPARE(response.status, 200);
    while (buffer.size() < 10 && socket.waitForReadyRead(NetworkTimeoutMs))
        buffer += socket.readAll();
    QCOMPARE(buffer, QByteArray(10, 'y'));
    QVERIFY(!socket.waitForReadyRead(300)); // stalled, not closed
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->activeConnections(), 1);

    m_server->stop();
    QCOMPARE(m_server->activeConnections(), 0);
    QCOMPARE(m_server->port(), quint16(0));
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState
            || socket.waitForDisconnected(NetworkTimeoutMs));

    // A stopped server can start again, with its routes.
    QVERIFY(m_server->start());
    QTcpSocket again;
    again.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(again.waitForConnected(NetworkTimeoutMs));
    again.write("GET /stall HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    buffer.clear();
    QVERIFY(readRawResponse(again, buffer, &response, false));
    QCOMPARE(response.status, 200);
}

void tst_TestSupport::proxyFormRequestIsRecorded()
{
    TestHttpServer::Route route;
    route.body = "from the route table";
    m_server->setRoute(QStringLiteral("/x/y"), route);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    socket.write("GET http://models.example.test/x/y?tf-hub-format=compressed HTTP/1.1\r\n"
                 "Host: models.example.test\r\n"
                 "Proxy-Connection: keep-alive\r\n\r\n");
    QByteArray buffer;
    RawResponse response;
    QVERIFY(readRawResponse(socket, buffer, &response));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("from the route table"));

    const QList<TestHttpServer::RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    const TestHttpServer::RecordedRequest &recorded = requests.first();
    QVERIFY(recorded.viaProxy);
    QCOMPARE(recorded.method, QByteArray("GET"));
    QCOMPARE(recorded.target, QByteArray("http://models.example.test/x/y?tf-hub-format=compressed"));
    QCOMPARE(recorded.url, QUrl(QStringLiteral("http://models.example.test/x/y?tf-hub-format=compressed")));
    QCOMPARE(recorded.headers.value("proxy-connection"), QByteArray("keep-alive"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/x/y")), 1);
}

void tst_TestSupport::proxyThroughNetworkAccessManager()
{
    TestHttpServer::Route route;
    route.body = "proxied";
    m_server->setRoute(QStringLiteral("/google/model/1"), route);

    // The host name is never resolved: the proxy (our server) receives the absolute URL.
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server->port()));
    std::unique_ptr<QNetworkReply> reply(
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://models.example.test/google/model/1")))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("proxied"));
    const QList<TestHttpServer::RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().viaProxy);
    QCOMPARE(requests.first().url.host(), QStringLiteral("models.example.test"));

    // A direct request to the same path is recorded as not proxied.
    auto direct = manager();
    std::unique_ptr<QNetworkReply> second(direct->get(QNetworkRequest(m_server->url(QStringLiteral("/google/model/1")))));
    QVERIFY(waitFinished(second.get()));
    QCOMPARE(second->readAll(), QByteArray("proxied"));
    QVERIFY(!m_server->requests().last().viaProxy);
    QCOMPARE(m_server->requestCount(QStringLiteral("/google/model/1")), 2);
}

void tst_TestSupport::connectIsRefused()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    socket.write("CONNECT models.example.test:443 HTTP/1.1\r\nHost: models.example.test:443\r\n\r\n");
    QByteArray buffer;
    RawResponse response;
    QVERIFY(readRawResponse(socket, buffer, &response));
    QCOMPARE(response.status, 405);
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState
            || socket.waitForDisconnected(NetworkTimeoutMs));
}

void tst_TestSupport::openEndedRangeGives206()
{
    TestHttpServer::Route route;
    route.body = ArchiveBuilder::largeFileContent(3, 0, 1000);
    m_server->setRoute(QStringLiteral("/body"), route);

    auto nam = manager();
    const auto get = [&](const QByteArray &range) {
        QNetworkRequest request(m_server->url(QStringLiteral("/body")));
        if (!range.isEmpty())
            request.setRawHeader("Range", range);
        return std::unique_ptr<QNetworkReply>(nam->get(request));
    };

    std::unique_ptr<QNetworkReply> partial = get("bytes=100-");
    QVERIFY(waitFinished(partial.get()));
    QCOMPARE(httpStatus(partial.get()), 206);
    QCOMPARE(partial->rawHeader("Content-Range"), QByteArray("bytes 100-999/1000"));
    QCOMPARE(partial->readAll(), route.body.mid(100));

    // "bytes=N-M" too, clipped to the body.
    std::unique_ptr<QNetworkReply> closed = get("bytes=10-19");
    QVERIFY(waitFinished(closed.get()));
    QCOMPARE(httpStatus(closed.get()), 206);
    QCOMPARE(closed->rawHeader("Content-Range"), QByteArray("bytes 10-19/1000"));
    QCOMPARE(closed->readAll(), route.body.mid(10, 10));

    // Other forms (suffix ranges, several ranges) are ignored: the whole body with 200.
    std::unique_ptr<QNetworkReply> suffix = get("bytes=-10");
    QVERIFY(waitFinished(suffix.get()));
    QCOMPARE(httpStatus(suffix.get()), 200);
    QCOMPARE(suffix->readAll(), route.body);
    std::unique_ptr<QNetworkReply> several = get("bytes=0-9,20-29");
    QVERIFY(waitFinished(several.get()));
    QCOMPARE(httpStatus(several.get()), 200);

    std::unique_ptr<QNetworkReply> beyond = get("bytes=1000-");
    QVERIFY(waitFinished(beyond.get()));
    QCOMPARE(httpStatus(beyond.get()), 416);
    QCOMPARE(beyond->rawHeader("Content-Range"), QByteArray("bytes */1000"));
}

void tst_TestSupport::ifRangeAndInterruptFirst()
{
    TestHttpServer::Route route;
    route.body = ArchiveBuilder::largeFileContent(4, 0, 1000);
    route.closeAfterBytes = 300;
    route.interruptFirst = 1;
    m_server->setRoute(QStringLiteral("/versioned"), route);
    auto nam = manager();
    const auto get = [&](const QByteArray &range, const QByteArray &ifRange) {
        QNetworkRequest request(m_server->url(QStringLiteral("/versioned")));
        if (!range.isEmpty())
            request.setRawHeader("Range", range);
        if (!ifRange.isEmpty())
            request.setRawHeader("If-Range", ifRange);
        return std::unique_ptr<QNetworkReply>(nam->get(request));
    };

    // The first answer is cut after 300 bytes; it names its version.
    std::unique_ptr<QNetworkReply> first = get({}, {});
    QVERIFY(waitFinished(first.get()));
    const QByteArray etag = first->rawHeader("ETag");
    QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());
    QVERIFY(first->readAll().size() <= 300);

    // The rest, for the same version: whole this time.
    std::unique_ptr<QNetworkReply> rest = get("bytes=300-", etag);
    QVERIFY(waitFinished(rest.get()));
    QCOMPARE(httpStatus(rest.get()), 206);
    QCOMPARE(rest->rawHeader("ETag"), etag);
    QCOMPARE(rest->readAll(), route.body.mid(300));

    // Another version: the whole body with 200.
    std::unique_ptr<QNetworkReply> other = get("bytes=300-", "\"something-else\"");
    QVERIFY(waitFinished(other.get()));
    QCOMPARE(httpStatus(other.get()), 200);
    QCOMPARE(other->readAll(), route.body);
}

void tst_TestSupport::rangeOnFileRoute()
{
    const QString path = m_tempDir->filePath(QStringLiteral("file.bin"));
    const QByteArray content = ArchiveBuilder::largeFileContent(4, 0, 3 * 1024 * 1024 + 17);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    TestHttpServer::Route route;
    route.filePath = path;
    m_server->setRoute(QStringLiteral("/file"), route);

    auto nam = manager();
    QNetworkRequest request(m_server->url(QStringLiteral("/file")));
    request.setRawHeader("Range", "bytes=2000000-");
    std::unique_ptr<QNetworkReply> reply(nam->get(request));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), 206);
    QCOMPARE(reply->rawHeader("Content-Range"),
             "bytes 2000000-" + QByteArray::number(content.size() - 1) + '/'
                 + QByteArray::number(content.size()));
    QCOMPARE(reply->readAll(), content.mid(2000000));
}

void tst_TestSupport::headHasLengthButNoBody()
{
    TestHttpServer::Route route;
    route.body = QByteArray(12345, 'h');
    route.contentType = "application/x-tar";
    m_server->setRoute(QStringLiteral("/head"), route);

    // Raw, so a body sent by mistake would show up as extra bytes on the connection.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    socket.write("HEAD /head HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /head HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray buffer;
    RawResponse head;
    QVERIFY(readRawResponse(socket, buffer, &head, false));
    QCOMPARE(head.status, 200);
    QVERIFY(head.head.contains("Content-Length: 12345"));
    QVERIFY(head.head.contains("Content-Type: application/x-tar"));
    RawResponse get;
    QVERIFY(readRawResponse(socket, buffer, &get));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.body, route.body);

    auto nam = manager();
    std::unique_ptr<QNetworkReply> reply(nam->head(QNetworkRequest(m_server->url(QStringLiteral("/head")))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 12345);
    QCOMPARE(reply->readAll(), QByteArray());
}

void tst_TestSupport::chunkedBody()
{
    TestHttpServer::Route route;
    route.body = ArchiveBuilder::largeFileContent(5, 0, 3 * 1024 * 1024 + 5);
    route.chunked = true;
    m_server->setRoute(QStringLiteral("/chunked"), route);

    auto nam = manager();
    std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/chunked")))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
    QVERIFY(!reply->hasRawHeader("Content-Length"));
    QVERIFY(reply->readAll() == route.body);
}

void tst_TestSupport::delayIsHonoured()
{
    TestHttpServer::Route route;
    route.body = "late";
    route.delayMs = 300;
    m_server->setRoute(QStringLiteral("/slow"), route);

    auto nam = manager();
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/slow")))));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(timer.elapsed() >= 290, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(reply->readAll(), QByteArray("late"));
}

void tst_TestSupport::bytesPerSecondThrottles()
{
    TestHttpServer::Route route;
    route.body = QByteArray(30'000, 'b');
    route.bytesPerSecond = 20'000;
    m_server->setRoute(QStringLiteral("/trickle"), route);

    auto nam = manager();
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/trickle")))));
    // The body arrives bit by bit: part of it is there well before the whole.
    qint64 partialAt = -1;
    connect(reply.get(), &QNetworkReply::downloadProgress, this, [&](qint64 received, qint64) {
        if (partialAt < 0 && received > 0 && received < 30'000)
            partialAt = timer.elapsed();
    });
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(timer.elapsed() >= 1400, QByteArray::number(timer.elapsed()).constData());
    QVERIFY(partialAt >= 0);
    QCOMPARE(reply->readAll(), route.body);
}

void tst_TestSupport::keepAliveAndPipelining()
{
    TestHttpServer::Route a;
    a.body = "A";
    a.delayMs = 50; // the second request is already waiting while the first is answered
    m_server->setRoute(QStringLiteral("/a"), a);
    TestHttpServer::Route b;
    b.body = "BB";
    m_server->setRoute(QStringLiteral("/b"), b);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    // Three requests in one write, the third cut in the middle of its request line.
    socket.write("GET /a HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                 "GET /b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                 "GET /b HT");
    QVERIFY(socket.waitForBytesWritten(NetworkTimeoutMs));
    QByteArray buffer;
    RawResponse first;
    QVERIFY(readRawResponse(socket, buffer, &first));
    QCOMPARE(first.body, QByteArray("A"));
    RawResponse second;
    QVERIFY(readRawResponse(socket, buffer, &second));
    QCOMPARE(second.body, QByteArray("BB"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/b")), 1);
    socket.write("TP/1.1\r\nHo");
    QVERIFY(socket.waitForBytesWritten(NetworkTimeoutMs));
    QVERIFY(!socket.waitForReadyRead(100)); // incomplete: no answer yet
    socket.write("st: 127.0.0.1\r\n\r\n");
    RawResponse third;
    QVERIFY(readRawResponse(socket, buffer, &third));
    QCOMPARE(third.body, QByteArray("BB"));
    QVERIFY(buffer.isEmpty());
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->activeConnections(), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/a")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/b")), 2);

    socket.disconnectFromHost();
    QTRY_COMPARE(m_server->activeConnections(), 0);
}

void tst_TestSupport::connectionCloseIsHonoured()
{
    TestHttpServer::Route route;
    route.body = "bye";
    m_server->setRoute(QStringLiteral("/bye"), route);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    socket.write("GET /bye HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray buffer;
    RawResponse response;
    QVERIFY(readRawResponse(socket, buffer, &response));
    QCOMPARE(response.body, QByteArray("bye"));
    QVERIFY(response.head.contains("Connection: close"));
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState
            || socket.waitForDisconnected(NetworkTimeoutMs));

    // HTTP/1.0 without keep-alive closes too.
    QTcpSocket old;
    old.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(old.waitForConnected(NetworkTimeoutMs));
    old.write("GET /bye HTTP/1.0\r\n\r\n");
    buffer.clear();
    QVERIFY(readRawResponse(old, buffer, &response));
    QCOMPARE(response.body, QByteArray("bye"));
    QVERIFY(old.state() == QAbstractSocket::UnconnectedState
            || old.waitForDisconnected(NetworkTimeoutMs));
}

void tst_TestSupport::requestHeadersAreRecorded()
{
    // Emitted in the server thread; an ordinary connection delivers it queued to this thread.
    QList<TestHttpServer::RecordedRequest> received;
    connect(m_server.get(), &TestHttpServer::requestReceived, this,
            [&received](const TestHttpServer::RecordedRequest &request) { received.append(request); });
    auto nam = manager();
    QNetworkRequest request(m_server->url(QStringLiteral("/where?tf-hub-format=compressed")));
    request.setRawHeader("Authorization", "Bearer secret-token");
    request.setRawHeader("X-Custom", "one");
    std::unique_ptr<QNetworkReply> reply(nam->get(request));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), 404);

    const QList<TestHttpServer::RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    const TestHttpServer::RecordedRequest &r = requests.first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.target, QByteArray("/where?tf-hub-format=compressed"));
    QVERIFY(!r.viaProxy);
    QCOMPARE(r.url.path(), QStringLiteral("/where"));
    QCOMPARE(r.url.query(), QStringLiteral("tf-hub-format=compressed"));
    QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer secret-token"));
    QCOMPARE(r.headers.value("x-custom"), QByteArray("one"));
    QVERIFY(!r.headers.contains("Authorization"));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().target, r.target);
    QCOMPARE(r.url, m_server->url(QStringLiteral("/where?tf-hub-format=compressed")));
    QCOMPARE(m_server->requestCount(QStringLiteral("/where")), 1);

    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->requestCount(QStringLiteral("/where")), 0);
}

void tst_TestSupport::requestBodyIsRecorded()
{
    auto nam = manager();
    QNetworkRequest request(m_server->url(QStringLiteral("/form")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(nam->post(request, QByteArrayLiteral("a=1&b=two")));
    QVERIFY(waitFinished(reply.get()));
    const QByteArray big(3 << 20, 'x');
    std::unique_ptr<QNetworkReply> bigReply(nam->post(request, big));
    QVERIFY(waitFinished(bigReply.get()));

    const QList<TestHttpServer::RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(0).body, QByteArray("a=1&b=two"));
    // Long bodies are kept in part only.
    QCOMPARE(requests.at(1).body, big.left(1 << 20));
}

void tst_TestSupport::servesDirectoryAndRefusesDotDot()
{
    const QString root = m_tempDir->filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/sub")));
    {
        QFile file(root + QStringLiteral("/sub/model.tar.gz"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("archive bytes");
    }
    {
        QFile secret(m_tempDir->filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("outside");
    }
    m_server->serveDirectory(root);
    TestHttpServer::Route route;
    route.body = "route wins";
    m_server->setRoute(QStringLiteral("/sub/model.tar.gz"), route);

    auto nam = manager();
    std::unique_ptr<QNetworkReply> routed(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/sub/model.tar.gz")))));
    QVERIFY(waitFinished(routed.get()));
    QCOMPARE(routed->readAll(), QByteArray("route wins"));

    m_server->removeRoute(QStringLiteral("/sub/model.tar.gz"));
    std::unique_ptr<QNetworkReply> file(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/sub/model.tar.gz?tf-hub-format=compressed")))));
    QVERIFY(waitFinished(file.get()));
    QCOMPARE(file->error(), QNetworkReply::NoError);
    QCOMPARE(file->readAll(), QByteArray("archive bytes"));

    std::unique_ptr<QNetworkReply> folder(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/sub")))));
    QVERIFY(waitFinished(folder.get()));
    QCOMPARE(httpStatus(folder.get()), 404);

    // QNetworkAccessManager normalises "..", so send those raw.
    for (const QByteArray &target : {QByteArray("/../secret"), QByteArray("/sub/../../secret"),
                                    QByteArray("/sub/%2e%2e/%2E%2E/secret")}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
        socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray buffer;
        RawResponse response;
        QVERIFY(readRawResponse(socket, buffer, &response));
        QCOMPARE(response.status, 403);
        QVERIFY(!response.body.contains("outside"));
    }
}

void tst_TestSupport::largeFileIsStreamed()
{
    constexpr qint64 Size = 50 * 1024 * 1024;
    const QString path = m_tempDir->filePath(QStringLiteral("large.bin"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (qint64 offset = 0; offset < Size; offset += 4 * 1024 * 1024)
            file.write(ArchiveBuilder::largeFileContent(77, offset, qMin<qint64>(4 * 1024 * 1024, Size - offset)));
    }
    const QByteArray expected = sha256OfFile(path);
    TestHttpServer::Route route;
    route.filePath = path;
    m_server->setRoute(QStringLiteral("/large.bin"), route);

    auto nam = manager();
    std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/large.bin")))));
    // Hash as data arrives instead of buffering 50 MB in the reply.
    reply->setReadBufferSize(1024 * 1024);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 received = 0;
    const auto drain = [&] {
        const QByteArray chunk = reply->readAll();
        received += chunk.size();
        hash.addData(chunk);
    };
    connect(reply.get(), &QNetworkReply::readyRead, reply.get(), drain);
    QVERIFY(waitFinished(reply.get()));
    drain();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), Size);
    QCOMPARE(received, Size);
    QCOMPARE(hash.result().toHex(), expected.toHex());
}

// A sparse entry stores only its data regions (the archive stays tiny) and reads back, through
// libarchive's own reader, as the declared size with data at the given offsets.
void tst_TestSupport::sparseFileArchive()
{
    const qint64 size = qint64(1) << 32;
    ArchiveBuilder builder(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::None);
    builder.addSparseFile("sparse", size, {{4096, "head"}, {size - 4, "tail"}});
    const QByteArray bytes = builder.build();
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(bytes.size() < 64 * 1024, qPrintable(QString::number(bytes.size())));

    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    QCOMPARE(archive_read_open_memory(a, bytes.constData(), size_t(bytes.size())), ARCHIVE_OK);
    struct archive_entry *entry = nullptr;
    QCOMPARE(archive_read_next_header(a, &entry), ARCHIVE_OK);
    QCOMPARE(QByteArray(archive_entry_pathname(entry)), QByteArray("sparse"));
    QCOMPARE(qint64(archive_entry_size(entry)), size);
    QList<QPair<qint64, QByteArray>> blocks;
    const void *block = nullptr;
    size_t length = 0;
    la_int64_t offset = 0;
    while (archive_read_data_block(a, &block, &length, &offset) == ARCHIVE_OK) {
        if (length > 0)
            blocks.append({qint64(offset), QByteArray(static_cast<const char *>(block), qsizetype(length))});
    }
    archive_read_free(a);
    QCOMPARE(blocks, (QList<QPair<qint64, QByteArray>>{{4096, "head"}, {size - 4, "tail"}}));
}

void tst_TestSupport::archiveRoundTrip_data()
{
    QTest::addColumn<ArchiveBuilder::Format>("format");
    QTest::addColumn<ArchiveBuilder::Compression>("compression");
    QTest::addColumn<int>("expectedFilter");
    QTest::addColumn<int>("longNameFormat");

    // The long name is the entry that needs the format's own extension (ustar: prefix field).
    const std::tuple<const char *, ArchiveBuilder::Format, int> formats[] = {
        {"ustar", ArchiveBuilder::Format::Ustar, ARCHIVE_FORMAT_TAR_USTAR},
        {"pax", ArchiveBuilder::Format::Pax, ARCHIVE_FORMAT_TAR_PAX_INTERCHANGE},
        {"gnu", ArchiveBuilder::Format::Gnu, ARCHIVE_FORMAT_TAR_GNUTAR},
    };
    const std::tuple<const char *, ArchiveBuilder::Compression, int> compressions[] = {
        {"none", ArchiveBuilder::Compression::None, ARCHIVE_FILTER_NONE},
        {"gzip", ArchiveBuilder::Compression::Gzip, ARCHIVE_FILTER_GZIP},
        {"bzip2", ArchiveBuilder::Compression::Bzip2, ARCHIVE_FILTER_BZIP2},
        {"xz", ArchiveBuilder::Compression::Xz, ARCHIVE_FILTER_XZ},
    };
    for (const auto &[formatName, format, longNameFormat] : formats) {
        for (const auto &[compressionName, compression, filter] : compressions) {
            QTest::addRow("%s-%s", formatName, compressionName)
                << format << compression << filter << longNameFormat;
        }
    }
}

void tst_TestSupport::archiveRoundTrip()
{
    QFETCH(ArchiveBuilder::Format, format);
    QFETCH(ArchiveBuilder::Compression, compression);
    QFETCH(int, expectedFilter);
    QFETCH(int, longNameFormat);

    // ustar can split a name into prefix (155) + name (100) at a '/', no further.
    const QByteArray longName = format == ArchiveBuilder::Format::Ustar
        ? QByteArray(120, 'd') + '/' + QByteArray(90, 'f')
        : QByteArray(200, 'd') + '/' + QByteArray(150, 'f');

    ArchiveBuilder builder(format, compression);
    builder.addDirectory("./");
    builder.addFile("./saved_model.pb", "graph");
    builder.addDirectory("./variables");
    builder.addFile("./variables/variables.index", "index", 0600);
    builder.addFile("../evil", "escape");
    builder.addFile("/etc/x", "absolute");
    builder.addFile("bin/run.sh", "#!/bin/sh\n", 0755);
    builder.addFile(longName, "long");
    builder.addFile("empty", QByteArray());
    builder.addSymlink("link", "../outside");
    builder.addHardlink("hard", "./saved_model.pb");
    builder.addCharDevice("dev/null");
    builder.addFifo("fifo");

    const QByteArray bytes = builder.build();
    QVERIFY(!bytes.isEmpty());
    const ReadArchive archive = readArchive(bytes);
    QVERIFY2(archive.ok, qPrintable(archive.error));
    QCOMPARE(archive.filter, expectedFilter);
    QCOMPARE(archive.format & ARCHIVE_FORMAT_BASE_MASK, ARCHIVE_FORMAT_TAR);

    struct Expected
    {
        QByteArray name;
        unsigned int type;
        int perm;
        QByteArray data;
        QByteArray link;
    };
    const QList<Expected> expected = {
        {"./", AE_IFDIR, 0755, {}, {}},
        {"./saved_model.pb", AE_IFREG, 0644, "graph", {}},
        {"./variables/", AE_IFDIR, 0755, {}, {}}, // tar marks folders with a trailing '/'
        {"./variables/variables.index", AE_IFREG, 0600, "index", {}},
        {"../evil", AE_IFREG, 0644, "escape", {}},
        {"/etc/x", AE_IFREG, 0644, "absolute", {}},
        {"bin/run.sh", AE_IFREG, 0755, "#!/bin/sh\n", {}},
        {longName, AE_IFREG, 0644, "long", {}},
        {"empty", AE_IFREG, 0644, {}, {}},
        {"link", AE_IFLNK, 0777, {}, "../outside"},
        {"hard", AE_IFREG, 0644, {}, "./saved_model.pb"},
        {"dev/null", AE_IFCHR, 0644, {}, {}},
        {"fifo", AE_IFIFO, 0644, {}, {}},
    };
    QCOMPARE(archive.entries.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ReadEntry &got = archive.entries.at(i);
        const Expected &want = expected.at(i);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.perm, want.perm);
        QCOMPARE(got.data, want.data);
        QCOMPARE(got.mtime, qint64(1577836800));
        if (want.name == longName)
            QCOMPARE(got.format, longNameFormat);
        if (want.name == "hard") {
            // A hard link has no type of its own in the reader; its target is what matters.
            QCOMPARE(got.hardlink, want.link);
            continue;
        }
        QCOMPARE(got.type, want.type);
        QCOMPARE(got.symlink, want.type == AE_IFLNK ? want.link : QByteArray());
        QVERIFY(got.hardlink.isEmpty());
    }

    // Same input, same bytes: archives can be checksummed in tests.
    QCOMPARE(builder.build(), bytes);
}

void tst_TestSupport::ustarRefusesOverlongName()
{
    ArchiveBuilder builder(ArchiveBuilder::Format::Ustar, ArchiveBuilder::Compression::None);
    builder.addFile(QByteArray(300, 'n'), "x");
    QString error;
    const QString path = m_tempDir->filePath(QStringLiteral("refused.tar"));
    QVERIFY(!builder.writeTo(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path)); // no half-written archive left behind
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^ArchiveBuilder: n+: ")));
    QVERIFY(builder.build().isEmpty());
}

void tst_TestSupport::utf8NamesSurvive()
{
    if (QByteArray(nl_langinfo(CODESET)) != "UTF-8")
        QSKIP("needs a UTF-8 locale (the test runner sets LC_ALL=C.UTF-8)");
    const QByteArray name = QStringLiteral("modèle/größe_ß.txt").toUtf8();
    for (const auto format : {ArchiveBuilder::Format::Pax, ArchiveBuilder::Format::Gnu,
                              ArchiveBuilder::Format::Ustar}) {
        ArchiveBuilder builder(format, ArchiveBuilder::Compression::None);
        builder.addFile(name, "u");
        const ReadArchive archive = readArchive(builder.build());
        QVERIFY2(archive.ok, qPrintable(archive.error));
        QCOMPARE(archive.entries.size(), 1);
        QCOMPARE(archive.entries.first().name, name);
    }
}

void tst_TestSupport::largeFileArchive()
{
    // The content function is a pure function of (seed, offset): slices agree with the whole.
    const QByteArray whole = ArchiveBuilder::largeFileContent(9, 0, 64);
    QCOMPARE(ArchiveBuilder::largeFileContent(9, 13, 29), whole.mid(13, 29));
    QVERIFY(ArchiveBuilder::largeFileContent(10, 0, 64) != whole);

    constexpr qint64 Size = 20 * 1024 * 1024 + 3;
    ArchiveBuilder builder(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
    builder.addFile("./saved_model.pb", "pb");
    builder.addLargeFile("./variables/variables.data-00000-of-00001", Size, 42);
    const QString path = m_tempDir->filePath(QStringLiteral("large.tar.gz"));
    QString error;
    QVERIFY2(builder.writeTo(path, &error), qPrintable(error));

    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    QCOMPARE(archive_read_open_filename(a, QFile::encodeName(path).constData(), 1 << 16), ARCHIVE_OK);
    struct archive_entry *entry = nullptr;
    QCOMPARE(archive_read_next_header(a, &entry), ARCHIVE_OK);
    QCOMPARE(QByteArray(archive_entry_pathname(entry)), QByteArray("./saved_model.pb"));
    QCOMPARE(archive_read_next_header(a, &entry), ARCHIVE_OK);
    QCOMPARE(QByteArray(archive_entry_pathname(entry)),
             QByteArray("./variables/variables.data-00000-of-00001"));
    QCOMPARE(archive_entry_size(entry), Size);
    qint64 offset = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    bool same = true;
    la_ssize_t n = 0;
    while ((n = archive_read_data(a, buffer.data(), size_t(buffer.size()))) > 0) {
        same = same && QByteArrayView(buffer.constData(), n)
                == ArchiveBuilder::largeFileContent(42, offset, n);
        offset += n;
    }
    QCOMPARE(n, la_ssize_t(0));
    QCOMPARE(offset, Size);
    QVERIFY(same);
    QCOMPARE(archive_read_next_header(a, &entry), ARCHIVE_EOF);
    archive_read_free(a);
}

void tst_TestSupport::savedModelDirectoryArchive()
{
    const QString model = m_tempDir->filePath(QStringLiteral("model"));
    QDir dir;
    QVERIFY(dir.mkpath(model + QStringLiteral("/variables")));
    QVERIFY(dir.mkpath(model + QStringLiteral("/assets")));
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("saved_model.pb"), "graph"},
        {QStringLiteral("variables/variables.index"), "index"},
        {QStringLiteral("variables/variables.data-00000-of-00001"), "weights"},
        {QStringLiteral("fingerprint.pb"), "fp"},
    };
    for (const auto &[name, data] : files) {
        QFile file(model + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        // Modes on disk do not leak into the archive.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const QByteArray bytes = ArchiveBuilder::savedModelDirectoryArchive(model, ArchiveBuilder::Compression::Gzip);
    const ReadArchive archive = readArchive(bytes);
    QVERIFY2(archive.ok, qPrintable(archive.error));
    QCOMPARE(archive.filter, ARCHIVE_FILTER_GZIP);
    QList<QByteArray> names;
    for (const ReadEntry &e : archive.entries) {
        names.append(e.name);
        QCOMPARE(e.perm, e.type == AE_IFDIR ? 0755 : 0644);
        QCOMPARE(e.mtime, qint64(1577836800));
    }
    const QList<QByteArray> expectedNames = {
        "./",
        "./assets/",
        "./fingerprint.pb",
        "./saved_model.pb",
        "./variables/",
        "./variables/variables.data-00000-of-00001",
        "./variables/variables.index",
    };
    QCOMPARE(names, expectedNames);
    QCOMPARE(archive.entries.at(3).data, QByteArray("graph"));
    QCOMPARE(archive.entries.at(5).data, QByteArray("weights"));
    QCOMPARE(ArchiveBuilder::savedModelDirectoryArchive(model, ArchiveBuilder::Compression::Gzip), bytes);

    const ReadArchive bare = readArchive(
        ArchiveBuilder::savedModelDirectoryArchive(model, ArchiveBuilder::Compression::None, QByteArray()));
    QVERIFY(bare.ok);
    QCOMPARE(bare.entries.first().name, QByteArray("assets/"));
    QCOMPARE(bare.entries.size(), 6);
}


void tst_TestSupport::changedBodyIgnoresIfRange_data()
{
    QTest::addColumn<bool>("lastModifiedOnly");
    QTest::newRow("ETag") << false;
    QTest::newRow("Last-Modified") << true;
}

void tst_TestSupport::changedBodyIgnoresIfRange()
{
    QFETCH(bool, lastModifiedOnly);
    TestHttpServer::Route route;
    route.body = ArchiveBuilder::largeFileContent(5, 0, 1000);
    route.changedBody = ArchiveBuilder::largeFileContent(6, 0, 1000);
    route.lastModifiedOnly = lastModifiedOnly;
    route.closeAfterBytes = 300;
    route.interruptFirst = 1;
    m_server->setRoute(QStringLiteral("/changing"), route);
    auto nam = manager();
    const QByteArray validatorName = lastModifiedOnly ? "Last-Modified" : "ETag";

    std::unique_ptr<QNetworkReply> first(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/changing")))));
    QVERIFY(waitFinished(first.get()));
    const QByteArray validator = first->rawHeader(validatorName);
    QVERIFY(!validator.isEmpty());
    QCOMPARE(first->hasRawHeader(lastModifiedOnly ? "ETag" : "Last-Modified"), false);
    if (lastModifiedOnly)
        QCOMPARE(validator, QByteArray(TestHttpServer::kLastModified));
    QVERIFY(first->readAll().size() <= 300);

    // The resumed request names the first version; the server answers 206 with the new one.
    QNetworkRequest resume(m_server->url(QStringLiteral("/changing")));
    resume.setRawHeader("Range", "bytes=300-");
    resume.setRawHeader("If-Range", validator);
    std::unique_ptr<QNetworkReply> rest(nam->get(resume));
    QVERIFY(waitFinished(rest.get()));
    QCOMPARE(httpStatus(rest.get()), 206);
    QCOMPARE(rest->rawHeader("Content-Range"), QByteArray("bytes 300-999/1000"));
    QVERIFY(rest->rawHeader(validatorName) != validator);
    if (lastModifiedOnly)
        QCOMPARE(rest->rawHeader(validatorName), QByteArray(TestHttpServer::kChangedLastModified));
    QCOMPARE(rest->readAll(), route.changedBody.mid(300));

    // Without a range: the new version, whole.
    std::unique_ptr<QNetworkReply> whole(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/changing")))));
    QVERIFY(waitFinished(whole.get()));
    QCOMPARE(httpStatus(whole.get()), 200);
    QCOMPARE(whole->readAll(), route.changedBody);
}

void tst_TestSupport::rangeShiftAnswersTheWrongBytes()
{
    TestHttpServer::Route route;
    route.body = ArchiveBuilder::largeFileContent(7, 0, 1000);
    route.rangeShift = -100;
    m_server->setRoute(QStringLiteral("/shifted"), route);
    auto nam = manager();
    QNetworkRequest request(m_server->url(QStringLiteral("/shifted")));
    request.setRawHeader("Range", "bytes=300-");
    std::unique_ptr<QNetworkReply> reply(nam->get(request));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), 206);
    QCOMPARE(reply->rawHeader("Content-Range"), QByteArray("bytes 200-999/1000"));
    QCOMPARE(reply->readAll(), route.body.mid(200));

    // A request without a range is not affected.
    std::unique_ptr<QNetworkReply> whole(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/shifted")))));
    QVERIFY(waitFinished(whole.get()));
    QCOMPARE(httpStatus(whole.get()), 200);
    QCOMPARE(whole->readAll(), route.body);
}

void tst_TestSupport::trickleIsSlowAndEnds()
{
    TestHttpServer::Route route;
    route.body = QByteArray(100 * 1024, 't');
    route.bytesPerSecond = 200;
    route.closeAfterMs = 1500;
    m_server->setRoute(QStringLiteral("/trickle"), route);
    auto nam = manager();
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(m_server->url(QStringLiteral("/trickle")))));
    QByteArray received;
    qint64 atOneSecond = -1;
    connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
        received += reply->readAll();
        if (atOneSecond < 0 && timer.elapsed() >= 1000)
            atOneSecond = received.size();
    });
    QVERIFY(waitFinished(reply.get()));
    received += reply->readAll();
    // The server gave up after closeAfterMs with the body far from complete.
    QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(received.size() >= 200 && received.size() <= 400, qPrintable(QString::number(received.size())));
    QVERIFY2(atOneSecond >= 150 && atOneSecond <= 300, qPrintable(QString::number(atOneSecond)));
    QCOMPARE(received, QByteArray(received.size(), 't'));
    reply.reset();
    nam.reset();
    QTRY_COMPARE(m_server->activeConnections(), 0);
}

void tst_TestSupport::closeDelimitedBody()
{
    TestHttpServer::Route route;
    route.body = QByteArray(200 * 1024, 'c');
    route.chunked = true; // closeDelimited wins
    route.closeDelimited = true;
    m_server->setRoute(QStringLiteral("/until-close"), route);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    socket.write("GET /until-close HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray buffer;
    RawResponse response;
    QVERIFY(readRawResponse(socket, buffer, &response));
    QCOMPARE(response.status, 200);
    const QByteArray head = response.head.toLower();
    QVERIFY(!head.contains("content-length"));
    QVERIFY(!head.contains("transfer-encoding"));
    QVERIFY(head.contains("connection: close"));
    QCOMPARE(response.body, route.body);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void tst_TestSupport::interimAnswersPrecedeTheFinalOne()
{
    TestHttpServer::Route route;
    route.body = "final body";
    route.interim = {{100, {}},
                     {103, {{"Link", "</style.css>; rel=preload; as=style"}, {"Link", "</x.js>; rel=preload"}}},
                     {103, {{"Link", "</y.js>; rel=preload"}}}};
    m_server->setRoute(QStringLiteral("/hints"), route);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    socket.write("GET /hints HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray buffer;
    RawResponse cont;
    QVERIFY(readRawResponse(socket, buffer, &cont, false));
    QCOMPARE(cont.status, 100);
    RawResponse hints;
    QVERIFY(readRawResponse(socket, buffer, &hints, false));
    QCOMPARE(hints.status, 103);
    QVERIFY(hints.head.startsWith("HTTP/1.1 103 Early Hints\r\n"));
    QVERIFY(hints.head.contains("\r\nLink: </style.css>; rel=preload; as=style\r\nLink: </x.js>; rel=preload"));
    QVERIFY(!hints.head.toLower().contains("content-length"));
    RawResponse moreHints;
    QVERIFY(readRawResponse(socket, buffer, &moreHints, false));
    QCOMPARE(moreHints.status, 103);
    RawResponse final;
    QVERIFY(readRawResponse(socket, buffer, &final));
    QCOMPARE(final.status, 200);
    QCOMPARE(final.body, QByteArray("final body"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/hints")), 1);
}

void tst_TestSupport::oversizedLocationIsSentVerbatim()
{
    const QString location = m_server->url(QStringLiteral("/elsewhere?pad=")).toString() + QString(120 * 1024, u'a');
    TestHttpServer::Route route;
    route.redirectTo = location;
    m_server->setRoute(QStringLiteral("/long-redirect"), route);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(NetworkTimeoutMs));
    socket.write("GET /long-redirect HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray buffer;
    RawResponse response;
    QVERIFY(readRawResponse(socket, buffer, &response));
    QCOMPARE(response.status, 302);
    QVERIFY(response.head.contains(QByteArray("\r\nLocation: " + location.toUtf8() + "\r\n")));
}

QTEST_GUILESS_MAIN(tst_TestSupport)

#include "tst_testsupport.moc"
