#include "localmodelfilesource.h"

#include <QFile>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace {

struct LocalFile {
    int fd = -1;
};

} // namespace

LocalModelFileSource::LocalModelFileSource(const QString &folder)
    : m_folder(QFile::encodeName(folder).toStdString())
{
    while (m_folder.size() > 1 && m_folder.back() == '/')
        m_folder.pop_back();
}

std::string LocalModelFileSource::localPath(const std::string &path) const
{
    return path.empty() ? m_folder : m_folder + '/' + path;
}

void *LocalModelFileSource::open(const std::string &path, int *errnum)
{
    const int fd = ::open(localPath(path).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *errnum = errno;
        return nullptr;
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        *errnum = EISDIR;
        return nullptr;
    }
    return new LocalFile{fd};
}

int64_t LocalModelFileSource::read(void *file, uint64_t offset, size_t n, char *buffer, int *errnum)
{
    const int fd = static_cast<LocalFile *>(file)->fd;
    for (;;) {
        const ssize_t got = ::pread(fd, buffer, n, off_t(offset));
        if (got >= 0)
            return got;
        if (errno != EINTR) {
            *errnum = errno;
            return -1;
        }
    }
}

void LocalModelFileSource::close(void *file)
{
    std::unique_ptr<LocalFile> f(static_cast<LocalFile *>(file));
    ::close(f->fd);
}

int LocalModelFileSource::stat(const std::string &path, Stat *result)
{
    struct stat st {};
    if (::stat(localPath(path).c_str(), &st) != 0)
        return errno;
    result->size = st.st_size;
    result->isDirectory = S_ISDIR(st.st_mode);
    result->mtimeNsec = int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    return 0;
}

int LocalModelFileSource::list(const std::string &path, void (*add)(void *list, const char *name), void *list)
{
    std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(localPath(path).c_str()), ::closedir);
    if (!dir)
        return errno;
    errno = 0;
    while (const dirent *entry = ::readdir(dir.get())) {
        const std::string_view name(entry->d_name);
        if (name != "." && name != "..")
            add(list, entry->d_name);
        errno = 0;
    }
    return errno;
}
