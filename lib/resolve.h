#pragma once

#include "configuration.h"
#include "error.h"
#include "hubcache_export.h"

#include <QString>

namespace HubCache {

struct ResolveResult {
    QString path;           // the model folder, when error is empty
    Error error;
    bool wasCached = false; // nothing was downloaded
};

// Blocking resolve for code without a running event loop (the C++ counterpart of hub.resolve()).
// Runs the same ResolveJob in a local event loop; creates a QCoreApplication if the program has
// none. Call it from the thread that owns the application object (or from a QThread).
[[nodiscard]] HUBCACHE_EXPORT ResolveResult resolve(const QString &handle);
[[nodiscard]] HUBCACHE_EXPORT ResolveResult resolve(const QString &handle, const Configuration &config);

} // namespace HubCache
