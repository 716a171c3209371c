#pragma once

#include "cacheentry.h"
#include "hubcachewidgets_export.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

#include <optional>

class QWidget;

// The icon and colour that stand for a model's state wherever the app shows it (the Browse list,
// the usage chart and its legend), so that one state looks the same on every page. Colours are
// derived from the palette: they keep a readable contrast on light and dark backgrounds alike.
class HUBCACHEWIDGETS_EXPORT StateStyle final
{
public:
    enum class Kind {
        Cached,
        NotCached,
        Downloading,
        Broken,
        Leftover, // an orphaned temp folder or a stale lock
        Remote,   // read from remote storage in the UNCOMPRESSED load format
    };

    // The kind that stands for an entry of the cache folder.
    [[nodiscard]] static Kind forEntry(HubCache::EntryState state);
    // A theme icon when the desktop has one, else the style's standard icon: never empty.
    [[nodiscard]] static QIcon icon(Kind kind);
    // The state's hue, made light or dark enough to read as text on the palette's base colour
    // (or another background role: Window for labels).
    [[nodiscard]] static QColor textColor(Kind kind, const QPalette &palette,
                                          QPalette::ColorRole background = QPalette::Base);
    // Shows a label's text in a state's colour (Broken for an error, Cached for a success) on the
    // window background; no kind gives the palette's own text colour back.
    static void colorText(QWidget *widget, std::optional<Kind> kind);
    // The state's fill in charts (the same hue at full strength).
    [[nodiscard]] static QColor fillColor(Kind kind);
    // The colour of text drawn on a fill: black or white, whichever reads better.
    [[nodiscard]] static QColor textOn(const QColor &fill);
    // WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white).
    [[nodiscard]] static double contrastRatio(const QColor &a, const QColor &b);
    // WCAG's recommended contrast for normal text.
    static constexpr double kReadableContrast = 4.5;
};
