#include "gcsdeletejob.h"

#include "gcsclient.h"

namespace HubCache {

GcsDeleteJob::GcsDeleteJob(GcsClient *client, const QString &bucket, const QString &name,
                           std::optional<qint64> ifGenerationMatch, QObject *parent)
    : GcsRequestJob(client, bucket, name, parent)
    , m_ifGenerationMatch(ifGenerationMatch)
{
}

GcsRequestJob::Request GcsDeleteJob::nextRequest()
{
    Request r;
    r.verb = "DELETE";
    r.url = client()->objectUrl(m_bucket, m_name, {},
                                m_ifGenerationMatch ? "ifGenerationMatch=" + QByteArray::number(*m_ifGenerationMatch)
                                                    : QByteArray());
    r.idempotent = m_ifGenerationMatch.has_value();
    return r;
}

void GcsDeleteJob::handleResponse(int status, QNetworkReply *reply, const QByteArray &body)
{
    Q_UNUSED(reply)
    Q_UNUSED(body)
    // 204 from GCS; some emulators answer 200.
    if (status != 204 && status != 200) {
        emitResult(makeError(ErrorCode::UnexpectedResponse, status));
        return;
    }
    emitResult();
}

void GcsDeleteJob::handleFailure(const Error &error, int status)
{
    // A retried delete whose first attempt went through but whose answer was lost.
    if (status == 404 && retryCount() > 0) {
        emitResult();
        return;
    }
    emitResult(error);
}

} // namespace HubCache
