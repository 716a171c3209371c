#include "smokeplan.h"

#include "savedmodelreader.h"
#include "smokereport.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <iterator>
#include <limits>

using namespace HubCache;

namespace {

constexpr int dtResource = 20;
constexpr int dtVariant = 21;
constexpr int dtLastSupported = 23; // uint64; the float8 and 4-bit types after it are packed or exotic

constexpr int dtString = 7;
constexpr qint64 tstringSize = 24; // sizeof(TF_TString), checked against the C API in SmokeRunner

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString tagSet(const QStringList &tags)
{
    return tags.isEmpty() ? SmokeError::tr("(no tags)") : tags.join(QLatin1Char(','));
}

} // namespace

bool SmokePlan::canMake(int dtype)
{
    return dtype > 0 && dtype <= dtLastSupported && dtype != dtResource && dtype != dtVariant;
}

qint64 SmokePlan::elementSize(int dtype)
{
    if (!canMake(dtype))
        return 0;
    // tensorflow/core/framework/types.proto, in enum order from DT_FLOAT = 1 to DT_UINT64 = 23.
    static constexpr qint64 sizes[] = {0, 4, 8, 4, 1, 2, 1, tstringSize, 8, 8, 1, 1, 1, 4, 2, 2, 2, 2, 16, 2, 0, 0, 4, 8};
    static_assert(std::size(sizes) == dtLastSupported + 1);
    static_assert(sizes[dtString] == tstringSize);
    return sizes[dtype];
}

bool SmokePlan::inputSize(const QList<qint64> &shape, int dtype, qint64 *elementCount, qint64 *byteSize)
{
    *elementCount = 0;
    *byteSize = 0;
    if (shape.size() > maxRank)
        return false;
    // TensorFlow multiplies the dimensions in order and aborts when a partial product overflows,
    // even if a later dimension is 0; so every partial product of the non-zero ones must fit.
    qint64 nonZero = 1;
    bool hasZero = false;
    for (qint64 dim : shape) {
        if (dim < 0)
            return false;
        if (dim == 0)
            hasZero = true;
        else if (__builtin_mul_overflow(nonZero, dim, &nonZero))
            return false;
    }
    const qint64 count = hasZero ? 0 : nonZero;
    qint64 bytes = 0;
    if (__builtin_mul_overflow(count, elementSize(dtype), &bytes))
        return false;
    *elementCount = count;
    *byteSize = bytes;
    return true;
}

SmokeError SmokePlan::checkVariables(const QString &folder, const QString &model)
{
    const QDir vars(QDir(folder).filePath(QStringLiteral("variables")));
    if (!vars.exists())
        return {}; // TensorFlow then restores nothing, which is right for a model without variables
    SmokeError::Context c;
    c.model = model;
    const QStringList shards = vars.entryList({QStringLiteral("variables.data-*")}, QDir::Files, QDir::Name);
    const bool hasIndex = vars.exists(QStringLiteral("variables.index"));
    if (!hasIndex && shards.isEmpty())
        return {}; // an empty variables/ folder: nothing to restore
    if (!hasIndex) {
        c.detail = SmokeError::tr("variables/variables.index is missing");
        return SmokeError(SmokeError::Code::MissingVariables, c);
    }
    if (shards.isEmpty()) {
        c.detail = SmokeError::tr("variables/variables.data-* is missing");
        return SmokeError(SmokeError::Code::MissingVariables, c);
    }
    static const QRegularExpression shardName(QStringLiteral("^variables\\.data-(\\d{5})-of-(\\d{5})$"));
    int count = 0;
    for (const QString &name : shards) {
        const QRegularExpressionMatch m = shardName.match(name);
        if (m.hasMatch())
            count = std::max(count, m.captured(2).toInt());
    }
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("variables.data-%1-of-%2")
                                 .arg(i, 5, 10, QLatin1Char('0'))
                                 .arg(count, 5, 10, QLatin1Char('0'));
        if (!shards.contains(name)) {
            c.detail = SmokeError::tr("variables/%1 is missing").arg(name);
            return SmokeError(SmokeError::Code::MissingVariables, c);
        }
    }
    return {};
}

