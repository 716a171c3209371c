#pragma once

#include "hubcachewidgets_export.h"
#include "smokereport.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProcess;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The smoke test panel: runs `hubcache smoke --json` for a handle or cached entry in a separate
// process (TensorFlow never loads into the app, and a crashing model cannot take it down) and shows
// the progress, the signatures, the timings and each output, or the error and the helper's log.
// hubcacheBinary: the installed `hubcache` (which loads TensorFlow); environment: its environment
// (TFHUB_CACHE_DIR and the load format the host uses). finished() tells how it went; report() has it.
class HUBCACHEWIDGETS_EXPORT SmokeTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmokeTestDialog)

public:
    SmokeTestDialog(const QString &handle, const QString &hubcacheBinary, const QProcessEnvironment &environment,
                    QWidget *parent = nullptr);
    ~SmokeTestDialog() override;

    void start(const QString &signature = {});
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const SmokeReport &report() const { return m_report; }
    [[nodiscard]] QTreeWidget *tensorTree() const { return m_tensors; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPlainTextEdit *logView() const { return m_log; }
    [[nodiscard]] QLineEdit *fillField() const { return m_fill; }
    // The number in the fill field (`hubcache smoke --fill`), in the user's locale or with a dot;
    // nothing when the text is no finite number.
    [[nodiscard]] std::optional<double> fillValue() const;

Q_SIGNALS:
    void finished(bool ok);

private:
    void onFinished();
    void showReport();

    QString m_handle;
    QString m_binary;
    QProcessEnvironment m_environment;
    QProcess *m_process = nullptr;
    SmokeReport m_report;
    QByteArray m_stdout;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_summary;
    QComboBox *m_signature;
    QLineEdit *m_fill;
    double m_usedFill = 0; // what the report on show was run with
    QPushButton *m_run;
    QPushButton *m_cancel;
    QTreeWidget *m_tensors;
    QPlainTextEdit *m_log;
};
