#include "gcsobjectreader.h"

#include "gcsclient.h"
#include "logging.h"

#include <QNetworkReply>

#include <limits>

namespace HubCache {

GcsObjectReader::GcsObjectReader(GcsClient *client, const QString &bucket, const QString &name, qint64 generation,
                                 QObject *parent)
    : GcsRequestJob(client, bucket, name, parent)
    , m_generation(generation)
    , m_generationGiven(generation != 0)
{
}

void GcsObjectReader::setRange(qint64 offset, qint64 length)
{
    m_offset = qMax<qint64>(0, offset);
    m_length = length;
    m_position = m_offset;
}

void GcsObjectReader::setChunkSize(qint64 bytes)
{
    m_chunkSize = qMax<qint64>(1, bytes);
    m_bufferLimit = qMax(m_bufferLimit, m_chunkSize);
}

void GcsObjectReader::setBufferLimit(qint64 bytes)
{
    m_bufferLimit = qMax(bytes, m_chunkSize);
}

qint64 GcsObjectReader::endOffset() const
{
    qint64 end = m_objectSize >= 0 ? m_objectSize : std::numeric_limits<qint64>::max();
    if (m_length >= 0)
        end = qMin(end, m_offset + m_length);
    return end;
}

GcsRequestJob::Request GcsObjectReader::nextRequest()
{
    if (!m_inFlight) {
        m_chunkEnd = qMin(endOffset(), m_position + m_chunkSize);
        m_inFlight = true;
    }
    m_answerChecked = false;
    Request r;
    QByteArray query = "alt=media";
    if (m_generation)
        query += "&generation=" + QByteArray::number(m_generation);
    r.url = client()->objectUrl(m_bucket, m_name, {}, query);
    r.headers.append(qMakePair(QByteArrayLiteral("Range"), QByteArray("bytes=" + QByteArray::number(m_position) + '-' + QByteArray::number(m_chunkEnd - 1))));
    // The stored bytes as they are: ranges then count stored bytes, and no transcoding happens.
    r.headers.append(qMakePair(QByteArrayLiteral("Accept-Encoding"), QByteArray("gzip")));
    r.bulk = true;
    if (m_pieceSize > 0)
        r.readBufferSize = 2 * m_pieceSize; // taken piece by piece as it comes
    return r;
}

bool GcsObjectReader::checkAnswer(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool ok = false;
    const qint64 generation = reply->rawHeader("x-goog-generation").toLongLong(&ok);
    if (!ok || generation <= 0) {
        failAttempt(makeError(ErrorCode::UnexpectedResponse, status, tr("the answer does not name the object's generation")),
                    status, false);
        return false;
    }
    if (m_generation == 0) {
        m_generation = generation;
        qCInfo(lcStorage) << "reading" << objectUri() << "generation" << generation;
    } else if (generation != m_generation) {
        // A server or cache that ignored generation=: not one byte of another version goes out.
        failAttempt(makeError(ErrorCode::ObjectChanged, status,
                              tr("generation %1 was being read, the server sent %2").arg(m_generation).arg(generation)),
                    status, false);
        return false;
    }
    if (status == 206) {
        // "bytes first-last/total"
        const QByteArray range = reply->rawHeader("Content-Range");
        const qsizetype dash = range.indexOf('-');
        const qsizetype slash = range.indexOf('/');
        const qint64 first = range.startsWith("bytes ") && dash > 6 ? range.mid(6, dash - 6).toLongLong(&ok) : -1;
        const qint64 total = slash > 0 ? range.mid(slash + 1).toLongLong() : -1;
        if (first != m_position || total < 0) {
            failAttempt(makeError(ErrorCode::UnexpectedResponse, status,
                                  tr("asked for bytes from %1, got Content-Range %2").arg(m_position).arg(QString::fromLatin1(range))),
                        status, false);
            return false;
        }
        m_objectSize = total;
    } else {
        // 200: the whole object, only acceptable from the start and when it fits.
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (m_position != 0 || length > m_bufferLimit - bytesAvailable()) {
            failAttempt(makeError(ErrorCode::UnexpectedResponse, status, tr("the server ignored the Range header")),
                        status, false);
            return false;
        }
        m_objectSize = length;
    }
    m_chunkEnd = qMin(m_chunkEnd, endOffset());
    m_answerChecked = true;
    return true;
}

void GcsObjectReader::handleBodyData(QNetworkReply *reply)
{
    if (!m_answerChecked && !checkAnswer(reply))
        return;
    if (m_pieceSize > 0) {
        readPieces(reply);
        return;
    }
    QByteArray data = reply->readAll();
    if (data.isEmpty())
        return;
    if (data.size() > m_chunkEnd - m_position) {
        failAttempt(makeError(ErrorCode::UnexpectedResponse, 0, tr("the server sent more bytes than asked for")), 0, false);
        return;
    }
    m_position += data.size();
    m_buffered += data.size();
    m_chunks.push_back(std::move(data));
    m_peakBuffered = qMax(m_peakBuffered, bytesAvailable());
    Q_EMIT readyRead();
}

void GcsObjectReader::setPieceSize(qint64 bytes, std::function<QByteArray()> recycled)
{
    m_pieceSize = qMax<qint64>(0, bytes);
    m_recycled = std::move(recycled);
}

void GcsObjectReader::readPieces(QNetworkReply *reply)
{
    bool handed = false;
    while (reply->bytesAvailable() > 0) {
        if (m_position >= m_chunkEnd) {
            failAttempt(makeError(ErrorCode::UnexpectedResponse, 0, tr("the server sent more bytes than asked for")), 0, false);
            return;
        }
        if (m_piece.isEmpty()) {
            // A spent piece keeps its (already mapped) memory: resizing it allocates nothing.
            m_piece = m_recycled ? m_recycled() : QByteArray();
            m_piece.resize(qMin(m_pieceSize, m_chunkEnd - m_position));
            m_pieceFill = 0;
        }
        const qint64 n = reply->read(m_piece.data() + m_pieceFill, m_piece.size() - m_pieceFill);
        if (n <= 0)
            break;
        m_pieceFill += n;
        m_position += n;
        if (m_pieceFill == m_piece.size() || m_position == m_chunkEnd) {
            m_piece.resize(m_pieceFill);
            m_buffered += m_pieceFill;
            m_chunks.push_back(std::move(m_piece));
            m_piece = QByteArray();
            m_pieceFill = 0;
            handed = true;
        }
    }
    if (handed) {
        m_peakBuffered = qMax(m_peakBuffered, bytesAvailable());
        Q_EMIT readyRead();
    }
}

void GcsObjectReader::handleResponse(int status, QNetworkReply *reply, const QByteArray &body)
{
    Q_UNUSED(body)
    if (!m_answerChecked && !checkAnswer(reply))
        return;
    if (m_position < m_chunkEnd) {
        // Qt may report a cut connection as a clean end: resume from what arrived.
        failAttempt(makeError(ErrorCode::ConnectionFailed, status,
                              tr("the answer ended at byte %1 of %2").arg(m_position).arg(m_chunkEnd)),
                    status, true);
        return;
    }
    m_inFlight = false;
    if (m_position >= endOffset())
        m_fetchedAll = true;
    finishIfDone();
    fetchMoreIfRoom();
}

void GcsObjectReader::handleFailure(const Error &error, int status)
{
    if (status == 404 && m_generation != 0 && (!m_generationGiven || m_position > m_offset)) {
        emitResult(makeError(ErrorCode::ObjectChanged, status,
                             tr("generation %1 is gone after %2 bytes").arg(m_generation).arg(m_position - m_offset)));
        return;
    }
    if (status == 416 && m_position == 0 && m_length != 0) {
        // bytes=0-… of an empty object.
        m_objectSize = 0;
        m_inFlight = false;
        m_fetchedAll = true;
        finishIfDone();
        return;
    }
    emitResult(error);
}

void GcsObjectReader::fetchMoreIfRoom()
{
    if (isFinished() || m_inFlight || m_fetchedAll)
        return;
    const qint64 next = qMin(m_chunkSize, endOffset() - m_position);
    if (bytesAvailable() + next <= m_bufferLimit)
        sendNext();
}

void GcsObjectReader::finishIfDone()
{
    if (!isFinished() && m_fetchedAll && bytesAvailable() == 0) {
        setProgress(m_delivered, m_delivered);
        emitResult();
    }
}

QByteArray GcsObjectReader::read(qint64 maxSize)
{
    qint64 n = qMin(maxSize, bytesAvailable());
    if (n <= 0)
        return {};
    // A whole first piece goes out as it is; otherwise one copy into the answer.
    if (m_headPos == 0 && m_chunks.front().size() == n)
        return takeChunk();
    QByteArray out(n, Qt::Uninitialized);
    char *to = out.data();
    while (n > 0) {
        const QByteArray &head = m_chunks.front();
        const qint64 part = qMin(n, head.size() - m_headPos);
        memcpy(to, head.constData() + m_headPos, size_t(part));
        to += part;
        n -= part;
        m_headPos += part;
        if (m_headPos == head.size()) {
            m_chunks.pop_front();
            m_headPos = 0;
        }
    }
    m_buffered -= out.size();
    afterConsumed(out.size());
    return out;
}

QByteArray GcsObjectReader::takeChunk()
{
    if (m_chunks.empty())
        return {};
    QByteArray out = std::move(m_chunks.front());
    m_chunks.pop_front();
    if (m_headPos > 0) {
        out.remove(0, m_headPos);
        m_headPos = 0;
    }
    m_buffered -= out.size();
    afterConsumed(out.size());
    return out;
}

void GcsObjectReader::afterConsumed(qint64 bytes)
{
    m_delivered += bytes;
    setProgress(m_delivered, m_objectSize >= 0 ? endOffset() - m_offset : -1);
    // Not from inside the consumer's call: it may be in the middle of its own bookkeeping. One
    // pending check serves any number of takes.
    if (m_checkQueued)
        return;
    m_checkQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_checkQueued = false;
        fetchMoreIfRoom();
        finishIfDone();
    }, Qt::QueuedConnection);
}

} // namespace HubCache
