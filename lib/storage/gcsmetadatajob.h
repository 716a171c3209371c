#pragma once

#include "gcsobjectinfo.h"
#include "gcsrequestjob.h"

namespace HubCache {

// Gets one object's metadata (size, generation, hashes, update time).
class HUBCACHE_EXPORT GcsMetadataJob final : public GcsRequestJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsMetadataJob)

public:
    GcsMetadataJob(GcsClient *client, const QString &bucket, const QString &name, qint64 generation,
                   QObject *parent = nullptr);
    [[nodiscard]] GcsObjectInfo object() const { return m_object; }

protected:
    Request nextRequest() override;
    void handleResponse(int status, QNetworkReply *reply, const QByteArray &body) override;

private:
    qint64 m_generation = 0;
    GcsObjectInfo m_object;
};

} // namespace HubCache
