#pragma once

#include <QString>

namespace HubCache {
class Storage;
}

namespace HubCacheTest {

// What every Storage must do, checked on an empty folder `root` of it (a local folder or
// gs://bucket/prefix). Each check uses QTest's macros: call it from a test function and the test
// fails where the storage does not keep its contract.
namespace StorageContract {

// write, read (size limit, missing), stat of files, folders and missing locations.
void writeReadStat(HubCache::Storage &storage, const QString &root);
// Of two createExclusive calls the first creates, the second finds it there; the content stays.
void createExclusive(HubCache::Storage &storage, const QString &root);
// removeIfUnchanged leaves a file that holds something else, removes one that holds what it expects.
void removeIfUnchanged(HubCache::Storage &storage, const QString &root);
// list Children and Recursive, relative names; a missing folder lists empty.
void list(HubCache::Storage &storage, const QString &root);
// remove, removeTree (missing is no error).
void removal(HubCache::Storage &storage, const QString &root);
// moveTree moves everything, refuses an existing destination with AlreadyExists.
void moveTree(HubCache::Storage &storage, const QString &root);
// A writer shows nothing before commit, everything after; one destroyed without commit leaves nothing.
void writer(HubCache::Storage &storage, const QString &root);
// A reader reads any range, sequentially and at random, byte-exact.
void reader(HubCache::Storage &storage, const QString &root);

// All of the above, each below its own subfolder of root.
void runAll(HubCache::Storage &storage, const QString &root);

} // namespace StorageContract

} // namespace HubCacheTest
