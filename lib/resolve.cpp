#include "resolve.h"

#include "resolvejob.h"

#include <QCoreApplication>

#include <memory>

namespace HubCache {

namespace {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    // Plain programs get a private application object: Qt's networking needs one.
    static int argc = 1;
    static char name[] = "hubcache";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

} // namespace

ResolveResult resolve(const QString &handle)
{
    ensureApplication();
    Error configError;
    const Configuration config = Configuration::fromEnvironment(&configError);
    if (configError)
        return {QString(), configError, false};
    return resolve(handle, config);
}

ResolveResult resolve(const QString &handle, const Configuration &config)
{
    ensureApplication();
    auto job = std::make_unique<ResolveJob>(handle, config);
    job->setAutoDelete(false);
    job->exec();
    return {job->path(), job->error(), job->wasCached()};
}

} // namespace HubCache
