#include "profileeditor.h"

#include "configuration.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace HubCache {

namespace {

// The start line is matched by prefix only, so a later version may reword it and still find old blocks.
constexpr char kBlockStartPrefix[] = "# >>> hubcache";
constexpr char kBlockStart[] = "# >>> hubcache: TensorFlow Hub settings (managed by hubcache; edit in the app) >>>";
constexpr char kBlockEnd[] = "# <<< hubcache <<<";
constexpr char kCacheDirName[] = "TFHUB_CACHE_DIR";
constexpr char kLoadFormatName[] = "TFHUB_MODEL_LOAD_FORMAT";

// -- Lines -------------------------------------------------------------------------------------------

// Each line keeps its own terminator ("\n", "\r\n" or none for a last line without one), so joining
// the lines again gives back the exact bytes.
using Lines = QList<QByteArray>;

Lines splitLines(const QByteArray &content)
{
    Lines lines;
    qsizetype start = 0;
    while (start < content.size()) {
        const qsizetype newline = content.indexOf('\n', start);
        if (newline < 0) {
            lines.append(content.mid(start));
            break;
        }
        lines.append(content.mid(start, newline - start + 1));
        start = newline + 1;
    }
    return lines;
}

QByteArray joinLines(const Lines &lines)
{
    QByteArray out;
    for (const QByteArray &line : lines)
        out += line;
    return out;
}

QByteArray lineBody(const QByteArray &line)
{
    QByteArray body = line;
    if (body.endsWith('\n'))
        body.chop(1);
    if (body.endsWith('\r'))
        body.chop(1);
    return body;
}

bool isBlankLine(const QByteArray &line)
{
    return lineBody(line).trimmed().isEmpty();
}

bool isCommentLine(const QByteArray &line)
{
    return lineBody(line).trimmed().startsWith('#');
}

struct BlockRange {
    qsizetype first = 0; // the start marker line
    qsizetype last = 0;  // the end marker line
};

// Finds every complete block. Unpaired markers mean someone edited the block by hand; guessing where it
// ends could delete their lines, so that is reported instead.
bool findBlocks(const Lines &lines, QList<BlockRange> *blocks, QString *problem)
{
    const QString endMarker = QString::fromLatin1(kBlockEnd);
    qsizetype open = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray body = lineBody(lines.at(i)).trimmed();
        if (body.startsWith(kBlockStartPrefix)) {
            if (open >= 0) {
                *problem = ProfileEditor::tr("the hubcache block that starts on line %1 has no end line '%2' "
                                             "before the next block starts on line %3; fix or delete the "
                                             "hubcache lines by hand, then try again")
                               .arg(open + 1).arg(endMarker).arg(i + 1);
                return false;
            }
            open = i;
        } else if (body == kBlockEnd) {
            if (open < 0) {
                *problem = ProfileEditor::tr("line %1 ends a hubcache block that never started (no line "
                                             "starting with '%2' above it); fix or delete the hubcache lines "
                                             "by hand, then try again")
                               .arg(i + 1).arg(QString::fromLatin1(kBlockStartPrefix));
                return false;
            }
            blocks->append({open, i});
            open = -1;
        }
    }
    if (open >= 0) {
        *problem = ProfileEditor::tr("the hubcache block that starts on line %1 has no end line '%2'; fix or "
                                     "delete the hubcache lines by hand, then try again")
                       .arg(open + 1).arg(endMarker);
        return false;
    }
    return true;
}

