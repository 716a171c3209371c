#pragma once

#include "configuration.h"
#include "smokeoptions.h"
#include "smokereport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

class QNetworkAccessManager;

namespace HubCache {
class Job;
class ResolveJob;
}

// A smoke test of one model, the way a front end runs it: resolve the handle (cache or download),
// check the SavedModel without TensorFlow, then load and run it in a helper process
// (`hubcache smoke --in-process`), never in the caller: TensorFlow brings its own protobuf, LLVM
// and BoringSSL symbols, and a model that crashes TensorFlow must not take the caller down. The
// helper's crash, hang or garbage becomes an error in the report.
//
// It follows the library's job shape (start() only schedules, progress in bytes, cancel(),
// result() exactly once) without being a HubCache::Job, because its failures (TensorFlow missing,
// a wrong tag, a crashed helper) are not library errors: report().error carries them.
class SmokeJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmokeJob)

public:
    enum class Stage {
        Resolving,
        Downloading,
        Checking,
        Loading,
        Done,
    };
    Q_ENUM(Stage)

    // nam may be null: the resolve then makes its own from the configuration.
    SmokeJob(const SmokeOptions &options, const HubCache::Configuration &config, QNetworkAccessManager *nam = nullptr,
             QObject *parent = nullptr);
    ~SmokeJob() override;

    // The program started as `PROGRAM smoke --in-process …`; by default this executable, which a
    // front end other than the command line sets to the `hubcache` binary.
    void setHelperProgram(const QString &program) { m_helperProgram = program; }

    void start();
    // Ends the job as cancelled (the helper is killed); result() still comes once.
    void cancel();

    [[nodiscard]] const SmokeReport &report() const { return m_report; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] Stage stage() const { return m_stage; }
    // Bytes extracted so far by a download (0 when the model was cached).
    [[nodiscard]] qint64 extractedBytes() const;

Q_SIGNALS:
    void stageChanged(SmokeJob::Stage stage);
    void progress(SmokeJob *job, qint64 processed, qint64 total);
    void infoMessage(SmokeJob *job, const QString &text);
    void result(SmokeJob *job);

private:
    void run();
    void onResolved(HubCache::Job *job);
    void startHelper();
    void onHelperFinished(int exitCode, QProcess::ExitStatus status);
    void onHelperError(QProcess::ProcessError error);
    void readHelperError();
    void finish(const SmokeError &error);
    void setStage(Stage stage);
    [[nodiscard]] QString lastHelperLine() const;

    SmokeOptions m_options;
    HubCache::Configuration m_config;
    QNetworkAccessManager *m_nam;
    QPointer<HubCache::ResolveJob> m_resolve;
    QPointer<QProcess> m_helper;
    QString m_helperProgram;
    QByteArray m_helperStderr;
    QByteArray m_verboseLine; // the helper's stderr after its last complete line, with --verbose
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    SmokeReport m_report;
    Stage m_stage = Stage::Resolving;
    qint64 m_extracted = 0;
    bool m_timedOut = false;
    bool m_finished = false;
};
