#include "catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>

namespace HubCache {

QList<CatalogItem> Catalog::parse(const QByteArray &json, const QString &source, Error *error)
{
    if (error)
        *error = Error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    auto fail = [&](const QString &detail) {
        if (error) {
            ErrorContext c;
            c.path = source;
            c.detail = detail;
            *error = Error(ErrorCode::InvalidConfiguration,
                           tr("%1 is not a model catalog: %2. A catalog is a JSON array of objects with "
                              "\"handle\", \"title\", \"publisher\", \"description\" and \"size\".")
                               .arg(source, detail));
        }
        return QList<CatalogItem>();
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.isObject() && doc.object().value(QLatin1String("models")).isArray())
        array = doc.object().value(QLatin1String("models")).toArray();
    else
        return fail(tr("expected a list of models"));

    QList<CatalogItem> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString handle = o.value(QLatin1String("handle")).toString().trimmed();
        if (handle.isEmpty())
            return fail(tr("model %1 has no \"handle\"").arg(i + 1));
        CatalogItem item;
        item.handle = handle;
        item.title = o.value(QLatin1String("title")).toString();
        item.publisher = o.value(QLatin1String("publisher")).toString();
        item.description = o.value(QLatin1String("description")).toString();
        const QJsonValue size = o.value(QLatin1String("size"));
        item.sizeBytes = size.isDouble() ? qint64(size.toDouble()) : -1;
        item.source = QStringLiteral("catalog");
        items.append(item);
    }
    return items;
}

QList<CatalogItem> Catalog::load(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error::fromSystemError(errno ? errno : ENOENT, path);
        return {};
    }
    // A catalog is small; anything huge is not one.
    return parse(file.read(32 * 1024 * 1024), path, error);
}

QByteArray Catalog::toJson(const QList<CatalogItem> &items)
{
    QJsonArray array;
    for (const CatalogItem &item : items) {
        QJsonObject o{{QStringLiteral("handle"), item.handle}};
        if (!item.title.isEmpty())
            o.insert(QStringLiteral("title"), item.title);
        if (!item.publisher.isEmpty())
            o.insert(QStringLiteral("publisher"), item.publisher);
        if (!item.description.isEmpty())
            o.insert(QStringLiteral("description"), item.description);
        if (item.sizeBytes >= 0)
            o.insert(QStringLiteral("size"), item.sizeBytes);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace HubCache