// Where a new block goes. Not at the end: Debian's and Ubuntu's skeleton ~/.bashrc starts with
// `case $- in *i*) ;; *) return;; esac`, and a login shell reads ~/.profile, which sources ~/.bashrc;
// so for non-interactive login shells (ssh host cmd, bash -l -c, many IDEs and job runners) everything
// after that guard is never run. The block therefore goes right after a leading header comment (a
// shebang and/or comment lines followed by a blank line), before any code. Comments directly above
// code belong to that code and are not split from it.
qsizetype insertionLine(const Lines &lines)
{
    const qsizetype n = lines.size();
    qsizetype first = 0;
    if (n > 0 && lines.first().startsWith("#!"))
        first = 1;
    qsizetype i = first;
    while (i < n && isCommentLine(lines.at(i)))
        ++i;
    if (i == n)
        return n;
    if (!isBlankLine(lines.at(i)))
        return first;
    while (i < n && isBlankLine(lines.at(i)))
        ++i;
    return i;
}

// A block that is followed by other lines is written with one empty line after it; a block at the end
// of the file is written after a newline (which ends a last line that had none, or else makes an empty
// line). Removal takes exactly that separator away again, so add + remove gives back the original bytes.
void insertBlock(Lines *lines, const Lines &block)
{
    const qsizetype at = insertionLine(*lines);
    if (at < lines->size()) {
        lines->insert(at, QByteArray("\n"));
        for (qsizetype i = block.size() - 1; i >= 0; --i)
            lines->insert(at, block.at(i));
        return;
    }
    if (!lines->isEmpty()) {
        if (lines->last().endsWith('\n'))
            lines->append(QByteArray("\n"));
        else
            lines->last().append('\n');
    }
    lines->append(block);
}

void removeBlock(Lines *lines, BlockRange range)
{
    qsizetype first = range.first;
    qsizetype last = range.last;
    if (last + 1 < lines->size()) {
        if (lineBody(lines->at(last + 1)).isEmpty())
            ++last;
    } else if (first > 0) {
        if (lineBody(lines->at(first - 1)).isEmpty())
            --first;
        else
            (*lines)[first - 1].chop(1); // the '\n' that insertBlock() added to a last line without one
    }
    lines->remove(first, last - first + 1);
}

// -- Values as text ----------------------------------------------------------------------------------

// A cache folder "~" or "~/rest" is written relative to $HOME, so it follows the home folder; `rest`
// gets the bytes after the "~".
QByteArray splitHome(const QString &value, bool *home)
{
    *home = value == QLatin1String("~") || value.startsWith(QLatin1String("~/"));
    return QFile::encodeName(*home ? value.mid(1) : value);
}

bool isShellSafe(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || std::strchr("_@%+=:,./-", c) != nullptr;
}

bool allShellSafe(const QByteArray &bytes, bool allowDollar)
{
    for (const char c : bytes) {
        if (!isShellSafe(c) && !(allowDollar && c == '$'))
            return false;
    }
    return true;
}

// Single quotes keep every byte literal in bash; an embedded ' closes the quote, adds \' and reopens.
QByteArray shellQuote(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    if (allShellSafe(bytes, false))
        return bytes;
    QByteArray quoted = bytes;
    quoted.replace('\'', QByteArray("'\\''"));
    return '\'' + quoted + '\'';
}

QByteArray shellWord(const QString &value)
{
    bool home = false;
    const QByteArray rest = splitHome(value, &home);
    if (!home)
        return shellQuote(rest);
    return QByteArray("\"$HOME\"") + shellQuote(rest);
}

// environment.d(5) documents KEY=VALUE with $VAR / ${VAR} expansion and "no other shell syntax". A
// plain value is written as is. Others are double-quoted with \ before " \ and `, which is systemd's
// env-file syntax (as for EnvironmentFile=), the parser the environment.d generator uses. A literal $
// is written $$: the generator expands variables after unquoting, so \$ would not protect it, and its
// replace_env() turns $$ into $ (the test checks this against the real generator when installed).
QByteArray environmentDWord(const QString &value)
{
    bool home = false;
    const QByteArray rest = splitHome(value, &home);
    const bool plain = allShellSafe(rest, true);
    QByteArray escaped;
    for (const char c : rest) {
        if (c == '$')
            escaped += "$$";
        else if (!plain && (c == '"' || c == '\\' || c == '`'))
            escaped += '\\' + QByteArray(1, c);
        else
            escaped += c;
    }
    if (home)
        escaped.prepend("${HOME}");
    if (plain)
        return escaped;
    return '"' + escaped + '"';
}

