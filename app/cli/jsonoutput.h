#pragma once

#include "cacheentry.h"
#include "descriptor.h"
#include "savedmodelinfo.h"

#include <QJsonObject>

// The shapes of `--json` output, kept in one place so scripts can rely on them (resolve's is in
// resolvedjson.h, which the executable shares).
namespace JsonOutput {

[[nodiscard]] QJsonObject entry(const HubCache::CacheEntry &entry);
[[nodiscard]] QJsonObject descriptor(const HubCache::Descriptor &descriptor);
[[nodiscard]] QJsonObject savedModel(const HubCache::SavedModelInfo &info);
[[nodiscard]] QJsonObject signature(const HubCache::SignatureInfo &signature);

} // namespace JsonOutput
