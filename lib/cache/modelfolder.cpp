#include "modelfolder.h"

#include "filetree_p.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>
#include <cerrno>
#include <cstring>

#include <dirent.h>
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

constexpr int kMaxDepth = 256; // deeper than any model; bounds the walk, as FileTree's does

struct NamedType {
    QString name;
    QByteArray raw;
    unsigned char type; // d_type: DT_REG, DT_DIR, DT_LNK, …, or DT_UNKNOWN
};

// The names in a folder just opened, with the types its listing gives, without "." and "..". Reads
// the descriptor itself (getdents64): no duplicate descriptor, fstat and fcntl as opendir needs.
std::vector<NamedType> listNames(int fd)
{
    std::vector<NamedType> names;
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::getdents64(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t at = 0; at < n;) {
            const auto *e = reinterpret_cast<const struct dirent64 *>(buffer + at);
            at += e->d_reclen;
            const char *name = e->d_name;
            if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
                continue;
            names.push_back({QFile::decodeName(name), QByteArray(name), e->d_type});
        }
    }
    return names;
}

struct NamedMode {
    QString name;
    mode_t mode;
};

// Adds up the tree below the open folder `fd` (which it closes) as FileTree::measure does, and
// keeps the names and types of the levels the completeness rule looks at: the entry itself
// (`names`) and its variables folder (`variableNames`).
void surveyWalk(int fd, int depth, ModelFolder::Survey *survey, std::vector<NamedMode> *names,
                std::vector<NamedMode> *variableNames)
{
    if (depth > kMaxDepth) {
        ::close(fd);
        return;
    }
    // getdents64 on the descriptor itself: opendir would add an fstat and two fcntl per folder.
    constexpr size_t kBufferSize = 16 * 1024;
    const std::unique_ptr<char[]> buffer(new char[kBufferSize]);
    for (;;) {
        const ssize_t n = ::getdents64(fd, buffer.get(), kBufferSize);
        if (n <= 0)
            break;
        for (ssize_t at = 0; at < n;) {
            const auto *e = reinterpret_cast<const struct dirent64 *>(buffer.get() + at);
            at += e->d_reclen;
            const char *name = e->d_name;
            if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
                continue;
            struct stat st {};
            if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // vanished meanwhile
            survey->allocatedBytes += qint64(st.st_blocks) * 512;
            if (S_ISREG(st.st_mode)) {
                ++survey->fileCount;
                const qint64 accessMs = qint64(st.st_atim.tv_sec) * 1000 + st.st_atim.tv_nsec / 1000000;
                survey->newestFileAccessMs = std::max(survey->newestFileAccessMs, accessMs);
            }
            if (names)
                names->push_back({QFile::decodeName(name), st.st_mode});
            if (S_ISDIR(st.st_mode)) {
                const int sub = ::openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (sub < 0)
                    continue;
                const bool variables = names && std::strcmp(name, "variables") == 0;
                surveyWalk(sub, depth + 1, survey, variables ? variableNames : nullptr, nullptr);
            }
        }
    }
    ::close(fd);
}

} // namespace

ModelFolder::Survey ModelFolder::survey(int parentFd, const char *name)
{
    Survey result;
    const int fd = ::openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return result;
    result.isFolder = true;
    std::vector<NamedMode> names;
    std::vector<NamedMode> variableNames;
    surveyWalk(fd, 0, &result, &names, &variableNames);

    const auto find = [&](const QString &relative) -> const NamedMode * {
        const qsizetype slash = relative.indexOf(QLatin1Char('/'));
        if (slash < 0) {
            for (const NamedMode &n : names) {
                if (n.name == relative)
                    return &n;
            }
            return nullptr;
        }
        if (QStringView(relative).left(slash) != QLatin1String("variables"))
            return nullptr; // the rule only looks into variables/
        const QStringView leaf = QStringView(relative).mid(slash + 1);
        for (const NamedMode &n : variableNames) {
            if (n.name == leaf)
                return &n;
        }
        return nullptr;
    };
    Lookup lookup;
    lookup.typeOf = [&](const QString &relative, QString *nameOfType) {
        const NamedMode *n = find(relative);
        if (!n)
            return Storage::Type::Missing;
        if (nameOfType)
            *nameOfType = typeName(n->mode);
        return S_ISREG(n->mode) ? Storage::Type::File : S_ISDIR(n->mode) ? Storage::Type::Folder : Storage::Type::Other;
    };
    lookup.namesIn = [&](const QString &relative) {
        QStringList list;
        const std::vector<NamedMode> *from = relative.isEmpty() ? &names
            : relative == QLatin1String("variables")           ? &variableNames
                                                                : nullptr;
        if (from) {
            list.reserve(qsizetype(from->size()));
            for (const NamedMode &n : *from)
                list.append(n.name);
        }
        return list;
    };
    result.complete = isComplete(lookup, &result.reason, &result.kind);
    return result;
}

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

