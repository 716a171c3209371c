#include "downloadspage.h"

#include "resolvejob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using HubCache::Job;
using HubCache::ResolveJob;

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return DownloadsPage::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return DownloadsPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return DownloadsPage::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

DownloadsPage::DownloadsPage(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_totalBar(new QProgressBar(this))
    , m_totalLabel(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_cancelAll(new QPushButton(tr("Cancel &All"), this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("downloadsPage"));
    m_tree->setObjectName(QStringLiteral("downloadsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setHeaderLabels({tr("Model"), tr("Progress"), tr("Speed"), tr("Time left"), tr("Status")});
    m_tree->header()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(ProgressColumn, 180);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    for (int c : {int(SpeedColumn), int(TimeLeftColumn)}) // "Tiempo restante" is wider than the default
        m_tree->header()->resizeSection(c, std::max(m_tree->header()->sectionSize(c), m_tree->header()->sectionSizeHint(c)));
    m_totalBar->setObjectName(QStringLiteral("totalProgress"));
    m_totalBar->setRange(0, 100);
    m_totalBar->setValue(0);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Cancel the selected downloads; nothing half-downloaded is left in the cache."));
    m_cancelAll->setObjectName(QStringLiteral("cancelAllButton"));
    auto *clear = new QPushButton(tr("C&lear Finished"), this);
    connect(clear, &QPushButton::clicked, this, &DownloadsPage::clearFinished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_tree->selectedItems())
            Q_EMIT cancelRequested(item->data(ModelColumn, Qt::UserRole).toString());
    });
    connect(m_cancelAll, &QPushButton::clicked, this, &DownloadsPage::cancelAllRequested);
    // The whole message of the selected row (a failure's explanation does not fit in a column).
    m_details->setObjectName(QStringLiteral("downloadDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_details->setText(item ? item->toolTip(StatusColumn) : QString());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_totalLabel, 1);
    top->addWidget(m_totalBar, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clear);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    updateTotals();
}

DownloadsPage::Row &DownloadsPage::rowFor(const QString &handle)
{
    Row &row = m_rows[handle];
    if (!row.item) {
        row.item = new QTreeWidgetItem(m_tree);
        row.item->setText(ModelColumn, handle);
        row.item->setToolTip(ModelColumn, handle);
        row.item->setData(ModelColumn, Qt::UserRole, handle);
        row.bar = new QProgressBar;
        row.bar->setRange(0, 0);
        m_tree->setItemWidget(row.item, ProgressColumn, row.bar);
    }
    return row;
}

void DownloadsPage::addQueued(const QString &handle)
{
    Row &row = rowFor(handle);
    row.done = false;
    row.received = 0;
    row.total = -1;
    row.item->setText(StatusColumn, tr("Queued"));
    row.item->setForeground(StatusColumn, palette().text());
    row.bar->setRange(0, 0);
    updateTotals();
}

void DownloadsPage::jobStarted(const QString &handle, ResolveJob *job)
{
    Row &row = rowFor(handle);
    row.job = job;
    row.done = false;
    row.clock.start();
    row.item->setText(StatusColumn, tr("Checking the cache…"));
    connect(job, &Job::progress, this, [this, handle](Job *, qint64 received, qint64 total) {
        onProgress(handle, received, total);
    });
    connect(job, &Job::infoMessage, this, [this, handle](Job *, const QString &text) {
        if (QTreeWidgetItem *item = itemFor(handle)) {
            item->setText(StatusColumn, text);
            item->setToolTip(StatusColumn, text);
        }
    });
    connect(job, &ResolveJob::stageChanged, this, [this, handle](ResolveJob::Stage stage) {
        QTreeWidgetItem *item = itemFor(handle);
        if (!item)
            return;
        switch (stage) {
        case ResolveJob::Stage::WaitingForLock:
            item->setText(StatusColumn, tr("Waiting for another download of this model…"));
            break;
        case ResolveJob::Stage::Downloading:
            item->setText(StatusColumn, tr("Downloading"));
            break;
        case ResolveJob::Stage::Finishing:
            item->setText(StatusColumn, tr("Finishing"));
            break;
        default:
            break;
        }
    });
    updateTotals();
}

void DownloadsPage::onProgress(const QString &handle, qint64 received, qint64 total)
{
    Row &row = rowFor(handle);
    row.received = received;
    row.total = total;
    if (total > 0) {
        row.bar->setRange(0, 1000);
        row.bar->setValue(int(1000.0 * double(received) / double(total)));
        row.bar->setFormat(QStringLiteral("%1 / %2").arg(sizeText(received), sizeText(total)));
    } else {
        row.bar->setRange(0, 0);
    }
    const double seconds = std::max<qint64>(row.clock.elapsed(), 1) / 1000.0;
    const double rate = double(received) / seconds;
    row.item->setText(SpeedColumn, tr("%1/s").arg(sizeText(qint64(rate))));
    if (total > 0 && rate > 0)
        row.item->setText(TimeLeftColumn, durationText(qint64(double(total - received) / rate)));
    updateTotals();
}

void DownloadsPage::jobFinished(const QString &handle, ResolveJob *job)
{
    Row &row = rowFor(handle);
    row.done = true;
    row.job = nullptr;
    row.bar->setRange(0, 1);
    row.bar->setValue(job->error() ? 0 : 1);
    row.bar->setFormat(job->error() ? QString() : sizeText(job->extractedBytes()));
    row.item->setText(SpeedColumn, QString());
    row.item->setText(TimeLeftColumn, QString());
    QString status;
    if (job->error()) {
        status = job->error().code() == HubCache::ErrorCode::Cancelled ? tr("Cancelled") : job->error().message();
        row.item->setForeground(StatusColumn, QColor(Qt::darkRed));
    } else if (job->isRemote()) {
        status = tr("In remote storage: %1").arg(job->path());
        row.bar->setFormat(tr("remote"));
    } else if (job->wasCached()) {
        status = tr("Already cached");
    } else {
        status = job->repairedBrokenEntry() ? tr("Downloaded again (the cached copy was broken)") : tr("Downloaded");
    }
    row.item->setText(StatusColumn, status);
    row.item->setToolTip(StatusColumn, job->error() ? job->error().message() : job->path());
    updateTotals();
}

int DownloadsPage::activeCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.done ? 0 : 1;
    return n;
}

QString DownloadsPage::statusText(const QString &handle) const
{
    const QTreeWidgetItem *item = itemFor(handle);
    return item ? item->text(StatusColumn) : QString();
}

void DownloadsPage::updateTotals()
{
    qint64 received = 0, total = 0;
    int running = 0, queued = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.done)
            continue;
        if (row.job)
            ++running;
        else
            ++queued;
        received += row.received;
        total += std::max<qint64>(row.total, row.received);
    }
    m_cancel->setEnabled(running + queued > 0);
    m_cancelAll->setEnabled(running + queued > 0);
    if (running + queued == 0) {
        m_totalLabel->setText(m_rows.isEmpty() ? tr("No downloads yet. Prefetch models from the Browse page.")
                                                : tr("All downloads finished."));
        m_totalBar->setValue(m_rows.isEmpty() ? 0 : 100);
        Q_EMIT totalProgressChanged(-1);
        return;
    }
    const int percent = total > 0 ? int(100.0 * double(received) / double(total)) : 0;
    m_totalBar->setValue(percent);
    m_totalLabel->setText(tr("%1 running, %2 queued — %3 of %4")
                              .arg(running)
                              .arg(queued)
                              .arg(sizeText(received), sizeText(total)));
    Q_EMIT totalProgressChanged(percent);
}

void DownloadsPage::clearFinished()
{
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it->done) {
            delete it->item;
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
    updateTotals();
}
