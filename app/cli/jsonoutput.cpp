#include "jsonoutput.h"

#include <QJsonArray>

namespace JsonOutput {

using namespace HubCache;

namespace {

QJsonArray tensors(const QList<TensorSpec> &specs)
{
    QJsonArray array;
    for (const TensorSpec &t : specs) {
        QJsonArray shape;
        for (qint64 d : t.shape)
            shape.append(d);
        array.append(QJsonObject{
            {QStringLiteral("key"), t.key},
            {QStringLiteral("name"), t.tensorName},
            {QStringLiteral("dtype"), t.dtypeName()},
            {QStringLiteral("shape"), t.unknownRank ? QJsonValue() : QJsonValue(shape)},
        });
    }
    return array;
}

} // namespace

QJsonObject entry(const CacheEntry &e)
{
    QJsonObject o{
        {QStringLiteral("key"), e.key},
        {QStringLiteral("handle"), e.handle},
        {QStringLiteral("path"), e.path},
        {QStringLiteral("state"), CacheEntry::stateName(e.state)},
        {QStringLiteral("size"), e.sizeBytes},
        {QStringLiteral("files"), e.fileCount},
    };
    if (!e.reason.isEmpty())
        o.insert(QStringLiteral("reason"), e.reason);
    if (e.downloadTime.isValid())
        o.insert(QStringLiteral("downloadTime"), e.downloadTime.toString(Qt::ISODateWithMs));
    // The newest access time of the entry's files (UTC); left out where it is not known.
    if (e.lastUsed.isValid())
        o.insert(QStringLiteral("lastUsed"), e.lastUsed.toUTC().toString(Qt::ISODateWithMs));
    if (!e.downloaderHost.isEmpty())
        o.insert(QStringLiteral("downloaderHost"), e.downloaderHost);
    if (e.downloaderPid > 0)
        o.insert(QStringLiteral("downloaderPid"), e.downloaderPid);
    return o;
}

QJsonObject descriptor(const Descriptor &d)
{
    return QJsonObject{
        {QStringLiteral("module"), d.handle},
        {QStringLiteral("downloadTime"), d.downloadTime.toString(Qt::ISODateWithMs)},
        {QStringLiteral("downloaderHostname"), d.hostname},
        {QStringLiteral("downloaderPid"), d.pid},
    };
}

QJsonObject signature(const SignatureInfo &s)
{
    return QJsonObject{
        {QStringLiteral("key"), s.key},
        {QStringLiteral("method"), s.methodName},
        {QStringLiteral("inputs"), tensors(s.inputs)},
        {QStringLiteral("outputs"), tensors(s.outputs)},
    };
}

QJsonObject savedModel(const SavedModelInfo &info)
{
    QJsonArray metaGraphs;
    for (const MetaGraphInfo &m : info.metaGraphs) {
        QJsonArray signatures;
        for (const SignatureInfo &s : m.signatures) {
            // What can be called, as the text output, the desktop app and tensorflow_hub's
            // model.signatures list them: TensorFlow's internal __saved_model_init_op is no signature.
            if (!s.key.startsWith(QLatin1String("__")))
                signatures.append(signature(s));
        }
        metaGraphs.append(QJsonObject{
            {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)},
            {QStringLiteral("tensorflowVersion"), m.tensorflowVersion},
            {QStringLiteral("signatures"), signatures},
        });
    }
    return QJsonObject{
        {QStringLiteral("file"), info.fileName},
        {QStringLiteral("hubModuleV1"), info.isHubModuleV1},
        {QStringLiteral("metaGraphs"), metaGraphs},
    };
}

} // namespace JsonOutput
