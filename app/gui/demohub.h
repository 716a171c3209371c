#pragma once

#include "catalog.h"

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// The built-in demo model host: a loopback HTTP server inside the app that serves the small real
// SavedModels embedded from resources/demo as TF Hub-style archives, so a new user on an offline
// machine can browse, prefetch, inspect and delete for real. It also serves one large model
// (streamed slowly, to watch progress and cancel) and one that fails (an HTML page). Asked with
// ?tf-hub-format=uncompressed it answers as TF Hub does, 303 with a gs:// location in the body; the
// bucket is made up (the demo has no remote storage), so the location is only shown, never read.
// Under /demo/api/v1 it answers the Kaggle Models listing (models/list, two pages, searchable) with
// its own models as Kaggle variations, downloadable from /demo/models/hubcache-demo/….
class DemoHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoHub)

public:
    explicit DemoHub(QObject *parent = nullptr);
    ~DemoHub() override;

    // Listens on 127.0.0.1, preferring a fixed port so handles (and cache keys) stay the same
    // from one run to the next.
    [[nodiscard]] bool start(quint16 preferredPort = 47632);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] QList<HubCache::CatalogItem> catalog() const;
    [[nodiscard]] int requestCount() const { return m_requests; }
    // Bytes per second for the large model (tests make it slower or faster).
    void setLargeModelRate(qint64 bytesPerSecond) { m_rate = bytesPerSecond; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &path, const QByteArray &query);
    void send(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body);
    void streamLarge(QTcpSocket *socket);
    void answerKaggle(QTcpSocket *socket, const QList<QByteArray> &parts, const QByteArray &query);
    [[nodiscard]] static QStringList modelNames();
    [[nodiscard]] static QByteArray archiveFor(const QString &model, qint64 extraBytes);

    QTcpServer m_server;
    int m_requests = 0;
    qint64 m_rate = 8 * 1024 * 1024;
};
