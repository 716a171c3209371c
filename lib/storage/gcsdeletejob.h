#pragma once

#include "gcsrequestjob.h"

#include <optional>

namespace HubCache {

// Deletes an object, only if it is still generation ifGenerationMatch when that is given (the
// only form that is retried: without a precondition a repeated delete could remove a newer object).
// A 404 on a retry of ours means the first attempt went through: success. Qt may also resend a
// request whose connection closed before any answer on its own; then the lost success shows as
// ErrorCode::RemoteNotFound, which a caller that gave a generation can read as "already gone".
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
