#include "gcsuploadjob.h"

#include "gcsclient.h"
#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace HubCache {

namespace {

constexpr qint64 kChunkQuantum = 256 << 10;

QByteArray ifGenerationQuery(const std::optional<qint64> &generation)
{
    return generation ? "&ifGenerationMatch=" + QByteArray::number(*generation) : QByteArray();
}

} // namespace

GcsUploadJob::GcsUploadJob(GcsClient *client, const QString &bucket, const QString &name, const QByteArray &data,
                           std::optional<qint64> ifGenerationMatch, const QString &contentType, QObject *parent)
    : GcsRequestJob(client, bucket, name, parent)
    , m_phase(Phase::Multipart)
    , m_data(data)
    , m_ifGenerationMatch(ifGenerationMatch)
    , m_contentType(contentType)
{
}

GcsUploadJob::GcsUploadJob(GcsClient *client, const QString &bucket, const QString &name,
                           std::optional<qint64> ifGenerationMatch, const QString &contentType, QObject *parent)
    : GcsRequestJob(client, bucket, name, parent)
    , m_phase(Phase::StartSession)
    , m_fileSize(-1)
    , m_ifGenerationMatch(ifGenerationMatch)
    , m_contentType(contentType)
    , m_streaming(true)
{
}

void GcsUploadJob::appendChunk(const QByteArray &chunk, bool last)
{
    Q_ASSERT(m_streaming && !m_holdsChunk && !m_lastChunk);
    m_chunk = chunk;
    m_holdsChunk = true;
    m_lastChunk = last;
    if (last)
        m_fileSize = m_committed + chunk.size();
    if (m_idle) {
        m_idle = false;
        sendNext();
    }
}

GcsUploadJob::GcsUploadJob(GcsClient *client, const QString &bucket, const QString &name, const QString &filePath,
                           std::optional<qint64> ifGenerationMatch, const QString &contentType, QObject *parent)
    : GcsRequestJob(client, bucket, name, parent)
    , m_phase(Phase::StartSession)
    , m_filePath(filePath)
    , m_ifGenerationMatch(ifGenerationMatch)
    , m_contentType(contentType)
{
}

void GcsUploadJob::setChunkSize(qint64 bytes)
{
    m_chunkSize = qMax(kChunkQuantum, bytes / kChunkQuantum * kChunkQuantum);
}

GcsRequestJob::Request GcsUploadJob::nextRequest()
{
    switch (m_phase) {
    case Phase::Multipart:
        return multipartRequest();
    case Phase::StartSession: {
        if (!m_streaming) {
            QFileInfo info(m_filePath);
            if (!info.isFile()) {
                emitResult(Error::fromSystemError(ENOENT, m_filePath, objectUri()));
                return {};
            }
            m_fileSize = info.size();
        }
        Request r;
        r.verb = "POST";
        r.url = client()->bucketUrl(m_bucket, "/o", "uploadType=resumable" + ifGenerationQuery(m_ifGenerationMatch), true);
        r.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArray("application/json; charset=UTF-8")));
        r.headers.append(qMakePair(QByteArrayLiteral("X-Upload-Content-Type"), QByteArray(m_contentType.toUtf8())));
        if (!m_streaming)
            r.headers.append(qMakePair(QByteArrayLiteral("X-Upload-Content-Length"), QByteArray(QByteArray::number(m_fileSize))));
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), m_name},
                                           {QStringLiteral("contentType"), m_contentType}})
                     .toJson(QJsonDocument::Compact);
        // Opening a session writes nothing; an abandoned one expires.
        r.idempotent = true;
        return r;
    }
    case Phase::SendChunks:
        return chunkRequest();
    }
    return {};
}

GcsRequestJob::Request GcsUploadJob::multipartRequest() const
{
    const QByteArray boundary = "hubcache-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QByteArray metadata = QJsonDocument(QJsonObject{{QStringLiteral("name"), m_name},
                                                          {QStringLiteral("contentType"), m_contentType}})
                                    .toJson(QJsonDocument::Compact);
    Request r;
    r.verb = "POST";
    r.url = client()->bucketUrl(m_bucket, "/o", "uploadType=multipart" + ifGenerationQuery(m_ifGenerationMatch), true);
    r.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArray("multipart/related; boundary=" + boundary)));
    r.body = "--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n" + metadata + "\r\n--"
        + boundary + "\r\nContent-Type: " + m_contentType.toUtf8() + "\r\n\r\n" + m_data + "\r\n--" + boundary + "--\r\n";
    // Without a precondition a repeated write could overwrite someone else's newer object.
    r.idempotent = m_ifGenerationMatch.has_value();
    r.bulk = m_data.size() > (1 << 20);
    return r;
}

