#include "gcsobjectinfo.h"

#include <QVariant>

namespace HubCache {

GcsObjectInfo GcsObjectInfo::fromJson(const QJsonObject &o)
{
    // The API sends 64-bit numbers as strings.
    const auto number = [&o](QStringView key) {
        bool ok = false;
        const qint64 v = o.value(key).toVariant().toString().toLongLong(&ok);
        return ok ? v : qint64(-1);
    };
    GcsObjectInfo info;
    info.bucket = o.value(u"bucket").toString();
    info.name = o.value(u"name").toString();
    info.size = number(u"size");
    info.generation = qMax<qint64>(0, number(u"generation"));
    info.metageneration = qMax<qint64>(0, number(u"metageneration"));
    info.md5Hash = o.value(u"md5Hash").toString();
    info.crc32c = o.value(u"crc32c").toString();
    info.contentType = o.value(u"contentType").toString();
    info.updated = QDateTime::fromString(o.value(u"updated").toString(), Qt::ISODateWithMs);
    return info;
}

} // namespace HubCache
