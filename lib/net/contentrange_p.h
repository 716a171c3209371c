#pragma once

#include <QByteArray>

namespace HubCache {

// "bytes START-END/TOTAL" -> START and TOTAL; false for anything else. Used where a ranged answer
// is checked: a resumed download and each part of a parallel one.
inline bool parseContentRange(const QByteArray &value, qint64 *start, qint64 *total)
{
    const QByteArray v = value.trimmed();
    if (!v.startsWith("bytes "))
        return false;
    const qsizetype dash = v.indexOf('-');
    const qsizetype slash = v.indexOf('/');
    if (dash < 0 || slash < dash)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *start = v.mid(6, dash - 6).trimmed().toLongLong(&ok1);
    *total = v.mid(slash + 1).trimmed().toLongLong(&ok2);
    return ok1 && ok2;
}

} // namespace HubCache
