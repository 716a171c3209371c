#include "directhttpreply_p.h"

#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <cstring>
#include <utility>

namespace HubCache {

namespace {

// The socket holds at most this much beyond what the reply buffers: while the reply's read buffer
// is full, the socket stops reading and TCP flow control slows the server down.
constexpr qint64 kSocketBuffer = 256 * 1024;
// A chunk-size line (with extensions) longer than this is not HTTP.
constexpr qsizetype kMaxChunkLine = 4096;
// How much a search for the end of a line reads from the socket at once.
constexpr qint64 kRawRead = 64 * 1024;

QNetworkReply::NetworkError networkErrorFor(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::UnknownProxyError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

// What QNetworkAccessManager reports for an HTTP error status.
QNetworkReply::NetworkError networkErrorForStatus(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::UnknownServerError : QNetworkReply::UnknownContentError;
    }
}

bool isHeaderSafe(const QByteArray &text)
{
    return !text.contains('\r') && !text.contains('\n');
}

QByteArray shortened(const QByteArray &text)
{
    return text.size() > 80 ? text.left(80) + "..." : text;
}

} // namespace

DirectHttpReply::DirectHttpReply(const QNetworkRequest &request, QNetworkAccessManager *nam, QObject *parent)
    : QNetworkReply(parent)
    , m_nam(nam)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::GetOperation);
    // Our own buffer is the read buffer (bounded by setReadBufferSize), so QIODevice keeps none.
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QMetaObject::invokeMethod(this, &DirectHttpReply::startRequest, Qt::QueuedConnection);
}

DirectHttpReply::~DirectHttpReply() = default;

void DirectHttpReply::startRequest()
{
    if (isFinished())
        return;
    const QUrl target = url();
    const bool tls = target.scheme() == QLatin1String("https");
    if (!tls && target.scheme() != QLatin1String("http")) {
        fail(ProtocolUnknownError, tr("%1 is not an http or https URL").arg(target.toDisplayString()));
        return;
    }
    if (target.host().isEmpty()) {
        fail(ProtocolUnknownError, tr("%1 has no host").arg(target.toDisplayString()));
        return;
    }
    if (tls && !QSslSocket::supportsSsl()) {
        fail(SslHandshakeFailedError,
             tr("TLS is not available (no TLS backend could be loaded), so %1 cannot be downloaded")
                 .arg(target.toDisplayString()));
        return;
    }

    // The proxy QNetworkAccessManager would use for this URL.
    const QNetworkProxyQuery query(target);
    m_proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    if (m_nam) {
        if (QNetworkProxyFactory *factory = m_nam->proxyFactory()) {
            const QList<QNetworkProxy> proxies = factory->queryProxy(query);
            m_proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
        } else {
            m_proxy = m_nam->proxy();
        }
    }
    if (m_proxy.type() == QNetworkProxy::DefaultProxy) {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(query);
        m_proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
        if (m_proxy.type() == QNetworkProxy::DefaultProxy)
            m_proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    }
    QNetworkProxy socketProxy(QNetworkProxy::NoProxy);
    switch (m_proxy.type()) {
    case QNetworkProxy::NoProxy:
        break;
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        if (!tls) {
            // As QNetworkAccessManager does: the proxy gets "GET http://host/path", no tunnel.
            m_absoluteForm = true;
        } else if (m_proxy.type() == QNetworkProxy::HttpProxy) {
            socketProxy = m_proxy; // CONNECT tunnel
        } else {
            fail(UnknownProxyError, tr("the caching proxy %1:%2 cannot tunnel %3; configure an HTTP (CONNECT) or "
                                       "SOCKS5 proxy for https instead")
                                        .arg(m_proxy.hostName())
                                        .arg(m_proxy.port())
                                        .arg(target.toDisplayString()));
            return;
        }
        break;
    case QNetworkProxy::Socks5Proxy:
        socketProxy = m_proxy;
        break;
    default:
        fail(UnknownProxyError, tr("the proxy configured for %1 (%2:%3) is of a kind that cannot carry this "
                                   "download; configure an HTTP or SOCKS5 proxy instead")
                                    .arg(target.toDisplayString(), m_proxy.hostName())
                                    .arg(m_proxy.port()));
        return;
    }

    QSslSocket *sslSocket = nullptr;
    if (tls) {
        sslSocket = new QSslSocket(this);
        QSslConfiguration ssl = request().sslConfiguration();
        // Verification is on unless the configuration explicitly turned it off.
        if (ssl.peerVerifyMode() != QSslSocket::VerifyNone)
            ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        sslSocket->setSslConfiguration(ssl);
        connect(sslSocket, &QSslSocket::encrypted, this, &DirectHttpReply::onConnected);
        connect(sslSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_sslErrors.append(error.errorString());
        });
        m_socket = sslSocket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &DirectHttpReply::onConnected);
    }
    m_socket->setProxy(socketProxy);
    m_socket->setReadBufferSize(kSocketBuffer);
    connect(m_socket, &QTcpSocket::readyRead, this, &DirectHttpReply::process);
    connect(m_socket, &QTcpSocket::disconnected, this, &DirectHttpReply::process);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &DirectHttpReply::onSocketError);

    m_state = State::Connecting;
    const quint16 port = quint16(target.port(tls ? 443 : 80));
    qCDebug(lcDownload) << "direct GET" << target.toDisplayString() << "proxy" << m_proxy.type() << m_proxy.hostName();
    if (m_absoluteForm)
        m_socket->connectToHost(m_proxy.hostName(), m_proxy.port());
    else if (sslSocket)
        sslSocket->connectToHostEncrypted(target.host(), port, target.host());
    else
        m_socket->connectToHost(target.host(), port);
}

