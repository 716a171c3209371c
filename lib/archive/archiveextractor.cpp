#include "archiveextractor.h"

#include "storage.h"
#include "storagewriter.h"

#include "bytepipe_p.h"
#include "configuration.h"
#include "logging.h"

#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>

#ifdef HUBCACHE_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

namespace HubCache {

namespace {

constexpr qsizetype kPipeCapacity = 8 * 1024 * 1024;
constexpr size_t kInflateBuffer = 1024 * 1024;
constexpr qsizetype kSniffBytes = 512;
// Free space is asked again after this many bytes of one file.
constexpr qint64 kSpaceCheckInterval = 16 * 1024 * 1024;
// Holes of sparse members are written as zeros, this many at a time.
constexpr size_t kZeroBlock = 64 * 1024;
const char kZeros[kZeroBlock] = {};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

// A member name for a message: bytes that are not UTF-8 as \xNN, very long names shortened in
// the middle (the limits below are about names of thousands of bytes).
QString shownName(const QByteArray &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size();) {
        qsizetype len = 0;
        for (qsizetype n = 1; n <= 4 && i + n <= name.size(); ++n) {
            if (QByteArrayView(name).sliced(i, n).isValidUtf8()) {
                len = n;
                break;
            }
        }
        if (len == 0) {
            out += QStringLiteral("\\x") + QStringLiteral("%1").arg(uint(uchar(name.at(i))), 2, 16, QLatin1Char('0')).toUpper();
            ++i;
        } else {
            out += QString::fromUtf8(name.constData() + i, len);
            i += len;
        }
    }
    constexpr qsizetype kShown = 160;
    if (out.size() > kShown)
        out = out.left(kShown / 2) + QStringLiteral("…") + out.right(kShown / 4);
    return out;
}

// The archive formats a mistaken download most often is, said in words: the first bytes of a
// zip, 7z or RAR archive, a web page, a JSON or XML error document, or a bare saved_model.pb.
QString describeContent(const QByteArray &head)
{
    const QString tarOnly = ArchiveExtractor::tr("tensorflow_hub models are tar archives, optionally "
                                                 "gzip/bzip2/xz compressed");
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08"))
        return ArchiveExtractor::tr("the server sent a zip archive; %1").arg(tarOnly);
    if (head.startsWith("7z\xBC\xAF\x27\x1C"))
        return ArchiveExtractor::tr("the server sent a 7z archive; %1").arg(tarOnly);
    if (head.startsWith("Rar!\x1A\x07"))
        return ArchiveExtractor::tr("the server sent a RAR archive; %1").arg(tarOnly);
    // saved_model.pb: field 1 (schema version, varint 1), then field 2 (a MetaGraphDef).
    if (head.startsWith("\x08\x01\x12"))
        return ArchiveExtractor::tr("the server sent a bare SavedModel file (saved_model.pb), not an archive "
                                    "of the model's folder; %1").arg(tarOnly);
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text = text.trimmed().toLower();
    if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<html")
        || text.contains("<head") || text.contains("<body"))
        return ArchiveExtractor::tr("the server sent an HTML page (a login, consent or error page?) instead "
                                    "of the model archive; open the address in a browser to see it");
    if (text.startsWith("<?xml") || text.startsWith('<'))
        return ArchiveExtractor::tr("the server sent an XML document (an error message of a storage "
                                    "service?) instead of the model archive");
    if (text.startsWith('{') || text.startsWith('['))
        return ArchiveExtractor::tr("the server sent a JSON document (an error message of an API?) "
                                    "instead of the model archive");
    return {};
}

// Splits a member name into safe components, or fails. Absolute names and any ".." that climbs
// above the destination are refused; "." and empty components are dropped ("./a//b" -> a/b).
bool safeComponents(const QByteArray &name, std::vector<QByteArray> *out)
{
    out->clear();
    if (name.startsWith('/'))
        return false;
    for (const QByteArray &part : name.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (out->empty())
                return false;
            out->pop_back();
            continue;
        }
        out->push_back(part);
    }
    return true;
}

} // namespace

