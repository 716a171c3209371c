#include "interruptwatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <iterator>
#include <unistd.h>

namespace HubCache {

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
// The self-pipe: a signal handler may only write(), the event loop reads the signal number.
int s_fds[2] = {-1, -1};

void onSignal(int signal)
{
    const char c = static_cast<char>(signal);
    (void)!::write(s_fds[1], &c, 1);
}

} // namespace

class InterruptWatcher::Private
{
public:
    std::function<void(int)> onInterrupt;
    std::unique_ptr<QSocketNotifier> notifier;
    struct sigaction previous[std::size(kSignals)] {};
};

InterruptWatcher::InterruptWatcher(std::function<void(int)> onInterrupt)
    : d(std::make_unique<Private>())
{
    d->onInterrupt = std::move(onInterrupt);
    if (s_fds[0] < 0 && ::pipe2(s_fds, O_CLOEXEC) != 0)
        return;
    d->notifier = std::make_unique<QSocketNotifier>(s_fds[0], QSocketNotifier::Read);
    QObject::connect(d->notifier.get(), &QSocketNotifier::activated, d->notifier.get(), [this] {
        char c = 0;
        if (::read(s_fds[0], &c, 1) > 0 && d->onInterrupt)
            d->onInterrupt(c);
    });
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < std::size(kSignals); ++i) {
        ::sigaction(kSignals[i], nullptr, &d->previous[i]);
        if (d->previous[i].sa_handler != SIG_IGN)
            ::sigaction(kSignals[i], &sa, nullptr);
    }
}

InterruptWatcher::~InterruptWatcher()
{
    for (size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &d->previous[i], nullptr);
}

} // namespace HubCache