// Removes one level of bash quoting from a word as renderBashrc() writes it, or as people usually
// write it by hand: '...', "..." with \-escapes, \x. Stops at unquoted whitespace or ';'. Nothing is
// expanded. Returns nothing for an unterminated quote.
std::optional<QByteArray> unquoteShellWord(const QByteArray &word)
{
    QByteArray out;
    qsizetype i = 0;
    const qsizetype n = word.size();
    while (i < n) {
        const char c = word.at(i);
        if (c == '\'') {
            const qsizetype close = word.indexOf('\'', i + 1);
            if (close < 0)
                return std::nullopt;
            out += word.mid(i + 1, close - i - 1);
            i = close + 1;
        } else if (c == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char d = word.at(i);
                if (d == '\\' && i + 1 < n) {
                    const char next = word.at(i + 1);
                    if (std::strchr("$`\"\\", next) == nullptr)
                        out += '\\';
                    out += next;
                    i += 2;
                } else if (d == '"') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    out += d;
                    ++i;
                }
            }
            if (!closed)
                return std::nullopt;
        } else if (c == '\\') {
            if (i + 1 < n)
                out += word.at(i + 1);
            i += 2;
        } else if (c == ' ' || c == '\t' || c == ';') {
            break;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

std::optional<QString> decodeShellWord(const QByteArray &word)
{
    // A leading $HOME or ~ (however quoted) comes back as "~", the form renderBashrc() takes.
    static const char *const homePrefixes[] = {"\"$HOME\"", "\"${HOME}\"", "${HOME}", "$HOME", "~"};
    for (const char *prefix : homePrefixes) {
        if (!word.startsWith(prefix))
            continue;
        const std::optional<QByteArray> rest = unquoteShellWord(word.mid(qstrlen(prefix)));
        if (rest && (rest->isEmpty() || rest->startsWith('/')))
            return QString(QLatin1Char('~') + QFile::decodeName(*rest));
        break;
    }
    const std::optional<QByteArray> bytes = unquoteShellWord(word);
    if (!bytes)
        return std::nullopt;
    return QFile::decodeName(*bytes);
}

// systemd's env-file unquoting: leading blanks skipped; "..." keeps \ except before " \ ` $;
// '...' is literal; unquoted \x is x; trailing unquoted blanks dropped. Then $HOME/${HOME} at the
// start becomes "~" and $$ becomes $, mirroring environmentDWord().
std::optional<QString> decodeEnvironmentDWord(const QByteArray &raw)
{
    QByteArray out;
    qsizetype i = 0;
    const qsizetype n = raw.size();
    while (i < n && (raw.at(i) == ' ' || raw.at(i) == '\t'))
        ++i;
    qsizetype keep = 0; // bytes of `out` that trailing-blank trimming must not touch
    if (i < n && (raw.at(i) == '"' || raw.at(i) == '\'')) {
        const char quote = raw.at(i++);
        bool closed = false;
        while (i < n) {
            const char c = raw.at(i);
            if (quote == '"' && c == '\\' && i + 1 < n) {
                const char next = raw.at(i + 1);
                if (std::strchr("\"\\`$", next) == nullptr)
                    out += '\\';
                out += next;
                i += 2;
            } else if (c == quote) {
                closed = true;
                ++i;
                break;
            } else {
                out += c;
                ++i;
            }
        }
        if (!closed)
            return std::nullopt;
        keep = out.size();
    }
    while (i < n) {
        const char c = raw.at(i);
        if (c == '\\' && i + 1 < n) {
            out += raw.at(i + 1);
            i += 2;
            keep = out.size();
        } else {
            out += c;
            ++i;
        }
    }
    while (out.size() > keep && (out.endsWith(' ') || out.endsWith('\t')))
        out.chop(1);

    QString prefix;
    for (const char *home : {"${HOME}", "$HOME"}) {
        const qsizetype length = qstrlen(home);
        if (out.startsWith(home) && (out.size() == length || out.at(length) == '/')) {
            prefix = QStringLiteral("~");
            out.remove(0, length);
            break;
        }
    }
    out.replace("$$", "$");
    return QString(prefix + QFile::decodeName(out));
}

// "NAME=value" or "export NAME=value" (already without its line terminator).
std::optional<std::pair<QByteArray, QByteArray>> splitAssignment(const QByteArray &line, bool allowExport)
{
    QByteArray body = line.trimmed();
    if (allowExport && (body.startsWith("export ") || body.startsWith("export\t")))
        body = body.mid(7).trimmed();
    const qsizetype eq = body.indexOf('=');
    if (eq <= 0)
        return std::nullopt;
    return std::make_pair(body.left(eq).trimmed(), body.mid(eq + 1));
}

void assign(ProfileEditor::Values *values, const QByteArray &name, const std::optional<QString> &value)
{
    if (!value)
        return;
    if (name == kCacheDirName)
        values->cacheDir = *value;
    else if (name == kLoadFormatName)
        values->loadFormat = *value;
}

QByteArray bashrcBlock(const ProfileEditor::Values &values)
{
    QByteArray block = QByteArray(kBlockStart) + '\n';
    if (values.cacheDir)
        block += QByteArray("export ") + kCacheDirName + '=' + shellWord(*values.cacheDir) + '\n';
    if (values.loadFormat)
        block += QByteArray("export ") + kLoadFormatName + '=' + shellWord(*values.loadFormat) + '\n';
    block += QByteArray(kBlockEnd) + '\n';
    return block;
}

// -- Files -------------------------------------------------------------------------------------------

Error fileError(const QString &path, const QString &detail)
{
    ErrorContext context;
    context.path = path;
    context.detail = detail;
    return Error(ErrorCode::FileError, context);
}

// ErrorCode::NotWritable's text is about the cache folder, which would mislead here, so a failed
// write is a FileError whose detail says what to do; a full disk keeps its own code and text.
Error systemError(int errnum, const QString &path)
{
    ErrorContext context;
    context.path = path;
    context.systemError = errnum;
    const ErrorCode code = Error::codeForSystemError(errnum) == ErrorCode::DiskFull ? ErrorCode::DiskFull
                                                                                     : ErrorCode::FileError;
    context.detail = ProfileEditor::tr("%1; check that you may write to %2, or add the lines shown in the "
                                       "app to the file by hand")
                         .arg(QString::fromLocal8Bit(std::strerror(errnum)), QFileInfo(path).absolutePath());
    return Error(code, context);
}

QString readLinkText(const QString &path)
{
    char buffer[PATH_MAX];
    const ssize_t length = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
    return length < 0 ? QString() : QFile::decodeName(QByteArray(buffer, length));
}

// The file an edit really goes to.
struct FileState {
    QString writePath; // the regular file to replace: the final target when the path is a symlink
    bool exists = false;
    mode_t mode = 0;
    gid_t group = 0;
};

// Dotfile managers (stow, chezmoi, home-manager, yadm) make ~/.bashrc a symlink. Replacing the link
// with a file would silently detach it from the user's dotfiles, so the edit goes to the final
// target — but only when that is a regular file of ours; anything else is refused with what to do.
Error inspectForWriting(const QString &path, FileState *state)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(encoded.constData(), &st) != 0) {
        if (errno != ENOENT)
            return systemError(errno, path);
        state->writePath = path;
        state->exists = false;
        return {};
    }

    QString target = path;
    const bool isLink = S_ISLNK(st.st_mode);
    const QString linkText = isLink ? readLinkText(path) : QString();
    if (isLink) {
        char *resolved = ::realpath(encoded.constData(), nullptr);
        if (!resolved) {
            const int errnum = errno;
            if (errnum == ENOENT)
                return fileError(path, ProfileEditor::tr("it is a symbolic link to %1, which does not exist; "
                                                         "repair or remove the link, then try again")
                                           .arg(linkText));
            if (errnum == ELOOP)
                return fileError(path, ProfileEditor::tr("it is a symbolic link to %1 that leads back to "
                                                         "itself; repair or remove the link, then try again")
                                           .arg(linkText));
            return fileError(path, ProfileEditor::tr("cannot follow its symbolic link to %1 (%2); repair or "
                                                     "remove the link, then try again")
                                       .arg(linkText, QString::fromLocal8Bit(std::strerror(errnum))));
        }
        target = QFile::decodeName(resolved);
        const int statResult = ::stat(resolved, &st);
        const int errnum = errno;
        std::free(resolved);
        if (statResult != 0)
            return systemError(errnum, target);
    }

    if (!S_ISREG(st.st_mode)) {
        if (isLink)
            return fileError(path, ProfileEditor::tr("it is a symbolic link to %1, which is not a regular "
                                                     "file; point the link at a file, or add the lines by hand")
                                       .arg(target));
        return fileError(path, ProfileEditor::tr("it is not a regular file; move it away, or add the lines "
                                                 "by hand"));
    }
    if (st.st_uid != ::geteuid()) {
        // Replacing it would hand the file to us and drop the owner's rights to it.
        if (isLink)
            return fileError(path, ProfileEditor::tr("it is a symbolic link to %1, which belongs to another "
                                                     "user (uid %2); hubcache only edits your own files, so "
                                                     "add the lines by hand")
                                       .arg(target).arg(st.st_uid));
        return fileError(path, ProfileEditor::tr("it belongs to another user (uid %1); hubcache only edits "
                                                 "your own files, so add the lines by hand")
                                   .arg(st.st_uid));
    }
    state->writePath = target;
    state->exists = true;
    state->mode = st.st_mode & 07777;
    state->group = st.st_gid;
    return {};
}

