#include "downloadjob_p.h"

#include "contentrange_p.h"
#include "httpretrypolicy_p.h"
#include "directhttpreply_p.h"
#include "freespacecheck.h"
#include "logging.h"
#include "modelcache.h"
#include "hostcredentials.h"
#include "networkaccess.h"
#include "ownerproof.h"
#include "rangeddownload_p.h"
#include "storage.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace HubCache {

namespace {

constexpr qint64 kReplyBuffer = 2 * 1024 * 1024;
constexpr qint64 kReadChunk = 1024 * 1024;
constexpr int kQtConnectionsPerHost = 6;

// A header value for a message: "none" when absent, shortened when long.
QString displayValue(const QByteArray &value)
{
    if (value.isEmpty())
        return DownloadJob::tr("none");
    if (value.size() > 200)
        return QString::fromUtf8(value.left(200)) + QStringLiteral("…");
    return QString::fromUtf8(value);
}

bool hasToken(const QByteArray &headerValue, const QByteArray &token)
{
    for (const QByteArray &part : headerValue.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

DownloadJob::DownloadJob(const QUrl &url, const QString &destDir, const QString &handle,
                         const Configuration &config, QNetworkAccessManager *nam, QObject *parent)
    : Job(parent)
    , m_originalUrl(url)
    , m_url(url)
    , m_destDir(destDir)
    , m_handle(handle)
    , m_config(config)
    , m_nam(nam)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &DownloadJob::onStall);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadJob::sendRequest);
    connect(&m_speedTimer, &QTimer::timeout, this, &DownloadJob::checkSpeed);
}

DownloadJob::~DownloadJob()
{
    dropReply();
    stopRanged(true);
    delete m_extractor;
}

qint64 DownloadJob::transferredBytes() const
{
    return m_transferredBefore + (m_ranged ? m_ranged->transferredBytes() : m_received);
}

qint64 DownloadJob::extractedBytes() const
{
    return m_extractor ? m_extractor->extractedBytes() : m_extracted;
}

ErrorContext DownloadJob::context() const
{
    ErrorContext c;
    c.handle = m_handle;
    c.url = m_url;
    c.path = m_destDir;
    c.httpStatus = m_httpStatus;
    return c;
}

void DownloadJob::start()
{
    QMetaObject::invokeMethod(this, &DownloadJob::sendRequest, Qt::QueuedConnection);
}

void DownloadJob::sendRequest()
{
    if (isFinished())
        return;
    ++m_attempt;
    m_httpStatus = 0;
    m_bodyAccepted = false;
    m_replyDone = false;
    m_stalled = false;
    if (!m_probe && m_resumeFrom < 0 && !m_ranged && !m_noParallel && !m_resumeFolder.isEmpty() && !m_outputStorage) {
        // What an earlier run kept: ask for its first missing part with If-Range; a 206 of the
        // same file resumes, a 200 is the whole file anew.
        QString why;
        std::optional<ResumeData> kept = ResumeData::load(m_resumeFolder, &why);
        if (kept && kept->url() != m_originalUrl)
            why = tr("it was left by a download of %1").arg(kept->url().toDisplayString());
        if (kept && kept->url() == m_originalUrl) {
            int first = 0;
            while (first < kept->blockCount() && kept->hasBlock(first))
                ++first;
            if (first < kept->blockCount()) {
                int last = first;
                while (last + 1 < kept->blockCount() && last + 1 - first < RangedDownload::kBlocksPerPart
                       && !kept->hasBlock(last + 1))
                    ++last;
                m_probeFrom = kept->blockStart(first);
                m_probeTo = kept->blockStart(last) + kept->blockLength(last) - 1;
            } else {
                m_probeFrom = m_probeTo = kept->total() - 1; // all there: only ask whether it is the same file
            }
            qCInfo(lcDownload) << "resume data in" << m_resumeFolder << "holds" << kept->completeBytes() << "of"
                               << kept->total() << "bytes; asking from byte" << m_probeFrom;
            m_probe = std::move(kept);
        } else if (QFileInfo::exists(m_resumeFolder)) {
            qCWarning(lcDownload) << "discarding resume data in" << m_resumeFolder << ":" << why;
            (void)ResumeData::remove(m_resumeFolder);
        }
    }
    QNetworkRequest request = prepareRequest();
    if (m_resumeFrom >= 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumeFrom) + '-');
        request.setRawHeader("If-Range", m_validator);
    } else if (m_probe) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_probeFrom) + '-' + QByteArray::number(m_probeTo));
        request.setRawHeader("If-Range", m_probe->validator());
    }
    qCInfo(lcDownload) << "GET" << m_url.toDisplayString() << "attempt" << m_attempt
                       << (m_resumeFrom >= 0 ? "from byte " + QByteArray::number(m_resumeFrom) : QByteArray());
    if (m_directOrigins.contains(origin(m_url)))
        m_reply = new DirectHttpReply(request, m_nam, this);
    else
        m_reply = m_nam->get(request);
    m_reply->setReadBufferSize(kReplyBuffer);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DownloadJob::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::pump);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64, qint64) {
        m_stallTimer.start();
    });
    m_stallTimer.start(m_config.stallTimeout());
}

