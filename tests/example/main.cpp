// Resolve a model handle to a local folder, as tensorflow_hub.resolve() does, sharing its cache.
#include <hubcache/resolve.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s HANDLE\n", argv[0]);
        return 2;
    }
    const HubCache::ResolveResult result = HubCache::resolve(QString::fromLocal8Bit(argv[1]));
    if (result.error) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error.message()));
        return 1;
    }
    std::printf("%s\n", qPrintable(result.path));
    return 0;
}
