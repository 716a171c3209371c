#include "smokereport.h"

#include "error.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QJsonArray toArray(const QList<qint64> &shape)
{
    QJsonArray a;
    for (qint64 d : shape)
        a.append(d);
    return a;
}

QList<qint64> toShape(const QJsonValue &value)
{
    QList<qint64> shape;
    for (const QJsonValue &v : value.toArray())
        shape.append(qint64(v.toDouble()));
    return shape;
}

QJsonObject tensorJson(const SmokeReport::Tensor &t, bool input)
{
    QJsonObject o{{QStringLiteral("key"), t.key}, {QStringLiteral("dtype"), t.dtype},
                  {QStringLiteral("shape"), toArray(t.shape)}};
    if (input) {
        o.insert(QStringLiteral("declaredShape"),
                 t.declaredUnknownRank ? QJsonValue(QJsonValue::Null) : QJsonValue(toArray(t.declaredShape)));
    } else if (!t.values.isEmpty()) {
        o.insert(QStringLiteral("values"), t.values);
    }
    return o;
}

SmokeReport::Tensor tensorFromJson(const QJsonObject &o)
{
    SmokeReport::Tensor t;
    t.key = o.value(QStringLiteral("key")).toString();
    t.dtype = o.value(QStringLiteral("dtype")).toString();
    t.shape = toShape(o.value(QStringLiteral("shape")));
    const QJsonValue declared = o.value(QStringLiteral("declaredShape"));
    t.declaredUnknownRank = declared.isNull();
    t.declaredShape = toShape(declared);
    t.values = o.value(QStringLiteral("values")).toArray();
    return t;
}

QJsonValue optionalNumber(qint64 n)
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
}

qint64 numberOr(const QJsonValue &v, qint64 fallback)
{
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

QString valuesText(const QJsonArray &values)
{
    QStringList parts;
    for (const QJsonValue &v : values)
        parts.append(v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                : QString::number(v.toDouble(), 'g', 7));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

QString SmokeReport::shapeString(const QList<qint64> &shape, bool unknownRank)
{
    if (unknownRank)
        return QStringLiteral("<unknown>");
    QStringList dims;
    for (qint64 d : shape)
        dims.append(QString::number(d));
    return QLatin1Char('(') + dims.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QJsonObject SmokeReport::toJson() const
{
    QJsonArray in, out;
    for (const Tensor &t : inputs)
        in.append(tensorJson(t, true));
    for (const Tensor &t : outputs)
        out.append(tensorJson(t, false));
    QJsonObject o{
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("handle"), handle},
        {QStringLiteral("resolvedPath"), resolvedPath},
        {QStringLiteral("cached"), cached},
        {QStringLiteral("resolveMs"), optionalNumber(resolveMs)},
        {QStringLiteral("tensorflowVersion"), tensorflowVersion},
        {QStringLiteral("tensorflowDir"), tensorflowDir},
        {QStringLiteral("ioPath"), ioPath},
        {QStringLiteral("pluginUri"), pluginUri},
        {QStringLiteral("bytesRead"), optionalNumber(bytesRead)},
        {QStringLiteral("filesOpened"), optionalNumber(filesOpened)},
        {QStringLiteral("source"), source},
        {QStringLiteral("sourceBytes"), optionalNumber(sourceBytes)},
        {QStringLiteral("sourceReadMs"), optionalNumber(sourceReadMs)},
        {QStringLiteral("sourceBytesPerSecond"), optionalNumber(sourceBytesPerSecond)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("signature"), signature},
        {QStringLiteral("signatures"), QJsonArray::fromStringList(signatures)},
        {QStringLiteral("loadMs"), optionalNumber(loadMs)},
        {QStringLiteral("runMs"), optionalNumber(runMs)},
        {QStringLiteral("inputs"), in},
        {QStringLiteral("outputs"), out},
    };
    if (!pluginError.isEmpty())
        o.insert(QStringLiteral("pluginError"), pluginError);
    if (error)
        o.insert(QStringLiteral("error"), error.toJson());
    return o;
}

SmokeReport SmokeReport::fromJson(const QJsonObject &o)
{
    SmokeReport r;
    r.handle = o.value(QStringLiteral("handle")).toString();
    r.resolvedPath = o.value(QStringLiteral("resolvedPath")).toString();
    r.cached = o.value(QStringLiteral("cached")).toBool();
    r.resolveMs = numberOr(o.value(QStringLiteral("resolveMs")), -1);
    r.tensorflowVersion = o.value(QStringLiteral("tensorflowVersion")).toString();
    r.tensorflowDir = o.value(QStringLiteral("tensorflowDir")).toString();
    r.ioPath = o.value(QStringLiteral("ioPath")).toString();
    r.pluginUri = o.value(QStringLiteral("pluginUri")).toString();
    r.pluginError = o.value(QStringLiteral("pluginError")).toString();
    r.bytesRead = numberOr(o.value(QStringLiteral("bytesRead")), -1);
    r.filesOpened = numberOr(o.value(QStringLiteral("filesOpened")), -1);
    r.source = o.value(QStringLiteral("source")).toString();
    r.sourceBytes = numberOr(o.value(QStringLiteral("sourceBytes")), -1);
    r.sourceReadMs = numberOr(o.value(QStringLiteral("sourceReadMs")), -1);
    r.sourceBytesPerSecond = numberOr(o.value(QStringLiteral("sourceBytesPerSecond")), -1);
    for (const QJsonValue &v : o.value(QStringLiteral("tags")).toArray())
        r.tags.append(v.toString());
    r.signature = o.value(QStringLiteral("signature")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("signatures")).toArray())
        r.signatures.append(v.toString());
    r.loadMs = numberOr(o.value(QStringLiteral("loadMs")), -1);
    r.runMs = numberOr(o.value(QStringLiteral("runMs")), -1);
    for (const QJsonValue &v : o.value(QStringLiteral("inputs")).toArray())
        r.inputs.append(tensorFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("outputs")).toArray())
        r.outputs.append(tensorFromJson(v.toObject()));
    r.error = SmokeError::fromJson(o.value(QStringLiteral("error")).toObject());
    return r;
}

