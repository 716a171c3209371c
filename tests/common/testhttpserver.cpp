#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <utility>

namespace HubCacheTest {

namespace {

// Large reads keep a multi-GB file streaming at memory speed; the cap on queued socket bytes keeps
// memory flat however large the file and however slow the client.
constexpr qint64 ReadChunkSize = 1024 * 1024;
constexpr qint64 WriteHighWater = 4 * 1024 * 1024;
// A client that sends this much without finishing its headers is broken; answer 431 and close.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxRecordedBody = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 102: return "Processing";
    case 103: return "Early Hints";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

bool statusHasBody(int status)
{
    return status >= 200 && status != 204 && status != 304;
}

bool allDigits(const QByteArray &digits)
{
    if (digits.isEmpty())
        return false;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// "bytes=N-" (end -1) and "bytes=N-M" are honoured; any other form (suffix ranges, several ranges)
// yields nullopt and the full entity is sent.
std::optional<QPair<qint64, qint64>> singleRange(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (!v.startsWith("bytes="))
        return std::nullopt;
    const QByteArray spec = v.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash <= 0)
        return std::nullopt;
    const QByteArray first = spec.left(dash).trimmed();
    const QByteArray last = spec.mid(dash + 1).trimmed();
    if (!allDigits(first) || (!last.isEmpty() && !allDigits(last)))
        return std::nullopt;
    bool ok = false;
    const qint64 start = first.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    qint64 end = -1;
    if (!last.isEmpty()) {
        end = last.toLongLong(&ok);
        if (!ok || end < start)
            return std::nullopt;
    }
    return QPair<qint64, qint64>(start, end);
}

bool hasToken(const QByteArray &headerValue, const QByteArray &token)
{
    const QList<QByteArray> parts = headerValue.toLower().split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed() == token)
            return true;
    }
    return false;
}

} // namespace

class TestHttpServer::Private
{
public:
    struct RouteEntry
    {
        Route route;
        int hits = 0;
    };

    // What one request is answered with; built under the mutex, streamed without it.
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        std::unique_ptr<QFile> file;
        qint64 offset = 0; // first byte of body/file to send
        qint64 length = 0; // bytes announced in Content-Length
        bool hasBody = true;
        bool chunked = false;
        bool closeDelimited = false;
        qint64 closeAfterBytes = -1;
        bool closeWithReset = false;
        qint64 stallAfterBytes = -1;
        int delayMs = 0;
        bool closeConnection = false;
        qint64 bytesPerSecond = 0;
        int closeAfterMs = 0;
        QByteArray interimHead; // 1xx answers sent before the status line
    };

    // How a body answer treats "Range: bytes=N-".
    struct RangeRules
    {
        QByteArray validatorHeader = "ETag";
        bool ignoreIfRange = false;
        bool ignoreRange = false;
        qint64 shift = 0;
    };

    class Connection;

    explicit Private(TestHttpServer *q)
        : m_q(q)
    {
    }

    bool listen(QObject *worker, QString *error);
    void record(const RecordedRequest &request);
    Response answer(const RecordedRequest &request, const QString &path);
    Response fileResponse(const QString &filePath, const RecordedRequest &request, int status,
                          const QByteArray &contentType, bool ignoreRange = false);
    static Response textResponse(int status, const QByteArray &text);
    static void applyRange(Response &response, const RecordedRequest &request, qint64 total,
                           const QByteArray &etag, const RangeRules &rules);

    TestHttpServer *const m_q;

    // Serialises start() and stop(). The server thread never takes it, so holding it across a
    // blocking invoke into that thread cannot deadlock.
    QMutex m_lifecycleMutex;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;

    // Guards everything below: the test thread and the server thread both touch it.
    mutable QMutex m_mutex;
    quint16 m_port = 0;
    QString m_host = QStringLiteral("127.0.0.1"); // the loopback address listened on
    QHash<QString, RouteEntry> m_routes;
    QString m_directory;
    QList<RecordedRequest> m_requests;
    int m_activeConnections = 0;
    int m_acceptedConnections = 0;
    int m_peakConnections = 0;
};

