// libhubcache_tfplugin.so: TensorFlow's modular filesystem interface for hubcache:// URIs
// (tensorflow/c/experimental/filesystem/filesystem_interface.h). Read-only: TensorFlow only opens,
// reads, stats and lists a model it loads, and a plugin that cannot write cannot damage the cache.
// Plain C++ and the TensorFlow C API only (no Qt): it lives inside TensorFlow's loader.

#include "hubcache_tfplugin.h"
#include "modeluri.h"
#include "pluginstate.h"

#include "tensorflow/c/experimental/filesystem/filesystem_interface.h"
#include "tensorflow/c/tf_status.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#define HUBCACHE_TFPLUGIN_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

using HubCacheTfPlugin::ModelUri;
using HubCacheTfPlugin::PluginState;
using Binding = PluginState::Binding;

struct OpenFile {
    std::shared_ptr<const Binding> binding;
    void *handle = nullptr;
    std::string uri;
};

struct MemoryRegion {
    char *data = nullptr;
    uint64_t length = 0;
};

void *allocate(size_t size)
{
    return std::calloc(1, size);
}

char *copyString(const std::string &text)
{
    auto *copy = static_cast<char *>(allocate(text.size() + 1));
    if (copy)
        std::memcpy(copy, text.c_str(), text.size() + 1);
    return copy;
}

// The model-relative path for uri, with the binding to ask; false (status set) when no source is
// attached or uri leaves the model root.
bool resolve(const char *uri, std::shared_ptr<const Binding> *binding, std::string *relative, TF_Status *status)
{
    *binding = PluginState::instance().binding();
    if (!*binding) {
        TF_SetStatus(status, TF_FAILED_PRECONDITION,
                     "hubcache filesystem: no model is attached (the host did not call hubcache_tfplugin_set_source)");
        return false;
    }
    const std::optional<ModelUri> parsed = ModelUri::parse(uri ? uri : "");
    std::optional<std::string> inside = parsed ? parsed->relativeTo((*binding)->root) : std::nullopt;
    if (!inside) {
        PluginState::instance().addRefused();
        const std::string message = "hubcache filesystem: refused " + std::string(uri ? uri : "(null)")
            + ": it is outside the model folder " + (*binding)->root.toString();
        TF_SetStatus(status, TF_PERMISSION_DENIED, message.c_str());
        return false;
    }
    *relative = std::move(*inside);
    return true;
}

void setIoError(TF_Status *status, int errnum, const char *uri)
{
    TF_SetStatusFromIOError(status, errnum ? errnum : EIO, uri);
}

// Reads up to n bytes at offset, looping over short reads; -1 with *errnum on error.
int64_t readFully(const Binding &b, void *handle, uint64_t offset, size_t n, char *buffer, int *errnum)
{
    size_t done = 0;
    while (done < n) {
        const int64_t got = b.source.read(b.source.context, handle, offset + done, n - done, buffer + done, errnum);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        done += size_t(got);
    }
    return int64_t(done);
}

// --- random access files

void fileCleanup(TF_RandomAccessFile *file)
{
    auto *open = static_cast<OpenFile *>(file->plugin_file);
    if (!open)
        return;
    open->binding->source.close(open->binding->source.context, open->handle);
    delete open;
    file->plugin_file = nullptr;
}

int64_t fileRead(const TF_RandomAccessFile *file, uint64_t offset, size_t n, char *buffer, TF_Status *status)
{
    const auto *open = static_cast<const OpenFile *>(file->plugin_file);
    int errnum = 0;
    const int64_t got = readFully(*open->binding, open->handle, offset, n, buffer, &errnum);
    if (got < 0) {
        setIoError(status, errnum, open->uri.c_str());
        return -1;
    }
    PluginState::instance().addBytesRead(uint64_t(got));
    if (size_t(got) < n)
        TF_SetStatus(status, TF_OUT_OF_RANGE, "Read less bytes than requested");
    else
        TF_SetStatus(status, TF_OK, "");
    return got;
}

// --- read-only memory regions (a copy: the source may be remote, so there is nothing to map)

void regionCleanup(TF_ReadOnlyMemoryRegion *region)
{
    auto *r = static_cast<MemoryRegion *>(region->plugin_memory_region);
    if (!r)
        return;
    std::free(r->data);
    delete r;
    region->plugin_memory_region = nullptr;
}

