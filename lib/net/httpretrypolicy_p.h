#pragma once

#include "configuration.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QUrl>

#include <chrono>

namespace HubCache {

// What the library's HTTP jobs (downloads, UNCOMPRESSED location requests, storage requests) agree on: which answers
// are redirects and where they lead, which failures are worth another attempt, and how long to wait before it.
class HttpRetryPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::HttpRetryPolicy)

public:
    HttpRetryPolicy() = delete;

    [[nodiscard]] static bool isRedirect(int status);
    // 408, 429 and 5xx: the server may answer differently a little later.
    [[nodiscard]] static bool isRetryableStatus(int status);
    // Connection-level failures that say nothing about the resource itself.
    [[nodiscard]] static bool isRetryableNetworkError(QNetworkReply::NetworkError error);
    // Where a redirect answer points, resolved against base; or an empty URL and *problem (translated)
    // saying why not: no Location, one longer than any server accepts, or one that is not a valid
    // URL. Whether its scheme may be followed is the caller's to judge.
    [[nodiscard]] static QUrl redirectTarget(const QNetworkReply *reply, const QUrl &base, QString *problem);
    // The answer's Retry-After in seconds (the delta form), or -1.
    [[nodiscard]] static int retryAfterSeconds(const QNetworkReply *reply);
    // The wait before retry number `retry` (1, 2, …): doubling from the configured retry delay,
    // and at least Retry-After (capped at a minute).
    [[nodiscard]] static std::chrono::milliseconds backoff(const Configuration &config, int retry,
                                                           int retryAfterSeconds);
};

} // namespace HubCache
