#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace HubCache {

class Configuration;
class StorageReader;
class StorageWriter;

// Where a cache folder (or a model) lives: a local folder or Google Cloud Storage. The cache
// protocol (ModelCache, CacheLock, ResolveJob) is written once over this interface, as
// tensorflow_hub writes it over tf.io.gfile. Locations are full: a local path, or
// gs://bucket/name. Every call is synchronous, bounded in time by the configuration's timeouts and
// ended early by cancel() from another thread. A remote storage blocks its caller for network
// round trips: call it from a worker thread, never from a GUI thread.
class HUBCACHE_EXPORT Storage
{
public:
    enum class Type {
        Missing,
        File,   // a regular file (local: lstat semantics, a symlink to a file is Other)
        Folder, // a real folder (gs://: a "name/" placeholder object or any object below "name/")
        Other,  // a symlink, FIFO, socket, device…: typeName says which
    };
    struct Stat {
        Type type = Type::Missing;
        qint64 size = 0;          // bytes of a file; allocated bytes on disk are not known remotely
        QDateTime modified;       // UTC
        qint64 generation = 0;    // gs:// object generation; 0 locally
        QString typeName;         // translated, for Other ("a symbolic link")
    };
    struct Item {
        QString name;             // relative to the listed folder, '/'-separated
        Stat stat;
    };
    enum class ListMode {
        Children,  // files, folders and others directly in the folder
        Recursive, // every file (and Other) below the folder, at any depth; no folders
    };
    enum class CreateResult {
        Created,
        Exists,
        Failed,
    };

    Storage() = default;
    virtual ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    // A GcsStorage for gs://…, a LocalStorage for anything else.
    [[nodiscard]] static std::unique_ptr<Storage> forLocation(const QString &location, const Configuration &config);
    [[nodiscard]] static bool isRemoteLocation(const QString &location);
    // folder + '/' + name, without doubling a trailing slash.
    [[nodiscard]] static QString join(const QString &folder, const QString &name);

    [[nodiscard]] virtual bool isRemote() const = 0;

    // What is at location (never following a link). A missing location is no error.
    [[nodiscard]] virtual Stat stat(const QString &location, Error *error = nullptr) = 0;
    // A missing folder lists as empty, with no error.
    [[nodiscard]] virtual QList<Item> list(const QString &folder, ListMode mode, Error *error = nullptr) = 0;
    // A whole small file (lock, descriptor), refused unless it is a regular file of at most maxBytes.
    // *error is set when it is missing (ErrorCode::PathNotFound), not a file or too large.
    [[nodiscard]] virtual QByteArray read(const QString &location, qint64 maxBytes, Error *error = nullptr) = 0;
    // Creates or replaces a small file.
    [[nodiscard]] virtual Error write(const QString &location, const QByteArray &bytes) = 0;
    // Creates location holding bytes only if nothing is there: of two creators exactly one gets
    // Created (local: O_CREAT|O_EXCL; gs://: ifGenerationMatch=0).
    [[nodiscard]] virtual CreateResult createExclusive(const QString &location, const QByteArray &bytes,
                                                      Error *error = nullptr) = 0;
    // Removes a file only if it still holds exactly `expected`: a lock someone else took meanwhile
    // is left alone (local: moved aside and checked; gs://: deleted with ifGenerationMatch of the
    // generation that was read). True when it is gone (or was already).
    [[nodiscard]] virtual bool removeIfUnchanged(const QString &location, const QByteArray &expected) = 0;
    // A file, symlink or FIFO (never followed). Missing is no error.
    [[nodiscard]] virtual Error remove(const QString &location) = 0;
    // A folder and everything below it, never following a link. Missing is no error.
    [[nodiscard]] virtual Error removeTree(const QString &folder) = 0;
    // Creates a folder (its parent must exist); gs:// has no folders and does nothing.
    [[nodiscard]] virtual Error makeFolder(const QString &folder) = 0;
    // Moves a finished folder to its final name, failing with ErrorCode::AlreadyExists when
    // something is there. Local: one rename(2). gs://: a server-side copy of every object (the
    // files a model needs to count as complete last), then the originals are deleted.
    [[nodiscard]] virtual Error moveTree(const QString &from, const QString &to) = 0;
    // A new file written in order; nothing is visible at location before commit() succeeds, and a
    // writer destroyed before that leaves nothing.
    [[nodiscard]] virtual std::unique_ptr<StorageWriter> openWriter(const QString &location, Error *error = nullptr) = 0;
    // Ranged reads of one file, pinned to what was there when it was opened.
    [[nodiscard]] virtual std::unique_ptr<StorageReader> openReader(const QString &location, Error *error = nullptr) = 0;

    // Makes the call in progress on another thread, and every later one, fail with
    // ErrorCode::Cancelled as soon as possible.
    virtual void cancel() = 0;
};

} // namespace HubCache
