#pragma once

#include "job.h"
#include "savedmodelinfo.h"

#include <memory>

class QThread;

namespace HubCache {

class Configuration;
class Storage;

// Reads the SavedModel of a folder (SavedModelReader::readFolder) on a worker thread, so that a
// folder in a bucket never blocks the caller's event loop. result() carries the reader's error;
// info() is valid after a result without one. cancel() ends a remote read at once.
class HUBCACHE_EXPORT SavedModelReadJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedModelReadJob)

public:
    // folder: a local folder or gs://bucket/folder; config gives the remote endpoint, credentials
    // and timeouts.
    SavedModelReadJob(const QString &folder, const Configuration &config, QObject *parent = nullptr);
    ~SavedModelReadJob() override;

    void start() override;

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] SavedModelInfo info() const { return m_info; }

protected:
    void doCancel() override;

private:
    QString m_folder;
    std::unique_ptr<Storage> m_storage;
    QThread *m_thread = nullptr;
    SavedModelInfo m_read; // written by the worker only, until its thread finished
    Error m_readError;     // likewise
    SavedModelInfo m_info;
};

} // namespace HubCache
