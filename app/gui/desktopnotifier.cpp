#include "desktopnotifier.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

#if HUBCACHE_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#endif

namespace {

#if HUBCACHE_HAVE_DBUS
constexpr int kNotifyTimeoutMs = 5000; // a notification server that hangs does not hold anything up
#endif

} // namespace

DesktopNotifier::DesktopNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window ? window->windowIcon() : QIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_menu = new QMenu(window);
        m_menu->addAction(tr("&Show hubcache"), this, &DesktopNotifier::showRequested);
        m_cancelAll = m_menu->addAction(tr("&Cancel All Downloads"), this, &DesktopNotifier::cancelAllRequested);
        m_menu->addSeparator();
        m_menu->addAction(tr("&Quit"), this, &DesktopNotifier::quitRequested);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::showRequested);
    }
}

DesktopNotifier::~DesktopNotifier()
{
    // The taskbar entry must not keep showing a bar after the app is gone.
    if (m_launcherShown) {
        m_downloads = 0;
        m_percent = -1;
        sendLauncherEntry();
    }
    delete m_menu;
}

bool DesktopNotifier::trayAvailable() const
{
    return m_tray != nullptr;
}

QString DesktopNotifier::trayToolTip() const
{
    if (m_downloads <= 0)
        return tr("hubcache: no downloads running");
    return tr("hubcache: %n download(s), %1 %", nullptr, m_downloads).arg(std::max(m_percent, 0));
}

void DesktopNotifier::setProgress(int downloads, int percent)
{
    if (downloads == m_downloads && percent == m_percent)
        return;
    m_downloads = downloads;
    m_percent = downloads > 0 ? percent : -1;
    updateTray();
    sendLauncherEntry();
}

void DesktopNotifier::setWindowHidden(bool hidden)
{
    m_windowHidden = hidden;
    updateTray();
}

void DesktopNotifier::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(trayToolTip());
    m_cancelAll->setEnabled(m_downloads > 0);
    m_tray->setVisible(m_downloads > 0 || m_windowHidden);
}

void DesktopNotifier::downloadEnded(const QString &title, const QString &text, bool failed)
{
    // The window in front says it already.
    if (m_window && m_window->isVisible() && m_window->isActiveWindow())
        return;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, text, failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return;
    }
    sendNotification(title, text, failed);
}

void DesktopNotifier::sendLauncherEntry()
{
#if HUBCACHE_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    const bool running = m_downloads > 0;
    if (!running && !m_launcherShown)
        return;
    QVariantMap properties;
    properties.insert(QStringLiteral("progress"), running ? std::clamp(m_percent, 0, 100) / 100.0 : 0.0);
    properties.insert(QStringLiteral("progress-visible"), running);
    properties.insert(QStringLiteral("count"), qint64(m_downloads));
    properties.insert(QStringLiteral("count-visible"), running);
    QDBusMessage message = QDBusMessage::createSignal(QStringLiteral("/com/canonical/unity/launcherentry/hubcache"),
                                                      QStringLiteral("com.canonical.Unity.LauncherEntry"),
                                                      QStringLiteral("Update"));
    message << QString::fromLatin1(kAppUri) << properties;
    if (bus.send(message))
        m_launcherShown = running;
#endif
}

void DesktopNotifier::sendNotification(const QString &title, const QString &text, bool failed)
{
#if HUBCACHE_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                                       QStringLiteral("/org/freedesktop/Notifications"),
                                                       QStringLiteral("org.freedesktop.Notifications"),
                                                       QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("hubcache"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(failed ? 2 : 1)));
    call << QStringLiteral("hubcache") << quint32(0) << QStringLiteral("hubcache") << title << text << QStringList()
         << hints << qint32(-1);
    // Asynchronous and bounded: no notification server, or a slow one, costs nothing.
    bus.asyncCall(call, kNotifyTimeoutMs);
#else
    Q_UNUSED(title);
    Q_UNUSED(text);
    Q_UNUSED(failed);
#endif
}