QNetworkRequest DownloadJob::prepareRequest() const
{
    QNetworkRequest request = NetworkAccess::request(m_url, m_config);
    // Each hop anew: a stored credential only for its own scheme, host and port.
    HostCredentials::authorize(request, m_url, m_nam);
    for (const OriginHeader &header : std::as_const(m_originHeaders)) {
        if (header.origin == origin(m_url))
            request.setRawHeader(header.name, header.value);
    }
    return request;
}

QNetworkReply *DownloadJob::rangeRequest(qint64 from, qint64 to)
{
    // m_url is the end of the redirects followed (each hop checked) for the first answer.
    QNetworkRequest request = prepareRequest();
    request.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-' + QByteArray::number(to));
    request.setRawHeader("If-Range", m_rangedValidator);
    // Several connections are the point: HTTP/2 would put every part on one of them.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qCDebug(lcDownload) << "GET" << m_url.toDisplayString() << "bytes" << from << "to" << to;
    // Qt's HTTP/1.1 client opens at most six connections to one host and queues the rest: more
    // parts each get a connection of their own.
    if (m_directOrigins.contains(origin(m_url)) || m_config.parallelConnections() > kQtConnectionsPerHost)
        return new DirectHttpReply(request, m_nam, this);
    return m_nam->get(request);
}

bool DownloadJob::wantsRanged() const
{
    return !m_resumeFolder.isEmpty() && !m_noParallel && !m_outputStorage && m_httpStatus == 200 && m_rangesOffered
        && !m_validator.isEmpty() && m_total > 0 && m_total >= m_config.parallelMinSize() && m_resumeFrom < 0;
}

void DownloadJob::enterRanged(ResumeData record, bool kept, qint64 adoptFrom, qint64 adoptTo, int firstBlock)
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    m_stallTimer.stop();
    m_total = record.total();
    m_rangedValidator = record.validator();
    m_resumedBytes = kept ? record.completeBytes() : 0;
    m_transferredBefore += m_received;
    m_received = 0;
    const int connections = m_config.parallelConnections();
    qCInfo(lcDownload) << "fetching" << m_total << "bytes over" << connections << "connections into"
                       << record.archivePath() << (kept ? "resuming with" : "") << m_resumedBytes;
    m_ranged = new RangedDownload(std::move(record), m_config, connections,
                                  [this](qint64 from, qint64 to) { return rangeRequest(from, to); }, this);
    QString why;
    if (!m_ranged->open(&why)) {
        reply->abort();
        reply->deleteLater();
        ErrorContext c = context();
        c.path = m_ranged->record().archivePath();
        c.detail = why;
        stopRanged(false);
        finish(Error(ErrorCode::FileError, c));
        return;
    }
    if (kept)
        m_ranged->markKeptBlocks();
    connect(m_ranged, &RangedDownload::blocksReady, this, &DownloadJob::pumpFile);
    connect(m_ranged, &RangedDownload::progressed, this, [this] {
        setProgress(m_ranged->receivedBytes(), m_total);
    });
    connect(m_ranged, &RangedDownload::changed, this, &DownloadJob::onRangedChanged);
    connect(m_ranged, &RangedDownload::failed, this, [this](const Error &error) {
        ErrorContext c = error.context();
        c.handle = m_handle;
        c.path = m_destDir;
        finish(Error(error.code(), c));
    });
    if (adoptFrom >= 0) {
        m_ranged->adopt(reply, adoptFrom, adoptTo);
    } else {
        reply->abort();
        reply->deleteLater();
    }
    m_ranged->fill();
    m_bodyAccepted = true;
    m_nextBlock = firstBlock;
    m_blockBuffer.clear();
    m_blockPos = 0;
    m_fileInputDone = false;
    startSpeedWindow();
    setProgress(m_ranged->receivedBytes(), m_total);
    pumpFile();
}

