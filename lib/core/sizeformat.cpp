#include "sizeformat.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace HubCache {

QString formatSize(qint64 bytes)
{
    const QLocale locale;
    const double magnitude = std::abs(double(bytes));
    if (magnitude < 1000)
        return locale.toString(bytes) + QStringLiteral(" B");
    static constexpr std::array<const char16_t *, 6> units{u"kB", u"MB", u"GB", u"TB", u"PB", u"EB"};
    double value = double(bytes) / 1000.0;
    size_t unit = 0;
    // Choose the unit after rounding: 999,960 bytes is "1.0 MB", not "1000.0 kB".
    while (unit + 1 < units.size() && std::round(std::abs(value) * 10.0) >= 10000.0) {
        value /= 1000.0;
        ++unit;
    }
    return locale.toString(value, 'f', 1) + QLatin1Char(' ') + QString::fromUtf16(units[unit]);
}

} // namespace HubCache
