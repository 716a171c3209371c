#include "savedmodelreadjob.h"

#include "savedmodelreader.h"
#include "storage.h"

#include <QThread>

namespace HubCache {

SavedModelReadJob::SavedModelReadJob(const QString &folder, const Configuration &config, QObject *parent)
    : Job(parent)
    , m_folder(folder)
    , m_storage(Storage::forLocation(folder, config))
{
}

SavedModelReadJob::~SavedModelReadJob()
{
    if (m_thread) {
        m_storage->cancel(); // a remote read stops at its next request; a local one is short
        m_thread->wait();
        delete m_thread;
    }
}

void SavedModelReadJob::start()
{
    m_thread = QThread::create([this] { m_read = SavedModelReader::readFolder(*m_storage, m_folder, &m_readError); });
    connect(m_thread, &QThread::finished, this, [this] {
        if (isFinished())
            return; // cancelled meanwhile: the result was already given
        m_info = std::move(m_read);
        emitResult(m_readError);
    });
    m_thread->start();
}

void SavedModelReadJob::doCancel()
{
    m_storage->cancel();
}

} // namespace HubCache
