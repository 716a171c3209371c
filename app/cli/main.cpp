// The `hubcache` executable. A warm resolve is answered here with Qt Core and the library's cache
// rules alone (WarmResolve); every other run loads the command line module, which holds all the
// commands over the whole library (network, archives, keychain, TensorFlow), and hands it the
// arguments. Starting a process that maps those libraries costs more than the hit itself.
#include "climain.h"
#include "terminaltext.h"
#include "warmresolve.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <dlfcn.h>

namespace {

// Where the module is installed relative to this executable (HUBCACHE_CLI_MODULE_PATH, from
// CMake; the build tree has the same layout).
QString modulePath()
{
    const QString exe = QFileInfo(QFile::decodeName("/proc/self/exe")).canonicalFilePath();
    return QDir::cleanPath(QFileInfo(exe).absolutePath() + QStringLiteral("/" HUBCACHE_CLI_MODULE_PATH));
}

int moduleFailure(int &argc, char **argv, const QString &path, const QString &why)
{
    QCoreApplication app(argc, argv);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("hubcache"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    TerminalText::writeLine(
        stderr, QCoreApplication::translate("hubcache", "hubcache: error: cannot load the command line module %1 (%2). "
                                                        "It is part of hubcache: reinstall hubcache.")
                    .arg(path, why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(TerminalText::writeLogMessage);
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (const std::optional<int> code = WarmResolve(arguments).answer())
        return *code;

    const QString path = modulePath();
    void *module = dlopen(QFile::encodeName(path).constData(), RTLD_LAZY | RTLD_LOCAL);
    if (!module)
        return moduleFailure(argc, argv, path, QString::fromLocal8Bit(dlerror()));
    const auto cliMain = reinterpret_cast<HubCacheCliMain>(dlsym(module, HUBCACHE_CLI_MAIN_SYMBOL));
    if (!cliMain)
        return moduleFailure(argc, argv, path, QString::fromLocal8Bit(dlerror()));
    // The module stays loaded: its objects live until exit.
    return cliMain(&argc, argv);
}
