#include "kagglecatalogpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

namespace HubCache {

namespace {

// Slugs become path segments of a handle (and of its cache key): nothing but what Kaggle itself uses.
bool isSlug(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"));
    return re.match(text).hasMatch() && !text.contains(QLatin1String(".."));
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

QString wrongType(const QString &field, const QString &expected, const QJsonValue &v)
{
    return KaggleCatalogPage::tr("\"%1\" should be %2 but is %3").arg(field, expected, typeName(v));
}

// An optional string field: absent or null give def.
bool stringField(const QJsonObject &o, const QString &where, const char *name, QString *out, QString *problem)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *problem = wrongType(where + QLatin1Char('.') + QLatin1String(name), KaggleCatalogPage::tr("a string"), v);
        return false;
    }
    *out = v.toString();
    return true;
}

// Protocol-buffer JSON writes 64-bit integers as strings, 32-bit ones as numbers: accept both.
bool integerField(const QJsonObject &o, const QString &where, const char *name, qint64 *out, QString *problem)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return true;
    bool ok = false;
    qint64 n = -1;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = d >= 0 && d <= 9.0e15 && d == double(qint64(d));
        n = qint64(d);
    } else if (v.isString()) {
        n = v.toString().toLongLong(&ok);
        ok = ok && n >= 0;
    }
    if (!ok) {
        *problem = wrongType(where + QLatin1Char('.') + QLatin1String(name),
                             KaggleCatalogPage::tr("a non-negative whole number"), v);
        return false;
    }
    *out = n;
    return true;
}

} // namespace

QString KaggleCatalogPage::tensorFlowFramework(const QString &framework)
{
    QString key = framework.toLower();
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1String("modelframework"));
    if (key == QLatin1String("tensorflow2"))
        return QStringLiteral("tensorFlow2");
    if (key == QLatin1String("tensorflow1"))
        return QStringLiteral("tensorFlow1");
    return {};
}

QString KaggleCatalogPage::handleFor(const QUrl &webBase, const QString &owner, const QString &model,
                                     const QString &framework, const QString &variation, int version)
{
    QString base = webBase.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/models/") + owner + QLatin1Char('/') + model + QLatin1Char('/') + framework
        + QLatin1Char('/') + variation + QLatin1Char('/') + QString::number(version);
}

KaggleModel KaggleCatalogPage::parseModel(const QJsonObject &o, const QString &where, const QUrl &webBase,
                                          QString *problem)
{
    KaggleModel m;
    QString ref;
    if (!stringField(o, where, "ref", &ref, problem) || !stringField(o, where, "slug", &m.slug, problem)
        || !stringField(o, where, "title", &m.title, problem) || !stringField(o, where, "subtitle", &m.subtitle, problem)
        || !stringField(o, where, "author", &m.publisher, problem))
        return {};
    // "ref" is owner/model (the kaggle CLI prints it as the model's name).
    const QStringList parts = ref.split(QLatin1Char('/'));
    if (parts.size() != 2 || !isSlug(parts[0]) || !isSlug(parts[1])) {
        *problem = tr("\"%1.ref\" should be owner/model but is '%2'").arg(where, ref.left(200));
        return {};
    }
    m.owner = parts[0];
    if (m.slug.isEmpty())
        m.slug = parts[1];
    if (m.slug != parts[1]) {
        *problem = tr("\"%1.slug\" ('%2') does not match its ref '%3'").arg(where, m.slug.left(200), ref);
        return {};
    }
    if (m.publisher.isEmpty())
        m.publisher = m.owner;
    if (m.title.isEmpty())
        m.title = m.slug;

    const QJsonValue instances = o.value(QLatin1String("instances"));
    if (instances.isUndefined() || instances.isNull()) {
        m.instancesMissing = true;
        return m;
    }
    if (!instances.isArray()) {
        *problem = wrongType(where + QStringLiteral(".instances"), tr("an array"), instances);
        return {};
    }
    const QJsonArray list = instances.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1.instances[%2]").arg(where).arg(i);
        if (!list[i].isObject()) {
            *problem = wrongType(at, tr("an object"), list[i]);
            return {};
        }
        const QJsonObject inst = list[i].toObject();
        QString framework;
        QString slug;
        qint64 version = 0;
        qint64 size = -1;
        if (!stringField(inst, at, "framework", &framework, problem) || !stringField(inst, at, "slug", &slug, problem)
            || !integerField(inst, at, "versionNumber", &version, problem)
            || !integerField(inst, at, "totalUncompressedBytes", &size, problem))
            return {};
        const QString tf = tensorFlowFramework(framework);
        if (tf.isEmpty())
            continue; // not a SavedModel: nothing tensorflow_hub can load
        if (!isSlug(slug)) {
            *problem = tr("\"%1.slug\" should be a variation name but is '%2'").arg(at, slug.left(200));
            return {};
        }
        if (version < 1 || version > 1'000'000) {
            *problem = tr("\"%1.versionNumber\" should be a version from 1 but is %2").arg(at).arg(version);
            return {};
        }
        KaggleVariation v;
        v.framework = tf;
        v.slug = slug;
        v.version = int(version);
        // The API writes 0 when it does not know the size.
        v.sizeBytes = size > 0 ? size : -1;
        v.handle = handleFor(webBase, m.owner, m.slug, tf, slug, v.version);
        m.variations.append(v);
    }
    return m;
}

