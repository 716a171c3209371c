#include "job.h"

#include <QEventLoop>
#include <QPointer>

namespace HubCache {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job() = default;

void Job::cancel()
{
    if (m_finished)
        return;
    doCancel();
    ErrorContext c;
    emitResult(Error(ErrorCode::Cancelled, c));
}

bool Job::exec()
{
    const bool wasAutoDelete = m_autoDelete;
    m_autoDelete = false;
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &Job::result, &loop, &QEventLoop::quit);
        QMetaObject::invokeMethod(this, &Job::start, Qt::QueuedConnection);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    m_autoDelete = wasAutoDelete;
    const bool ok = !m_error;
    if (m_autoDelete)
        deleteLater();
    return ok;
}

void Job::setProgress(qint64 processed, qint64 total)
{
    m_processed = processed;
    m_total = total;
    Q_EMIT progress(this, processed, total);
}

void Job::emitResult(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT result(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace HubCache
