#pragma once

#include <QProcess>

namespace HubCacheTest {

// The pid of a process that certainly existed on this host and has exited: what a lock left by a
// killed downloader points at.
inline qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace HubCacheTest