Error readWhole(const QString &path, QByteArray *content)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, file.errorString());
    *content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fileError(path, file.errorString());
    return {};
}

// Temp file in the same folder + fsync + rename: a shell starting at any moment reads the old file or
// the new one, never half of each, and a crash leaves the old one. The temp name starts with a dot and
// does not end in ".conf", so the environment.d generator never reads a half-written file. rename()
// replaces a symlink at `path` rather than writing through it. `like` gives the mode and group to keep;
// `expected` is the content read earlier: if the file changed since (an editor saved it), we stop
// instead of overwriting the user's edit.
Error writeAtomically(const QString &path, const QByteArray &bytes, const FileState *like,
                      const QByteArray *expected)
{
    const QFileInfo info(path);
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 16; ++attempt) {
        temp = folder + "/." + QFile::encodeName(info.fileName()) + ".hubcache-"
            + QByteArray::number(QRandomGenerator::global()->generate(), 36);
        // 0666 lets the umask decide the mode of a new file, as any editor would.
        fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0 && errno != EEXIST)
            return systemError(errno, path);
    }
    if (fd < 0)
        return systemError(EEXIST, path);

    const auto fail = [&](int errnum) {
        ::close(fd);
        ::unlink(temp.constData());
        return systemError(errnum, path);
    };
    if (like && like->exists) {
        // Before any byte is written: a 0600 ~/.bashrc often holds tokens.
        if (::fchmod(fd, like->mode) != 0)
            return fail(errno);
        if (::fchown(fd, static_cast<uid_t>(-1), like->group) != 0)
            qCDebug(lcConfig) << "could not keep the group of" << path << std::strerror(errno);
    }
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno);
        }
        written += n;
    }
    if (::fsync(fd) != 0)
        return fail(errno);
    if (::close(fd) != 0) {
        const int errnum = errno;
        ::unlink(temp.constData());
        return systemError(errnum, path);
    }
    if (expected) {
        QByteArray now;
        const Error readError = readWhole(path, &now);
        if (readError || now != *expected) {
            ::unlink(temp.constData());
            return readError ? readError
                             : fileError(path, ProfileEditor::tr("it was changed by another program while "
                                                                 "hubcache was editing it; try again"));
        }
    }
    if (::rename(temp.constData(), target.constData()) != 0) {
        const int errnum = errno;
        ::unlink(temp.constData());
        return systemError(errnum, path);
    }
    // Makes the rename itself durable; failing here loses nothing that is already visible.
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        (void)::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