QByteArray DirectHttpReply::requestHead() const
{
    const QUrl target = url();
    const bool tls = target.scheme() == QLatin1String("https");
    QByteArray path = target.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (target.hasQuery())
        path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = target.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = target.port();
    if (port >= 0 && port != (tls ? 443 : 80))
        host += ':' + QByteArray::number(port);

    QByteArray head;
    if (m_absoluteForm)
        head = "GET " + target.scheme().toLatin1() + "://" + host + path + " HTTP/1.1\r\n";
    else
        head = "GET " + path + " HTTP/1.1\r\n";
    head += "Host: " + host + "\r\n";
    static const QList<QByteArray> ours = {"host", "connection", "proxy-connection", "keep-alive", "content-length",
                                           "transfer-encoding", "te", "upgrade", "proxy-authorization"};
    bool hasEncoding = false;
    bool hasAuthorization = false;
    const QNetworkRequest req = request();
    for (const QByteArray &name : req.rawHeaderList()) {
        const QByteArray lower = name.toLower();
        const QByteArray value = req.rawHeader(name);
        if (ours.contains(lower) || !isHeaderSafe(name) || !isHeaderSafe(value))
            continue;
        hasEncoding = hasEncoding || lower == "accept-encoding";
        hasAuthorization = hasAuthorization || lower == "authorization";
        head += name + ": " + value + "\r\n";
    }
    if (!hasEncoding)
        head += "Accept-Encoding: identity\r\n"; // bodies are passed on as they come, never decoded
    if (!hasAuthorization && !target.userName().isEmpty()) {
        head += "Authorization: Basic "
            + QByteArray(target.userName().toUtf8() + ':' + target.password().toUtf8()).toBase64() + "\r\n";
    }
    if (m_absoluteForm && !m_proxy.user().isEmpty()) {
        head += "Proxy-Authorization: Basic " + QByteArray(m_proxy.user().toUtf8() + ':' + m_proxy.password().toUtf8()).toBase64()
            + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    return head;
}

void DirectHttpReply::onConnected()
{
    if (isFinished() || m_state != State::Connecting)
        return;
    m_state = State::StatusLine;
    m_socket->write(requestHead());
    process(); // an answer may already be waiting
}

void DirectHttpReply::onSocketError()
{
    if (isFinished() || !m_socket)
        return;
    const QAbstractSocket::SocketError e = m_socket->error();
    if (e == QAbstractSocket::RemoteHostClosedError && m_state != State::Connecting) {
        // The end of a body read until close, or a cut one: process() tells which once the bytes
        // still buffered are read.
        scheduleProcess();
        return;
    }
    QString message = m_socket->errorString();
    if (m_state == State::Connecting && m_socket->proxy().type() != QNetworkProxy::NoProxy
        && (e == QAbstractSocket::SocketAccessError
            || (networkErrorFor(e) >= ProxyConnectionRefusedError && networkErrorFor(e) <= UnknownProxyError))) {
        // Qt's CONNECT client reports a proxy's 403 or 405 as an access error.
        const NetworkError code = e == QAbstractSocket::SocketAccessError ? ProxyConnectionRefusedError : networkErrorFor(e);
        const bool tls = url().scheme() == QLatin1String("https");
        fail(code, tr("could not reach %1 through the proxy %2:%3 (%4); check the proxy settings "
                      "(https_proxy, http_proxy, all_proxy, no_proxy or the system's)")
                       .arg(url().host() + u':' + QString::number(url().port(tls ? 443 : 80)), m_proxy.hostName())
                       .arg(m_proxy.port())
                       .arg(message));
        return;
    }
    if (e == QAbstractSocket::SslHandshakeFailedError && !m_sslErrors.isEmpty())
        message = tr("TLS handshake with %1 failed: %2").arg(url().host(), m_sslErrors.join(QStringLiteral("; ")));
    else if (e == QAbstractSocket::SslHandshakeFailedError)
        message = tr("TLS handshake with %1 failed: %2").arg(url().host(), message);
    fail(networkErrorFor(e), message);
}

void DirectHttpReply::scheduleProcess()
{
    if (m_processQueued || isFinished())
        return;
    m_processQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_processQueued = false;
            process();
        },
        Qt::QueuedConnection);
}