void DownloadJob::pumpFile()
{
    if (!m_ranged || isFinished() || m_fileInputDone)
        return;
    if (!m_extractor)
        createExtractor();
    const int blocks = m_ranged->record().blockCount();
    while (!m_fileInputDone) {
        if (m_blockPos >= m_blockBuffer.size()) {
            m_blockBuffer.clear();
            m_blockPos = 0;
            if (m_nextBlock >= blocks) {
                m_fileInputDone = true;
                m_extractor->finishInput();
                break;
            }
            if (!m_ranged->isBlockReady(m_nextBlock))
                break; // blocksReady() calls us again
            bool dropped = false;
            QString why;
            if (!m_ranged->readBlock(m_nextBlock, &m_blockBuffer, &dropped, &why)) {
                m_blockBuffer.clear();
                if (dropped)
                    break; // a kept block that no longer matches its checksum is being fetched again
                ErrorContext c = context();
                c.path = m_ranged->record().archivePath();
                c.detail = why;
                finish(Error(ErrorCode::FileError, c));
                return;
            }
            ++m_nextBlock;
        }
        const qint64 room = m_extractor->availableSpace();
        if (room <= 0)
            break; // readyForMore() calls us again
        const qsizetype n = qsizetype(std::min<qint64>({room, kReadChunk, m_blockBuffer.size() - m_blockPos}));
        m_extractor->write(m_blockBuffer.mid(m_blockPos, n));
        m_blockPos += n;
        m_fed = true;
    }
}

bool DownloadJob::writeTrial(const QByteArray &chunk)
{
    qsizetype off = 0;
    qint64 pos = m_received;
    while (off < chunk.size()) {
        const int block = int(pos / ResumeData::kBlockSize);
        const qint64 blockEnd = m_trial->blockStart(block) + m_trial->blockLength(block);
        const qsizetype n = qsizetype(std::min<qint64>(chunk.size() - off, blockEnd - pos));
        if (!m_trialFile->seek(pos) || m_trialFile->write(chunk.constData() + off, n) != n) {
            // Resume data is a convenience: without it the download goes on as one stream.
            qCWarning(lcDownload) << "one stream: cannot write" << m_trialFile->fileName() << m_trialFile->errorString();
            m_trial.reset();
            delete std::exchange(m_trialFile, nullptr);
            (void)ResumeData::remove(m_resumeFolder);
            return true;
        }
        m_trialCrc = ResumeData::crc32(m_trialCrc, chunk.constData() + off, n);
        pos += n;
        off += n;
        if (pos == blockEnd) {
            m_trial->setBlock(block, m_trialCrc);
            m_trialCrc = 0;
        }
    }
    return true;
}

void DownloadJob::decideTrial()
{
    ResumeData record = std::move(*m_trial);
    m_trial.reset();
    delete std::exchange(m_trialFile, nullptr);
    const qint64 wall = m_speedClock.isValid() ? m_speedClock.elapsed() : 0;
    const qint64 blocked = m_blockedMs + (m_blockedSince >= 0 && m_speedClock.isValid() ? m_speedClock.elapsed() - m_blockedSince : 0);
    // When the extractor already holds one stream back, or one stream brings 100 MB/s (about what
    // inflating and writing take), more connections only cost a copy on disk.
    constexpr qint64 kFastStream = 100'000'000;
    const bool extractorBound = wall > 0 && blocked * 4 >= wall;
    const bool fast = m_received * 1000 >= kFastStream * std::max<qint64>(wall, 1);
    if (m_received >= m_total || extractorBound || fast) {
        qCInfo(lcDownload) << "one stream: the extractor waited" << blocked << "of" << wall << "ms for"
                           << m_received << "bytes";
        (void)ResumeData::remove(record.folder());
        return;
    }
    const int first = int(m_received / ResumeData::kBlockSize);
    const int last = std::min(record.blockCount(), first + RangedDownload::kBlocksPerPart) - 1;
    const qint64 partEnd = record.blockStart(last) + record.blockLength(last) - 1;
    (void)record.save();
    enterRanged(std::move(record), false, m_received, partEnd, first);
}

void DownloadJob::onRangedChanged(const QString &reason, bool rangesIgnored)
{
    qCWarning(lcDownload) << "parallel download of" << m_url.toDisplayString() << "starts over:" << reason;
    if (rangesIgnored)
        m_noParallel = true;
    stopRanged(false);
    startOver(reason);
}

void DownloadJob::stopRanged(bool keepData)
{
    if (!m_ranged)
        return;
    RangedDownload *ranged = std::exchange(m_ranged, nullptr);
    ranged->disconnect(this);
    ranged->stop();
    m_transferredBefore += ranged->transferredBytes();
    const QString folder = ranged->record().folder();
    const qint64 kept = ranged->record().completeBytes();
    ranged->deleteLater();
    if (keepData) {
        qCInfo(lcDownload) << "kept" << kept << "bytes in" << folder << "for the next attempt";
    } else {
        (void)ResumeData::remove(folder);
    }
}

void DownloadJob::createExtractor()
{
    m_extractor = new ArchiveExtractor(m_destDir, m_handle);
    m_extractor->setLimits(ArchiveExtractor::Limits::fromConfiguration(m_config));
    if (m_outputStorage)
        m_extractor->setOutputStorage(m_outputStorage);
    m_extractor->setResponseInfo(m_httpStatus, m_contentType);
    connect(m_extractor, &ArchiveExtractor::readyForMore, this, &DownloadJob::pump);
    connect(m_extractor, &ArchiveExtractor::finished, this, &DownloadJob::onExtractorFinished);
    m_extractor->start();
}

