#include "tensorflowruntime.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dlfcn.h>

#include <memory>
#include <mutex>

namespace {

const char libraryName[] = "libtensorflow_cc.so.2";

} // namespace

QStringList TensorFlowRuntime::candidateDirs()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("HUBCACHE_TENSORFLOW_DIR");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment}; // an explicit choice: do not quietly use another TensorFlow
#ifdef HUBCACHE_TENSORFLOW_DEFAULT_DIR
    dirs.append(QStringLiteral(HUBCACHE_TENSORFLOW_DEFAULT_DIR));
#endif
    // The venv scripts/setup-debian.sh --python makes: build/venv, and the binary is in build/bin.
    const QDir venvLib(QCoreApplication::applicationDirPath() + QStringLiteral("/../venv/lib"));
    for (const QString &python : venvLib.entryList({QStringLiteral("python3*")}, QDir::Dirs, QDir::Name | QDir::Reversed))
        dirs.append(QDir::cleanPath(venvLib.filePath(python + QStringLiteral("/site-packages/tensorflow"))));
    dirs.removeDuplicates();
    return dirs;
}

bool TensorFlowRuntime::resolve(void *library, QString *missing)
{
#define HUBCACHE_TF_RESOLVE(name)                                                                                  \
    name = reinterpret_cast<decltype(name)>(::dlsym(library, #name));                                              \
    if (!name) {                                                                                                   \
        *missing = QStringLiteral(#name);                                                                          \
        return false;                                                                                              \
    }
    HUBCACHE_TF_FUNCTIONS(HUBCACHE_TF_RESOLVE)
#undef HUBCACHE_TF_RESOLVE
    return true;
}

const TensorFlowRuntime *TensorFlowRuntime::load(QString *error)
{
    static std::once_flag once;
    static std::unique_ptr<TensorFlowRuntime> runtime;
    static QString failure;
    std::call_once(once, [] {
        QStringList problems;
        for (const QString &dir : candidateDirs()) {
            const QString path = QDir(dir).filePath(QLatin1String(libraryName));
            if (!QFileInfo::exists(path)) {
                problems.append(tr("no %1 in %2").arg(QLatin1String(libraryName), dir));
                continue;
            }
            // RTLD_LOCAL: TensorFlow's copies of protobuf, absl and BoringSSL stay out of the global
            // symbol scope, so nothing loaded later binds to them by accident.
            void *library = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
            if (!library) {
                problems.append(tr("cannot load %1: %2").arg(path, QString::fromLocal8Bit(::dlerror())));
                continue;
            }
            auto candidate = std::unique_ptr<TensorFlowRuntime>(new TensorFlowRuntime);
            QString missing;
            if (!candidate->resolve(library, &missing)) {
                problems.append(tr("%1 has no %2 (not a TensorFlow 2 C API library)").arg(path, missing));
                continue; // never dlclose() TensorFlow: its static destructors are not safe to run early
            }
            candidate->m_dir = dir;
            qCInfo(lcTf) << "loaded TensorFlow" << candidate->version() << "from" << dir;
            runtime = std::move(candidate);
            return;
        }
        if (problems.isEmpty())
            problems.append(tr("no folder to look in"));
        failure = problems.join(QStringLiteral("; "));
    });
    if (!runtime && error)
        *error = failure;
    return runtime.get();
}
