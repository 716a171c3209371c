#include "mainwindow.h"

#include "browsepage.h"
#include "cacheentrymodel.h"
#include "cachemovejob.h"
#include "cacheremovejob.h"
#include "cacheentrymodel.h"
#include "cachepage.h"
#include "cachefoldercheck.h"
#include "cachescanjob.h"
#include "catalogmodel.h"
#include "demohub.h"
#include "downloadqueue.h"
#include "downloadspage.h"
#include "entrydetailsdialog.h"
#include "freespacecheck.h"
#include "handle.h"
#include "handledrop.h"
#include "interruptwatcher.h"
#include "kagglecatalogjob.h"
#include "kagglemodelsclient.h"
#include "logcollector.h"
#include "logging.h"
#include "credentialspage.h"
#include "hostcredentials.h"
#include "desktopnotifier.h"
#include "messageboxprompter.h"
#include "modelcache.h"
#include "networkaccess.h"
#include "profileeditor.h"
#include "resolvejob.h"
#include "settingsdialog.h"
#include "sizeformat.h"
#include "smoketestdialog.h"
#include "storage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUrl>

#include <utility>

using namespace HubCache;

namespace {

QString sizeText(qint64 bytes)
{
    return HubCache::formatSize(bytes);
}

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_prompter(options.prompter)
    , m_nam(nullptr)
    , m_tabs(new QTabWidget(this))
    , m_browse(new BrowsePage(this))
    , m_downloads(new DownloadsPage(this))
    , m_cache(new CachePage(this))
    , m_mode(new QComboBox(this))
    , m_folderStatus(new QLabel(this))
    , m_pythonStatus(new QLabel(this))
    , m_logDock(new QDockWidget(tr("Log"), this))
    , m_logView(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hubcache.svg")));
    if (!m_prompter) {
        m_ownPrompter = std::make_unique<MessageBoxPrompter>();
        m_prompter = m_ownPrompter.get();
    }

    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->addTab(m_browse, tr("&Browse"));
    m_tabs->addTab(m_downloads, tr("&Downloads"));
    m_tabs->addTab(m_cache, tr("&Cache"));
    setCentralWidget(m_tabs);
    setAcceptDrops(true); // a model URL or a SavedModel folder (HandleDrop)

    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setReadOnly(true);
    m_logView->setMaximumBlockCount(5000);
    m_logView->setFont(QFont(QStringLiteral("monospace")));
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    if (m_options.log) {
        for (const QString &line : m_options.log->lines())
            m_logView->appendPlainText(line);
        connect(m_options.log, &LogCollector::lineAdded, m_logView, &QPlainTextEdit::appendPlainText);
    }

    reloadConfiguration();
    m_nam = NetworkAccess::create(m_config, this);
    loadStoredCredentials();
    m_queue = new DownloadQueue(m_config, m_nam, m_settings.maxParallelDownloads(), this);
    connect(m_queue, &DownloadQueue::jobStarted, m_downloads, &DownloadsPage::jobStarted);
    connect(m_queue, &DownloadQueue::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_downloads, &DownloadsPage::cancelRequested, m_queue, &DownloadQueue::cancel);
    connect(m_downloads, &DownloadsPage::cancelAllRequested, m_queue, &DownloadQueue::cancelAll);
    connect(m_downloads, &DownloadsPage::totalProgressChanged, this, &MainWindow::updateTitle);
    m_notifier = new DesktopNotifier(this);
    connect(m_downloads, &DownloadsPage::totalProgressChanged, m_notifier, [this](int percent) {
        m_notifier->setProgress(m_downloads->activeCount(), percent);
    });
    connect(m_notifier, &DesktopNotifier::showRequested, this, [this] {
        m_notifier->setWindowHidden(false);
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_notifier, &DesktopNotifier::cancelAllRequested, m_queue, &DownloadQueue::cancelAll);
    connect(m_notifier, &DesktopNotifier::quitRequested, this, [this] {
        m_quitRequested = true;
        // A window hidden in the tray closing is not "the last window closed": quit explicitly.
        if (close())
            QCoreApplication::quit();
        else
            m_quitRequested = false;
    });
    connect(m_downloads, &DownloadsPage::retryRequested, this, &MainWindow::prefetch);
    connect(m_downloads, &DownloadsPage::openFolderRequested, this, &MainWindow::openFolder);
    connect(m_downloads, &DownloadsPage::discardRequested, this, &MainWindow::discardPaused);
    connect(m_downloads, &DownloadsPage::failuresShownChanged, this, [this](bool shown) {
        m_tabs->setTabText(m_tabs->indexOf(m_downloads), shown ? tr("&Downloads") + QStringLiteral(" ⚠") : tr("&Downloads"));
    });
    m_downloads->setCatalog(m_browse->model());
    m_cache->model()->setCatalog(m_browse->model());
    // While downloads run, the Cache page follows their temp folders growing.
    auto *liveRefresh = new QTimer(this);
    liveRefresh->setInterval(2000);
    connect(liveRefresh, &QTimer::timeout, this, [this] {
        if (!m_queue->isIdle() && m_tabs->currentWidget() == m_cache)
            refreshCache();
    });
    liveRefresh->start();
    if (m_options.quitOnSignals) {
        m_interruptWatcher = std::make_unique<InterruptWatcher>([this](int signal) {
            qCInfo(lcDownload) << "signal" << signal << "- cancelling every download and closing";
            m_closingOnSignal = true;
            close();
        });
    }

    connect(m_browse, &BrowsePage::prefetchRequested, this, &MainWindow::prefetch);
    connect(m_browse, &BrowsePage::inspectRequested, this, &MainWindow::inspectHandle);
    connect(m_browse, &BrowsePage::bookmarkToggled, this, &MainWindow::toggleBookmark);
    connect(m_browse, &BrowsePage::smokeTestRequested, this, &MainWindow::smokeTest);
    connect(m_browse, &BrowsePage::kaggleSearchRequested, this, &MainWindow::searchKaggle);
    connect(m_browse, &BrowsePage::kaggleMoreRequested, this, &MainWindow::moreKaggle);
    connect(m_cache, &CachePage::smokeTestRequested, this, [this](const CacheEntry &e) {
        smokeTest(e.handle.isEmpty() ? e.path : e.handle);
    });
    connect(m_browse, &BrowsePage::openCatalogRequested, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open Model Catalog"), QString(), tr("JSON files (*.json)"));
        if (!file.isEmpty()) {
            m_settings.setCatalogFile(file);
            loadCatalog(file);
        }
    });
    connect(m_cache, &CachePage::inspectRequested, this, &MainWindow::inspect);
    connect(m_cache, &CachePage::deleteRequested, this, &MainWindow::deleteEntries);
    connect(m_cache, &CachePage::pruneRequested, this, &MainWindow::prune);
    connect(m_cache, &CachePage::refreshRequested, this, &MainWindow::refreshCache);
    connect(m_cache, &CachePage::openFolderRequested, this, &MainWindow::openFolder);
    connect(m_cache, &CachePage::writeProfileRequested, this, &MainWindow::writeProfile);
    connect(m_cache, &CachePage::redownloadRequested, this, [this](const QString &handle) { prefetch({handle}); });

    if (m_options.demo) {
        m_demo = new DemoHub(this);
        if (!m_demo->start())
            statusBar()->showMessage(tr("The demo hub could not start on 127.0.0.1."));
    }

    m_browse->setDemoAvailable(m_demo != nullptr);
    connect(m_browse, &BrowsePage::largeDownloadRequested, this, [this](const QString &handle, qint64 bytes) {
        if (m_prompter->confirm(this, tr("Download Model"),
                                tr("%1 is %2. Download it into the cache now?").arg(handle, sizeText(bytes)),
                                tr("&Download")))
            prefetch({handle});
    });
    buildActions();
    buildStatusBar();
    if (!m_settings.catalogFile().isEmpty())
        loadCatalog(m_settings.catalogFile());
    rebuildCatalog();
    refreshCache();

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1100, 720);
    restoreState(m_settings.windowState());
    updateTitle(-1);
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadConfiguration()
{
    Configuration::Inputs inputs;
    inputs.cacheDirSetting = m_settings.cacheDir();
    inputs.loadFormatSetting = m_settings.loadFormat();
    inputs.gcsEndpointSetting = m_settings.gcsEndpoint();
    inputs.parallelConnectionsSetting = m_settings.connectionsPerDownload();
    Error error;
    m_config = Configuration::fromInputs(inputs, &error);
    m_config.setStoredCredentials(m_storedCredentials);
    if (error) {
        // A bad TFHUB_MODEL_LOAD_FORMAT in the environment: say so, and use the app's own choice.
        statusBar()->showMessage(error.message());
        const auto format = Configuration::parseLoadFormat(m_settings.loadFormat().value_or(QStringLiteral("AUTO")));
        m_config.setLoadFormat(format.value_or(LoadFormat::Auto), ConfigSource::AppSetting);
    }
    if (m_queue)
        m_queue->setConfiguration(m_config);
    updateCacheFolderWarning();
}

void MainWindow::loadStoredCredentials()
{
    (new HostCredentials(m_storedCredentials, m_config.environment()))->attachTo(m_nam);
    CredentialsPage::loadStored(m_config, this, [this](const QList<Credential> &credentials) {
        m_storedCredentials = credentials;
        m_config.setStoredCredentials(credentials);
        if (m_queue)
            m_queue->setConfiguration(m_config);
        (new HostCredentials(credentials, m_config.environment()))->attachTo(m_nam);
        if (Storage::isRemoteLocation(m_config.cacheDir()))
            refreshCache(); // a private bucket is listed with its credential
    });
}

void MainWindow::updateCacheFolderWarning()
{
    QStringList warnings;
    // A folder someone else could plant models in, or no folder at all, comes first.
    QString shared;
    const bool remote = Storage::isRemoteLocation(m_config.cacheDir());
    // Owners and permissions are a local file system's; a bucket's access is its IAM policy.
    if (!remote) {
        if (const Error e = CacheFolderCheck(m_config).checkFolder(&shared))
            warnings.append(e.message());
        else if (!shared.isEmpty())
            warnings.append(shared);
    }
    const QString general = SettingsDialog::warningsFor(m_config.cacheDir()).section(QLatin1Char('\n'), 0, -2);
    if (!general.isEmpty())
        warnings.append(general);
    m_cache->setFolder(m_config.cacheDir(), Configuration::sourceName(m_config.cacheDirSource()),
                       warnings.join(QLatin1Char('\n')), remote ? m_config.gcsEndpoint().toDisplayString() : QString());
    m_cache->setPythonView(Configuration::pythonView(QProcessEnvironment::systemEnvironment()),
                           m_config.cacheDirSource() == ConfigSource::AppSetting,
                           SettingsDialog::profileCacheDir(m_options.home));
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openCatalog = file->addAction(tr("&Open Catalog…"));
    openCatalog->setShortcut(QKeySequence::Open);
    connect(openCatalog, &QAction::triggered, m_browse, &BrowsePage::openCatalogRequested);
    QAction *settings = file->addAction(tr("&Preferences…"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList pages{tr("&Browse"), tr("&Downloads"), tr("&Cache")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *a = view->addAction(pages[i]);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    QAction *find = view->addAction(tr("&Find Model"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_browse);
        m_browse->searchField()->setFocus();
        m_browse->searchField()->selectAll();
    });
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshCache);
    QAction *log = m_logDock->toggleViewAction();
    log->setText(tr("&Log and Diagnostics"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(log);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About hubcache"));
    connect(about, &QAction::triggered, this, [this] {
        m_prompter->inform(this, tr("About hubcache"),
                           tr("hubcache %1\nResolve, download, cache and inspect TensorFlow Hub models, in the same "
                              "cache as the tensorflow_hub Python library.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    auto *modeLabel = new QLabel(tr("Mode: "), this);
    bar->addWidget(modeLabel);
    m_mode->setObjectName(QStringLiteral("modeSwitch"));
    m_mode->addItem(tr("Compressed — download and cache"), int(LoadFormat::Compressed));
    m_mode->addItem(tr("Uncompressed — read from remote storage"), int(LoadFormat::Uncompressed));
    m_mode->setCurrentIndex(m_config.loadFormat() == LoadFormat::Uncompressed ? 1 : 0);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const auto format = LoadFormat(m_mode->currentData().toInt());
        m_settings.setLoadFormat(Configuration::loadFormatName(format));
        reloadConfiguration();
        m_config.setLoadFormat(format, ConfigSource::AppSetting);
        m_queue->setConfiguration(m_config);
        updateModeTooltip();
        showLoadFormat();
        statusBar()->showMessage(format == LoadFormat::Uncompressed
                                     ? tr("Uncompressed mode: models are read from remote storage, nothing is cached.")
                                     : tr("Compressed mode: models are downloaded once and cached."),
                                 5000);
    });
    bar->addWidget(m_mode);
    bar->addSeparator();
    bar->addAction(settings);
    bar->addAction(refresh);
    updateModeTooltip();
    showLoadFormat();
}

void MainWindow::buildStatusBar()
{
    m_folderStatus->setObjectName(QStringLiteral("folderStatus"));
    m_pythonStatus->setObjectName(QStringLiteral("pythonStatus"));
    statusBar()->addPermanentWidget(m_pythonStatus);
    statusBar()->addPermanentWidget(m_folderStatus);
}

void MainWindow::updateModeTooltip()
{
    const Configuration::PythonView python = Configuration::pythonView(QProcessEnvironment::systemEnvironment());
    const QString tip = tr("<p><b>Compressed</b>: each model is downloaded once as an archive and kept in the cache "
                           "folder; later loads need no network.</p><p><b>Uncompressed</b>: the model is read "
                           "straight from remote storage (Google Cloud Storage) every time; nothing is cached.</p>"
                           "<p>This switch is for hubcache's own downloads. In this environment the Python library "
                           "will do this: %1</p>")
                            .arg(python.summary.toHtmlEscaped());
    m_mode->setToolTip(tip);
    m_pythonStatus->setText(python.downloadsAndCaches ? tr("Python: compressed") : tr("Python: uncompressed"));
    m_pythonStatus->setToolTip(python.summary);
    // A long folder would push the status messages out: elided, the whole of it in the tooltip.
    const QString folder = tr("Cache: %1 (%2)").arg(m_config.cacheDir(), Configuration::sourceName(m_config.cacheDirSource()));
    m_folderStatus->setToolTip(folder);
    m_folderStatus->setText(m_folderStatus->fontMetrics().elidedText(
        folder, Qt::ElideMiddle, m_folderStatus->fontMetrics().averageCharWidth() * 40));
}

void MainWindow::showLoadFormat()
{
    m_browse->setUncompressedMode(m_config.loadFormat() == LoadFormat::Uncompressed);
}

void MainWindow::updateTitle(int percent)
{
    // The application's display name follows every title (Qt adds it): say only what is ours.
    if (percent < 0)
        setWindowTitle(m_demo ? tr("demo") : QString());
    else
        setWindowTitle(m_demo ? tr("%1% — demo").arg(percent) : tr("%1%").arg(percent));
}

void MainWindow::loadCatalog(const QString &path)
{
    Error error;
    m_catalogItems = Catalog::load(path, &error);
    m_browse->setCatalogStatus(error ? error.message() : QString());
    rebuildCatalog();
}

void MainWindow::rebuildCatalog()
{
    QList<CatalogItem> items = m_catalogItems;
    QSet<QString> seen;
    for (const CatalogItem &i : items)
        seen.insert(i.handle);
    auto addOwn = [&](const QStringList &handles, const QString &source) {
        for (const QString &h : handles) {
            if (seen.contains(h))
                continue;
            seen.insert(h);
            CatalogItem item;
            item.handle = h;
            item.source = source;
            items.append(item);
        }
    };
    if (m_demo) {
        for (const CatalogItem &i : m_demo->catalog()) {
            if (!seen.contains(i.handle)) {
                seen.insert(i.handle);
                items.append(i);
            }
        }
    }
    for (const CatalogItem &i : std::as_const(m_kaggleItems)) {
        if (!seen.contains(i.handle)) {
            seen.insert(i.handle);
            items.append(i);
        }
    }
    const QStringList bookmarks = m_settings.bookmarks();
    m_browse->model()->setBookmarks(QSet<QString>(bookmarks.cbegin(), bookmarks.cend()));
    addOwn(bookmarks, QStringLiteral("bookmark"));
    addOwn(m_settings.recentHandles(), QStringLiteral("recent"));
    m_browse->model()->setItems(items);
    refreshCache();
}

Configuration MainWindow::kaggleConfiguration() const
{
    Configuration config = m_config;
    // The demo works offline: its hub also answers the Kaggle listing, with recorded pages.
    if (m_demo && !config.environment().contains(QStringLiteral("HUBCACHE_KAGGLE_API")))
        config.setKaggleApi(QUrl(m_demo->baseUrl() + QStringLiteral("/api/v1")));
    return config;
}

void MainWindow::searchKaggle(const QString &text)
{
    if (m_kaggleJob)
        m_kaggleJob->cancel();
    m_kaggleSearchText = text;
    m_kaggleNextPage.clear();
    m_kaggleItems.clear();
    rebuildCatalog();
    runKaggleSearch();
}

void MainWindow::moreKaggle()
{
    if (m_kaggleJob || m_kaggleNextPage.isEmpty())
        return;
    runKaggleSearch();
}

void MainWindow::runKaggleSearch()
{
    KaggleCatalogQuery query;
    query.search = m_kaggleSearchText;
    query.sortBy = KaggleCatalogQuery::SortBy::Hotness;
    query.pageToken = m_kaggleNextPage;
    const Configuration config = kaggleConfiguration();
    const KaggleModelsClient client(config, m_nam);
    m_kaggleJob = client.listModels(query, this);
    const QString host = config.kaggleApi().host();
    m_browse->setKaggleStatus(m_kaggleSearchText.isEmpty() ? tr("Listing Kaggle Models on %1…").arg(host)
                                                           : tr("Searching Kaggle Models on %1 for “%2”…")
                                                                 .arg(host, m_kaggleSearchText),
                              true, false);
    connect(m_kaggleJob, &Job::infoMessage, this, [this](Job *, const QString &text) {
        m_browse->setKaggleStatus(text, true, false);
    });
    connect(m_kaggleJob, &Job::result, this, [this](Job *j) {
        auto *job = static_cast<KaggleCatalogJob *>(j);
        if (job != m_kaggleJob)
            return;
        m_kaggleJob = nullptr;
        if (job->error()) {
            if (job->error().code() != ErrorCode::Cancelled)
                m_browse->setKaggleStatus(job->error().message(), false, !m_kaggleNextPage.isEmpty());
            return;
        }
        const QList<CatalogItem> page = job->page().items();
        m_kaggleItems += page;
        m_kaggleNextPage = job->page().nextPageToken;
        rebuildCatalog();
        const int shown = int(m_kaggleItems.size());
        QString text = shown == 0 ? tr("No TensorFlow models on Kaggle match “%1”.").arg(m_kaggleSearchText)
                                  : tr("%n TensorFlow model variation(s) from Kaggle Models.", nullptr, shown);
        if (!m_kaggleNextPage.isEmpty())
            text += QLatin1Char(' ') + tr("More results are available.");
        m_browse->setKaggleStatus(text, false, !m_kaggleNextPage.isEmpty());
    });
    m_kaggleJob->start();
}

void MainWindow::refreshCache()
{
    if (m_scan) {
        m_rescanWanted = true; // what the running scan saw may already be out of date
        return;
    }
    m_scan = new CacheScanJob(m_config, this);
    connect(m_scan, &CacheScanJob::entriesFound, m_cache->model(), &CacheEntryModel::appendEntries);
    connect(m_scan, &Job::result, this, [this](Job *job) {
        auto *scan = static_cast<CacheScanJob *>(job);
        m_scan = nullptr;
        const bool current = scan->cacheDir() == m_config.cacheDir();
        if (current) {
            updateCacheFolderWarning(); // the folder's owner and mode can change while the app runs
            if (!scan->error())
                showCacheEntries(scan->entries());
            else
                showCacheEntries({}); // not a folder: its warning says so
            // Paused downloads: the kept bytes of a local cache (a gs:// folder keeps none) that no
            // live download (another process's) is using.
            QList<ResumeData::Paused> paused;
            QSet<QString> pausedHandles;
            if (!scan->error() && !Storage::isRemoteLocation(scan->cacheDir())) {
                const QSet<QString> live = liveDownloadKeys();
                for (const ResumeData::Paused &p : ResumeData::list(scan->cacheDir())) {
                    if (!live.contains(p.key)) {
                        paused.append(p);
                        pausedHandles.insert(p.handle);
                    }
                }
            }
            m_downloads->setPaused(paused);
            m_browse->model()->setPaused(pausedHandles);
        }
        if (std::exchange(m_rescanWanted, false) || !current)
            refreshCache();
        else
            Q_EMIT cacheRefreshed();
    });
    m_scan->start();
}

void MainWindow::showCacheEntries(QList<CacheEntry> entries)
{
    const ModelCache cache(m_config);
    // A download in progress has no descriptor yet: name it from the handles the app knows.
    QHash<QString, QString> known;
    for (const CatalogItem &item : m_browse->model()->items())
        known.insert(Handle::cacheKeyFor(item.handle), item.handle);
    for (ResolveJob *job : m_queue ? m_queue->running() : QList<ResolveJob *>())
        known.insert(Handle::cacheKeyFor(job->handle()), job->handle());
    for (CacheEntry &e : entries) {
        if (e.handle.isEmpty())
            e.handle = known.value(e.key);
    }
    m_cache->setEntries(entries);
    // The Browse page's states: by handle, from the descriptors and the keys of its rows.
    QHash<QString, EntryState> states;
    QHash<QString, qint64> sizes;
    QHash<QString, const CacheEntry *> byKey;
    for (const CacheEntry &e : entries) {
        if (e.path == cache.entryPath(e.key))
            byKey.insert(e.key, &e);
    }
    for (const CatalogItem &item : m_browse->model()->items()) {
        if (const CacheEntry *e = byKey.value(Handle::cacheKeyFor(item.handle))) {
            states.insert(item.handle, e->state);
            sizes.insert(item.handle, e->sizeBytes);
        }
    }
    QSet<QString> downloading;
    for (ResolveJob *job : m_queue ? m_queue->running() : QList<ResolveJob *>())
        downloading.insert(job->handle());
    if (m_queue) {
        for (const QString &h : m_queue->pending())
            downloading.insert(h);
    }
    m_browse->model()->setStates(states, sizes, downloading);
}

QSet<QString> MainWindow::liveDownloadKeys() const
{
    QSet<QString> keys;
    for (const CacheEntry &e : m_cache->model()->entries()) {
        if (e.state == EntryState::Downloading)
            keys.insert(e.key);
    }
    for (ResolveJob *job : m_queue->running())
        keys.insert(Handle::cacheKeyFor(job->handle()));
    return keys;
}

void MainWindow::discardPaused(const QList<ResumeData::Paused> &paused)
{
    qint64 bytes = 0;
    QStringList handles;
    for (const ResumeData::Paused &p : paused) {
        bytes += p.sizeOnDisk;
        handles.append(p.handle);
    }
    if (!m_prompter->confirm(this, tr("Discard Paused Downloads"),
                             tr("Delete the %1 kept for %n paused download(s)? Downloading them again starts from "
                                "the beginning.\n\n%2",
                                nullptr, int(paused.size()))
                                 .arg(sizeText(bytes), handles.join(QLatin1Char('\n'))),
                             tr("&Discard")))
        return;
    // As `hubcache prune --resume-data`: never while a live download holds the entry's lock (it is
    // using them); a lock left by a killed download is stale and does not count.
    const QSet<QString> live = liveDownloadKeys();
    QStringList failures;
    for (const ResumeData::Paused &p : paused) {
        if (live.contains(p.key))
            failures.append(tr("%1 is being downloaded; cancel that download first.").arg(p.handle));
        else if (!ResumeData::remove(p.folder))
            failures.append(tr("%1 could not be deleted; check its permissions.").arg(p.folder));
    }
    if (!failures.isEmpty())
        m_prompter->inform(this, tr("Some Paused Downloads Were Not Discarded"), failures.join(QLatin1Char('\n')));
    refreshCache();
}

void MainWindow::prefetch(const QStringList &handles)
{
    int added = 0;
    int declined = 0;
    for (const QString &handle : handles) {
        if (handle.isEmpty())
            continue;
        // A model the catalog gives a size for is asked about before it starts when it will not fit.
        auto spaceCheck = DownloadQueue::SpaceCheck::Check;
        const CatalogModel *catalog = m_browse->model();
        const int row = catalog->rowOf(handle);
        if (row >= 0 && !catalog->isCached(handle) && !m_queue->pending().contains(handle)
            && m_config.loadFormat() != LoadFormat::Uncompressed) {
            const QString dir = m_config.cacheDir();
            if (const auto s = FreeSpaceCheck::shortfall(dir, FreeSpaceCheck::neededFor(catalog->item(row).sizeBytes))) {
                if (!m_prompter->confirm(this, tr("Not Enough Space"),
                                         FreeSpaceCheck::describe(handle, dir, *s) + QStringLiteral("\n\n")
                                             + tr("Free some space or choose another cache folder in Settings first. "
                                                  "Download anyway?"),
                                         tr("Download Anyway"))) {
                    ++declined;
                    continue;
                }
                spaceCheck = DownloadQueue::SpaceCheck::Skip;
            }
        }
        if (m_queue->enqueue(handle, spaceCheck)) {
            m_browse->model()->setFailure(handle, QString());
            m_downloads->addQueued(handle);
            ++added;
        }
        m_settings.addRecentHandle(handle);
    }
    // Only what is new is counted: a model already queued or downloading is not added again.
    statusBar()->showMessage(added > 0      ? tr("%n model(s) added to Downloads.", nullptr, added)
                                 : declined > 0 ? tr("Not downloaded: not enough free space.")
                                                : tr("Already in Downloads."),
                             3000);
    if (m_browse->model()->rowOf(handles.value(0)) < 0)
        rebuildCatalog();
    else
        refreshCache();
}

void MainWindow::onJobFinished(const QString &handle, ResolveJob *job)
{
    m_downloads->jobFinished(handle, job);
    // The status bar has room for a short line beside its labels: it names the model (the whole
    // handle, path or error is on the Browse and Downloads pages).
    QString name = m_browse->model()->titleOf(handle);
    if (name.isEmpty())
        name = handle.section(QLatin1Char('/'), -2);
    if (job->error() && job->error().code() != ErrorCode::Cancelled) {
        statusBar()->showMessage(tr("Could not get %1; the Browse and Downloads pages say why.").arg(name), 15000);
        m_notifier->downloadEnded(tr("Download Failed"), tr("%1: %2").arg(name, job->error().message()), true);
        const QString message = job->error().message();
        m_browse->model()->setFailure(handle, message);
        m_browse->setResolveStatus(message.contains(handle) ? message : tr("%1 could not be resolved:\n%2").arg(handle, message),
                                   handle);
        // A sign-in error (401/403): the way to fix it is a credential for that host or bucket.
        if (job->error().code() == ErrorCode::AccessDenied
            && m_prompter->confirm(this, tr("Sign-in Needed"),
                                   tr("%1\n\nAdd or replace a credential for this host or bucket in "
                                      "Preferences > Credentials?").arg(job->error().message()),
                                   tr("Open &Credentials")))
            openCredentials();
    } else if (job->isRemote()) {
        const QString text = tr("%1 is in remote storage at %2 (uncompressed mode: nothing was downloaded or cached).")
                                 .arg(handle, job->path());
        qCInfo(lcDownload).noquote() << text;
        statusBar()->showMessage(text, 15000);
        m_browse->model()->setRemoteLocation(handle, job->path());
        m_browse->setResolveStatus(text);
    } else if (!job->error()) {
        statusBar()->showMessage(tr("%1 is ready in the cache.").arg(name), 8000);
        m_notifier->downloadEnded(tr("Download Finished"), tr("%1 is ready in the cache.").arg(name), false);
        m_browse->clearResolveStatus(handle);
    }
    refreshCache();
}

void MainWindow::inspectHandle(const QString &handle)
{
    ModelCache cache(m_config);
    Error error;
    const auto entry = cache.find(handle, &error);
    if (!entry) {
        m_prompter->inform(this, tr("Not in the Cache"), error.message());
        return;
    }
    inspect(*entry);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (HandleDrop::canCarryHandle(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const HandleDrop drop = HandleDrop::fromMimeData(event->mimeData());
    switch (drop.action()) {
    case HandleDrop::Action::Reject:
        event->ignore();
        statusBar()->showMessage(drop.message(), 15000);
        return;
    case HandleDrop::Action::Handle:
        m_tabs->setCurrentWidget(m_browse);
        m_browse->showHandle(drop.value());
        statusBar()->showMessage(tr("%1 is in the handle field: press Resolve to get it.").arg(drop.value()), 15000);
        break;
    case HandleDrop::Action::InspectFolder: {
        CacheEntry entry;
        entry.path = drop.value();
        entry.handle = drop.value();
        entry.state = EntryState::Complete;
        inspect(entry);
        break;
    }
    }
    event->acceptProposedAction();
}

void MainWindow::inspect(const CacheEntry &entry)
{
    auto *dialog = new EntryDetailsDialog(entry, m_config, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EntryDetailsDialog::openFolderRequested, this, &MainWindow::openFolder);
    dialog->show();
}

SmokeTestDialog *MainWindow::smokeTest(const QString &handleOrPath)
{
    const QString binary = m_options.hubcacheBinary.isEmpty()
        ? QCoreApplication::applicationDirPath() + QStringLiteral("/hubcache")
        : m_options.hubcacheBinary;
    // The helper resolves with the app's own settings: its cache folder and mode.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TFHUB_CACHE_DIR"), m_config.cacheDir());
    env.insert(QStringLiteral("TFHUB_MODEL_LOAD_FORMAT"), Configuration::loadFormatName(m_config.loadFormat()));
    auto *dialog = new SmokeTestDialog(handleOrPath, binary, env, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SmokeTestDialog::finished, this, [this](bool) { refreshCache(); });
    dialog->show();
    dialog->start();
    return dialog;
}

void MainWindow::openFolder(const QString &path)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    // Without a file manager (or xdg-open) Qt only writes a line on stderr: say it here, with the path.
    qCWarning(lcCache).noquote() << "no file manager opened" << path;
    if (m_prompter->confirm(this, tr("Cannot Open Folder"),
                            tr("No file manager could be started to show %1. Install one (and xdg-utils), or "
                               "copy the path and open it yourself.").arg(path),
                            tr("&Copy Path")))
        QGuiApplication::clipboard()->setText(path);
}

void MainWindow::deleteEntries(const QList<CacheEntry> &entries)
{
    qint64 total = 0;
    QStringList names;
    for (const CacheEntry &e : entries) {
        total += e.sizeBytes;
        names.append(e.handle.isEmpty() ? e.key : e.handle);
    }
    const QString text = tr("Delete %n item(s) from the cache and free %1?", nullptr, int(entries.size())).arg(sizeText(total))
        + QStringLiteral("\n\n") + names.mid(0, 10).join(QLatin1Char('\n'))
        + (names.size() > 10 ? QStringLiteral("\n…") : QString());
    if (!m_prompter->confirm(this, tr("Delete Entries"), text, tr("Delete")))
        return;
    // Off the window's thread: a big entry, or a bucket's objects one request each, take a while.
    auto *job = new CacheRemoveJob(m_config, entries, CacheRemoveJob::Mode::Remove, this);
    statusBar()->showMessage(tr("Deleting…"));
    connect(job, &Job::result, this, [this](Job *j) {
        auto *remove = static_cast<CacheRemoveJob *>(j);
        refreshCache();
        if (!remove->failures().isEmpty())
            m_prompter->inform(this, tr("Some Entries Were Not Deleted"), remove->failures().join(QLatin1Char('\n')));
        statusBar()->showMessage(tr("%1 freed.").arg(sizeText(remove->freedBytes())), 5000);
    });
    job->start();
}

void MainWindow::prune()
{
    ModelCache cache(m_config);
    const QList<CacheEntry> items = cache.prunable();
    if (items.isEmpty()) {
        m_prompter->inform(this, tr("Prune"), tr("Nothing to prune: no orphaned temp folders or stale locks."));
        return;
    }
    qint64 total = 0;
    for (const CacheEntry &e : items)
        total += e.sizeBytes;
    if (!m_prompter->confirm(this, tr("Prune"),
                             tr("Delete %n leftover(s) of interrupted downloads (temp folders, stale locks), freeing %1?", nullptr,
                                int(items.size()))
                                 .arg(sizeText(total)),
                             tr("Prune")))
        return;
    auto *job = new CacheRemoveJob(m_config, items, CacheRemoveJob::Mode::Prune, this);
    statusBar()->showMessage(tr("Pruning…"));
    connect(job, &Job::result, this, [this](Job *j) {
        auto *prune = static_cast<CacheRemoveJob *>(j);
        refreshCache();
        if (!prune->failures().isEmpty())
            m_prompter->inform(this, tr("Prune"), prune->failures().join(QLatin1Char('\n')));
        const QString text = tr("Prune removed %n leftover(s) and freed %1.", nullptr, prune->removedCount())
                                 .arg(sizeText(prune->freedBytes()));
        statusBar()->showMessage(text, 8000);
        m_cache->showNotice(text);
    });
    job->start();
}

void MainWindow::toggleBookmark(const QString &handle)
{
    QStringList bookmarks = m_settings.bookmarks();
    if (!bookmarks.removeAll(handle))
        bookmarks.append(handle);
    m_settings.setBookmarks(bookmarks);
    // A row from any list just changes its mark (the list and the selection stay); a handle known
    // only as a bookmark comes or goes with it.
    const int row = m_browse->model()->rowOf(handle);
    if (row >= 0 && m_browse->model()->item(row).source != QLatin1String("bookmark"))
        m_browse->model()->setBookmarks(QSet<QString>(bookmarks.cbegin(), bookmarks.cend()));
    else
        rebuildCatalog();
}

SettingsDialog::Values MainWindow::savedValues() const
{
    SettingsDialog::Values values;
    values.cacheDir = m_settings.cacheDir().value_or(QString());
    values.loadFormat = m_settings.loadFormat().value_or(QStringLiteral("AUTO"));
    values.language = m_settings.language();
    values.catalogFile = m_settings.catalogFile();
    values.parallelDownloads = m_settings.maxParallelDownloads();
    values.connectionsPerDownload = m_settings.connectionsPerDownload().value_or(Configuration::defaultParallelConnections());
    values.gcsEndpoint = m_settings.gcsEndpoint().value_or(QString());
    return values;
}

void MainWindow::offerProfileUpdate()
{
    // The profile still naming the old folder would send shells and Python back to it.
    const ProfileEditor::Values values = SettingsDialog::profileValuesFor(savedValues());
    const QString inProfile = SettingsDialog::profileCacheDir(m_options.home);
    if (inProfile.isEmpty() || !values.cacheDir || inProfile == *values.cacheDir)
        return;
    if (!m_prompter->confirm(this, tr("Update Your Profile"),
                             tr("Your profile (~/.bashrc, environment.d) still sets TFHUB_CACHE_DIR=%1, so shells and "
                                "Python will keep using that folder. Write %2 there instead?")
                                 .arg(inProfile, *values.cacheDir),
                             tr("&Update Profile")))
        return;
    writeProfile();
}

void MainWindow::writeProfile()
{
    const Error error = ProfileEditor::apply(m_options.home, SettingsDialog::profileValuesFor(savedValues()));
    statusBar()->showMessage(error ? error.message()
                                   : tr("Your profile now sets TFHUB_CACHE_DIR=%1: new shells and new logins use it.")
                                         .arg(SettingsDialog::profileValuesFor(savedValues()).cacheDir.value_or(QString())),
                             error ? 15000 : 8000);
    updateCacheFolderWarning();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(savedValues(), m_options.home, this);
    if (m_showCredentials)
        dialog.showCredentials();
    m_showCredentials = false;
    const int answer = dialog.exec();
    // Credentials are stored as soon as they are added, whether or not OK is pressed.
    loadStoredCredentials();
    if (answer != QDialog::Accepted)
        return;
    applySettings(dialog.values());
}

void MainWindow::openCredentials()
{
    m_showCredentials = true;
    openSettings();
}

void MainWindow::applySettings(const SettingsDialog::Values &values)
{
    const QString &cacheDir = values.cacheDir;
    const QString &language = values.language;
    const QString &catalogFile = values.catalogFile;
    const int parallel = values.parallelDownloads;
    const QString oldDir = m_config.cacheDir();
    const bool folderSettingChanged = m_settings.cacheDir().value_or(QString()) != cacheDir;
    m_settings.setCacheDir(cacheDir);
    m_settings.setLoadFormat(values.loadFormat);
    m_settings.setGcsEndpoint(values.gcsEndpoint);
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        statusBar()->showMessage(tr("The new language is used when hubcache starts again."), 8000);
    }
    m_settings.setMaxParallelDownloads(parallel);
    if (values.connectionsPerDownload != m_settings.connectionsPerDownload().value_or(Configuration::defaultParallelConnections()))
        m_settings.setConnectionsPerDownload(values.connectionsPerDownload);
    m_queue->setMaxParallel(parallel);
    if (catalogFile != m_settings.catalogFile()) {
        m_settings.setCatalogFile(catalogFile);
        if (catalogFile.isEmpty()) {
            m_catalogItems.clear();
            m_browse->setCatalogStatus(QString());
        } else {
            loadCatalog(catalogFile);
        }
    }
    reloadConfiguration();
    m_mode->setCurrentIndex(m_config.loadFormat() == LoadFormat::Uncompressed ? 1 : 0);
    updateModeTooltip();
    showLoadFormat();

    const QString newDir = m_config.cacheDir();
    if (newDir != oldDir && (Storage::isRemoteLocation(oldDir) || Storage::isRemoteLocation(newDir))) {
        // Models are moved within one file system only; a bucket fills itself on the next resolves.
        statusBar()->showMessage(tr("Cached models are not moved between a local folder and a bucket; "
                                    "models are downloaded into %1 when they are next used.").arg(newDir), 8000);
    } else if (newDir != oldDir) {
        // Offer to bring the models along.
        qint64 bytes = 0;
        int count = 0;
        for (const CacheEntry &e : ModelCache(oldDir).entries()) {
            if (e.state == EntryState::Complete) {
                bytes += e.sizeBytes;
                ++count;
            }
        }
        if (count > 0
            && m_prompter->confirm(this, tr("Move Cached Models"),
                                   tr("The old cache folder %1 holds %n model(s) (%2). Move them to %3?", nullptr, count)
                                       .arg(oldDir, sizeText(bytes), newDir),
                                   tr("Move"))) {
            auto *job = new CacheMoveJob(oldDir, newDir, this);
            auto *progress = new QProgressDialog(tr("Moving cached models…"), tr("Cancel"), 0, 1000, this);
            progress->setObjectName(QStringLiteral("moveProgress"));
            progress->setWindowModality(Qt::WindowModal);
            progress->setMinimumDuration(500);
            connect(progress, &QProgressDialog::canceled, job, &Job::cancel);
            connect(job, &Job::progress, progress, [progress](Job *, qint64 done, qint64 total) {
                progress->setValue(total > 0 ? int(1000.0 * double(done) / double(total)) : 0);
            });
            connect(job, &Job::result, this, [this, progress, folderSettingChanged](Job *j) {
                progress->deleteLater();
                auto *move = static_cast<CacheMoveJob *>(j);
                QString text = tr("%n model(s) moved.", nullptr, int(move->moved().size()));
                if (!move->skipped().isEmpty())
                    text += QLatin1Char('\n') + tr("Not moved:") + QLatin1Char('\n') + move->skipped().join(QLatin1Char('\n'));
                if (j->error() && j->error().code() != ErrorCode::Cancelled)
                    text += QLatin1Char('\n') + j->error().message();
                statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 8000);
                if (!move->skipped().isEmpty() || j->error())
                    m_prompter->inform(this, tr("Move Cached Models"), text);
                refreshCache();
                if (folderSettingChanged)
                    offerProfileUpdate();
            });
            job->start();
            refreshCache();
            return;
        }
    }
    refreshCache();
    if (folderSettingChanged)
        offerProfileUpdate();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_queue->running().size() + int(m_queue->pending().size());
    // With a tray, downloads can go on there instead of being cancelled.
    if (running > 0 && !m_closingOnSignal && !m_quitRequested && m_notifier->trayAvailable()
        && m_prompter->confirm(this, tr("Downloads Running"),
                               tr("%n download(s) still running. Keep downloading in the background? hubcache "
                                  "stays in the system tray and says when they end.",
                                  nullptr, running),
                               tr("Keep in &Tray"))) {
        m_notifier->setWindowHidden(true);
        hide();
        event->ignore();
        return;
    }
    if (running > 0 && !m_closingOnSignal
        && !m_prompter->confirm(this, tr("Downloads Running"),
                                tr("Quit and cancel %n running download(s)? Nothing half-downloaded is left in "
                                   "the cache.",
                                   nullptr, running),
                                tr("Quit"))) {
        event->ignore();
        return;
    }
    // Cancelling removes each job's temp folder and lock before we go.
    m_queue->cancelAll();
    m_settings.setWindowLayout(saveGeometry(), saveState());
    event->accept();
}
