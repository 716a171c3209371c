#pragma once

#include "gcsrequestjob.h"

#include <optional>

namespace HubCache {

// Deletes an object, only if it is still generation ifGenerationMatch when that is given (the
// only form that is retried: without a precondition a repeated delete could remove a newer object).
class HUBCACHE_EXPORT GcsDeleteJob final : public GcsRequestJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsDeleteJob)

public:
    GcsDeleteJob(GcsClient *client, const QString &bucket, const QString &name,
                 std::optional<qint64> ifGenerationMatch, QObject *parent = nullptr);

protected:
    Request nextRequest() override;
    void handleResponse(int status, QNetworkReply *reply, const QByteArray &body) override;
    void handleFailure(const Error &error, int status) override;

private:
    std::optional<qint64> m_ifGenerationMatch;
};

} // namespace HubCache
