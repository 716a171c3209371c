#include "cachepage.h"

#include "cacheentrymodel.h"
#include "cacheremovejob.h"
#include "cachescanjob.h"
#include "messageboxprompter.h"
#include "naturalsortproxymodel.h"
#include "rowcontextmenu.h"
#include "searchfieldnavigator.h"
#include "sizeformat.h"
#include "statestyle.h"
#include "storage.h"
#include "usagechart.h"
#include "usagelegend.h"

#include <QComboBox>
#include <QDir>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStorageInfo>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using HubCache::CacheEntry;
using HubCache::EntryState;

namespace {

QString sizeText(qint64 bytes)
{
    return HubCache::formatSize(bytes);
}

class EntryFilter final : public NaturalSortProxyModel
{
public:
    using NaturalSortProxyModel::NaturalSortProxyModel;
    QString text;
    int state = -1;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (state >= 0 && first.data(CacheEntryModel::StateRole).toInt() != state)
            return false;
        if (text.isEmpty() || first.data(CacheEntryModel::HandleRole).toString().contains(text, Qt::CaseInsensitive))
            return true;
        for (int c = 0; c < sourceModel()->columnCount(); ++c) {
            if (sourceModel()->index(row, c, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

CachePage::CachePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new CacheEntryModel(this))
    , m_proxy(new EntryFilter(this))
    , m_view(new QTableView(this))
    , m_chart(new UsageChart(this))
    , m_legend(new UsageLegend(this))
    , m_folder(new QLabel(this))
    , m_disk(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_pythonNote(new QLabel(this))
    , m_writeProfile(new QPushButton(tr("&Write to Profile"), this))
    , m_notice(new QLabel(this))
    , m_pythonRow(new QWidget(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_watchDelay(new QTimer(this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_inspect(new QPushButton(tr("&Inspect"), this))
    , m_open(new QPushButton(tr("&Open Folder"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_redownload(new QPushButton(tr("&Re-download"), this))
    , m_smoke(new QPushButton(tr("Smoke &Test"), this))
{
    setObjectName(QStringLiteral("cachePage"));
    m_folder->setObjectName(QStringLiteral("cacheFolderLabel"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_disk->setObjectName(QStringLiteral("diskLabel"));
    m_warning->setObjectName(QStringLiteral("cacheWarning"));
    m_warning->setWordWrap(true);
    StateStyle::colorText(m_warning, StateStyle::Kind::Broken);
    m_summary->setObjectName(QStringLiteral("cacheSummary"));
    m_pythonNote->setObjectName(QStringLiteral("pythonFolderNote"));
    m_pythonNote->setWordWrap(true);
    m_pythonNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_writeProfile->setObjectName(QStringLiteral("cacheWriteProfileButton"));
    m_writeProfile->setToolTip(tr("Set TFHUB_CACHE_DIR to this folder in ~/.bashrc and environment.d, as "
                                  "Preferences does; new shells and new logins use it."));
    connect(m_writeProfile, &QPushButton::clicked, this, &CachePage::writeProfileRequested);
    auto *pythonLayout = new QHBoxLayout(m_pythonRow);
    pythonLayout->setContentsMargins(0, 0, 0, 0);
    pythonLayout->addWidget(m_pythonNote, 1);
    pythonLayout->addWidget(m_writeProfile, 0, Qt::AlignTop);
    m_pythonRow->hide();
    m_notice->setObjectName(QStringLiteral("cacheNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    // Several changes at once (a download renames, writes a descriptor, drops a lock) make one scan.
    m_watchDelay->setSingleShot(true);
    m_watchDelay->setInterval(400);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_watchDelay, qOverload<>(&QTimer::start));
    connect(m_watchDelay, &QTimer::timeout, this, &CachePage::refreshRequested);
    m_chart->setObjectName(QStringLiteral("usageChart"));

    m_filter->setPlaceholderText(tr("Filter entries"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter->addItem(tr("All states"), -1);
    for (EntryState s : {EntryState::Complete, EntryState::Broken, EntryState::Downloading, EntryState::OrphanedTemp,
                         EntryState::StaleLock})
        m_stateFilter->addItem(CacheEntry::stateDisplayName(s), int(s));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        static_cast<EntryFilter *>(m_proxy)->text = t.trimmed();
        static_cast<EntryFilter *>(m_proxy)->refilter();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<EntryFilter *>(m_proxy)->state = m_stateFilter->currentData().toInt();
        static_cast<EntryFilter *>(m_proxy)->refilter();
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CacheEntryModel::SortRole);
    m_view->setObjectName(QStringLiteral("cacheView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CacheEntryModel::SizeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CacheEntryModel::HandleColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        const auto selected = selectedEntries();
        m_chart->setSelectedPath(selected.size() == 1 ? selected.first().path : QString());
    });
    connect(m_view, &QTableView::activated, m_inspect, &QPushButton::click); // Enter or a double click
    SearchFieldNavigator::attach(m_filter, m_view);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_view->indexAt(pos).isValid())
            contextMenu()->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_chart, &UsageChart::entryClicked, this, &CachePage::selectPath);

    m_inspect->setObjectName(QStringLiteral("cacheInspectButton"));
    m_inspect->setToolTip(tr("Show the entry's files and signatures (Ctrl+I, Enter)."));
    m_inspect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_open->setObjectName(QStringLiteral("cacheOpenFolderButton"));
    m_delete->setObjectName(QStringLiteral("cacheDeleteButton"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected entries (Del); you are shown the space freed first."));
    m_redownload->setObjectName(QStringLiteral("redownloadButton"));
    m_redownload->setToolTip(tr("Download a broken entry again."));
    m_smoke->setObjectName(QStringLiteral("cacheSmokeTestButton"));
    m_smoke->setToolTip(tr("Load the entry with TensorFlow in a separate process and run a signature (Ctrl+T)."));
    m_smoke->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_smoke, &QPushButton::clicked, this, [this] {
        const auto selected = selectedEntries();
        if (selected.size() == 1)
            Q_EMIT smokeTestRequested(selected.first());
    });
    auto *prune = new QPushButton(tr("&Prune…"), this);
    prune->setObjectName(QStringLiteral("pruneButton"));
    prune->setToolTip(tr("Delete temp folders of interrupted downloads and locks of dead or stuck processes."));
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    // F5 is the window's View > Refresh: a second F5 here made both ambiguous, and F5 did nothing.
    refresh->setObjectName(QStringLiteral("cacheRefreshButton"));
    refresh->setToolTip(tr("Scan the cache folder again (F5)."));
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        const auto selected = selectedEntries();
        if (selected.size() == 1)
            Q_EMIT inspectRequested(selected.first());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const auto selected = selectedEntries();
        Q_EMIT openFolderRequested(selected.size() == 1 && QFileInfo(selected.first().path).isDir() ? selected.first().path : m_dir);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const auto selected = selectedEntries();
        if (!selected.isEmpty())
            Q_EMIT deleteRequested(selected);
    });
    connect(m_redownload, &QPushButton::clicked, this, [this] {
        for (const CacheEntry &e : selectedEntries()) {
            if (!e.handle.isEmpty())
                Q_EMIT redownloadRequested(e.handle);
        }
    });
    connect(prune, &QPushButton::clicked, this, &CachePage::pruneRequested);
    connect(refresh, &QPushButton::clicked, this, &CachePage::refreshRequested);

    auto *header = new QVBoxLayout;
    header->addWidget(m_folder);
    header->addWidget(m_disk);
    header->addWidget(m_warning);
    header->addWidget(m_pythonRow);
    header->addWidget(m_notice);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_stateFilter);
    auto *tablePart = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePart);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_view);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    // The chart with its key under it, in one pane of the splitter.
    auto *chartPart = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_legend);
    splitter->addWidget(chartPart);
    splitter->addWidget(tablePart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(refresh);
    buttons->addWidget(prune);
    buttons->addWidget(m_open);
    buttons->addWidget(m_redownload);
    buttons->addWidget(m_smoke);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_inspect);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    updateButtons();
}

CachePage::~CachePage()
{
    if (m_scan)
        m_scan->cancel();
}

void CachePage::setConfiguration(const HubCache::Configuration &config)
{
    const bool first = !std::exchange(m_configured, true);
    m_config = config;
    const bool remote = HubCache::Storage::isRemoteLocation(config.cacheDir());
    setFolder(config.cacheDir(), HubCache::Configuration::sourceName(config.cacheDirSource()), QString(),
              remote ? config.gcsEndpoint().toDisplayString() : QString());
    // Refresh and the folder watcher ask for a new listing: the page makes it itself.
    if (first) {
        connect(this, &CachePage::refreshRequested, this, &CachePage::refresh);
        connect(this, &CachePage::deleteRequested, this, &CachePage::removeEntries);
    }
}

void CachePage::removeEntries(const QList<HubCache::CacheEntry> &entries)
{
    if (!m_configured || entries.isEmpty())
        return;
    qint64 total = 0;
    QStringList names;
    for (const HubCache::CacheEntry &e : entries) {
        total += e.sizeBytes;
        names.append(e.handle.isEmpty() ? e.key : e.handle);
    }
    const QString text = tr("Delete %n item(s) from the cache and free %1?", nullptr, int(entries.size())).arg(sizeText(total))
        + QStringLiteral("\n\n") + names.mid(0, 10).join(QLatin1Char('\n'))
        + (names.size() > 10 ? QStringLiteral("\n…") : QString());
    MessageBoxPrompter messageBoxes;
    Prompter *prompter = m_prompter ? m_prompter : &messageBoxes;
    if (!prompter->confirm(this, tr("Delete Entries"), text, tr("Delete")))
        return;
    // Off the window's thread: a big entry, or a bucket's objects one request each, take a while.
    auto *job = new HubCache::CacheRemoveJob(m_config, entries, HubCache::CacheRemoveJob::Mode::Remove, this);
    connect(job, &HubCache::Job::result, this, [this](HubCache::Job *j) {
        auto *remove = static_cast<HubCache::CacheRemoveJob *>(j);
        const QList<HubCache::CacheEntry> removed = remove->removedItems();
        for (const HubCache::CacheEntry &e : removed)
            Q_EMIT entryDeleted(e);
        refresh();
        if (!remove->failures().isEmpty()) {
            MessageBoxPrompter boxes;
            (m_prompter ? m_prompter : &boxes)
                ->inform(this, tr("Some Entries Were Not Deleted"), remove->failures().join(QLatin1Char('\n')));
        }
    });
    job->start();
}

void CachePage::refresh()
{
    if (!m_configured)
        return;
    if (m_scan) {
        m_rescanWanted = true; // what the running scan saw may already be out of date
        return;
    }
    m_scan = new HubCache::CacheScanJob(m_config, this);
    connect(m_scan, &HubCache::Job::result, this, [this](HubCache::Job *job) {
        auto *scan = static_cast<HubCache::CacheScanJob *>(job);
        m_scan = nullptr;
        if (scan->cacheDir() != m_config.cacheDir() || std::exchange(m_rescanWanted, false)) {
            refresh();
            return;
        }
        // Not a folder, or not readable: the warning says why, and no entries are listed.
        if (scan->error()) {
            m_warning->setText(scan->error().message());
            m_warning->setVisible(true);
        }
        setEntries(scan->error() ? QList<HubCache::CacheEntry>() : scan->entries());
        Q_EMIT refreshed(m_model->rowCount());
    });
    m_scan->start();
}

void CachePage::setFolder(const QString &dir, const QString &source, const QString &warning,
                          const QString &remoteEndpoint)
{
    m_dir = dir;
    m_folder->setText(tr("Cache folder: <b>%1</b> (from %2)").arg(dir.toHtmlEscaped(), source));
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    watch(dir, !remoteEndpoint.isEmpty());
    if (!remoteEndpoint.isEmpty()) {
        // gs://bucket/folder: the bucket is the part before the first slash.
        const QString bucket = dir.mid(5).section(QLatin1Char('/'), 0, 0);
        m_disk->setText(tr("Remote: bucket <b>%1</b> in Google Cloud Storage (%2); no space on this disk is used")
                            .arg(bucket.toHtmlEscaped(), remoteEndpoint.toHtmlEscaped()));
        return;
    }
    QStorageInfo storage(dir);
    for (QString d = dir; !storage.isValid() && !d.isEmpty() && d != QLatin1String("/");) {
        d = QFileInfo(d).path();
        storage.setPath(d);
    }
    m_disk->setText(storage.isValid() ? tr("Disk: %1 free of %2").arg(sizeText(storage.bytesAvailable()), sizeText(storage.bytesTotal()))
                                      : tr("Disk: unknown"));
}

void CachePage::watch(const QString &dir, bool remote)
{
    // A bucket has no change notification: Refresh it. A local folder that does not exist yet is
    // created by the first download: watch the nearest folder above it until then.
    QString target;
    if (!remote && !dir.isEmpty()) {
        for (QString d = QDir::cleanPath(QDir(dir).absolutePath());;) {
            if (QFileInfo(d).isDir()) {
                target = d;
                break;
            }
            const QString up = QFileInfo(d).path();
            if (up == d)
                break;
            d = up;
        }
    }
    if (target == m_watched)
        return;
    if (!m_watched.isEmpty())
        m_watcher->removePath(m_watched);
    m_watched = target;
    if (!target.isEmpty())
        m_watcher->addPath(target);
}

void CachePage::setPythonView(const HubCache::Configuration::PythonView &python, bool appSettingDecides,
                              const QString &profileDir)
{
    auto clean = [](const QString &dir) { return QDir::cleanPath(QDir(dir).absolutePath()); };
    QString text;
    bool offerProfile = false;
    const bool local = !HubCache::Storage::isRemoteLocation(m_dir);
    if (appSettingDecides && python.downloadsAndCaches
        && (!local || clean(python.cacheDir) != clean(m_dir))) {
        if (!profileDir.isEmpty() && (local ? clean(profileDir) == clean(m_dir) : profileDir == m_dir)) {
            text = tr("Your profile sets TFHUB_CACHE_DIR to this folder: Python started from a new shell, or after "
                      "you log in again, uses it. Python started before that still uses %1.")
                       .arg(python.cacheDir);
        } else {
            text = tr("Python uses another cache folder: %1. It does not see the models in this one and downloads "
                      "them again. Write this folder to your profile so that Python uses it too.")
                       .arg(python.cacheDir);
            offerProfile = true;
        }
    }
    m_pythonNote->setText(text);
    m_writeProfile->setVisible(offerProfile);
    m_pythonRow->setVisible(!text.isEmpty());
}

void CachePage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void CachePage::setEntries(const QList<CacheEntry> &entries)
{
    const auto selected = selectedEntries();
    m_model->setEntries(entries);
    m_chart->setEntries(entries);
    m_legend->setEntries(entries);
    for (int c : {int(CacheEntryModel::StateColumn), int(CacheEntryModel::SizeColumn), int(CacheEntryModel::DateColumn),
                  int(CacheEntryModel::LastUsedColumn)})
        m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(CacheEntryModel::KeyColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("0123456789ab…")));
    qint64 total = 0;
    int broken = 0;
    int leftovers = 0;
    for (const CacheEntry &e : entries) {
        total += e.sizeBytes;
        broken += e.state == EntryState::Broken;
        leftovers += e.state == EntryState::OrphanedTemp || e.state == EntryState::StaleLock;
    }
    QString summary = tr("%n entries, %1", nullptr, int(entries.size())).arg(sizeText(total));
    if (broken)
        summary += QStringLiteral(" · ") + tr("%n broken", nullptr, broken);
    if (leftovers)
        summary += QStringLiteral(" · ") + tr("%n to prune", nullptr, leftovers);
    m_summary->setText(summary);
    if (selected.size() == 1)
        selectPath(selected.first().path);
    updateButtons();
}

QList<CacheEntry> CachePage::selectedEntries() const
{
    QList<CacheEntry> list;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        list.append(m_model->entry(m_proxy->mapToSource(index).row()));
    return list;
}

void CachePage::selectPath(const QString &path)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_model->entry(m_proxy->mapToSource(index).row()).path == path) {
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            // Enter acts on the current row: a rescan must not leave the selection without one.
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            m_view->scrollTo(index);
            return;
        }
    }
}

void CachePage::updateButtons()
{
    const auto selected = selectedEntries();
    m_inspect->setEnabled(selected.size() == 1);
    m_smoke->setEnabled(selected.size() == 1 && selected.first().state == EntryState::Complete);
    m_delete->setEnabled(!selected.isEmpty());
    bool anyBroken = false;
    for (const CacheEntry &e : selected)
        anyBroken |= e.state == EntryState::Broken && !e.handle.isEmpty();
    m_redownload->setEnabled(anyBroken);
}

QMenu *CachePage::contextMenu()
{
    auto *menu = new RowContextMenu(this);
    QStringList handles, paths;
    for (const CacheEntry &e : selectedEntries()) {
        if (!e.handle.isEmpty())
            handles.append(e.handle);
        paths.append(e.path);
    }
    menu->addButton(m_inspect);
    menu->addButton(m_smoke);
    menu->addButton(m_open);
    menu->addButton(m_redownload);
    menu->addSeparator();
    menu->addCopy(tr("Copy &Handle"), handles, QStringLiteral("copyHandleAction"));
    menu->addCopy(tr("Copy &Path"), paths, QStringLiteral("copyPathAction"));
    menu->addSeparator();
    menu->addButton(m_delete);
    return menu;
}
