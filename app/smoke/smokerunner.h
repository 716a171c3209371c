#pragma once

#include "smokeoptions.h"
#include "smokereport.h"

#include <QCoreApplication>
#include <QString>

// Loads a model folder with the TensorFlow C API in this process and runs one signature:
// TF_LoadSessionFromSavedModel (through the hubcache:// filesystem plugin when it can be used),
// inputs made from the signature in the returned MetaGraphDef, TF_SessionRun. Blocking, and only
// ever called in the helper process `hubcache smoke --in-process` (SmokeJob starts it), because a
// faulty model or TensorFlow itself can crash the process.
class SmokeRunner final
{
    Q_DECLARE_TR_FUNCTIONS(SmokeRunner)

public:
    explicit SmokeRunner(const SmokeOptions &options);

    // model names the model in messages; the report's handle is set to it.
    [[nodiscard]] SmokeReport run(const QString &folder, const QString &model);

    // False in a build made without TensorFlow's headers (run() then reports TensorFlowNotFound).
    [[nodiscard]] static bool isAvailable();

private:
    SmokeOptions m_options;
};
