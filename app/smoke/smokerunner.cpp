#include "smokerunner.h"

#include "filesystemplugin.h"
#include "localmodelfilesource.h"
#include "logging.h"
#include "savedmodelreader.h"
#include "smokeplan.h"
#include "storage.h"
#include "storagemodelfilesource.h"
#include "tensorflowruntime.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <type_traits>
#include <vector>

using namespace HubCache;

namespace {

constexpr int maxValues = 10; // output values shown in the report

// Owns one TF_* object and frees it with the runtime's matching function.
template<typename T>
using TfPtr = std::unique_ptr<T, void (*)(T *)>;

QString dtypeName(int dtype)
{
    TensorSpec spec;
    spec.dtype = dtype;
    return spec.dtypeName();
}

// "serving_default_x:0" -> ("serving_default_x", 0); TensorFlow's tensor naming.
std::pair<QByteArray, int> splitTensorName(const QString &name)
{
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int index = colon > 0 ? name.mid(colon + 1).toInt(&ok) : 0;
    if (colon > 0 && ok)
        return {name.left(colon).toUtf8(), index};
    return {name.toUtf8(), 0};
}

uint16_t floatToHalf(float value)
{
    uint32_t f;
    std::memcpy(&f, &value, sizeof f);
    const uint32_t sign = (f >> 16) & 0x8000;
    const int exponent = int((f >> 23) & 0xff) - 127 + 15;
    uint32_t mantissa = f & 0x7fffff;
    if (((f >> 23) & 0xff) == 0xff) // inf, nan
        return uint16_t(sign | 0x7c00 | (mantissa ? 0x200 : 0));
    if (exponent >= 31)
        return uint16_t(sign | 0x7c00);
    if (exponent <= 0) {
        if (exponent < -10)
            return uint16_t(sign);
        mantissa |= 0x800000;
        return uint16_t(sign | (mantissa >> (14 - exponent)));
    }
    return uint16_t(sign | (uint32_t(exponent) << 10) | (mantissa >> 13));
}

float halfToFloat(uint16_t h)
{
    const uint32_t sign = uint32_t(h & 0x8000) << 16;
    const int exponent = (h >> 10) & 0x1f;
    const uint32_t mantissa = h & 0x3ff;
    if (exponent == 0)
        return (sign ? -1.0f : 1.0f) * std::ldexp(float(mantissa), -24);
    uint32_t f;
    if (exponent == 31)
        f = sign | 0x7f800000 | (mantissa << 13);
    else
        f = sign | (uint32_t(exponent - 15 + 127) << 23) | (mantissa << 13);
    float out;
    std::memcpy(&out, &f, sizeof out);
    return out;
}

uint16_t floatToBfloat16(float value)
{
    uint32_t f;
    std::memcpy(&f, &value, sizeof f);
    return uint16_t(f >> 16);
}

float bfloat16ToFloat(uint16_t b)
{
    const uint32_t f = uint32_t(b) << 16;
    float out;
    std::memcpy(&out, &f, sizeof out);
    return out;
}

template<typename T>
void fillWith(void *data, int64_t count, T value)
{
    T *p = static_cast<T *>(data);
    for (int64_t i = 0; i < count; ++i)
        p[i] = value;
}

template<typename T>
T clampTo(double value)
{
    if constexpr (std::is_floating_point_v<T>)
        return T(value);
    else
        return value <= double(std::numeric_limits<T>::lowest()) ? std::numeric_limits<T>::lowest()
             : value >= double(std::numeric_limits<T>::max())    ? std::numeric_limits<T>::max()
                                                                 : T(value);
}

// Sets count elements of a tensor of dtype to value; false for a type it cannot fill.
bool fillNumeric(TF_DataType dtype, void *data, int64_t count, double value)
{
    switch (dtype) {
    case TF_FLOAT: fillWith(data, count, float(value)); return true;
    case TF_DOUBLE: fillWith(data, count, value); return true;
    case TF_INT32:
    case TF_QINT32: fillWith(data, count, clampTo<int32_t>(value)); return true;
    case TF_UINT8:
    case TF_QUINT8: fillWith(data, count, clampTo<uint8_t>(value)); return true;
    case TF_INT16:
    case TF_QINT16: fillWith(data, count, clampTo<int16_t>(value)); return true;
    case TF_INT8:
    case TF_QINT8: fillWith(data, count, clampTo<int8_t>(value)); return true;
    case TF_INT64: fillWith(data, count, clampTo<int64_t>(value)); return true;
    case TF_UINT16:
    case TF_QUINT16: fillWith(data, count, clampTo<uint16_t>(value)); return true;
    case TF_UINT32: fillWith(data, count, clampTo<uint32_t>(value)); return true;
    case TF_UINT64: fillWith(data, count, clampTo<uint64_t>(value)); return true;
    case TF_BOOL: fillWith(data, count, static_cast<unsigned char>(value != 0)); return true;
    case TF_HALF: fillWith(data, count, floatToHalf(float(value))); return true;
    case TF_BFLOAT16: fillWith(data, count, floatToBfloat16(float(value))); return true;
    case TF_COMPLEX64:
        for (int64_t i = 0; i < count; ++i) {
            static_cast<float *>(data)[2 * i] = float(value);
            static_cast<float *>(data)[2 * i + 1] = 0;
        }
        return true;
    case TF_COMPLEX128:
        for (int64_t i = 0; i < count; ++i) {
            static_cast<double *>(data)[2 * i] = value;
            static_cast<double *>(data)[2 * i + 1] = 0;
        }
        return true;
    default:
        return false;
    }
}

template<typename T>
QJsonValue numberAt(const void *data, int64_t i)
{
    return QJsonValue(double(static_cast<const T *>(data)[i]));
}

// Element i of a numeric or boolean tensor; Undefined for other types (strings, complex, ...).
QJsonValue valueAt(TF_DataType dtype, const void *data, int64_t i)
{
    switch (dtype) {
    case TF_FLOAT: return numberAt<float>(data, i);
    case TF_DOUBLE: return numberAt<double>(data, i);
    case TF_INT32: return numberAt<int32_t>(data, i);
    case TF_UINT8: return numberAt<uint8_t>(data, i);
    case TF_INT16: return numberAt<int16_t>(data, i);
    case TF_INT8: return numberAt<int8_t>(data, i);
    case TF_INT64: return numberAt<int64_t>(data, i);
    case TF_UINT16: return numberAt<uint16_t>(data, i);
    case TF_UINT32: return numberAt<uint32_t>(data, i);
    case TF_UINT64: return numberAt<uint64_t>(data, i);
    case TF_BOOL: return QJsonValue(static_cast<const unsigned char *>(data)[i] != 0);
    case TF_HALF: return QJsonValue(double(halfToFloat(static_cast<const uint16_t *>(data)[i])));
    case TF_BFLOAT16: return QJsonValue(double(bfloat16ToFloat(static_cast<const uint16_t *>(data)[i])));
    default: return QJsonValue(QJsonValue::Undefined);
    }
}

// Bytes this process has read with read()-like calls (/proc/self/io rchar): the measure of a
// load without the plugin, which includes TensorFlow's few reads of its own.
qint64 processReadBytes()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    // readAll(): a /proc file reports size 0, so atEnd() would be true at once.
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

SmokeRunner::SmokeRunner(const SmokeOptions &options, const Configuration &config)
    : m_options(options)
    , m_config(config)
{
}

bool SmokeRunner::isAvailable()
{
    return true;
}

SmokeReport SmokeRunner::run(const QString &folderArgument, const QString &model)
{
    const bool remote = Storage::isRemoteLocation(folderArgument);
    const QString folder = remote ? folderArgument : QFileInfo(folderArgument).absoluteFilePath();
    SmokeReport report;
    report.handle = model;
    report.resolvedPath = folder;
    report.source = folder;
    report.tags = m_options.tags;
    report.signature = m_options.signature;

    // Without TensorFlow first: a missing file or a wrong tag gets its own clear message. A remote
    // model is checked once TensorFlow has read its MetaGraphDef (forMetaGraph below): reading
    // saved_model.pb twice over the network is not worth it.
    SmokeError error;
    if (!remote) {
        const SmokePlan diskPlan = SmokePlan::forFolder(folder, model, m_options, &error);
        report.signatures = diskPlan.signatureKeys();
        if (error) {
            report.error = error;
            return report;
        }
    }

    if (!m_options.verbose && qEnvironmentVariableIsEmpty("TF_CPP_MIN_LOG_LEVEL"))
        qputenv("TF_CPP_MIN_LOG_LEVEL", "2"); // TensorFlow's start-up chatter hides the report
    QString why;
    const TensorFlowRuntime *tfRuntime = TensorFlowRuntime::load(&why);
    if (!tfRuntime) {
        SmokeError::Context c;
        c.model = model;
        c.detail = why;
        report.error = SmokeError(SmokeError::Code::TensorFlowNotFound, c);
        return report;
    }
    const TensorFlowRuntime &tf = *tfRuntime;
    report.tensorflowVersion = tf.version();
    report.tensorflowDir = tf.dir();

    // Declared before the plugin, which detaches from the source when it goes.
    std::unique_ptr<Storage> storage;
    std::unique_ptr<ModelFileSource> source;
    StorageModelFileSource *remoteSource = nullptr;
    QString pluginFolder = folder;
    if (remote) {
        storage = Storage::forLocation(folder, m_config);
        auto storageSource = std::make_unique<StorageModelFileSource>(storage.get(), folder);
        remoteSource = storageSource.get();
        source = std::move(storageSource);
        // hubcache:///gs/bucket/models/m: a name for the plugin's root, never a path on disk.
        pluginFolder = QLatin1Char('/') + QString(folder).replace(QLatin1String("://"), QLatin1String("/"));
    } else {
        source = std::make_unique<LocalModelFileSource>(folder);
    }
    FilesystemPlugin plugin;
    QByteArray exportDir = QFile::encodeName(folder);
    if (plugin.attach(tf, pluginFolder, source.get(), &why)) {
        report.ioPath = QStringLiteral("plugin");
        report.pluginUri = plugin.rootUri();
        exportDir = QFile::encodeName(plugin.rootUri());
    } else if (remote) {
        // TensorFlow's own gs:// reads would bypass hubcache's credentials, limits and counters.
        SmokeError::Context c;
        c.model = model;
        c.detail = tr("%1 is in remote storage, which is read only through hubcache's filesystem plugin, and the "
                      "plugin cannot be used: %2")
                       .arg(folder, why);
        report.pluginError = why;
        report.error = SmokeError(SmokeError::Code::LoadFailed, c);
        return report;
    } else {
        report.ioPath = QStringLiteral("local");
        report.pluginError = why;
        qCWarning(lcTf).noquote() << "loading" << folder << "without the hubcache filesystem plugin:" << why;
    }
    const qint64 processReadBefore = processReadBytes();
    auto countReads = [&] {
        if (remoteSource) {
            report.sourceBytes = remoteSource->bytesServed();
            report.sourceReadMs = remoteSource->readNsec() / 1'000'000;
            const qint64 span = remoteSource->readSpanNsec();
            report.sourceBytesPerSecond = span > 0 ? qint64(double(report.sourceBytes) * 1e9 / double(span)) : -1;
        }
        if (report.ioPath == QLatin1String("plugin")) {
            const HubCacheTfCounters counters = plugin.counters();
            report.bytesRead = qint64(counters.bytes_read);
            report.filesOpened = qint64(counters.files_opened);
        } else {
            const qint64 after = processReadBytes();
            report.bytesRead = processReadBefore < 0 || after < 0 ? -1 : after - processReadBefore;
        }
    };

    SmokeError::Context c;
    c.model = model;
    c.tags = m_options.tags;

    TfPtr<TF_Status> status(tf.TF_NewStatus(), tf.TF_DeleteStatus);
    TfPtr<TF_Graph> graph(tf.TF_NewGraph(), tf.TF_DeleteGraph);
    TfPtr<TF_SessionOptions> sessionOptions(tf.TF_NewSessionOptions(), tf.TF_DeleteSessionOptions);
    TfPtr<TF_Buffer> metaGraphBuffer(tf.TF_NewBuffer(), tf.TF_DeleteBuffer);
    std::vector<QByteArray> tagBytes;
    std::vector<const char *> tagPointers;
    for (const QString &tag : std::as_const(m_options.tags))
        tagBytes.push_back(tag.toUtf8());
    for (const QByteArray &tag : tagBytes)
        tagPointers.push_back(tag.constData());

    QElapsedTimer timer;
    timer.start();
    TF_Session *rawSession = tf.TF_LoadSessionFromSavedModel(sessionOptions.get(), nullptr, exportDir.constData(),
                                                             tagPointers.data(), int(tagPointers.size()), graph.get(),
                                                             metaGraphBuffer.get(), status.get());
    report.loadMs = timer.elapsed();
    if (tf.TF_GetCode(status.get()) != TF_OK || !rawSession) {
        countReads();
        const TF_Code code = tf.TF_GetCode(status.get());
        // TensorFlow appends the failing node on further lines; one line reads better.
        c.detail = QString::fromUtf8(tf.TF_Message(status.get())).simplified();
        if (remoteSource) {
            // TensorFlow only learnt an errno: the storage's own words say what to do.
            if (const Error storageError = remoteSource->lastError())
                c.detail += QStringLiteral(" (") + storageError.message() + QLatin1Char(')');
        }
        const bool aboutVariables = c.detail.contains(QLatin1String("variables"))
            || c.detail.contains(QLatin1String("checkpoint"), Qt::CaseInsensitive)
            || c.detail.contains(QLatin1String("restore"), Qt::CaseInsensitive);
        if (c.detail.contains(QLatin1String("Could not find meta graph def matching supplied tags")))
            report.error = SmokeError(SmokeError::Code::WrongTags, c);
        else if (aboutVariables && code == TF_NOT_FOUND)
            report.error = SmokeError(SmokeError::Code::MissingVariables, c);
        else if (aboutVariables)
            report.error = SmokeError(SmokeError::Code::UnreadableVariables, c);
        else
            report.error = SmokeError(SmokeError::Code::LoadFailed, c);
        return report;
    }
    auto closeSession = [&tf, &status](TF_Session *s) {
        tf.TF_CloseSession(s, status.get());
        tf.TF_DeleteSession(s, status.get());
    };
    std::unique_ptr<TF_Session, decltype(closeSession)> session(rawSession, closeSession);

    // The signature and its tensors as TensorFlow loaded them, read with the library's reader.
    Error parseError;
    const MetaGraphInfo metaGraph = SavedModelReader::parseMetaGraph(
        QByteArrayView(static_cast<const char *>(metaGraphBuffer->data), qsizetype(metaGraphBuffer->length)),
        &parseError);
    if (parseError) {
        countReads();
        c.detail = tr("the MetaGraphDef TensorFlow returned cannot be read: %1").arg(parseError.message());
        report.error = SmokeError(SmokeError::Code::LoadFailed, c);
        return report;
    }
    const SmokePlan plan = SmokePlan::forMetaGraph(metaGraph, model, m_options, &error);
    report.signatures = plan.signatureKeys();
    if (error) {
        countReads();
        report.error = error;
        return report;
    }
    const SignatureInfo &signature = plan.signature();
    report.signature = signature.key;
    c.signature = signature.key;

    auto outputFor = [&](const TensorSpec &spec, TF_Output *out) {
        const auto [opName, index] = splitTensorName(spec.tensorName);
        TF_Operation *op = tf.TF_GraphOperationByName(graph.get(), opName.constData());
        if (!op || index < 0 || index >= tf.TF_OperationNumOutputs(op)) {
            c.detail = tr("the graph has no tensor %1 (for '%2')").arg(spec.tensorName, spec.key);
            return false;
        }
        *out = TF_Output{op, index};
        return true;
    };

    std::vector<TF_Output> inputPorts;
    std::vector<TfPtr<TF_Tensor>> inputTensors;
    for (const SmokePlan::Input &input : plan.inputs()) {
        TF_Output port{};
        if (!outputFor(input.spec, &port)) {
            countReads();
            report.error = SmokeError(SmokeError::Code::RunFailed, c);
            return report;
        }
        const auto dtype = TF_DataType(input.spec.dtype);
        std::vector<int64_t> dims(input.shape.cbegin(), input.shape.cend());
        // The plan checked the element count and byte size (no overflow, within the limit);
        // the element size it used must be TensorFlow's.
        const int64_t count = input.elementCount;
        const size_t elementSize = dtype == TF_STRING ? sizeof(TF_TString) : tf.TF_DataTypeSize(dtype);
        const bool sizeAgrees = elementSize > 0 && qint64(elementSize) == SmokePlan::elementSize(input.spec.dtype);
        TfPtr<TF_Tensor> tensor(sizeAgrees ? tf.TF_AllocateTensor(dtype, dims.data(), int(dims.size()),
                                                                  size_t(input.byteSize))
                                           : nullptr,
                                tf.TF_DeleteTensor);
        bool made = tensor != nullptr;
        if (made && dtype == TF_STRING) {
            auto *strings = static_cast<TF_TString *>(tf.TF_TensorData(tensor.get()));
            for (int64_t i = 0; i < count; ++i)
                tf.TF_StringInit(&strings[i]);
        } else if (made) {
            made = fillNumeric(dtype, tf.TF_TensorData(tensor.get()), count, m_options.fill);
        }
        if (!made) {
            c.input = input.spec.key;
            c.detail = tr("TensorFlow cannot allocate a %1 tensor of shape %2")
                           .arg(input.spec.dtypeName(), SmokeReport::shapeString(input.shape));
            countReads();
            report.error = SmokeError(SmokeError::Code::UnsupportedInput, c);
            return report;
        }
        inputPorts.push_back(port);
        inputTensors.push_back(std::move(tensor));
        report.inputs.append({input.spec.key, input.spec.dtypeName(), input.shape, input.spec.shape,
                              input.spec.unknownRank, {}});
    }

    std::vector<TF_Output> outputPorts;
    for (const TensorSpec &spec : signature.outputs) {
        TF_Output port{};
        if (!outputFor(spec, &port)) {
            countReads();
            report.error = SmokeError(SmokeError::Code::RunFailed, c);
            return report;
        }
        outputPorts.push_back(port);
    }

    std::vector<TF_Tensor *> inputValues;
    for (const auto &t : inputTensors)
        inputValues.push_back(t.get());
    std::vector<TF_Tensor *> outputValues(outputPorts.size(), nullptr);
    timer.restart();
    tf.TF_SessionRun(session.get(), nullptr, inputPorts.data(), inputValues.data(), int(inputValues.size()),
                     outputPorts.data(), outputValues.data(), int(outputPorts.size()), nullptr, 0, nullptr,
                     status.get());
    report.runMs = timer.elapsed();
    std::vector<TfPtr<TF_Tensor>> outputs;
    for (TF_Tensor *t : outputValues)
        outputs.emplace_back(t, tf.TF_DeleteTensor);
    countReads();
    if (tf.TF_GetCode(status.get()) != TF_OK) {
        c.detail = QString::fromUtf8(tf.TF_Message(status.get())).simplified();
        if (remoteSource) {
            // TensorFlow only learnt an errno: the storage's own words say what to do.
            if (const Error storageError = remoteSource->lastError())
                c.detail += QStringLiteral(" (") + storageError.message() + QLatin1Char(')');
        }
        report.error = SmokeError(SmokeError::Code::RunFailed, c);
        return report;
    }

    for (qsizetype i = 0; i < signature.outputs.size(); ++i) {
        TF_Tensor *t = outputs[size_t(i)].get();
        SmokeReport::Tensor out;
        out.key = signature.outputs.at(i).key;
        out.declaredShape = signature.outputs.at(i).shape;
        out.declaredUnknownRank = signature.outputs.at(i).unknownRank;
        if (!t) {
            out.dtype = signature.outputs.at(i).dtypeName();
            report.outputs.append(out);
            continue;
        }
        const TF_DataType dtype = tf.TF_TensorType(t);
        out.dtype = dtypeName(int(dtype));
        for (int d = 0; d < tf.TF_NumDims(t); ++d)
            out.shape.append(tf.TF_Dim(t, d));
        const int64_t count = std::min<int64_t>(tf.TF_TensorElementCount(t), maxValues);
        for (int64_t e = 0; e < count; ++e) {
            const QJsonValue v = valueAt(dtype, tf.TF_TensorData(t), e);
            if (v.isUndefined())
                break;
            out.values.append(v);
        }
        report.outputs.append(out);
    }
    qCInfo(lcTf) << "smoke test of" << model << "passed:" << report.loadMs << "ms load," << report.runMs << "ms run";
    return report;
}
