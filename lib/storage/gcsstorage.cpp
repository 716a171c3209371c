#include "gcsstorage.h"

#include "gcsclient.h"
#include "gcscredentialprovider.h"
#include "gcsdeletejob.h"
#include "gcslistjob.h"
#include "gcsmetadatajob.h"
#include "gcsobjectreader.h"
#include "gcsreadjob.h"
#include "gcsrewritejob.h"
#include "gcsuploadjob.h"
#include "logging.h"
#include "networkaccess.h"
#include "storagereader.h"
#include "storagewriter.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <deque>
#include <functional>
#include <vector>

namespace HubCache {

namespace {

// Objects copied or deleted at once by removeTree and moveTree.
constexpr int kParallelRequests = 8;
// Writers upload in resumable chunks of this size (a multiple of 256 KiB); a file that fits in
// one goes up in a single multipart request at commit.
constexpr qint64 kWriteChunk = 8 << 20;
// Readers: a stream starts with ranged requests of kFirstRange bytes, at most kFirstWindow ahead of
// its caller; both grow as the caller consumes, up to kMaxRange and kMaxWindow (bytes held plus in
// flight: the memory bound of one reader), with at most kMaxRangesInFlight requests at once.
constexpr qint64 kFirstRange = 4 << 20;
constexpr qint64 kMaxRange = 16 << 20;
constexpr qint64 kFirstWindow = 8 << 20;
constexpr qint64 kMaxWindow = 64 << 20;
constexpr int kMaxRangesInFlight = 4;
// A caller reading more than this at once is woken to copy out in pieces of this size, which
// frees room in the window as it goes.
constexpr qint64 kWakeBatch = 4 << 20;
// Bytes come from the network in pieces of this size, whose arrays are used again once the caller
// copied them out (at most kMaxSparePieces kept): no allocation and no fresh pages per network read.
constexpr qint64 kPiece = 512 << 10;
constexpr size_t kMaxSparePieces = 16;

// Files whose presence makes a model folder look complete: copied last by moveTree.
bool completesModel(const QString &relativeName)
{
    const QString base = relativeName.section(QLatin1Char('/'), -1);
    if (base == QLatin1String("saved_model.pb") || base == QLatin1String("saved_model.pbtxt")
        || base == QLatin1String("tfhub_module.pb"))
        return true;
    return !relativeName.contains(QLatin1Char('/')) && base.endsWith(QLatin1String(".tflite"));
}

Storage::Stat fileStat(const GcsObjectInfo &info)
{
    Storage::Stat s;
    s.type = Storage::Type::File;
    s.size = qMax<qint64>(0, info.size);
    s.modified = info.updated.toUTC();
    s.generation = info.generation;
    return s;
}

} // namespace

// One call's wait: finished on the network thread, waited for by the caller.
struct GcsWait {
    QSemaphore done;
    bool finished = false;          // network thread only
    Error error;                    // read by the caller after done
    std::function<void(const Error &)> abort; // network thread: ends the call early with an error

    void finish(const Error &e = {})
    {
        if (finished)
            return;
        finished = true;
        error = e;
        done.release();
    }
};
using GcsWaitPtr = std::shared_ptr<GcsWait>;
struct GcsReadStream;

class GcsStorage::Private
{
public:
    explicit Private(const Configuration &c)
        : config(c)
    {
    }

    // Runs start on the network thread and waits until it calls finish(), for at most timeout.
    Error await(const std::function<void(const GcsWaitPtr &)> &start, std::chrono::milliseconds timeout);
    // Runs count jobs, at most parallel at once; done(i, job) says whether job i failed the call.
    Error runJobs(int count, int parallel, const std::function<GcsRequestJob *(GcsClient *, int)> &make,
                  const std::function<Error(int, GcsRequestJob *)> &done);
    Error runJob(const std::function<GcsRequestJob *(GcsClient *)> &make,
                 const std::function<Error(GcsRequestJob *)> &done = {})
    {
        return runJobs(1, 1, [&make](GcsClient *c, int) { return make(c); },
                       [&done](int, GcsRequestJob *job) { return done ? done(job) : job->error(); });
    }
    // A bound for a call of count requests: every attempt of each may stall to the limit.
    std::chrono::milliseconds callTimeout(int rounds = 1) const
    {
        const auto perRequest = config.stallTimeout() * (config.maxRetries() + 2) + std::chrono::milliseconds(5000);
        return perRequest * std::max(1, rounds);
    }
    Error cancelledError(const QString &location) const
    {
        ErrorContext c;
        c.path = location;
        return Error(ErrorCode::Cancelled, c);
    }
    // A 404 for a file the caller named is "no such file", as a local storage says it.
    static Error missingAsPathNotFound(const Error &e, const QString &location)
    {
        if (e.code() != ErrorCode::RemoteNotFound)
            return e;
        ErrorContext c;
        c.path = location;
        return Error(ErrorCode::PathNotFound, c);
    }
    // The metadata of the object at location, which must name a file (not a folder).
    Error fileMetadata(const QString &location, QString *bucket, QString *name, GcsObjectInfo *info);
    Error badLocation(const QString &location) const
    {
        ErrorContext c;
        c.path = location;
        c.detail = GcsStorage::tr("not a gs://bucket/name location");
        return Error(ErrorCode::InvalidHandle, c);
    }
    // The objects under prefix (every page), or an error.
    QList<GcsObjectInfo> listAll(const QString &bucket, const QString &prefix, Error *error, QStringList *prefixes = nullptr,
                                 const QString &delimiter = {});
    Storage::Stat stat(const QString &location, Error *error);

