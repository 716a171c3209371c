#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

// Tells the desktop about the app's downloads while its window is hidden or in the background: a
// tray icon with their progress (when the desktop has a tray), a notification when one ends, and
// progress on the taskbar entry through the Unity LauncherEntry D-Bus signal that KDE Plasma and
// the GNOME docks follow. Without D-Bus only the tray is used.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    // The desktop file the taskbar entry belongs to (resources/hubcache.desktop).
    static constexpr const char *kAppUri = "application://hubcache.desktop";

    explicit DesktopNotifier(QWidget *window);
    ~DesktopNotifier() override;

    // Downloads queued or running and their total progress in percent (-1: nothing runs).
    void setProgress(int downloads, int percent);
    // One download ended: said while the window is hidden or not the active one.
    void downloadEnded(const QString &title, const QString &text, bool failed);
    // Whether the window can hide into the tray and downloads go on there.
    [[nodiscard]] bool trayAvailable() const;
    // The window went into the tray (or came back): the icon stays while it is hidden.
    void setWindowHidden(bool hidden);
    [[nodiscard]] QSystemTrayIcon *trayIcon() const { return m_tray; }
    [[nodiscard]] QString trayToolTip() const;

Q_SIGNALS:
    void showRequested();
    void cancelAllRequested();
    void quitRequested();

private:
    void updateTray();
    void sendLauncherEntry();
    void sendNotification(const QString &title, const QString &text, bool failed);

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_cancelAll = nullptr;
    int m_downloads = 0;
    int m_percent = -1;
    bool m_windowHidden = false;
    bool m_launcherShown = false; // whether the taskbar entry shows our progress
};
