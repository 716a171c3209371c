#pragma once

#include "hubcache_export.h"

#include <QString>

namespace HubCache {

// A byte count as every front end shows it: SI units (1 kB = 1000 bytes, as the units say), one
// decimal, the number in the user's locale: 440,000,000 bytes is "440.0 MB", 999 bytes "999 B".
[[nodiscard]] HUBCACHE_EXPORT QString formatSize(qint64 bytes);

} // namespace HubCache