// One planned change to one file; everything is planned (and refusals found) before anything is written.
struct Edit {
    QString path;       // the path the user knows, e.g. ~/.bashrc
    FileState state;
    QByteArray before;
    QByteArray after;
    bool deleteEntry = false; // delete `path` itself (the environment.d file) instead of writing
    QString backupPath;       // empty: no backup

    [[nodiscard]] bool changes() const
    {
        if (deleteEntry)
            return state.exists;
        return state.exists ? after != before : !after.isEmpty();
    }
};

Error blockError(const QString &path, const Error &error)
{
    if (error.code() != ErrorCode::InvalidConfiguration)
        return error;
    ErrorContext context = error.context();
    context.path = path;
    context.detail = path + QStringLiteral(": ") + context.detail;
    return Error(ErrorCode::InvalidConfiguration, context);
}

Error planBashrc(const QString &home, const ProfileEditor::Values &values, Edit *edit)
{
    edit->path = ProfileEditor::bashrcPath(home);
    edit->backupPath = ProfileEditor::bashrcBackupPath(home);
    if (Error e = inspectForWriting(edit->path, &edit->state))
        return e;
    if (edit->state.exists) {
        if (Error e = readWhole(edit->state.writePath, &edit->before))
            return e;
    }
    Error renderError;
    edit->after = ProfileEditor::renderBashrc(edit->before, values, &renderError);
    return blockError(edit->path, renderError);
}

