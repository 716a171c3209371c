#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QObject>

namespace HubCache {

// A long operation (KJob's shape): start() only schedules the work; progress is reported in
// bytes; cancel() stops it; result() is emitted exactly once, with error() telling how it ended.
// Jobs delete themselves after result() unless setAutoDelete(false).
class HUBCACHE_EXPORT Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    virtual void start() = 0;
    // Ends the job with ErrorCode::Cancelled unless it already ended; result() still comes once.
    void cancel();
    // Runs the job to its end in a local event loop: for code that has no running event loop.
    // Returns true on success.
    bool exec();

    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] qint64 processedBytes() const { return m_processed; }
    [[nodiscard]] qint64 totalBytes() const { return m_total; }
    [[nodiscard]] bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void progress(HubCache::Job *job, qint64 processed, qint64 total);
    void infoMessage(HubCache::Job *job, const QString &text);
    void result(HubCache::Job *job);

protected:
    // Stops whatever is under way; the base class then reports Cancelled.
    virtual void doCancel() {}
    void setProgress(qint64 processed, qint64 total);
    // Ends the job: the first call wins, later ones are ignored.
    void emitResult(const Error &error = {});

private:
    Error m_error;
    qint64 m_processed = 0;
    qint64 m_total = -1;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace HubCache