// One accepted socket: parses requests one at a time (pipelined bytes wait in m_input) and streams
// each answer with bytesWritten backpressure.
class TestHttpServer::Private::Connection final : public QObject
{
public:
    Connection(Private *d, QTcpSocket *socket, QObject *parent)
        : QObject(parent)
        , m_d(d)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        {
            QMutexLocker lock(&m_d->m_mutex);
            ++m_d->m_activeConnections;
            ++m_d->m_acceptedConnections;
            m_d->m_peakConnections = std::max(m_d->m_peakConnections, m_d->m_activeConnections);
        }
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::writeMore);
        m_trickleTimer.setSingleShot(true);
        connect(&m_trickleTimer, &QTimer::timeout, this, &Connection::writeMore);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] {
            release();
            deleteLater();
        });
        // Bytes may have arrived before the signals were connected.
        if (m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
    }

    ~Connection() override { release(); }

private:
    Q_DISABLE_COPY_MOVE(Connection)

    void release()
    {
        if (!m_counted)
            return;
        m_counted = false;
        QMutexLocker lock(&m_d->m_mutex);
        --m_d->m_activeConnections;
    }

    void onReadyRead()
    {
        m_input += m_socket->readAll();
        processInput();
    }

    void processInput()
    {
        if (m_busy || m_stalled || m_closing)
            return;
        // RFC 9112 2.2: ignore empty lines before a request-line.
        while (m_input.startsWith("\r\n"))
            m_input.remove(0, 2);
        while (m_input.startsWith('\n'))
            m_input.remove(0, 1);

        qsizetype headerEnd = m_input.indexOf("\r\n\r\n");
        qsizetype separatorLength = 4;
        const qsizetype bareEnd = m_input.indexOf("\n\n");
        if (bareEnd >= 0 && (headerEnd < 0 || bareEnd < headerEnd)) {
            headerEnd = bareEnd;
            separatorLength = 2;
        }
        if (headerEnd < 0) {
            if (m_input.size() > MaxHeaderBytes)
                sendErrorAndClose(431, "Request headers too large\n");
            return;
        }

        const QList<QByteArray> lines = m_input.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            sendErrorAndClose(400, "Malformed request line\n");
            return;
        }

        RecordedRequest request;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            auto existing = request.headers.find(name);
            if (existing == request.headers.end())
                request.headers.insert(name, value);
            else
                existing.value() += ", " + value;
        }

        if (request.headers.contains("transfer-encoding")) {
            sendErrorAndClose(501, "Chunked request bodies are not supported\n");
            return;
        }
        qint64 bodyLength = 0;
        if (request.headers.contains("content-length")) {
            bool ok = false;
            bodyLength = request.headers.value("content-length").toLongLong(&ok);
            if (!ok || bodyLength < 0) {
                sendErrorAndClose(400, "Bad Content-Length\n");
                return;
            }
        }
        const qint64 consumed = headerEnd + separatorLength + bodyLength;
        if (m_input.size() < consumed)
            return; // wait for the rest of the body
        request.body = m_input.mid(headerEnd + separatorLength, qMin<qint64>(bodyLength, MaxRecordedBody));
        m_input.remove(0, consumed);

        const bool http10 = requestLine.at(2) == "HTTP/1.0";
        const QByteArray connectionHeader = request.headers.value("connection");
        m_closeAfterResponse = http10 ? !hasToken(connectionHeader, "keep-alive")
                                      : hasToken(connectionHeader, "close");
        m_headOnly = request.method == "HEAD";

        QString path;
        const QByteArray lowerTarget = request.target.left(8).toLower();
        if (lowerTarget.startsWith("http://") || lowerTarget.startsWith("https://")) {
            request.viaProxy = true;
            request.url = QUrl::fromEncoded(request.target);
        } else if (request.target.startsWith('/')) {
            // Based on our own address, not the Host header, so a client cannot steer routing.
            quint16 port = 0;
            QByteArray host;
            {
                QMutexLocker lock(&m_d->m_mutex);
                port = m_d->m_port;
                host = m_d->m_host.toLatin1();
            }
            request.url = QUrl::fromEncoded("http://" + host + ':' + QByteArray::number(port)
                                            + request.target);
        }
        if (request.url.isValid()) {
            path = request.url.path(QUrl::FullyDecoded);
            if (path.isEmpty())
                path = QStringLiteral("/");
        }

        m_d->record(request);
        m_busy = true;
        m_response = m_d->answer(request, path);
        if (m_response.delayMs > 0)
            QTimer::singleShot(m_response.delayMs, this, &Connection::startResponse);
        else
            startResponse();
    }

    void sendErrorAndClose(int status, const QByteArray &text)
    {
        m_busy = true;
        m_headOnly = false;
        m_closeAfterResponse = true;
        m_response = Private::textResponse(status, text);
        startResponse();
    }

    void startResponse()
    {
        // The client may have gone away during a delay.
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (m_response.closeConnection)
            m_closeAfterResponse = true;
        if (m_response.closeAfterBytes >= 0 || m_response.closeDelimited)
            m_closeAfterResponse = true;

        // Informational answers go out on their own, ahead of the final one, as a server sends
        // them while it is still working on the answer.
        if (!m_response.interimHead.isEmpty())
            m_socket->write(m_response.interimHead);
        if (m_response.bytesPerSecond > 0) {
            m_trickleClock.start();
            if (m_response.closeAfterBytes < 0 && m_response.closeAfterMs > 0)
                m_closeAfterResponse = true; // the trickle may end the connection mid-body
        }

        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' '
            + reasonPhrase(m_response.status) + "\r\n";
        for (const auto &header : std::as_const(m_response.headers))
            head += header.first + ": " + header.second + "\r\n";
        if (m_response.hasBody && !m_response.closeDelimited) {
            if (m_response.chunked)
                head += "Transfer-Encoding: chunked\r\n";
            else
                head += "Content-Length: " + QByteArray::number(m_response.length) + "\r\n";
        }
        if (m_closeAfterResponse)
            head += "Connection: close\r\n";
        head += "\r\n";
        // Goes out in one write with the first body bytes, so a small answer is one segment, as
        // real servers send it.
        m_pendingHead = head;

        m_bodySent = 0;
        m_bodyToSend = 0;
        m_limited = false;
        if (m_response.hasBody && !m_headOnly) {
            m_bodyToSend = m_response.length;
            const qint64 limit = m_response.stallAfterBytes >= 0 ? m_response.stallAfterBytes
                                                                   : m_response.closeAfterBytes;
            if (limit >= 0) {
                m_limited = true;
                m_bodyToSend = qMin(limit, m_response.length);
            }
            if (m_response.file && m_response.offset > 0 && !m_response.file->seek(m_response.offset)) {
                m_socket->abort();
                return;
            }
        }
        writeMore();
    }

    // A reset discards whatever the kernel has not sent yet, so wait until the promised bytes
    // are on their way (Qt's buffer and the kernel's send queue both empty) before sending it.
    void resetWhenFlushed()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const int fd = int(m_socket->socketDescriptor());
        int unsent = 0;
