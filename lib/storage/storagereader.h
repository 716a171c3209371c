#pragma once

#include "error.h"
#include "hubcache_export.h"

namespace HubCache {

// Reads of one file through a Storage, at any offset, from any thread. A gs:// reader is pinned to
// the object generation it opened and reads ahead for sequential readers; an object replaced
// meanwhile gives ErrorCode::ObjectChanged, never a mix of two versions.
class HUBCACHE_EXPORT StorageReader
{
public:
    StorageReader() = default;
    virtual ~StorageReader();
    StorageReader(const StorageReader &) = delete;
    StorageReader &operator=(const StorageReader &) = delete;

    [[nodiscard]] virtual qint64 size() const = 0;
    // Up to size bytes at offset (fewer only at the end), or -1 with *error set.
    [[nodiscard]] virtual qint64 read(qint64 offset, char *buffer, qint64 size, Error *error) = 0;
};

} // namespace HubCache
