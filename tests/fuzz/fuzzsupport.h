#pragma once

// Shared by the fuzz targets: the same code runs under libFuzzer and under the stand-alone driver.

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

namespace HubCacheFuzz {

// A broken invariant is a finding: print it and abort, so libFuzzer (or CTest) reports the input.
[[noreturn]] inline void fail(const char *target, const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "\n%s: invariant broken: %s%s%s\n", target, what, detail.isEmpty() ? "" : ": ",
                 detail.constData());
    std::fflush(stderr);
    std::abort();
}

// Library code may use QThread, queued signals and tr(): give it an application object, once, and
// keep the library's own warnings about the (intentionally broken) inputs out of the fuzzer's log.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "hubcache-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("hubcache.*=false"));
}

} // namespace HubCacheFuzz

#define HUBCACHE_FUZZ_CHECK(target, condition, detail)                                             \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::HubCacheFuzz::fail(target, #condition, detail);                                      \
    } while (false)