class ArchiveExtractor::Private
{
public:
    Private(ArchiveExtractor *q_, const QString &dest, const QString &handle_)
        : q(q_)
        , destDir(dest)
        , handle(handle_)
        , pipe(kPipeCapacity)
    {
    }

    void run();
    Error extract(struct archive *a);
    Error writeMember(struct archive *a, struct archive_entry *entry, const QByteArray &name);
    Error makeDirectories(const std::vector<QByteArray> &components, size_t count);
    Error checkName(const QByteArray &name, const std::vector<QByteArray> &parts) const;
    Error refuseMember(ErrorCode code, const QByteArray &name, const QString &detail) const;
    Error checkGrowth(qint64 more, const QByteArray &member) const;
    Error checkFreeSpace(qint64 needed, const QByteArray &member) const;
    Error writeBytes(int fd, const char *data, size_t size, const QByteArray &path);
    Error writeBytes(StorageWriter *writer, const char *data, size_t size, const QByteArray &path);
    Error notAnArchive(const QString &detail) const;
    Error unrecognised(const QString &lowLevel) const;
    Error cancelled() const;
    Error archiveError(struct archive *a, const QByteArray &member) const;
    void setResult(const Error &e);

    // libarchive's pull side: hands out the next block of (decompressed) tar bytes.
    static la_ssize_t readCallback(struct archive *, void *self, const void **buffer);
    la_ssize_t nextBlock(const void **buffer);
    bool fillInput();

    ArchiveExtractor *q;
    QString destDir;
    QByteArray destRoot;
    QString handle;
    BytePipe pipe;
    QThread *thread = nullptr;
    Limits limits;
    Storage *storage = nullptr; // set: members go through it, not into a local folder
    QSet<QByteArray> storedFiles; // with a storage: files written, to refuse a folder of the same name
    // Folders known to exist, relative to destRoot: each is made once, however many members it holds.
    QSet<QByteArray> folders;

    std::atomic<qint64> extracted{0};
    std::atomic<qint64> consumed{0};
    std::atomic<int> files{0};
    std::atomic<bool> aborted{false};
    std::atomic<bool> finished{false};

    mutable std::mutex resultMutex;
    Error result;
    int httpStatus = 0;
    QString contentType;

    // Input side (worker thread only).
    QByteArray current;    // the chunk being consumed
    qsizetype currentPos = 0;
    bool inputEnded = false;
    bool inputAborted = false;
    bool sawAnyInput = false;
    QByteArray head;       // the first bytes received, to say what they are when they are no archive
    QString inputError;    // set when the compressed stream itself is bad

#ifdef HUBCACHE_HAVE_ISAL
    bool gzip = false;
    bool gzipMemberDone = false;
    inflate_state inflater{};
    std::vector<unsigned char> outBuffer;
#endif
};

ArchiveExtractor::ArchiveExtractor(const QString &destDir, const QString &handle, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, destDir, handle))
{
    d->destRoot = QFile::encodeName(destDir);
    while (d->destRoot.size() > 1 && d->destRoot.endsWith('/'))
        d->destRoot.chop(1);
    d->pipe.setSpaceCallback([this] {
        QMetaObject::invokeMethod(this, &ArchiveExtractor::readyForMore, Qt::QueuedConnection);
    });
}

ArchiveExtractor::~ArchiveExtractor()
{
    if (d->thread) {
        d->aborted = true;
        d->pipe.abort();
        d->thread->wait();
        delete d->thread;
    }
}

void ArchiveExtractor::start()
{
    if (d->thread)
        return;
    d->thread = QThread::create([this] { d->run(); });
    d->thread->setObjectName(QStringLiteral("hubcache-extract"));
    d->thread->start();
}

qint64 ArchiveExtractor::availableSpace() const
{
    return d->finished ? 0 : d->pipe.freeSpace();
}

