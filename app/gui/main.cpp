#include "logcollector.h"
#include "mainwindow.h"
#include "uitranslators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hubcache"));
    QApplication::setOrganizationName(QStringLiteral("hubcache"));
    // Qt appends this to every window title: the titles themselves do not repeat it.
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
    const UiTranslators translators(locale);
    if (!translators.qtLoaded() && locale.language() != QLocale::English)
        qWarning("Qt's own translations (qtbase_%s.qm) are not in %s: standard buttons stay in English. "
                 "Install them (Debian: qt6-translations-l10n).",
                 qPrintable(locale.name()), qPrintable(UiTranslators::qtTranslationsPath()));

    MainWindow::Options options;
    options.demo = parser.isSet(demo);
    options.log = &log;
    options.quitOnSignals = true;
    MainWindow window(options);
    window.show();
    return app.exec();
}