    Configuration config;
    QThread thread;
    QObject *context = nullptr;                 // lives on thread
    QNetworkAccessManager *network = nullptr;   // thread
    std::unique_ptr<GcsCredentialProvider> credentials; // thread
    GcsClient *client = nullptr;                // thread
    Error setupError;
    std::atomic_bool cancelled{false};
    QMutex mutex;
    QSet<GcsWait *> active;                     // under mutex
    QList<GcsWaitPtr> activeOwners;             // under mutex
    QList<std::weak_ptr<GcsReadStream>> readStreams; // under mutex: woken by cancel()
    int listPageSize = 0;

    void registerStream(const std::shared_ptr<GcsReadStream> &stream);
    void cancelStreams();
};

Error GcsStorage::Private::await(const std::function<void(const GcsWaitPtr &)> &start, std::chrono::milliseconds timeout)
{
    if (setupError)
        return setupError;
    auto wait = std::make_shared<GcsWait>();
    {
        QMutexLocker lock(&mutex);
        activeOwners.append(wait);
    }
    auto unregister = qScopeGuard([this, &wait] {
        QMutexLocker lock(&mutex);
        activeOwners.removeOne(wait);
    });
    if (cancelled)
        return cancelledError({});
    QMetaObject::invokeMethod(context, [this, wait, start] {
        if (cancelled) {
            wait->finish(cancelledError({}));
            return;
        }
        start(wait);
    }, Qt::QueuedConnection);
    if (wait->done.tryAcquire(1, int(timeout.count())))
        return wait->error;
    // Over the overall bound: end whatever is under way and say so.
    QMetaObject::invokeMethod(context, [wait] {
        const Error e(ErrorCode::Timeout, GcsStorage::tr("a Google Cloud Storage request did not finish in time"));
        if (wait->abort)
            wait->abort(e);
        wait->finish(e);
    }, Qt::QueuedConnection);
    wait->done.acquire();
    return wait->error;
}

Error GcsStorage::Private::runJobs(int count, int parallel, const std::function<GcsRequestJob *(GcsClient *, int)> &make,
                                  const std::function<Error(int, GcsRequestJob *)> &done)
{
    if (count == 0)
        return {};
    struct State {
        int next = 0;
        int running = 0;
        bool stopped = false;
        Error error;
        QList<QPointer<GcsRequestJob>> jobs;
    };
    const int rounds = (count + parallel - 1) / parallel;
    return await([this, count, parallel, make, done](const GcsWaitPtr &wait) {
        auto state = std::make_shared<State>();
        auto pump = std::make_shared<std::function<void()>>();
        // The pump holds itself through the jobs' connections only while they run.
        std::weak_ptr<std::function<void()>> weakPump = pump;
        wait->abort = [state](const Error &e) {
            if (!state->stopped) {
                state->stopped = true;
                state->error = e;
            }
            const auto jobs = state->jobs;
            for (const QPointer<GcsRequestJob> &job : jobs) {
                if (job)
                    job->cancel();
            }
        };
        *pump = [this, state, wait, count, parallel, make, done, weakPump] {
            auto self = weakPump.lock();
            while (!state->stopped && state->running < parallel && state->next < count) {
                if (cancelled) {
                    state->stopped = true;
                    state->error = cancelledError({});
                    break;
                }
                const int index = state->next++;
                GcsRequestJob *job = make(client, index);
                job->setAutoDelete(true);
                state->jobs.append(job);
                ++state->running;
                QObject::connect(job, &Job::result, context, [state, wait, done, index, job, self, count](Job *) {
                    --state->running;
                    state->jobs.removeOne(job);
                    const Error e = done(index, job);
                    if (e && !state->stopped) {
                        state->stopped = true;
                        state->error = e;
                        const auto jobs = state->jobs;
                        for (const QPointer<GcsRequestJob> &other : jobs) {
                            if (other)
                                other->cancel();
                        }
                    }
                    if (state->running == 0 && (state->stopped || state->next >= count)) {
                        wait->finish(state->error);
                        return;
                    }
                    (*self)();
                });
                job->start();
            }
            if (state->running == 0)
                wait->finish(state->error);
        };
        (*pump)();
    }, callTimeout(rounds));
}

QList<GcsObjectInfo> GcsStorage::Private::listAll(const QString &bucket, const QString &prefix, Error *error,
                                                  QStringList *prefixes, const QString &delimiter)
{
    QList<GcsObjectInfo> objects;
    QStringList found;
    const int pageSize = listPageSize;
    const Error e = runJob([&](GcsClient *c) -> GcsRequestJob * {
        auto *job = c->list(bucket, prefix, delimiter);
        job->setPageSize(pageSize);
        return job;
    }, [&](GcsRequestJob *job) {
        auto *list = static_cast<GcsListJob *>(job);
        objects = list->objects();
        found = list->prefixes();
        return job->error();
    });
    if (error)
        *error = e;
    if (prefixes)
        *prefixes = found;
    return e ? QList<GcsObjectInfo>() : objects;
}

Storage::Stat GcsStorage::Private::stat(const QString &location, Error *error)
{
    QString bucket, name;
    if (!GcsStorage::parse(location, &bucket, &name)) {
        if (error)
            *error = badLocation(location);
        return {};
    }
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    if (name.isEmpty()) {
        Storage::Stat s;
        s.type = Storage::Type::Folder;
        return s;
    }
    // The object and anything under "name/" at once: one round trip.
    GcsObjectInfo object;
    bool below = false;
    const Error e = runJobs(2, 2, [&](GcsClient *c, int i) -> GcsRequestJob * {
        if (i == 0)
            return c->metadata(bucket, name);
        auto *list = c->list(bucket, name + QLatin1Char('/'));
        list->setPageSize(1);
        list->setMaxPages(1);
        return list;
    }, [&](int i, GcsRequestJob *job) {
        if (i == 0) {
            if (job->error().code() == ErrorCode::RemoteNotFound)
                return Error();
            object = static_cast<GcsMetadataJob *>(job)->object();
            return job->error();
        }
        below = !static_cast<GcsListJob *>(job)->objects().isEmpty();
        return job->error();
    });
    if (error)
        *error = e;
    if (e)
        return {};
    if (object.isValid())
        return fileStat(object);
    Storage::Stat s;
    if (below)
        s.type = Storage::Type::Folder;
    return s;
}

// One sequential stream of a reader: ranged requests of one generation, several in flight, whose
// bytes wait here (as the network handed them over) until the caller copies them out. Shared by
// the caller's thread and the network thread, under mutex; it outlives its reader until the last
// of its requests has ended.
struct GcsReadRange {
    qint64 start = 0;
    qint64 end = 0;
    qint64 arrived = 0;             // bytes [start, arrived) came in
    std::deque<QByteArray> chunks;  // what came in and was not copied out yet
    qint64 headStart = 0;           // object offset of chunks.front()'s first byte
    bool finished = false;
    Error error;
    QPointer<GcsObjectReader> job;  // network thread
};

struct GcsReadStream {
    GcsReadStream(const QString &b, const QString &n, qint64 g, qint64 s, qint64 from)
        : bucket(b), name(n), generation(g), size(s), streamStart(from), base(from), scheduledEnd(from)
    {
    }

