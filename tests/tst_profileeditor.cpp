#include "profileeditor.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace HubCache;
using Values = ProfileEditor::Values;
using Target = ProfileEditor::Target;

Q_DECLARE_METATYPE(HubCache::ProfileEditor::Values)

namespace {

const QString kGenerator = u"/usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator"_qs;

// The start of Debian's /etc/skel/.bashrc, used where the real one is not installed: what matters is the
// header comment and the guard that ends the file early for non-interactive shells.
const QByteArray kInlineSkelBashrc =
    "# ~/.bashrc: executed by bash(1) for non-login shells.\n"
    "# see /usr/share/doc/bash/examples/startup-files (in the package bash-doc)\n"
    "# for examples\n"
    "\n"
    "# If not running interactively, don't do anything\n"
    "case $- in\n"
    "    *i*) ;;\n"
    "      *) return;;\n"
    "esac\n"
    "\n"
    "# don't put duplicate lines or lines starting with space in the history.\n"
    "HISTCONTROL=ignoreboth\n"
    "alias ll='ls -alF'\n";

// Debian's ~/.profile reduced to the part that matters: a login shell sources ~/.bashrc.
const QByteArray kInlineSkelProfile =
    "# ~/.profile: executed by the command interpreter for login shells.\n"
    "if [ -n \"$BASH_VERSION\" ]; then\n"
    "    if [ -f \"$HOME/.bashrc\" ]; then\n"
    "\t. \"$HOME/.bashrc\"\n"
    "    fi\n"
    "fi\n";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray skelFile(const QString &path, const QByteArray &fallback)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : fallback;
}

QByteArray skelBashrc()
{
    return skelFile(u"/etc/skel/.bashrc"_qs, kInlineSkelBashrc);
}

QByteArray skelProfile()
{
    return skelFile(u"/etc/skel/.profile"_qs, kInlineSkelProfile);
}

// XDG_CONFIG_HOME unset: the editor must use <home>/.config, never the test runner's config folder.
QProcessEnvironment noXdg()
{
    return QProcessEnvironment();
}

Values values(const std::optional<QString> &cacheDir, const std::optional<QString> &loadFormat = std::nullopt)
{
    Values v;
    v.cacheDir = cacheDir;
    v.loadFormat = loadFormat;
    return v;
}

QString expandHome(const QString &home, const QString &value)
{
    if (value == u"~"_qs)
        return home;
    if (value.startsWith(u"~/"_qs))
        return home + value.mid(1);
    return value;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(program, arguments);
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(60000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString bash()
{
    return QStandardPaths::findExecutable(u"bash"_qs);
}

// What a new non-interactive login shell (ssh host cmd, IDEs, job runners) sees:
// env -i HOME=<home> bash -l -c 'printf %s "$VAR"'.
QString loginShellValue(const QString &home, const QString &variable = u"TFHUB_CACHE_DIR"_qs)
{
    const Run r = run(QStandardPaths::findExecutable(u"env"_qs),
                      {u"-i"_qs, u"HOME="_qs + home, bash(), u"-l"_qs, u"-c"_qs,
                       u"printf %s \"$"_qs + variable + u"\""_qs});
    if (r.exitCode != 0)
        qWarning() << "login shell failed:" << r.exitCode << r.err;
    return QString::fromUtf8(r.out);
}

// Sources one file in a clean non-interactive bash.
QString sourcedValue(const QString &home, const QString &file, const QString &variable = u"TFHUB_CACHE_DIR"_qs)
{
    const Run r = run(QStandardPaths::findExecutable(u"env"_qs),
                      {u"-i"_qs, u"HOME="_qs + home, bash(), u"--norc"_qs, u"--noprofile"_qs, u"-c"_qs,
                       u". \"$1\"; printf %s \"$"_qs + variable + u"\""_qs, u"bash"_qs, file});
    return QString::fromUtf8(r.out);
}

// Undoes the generator's output quoting: values that need it come in double quotes with C-style
// escapes (\t, \n, \xNN, \ooo) and a backslash before " \ ` $. Not bash syntax: bash would keep \t
// as is, and eval would expand a ~ after a ':' in an assignment.
QString decodeGeneratorValue(const QByteArray &raw)
{
    if (raw.size() < 2 || !raw.startsWith('"') || !raw.endsWith('"'))
        return QString::fromUtf8(raw);
    const QByteArray v = raw.mid(1, raw.size() - 2);
    QByteArray out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) != '\\' || i + 1 == v.size()) {
            out += v.at(i);
            continue;
        }
        const char c = v.at(++i);
        switch (c) {
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case 'x':
            out += char(v.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
            break;
        default:
            if (c >= '0' && c <= '7') {
                out += char(v.mid(i, 3).toInt(nullptr, 8));
                i += 2;
            } else {
                out += c;
            }
        }
    }
    return QString::fromUtf8(out);
}