QStringList SmokeReport::toText() const
{
    const QLocale locale = QLocale::c();
    QStringList lines;
    lines.append(tr("Model:       %1").arg(handle));
    if (isRemoteSource())
        lines.append(tr("Folder:      %1 (in remote storage, read in place)").arg(resolvedPath));
    else if (!resolvedPath.isEmpty())
        lines.append(tr("Folder:      %1 (%2)").arg(resolvedPath, cached ? tr("already on disk") : tr("downloaded now")));
    if (!tensorflowVersion.isEmpty())
        lines.append(tr("TensorFlow:  %1 from %2").arg(tensorflowVersion, tensorflowDir));
    if (ioPath == QLatin1String("plugin")) {
        lines.append(tr("Reads:       through hubcache's filesystem plugin (%1): %2 bytes in %3 files")
                         .arg(pluginUri, locale.toString(bytesRead), locale.toString(filesOpened)));
    } else if (ioPath == QLatin1String("local")) {
        lines.append(tr("Reads:       TensorFlow's own (plugin not used: %1): about %2 bytes")
                         .arg(pluginError, bytesRead < 0 ? tr("unknown") : locale.toString(bytesRead)));
    }
    if (isRemoteSource() && sourceBytes >= 0) {
        const QString speed = sourceBytesPerSecond < 0
            ? tr("unknown")
            : tr("%1 MB/s").arg(locale.toString(double(sourceBytesPerSecond) / 1e6, 'f', 1));
        lines.append(tr("Source:      %1 bytes read from %2 by hubcache's storage reader, %3 ms waiting, %4")
                         .arg(locale.toString(sourceBytes), source, locale.toString(sourceReadMs), speed));
    }
    if (!tags.isEmpty())
        lines.append(tr("Tags:        %1").arg(tags.join(QStringLiteral(", "))));
    if (!signature.isEmpty())
        lines.append(tr("Signature:   %1 (of %2)").arg(signature, signatures.join(QStringLiteral(", "))));
    if (loadMs >= 0)
        lines.append(tr("Load:        %1 ms").arg(loadMs));
    if (runMs >= 0)
        lines.append(tr("Run:         %1 ms").arg(runMs));
    for (const Tensor &t : inputs) {
        lines.append(tr("  input  %1: %2 %3 (declared %4)")
                         .arg(t.key, t.dtype, shapeString(t.shape), shapeString(t.declaredShape, t.declaredUnknownRank)));
    }
    for (const Tensor &t : outputs) {
        QString line = tr("  output %1: %2 %3").arg(t.key, t.dtype, shapeString(t.shape));
        if (!t.values.isEmpty())
            line += QStringLiteral(" = ") + valuesText(t.values);
        lines.append(line);
    }
    return lines;
}
