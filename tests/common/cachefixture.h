#pragma once

#include "descriptor.h"
#include "handle.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace HubCacheTest {

// Copies the files of a folder tree; false at the first one that fails.
inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(it.filePath());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(it.filePath(), target))
            return false;
    }
    return true;
}

// Puts a demo model (resources/demo/models/<model>) into cacheDir as a finished download of handle
// would leave it: the folder and its descriptor. Returns the cache key, or an empty string.
inline QString addCachedModel(const QString &dataDir, const QString &cacheDir, const QString &handle,
                              const QString &model = QStringLiteral("half_plus_two"))
{
    const QString key = HubCache::Handle::cacheKeyFor(handle);
    const QString folder = cacheDir + u'/' + key;
    if (!copyTree(dataDir + u'/' + model, folder))
        return {};
    if (HubCache::Descriptor::forThisProcess(handle).write(HubCache::Descriptor::pathFor(folder)))
        return {};
    return key;
}

} // namespace HubCacheTest
