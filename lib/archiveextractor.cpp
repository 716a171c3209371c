#include "archiveextractor.h"

#include "bytepipe_p.h"
#include "logging.h"

#include <QFile>
#include <QPointer>
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
#include <unistd.h>
#include <vector>

namespace HubCache {

namespace {

constexpr qsizetype kPipeCapacity = 8 * 1024 * 1024;
constexpr size_t kInflateBuffer = 1024 * 1024;

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
    Error notAnArchive(const QString &detail) const;
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
        e = archiveError(a, {});
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
        detail = ArchiveExtractor::tr("at member '%1': %2").arg(QString::fromUtf8(member), detail);
    return notAnArchive(detail);
}

Error ArchiveExtractor::Private::extract(struct archive *a)
{
    struct archive_entry *entry = nullptr;
    int members = 0;
    for (;;) {
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) // FATAL or RETRY: a broken or non-tar stream
            return archiveError(a, {});
        if (aborted)
            return cancelled();
        ++members;
        const char *rawName = archive_entry_pathname(entry);
        const QByteArray name = rawName ? QByteArray(rawName) : QByteArray();
        if (Error e = writeMember(a, entry, name))
            return e;
    }
    // libarchive accepts a body with no tar header at all as an empty archive; a model never is.
    if (members == 0)
        return notAnArchive(inputError.isEmpty() ? ArchiveExtractor::tr("no files in the archive") : inputError);
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
    QByteArray path = destRoot;
    for (size_t i = 0; i < count; ++i) {
        path += '/' + components[i];
        if (::mkdir(path.constData(), 0777) == 0)
            continue;
        const int err = errno;
        struct stat st {};
        // Only a real folder may stand there: we never create links, so this only trips on a
        // file/folder clash inside the archive.
        if (err == EEXIST && ::lstat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode))
            continue;
        return Error::fromSystemError(err == EEXIST ? ENOTDIR : err, QFile::decodeName(path), handle);
    }
    return {};
}

Error ArchiveExtractor::Private::writeMember(struct archive *a, struct archive_entry *entry, const QByteArray &name)
{
    auto refuse = [&](ErrorCode code, const QString &detail) {
        ErrorContext c;
        c.handle = handle;
        c.path = destDir;
        c.member = QString::fromUtf8(name);
        c.detail = detail;
        qCWarning(lcArchive) << handle << "refused member" << name << detail;
        return Error(code, c);
    };

    std::vector<QByteArray> parts;
    if (name.isEmpty() || !safeComponents(name, &parts))
        return refuse(ErrorCode::UnsafeArchiveMember, {});

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
    if (Error e = makeDirectories(parts, parts.size() - 1))
        return e;

    QByteArray path = destRoot;
    for (const QByteArray &p : parts)
        path += '/' + p;
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0)
        return Error::fromSystemError(errno, QFile::decodeName(path), handle);

    Error outcome;
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    la_int64_t written = 0;
    for (;;) {
        const int r = archive_read_data_block(a, &block, &size, &offset);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            outcome = archiveError(a, name);
            break;
        }
        if (aborted) {
            outcome = cancelled();
            break;
        }
        // Sparse members jump ahead: seek, the file system keeps the hole.
        if (offset != written && ::lseek(fd, offset, SEEK_SET) < 0) {
            outcome = Error::fromSystemError(errno, QFile::decodeName(path), handle);
            break;
        }
        const char *p = static_cast<const char *>(block);
        size_t left = size;
        while (left > 0) {
            const ssize_t n = ::write(fd, p, left);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                outcome = Error::fromSystemError(n < 0 ? errno : ENOSPC, QFile::decodeName(path), handle);
                break;
            }
            p += n;
            left -= size_t(n);
        }
        if (outcome)
            break;
        written = offset + la_int64_t(size);
        extracted += qint64(size);
    }
    // A sparse file whose hole runs to the end needs its full length.
    if (!outcome && archive_entry_size_is_set(entry) && written < archive_entry_size(entry)
        && ::ftruncate(fd, archive_entry_size(entry)) != 0)
        outcome = Error::fromSystemError(errno, QFile::decodeName(path), handle);
    if (::close(fd) != 0 && !outcome)
        outcome = Error::fromSystemError(errno, QFile::decodeName(path), handle);
    if (!outcome)
        ++files;
    return outcome;
}

Error ArchiveExtractor::extractFile(const QString &archivePath, const QString &destDir, const QString &handle)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::fromSystemError(errno ? errno : ENOENT, archivePath, handle);

    ArchiveExtractor extractor(destDir, handle);
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
