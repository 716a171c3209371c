#include "cachemovejob.h"

#include "cachelock.h"
#include "descriptor.h"
#include "logging.h"
#include "modelcache.h"
#include "regularfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <cstdio>

namespace HubCache {

namespace {

bool renamePath(const QString &from, const QString &to, int *err)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *err = errno;
    return false;
}

// Copies a model folder (files and folders only), reporting bytes; stops early when cancelled.
Error copyTree(const QString &from, const QString &to, const std::atomic<bool> &cancelled,
               const std::function<void(qint64)> &progress)
{
    if (!QDir().mkpath(to))
        return Error::fromSystemError(errno ? errno : EACCES, to);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (cancelled)
            return Error(ErrorCode::Cancelled, ErrorContext{});
        it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(it.filePath());
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return Error::fromSystemError(errno ? errno : EACCES, target);
            continue;
        }
        QFile in;
        QFile out(target);
        // Never a plain open inside a cache folder: a FIFO there would block the move for good.
        int openError = 0;
        const RegularFile::Status opened = RegularFile::open(it.filePath(), &in, &openError);
        if (opened == RegularFile::Status::NotRegular)
            continue; // models hold files and folders only; the extractor never makes anything else
        if (opened != RegularFile::Status::Ok)
            return Error::fromSystemError(openError ? openError : EACCES, it.filePath());
        if (!out.open(QIODevice::WriteOnly))
            return Error::fromSystemError(errno ? errno : EACCES, target);
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error::fromSystemError(errno ? errno : EIO, it.filePath());
            if (n == 0)
                break;
            if (out.write(buffer.constData(), n) != n)
                return Error::fromSystemError(errno ? errno : ENOSPC, target);
            progress(n);
            if (cancelled)
                return Error(ErrorCode::Cancelled, ErrorContext{});
        }
        if (!out.flush())
            return Error::fromSystemError(errno ? errno : ENOSPC, target);
    }
    return {};
}

} // namespace

CacheMoveJob::CacheMoveJob(const QString &fromDir, const QString &toDir, QObject *parent)
    : Job(parent)
    , m_from(fromDir)
    , m_to(toDir)
{
}

CacheMoveJob::~CacheMoveJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void CacheMoveJob::start()
{
    m_thread = QThread::create([this] { work(); });
    connect(m_thread, &QThread::finished, this, [this] {
        if (!isFinished())
            emitResult(m_cancelled ? Error(ErrorCode::Cancelled, ErrorContext{}) : m_workError);
    });
    m_thread->start();
}

void CacheMoveJob::doCancel()
{
    m_cancelled = true;
    if (m_thread)
        m_thread->wait();
}

void CacheMoveJob::work()
{
    ModelCache source(m_from);
    ModelCache target(m_to);
    if (Error e = target.ensureWritable()) {
        m_workError = e;
        return;
    }
    QList<CacheEntry> entries;
    qint64 total = 0;
    for (const CacheEntry &e : source.entries()) {
        if (e.state == EntryState::Complete) {
            entries.append(e);
            total += e.sizeBytes;
        }
    }
    qint64 done = 0;
    auto report = [&](qint64 bytes) {
        done += bytes;
        const qint64 d = done;
        QMetaObject::invokeMethod(this, [this, d, total] { setProgress(d, total); }, Qt::QueuedConnection);
    };

    for (const CacheEntry &e : std::as_const(entries)) {
        if (m_cancelled)
            return;
        const QString label = e.handle.isEmpty() ? e.key : e.handle;
        CacheLock lock(source.lockPath(e.key));
        Error lockError;
        if (!lock.tryAcquire(&lockError)) {
            m_skipped.append(tr("%1: being downloaded").arg(label));
            continue;
        }
        if (target.isComplete(e.key)) {
            m_skipped.append(tr("%1: already in the new folder").arg(label));
            continue;
        }
        const QString to = target.entryPath(e.key);
        (void)ModelCache::removeTree(to); // a broken copy there is replaced, a dangling symlink too
        int err = 0;
        if (!renamePath(e.path, to, &err)) {
            if (err != EXDEV) {
                m_skipped.append(tr("%1: %2").arg(label, Error::fromSystemError(err, e.path).message()));
                continue;
            }
            const QString temp = target.tempPath(e.key, lock.taskId());
            const Error copyError = copyTree(e.path, temp, m_cancelled, report);
            if (copyError || !renamePath(temp, to, &err)) {
                (void)ModelCache::removeTree(temp);
                if (copyError.code() == ErrorCode::Cancelled)
                    return;
                m_skipped.append(tr("%1: %2").arg(label, copyError ? copyError.message()
                                                                   : Error::fromSystemError(err, to).message()));
                continue;
            }
            const QString doomed = source.tempPath(e.key, lock.taskId());
            if (renamePath(e.path, doomed, &err))
                (void)ModelCache::removeTree(doomed);
        } else {
            report(e.sizeBytes);
        }
        const QString descriptor = source.descriptorPath(e.key);
        // A descriptor that is a FIFO or a link is not carried along (copying a FIFO blocks).
        if (RegularFile::typeOf(descriptor) == RegularFile::Status::Ok) {
            QFile::remove(target.descriptorPath(e.key));
            if (!renamePath(descriptor, target.descriptorPath(e.key), &err) && QFile::copy(descriptor, target.descriptorPath(e.key)))
                QFile::remove(descriptor);
        }
        qCInfo(lcCache) << "moved" << label << "to" << to;
        m_moved.append(label);
    }
}

} // namespace HubCache