void DownloadJob::onMetaData()
{
    if (!m_reply)
        return;
    m_stallTimer.start();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (HttpRetryPolicy::isRedirect(m_httpStatus) && m_reply->rawHeaderList().isEmpty()) {
        // Qt 6.4 drops a header block it will not parse (larger than 100 KB) whole: no Location,
        // and no Content-Length either, so the reply would wait for the server to close.
        ErrorContext c = context();
        c.detail = tr("the redirect's Location header is unreadable: the answer's headers are larger than "
                      "the HTTP client accepts (100 KB)");
        dropReply();
        finish(Error(ErrorCode::UnexpectedResponse, c));
        return;
    }
    if (m_httpStatus < 200 || m_httpStatus >= 300 || m_bodyAccepted)
        return; // redirects and errors are handled when the reply finishes
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (m_probe) {
        ResumeData kept = std::move(*m_probe);
        m_probe.reset();
        const QString folder = kept.folder();
        if (m_httpStatus == 206) {
            const QString mismatch = RangedDownload::mismatch(kept, m_reply, m_probeFrom);
            if (mismatch.isEmpty()) {
                const bool adopt = m_probeFrom % ResumeData::kBlockSize == 0;
                m_httpStatus = 200; // for the extractor's messages: the body is the whole file
                enterRanged(std::move(kept), true, adopt ? m_probeFrom : -1, m_probeTo);
                return;
            }
            qCWarning(lcDownload) << "resume data in" << folder << "is of no use:" << mismatch;
            (void)ResumeData::remove(folder);
            dropReply();
            Q_EMIT infoMessage(this, tr("%1: the data kept from an earlier attempt is of no use (%2); downloading from the start")
                                         .arg(m_handle, mismatch));
            --m_attempt; // not a failure of the server
            sendRequest();
            return;
        }
        // The whole file, under If-Range: it changed since the earlier attempt (or ranges are not
        // honoured). The kept bytes go; this answer is read as a new download.
        qCWarning(lcDownload) << "the file changed since the resume data in" << folder << "was kept; discarding it";
        Q_EMIT infoMessage(this, tr("%1 changed on the server since the earlier attempt; downloading it again from the start")
                                     .arg(m_handle));
        (void)ResumeData::remove(folder);
    }
    if (m_resumeFrom >= 0) {
        m_bodyAccepted = acceptResumedBody();
        if (m_bodyAccepted)
            startSpeedWindow();
        return;
    }
    m_bodyAccepted = true;
    startSpeedWindow();
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    m_total = length > 0 ? length : -1;
    if (m_config.freeSpaceCheck() && !m_outputStorage) {
        // Before the first byte is written: the temp folder is in the cache folder it is named after.
        if (Error e = FreeSpaceCheck::check(m_handle, QFileInfo(m_destDir).absolutePath(), m_total)) {
            qCWarning(lcDownload) << m_handle << "refused before downloading:" << e.message();
            finish(e);
            return;
        }
    }
    // What a later request needs to continue this very body where it broke off.
    m_rangesOffered = hasToken(m_reply->rawHeader("Accept-Ranges"), "bytes");
    const QByteArray etag = m_reply->rawHeader("ETag").trimmed();
    m_etag = etag;
    m_lastModified = m_reply->rawHeader("Last-Modified").trimmed();
    m_validator = !etag.isEmpty() && !etag.startsWith("W/") ? etag : m_lastModified;
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed();
    if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0)
        m_validator.clear(); // ranges would count encoded bytes, not the ones we received
    if (wantsRanged()) {
        ResumeData record = ResumeData::fresh(m_resumeFolder, m_originalUrl, m_validator, m_etag, m_lastModified, m_total);
        record.setHandle(m_handle);
        QString why;
        if (record.create(&why)) {
            m_trialFile = new QFile(record.archivePath(), this);
            if (m_trialFile->open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
                // One block: long enough to tell a capped connection from a fast one, short
                // enough that a slow one is not waited on for long.
                m_trialEnd = std::min<qint64>(m_total, ResumeData::kBlockSize);
                m_trialCrc = 0;
                m_trial = std::move(record);
            } else {
                why = m_trialFile->errorString();
                delete std::exchange(m_trialFile, nullptr);
            }
        }
        if (!m_trial) {
            qCWarning(lcDownload) << "one stream: no resume data:" << why;
            (void)ResumeData::remove(m_resumeFolder);
        }
    }
    setProgress(m_received, m_total);
}