void ArchiveExtractor::write(const QByteArray &chunk)
{
    d->pipe.push(chunk);
}

void ArchiveExtractor::finishInput()
{
    d->pipe.close();
}

void ArchiveExtractor::abort()
{
    d->aborted = true;
    d->pipe.abort();
}

void ArchiveExtractor::waitForWorker()
{
    if (d->thread)
        d->thread->wait();
}

bool ArchiveExtractor::isFinished() const
{
    return d->finished;
}

Error ArchiveExtractor::error() const
{
    std::lock_guard lock(d->resultMutex);
    return d->result;
}

qint64 ArchiveExtractor::extractedBytes() const
{
    return d->extracted;
}

qint64 ArchiveExtractor::consumedBytes() const
{
    return d->consumed;
}

int ArchiveExtractor::extractedFiles() const
{
    return d->files;
}

void ArchiveExtractor::setResponseInfo(int httpStatus, const QString &contentType)
{
    std::lock_guard lock(d->resultMutex);
    d->httpStatus = httpStatus;
    d->contentType = contentType;
}

ArchiveExtractor::Limits ArchiveExtractor::Limits::fromConfiguration(const Configuration &config)
{
    Limits limits;
    limits.maxExpansionRatio = config.maxExpansionRatio();
    limits.maxExtractedSize = config.maxExtractedSize();
    return limits;
}

void ArchiveExtractor::setOutputStorage(Storage *storage)
{
    d->storage = storage;
}

void ArchiveExtractor::setLimits(const Limits &limits)
{
    Q_ASSERT(!d->thread);
    d->limits = limits;
}

ArchiveExtractor::Limits ArchiveExtractor::limits() const
{
    return d->limits;
}

void ArchiveExtractor::Private::setResult(const Error &e)
{
    {
        std::lock_guard lock(resultMutex);
        result = e;
    }
    finished = true;
    QMetaObject::invokeMethod(q, &ArchiveExtractor::finished, Qt::QueuedConnection);
}

Error ArchiveExtractor::Private::notAnArchive(const QString &detail) const
{
    ErrorContext c;
    c.handle = handle;
    c.path = destDir;
    c.detail = detail;
    {
        std::lock_guard lock(resultMutex);
        c.httpStatus = httpStatus;
        c.contentType = contentType;
    }
    return Error(ErrorCode::NotAnArchive, c);
}

// The first header could not be read: say what arrived instead, when the bytes tell.
Error ArchiveExtractor::Private::unrecognised(const QString &lowLevel) const
{
    const QString what = describeContent(head);
    if (!what.isEmpty())
        return notAnArchive(what);
    return notAnArchive(ArchiveExtractor::tr("the server sent something that is not a tar archive (a login "
                                             "or error page, or a cut-off download): %1").arg(lowLevel));
}

Error ArchiveExtractor::Private::cancelled() const
{
    ErrorContext c;
    c.handle = handle;
    c.path = destDir;
    return Error(ErrorCode::Cancelled, c);
}

bool ArchiveExtractor::Private::fillInput()
{
    while (currentPos >= current.size()) {
        if (inputEnded)
            return false;
        current.clear();
        currentPos = 0;
        bool wasAborted = false;
        if (!pipe.pop(&current, &wasAborted)) {
            inputEnded = true;
            inputAborted = wasAborted;
            return false;
        }
        consumed += current.size();
        sawAnyInput = true;
        if (head.size() < kSniffBytes)
            head += current.left(kSniffBytes - head.size());
    }
    return true;
}

la_ssize_t ArchiveExtractor::Private::readCallback(struct archive *, void *self, const void **buffer)
{
    return static_cast<Private *>(self)->nextBlock(buffer);
}

