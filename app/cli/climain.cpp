#include "climain.h"

#include "cliapplication.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

extern "C" Q_DECL_EXPORT int hubcache_cli_main(int *argc, char **argv)
{
    qInstallMessageHandler(TerminalText::writeLogMessage);
    QCoreApplication app(*argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubcache"));
    QCoreApplication::setOrganizationName(QStringLiteral("hubcache"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBCACHE_VERSION_STRING));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("hubcache"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    CliApplication cli(QCoreApplication::arguments());
    return cli.run();
}
