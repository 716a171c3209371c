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
    if (isRemoteLocation(location))
        return std::make_unique<GcsStorage>(config);
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