void DirectHttpReply::process()
{
    if (isFinished() || !m_socket)
        return;
    const QPointer<DirectHttpReply> guard(this);
    while (m_state == State::StatusLine) {
        if (!parseHeaderBlock()) {
            if (!guard || isFinished())
                return;
            if (atEndOfInput()) {
                fail(RemoteHostClosedError,
                     tr("%1 closed the connection before its answer's headers were complete").arg(url().host()));
            }
            return;
        }
        if (!guard || isFinished())
            return;
        if (m_state == State::Body) {
            Q_EMIT metaDataChanged();
            if (!guard || isFinished())
                return;
        }
    }
    if (m_state != State::Body)
        return;
    if (readBody()) {
        Q_EMIT downloadProgress(m_received, m_total);
        if (!guard || isFinished())
            return;
        Q_EMIT readyRead();
        if (!guard || isFinished())
            return;
    }
    const bool complete = m_framing == Framing::None || (m_framing == Framing::Length && m_remaining == 0)
        || (m_framing == Framing::Chunked && m_state == State::Done);
    if (complete) {
        finishOk();
        return;
    }
    if (!atEndOfInput())
        return;
    if (m_framing == Framing::UntilClose) {
        finishOk();
    } else if (m_framing == Framing::Length) {
        fail(RemoteHostClosedError, tr("%1 closed the connection after %2 of %3 bytes")
                                        .arg(url().host())
                                        .arg(m_received)
                                        .arg(m_total));
    } else {
        fail(RemoteHostClosedError,
             tr("%1 closed the connection after %2 bytes, before the end of the chunked body").arg(url().host()).arg(m_received));
    }
}

bool DirectHttpReply::atEndOfInput() const
{
    return m_raw.isEmpty() && m_socket && m_socket->bytesAvailable() == 0
        && m_socket->state() != QAbstractSocket::ConnectedState;
}

