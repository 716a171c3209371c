#pragma once

#include "hubcache_tfplugin.h"

#include <QCoreApplication>
#include <QString>

class ModelFileSource;
class TensorFlowRuntime;

// The host side of libhubcache_tfplugin.so: finds and loads it, hands it the model's
// ModelFileSource and registers it with TensorFlow for hubcache:// URIs, so that loading from
// rootUri() makes TensorFlow read every file of the model through hubcache.
class FilesystemPlugin final
{
    Q_DECLARE_TR_FUNCTIONS(FilesystemPlugin)

public:
    FilesystemPlugin() = default;
    // Detaches the source: the plugin refuses every request afterwards.
    ~FilesystemPlugin();
    FilesystemPlugin(const FilesystemPlugin &) = delete;
    FilesystemPlugin &operator=(const FilesystemPlugin &) = delete;

    // Serves folder's files from source (which must outlive this object) under
    // hubcache://<folder>. False with *error saying why when the plugin cannot be used.
    [[nodiscard]] bool attach(const TensorFlowRuntime &tensorFlow, const QString &folder, ModelFileSource *source,
                              QString *error);

    [[nodiscard]] QString rootUri() const { return m_rootUri; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] HubCacheTfCounters counters() const;

    // $HUBCACHE_TFPLUGIN, else libhubcache_tfplugin.so in the build or install tree's library folder.
    [[nodiscard]] static QString locate(QString *error);

private:
    QString m_path;
    QString m_rootUri;
    HubCacheTfPluginSetSourceFunction m_setSource = nullptr;
    HubCacheTfPluginCountersFunction m_counters = nullptr;
};
