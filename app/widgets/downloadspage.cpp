#include "downloadspage.h"

#include "catalogmodel.h"
#include "downloadqueue.h"
#include "resolvejob.h"
#include "rowcontextmenu.h"
#include "sizeformat.h"
#include "statestyle.h"

#include <QHBoxLayout>
#include <QSet>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

using HubCache::Job;
using HubCache::ResolveJob;
using HubCache::formatSize;

namespace {

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return DownloadsPage::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return DownloadsPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return DownloadsPage::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

bool arrived(DownloadsPage::Outcome outcome)
{
    return outcome == DownloadsPage::Outcome::Downloaded || outcome == DownloadsPage::Outcome::AlreadyCached
        || outcome == DownloadsPage::Outcome::Remote;
}

} // namespace

DownloadsPage::DownloadsPage(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_totalBar(new QProgressBar(this))
    , m_totalLabel(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_cancelAll(new QPushButton(tr("Cancel &All"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_discard(new QPushButton(tr("Di&scard"), this))
    , m_clear(new QPushButton(tr("C&lear Finished"), this))
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
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Download the selected failed or cancelled models again."));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Continue the selected paused downloads from the bytes kept in the cache."));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Delete the bytes kept for the selected paused downloads; downloading them again "
                             "starts from the beginning."));
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QStringList handles = pausedSelection();
        if (!handles.isEmpty())
            Q_EMIT retryRequested(handles);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        QList<HubCache::ResumeData::Paused> paused;
        for (const QString &handle : pausedSelection())
            paused.append(*m_rows.value(handle).paused);
        if (!paused.isEmpty())
            Q_EMIT discardRequested(paused);
    });
    m_clear->setObjectName(QStringLiteral("clearFinishedButton"));
    m_clear->setToolTip(tr("Remove the finished downloads from the list; the models stay in the cache."));
    connect(m_clear, &QPushButton::clicked, this, &DownloadsPage::clearFinished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_tree->selectedItems()) {
            const QString handle = item->data(ModelColumn, Qt::UserRole).toString();
            if (!m_rows.value(handle).done)
                Q_EMIT cancelRequested(handle);
        }
    });
    connect(m_cancelAll, &QPushButton::clicked, this, &DownloadsPage::cancelAllRequested);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QStringList handles = retryableSelection();
        if (!handles.isEmpty())
            Q_EMIT retryRequested(handles);
    });
    // The whole message of the selected row (a failure's explanation does not fit in a column).
    m_details->setObjectName(QStringLiteral("downloadDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DownloadsPage::updateDetails);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DownloadsPage::updateButtons);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_tree->itemAt(pos))
            contextMenu()->popup(m_tree->viewport()->mapToGlobal(pos));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_totalLabel, 1);
    top->addWidget(m_totalBar, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    updateTotals();
}

void DownloadsPage::setCatalog(const CatalogModel *catalog)
{
    m_catalog = catalog;
    connect(catalog, &QAbstractItemModel::modelReset, this, &DownloadsPage::updateTitles);
    updateTitles();
}

void DownloadsPage::updateTitles()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        // A model no longer listed (another Kaggle search) keeps the title it had.
        const QString title = m_catalog ? m_catalog->titleOf(it.key()) : QString();
        if (!title.isEmpty())
            it->item->setText(ModelColumn, title);
    }
}

