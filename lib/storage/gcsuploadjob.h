#pragma once

#include "gcsobjectinfo.h"
#include "gcsrequestjob.h"

#include <optional>

namespace HubCache {

// Writes one object: small data in one multipart request, a file through a resumable upload
// session in chunks. With ifGenerationMatch the write happens only if the object is at that
// generation (0: does not exist yet); losing that race ends with ErrorCode::PreconditionFailed.
class HUBCACHE_EXPORT GcsUploadJob final : public GcsRequestJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsUploadJob)

public:
    // A multipart upload of data.
    GcsUploadJob(GcsClient *client, const QString &bucket, const QString &name, const QByteArray &data,
                 std::optional<qint64> ifGenerationMatch, const QString &contentType, QObject *parent = nullptr);
    // A resumable upload fed chunk by chunk through appendChunk(), for bytes produced as they go;
    // the object appears only when the last chunk is in.
    GcsUploadJob(GcsClient *client, const QString &bucket, const QString &name,
                 std::optional<qint64> ifGenerationMatch, const QString &contentType, QObject *parent = nullptr);
    // A resumable upload of the file at filePath.
    GcsUploadJob(GcsClient *client, const QString &bucket, const QString &name, const QString &filePath,
                 std::optional<qint64> ifGenerationMatch, const QString &contentType, QObject *parent = nullptr);

    // Bytes per request of a resumable upload; rounded down to a multiple of 256 KiB (default 8 MiB).
    void setChunkSize(qint64 bytes);
    // Streaming mode: the next bytes of the object, a multiple of 256 KiB unless last. One chunk is
    // held at a time: append the next one after chunkAccepted().
    void appendChunk(const QByteArray &chunk, bool last);
    // Streaming mode: true while a chunk waits to be sent or acknowledged.
    [[nodiscard]] bool holdsChunk() const { return m_holdsChunk; }
    [[nodiscard]] GcsObjectInfo object() const { return m_object; }
    [[nodiscard]] QUrl sessionUrl() const { return m_sessionUrl; }

Q_SIGNALS:
    // Streaming mode: the session has every byte appended so far (the last chunk ends with result()).
    void chunkAccepted();

protected:
    Request nextRequest() override;
    void handleResponse(int status, QNetworkReply *reply, const QByteArray &body) override;
    void aboutToRetry() override;

private:
    Request multipartRequest() const;
    Request chunkRequest();
    void finish(int status, const QByteArray &body);

    enum class Phase {
        Multipart,
        StartSession,
        SendChunks,
    };
    Phase m_phase = Phase::Multipart;
    QByteArray m_data;
    QString m_filePath;
    qint64 m_fileSize = 0;
    std::optional<qint64> m_ifGenerationMatch;
    QString m_contentType;
    qint64 m_chunkSize = 8 << 20;
    QUrl m_sessionUrl;
    qint64 m_committed = 0;  // bytes the session has, as the server last said
    qint64 m_chunkEnd = 0;   // end of the chunk in flight
    bool m_queryStatus = false; // ask the session where it stands before sending more
    bool m_streaming = false;
    QByteArray m_chunk;         // streaming: bytes from m_committed on, not yet acknowledged
    bool m_holdsChunk = false;
    bool m_lastChunk = false;
    bool m_idle = false;        // streaming: the session is open and waits for the next chunk
    GcsObjectInfo m_object;
};

} // namespace HubCache
