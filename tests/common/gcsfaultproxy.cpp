#include "gcsfaultproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace HubCacheTest {

// One client connection and its upstream twin. Requests are parsed from the client's stream (head
// and Content-Length body) so that each can get its own fault; answers are relayed as bytes.
class GcsFaultProxy::Connection final : public QObject
{
public:
    Connection(GcsFaultProxy *proxy, QTcpSocket *client, quint16 upstreamPort)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        m_upstream = new QTcpSocket(this);
        connect(client, &QTcpSocket::readyRead, this, &Connection::onClientData);
        connect(client, &QTcpSocket::disconnected, this, &Connection::close);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Connection::onUpstreamData);
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            if (m_client)
                m_client->disconnectFromHost();
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
        // Throttled answers go out in small slices, ten a second.
        m_trickle.setInterval(100);
        connect(&m_trickle, &QTimer::timeout, this, &Connection::trickle);
    }

private:
    void onClientData()
    {
        m_input += m_client->readAll();
        while (!m_input.isEmpty()) {
            if (m_bodyLeft > 0) {
                const qint64 n = qMin<qint64>(m_bodyLeft, m_input.size());
                if (!m_swallow)
                    m_upstream->write(m_input.left(n));
                m_input.remove(0, n);
                m_bodyLeft -= n;
                continue;
            }
            const qsizetype end = m_input.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_input.left(end + 4);
            m_input.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            Request request;
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            m_bodyLeft = 0;
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    m_bodyLeft = value.toLongLong();
                else if (name == "range")
                    request.range = value;
                else if (name == "authorization")
                    request.authorization = value;
            }
            m_proxy->m_requests.append(request);
            const Rule rule = m_proxy->takeRule(request.target);
            m_swallow = rule.fault == Fault::Fail || rule.fault == Fault::Stall;
            if (rule.fault == Fault::Fail) {
                answerWith(rule.status);
                return;
            }
            m_replaceStatus = rule.fault == Fault::ReplaceAnswer ? rule.status : 0;
            if (rule.fault == Fault::Stall)
                continue;
            m_cutAfter = rule.fault == Fault::Cut ? rule.afterBytes : -1;
            m_bytesPerSecond = rule.fault == Fault::Throttle ? rule.afterBytes : 0;
            m_relayed = 0;
            m_upstream->write(head);
        }
    }

    void onUpstreamData()
    {
        if (m_bytesPerSecond > 0) {
            // Leave the answer in the upstream socket; trickle() takes it slice by slice.
            if (!m_trickle.isActive())
                m_trickle.start();
            return;
        }
        QByteArray data = m_upstream->readAll();
        if (!m_client)
            return;
        if (m_replaceStatus != 0) {
            answerWith(m_replaceStatus);
            m_upstream->abort();
            return;
        }
        if (m_cutAfter >= 0 && m_relayed + data.size() >= m_cutAfter) {
            m_client->write(data.left(m_cutAfter - m_relayed));
            m_client->flush();
            m_upstream->abort();
            m_client->disconnectFromHost();
            return;
        }
        m_relayed += data.size();
        m_client->write(data);
    }

    void answerWith(int status)
    {
        const QByteArray body = "injected failure\n";
        m_client->write("HTTP/1.1 " + QByteArray::number(status) + " Injected\r\nContent-Type: text/plain\r\n"
                        "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        m_client->disconnectFromHost();
    }

    void trickle()
    {
        if (!m_client || m_upstream->bytesAvailable() == 0) {
            m_trickle.stop();
            return;
        }
        m_client->write(m_upstream->read(qMax<qint64>(1, m_bytesPerSecond / 10)));
    }

    void close()
    {
        m_upstream->abort();
        deleteLater();
    }

    GcsFaultProxy *m_proxy;
    QPointer<QTcpSocket> m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_input;
    qint64 m_bodyLeft = 0;
    bool m_swallow = false;
    qint64 m_cutAfter = -1;
    qint64 m_relayed = 0;
    qint64 m_bytesPerSecond = 0;
    int m_replaceStatus = 0;
    QTimer m_trickle;
};

GcsFaultProxy::GcsFaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &GcsFaultProxy::onNewConnection);
}

GcsFaultProxy::~GcsFaultProxy() = default;

bool GcsFaultProxy::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl GcsFaultProxy::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void GcsFaultProxy::failNext(int count, int status, const QByteArray &match)
{
    m_rules.append({Fault::Fail, count, status, 0, match});
}

void GcsFaultProxy::replaceAnswerNext(int count, int status, const QByteArray &match)
{
    m_rules.append({Fault::ReplaceAnswer, count, status, 0, match});
}

void GcsFaultProxy::cutNext(int count, qint64 afterBytes, const QByteArray &match)
{
    m_rules.append({Fault::Cut, count, 0, afterBytes, match});
}

void GcsFaultProxy::throttleNext(int count, qint64 bytesPerSecond, const QByteArray &match)
{
    m_rules.append({Fault::Throttle, count, 0, bytesPerSecond, match});
}

void GcsFaultProxy::stallNext(int count, const QByteArray &match)
{
    m_rules.append({Fault::Stall, count, 0, 0, match});
}

int GcsFaultProxy::requestCount(const QByteArray &match) const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.target.contains(match) ? 1 : 0;
    return n;
}

GcsFaultProxy::Rule GcsFaultProxy::takeRule(const QByteArray &target)
{
    for (Rule &rule : m_rules) {
        if (rule.remaining > 0 && target.contains(rule.match)) {
            --rule.remaining;
            return rule;
        }
    }
    return {};
}

void GcsFaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new Connection(this, socket, m_upstreamPort);
}

} // namespace HubCacheTest