QByteArray DirectHttpReply::takeRaw(qint64 max)
{
    if (max <= 0)
        return {};
    if (!m_raw.isEmpty()) {
        QByteArray out = m_raw.left(max);
        m_raw.remove(0, out.size());
        return out;
    }
    const qint64 n = std::min(max, m_socket->bytesAvailable());
    return n > 0 ? m_socket->read(n) : QByteArray();
}

bool DirectHttpReply::takeLine(QByteArray *line, qsizetype limit)
{
    qsizetype end = m_raw.indexOf('\n');
    while (end < 0) {
        if (m_raw.size() > limit) {
            fail(ProtocolFailure, tr("%1 sent a line longer than %2 bytes in its chunked body").arg(url().host()).arg(limit));
            return false;
        }
        // A socket-sized read, not just enough for the line: what follows it (the next chunk's
        // data) is taken from m_raw first, and small reads would make the socket refill in
        // small steps too.
        const qint64 n = std::min<qint64>(m_socket->bytesAvailable(), std::max<qint64>(kRawRead, limit + 1 - m_raw.size()));
        if (n <= 0)
            return false;
        const qsizetype from = m_raw.size();
        m_raw += m_socket->read(n);
        end = m_raw.indexOf('\n', from);
    }
    *line = m_raw.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_raw.remove(0, end + 1);
    return true;
}

bool DirectHttpReply::parseHeaderBlock()
{
    qsizetype end = -1;
    qsizetype separator = 0;
    const auto findEnd = [&] {
        const qsizetype crlf = m_raw.indexOf("\r\n\r\n");
        const qsizetype lf = m_raw.indexOf("\n\n");
        if (lf >= 0 && (crlf < 0 || lf < crlf)) {
            end = lf;
            separator = 2;
        } else if (crlf >= 0) {
            end = crlf;
            separator = 4;
        }
    };
    findEnd();
    while (end < 0) {
        if (m_raw.size() > kMaxHeaderBytes)
            break;
        const qint64 n = std::min<qint64>(m_socket->bytesAvailable(), kMaxHeaderBytes + 4 - m_raw.size());
        if (n <= 0)
            return false;
        m_raw += m_socket->read(n);
        findEnd();
    }
    if (end < 0 || end > kMaxHeaderBytes) {
        fail(ProtocolFailure, tr("%1 sent an answer whose headers are larger than %2 KB; this is not a download "
                                 "server's answer")
                                  .arg(url().host())
                                  .arg(kMaxHeaderBytes / 1024));
        return false;
    }
    const QByteArray block = m_raw.left(end);
    m_raw.remove(0, end + separator);

    QList<QByteArray> lines = block.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QByteArray statusLine = lines.takeFirst();
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 && parts.at(1).size() == 3 ? parts.at(1).toInt(&ok) : 0;
    if (!statusLine.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
        fail(ProtocolFailure, tr("%1 did not answer in HTTP/1.x (its answer begins with \"%2\")")
                                  .arg(url().host(), QString::fromLatin1(shortened(statusLine))));
        return false;
    }
    const QByteArray reason = statusLine.mid(statusLine.indexOf(' ', 9) >= 0 ? statusLine.indexOf(' ', 9) + 1 : statusLine.size());

    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.isEmpty()) {
            headers.last().second += ' ' + line.trimmed(); // obsolete line folding
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    if (status < 200 && status != 101) {
        ++m_interimAnswers;
        qCDebug(lcDownload) << "skipped interim answer" << status << "from" << url().host();
        if (m_interimAnswers > kMaxInterimAnswers) {
            fail(ProtocolFailure, tr("%1 sent more than %2 interim (1xx) answers without a final one")
                                      .arg(url().host())
                                      .arg(kMaxInterimAnswers));
            return false;
        }
        return true;
    }
    return applyFinalHeaders(status, reason, headers);
}

