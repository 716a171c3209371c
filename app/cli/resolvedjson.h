#pragma once

#include "configuration.h"

#include <QJsonObject>
#include <QString>

namespace JsonOutput {

// What `hubcache resolve --json` prints, in one place: the full command line builds it from a
// ResolveJob, the executable's own answer to a cache hit from the entry it found (jsonoutput.h
// holds the other shapes; this one is apart because the executable links Qt Core only).
[[nodiscard]] QJsonObject resolved(const QString &handle, const QString &path, bool remote, bool cached,
                                   HubCache::LoadFormat format);

} // namespace JsonOutput