bool DownloadJob::acceptResumedBody()
{
    const QString mismatch = resumeMismatch();
    if (mismatch.isEmpty()) {
        qCInfo(lcDownload) << "resumed at byte" << m_resumeFrom << "of" << m_total;
        return true;
    }
    // What was extracted so far cannot be continued with this answer, and must not be: a plain
    // tar has no checksum that would notice the seam between two versions of the file.
    qCWarning(lcDownload) << "refused the answer to resume at byte" << m_resumeFrom << ":" << mismatch;
    startOver(mismatch);
    return false;
}

QString DownloadJob::resumeMismatch() const
{
    if (m_httpStatus != 206) {
        return tr("the server sent a whole body (status %1) instead of the rest from byte %2 (the file may "
                  "have changed)")
            .arg(m_httpStatus)
            .arg(m_resumeFrom);
    }
    const QByteArray range = m_reply->rawHeader("Content-Range");
    qint64 start = -1;
    qint64 total = -1;
    if (!parseContentRange(range, &start, &total))
        return tr("the server resumed without a usable Content-Range (%1)").arg(displayValue(range));
    if (start != m_resumeFrom)
        return tr("the server resumed at the wrong place (%1) instead of byte %2").arg(displayValue(range)).arg(m_resumeFrom);
    if (total != m_total)
        return tr("the file's length changed from %1 to %2 bytes").arg(m_total).arg(total);
    // The validator If-Range named must come back unchanged (a server that ignores If-Range sends
    // the new file's bytes with its new validator); the other one too, when both answers carry it.
    const bool byEtag = m_validator == m_etag;
    const auto changed = [](const QByteArray &was, const QByteArray &now, bool required) {
        return required ? now != was : (!was.isEmpty() && !now.isEmpty() && now != was);
    };
    const QByteArray etag = m_reply->rawHeader("ETag").trimmed();
    if (changed(m_etag, etag, byEtag))
        return tr("the file changed on the server: its ETag is %1 now, was %2").arg(displayValue(etag), displayValue(m_etag));
    const QByteArray lastModified = m_reply->rawHeader("Last-Modified").trimmed();
    if (changed(m_lastModified, lastModified, !byEtag)) {
        return tr("the file changed on the server: its Last-Modified is %1 now, was %2")
            .arg(displayValue(lastModified), displayValue(m_lastModified));
    }
    return {};
}

void DownloadJob::startOver(const QString &reason)
{
    dropReply();
    stopRanged(false);
    m_speedTimer.stop();
    ErrorContext c = context();
    c.detail = reason;
    if (m_attempt > m_config.maxRetries()) {
        c.detail = tr("%1; the download cannot start over: its %2 attempts are used up (HUBCACHE_RETRIES)")
                       .arg(reason)
                       .arg(m_attempt);
        finish(Error(ErrorCode::ConnectionFailed, c));
        return;
    }
    // Join the worker before touching its files, then empty destDir (the download's own temp
    // folder) so that nothing of the old body survives into the new one.
    if (m_extractor) {
        if (!m_extractor->isFinished())
            m_extractor->abort();
        m_extractor->disconnect(this);
        m_extractor->waitForWorker();
        m_extractor->deleteLater();
        m_extractor = nullptr;
    }
    // Through the storage the extractor wrote to: a gs:// temp folder is every object under its
    // prefix. The owner proof stays, so that waiters still see whose download this is.
    bool emptied = true;
    QString why;
    if (m_outputStorage) {
        Error e;
        const QList<Storage::Item> leftovers = m_outputStorage->list(m_destDir, Storage::ListMode::Recursive, &e);
        const QString proof = OwnerProof::pathIn(m_destDir);
        for (const Storage::Item &leftover : leftovers) {
            const QString location = Storage::join(m_destDir, leftover.name);
            if (!e && location != proof)
                e = m_outputStorage->remove(location);
        }
        emptied = !e;
        why = e.message();
    } else {
        const QDir dir(m_destDir);
        emptied = dir.exists();
        const QFileInfoList leftovers = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        for (const QFileInfo &leftover : leftovers) {
            if (leftover.filePath() != OwnerProof::pathIn(m_destDir))
                emptied = ModelCache::removeTree(leftover.filePath()) && emptied;
        }
    }
    if (!emptied) {
        c.detail = tr("%1; the download cannot start over because %2 could not be emptied").arg(reason, m_destDir);
        if (!why.isEmpty())
            c.detail += QStringLiteral(" (") + why + QLatin1Char(')');
        finish(Error(ErrorCode::FileError, c));
        return;
    }
    m_transferredBefore += m_received;
    m_received = 0;
    m_extracted = 0;
    m_fed = false;
    m_probe.reset();
    if (m_trial) {
        (void)ResumeData::remove(m_trial->folder());
        m_trial.reset();
        delete std::exchange(m_trialFile, nullptr);
    }
    m_total = -1;
    m_resumeFrom = -1;
    m_rangesOffered = false;
    m_validator.clear();
    m_etag.clear();
    m_lastModified.clear();
    setProgress(0, -1);
    const std::chrono::milliseconds delay = backoff(m_attempt, -1);
    Q_EMIT infoMessage(this, tr("%1 — starting over from the beginning in %2 s")
                                 .arg(Error(ErrorCode::ConnectionFailed, c).message())
                                 .arg(delay.count() / 1000.0));
    requestAgainAfter(delay);
}

