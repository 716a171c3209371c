#pragma once

#include "storage.h"

#include <QCoreApplication>

#include <atomic>

namespace HubCache {

// A Storage on the local file system: lstat semantics everywhere (a symlink is never followed),
// files opened only after their type is checked (RegularFile), exclusive creates with O_EXCL and
// moves with rename(2).
class HUBCACHE_EXPORT LocalStorage final : public Storage
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::LocalStorage)

public:
    LocalStorage();
    ~LocalStorage() override;

    [[nodiscard]] bool isRemote() const override { return false; }
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

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace HubCache
