#pragma once

#include "storage.h"

#include <QCoreApplication>

#include <memory>

namespace HubCache {

// A Storage on Google Cloud Storage (gs://bucket/name), over GcsClient's jobs. Each call runs
// its jobs on the storage's own network thread while the caller waits (bounded by the
// configuration's timeouts, ended early by cancel()), so it may be called from any thread that
// is not a GUI thread, from several threads at once. GCS has no folders: a folder is a prefix
// ("name/"), and a "name/" placeholder object (what TensorFlow's gfile makes) counts as one too.
class HUBCACHE_EXPORT GcsStorage final : public Storage
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::GcsStorage)

public:
    // Credentials come from the environment (GcsCredentialProvider::fromEnvironment), else from
    // the configuration's stored (keychain) credentials for bucket, else the default stored one;
    // they are made on the network thread, and a key that cannot be read fails every call with
    // its error. Without a bucket only the environment's credentials are used.
    explicit GcsStorage(const Configuration &config, const QString &bucket = QString());
    ~GcsStorage() override;

    // Splits gs://bucket/name; false for anything else.
    [[nodiscard]] static bool parse(const QString &location, QString *bucket, QString *name);

    [[nodiscard]] bool isRemote() const override { return true; }
    [[nodiscard]] Stat stat(const QString &location, Error *error = nullptr) override;
    [[nodiscard]] QList<Item> list(const QString &folder, ListMode mode, Error *error = nullptr) override;
    [[nodiscard]] QByteArray read(const QString &location, qint64 maxBytes, Error *error = nullptr) override;
    [[nodiscard]] Error write(const QString &location, const QByteArray &bytes) override;
    [[nodiscard]] CreateResult createExclusive(const QString &location, const QByteArray &bytes,
                                              Error *error = nullptr) override;
    [[nodiscard]] bool removeIfUnchanged(const QString &location, const QByteArray &expected) override;
    [[nodiscard]] Error remove(const QString &location) override;
    [[nodiscard]] Error removeTree(const QString &folder) override;
    [[nodiscard]] Error makeFolder(const QString &folder) override;
    [[nodiscard]] Error moveTree(const QString &from, const QString &to) override;
    [[nodiscard]] std::unique_ptr<StorageWriter> openWriter(const QString &location, Error *error = nullptr) override;
    [[nodiscard]] std::unique_ptr<StorageReader> openReader(const QString &location, Error *error = nullptr) override;
    void cancel() override;

    // Objects per page when listing (0: the server's default); small pages exercise paging.
    void setListPageSize(int size);

private:
    class Private;
    friend class GcsStorageReader;
    friend class GcsStorageWriter;
    std::unique_ptr<Private> d;
};

} // namespace HubCache
