#include "smokejob.h"

#include "logging.h"
#include "resolvejob.h"
#include "smokeplan.h"
#include "storage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace HubCache;

namespace {

constexpr qsizetype maxStderrKept = 64 * 1024;

} // namespace

SmokeJob::SmokeJob(const SmokeOptions &options, const Configuration &config, QNetworkAccessManager *nam,
                   QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_config(config)
    , m_nam(nam)
    , m_helperProgram(QCoreApplication::applicationFilePath())
{
    m_report.handle = options.handle;
    m_report.tags = options.tags;
    m_report.signature = options.signature;
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_helper)
            m_helper->kill();
    });
}

SmokeJob::~SmokeJob()
{
    if (m_helper && m_helper->state() != QProcess::NotRunning) {
        m_helper->disconnect(this);
        m_helper->kill();
        m_helper->waitForFinished(5000);
    }
}

qint64 SmokeJob::extractedBytes() const
{
    return m_resolve ? m_resolve->extractedBytes() : m_extracted;
}

void SmokeJob::start()
{
    m_elapsed.start();
    QMetaObject::invokeMethod(this, &SmokeJob::run, Qt::QueuedConnection);
}

void SmokeJob::cancel()
{
    if (m_finished)
        return;
    if (m_resolve)
        m_resolve->cancel(); // its result() finishes this job as cancelled
    if (m_helper) {
        m_helper->disconnect(this);
        m_helper->kill();
    }
    if (!m_resolve)
        finish(SmokeError::fromLibrary(Error(ErrorCode::Cancelled, ErrorContext{})));
}

void SmokeJob::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void SmokeJob::finish(const SmokeError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_report.error = error;
    setStage(Stage::Done);
    Q_EMIT result(this);
}

void SmokeJob::run()
{
    if (m_finished)
        return;
    setStage(Stage::Resolving);
    if (Storage::isRemoteLocation(m_options.handle)) {
        // A model folder in remote storage is read in place, as tensorflow_hub does: nothing to resolve.
        m_report.resolvedPath = m_options.handle;
        m_report.resolveMs = m_elapsed.elapsed();
        startHelper();
        return;
    }
    m_resolve = new ResolveJob(m_options.handle, m_config, m_nam, this);
    m_resolve->setAutoDelete(false);
    connect(m_resolve, &ResolveJob::stageChanged, this, [this](ResolveJob::Stage stage) {
        if (stage == ResolveJob::Stage::Downloading)
            setStage(Stage::Downloading);
    });
    connect(m_resolve, &Job::progress, this,
            [this](Job *, qint64 processed, qint64 total) { Q_EMIT progress(this, processed, total); });
    connect(m_resolve, &Job::infoMessage, this,
            [this](Job *, const QString &text) { Q_EMIT infoMessage(this, text); });
    connect(m_resolve, &Job::result, this, &SmokeJob::onResolved);
    m_resolve->start();
}

void SmokeJob::onResolved(Job *job)
{
    auto *resolve = static_cast<ResolveJob *>(job);
    m_extracted = resolve->extractedBytes();
    const Error error = resolve->error();
    m_report.cached = resolve->wasCached();
    m_report.resolveMs = m_elapsed.elapsed();
    const QString path = resolve->path();
    const bool remote = resolve->isRemote() || Storage::isRemoteLocation(path);
    resolve->deleteLater();
    m_resolve = nullptr;
    if (error) {
        finish(SmokeError::fromLibrary(error));
        return;
    }
    if (remote) {
        // UNCOMPRESSED: the model stays in remote storage; the helper reads it through hubcache's
        // storage reader, and TensorFlow checks it as it loads (no copy on disk to check first).
        m_report.resolvedPath = path;
        startHelper();
        return;
    }
    m_report.resolvedPath = QFileInfo(path).absoluteFilePath();

    // Cheap checks without TensorFlow first: they need no helper and name the problem exactly.
    setStage(Stage::Checking);
    SmokeError checkError;
    const SmokePlan plan = SmokePlan::forFolder(m_report.resolvedPath, m_options.handle, m_options, &checkError);
    m_report.signatures = plan.signatureKeys();
    if (checkError) {
        finish(checkError);
        return;
    }
    m_report.signature = plan.signature().key;
    startHelper();
}

