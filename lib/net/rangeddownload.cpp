#include "rangeddownload_p.h"

#include "contentrange_p.h"
#include "httpretrypolicy_p.h"
#include "logging.h"

#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace HubCache {

namespace {

constexpr qint64 kReplyBuffer = 2 * 1024 * 1024;
constexpr qint64 kReadChunk = 1024 * 1024;

} // namespace

RangedDownload::RangedDownload(ResumeData record, const Configuration &config, int connections,
                               RequestFactory factory, QObject *parent)
    : QObject(parent)
    , m_record(std::move(record))
    , m_config(config)
    , m_connections(std::max(1, connections))
    , m_factory(std::move(factory))
    , m_saveTimer(new QTimer(this))
{
    m_blocks.resize(m_record.blockCount(), BlockState::Missing);
    m_kept.resize(m_record.blockCount(), false);
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_record.hasBlock(i))
            m_blocks[i] = BlockState::Done;
    }
    // The record on disk trails the file by at most this long: a killed run fetches again what
    // arrived in its last tenth of a second (a bounded overlap) and never trusts a block it did
    // not record.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(100);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { (void)m_record.save(); });
}

RangedDownload::~RangedDownload()
{
    stop();
}

bool RangedDownload::open(QString *why)
{
    m_file.setFileName(m_record.archivePath());
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        *why = m_file.errorString();
        return false;
    }
    return true;
}

void RangedDownload::markKeptBlocks()
{
    for (int i = 0; i < m_blocks.size(); ++i)
        m_kept[i] = m_blocks.at(i) == BlockState::Done;
}

bool RangedDownload::isBlockReady(int block) const
{
    return m_blocks.at(block) == BlockState::Done;
}

bool RangedDownload::allFetched() const
{
    return std::all_of(m_blocks.cbegin(), m_blocks.cend(), [](BlockState s) { return s == BlockState::Done; });
}

bool RangedDownload::isTransferring() const
{
    return !m_parts.empty();
}

qint64 RangedDownload::receivedBytes() const
{
    qint64 bytes = m_record.completeBytes();
    for (const auto &part : m_parts)
        bytes += part->pos - m_record.blockStart(int(part->pos / ResumeData::kBlockSize));
    return bytes;
}

RangedDownload::Part *RangedDownload::newPart()
{
    auto part = std::make_unique<Part>();
    Part *p = part.get();
    p->stallTimer = new QTimer(this);
    p->stallTimer->setSingleShot(true);
    connect(p->stallTimer, &QTimer::timeout, this, [this, p] { onStall(p); });
    p->retryTimer = new QTimer(this);
    p->retryTimer->setSingleShot(true);
    connect(p->retryTimer, &QTimer::timeout, this, [this, p] { startPart(p); });
    m_parts.push_back(std::move(part));
    return p;
}

void RangedDownload::adopt(QNetworkReply *reply, qint64 from, qint64 to)
{
    Part *p = newPart();
    p->pos = from;
    p->end = to + 1;
    p->validated = true;
    p->attempts = 1;
    p->reply = reply;
    for (qint64 b = from / ResumeData::kBlockSize; b * ResumeData::kBlockSize < p->end; ++b)
        m_blocks[int(b)] = BlockState::InFlight;
    ++m_requests;
    reply->setParent(this);
    reply->setReadBufferSize(kReplyBuffer);
    connect(reply, &QNetworkReply::readyRead, this, [this, p] { onData(p); });
    connect(reply, &QNetworkReply::finished, this, [this, p] { onFinished(p); });
    p->stallTimer->start(m_config.stallTimeout());
    if (reply->bytesAvailable() > 0 || reply->isFinished())
        QMetaObject::invokeMethod(this, [this, p] {
            onData(p);
            if (p->reply && p->reply->isFinished())
                onFinished(p);
        }, Qt::QueuedConnection);
}

void RangedDownload::fill()
{
    if (m_stopped)
        return;
    while (int(m_parts.size()) < m_connections) {
        const auto first = std::find(m_blocks.begin(), m_blocks.end(), BlockState::Missing);
        if (first == m_blocks.end())
            return;
        // Smaller parts towards the end, so that the connections finish together.
        const qsizetype missing = std::count(first, m_blocks.end(), BlockState::Missing);
        const int perPart = int(std::clamp<qsizetype>(missing / m_connections, 1, kBlocksPerPart));
        int last = int(first - m_blocks.begin());
        const int begin = last;
        while (last + 1 < m_blocks.size() && last + 1 - begin < perPart && m_blocks.at(last + 1) == BlockState::Missing)
            ++last;
        Part *p = newPart();
        p->pos = m_record.blockStart(begin);
        p->end = m_record.blockStart(last) + m_record.blockLength(last);
        for (int b = begin; b <= last; ++b)
            m_blocks[b] = BlockState::InFlight;
        startPart(p);
    }
}

