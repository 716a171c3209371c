#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace HubCache {

// One model a user can pick from a list: what the desktop app's Browse page shows.
struct HUBCACHE_EXPORT CatalogItem {
    QString handle;
    QString title;
    QString publisher;
    QString description;
    qint64 sizeBytes = -1; // as announced by the catalog; -1 when unknown
    QString source;        // where the row came from ("catalog", "bookmark", "recent", "demo")

    friend bool operator==(const CatalogItem &, const CatalogItem &) = default;
};

// Catalog files: JSON, either an array of models or {"models": [...]}, each with "handle" and
// optionally "title", "publisher", "description", "size" (bytes).
class HUBCACHE_EXPORT Catalog final
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::Catalog)

public:
    [[nodiscard]] static QList<CatalogItem> parse(const QByteArray &json, const QString &source, Error *error);
    [[nodiscard]] static QList<CatalogItem> load(const QString &path, Error *error);
    [[nodiscard]] static QByteArray toJson(const QList<CatalogItem> &items);
};

} // namespace HubCache

Q_DECLARE_METATYPE(HubCache::CatalogItem)
