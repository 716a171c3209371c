#pragma once

#include "gcsobjectinfo.h"
#include "gcsrequestjob.h"

#include <optional>

namespace HubCache {

// Copies an object on the server (rewriteTo), calling again with the rewriteToken until done.
class HUBCACHE_EXPORT GcsRewriteJob final : public GcsRequestJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsRewriteJob)

public:
    GcsRewriteJob(GcsClient *client, const QString &sourceBucket, const QString &sourceName,
                  const QString &destinationBucket, const QString &destinationName, qint64 sourceGeneration,
                  std::optional<qint64> ifGenerationMatch, QObject *parent = nullptr);
    // maxBytesRewrittenPerCall (a multiple of 1 MiB; 0: the server decides).
    void setBytesPerCall(qint64 bytes) { m_bytesPerCall = bytes; }

    [[nodiscard]] GcsObjectInfo object() const { return m_object; }
    [[nodiscard]] int callCount() const { return m_calls; }

protected:
    Request nextRequest() override;
    void handleResponse(int status, QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_destinationBucket;
    QString m_destinationName;
    qint64 m_sourceGeneration = 0;
    std::optional<qint64> m_ifGenerationMatch;
    qint64 m_bytesPerCall = 0;
    QString m_rewriteToken;
    int m_calls = 0;
    GcsObjectInfo m_object;
};

} // namespace HubCache
