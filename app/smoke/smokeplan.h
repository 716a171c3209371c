#pragma once

#include "savedmodelinfo.h"
#include "smokeerror.h"
#include "smokeoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

// Which signature a smoke test runs and the inputs it feeds, worked out from what the SavedModel
// declares: unknown dimensions become 1, numeric inputs hold the fill value, strings are empty.
// Inputs that would need more than SmokeOptions::maxInputBytes together are refused before
// anything is allocated.
// Made twice: from saved_model.pb on disk before TensorFlow starts (clear errors early, and without
// TensorFlow), and from the MetaGraphDef TensorFlow returns once it has loaded the model.
class SmokePlan final
{
public:
    struct Input {
        HubCache::TensorSpec spec;
        QList<qint64> shape;       // what is fed
        qint64 elementCount = 0;   // the product of shape
        qint64 byteSize = 0;       // elementCount times elementSize(spec.dtype)
    };

    // What an input of shape and dtype takes, with every multiplication checked: false when the
    // element count or the byte size does not fit in 64 bits (TensorFlow would abort on such a
    // shape), or the rank is more than TensorFlow allows.
    [[nodiscard]] static bool inputSize(const QList<qint64> &shape, int dtype, qint64 *elementCount,
                                        qint64 *byteSize);
    // Bytes per element of a tensorflow.DataType the smoke test can make (a TF_TString for
    // strings); 0 for others.
    [[nodiscard]] static qint64 elementSize(int dtype);
    // TensorFlow's TensorShape::MaxDimensions().
    static constexpr int maxRank = 254;

    // Reads folder's SavedModel and checks the tags, the signature, its inputs and the variables.
    // model names the model in messages (the handle as the user gave it).
    [[nodiscard]] static SmokePlan forFolder(const QString &folder, const QString &model, const SmokeOptions &options,
                                             SmokeError *error);
    // For the meta graph TensorFlow loaded (the tags are already settled).
    [[nodiscard]] static SmokePlan forMetaGraph(const HubCache::MetaGraphInfo &metaGraph, const QString &model,
                                                const SmokeOptions &options, SmokeError *error);
    // A variables/ folder whose index or any data shard is missing cannot be restored.
    [[nodiscard]] static SmokeError checkVariables(const QString &folder, const QString &model);
    // Whether inputs of this tensorflow.DataType can be made (numbers, bool, string).
    [[nodiscard]] static bool canMake(int dtype);

    [[nodiscard]] const HubCache::SignatureInfo &signature() const { return m_signature; }
    // Every signature a caller can run (TensorFlow's "__…" ones left out), sorted.
    [[nodiscard]] QStringList signatureKeys() const { return m_signatureKeys; }
    [[nodiscard]] const QList<Input> &inputs() const { return m_inputs; }

private:
    HubCache::SignatureInfo m_signature;
    QStringList m_signatureKeys;
    QList<Input> m_inputs;
};
