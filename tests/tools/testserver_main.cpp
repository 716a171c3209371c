// hubcache-testserver: serves a folder on 127.0.0.1 for shell/Python interop tests and benchmarks.
//
//   hubcache-testserver --root DIR [--port-file FILE] [--log FILE]
//                       [--redirect FROM=TO]... [--uncompressed FROM=GSPATH]...
//
// The port file appears (atomically) once the server listens, so a script can wait for it.

#include "testhttpserver.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using HubCacheTest::TestHttpServer;

namespace {

// The signal handler may only write(2); the event loop picks the byte up and quits cleanly.
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

bool splitMapping(const QString &value, QString *from, QString *to)
{
    const qsizetype eq = value.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == value.size() - 1)
        return false;
    *from = value.left(eq);
    *to = value.mid(eq + 1);
    return from->startsWith(QLatin1Char('/'));
}

void fail(const QString &message)
{
    std::fprintf(stderr, "hubcache-testserver: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubcache-testserver"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves a folder over HTTP on 127.0.0.1 for hubcache's tests and benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption rootOption(QStringLiteral("root"),
                                        QStringLiteral("Folder to serve."), QStringLiteral("DIR"));
    const QCommandLineOption portFileOption(
        QStringLiteral("port-file"),
        QStringLiteral("Write the listening port here (atomically) once ready."),
        QStringLiteral("FILE"));
    const QCommandLineOption logOption(QStringLiteral("log"),
                                       QStringLiteral("Append one line per request: METHOD TARGET."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption redirectOption(
        QStringLiteral("redirect"),
        QStringLiteral("Answer path FROM with 302 to TO (URL or path). Repeatable."),
        QStringLiteral("FROM=TO"));
    const QCommandLineOption uncompressedOption(
        QStringLiteral("uncompressed"),
        QStringLiteral("Answer path FROM with 303 and the text body GSPATH (TF Hub's uncompressed "
                       "protocol). Repeatable."),
        QStringLiteral("FROM=GSPATH"));
    parser.addOptions({rootOption, portFileOption, logOption, redirectOption, uncompressedOption});
    parser.process(app);

    if (!parser.isSet(rootOption) || !QFileInfo(parser.value(rootOption)).isDir()) {
        fail(QStringLiteral("--root must name an existing folder"));
        return 2;
    }

    TestHttpServer server;
    server.serveDirectory(parser.value(rootOption));

    const QStringList redirects = parser.values(redirectOption);
    for (const QString &value : redirects) {
        QString from;
        QString to;
        if (!splitMapping(value, &from, &to)) {
            fail(QStringLiteral("--redirect expects /PATH=TARGET, got \"%1\"").arg(value));
            return 2;
        }
        TestHttpServer::Route route;
        route.redirectTo = to;
        server.setRoute(from, route);
    }
    const QStringList uncompressed = parser.values(uncompressedOption);
    for (const QString &value : uncompressed) {
        QString from;
        QString gsPath;
        if (!splitMapping(value, &from, &gsPath)) {
            fail(QStringLiteral("--uncompressed expects /PATH=gs://..., got \"%1\"").arg(value));
            return 2;
        }
        TestHttpServer::Route route;
        route.status = 303;
        route.body = gsPath.toUtf8();
        route.contentType = "text/plain; charset=utf-8";
        server.setRoute(from, route);
    }

    QFile log;
    if (parser.isSet(logOption)) {
        log.setFileName(parser.value(logOption));
        if (!log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            fail(QStringLiteral("cannot open log %1: %2").arg(log.fileName(), log.errorString()));
            return 1;
        }
        // Direct: the line is written in the (single) server thread before the answer goes out,
        // so a script that has its response can already read the log line.
        QObject::connect(
            &server, &TestHttpServer::requestReceived, &server,
            [&log](const TestHttpServer::RecordedRequest &request) {
                log.write(request.method + ' ' + request.target + '\n');
            },
            Qt::DirectConnection);
    }

    if (!installSignalHandlers()) {
        fail(QStringLiteral("cannot install signal handlers"));
        return 1;
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t ignored = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });

    if (!server.start()) {
        fail(QStringLiteral("cannot listen on 127.0.0.1"));
        return 1;
    }

    const QString portFile = parser.value(portFileOption);
    if (!portFile.isEmpty()) {
        // QSaveFile writes a temporary file and renames it over portFile: a reader never sees a
        // partial number.
        QSaveFile file(portFile);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QByteArray::number(server.port()) + '\n') < 0 || !file.commit()) {
            fail(QStringLiteral("cannot write %1: %2").arg(portFile, file.errorString()));
            return 1;
        }
    }
    std::fprintf(stderr, "hubcache-testserver: serving %s on http://127.0.0.1:%u/\n",
                 qPrintable(parser.value(rootOption)), unsigned(server.port()));

    const int rc = QCoreApplication::exec();
    server.stop();
    if (!portFile.isEmpty())
        QFile::remove(portFile);
    return rc;
}
