#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace HubCacheTest {

// A loopback HTTP/1.1 forwarder in front of a real server (the GCS emulator) that injects faults
// into chosen requests: an error status instead of the answer, an answer cut after some bytes, or
// no answer at all. Runs in the thread that creates it: the test must keep its event loop running
// (QSignalSpy::wait, QTRY_*, Job::exec do).
class GcsFaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsFaultProxy)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray range;         // the Range header
        QByteArray authorization; // the Authorization header
    };

    GcsFaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~GcsFaultProxy() override;

    [[nodiscard]] bool start();
    [[nodiscard]] QUrl endpoint() const;

    // The next count requests whose target contains match are answered with status by the proxy.
    void failNext(int count, int status, const QByteArray &match = {});
    // The next count matching requests reach the server, but their answers are replaced by status
    // (a write that took effect, its answer lost).
    void replaceAnswerNext(int count, int status, const QByteArray &match = {});
    // The answers to the next count matching requests are cut after afterBytes bytes (head included).
    void cutNext(int count, qint64 afterBytes, const QByteArray &match = {});
    // The next count matching requests are swallowed: no answer ever comes.
    void stallNext(int count, const QByteArray &match = {});
    // The answers to the next count matching requests trickle at about bytesPerSecond.
    void throttleNext(int count, qint64 bytesPerSecond, const QByteArray &match = {});

    [[nodiscard]] QList<Request> requests() const { return m_requests; }
    [[nodiscard]] int requestCount(const QByteArray &match) const;
    void clearRequests() { m_requests.clear(); }

private:
    enum class Fault {
        None,
        Fail,
        ReplaceAnswer,
        Cut,
        Stall,
        Throttle,
    };
    struct Rule
    {
        Fault fault = Fault::None;
        int remaining = 0;
        int status = 0;
        qint64 afterBytes = 0; // Cut: bytes; Throttle: bytes per second
        QByteArray match;
    };
    class Connection;

    void onNewConnection();
    Rule takeRule(const QByteArray &target);

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    QList<Rule> m_rules;
    QList<Request> m_requests;
};

} // namespace HubCacheTest
