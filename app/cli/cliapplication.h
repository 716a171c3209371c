#pragma once

#include "configuration.h"
#include "error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

// The `hubcache` command line: parses the global flags and a command, builds the Configuration,
// and runs the command over the library. Every command returns the process exit code:
// 0 success, 1 failure (one line on stderr), 2 bad usage.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit CliApplication(const QStringList &arguments);

    [[nodiscard]] int run();

private:
    struct Command {
        QString name;
        QString synopsis;
        QString description;
        std::function<void(QCommandLineParser &)> addOptions;
        std::function<int(const QCommandLineParser &)> run;
    };

    void addGlobalOptions(QCommandLineParser &parser) const;
    [[nodiscard]] bool makeConfiguration(const QCommandLineParser &parser);
    [[nodiscard]] int usage(const QString &problem) const;
    [[nodiscard]] int fail(const HubCache::Error &error) const;
    [[nodiscard]] int fail(const QString &message) const;
    void printGeneralHelp() const;

    [[nodiscard]] int runResolve(const QCommandLineParser &parser);
    [[nodiscard]] int runPrefetch(const QCommandLineParser &parser);
    // For the commands that read or clean the cache without loading a model from it: false (after
    // saying why) when the cache folder is not a folder; an unsafe or shared folder is said on stderr.
    [[nodiscard]] bool checkCacheFolder() const;
    [[nodiscard]] int runList(const QCommandLineParser &parser);
    [[nodiscard]] int runInfo(const QCommandLineParser &parser);
    [[nodiscard]] int runRemove(const QCommandLineParser &parser);
    [[nodiscard]] int runPrune(const QCommandLineParser &parser);
    [[nodiscard]] int runConfig(const QCommandLineParser &parser);
    [[nodiscard]] int runSmoke(const QCommandLineParser &parser);

    QStringList m_arguments;
    QList<Command> m_commands;
    HubCache::Configuration m_config;
};
