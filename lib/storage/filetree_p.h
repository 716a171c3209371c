#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>

#include <sys/stat.h>

namespace HubCache::FileTree {

// Cache trees are walked and deleted as bytes (names from other tools need not be UTF-8), with
// openat/fstatat/unlinkat relative to open folders: no symlink is ever followed, so nothing
// outside the tree is counted or deleted, and no name can become undeletable.

struct Usage {
    qint64 allocatedBytes = 0; // st_blocks * 512: what deleting the tree frees (a sparse file counts its blocks)
    qint64 apparentBytes = 0;  // the files' sizes
    int files = 0;
    QDateTime newest;          // the latest modification time of anything in the tree
};

// A path that is not a folder (a file, a symlink, a FIFO) is measured as itself.
[[nodiscard]] Usage measure(const QByteArray &path);

// Calls `visit` for every regular file below `path` (a real folder), with its path relative to it.
void forEachFile(const QByteArray &path, const std::function<void(const QByteArray &relative, const struct stat &)> &visit);

// The names in an open folder, without "." and "..".
[[nodiscard]] QList<QByteArray> namesIn(int dirFd);

// Deletes whatever is at `path` (a folder tree, or a file/symlink/FIFO itself); true when nothing is left.
[[nodiscard]] bool remove(const QByteArray &path);

} // namespace HubCache::FileTree
