#pragma once

#include "hubcache_export.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace HubCache {

// One input or output of a signature, as TensorFlow's TensorInfo describes it.
struct HUBCACHE_EXPORT TensorSpec {
    QString key;        // what callers pass the tensor as ("x"): the key in SignatureDef.inputs/outputs
    QString tensorName; // the graph tensor behind it ("serving_default_x:0")
    int dtype = 0;      // tensorflow.DataType enum value (1 = DT_FLOAT)
    QList<qint64> shape; // -1 for a dimension of unknown size
    bool unknownRank = false;

    // The tf.DType name: "float32", "int64", "string", "float16", "resource", "float32_ref", ...
    [[nodiscard]] QString dtypeName() const
    {
        // Values and names follow tensorflow/core/framework/types.proto and tf.as_dtype(n).name.
        static constexpr const char *names[] = {
            nullptr, "float32", "float64", "int32", "uint8", "int16", "int8", "string",
            "complex64", "int64", "bool", "qint8", "quint8", "qint32", "bfloat16", "qint16",
            "quint16", "uint16", "complex128", "float16", "resource", "variant", "uint32", "uint64",
            "float8_e5m2", "float8_e4m3fn", "float8_e4m3fnuz", "float8_e4m3b11fnuz", "float8_e5m2fnuz",
            "int4", "uint4", "int2", "uint2", "float4_e2m1fn",
        };
        constexpr int count = int(sizeof(names) / sizeof(names[0]));
        // Reference types (TF1 graphs) are the plain type + 100.
        const bool isRef = dtype > 100 && dtype < 100 + count;
        const int base = isRef ? dtype - 100 : dtype;
        if (dtype == 0)
            return QStringLiteral("invalid");
        if (base <= 0 || base >= count)
            return QStringLiteral("unknown(%1)").arg(dtype);
        const QString name = QLatin1String(names[base]);
        return isRef ? name + QLatin1String("_ref") : name;
    }

    // As saved_model_cli prints it: "(-1, 224, 224, 3)", "(-1)", "()" for a scalar, "<unknown>".
    [[nodiscard]] QString shapeString() const
    {
        if (unknownRank)
            return QStringLiteral("<unknown>");
        QStringList dims;
        dims.reserve(shape.size());
        for (qint64 dim : shape)
            dims.append(QString::number(dim));
        return QLatin1Char('(') + dims.join(QLatin1String(", ")) + QLatin1Char(')');
    }

    friend bool operator==(const TensorSpec &, const TensorSpec &) = default;
};

// A named entry point of a meta graph (serving_default, ...).
struct HUBCACHE_EXPORT SignatureInfo {
    QString key;
    QString methodName;         // "tensorflow/serving/predict"
    QList<TensorSpec> inputs;  // sorted by key
    QList<TensorSpec> outputs; // sorted by key

    friend bool operator==(const SignatureInfo &, const SignatureInfo &) = default;
};

// One MetaGraphDef: a graph plus the tags that select it when loading ("serve", "train", ...).
struct HUBCACHE_EXPORT MetaGraphInfo {
    QStringList tags;
    QString tensorflowVersion;    // of the TensorFlow that wrote the model
    QString tensorflowGitVersion;
    QList<SignatureInfo> signatures; // sorted by key; TF2 models also list "__saved_model_init_op"
    qint64 graphDefBytes = 0;        // size of graph_def as stored (text bytes in a .pbtxt)
    int functionCount = 0;           // functions in graph_def.library (tf.function bodies)
    bool hasObjectGraph = false;     // written by TF2's tf.saved_model.save, absent from TF1 models

    [[nodiscard]] const SignatureInfo *signature(const QString &key) const
    {
        const auto it = std::find_if(signatures.cbegin(), signatures.cend(),
                                     [&key](const SignatureInfo &s) { return s.key == key; });
        return it == signatures.cend() ? nullptr : &*it;
    }

    friend bool operator==(const MetaGraphInfo &, const MetaGraphInfo &) = default;
};

// What a SavedModel folder holds, read without TensorFlow.
struct HUBCACHE_EXPORT SavedModelInfo {
    QString path;     // the folder
    QString fileName; // "saved_model.pb" or "saved_model.pbtxt"
    qint64 schemaVersion = 0;
    QList<MetaGraphInfo> metaGraphs;
    bool isHubModuleV1 = false; // tfhub_module.pb present: a TF1 Hub module (hub.Module format)

    // Every tag of every meta graph, sorted, each once.
    [[nodiscard]] QStringList allTags() const
    {
        QStringList tags;
        for (const MetaGraphInfo &metaGraph : metaGraphs)
            tags += metaGraph.tags;
        tags.sort();
        tags.removeDuplicates();
        return tags;
    }

    // The meta graph whose tag set is exactly tags (in any order), as TensorFlow's loader picks it;
    // nullptr when there is none.
    [[nodiscard]] const MetaGraphInfo *metaGraphForTags(const QStringList &tags) const
    {
        QStringList wanted = tags;
        wanted.sort();
        wanted.removeDuplicates();
        for (const MetaGraphInfo &metaGraph : metaGraphs) {
            QStringList have = metaGraph.tags;
            have.sort();
            have.removeDuplicates();
            if (have == wanted)
                return &metaGraph;
        }
        return nullptr;
    }

    friend bool operator==(const SavedModelInfo &, const SavedModelInfo &) = default;
};

} // namespace HubCache

Q_DECLARE_METATYPE(HubCache::TensorSpec)
Q_DECLARE_METATYPE(HubCache::SignatureInfo)
Q_DECLARE_METATYPE(HubCache::MetaGraphInfo)
Q_DECLARE_METATYPE(HubCache::SavedModelInfo)
