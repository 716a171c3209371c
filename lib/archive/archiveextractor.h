#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QObject>
#include <QString>

#include <memory>

namespace HubCache {

class Configuration;
class Storage;

// Extracts a tar archive (plain, gzip, bzip2, xz, zstd; detected from the bytes) into a folder
// while the bytes arrive: write() hands over chunks, a worker thread inflates and writes files.
// Only regular files and folders are accepted; a member that would land outside the folder
// (absolute, "..") or of any other type (links, devices, FIFOs) stops the extraction with an error
// naming it, and so does a member past the limits below (folder depth, name length, expansion,
// free space). Memory stays bounded by the hand-over buffer.
class HUBCACHE_EXPORT ArchiveExtractor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveExtractor)

public:
    // What an archive may do to the machine. The defaults are Configuration's; the code that makes
    // an extractor sets them from the user's Configuration (fromConfiguration()).
    struct Limits {
        // Extracted bytes may not exceed maxExpansionRatio times the archive bytes taken in so far
        // (HUBCACHE_MAX_EXPANSION_RATIO; 0 turns it off), past expansionAllowance bytes that are
        // always allowed (small archives of compressible files).
        double maxExpansionRatio = 200;
        qint64 expansionAllowance = 32 * 1024 * 1024;
        // All files together (HUBCACHE_MAX_EXTRACTED_SIZE); 0: no bound but the free space.
        qint64 maxExtractedSize = 0;
        // A SavedModel is a handful of folders deep with short names; these stop archives that
        // make the file system walk thousands of levels for every file.
        int maxDepth = 64;           // folders and file, components of a member's path
        int maxPathBytes = 1024;     // a member's whole path, in bytes
        int maxNameBytes = 255;      // one component, in bytes (NAME_MAX)

        [[nodiscard]] static Limits fromConfiguration(const Configuration &config);
    };

    // destDir must exist and should be empty; handle is only used in messages.
    ArchiveExtractor(const QString &destDir, const QString &handle, QObject *parent = nullptr);
    ~ArchiveExtractor() override;

    void start();
    // How many bytes write() takes now without exceeding the bound; 0 means wait for readyForMore().
    [[nodiscard]] qint64 availableSpace() const;
    void write(const QByteArray &chunk);
    // No more input follows.
    void finishInput();
    // Stops as soon as possible; finished() follows with ErrorCode::Cancelled (if not finished yet).
    void abort();

    [[nodiscard]] bool isFinished() const;
    // Blocks until the worker thread has stopped: after this no file in destDir is being written.
    void waitForWorker();
    [[nodiscard]] Error error() const;
    [[nodiscard]] qint64 extractedBytes() const;  // bytes of files written
    [[nodiscard]] qint64 consumedBytes() const;   // archive bytes taken in
    [[nodiscard]] int extractedFiles() const;
    // Adds the response's status and type to a "not a valid module" error, for the message.
    void setResponseInfo(int httpStatus, const QString &contentType);
    // Call before start().
    void setLimits(const Limits &limits);
    // Call before start(): members are written through `storage` (each file by
    // Storage::openWriter at destDir/<member>, folders implicit) instead of into a local folder.
    // The same member checks and limits apply; the local free-space check does not. The storage
    // must outlive the extractor and may be called from its worker thread.
    void setOutputStorage(Storage *storage);
    [[nodiscard]] Limits limits() const;

    // Blocking: extracts a whole archive file (tests, benchmarks, local gs:// mirrors).
    [[nodiscard]] static Error extractFile(const QString &archivePath, const QString &destDir,
                                           const QString &handle, const Limits &limits);
    // The same with the default limits.
    [[nodiscard]] static Error extractFile(const QString &archivePath, const QString &destDir,
                                           const QString &handle);

Q_SIGNALS:
    void readyForMore();
    // Exactly once; error() says how it ended.
    void finished();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace HubCache