KaggleCatalogPage KaggleCatalogPage::parse(const QByteArray &json, const QUrl &webBase, const QUrl &url, Error *error)
{
    auto fail = [&](const QString &detail) {
        ErrorContext c;
        c.url = url;
        c.detail = detail;
        if (error)
            *error = Error(ErrorCode::UnexpectedResponse,
                           tr("Unexpected answer from Kaggle Models (%1): %2. Kaggle may have changed its API; "
                              "the listing cannot be shown.")
                               .arg(url.toDisplayString(), detail));
        return KaggleCatalogPage();
    };
    if (json.size() > kMaxBody)
        return fail(tr("the answer is larger than %1 MB").arg(kMaxBody / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("the answer should be a JSON object"));
    const QJsonObject root = doc.object();

    KaggleCatalogPage page;
    QString problem;
    if (!stringField(root, QString(), "nextPageToken", &page.nextPageToken, &problem))
        return fail(problem.replace(QLatin1String("\".nextPageToken"), QLatin1String("\"nextPageToken")));
    qint64 total = -1;
    if (!integerField(root, QString(), "totalResults", &total, &problem))
        return fail(problem.replace(QLatin1String("\".totalResults"), QLatin1String("\"totalResults")));
    page.totalResults = total;
    const QJsonValue models = root.value(QLatin1String("models"));
    if (!models.isUndefined() && !models.isNull()) {
        if (!models.isArray())
            return fail(wrongType(QStringLiteral("models"), tr("an array"), models));
        const QJsonArray list = models.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("models[%1]").arg(i);
            if (!list[i].isObject())
                return fail(wrongType(at, tr("an object"), list[i]));
            const KaggleModel m = parseModel(list[i].toObject(), at, webBase, &problem);
            if (!problem.isEmpty())
                return fail(problem);
            page.models.append(m);
        }
    }
    if (error)
        *error = Error();
    return page;
}

QList<CatalogItem> KaggleCatalogPage::itemsFor(const KaggleModel &model)
{
    QList<CatalogItem> items;
    for (const KaggleVariation &v : model.variations) {
        CatalogItem item;
        item.handle = v.handle;
        item.title = model.variations.size() > 1 ? tr("%1 · %2").arg(model.title, v.slug) : model.title;
        item.publisher = model.publisher;
        item.description = model.subtitle.isEmpty()
            ? tr("%1/%2, %3 variation %4, version %5").arg(model.owner, model.slug, v.framework, v.slug).arg(v.version)
            : tr("%1 (%2/%3, %4 variation %5, version %6)")
                  .arg(model.subtitle, model.owner, model.slug, v.framework, v.slug)
                  .arg(v.version);
        item.sizeBytes = v.sizeBytes;
        item.source = QStringLiteral("kaggle");
        items.append(item);
    }
    return items;
}

QList<CatalogItem> KaggleCatalogPage::items() const
{
    QList<CatalogItem> all;
    for (const KaggleModel &m : models)
        all += itemsFor(m);
    return all;
}

} // namespace HubCache
