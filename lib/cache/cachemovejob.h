#pragma once

#include "configuration.h"
#include "job.h"

#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace HubCache {

// Moves the complete entries of one cache folder into another (when the user picks a new cache
// folder): a rename on the same file system, otherwise a copy into a temp folder renamed into
// place, then the source is deleted. Each entry is locked while it moves; entries that are busy,
// broken or already present in the destination are skipped and listed.
class HUBCACHE_EXPORT CacheMoveJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheMoveJob)

public:
    CacheMoveJob(const QString &fromDir, const QString &toDir, QObject *parent = nullptr);
    ~CacheMoveJob() override;

    void start() override;

    [[nodiscard]] QStringList moved() const { return m_moved; }
    [[nodiscard]] QStringList skipped() const { return m_skipped; } // "handle: why", translated

protected:
    void doCancel() override;

private:
    void work();

    QString m_from;
    QString m_to;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    QStringList m_moved;
    QStringList m_skipped;
    Error m_workError;
};

} // namespace HubCache