void DownloadJob::startSpeedWindow()
{
    m_speedTimer.stop();
    // Also what decideTrial() measures, with or without a minimum speed.
    m_speedClock.start();
    m_blockedMs = 0;
    m_blockedSince = -1;
    if (m_config.minSpeed() <= 0 || m_config.minSpeedTime().count() <= 0)
        return;
    m_speedSamples = {SpeedSample{0, m_received}};
    m_speedTimer.start(std::clamp<qint64>(m_config.minSpeedTime().count() / 8, 50, 1000));
}

qint64 DownloadJob::networkTime() const
{
    const qint64 now = m_speedClock.elapsed();
    return now - m_blockedMs - (m_blockedSince >= 0 ? now - m_blockedSince : 0);
}

void DownloadJob::checkSpeed()
{
    if (isFinished() || (!m_ranged && (!m_reply || m_replyDone))) {
        m_speedTimer.stop();
        return;
    }
    const qint64 now = networkTime();
    const qint64 bytes = m_ranged ? m_ranged->transferredBytes() : m_received + m_reply->bytesAvailable();
    if (m_ranged && !m_ranged->isTransferring()) {
        // Everything is fetched (or a part waits to be asked again): the network is not slow.
        m_speedSamples = {SpeedSample{now, bytes}};
        return;
    }
    m_speedSamples.append({now, bytes});
    // Keep the newest sample at least a window old and those after it (curl's --speed-time).
    const qint64 window = m_config.minSpeedTime().count();
    while (m_speedSamples.size() > 1 && now - m_speedSamples.at(1).networkMs >= window)
        m_speedSamples.removeFirst();
    const SpeedSample oldest = m_speedSamples.first();
    const qint64 span = now - oldest.networkMs;
    if (span < window)
        return;
    const qint64 speed = (bytes - oldest.bytes) * 1000 / span;
    if (speed >= m_config.minSpeed())
        return;
    qCWarning(lcDownload) << m_url.authority() << "sent" << speed << "B/s over" << span << "ms, below"
                          << m_config.minSpeed() << "B/s";
    ErrorContext c = context();
    c.detail = tr("%1 B/s over the last %2 s, below HUBCACHE_MIN_SPEED=%3 B/s")
                   .arg(speed)
                   .arg(QString::number(span / 1000.0, 'g', 3))
                   .arg(m_config.minSpeed());
    m_speedTimer.stop();
    dropReply();
    failOrRetry(Error(ErrorCode::TooSlow, c), true);
}

void DownloadJob::pump()
{
    if (m_ranged) {
        pumpFile();
        return;
    }
    if (!m_reply || !m_bodyAccepted || isFinished())
        return;
    if (!m_extractor) {
        m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
        createExtractor();
    }
    bool moved = false;
    while (m_reply->bytesAvailable() > 0) {
        const qint64 room = m_extractor->availableSpace();
        if (room <= 0) {
            // readyForMore() calls us again; the socket waits meanwhile, and that time is the
            // extractor's, not the network's.
            if (m_blockedSince < 0 && m_speedClock.isValid())
                m_blockedSince = m_speedClock.elapsed();
            break;
        }
        if (m_blockedSince >= 0) {
            m_blockedMs += m_speedClock.elapsed() - m_blockedSince;
            m_blockedSince = -1;
        }
        qint64 want = std::min({room, kReadChunk, m_reply->bytesAvailable()});
        if (m_trial)
            want = std::min(want, m_trialEnd - m_received);
        const QByteArray chunk = m_reply->read(want);
        if (chunk.isEmpty())
            break;
        if (m_trial && !writeTrial(chunk))
            return;
        m_received += chunk.size();
        m_fed = true;
        moved = true;
        m_extractor->write(chunk);
        if (m_trial && m_received == m_trialEnd) {
            decideTrial();
            if (m_ranged || isFinished())
                return;
        }
    }
    if (moved) {
        m_stallTimer.start();
        setProgress(m_received, m_total);
    }
    if (m_replyDone && m_reply->bytesAvailable() == 0) {
        m_extractor->finishInput();
        dropReply();
    }
}

