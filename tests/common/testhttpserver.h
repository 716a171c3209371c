#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace HubCacheTest {

// A real HTTP/1.1 server on 127.0.0.1 for network tests (qtbase's minihttpserver pattern). It runs in
// its own thread, so it keeps answering while the test thread blocks in a synchronous call.
class TestHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHttpServer)

public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        // If set, this file is streamed from disk instead of body (files of several GB are fine).
        QString filePath;
        QByteArray contentType = "application/octet-stream";
        QList<QPair<QByteArray, QByteArray>> headers;
        // If set, answer with a Location header (absolute URL or path): 302, or status if that is
        // 301, 303, 307 or 308. Sent verbatim whatever its length or form (an oversized or
        // malformed Location is a test case).
        QString redirectTo;
        // Send the headers (with the full Content-Length), this many body bytes, then close: with a
        // FIN, or with closeWithReset a TCP reset once those bytes have left the socket. Beware:
        // QNetworkAccessManager 6.4 reports NoError for such a truncated body in about a third of
        // FIN runs (and rarely after a reset), and may re-send the GET on its own; a client has to
        // compare what it received with Content-Length.
        qint64 closeAfterBytes = -1;
        bool closeWithReset = false;
        // Send this many body bytes, then nothing more; the connection stays open until stop().
        qint64 stallAfterBytes = -1;
        // closeAfterBytes and stallAfterBytes apply to the first this many successful answers of
        // the route only (-1: to all), so that a client resuming with Range gets the rest.
        int interruptFirst = -1;
        // If > 0: closeAfterBytes and stallAfterBytes apply to this successful answer only (1 is
        // the first), whatever interruptFirst says.
        int interruptAnswer = 0;
        // The first failFirst requests of this route answer failStatus with a small text body.
        int failFirst = 0;
        int failStatus = 503;
        QList<QPair<QByteArray, QByteArray>> failHeaders;
        // Wait this long before answering (every answer of the route, failures included).
        int delayMs = 0;
        // Transfer-Encoding: chunked instead of Content-Length.
        bool chunked = false;
        // Neither Content-Length nor chunked: the body ends where the server closes the connection
        // (as HTTP/1.0 servers answer). Wins over chunked.
        bool closeDelimited = false;

        // The file changes after the first successful answer: every later answer serves
        // changedBody under its own validator, and a range request gets 206 with changedBody's
        // bytes whatever If-Range names, as a server or cache that ignores If-Range.
        QByteArray changedBody;
        // Validate with Last-Modified (body: kLastModified, changedBody: kChangedLastModified)
        // instead of an ETag: answers carry no ETag and If-Range is compared with that date.
        bool lastModifiedOnly = false;
        // A range request "bytes=N-" is answered from byte N + rangeShift: Content-Range and body
        // agree with each other, not with what was asked (a broken server or cache).
        qint64 rangeShift = 0;
        // Send the body at about this many bytes per second (0: as fast as the client takes it),
        // like a slow link or a trickling server, and, if closeAfterMs > 0, close the connection
        // that long after the answer started, wherever the body is then.
        qint64 bytesPerSecond = 0;
        int closeAfterMs = 0;
        // The first successful answer of the route only is sent at this rate (a slow first part
        // while later range requests are fast).
        qint64 firstAnswerBytesPerSecond = 0;
        // Range headers are ignored: every answer is 200 with the whole body, though Accept-Ranges
        // and a validator are sent (a server or cache that advertises ranges it does not serve).
        bool ignoreRange = false;
        // Informational (1xx) answers sent before the final one, in order, each with its headers
        // (for example 103 Early Hints with Link headers).
        struct Interim
        {
            int status = 103;
            QList<QPair<QByteArray, QByteArray>> headers;
        };
        QList<Interim> interim;
        // If set, a request without exactly this Authorization header is answered 401 (a storage
        // endpoint that checks its tokens, where an emulator checks none).
        QByteArray requireAuthorization;
    };

    // The Last-Modified dates of Route::lastModifiedOnly.
    static constexpr const char *kLastModified = "Wed, 01 Jan 2025 00:00:00 GMT";
    static constexpr const char *kChangedLastModified = "Thu, 02 Jan 2025 00:00:00 GMT";

    struct RecordedRequest
    {
        QByteArray method;
        // The request-target exactly as the client sent it.
        QByteArray target;
        // The parsed URL: http://127.0.0.1:<port><target>, or for an absolute-form target the
        // full URL the client asked the proxy for.
        QUrl url;
        // Header names in lower case; repeated headers are joined with ", ".
        QMap<QByteArray, QByteArray> headers;
        // The request body (its first 1 MiB), e.g. a form a client posted.
        QByteArray body;
        // True for an absolute-form target ("GET http://host/path HTTP/1.1"), as a proxy receives it.
        bool viaProxy = false;
    };

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Listens on 127.0.0.1 with an ephemeral port. Calling it while running is a no-op.
    [[nodiscard]] bool start();
    // Listens on another loopback address (127.0.0.2, …: "another host" on this machine).
    [[nodiscard]] bool start(const QHostAddress &address);
    // Closes the listener and every connection (stalled ones too). Not callable from the server
    // thread (that is, from a Qt::DirectConnection slot of requestReceived()).
    void stop();
    [[nodiscard]] quint16 port() const;
    // http://<address>:<port><pathAndQuery>
    [[nodiscard]] QUrl url(const QString &pathAndQuery) const;

    // Routes match the decoded request path without the query string, exactly. Setting a route
    // again replaces it and restarts its failFirst count.
    void setRoute(const QString &path, const Route &route);
    void removeRoute(const QString &path);
    // Every 200/206 body answer carries a strong ETag (a hash of the body, or of a file's size and
    // modification time) and Accept-Ranges; "Range: bytes=N-" and "bytes=N-M" are honoured unless
    // an If-Range header names another ETag (the entity changed: the whole body is sent with 200).
    // Serves the files under dir for paths that have no route; paths with ".." are refused (403).
    void serveDirectory(const QString &dir);

    [[nodiscard]] QList<RecordedRequest> requests() const;
    // Requests whose decoded path (without query) equals path, proxy-form ones included.
    [[nodiscard]] int requestCount(const QString &path) const;
    void clearRequests();
    [[nodiscard]] int activeConnections() const;
    // Connections accepted, and the most open at once, since the server was made or last reset
    // (a client that keeps its connections alive accepts fewer than it sends requests).
    [[nodiscard]] int acceptedConnections() const;
    [[nodiscard]] int peakConnections() const;
    void resetConnectionCounts();

Q_SIGNALS:
    // Emitted in the server's thread once a request is parsed, before it is answered. A slot
    // connected with Qt::DirectConnection runs before the answer is sent (used for request logs).
    void requestReceived(const HubCacheTest::TestHttpServer::RecordedRequest &request);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace HubCacheTest
