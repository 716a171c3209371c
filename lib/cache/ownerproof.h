#pragma once

#include "hubcache_export.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace HubCache {

// Proof that the process named by a lock ran in our PID namespace on this boot, so that a missing
// PID really means a dead owner. The lock itself must stay byte-compatible with Python
// (`<hostname>.<pid>.<task>`), and a hostname proves nothing: containers with host networking,
// Kubernetes hostNetwork pods and cloned VMs on one NFS cache share it while their PIDs mean
// something else. So a hubcache downloader also writes this small file into its own temp folder
// `<key>.<task>.tmp/` (removed again before the folder is renamed into the entry, which therefore
// stays exactly what Python writes). Python never reads it; a lock without it (Python's, or one
// from another namespace) is never declared dead, it can only go stale by making no progress.
//
// Content: `boot_id=<uuid>\npid_ns=<inode>\npid=<pid>\nstart_time=<clock ticks>\n` — the boot id
// tells a reboot, the PID namespace inode another container, the start time (field 22 of
// /proc/<pid>/stat) a PID that was reused by an unrelated process.
class HUBCACHE_EXPORT OwnerProof final
{
public:
    QByteArray bootId;
    quint64 pidNamespace = 0;
    qint64 pid = 0;
    quint64 startTime = 0;

    // This process. Empty where /proc does not tell (then no proof is written, and this
    // process's locks are treated like Python's by others: safe, only slower to take over).
    [[nodiscard]] static std::optional<OwnerProof> current();
    [[nodiscard]] static std::optional<OwnerProof> parse(const QByteArray &bytes);
    [[nodiscard]] static std::optional<OwnerProof> read(const QString &tempDir);
    [[nodiscard]] static QString pathIn(const QString &tempDir);
    // The start time of a running process in our PID namespace, empty when there is none.
    [[nodiscard]] static std::optional<quint64> startTimeOf(qint64 pid);

    [[nodiscard]] QByteArray toBytes() const;
    [[nodiscard]] bool write(const QString &tempDir) const;
    static void remove(const QString &tempDir);
    // Sets the file's modification time to now: the download's heartbeat. Network bytes can
    // arrive for a long time before the decompressor hands a block to the extractor, and a
    // waiter must see that as progress, not as a download that stopped.
    static void touch(const QString &tempDir);
    // Written on this boot in the PID namespace this process is in.
    [[nodiscard]] bool isFromThisNamespace() const;
};

} // namespace HubCache
