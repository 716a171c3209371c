#pragma once

#include "hubcache_export.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>

class QNetworkAccessManager;
class QTcpSocket;

namespace HubCache {

// A GET over its own HTTP/1.1 connection (one request, Connection: close) that skips every interim
// answer (1xx but 101) before the final one, for servers that send 103 Early Hints: Qt 6.4's
// QNetworkAccessManager takes those for the final answer and loses the real one. It behaves like a
// QNetworkAccessManager reply for what DownloadJob uses: headers and attributes, a bounded read
// buffer (the socket is not read while it is full), Content-Length, chunked and read-until-close
// bodies, TLS with the request's configuration, and the proxy the manager's factory names.
class HUBCACHE_EXPORT DirectHttpReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectHttpReply)

public:
    // The largest header block accepted (each interim answer's, and the final one's).
    static constexpr qsizetype kMaxHeaderBytes = 256 * 1024;
    // The most interim answers skipped before the final one.
    static constexpr int kMaxInterimAnswers = 16;

    // Starts the request from the event loop; the proxy is what nam's proxy factory gives for the
    // URL (nam may be null: no proxy).
    DirectHttpReply(const QNetworkRequest &request, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~DirectHttpReply() override;

    void abort() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    void setReadBufferSize(qint64 size) override;
    // How many interim answers were skipped.
    [[nodiscard]] int interimAnswers() const { return m_interimAnswers; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    // The connection's TLS state (peer certificate, cipher) once it is encrypted.
    void sslConfigurationImplementation(QSslConfiguration &configuration) const override;

private:
    enum class State {
        Idle,
        Connecting,
        StatusLine,
        Body,
        Done,
    };
    enum class Framing {
        None,
        Length,
        Chunked,
        UntilClose,
    };
    enum class ChunkState {
        Size,
        Data,
        DataEnd,
        Trailers,
    };

    void startRequest();
    void onConnected();
    void onSocketError();
    void scheduleProcess();
    void process();
    // False when the header block is incomplete (or an error finished the reply).
    bool parseHeaderBlock();
    [[nodiscard]] bool applyFinalHeaders(int status, const QByteArray &reason,
                                         const QList<QPair<QByteArray, QByteArray>> &headers);
    // Moves body bytes into m_body while there is room; true if any moved.
    bool readBody();
    bool readChunked(qint64 room, qint64 *moved);
    // Bytes already taken from the socket first, then the socket's, at most max.
    QByteArray takeRaw(qint64 max);
    // One line (without CR LF) from the raw input; false while incomplete.
    bool takeLine(QByteArray *line, qsizetype limit);
    [[nodiscard]] bool atEndOfInput() const;
    void finishOk();
    void fail(QNetworkReply::NetworkError code, const QString &message);
    [[nodiscard]] QByteArray requestHead() const;

    QPointer<QNetworkAccessManager> m_nam;
    QTcpSocket *m_socket = nullptr;
    QNetworkProxy m_proxy;
    bool m_absoluteForm = false; // an http URL through an HTTP proxy: "GET http://host/path"
    State m_state = State::Idle;
    Framing m_framing = Framing::None;
    ChunkState m_chunkState = ChunkState::Size;
    QByteArray m_raw;   // bytes read from the socket, not yet parsed
    QByteArray m_body;  // decoded body bytes for readData(), from m_bodyPos on
    qsizetype m_bodyPos = 0;
    qint64 m_remaining = 0;  // of the Content-Length body, or of the current chunk
    qint64 m_received = 0;   // decoded body bytes so far
    qint64 m_total = -1;
    int m_interimAnswers = 0;
    bool m_processQueued = false;
    QStringList m_sslErrors;
};

} // namespace HubCache
