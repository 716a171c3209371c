#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace HubCacheTest {

// Builds tar archives (hostile ones included) with libarchive's writer, so extraction tests can
// feed exactly the entry names and types they mean to test.
class ArchiveBuilder final
{
public:
    enum class Compression {
        None,
        Gzip,
        Bzip2,
        Xz,
    };
    enum class Format {
        Ustar,
        Pax,
        Gnu,
    };

    explicit ArchiveBuilder(Format format = Format::Pax, Compression compression = Compression::Gzip);

    // Names are stored byte for byte as given ("../evil", "/etc/x", "./saved_model.pb"). Only
    // directories change: tar marks them with a trailing '/', which libarchive appends if missing.
    void addFile(const QByteArray &name, const QByteArray &data, int mode = 0644);
    void addDirectory(const QByteArray &name);
    void addSymlink(const QByteArray &name, const QByteArray &target);
    void addHardlink(const QByteArray &name, const QByteArray &target);
    void addCharDevice(const QByteArray &name);
    void addFifo(const QByteArray &name);
    // size bytes of largeFileContent(seed, 0, size), generated while writing, never held whole.
    void addLargeFile(const QByteArray &name, qint64 size, quint32 seed);
    // A sparse file of size bytes (pax format only: GNU sparse 1.0 in pax headers): the given
    // data at the given offsets (ascending, not overlapping), holes everywhere else. Only the data
    // is stored, so a tiny archive can declare a file of any size.
    void addSparseFile(const QByteArray &name, qint64 size, const QList<QPair<qint64, QByteArray>> &data);

    // An empty QByteArray when libarchive refuses an entry (e.g. a name too long for ustar).
    [[nodiscard]] QByteArray build() const;
    // Streams to path (atomically replaced), so multi-GB archives need no memory.
    [[nodiscard]] bool writeTo(const QString &path, QString *error = nullptr) const;

    // The bytes addLargeFile() writes at [offset, offset + length): incompressible, a pure function
    // of (seed, offset), so a test can check any slice of an extracted file without a copy.
    [[nodiscard]] static QByteArray largeFileContent(quint32 seed, qint64 offset, qint64 length);

    // Tars a real folder tree the way TF Hub serves a SavedModel: prefix itself as the first
    // directory entry (unless prefix is empty), then every folder and file sorted by path, folders
    // 0755, files 0644, one fixed mtime. Symlinks are skipped. Empty on error.
    [[nodiscard]] static QByteArray savedModelDirectoryArchive(const QString &dir,
                                                               Compression compression,
                                                               const QByteArray &prefix = "./");

private:
    enum class EntryType {
        File,
        DiskFile,
        Directory,
        Symlink,
        Hardlink,
        CharDevice,
        Fifo,
        LargeFile,
        SparseFile,
    };
    struct Entry
    {
        EntryType type = EntryType::File;
        QByteArray name;
        QByteArray data;
        QByteArray linkTarget;
        QString sourcePath;
        int mode = 0644;
        qint64 size = 0;
        quint32 seed = 0;
        QList<QPair<qint64, QByteArray>> regions;
    };
    using Sink = std::function<bool(const char *data, qint64 size)>;

    bool write(const Sink &sink, QString *error) const;

    Format m_format;
    Compression m_compression;
    QList<Entry> m_entries;
};

} // namespace HubCacheTest
