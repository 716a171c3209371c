// Renders each screen of the desktop app with the demo hub into PNG files, for looking at the
// GUI (and its translations) without clicking through it:
// `hubcache-gui-screenshots [--scale N] [--dark] OUTDIR [LANG]`. The window is 1280×800 logical
// pixels (2560×1600 PNGs at --scale 2); --dark renders with the Fusion style and a dark palette.
// Runs on any platform plugin; under Xvfb it uses real fonts. Uses a throw-away cache and settings.
#include "browsepage.h"
#include "cachepage.h"
#include "demohub.h"
#include "downloadqueue.h"
#include "downloadspage.h"
#include "handle.h"
#include "entrydetailsdialog.h"
#include "mainwindow.h"
#include "modelcache.h"
#include "profileeditor.h"
#include "resumedata.h"
#include "prompter.h"
#include "settingsdialog.h"
#include "smoketestdialog.h"
#include "uitranslators.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

class YesPrompter final : public Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override { return true; }
    void inform(QWidget *, const QString &, const QString &) override {}
};

void save(QWidget *w, const QString &dir, const QString &name)
{
    QTest::qWait(200);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// A dark palette as desktops ship it: light text on dark grey, a blue highlight.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    // Options first: the scale factor must be set before QApplication exists.
    QStringList positional;
    bool dark = false;
    QByteArray scale;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--dark")
            dark = true;
        else if (arg == "--scale" && i + 1 < argc)
            scale = argv[++i];
        else if (arg.startsWith("--scale="))
            scale = arg.mid(8);
        else
            positional.append(QString::fromLocal8Bit(arg));
    }
    if (!scale.isEmpty())
        qputenv("QT_SCALE_FACTOR", scale);
    QApplication app(argc, argv);
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("hubcache-screenshots"));
    if (positional.isEmpty()) {
        std::fprintf(stderr, "usage: %s [--scale N] [--dark] OUTDIR [LANG]\n", argv[0]);
        return 2;
    }
    const QString out = positional.at(0);
    QDir().mkpath(out);
    const QLocale locale(positional.size() > 1 ? positional.at(1) : QStringLiteral("en"));
    QLocale::setDefault(locale);
    const UiTranslators translators(locale);
    if (!translators.qtLoaded() && locale.language() != QLocale::English)
        std::fprintf(stderr, "Qt's translations for %s are not in %s: install qt6-translations-l10n\n",
                     qPrintable(locale.name()), qPrintable(UiTranslators::qtTranslationsPath()));

    QTemporaryDir cache, home;
    qputenv("TFHUB_CACHE_DIR", cache.path().toLocal8Bit());
    QSettings().clear();
    YesPrompter prompter;
    MainWindow::Options options;
    options.demo = true;
    options.home = home.path();
    options.prompter = &prompter;
    options.hubcacheBinary = QCoreApplication::applicationDirPath() + QStringLiteral("/hubcache");
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    save(&window, out, QStringLiteral("1-browse"));

    const QList<HubCache::CatalogItem> items = window.demoHub()->catalog();
    QStringList handles;
    for (const auto &item : items) {
        if (!item.handle.contains(QLatin1String("large")))
            handles.append(item.handle);
    }
    window.demoHub()->setLargeModelRate(3 * 1024 * 1024);
    window.prefetch(handles);
    QTest::qWait(1500);
    window.prefetch({window.demoHub()->baseUrl() + QStringLiteral("/large_assets/1")});
    QTest::qWait(2500);
    window.tabs()->setCurrentWidget(window.downloadsPage());
    save(&window, out, QStringLiteral("2-downloads"));

    // A Python-style leftover, to show the other states.
    QDir().mkpath(cache.path() + QStringLiteral("/0123456789abcdef0123456789abcdef01234567.fedcba9876543210fedcba9876543210.tmp/variables"));
    {
        QSignalSpy refreshed(&window, &MainWindow::cacheRefreshed);
        window.refreshCache();
        refreshed.wait(10000);
    }
    window.tabs()->setCurrentWidget(window.cachePage());
    save(&window, out, QStringLiteral("3-cache"));
    window.tabs()->setCurrentWidget(window.browsePage());
    save(&window, out, QStringLiteral("4-browse-cached"));

    HubCache::ModelCache modelCache(cache.path());
    for (const auto &e : modelCache.entries()) {
        if (e.handle.contains(QLatin1String("two_signatures"))) {
            EntryDetailsDialog details(e, &window);
            details.resize(760, 520);
            details.show();
            (void)QTest::qWaitForWindowExposed(&details);
            save(&details, out, QStringLiteral("5-details"));
        }
    }
    if (SmokeTestDialog *smoke = window.smokeTest(window.demoHub()->baseUrl() + QStringLiteral("/half_plus_two/1"))) {
        QSignalSpy done(smoke, &SmokeTestDialog::finished);
        done.wait(120000);
        save(smoke, out, QStringLiteral("7-smoke"));
        smoke->close();
    }
    SettingsDialog::Values values;
    values.loadFormat = QStringLiteral("AUTO");

    // Kaggle Models, answered by the demo hub's recorded listing.
    window.tabs()->setCurrentWidget(window.browsePage());
    if (auto *source = window.browsePage()->findChild<QComboBox *>(QStringLiteral("sourceFilter")))
        source->setCurrentIndex(source->findData(QStringLiteral("kaggle")));
    if (auto *search = window.browsePage()->findChild<QLineEdit *>(QStringLiteral("searchField")))
        search->setText(QStringLiteral("half"));
    if (auto *button = window.browsePage()->findChild<QPushButton *>(QStringLiteral("kaggleSearchButton")))
        button->click();
    QTest::qWait(1500);
    save(&window, out, QStringLiteral("8-kaggle"));

    {
        SettingsDialog settings(values, home.path(), &window);
        settings.show();
        (void)QTest::qWaitForWindowExposed(&settings);
        save(&settings, out, QStringLiteral("6-settings"));
        settings.showCredentials();
        QTest::qWait(500); // the keychain's list arrives asynchronously
        save(&settings, out, QStringLiteral("9-credentials"));
        if (auto *pages = settings.findChild<QTabWidget *>())
            pages->setCurrentIndex(0);
        // After Write to Profile: the longer status must not squeeze the paragraph above it.
        settings.writeProfileButton()->click();
        save(&settings, out, QStringLiteral("6b-settings-written"));
        (void)HubCache::ProfileEditor::remove(home.path());
    }

    // The app's own folder setting without TFHUB_CACHE_DIR: the Cache page says where Python caches.
    qunsetenv("TFHUB_CACHE_DIR");
    values.cacheDir = cache.path();
    window.applySettings(values);
    window.tabs()->setCurrentWidget(window.cachePage());
    save(&window, out, QStringLiteral("3b-cache-python"));
    qputenv("TFHUB_CACHE_DIR", cache.path().toLocal8Bit());

    // The first start without the demo hub, and a search that finds nothing.
    {
        QTemporaryDir emptyCache;
        qputenv("TFHUB_CACHE_DIR", emptyCache.path().toLocal8Bit());
        QSettings().clear();
        MainWindow::Options plain;
        plain.home = home.path();
        plain.prompter = &prompter;
        MainWindow first(plain);
        first.resize(1280, 800);
        first.show();
        (void)QTest::qWaitForWindowExposed(&first);
        save(&first, out, QStringLiteral("0-browse-empty"));
        window.browsePage()->searchField()->setText(QStringLiteral("zebra"));
        window.tabs()->setCurrentWidget(window.browsePage());
        save(&window, out, QStringLiteral("4b-browse-no-match"));
        window.browsePage()->searchField()->clear();
        qputenv("TFHUB_CACHE_DIR", cache.path().toLocal8Bit());
    }
    window.queue()->cancelAll();
    QTest::qWait(200);
    // Everything has ended: the summary says what happened to each, the failed row's error below.
    window.tabs()->setCurrentWidget(window.downloadsPage());
    if (QTreeWidgetItem *failed = window.downloadsPage()->itemFor(window.demoHub()->baseUrl() + QStringLiteral("/sign_in_page/1")))
        window.downloadsPage()->tree()->setCurrentItem(failed);
    save(&window, out, QStringLiteral("8-downloads-finished"));
    // A paused download as a scan finds it: the record a killed download of 540 MB leaves.
    {
        const QString handle = window.demoHub()->baseUrl() + QStringLiteral("/large_assets/1");
        const QString folder = HubCache::ResumeData::folderFor(cache.path() + QLatin1Char('/') + HubCache::Handle::cacheKeyFor(handle));
        HubCache::ResumeData record = HubCache::ResumeData::fresh(folder, QUrl(handle), "\"v1\"", "\"v1\"", QByteArray(), 540'000'000);
        record.setHandle(handle);
        QString why;
        if (record.create(&why)) {
            for (int block = 0; block < 29; ++block)
                record.setBlock(block, 0);
            (void)record.save();
        }
        QSignalSpy refreshed(&window, &MainWindow::cacheRefreshed);
        window.refreshCache();
        (void)refreshed.wait(10000);
        window.downloadsPage()->tree()->setCurrentItem(window.downloadsPage()->itemFor(handle));
    }
    save(&window, out, QStringLiteral("8b-downloads-paused"));
    return 0;
}
