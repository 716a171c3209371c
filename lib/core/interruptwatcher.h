#pragma once

#include "hubcache_export.h"

#include <QtGlobal>

#include <functional>
#include <memory>

namespace HubCache {

// Turns SIGINT (Ctrl+C), SIGTERM and SIGHUP (the terminal or the session closed) into a call on the
// event loop, so that a front end can cancel its jobs and every job removes its temp folder and lock
// before the process ends. A signal that was ignored when the watcher was made (nohup, a script's
// background job) stays ignored; the previous handling comes back when the watcher goes.
// One watcher at a time per process: signal handlers are process-wide.
class HUBCACHE_EXPORT InterruptWatcher final
{
public:
    explicit InterruptWatcher(std::function<void(int signal)> onInterrupt);
    ~InterruptWatcher();
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace HubCache