    // How far ahead of the caller it may fetch: small for a new stream (it may be one small read),
    // growing with what the caller consumed, up to kMaxWindow.
    qint64 window() const { return qMin(kMaxWindow, kFirstWindow + (base - streamStart)); }
    qint64 nextRangeLength() const
    {
        return qMin(size - scheduledEnd, std::clamp(scheduledEnd - streamStart, kFirstRange, kMaxRange));
    }
    bool roomForRange() const
    {
        return !closed && !cancelled && inFlight < kMaxRangesInFlight && scheduledEnd < size
            && scheduledEnd + nextRangeLength() - base <= window();
    }
    // Whether the waiting caller can go on: its bytes arrived, or the range it needs ended short.
    bool callerCanGoOn() const
    {
        if (wantUntil < 0)
            return false;
        if (cancelled)
            return true;
        qint64 position = base;
        for (const auto &range : ranges) {
            if (range->end <= position)
                continue;
            position = range->arrived;
            if (position >= wantUntil)
                return true;
            if (range->arrived < range->end)
                return range->finished;
        }
        return position >= wantUntil || position >= size;
    }

    const QString bucket;
    const QString name;
    const qint64 generation;
    const qint64 size;
    const qint64 streamStart;

    QMutex mutex;
    QWaitCondition changed;
    std::deque<std::shared_ptr<GcsReadRange>> ranges; // consecutive, from base on
    qint64 base;                 // the caller's position: bytes before it are dropped
    qint64 scheduledEnd;         // end of the last range requested
    qint64 wantUntil = -1;       // the caller waits for bytes up to here (-1: nobody waits)
    std::vector<QByteArray> spare; // pieces copied out, to be filled again
    int inFlight = 0;
    bool pumpQueued = false;
    bool closed = false;         // its reader moved on: no more requests
    bool cancelled = false;      // GcsStorage::cancel()
};
using GcsReadStreamPtr = std::shared_ptr<GcsReadStream>;


// Reads one object generation. The first read, and any read that continues the previous one or
// lands in what is being read ahead, goes through a GcsReadStream: up to kMaxRangesInFlight ranged
// requests at once, growing from kFirstRange to kMaxRange, at most kMaxWindow bytes ahead of the
// caller (held plus in flight: the memory bound of one reader). Any other read is one ranged
// request. The caller waits only when the bytes it asked for have not arrived, and is woken once
// they have (or a range failed, or the storage was cancelled).
class GcsStorageReader final : public StorageReader
{
public:
    GcsStorageReader(GcsStorage::Private *d, const QString &location, const QString &bucket, const QString &name,
                     const GcsObjectInfo &info)
        : m_d(d), m_location(location), m_bucket(bucket), m_name(name), m_generation(info.generation), m_size(info.size)
    {
    }

    ~GcsStorageReader() override { dropStream(); }

    qint64 size() const override { return m_size; }

    qint64 read(qint64 offset, char *buffer, qint64 size, Error *error) override
    {
        QMutexLocker lock(&m_mutex);
        if (offset < 0 || size < 0) {
            if (error) {
                ErrorContext c;
                c.path = m_location;
                c.detail = GcsStorage::tr("a read at offset %1 of %2 bytes").arg(offset).arg(size);
                *error = Error(ErrorCode::FileError, c);
            }
            return -1;
        }
        size = qMin(size, m_size - offset);
        if (size <= 0)
            return 0;
        Error e;
        qint64 got = 0;
        if (m_d->cancelled) {
            e = m_d->cancelledError(m_location);
        } else if (!m_everRead || offset == m_nextOffset || inStream(offset)) {
            if (!inStream(offset))
                openStream(offset);
            e = pull(offset, buffer, size, &got);
            if (e)
                dropStream();
        } else {
            QByteArray data;
            e = fetch(offset, size, &data);
            if (!e) {
                memcpy(buffer, data.constData(), size_t(data.size()));
                got = data.size();
            }
        }
        m_everRead = true;
        if (e.code() == ErrorCode::RemoteNotFound) {
            // The generation opened is gone: replaced or deleted since.
            ErrorContext c = e.context();
            c.path = m_location;
            e = Error(ErrorCode::ObjectChanged, c);
        }
        if (e) {
            if (error)
                *error = e;
            return -1;
        }
        m_nextOffset = offset + got;
        return got;
    }

private:
    Error fetch(qint64 offset, qint64 length, QByteArray *data)
    {
        const QString bucket = m_bucket, name = m_name;
        const qint64 generation = m_generation;
        return m_d->runJob([&](GcsClient *c) -> GcsRequestJob * { return c->read(bucket, name, offset, length, generation); },
                           [&](GcsRequestJob *job) {
                               *data = static_cast<GcsReadJob *>(job)->data();
                               return job->error();
                           });
    }