bool DirectHttpReply::applyFinalHeaders(int status, const QByteArray &reason,
                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(reason));
    // Repeated headers are joined with ", ", as QNetworkAccessManager does.
    QList<QByteArray> names;
    QList<QByteArray> values;
    for (const auto &[name, value] : headers) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).compare(name, Qt::CaseInsensitive) == 0) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            names.append(name);
            values.append(value);
        } else {
            values[index] += ", " + value;
        }
    }
    QByteArray contentLength;
    QByteArray transferEncoding;
    for (qsizetype i = 0; i < names.size(); ++i) {
        setRawHeader(names.at(i), values.at(i));
        const QByteArray lower = names.at(i).toLower();
        if (lower == "content-length")
            contentLength = values.at(i);
        else if (lower == "transfer-encoding")
            transferEncoding = values.at(i);
        else if (lower == "location" && status >= 300 && status < 400)
            setAttribute(QNetworkRequest::RedirectionTargetAttribute, QUrl::fromEncoded(values.at(i)));
    }

    if (status == 101) {
        Q_EMIT metaDataChanged();
        fail(ProtocolFailure,
             tr("%1 switched protocols (101) though the request did not ask it to").arg(url().host()));
        return false;
    }

    m_total = -1;
    if (status == 204 || status == 304) {
        m_framing = Framing::None;
    } else if (!transferEncoding.isEmpty()) {
        // RFC 9112 6.3: chunked when it is the last coding, else the body runs until the close.
        const QList<QByteArray> codings = transferEncoding.split(',');
        m_framing = codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) == 0 ? Framing::Chunked
                                                                                            : Framing::UntilClose;
    } else if (!contentLength.isEmpty()) {
        qint64 length = -1;
        for (const QByteArray &part : contentLength.split(',')) {
            bool ok = false;
            const QByteArray digits = part.trimmed();
            const qint64 value = digits.toLongLong(&ok);
            const bool onlyDigits = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](char c) {
                return c >= '0' && c <= '9';
            });
            if (!ok || !onlyDigits || (length >= 0 && value != length)) {
                fail(ProtocolFailure, tr("%1 sent an invalid Content-Length (%2)")
                                          .arg(url().host(), QString::fromLatin1(shortened(contentLength))));
                return false;
            }
            length = value;
        }
        m_framing = Framing::Length;
        m_total = length;
        m_remaining = length;
        setHeader(QNetworkRequest::ContentLengthHeader, length);
    } else {
        m_framing = Framing::UntilClose;
    }
    m_state = State::Body;
    return true;
}

bool DirectHttpReply::readBody()
{
    if (m_bodyPos > 0 && m_bodyPos * 2 >= m_body.size()) {
        m_body.remove(0, m_bodyPos);
        m_bodyPos = 0;
    }
    if (m_framing == Framing::None)
        return false;
    const qint64 limit = readBufferSize();
    bool moved = false;
    while (m_state == State::Body && !isFinished()) {
        const qint64 buffered = m_body.size() - m_bodyPos;
        // Without a read buffer limit, one socket buffer per round until the socket is empty.
        const qint64 room = limit > 0 ? limit - buffered : kSocketBuffer;
        if (room <= 0)
            break;
        qint64 n = 0;
        if (m_framing == Framing::Chunked) {
            if (!readChunked(room, &n) && n == 0)
                break;
        } else {
            const qint64 want = m_framing == Framing::Length ? std::min(room, m_remaining) : room;
            QByteArray data = takeRaw(want);
            if (data.isEmpty())
                break;
            n = data.size();
            if (m_body.isEmpty())
                m_body = std::move(data); // no copy in the common case: the reader keeps up
            else
                m_body += data;
            if (m_framing == Framing::Length)
                m_remaining -= n;
        }
        m_received += n;
        moved = moved || n > 0;
        if (m_framing == Framing::Length && m_remaining == 0)
            break;
    }
    return moved;
}

