#include "cachefoldercheck.h"

#include "logging.h"

#include <QDir>
#include <QFile>

#include <cerrno>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace HubCache {

namespace {

QString userName(uint uid)
{
    if (const passwd *pw = ::getpwuid(uid))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(uid);
}

} // namespace

CacheFolderCheck::CacheFolderCheck(const Configuration &config)
    : CacheFolderCheck(config.cacheDir(),
                       config.cacheDirSource() == ConfigSource::Default
                           || QDir::cleanPath(config.cacheDir()) == QDir::cleanPath(Configuration::defaultCacheDir()),
                       config.trustedCacheOwners())
{
}

CacheFolderCheck::CacheFolderCheck(const QString &dir, bool sharedTempLocation, const QList<uint> &trustedOwners)
    : m_dir(dir)
    , m_sharedTempLocation(sharedTempLocation)
    , m_trusted(trustedOwners)
    , m_ownUid(::geteuid())
{
}

bool CacheFolderCheck::isTrusted(uint uid) const
{
    return uid == m_ownUid || uid == 0 || m_trusted.contains(uid);
}

Error CacheFolderCheck::unsafe(const QString &path, const QString &why, bool othersCanWrite) const
{
    ErrorContext ctx;
    ctx.path = path;
    ctx.detail = othersCanWrite ? tr("%1; remove the write access of other users (chmod o-w, or the sticky bit: chmod +t)").arg(why)
                                : tr("%1; to use it anyway, add its owner to HUBCACHE_TRUSTED_CACHE_OWNERS").arg(why);
    qCInfo(lcCache).noquote() << QStringLiteral("refusing %1: %2").arg(path, why); // the error says it to the user
    return Error(ErrorCode::UnsafeCacheFolder, ctx);
}

Error CacheFolderCheck::checkFolder(QString *warning) const
{
    if (warning)
        warning->clear();
    const QByteArray path = QFile::encodeName(m_dir);
    struct stat link {};
    if (::lstat(path.constData(), &link) != 0)
        return {}; // missing: created (by us) on the first download
    // In the shared temp folder anyone can create the name, as a symlink to a folder of theirs too.
    if (S_ISLNK(link.st_mode) && m_sharedTempLocation && !isTrusted(link.st_uid))
        return unsafe(m_dir, tr("it is a symbolic link made by user %1").arg(userName(link.st_uid)));
    struct stat st {};
    if (::stat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        ErrorContext ctx;
        ctx.path = m_dir;
        ctx.detail = S_ISLNK(link.st_mode) ? tr("a symbolic link to no folder") : QString();
        return Error(ErrorCode::NotACacheFolder, ctx);
    }
    const bool otherWritable = st.st_mode & S_IWOTH;
    const bool groupWritable = st.st_mode & S_IWGRP;
    const bool sticky = st.st_mode & S_ISVTX;
    if (otherWritable && !sticky)
        return unsafe(m_dir, tr("every user can write to it (mode %1)").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')), true);
    if (!isTrusted(st.st_uid)) {
        if (m_sharedTempLocation)
            return unsafe(m_dir, tr("it is owned by user %1, in the temp folder every user can write to").arg(userName(st.st_uid)));
        if (warning) {
            *warning = groupWritable
                ? tr("The cache folder %1 is owned by user %2 and writable by its group: they can put any model "
                     "there. Set HUBCACHE_TRUSTED_CACHE_OWNERS=%2 if that is intended.").arg(m_dir, userName(st.st_uid))
                : tr("The cache folder %1 is owned by user %2: they can put any model there. Set "
                     "HUBCACHE_TRUSTED_CACHE_OWNERS=%2 if that is intended.").arg(m_dir, userName(st.st_uid));
        }
        return {};
    }
    if (groupWritable || otherWritable) {
        if (m_sharedTempLocation && groupWritable && st.st_uid != m_ownUid && !otherWritable)
            return unsafe(m_dir, tr("it is writable by its group and not ours, in the temp folder every user can write to"));
        if (warning) {
            *warning = otherWritable
                ? tr("The cache folder %1 is writable by every user (sticky): only entries of your own, root's or "
                     "trusted owners' are used.").arg(m_dir)
                : tr("The cache folder %1 is shared: every member of its group can put a model there.").arg(m_dir);
        }
    }
    return {};
}

Error CacheFolderCheck::checkEntry(const QString &entryPath) const
{
    struct stat entry {};
    if (::lstat(QFile::encodeName(entryPath).constData(), &entry) != 0 || !S_ISDIR(entry.st_mode))
        return {};
    struct stat folder {};
    if (::stat(QFile::encodeName(m_dir).constData(), &folder) != 0)
        return {};
    if ((entry.st_mode & S_IWOTH) && !(entry.st_mode & S_ISVTX))
        return unsafe(entryPath, tr("every user can write to it (mode %1)").arg(entry.st_mode & 07777, 4, 8, QLatin1Char('0')), true);
    if (isTrusted(entry.st_uid) || entry.st_uid == folder.st_uid)
        return {};
    // Someone else's entry: expected in a group-shared folder, a plant anywhere else.
    const bool groupShared = (folder.st_mode & S_IWGRP) && !(folder.st_mode & S_IWOTH) && !m_sharedTempLocation;
    if (groupShared)
        return {};
    return unsafe(entryPath, tr("it was made by user %1, who should not be able to write into this cache folder")
                                 .arg(userName(entry.st_uid)));
}

} // namespace HubCache
