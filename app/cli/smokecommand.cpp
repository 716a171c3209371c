#include "smokecommand.h"

#include "networkaccess.h"
#include "progressprinter.h"
#include "resolvejob.h"
#include "smokejob.h"
#include "smokeoptions.h"
#include "smokereport.h"
#include "smokerunner.h"
#include "storage.h"
#include "terminaltext.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace HubCache;

namespace {

void printLine(FILE *stream, const QString &text)
{
    TerminalText::writeLine(stream, text);
}

// "1048576", "512K", "256M", "2G" (powers of 1024); -1 when it is not such a size or overflows.
qint64 parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*([KMG]?)(?:i?B)?\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const qint64 number = m.captured(1).toLongLong(&ok);
    if (!ok)
        return -1;
    const QString unit = m.captured(2).toUpper();
    const int shift = unit == QLatin1String("K") ? 10 : unit == QLatin1String("M") ? 20 : unit == QLatin1String("G") ? 30 : 0;
    qint64 bytes = 0;
    if (__builtin_mul_overflow(number, qint64(1) << shift, &bytes))
        return -1;
    return bytes;
}

} // namespace

SmokeCommand::SmokeCommand(const Configuration &config)
    : m_config(config)
{
}

QString SmokeCommand::synopsis()
{
    return QStringLiteral("smoke HANDLE|PATH [--signature NAME] [--tags serve] [--json]");
}

QString SmokeCommand::description()
{
    return tr("Prove that a model loads and runs, without Python: resolve it (downloading if needed; in the "
              "UNCOMPRESSED load format or for a gs:// folder it is read in place from remote storage), load it "
              "with the TensorFlow C API in a helper process, reading every file through hubcache, run one "
              "signature on made-up inputs, and report times, bytes read (and from where) and each output's "
              "type and shape.");
}

void SmokeCommand::addOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("model"), tr("A model handle or a model folder."), QStringLiteral("HANDLE|PATH"));
    p.addOption({QStringLiteral("signature"), tr("The signature to run (default: serving_default, else the first)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("tags"), tr("The meta graph's tags, comma-separated (default: serve)."),
                 QStringLiteral("TAGS"), QStringLiteral("serve")});
    p.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    p.addOption({QStringLiteral("fill"), tr("The value of every element of numeric inputs (default: 0)."),
                 QStringLiteral("NUMBER"), QStringLiteral("0")});
    p.addOption({QStringLiteral("timeout"),
                 tr("Stop the TensorFlow helper after this many seconds (default: 600; 0: never)."),
                 QStringLiteral("SECONDS"), QStringLiteral("600")});
    p.addOption({QStringLiteral("max-input-size"),
                 tr("The most memory all made-up inputs may take together, in bytes or with a K, M or G "
                    "suffix (default: 256M)."),
                 QStringLiteral("SIZE"), QStringLiteral("256M")});
    p.addOption({QStringLiteral("in-process"),
                 tr("Load TensorFlow in this process instead of a helper process (a crash then ends hubcache).")});
    p.addOption({QStringLiteral("verbose"), tr("Show TensorFlow's own log on standard error.")});
    QCommandLineOption modelName(QStringLiteral("model-name"), tr("The model's name in messages."), QStringLiteral("TEXT"));
    modelName.setFlags(QCommandLineOption::HiddenFromHelp); // set by SmokeJob for its helper
    p.addOption(modelName);
}

int SmokeCommand::usage(const QString &problem)
{
    printLine(stderr, tr("hubcache: %1").arg(problem));
    printLine(stderr, tr("Try 'hubcache smoke --help'."));
    return 2;
}

int SmokeCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("smoke takes exactly one handle or model folder"));
    SmokeOptions options;
    options.handle = args.constFirst();
    options.tags = parser.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &tag : options.tags)
        tag = tag.trimmed();
    options.signature = parser.value(QStringLiteral("signature"));
    bool ok = false;
    options.fill = parser.value(QStringLiteral("fill")).toDouble(&ok);
    if (!ok)
        return usage(tr("--fill takes a number"));
    options.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || options.timeoutSeconds < 0)
        return usage(tr("--timeout takes a number of seconds"));
    options.maxInputBytes = parseSize(parser.value(QStringLiteral("max-input-size")));
    if (options.maxInputBytes <= 0)
        return usage(tr("--max-input-size takes a size above 0 in bytes, or with a K, M or G suffix (such as 512M)"));
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("in-process"))) {
        const QString name = parser.isSet(QStringLiteral("model-name")) ? parser.value(QStringLiteral("model-name"))
                                                                        : options.handle;
        return runInProcess(options, name, json);
    }
    return runWithHelper(options, json);
}

void SmokeCommand::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

int SmokeCommand::runWithHelper(const SmokeOptions &options, bool json)
{
    std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(m_config, nullptr));
    SmokeJob job(options, m_config, nam.get());
    m_job = &job;
    ProgressPrinter printer(options.handle, ProgressPrinter::styleFor(m_config.consoleProgressRequested(), false));
    bool downloading = false;
    QEventLoop loop;
    QObject::connect(&job, &SmokeJob::stageChanged, &loop, [&](SmokeJob::Stage stage) {
        if (stage == SmokeJob::Stage::Downloading && !downloading) {
            downloading = true;
            printer.started();
        } else if (downloading && stage > SmokeJob::Stage::Downloading) {
            printer.finished(!job.report().resolvedPath.isEmpty(), job.extractedBytes());
            downloading = false;
        }
    });
    QObject::connect(&job, &SmokeJob::progress, &loop, [&](SmokeJob *, qint64 processed, qint64 total) {
        printer.update(processed, total, job.extractedBytes());
    });
    QObject::connect(&job, &SmokeJob::infoMessage, &loop, [&](SmokeJob *, const QString &text) { printer.message(text); });
    QObject::connect(&job, &SmokeJob::result, &loop, &QEventLoop::quit);
    job.start();
    if (!m_cancelled)
        loop.exec();
    else
        job.cancel();
    m_job = nullptr;
    return print(job.report(), json);
}

int SmokeCommand::runInProcess(const SmokeOptions &options, const QString &modelName, bool json)
{
    SmokeReport report;
    if (Storage::isRemoteLocation(options.handle)) {
        // A model folder in remote storage (what SmokeJob hands its helper for UNCOMPRESSED):
        // read in place through hubcache's storage reader.
        report = SmokeRunner(options, m_config).run(options.handle, modelName);
    } else {
        std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(m_config, nullptr));
        ResolveJob resolve(options.handle, m_config, nam.get());
        resolve.setAutoDelete(false);
        if (!resolve.exec()) {
            report.handle = modelName;
            report.tags = options.tags;
            report.error = SmokeError::fromLibrary(resolve.error());
        } else {
            report = SmokeRunner(options, m_config).run(resolve.path(), modelName);
            report.cached = resolve.wasCached();
        }
    }
    const int code = print(report, json);
    // TensorFlow's static destructors are known to crash or hang at exit; the report is out, so
    // leave without running them.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

int SmokeCommand::print(const SmokeReport &report, bool json)
{
    if (json) {
        TerminalText::writeJson(stdout, QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    } else {
        for (const QString &line : report.toText())
            printLine(stdout, line);
        if (report.ok())
            printLine(stdout, tr("OK: the model loaded and ran."));
    }
    std::fflush(stdout);
    if (!report.ok())
        printLine(stderr, tr("hubcache: error: %1").arg(report.error.message()));
    return report.exitCode();
}