#ifdef TIOCOUTQ
        if (::ioctl(fd, TIOCOUTQ, &unsent) != 0)
            unsent = 0;
#endif
        if (m_socket->bytesToWrite() > 0 || unsent > 0) {
            QTimer::singleShot(5, this, &Connection::resetWhenFlushed);
            return;
        }
        const struct linger lingerZero = {1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lingerZero, sizeof lingerZero);
        m_socket->abort();
    }

    void writeMore()
    {
        if (!m_busy || m_stalled || m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        qint64 allowed = m_bodyToSend;
        if (m_response.bytesPerSecond > 0) {
            const qint64 elapsed = m_trickleClock.elapsed();
            if (m_response.closeAfterMs > 0 && elapsed >= m_response.closeAfterMs) {
                if (!m_pendingHead.isEmpty())
                    m_socket->write(std::exchange(m_pendingHead, {}));
                m_closing = true;
                m_response = {};
                m_socket->disconnectFromHost();
                return;
            }
            allowed = qMin(m_bodyToSend, m_response.bytesPerSecond * elapsed / 1000);
            if (allowed < m_bodyToSend) {
                const qint64 tick = qBound(qint64(10), 1000 / m_response.bytesPerSecond, qint64(100));
                m_trickleTimer.start(int(tick));
            }
        }
        while (m_bodySent < allowed && m_socket->bytesToWrite() < WriteHighWater) {
            const qint64 n = qMin(ReadChunkSize, allowed - m_bodySent);
            QByteArray data;
            if (m_response.file) {
                data = m_response.file->read(n);
                if (data.isEmpty()) {
                    // The file shrank under us: the announced length cannot be met.
                    m_socket->abort();
                    return;
                }
            } else {
                data = m_response.body.mid(m_response.offset + m_bodySent, n);
            }
            m_bodySent += data.size();
            if (m_response.chunked)
                data = QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
            if (m_response.chunked && m_bodySent == m_bodyToSend && !m_limited)
                data += "0\r\n\r\n";
            if (!m_pendingHead.isEmpty())
                data.prepend(std::exchange(m_pendingHead, {}));
            m_socket->write(data);
        }
        if (!m_pendingHead.isEmpty()) // no body at all
            m_socket->write(std::exchange(m_pendingHead, {}));
        if (m_bodySent < m_bodyToSend)
            return; // bytesWritten (or the throttle's timer) brings us back

        if (m_limited) {
            if (m_response.stallAfterBytes >= 0) {
                m_stalled = true; // keep the socket open and silent until stop()
            } else if (m_response.closeWithReset) {
                m_closing = true;
                resetWhenFlushed();
            } else {
                // disconnectFromHost() first flushes what is queued, so the client really gets
                // closeAfterBytes bytes and then a close before Content-Length is reached.
                m_closing = true;
                m_socket->disconnectFromHost();
            }
            m_response = {};
            return;
        }
        if (m_response.chunked && m_response.hasBody && !m_headOnly && m_bodyToSend == 0)
            m_socket->write("0\r\n\r\n");
        m_response = {};
        m_busy = false;
        if (m_closeAfterResponse) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        // Pipelined requests may already be waiting; queued so a long pipeline cannot recurse.
        if (!m_input.isEmpty())
            QMetaObject::invokeMethod(this, &Connection::processInput, Qt::QueuedConnection);
    }

    Private *const m_d;
    QTcpSocket *const m_socket;
    QElapsedTimer m_trickleClock;
    QTimer m_trickleTimer;
    QByteArray m_input;
    QByteArray m_pendingHead;
    Response m_response;
    qint64 m_bodySent = 0;
    qint64 m_bodyToSend = 0;
    bool m_busy = false;
    bool m_headOnly = false;
    bool m_closeAfterResponse = false;
    bool m_limited = false;
    bool m_stalled = false;
    bool m_closing = false;
    bool m_counted = true;
};

