#include "cliapplication.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
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
