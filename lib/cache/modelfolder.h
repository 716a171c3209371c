#pragma once

#include "hubcache_export.h"
#include "storage.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace HubCache {

// The one definition of a complete cache entry, used for a hit, after a download, by `ls`,
// `info` and the desktop app: a SavedModel (saved_model.pb or .pbtxt, with variables.index and
// a data shard when variables/ has content), a TF1 Hub module (tfhub_module.pb) or a TFLite
// model (a top-level *.tflite). Every name is checked with lstat semantics: a folder, symlink
// or FIFO in place of a file does not count, and no link is ever followed out of the entry.
class HUBCACHE_EXPORT ModelFolder final
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::ModelFolder)

public:
    enum class Kind {
        None,
        SavedModel,
        HubModule,
        TFLite,
    };

    // What the rule needs to know about a folder, however it is stored. Paths are relative to the
    // entry, '/'-separated ("variables/variables.index"); "" is the entry itself.
    struct Lookup {
        // The type of a name (never following a link); typeName set for anything but Missing.
        std::function<Storage::Type(const QString &relative, QString *typeName)> typeOf;
        // The names directly in a folder.
        std::function<QStringList(const QString &relativeFolder)> namesIn;
    };

    // The rule itself, once, over any storage. The entry is known to be a folder.
    [[nodiscard]] static bool isComplete(const Lookup &lookup, QString *reason = nullptr, Kind *kind = nullptr);
    // Over what Storage::list(…, Recursive) returned for the entry (files and others, no folders).
    [[nodiscard]] static bool isComplete(const QList<Storage::Item> &recursiveListing, QString *reason = nullptr,
                                         Kind *kind = nullptr);
    // A local folder, looked up with fstatat relative to open folders.
    // `reason` (translated) says what is missing or of the wrong type when the answer is no.
    [[nodiscard]] static bool isComplete(const QString &path, QString *reason = nullptr, Kind *kind = nullptr);
    // Any location in `storage` (a local path or gs://…).
    [[nodiscard]] static bool isComplete(Storage &storage, const QString &location, QString *reason = nullptr,
                                         Kind *kind = nullptr);

    // A local entry looked at and measured in one walk, for a scan of many entries.
    struct Survey {
        bool isFolder = false; // false: `name` is missing or not a real folder; nothing else is set
        bool complete = false;
        QString reason; // why not complete
        Kind kind = Kind::None;
        qint64 allocatedBytes = 0; // as ModelCache::treeSize counts them
        int fileCount = 0;
        // The newest access time of a file below the folder (ms since the epoch, 0: none). Files
        // only: listing a folder updates its own access time, so this walk would count as a use.
        qint64 newestFileAccessMs = 0;
    };
    // The folder `name` in the open folder `parentFd`: every name below it is stat'ed once
    // (fstatat relative to folders opened without following a link, as `du` does), and the
    // completeness rule runs over what that walk saw, so it costs no further system call.
    [[nodiscard]] static Survey survey(int parentFd, const char *name);

    // What is at `path` when it is not a real folder ("a symbolic link, not a folder"), or an
    // empty string for a folder (or nothing at all).
    [[nodiscard]] static QString wrongTypeReason(const QString &path);

    struct File {
        QByteArray relativePath; // as bytes: names written by other tools need not be UTF-8
        qint64 size = 0;
        qint64 allocatedBytes = 0;
    };
    // Every regular file below a real folder (empty for a symlink or anything else), sorted.
    [[nodiscard]] static QList<File> files(const QString &path);

    // True when `name` in folder `dir` is a regular file (not followed if it is a symlink).
    [[nodiscard]] static bool isRegularFile(const QString &dir, const QString &name);
};

} // namespace HubCache