// What systemd's environment.d generator would give a desktop session. Nothing when the variable is
// not set.
std::optional<QString> generatorValue(const QString &home, const QString &configHome, const QString &variable)
{
    QProcessEnvironment env;
    env.insert(u"HOME"_qs, home);
    env.insert(u"XDG_CONFIG_HOME"_qs, configHome);
    env.insert(u"PATH"_qs, u"/usr/bin:/bin"_qs);
    const Run r = run(kGenerator, {}, env);
    if (r.exitCode != 0) {
        qWarning() << "generator failed:" << r.exitCode << r.err;
        return std::nullopt;
    }
    const QByteArray prefix = variable.toUtf8() + '=';
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.startsWith(prefix))
            return decodeGeneratorValue(line.mid(prefix.size()));
    }
    return std::nullopt;
}

bool isSubsequence(const QByteArray &needle, const QByteArray &haystack)
{
    qsizetype j = 0;
    for (qsizetype i = 0; i < haystack.size() && j < needle.size(); ++i) {
        if (haystack.at(i) == needle.at(j))
            ++j;
    }
    return j == needle.size();
}

// The managed block's text in `content`, from its start line to the end of its end line.
QByteArray blockText(const QByteArray &content, qsizetype *start = nullptr)
{
    const qsizetype from = content.indexOf("# >>> hubcache");
    const qsizetype endLine = content.indexOf("# <<< hubcache <<<", from);
    if (from < 0 || endLine < 0)
        return {};
    qsizetype to = content.indexOf('\n', endLine);
    to = to < 0 ? content.size() : to + 1;
    if (start)
        *start = from;
    return content.mid(from, to - from);
}

// Everything under root: link targets, folders, file modes and contents (symlinks are not followed).
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QString rel = QDir(root).relativeFilePath(path);
        if (info.isSymLink())
            entries.insert(rel, "link:" + QFile::encodeName(info.symLinkTarget()));
        else if (info.isDir())
            entries.insert(rel, "dir");
        else
            entries.insert(rel, "file:" + QByteArray::number(int(info.permissions()), 16) + ':' + readFile(path));
    }
    return entries;
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

