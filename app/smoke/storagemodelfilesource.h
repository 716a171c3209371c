#pragma once

#include "error.h"
#include "modelfilesource.h"

#include <QString>

#include <atomic>
#include <mutex>

namespace HubCache {
class Storage;
}

// Serves the files of a model folder kept in a HubCache::Storage (an uncompressed model in Google
// Cloud Storage, gs://bucket/models/m) to the TensorFlow plugin: every byte TensorFlow reads comes
// through hubcache's own reader, so TensorFlow itself never talks to the network. Counts what it
// serves and the time spent waiting for the storage, for the smoke report.
class StorageModelFileSource final : public ModelFileSource
{
public:
    // storage must outlive this object; root is the model folder's full location in it.
    StorageModelFileSource(HubCache::Storage *storage, const QString &root);
    ~StorageModelFileSource() override;

    [[nodiscard]] void *open(const std::string &path, int *errnum) override;
    [[nodiscard]] int64_t read(void *file, uint64_t offset, size_t n, char *buffer, int *errnum) override;
    void close(void *file) override;
    [[nodiscard]] int stat(const std::string &path, Stat *stat) override;
    [[nodiscard]] int list(const std::string &path, void (*add)(void *list, const char *name), void *list) override;

    [[nodiscard]] QString root() const { return m_root; }
    // Bytes handed to TensorFlow, all read from the storage.
    [[nodiscard]] qint64 bytesServed() const { return m_bytes.load(); }
    [[nodiscard]] qint64 filesOpened() const { return m_files.load(); }
    // Time spent in the storage's reads, summed over TensorFlow's threads (ns).
    [[nodiscard]] qint64 readNsec() const { return m_readNsec.load(); }
    // Wall time from the first read's start to the last read's end (ns): what throughput is taken over.
    [[nodiscard]] qint64 readSpanNsec() const;
    // The storage's last failure (TensorFlow only learns an errno), empty when none.
    [[nodiscard]] HubCache::Error lastError() const;

    // The errno TensorFlow gets for a storage error.
    [[nodiscard]] static int errnoFor(const HubCache::Error &error);

private:
    [[nodiscard]] QString location(const std::string &path) const;
    void remember(const HubCache::Error &error);

    HubCache::Storage *m_storage;
    QString m_root; // no trailing '/'
    std::atomic<qint64> m_bytes{0};
    std::atomic<qint64> m_files{0};
    std::atomic<qint64> m_readNsec{0};
    mutable std::mutex m_mutex; // guards the members below
    qint64 m_firstReadStart = -1;
    qint64 m_lastReadEnd = -1;
    HubCache::Error m_lastError;
};