Error planEnvironmentD(const QString &path, const ProfileEditor::Values &values, Edit *edit)
{
    edit->path = path;
    if (values.isEmpty()) {
        // The whole file is ours: removing means deleting the entry (a symlink is unlinked, never
        // followed, so a dotfiles copy it points to is left alone).
        struct stat st {};
        edit->deleteEntry = true;
        edit->state.writePath = path;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            if (errno != ENOENT)
                return systemError(errno, path);
            return {};
        }
        if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode))
            return fileError(path, ProfileEditor::tr("it is not a regular file; remove it by hand"));
        edit->state.exists = true;
        return {};
    }
    if (Error e = inspectForWriting(path, &edit->state))
        return e;
    if (edit->state.exists) {
        if (Error e = readWhole(edit->state.writePath, &edit->before))
            return e;
    }
    Error renderError;
    edit->after = ProfileEditor::renderEnvironmentD(values, &renderError);
    return renderError;
}

Error commit(const Edit &edit)
{
    if (!edit.changes())
        return {};
    if (edit.deleteEntry) {
        if (::unlink(QFile::encodeName(edit.path).constData()) != 0 && errno != ENOENT)
            return systemError(errno, edit.path);
        qCInfo(lcConfig) << "removed" << edit.path;
        return {};
    }
    if (edit.state.exists && !edit.backupPath.isEmpty()) {
        if (Error e = writeAtomically(edit.backupPath, edit.before, &edit.state, nullptr))
            return e;
    }
    if (!edit.state.exists) {
        const QString folder = QFileInfo(edit.state.writePath).absolutePath();
        if (!QDir().mkpath(folder))
            return fileError(folder, ProfileEditor::tr("cannot create this folder; check the permissions of "
                                                       "the folder above it"));
    }
    if (Error e = writeAtomically(edit.state.writePath, edit.after, &edit.state,
                                  edit.state.exists ? &edit.before : nullptr))
        return e;
    qCInfo(lcConfig) << "wrote" << edit.state.writePath;
    return {};
}