    ErrorContext locationContext() const
    {
        ErrorContext c;
        c.path = m_location;
        return c;
    }

    bool inStream(qint64 offset)
    {
        if (!m_stream)
            return false;
        QMutexLocker lock(&m_stream->mutex);
        return offset >= m_stream->base && offset < m_stream->scheduledEnd;
    }

    void openStream(qint64 offset)
    {
        dropStream();
        m_stream = std::make_shared<GcsReadStream>(m_bucket, m_name, m_generation, m_size, offset);
        m_d->registerStream(m_stream);
        schedulePump(m_stream);
    }

    void schedulePump(const GcsReadStreamPtr &s)
    {
        // Under s->mutex or before anyone else knows s.
        if (s->pumpQueued || !s->roomForRange() || !m_d->context)
            return;
        s->pumpQueued = true;
        GcsStorage::Private *d = m_d;
        QMetaObject::invokeMethod(m_d->context, [d, s] { pumpStream(d, s); }, Qt::QueuedConnection);
    }

    // Copies size bytes at offset (fewer only at the end of the object) into buffer; the bytes
    // between the stream's position and offset are dropped.
    Error pull(qint64 offset, char *buffer, qint64 size, qint64 *got)
    {
        const GcsReadStreamPtr s = m_stream;
        QMutexLocker lock(&s->mutex);
        qint64 copied = 0;
        QDeadlineTimer deadline(m_d->callTimeout());
        while (s->base < offset || copied < size) {
            if (s->cancelled)
                return m_d->cancelledError(m_location);
            while (!s->ranges.empty() && s->ranges.front()->end <= s->base)
                s->ranges.pop_front();
            if (s->base >= s->size)
                break;
            if (!s->ranges.empty()) {
                GcsReadRange *range = s->ranges.front().get();
                if (!range->chunks.empty()) {
                    QByteArray head = range->chunks.front();
                    const qint64 skip = s->base - range->headStart;
                    qint64 n;
                    if (s->base < offset) {
                        n = qMin(offset - s->base, head.size() - skip);
                    } else {
                        // Copied out without the lock: only this thread drops chunks, and the
                        // copy of the array keeps the bytes alive.
                        n = qMin(size - copied, head.size() - skip);
                        lock.unlock();
                        memcpy(buffer + copied, head.constData() + skip, size_t(n));
                        lock.relock();
                        copied += n;
                    }
                    s->base += n;
                    if (s->base == range->headStart + head.size()) {
                        QByteArray spent = std::move(range->chunks.front());
                        range->chunks.pop_front();
                        range->headStart = s->base;
                        head = QByteArray(); // spent is the only reference left: filled again in place
                        if (s->spare.size() < kMaxSparePieces && spent.capacity() >= kPiece)
                            s->spare.push_back(std::move(spent));
                    }
                    schedulePump(s);
                    deadline.setRemainingTime(m_d->callTimeout());
                    continue;
                }
                if (range->finished && range->arrived < range->end)
                    return range->error ? range->error : Error(ErrorCode::ConnectionFailed, locationContext());
            }
            schedulePump(s);
            const qint64 needed = (offset - qMin(offset, s->base)) + size - copied;
            s->wantUntil = qMin(s->size, s->base + qMin(needed, kWakeBatch));
            while (!s->callerCanGoOn()) {
                if (!s->changed.wait(&s->mutex, deadline)) {
                    s->wantUntil = -1;
                    return Error(ErrorCode::Timeout, locationContext());
                }
            }
            s->wantUntil = -1;
        }
        *got = copied;
        return {};
    }

    void dropStream()
    {
        if (!m_stream)
            return;
        const GcsReadStreamPtr s = m_stream;
        m_stream.reset();
        QList<QPointer<GcsObjectReader>> jobs;
        {
            QMutexLocker lock(&s->mutex);
            s->closed = true;
            for (const auto &range : s->ranges)
                jobs.append(range->job);
            s->ranges.clear();
        }
        if (!m_d->context)
            return;
        QMetaObject::invokeMethod(m_d->context, [jobs] {
            for (const QPointer<GcsObjectReader> &job : jobs) {
                if (job)
                    job->cancel();
            }
        }, Qt::QueuedConnection);
    }

    static void takeArrived(const GcsReadStreamPtr &s, GcsReadRange *range, GcsObjectReader *job)
    {
        QMutexLocker lock(&s->mutex);
        for (QByteArray chunk = job->takeChunk(); !chunk.isEmpty(); chunk = job->takeChunk()) {
            range->arrived += chunk.size();
            range->chunks.push_back(std::move(chunk));
        }
        if (s->callerCanGoOn())
            s->changed.wakeAll();
    }