void RangedDownload::startPart(Part *part)
{
    if (m_stopped)
        return;
    ++part->attempts;
    ++m_requests;
    part->validated = false;
    QNetworkReply *reply = m_factory(part->pos, part->end - 1);
    part->reply = reply;
    reply->setParent(this);
    reply->setReadBufferSize(kReplyBuffer);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, part] { onMetaData(part); });
    connect(reply, &QNetworkReply::readyRead, this, [this, part] { onData(part); });
    connect(reply, &QNetworkReply::finished, this, [this, part] { onFinished(part); });
    part->stallTimer->start(m_config.stallTimeout());
}

QString RangedDownload::mismatch(const ResumeData &record, const QNetworkReply *reply, qint64 from)
{
    const QByteArray range = reply->rawHeader("Content-Range");
    qint64 start = -1;
    qint64 total = -1;
    if (!parseContentRange(range, &start, &total) || start != from)
        return tr("the server answered the range from byte %1 with another one (%2)").arg(from).arg(QString::fromLatin1(range));
    if (total != record.total())
        return tr("the file's length changed from %1 to %2 bytes").arg(record.total()).arg(total);
    const QByteArray etag = reply->rawHeader("ETag").trimmed();
    const QByteArray lastModified = reply->rawHeader("Last-Modified").trimmed();
    const bool byEtag = record.validator() == record.etag();
    if ((byEtag && etag != record.etag()) || (!etag.isEmpty() && !record.etag().isEmpty() && etag != record.etag()))
        return tr("the file changed on the server: its ETag is %1 now, was %2")
            .arg(QString::fromLatin1(etag), QString::fromLatin1(record.etag()));
    if ((!byEtag && lastModified != record.lastModified())
        || (!lastModified.isEmpty() && !record.lastModified().isEmpty() && lastModified != record.lastModified()))
        return tr("the file changed on the server: its Last-Modified is %1 now, was %2")
            .arg(QString::fromLatin1(lastModified), QString::fromLatin1(record.lastModified()));
    return {};
}

void RangedDownload::onMetaData(Part *part)
{
    QNetworkReply *reply = part->reply;
    if (!reply || part->validated)
        return;
    part->stallTimer->start();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206) {
        const QString why = mismatch(m_record, reply, part->pos);
        if (!why.isEmpty()) {
            dropReply(part);
            Q_EMIT changed(why, false);
            return;
        }
        part->validated = true;
        return;
    }
    if (status == 200) {
        // If-Range answered with the whole file: another version, or a server that does not
        // honour ranges although it said so.
        const QByteArray etag = reply->rawHeader("ETag").trimmed();
        const QByteArray lastModified = reply->rawHeader("Last-Modified").trimmed();
        const bool same = m_record.validator() == m_record.etag() ? etag == m_record.etag()
                                                                  : lastModified == m_record.lastModified();
        dropReply(part);
        if (same)
            Q_EMIT changed(tr("the server sent the whole file (status 200) when asked for bytes %1 to %2: it does not honour ranges")
                               .arg(part->pos).arg(part->end - 1), true);
        else
            Q_EMIT changed(tr("the file changed on the server (status 200 to a request for the same version)"), false);
        return;
    }
    if (status == 412 || status == 416) {
        dropReply(part);
        Q_EMIT changed(tr("the server refused the range of the same version (status %1): the file changed").arg(status), false);
        return;
    }
    // Other answers (errors, redirects) are judged when the reply finishes.
}

void RangedDownload::onData(Part *part)
{
    QNetworkReply *reply = part->reply;
    if (!reply || !part->validated || m_stopped)
        return;
    bool moved = false;
    bool blockDone = false;
    while (reply->bytesAvailable() > 0 && part->pos < part->end) {
        const QByteArray chunk = reply->read(std::min({kReadChunk, reply->bytesAvailable(), part->end - part->pos}));
        if (chunk.isEmpty())
            break;
        // Split at block boundaries: each block's CRC is of its own bytes.
        qsizetype off = 0;
        while (off < chunk.size()) {
            const int block = int(part->pos / ResumeData::kBlockSize);
            const qint64 blockEnd = m_record.blockStart(block) + m_record.blockLength(block);
            const qsizetype n = qsizetype(std::min<qint64>(chunk.size() - off, blockEnd - part->pos));
            if (!m_file.seek(part->pos) || m_file.write(chunk.constData() + off, n) != n) {
                ErrorContext c;
                c.path = m_record.archivePath();
                c.detail = m_file.errorString();
                dropReply(part);
                Q_EMIT failed(Error(ErrorCode::FileError, c));
                return;
            }
            part->crc = ResumeData::crc32(part->crc, chunk.constData() + off, n);
            part->pos += n;
            off += n;
            m_transferred += n;
            if (part->pos == blockEnd) {
                m_record.setBlock(block, part->crc);
                m_blocks[block] = BlockState::Done;
                m_kept[block] = false;
                part->crc = 0;
                blockDone = true;
            }
        }
        moved = true;
    }
    if (moved)
        part->stallTimer->start();
    if (part->pos >= part->end) {
        // An adopted whole-file answer goes on past its part: it is not wanted.
        releasePart(part);
        fill();
    }
    if (blockDone) {
        saveSoon();
        Q_EMIT blocksReady();
    }
    if (moved)
        Q_EMIT progressed();
}