la_ssize_t ArchiveExtractor::Private::nextBlock(const void **buffer)
{
    if (aborted)
        return ARCHIVE_FATAL;
#ifdef HUBCACHE_HAVE_ISAL
    if (gzip) {
        // Inflate with ISA-L (about twice zlib's speed) into one output buffer per call.
        inflater.next_out = outBuffer.data();
        inflater.avail_out = uint32_t(outBuffer.size());
        while (inflater.avail_out > 0) {
            if (gzipMemberDone) {
                // Concatenated gzip members are one stream (as gzip -d and Python's tarfile read them).
                if (!fillInput())
                    break;
                if (uchar(current.at(currentPos)) != 0x1f) {
                    // Trailing garbage after the last member: ignored, like gzip does with a warning.
                    qCWarning(lcArchive) << handle << ": ignoring bytes after the end of the gzip stream";
                    currentPos = current.size();
                    continue;
                }
                isal_inflate_reset(&inflater);
                inflater.crc_flag = ISAL_GZIP;
                gzipMemberDone = false;
            }
            if (inflater.avail_in == 0) {
                if (!fillInput())
                    break;
                inflater.next_in = reinterpret_cast<uint8_t *>(current.data()) + currentPos;
                inflater.avail_in = uint32_t(current.size() - currentPos);
            }
            const int ret = isal_inflate(&inflater);
            currentPos = current.size() - qsizetype(inflater.avail_in);
            if (ret != ISAL_DECOMP_OK && ret != ISAL_END_INPUT) {
                inputError = QStringLiteral("corrupt gzip data (inflate error %1)").arg(ret);
                return ARCHIVE_FATAL;
            }
            if (inflater.block_state == ISAL_BLOCK_FINISH)
                gzipMemberDone = true;
        }
        if (inputAborted)
            return ARCHIVE_FATAL;
        const size_t produced = outBuffer.size() - inflater.avail_out;
        if (produced == 0 && inputEnded && !gzipMemberDone) {
            inputError = QStringLiteral("the gzip stream ends early (truncated download)");
            return ARCHIVE_FATAL;
        }
        *buffer = outBuffer.data();
        return la_ssize_t(produced);
    }
#endif
    if (!fillInput())
        return inputAborted ? ARCHIVE_FATAL : 0;
    *buffer = current.constData() + currentPos;
    const la_ssize_t n = current.size() - currentPos;
    currentPos = current.size();
    return n;
}

void ArchiveExtractor::Private::run()
{
    // Peek at the first bytes to choose the gzip path; everything else is libarchive's.
    (void)fillInput();
    if (aborted || inputAborted) {
        setResult(cancelled());
        return;
    }
    if (!sawAnyInput) {
        setResult(notAnArchive(ArchiveExtractor::tr("the response body is empty")));
        return;
    }
#ifdef HUBCACHE_HAVE_ISAL
    if (current.size() - currentPos >= 2 && uchar(current.at(currentPos)) == 0x1f
        && uchar(current.at(currentPos + 1)) == 0x8b) {
        gzip = true;
        isal_inflate_init(&inflater);
        inflater.crc_flag = ISAL_GZIP;
        outBuffer.resize(kInflateBuffer);
    }
#endif

    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_gnutar(a);
    Error e;
    if (archive_read_open(a, this, nullptr, &Private::readCallback, nullptr) != ARCHIVE_OK)
        e = (aborted || inputAborted || !inputError.isEmpty()) ? archiveError(a, {})
                                                               : unrecognised(QString::fromLocal8Bit(archive_error_string(a)));
    else
        e = extract(a);
    archive_read_free(a);
    if (!e && aborted)
        e = cancelled();
    if (e)
        pipe.abort(); // let the producer stop feeding
    setResult(e);
}

Error ArchiveExtractor::Private::archiveError(struct archive *a, const QByteArray &member) const
{
    if (aborted || inputAborted)
        return cancelled();
    if (!inputError.isEmpty())
        return notAnArchive(inputError);
    QString detail = QString::fromLocal8Bit(archive_error_string(a));
    if (!member.isEmpty())
        detail = ArchiveExtractor::tr("the archive is damaged or cut off at member '%1': %2").arg(shownName(member), detail);
    return notAnArchive(detail);
}

