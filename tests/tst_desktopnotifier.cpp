// The app's messages to the desktop, on a private session bus (tests/keychain/keyring-session.sh):
// the taskbar entry's progress (Unity LauncherEntry) and notifications through a small
// org.freedesktop.Notifications service this test registers on that bus.
#include "desktopnotifier.h"
#include "demohub.h"
#include "downloadspage.h"
#include "mainwindow.h"
#include "prompter.h"
#include "uitranslators.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace {

class SilentPrompter final : public Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override { return true; }
    void inform(QWidget *, const QString &, const QString &) override { }
};

} // namespace

// Records the LauncherEntry Update signals sent on the bus.
class LauncherListener final : public QObject
{
    Q_OBJECT
public:
    struct Update
    {
        QString uri;
        QVariantMap properties;
    };
    QList<Update> updates;

Q_SIGNALS:
    void received();

public Q_SLOTS:
    void onUpdate(const QString &uri, const QVariantMap &properties)
    {
        updates.append({uri, properties});
        Q_EMIT received();
    }
};

// A notification server that remembers what it was asked to show.
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString app;
        QString summary;
        QString body;
    };
    QList<Shown> shown;

Q_SIGNALS:
    void notified();

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &, int)
    {
        shown.append({app, summary, body});
        Q_EMIT notified();
        return uint(shown.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

    // The test's own connection: what it receives went over the bus, not inside this connection.
    QDBusConnection m_bus{QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("test-desktop"))};
    LauncherListener m_launcher;
    FakeNotifications m_notifications;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_bus.isConnected() && QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run this test through ctest (tests/keychain/keyring-session.sh noservice)");
        QVERIFY(m_bus.connect(QString(), QString(), QStringLiteral("com.canonical.Unity.LauncherEntry"),
                              QStringLiteral("Update"), &m_launcher, SLOT(onUpdate(QString,QVariantMap))));
        QVERIFY(m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_notifications,
                                     QDBusConnection::ExportAllSlots));
        QVERIFY(m_bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QCoreApplication::setOrganizationName(QStringLiteral("hubcache-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktopnotifier"));
    }

    void init()
    {
        m_launcher.updates.clear();
        m_notifications.shown.clear();
    }

    // The taskbar entry shows the downloads' progress and count, and nothing once they end.
    void taskbarEntryFollowsTheDownloads()
    {
        const UiTranslators translators{QLocale(QLocale::English)}; // as the app starts: English plural forms
        QWidget window;
        DesktopNotifier notifier(&window);
        QSignalSpy received(&m_launcher, &LauncherListener::received);
        notifier.setProgress(2, 45);
        QVERIFY(received.wait(5000));
        const LauncherListener::Update running = m_launcher.updates.last();
        QCOMPARE(running.uri, QString::fromLatin1(DesktopNotifier::kAppUri));
        QCOMPARE(running.properties.value(QStringLiteral("progress")).toDouble(), 0.45);
        QCOMPARE(running.properties.value(QStringLiteral("progress-visible")).toBool(), true);
        QCOMPARE(running.properties.value(QStringLiteral("count")).toLongLong(), 2);
        QCOMPARE(notifier.trayToolTip(), u"hubcache: 2 downloads, 45 %"_qs);
        notifier.setProgress(0, -1);
        QVERIFY(received.wait(5000));
        QCOMPARE(m_launcher.updates.last().properties.value(QStringLiteral("progress-visible")).toBool(), false);
        QCOMPARE(m_launcher.updates.last().properties.value(QStringLiteral("count-visible")).toBool(), false);
    }

    // A download that ends while the window is in the background is told through the desktop's
    // notification server; the window in front says it itself.
    void endedDownloadIsNotifiedInTheBackground()
    {
        QWidget window;
        DesktopNotifier notifier(&window);
        QSignalSpy notified(&m_notifications, &FakeNotifications::notified);
        notifier.downloadEnded(u"Download Finished"_qs, u"Half plus two is ready in the cache."_qs, false);
        QVERIFY(notified.wait(5000));
        QCOMPARE(m_notifications.shown.last().app, u"hubcache"_qs);
        QCOMPARE(m_notifications.shown.last().summary, u"Download Finished"_qs);
        QCOMPARE(m_notifications.shown.last().body, u"Half plus two is ready in the cache."_qs);

        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        notifier.downloadEnded(u"Download Finished"_qs, u"Seen in the window"_qs, false);
        notifier.downloadEnded(u"Download Failed"_qs, u"Also seen"_qs, true);
        window.hide();
        notifier.downloadEnded(u"Download Failed"_qs, u"Told"_qs, true);
        QVERIFY(notified.wait(5000));
        QCOMPARE(m_notifications.shown.size(), 2);
        QCOMPARE(m_notifications.shown.last().body, u"Told"_qs);
    }

    // The app's window in the background: a download on the demo hub shows on the taskbar entry
    // while it runs and is notified when it ends.
    void appReportsItsDownloads()
    {
        QTemporaryDir cache;
        QTemporaryDir home;
        qputenv("TFHUB_CACHE_DIR", cache.path().toLocal8Bit());
        QSettings().clear();
        SilentPrompter prompter;
        MainWindow::Options options;
        options.demo = true;
        options.home = home.path();
        options.prompter = &prompter;
        MainWindow window(options); // never shown: in the background
        const QString handle = window.demoHub()->baseUrl() + u"/half_plus_two/1"_qs;
        QSignalSpy notified(&m_notifications, &FakeNotifications::notified);
        window.prefetch({handle});
        QTRY_VERIFY_WITH_TIMEOUT(!m_notifications.shown.isEmpty(), 30000);
        QVERIFY2(m_notifications.shown.last().body.contains(u"is ready in the cache"_qs),
                 qPrintable(m_notifications.shown.last().body));
        QCOMPARE(window.downloadsPage()->outcome(handle), DownloadsPage::Outcome::Downloaded);
        QTRY_VERIFY(!m_launcher.updates.isEmpty()
                    && !m_launcher.updates.last().properties.value(QStringLiteral("progress-visible")).toBool());
        bool shownRunning = false;
        for (const auto &u : std::as_const(m_launcher.updates))
            shownRunning = shownRunning
                || (u.properties.value(QStringLiteral("progress-visible")).toBool()
                    && u.properties.value(QStringLiteral("count")).toLongLong() == 1);
        QVERIFY2(shownRunning, "the taskbar entry never showed the running download");
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
