#pragma once

#include "hubcachewidgets_export.h"
#include "cacheentry.h"
#include "error.h"

#include <QDialog>

#include <QList>
#include <QPair>

#include <memory>

class QTreeWidget;
class QFormLayout;
class QLabel;
class QTabWidget;
class QThread;

namespace HubCache {
class Configuration;
class Job;
struct SavedModelInfo;
class Storage;
} // namespace HubCache

// An entry's details: descriptor and state, its files with sizes, and the SavedModel's tags and
// signatures (inputs and outputs with dtype and shape), read without TensorFlow. An entry in a
// gs:// cache folder is listed and read on worker threads; the tabs fill in when that is done.
class HUBCACHEWIDGETS_EXPORT EntryDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDetailsDialog)

public:
    EntryDetailsDialog(const HubCache::CacheEntry &entry, QWidget *parent = nullptr);
    // config reaches a remote entry (endpoint, credentials, timeouts).
    EntryDetailsDialog(const HubCache::CacheEntry &entry, const HubCache::Configuration &config, QWidget *parent = nullptr);
    ~EntryDetailsDialog() override;

    [[nodiscard]] QTreeWidget *signatureTree() const { return m_signatures; }
    [[nodiscard]] QTreeWidget *fileTree() const { return m_files; }
    // The SavedModel tab's message: an error, or that a remote read is under way.
    [[nodiscard]] QLabel *modelMessage() const { return m_modelError; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void openFolderRequested(const QString &path);

private:
    void fillFiles(const QString &root);
    void fillSignatures(const QString &root);
    void showSavedModel(const HubCache::SavedModelInfo &info, const HubCache::Error &error);
    void readRemote(const HubCache::Configuration &config);
    void showRemoteFiles();

    HubCache::CacheEntry m_entry;
    QTabWidget *m_tabs;
    QTreeWidget *m_files;
    QTreeWidget *m_signatures;
    QLabel *m_modelError;
    // A remote entry: its objects are listed on m_listThread through m_storage.
    std::unique_ptr<HubCache::Storage> m_storage;
    QThread *m_listThread = nullptr;
    QList<QPair<QString, qint64>> m_listed; // written by the list thread only, until it finished
    HubCache::Error m_listError;            // likewise
    HubCache::Job *m_readJob = nullptr;
    QFormLayout *m_form = nullptr;
    QStringList m_tensorflowVersions; // "TensorFlow 2.21.0", one per version that saved a graph
};