Error ArchiveExtractor::Private::extract(struct archive *a)
{
    struct archive_entry *entry = nullptr;
    int members = 0;
    QByteArray previous;
    for (;;) {
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        // ARCHIVE_RETRY (a header with a bad checksum) lies between WARN and OK: only OK and WARN
        // carry an entry to use.
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
            if (aborted || inputAborted || !inputError.isEmpty())
                return archiveError(a, {});
            const QString lowLevel = QString::fromLocal8Bit(archive_error_string(a));
            if (members == 0)
                return unrecognised(lowLevel);
            return notAnArchive(ArchiveExtractor::tr("the archive is damaged: the tar header after member '%1' "
                                                     "is corrupt (%2); download it again, and if that fails "
                                                     "too, the archive on the server is broken")
                                    .arg(shownName(previous), lowLevel));
        }
        if (aborted)
            return cancelled();
        ++members;
        const char *rawName = archive_entry_pathname(entry);
        const QByteArray name = rawName ? QByteArray(rawName) : QByteArray();
        if (Error e = writeMember(a, entry, name))
            return e;
        previous = name;
    }
    // libarchive accepts a body with no tar header at all as an empty archive; a model never is.
    if (members == 0) {
        if (!inputError.isEmpty())
            return notAnArchive(inputError);
        const QString what = describeContent(head);
        return notAnArchive(what.isEmpty() ? ArchiveExtractor::tr("no files in the archive") : what);
    }
    if (!inputError.isEmpty())
        return notAnArchive(inputError);
#ifdef HUBCACHE_HAVE_ISAL
    // The tar end marker may come before the gzip trailer; make sure the stream really ended well.
    if (gzip) {
        const void *ignored = nullptr;
        while (!gzipMemberDone || !inputEnded) {
            const la_ssize_t n = nextBlock(&ignored);
            if (n < 0)
                return archiveError(a, {});
            if (n == 0)
                break;
        }
        if (!gzipMemberDone)
            return notAnArchive(ArchiveExtractor::tr("the gzip stream ends early (truncated download)"));
    }
#endif
    // Take in whatever follows the end of the archive (tar padding), so that "finished" always
    // means "all input consumed" and the producer never waits on us.
    while (fillInput())
        currentPos = current.size();
    if (inputAborted)
        return cancelled();
    return {};
}

Error ArchiveExtractor::Private::makeDirectories(const std::vector<QByteArray> &components, size_t count)
{
    if (count == 0)
        return {};
    if (storage) {
        // Folders are implicit in object names; only a file/folder clash inside the archive is refused.
        QByteArray rel;
        for (size_t i = 0; i < count; ++i) {
            rel += (i > 0 ? "/" : "") + components[i];
            if (storedFiles.contains(rel))
                return Error::fromSystemError(ENOTDIR, destDir + QLatin1Char('/') + QFile::decodeName(rel), handle);
            folders.insert(rel);
        }
        return {};
    }
    // Each folder is made once: a member's folders are looked up here, deepest first, and only
    // the missing ones are made. (mkdir of every component of every member costs depth squared
    // path lookups per member, minutes for archives of deep paths.)
    QByteArray relative;
    std::vector<qsizetype> ends;
    ends.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        if (i > 0)
            relative += '/';
        relative += components[i];
        ends.push_back(relative.size());
    }
    size_t known = count;
    while (known > 0 && !folders.contains(relative.left(ends[known - 1])))
        --known;
    for (size_t i = known; i < count; ++i) {
        const QByteArray rel = relative.left(ends[i]);
        const QByteArray path = destRoot + '/' + rel;
        if (::mkdir(path.constData(), 0777) != 0) {
            const int err = errno;
            struct stat st {};
            // Only a real folder may stand there: we never create links, so this only trips on a
            // file/folder clash inside the archive.
            if (err != EEXIST || ::lstat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
                return Error::fromSystemError(err == EEXIST ? ENOTDIR : err, QFile::decodeName(path), handle);
        }
        folders.insert(rel);
    }
    return {};
}