    // Network thread: requests ranges while the window has room.
    static void pumpStream(GcsStorage::Private *d, const GcsReadStreamPtr &s)
    {
        QMutexLocker lock(&s->mutex);
        s->pumpQueued = false;
        while (s->roomForRange()) {
            auto range = std::make_shared<GcsReadRange>();
            range->start = range->arrived = range->headStart = s->scheduledEnd;
            range->end = range->start + s->nextRangeLength();
            GcsObjectReader *job = d->client->openReader(s->bucket, s->name, s->generation);
            job->setParent(d->context);
            job->setRange(range->start, range->end - range->start);
            job->setChunkSize(range->end - range->start); // one request (resumed where a cut one stopped)
            job->setPieceSize(kPiece, [s] {
                QMutexLocker spare(&s->mutex);
                if (s->spare.empty())
                    return QByteArray();
                QByteArray piece = std::move(s->spare.back());
                s->spare.pop_back();
                return piece;
            });
            range->job = job;
            s->ranges.push_back(range);
            s->scheduledEnd = range->end;
            ++s->inFlight;
            GcsReadRange *raw = range.get();
            QObject::connect(job, &GcsObjectReader::readyRead, job, [s, raw, job] { takeArrived(s, raw, job); });
            QObject::connect(job, &Job::result, job, [d, s, range, job] {
                takeArrived(s, range.get(), job);
                {
                    QMutexLocker ended(&s->mutex);
                    range->finished = true;
                    range->error = job->error();
                    if (!range->error && range->arrived < range->end) {
                        ErrorContext c;
                        c.handle = job->objectUri();
                        c.detail = GcsStorage::tr("the answer ended at byte %1 of %2").arg(range->arrived).arg(range->end);
                        range->error = Error(ErrorCode::ConnectionFailed, c);
                    }
                    --s->inFlight;
                    if (s->callerCanGoOn())
                        s->changed.wakeAll();
                }
                pumpStream(d, s);
            });
            job->start();
        }
    }

    GcsStorage::Private *m_d;
    QString m_location, m_bucket, m_name;
    qint64 m_generation = 0;
    qint64 m_size = 0;
    QMutex m_mutex;
    GcsReadStreamPtr m_stream;
    qint64 m_nextOffset = 0; // where the last read ended
    bool m_everRead = false;
};

void GcsStorage::Private::registerStream(const std::shared_ptr<GcsReadStream> &stream)
{
    QMutexLocker lock(&mutex);
    readStreams.removeIf([](const std::weak_ptr<GcsReadStream> &s) { return s.expired(); });
    readStreams.append(stream);
}

void GcsStorage::Private::cancelStreams()
{
    QList<std::weak_ptr<GcsReadStream>> streams;
    {
        QMutexLocker lock(&mutex);
        streams = readStreams;
    }
    for (const std::weak_ptr<GcsReadStream> &weak : std::as_const(streams)) {
        if (const GcsReadStreamPtr s = weak.lock()) {
            QMutexLocker lock(&s->mutex);
            s->cancelled = true;
            s->changed.wakeAll();
        }
    }
}

// Writes one new object: kept in memory up to one chunk; beyond, a resumable upload fed chunk by
// chunk (one chunk filling here, one in flight), its last chunk sent only by commit().
class GcsStorageWriter final : public StorageWriter
{
public:
    GcsStorageWriter(GcsStorage::Private *d, const QString &location, const QString &bucket, const QString &name)
        : m_d(d), m_location(location), m_bucket(bucket), m_name(name)
    {
    }

    ~GcsStorageWriter() override
    {
        if (m_job && m_d->context) {
            // Abandoned: the session is dropped and expires; nothing was ever visible.
            QPointer<GcsUploadJob> job = m_job;
            QMetaObject::invokeMethod(m_d->context, [job] {
                if (job) {
                    job->cancel();
                    job->deleteLater();
                }
            }, Qt::QueuedConnection);
        }
    }

    Error write(const char *data, qint64 size) override
    {
        if (m_failed)
            return m_failed;
        if (m_committed)
            return Error(ErrorCode::FileError, GcsStorage::tr("%1 was already committed").arg(m_location));
        m_written += size;
        // The buffer fills to one chunk; it goes out only when more comes, so that the last chunk
        // is left for commit.
        while (size > 0) {
            if (m_buffer.size() == kWriteChunk) {
                const QByteArray chunk = m_buffer;
                m_buffer = QByteArray();
                if (const Error e = send(chunk, false)) {
                    m_failed = e;
                    return e;
                }
            }
            if (m_buffer.capacity() < kWriteChunk)
                m_buffer.reserve(kWriteChunk);
            const qint64 n = qMin(size, kWriteChunk - m_buffer.size());
            m_buffer.append(data, n);
            data += n;
            size -= n;
        }
        return {};
    }

    Error commit() override
    {
        if (m_failed)
            return m_failed;
        if (m_committed)
            return {};
        Error e;
        if (!m_job) {
            const QString bucket = m_bucket, name = m_name;
            const QByteArray bytes = m_buffer;
            e = m_d->runJob([&](GcsClient *c) -> GcsRequestJob * { return c->upload(bucket, name, bytes); });
        } else {
            e = send(m_buffer, true);
        }
        m_buffer.clear();
        if (e) {
            m_failed = e;
            return e;
        }
        m_committed = true;
        return {};
    }