void DownloadJob::onReplyFinished()
{
    if (!m_reply || isFinished())
        return;
    QNetworkReply *reply = m_reply;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (m_stalled) {
        ErrorContext c = context();
        c.detail = tr("no data for %1 s").arg(m_config.stallTimeout().count() / 1000.0);
        dropReply();
        failOrRetry(Error(ErrorCode::Timeout, c), true);
        return;
    }

    if (HttpRetryPolicy::isRedirect(m_httpStatus)) {
        QString problem;
        const QUrl target = HttpRetryPolicy::redirectTarget(reply, m_url, &problem);
        dropReply();
        if (!problem.isEmpty()) {
            ErrorContext c = context();
            c.detail = problem;
            finish(Error(ErrorCode::UnexpectedResponse, c));
            return;
        }
        if (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")) {
            ErrorContext c = context();
            c.url = target;
            finish(Error(ErrorCode::UnsafeRedirect, c));
            return;
        }
        if (++m_redirects > m_config.maxRedirects()) {
            ErrorContext c = context();
            c.url = target;
            finish(Error(ErrorCode::TooManyRedirects, c));
            return;
        }
        qCInfo(lcDownload) << "redirected to" << target.toDisplayString();
        m_url = target;
        --m_attempt; // a redirect is not a failed attempt
        sendRequest();
        return;
    }

    if (m_httpStatus >= 100 && m_httpStatus < 200) {
        // Qt 6.4 skips a 100 Continue itself, but takes any other 1xx (103 Early Hints, 102) for the
        // final answer, without a body, and closes the connection with the real answer unread.
        // Asking it again would get the same, so ask once more with a client that skips them.
        const bool direct = qobject_cast<DirectHttpReply *>(reply) != nullptr;
        if (m_httpStatus != 101 && !direct) {
            qCInfo(lcDownload) << m_url.authority() << "sent an interim answer" << m_httpStatus
                               << "that Qt" << qVersion()
                               << "takes for the final one; asking again, skipping interim answers";
            m_directOrigins.insert(origin(m_url));
            dropReply();
            --m_attempt; // the server did not fail
            sendRequest();
            return;
        }
        ErrorContext c = context();
        c.detail = m_httpStatus == 101
            ? tr("the server switched protocols (101) though the request did not ask it to")
            : tr("the server sent an interim answer (%1) that could not be told from the final one").arg(m_httpStatus);
        dropReply();
        finish(Error(ErrorCode::UnexpectedResponse, c));
        return;
    }

    if (m_probe && (m_httpStatus == 412 || m_httpStatus == 416)) {
        // The kept bytes are of another version of the file.
        qCWarning(lcDownload) << "the server refused the resume data's range (" << m_httpStatus << "); discarding it";
        (void)ResumeData::remove(m_probe->folder());
        m_probe.reset();
        dropReply();
        --m_attempt;
        sendRequest();
        return;
    }

    if (m_httpStatus >= 300 || (netError != QNetworkReply::NoError && !m_fed)) {
        ErrorContext c = context();
        c.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (m_httpStatus < 300)
            c.detail = reply->errorString();
        const ErrorCode code = Error::codeForNetworkError(netError, m_httpStatus);
        const int retryAfter = HttpRetryPolicy::retryAfterSeconds(reply);
        const bool retry = m_httpStatus >= 300 ? HttpRetryPolicy::isRetryableStatus(m_httpStatus)
                                               : HttpRetryPolicy::isRetryableNetworkError(netError);
        dropReply();
        failOrRetry(Error(code == ErrorCode::NoError ? ErrorCode::HttpError : code, c), retry, retryAfter);
        return;
    }

    if (netError != QNetworkReply::NoError) {
        // The body broke off after bytes went to the extractor: resume it, or fail (finish()
        // aborts the extractor, so the half-written temp folder goes).
        ErrorContext c = context();
        c.detail = reply->errorString();
        dropReply();
        failOrRetry(Error(Error::codeForNetworkError(netError, 0), c), HttpRetryPolicy::isRetryableNetworkError(netError));
        return;
    }

    if (m_total >= 0 && m_received + reply->bytesAvailable() < m_total) {
        ErrorContext c = context();
        c.detail = tr("the connection closed after %1 of %2 bytes").arg(m_received + reply->bytesAvailable()).arg(m_total);
        dropReply();
        failOrRetry(Error(ErrorCode::ConnectionFailed, c), true);
        return;
    }

    m_replyDone = true;
    if (!m_extractor) {
        // A 2xx answer with an empty body: let the extractor say it is not an archive.
        m_bodyAccepted = true;
    }
    pump();
}

void DownloadJob::onExtractorFinished()
{
    if (isFinished())
        return;
    const Error e = m_extractor->error();
    if (e) {
        dropReply();
        finish(e);
        return;
    }
    if (m_reply) {
        // The archive ended but the response has not; the extractor drained to the end of input,
        // so this only happens when the reply is finishing right now. Wait for it.
        return;
    }
    finish({});
}

