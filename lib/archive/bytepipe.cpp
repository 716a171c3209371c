#include "bytepipe_p.h"

namespace HubCache {

BytePipe::BytePipe(qsizetype capacity)
    : m_capacity(capacity)
{
}

qsizetype BytePipe::freeSpace() const
{
    std::lock_guard lock(m_mutex);
    return std::max<qsizetype>(0, m_capacity - m_queued);
}

void BytePipe::push(QByteArray chunk)
{
    if (chunk.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed || m_aborted)
            return;
        m_queued += chunk.size();
        m_chunks.push_back(std::move(chunk));
        if (m_queued >= m_capacity)
            m_producerWaiting = true;
    }
    m_ready.notify_one();
}

void BytePipe::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_ready.notify_all();
}

void BytePipe::abort()
{
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_chunks.clear();
        m_queued = 0;
    }
    m_ready.notify_all();
}

bool BytePipe::pop(QByteArray *chunk, bool *aborted)
{
    std::function<void()> callback;
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_aborted || !m_chunks.empty() || m_closed; });
        if (m_aborted) {
            *aborted = true;
            return false;
        }
        *aborted = false;
        if (m_chunks.empty())
            return false; // closed and drained
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_queued -= chunk->size();
        if (m_producerWaiting && m_queued <= m_capacity / 2) {
            m_producerWaiting = false;
            callback = m_spaceCallback;
        }
    }
    if (callback)
        callback();
    return true;
}

void BytePipe::setSpaceCallback(std::function<void()> callback)
{
    std::lock_guard lock(m_mutex);
    m_spaceCallback = std::move(callback);
}

} // namespace HubCache
