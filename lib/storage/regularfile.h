#pragma once

#include "hubcache_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QFile;

namespace HubCache {

// Opens files inside a cache folder without trusting what is there. A cache folder is shared with
// other processes, users and hosts, so a name like `<key>.lock` may be a FIFO, a device, a folder or
// a symbolic link: opening a FIFO for reading blocks until a writer appears (forever, and beyond
// Ctrl+C). Every open here is O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC, checks the type with fstat on the
// open descriptor (no race with a rename in between) and refuses anything but a regular file.
class HUBCACHE_EXPORT RegularFile final
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::RegularFile)

public:
    enum class Status {
        Ok,
        Missing,
        NotRegular, // a FIFO, socket, device, folder or symbolic link
        TooLarge,   // more than the bound given to read(); bytes holds the first part
        Unreadable, // any other error: errorNumber says which
    };

    struct Contents {
        Status status = Status::Missing;
        QByteArray bytes;
        int errorNumber = 0;
        QString typeName; // for NotRegular: "a FIFO", "a folder", … (translated)
    };

    // Reads at most maxBytes of a regular file.
    [[nodiscard]] static Contents read(const QString &path, qint64 maxBytes);
    // The same for `name` in the open folder `dirFd` (a scan of many entries: no path to build and
    // resolve again, and the buffer sized from fstat, so a short file takes one read).
    [[nodiscard]] static Contents readAt(int dirFd, const char *name, qint64 maxBytes);
    // Opens a regular file for reading into `file` (which then owns the descriptor). On failure the
    // returned status says why and `errorNumber` is set for Unreadable (ELOOP/ENXIO never block).
    [[nodiscard]] static Status open(const QString &path, QFile *file, int *errorNumber = nullptr,
                                     QString *typeName = nullptr);
    // What is at path, without following a symbolic link: Ok for a regular file, Missing, or
    // NotRegular with its type name. Never opens anything.
    [[nodiscard]] static Status typeOf(const QString &path, QString *typeName = nullptr);

private:
    [[nodiscard]] static int openFd(const QString &path, Status *status, int *errorNumber, QString *typeName);
};

} // namespace HubCache