Error checkHome(const QString &home)
{
    if (!home.isEmpty() && QDir::isAbsolutePath(home))
        return {};
    ErrorContext context;
    context.path = home;
    context.detail = ProfileEditor::tr("the home folder '%1' is not an absolute path").arg(home);
    return Error(ErrorCode::InvalidConfiguration, context);
}

Error applyEdits(const QString &home, const ProfileEditor::Values &values, ProfileEditor::Targets targets,
                 const QProcessEnvironment &environment)
{
    if (Error e = checkHome(home))
        return e;
    QList<Edit> edits;
    if (targets.testFlag(ProfileEditor::Target::Bashrc)) {
        Edit edit;
        if (Error e = planBashrc(home, values, &edit))
            return e;
        edits.append(edit);
    }
    if (targets.testFlag(ProfileEditor::Target::EnvironmentD)) {
        Edit edit;
        if (Error e = planEnvironmentD(ProfileEditor::environmentDPath(home, environment), values, &edit))
            return e;
        edits.append(edit);
    }
    for (const Edit &edit : std::as_const(edits)) {
        if (Error e = commit(edit))
            return e;
    }
    return {};
}

} // namespace

Error ProfileEditor::validate(const Values &values)
{
    if (values.cacheDir) {
        const QString &dir = *values.cacheDir;
        QString problem;
        if (dir.isEmpty())
            problem = tr("the TensorFlow Hub cache folder is empty; choose a folder, or leave TFHUB_CACHE_DIR unset");
        else if (dir.contains(QLatin1Char('\n')) || dir.contains(QLatin1Char('\r')) || dir.contains(QChar(0)))
            problem = tr("the cache folder '%1' contains a line break, which a shell profile cannot hold; "
                         "choose another folder").arg(dir);
        else if (!dir.startsWith(QLatin1Char('/')) && dir != QLatin1String("~") && !dir.startsWith(QLatin1String("~/")))
            problem = tr("the cache folder '%1' is not an absolute path; login shells start in other folders, "
                         "so give the full path (or one starting with ~/)").arg(dir);
        if (!problem.isEmpty()) {
            ErrorContext context;
            context.path = dir;
            context.detail = problem;
            return Error(ErrorCode::InvalidConfiguration, context);
        }
    }
    if (values.loadFormat && !Configuration::parseLoadFormat(*values.loadFormat)) {
        ErrorContext context;
        context.detail = *values.loadFormat;
        return Error(ErrorCode::InvalidLoadFormat, context);
    }
    return {};
}

QByteArray ProfileEditor::renderBashrc(const QByteArray &existing, const Values &values, Error *error)
{
    const auto fail = [&](const Error &e) {
        if (error)
            *error = e;
        return existing;
    };
    if (Error e = validate(values))
        return fail(e);

    Lines lines = splitLines(existing);
    QList<BlockRange> blocks;
    QString problem;
    if (!findBlocks(lines, &blocks, &problem)) {
        ErrorContext context;
        context.detail = problem;
        return fail(Error(ErrorCode::InvalidConfiguration, context));
    }
    if (error)
        *error = {};

    // A copied block is ours too: keep the first (updated in place), drop the rest, last first so the
    // earlier ranges stay valid.
    const qsizetype keep = values.isEmpty() ? 0 : 1;
    for (qsizetype b = blocks.size() - 1; b >= keep; --b)
        removeBlock(&lines, blocks.at(b));
    if (values.isEmpty())
        return joinLines(lines);

    const Lines block = splitLines(bashrcBlock(values));
    if (blocks.isEmpty()) {
        insertBlock(&lines, block);
    } else {
        const BlockRange range = blocks.first();
        lines.remove(range.first, range.last - range.first + 1);
        for (qsizetype i = block.size() - 1; i >= 0; --i)
            lines.insert(range.first, block.at(i));
    }
    return joinLines(lines);
}

