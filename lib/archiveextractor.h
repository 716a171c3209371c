#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QObject>
#include <QString>

#include <memory>

namespace HubCache {

// Extracts a tar archive (plain, gzip, bzip2, xz, zstd; detected from the bytes) into a folder
// while the bytes arrive: write() hands over chunks, a worker thread inflates and writes files.
// Only regular files and folders are accepted; a member that would land outside the folder
// (absolute, "..") or of any other type (links, devices, FIFOs) stops the extraction with an error
// naming it. Memory stays bounded by the hand-over buffer.
class HUBCACHE_EXPORT ArchiveExtractor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveExtractor)

public:
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

    // Blocking: extracts a whole archive file (tests, benchmarks, local gs:// mirrors).
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
