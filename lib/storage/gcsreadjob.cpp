#include "gcsreadjob.h"

namespace HubCache {

GcsReadJob::GcsReadJob(GcsClient *client, const QString &bucket, const QString &name, qint64 offset, qint64 length,
                       qint64 generation, QObject *parent)
    : GcsObjectReader(client, bucket, name, generation, parent)
{
    setRange(offset, length);
    // A known length is allocated once, not grown piece by piece.
    if (length > 0)
        m_data.reserve(qMin<qint64>(length, 64 << 20));
    connect(this, &GcsObjectReader::readyRead, this, [this] {
        // The first piece is kept as it came; later ones are appended.
        for (QByteArray chunk = takeChunk(); !chunk.isEmpty(); chunk = takeChunk()) {
            if (m_data.isEmpty() && m_data.capacity() < chunk.size())
                m_data = std::move(chunk);
            else
                m_data += chunk;
        }
    });
}

} // namespace HubCache
