#pragma once

#include "modelfilesource.h"

#include <QString>

// Serves the files of a model folder on this machine (a cache entry or a local handle) to the
// TensorFlow plugin: pread() on descriptors opened read-only, so concurrent reads need no lock.
class LocalModelFileSource final : public ModelFileSource
{
public:
    explicit LocalModelFileSource(const QString &folder);

    [[nodiscard]] void *open(const std::string &path, int *errnum) override;
    [[nodiscard]] int64_t read(void *file, uint64_t offset, size_t n, char *buffer, int *errnum) override;
    void close(void *file) override;
    [[nodiscard]] int stat(const std::string &path, Stat *stat) override;
    [[nodiscard]] int list(const std::string &path, void (*add)(void *list, const char *name), void *list) override;

private:
    [[nodiscard]] std::string localPath(const std::string &path) const;

    std::string m_folder; // encoded for the file system, no trailing '/'
};
