#pragma once

#include "configuration.h"

#include <QNetworkReply>

#include <chrono>

namespace HubCache {

// What the library's HTTP jobs (downloads, UNCOMPRESSED location requests, storage requests) agree on: which answers
// are redirects, which failures are worth another attempt, and how long to wait before it.
class HttpRetryPolicy final
{
public:
    HttpRetryPolicy() = delete;

    [[nodiscard]] static bool isRedirect(int status);
    // 408, 429 and 5xx: the server may answer differently a little later.
    [[nodiscard]] static bool isRetryableStatus(int status);
    // Connection-level failures that say nothing about the resource itself.
    [[nodiscard]] static bool isRetryableNetworkError(QNetworkReply::NetworkError error);
    // The answer's Retry-After in seconds (the delta form), or -1.
    [[nodiscard]] static int retryAfterSeconds(const QNetworkReply *reply);
    // The wait before retry number `retry` (1, 2, …): doubling from the configured retry delay,
    // and at least Retry-After (capped at a minute).
    [[nodiscard]] static std::chrono::milliseconds backoff(const Configuration &config, int retry,
                                                           int retryAfterSeconds);
};

} // namespace HubCache
