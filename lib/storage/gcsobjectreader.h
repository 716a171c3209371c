#pragma once

#include "gcsrequestjob.h"

#include <QByteArray>

#include <deque>
#include <functional>

namespace HubCache {

// Reads one object generation sequentially, in ranged requests of chunkSize bytes (alt=media,
// Range, generation=), fetching the next chunk while the consumer reads as long as at most
// bufferLimit bytes are held. The generation is pinned by the first answer: if the object is
// replaced or deleted before the end, the read fails with ErrorCode::ObjectChanged and never
// hands out a byte of the new version. A cut chunk is resumed where it stopped.
// readyRead() says bytes can be read(); result() comes once everything was read, or on failure.
class HUBCACHE_EXPORT GcsObjectReader : public GcsRequestJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsObjectReader)

public:
    GcsObjectReader(GcsClient *client, const QString &bucket, const QString &name, qint64 generation,
                    QObject *parent = nullptr);

    // Reads [offset, offset + length) instead of the whole object (length -1: to the end).
    void setRange(qint64 offset, qint64 length);
    // Bytes per request (default 8 MiB) and bytes held at most (default 16 MiB, at least chunkSize).
    void setChunkSize(qint64 bytes);
    void setBufferLimit(qint64 bytes);
    [[nodiscard]] qint64 chunkSize() const { return m_chunkSize; }
    [[nodiscard]] qint64 bufferLimit() const { return m_bufferLimit; }

    // Hands bytes over in pieces of pieceSize bytes (the last of a request shorter) instead of as
    // the network delivers them, read into arrays recycled() gives (pieces a consumer is done with)
    // rather than allocated per network read. 0: as delivered.
    void setPieceSize(qint64 bytes, std::function<QByteArray()> recycled = {});
    // Takes up to maxSize buffered bytes.
    [[nodiscard]] QByteArray read(qint64 maxSize);
    // Takes the oldest buffered piece as the network handed it over, without copying it (empty
    // when nothing is buffered): for consumers that keep the bytes themselves.
    [[nodiscard]] QByteArray takeChunk();
    [[nodiscard]] qint64 bytesAvailable() const { return m_buffered; }
    // The generation being read (0 until the first answer), and the object's size (-1 until known).
    [[nodiscard]] qint64 generation() const { return m_generation; }
    [[nodiscard]] qint64 objectSize() const { return m_objectSize; }
    // The most bytes held at once so far.
    [[nodiscard]] qint64 peakBuffered() const { return m_peakBuffered; }

Q_SIGNALS:
    void readyRead();

protected:
    Request nextRequest() override;
    void handleResponse(int status, QNetworkReply *reply, const QByteArray &body) override;
    [[nodiscard]] bool streamsBody() const override { return true; }
    void handleBodyData(QNetworkReply *reply) override;
    void handleFailure(const Error &error, int status) override;

private:
    bool checkAnswer(QNetworkReply *reply);
    void readPieces(QNetworkReply *reply);
    void fetchMoreIfRoom();
    void finishIfDone();
    void afterConsumed(qint64 bytes);
    [[nodiscard]] qint64 endOffset() const;

    qint64 m_generation = 0;
    bool m_generationGiven = false;
    qint64 m_offset = 0;
    qint64 m_length = -1;
    qint64 m_chunkSize = 8 << 20;
    qint64 m_bufferLimit = 16 << 20;
    qint64 m_objectSize = -1;
    qint64 m_position = 0;   // next byte of the object to fetch
    qint64 m_chunkEnd = 0;   // end (exclusive) of the chunk being fetched
    bool m_inFlight = false;
    bool m_answerChecked = false;
    bool m_fetchedAll = false;
    // Pieces as they arrived (moved, never appended into one growing buffer); m_headPos bytes of the
    // first are taken already.
    std::deque<QByteArray> m_chunks;
    qint64 m_headPos = 0;
    qint64 m_buffered = 0;
    qint64 m_peakBuffered = 0;
    qint64 m_delivered = 0;
    bool m_checkQueued = false;
    qint64 m_pieceSize = 0;
    std::function<QByteArray()> m_recycled;
    QByteArray m_piece;      // being filled
    qint64 m_pieceFill = 0;
};

} // namespace HubCache