bool TestHttpServer::Private::listen(QObject *worker, QString *error)
{
    auto *server = new QTcpServer(worker);
    QHostAddress address;
    {
        QMutexLocker lock(&m_mutex);
        address = QHostAddress(m_host);
    }
    if (!server->listen(address, 0)) {
        *error = server->errorString();
        delete server;
        return false;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_port = server->serverPort();
    }
    QObject::connect(server, &QTcpServer::newConnection, server, [this, server, worker] {
        while (server->hasPendingConnections()) {
            QTcpSocket *socket = server->nextPendingConnection();
            new Connection(this, socket, worker);
        }
    });
    return true;
}

void TestHttpServer::Private::record(const RecordedRequest &request)
{
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
    }
    Q_EMIT m_q->requestReceived(request);
}

TestHttpServer::Private::Response TestHttpServer::Private::textResponse(int status,
                                                                        const QByteArray &text)
{
    Response response;
    response.status = status;
    response.headers.emplace_back("Content-Type", "text/plain; charset=utf-8");
    response.hasBody = statusHasBody(status);
    if (response.hasBody) {
        response.body = text;
        response.length = text.size();
    }
    return response;
}

void TestHttpServer::Private::applyRange(Response &response, const RecordedRequest &request,
                                         qint64 total, const QByteArray &etag, const RangeRules &rules)
{
    response.length = total;
    if (response.status != 200 || (request.method != "GET" && request.method != "HEAD"))
        return;
    response.headers.emplace_back("Accept-Ranges", "bytes");
    response.headers.emplace_back(rules.validatorHeader, etag);
    const std::optional<QPair<qint64, qint64>> range = singleRange(request.headers.value("range"));
    if (!range || rules.ignoreRange)
        return;
    std::optional<qint64> start = range->first;
    if (!rules.ignoreIfRange && request.headers.contains("if-range")
        && request.headers.value("if-range").trimmed() != etag)
        return; // the client's copy is of another version: send the whole entity
    start = qMax(qint64(0), *start + rules.shift);
    if (*start >= total) {
        response.status = 416;
        response.headers.emplace_back("Content-Range", "bytes */" + QByteArray::number(total));
        response.file.reset();
        response.body.clear();
        response.length = 0;
        return;
    }
    const qint64 end = range->second < 0 ? total - 1 : qMin(total - 1, range->second + rules.shift);
    response.status = 206;
    response.headers.emplace_back("Content-Range", "bytes " + QByteArray::number(*start) + '-'
                                                  + QByteArray::number(end) + '/'
                                                  + QByteArray::number(total));
    response.offset = *start;
    response.length = end - *start + 1;
}

