#include "storagemodelfilesource.h"

#include "storage.h"
#include "storagereader.h"

#include <QFile>

#include <cerrno>
#include <chrono>
#include <memory>

using namespace HubCache;

namespace {

struct StorageFile {
    std::unique_ptr<StorageReader> reader;
};

qint64 nowNsec()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

StorageModelFileSource::StorageModelFileSource(Storage *storage, const QString &root)
    : m_storage(storage)
    , m_root(root)
{
    while (m_root.size() > 1 && m_root.endsWith(QLatin1Char('/')) && !m_root.endsWith(QLatin1String("://")))
        m_root.chop(1);
}

StorageModelFileSource::~StorageModelFileSource() = default;

QString StorageModelFileSource::location(const std::string &path) const
{
    return path.empty() ? m_root : Storage::join(m_root, QString::fromStdString(path));
}

int StorageModelFileSource::errnoFor(const Error &error)
{
    switch (error.code()) {
    case ErrorCode::NoError: return 0;
    case ErrorCode::PathNotFound: return ENOENT;
    case ErrorCode::Cancelled: return ECANCELED;
    default: break;
    }
    return error.context().systemError > 0 ? error.context().systemError : EIO;
}

void StorageModelFileSource::remember(const Error &error)
{
    const std::lock_guard lock(m_mutex);
    m_lastError = error;
}

Error StorageModelFileSource::lastError() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastError;
}

qint64 StorageModelFileSource::readSpanNsec() const
{
    const std::lock_guard lock(m_mutex);
    return m_firstReadStart < 0 || m_lastReadEnd < m_firstReadStart ? 0 : m_lastReadEnd - m_firstReadStart;
}

void *StorageModelFileSource::open(const std::string &path, int *errnum)
{
    const QString where = location(path);
    Error error;
    const Storage::Stat st = m_storage->stat(where, &error);
    if (error) {
        remember(error);
        *errnum = errnoFor(error);
        return nullptr;
    }
    switch (st.type) {
    case Storage::Type::Missing: *errnum = ENOENT; return nullptr;
    case Storage::Type::Folder: *errnum = EISDIR; return nullptr;
    case Storage::Type::Other: *errnum = EACCES; return nullptr; // never followed, as on disk
    case Storage::Type::File: break;
    }
    std::unique_ptr<StorageReader> reader = m_storage->openReader(where, &error);
    if (!reader) {
        if (!error) {
            ErrorContext c;
            c.path = where;
            error = Error(ErrorCode::PathNotFound, c);
        }
        remember(error);
        *errnum = errnoFor(error);
        return nullptr;
    }
    ++m_files;
    return new StorageFile{std::move(reader)};
}

int64_t StorageModelFileSource::read(void *file, uint64_t offset, size_t n, char *buffer, int *errnum)
{
    StorageReader *reader = static_cast<StorageFile *>(file)->reader.get();
    const qint64 start = nowNsec();
    Error error;
    const qint64 got = reader->read(qint64(offset), buffer, qint64(n), &error);
    const qint64 end = nowNsec();
    m_readNsec += end - start;
    {
        const std::lock_guard lock(m_mutex);
        if (m_firstReadStart < 0 || start < m_firstReadStart)
            m_firstReadStart = start;
        if (end > m_lastReadEnd)
            m_lastReadEnd = end;
    }
    if (got < 0) {
        if (!error) {
            ErrorContext c;
            c.path = m_root;
            error = Error(ErrorCode::FileError, c);
        }
        remember(error);
        *errnum = errnoFor(error);
        return -1;
    }
    m_bytes += got;
    return got;
}

void StorageModelFileSource::close(void *file)
{
    delete static_cast<StorageFile *>(file);
}

int StorageModelFileSource::stat(const std::string &path, Stat *result)
{
    Error error;
    const Storage::Stat st = m_storage->stat(location(path), &error);
    if (error) {
        remember(error);
        return errnoFor(error);
    }
    if (st.type == Storage::Type::Missing)
        return ENOENT;
    result->size = st.type == Storage::Type::File ? st.size : 0;
    result->isDirectory = st.type == Storage::Type::Folder;
    result->mtimeNsec = st.modified.isValid() ? st.modified.toMSecsSinceEpoch() * 1'000'000 : 0;
    return 0;
}

int StorageModelFileSource::list(const std::string &path, void (*add)(void *list, const char *name), void *list)
{
    const QString folder = location(path);
    Error error;
    const Storage::Stat st = m_storage->stat(folder, &error);
    if (!error && st.type != Storage::Type::Folder)
        return st.type == Storage::Type::Missing ? ENOENT : ENOTDIR;
    const QList<Storage::Item> items = error ? QList<Storage::Item>()
                                             : m_storage->list(folder, Storage::ListMode::Children, &error);
    if (error) {
        remember(error);
        return errnoFor(error);
    }
    for (const Storage::Item &item : items) {
        QString name = item.name;
        while (name.endsWith(QLatin1Char('/'))) // a gs:// folder's placeholder name
            name.chop(1);
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") || name.contains(QLatin1Char('/')))
            continue;
        add(list, QFile::encodeName(name).constData());
    }
    return 0;
}
