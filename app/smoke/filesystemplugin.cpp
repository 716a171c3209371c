#include "filesystemplugin.h"

#include "logging.h"
#include "modelfilesource.h"
#include "tensorflowruntime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dlfcn.h>

#include <memory>

namespace {

const char pluginFile[] = "libhubcache_tfplugin.so";

// TensorFlow keeps a registered scheme for the life of the process; register once.
bool s_registered = false;

} // namespace

FilesystemPlugin::~FilesystemPlugin()
{
    if (m_setSource)
        (void)m_setSource(nullptr, nullptr);
}

QString FilesystemPlugin::locate(QString *error)
{
    const QString fromEnvironment = qEnvironmentVariable("HUBCACHE_TFPLUGIN");
    if (!fromEnvironment.isEmpty()) {
        if (QFileInfo::exists(fromEnvironment))
            return fromEnvironment;
        *error = tr("%1 (from HUBCACHE_TFPLUGIN) does not exist").arg(fromEnvironment);
        return {};
    }
    const QString bin = QCoreApplication::applicationDirPath();
    QStringList candidates{bin + QStringLiteral("/../lib/") + QLatin1String(pluginFile)};
#ifdef HUBCACHE_INSTALL_LIBDIR
    candidates.append(bin + QStringLiteral("/../" HUBCACHE_INSTALL_LIBDIR "/hubcache/") + QLatin1String(pluginFile));
#endif
    for (const QString &c : std::as_const(candidates)) {
        if (QFileInfo::exists(c))
            return QDir::cleanPath(c);
    }
    *error = tr("%1 not found (looked in %2); build it with TensorFlow's headers, or set HUBCACHE_TFPLUGIN")
                 .arg(QLatin1String(pluginFile), candidates.join(QStringLiteral(", ")));
    return {};
}

bool FilesystemPlugin::attach(const TensorFlowRuntime &tensorFlow, const QString &folder, ModelFileSource *source,
                              QString *error)
{
    m_path = locate(error);
    if (m_path.isEmpty())
        return false;
    // The same file TensorFlow loads below: both get one copy of the plugin and share its state.
    void *library = ::dlopen(QFile::encodeName(m_path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        *error = tr("cannot load %1: %2").arg(m_path, QString::fromLocal8Bit(::dlerror()));
        return false;
    }
    const auto abi = reinterpret_cast<HubCacheTfPluginAbiFunction>(::dlsym(library, HUBCACHE_TFPLUGIN_ABI_SYMBOL));
    m_setSource = reinterpret_cast<HubCacheTfPluginSetSourceFunction>(
        ::dlsym(library, HUBCACHE_TFPLUGIN_SET_SOURCE_SYMBOL));
    m_counters = reinterpret_cast<HubCacheTfPluginCountersFunction>(::dlsym(library, HUBCACHE_TFPLUGIN_COUNTERS_SYMBOL));
    if (!abi || !m_setSource || !m_counters || abi() != HUBCACHE_TFPLUGIN_ABI) {
        *error = tr("%1 is not a hubcache TensorFlow plugin of this version (interface %2)")
                     .arg(m_path)
                     .arg(HUBCACHE_TFPLUGIN_ABI);
        m_setSource = nullptr;
        m_counters = nullptr;
        return false;
    }

    m_rootUri = QStringLiteral(HUBCACHE_TFPLUGIN_SCHEME "://") + QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const HubCacheTfSource table = source->cSource();
    if (m_setSource(QFile::encodeName(m_rootUri).constData(), &table) != 0) {
        *error = tr("the plugin refused the model folder %1").arg(m_rootUri);
        return false;
    }

    if (!s_registered) {
        std::unique_ptr<TF_Status, void (*)(TF_Status *)> status(tensorFlow.TF_NewStatus(), tensorFlow.TF_DeleteStatus);
        tensorFlow.TF_RegisterFilesystemPlugin(QFile::encodeName(m_path).constData(), status.get());
        if (tensorFlow.TF_GetCode(status.get()) != TF_OK) {
            *error = tr("TensorFlow refused the filesystem plugin %1: %2")
                         .arg(m_path, QString::fromUtf8(tensorFlow.TF_Message(status.get())));
            return false;
        }
        s_registered = true;
    }
    qCInfo(lcTf) << "model reads go through" << m_path << "as" << m_rootUri;
    return true;
}

HubCacheTfCounters FilesystemPlugin::counters() const
{
    return m_counters ? m_counters() : HubCacheTfCounters{};
}