SmokePlan SmokePlan::forFolder(const QString &folder, const QString &model, const SmokeOptions &options,
                               SmokeError *error)
{
    *error = {};
    Error readError;
    const SavedModelInfo info = SavedModelReader::readDirectory(folder, &readError);
    if (readError) {
        *error = SmokeError::fromLibrary(readError);
        return {};
    }
    const MetaGraphInfo *metaGraph = info.metaGraphForTags(options.tags);
    if (!metaGraph) {
        SmokeError::Context c;
        c.model = model;
        c.tags = options.tags;
        for (const MetaGraphInfo &m : info.metaGraphs)
            c.available.append(tagSet(m.tags));
        *error = SmokeError(SmokeError::Code::WrongTags, c);
        return {};
    }
    SmokePlan plan = forMetaGraph(*metaGraph, model, options, error);
    if (!*error)
        *error = checkVariables(folder, model);
    return plan;
}

SmokePlan SmokePlan::forMetaGraph(const MetaGraphInfo &metaGraph, const QString &model, const SmokeOptions &options,
                                  SmokeError *error)
{
    *error = {};
    SmokePlan plan;
    for (const SignatureInfo &s : metaGraph.signatures) {
        if (!s.key.startsWith(QLatin1String("__")))
            plan.m_signatureKeys.append(s.key);
    }
    plan.m_signatureKeys.sort();
    SmokeError::Context c;
    c.model = model;
    c.tags = options.tags;
    c.available = plan.m_signatureKeys;

    QString key = options.signature;
    if (key.isEmpty()) {
        if (plan.m_signatureKeys.isEmpty()) {
            *error = SmokeError(SmokeError::Code::NoSignature, c);
            return plan;
        }
        key = plan.m_signatureKeys.contains(QLatin1String("serving_default")) ? QStringLiteral("serving_default")
                                                                              : plan.m_signatureKeys.constFirst();
    }
    const SignatureInfo *signature = metaGraph.signature(key);
    if (!signature) {
        c.signature = key;
        *error = SmokeError(SmokeError::Code::SignatureNotFound, c);
        return plan;
    }
    plan.m_signature = *signature;
    c.signature = key;
    qint64 total = 0; // bytes of the inputs so far, at most options.maxInputBytes
    for (const TensorSpec &spec : signature->inputs) {
        c.input = spec.key;
        if (!canMake(spec.dtype)) {
            c.detail = SmokeError::tr("inputs of type %1 cannot be made up").arg(spec.dtypeName());
            *error = SmokeError(SmokeError::Code::UnsupportedInput, c);
            return plan;
        }
        if (spec.unknownRank) {
            c.detail = SmokeError::tr("its rank is unknown, so there is no shape to make it in");
            *error = SmokeError(SmokeError::Code::UnsupportedInput, c);
            return plan;
        }
        Input input{spec, {}};
        for (qint64 dim : spec.shape)
            input.shape.append(dim < 0 ? 1 : dim);
        const QString shape = SmokeReport::shapeString(input.shape);
        if (!inputSize(input.shape, spec.dtype, &input.elementCount, &input.byteSize)) {
            c.detail = input.shape.size() > maxRank
                ? SmokeError::tr("its shape has %1 dimensions, more than the %2 TensorFlow allows")
                      .arg(input.shape.size()).arg(maxRank)
                : SmokeError::tr("its shape %1 needs more than %2 (the size does not fit in 64 bits)")
                      .arg(shape, dataSize(std::numeric_limits<qint64>::max()));
            *error = SmokeError(SmokeError::Code::UnsupportedInput, c);
            return plan;
        }
        if (input.byteSize > options.maxInputBytes - total) {
            const QString needs = SmokeError::tr("its shape %1 needs %2 (%3 bytes)")
                                      .arg(shape, dataSize(input.byteSize), QString::number(input.byteSize));
            const QString others = total > 0 ? SmokeError::tr(", the inputs before it %1").arg(dataSize(total))
                                             : QString();
            c.detail = SmokeError::tr("%1%2, and all inputs together may take at most %3 (raise the limit with "
                                      "--max-input-size, or choose another signature)")
                           .arg(needs, others, dataSize(options.maxInputBytes));
            *error = SmokeError(SmokeError::Code::UnsupportedInput, c);
            return plan;
        }
        total += input.byteSize;
        plan.m_inputs.append(input);
    }
    return plan;
}