const void *regionData(const TF_ReadOnlyMemoryRegion *region)
{
    return static_cast<const MemoryRegion *>(region->plugin_memory_region)->data;
}

uint64_t regionLength(const TF_ReadOnlyMemoryRegion *region)
{
    return static_cast<const MemoryRegion *>(region->plugin_memory_region)->length;
}

// --- the filesystem

void fsInit(TF_Filesystem *filesystem, TF_Status *status)
{
    filesystem->plugin_filesystem = nullptr; // all state is in PluginState
    TF_SetStatus(status, TF_OK, "");
}

void fsCleanup(TF_Filesystem *)
{
}

void fsNewRandomAccessFile(const TF_Filesystem *, const char *uri, TF_RandomAccessFile *file, TF_Status *status)
{
    std::shared_ptr<const Binding> binding;
    std::string relative;
    if (!resolve(uri, &binding, &relative, status))
        return;
    int errnum = 0;
    void *handle = binding->source.open(binding->source.context, relative.c_str(), &errnum);
    if (!handle) {
        setIoError(status, errnum, uri);
        return;
    }
    PluginState::instance().addFileOpened();
    file->plugin_file = new OpenFile{std::move(binding), handle, uri};
    TF_SetStatus(status, TF_OK, "");
}

void fsNewReadOnlyMemoryRegion(const TF_Filesystem *, const char *uri, TF_ReadOnlyMemoryRegion *region,
                               TF_Status *status)
{
    std::shared_ptr<const Binding> binding;
    std::string relative;
    if (!resolve(uri, &binding, &relative, status))
        return;
    const HubCacheTfSource &s = binding->source;
    int64_t size = 0;
    int isDirectory = 0;
    int64_t mtime = 0;
    if (const int err = s.stat(s.context, relative.c_str(), &size, &isDirectory, &mtime)) {
        setIoError(status, err, uri);
        return;
    }
    if (isDirectory) {
        TF_SetStatus(status, TF_FAILED_PRECONDITION, "hubcache filesystem: a folder is not a file");
        return;
    }
    int errnum = 0;
    void *handle = s.open(s.context, relative.c_str(), &errnum);
    if (!handle) {
        setIoError(status, errnum, uri);
        return;
    }
    PluginState::instance().addFileOpened();
    auto copy = std::make_unique<MemoryRegion>();
    copy->data = static_cast<char *>(std::malloc(size_t(size > 0 ? size : 1)));
    const int64_t got = copy->data ? readFully(*binding, handle, 0, size_t(size), copy->data, &errnum) : -1;
    s.close(s.context, handle);
    if (got != size) {
        setIoError(status, got < 0 ? (copy->data ? errnum : ENOMEM) : EIO, uri);
        std::free(copy->data);
        return;
    }
    PluginState::instance().addBytesRead(uint64_t(got));
    copy->length = uint64_t(got);
    region->plugin_memory_region = copy.release();
    TF_SetStatus(status, TF_OK, "");
}

bool statPath(const char *uri, int64_t *size, int *isDirectory, int64_t *mtime, TF_Status *status)
{
    std::shared_ptr<const Binding> binding;
    std::string relative;
    if (!resolve(uri, &binding, &relative, status))
        return false;
    const HubCacheTfSource &s = binding->source;
    if (const int err = s.stat(s.context, relative.c_str(), size, isDirectory, mtime)) {
        setIoError(status, err, uri);
        return false;
    }
    TF_SetStatus(status, TF_OK, "");
    return true;
}

void fsPathExists(const TF_Filesystem *, const char *uri, TF_Status *status)
{
    int64_t size = 0, mtime = 0;
    int isDirectory = 0;
    (void)statPath(uri, &size, &isDirectory, &mtime, status);
}

void fsStat(const TF_Filesystem *, const char *uri, TF_FileStatistics *stats, TF_Status *status)
{
    int64_t size = 0, mtime = 0;
    int isDirectory = 0;
    if (!statPath(uri, &size, &isDirectory, &mtime, status))
        return;
    stats->length = size;
    stats->mtime_nsec = mtime;
    stats->is_directory = isDirectory != 0;
}

bool fsIsDirectory(const TF_Filesystem *, const char *uri, TF_Status *status)
{
    int64_t size = 0, mtime = 0;
    int isDirectory = 0;
    if (!statPath(uri, &size, &isDirectory, &mtime, status))
        return false;
    if (!isDirectory)
        TF_SetStatus(status, TF_FAILED_PRECONDITION, "Not a directory");
    return isDirectory != 0;
}

