#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

namespace HubCache {

// A bounded hand-over of byte chunks from the network thread to the extraction thread. The
// producer never blocks: it asks freeSpace() and stops reading the socket when it is full, which
// pushes back on the server (TCP flow control) and keeps memory bounded whatever the model size.
class BytePipe final
{
public:
    explicit BytePipe(qsizetype capacity);

    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    [[nodiscard]] qsizetype freeSpace() const;
    void push(QByteArray chunk);
    // End of input: pop() drains what is left, then reports the end.
    void close();
    // Wakes the consumer at once; pop() then fails.
    void abort();
    // Blocks until a chunk, the end (returns false, *aborted = false) or an abort (false, true).
    [[nodiscard]] bool pop(QByteArray *chunk, bool *aborted);
    // Called on the consumer's thread when the pipe drains below half full after being fuller.
    void setSpaceCallback(std::function<void()> callback);

private:
    const qsizetype m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<QByteArray> m_chunks;
    qsizetype m_queued = 0;
    bool m_closed = false;
    bool m_aborted = false;
    bool m_producerWaiting = false;
    std::function<void()> m_spaceCallback;
};

} // namespace HubCache
