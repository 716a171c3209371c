#include "freespacecheck.h"

#include "sizeformat.h"
#include "storage.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <limits>

namespace HubCache {

qint64 FreeSpaceCheck::neededFor(qint64 archiveBytes)
{
    if (archiveBytes <= 0)
        return 0;
    if (archiveBytes > std::numeric_limits<qint64>::max() / kExtractionFactor)
        return std::numeric_limits<qint64>::max();
    return archiveBytes * kExtractionFactor;
}

std::optional<FreeSpaceCheck::Shortfall> FreeSpaceCheck::shortfall(const QString &cacheDir, qint64 neededBytes)
{
    if (neededBytes <= 0 || cacheDir.isEmpty() || Storage::isRemoteLocation(cacheDir))
        return std::nullopt;
    // The cache folder may not exist yet: it is created on the file system of its nearest parent.
    QString existing = QFileInfo(cacheDir).absoluteFilePath();
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            return std::nullopt;
        existing = parent;
    }
    const QStorageInfo info(existing);
    if (!info.isValid() || !info.isReady())
        return std::nullopt;
    const qint64 available = info.bytesAvailable();
    if (available < 0 || available >= neededBytes)
        return std::nullopt;
    return Shortfall{available, neededBytes, info.rootPath()};
}

QString FreeSpaceCheck::describe(const QString &handle, const QString &cacheDir, const Shortfall &s)
{
    return tr("Only %1 free on %2 (the file system of the cache folder %3); %4 needs about %5 once extracted.")
        .arg(formatSize(s.availableBytes), s.root, cacheDir, handle, formatSize(s.neededBytes));
}

Error FreeSpaceCheck::check(const QString &handle, const QString &cacheDir, qint64 archiveBytes)
{
    const std::optional<Shortfall> s = shortfall(cacheDir, neededFor(archiveBytes));
    if (!s)
        return {};
    ErrorContext c;
    c.handle = handle;
    c.path = cacheDir;
    return Error(ErrorCode::DiskFull,
                 describe(handle, cacheDir, *s) + QLatin1Char(' ')
                     + tr("Free some space or choose another cache folder (TFHUB_CACHE_DIR); to download anyway, "
                          "turn the free-space check off (hubcache --ignore-free-space)."));
}

} // namespace HubCache