    qint64 written() const override { return m_written; }

private:
    // Hands chunk to the upload (opening it first) once the previous one is acknowledged, and
    // returns while it is sent, so that the next chunk fills meanwhile; the last one waits for the
    // object.
    Error send(const QByteArray &chunk, bool last)
    {
        if (!m_job) {
            const QString bucket = m_bucket, name = m_name;
            QPointer<GcsUploadJob> *slot = &m_job;
            const Error e = m_d->await([this, bucket, name, slot](const GcsWaitPtr &wait) {
                auto *job = new GcsUploadJob(m_d->client, bucket, name, std::nullopt,
                                             QStringLiteral("application/octet-stream"), m_d->context);
                job->setAutoDelete(false);
                *slot = job;
                job->start();
                wait->finish();
            }, m_d->callTimeout());
            if (e)
                return e;
        }
        QPointer<GcsUploadJob> job = m_job;
        return m_d->await([job, chunk, last](const GcsWaitPtr &wait) {
            if (!job) {
                wait->finish(Error(ErrorCode::Cancelled, ErrorContext()));
                return;
            }
            wait->abort = [job](const Error &) {
                if (job)
                    job->cancel();
            };
            auto *guard = new QObject(job);
            auto step = [job, chunk, last, wait, guard] {
                if (wait->finished)
                    return;
                if (job->isFinished()) {
                    Error e = job->error();
                    if (!e && !last) {
                        // Before the last chunk the upload cannot have ended well.
                        ErrorContext c;
                        c.handle = job->objectUri();
                        c.detail = GcsStorage::tr("the upload ended before its last chunk was sent");
                        e = Error(ErrorCode::UnexpectedResponse, c);
                    }
                    wait->finish(e);
                    guard->deleteLater();
                    return;
                }
                if (job->holdsChunk())
                    return; // the previous chunk is still on its way
                job->appendChunk(chunk, last);
                if (!last) {
                    wait->finish();
                    guard->deleteLater();
                }
            };
            QObject::connect(job, &Job::result, guard, step);
            QObject::connect(job, &GcsUploadJob::chunkAccepted, guard, step);
            step();
        }, m_d->callTimeout());
    }

