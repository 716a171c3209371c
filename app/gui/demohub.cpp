#include "demohub.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qint64 kLargeAssetBytes = 96 * 1024 * 1024;
const QString kLargeModel = QStringLiteral("large_assets");
const QString kBrokenModel = QStringLiteral("sign_in_page");

// One ustar header block (POSIX.1-1988): enough for the short names of the demo models.
QByteArray tarHeader(const QByteArray &name, qint64 size, bool directory)
{
    QByteArray h(512, '\0');
    auto put = [&h](int offset, int width, const QByteArray &value) {
        h.replace(offset, std::min<qsizetype>(width, value.size()), value.left(width));
    };
    auto octal = [&put](int offset, int width, qint64 value) {
        put(offset, width - 1, QByteArray::number(value, 8).rightJustified(width - 1, '0'));
    };
    put(0, 100, name);
    octal(100, 8, directory ? 0755 : 0644);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, size);
    octal(136, 12, 1700000000);
    h[156] = directory ? '5' : '0';
    put(257, 6, QByteArray("ustar", 6));
    put(263, 2, "00");
    put(148, 8, "        ");
    int sum = 0;
    for (char c : std::as_const(h))
        sum += uchar(c);
    put(148, 7, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0');
    return h;
}

QByteArray padding(qint64 size)
{
    return QByteArray(int((512 - size % 512) % 512), '\0');
}

// Deterministic bytes that do not compress, for the large demo asset.
QByteArray noise(qint64 offset, qint64 length)
{
    QByteArray out(length, Qt::Uninitialized);
    for (qint64 i = 0; i < length; ++i) {
        quint32 x = quint32(offset + i) * 2654435761u;
        x ^= x >> 15;
        out[i] = char(x);
    }
    return out;
}

} // namespace

DemoHub::DemoHub(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DemoHub::onNewConnection);
}

DemoHub::~DemoHub() = default;

bool DemoHub::start(quint16 preferredPort)
{
    if (m_server.isListening())
        return true;
    if (preferredPort && m_server.listen(QHostAddress::LocalHost, preferredPort))
        return true;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 DemoHub::port() const
{
    return m_server.serverPort();
}

QString DemoHub::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/demo").arg(port());
}

