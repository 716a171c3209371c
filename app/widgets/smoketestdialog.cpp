#include "smoketestdialog.h"

#include "sizeformat.h"
#include "statestyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString valuesText(const QJsonArray &values)
{
    QStringList parts;
    for (const QJsonValue &v : values)
        parts.append(v.isDouble() ? QLocale::c().toString(v.toDouble(), 'g', 6) : v.toVariant().toString());
    return parts.isEmpty() ? QString() : QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

SmokeTestDialog::SmokeTestDialog(const QString &handle, const QString &hubcacheBinary,
                                 const QProcessEnvironment &environment, QWidget *parent)
    : QDialog(parent)
    , m_handle(handle)
    , m_binary(hubcacheBinary)
    , m_environment(environment)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_signature(new QComboBox(this))
    , m_fill(new QLineEdit(QStringLiteral("0"), this))
    , m_run(new QPushButton(tr("&Run Again"), this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_tensors(new QTreeWidget(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("smokeTestDialog"));
    setWindowTitle(tr("Smoke Test — %1").arg(handle));
    resize(760, 560);
    m_status->setObjectName(QStringLiteral("smokeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_summary->setObjectName(QStringLiteral("smokeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signature->setObjectName(QStringLiteral("smokeSignature"));
    m_signature->setToolTip(tr("The signature to run; the default is serving_default, or the only one there is."));
    m_signature->setEnabled(false);
    m_fill->setObjectName(QStringLiteral("smokeFill"));
    m_fill->setToolTip(tr("The value of every element of the numeric inputs (hubcache smoke --fill); string "
                          "inputs stay empty. Press Enter or Run Again to run with it."));
    m_fill->setMaximumWidth(m_fill->fontMetrics().horizontalAdvance(QStringLiteral("-0.000000000")));
    connect(m_fill, &QLineEdit::textChanged, this, [this] {
        // Marked, not refused while typing ("-" and "1e" lead to numbers).
        m_fill->setStyleSheet(fillValue() ? QString() : QStringLiteral("color: #a94442;"));
    });
    // Enter in the fill field runs again (not Close, the button box's default).
    m_run->setDefault(true);
    m_tensors->setObjectName(QStringLiteral("smokeTensors"));
    m_tensors->setHeaderLabels({tr("Tensor"), tr("Type"), tr("Shape"), tr("Values")});
    m_tensors->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tensors->setRootIsDecorated(true);
    m_log->setObjectName(QStringLiteral("smokeLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFont(QStringLiteral("monospace")));
    m_log->setPlaceholderText(tr("The helper's log appears here."));
    m_log->setMaximumBlockCount(2000);

    connect(m_run, &QPushButton::clicked, this, [this] { start(m_signature->currentText()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_process)
            m_process->kill();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Signature:"), this));
    top->addWidget(m_signature, 1);
    auto *fillLabel = new QLabel(tr("&Fill inputs with:"), this);
    fillLabel->setBuddy(m_fill);
    top->addWidget(fillLabel);
    top->addWidget(m_fill);
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tensors, 2);
    layout->addWidget(new QLabel(tr("Log:"), this));
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
}

SmokeTestDialog::~SmokeTestDialog()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

bool SmokeTestDialog::isRunning() const
{
    return m_process != nullptr;
}

void SmokeTestDialog::start(const QString &signature)
{
    if (m_process)
        return;
    const std::optional<double> fill = fillValue();
    if (!fill) {
        m_status->setText(tr("The fill value '%1' is not a number; type one such as 0, 1.5 or -1.").arg(m_fill->text()));
        m_status->setStyleSheet(QStringLiteral("color: #a94442;"));
        m_fill->setFocus();
        return;
    }
    if (!QFileInfo(m_binary).isExecutable()) {
        m_status->setText(tr("Cannot run the smoke test: %1 is missing.").arg(m_binary));
        m_busy->hide();
        Q_EMIT finished(false);
        return;
    }
    m_stdout.clear();
    m_log->clear();
    m_tensors->clear();
    m_summary->clear();
    m_busy->show();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Loading %1 with TensorFlow in a separate process…").arg(m_handle));
    m_status->setStyleSheet(QString());
    m_usedFill = *fill;
    QStringList args{QStringLiteral("smoke"), QStringLiteral("--json"), QStringLiteral("--fill"),
                     QString::number(*fill, 'g', QLocale::FloatingPointShortest)};
    if (!signature.isEmpty())
        args << QStringLiteral("--signature") << signature;
    args << m_handle;
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(m_environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { m_stdout += m_process->readAllStandardOutput(); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QString text = QString::fromLocal8Bit(m_process->readAllStandardError());
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // Progress lines rewrite themselves with \r; keep the last state of each.
            const QString last = line.section(QLatin1Char('\r'), -1).trimmed();
            if (!last.isEmpty())
                m_log->appendPlainText(last);
        }
    });
    connect(m_process, &QProcess::finished, this, &SmokeTestDialog::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onFinished();
    });
    m_process->start(m_binary, args);
}

void SmokeTestDialog::onFinished()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    m_stdout += process->readAllStandardOutput();
    const bool crashed = process->exitStatus() == QProcess::CrashExit || process->error() == QProcess::FailedToStart;
    process->deleteLater();
    m_busy->hide();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_stdout, &parseError);
    if (crashed || !doc.isObject()) {
        m_report = SmokeReport();
        m_status->setText(crashed ? tr("The smoke test process stopped before it could report (see the log).")
                                  : tr("The smoke test gave no report (see the log)."));
        Q_EMIT finished(false);
        return;
    }
    m_report = SmokeReport::fromJson(doc.object());
    showReport();
    Q_EMIT finished(m_report.ok());
}

void SmokeTestDialog::showReport()
{
    const SmokeReport &r = m_report;
    if (!r.signatures.isEmpty()) {
        const QString current = r.signature;
        m_signature->clear();
        m_signature->addItems(r.signatures);
        m_signature->setCurrentText(current);
        m_signature->setEnabled(true);
    }
    QStringList facts;
    if (!r.tensorflowVersion.isEmpty())
        facts << tr("TensorFlow %1").arg(r.tensorflowVersion);
    if (r.loadMs >= 0)
        facts << tr("loaded in %1 ms").arg(r.loadMs);
    if (r.runMs >= 0)
        facts << tr("ran in %1 ms").arg(r.runMs);
    if (r.ioPath == QLatin1String("plugin") && r.isRemoteSource() && r.sourceBytes >= 0) {
        QString fact = tr("%1 read from %2 by hubcache").arg(HubCache::formatSize(r.sourceBytes), r.source);
        if (r.sourceBytesPerSecond > 0)
            fact += tr(" at %1/s").arg(HubCache::formatSize(r.sourceBytesPerSecond));
        facts << fact;
    } else if (r.ioPath == QLatin1String("plugin")) {
        facts << tr("%1 read through hubcache's file system plugin")
                     .arg(HubCache::formatSize(std::max<qint64>(r.bytesRead, 0)));
    }
    else if (!r.ioPath.isEmpty())
        facts << tr("read by TensorFlow directly (%1)").arg(r.pluginError.isEmpty() ? tr("plugin not used") : r.pluginError);
    if (!r.inputs.isEmpty())
        facts << tr("numeric inputs filled with %1").arg(QLocale().toString(m_usedFill, 'g', QLocale::FloatingPointShortest));
    m_summary->setText(facts.join(QStringLiteral(" · ")));

    auto addGroup = [this](const QString &title, const QList<SmokeReport::Tensor> &tensors, bool inputs) {
        if (tensors.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_tensors, {title});
        for (const SmokeReport::Tensor &t : tensors) {
            // The report keeps no input values: a numeric input held the fill value everywhere.
            const QString values = inputs && t.values.isEmpty() && t.dtype != QLatin1String("string")
                ? tr("all %1").arg(QLocale().toString(m_usedFill, 'g', QLocale::FloatingPointShortest))
                : valuesText(t.values);
            auto *item = new QTreeWidgetItem(group, {t.key, t.dtype, SmokeReport::shapeString(t.shape), values});
            item->setToolTip(2, tr("declared %1").arg(SmokeReport::shapeString(t.declaredShape, t.declaredUnknownRank)));
        }
    };
    addGroup(tr("Inputs"), r.inputs, true);
    addGroup(tr("Outputs"), r.outputs, false);
    m_tensors->expandAll();
    for (int c = 0; c < 3; ++c)
        m_tensors->resizeColumnToContents(c);

    if (r.ok()) {
        m_status->setText(tr("OK: %1 loaded and ran signature '%2'.").arg(m_handle, r.signature));
        StateStyle::colorText(m_status, StateStyle::Kind::Cached);
    } else {
        QString text = r.error.message();
        if (!r.error.available().isEmpty())
            text += QLatin1Char('\n') + tr("Available: %1").arg(r.error.available().join(QStringLiteral(", ")));
        m_status->setText(text);
        StateStyle::colorText(m_status, StateStyle::Kind::Broken);
    }
}

std::optional<double> SmokeTestDialog::fillValue() const
{
    const QString text = m_fill->text().trimmed();
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}