Error ArchiveExtractor::Private::refuseMember(ErrorCode code, const QByteArray &name, const QString &detail) const
{
    ErrorContext c;
    c.handle = handle;
    c.path = destDir;
    c.member = shownName(name);
    c.detail = detail;
    qCWarning(lcArchive) << handle << "refused member" << c.member << detail;
    return Error(code, c);
}

Error ArchiveExtractor::Private::checkName(const QByteArray &name, const std::vector<QByteArray> &parts) const
{
    auto refuse = [&](ErrorCode code, const QString &detail) { return refuseMember(code, name, detail); };
    // Names that are not UTF-8 cannot be shown, typed or reliably deleted by every tool that
    // shares the cache (Python's tensorflow_hub among them).
    if (!name.isValidUtf8())
        return refuse(ErrorCode::UnsafeArchiveMember,
                      ArchiveExtractor::tr("its name is not valid UTF-8 (bytes shown as \\xNN); a model's "
                                           "file names are UTF-8"));
    if (name.size() > limits.maxPathBytes)
        return refuse(ErrorCode::ArchiveLimitExceeded,
                      ArchiveExtractor::tr("member '%1' has a name of %2 bytes; at most %3 are accepted")
                          .arg(shownName(name)).arg(name.size()).arg(limits.maxPathBytes));
    if (parts.size() > size_t(limits.maxDepth))
        return refuse(ErrorCode::ArchiveLimitExceeded,
                      ArchiveExtractor::tr("member '%1' is %2 levels deep; at most %3 are accepted")
                          .arg(shownName(name)).arg(parts.size()).arg(limits.maxDepth));
    for (const QByteArray &part : parts) {
        if (part.size() > limits.maxNameBytes)
            return refuse(ErrorCode::ArchiveLimitExceeded,
                          ArchiveExtractor::tr("member '%1' has a component of %2 bytes; at most %3 are accepted")
                              .arg(shownName(name)).arg(part.size()).arg(limits.maxNameBytes));
    }
    return {};
}

// Called before `more` bytes are written: the extracted total may not outgrow the archive by more
// than the ratio (past the allowance), nor the configured maximum.
Error ArchiveExtractor::Private::checkGrowth(qint64 more, const QByteArray &member) const
{
    const qint64 total = extracted + more;
    auto refuse = [&](const QString &detail) {
        ErrorContext c;
        c.handle = handle;
        c.path = destDir;
        c.member = shownName(member);
        c.detail = detail;
        qCWarning(lcArchive) << handle << "archive limit at member" << c.member << detail;
        return Error(ErrorCode::ArchiveLimitExceeded, c);
    };
    if (limits.maxExtractedSize > 0 && total > limits.maxExtractedSize)
        return refuse(ArchiveExtractor::tr("member '%1' would bring the extracted files to %2, more than the %3 "
                                           "allowed; if the model is genuine, raise HUBCACHE_MAX_EXTRACTED_SIZE")
                          .arg(shownName(member), sizeText(total), sizeText(limits.maxExtractedSize)));
    if (limits.maxExpansionRatio > 0 && total > limits.expansionAllowance) {
        const qint64 in = std::max<qint64>(consumed, 1);
        if (double(total) > limits.maxExpansionRatio * double(in))
            return refuse(ArchiveExtractor::tr("member '%1' would bring the extracted files to %2 from %3 of archive "
                                               "read so far, %4 times as much; at most %5 times are allowed past "
                                               "the first %6; if the model is genuine, raise "
                                               "HUBCACHE_MAX_EXPANSION_RATIO")
                              .arg(shownName(member), sizeText(total), sizeText(consumed))
                              .arg(double(total) / double(in), 0, 'f', 0)
                              .arg(limits.maxExpansionRatio)
                              .arg(sizeText(limits.expansionAllowance)));
    }
    return {};
}