    GcsStorage::Private *m_d;
    QString m_location, m_bucket, m_name;
    QByteArray m_buffer;
    qint64 m_written = 0;
    QPointer<GcsUploadJob> m_job; // lives on the network thread, deleted with its context
    Error m_failed;
    bool m_committed = false;
};

GcsStorage::GcsStorage(const Configuration &config, const QString &bucket)
    : d(std::make_unique<Private>(config))
{
    d->thread.setObjectName(QStringLiteral("hubcache-gcs"));
    d->thread.start();
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    QMetaObject::invokeMethod(d->context, [this, bucket] {
        d->network = NetworkAccess::create(d->config, d->context);
        Error error;
        d->credentials = bucket.isEmpty()
            ? GcsCredentialProvider::fromEnvironment(d->config, d->network, &error)
            : GcsCredentialProvider::fromEnvironment(d->config, d->network, bucket, d->config.storedCredentials(), &error);
        if (!d->credentials) {
            d->setupError = error;
            return;
        }
        d->client = new GcsClient(d->config, d->network, d->credentials.get(), d->context);
    }, Qt::BlockingQueuedConnection);
}

GcsStorage::~GcsStorage()
{
    cancel();
    QMetaObject::invokeMethod(d->context, [this] {
        // Jobs (children of context or the client) go first, then what they use.
        delete d->context;
        d->context = nullptr;
        d->credentials.reset();
    }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

bool GcsStorage::parse(const QString &location, QString *bucket, QString *name)
{
    if (!location.startsWith(QLatin1String("gs://")))
        return false;
    const QString rest = location.mid(5);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString b = slash < 0 ? rest : rest.left(slash);
    const QString n = slash < 0 ? QString() : rest.mid(slash + 1);
    // Bucket names: 3 to 222 characters of a-z, 0-9, '-', '_', '.', starting and ending with a
    // letter or digit.
    if (b.size() < 3 || b.size() > 222)
        return false;
    for (const QChar ch : b) {
        if (!(ch.isDigit() || (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch == QLatin1Char('-')
              || ch == QLatin1Char('_') || ch == QLatin1Char('.')))
            return false;
    }
    if (!b.front().isLetterOrNumber() || !b.back().isLetterOrNumber())
        return false;
    // Object names: at most 1024 bytes of UTF-8, no CR/LF, no "." or ".." component.
    if (n.toUtf8().size() > 1024 || n.contains(QLatin1Char('\r')) || n.contains(QLatin1Char('\n')))
        return false;
    const QStringList parts = n.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i] == QLatin1String(".") || parts[i] == QLatin1String(".."))
            return false;
        if (parts[i].isEmpty() && i != parts.size() - 1 && !n.isEmpty())
            return false; // "a//b"
    }
    if (bucket)
        *bucket = b;
    if (name)
        *name = n;
    return true;
}

void GcsStorage::setListPageSize(int size)
{
    d->listPageSize = size;
}

Storage::Stat GcsStorage::stat(const QString &location, Error *error)
{
    return d->stat(location, error);
}

QList<Storage::Item> GcsStorage::list(const QString &folder, ListMode mode, Error *error)
{
    QString bucket, name;
    if (!parse(folder, &bucket, &name)) {
        if (error)
            *error = d->badLocation(folder);
        return {};
    }
    const QString prefix = name.isEmpty() || name.endsWith(QLatin1Char('/')) ? name : name + QLatin1Char('/');
    QStringList prefixes;
    Error e;
    const QList<GcsObjectInfo> objects = d->listAll(bucket, prefix, &e, &prefixes,
                                                    mode == ListMode::Children ? QStringLiteral("/") : QString());
    if (error)
        *error = e;
    QList<Item> items;
    if (e)
        return items;
    for (const GcsObjectInfo &object : objects) {
        const QString relative = object.name.mid(prefix.size());
        // Placeholders ("dir/", what gfile makes for a folder) are folders, not files.
        if (relative.isEmpty() || relative.endsWith(QLatin1Char('/')))
            continue;
        items.append({relative, fileStat(object)});
    }
    for (const QString &p : std::as_const(prefixes)) {
        QString relative = p.mid(prefix.size());
        while (relative.endsWith(QLatin1Char('/')))
            relative.chop(1);
        if (relative.isEmpty())
            continue;
        Stat s;
        s.type = Type::Folder;
        items.append({relative, s});
    }
    return items;
}

Error GcsStorage::Private::fileMetadata(const QString &location, QString *bucket, QString *name, GcsObjectInfo *info)
{
    if (!GcsStorage::parse(location, bucket, name) || name->isEmpty() || name->endsWith(QLatin1Char('/')))
        return badLocation(location);
    const Error e = runJob([&](GcsClient *c) -> GcsRequestJob * { return c->metadata(*bucket, *name); },
                           [&](GcsRequestJob *job) {
                               *info = static_cast<GcsMetadataJob *>(job)->object();
                               return job->error();
                           });
    return missingAsPathNotFound(e, location);
}

QByteArray GcsStorage::read(const QString &location, qint64 maxBytes, Error *error)
{
    QString bucket, name;
    GcsObjectInfo info;
    Error e = d->fileMetadata(location, &bucket, &name, &info);
    if (!e && info.size > maxBytes) {
        ErrorContext c;
        c.path = location;
        c.detail = tr("%1 bytes, more than the %2 expected").arg(info.size).arg(maxBytes);
        e = Error(ErrorCode::FileError, c);
    }
    QByteArray data;
    if (!e) {
        e = d->runJob([&](GcsClient *c) -> GcsRequestJob * { return c->read(bucket, name, 0, -1, info.generation); },
                      [&](GcsRequestJob *job) {
                          data = static_cast<GcsReadJob *>(job)->data();
                          return job->error();
                      });
        e = d->missingAsPathNotFound(e, location);
    }
    if (error)
        *error = e;
    return e ? QByteArray() : data;
}

Error GcsStorage::write(const QString &location, const QByteArray &bytes)
{
    QString bucket, name;
    if (!parse(location, &bucket, &name) || name.isEmpty() || name.endsWith(QLatin1Char('/')))
        return d->badLocation(location);
    return d->runJob([&](GcsClient *c) -> GcsRequestJob * { return c->upload(bucket, name, bytes); });
}

Storage::CreateResult GcsStorage::createExclusive(const QString &location, const QByteArray &bytes, Error *error)
{
    QString bucket, name;
    if (!parse(location, &bucket, &name) || name.isEmpty() || name.endsWith(QLatin1Char('/'))) {
        if (error)
            *error = d->badLocation(location);
        return CreateResult::Failed;
    }
    int retries = 0;
    const Error e = d->runJob([&](GcsClient *c) -> GcsRequestJob * { return c->upload(bucket, name, bytes, 0); },
                              [&](GcsRequestJob *job) {
                                  retries = job->retryCount();
                                  return job->error();
                              });
    if (e.code() == ErrorCode::PreconditionFailed) {
        // After a retry the 412 may answer our own first attempt, whose answer was lost: the
        // object then holds exactly our bytes (a lock's content is unique to its writer).
        if (retries > 0) {
            Error readError;
            if (read(location, bytes.size(), &readError) == bytes && !readError)
                return CreateResult::Created;
        }
        return CreateResult::Exists;
    }
    if (error)
        *error = e;
    return e ? CreateResult::Failed : CreateResult::Created;
}

bool GcsStorage::removeIfUnchanged(const QString &location, const QByteArray &expected)
{
    QString bucket, name;
    if (!parse(location, &bucket, &name) || name.isEmpty())
        return false;
    GcsObjectInfo info;
    Error e = d->runJob([&](GcsClient *c) -> GcsRequestJob * { return c->metadata(bucket, name); },
                        [&](GcsRequestJob *job) {
                            info = static_cast<GcsMetadataJob *>(job)->object();
                            return job->error();
                        });
    if (e.code() == ErrorCode::RemoteNotFound)
        return true;
    if (e || info.size != expected.size())
        return false;
    QByteArray data;
    e = d->runJob([&](GcsClient *c) -> GcsRequestJob * { return c->read(bucket, name, 0, -1, info.generation); },
                  [&](GcsRequestJob *job) {
                      data = static_cast<GcsReadJob *>(job)->data();
                      return job->error();
                  });
    if (e || data != expected)
        return false; // replaced meanwhile, or unreadable: not ours to remove
    e = d->runJob([&](GcsClient *c) -> GcsRequestJob * { return c->remove(bucket, name, info.generation); });
    // 412: someone else's object now; 404: gone already.
    return !e || e.code() == ErrorCode::RemoteNotFound;
}

Error GcsStorage::remove(const QString &location)
{
    QString bucket, name;
    if (!parse(location, &bucket, &name) || name.isEmpty())
        return d->badLocation(location);
    const Error e = d->runJob([&](GcsClient *c) -> GcsRequestJob * { return c->remove(bucket, name); });
    return e.code() == ErrorCode::RemoteNotFound ? Error() : e;
}

Error GcsStorage::removeTree(const QString &folder)
{
    QString bucket, name;
    if (!parse(folder, &bucket, &name) || name.isEmpty())
        return d->badLocation(folder);
    const QString prefix = name.endsWith(QLatin1Char('/')) ? name : name + QLatin1Char('/');
    Error e;
    // The placeholder "name/" starts with the prefix too.
    const QList<GcsObjectInfo> objects = d->listAll(bucket, prefix, &e);
    if (e)
        return e;
    return d->runJobs(int(objects.size()), kParallelRequests, [&](GcsClient *c, int i) -> GcsRequestJob * {
        return c->remove(bucket, objects[i].name, objects[i].generation);
    }, [](int, GcsRequestJob *job) {
        return job->error().code() == ErrorCode::RemoteNotFound ? Error() : job->error();
    });
}

Error GcsStorage::makeFolder(const QString &folder)
{
    if (!parse(folder, nullptr, nullptr))
        return d->badLocation(folder);
    return {};
}

Error GcsStorage::moveTree(const QString &from, const QString &to)
{
    QString bucket, name, toBucket, toName;
    if (!parse(from, &bucket, &name) || name.isEmpty())
        return d->badLocation(from);
    if (!parse(to, &toBucket, &toName) || toName.isEmpty())
        return d->badLocation(to);
    Error e;
    const Stat there = d->stat(to, &e);
    if (e)
        return e;
    if (there.type != Type::Missing) {
        ErrorContext c;
        c.path = to;
        return Error(ErrorCode::AlreadyExists, c);
    }
    const QString prefix = name.endsWith(QLatin1Char('/')) ? name : name + QLatin1Char('/');
    const QString toPrefix = toName.endsWith(QLatin1Char('/')) ? toName : toName + QLatin1Char('/');
    QList<GcsObjectInfo> objects = d->listAll(bucket, prefix, &e);
    if (e)
        return e;
    if (objects.isEmpty()) {
        ErrorContext c;
        c.path = from;
        return Error(ErrorCode::PathNotFound, c);
    }
    // What makes the folder look complete is copied last, once everything else is there.
    std::stable_partition(objects.begin(), objects.end(),
                          [&prefix](const GcsObjectInfo &o) { return !completesModel(o.name.mid(prefix.size())); });
    const auto firstLast = std::find_if(objects.cbegin(), objects.cend(),
                                        [&prefix](const GcsObjectInfo &o) { return completesModel(o.name.mid(prefix.size())); });
    const int split = int(firstLast - objects.cbegin());
    QList<bool> copied(objects.size(), false);
    auto copyRange = [&](int begin, int end) {
        return d->runJobs(end - begin, kParallelRequests, [&](GcsClient *c, int i) -> GcsRequestJob * {
            const GcsObjectInfo &o = objects[begin + i];
            return c->copy(bucket, o.name, toBucket, toPrefix + o.name.mid(prefix.size()), o.generation, 0);
        }, [&](int i, GcsRequestJob *job) {
            if (!job->error())
                copied[begin + i] = true;
            if (job->error().code() == ErrorCode::PreconditionFailed) {
                ErrorContext c;
                c.path = to;
                return Error(ErrorCode::AlreadyExists, c);
            }
            return job->error();
        });
    };
    e = copyRange(0, split);
    if (!e)
        e = copyRange(split, int(objects.size()));
    if (e) {
        // Take back what was copied, so that no half folder stays at the destination.
        QList<GcsObjectInfo> undo;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            if (copied[i])
                undo.append(objects[i]);
        }
        const Error ignored = d->runJobs(int(undo.size()), kParallelRequests, [&](GcsClient *c, int i) -> GcsRequestJob * {
            return c->remove(toBucket, toPrefix + undo[i].name.mid(prefix.size()));
        }, [](int, GcsRequestJob *) { return Error(); });
        Q_UNUSED(ignored)
        return e;
    }
    return d->runJobs(int(objects.size()), kParallelRequests, [&](GcsClient *c, int i) -> GcsRequestJob * {
        return c->remove(bucket, objects[i].name, objects[i].generation);
    }, [](int, GcsRequestJob *job) {
        return job->error().code() == ErrorCode::RemoteNotFound ? Error() : job->error();
    });
}

