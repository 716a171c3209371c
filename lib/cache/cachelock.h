#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace HubCache {

class Storage;

// The `<entry>.lock` file that serialises downloads of one handle across processes and hosts,
// compatible with the Python library: content `<hostname>.<pid>.<task id>`, no newline.
// Taken by an exclusive create (Storage::createExclusive: O_CREAT|O_EXCL locally, ifGenerationMatch=0
// on gs://), so two takers can never both win. The same code serves a local and a gs:// cache.
class HUBCACHE_EXPORT CacheLock final
{
public:
    struct Owner {
        QString hostname;
        qint64 pid = 0;
        QString taskId;
        QByteArray raw;
        // False when the content is not `<hostname>.<pid>.<task>`: nobody writes such a lock.
        bool parsed = false;
        // False when `<key>.lock` is a FIFO, folder, link, …: `typeName` says which.
        bool regularFile = true;
        QString typeName;
    };

    // What a lock's owner is, as far as this process can prove it.
    enum class OwnerState {
        Alive,       // running, or on another host: only "no progress for the lock timeout" frees it
        Dead,        // proven to have run in our PID namespace on this boot and gone (or PID reused)
        LooksDead,   // its PID is not running here, but nothing proves it ran here: it may be live
                     // in another container with this host name, so only a stopped download frees it
        Unparseable, // the lock does not hold `<hostname>.<pid>.<task>`: not a download lock
        NotAFile,    // `<key>.lock` is not a regular file: not a download lock either
    };

    // A lock in a local folder.
    explicit CacheLock(const QString &lockPath, const QString &taskId = newTaskId());
    // A lock at `lockPath` in `storage`, which must outlive it.
    CacheLock(Storage &storage, const QString &lockPath, const QString &taskId = newTaskId());
    ~CacheLock();
    CacheLock(const CacheLock &) = delete;
    CacheLock &operator=(const CacheLock &) = delete;

    // 32 lowercase hex digits, like Python's uuid.uuid4().hex.
    [[nodiscard]] static QString newTaskId();
    [[nodiscard]] static QByteArray contentFor(const QString &taskId);
    [[nodiscard]] static std::optional<Owner> parse(const QByteArray &content);
    [[nodiscard]] static std::optional<Owner> readOwner(const QString &lockPath);
    [[nodiscard]] static std::optional<Owner> readOwner(Storage &storage, const QString &lockPath);
    // `ownerTempDir` is the owner's `<key>.<task>.tmp`, where a hubcache owner keeps its OwnerProof.
    [[nodiscard]] static OwnerState ownerState(const Owner &owner, const QString &ownerTempDir);
    // The same in `storage`. On a remote storage a PID only means something for an owner with this
    // host's name whose proof, read through the storage, shows it ran in our PID namespace; any
    // other owner is Alive, freed only by making no progress for the lock timeout.
    [[nodiscard]] static OwnerState ownerState(Storage &storage, const Owner &owner, const QString &ownerTempDir);

    // Tries once. Returns true when the lock is ours; false when someone else holds it
    // (error stays empty) or when it cannot be created (error set: not writable, ...).
    [[nodiscard]] bool tryAcquire(Error *error);
    // Removes a lock that was judged stale, but only if it still holds exactly `staleContent`;
    // a lock that changed meanwhile belongs to a new owner and is left alone.
    [[nodiscard]] static bool breakStaleLock(const QString &lockPath, const QByteArray &staleContent);
    [[nodiscard]] static bool breakStaleLock(Storage &storage, const QString &lockPath, const QByteArray &staleContent);
    // The same for a lock as read by readOwner(): one that is not a regular file is removed only if
    // what is there is still not a regular file.
    [[nodiscard]] static bool breakStaleLock(const QString &lockPath, const Owner &stale);
    [[nodiscard]] static bool breakStaleLock(Storage &storage, const QString &lockPath, const Owner &stale);
    // Deletes the lock file only if it still holds our own content.
    void release();
    // Forgets the lock without touching it (whoever disowns it releases it another way).
    void disown() { m_held = false; }

    [[nodiscard]] bool isHeld() const { return m_held; }
    [[nodiscard]] QString taskId() const { return m_taskId; }
    [[nodiscard]] QString path() const { return m_path; }

private:
    std::unique_ptr<Storage> m_ownStorage;
    Storage *m_storage = nullptr;
    QString m_path;
    QString m_taskId;
    QByteArray m_content;
    std::atomic<bool> m_held{false};
};

} // namespace HubCache
