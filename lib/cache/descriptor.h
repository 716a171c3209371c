#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QDateTime>
#include <QString>

namespace HubCache {

class Storage;

// The `<entry>.descriptor.txt` file the Python library writes beside each cache entry:
//   Module: <handle>\nDownload Time: YYYY-MM-DD HH:MM:SS.ffffff\nDownloader Hostname: <host> (PID:<pid>)
// (no trailing newline). Read tolerantly, written byte-compatibly.
class HUBCACHE_EXPORT Descriptor
{
public:
    QString handle;
    QDateTime downloadTime; // local time
    QString hostname;
    qint64 pid = 0;

    // A descriptor for a download finishing now, by this process.
    [[nodiscard]] static Descriptor forThisProcess(const QString &handle);
    [[nodiscard]] static Descriptor parse(const QByteArray &text, bool *ok = nullptr);
    [[nodiscard]] static Descriptor read(const QString &path, bool *ok = nullptr);
    // `name` in the open local folder `dirFd` (a scan reads one per entry).
    [[nodiscard]] static Descriptor readAt(int dirFd, const char *name, bool *ok = nullptr);
    [[nodiscard]] static Descriptor read(Storage &storage, const QString &location, bool *ok = nullptr);
    [[nodiscard]] static QString pathFor(const QString &entryPath);

    [[nodiscard]] QByteArray toBytes() const;
    // Written through a temporary file and renamed into place, so a reader never sees half of it.
    [[nodiscard]] Error write(const QString &path) const;
    // The same in `storage` (gs://: one upload, which replaces the object at once).
    [[nodiscard]] Error write(Storage &storage, const QString &location) const;
};

} // namespace HubCache
