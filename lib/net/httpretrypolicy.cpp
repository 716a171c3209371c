#include "httpretrypolicy_p.h"

#include <algorithm>

namespace HubCache {

bool HttpRetryPolicy::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool HttpRetryPolicy::isRetryableStatus(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

bool HttpRetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

QUrl HttpRetryPolicy::redirectTarget(const QNetworkReply *reply, const QUrl &base, QString *problem)
{
    // No server accepts a request line this long.
    constexpr qsizetype kMaxLocation = 64 * 1024;
    constexpr qsizetype kShown = 200;
    const QByteArray raw = reply->rawHeader("Location").trimmed();
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    const QUrl target = location.isValid() && !location.isEmpty() ? base.resolved(location) : QUrl();
    if (raw.isEmpty()) {
        *problem = tr("the redirect has no Location header");
    } else if (raw.size() > kMaxLocation) {
        *problem = tr("the redirect's Location header is too long (%1 bytes)").arg(raw.size());
    } else if (!target.isValid() || (target.host().isEmpty() && target.scheme().startsWith(QLatin1String("http")))) {
        const QString shown = raw.size() > kShown ? QString::fromUtf8(raw.left(kShown)) + QStringLiteral("…")
                                                  : QString::fromUtf8(raw);
        *problem = tr("the redirect's Location header is not a valid URL: %1").arg(shown);
    } else {
        problem->clear();
        return target;
    }
    return {};
}

int HttpRetryPolicy::retryAfterSeconds(const QNetworkReply *reply)
{
    if (!reply->hasRawHeader("Retry-After"))
        return -1;
    return reply->rawHeader("Retry-After").toInt();
}

std::chrono::milliseconds HttpRetryPolicy::backoff(const Configuration &config, int retry, int retryAfterSeconds)
{
    using namespace std::chrono;
    milliseconds delay = config.retryDelay() * (1 << std::clamp(retry - 1, 0, 6));
    if (retryAfterSeconds >= 0)
        delay = std::max(delay, milliseconds(std::min(retryAfterSeconds, 60) * 1000));
    return delay;
}

} // namespace HubCache
