#include "archivebuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

namespace HubCacheTest {

namespace {

// A fixed mtime keeps archives byte-identical between runs (2020-01-01T00:00:00Z).
constexpr time_t FixedMtime = 1577836800;
constexpr qint64 DataChunkSize = 1024 * 1024;

quint64 splitMix64(quint64 x)
{
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

struct ArchiveDeleter
{
    void operator()(struct archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(struct archive_entry *e) const { archive_entry_free(e); }
};

QString archiveError(struct archive *a, const QByteArray &name)
{
    const char *message = archive_error_string(a);
    const QString text = message ? QString::fromLocal8Bit(message) : QStringLiteral("unknown error");
    if (name.isEmpty())
        return text;
    return QStringLiteral("%1: %2").arg(QString::fromLocal8Bit(name), text);
}

bool writeData(struct archive *a, const char *data, qint64 size, const QByteArray &name,
               QString *error)
{
    while (size > 0) {
        const la_ssize_t written = archive_write_data(a, data, size_t(size));
        if (written <= 0) {
            *error = archiveError(a, name);
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

} // namespace

ArchiveBuilder::ArchiveBuilder(Format format, Compression compression)
    : m_format(format)
    , m_compression(compression)
{
}

void ArchiveBuilder::addFile(const QByteArray &name, const QByteArray &data, int mode)
{
    Entry entry;
    entry.type = EntryType::File;
    entry.name = name;
    entry.data = data;
    entry.mode = mode;
    entry.size = data.size();
    m_entries.append(entry);
}

void ArchiveBuilder::addDirectory(const QByteArray &name)
{
    Entry entry;
    entry.type = EntryType::Directory;
    entry.name = name;
    entry.mode = 0755;
    m_entries.append(entry);
}

void ArchiveBuilder::addSymlink(const QByteArray &name, const QByteArray &target)
{
    Entry entry;
    entry.type = EntryType::Symlink;
    entry.name = name;
    entry.linkTarget = target;
    entry.mode = 0777;
    m_entries.append(entry);
}

void ArchiveBuilder::addHardlink(const QByteArray &name, const QByteArray &target)
{
    Entry entry;
    entry.type = EntryType::Hardlink;
    entry.name = name;
    entry.linkTarget = target;
    m_entries.append(entry);
}

void ArchiveBuilder::addCharDevice(const QByteArray &name)
{
    Entry entry;
    entry.type = EntryType::CharDevice;
    entry.name = name;
    m_entries.append(entry);
}

void ArchiveBuilder::addFifo(const QByteArray &name)
{
    Entry entry;
    entry.type = EntryType::Fifo;
    entry.name = name;
    m_entries.append(entry);
}

void ArchiveBuilder::addLargeFile(const QByteArray &name, qint64 size, quint32 seed)
{
    Entry entry;
    entry.type = EntryType::LargeFile;
    entry.name = name;
    entry.size = size;
    entry.seed = seed;
    m_entries.append(entry);
}

void ArchiveBuilder::addSparseFile(const QByteArray &name, qint64 size,
                                   const QList<QPair<qint64, QByteArray>> &data)
{
    Entry entry;
    entry.type = EntryType::SparseFile;
    entry.name = name;
    entry.size = size;
    entry.regions = data;
    m_entries.append(entry);
}

QByteArray ArchiveBuilder::build() const
{
    QByteArray out;
    QString error;
    const bool ok = write(
        [&out](const char *data, qint64 size) {
            out.append(data, size);
            return true;
        },
        &error);
    if (!ok) {
        qWarning("ArchiveBuilder: %s", qPrintable(error));
        return {};
    }
    return out;
}

bool ArchiveBuilder::writeTo(const QString &path, QString *error) const
{
    QString message;
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (!ok) {
        message = file.errorString();
    } else {
        ok = write([&file](const char *data, qint64 size) { return file.write(data, size) == size; },
                   &message);
        if (ok && !file.commit()) {
            ok = false;
            message = file.errorString();
        }
    }
    if (!ok && error)
        *error = QStringLiteral("Cannot write %1: %2").arg(path, message);
    return ok;
}

QByteArray ArchiveBuilder::largeFileContent(quint32 seed, qint64 offset, qint64 length)
{
    if (length <= 0 || offset < 0)
        return {};
    QByteArray out(length, Qt::Uninitialized);
    char *p = out.data();
    const quint64 base = splitMix64(quint64(seed) + 0x632BE59BD9B4E019ULL);
    quint64 block = quint64(offset) / 8;
    qint64 skip = offset % 8;
    qint64 remaining = length;
    while (remaining > 0) {
        uchar bytes[8];
        qToLittleEndian(splitMix64(base + block * 0x9E3779B97F4A7C15ULL), bytes);
        const qint64 take = qMin<qint64>(8 - skip, remaining);
        std::memcpy(p, bytes + skip, size_t(take));
        p += take;
        remaining -= take;
        skip = 0;
        ++block;
    }
    return out;
}

QByteArray ArchiveBuilder::savedModelDirectoryArchive(const QString &dir, Compression compression,
                                                      const QByteArray &prefix)
{
    const QDir root(dir);
    if (!root.exists()) {
        qWarning("ArchiveBuilder: %s is not a folder", qPrintable(dir));
        return {};
    }
    QByteArray base = prefix;
    if (!base.isEmpty() && !base.endsWith('/'))
        base += '/';

    struct Item
    {
        QByteArray relative;
        QString absolute;
        bool isDir = false;
    };
    QList<Item> items;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        items.append({root.relativeFilePath(info.filePath()).toUtf8(), info.absoluteFilePath(),
                      info.isDir()});
    }
    // Byte order, like `LC_ALL=C sort`: a folder always precedes what it contains.
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.relative < b.relative; });

    ArchiveBuilder builder(Format::Pax, compression);
    if (!base.isEmpty())
        builder.addDirectory(base);
    for (const Item &item : std::as_const(items)) {
        if (item.isDir) {
            builder.addDirectory(base + item.relative);
            continue;
        }
        Entry entry;
        entry.type = EntryType::DiskFile;
        entry.name = base + item.relative;
        entry.sourcePath = item.absolute;
        entry.mode = 0644;
        builder.m_entries.append(entry);
    }
    return builder.build();
}

bool ArchiveBuilder::write(const Sink &sink, QString *error) const
{
    std::unique_ptr<struct archive, ArchiveDeleter> a(archive_write_new());
    struct archive *ar = a.get();

    int r = ARCHIVE_OK;
    switch (m_format) {
    case Format::Ustar:
        r = archive_write_set_format_ustar(ar);
        break;
    case Format::Pax:
        r = archive_write_set_format_pax(ar);
        break;
    case Format::Gnu:
        r = archive_write_set_format_gnutar(ar);
        break;
    }
    if (r != ARCHIVE_OK) {
        *error = archiveError(ar, {});
        return false;
    }

    switch (m_compression) {
    case Compression::None:
        r = archive_write_add_filter_none(ar);
        break;
    case Compression::Gzip:
        r = archive_write_add_filter_gzip(ar);
        // Without this, gzip's header carries the build time and archives differ run to run.
        if (r == ARCHIVE_OK)
            archive_write_set_filter_option(ar, "gzip", "timestamp", nullptr);
        break;
    case Compression::Bzip2:
        r = archive_write_add_filter_bzip2(ar);
        break;
    case Compression::Xz:
        r = archive_write_add_filter_xz(ar);
        break;
    }
    if (r != ARCHIVE_OK) {
        *error = archiveError(ar, {});
        return false;
    }
    // Zero padding after a compressed stream is legal but makes some readers warn about garbage.
    if (m_compression != Compression::None)
        archive_write_set_bytes_in_last_block(ar, 1);

    auto callback = [](struct archive *arc, void *client, const void *buffer,
                       size_t length) -> la_ssize_t {
        const Sink &out = *static_cast<const Sink *>(client);
        if (!out(static_cast<const char *>(buffer), qint64(length))) {
            archive_set_error(arc, EIO, "cannot write the archive output");
            return -1;
        }
        return la_ssize_t(length);
    };
    if (archive_write_open(ar, const_cast<Sink *>(&sink), nullptr, callback, nullptr) != ARCHIVE_OK) {
        *error = archiveError(ar, {});
        return false;
    }

    for (const Entry &entry : m_entries) {
        std::unique_ptr<struct archive_entry, EntryDeleter> e(archive_entry_new());
        struct archive_entry *ae = e.get();
        // Raw bytes on purpose: tests need names libarchive's callers would normally sanitise.
        archive_entry_set_pathname(ae, entry.name.constData());
        archive_entry_set_mtime(ae, FixedMtime, 0);
        archive_entry_set_uid(ae, 0);
        archive_entry_set_gid(ae, 0);

        std::unique_ptr<QFile> source;
        switch (entry.type) {
        case EntryType::File:
        case EntryType::LargeFile:
            archive_entry_set_filetype(ae, AE_IFREG);
            archive_entry_set_perm(ae, mode_t(entry.mode & 07777));
            archive_entry_set_size(ae, entry.size);
            break;
        case EntryType::SparseFile:
            if (m_format != Format::Pax) {
                *error = QStringLiteral("%1: sparse files need the pax format").arg(QString::fromLocal8Bit(entry.name));
                return false;
            }
            archive_entry_set_filetype(ae, AE_IFREG);
            archive_entry_set_perm(ae, mode_t(entry.mode & 07777));
            archive_entry_set_size(ae, entry.size);
            for (const auto &[offset, bytes] : entry.regions)
                archive_entry_sparse_add_entry(ae, offset, bytes.size());
            break;
        case EntryType::DiskFile:
            source = std::make_unique<QFile>(entry.sourcePath);
            if (!source->open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("%1: %2").arg(entry.sourcePath, source->errorString());
                return false;
            }
            archive_entry_set_filetype(ae, AE_IFREG);
            archive_entry_set_perm(ae, mode_t(entry.mode & 07777));
            archive_entry_set_size(ae, source->size());
            break;
        case EntryType::Directory:
            archive_entry_set_filetype(ae, AE_IFDIR);
            archive_entry_set_perm(ae, mode_t(entry.mode & 07777));
            break;
        case EntryType::Symlink:
            archive_entry_set_filetype(ae, AE_IFLNK);
            archive_entry_set_perm(ae, 0777);
            archive_entry_set_symlink(ae, entry.linkTarget.constData());
            break;
        case EntryType::Hardlink:
            archive_entry_set_filetype(ae, AE_IFREG);
            archive_entry_set_perm(ae, 0644);
            archive_entry_set_hardlink(ae, entry.linkTarget.constData());
            archive_entry_set_size(ae, 0);
            break;
        case EntryType::CharDevice:
            archive_entry_set_filetype(ae, AE_IFCHR);
            archive_entry_set_perm(ae, 0644);
            archive_entry_set_rdevmajor(ae, 1); // 1:3 is /dev/null
            archive_entry_set_rdevminor(ae, 3);
            break;
        case EntryType::Fifo:
            archive_entry_set_filetype(ae, AE_IFIFO);
            archive_entry_set_perm(ae, 0644);
            break;
        }

        r = archive_write_header(ar, ae);
        // ARCHIVE_FAILED skips just this entry; treating it as fatal stops a test from silently
        // getting an archive without the entry it asked for.
        if (r < ARCHIVE_WARN) {
            *error = archiveError(ar, entry.name);
            return false;
        }
        if (r == ARCHIVE_WARN)
            qWarning("ArchiveBuilder: %s", qPrintable(archiveError(ar, entry.name)));

        switch (entry.type) {
        case EntryType::File:
            if (!writeData(ar, entry.data.constData(), entry.data.size(), entry.name, error))
                return false;
            break;
        case EntryType::LargeFile:
            for (qint64 offset = 0; offset < entry.size; offset += DataChunkSize) {
                const QByteArray chunk = largeFileContent(entry.seed, offset,
                                                          qMin(DataChunkSize, entry.size - offset));
                if (!writeData(ar, chunk.constData(), chunk.size(), entry.name, error))
                    return false;
            }
            break;
        case EntryType::SparseFile: {
            // The writer takes the whole logical content and stores only the mapped regions;
            // holes are handed over as zeros, a chunk at a time.
            static const QByteArray zeros(DataChunkSize, '\0');
            qint64 at = 0;
            auto hole = [&](qint64 until) {
                while (at < until) {
                    const qint64 n = qMin(DataChunkSize, until - at);
                    if (!writeData(ar, zeros.constData(), n, entry.name, error))
                        return false;
                    at += n;
                }
                return true;
            };
            for (const auto &[offset, bytes] : entry.regions) {
                if (!hole(offset) || !writeData(ar, bytes.constData(), bytes.size(), entry.name, error))
                    return false;
                at = offset + bytes.size();
            }
            if (!hole(entry.size))
                return false;
            break;
        }
        case EntryType::DiskFile: {
            const qint64 size = source->size();
            qint64 done = 0;
            while (done < size) {
                const QByteArray chunk = source->read(qMin(DataChunkSize, size - done));
                if (chunk.isEmpty()) {
                    *error = QStringLiteral("%1: read error or file shrank").arg(entry.sourcePath);
                    return false;
                }
                if (!writeData(ar, chunk.constData(), chunk.size(), entry.name, error))
                    return false;
                done += chunk.size();
            }
            break;
        }
        default:
            break;
        }
    }

    if (archive_write_close(ar) != ARCHIVE_OK) {
        *error = archiveError(ar, {});
        return false;
    }
    return true;
}

} // namespace HubCacheTest
