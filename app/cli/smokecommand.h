#pragma once

#include "configuration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPointer>
#include <QString>

class SmokeJob;
struct SmokeOptions;
struct SmokeReport;

// `hubcache smoke HANDLE|PATH`: proves a model loads and runs with the TensorFlow C API. By default
// the model is resolved here and loaded in a helper process (SmokeJob); `--in-process` is that
// helper, loading TensorFlow in this process (SmokeRunner). Exit codes: 0 the model ran, 1 it did
// not (or the helper crashed), 2 bad usage, 3 the TensorFlow runtime is missing.
class SmokeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SmokeCommand)

public:
    explicit SmokeCommand(const HubCache::Configuration &config);

    [[nodiscard]] static QString synopsis();
    [[nodiscard]] static QString description();
    static void addOptions(QCommandLineParser &parser);

    [[nodiscard]] int run(const QCommandLineParser &parser);
    // Ctrl+C: stops the download or the helper; run() then returns.
    void cancel();

private:
    [[nodiscard]] int runWithHelper(const SmokeOptions &options, bool json);
    [[nodiscard]] int runInProcess(const SmokeOptions &options, const QString &modelName, bool json);
    [[nodiscard]] static int print(const SmokeReport &report, bool json);
    [[nodiscard]] static int usage(const QString &problem);

    HubCache::Configuration m_config;
    QPointer<SmokeJob> m_job;
    bool m_cancelled = false;
};
