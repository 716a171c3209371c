#pragma once

#include <QByteArray>
#include <QFile>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace HubCacheTest {

// Makes a FIFO (false if the file system cannot hold one).
inline bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0644) == 0;
}

// Guards code that must never block on the given FIFOs. If it still runs after `limit`, the
// watchdog opens each FIFO for writing and closes it again, again and again: a reader stuck in
// open() or read() then gets an empty file and returns, so that a regression fails the test
// (check fired()) instead of hanging the whole suite.
class FifoWatchdog final
{
public:
    FifoWatchdog(const QStringList &fifos, std::chrono::milliseconds limit)
        : m_thread([this, fifos, limit] {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, limit, [this] { return m_stop; }))
                return;
            while (!m_stop) {
                for (const QString &fifo : fifos) {
                    const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
                    if (fd >= 0) { // someone is reading it
                        m_fired = true;
                        ::close(fd);
                    }
                }
                m_wake.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_stop; });
            }
        })
    {
    }
    ~FifoWatchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    FifoWatchdog(const FifoWatchdog &) = delete;
    FifoWatchdog &operator=(const FifoWatchdog &) = delete;

    // True when something was found blocked reading one of the FIFOs.
    [[nodiscard]] bool fired() const { return m_fired; }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<bool> m_fired = false;
    std::thread m_thread;
};

} // namespace HubCacheTest
