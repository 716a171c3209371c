#include "gcsreadjob.h"

namespace HubCache {

GcsReadJob::GcsReadJob(GcsClient *client, const QString &bucket, const QString &name, qint64 offset, qint64 length,
                       qint64 generation, QObject *parent)
    : GcsObjectReader(client, bucket, name, generation, parent)
{
    setRange(offset, length);
    connect(this, &GcsObjectReader::readyRead, this, [this] { m_data += read(bytesAvailable()); });
}

} // namespace HubCache
