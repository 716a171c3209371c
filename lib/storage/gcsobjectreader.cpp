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
    const QByteArray data = reply->readAll();
    if (data.isEmpty())
        return;
    if (data.size() > m_chunkEnd - m_position) {
        failAttempt(makeError(ErrorCode::UnexpectedResponse, 0, tr("the server sent more bytes than asked for")), 0, false);
        return;
    }
    if (m_bufferPos > 0 && m_bufferPos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_bufferPos);
        m_bufferPos = 0;
    }
    m_buffer += data;
    m_position += data.size();
    m_peakBuffered = qMax(m_peakBuffered, bytesAvailable());
    Q_EMIT readyRead();
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
    const qint64 n = qMin(maxSize, bytesAvailable());
    if (n <= 0)
        return {};
    const QByteArray out = m_buffer.mid(m_bufferPos, n);
    m_bufferPos += n;
    if (m_bufferPos == m_buffer.size()) {
        m_buffer.clear();
        m_bufferPos = 0;
    }
    m_delivered += n;
    setProgress(m_delivered, m_objectSize >= 0 ? endOffset() - m_offset : -1);
    // Not from inside the consumer's call: it may be in the middle of its own bookkeeping.
    QMetaObject::invokeMethod(this, [this] {
        fetchMoreIfRoom();
        finishIfDone();
    }, Qt::QueuedConnection);
    return out;
}

} // namespace HubCache
