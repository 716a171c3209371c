#pragma once

#include "hubcache_tfplugin.h"

#include <cstdint>
#include <string>

// hubcache's reader for the files of one model, as the TensorFlow filesystem plugin
// (app/tfplugin) asks for them: TensorFlow's reads of a model loaded from hubcache:// come here.
// LocalModelFileSource serves a folder; StorageModelFileSource serves a model folder in remote
// storage (an uncompressed model in gs://) through the library's Storage readers.
//
// Paths are model-relative and already checked by the plugin ("" is the root). Every function is
// called from TensorFlow's threads, several at once: implementations must be thread-safe and
// must not need an event loop.
class ModelFileSource
{
public:
    struct Stat {
        int64_t size = 0;
        bool isDirectory = false;
        int64_t mtimeNsec = 0;
    };

    ModelFileSource() = default;
    virtual ~ModelFileSource();
    ModelFileSource(const ModelFileSource &) = delete;
    ModelFileSource &operator=(const ModelFileSource &) = delete;

    // A handle for reading, or null with *errnum set (ENOENT, EACCES, ...).
    [[nodiscard]] virtual void *open(const std::string &path, int *errnum) = 0;
    // Up to n bytes at offset (fewer only at the end of the file), or -1 with *errnum set.
    [[nodiscard]] virtual int64_t read(void *file, uint64_t offset, size_t n, char *buffer, int *errnum) = 0;
    virtual void close(void *file) = 0;
    // 0, or an errno value.
    [[nodiscard]] virtual int stat(const std::string &path, Stat *stat) = 0;
    // Names in a folder, without "." and ".."; 0 or an errno value.
    [[nodiscard]] virtual int list(const std::string &path, void (*add)(void *list, const char *name), void *list) = 0;

    // The C table the plugin calls; valid while this object lives.
    [[nodiscard]] HubCacheTfSource cSource();
};