TestHttpServer::Private::Response
TestHttpServer::Private::fileResponse(const QString &filePath, const RecordedRequest &request,
                                      int status, const QByteArray &contentType, bool ignoreRange)
{
    auto file = std::make_unique<QFile>(filePath);
    if (!QFileInfo(filePath).isFile() || !file->open(QIODevice::ReadOnly))
        return textResponse(500, "Cannot open " + filePath.toUtf8() + '\n');
    Response response;
    response.status = status;
    response.headers.emplace_back("Content-Type", contentType);
    response.hasBody = statusHasBody(status);
    const qint64 size = file->size();
    const QByteArray etag = '"' + QByteArray::number(size, 16) + '-'
        + QByteArray::number(QFileInfo(filePath).lastModified().toMSecsSinceEpoch(), 16) + '"';
    response.file = std::move(file);
    RangeRules rules;
    rules.ignoreRange = ignoreRange;
    if (response.hasBody)
        applyRange(response, request, size, etag, rules);
    return response;
}

TestHttpServer::Private::Response
TestHttpServer::Private::answer(const RecordedRequest &request, const QString &path)
{
    if (request.method == "CONNECT") {
        Response response = textResponse(405, "CONNECT is not supported by this test server\n");
        response.headers.emplace_back("Allow", "GET, HEAD");
        response.closeConnection = true;
        return response;
    }
    if (path.isEmpty())
        return textResponse(400, "Unsupported request target\n");

    QMutexLocker lock(&m_mutex);
    const auto it = m_routes.find(path);
    if (it != m_routes.end()) {
        const int hits = ++it->hits;
        const bool fail = it->hits <= it->route.failFirst;
        const bool interrupt = it->route.interruptAnswer > 0
            ? it->hits - it->route.failFirst == it->route.interruptAnswer
            : it->route.interruptFirst < 0 || it->hits - it->route.failFirst <= it->route.interruptFirst;
        const Route route = it->route;
        lock.unlock();

        Response response;
        if (!route.requireAuthorization.isEmpty()
            && request.headers.value("authorization") != route.requireAuthorization) {
            response = textResponse(401, "Missing or wrong credentials for " + path.toUtf8() + '\n');
            response.headers.emplace_back("WWW-Authenticate", "Bearer");
        } else if (fail) {
            response = textResponse(route.failStatus, "Simulated failure "
                                                          + QByteArray::number(route.failStatus)
                                                          + " for " + path.toUtf8() + '\n');
            response.headers += route.failHeaders;
        } else if (!route.redirectTo.isEmpty()) {
            const bool explicitStatus = route.status == 301 || route.status == 303
                || route.status == 307 || route.status == 308;
            const QByteArray text = route.body.isEmpty()
                ? QByteArray("Redirecting to " + route.redirectTo.toUtf8() + '\n')
                : route.body;
            response = textResponse(explicitStatus ? route.status : 302, text);
            response.headers.emplace_back("Location", route.redirectTo.toUtf8());
            response.headers += route.headers;
        } else {
            if (!route.filePath.isEmpty()) {
                response = fileResponse(route.filePath, request, route.status, route.contentType, route.ignoreRange);
                if (response.status == 500 && !response.file)
                    return response;
            } else {
                response.status = route.status;
                response.headers.emplace_back("Content-Type", route.contentType);
                response.hasBody = statusHasBody(route.status);
                if (response.hasBody) {
                    const bool changed = !route.changedBody.isEmpty() && hits - route.failFirst > 1;
                    response.body = changed ? route.changedBody : route.body;
                    RangeRules rules;
                    rules.ignoreIfRange = changed;
                    rules.ignoreRange = route.ignoreRange;
                    rules.shift = route.rangeShift;
                    QByteArray validator = '"'
                        + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex().left(16) + '"';
                    if (route.lastModifiedOnly) {
                        rules.validatorHeader = "Last-Modified";
                        validator = changed ? kChangedLastModified : kLastModified;
                    }
                    applyRange(response, request, response.body.size(), validator, rules);
                }
            }
            response.headers += route.headers;
            response.closeDelimited = route.closeDelimited && response.hasBody;
            response.chunked = route.chunked && response.hasBody && !response.closeDelimited;
            if (interrupt) {
                response.closeAfterBytes = route.closeAfterBytes;
                response.closeWithReset = route.closeWithReset;
                response.stallAfterBytes = route.stallAfterBytes;
            }
            response.bytesPerSecond = route.bytesPerSecond;
            if (route.firstAnswerBytesPerSecond > 0 && hits - route.failFirst == 1)
                response.bytesPerSecond = route.firstAnswerBytesPerSecond;
            response.closeAfterMs = route.closeAfterMs;
        }
        for (const Route::Interim &interim : route.interim) {
            response.interimHead += "HTTP/1.1 " + QByteArray::number(interim.status) + ' '
                + reasonPhrase(interim.status) + "\r\n";
            for (const auto &header : interim.headers)
                response.interimHead += header.first + ": " + header.second + "\r\n";
            response.interimHead += "\r\n";
        }
        response.delayMs = route.delayMs;
        return response;
    }

    const QString directory = m_directory;
    lock.unlock();
    if (!directory.isEmpty()) {
        const QStringList segments = path.split(QLatin1Char('/'));
        if (segments.contains(QStringLiteral("..")) || path.contains(QChar(u'\0')))
            return textResponse(403, "Refusing a path with ..\n");
        const QString filePath = QDir::cleanPath(directory + QLatin1Char('/') + path);
        if (QFileInfo(filePath).isFile())
            return fileResponse(filePath, request, 200, "application/octet-stream");
    }
    return textResponse(404, "Not found: " + path.toUtf8() + '\n');
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

TestHttpServer::~TestHttpServer()
{
    stop();
}

bool TestHttpServer::start()
{
    return start(QHostAddress(QHostAddress::LocalHost));
}

bool TestHttpServer::start(const QHostAddress &address)
{
    QMutexLocker lifecycle(&d->m_lifecycleMutex);
    if (d->m_thread)
        return true;
    if (!address.isLoopback()) {
        qWarning("TestHttpServer: %s is not a loopback address", qPrintable(address.toString()));
        return false;
    }
    {
        QMutexLocker lock(&d->m_mutex);
        d->m_host = address.toString();
    }

    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("TestHttpServer"));
    auto *worker = new QObject;
    worker->moveToThread(thread);
    thread->start();

    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        worker, [&] { ok = d->listen(worker, &error); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        qWarning("TestHttpServer: cannot listen on %s: %s", qPrintable(address.toString()), qPrintable(error));
        thread->quit();
        thread->wait();
        delete worker;
        delete thread;
        return false;
    }
    d->m_thread = thread;
    d->m_worker = worker;
    return true;
}