std::optional<ProfileEditor::Values> ProfileEditor::readBashrc(const QByteArray &content)
{
    const Lines lines = splitLines(content);
    std::optional<Values> values;
    for (const QByteArray &line : lines) {
        const QByteArray body = lineBody(line).trimmed();
        if (!values) {
            if (body.startsWith(kBlockStartPrefix))
                values = Values();
            continue;
        }
        if (body == kBlockEnd)
            return values;
        if (const auto assignment = splitAssignment(body, true))
            assign(&*values, assignment->first, decodeShellWord(assignment->second));
    }
    return std::nullopt; // no block, or one without its end line
}

QByteArray ProfileEditor::renderEnvironmentD(const Values &values, Error *error)
{
    const Error invalid = validate(values);
    if (error)
        *error = invalid;
    if (invalid || values.isEmpty())
        return {};
    QByteArray content = QByteArray(
        "# TensorFlow Hub settings for desktop sessions, read at login by systemd's environment.d generator.\n"
        "# Managed by hubcache: change them in the app, which rewrites or deletes this whole file.\n");
    if (values.cacheDir)
        content += QByteArray(kCacheDirName) + '=' + environmentDWord(*values.cacheDir) + '\n';
    if (values.loadFormat)
        content += QByteArray(kLoadFormatName) + '=' + environmentDWord(*values.loadFormat) + '\n';
    return content;
}

std::optional<ProfileEditor::Values> ProfileEditor::readEnvironmentD(const QByteArray &content)
{
    Values values;
    bool found = false;
    for (const QByteArray &line : splitLines(content)) {
        const QByteArray body = lineBody(line).trimmed();
        if (body.isEmpty() || body.startsWith('#') || body.startsWith(';'))
            continue;
        const auto assignment = splitAssignment(body, false);
        if (!assignment || (assignment->first != kCacheDirName && assignment->first != kLoadFormatName))
            continue;
        const std::optional<QString> value = decodeEnvironmentDWord(assignment->second);
        assign(&values, assignment->first, value);
        found = found || value.has_value();
    }
    if (!found)
        return std::nullopt;
    return values;
}

QString ProfileEditor::bashrcPath(const QString &home)
{
    return QDir(home).filePath(QStringLiteral(".bashrc"));
}

QString ProfileEditor::bashrcBackupPath(const QString &home)
{
    return QDir(home).filePath(QStringLiteral(".bashrc.hubcache-backup"));
}

QString ProfileEditor::environmentDPath(const QString &home, const QProcessEnvironment &environment)
{
    // XDG base directory spec: a relative XDG_CONFIG_HOME is invalid and must be ignored.
    QString config = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir(home).filePath(QStringLiteral(".config"));
    return QDir::cleanPath(config + QStringLiteral("/environment.d/60-hubcache.conf"));
}

Error ProfileEditor::apply(const QString &home, const Values &values, Targets targets,
                           const QProcessEnvironment &environment)
{
    if (Error e = validate(values))
        return e;
    return applyEdits(home, values, targets, environment);
}

Error ProfileEditor::remove(const QString &home, Targets targets, const QProcessEnvironment &environment)
{
    return applyEdits(home, Values(), targets, environment);
}

ProfileEditor::Values ProfileEditor::current(const QString &home, Targets targets,
                                             const QProcessEnvironment &environment)
{
    Values result;
    QByteArray content;
    if (targets.testFlag(Target::Bashrc) && !readWhole(bashrcPath(home), &content)) {
        if (const std::optional<Values> values = readBashrc(content))
            result = *values;
    }
    content.clear();
    if (targets.testFlag(Target::EnvironmentD) && !readWhole(environmentDPath(home, environment), &content)) {
        if (const std::optional<Values> values = readEnvironmentD(content)) {
            if (!result.cacheDir)
                result.cacheDir = values->cacheDir;
            if (!result.loadFormat)
                result.loadFormat = values->loadFormat;
        }
    }
    return result;
}

} // namespace HubCache
