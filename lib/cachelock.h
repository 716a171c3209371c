#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QString>

#include <optional>

namespace HubCache {

// The `<entry>.lock` file that serialises downloads of one handle across processes and hosts,
// compatible with the Python library: content `<hostname>.<pid>.<task id>`, no newline.
// Taken by an exclusive create (O_CREAT|O_EXCL), so two takers can never both win.
class HUBCACHE_EXPORT CacheLock final
{
public:
    struct Owner {
        QString hostname;
        qint64 pid = 0;
        QString taskId;
        QByteArray raw;
    };

    explicit CacheLock(const QString &lockPath, const QString &taskId = newTaskId());
    ~CacheLock();
    CacheLock(const CacheLock &) = delete;
    CacheLock &operator=(const CacheLock &) = delete;

    // 32 lowercase hex digits, like Python's uuid.uuid4().hex.
    [[nodiscard]] static QString newTaskId();
    [[nodiscard]] static QByteArray contentFor(const QString &taskId);
    [[nodiscard]] static std::optional<Owner> parse(const QByteArray &content);
    [[nodiscard]] static std::optional<Owner> readOwner(const QString &lockPath);
    // True when the owner ran on this host and its process is gone: the lock can be taken at once.
    [[nodiscard]] static bool isOwnerDead(const Owner &owner);

    // Tries once. Returns true when the lock is ours; false when someone else holds it
    // (error stays empty) or when it cannot be created (error set: not writable, ...).
    [[nodiscard]] bool tryAcquire(Error *error);
    // Removes a lock that was judged stale, but only if it still holds exactly `staleContent`;
    // a lock that changed meanwhile belongs to a new owner and is left alone.
    [[nodiscard]] static bool breakStaleLock(const QString &lockPath, const QByteArray &staleContent);
    // Deletes the lock file only if it still holds our own content.
    void release();

    [[nodiscard]] bool isHeld() const { return m_held; }
    [[nodiscard]] QString taskId() const { return m_taskId; }
    [[nodiscard]] QString path() const { return m_path; }

private:
    QString m_path;
    QString m_taskId;
    QByteArray m_content;
    bool m_held = false;
};

} // namespace HubCache