QStringList DemoHub::modelNames()
{
    return QDir(QStringLiteral(":/demo/models")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QList<HubCache::CatalogItem> DemoHub::catalog() const
{
    struct Text {
        const char *title;
        const char *description;
    };
    const QHash<QString, Text> texts{
        {QStringLiteral("half_plus_two"), {QT_TRANSLATE_NOOP("DemoHub", "Half plus two"),
                                           QT_TRANSLATE_NOOP("DemoHub", "y = 0.5·x + 2 on a float vector; two variables.")}},
        {QStringLiteral("text_length"), {QT_TRANSLATE_NOOP("DemoHub", "Text length"),
                                         QT_TRANSLATE_NOOP("DemoHub", "Length of each string of a batch; a string input.")}},
        {QStringLiteral("two_signatures"), {QT_TRANSLATE_NOOP("DemoHub", "Two signatures"),
                                            QT_TRANSLATE_NOOP("DemoHub", "Scores and an embedding from the same features.")}},
        {QStringLiteral("no_variables"), {QT_TRANSLATE_NOOP("DemoHub", "No variables"),
                                          QT_TRANSLATE_NOOP("DemoHub", "Transposes a 2×2 matrix; a graph without variables.")}},
    };
    QList<HubCache::CatalogItem> items;
    for (const QString &name : modelNames()) {
        HubCache::CatalogItem item;
        item.handle = baseUrl() + QLatin1Char('/') + name + QStringLiteral("/1");
        const Text t = texts.value(name, {nullptr, nullptr});
        item.title = t.title ? QCoreApplication::translate("DemoHub", t.title) : name;
        item.description = t.description ? QCoreApplication::translate("DemoHub", t.description) : QString();
        item.publisher = QStringLiteral("hubcache demo");
        item.sizeBytes = archiveFor(name, 0).size();
        item.source = QStringLiteral("demo");
        items.append(item);
    }
    HubCache::CatalogItem large;
    large.handle = baseUrl() + QLatin1Char('/') + kLargeModel + QStringLiteral("/1");
    large.title = QCoreApplication::translate("DemoHub", "Large assets (slow)");
    large.description = QCoreApplication::translate("DemoHub", "Half plus two with a 96 MB asset, served slowly: watch the "
                                                               "progress, try Cancel.");
    large.publisher = QStringLiteral("hubcache demo");
    large.sizeBytes = archiveFor(QStringLiteral("half_plus_two"), 0).size() + kLargeAssetBytes + 1024;
    large.source = QStringLiteral("demo");
    items.append(large);
    HubCache::CatalogItem broken;
    broken.handle = baseUrl() + QLatin1Char('/') + kBrokenModel + QStringLiteral("/1");
    broken.title = QCoreApplication::translate("DemoHub", "Sign-in page (fails)");
    broken.description = QCoreApplication::translate("DemoHub", "Answers with an HTML page instead of a model, as a "
                                                                "captive portal or proxy would.");
    broken.publisher = QStringLiteral("hubcache demo");
    broken.source = QStringLiteral("demo");
    items.append(broken);
    return items;
}

QByteArray DemoHub::archiveFor(const QString &model, qint64 extraBytes)
{
    const QString root = QStringLiteral(":/demo/models/") + model;
    QByteArray tar = tarHeader("./", 0, true);
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const QByteArray name = "./" + QDir(root).relativeFilePath(path).toUtf8();
        if (QFileInfo(path).isDir()) {
            tar += tarHeader(name + '/', 0, true);
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        tar += tarHeader(name, data.size(), false) + data + padding(data.size());
    }
    if (extraBytes > 0)
        tar += tarHeader("./assets/", 0, true) + tarHeader("./assets/weights.bin", extraBytes, false);
    return tar;
}

void DemoHub::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void DemoHub::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    if (request.size() > 64 * 1024) {
        socket->abort();
        return;
    }
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return;
    socket->setProperty("answered", true);
    ++m_requests;
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    answer(socket, question < 0 ? target : target.left(question), question < 0 ? QByteArray() : target.mid(question + 1));
}

void DemoHub::send(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body)
{
    const QByteArray reason = status == 200 ? "OK" : status == 303 ? "See Other" : status == 404 ? "Not Found" : "Error";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
                  + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void DemoHub::answerKaggle(QTcpSocket *socket, const QList<QByteArray> &parts, const QByteArray &query)
{
    // "", "demo", "api", "v1", "models", "list": the listing, as Kaggle's public API shapes it.
    if (parts.size() != 6 || parts[4] != "models" || parts[5] != "list") {
        send(socket, 404, "application/json", R"({"code": 404, "message": "Not found"})");
        return;
    }
    QString search;
    QByteArray token;
    for (const QByteArray &item : query.split('&')) {
        if (item.startsWith("search="))
            search = QUrl::fromPercentEncoding(item.mid(7).replace('+', ' ')).trimmed();
        else if (item.startsWith("pageToken="))
            token = item.mid(10);
    }
    QJsonArray models;
    for (const QString &name : modelNames()) {
        QString slug = name;
        slug.replace(QLatin1Char('_'), QLatin1Char('-'));
        QString title = slug;
        title.replace(QLatin1Char('-'), QLatin1Char(' '));
        title[0] = title[0].toUpper();
        if (!search.isEmpty() && !slug.contains(search, Qt::CaseInsensitive) && !title.contains(search, Qt::CaseInsensitive))
            continue;
        const QJsonObject instance{
            {QStringLiteral("slug"), QStringLiteral("default")},
            {QStringLiteral("framework"), QStringLiteral("tensorFlow2")},
            {QStringLiteral("versionNumber"), 1},
            {QStringLiteral("totalUncompressedBytes"), QString::number(archiveFor(name, 0).size())},
        };
        models.append(QJsonObject{
            {QStringLiteral("ref"), QString(QStringLiteral("hubcache-demo/") + slug)},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("title"), title},
            {QStringLiteral("subtitle"), QCoreApplication::translate("DemoHub", "A demo model, listed as Kaggle lists its models.")},
            {QStringLiteral("author"), QStringLiteral("hubcache demo")},
            {QStringLiteral("instances"), QJsonArray{instance}},
        });
    }
    // Two pages: the first two models, then the rest.
    constexpr int kFirstPage = 2;
    QJsonArray page;
    const qsizetype from = token == "demo-page-2" ? kFirstPage : 0;
    const qsizetype to = from == 0 ? std::min<qsizetype>(kFirstPage, models.size()) : models.size();
    for (qsizetype i = from; i < to; ++i)
        page.append(models[i]);
    QJsonObject answer{{QStringLiteral("models"), page}, {QStringLiteral("totalResults"), int(models.size())}};
    if (to < models.size())
        answer.insert(QStringLiteral("nextPageToken"), QStringLiteral("demo-page-2"));
    send(socket, 200, "application/json", QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

void DemoHub::answer(QTcpSocket *socket, const QByteArray &path, const QByteArray &query)
{
    QList<QByteArray> parts = path.split('/'); // "", "demo", name, "1"
    if (parts.size() >= 4 && parts[1] == "demo" && parts[2] == "api" && parts[3] == "v1") {
        answerKaggle(socket, parts, query);
        return;
    }
    // A Kaggle variation of a demo model: "", "demo", "models", "hubcache-demo", slug, framework, "default", "1".
    if (parts.size() == 8 && parts[1] == "demo" && parts[2] == "models" && parts[3] == "hubcache-demo"
        && parts[6] == "default" && parts[7] == "1") {
        parts = {QByteArray(), QByteArray("demo"), parts[4].replace('-', '_'), QByteArray("1")};
    }
    if (parts.size() != 4 || parts[1] != "demo" || parts[3] != "1") {
        send(socket, 404, "text/plain", "no such model\n");
        return;
    }
    const QString name = QString::fromUtf8(parts[2]);
    if (name == kBrokenModel) {
        send(socket, 200, "text/html; charset=utf-8",
             "<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Please sign in to continue"
             "</h1></body></html>\n");
        return;
    }
    if (name != kLargeModel && !modelNames().contains(name)) {
        send(socket, 404, "text/plain", "no such model\n");
        return;
    }
    if (query.split('&').contains("tf-hub-format=uncompressed")) {
        // TF Hub's answer for the UNCOMPRESSED load format; a made-up bucket, see the class comment.
        send(socket, 303, "text/plain; charset=utf-8",
             "gs://hubcache-demo-uncompressed/demo/" + parts[2] + "/1/uncompressed");
        return;
    }
    if (name == kLargeModel) {
        streamLarge(socket);
        return;
    }
    send(socket, 200, "application/x-tar", archiveFor(name, 0) + QByteArray(1024, '\0'));
}

void DemoHub::streamLarge(QTcpSocket *socket)
{
    const QByteArray head = archiveFor(QStringLiteral("half_plus_two"), kLargeAssetBytes);
    const QByteArray tail = padding(kLargeAssetBytes) + QByteArray(1024, '\0');
    const qint64 total = head.size() + kLargeAssetBytes + tail.size();
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nContent-Length: " + QByteArray::number(total)
                  + "\r\nConnection: close\r\n\r\n" + head);
    // Paced in 10 slices a second, so a user (or a test) can watch progress and cancel.
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qint64>(0);
    QPointer<QTcpSocket> guard(socket);
    connect(timer, &QTimer::timeout, socket, [this, guard, timer, sent, tail] {
        if (!guard)
            return;
        if (guard->bytesToWrite() > 4 * 1024 * 1024)
            return;
        const qint64 slice = std::min<qint64>(std::max<qint64>(m_rate / 10, 1), kLargeAssetBytes - *sent);
        guard->write(noise(*sent, slice));
        *sent += slice;
        if (*sent >= kLargeAssetBytes) {
            timer->stop();
            guard->write(tail);
            guard->disconnectFromHost();
        }
    });
    timer->start(100);
}
