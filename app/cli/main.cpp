#include "cliapplication.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

// Log lines name handles, archive members and paths too: they reach the terminal escaped, in
// the format Qt's own handler uses (QT_MESSAGE_PATTERN still applies).
void writeLogMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    TerminalText::writeLine(stderr, qFormatLogMessage(type, context, message));
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(writeLogMessage);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubcache"));
    QCoreApplication::setOrganizationName(QStringLiteral("hubcache"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBCACHE_VERSION_STRING));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("hubcache"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    CliApplication cli(QCoreApplication::arguments());
    return cli.run();
}