void DownloadJob::onStall()
{
    if (!m_reply)
        return;
    // While the extractor is the slow side (a full hand-over buffer), the network is not stalled.
    if (m_extractor && m_extractor->availableSpace() <= 0 && !m_extractor->isFinished()) {
        m_stallTimer.start();
        return;
    }
    qCWarning(lcDownload) << "no data from" << m_url.authority() << "for" << m_config.stallTimeout().count() << "ms";
    m_stalled = true;
    if (m_fed) {
        ErrorContext c = context();
        c.detail = tr("no data for %1 s").arg(m_config.stallTimeout().count() / 1000.0);
        dropReply();
        failOrRetry(Error(ErrorCode::Timeout, c), true);
        return;
    }
    m_reply->abort(); // finished() follows and retries
}

void DownloadJob::failOrRetry(const Error &error, bool retryable, int retryAfterSeconds)
{
    if (m_ranged) {
        finish(error); // its parts were retried one by one; what arrived stays for the next run
        return;
    }
    if (retryable && m_fed && scheduleResume(error, retryAfterSeconds))
        return;
    if (retryable && !m_fed && m_attempt <= m_config.maxRetries()) {
        const std::chrono::milliseconds delay = backoff(m_attempt, retryAfterSeconds);
        qCInfo(lcDownload) << "attempt" << m_attempt << "failed:" << error.message() << "- retrying in"
                           << delay.count() << "ms";
        Q_EMIT infoMessage(this, tr("%1 — retrying in %2 s").arg(error.message()).arg(delay.count() / 1000.0));
        requestAgainAfter(delay);
        return;
    }
    finish(error);
}

std::chrono::milliseconds DownloadJob::backoff(int retry, int retryAfterSeconds) const
{
    return HttpRetryPolicy::backoff(m_config, retry, retryAfterSeconds);
}

void DownloadJob::requestAgainAfter(std::chrono::milliseconds delay)
{
    m_stallTimer.stop();
    m_speedTimer.stop();
    m_url = m_originalUrl; // redirects again: a signed storage URL may have expired meanwhile
    m_redirects = 0;
    m_retryTimer.start(delay);
}

bool DownloadJob::scheduleResume(const Error &error, int retryAfterSeconds)
{
    if (!m_rangesOffered || m_validator.isEmpty() || m_total < 0 || m_resumes >= m_config.maxRetries()
        || !m_extractor || m_extractor->isFinished()) {
        return false;
    }
    ++m_resumes;
    m_resumeFrom = m_received;
    const std::chrono::milliseconds delay = backoff(m_resumes, retryAfterSeconds);
    qCInfo(lcDownload) << "body broke off:" << error.message() << "- resuming at byte" << m_resumeFrom
                       << "in" << delay.count() << "ms";
    Q_EMIT infoMessage(this, tr("%1 — resuming at %2 of %3 bytes in %4 s")
                                 .arg(error.message())
                                 .arg(m_resumeFrom)
                                 .arg(m_total)
                                 .arg(delay.count() / 1000.0));
    requestAgainAfter(delay);
    return true;
}

void DownloadJob::finish(const Error &error)
{
    m_stallTimer.stop();
    m_speedTimer.stop();
    m_retryTimer.stop();
    dropReply();
    // What arrived stays for the next run when the network or the user stopped it; an archive that
    // is not valid or a full disk would only fail the same way again.
    const ErrorCode code = error.code();
    const bool keep = code == ErrorCode::Cancelled || code == ErrorCode::Timeout || code == ErrorCode::TooSlow
        || code == ErrorCode::ConnectionFailed || code == ErrorCode::ConnectionRefused
        || code == ErrorCode::HostNotFound || code == ErrorCode::ServerError || code == ErrorCode::RateLimited
        || code == ErrorCode::ProxyFailure || code == ErrorCode::HttpError;
    stopRanged(error && keep);
    if (m_trial) {
        // The opening blocks of one stream: what arrived of them is kept like a part.
        delete std::exchange(m_trialFile, nullptr);
        if (error && keep)
            (void)m_trial->save();
        else
            (void)ResumeData::remove(m_trial->folder());
        m_trial.reset();
    }
    if (m_extractor) {
        // Join the worker before anyone looks at or deletes the destination folder.
        if (!m_extractor->isFinished())
            m_extractor->abort();
        m_extractor->disconnect(this);
        m_extractor->waitForWorker();
        m_extracted = m_extractor->extractedBytes();
        m_extractor->deleteLater();
        m_extractor = nullptr;
    }
    emitResult(error);
}

void DownloadJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void DownloadJob::setRequestHeader(const QByteArray &name, const QByteArray &value, const QUrl &originUrl)
{
    m_originHeaders.append({name, value, origin(originUrl)});
}

QString DownloadJob::origin(const QUrl &url)
{
    const bool tls = url.scheme() == QLatin1String("https");
    return url.scheme() + QLatin1String("://") + url.host().toLower() + u':' + QString::number(url.port(tls ? 443 : 80));
}

void DownloadJob::doCancel()
{
    finish(Error(ErrorCode::Cancelled, context()));
}

} // namespace HubCache
