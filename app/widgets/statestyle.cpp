#include "statestyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

StateStyle::Kind StateStyle::forEntry(HubCache::EntryState state)
{
    switch (state) {
    case HubCache::EntryState::Complete:
        return Kind::Cached;
    case HubCache::EntryState::Downloading:
        return Kind::Downloading;
    case HubCache::EntryState::Broken:
        return Kind::Broken;
    case HubCache::EntryState::OrphanedTemp:
    case HubCache::EntryState::StaleLock:
        return Kind::Leftover;
    }
    return Kind::Broken;
}

QIcon StateStyle::icon(Kind kind)
{
    const char *theme = nullptr;
    QStyle::StandardPixmap fallback = QStyle::SP_FileIcon;
    switch (kind) {
    case Kind::Cached:
        theme = "emblem-default";
        fallback = QStyle::SP_DialogApplyButton;
        break;
    case Kind::NotCached:
        theme = "folder-download";
        fallback = QStyle::SP_ArrowDown;
        break;
    case Kind::Downloading:
        theme = "emblem-synchronizing";
        fallback = QStyle::SP_BrowserReload;
        break;
    case Kind::Broken:
        theme = "dialog-error";
        fallback = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Leftover:
        theme = "dialog-warning";
        fallback = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Remote:
        theme = "network-server";
        fallback = QStyle::SP_DriveNetIcon;
        break;
    }
    const QIcon themed = QIcon::fromTheme(QString::fromLatin1(theme));
    if (!themed.isNull())
        return themed;
    return QApplication::style()->standardIcon(fallback);
}

QColor StateStyle::fillColor(Kind kind)
{
    switch (kind) {
    case Kind::Cached:
        return QColor(0x3d, 0x9a, 0x50); // green
    case Kind::NotCached:
        return QColor(0x80, 0x80, 0x80); // grey
    case Kind::Downloading:
        return QColor(0x3d, 0x7e, 0xc6); // blue
    case Kind::Broken:
        return QColor(0xd9, 0x45, 0x3f); // red
    case Kind::Leftover:
        return QColor(0xe8, 0x9a, 0x2e); // orange
    case Kind::Remote:
        return QColor(0x8a, 0x5c, 0xc6); // violet
    }
    return QColor(0x80, 0x80, 0x80);
}

QColor StateStyle::textColor(Kind kind, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor base = palette.color(background);
    const QColor hue = fillColor(kind);
    // Toward black on a light base, toward white on a dark one, in small steps until it reads.
    const QColor target = luminance(base) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 0; step <= 10; ++step) {
        const QColor c = mix(hue, target, step / 10.0);
        if (contrastRatio(c, base) >= kReadableContrast)
            return c;
    }
    return palette.color(QPalette::Text);
}

void StateStyle::colorText(QWidget *widget, std::optional<Kind> kind)
{
    if (!kind) {
        widget->setPalette(QPalette()); // nothing resolved: everything inherited again
        return;
    }
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette();
    const QColor color = textColor(*kind, palette, QPalette::Window);
    palette = QPalette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

QColor StateStyle::textOn(const QColor &fill)
{
    return contrastRatio(fill, Qt::black) >= contrastRatio(fill, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

double StateStyle::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
