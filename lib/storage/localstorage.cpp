#include "localstorage.h"

#include "storagereader.h"
#include "storagewriter.h"

// Placeholder until the implementation lands: every call fails.
namespace HubCache {

LocalStorage::LocalStorage() = default;
LocalStorage::~LocalStorage() = default;

Storage::Stat LocalStorage::stat(const QString &, Error *)
{
    return {};
}

QList<Storage::Item> LocalStorage::list(const QString &, ListMode, Error *)
{
    return {};
}

QByteArray LocalStorage::read(const QString &, qint64, Error *)
{
    return {};
}

Error LocalStorage::write(const QString &, const QByteArray &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

Storage::CreateResult LocalStorage::createExclusive(const QString &, const QByteArray &, Error *)
{
    return CreateResult::Failed;
}

bool LocalStorage::removeIfUnchanged(const QString &, const QByteArray &)
{
    return false;
}

Error LocalStorage::remove(const QString &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

Error LocalStorage::removeTree(const QString &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

Error LocalStorage::makeFolder(const QString &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

Error LocalStorage::moveTree(const QString &, const QString &)
{
    return Error(ErrorCode::UnsupportedHandle, QString());
}

std::unique_ptr<StorageWriter> LocalStorage::openWriter(const QString &, Error *)
{
    return {};
}

std::unique_ptr<StorageReader> LocalStorage::openReader(const QString &, Error *)
{
    return {};
}

void LocalStorage::cancel() {}

} // namespace HubCache
