#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace HubCache {

// Whether the file system holding a local cache folder has room for a download, asked before the
// first byte is written, so that a large model is refused (or confirmed by the user) at once
// instead of failing with a full disk after minutes of downloading.
class HUBCACHE_EXPORT FreeSpaceCheck final
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::FreeSpaceCheck)

public:
    // An extracted SavedModel is larger than its compressed archive (variables compress poorly,
    // the graph well); two times the archive covers the models of tfhub.dev with room to spare.
    static constexpr qint64 kExtractionFactor = 2;

    struct Shortfall {
        qint64 availableBytes = 0;
        qint64 neededBytes = 0;
        QString root; // the mount point of the file system, as the user knows it ("/home")
    };

    // The room a download of `archiveBytes` takes once extracted.
    [[nodiscard]] static qint64 neededFor(qint64 archiveBytes);
    // What is missing when `neededBytes` do not fit on the file system of `cacheDir` (or of its
    // nearest existing parent); nothing when they fit, or when it is not known: a gs:// folder,
    // a size that is not known (<= 0), a file system that reports nothing.
    [[nodiscard]] static std::optional<Shortfall> shortfall(const QString &cacheDir, qint64 neededBytes);
    // The question or message for a shortfall, naming the handle and the folder.
    [[nodiscard]] static QString describe(const QString &handle, const QString &cacheDir, const Shortfall &s);
    // DiskFull with an actionable message when a download of `archiveBytes` will not fit.
    [[nodiscard]] static Error check(const QString &handle, const QString &cacheDir, qint64 archiveBytes);
};

} // namespace HubCache