bool ModelFolder::isComplete(const Lookup &lookup, QString *reason, Kind *kind)
{
    const auto no = [reason, kind](const QString &why) {
        if (reason)
            *reason = why;
        if (kind)
            *kind = Kind::None;
        return false;
    };
    const auto wrongType = [&lookup](const QString &name) {
        QString typeName;
        (void)lookup.typeOf(name, &typeName);
        return tr("%1 is %2, not a file").arg(name, typeName);
    };
    const QStringList names = lookup.namesIn(QString());
    if (names.isEmpty())
        return no(tr("the folder is empty"));

    Kind found = Kind::None;
    QString wrongFile; // a model file of the wrong type: the most specific reason we have
    for (const QString &name : {QStringLiteral("saved_model.pb"), QStringLiteral("saved_model.pbtxt")}) {
        const Storage::Type t = lookup.typeOf(name, nullptr);
        if (t == Storage::Type::File)
            found = Kind::SavedModel;
        else if (t != Storage::Type::Missing && wrongFile.isEmpty())
            wrongFile = wrongType(name);
    }
    if (found == Kind::None) {
        const QString name = QStringLiteral("tfhub_module.pb");
        const Storage::Type t = lookup.typeOf(name, nullptr);
        if (t == Storage::Type::File)
            found = Kind::HubModule;
        else if (t != Storage::Type::Missing && wrongFile.isEmpty())
            wrongFile = wrongType(name);
    }
    if (found == Kind::None) {
        for (const QString &name : names) {
            if (!name.endsWith(QLatin1String(".tflite")))
                continue;
            if (lookup.typeOf(name, nullptr) == Storage::Type::File) {
                found = Kind::TFLite;
                break;
            }
            if (wrongFile.isEmpty())
                wrongFile = wrongType(name);
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
        const QString vars = QStringLiteral("variables");
        QString varsTypeName;
        const Storage::Type varsType = lookup.typeOf(vars, &varsTypeName);
        if (varsType == Storage::Type::Other || varsType == Storage::Type::File)
            return no(tr("variables is %1, not a folder").arg(varsTypeName));
        if (varsType == Storage::Type::Folder) {
            const QStringList varNames = lookup.namesIn(vars);
            if (!varNames.isEmpty()) {
                const QString indexName = QStringLiteral("variables/variables.index");
                const Storage::Type index = lookup.typeOf(indexName, nullptr);
                if (index == Storage::Type::Missing)
                    return no(tr("variables/variables.index is missing (half deleted?)"));
                if (index != Storage::Type::File)
                    return no(wrongType(indexName));
                const bool hasShard = std::any_of(varNames.cbegin(), varNames.cend(), [&](const QString &n) {
                    return n.startsWith(QLatin1String("variables.data-"))
                        && lookup.typeOf(vars + QLatin1Char('/') + n, nullptr) == Storage::Type::File;
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

bool ModelFolder::isComplete(const QList<Storage::Item> &recursiveListing, QString *reason, Kind *kind)
{
    // A listing holds files and others; every prefix of a name is a folder.
    QHash<QString, const Storage::Item *> byName;
    QHash<QString, QStringList> children;
    QSet<QString> folders;
    for (const Storage::Item &item : recursiveListing) {
        byName.insert(item.name, &item);
        QString child = item.name;
        for (;;) {
            const qsizetype slash = child.lastIndexOf(QLatin1Char('/'));
            const QString parent = slash < 0 ? QString() : child.left(slash);
            const QString leaf = slash < 0 ? child : child.mid(slash + 1);
            QStringList &list = children[parent];
            if (!list.contains(leaf))
                list.append(leaf);
            if (slash < 0 || folders.contains(parent))
                break;
            folders.insert(parent);
            child = parent;
        }
    }
    Lookup lookup;
    lookup.typeOf = [&](const QString &relative, QString *typeName) {
        if (const Storage::Item *item = byName.value(relative)) {
            if (typeName)
                *typeName = item->stat.type == Storage::Type::File ? tr("a file") : item->stat.typeName;
            return item->stat.type;
        }
        if (folders.contains(relative)) {
            if (typeName)
                *typeName = tr("a folder");
            return Storage::Type::Folder;
        }
        return Storage::Type::Missing;
    };
    lookup.namesIn = [&](const QString &relative) { return children.value(relative); };
    return isComplete(lookup, reason, kind);
}

bool ModelFolder::isComplete(const QString &path, QString *reason, Kind *kind)
{
    const DirFd dir(AT_FDCWD, QFile::encodeName(path).constData());
    if (!dir.isValid()) {
        const int err = errno;
        if (reason) {
            if (const QString wrong = wrongTypeReason(path); !wrong.isEmpty())
                *reason = wrong;
            else if (err == ENOENT)
                *reason = tr("missing");
            else
                *reason = tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(err)));
        }
        if (kind)
            *kind = Kind::None;
        return false;
    }
    // The rule looks at the entry and at its variables folder only. Each is listed once, with the
    // types the listing gives (d_type: the entry itself, never a link's target); only a name the
    // listing cannot type is stat'ed, relative to its open folder. The variables folder is opened
    // without following a link before anything in it is looked at.
    std::vector<NamedType> names = listNames(dir.fd());
    std::unique_ptr<DirFd> variables;
    std::vector<NamedType> variableNames;
    const auto listing = [&](QStringView folder) -> std::pair<int, const std::vector<NamedType> *> {
        if (folder.isEmpty())
            return {dir.fd(), &names};
        if (folder != QLatin1String("variables"))
            return {-1, nullptr}; // the rule looks no further
        if (!variables) {
            variables = std::make_unique<DirFd>(dir.fd(), "variables");
            if (variables->isValid())
                variableNames = listNames(variables->fd());
        }
        return {variables->fd(), &variableNames};
    };
    Lookup lookup;
    lookup.typeOf = [&](const QString &relative, QString *nameOfType) {
        const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
        const auto [fd, list] = listing(slash < 0 ? QStringView() : QStringView(relative).left(slash));
        const QStringView leaf = slash < 0 ? QStringView(relative) : QStringView(relative).mid(slash + 1);
        if (!list)
            return Storage::Type::Missing;
        const auto it = std::find_if(list->cbegin(), list->cend(), [&](const NamedType &n) { return n.name == leaf; });
        if (it == list->cend())
            return Storage::Type::Missing;
        mode_t mode = it->type == DT_REG ? S_IFREG : it->type == DT_DIR ? S_IFDIR : 0;
        if (mode == 0) {
            struct stat st {};
            if (fd < 0 || ::fstatat(fd, it->raw.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                return Storage::Type::Missing;
            mode = st.st_mode;
        }
        if (nameOfType)
            *nameOfType = typeName(mode);
        return S_ISREG(mode) ? Storage::Type::File : S_ISDIR(mode) ? Storage::Type::Folder : Storage::Type::Other;
    };
    lookup.namesIn = [&](const QString &relative) {
        QStringList list;
        if (const auto [fd, from] = listing(relative); from) {
            list.reserve(qsizetype(from->size()));
            for (const NamedType &n : *from)
                list.append(n.name);
        }
        return list;
    };
    return isComplete(lookup, reason, kind);
}

} // namespace HubCache
