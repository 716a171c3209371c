#include "gcsreadjob.h"

namespace HubCache {

GcsReadJob::GcsReadJob(GcsClient *client, const QString &bucket, const QString &name, qint64 offset, qint64 length,
                       qint64 generation, QObject *parent)
    : GcsObjectReader(client, bucket, name, generation, parent)
{
    setRange(offset, length);
    connect(this, &GcsObjectReader::readyRead, this, [this] {
        // The first piece is kept as it came; later ones are appended.
        for (QByteArray chunk = takeChunk(); !chunk.isEmpty(); chunk = takeChunk()) {
            if (m_data.isEmpty())
                m_data = std::move(chunk);
            else
                m_data += chunk;
        }
    });
}

} // namespace HubCache
