#include "logcollector.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hubcache"));
    QApplication::setOrganizationName(QStringLiteral("hubcache"));
    QApplication::setApplicationDisplayName(QStringLiteral("hubcache"));
    QApplication::setApplicationVersion(QStringLiteral(HUBCACHE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("hubcache"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hubcache.svg")));

    // The diagnostics view shows what the library does.
    LogCollector log;
    log.install();
    QLoggingCategory::setFilterRules(QStringLiteral("hubcache.*.info=true"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Browse, prefetch, inspect and delete TensorFlow Hub models in the tensorflow_hub cache."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start the built-in offline demo model host."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("main", "Language (en, ko, es, ja); default: the setting, "
                                                                          "then the system's."),
                                      QStringLiteral("CODE"));
    parser.addOptions({demo, language});
    parser.process(app);

    AppSettings settings;
    QString lang = parser.value(language);
    if (lang.isEmpty())
        lang = settings.language();
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("hubcache"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    MainWindow::Options options;
    options.demo = parser.isSet(demo);
    options.log = &log;
    options.quitOnSignals = true;
    MainWindow window(options);
    window.show();
    return app.exec();
}
