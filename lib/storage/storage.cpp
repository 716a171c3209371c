#include "storage.h"

#include "gcsstorage.h"
#include "localstorage.h"
#include "storagereader.h"
#include "storagewriter.h"

namespace HubCache {

Storage::~Storage() = default;
StorageReader::~StorageReader() = default;
StorageWriter::~StorageWriter() = default;

std::unique_ptr<Storage> Storage::forLocation(const QString &location, const Configuration &config)
{
    if (isRemoteLocation(location)) {
        QString bucket, name;
        if (!GcsStorage::parse(location, &bucket, &name))
            bucket.clear(); // every call then fails on the location itself
        return std::make_unique<GcsStorage>(config, bucket);
    }
    return std::make_unique<LocalStorage>();
}

bool Storage::isRemoteLocation(const QString &location)
{
    return location.startsWith(QLatin1String("gs://"));
}

QString Storage::join(const QString &folder, const QString &name)
{
    if (folder.endsWith(QLatin1Char('/')))
        return folder + name;
    return folder + QLatin1Char('/') + name;
}

} // namespace HubCache