void TestHttpServer::stop()
{
    QMutexLocker lifecycle(&d->m_lifecycleMutex);
    if (!d->m_thread)
        return;
    if (QThread::currentThread() == d->m_thread) {
        qWarning("TestHttpServer::stop() called from the server thread; ignored");
        return;
    }
    QObject *worker = d->m_worker;
    // Sockets and the listener belong to the server thread, so they are destroyed there.
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            const QObjectList children = worker->children();
            qDeleteAll(children);
        },
        Qt::BlockingQueuedConnection);
    d->m_thread->quit();
    d->m_thread->wait();
    delete worker; // childless now, and its thread has finished
    delete d->m_thread;
    d->m_thread = nullptr;
    d->m_worker = nullptr;

    QMutexLocker lock(&d->m_mutex);
    d->m_port = 0;
}

quint16 TestHttpServer::port() const
{
    QMutexLocker lock(&d->m_mutex);
    return d->m_port;
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    const QString separator = pathAndQuery.startsWith(QLatin1Char('/')) ? QString()
                                                                        : QStringLiteral("/");
    QString host;
    {
        QMutexLocker lock(&d->m_mutex);
        host = d->m_host;
    }
    return QUrl(QStringLiteral("http://") + host + QLatin1Char(':') + QString::number(port()) + separator
                + pathAndQuery);
}

