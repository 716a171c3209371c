#pragma once

#include "hubcache_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace HubCache {

// What the JSON API says about one object generation.
struct HUBCACHE_EXPORT GcsObjectInfo {
    QString bucket;
    QString name;
    qint64 size = -1;
    qint64 generation = 0;
    qint64 metageneration = 0;
    QString md5Hash;  // base64, as the API gives it (absent for composite objects)
    QString crc32c;   // base64 of the big-endian CRC32C
    QString contentType;
    QDateTime updated;

    [[nodiscard]] bool isValid() const { return !name.isEmpty() && generation != 0; }
    [[nodiscard]] static GcsObjectInfo fromJson(const QJsonObject &object);
};

} // namespace HubCache
