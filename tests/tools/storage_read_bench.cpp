// Reads gs:// (or local) objects through Storage::openReader the way a sequential consumer such as
// TensorFlow does (one thread, consecutive reads of a fixed size) and prints the throughput, so the
// reader can be measured without TensorFlow. Usage:
//   hubcache-storage-bench [--read-size BYTES] [--runs N] LOCATION...
// The endpoint and credentials come from the environment as for hubcache (STORAGE_EMULATOR_HOST...).
// Each run also prints the CPU time (user + system, all threads) it took: on a busy machine that
// says more about the reader's cost than the wall-clock rate does.
#include "configuration.h"
#include "error.h"
#include "storage.h"
#include "storagereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace HubCache;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 readSize = 1 << 20;
    int runs = 3;
    QStringList locations;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--read-size") && i + 1 < args.size())
            readSize = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else
            locations.append(args.at(i));
    }
    if (locations.isEmpty() || readSize <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: hubcache-storage-bench [--read-size BYTES] [--runs N] LOCATION...\n");
        return 2;
    }
    Error error;
    const Configuration config = Configuration::fromEnvironment(&error);
    if (error) {
        std::fprintf(stderr, "configuration: %s\n", qPrintable(error.message()));
        return 1;
    }
    std::vector<char> buffer(static_cast<size_t>(readSize));
    std::vector<double> rates;
    for (int run = 0; run < runs; ++run) {
        qint64 total = 0;
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds();
        for (const QString &location : std::as_const(locations)) {
            const std::unique_ptr<Storage> storage = Storage::forLocation(location, config);
            if (!storage) {
                std::fprintf(stderr, "no storage for %s\n", qPrintable(location));
                return 1;
            }
            Error e;
            const std::unique_ptr<StorageReader> reader = storage->openReader(location, &e);
            if (!reader) {
                std::fprintf(stderr, "open %s: %s\n", qPrintable(location), qPrintable(e.message()));
                return 1;
            }
            qint64 offset = 0;
            for (;;) {
                const qint64 n = reader->read(offset, buffer.data(), readSize, &e);
                if (n < 0) {
                    std::fprintf(stderr, "read %s at %lld: %s\n", qPrintable(location), offset, qPrintable(e.message()));
                    return 1;
                }
                if (n == 0)
                    break;
                offset += n;
            }
            total += offset;
        }
        const double seconds = std::max(1e-9, timer.nsecsElapsed() / 1e9);
        rates.push_back(total / seconds / 1e6);
        std::printf("run %d: %lld bytes in %.3f s, %.1f MB/s, %.3f s CPU\n", run + 1, total, seconds, rates.back(),
                    cpuSeconds() - cpuBefore);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("median %.1f MB/s\n", rates[rates.size() / 2]);
    return 0;
}