// Decodes chunked framing into m_body, at most room bytes; false when it cannot go on for now.
bool DirectHttpReply::readChunked(qint64 room, qint64 *moved)
{
    *moved = 0;
    while (m_state == State::Body) {
        QByteArray line;
        switch (m_chunkState) {
        case ChunkState::Size: {
            if (!takeLine(&line, kMaxChunkLine))
                return false;
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray digits = (semicolon >= 0 ? line.left(semicolon) : line).trimmed();
            bool ok = false;
            const qint64 size = digits.toLongLong(&ok, 16);
            if (!ok || size < 0 || digits.size() > 15) {
                fail(ProtocolFailure, tr("%1 sent a malformed chunk size (\"%2\")")
                                          .arg(url().host(), QString::fromLatin1(shortened(line))));
                return false;
            }
            m_remaining = size;
            m_chunkState = size == 0 ? ChunkState::Trailers : ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            if (*moved >= room)
                return true;
            QByteArray data = takeRaw(std::min(room - *moved, m_remaining));
            if (data.isEmpty())
                return false;
            *moved += data.size();
            m_remaining -= data.size();
            if (m_body.isEmpty())
                m_body = std::move(data);
            else
                m_body += data;
            if (m_remaining == 0)
                m_chunkState = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd:
            if (!takeLine(&line, kMaxChunkLine))
                return false;
            if (!line.isEmpty()) {
                fail(ProtocolFailure, tr("%1 sent a chunk longer than its announced size").arg(url().host()));
                return false;
            }
            m_chunkState = ChunkState::Size;
            break;
        case ChunkState::Trailers:
            if (!takeLine(&line, kMaxHeaderBytes))
                return false;
            if (line.isEmpty())
                m_state = State::Done; // the body is complete
            break;
        }
    }
    return true;
}

void DirectHttpReply::finishOk()
{
    if (isFinished())
        return;
    m_state = State::Done;
    if (m_socket)
        m_socket->abort(); // Connection: close; the body is complete
    const QPointer<DirectHttpReply> guard(this);
    const int status = attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    setFinished(true);
    if (status >= 400) {
        const NetworkError code = networkErrorForStatus(status);
        setError(code, tr("Error transferring %1 - server replied: %2")
                           .arg(url().toDisplayString(), attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        Q_EMIT errorOccurred(code);
        if (!guard)
            return;
    }
    Q_EMIT readChannelFinished();
    if (!guard)
        return;
    Q_EMIT finished();
}

void DirectHttpReply::fail(QNetworkReply::NetworkError code, const QString &message)
{
    if (isFinished())
        return;
    qCDebug(lcDownload) << "direct GET" << url().toDisplayString() << "failed:" << message;
    m_state = State::Done;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    const QPointer<DirectHttpReply> guard(this);
    setError(code, message);
    setFinished(true);
    Q_EMIT errorOccurred(code);
    if (!guard)
        return;
    Q_EMIT readChannelFinished();
    if (!guard)
        return;
    Q_EMIT finished();
}

void DirectHttpReply::abort()
{
    if (isFinished())
        return;
    m_body.clear();
    m_bodyPos = 0;
    m_raw.clear();
    fail(OperationCanceledError, tr("Operation canceled"));
}

qint64 DirectHttpReply::bytesAvailable() const
{
    return m_body.size() - m_bodyPos + QNetworkReply::bytesAvailable();
}

void DirectHttpReply::setReadBufferSize(qint64 size)
{
    QNetworkReply::setReadBufferSize(size);
    scheduleProcess(); // a larger buffer may take what the socket holds
}

void DirectHttpReply::sslConfigurationImplementation(QSslConfiguration &configuration) const
{
    if (const auto *sslSocket = qobject_cast<const QSslSocket *>(m_socket))
        configuration = sslSocket->sslConfiguration();
}

qint64 DirectHttpReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_bodyPos);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_bodyPos, size_t(n));
    m_bodyPos += n;
    if (m_bodyPos == m_body.size()) {
        m_body.clear();
        m_bodyPos = 0;
    }
    if (m_state == State::Body)
        scheduleProcess(); // room again: take what waits in the socket
    return n;
}

} // namespace HubCache