std::unique_ptr<StorageWriter> GcsStorage::openWriter(const QString &location, Error *error)
{
    QString bucket, name;
    if (!parse(location, &bucket, &name) || name.isEmpty() || name.endsWith(QLatin1Char('/'))) {
        if (error)
            *error = d->badLocation(location);
        return {};
    }
    if (d->setupError) {
        if (error)
            *error = d->setupError;
        return {};
    }
    return std::make_unique<GcsStorageWriter>(d.get(), location, bucket, name);
}

std::unique_ptr<StorageReader> GcsStorage::openReader(const QString &location, Error *error)
{
    QString bucket, name;
    GcsObjectInfo info;
    Error e = d->fileMetadata(location, &bucket, &name, &info);
    if (error)
        *error = e;
    if (e)
        return {};
    return std::make_unique<GcsStorageReader>(d.get(), location, bucket, name, info);
}

void GcsStorage::cancel()
{
    d->cancelled = true;
    d->cancelStreams();
    QList<GcsWaitPtr> waits;
    {
        QMutexLocker lock(&d->mutex);
        waits = d->activeOwners;
    }
    for (const GcsWaitPtr &wait : std::as_const(waits)) {
        QMetaObject::invokeMethod(d->context, [this, wait] {
            const Error e = d->cancelledError({});
            if (wait->abort)
                wait->abort(e);
            wait->finish(e);
        }, Qt::QueuedConnection);
    }
}

} // namespace HubCache