int64_t fsGetFileSize(const TF_Filesystem *, const char *uri, TF_Status *status)
{
    int64_t size = 0, mtime = 0;
    int isDirectory = 0;
    if (!statPath(uri, &size, &isDirectory, &mtime, status))
        return -1;
    if (isDirectory) {
        TF_SetStatus(status, TF_FAILED_PRECONDITION, "Called GetFileSize on a directory");
        return -1;
    }
    return size;
}

// TensorFlow strips scheme and host by default; keeping the whole URI keeps the authority, which a
// remote source will need, and puts the hubcache:// name in TensorFlow's messages.
char *fsTranslateName(const TF_Filesystem *, const char *uri)
{
    return copyString(uri ? uri : "");
}

int fsGetChildren(const TF_Filesystem *, const char *uri, char ***entries, TF_Status *status)
{
    std::shared_ptr<const Binding> binding;
    std::string relative;
    if (!resolve(uri, &binding, &relative, status))
        return -1;
    std::vector<std::string> names;
    const HubCacheTfSource &s = binding->source;
    const int err = s.list(
        s.context, relative.c_str(),
        [](void *list, const char *name) { static_cast<std::vector<std::string> *>(list)->emplace_back(name); },
        &names);
    if (err) {
        setIoError(status, err, uri);
        return -1;
    }
    *entries = static_cast<char **>(allocate(sizeof(char *) * (names.size() ? names.size() : 1)));
    for (size_t i = 0; i < names.size(); ++i)
        (*entries)[i] = copyString(names[i]);
    TF_SetStatus(status, TF_OK, "");
    return int(names.size());
}

template<typename T>
T *allocateOps()
{
    return static_cast<T *>(allocate(sizeof(T)));
}

} // namespace

// TensorFlow takes over (and frees with plugin_memory_free) everything allocated here.
HUBCACHE_TFPLUGIN_EXPORT void TF_InitPlugin(TF_FilesystemPluginInfo *info)
{
    info->plugin_memory_allocate = allocate;
    info->plugin_memory_free = std::free;
    info->num_schemes = 1;
    info->ops = allocateOps<TF_FilesystemPluginOps>();
    TF_FilesystemPluginOps &ops = info->ops[0];
    TF_SetFilesystemVersionMetadata(&ops);
    ops.scheme = copyString(HUBCACHE_TFPLUGIN_SCHEME);

    ops.filesystem_ops = allocateOps<TF_FilesystemOps>();
    ops.filesystem_ops->init = fsInit;
    ops.filesystem_ops->cleanup = fsCleanup;
    ops.filesystem_ops->new_random_access_file = fsNewRandomAccessFile;
    ops.filesystem_ops->new_read_only_memory_region_from_file = fsNewReadOnlyMemoryRegion;
    ops.filesystem_ops->path_exists = fsPathExists;
    ops.filesystem_ops->stat = fsStat;
    ops.filesystem_ops->is_directory = fsIsDirectory;
    ops.filesystem_ops->get_file_size = fsGetFileSize;
    ops.filesystem_ops->translate_name = fsTranslateName;
    ops.filesystem_ops->get_children = fsGetChildren;

    ops.random_access_file_ops = allocateOps<TF_RandomAccessFileOps>();
    ops.random_access_file_ops->cleanup = fileCleanup;
    ops.random_access_file_ops->read = fileRead;

    ops.read_only_memory_region_ops = allocateOps<TF_ReadOnlyMemoryRegionOps>();
    ops.read_only_memory_region_ops->cleanup = regionCleanup;
    ops.read_only_memory_region_ops->data = regionData;
    ops.read_only_memory_region_ops->length = regionLength;
    // No writable file operations: TensorFlow answers "not supported" for writes under hubcache://.
}

HUBCACHE_TFPLUGIN_EXPORT int hubcache_tfplugin_abi()
{
    return HUBCACHE_TFPLUGIN_ABI;
}

HUBCACHE_TFPLUGIN_EXPORT int hubcache_tfplugin_set_source(const char *rootUri, const HubCacheTfSource *source)
{
    return PluginState::instance().setSource(rootUri, source);
}

HUBCACHE_TFPLUGIN_EXPORT HubCacheTfCounters hubcache_tfplugin_counters()
{
    return PluginState::instance().counters();
}