GcsRequestJob::Request GcsUploadJob::chunkRequest()
{
    Request r;
    r.verb = "PUT";
    r.url = m_sessionUrl;
    // Chunk PUTs of a session can be repeated: the session keeps what it has.
    r.idempotent = true;
    if (m_streaming) {
        // The total is unknown ("*") until the last chunk, which alone completes the object. No
        // status query is sent: some servers (fake-gcs-server) complete the object on one.
        const QByteArray total = m_lastChunk ? QByteArray::number(m_committed + m_chunk.size()) : QByteArray("*");
        if (m_chunk.isEmpty())
            r.headers.append(qMakePair(QByteArrayLiteral("Content-Range"), QByteArray("bytes */" + total)));
        else
            r.headers.append(qMakePair(QByteArrayLiteral("Content-Range"),
                                       QByteArray("bytes " + QByteArray::number(m_committed) + '-'
                                                  + QByteArray::number(m_committed + m_chunk.size() - 1) + '/' + total)));
        r.body = m_chunk;
        r.bulk = true;
        return r;
    }
    if (m_queryStatus) {
        r.headers.append(qMakePair(QByteArrayLiteral("Content-Range"), QByteArray("bytes */" + QByteArray::number(m_fileSize))));
        return r;
    }
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_committed)) {
        emitResult(Error::fromSystemError(EIO, m_filePath, objectUri()));
        return {};
    }
    const QByteArray chunk = file.read(qMin(m_chunkSize, m_fileSize - m_committed));
    if (chunk.size() != qMin(m_chunkSize, m_fileSize - m_committed)) {
        emitResult(Error::fromSystemError(EIO, m_filePath, objectUri()));
        return {};
    }
    m_chunkEnd = m_committed + chunk.size();
    if (chunk.isEmpty())
        r.headers.append(qMakePair(QByteArrayLiteral("Content-Range"), QByteArray("bytes */" + QByteArray::number(m_fileSize))));
    else
        r.headers.append(qMakePair(QByteArrayLiteral("Content-Range"), QByteArray("bytes " + QByteArray::number(m_committed) + '-'
                                               + QByteArray::number(m_chunkEnd - 1) + '/' + QByteArray::number(m_fileSize))));
    r.body = chunk;
    r.bulk = true;
    return r;
}

void GcsUploadJob::handleResponse(int status, QNetworkReply *reply, const QByteArray &body)
{
    switch (m_phase) {
    case Phase::Multipart:
        finish(status, body);
        return;
    case Phase::StartSession: {
        const QUrl location = QUrl(QString::fromUtf8(reply->rawHeader("Location")));
        if (status != 200 || !location.isValid() || location.isEmpty()) {
            emitResult(makeError(ErrorCode::UnexpectedResponse, status, tr("no upload session URL in the answer")));
            return;
        }
        m_sessionUrl = location;
        m_phase = Phase::SendChunks;
        m_committed = 0;
        qCInfo(lcStorage) << "upload session for" << objectUri() << "opened";
        if (m_streaming && !m_holdsChunk) {
            m_idle = true;
            return;
        }
        sendNext();
        return;
    }
    case Phase::SendChunks:
        if (status == 308) {
            // "Resume Incomplete": Range says what the session has (none when absent).
            const QByteArray range = reply->rawHeader("Range");
            qint64 committed = 0;
            if (range.startsWith("bytes=0-"))
                committed = range.mid(8).toLongLong() + 1;
            if (m_streaming) {
                if (committed < m_committed || committed > m_committed + m_chunk.size()) {
                    emitResult(makeError(ErrorCode::UnexpectedResponse, status,
                                         tr("the session claims %1 bytes, %2 were sent").arg(committed).arg(m_committed + m_chunk.size())));
                    return;
                }
                m_chunk = m_chunk.mid(committed - m_committed);
                m_committed = committed;
                setProgress(m_committed, m_fileSize);
                if (m_chunk.isEmpty() && !m_lastChunk) {
                    m_holdsChunk = false;
                    m_idle = true;
                    Q_EMIT chunkAccepted();
                    return;
                }
                sendNext();
                return;
            }
            if (committed > m_fileSize) {
                emitResult(makeError(ErrorCode::UnexpectedResponse, status, tr("the session claims more bytes than the file has")));
                return;
            }
            m_committed = committed;
            m_queryStatus = false;
            setProgress(m_committed, m_fileSize);
            sendNext();
            return;
        }
        finish(status, body);
        return;
    }
}

void GcsUploadJob::aboutToRetry()
{
    // A chunk may have arrived in part, or whole with its answer lost: ask the session first.
    // A streamed chunk is sent again as it is (the session keeps what it has).
    if (m_phase == Phase::SendChunks && !m_streaming)
        m_queryStatus = true;
}

void GcsUploadJob::finish(int status, const QByteArray &body)
{
    m_object = GcsObjectInfo::fromJson(QJsonDocument::fromJson(body).object());
    if ((status != 200 && status != 201) || !m_object.isValid()) {
        emitResult(makeError(ErrorCode::UnexpectedResponse, status, tr("no object metadata in the answer")));
        return;
    }
    if (m_phase == Phase::SendChunks && m_object.size != m_fileSize) {
        emitResult(makeError(ErrorCode::UnexpectedResponse, status,
                             tr("the stored object has %1 bytes, the file %2").arg(m_object.size).arg(m_fileSize)));
        return;
    }
    const qint64 size = m_phase == Phase::Multipart ? m_data.size() : m_fileSize;
    setProgress(size, size);
    emitResult();
}

} // namespace HubCache
