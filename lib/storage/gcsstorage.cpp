#include "gcsstorage.h"

#include "storagereader.h"
#include "storagewriter.h"

// Placeholder until the implementation lands: every call fails.
namespace HubCache {

class GcsStorage::Private {};
GcsStorage::GcsStorage(const Configuration &) {}
GcsStorage::~GcsStorage() = default;
bool GcsStorage::parse(const QString &, QString *, QString *) { return false; }

Storage::Stat GcsStorage::stat(const QString &, Error *)
{
    return {};
}

QList<Storage::Item> GcsStorage::list(const QString &, ListMode, Error *)
{
    return {};
}

QByteArray GcsStorage::read(const QString &, qint64, Error *)
{
    return {};
}

Error GcsStorage::write(const QString &, const QByteArray &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

Storage::CreateResult GcsStorage::createExclusive(const QString &, const QByteArray &, Error *)
{
    return CreateResult::Failed;
}

bool GcsStorage::removeIfUnchanged(const QString &, const QByteArray &)
{
    return false;
}

Error GcsStorage::remove(const QString &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

Error GcsStorage::removeTree(const QString &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

Error GcsStorage::makeFolder(const QString &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

Error GcsStorage::moveTree(const QString &, const QString &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

std::unique_ptr<StorageWriter> GcsStorage::openWriter(const QString &, Error *)
{
    return {};
}

std::unique_ptr<StorageReader> GcsStorage::openReader(const QString &, Error *)
{
    return {};
}

void GcsStorage::cancel() {}

} // namespace HubCache
