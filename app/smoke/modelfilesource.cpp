#include "modelfilesource.h"

ModelFileSource::~ModelFileSource() = default;

HubCacheTfSource ModelFileSource::cSource()
{
    HubCacheTfSource s{};
    s.context = this;
    s.open = [](void *context, const char *path, int *errnum) -> void * {
        return static_cast<ModelFileSource *>(context)->open(path, errnum);
    };
    s.read = [](void *context, void *file, uint64_t offset, size_t n, char *buffer, int *errnum) -> int64_t {
        return static_cast<ModelFileSource *>(context)->read(file, offset, n, buffer, errnum);
    };
    s.close = [](void *context, void *file) { static_cast<ModelFileSource *>(context)->close(file); };
    s.stat = [](void *context, const char *path, int64_t *size, int *isDirectory, int64_t *mtime) -> int {
        Stat st;
        const int err = static_cast<ModelFileSource *>(context)->stat(path, &st);
        if (err == 0) {
            *size = st.size;
            *isDirectory = st.isDirectory ? 1 : 0;
            *mtime = st.mtimeNsec;
        }
        return err;
    };
    s.list = [](void *context, const char *path, void (*add)(void *, const char *), void *list) -> int {
        return static_cast<ModelFileSource *>(context)->list(path, add, list);
    };
    return s;
}