void TestHttpServer::setRoute(const QString &path, const Route &route)
{
    QMutexLocker lock(&d->m_mutex);
    d->m_routes.insert(path, Private::RouteEntry{route, 0});
}

void TestHttpServer::removeRoute(const QString &path)
{
    QMutexLocker lock(&d->m_mutex);
    d->m_routes.remove(path);
}

void TestHttpServer::serveDirectory(const QString &dir)
{
    QMutexLocker lock(&d->m_mutex);
    d->m_directory = dir.isEmpty() ? QString() : QFileInfo(dir).absoluteFilePath();
}

QList<TestHttpServer::RecordedRequest> TestHttpServer::requests() const
{
    QMutexLocker lock(&d->m_mutex);
    return d->m_requests;
}

int TestHttpServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&d->m_mutex);
    int count = 0;
    for (const RecordedRequest &request : std::as_const(d->m_requests)) {
        QString requestPath = request.url.path(QUrl::FullyDecoded);
        if (requestPath.isEmpty() && request.url.isValid())
            requestPath = QStringLiteral("/");
        if (requestPath == path)
            ++count;
    }
    return count;
}

void TestHttpServer::clearRequests()
{
    QMutexLocker lock(&d->m_mutex);
    d->m_requests.clear();
}

int TestHttpServer::activeConnections() const
{
    QMutexLocker lock(&d->m_mutex);
    return d->m_activeConnections;
}

int TestHttpServer::acceptedConnections() const
{
    QMutexLocker lock(&d->m_mutex);
    return d->m_acceptedConnections;
}

int TestHttpServer::peakConnections() const
{
    QMutexLocker lock(&d->m_mutex);
    return d->m_peakConnections;
}

void TestHttpServer::resetConnectionCounts()
{
    QMutexLocker lock(&d->m_mutex);
    d->m_acceptedConnections = 0;
    d->m_peakConnections = d->m_activeConnections;
}

} // namespace HubCacheTest
