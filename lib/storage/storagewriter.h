#pragma once

#include "error.h"
#include "hubcache_export.h"

namespace HubCache {

// One new file being written through a Storage. Bytes are passed on as they come (a gs:// writer
// uploads in chunks, so memory stays bounded); nothing is visible before commit().
class HUBCACHE_EXPORT StorageWriter
{
public:
    StorageWriter() = default;
    virtual ~StorageWriter();
    StorageWriter(const StorageWriter &) = delete;
    StorageWriter &operator=(const StorageWriter &) = delete;

    [[nodiscard]] virtual Error write(const char *data, qint64 size) = 0;
    // Makes the file visible under its name. Without it the destructor discards what was written.
    [[nodiscard]] virtual Error commit() = 0;
    [[nodiscard]] virtual qint64 written() const = 0;
};

} // namespace HubCache
