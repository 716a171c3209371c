#pragma once

#include "gcsobjectreader.h"

namespace HubCache {

// Reads a byte range of one object generation into memory: for small ranges (headers, indexes).
class HUBCACHE_EXPORT GcsReadJob final : public GcsObjectReader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsReadJob)

public:
    GcsReadJob(GcsClient *client, const QString &bucket, const QString &name, qint64 offset, qint64 length,
               qint64 generation, QObject *parent = nullptr);
    [[nodiscard]] QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

} // namespace HubCache
