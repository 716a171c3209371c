#pragma once

#include "savedmodelinfo.h"
#include "smokeerror.h"
#include "smokeoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

// Which signature a smoke test runs and the inputs it feeds, worked out from what the SavedModel
// declares: unknown dimensions become 1, numeric inputs hold the fill value, strings are empty.
// Made twice: from saved_model.pb on disk before TensorFlow starts (clear errors early, and without
// TensorFlow), and from the MetaGraphDef TensorFlow returns once it has loaded the model.
class SmokePlan final
{
public:
    struct Input {
        HubCache::TensorSpec spec;
        QList<qint64> shape; // what is fed
    };

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