void RangedDownload::onFinished(Part *part)
{
    QNetworkReply *reply = part->reply;
    if (!reply || m_stopped)
        return;
    onData(part);
    if (!part->reply)
        return; // complete, or dropped
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    ErrorContext c;
    c.url = reply->url();
    c.httpStatus = status;
    if (status >= 300 || status == 0 || (status >= 100 && status < 200)) {
        c.detail = reply->errorString();
        const ErrorCode code = Error::codeForNetworkError(error, status);
        const bool retryable = status >= 300 ? HttpRetryPolicy::isRetryableStatus(status)
                                             : HttpRetryPolicy::isRetryableNetworkError(error);
        const int retryAfter = HttpRetryPolicy::retryAfterSeconds(reply);
        dropReply(part);
        retryOrFail(part, Error(code == ErrorCode::NoError ? ErrorCode::HttpError : code, c), retryable, retryAfter);
        return;
    }
    c.detail = error != QNetworkReply::NoError
        ? reply->errorString()
        : tr("the connection closed at byte %1 of the part that ends at byte %2").arg(part->pos).arg(part->end - 1);
    const bool retryable = error == QNetworkReply::NoError || HttpRetryPolicy::isRetryableNetworkError(error);
    dropReply(part);
    retryOrFail(part, Error(error == QNetworkReply::NoError ? ErrorCode::ConnectionFailed
                                                            : Error::codeForNetworkError(error, 0), c),
                retryable);
}

void RangedDownload::onStall(Part *part)
{
    if (!part->reply)
        return;
    qCWarning(lcDownload) << "no data for part at byte" << part->pos << "for" << m_config.stallTimeout().count() << "ms";
    ErrorContext c;
    c.url = part->reply->url();
    c.detail = tr("no data for %1 s").arg(m_config.stallTimeout().count() / 1000.0);
    dropReply(part);
    retryOrFail(part, Error(ErrorCode::Timeout, c), true);
}

void RangedDownload::retryOrFail(Part *part, const Error &error, bool retryable, int retryAfterSeconds)
{
    if (!retryable || part->attempts > m_config.maxRetries()) {
        Q_EMIT failed(error);
        return;
    }
    // Only this part is asked again, from the byte where it stopped; the others go on.
    const std::chrono::milliseconds delay = HttpRetryPolicy::backoff(m_config, part->attempts, retryAfterSeconds);
    qCInfo(lcDownload) << "part from byte" << part->pos << "failed:" << error.message() << "- asking again in"
                       << delay.count() << "ms";
    // A block begun in the broken answer is asked again from its start if the bytes went nowhere.
    part->retryTimer->start(delay);
}

void RangedDownload::releasePart(Part *part)
{
    dropReply(part);
    const auto it = std::find_if(m_parts.begin(), m_parts.end(), [part](const auto &p) { return p.get() == part; });
    if (it == m_parts.end())
        return;
    std::unique_ptr<Part> owned = std::move(*it);
    m_parts.erase(it);
    if (owned->stallTimer)
        owned->stallTimer->deleteLater();
    if (owned->retryTimer)
        owned->retryTimer->deleteLater();
    // Deleted later: we may be inside one of its reply's signals.
    QTimer::singleShot(0, this, [p = owned.release()] { delete p; });
}

void RangedDownload::dropReply(Part *part)
{
    if (part->stallTimer)
        part->stallTimer->stop();
    QNetworkReply *reply = part->reply;
    if (!reply)
        return;
    part->reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

bool RangedDownload::readBlock(int block, QByteArray *data, bool *dropped, QString *why)
{
    *dropped = false;
    const qint64 length = m_record.blockLength(block);
    data->resize(length);
    if (!m_file.seek(m_record.blockStart(block)) || m_file.read(data->data(), length) != length) {
        *why = m_file.errorString();
        return false;
    }
    if (m_kept.at(block)) {
        if (ResumeData::crc32(0, data->constData(), length) != m_record.blockCrc(block)) {
            qCWarning(lcDownload) << "kept block" << block << "of" << m_record.archivePath()
                                  << "does not match its checksum; fetching it again";
            m_record.dropBlock(block);
            m_blocks[block] = BlockState::Missing;
            m_kept[block] = false;
            *dropped = true;
            fill();
            return false;
        }
        m_kept[block] = false;
    }
    return true;
}

void RangedDownload::saveSoon()
{
    if (!m_saveTimer->isActive())
        m_saveTimer->start();
}

void RangedDownload::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    for (const auto &part : m_parts) {
        dropReply(part.get());
        if (part->retryTimer)
            part->retryTimer->stop();
    }
    m_parts.clear();
    m_saveTimer->stop();
    if (m_file.isOpen())
        (void)m_record.save();
    m_file.close();
}

} // namespace HubCache