DownloadsPage::Row &DownloadsPage::rowFor(const QString &handle)
{
    Row &row = m_rows[handle];
    if (!row.item) {
        row.item = new QTreeWidgetItem(m_tree);
        const QString title = m_catalog ? m_catalog->titleOf(handle) : QString();
        row.item->setText(ModelColumn, title.isEmpty() ? handle : title);
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
    // A paused download continues from what it kept (the download checks that it is still usable).
    row.resumeFrom = row.outcome == Outcome::Paused && row.paused && row.paused->usable ? row.paused->completeBytes : -1;
    row.paused.reset();
    row.done = false;
    row.outcome = Outcome::Pending;
    row.path.clear();
    row.received = 0;
    row.total = -1;
    row.details = tr("Queued: %1").arg(handle);
    row.item->setText(StatusColumn, tr("Queued"));
    row.item->setToolTip(StatusColumn, row.details);
    row.item->setForeground(StatusColumn, palette().text());
    row.item->setText(SpeedColumn, QString());
    row.item->setText(TimeLeftColumn, QString());
    row.bar->setRange(0, 0);
    row.bar->resetFormat();
    updateTotals();
    updateDetails();
}

void DownloadsPage::jobStarted(const QString &handle, ResolveJob *job)
{
    Row &row = rowFor(handle);
    row.job = job;
    row.done = false;
    row.outcome = Outcome::Pending;
    row.clock.start();
    row.item->setText(StatusColumn, tr("Checking the cache…"));
    connect(job, &Job::progress, this, [this, handle](Job *, qint64 received, qint64 total) {
        onProgress(handle, received, total);
    });
    connect(job, &Job::infoMessage, this, [this, handle](Job *, const QString &text) {
        if (QTreeWidgetItem *item = itemFor(handle)) {
            item->setText(StatusColumn, text);
            item->setToolTip(StatusColumn, text);
            m_rows[handle].details = text;
            updateDetails();
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
            if (const qint64 from = m_rows.value(handle).resumeFrom; from > 0)
                item->setText(StatusColumn, tr("Resumed at %1").arg(formatSize(from)));
            else
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
        row.bar->setFormat(QStringLiteral("%1 / %2").arg(formatSize(received), formatSize(total)));
    } else {
        row.bar->setRange(0, 0);
    }
    const double seconds = std::max<qint64>(row.clock.elapsed(), 1) / 1000.0;
    const double rate = double(received) / seconds;
    row.item->setText(SpeedColumn, tr("%1/s").arg(formatSize(qint64(rate))));
    if (total > 0 && rate > 0)
        row.item->setText(TimeLeftColumn, durationText(qint64(double(total - received) / rate)));
    updateTotals();
}

void DownloadsPage::jobFinished(const QString &handle, ResolveJob *job)
{
    Row &row = rowFor(handle);
    row.done = true;
    row.job = nullptr;
    row.resumeFrom = -1;
    row.bar->setRange(0, 1);
    row.bar->setValue(job->error() ? 0 : 1);
    row.bar->setFormat(job->error() ? QString() : formatSize(job->extractedBytes()));
    row.item->setText(SpeedColumn, QString());
    row.item->setText(TimeLeftColumn, QString());
    row.path.clear();
    QString status;
    if (job->error()) {
        const bool cancelled = job->error().code() == HubCache::ErrorCode::Cancelled;
        row.outcome = cancelled ? Outcome::Cancelled : Outcome::Failed;
        status = cancelled ? tr("Cancelled") : job->error().message();
        row.bar->setFormat(cancelled ? tr("cancelled") : tr("failed"));
        // Whatever folder the job was filling is gone: say so instead of naming it.
        // A large download keeps what arrived for resuming: the next scan then lists it as paused.
        row.details = cancelled ? tr("Cancelled: %1 was not added to the cache. Retry downloads it again.").arg(handle)
                                : job->error().message();
        row.item->setForeground(StatusColumn, StateStyle::textColor(StateStyle::Kind::Broken, m_tree->palette()));
    } else if (job->isRemote()) {
        row.outcome = Outcome::Remote;
        status = tr("In remote storage: %1").arg(job->path());
        row.bar->setFormat(tr("remote"));
        row.details = status;
    } else {
        row.outcome = job->wasCached() ? Outcome::AlreadyCached : Outcome::Downloaded;
        if (job->wasCached())
            status = tr("Already cached");
        else
            status = job->repairedBrokenEntry() ? tr("Downloaded again (the cached copy was broken)") : tr("Downloaded");
        row.path = job->path();
        row.details = tr("In the cache: %1").arg(job->path());
    }
    row.item->setText(StatusColumn, status);
    row.item->setToolTip(StatusColumn, row.details);
    updateTotals();
    updateDetails();
    if (!row.path.isEmpty())
        Q_EMIT modelResolved(handle, row.path);
}

void DownloadsPage::setQueue(HubCache::DownloadQueue *queue)
{
    if (m_queue) {
        disconnect(m_queue, nullptr, this, nullptr);
        disconnect(this, nullptr, m_queue, nullptr);
    }
    m_queue = queue;
    if (!queue)
        return;
    connect(queue, &HubCache::DownloadQueue::jobStarted, this, &DownloadsPage::jobStarted);
    connect(queue, &HubCache::DownloadQueue::jobFinished, this, &DownloadsPage::jobFinished);
    connect(this, &DownloadsPage::cancelRequested, queue, &HubCache::DownloadQueue::cancel);
    connect(this, &DownloadsPage::cancelAllRequested, queue, &HubCache::DownloadQueue::cancelAll);
    connect(this, &DownloadsPage::retryRequested, queue, [this](const QStringList &handles) {
        for (const QString &handle : handles)
            download(handle);
    });
}

bool DownloadsPage::download(const QString &handle)
{
    if (!m_queue || !m_queue->enqueue(handle))
        return false;
    addQueued(handle);
    return true;
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

DownloadsPage::Outcome DownloadsPage::outcome(const QString &handle) const
{
    return m_rows.value(handle).outcome;
}

QStringList DownloadsPage::selectedHandles() const
{
    QStringList handles;
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        handles.append(item->data(ModelColumn, Qt::UserRole).toString());
    return handles;
}

void DownloadsPage::setPaused(const QList<HubCache::ResumeData::Paused> &paused)
{
    QSet<QString> found;
    for (const HubCache::ResumeData::Paused &p : paused) {
        if (p.handle.isEmpty())
            continue; // an unreadable record names no model; prune removes it
        found.insert(p.handle);
        if (const auto it = m_rows.constFind(p.handle); it != m_rows.cend() && !it->done)
            continue; // queued or running here: that download uses the kept bytes
        Row &row = rowFor(p.handle);
        // A download the network stopped keeps its bytes too: the failure stays said.
        const QString failure = row.outcome == Outcome::Failed ? row.details + QLatin1Char('\n') : QString();
        row.done = true;
        row.job = nullptr;
        row.outcome = Outcome::Paused;
        row.paused = p;
        row.path.clear();
        row.received = p.completeBytes;
        row.total = p.total;
        const QString text = pausedText(p);
        row.details = failure
            + tr("%1\nKept in %3 (%2 on disk); Resume continues from there, Discard deletes it.")
                  .arg(text, formatSize(p.sizeOnDisk), p.folder);
        row.item->setText(StatusColumn, text);
        row.item->setToolTip(StatusColumn, row.details);
        row.item->setForeground(StatusColumn, palette().text());
        row.item->setText(SpeedColumn, QString());
        row.item->setText(TimeLeftColumn, QString());
        if (p.total > 0) {
            row.bar->setRange(0, 1000);
            row.bar->setValue(int(1000.0 * double(p.completeBytes) / double(p.total)));
        } else {
            row.bar->setRange(0, 1);
            row.bar->setValue(0);
        }
        row.bar->setFormat(tr("paused"));
    }
    // Paused rows whose data is gone (resumed elsewhere, discarded, pruned) are no longer true.
    removeRows([&found](const QString &handle, const Row &row) {
        return row.outcome == Outcome::Paused && !found.contains(handle);
    });
}

QString DownloadsPage::pausedText(const HubCache::ResumeData::Paused &p) const
{
    if (!p.usable)
        return tr("Paused — its kept data is unreadable; Resume starts over");
    if (p.total > 0)
        return tr("Paused — %1 of %2").arg(formatSize(p.completeBytes), formatSize(p.total));
    return tr("Paused — %1").arg(formatSize(p.completeBytes));
}

QStringList DownloadsPage::pausedSelection() const
{
    QStringList handles;
    for (const QString &handle : selectedHandles()) {
        if (m_rows.value(handle).outcome == Outcome::Paused && m_rows.value(handle).paused)
            handles.append(handle);
    }
    return handles;
}

QStringList DownloadsPage::retryableSelection() const
{
    QStringList handles;
    for (const QString &handle : selectedHandles()) {
        const Outcome o = m_rows.value(handle).outcome;
        if (o == Outcome::Failed || o == Outcome::Cancelled)
            handles.append(handle);
    }
    return handles;
}

bool DownloadsPage::selectionRunning() const
{
    for (const QString &handle : selectedHandles()) {
        if (!m_rows.value(handle).done)
            return true;
    }
    return false;
}

void DownloadsPage::updateButtons()
{
    m_cancel->setEnabled(selectionRunning());
    m_retry->setEnabled(!retryableSelection().isEmpty());
    m_resume->setEnabled(!pausedSelection().isEmpty());
    m_discard->setEnabled(m_resume->isEnabled());
    m_clear->setEnabled(activeCount() < m_rows.size());
}

void DownloadsPage::updateDetails()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    m_details->setText(item ? m_rows.value(item->data(ModelColumn, Qt::UserRole).toString()).details : QString());
}

QMenu *DownloadsPage::contextMenu()
{
    auto *menu = new RowContextMenu(this);
    QStringList paths;
    for (const QString &handle : selectedHandles()) {
        if (!m_rows.value(handle).path.isEmpty())
            paths.append(m_rows.value(handle).path);
    }
    menu->addCopy(tr("Copy &Handle"), selectedHandles(), QStringLiteral("copyHandleAction"));
    menu->addCopy(tr("Copy &Path"), paths, QStringLiteral("copyPathAction"));
    QAction *open = menu->addAction(tr("&Open Folder"), this, [this, paths] { Q_EMIT openFolderRequested(paths.value(0)); });
    open->setObjectName(QStringLiteral("openFolderAction"));
    open->setEnabled(paths.size() == 1);
    menu->addSeparator();
    menu->addButton(m_resume);
    menu->addButton(m_discard);
    menu->addButton(m_retry);
    menu->addButton(m_cancel);
    return menu;
}

void DownloadsPage::updateTotals()
{
    qint64 received = 0, total = 0;
    int running = 0, queued = 0;
    std::array<int, int(Outcome::Paused) + 1> count{};
    auto finished = [&count](Outcome o) { return count[size_t(o)]; };
    for (const Row &row : std::as_const(m_rows)) {
        if (row.done) {
            ++count[size_t(row.outcome)];
            continue;
        }
        if (row.job)
            ++running;
        else
            ++queued;
        received += row.received;
        total += std::max<qint64>(row.total, row.received);
    }
    m_cancelAll->setEnabled(running + queued > 0);
    updateButtons();
    const bool failuresShown = finished(Outcome::Failed) > 0;
    if (failuresShown != m_failuresShown) {
        m_failuresShown = failuresShown;
        Q_EMIT failuresShownChanged(failuresShown);
    }
    if (running + queued == 0) {
        if (m_rows.isEmpty()) {
            m_totalLabel->setText(tr("No downloads yet. Prefetch models from the Browse page."));
            m_totalBar->setValue(0);
        } else {
            // What happened to each, and a bar that counts only what arrived.
            QStringList parts;
            if (const int n = finished(Outcome::Downloaded))
                parts.append(tr("%n downloaded", nullptr, n));
            if (const int n = finished(Outcome::AlreadyCached))
                parts.append(tr("%n already cached", nullptr, n));
            if (const int n = finished(Outcome::Remote))
                parts.append(tr("%n in remote storage", nullptr, n));
            if (const int n = finished(Outcome::Failed))
                parts.append(tr("%n failed", nullptr, n));
            if (const int n = finished(Outcome::Cancelled))
                parts.append(tr("%n cancelled", nullptr, n));
            if (const int n = finished(Outcome::Paused))
                parts.append(tr("%n paused", nullptr, n));
            m_totalLabel->setText(parts.join(tr(", ")));
            int ok = 0;
            for (size_t o = 0; o < count.size(); ++o)
                ok += arrived(Outcome(o)) ? count[o] : 0;
            m_totalBar->setValue(int(100 * ok / m_rows.size()));
        }
        Q_EMIT totalProgressChanged(-1);
        return;
    }
    const int percent = total > 0 ? int(100.0 * double(received) / double(total)) : 0;
    m_totalBar->setValue(percent);
    m_totalLabel->setText(tr("%1 running, %2 queued — %3 of %4")
                              .arg(running)
                              .arg(queued)
                              .arg(formatSize(received), formatSize(total)));
    Q_EMIT totalProgressChanged(percent);
}

void DownloadsPage::clearFinished()
{
    removeRows([](const QString &, const Row &row) {
        return row.done && row.outcome != Outcome::Paused; // a paused one is not finished
    });
}

void DownloadsPage::removeRows(const std::function<bool(const QString &, const Row &)> &remove)
{
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (remove(it.key(), *it)) {
            delete it->item;
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
    updateTotals();
    updateDetails();
}