// Fails early, before the disk is full, when the rest of a member cannot fit.
Error ArchiveExtractor::Private::checkFreeSpace(qint64 needed, const QByteArray &member) const
{
    if (storage)
        return {}; // remote: no free space to know; the upload fails if the quota is exceeded
    struct statvfs fs {};
    // Some file systems (FUSE, network) report no sizes at all: then only write() can tell.
    if (needed <= 0 || ::statvfs(destRoot.constData(), &fs) != 0 || fs.f_blocks == 0)
        return {};
    const qint64 available = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    if (needed <= available)
        return {};
    ErrorContext c;
    c.handle = handle;
    c.path = destDir;
    c.member = shownName(member);
    c.detail = ArchiveExtractor::tr("'%1' needs %2 more, only %3 are free").arg(shownName(member), sizeText(needed),
                                                                                 sizeText(available));
    qCWarning(lcArchive) << handle << "not enough space for" << c.member << c.detail;
    return Error(ErrorCode::DiskFull, c);
}

Error ArchiveExtractor::Private::writeBytes(int fd, const char *p, size_t left, const QByteArray &path)
{
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return Error::fromSystemError(n < 0 ? errno : ENOSPC, QFile::decodeName(path), handle);
        p += n;
        left -= size_t(n);
        extracted += n;
    }
    return {};
}

Error ArchiveExtractor::Private::writeBytes(StorageWriter *writer, const char *p, size_t left, const QByteArray &path)
{
    if (Error e = writer->write(p, qint64(left))) {
        if (e.code() == ErrorCode::Cancelled)
            return e;
        ErrorContext c = e.context();
        c.handle = handle;
        if (c.path.isEmpty())
            c.path = QFile::decodeName(path);
        return Error(e.code(), c);
    }
    extracted += qint64(left);
    return {};
}

