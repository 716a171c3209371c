#pragma once

#include "configuration.h"
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
    // config gives a remote model's storage its endpoint, credentials and timeouts.
    explicit SmokeRunner(const SmokeOptions &options, const HubCache::Configuration &config = {});

    // model names the model in messages; the report's handle is set to it. folder is a local
    // folder, or a model folder in remote storage (gs://bucket/models/m), which is read through
    // hubcache's own storage reader and the plugin only: TensorFlow is never given a gs:// path.
    [[nodiscard]] SmokeReport run(const QString &folder, const QString &model);

    // False in a build made without TensorFlow's headers (run() then reports TensorFlowNotFound).
    [[nodiscard]] static bool isAvailable();

private:
    SmokeOptions m_options;
    HubCache::Configuration m_config;
};
