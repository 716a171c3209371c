#include "modelfolder.h"

#include "filetree_p.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace HubCache {

namespace {

// An open folder that closes itself; invalid when `path` is not a real folder.
class DirFd
{
public:
    DirFd(int parent, const char *path)
        : m_fd(::openat(parent, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC))
    {
    }
    ~DirFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    DirFd(const DirFd &) = delete;
    DirFd &operator=(const DirFd &) = delete;
    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] bool isValid() const { return m_fd >= 0; }

private:
    int m_fd;
};

enum class Type {
    Missing,
    File,
    Folder,
    Other, // symlink, FIFO, socket, device
};

Type typeAt(int dirFd, const char *name)
{
    struct stat st {};
    if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return Type::Missing;
    if (S_ISREG(st.st_mode))
        return Type::File;
    if (S_ISDIR(st.st_mode))
        return Type::Folder;
    return Type::Other;
}

QString typeName(mode_t mode)
{
    if (S_ISLNK(mode))
        return ModelFolder::tr("a symbolic link");
    if (S_ISDIR(mode))
        return ModelFolder::tr("a folder");
    if (S_ISREG(mode))
        return ModelFolder::tr("a file");
    if (S_ISFIFO(mode))
        return ModelFolder::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return ModelFolder::tr("a socket");
    return ModelFolder::tr("a device");
}

QString wrongType(int dirFd, const char *name, const QString &display)
{
    struct stat st {};
    if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return {};
    return ModelFolder::tr("%1 is %2, not a file").arg(display, typeName(st.st_mode));
}

} // namespace

QString ModelFolder::wrongTypeReason(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISDIR(st.st_mode))
        return {};
    return tr("%1, not a folder").arg(typeName(st.st_mode));
}

QList<ModelFolder::File> ModelFolder::files(const QString &path)
{
    QList<File> list;
    FileTree::forEachFile(QFile::encodeName(path), [&list](const QByteArray &relative, const struct stat &st) {
        list.append({relative, qint64(st.st_size), qint64(st.st_blocks) * 512});
    });
    std::sort(list.begin(), list.end(), [](const File &a, const File &b) { return a.relativePath < b.relativePath; });
    return list;
}

bool ModelFolder::isRegularFile(const QString &dir, const QString &name)
{
    const DirFd d(AT_FDCWD, QFile::encodeName(dir).constData());
    return d.isValid() && typeAt(d.fd(), QFile::encodeName(name).constData()) == Type::File;
}

bool ModelFolder::isComplete(const QString &path, QString *reason, Kind *kind)
{
    const auto no = [reason, kind](const QString &why) {
        if (reason)
            *reason = why;
        if (kind)
            *kind = Kind::None;
        return false;
    };
    const DirFd dir(AT_FDCWD, QFile::encodeName(path).constData());
    if (!dir.isValid()) {
        const int err = errno;
        if (const QString wrong = wrongTypeReason(path); !wrong.isEmpty())
            return no(wrong);
        if (err == ENOENT)
            return no(tr("missing"));
        return no(tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(err))));
    }
    const QList<QByteArray> names = FileTree::namesIn(dir.fd());
    if (names.isEmpty())
        return no(tr("the folder is empty"));

    Kind found = Kind::None;
    QString wrongFile; // a model file of the wrong type: the most specific reason we have
    for (const char *name : {"saved_model.pb", "saved_model.pbtxt"}) {
        const Type t = typeAt(dir.fd(), name);
        if (t == Type::File)
            found = Kind::SavedModel;
        else if (t != Type::Missing && wrongFile.isEmpty())
            wrongFile = wrongType(dir.fd(), name, QString::fromLatin1(name));
    }
    if (found == Kind::None) {
        const Type t = typeAt(dir.fd(), "tfhub_module.pb");
        if (t == Type::File)
            found = Kind::HubModule;
        else if (t != Type::Missing && wrongFile.isEmpty())
            wrongFile = wrongType(dir.fd(), "tfhub_module.pb", QStringLiteral("tfhub_module.pb"));
    }
    if (found == Kind::None) {
        for (const QByteArray &name : names) {
            if (!name.endsWith(".tflite"))
                continue;
            if (typeAt(dir.fd(), name.constData()) == Type::File) {
                found = Kind::TFLite;
                break;
            }
            if (wrongFile.isEmpty())
                wrongFile = wrongType(dir.fd(), name.constData(), QFile::decodeName(name));
        }
    }
    if (found == Kind::None) {
        if (!wrongFile.isEmpty())
            return no(wrongFile);
        return no(tr("no saved_model.pb, saved_model.pbtxt, tfhub_module.pb or *.tflite (half deleted?)"));
    }

    // Temp cleaners delete old files one by one: a variables folder without its index, or without
    // any data shard, cannot load.
    if (found != Kind::TFLite) {
        const Type varsType = typeAt(dir.fd(), "variables");
        if (varsType == Type::Other || varsType == Type::File) {
            struct stat st {};
            (void)::fstatat(dir.fd(), "variables", &st, AT_SYMLINK_NOFOLLOW);
            return no(tr("variables is %1, not a folder").arg(typeName(st.st_mode)));
        }
        if (varsType == Type::Folder) {
            const DirFd vars(dir.fd(), "variables");
            const QList<QByteArray> varNames = vars.isValid() ? FileTree::namesIn(vars.fd()) : QList<QByteArray>();
            if (!varNames.isEmpty()) {
                const Type index = typeAt(vars.fd(), "variables.index");
                if (index == Type::Missing)
                    return no(tr("variables/variables.index is missing (half deleted?)"));
                if (index != Type::File)
                    return no(wrongType(vars.fd(), "variables.index", QStringLiteral("variables/variables.index")));
                const bool hasShard = std::any_of(varNames.cbegin(), varNames.cend(), [&](const QByteArray &n) {
                    return n.startsWith("variables.data-") && typeAt(vars.fd(), n.constData()) == Type::File;
                });
                if (!hasShard)
                    return no(tr("variables/variables.data-* is missing (half deleted?)"));
            }
        }
    }
    if (kind)
        *kind = found;
    if (reason)
        reason->clear();
    return true;
}

} // namespace HubCache