ino_t inodeOf(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

bool setOldMtime(const QString &path, const QDateTime &when)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.setFileTime(when, QFileDevice::FileModificationTime);
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsBlockNearTheTop()
    {
        QTemporaryDir home;
        const QByteArray original = skelBashrc();
        const QString bashrc = ProfileEditor::bashrcPath(home.path());
        QVERIFY(writeFile(bashrc, original));

        const Values v = values(u"/srv/tfhub"_qs, u"COMPRESSED"_qs);
        const Error e = ProfileEditor::apply(home.path(), v, Target::Bashrc, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));

        const QByteArray content = readFile(bashrc);
        QCOMPARE(content, ProfileEditor::renderBashrc(original, v));
        QCOMPARE(ProfileEditor::readBashrc(content), std::optional<Values>(v));
        QCOMPARE(ProfileEditor::current(home.path(), Target::Bashrc, noXdg()), v);

        // Every original byte is still there, in order, and the only addition is the block plus the
        // empty line that separates it from the user's lines.
        qsizetype start = -1;
        const QByteArray block = blockText(content, &start);
        QVERIFY(!block.isEmpty());
        QVERIFY(block.contains("export TFHUB_CACHE_DIR=/srv/tfhub\n"));
        QVERIFY(block.contains("export TFHUB_MODEL_LOAD_FORMAT=COMPRESSED\n"));
        QCOMPARE(content.left(start) + content.mid(start + block.size() + 1), original);
        QCOMPARE(content.at(start + block.size()), '\n');

        // Before the non-interactive guard, after the header comment.
        const qsizetype guard = content.indexOf("case $- in");
        QVERIFY(guard > 0);
        QVERIFY(start < guard);
        QVERIFY(content.startsWith(original.left(original.indexOf("\n\n") + 2)));

        // No environment.d file when only ~/.bashrc was asked for; no stray files.
        QVERIFY(!QFile::exists(ProfileEditor::environmentDPath(home.path(), noXdg())));
        QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList({u".bashrc"_qs, u".bashrc.hubcache-backup"_qs}));
    }

    void loginShellSeesTheValue()
    {
        QTemporaryDir home;
        QVERIFY(writeFile(home.filePath(u".profile"_qs), skelProfile()));
        QVERIFY(writeFile(home.filePath(u".bashrc"_qs), skelBashrc()));
        QCOMPARE(loginShellValue(home.path()), QString());

        // The premise of putting the block near the top: appended at the end, a non-interactive login
        // shell never reaches it.
        QVERIFY(writeFile(home.filePath(u".bashrc"_qs),
                          skelBashrc() + "export TFHUB_CACHE_DIR=/appended\n"));
        QCOMPARE(loginShellValue(home.path()), QString());
        QVERIFY(writeFile(home.filePath(u".bashrc"_qs), skelBashrc()));

        Error e = ProfileEditor::apply(home.path(), values(u"/srv/tfhub cache"_qs, u"AUTO"_qs), Target::Bashrc, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(loginShellValue(home.path()), u"/srv/tfhub cache"_qs);
        QCOMPARE(loginShellValue(home.path(), u"TFHUB_MODEL_LOAD_FORMAT"_qs), u"AUTO"_qs);

        e = ProfileEditor::apply(home.path(), values(u"~/tfhub models"_qs), Target::Bashrc, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(loginShellValue(home.path()), home.path() + u"/tfhub models"_qs);
        // An unset value is not written at all.
        QCOMPARE(loginShellValue(home.path(), u"TFHUB_MODEL_LOAD_FORMAT"_qs), QString());
        QVERIFY(!readFile(home.filePath(u".bashrc"_qs)).contains("TFHUB_MODEL_LOAD_FORMAT"));

        e = ProfileEditor::remove(home.path(), Target::Bashrc, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(loginShellValue(home.path()), QString());
        QCOMPARE(readFile(home.filePath(u".bashrc"_qs)), skelBashrc());
    }

    void updateReplacesTheBlockInPlace()
    {
        QTemporaryDir home;
        const QString bashrc = ProfileEditor::bashrcPath(home.path());
        QVERIFY(writeFile(bashrc, skelBashrc()));
        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/old"_qs, u"COMPRESSED"_qs), Target::Bashrc, noXdg()));

        // The user edits around the block afterwards.
        QByteArray edited = readFile(bashrc);
        qsizetype start = -1;
        const QByteArray oldBlock = blockText(edited, &start);
        edited.insert(start + oldBlock.size(), "# a line the user added under the block\n");
        edited.insert(start, "# a line the user added above the block\n");
        edited += "alias hub='echo hi'\n";
        QVERIFY(writeFile(bashrc, edited));

        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/new place"_qs), Target::Bashrc, noXdg()));
        const QByteArray content = readFile(bashrc);
        const QByteArray newBlock = blockText(content, &start);
        QVERIFY(newBlock.contains("export TFHUB_CACHE_DIR='/new place'\n"));
        QVERIFY(!newBlock.contains("TFHUB_MODEL_LOAD_FORMAT"));
        QCOMPARE(content.count("# >>> hubcache"), 1);
        // Only the block changed, where it was.
        QCOMPARE(content.left(start), edited.left(edited.indexOf("# >>> hubcache")));
        QCOMPARE(content.mid(start + newBlock.size()),
                 edited.mid(edited.indexOf("# >>> hubcache") + oldBlock.size()));
    }

    void applyingTwiceChangesNothing()
    {
        QTemporaryDir home;
        const QString bashrc = ProfileEditor::bashrcPath(home.path());
        const QString envd = ProfileEditor::environmentDPath(home.path(), noXdg());
        QVERIFY(writeFile(bashrc, skelBashrc()));
        const Values v = values(u"~/models"_qs, u"UNCOMPRESSED"_qs);
        QVERIFY(!ProfileEditor::apply(home.path(), v, {Target::Bashrc, Target::EnvironmentD}, noXdg()));

        const QByteArray bashrcBytes = readFile(bashrc);
        const QByteArray envdBytes = readFile(envd);
        const QDateTime past(QDate(2001, 1, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(setOldMtime(bashrc, past));
        QVERIFY(setOldMtime(envd, past));
        const ino_t bashrcInode = inodeOf(bashrc);
        const ino_t envdInode = inodeOf(envd);
        QVERIFY(QFile::remove(ProfileEditor::bashrcBackupPath(home.path())));

        QCOMPARE(ProfileEditor::renderBashrc(bashrcBytes, v), bashrcBytes);
        const Error e = ProfileEditor::apply(home.path(), v, {Target::Bashrc, Target::EnvironmentD}, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(readFile(bashrc), bashrcBytes);
        QCOMPARE(readFile(envd), envdBytes);
        QCOMPARE(QFileInfo(bashrc).lastModified().toUTC(), past);
        QCOMPARE(QFileInfo(envd).lastModified().toUTC(), past);
        QCOMPARE(inodeOf(bashrc), bashrcInode);
        QCOMPARE(inodeOf(envd), envdInode);
        // Nothing changed, so nothing was backed up either.
        QVERIFY(!QFile::exists(ProfileEditor::bashrcBackupPath(home.path())));
    }

    void removeRestoresTheOriginal_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QByteArray>("original");
        QTest::newRow("skeleton") << true << skelBashrc();
        QTest::newRow("no file") << false << QByteArray();
        QTest::newRow("empty file") << true << QByteArray();
        QTest::newRow("code without trailing newline") << true << QByteArray("export A=1\nalias ll='ls -l'");
        QTest::newRow("comments only") << true << QByteArray("# just comments\n# nothing else\n");
        QTest::newRow("one comment without trailing newline") << true << QByteArray("# just a comment");
        QTest::newRow("header then blank lines") << true << QByteArray("# header\n\n\n");
        QTest::newRow("shebang then code") << true << QByteArray("#!/bin/bash\nexport PATH=$HOME/bin:$PATH\n");
        QTest::newRow("comment belongs to code") << true << QByteArray("# the editor\nexport EDITOR=vi\n");
        QTest::newRow("blank lines first") << true << QByteArray("\n\nexport A=1\n");
        QTest::newRow("crlf") << true << QByteArray("# header\r\n\r\nexport A=1\r\nalias x='y'\r\n");
        QTest::newRow("crlf without trailing newline") << true << QByteArray("# header\r\n\r\nexport A=1\r\nalias x='y'");
        QTest::newRow("last line has a lone CR") << true << QByteArray("# header\r");
        QTest::newRow("not utf-8") << true << QByteArray("# caf\xe9\n\nexport GREETING='h\xe9llo \xff'\n");
        QTest::newRow("whitespace-only last line") << true << QByteArray("export A=1\n   ");
    }

    void removeRestoresTheOriginal()
    {
        QFETCH(bool, exists);
        QFETCH(QByteArray, original);
        QTemporaryDir home;
        const QString bashrc = ProfileEditor::bashrcPath(home.path());
        if (exists)
            QVERIFY(writeFile(bashrc, original));

        const Values v = values(u"/srv/it's \"here\""_qs, u"COMPRESSED"_qs);
        Error e = ProfileEditor::apply(home.path(), v, Target::Bashrc, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));
        const QByteArray content = readFile(bashrc);
        const QByteArray block = blockText(content);
        QVERIFY(!block.isEmpty());
        QVERIFY(!block.contains('\r')); // bash would keep a CR in the value
        QVERIFY(isSubsequence(original, content));
        // The block, plus one newline to separate it from the user's lines when there are any.
        QCOMPARE(content.size(), original.size() + block.size() + (original.isEmpty() ? 0 : 1));
        QCOMPARE(ProfileEditor::readBashrc(content), std::optional<Values>(v));
        QCOMPARE(sourcedValue(home.path(), bashrc), *v.cacheDir);

        e = ProfileEditor::remove(home.path(), Target::Bashrc, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(readFile(bashrc), original);
        QCOMPARE(ProfileEditor::readBashrc(readFile(bashrc)), std::nullopt);
    }

    void fileWithoutTrailingNewline()
    {
        QTemporaryDir home;
        const QString bashrc = ProfileEditor::bashrcPath(home.path());

        // With code: the block goes on top and the unterminated last line stays as it was.
        const QByteArray code = "export A=1\nalias ll='ls -l'";
        QVERIFY(writeFile(bashrc, code));
        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/a"_qs), Target::Bashrc, noXdg()));
        QByteArray content = readFile(bashrc);
        QVERIFY(content.startsWith("# >>> hubcache"));
        QVERIFY(content.endsWith(QByteArray("\n\n" + code)));

        // Only a comment: the block follows it, with just the newline needed to separate them.
        const QByteArray comment = "# just a comment";
        QVERIFY(writeFile(bashrc, comment));
        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/a"_qs), Target::Bashrc, noXdg()));
        content = readFile(bashrc);
        QCOMPARE(content, comment + '\n' + blockText(content));
        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/b"_qs), Target::Bashrc, noXdg()));
        QCOMPARE(sourcedValue(home.path(), bashrc), u"/b"_qs);
        QVERIFY(!ProfileEditor::remove(home.path(), Target::Bashrc, noXdg()));
        QCOMPARE(readFile(bashrc), comment);
    }

    void crlfLinesSurvive()
    {
        QTemporaryDir home;
        const QString bashrc = ProfileEditor::bashrcPath(home.path());
        const QByteArray original = "# header\r\n\r\nexport A=1\r\nalias x='y'\r\n";
        QVERIFY(writeFile(bashrc, original));
        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/a b"_qs), Target::Bashrc, noXdg()));
        const QByteArray content = readFile(bashrc);
        QVERIFY(content.startsWith("# header\r\n\r\n# >>> hubcache"));
        QVERIFY(content.endsWith("# <<< hubcache <<<\n\nexport A=1\r\nalias x='y'\r\n"));
        QCOMPARE(content.count("\r\n"), original.count("\r\n"));
        QCOMPARE(sourcedValue(home.path(), bashrc), u"/a b"_qs);
        // Updating finds a block even when an editor converted it to CRLF.
        QByteArray converted = content;
        converted.replace("hubcache <<<\n", "hubcache <<<\r\n");
        QVERIFY(writeFile(bashrc, converted));
        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/c"_qs), Target::Bashrc, noXdg()));
        QCOMPARE(readFile(bashrc).count("# >>> hubcache"), 1);
        QCOMPARE(sourcedValue(home.path(), bashrc), u"/c"_qs);
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("cacheDir");
        QTest::newRow("plain") << u"/srv/tfhub"_qs;
        QTest::newRow("spaces") << u"/srv/tf hub  cache"_qs;
        QTest::newRow("single quote") << u"/srv/it's mine"_qs;
        QTest::newRow("double quotes") << u"/srv/\"quoted\""_qs;
        QTest::newRow("dollars") << u"/srv/$HOME and ${USER} and $(id) and $$"_qs;
        QTest::newRow("dollar at the end") << u"/srv/end$"_qs;
        QTest::newRow("unquoted-safe dollar") << u"/srv/a$b"_qs;
        QTest::newRow("backslashes") << u"/srv/back\\slash\\"_qs;
        QTest::newRow("backticks") << u"/srv/`id`"_qs;
        QTest::newRow("tab") << u"/srv/tab\there"_qs;
        QTest::newRow("trailing space") << u"/srv/trailing "_qs;
        QTest::newRow("tilde inside") << u"/srv/a:~/b"_qs;
        QTest::newRow("shell specials") << u"/srv/a;b&c|d*e?[f]#g!h"_qs;
        QTest::newRow("unicode") << u"/srv/ünïcødé 模型"_qs;
        QTest::newRow("home") << u"~"_qs;
        QTest::newRow("under home") << u"~/tf hub's $cache"_qs;
        QTest::newRow("tilde user is literal") << u"/srv/~user"_qs;
    }

    void quoting()
    {
        QFETCH(QString, cacheDir);
        QTemporaryDir home;
        QVERIFY(writeFile(home.filePath(u".profile"_qs), skelProfile()));
        QVERIFY(writeFile(home.filePath(u".bashrc"_qs), skelBashrc()));
        const Values v = values(cacheDir, u"COMPRESSED"_qs);
        const Error e = ProfileEditor::apply(home.path(), v, {Target::Bashrc, Target::EnvironmentD}, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));

        const QString expected = expandHome(home.path(), cacheDir);
        QCOMPARE(loginShellValue(home.path()), expected);
        QCOMPARE(ProfileEditor::readBashrc(readFile(ProfileEditor::bashrcPath(home.path()))),
                 std::optional<Values>(v));

        const QString envd = ProfileEditor::environmentDPath(home.path(), noXdg());
        QCOMPARE(ProfileEditor::readEnvironmentD(readFile(envd)), std::optional<Values>(v));
        QCOMPARE(ProfileEditor::current(home.path(), Target::EnvironmentD, noXdg()), v);
        if (QFileInfo(kGenerator).isExecutable())
            QCOMPARE(generatorValue(home.path(), home.filePath(u".config"_qs), u"TFHUB_CACHE_DIR"_qs),
                     std::optional<QString>(expected));
        else
            qInfo("systemd's environment.d generator is not installed; checked the parse-back only");
    }

    void followsSymlinkToRegularFile()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkdir(u"dotfiles"_qs));
        const QString target = home.filePath(u"dotfiles/bashrc"_qs);
        const QByteArray original = skelBashrc();
        QVERIFY(writeFile(target, original));
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0640) == 0);
        const QString link = ProfileEditor::bashrcPath(home.path());
        QVERIFY(QFile::link(u"dotfiles/bashrc"_qs, link));
        QVERIFY(writeFile(home.filePath(u".profile"_qs), skelProfile()));

        Error e = ProfileEditor::apply(home.path(), values(u"/via link"_qs), Target::Bashrc, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(modeOf(target), mode_t(0640));
        QVERIFY(blockText(readFile(target)).contains("'/via link'"));
        QCOMPARE(readFile(ProfileEditor::bashrcBackupPath(home.path())), original);
        QCOMPARE(QDir(home.filePath(u"dotfiles"_qs)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList({u"bashrc"_qs}));
        QCOMPARE(loginShellValue(home.path()), u"/via link"_qs);

        e = ProfileEditor::remove(home.path(), Target::Bashrc, noXdg());
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readFile(target), original);
    }

    void refusesUnsafeTargets_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("dangling symlink") << u"dangling"_qs;
        QTest::newRow("symlink to a folder") << u"folder"_qs;
        QTest::newRow("symlink loop") << u"loop"_qs;
        QTest::newRow("symlink to another user's file") << u"other-user"_qs;
        QTest::newRow(".bashrc is a folder") << u"is-folder"_qs;
    }

    void refusesUnsafeTargets()
    {
        QFETCH(QString, kind);
        QTemporaryDir home;
        const QString link = ProfileEditor::bashrcPath(home.path());
        QString mention; // what the message must name besides the link
        if (kind == u"dangling"_qs) {
            QVERIFY(QFile::link(u"dotfiles/missing-bashrc"_qs, link));
            mention = u"dotfiles/missing-bashrc"_qs;
        } else if (kind == u"folder"_qs) {
            QVERIFY(QDir(home.path()).mkdir(u"somewhere"_qs));
            QVERIFY(QFile::link(home.filePath(u"somewhere"_qs), link));
            mention = QFileInfo(home.filePath(u"somewhere"_qs)).canonicalFilePath();
        } else if (kind == u"loop"_qs) {
            QVERIFY(QFile::link(u"loop-a"_qs, link));
            QVERIFY(QFile::link(u".bashrc"_qs, home.filePath(u"loop-a"_qs)));
            mention = u"loop-a"_qs;
        } else if (kind == u"other-user"_qs) {
            QString foreign;
            if (::geteuid() == 0) {
                // As root we can make a file that belongs to someone else (nobody).
                foreign = home.filePath(u"foreign-bashrc"_qs);
                QVERIFY(writeFile(foreign, "export A=1\n"));
                QVERIFY(::chown(QFile::encodeName(foreign).constData(), 65534, 65534) == 0);
            } else {
                foreign = u"/etc/passwd"_qs; // a regular file that belongs to root
                struct stat st {};
                QVERIFY(::stat("/etc/passwd", &st) == 0 && st.st_uid != ::geteuid());
            }
            QVERIFY(QFile::link(foreign, link));
            mention = QFileInfo(foreign).canonicalFilePath();
        } else {
            QVERIFY(QDir(home.path()).mkdir(u".bashrc"_qs));
        }
        QVERIFY(writeFile(home.filePath(u"unrelated"_qs), "keep me\n"));
        const QMap<QString, QByteArray> before = snapshot(home.path());
        const QByteArray passwd = readFile(u"/etc/passwd"_qs);

        for (const bool removing : {false, true}) {
            const Error e = removing
                ? ProfileEditor::remove(home.path(), {Target::Bashrc, Target::EnvironmentD}, noXdg())
                : ProfileEditor::apply(home.path(), values(u"/x"_qs), {Target::Bashrc, Target::EnvironmentD}, noXdg());
            QVERIFY(e.isError());
            QCOMPARE(e.code(), ErrorCode::FileError);
            QCOMPARE(e.context().path, link);
            QVERIFY2(e.message().contains(link), qPrintable(e.message()));
            QVERIFY2(mention.isEmpty() || e.message().contains(mention), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"by hand"_qs) || e.message().contains(u"try again"_qs),
                     qPrintable(e.message()));
            // Nothing written anywhere: not even the environment.d file, which was fine on its own.
            QCOMPARE(snapshot(home.path()), before);
            QCOMPARE(readFile(u"/etc/passwd"_qs), passwd);
        }
    }

    void refusesAForeignRegularBashrc()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give a file to another user");
        QTemporaryDir home;
        const QString bashrc = ProfileEditor::bashrcPath(home.path());
        QVERIFY(writeFile(bashrc, "export A=1\n"));
        QVERIFY(::chown(QFile::encodeName(bashrc).constData(), 65534, 65534) == 0);
        const QMap<QString, QByteArray> before = snapshot(home.path());
        const Error e = ProfileEditor::apply(home.path(), values(u"/x"_qs), Target::Bashrc, noXdg());
        QCOMPARE(e.code(), ErrorCode::FileError);
        QVERIFY2(e.message().contains(u"another user"_qs), qPrintable(e.message()));
        QCOMPARE(snapshot(home.path()), before);
    }

    void backupHoldsThePreviousContent()
    {
        QTemporaryDir home;
        const QString bashrc = ProfileEditor::bashrcPath(home.path());
        const QString backup = ProfileEditor::bashrcBackupPath(home.path());
        const QByteArray original = "# secrets live here\n\nexport TOKEN=abc\n";
        QVERIFY(writeFile(bashrc, original));
        QVERIFY(::chmod(QFile::encodeName(bashrc).constData(), 0600) == 0);

        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/one"_qs), Target::Bashrc, noXdg()));
        QCOMPARE(readFile(backup), original);
        QCOMPARE(modeOf(bashrc), mode_t(0600));
        QCOMPARE(modeOf(backup), mode_t(0600));
        const QByteArray afterOne = readFile(bashrc);

        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/two"_qs), Target::Bashrc, noXdg()));
        QCOMPARE(readFile(backup), afterOne);
        const QByteArray afterTwo = readFile(bashrc);

        QVERIFY(!ProfileEditor::remove(home.path(), Target::Bashrc, noXdg()));
        QCOMPARE(readFile(backup), afterTwo);
        QCOMPARE(readFile(bashrc), original);
        QCOMPARE(modeOf(bashrc), mode_t(0600));

        // A symlink where the backup goes is replaced, never written through.
        QVERIFY(writeFile(home.filePath(u"elsewhere"_qs), "untouched\n"));
        QVERIFY(QFile::remove(backup));
        QVERIFY(QFile::link(home.filePath(u"elsewhere"_qs), backup));
        QVERIFY(!ProfileEditor::apply(home.path(), values(u"/three"_qs), Target::Bashrc, noXdg()));
        QCOMPARE(readFile(home.filePath(u"elsewhere"_qs)), QByteArray("untouched\n"));
        QVERIFY(!QFileInfo(backup).isSymLink());
        QCOMPARE(readFile(backup), original);

        // No temporary files left behind.
        QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList({u".bashrc"_qs, u".bashrc.hubcache-backup"_qs, u"elsewhere"_qs}));
    }

    void environmentDFile()
    {
        QTemporaryDir home;
        QProcessEnvironment env;
        const QString configHome = home.filePath(u"xdg config"_qs);
        env.insert(u"XDG_CONFIG_HOME"_qs, configHome);
        const QString path = ProfileEditor::environmentDPath(home.path(), env);
        QCOMPARE(path, configHome + u"/environment.d/60-hubcache.conf"_qs);
        QCOMPARE(ProfileEditor::environmentDPath(home.path(), noXdg()),
                 home.path() + u"/.config/environment.d/60-hubcache.conf"_qs);
        QProcessEnvironment relative;
        relative.insert(u"XDG_CONFIG_HOME"_qs, u"relative/config"_qs);
        QCOMPARE(ProfileEditor::environmentDPath(home.path(), relative),
                 home.path() + u"/.config/environment.d/60-hubcache.conf"_qs);
        const bool haveGenerator = QFileInfo(kGenerator).isExecutable();

        // Created, with a header that says who owns it.
        const Values first = values(u"/srv/tfhub"_qs, u"COMPRESSED"_qs);
        Error e = ProfileEditor::apply(home.path(), first, Target::EnvironmentD, env);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(!QFile::exists(ProfileEditor::bashrcPath(home.path())));
        QByteArray content = readFile(path);
        QVERIFY(content.startsWith("# "));
        QVERIFY(content.contains("hubcache"));
        QVERIFY(content.contains("\nTFHUB_CACHE_DIR=/srv/tfhub\n"));
        QVERIFY(content.contains("\nTFHUB_MODEL_LOAD_FORMAT=COMPRESSED\n"));
        QCOMPARE(ProfileEditor::readEnvironmentD(content), std::optional<Values>(first));
        QCOMPARE(ProfileEditor::current(home.path(), Target::EnvironmentD, env), first);
        if (haveGenerator) {
            QCOMPARE(generatorValue(home.path(), configHome, u"TFHUB_CACHE_DIR"_qs), std::optional<QString>(u"/srv/tfhub"_qs));
            QCOMPARE(generatorValue(home.path(), configHome, u"TFHUB_MODEL_LOAD_FORMAT"_qs),
                     std::optional<QString>(u"COMPRESSED"_qs));
        }

        // Updated.
        const Values second = values(u"~/tf $hub"_qs);
        e = ProfileEditor::apply(home.path(), second, Target::EnvironmentD, env);
        QVERIFY2(!e, qPrintable(e.message()));
        content = readFile(path);
        QVERIFY(!content.contains("TFHUB_MODEL_LOAD_FORMAT"));
        QCOMPARE(ProfileEditor::readEnvironmentD(content), std::optional<Values>(second));
        if (haveGenerator) {
            QCOMPARE(generatorValue(home.path(), configHome, u"TFHUB_CACHE_DIR"_qs),
                     std::optional<QString>(home.path() + u"/tf $hub"_qs));
            QCOMPARE(generatorValue(home.path(), configHome, u"TFHUB_MODEL_LOAD_FORMAT"_qs), std::nullopt);
        }

        // Removed: the file goes, the folder stays, nothing else is left.
        e = ProfileEditor::remove(home.path(), Target::EnvironmentD, env);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(configHome + u"/environment.d"_qs).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        QCOMPARE(ProfileEditor::current(home.path(), Target::EnvironmentD, env), Values());
        if (haveGenerator)
            QCOMPARE(generatorValue(home.path(), configHome, u"TFHUB_CACHE_DIR"_qs), std::nullopt);
        // Removing again is fine.
        QVERIFY(!ProfileEditor::remove(home.path(), Target::EnvironmentD, env));
    }

    void readsHandWrittenEnvironmentD()
    {
        const QByteArray content = "# mine\n; also a comment\nOTHER=1\n"
                                   "TFHUB_CACHE_DIR = \"/a \\\"b\\\" \\x\"\n"
                                   "TFHUB_MODEL_LOAD_FORMAT='AUTO'  \n";
        const std::optional<Values> v = ProfileEditor::readEnvironmentD(content);
        QVERIFY(v);
        QCOMPARE(v->cacheDir, std::optional<QString>(u"/a \"b\" \\x"_qs));
        QCOMPARE(v->loadFormat, std::optional<QString>(u"AUTO"_qs));
        QCOMPARE(ProfileEditor::readEnvironmentD("# nothing of ours\nOTHER=1\n"), std::nullopt);
    }

    void brokenMarkersAreReported_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("line");
        QTest::newRow("start without end")
            << QByteArray("export A=1\n# >>> hubcache: x >>>\nexport TFHUB_CACHE_DIR=/a\n") << u"line 2"_qs;
        QTest::newRow("end without start") << QByteArray("export A=1\n\n# <<< hubcache <<<\n") << u"line 3"_qs;
        QTest::newRow("two starts")
            << QByteArray("# >>> hubcache: x >>>\n# >>> hubcache: x >>>\n# <<< hubcache <<<\n") << u"line 1"_qs;
    }

    void brokenMarkersAreReported()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, line);
        Error e;
        QCOMPARE(ProfileEditor::renderBashrc(content, values(u"/a"_qs), &e), content);
        QCOMPARE(e.code(), ErrorCode::InvalidConfiguration);
        QVERIFY2(e.message().contains(line), qPrintable(e.message()));

        QTemporaryDir home;
        const QString bashrc = ProfileEditor::bashrcPath(home.path());
        QVERIFY(writeFile(bashrc, content));
        const QMap<QString, QByteArray> before = snapshot(home.path());
        for (const bool removing : {false, true}) {
            e = removing ? ProfileEditor::remove(home.path(), {Target::Bashrc, Target::EnvironmentD}, noXdg())
                         : ProfileEditor::apply(home.path(), values(u"/a"_qs), {Target::Bashrc, Target::EnvironmentD}, noXdg());
            QCOMPARE(e.code(), ErrorCode::InvalidConfiguration);
            QVERIFY2(e.message().contains(bashrc), qPrintable(e.message()));
            QCOMPARE(snapshot(home.path()), before);
        }
    }

    void copiedBlocksCollapseIntoOne()
    {
        const QByteArray block = ProfileEditor::renderBashrc({}, values(u"/old"_qs));
        const QByteArray content = "# header\n\n" + block + "\nexport A=1\n" + block + "\nexport B=2\n";
        const QByteArray result = ProfileEditor::renderBashrc(content, values(u"/new"_qs));
        QCOMPARE(result.count("# >>> hubcache"), 1);
        QCOMPARE(result, "# header\n\n" + ProfileEditor::renderBashrc({}, values(u"/new"_qs))
                             + "\nexport A=1\nexport B=2\n");
        QCOMPARE(ProfileEditor::renderBashrc(content, Values()), QByteArray("# header\n\nexport A=1\nexport B=2\n"));
        // Nothing to write and no block: the content comes back untouched.
        QCOMPARE(ProfileEditor::renderBashrc(skelBashrc(), Values()), skelBashrc());
    }

    void invalidValuesWriteNothing_data()
    {
        QTest::addColumn<Values>("v");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("relative folder") << values(u"models"_qs) << ErrorCode::InvalidConfiguration;
        QTest::newRow("empty folder") << values(QString()) << ErrorCode::InvalidConfiguration;
        QTest::newRow("line break") << values(u"/a\nexport EVIL=1"_qs) << ErrorCode::InvalidConfiguration;
        QTest::newRow("tilde user") << values(u"~root/x"_qs) << ErrorCode::InvalidConfiguration;
        QTest::newRow("bad load format") << values(u"/a"_qs, u"compressed"_qs) << ErrorCode::InvalidLoadFormat;
    }

    void invalidValuesWriteNothing()
    {
        QFETCH(Values, v);
        QFETCH(ErrorCode, code);
        QTemporaryDir home;
        QVERIFY(writeFile(ProfileEditor::bashrcPath(home.path()), skelBashrc()));
        const QMap<QString, QByteArray> before = snapshot(home.path());
        const Error e = ProfileEditor::apply(home.path(), v, {Target::Bashrc, Target::EnvironmentD}, noXdg());
        QCOMPARE(e.code(), code);
        QVERIFY(!e.message().isEmpty());
        QCOMPARE(snapshot(home.path()), before);
        QCOMPARE(ProfileEditor::validate(v).code(), code);
        QCOMPARE(ProfileEditor::renderEnvironmentD(v), QByteArray());
    }

    void refusesARelativeHome()
    {
        const Error e = ProfileEditor::apply(QString(), values(u"/a"_qs), Target::Bashrc, noXdg());
        QCOMPARE(e.code(), ErrorCode::InvalidConfiguration);
    }
};


QTEST_GUILESS_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
