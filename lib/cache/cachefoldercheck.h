#pragma once

#include "configuration.h"
#include "error.h"
#include "hubcache_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace HubCache {

// Who could have put a model into a cache folder, checked as ssh checks its files before it
// trusts them. A folder (or an entry in it) that someone else could plant a model in is refused
// (ErrorCode::UnsafeCacheFolder); a deliberately shared folder (group-writable, or world-writable
// with the sticky bit) is used with a warning; a path that is not a folder is NotACacheFolder.
// Trusted owners: ourselves, root and Configuration::trustedCacheOwners().
class HUBCACHE_EXPORT CacheFolderCheck final
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::CacheFolderCheck)

public:
    explicit CacheFolderCheck(const Configuration &config);
    CacheFolderCheck(const QString &dir, bool sharedTempLocation, const QList<uint> &trustedOwners);

    // The cache folder. A missing one is fine (it is created on the first download). `warning`
    // (translated) is set for a shared folder that is used anyway.
    [[nodiscard]] Error checkFolder(QString *warning = nullptr) const;
    // An entry folder before it is returned as a hit. Something that is not a folder is not
    // checked here: it is a broken entry (ModelFolder) and is replaced.
    [[nodiscard]] Error checkEntry(const QString &entryPath) const;

private:
    [[nodiscard]] bool isTrusted(uint uid) const;
    [[nodiscard]] Error unsafe(const QString &path, const QString &why, bool othersCanWrite = false) const;

    QString m_dir;
    bool m_sharedTempLocation = false;
    QList<uint> m_trusted;
    uint m_ownUid;
};

} // namespace HubCache
