// SmokeRunner in a build made without TensorFlow's headers (CMake did not find the tensorflow
// package): every smoke test reports that the runtime is missing and how to get it.

#include "smokerunner.h"

#include <QFileInfo>

SmokeRunner::SmokeRunner(const SmokeOptions &options, const HubCache::Configuration &config)
    : m_options(options)
    , m_config(config)
{
}

bool SmokeRunner::isAvailable()
{
    return false;
}

SmokeReport SmokeRunner::run(const QString &folder, const QString &model)
{
    SmokeReport report;
    report.handle = model;
    report.resolvedPath = folder.startsWith(QLatin1String("gs://")) ? folder : QFileInfo(folder).absoluteFilePath();
    report.tags = m_options.tags;
    SmokeError::Context c;
    c.model = model;
    c.detail = tr("this hubcache was built without TensorFlow's headers; install the tensorflow-cpu wheel, then "
                  "configure again (cmake) and rebuild");
    report.error = SmokeError(SmokeError::Code::TensorFlowNotFound, c);
    return report;
}
