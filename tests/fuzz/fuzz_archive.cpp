// Fuzz target: the archive extractor's path and type checks on arbitrary (mutated) archives.
// Each input is streamed into a fresh destination inside a private "jail" folder; afterwards the
// jail must hold only the destination, and the destination only regular files and folders.

#include "fuzzsupport.h"

#include "archiveextractor.h"

#include <QDir>
#include <QTemporaryDir>
#include <QThread>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <system_error>

using namespace HubCache;
namespace fs = std::filesystem;

namespace {

constexpr const char *kTarget = "fuzz_archive";

// Mutations of a plain tar almost always break a header checksum, and libarchive then stops at
// that header. Recomputing the checksum of every ustar header lets mutated names, types, sizes and
// link targets reach the extractor's own checks.
QByteArray withFixedTarChecksums(QByteArray bytes)
{
    constexpr qsizetype block = 512;
    for (qsizetype at = 0; at + block <= bytes.size(); at += block) {
        char *header = bytes.data() + at;
        if (QByteArrayView(header + 257, 5) != QByteArrayView("ustar"))
            continue;
        unsigned sum = 0;
        for (qsizetype i = 0; i < block; ++i)
            sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(header[i]);
        std::snprintf(header + 148, 8, "%06o", sum & 0777777);
        header[155] = ' ';
    }
    return bytes;
}

// Streams the bytes in chunks whose sizes come from the input itself, as downloads hand them over.
Error extract(const QByteArray &archive, const QString &destDir)
{
    ArchiveExtractor extractor(destDir, QStringLiteral("https://fuzz.invalid/model"));
    extractor.start();
    qsizetype offset = 0;
    const qsizetype chunkBase = archive.isEmpty() ? 1 : 1 + static_cast<unsigned char>(archive.back()) * 7;
    while (!extractor.isFinished()) {
        if (offset >= archive.size()) {
            extractor.finishInput();
            break;
        }
        const qint64 room = extractor.availableSpace();
        if (room <= 0) {
            QThread::usleep(100);
            continue;
        }
        const qsizetype chunk = std::min<qsizetype>({qsizetype(room), chunkBase, archive.size() - offset});
        extractor.write(archive.mid(offset, chunk));
        offset += chunk;
    }
    extractor.waitForWorker();
    while (!extractor.isFinished())
        QThread::usleep(100);
    const Error error = extractor.error();
    QCoreApplication::sendPostedEvents();
    return error;
}

void checkJail(const fs::path &root, const fs::path &jail, const fs::path &dest, const QByteArray &detail)
{
    std::error_code ec;
    // Nothing next to the jail, nothing next to the destination.
    for (const fs::path &folder : {root, jail}) {
        for (const fs::directory_entry &entry : fs::directory_iterator(folder, ec)) {
            const fs::path expected = folder == root ? jail : dest;
            if (entry.path() != expected)
                HubCacheFuzz::fail(kTarget, "created outside the destination",
                                   QByteArray::fromStdString(entry.path().string()) + " (" + detail + ")");
        }
        if (ec)
            HubCacheFuzz::fail(kTarget, "cannot list the jail", QByteArray::fromStdString(ec.message()));
    }
    // Only regular files and folders inside; symlinks are listed, never followed.
    for (fs::recursive_directory_iterator it(dest, fs::directory_options::none, ec), end; it != end; it.increment(ec)) {
        if (ec)
            HubCacheFuzz::fail(kTarget, "cannot list the destination", QByteArray::fromStdString(ec.message()));
        const fs::file_status status = it->symlink_status(ec);
        if (status.type() != fs::file_type::regular && status.type() != fs::file_type::directory)
            HubCacheFuzz::fail(kTarget, "extracted something that is neither a file nor a folder",
                               QByteArray::fromStdString(it->path().string()) + " (" + detail + ")");
    }
}

// Extracted folders may be read-only: make them removable before the next input or cleanup.
void makeRemovable(const fs::path &dest)
{
    std::error_code ec;
    fs::permissions(dest, fs::perms::owner_all, fs::perm_options::add, ec);
    for (fs::recursive_directory_iterator it(dest, ec), end; it != end; it.increment(ec)) {
        if (it->symlink_status(ec).type() == fs::file_type::directory)
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HubCacheFuzz::ensureApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    QTemporaryDir root;
    if (!root.isValid())
        HubCacheFuzz::fail(kTarget, "no temporary folder", root.errorString().toUtf8());
    const fs::path rootPath = fs::path(root.path().toStdString());
    const fs::path jail = rootPath / "jail";
    const fs::path dest = jail / "dest";
    fs::create_directories(dest);

    const auto run = [&](const QByteArray &archive) {
        const Error error = extract(archive, QString::fromStdString(dest.string()));
        checkJail(rootPath, jail, dest, error ? errorCodeName(error.code()).toUtf8() : QByteArray("no error"));
    };
    run(input);
    const QByteArray fixed = withFixedTarChecksums(input);
    if (fixed != input) {
        makeRemovable(dest);
        std::error_code ec;
        fs::remove_all(dest, ec);
        fs::create_directories(dest);
        run(fixed);
    }
    // std::filesystem, not QTemporaryDir: entry names need not be valid UTF-8.
    makeRemovable(dest);
    std::error_code ec;
    fs::remove_all(jail, ec);
    return 0;
}
