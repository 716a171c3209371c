#pragma once

// The C interface between libhubcache_tfplugin.so, a TensorFlow modular filesystem for the
// hubcache:// scheme, and the process that loads it. TensorFlow calls the plugin for every file of
// a model it opens under hubcache://; the plugin checks the path stays inside the model and asks
// the host's HubCacheTfSource for the bytes, so the reads go through hubcache's own reader (local
// cache entries today, remote uncompressed models later) and can be counted.
//
// A host: dlopen() the plugin, check hubcache_tfplugin_abi() == HUBCACHE_TFPLUGIN_ABI, call
// hubcache_tfplugin_set_source(), then TF_RegisterFilesystemPlugin() with the same path (TensorFlow
// gets the same loaded copy), and load the model from the root URI.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HUBCACHE_TFPLUGIN_ABI 1
#define HUBCACHE_TFPLUGIN_SCHEME "hubcache"

// Where the bytes come from, provided by the host. Paths are relative to the model root, '/'
// separated, already normalised and checked by the plugin ("" is the root itself,
// "variables/variables.index"). Every function may be called from any TensorFlow thread, at the
// same time as the others; errors are errno values (ENOENT, EACCES, EIO...).
typedef struct HubCacheTfSource {
    void *context;
    // A handle for reading path, or NULL with *errnum set.
    void *(*open)(void *context, const char *path, int *errnum);
    // Up to n bytes at offset into buffer: the count (less than n only at the end), or -1 with *errnum.
    int64_t (*read)(void *context, void *file, uint64_t offset, size_t n, char *buffer, int *errnum);
    void (*close)(void *context, void *file);
    // 0 and the entry's size, type and modification time, or an errno value.
    int (*stat)(void *context, const char *path, int64_t *size, int *is_directory, int64_t *mtime_nsec);
    // Calls add(list, name) for each entry of a folder (not "." or ".."); 0 or an errno value.
    int (*list)(void *context, const char *path, void (*add)(void *list, const char *name), void *list);
} HubCacheTfSource;

// Read counters since the last hubcache_tfplugin_set_source().
typedef struct HubCacheTfCounters {
    uint64_t bytes_read;   // bytes handed to TensorFlow
    uint64_t files_opened; // files TensorFlow opened for reading
    uint64_t refused;      // requests refused because they left the model root
} HubCacheTfCounters;

// The exported functions, for dlsym().
#define HUBCACHE_TFPLUGIN_ABI_SYMBOL "hubcache_tfplugin_abi"
#define HUBCACHE_TFPLUGIN_SET_SOURCE_SYMBOL "hubcache_tfplugin_set_source"
#define HUBCACHE_TFPLUGIN_COUNTERS_SYMBOL "hubcache_tfplugin_counters"

typedef int (*HubCacheTfPluginAbiFunction)(void);
// root_uri: "hubcache:///abs/model/folder" for a local folder; a later remote source would use an
// authority ("hubcache://remote-1/models/x"). Only URIs with the same authority and a path inside
// the root's are served; the source is copied (its context must outlive the loaded model).
// Passing NULL detaches the source: every request then fails. Returns 0, or EINVAL for a root
// that is not a hubcache:// URI.
typedef int (*HubCacheTfPluginSetSourceFunction)(const char *root_uri, const HubCacheTfSource *source);
typedef HubCacheTfCounters (*HubCacheTfPluginCountersFunction)(void);

#ifdef __cplusplus
} // extern "C"
#endif