void SmokeJob::startHelper()
{
    setStage(Stage::Loading);
    m_helper = new QProcess(this);
    // The helper resolves nothing: --offline, except for a remote model, which it reads itself.
    const bool remote = Storage::isRemoteLocation(m_report.resolvedPath);
    QStringList args{QStringLiteral("smoke"), QStringLiteral("--in-process"),
                     QStringLiteral("--json"), QStringLiteral("--model-name"), m_options.handle,
                     QStringLiteral("--tags"), m_options.tags.join(QLatin1Char(',')),
                     QStringLiteral("--fill"), QString::number(m_options.fill, 'g', 17),
                     QStringLiteral("--max-input-size"), QString::number(m_options.maxInputBytes)};
    if (!remote)
        args.prepend(QStringLiteral("--offline"));
    if (!m_options.signature.isEmpty())
        args << QStringLiteral("--signature") << m_options.signature;
    if (m_options.verbose)
        args << QStringLiteral("--verbose");
    args << QStringLiteral("--") << m_report.resolvedPath;
    m_helper->setProcessChannelMode(QProcess::SeparateChannels);
    // The helper gets no secret it does not need: Kaggle's never, Google's only to read a remote model
    // (a stored one it reads from the keychain itself; none of them is ever put in its environment).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KAGGLE_USERNAME"));
    env.remove(QStringLiteral("KAGGLE_KEY"));
    if (!remote) {
        env.remove(QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN"));
        env.remove(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"));
    }
    m_helper->setProcessEnvironment(env);
    // The helper must not outlive this process (killed, crashed): it would hold TensorFlow's
    // memory for nothing, or hang forever on a stuck model.
    const pid_t parent = ::getpid();
    m_helper->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
    connect(m_helper, &QProcess::readyReadStandardError, this, &SmokeJob::readHelperError);
    connect(m_helper, &QProcess::finished, this, &SmokeJob::onHelperFinished);
    connect(m_helper, &QProcess::errorOccurred, this, &SmokeJob::onHelperError);
    if (m_options.timeoutSeconds > 0)
        m_timeout.start(std::chrono::seconds(m_options.timeoutSeconds));
    qCInfo(lcTf) << "starting the TensorFlow helper:" << m_helperProgram << args;
    m_helper->start(m_helperProgram, args, QIODevice::ReadOnly);
}

void SmokeJob::readHelperError()
{
    const QByteArray chunk = m_helper->readAllStandardError();
    if (m_options.verbose) {
        // Line by line to the front end, which shows them as it shows all text (a terminal must
        // not get the control characters a model's paths or names may put into TensorFlow's log).
        m_verboseLine += chunk;
        for (qsizetype end = m_verboseLine.indexOf('\n'); end >= 0; end = m_verboseLine.indexOf('\n')) {
            Q_EMIT infoMessage(this, QString::fromLocal8Bit(m_verboseLine.left(end)));
            m_verboseLine.remove(0, end + 1);
        }
    }
    m_helperStderr += chunk;
    if (m_helperStderr.size() > maxStderrKept)
        m_helperStderr.remove(0, m_helperStderr.size() - maxStderrKept);
}

QString SmokeJob::lastHelperLine() const
{
    const QList<QByteArray> lines = m_helperStderr.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            return QString::fromLocal8Bit(line.left(500));
    }
    return {};
}

void SmokeJob::onHelperError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and exits arrive through finished()
    SmokeError::Context c;
    c.model = m_options.handle;
    c.detail = QStringLiteral("%1: %2").arg(m_helperProgram, m_helper->errorString());
    finish(SmokeError(SmokeError::Code::RunnerFailed, c));
}

void SmokeJob::onHelperFinished(int exitCode, QProcess::ExitStatus status)
{
    readHelperError();
    if (!m_verboseLine.isEmpty()) {
        Q_EMIT infoMessage(this, QString::fromLocal8Bit(m_verboseLine));
        m_verboseLine.clear();
    }
    const QByteArray out = m_helper->readAllStandardOutput();
    m_helper->deleteLater();
    m_helper = nullptr;
    SmokeError::Context c;
    c.model = m_options.handle;
    if (m_timedOut) {
        c.timeoutSeconds = m_options.timeoutSeconds;
        finish(SmokeError(SmokeError::Code::RunnerTimedOut, c));
        return;
    }
    if (status == QProcess::CrashExit) {
        c.signal = exitCode; // Qt reports the signal that ended the process as its exit code
        c.detail = lastHelperLine();
        finish(SmokeError(SmokeError::Code::RunnerCrashed, c));
        return;
    }
    // The report is the JSON at the end of standard output (a model's print op may write before it).
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (!doc.isObject()) {
        const qsizetype start = out.lastIndexOf("\n{");
        if (start >= 0)
            doc = QJsonDocument::fromJson(out.mid(start + 1), &parseError);
    }
    if (!doc.isObject() || !doc.object().contains(QLatin1String("ok"))) {
        c.detail = tr("it exited with code %1 without a report").arg(exitCode);
        if (const QString line = lastHelperLine(); !line.isEmpty())
            c.detail += QStringLiteral(" (") + line + QLatin1Char(')');
        finish(SmokeError(SmokeError::Code::RunnerFailed, c));
        return;
    }
    const SmokeReport helper = SmokeReport::fromJson(doc.object());
    // What the helper learnt about TensorFlow and the run; what this process learnt about the handle.
    SmokeReport merged = helper;
    merged.handle = m_report.handle;
    merged.resolvedPath = m_report.resolvedPath;
    merged.cached = m_report.cached;
    merged.resolveMs = m_report.resolveMs;
    m_report = merged;
    finish(helper.error);
}