Error ArchiveExtractor::Private::writeMember(struct archive *a, struct archive_entry *entry, const QByteArray &name)
{
    auto refuse = [&](ErrorCode code, const QString &detail) { return refuseMember(code, name, detail); };

    std::vector<QByteArray> parts;
    if (name.isEmpty() || !safeComponents(name, &parts))
        return refuse(ErrorCode::UnsafeArchiveMember, {});
    if (Error e = checkName(name, parts))
        return e;

    const mode_t type = archive_entry_filetype(entry);
    if (archive_entry_hardlink(entry) || archive_entry_symlink(entry) || (type != AE_IFREG && type != AE_IFDIR)) {
        QString kind;
        if (archive_entry_hardlink(entry))
            kind = ArchiveExtractor::tr("hard link to '%1'").arg(QString::fromUtf8(archive_entry_hardlink(entry)));
        else if (type == AE_IFLNK)
            kind = ArchiveExtractor::tr("symbolic link to '%1'").arg(QString::fromUtf8(archive_entry_symlink(entry)));
        else if (type == AE_IFCHR || type == AE_IFBLK)
            kind = ArchiveExtractor::tr("device file");
        else if (type == AE_IFIFO)
            kind = ArchiveExtractor::tr("FIFO");
        else
            kind = ArchiveExtractor::tr("type %1").arg(type);
        return refuse(ErrorCode::UnsupportedArchiveMember, kind);
    }

    if (type == AE_IFDIR)
        return makeDirectories(parts, parts.size()); // "./" (no components) is the folder itself

    if (parts.empty())
        return refuse(ErrorCode::UnsafeArchiveMember, {});
    const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
    if (limits.maxExtractedSize > 0 && declared > 0) {
        if (Error e = checkGrowth(declared, name))
            return e;
    }
    if (Error e = checkFreeSpace(declared, name))
        return e;
    if (Error e = makeDirectories(parts, parts.size() - 1))
        return e;

    QByteArray path = destRoot;
    QByteArray relative;
    for (const QByteArray &p : parts) {
        path += '/' + p;
        relative += (relative.isEmpty() ? "" : "/") + p;
    }
    int fd = -1;
    std::unique_ptr<StorageWriter> writer;
    if (storage) {
        if (folders.contains(relative))
            return Error::fromSystemError(EISDIR, QFile::decodeName(path), handle);
        Error openError;
        writer = storage->openWriter(QFile::decodeName(path), &openError);
        if (!writer)
            return openError ? openError : Error::fromSystemError(EIO, QFile::decodeName(path), handle);
    } else {
        fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0)
            return Error::fromSystemError(errno, QFile::decodeName(path), handle);
    }

    // Sparse members are written densely: their holes as zeros through write(), so they count
    // against the limits and the free space like any byte, and a file's size on disk is what
    // deleting it frees (as Python's tarfile extracts them).
    Error outcome;
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    qint64 written = 0;
    qint64 nextSpaceCheck = kSpaceCheckInterval;
    auto put = [&](const char *data, size_t n) -> Error {
        if (Error e = checkGrowth(qint64(n), name))
            return e;
        if (written + qint64(n) >= nextSpaceCheck) {
            nextSpaceCheck = written + kSpaceCheckInterval;
            if (Error e = checkFreeSpace(std::max(declared - written, qint64(n)), name))
                return e;
        }
        if (Error e = writer ? writeBytes(writer.get(), data, n, path) : writeBytes(fd, data, n, path))
            return e;
        written += qint64(n);
        return {};
    };
    auto zeros = [&](qint64 until) -> Error {
        while (written < until) {
            if (aborted)
                return cancelled();
            if (Error e = put(kZeros, size_t(std::min<qint64>(until - written, qint64(kZeroBlock)))))
                return e;
        }
        return {};
    };
    for (;;) {
        const int r = archive_read_data_block(a, &block, &size, &offset);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
            outcome = archiveError(a, name);
            break;
        }
        if (aborted) {
            outcome = cancelled();
            break;
        }
        if (offset < written) {
            outcome = notAnArchive(ArchiveExtractor::tr("the archive is damaged: the sparse map of member '%1' "
                                                        "goes backwards").arg(shownName(name)));
            break;
        }
        if ((outcome = zeros(offset)))
            break;
        if ((outcome = put(static_cast<const char *>(block), size)))
            break;
    }
    // A hole that runs to the end of the file.
    if (!outcome)
        outcome = zeros(declared);
    if (writer) {
        if (!outcome)
            outcome = writer->commit(); // a writer dropped uncommitted leaves nothing
        writer.reset();
        if (!outcome)
            storedFiles.insert(relative);
    } else if (::close(fd) != 0 && !outcome) {
        outcome = Error::fromSystemError(errno, QFile::decodeName(path), handle);
    }
    if (!outcome)
        ++files;
    return outcome;
}

Error ArchiveExtractor::extractFile(const QString &archivePath, const QString &destDir, const QString &handle)
{
    return extractFile(archivePath, destDir, handle, Limits());
}

Error ArchiveExtractor::extractFile(const QString &archivePath, const QString &destDir, const QString &handle,
                                    const Limits &limits)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::fromSystemError(errno ? errno : ENOENT, archivePath, handle);

    ArchiveExtractor extractor(destDir, handle);
    extractor.setLimits(limits);
    extractor.start();
    constexpr qint64 chunk = 1024 * 1024;
    // No event loop here: feed while there is room, otherwise yield until the worker drains.
    while (!extractor.isFinished()) {
        const qint64 room = extractor.availableSpace();
        if (room <= 0) {
            QThread::usleep(200);
            continue;
        }
        const QByteArray bytes = file.read(std::min(room, chunk));
        if (bytes.isEmpty()) {
            extractor.finishInput();
            break;
        }
        extractor.write(bytes);
    }
    while (!extractor.isFinished())
        QThread::usleep(500);
    return extractor.error();
}

} // namespace HubCache
