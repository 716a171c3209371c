#include "archivebuilder.h"
#include "browsepage.h"
#include "cachefixture.h"
#include "cacheentrymodel.h"
#include "cachepage.h"
#include "catalogmodel.h"
#include "demohub.h"
#include "downloadqueue.h"
#include "downloadspage.h"
#include "entrydetailsdialog.h"
#include "gcsemulator.h"
#include "handle.h"
#include "mainwindow.h"
#include "modelcache.h"
#include "profileeditor.h"
#include "prompter.h"
#include "uitranslators.h"
#include "settingsdialog.h"
#include "sizeformat.h"
#include "smoketestdialog.h"
#include "storage.h"
#include "testhttpserver.h"
#include "statestyle.h"
#include "usagechart.h"
#include "usagelegend.h"
#include "appsettings.h"
#include "resumedata.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QMimeData>
#include <QHeaderView>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProgressBar>
#include <QToolTip>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QDir>
#include <QDirIterator>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QProcess>
#include <QScopeGuard>
#include <QUrlQuery>
#include <QSignalSpy>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <QTreeWidget>

using namespace HubCache;

// Answers the app's questions without a modal dialog, and remembers them.
class AutoPrompter final : public Prompter
{
public:
    bool answer = true;
    QStringList questions;
    QStringList notes;

    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        questions.append(title + QLatin1Char('\n') + text);
        return answer;
    }
    void inform(QWidget *, const QString &title, const QString &text) override
    {
        notes.append(title + QLatin1Char('\n') + text);
    }
};

class TestGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<QTemporaryDir> m_home;
    AutoPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;

    MainWindow *window() { return m_window.get(); }

    QString demoHandle(const QString &name) const
    {
        return m_window->demoHub()->baseUrl() + QLatin1Char('/') + name + QStringLiteral("/1");
    }

    // Selects a row of the Browse page by handle and clicks Prefetch, as a user would.
    void prefetchFromBrowse(const QString &handle)
    {
        BrowsePage *browse = m_window->browsePage();
        browse->searchField()->clear();
        browse->selectHandle(handle);
        QCOMPARE(browse->selectedHandles(), QStringList{handle});
        auto *button = browse->findChild<QPushButton *>(QStringLiteral("prefetchButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QString waitForStatus(const QString &handle, const QStringList &finals, int timeoutMs = 30000)
    {
        QString status;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            status = m_window->downloadsPage()->statusText(handle);
            for (const QString &f : finals) {
                if (status.contains(f))
                    return status;
            }
            QTest::qWait(20);
        }
        return status;
    }

    // What a user sees after pressing Refresh: the scan runs on a worker thread.
    bool refreshAndWait()
    {
        QSignalSpy refreshed(m_window.get(), &MainWindow::cacheRefreshed);
        m_window->refreshCache();
        return refreshed.wait(10000);
    }

    // The Cache page's row for a model's folder. A scan taken while the model was downloading also
    // lists its lock (with the handle, from the descriptor written just before the rename): that
    // row is not the model, and its path is gone a moment later.
    std::optional<CacheEntry> cacheRow(const QString &handle)
    {
        for (const CacheEntry &e : m_window->cachePage()->model()->entries()) {
            if (e.handle == handle && (e.state == EntryState::Complete || e.state == EntryState::Broken))
                return e;
        }
        return std::nullopt;
    }

    // A fresh main window on the demo hub, as the app starts it.
    void openWindow(bool quitOnSignals = false)
    {
        MainWindow::Options options;
        options.demo = true;
        options.home = m_home->path();
        options.prompter = &m_prompter;
        options.hubcacheBinary = QStringLiteral(HUBCACHE_BIN_DIR "/hubcache");
        options.quitOnSignals = quitOnSignals;
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hubcache-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui"));
    }

    void init()
    {
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("TFHUB_CACHE_DIR", m_cacheDir->path().toLocal8Bit());
        qunsetenv("TFHUB_MODEL_LOAD_FORMAT");
        QSettings().clear();
        m_prompter = AutoPrompter();
        openWindow();
    }

    void cleanup()
    {
        if (m_window) {
            m_prompter.answer = true;
            m_window->close();
            m_window.reset();
        }
    }

    void browsesTheDemoHub()
    {
        CatalogModel *model = window()->browsePage()->model();
        QVERIFY(model->rowCount() >= 6);
        const int row = model->rowOf(demoHandle(QStringLiteral("half_plus_two")));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, CatalogModel::TitleColumn).data().toString(), u"Half plus two"_qs);
        QCOMPARE(model->index(row, CatalogModel::StateColumn).data().toString(), u"not cached"_qs);
        QVERIFY(!model->index(row, CatalogModel::SizeColumn).data().toString().isEmpty());
        // Search narrows the list.
        window()->browsePage()->searchField()->setText(u"signatures"_qs);
        QCOMPARE(window()->browsePage()->view()->model()->rowCount(), 1);
    }

    void prefetchShowsInCacheWithItsSize()
    {
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        prefetchFromBrowse(handle);
        const QString status = waitForStatus(handle, {u"Downloaded"_qs, u"Cancelled"_qs, u"does"_qs});
        QCOMPARE(status, u"Downloaded"_qs);
        QTRY_VERIFY(cacheRow(handle).has_value()); // the cache page follows without a click
        const auto entry = cacheRow(handle);
        QCOMPARE(entry->state, EntryState::Complete);
        const QString folder = m_cacheDir->path() + u'/' + Handle::cacheKeyFor(handle);
        QCOMPARE(entry->path, folder);
        QCOMPARE(entry->sizeBytes, ModelCache::treeSize(folder));
        QVERIFY(entry->sizeBytes > 1000);
        // The Browse page says cached, the usage chart has a box for it.
        const int row = window()->browsePage()->model()->rowOf(handle);
        QCOMPARE(window()->browsePage()->model()->index(row, CatalogModel::StateColumn).data().toString(), u"cached"_qs);
        QVERIFY(!window()->cachePage()->chart()->rectFor(folder).isEmpty());
        QVERIFY(window()->cachePage()->summaryLabel()->text().contains(u"1 entries"_qs)
                || window()->cachePage()->summaryLabel()->text().contains(u"1 entry"_qs));
    }

    void inspectShowsSignatures()
    {
        const QString handle = demoHandle(QStringLiteral("two_signatures"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"Cancelled"_qs, u"does"_qs}), u"Downloaded"_qs);
        QTRY_VERIFY(cacheRow(handle).has_value());
        const auto entry = cacheRow(handle);
        EntryDetailsDialog dialog(*entry);
        QTreeWidget *tree = dialog.signatureTree();
        QStringList lines;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            lines.append((*it)->text(0) + u'|' + (*it)->text(1) + u'|' + (*it)->text(2));
        QVERIFY2(lines.contains(u"serving_default|predict|"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"embed|predict|"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"input features|float32|(-1, 3)"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"output scores|float32|(-1, 2)"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"output embedding|float32|(-1, 4)"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY(!dialog.fileTree()->findItems(u"saved_model.pb"_qs, Qt::MatchExactly).isEmpty());
    }

    void deleteAsksAndFrees()
    {
        const QString handle = demoHandle(QStringLiteral("no_variables"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        QTRY_VERIFY(cacheRow(handle).has_value());
        const auto entry = cacheRow(handle);
        window()->tabs()->setCurrentWidget(window()->cachePage());
        window()->cachePage()->selectPath(entry->path);
        QCOMPARE(window()->cachePage()->selectedEntries().size(), 1);

        m_prompter.answer = false; // "Cancel" keeps it
        QTest::mouseClick(window()->cachePage()->findChild<QPushButton *>(u"cacheDeleteButton"_qs), Qt::LeftButton);
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY(QFileInfo::exists(entry->path));

        m_prompter.answer = true;
        QTest::mouseClick(window()->cachePage()->findChild<QPushButton *>(u"cacheDeleteButton"_qs), Qt::LeftButton);
        QCOMPARE(m_prompter.questions.size(), 2);
        // The confirmation names the entry and the space freed.
        QVERIFY2(m_prompter.questions.last().contains(handle), qPrintable(m_prompter.questions.last()));
        QVERIFY(m_prompter.questions.last().contains(formatSize(entry->sizeBytes)));
        // Deleted off the window's thread, then the list follows.
        QTRY_VERIFY(!QFileInfo::exists(entry->path));
        QTRY_VERIFY(!cacheRow(handle));
        QTRY_VERIFY(window()->statusBar()->currentMessage().contains(u"freed"_qs));
        QVERIFY(QDir(m_cacheDir->path()).isEmpty());
    }

    void switchesModes()
    {
        QComboBox *mode = window()->modeSwitch();
        QCOMPARE(window()->configuration().loadFormat() == LoadFormat::Uncompressed, false);
        mode->setCurrentIndex(1);
        QCOMPARE(window()->configuration().loadFormat(), LoadFormat::Uncompressed);
        QVERIFY(mode->toolTip().contains(u"Uncompressed"_qs));
        // Uncompressed: nothing to prefetch (it says why); the smoke test reads the model in place.
        BrowsePage *browse = window()->browsePage();
        const QString handle = demoHandle(QStringLiteral("text_length"));
        browse->searchField()->clear();
        browse->selectHandle(handle);
        auto *prefetchButton = browse->findChild<QPushButton *>(u"prefetchButton"_qs);
        auto *smokeButton = browse->findChild<QPushButton *>(u"smokeTestButton"_qs);
        QVERIFY(!prefetchButton->isEnabled());
        QVERIFY2(prefetchButton->toolTip().contains(u"caches nothing"_qs), qPrintable(prefetchButton->toolTip()));
        QVERIFY(smokeButton->isEnabled());
        QVERIFY2(smokeButton->toolTip().contains(u"read in place from remote storage"_qs),
                 qPrintable(smokeButton->toolTip()));
        const int row = browse->model()->rowOf(handle);
        QCOMPARE(browse->model()->index(row, CatalogModel::StateColumn).data().toString(), u"remote"_qs);
        // Resolve asks the demo hub, which answers 303 with the model's gs:// location.
        browse->handleField()->setText(handle);
        QTest::mouseClick(browse->findChild<QPushButton *>(u"resolveHandleButton"_qs), Qt::LeftButton);
        const QString location = u"gs://hubcache-demo-uncompressed/demo/text_length/1/uncompressed"_qs;
        const QString status = waitForStatus(handle, {u"gs://"_qs, u"Downloaded"_qs, u"Cannot"_qs});
        QCOMPARE(status, u"In remote storage: "_qs + location);
        auto *resolveStatus = browse->findChild<QLabel *>(u"resolveStatus"_qs);
        QVERIFY2(resolveStatus->text().contains(location), qPrintable(resolveStatus->text()));
        QVERIFY(!resolveStatus->isHidden());
        QVERIFY(window()->statusBar()->currentMessage().contains(location));
        // The Browse row follows the finished lookup (after the Downloads row, on a slow machine).
        QTRY_COMPARE(browse->model()->index(row, CatalogModel::StateColumn).data().toString(), u"remote"_qs);
        QTRY_VERIFY(browse->model()->index(row, CatalogModel::StateColumn).data(Qt::ToolTipRole).toString().contains(location));
        QVERIFY(QDir(m_cacheDir->path()).isEmpty());
        mode->setCurrentIndex(0);
        QCOMPARE(window()->configuration().loadFormat(), LoadFormat::Compressed);
        browse->selectHandle(handle);
        QVERIFY(prefetchButton->isEnabled());
        QVERIFY(smokeButton->isEnabled());
        QVERIFY(resolveStatus->isHidden());
        QCOMPARE(browse->model()->index(row, CatalogModel::StateColumn).data().toString(), u"not cached"_qs);
        // The choice is remembered.
        QCOMPARE(AppSettings().loadFormat().value_or(QString()), u"COMPRESSED"_qs);
    }

    void changingTheCacheFolderMovesModels()
    {
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        // TFHUB_CACHE_DIR would win over the app setting: take it away for this test.
        qunsetenv("TFHUB_CACHE_DIR");
        QTemporaryDir newDir;
        const QString oldDir = m_cacheDir->path();
        // The move is offered only when the folder really changes; the old one is the env's.
        { SettingsDialog::Values v; v.cacheDir = oldDir; v.loadFormat = u"AUTO"_qs; window()->applySettings(v); }
        m_prompter.questions.clear();
        { SettingsDialog::Values v; v.cacheDir = newDir.path(); v.loadFormat = u"AUTO"_qs; window()->applySettings(v); }
        QCOMPARE(window()->configuration().cacheDir(), newDir.path());
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY(m_prompter.questions.first().contains(u"Move"_qs));
        const QString key = Handle::cacheKeyFor(handle);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(newDir.path() + u'/' + key + u"/saved_model.pb"_qs), 10000);
        QTRY_VERIFY(!QFileInfo::exists(oldDir + u'/' + key));
        QVERIFY(QFileInfo::exists(newDir.path() + u'/' + key + u".descriptor.txt"_qs));
        QTRY_VERIFY(cacheRow(handle).has_value());
        QVERIFY(window()->cachePage()->findChild<QLabel *>(u"cacheFolderLabel"_qs)->text().contains(newDir.path()));
        QVERIFY(window()->cachePage()->findChild<QLabel *>(u"cacheFolderLabel"_qs)->text().contains(u"app setting"_qs));
    }

    void sparseFileShowsItsSpaceOnDisk()
    {
        const QString handle = u"https://example.com/sparse/1"_qs;
        const QString key = HubCacheTest::addCachedModel(QStringLiteral(HUBCACHE_TEST_DATA_DIR), m_cacheDir->path(), handle);
        QVERIFY(!key.isEmpty());
        const QByteArray huge = QFile::encodeName(m_cacheDir->path() + u'/' + key + u"/huge.bin"_qs);
        const int fd = ::open(huge.constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        const int truncated = ::ftruncate(fd, qint64(8) << 40); // 8 TiB, nothing allocated
        ::close(fd);
        if (truncated != 0)
            QSKIP("this file system cannot hold a sparse file of 8 TiB");
        QVERIFY(refreshAndWait());
        const auto entry = cacheRow(handle);
        QVERIFY(entry);
        QVERIFY(entry->sizeBytes < 100 * 1024 * 1024);
        const QString summary = window()->cachePage()->summaryLabel()->text();
        QVERIFY2(!summary.contains(u"TB"_qs), qPrintable(summary));
    }

    void cachePageSaysWhenTheFolderIsUnsafeOrNotAFolder()
    {
        auto *warning = window()->cachePage()->findChild<QLabel *>(u"cacheWarning"_qs);
        QVERIFY(warning);
        const QByteArray dir = QFile::encodeName(m_cacheDir->path());
        // A team cache: shown with a warning.
        QCOMPARE(::chmod(dir.constData(), 02775), 0);
        QVERIFY(refreshAndWait());
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(u"group"_qs), qPrintable(warning->text()));
        // Anyone can plant a model: said plainly.
        QCOMPARE(::chmod(dir.constData(), 0777), 0);
        QVERIFY(refreshAndWait());
        QVERIFY2(warning->text().contains(u"not safe"_qs), qPrintable(warning->text()));
        QCOMPARE(::chmod(dir.constData(), 0700), 0);
        QVERIFY(refreshAndWait());
        QVERIFY2(!warning->text().contains(u"not safe"_qs), qPrintable(warning->text()));

        // The cache folder is a file: the page says so and lists nothing.
        const QString file = m_cacheDir->path() + u"/a-file"_qs;
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        qputenv("TFHUB_CACHE_DIR", file.toLocal8Bit());
        m_window->close();
        openWindow();
        warning = window()->cachePage()->findChild<QLabel *>(u"cacheWarning"_qs);
        QVERIFY(refreshAndWait());
        QVERIFY2(warning->text().contains(u"is not a folder"_qs) && warning->text().contains(file),
                 qPrintable(warning->text()));
        QVERIFY(window()->cachePage()->model()->entries().isEmpty());
    }

    void cancelLeavesNothing()
    {
        window()->demoHub()->setLargeModelRate(2 * 1024 * 1024);
        const QString handle = demoHandle(QStringLiteral("large_assets"));
        prefetchFromBrowse(handle);
        QTRY_VERIFY_WITH_TIMEOUT(window()->downloadsPage()->statusText(handle) == u"Downloading"_qs, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window()->windowTitle().contains(u'%'), 10000); // progress in the title
        QTreeWidgetItem *row = window()->downloadsPage()->itemFor(handle);
        QVERIFY(row);
        window()->downloadsPage()->tree()->setCurrentItem(row);
        QTest::mouseClick(window()->downloadsPage()->findChild<QPushButton *>(u"cancelButton"_qs), Qt::LeftButton);
        QCOMPARE(waitForStatus(handle, {u"Cancelled"_qs}, 5000), u"Cancelled"_qs);
        QTRY_VERIFY(QDir(m_cacheDir->path()).isEmpty());
        QVERIFY(!window()->windowTitle().contains(u'%'));
    }

    void failedDownloadShowsItsError()
    {
        const QString handle = demoHandle(QStringLiteral("sign_in_page"));
        prefetchFromBrowse(handle);
        const QString status = waitForStatus(handle, {u"does not appear"_qs, u"Downloaded"_qs});
        QVERIFY2(status.contains(u"does not appear to be a valid module"_qs), qPrintable(status));
        QVERIFY(status.contains(u"text/html"_qs));
        QVERIFY(window()->tabs()->tabText(1).contains(u"⚠"_qs));
        QVERIFY(QDir(m_cacheDir->path()).isEmpty());
    }

    void closingWithDownloadsAsksFirst()
    {
        window()->demoHub()->setLargeModelRate(1024 * 1024);
        const QString handle = demoHandle(QStringLiteral("large_assets"));
        prefetchFromBrowse(handle);
        QTRY_VERIFY_WITH_TIMEOUT(window()->downloadsPage()->statusText(handle) == u"Downloading"_qs, 10000);
        m_prompter.answer = false;
        QVERIFY(!window()->close());
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY(m_prompter.questions.first().contains(u"download"_qs));
        QVERIFY(window()->isVisible());
        m_prompter.answer = true;
        QVERIFY(window()->close());
        m_window.reset();
        QTRY_VERIFY(QDir(m_cacheDir->path()).isEmpty()); // no half entry, no temp folder, no lock
    }

    // A session that ends (SIGHUP), a kill (SIGTERM) or Ctrl+C in the terminal that started the app
    // cancels every download, so no lock, temp folder or half entry is left, and closes without asking.
    void signalCancelsDownloadsAndCloses_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGHUP") << int(SIGHUP);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void signalCancelsDownloadsAndCloses()
    {
        QFETCH(int, signal);
        m_window.reset();
        openWindow(/*quitOnSignals=*/true);
        window()->demoHub()->setLargeModelRate(1024 * 1024);
        const QString handle = demoHandle(QStringLiteral("large_assets"));
        prefetchFromBrowse(handle);
        QTRY_VERIFY_WITH_TIMEOUT(window()->downloadsPage()->statusText(handle) == u"Downloading"_qs, 10000);
        QVERIFY(!QDir(m_cacheDir->path()).isEmpty());
        m_prompter.answer = false; // a prompt would keep the window open: there must be none
        QVERIFY(::raise(signal) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!window()->isVisible(), 5000);
        QVERIFY(m_prompter.questions.isEmpty());
        QVERIFY2(QDir(m_cacheDir->path()).isEmpty(),
                 qPrintable(QDir(m_cacheDir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
        m_window.reset(); // the previous handling of the signal comes back
    }

    void smokeTestRunsInAHelperProcess()
    {
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        SmokeTestDialog *dialog = window()->smokeTest(handle);
        QSignalSpy done(dialog, &SmokeTestDialog::finished);
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog->statusLabel()->text() + u'\n' + dialog->logView()->toPlainText()));
        QCOMPARE(dialog->report().signature, u"serving_default"_qs);
        QCOMPARE(dialog->report().ioPath, u"plugin"_qs);
        QStringList rows;
        for (QTreeWidgetItemIterator it(dialog->tensorTree()); *it; ++it)
            rows.append((*it)->text(0) + u'|' + (*it)->text(1) + u'|' + (*it)->text(2));
        QVERIFY2(rows.contains(u"x|float32|(1)"_qs), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(u"y|float32|(1)"_qs), qPrintable(rows.join(u'\n')));
        QVERIFY(dialog->statusLabel()->text().startsWith(u"OK"_qs));
        dialog->close();
    }

    void smokeTestFailureShowsErrorAndLog()
    {
        // A model whose saved_model.pb was cut short, as a broken download or disk would leave it.
        QTemporaryDir broken;
        QDirIterator it(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QString target = broken.path() + u'/' + QDir(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two")).relativeFilePath(it.filePath());
            QDir().mkpath(QFileInfo(target).path());
            QVERIFY(QFile::copy(it.filePath(), target));
        }
        QFile pb(broken.path() + u"/saved_model.pb"_qs);
        QVERIFY(pb.open(QIODevice::ReadWrite));
        QVERIFY(pb.resize(pb.size() / 2));
        pb.close();
        SmokeTestDialog *dialog = window()->smokeTest(broken.path());
        QSignalSpy done(dialog, &SmokeTestDialog::finished);
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!dialog->report().ok());
        QVERIFY2(dialog->statusLabel()->text().contains(u"saved_model.pb"_qs), qPrintable(dialog->statusLabel()->text()));
        QVERIFY(window()->isVisible()); // the app is unharmed
        dialog->close();
    }

    // Preferences take a bucket as the cache folder and an emulator or proxy as the storage
    // endpoint, typed as a user types them; a bad endpoint is pointed out before it is saved.
    void preferencesAcceptABucketAndAnEndpoint()
    {
        qunsetenv("STORAGE_EMULATOR_HOST");
        qunsetenv("HUBCACHE_GCS_ENDPOINT");
        SettingsDialog::Values values;
        values.loadFormat = u"AUTO"_qs;
        SettingsDialog dialog(values, m_home->path(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *folder = dialog.cacheDirEdit();
        folder->clear();
        QTest::keyClicks(folder, u"gs://team-bucket/tfhub_modules"_qs);
        QVERIFY2(dialog.warningLabel()->text().contains(u"bucket"_qs), qPrintable(dialog.warningLabel()->text()));
        QVERIFY(!dialog.warningLabel()->text().contains(u"temp folder"_qs));
        QLineEdit *endpoint = dialog.gcsEndpointEdit();
        QTest::keyClicks(endpoint, u"ftp://127.0.0.1"_qs);
        QVERIFY2(dialog.warningLabel()->text().contains(u"ftp://127.0.0.1 is not valid"_qs),
                 qPrintable(dialog.warningLabel()->text()));
        endpoint->selectAll();
        QTest::keyClicks(endpoint, u"127.0.0.1:4443"_qs);
        QVERIFY(!dialog.warningLabel()->text().contains(u"not valid"_qs));
        const SettingsDialog::Values typed = dialog.values();
        QCOMPARE(typed.cacheDir, u"gs://team-bucket/tfhub_modules"_qs);
        QCOMPARE(typed.gcsEndpoint, u"127.0.0.1:4443"_qs);
        dialog.close();

        // Saved and in effect: the endpoint alone here (TFHUB_CACHE_DIR of the test wins over the folder).
        SettingsDialog::Values apply;
        apply.cacheDir = QString();
        apply.loadFormat = u"AUTO"_qs;
        apply.gcsEndpoint = typed.gcsEndpoint;
        window()->applySettings(apply);
        QCOMPARE(window()->configuration().gcsEndpoint(), QUrl(u"http://127.0.0.1:4443"_qs));
        QCOMPARE(window()->configuration().gcsEndpointSource(), ConfigSource::AppSetting);
        QCOMPARE(window()->configuration().cacheDir(), m_cacheDir->path());
    }

    void prunesLeftovers()
    {
        const QString key = Handle::cacheKeyFor(u"https://example.com/killed/1"_qs);
        QVERIFY(QDir().mkpath(m_cacheDir->path() + u'/' + key + u".0123456789abcdef0123456789abcdef.tmp/x"_qs));
        QVERIFY(refreshAndWait());
        QCOMPARE(window()->cachePage()->model()->rowCount(), 1);
        QCOMPARE(window()->cachePage()->model()->entry(0).state, EntryState::OrphanedTemp);
        QTest::mouseClick(window()->cachePage()->findChild<QPushButton *>(u"pruneButton"_qs), Qt::LeftButton);
        QCOMPARE(m_prompter.questions.size(), 1);
        QTRY_COMPARE(window()->cachePage()->model()->rowCount(), 0);
        QVERIFY(QDir(m_cacheDir->path()).isEmpty());
    }

    // Kaggle Models in Browse, against recorded answers of the Kaggle API on a loopback server: a
    // typed search lists each TensorFlow variation as a handle, More Results appends the next page,
    // and a prefetched variation shows as cached.
    void kaggleSearchListsPagesAndPrefetches()
    {
        auto recorded = [](const char *name) {
            QFile f(QFINDTESTDATA(QStringLiteral("data/kaggle/") + QLatin1String(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        HubCacheTest::TestHttpServer kaggle;
        QVERIFY(kaggle.start());
        auto json = [](const QByteArray &body) {
            HubCacheTest::TestHttpServer::Route r;
            r.body = body;
            r.contentType = "application/json";
            return r;
        };
        const QByteArray page1 = recorded("list-page1.json");
        QVERIFY2(!page1.isEmpty(), "tests/data/kaggle/list-page1.json is missing");
        kaggle.setRoute(u"/api/v1/models/list"_qs, json(page1));
        HubCacheTest::TestHttpServer::Route model;
        model.body = HubCacheTest::ArchiveBuilder::savedModelDirectoryArchive(
            QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two"), HubCacheTest::ArchiveBuilder::Compression::Gzip);
        model.contentType = "application/x-tar";
        kaggle.setRoute(u"/models/google/half-plus-two/tensorFlow1/default/1"_qs, model);

        qputenv("HUBCACHE_KAGGLE_API", kaggle.url(u"/api/v1"_qs).toString().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("HUBCACHE_KAGGLE_API"); });
        m_window.reset();
        openWindow();
        BrowsePage *browse = window()->browsePage();
        auto *source = browse->findChild<QComboBox *>(u"sourceFilter"_qs);
        QVERIFY(source);
        source->setCurrentIndex(source->findData(u"kaggle"_qs));
        auto *more = browse->findChild<QPushButton *>(u"kaggleMoreButton"_qs);
        QVERIFY(more && more->isVisible() && !more->isEnabled());
        QVERIFY(browse->view()->model()->rowCount() == 0); // nothing searched yet

        QTest::keyClicks(browse->searchField(), u"mobile net"_qs);
        QTest::keyClick(browse->searchField(), Qt::Key_Return);
        QTRY_COMPARE(browse->view()->model()->rowCount(), 3);
        QTRY_VERIFY(more->isEnabled());
        QVERIFY2(browse->kaggleStatus().contains(u"3 TensorFlow model variation"_qs), qPrintable(browse->kaggleStatus()));
        QCOMPARE(kaggle.requestCount(u"/api/v1/models/list"_qs), 1);
        QCOMPARE(QUrlQuery(kaggle.requests().constLast().url).queryItemValue(u"search"_qs, QUrl::FullyDecoded),
                 u"mobile net"_qs);
        const QString base = kaggle.url(u"/models/"_qs).toString();
        const QString classifier = base + u"google/mobilenet-v2/tensorFlow2/100-224-classification/2"_qs;
        const QString halfPlusTwo = base + u"google/half-plus-two/tensorFlow1/default/1"_qs;
        CatalogModel *rows = browse->model();
        const int row = rows->rowOf(classifier);
        QVERIFY(row >= 0);
        QCOMPARE(rows->index(row, CatalogModel::TitleColumn).data().toString(), u"MobileNet V2 · 100-224-classification"_qs);
        QCOMPARE(rows->index(row, CatalogModel::PublisherColumn).data().toString(), u"Google"_qs);
        QCOMPARE(rows->index(row, CatalogModel::SizeColumn).data().toString(),
                 u"14.0 MB"_qs);
        QCOMPARE(rows->index(row, CatalogModel::StateColumn).data().toString(), u"not cached"_qs);

        // The next page: the server now answers the last page; its model without instances is looked up.
        kaggle.setRoute(u"/api/v1/models/list"_qs, json(recorded("list-page2.json")));
        kaggle.setRoute(u"/api/v1/models/tensorflow/efficientnet/get"_qs, json(recorded("get-efficientnet.json")));
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_COMPARE(browse->view()->model()->rowCount(), 4);
        QCOMPARE(QUrlQuery(kaggle.requests().value(kaggle.requests().size() - 2).url).queryItemValue(u"pageToken"_qs),
                 u"CAIQAA"_qs);
        QVERIFY(rows->rowOf(base + u"tensorflow/efficientnet/tensorFlow2/b0-classification/1"_qs) >= 0);
        QVERIFY(rows->rowOf(classifier) >= 0); // appended, not replaced
        QTRY_VERIFY(!more->isEnabled()); // the last page
        QVERIFY2(browse->kaggleStatus().contains(u"4 TensorFlow model variation"_qs), qPrintable(browse->kaggleStatus()));

        // Prefetch one of them from the same server: the row says cached.
        prefetchFromBrowse(halfPlusTwo);
        QCOMPARE(waitForStatus(halfPlusTwo, {u"Downloaded"_qs, u"Cancelled"_qs, u"Cannot"_qs}), u"Downloaded"_qs);
        QTRY_COMPARE(rows->index(rows->rowOf(halfPlusTwo), CatalogModel::StateColumn).data().toString(), u"cached"_qs);
        QVERIFY(QFileInfo::exists(m_cacheDir->path() + u'/' + Handle::cacheKeyFor(halfPlusTwo) + u"/saved_model.pb"_qs));
        QCOMPARE(rows->index(rows->rowOf(classifier), CatalogModel::StateColumn).data().toString(), u"not cached"_qs);
    }

    void kaggleSearchOfflineSaysWhatToDo()
    {
        HubCacheTest::TestHttpServer kaggle;
        QVERIFY(kaggle.start());
        qputenv("HUBCACHE_KAGGLE_API", kaggle.url(u"/api/v1"_qs).toString().toUtf8());
        qputenv("HUBCACHE_OFFLINE", "1");
        const auto unset = qScopeGuard([] {
            qunsetenv("HUBCACHE_KAGGLE_API");
            qunsetenv("HUBCACHE_OFFLINE");
        });
        m_window.reset();
        openWindow();
        BrowsePage *browse = window()->browsePage();
        browse->showSource(u"kaggle"_qs);
        QTest::keyClicks(browse->searchField(), u"bert"_qs);
        QTest::mouseClick(browse->findChild<QPushButton *>(u"kaggleSearchButton"_qs), Qt::LeftButton);
        QTRY_VERIFY2(browse->kaggleStatus().contains(u"Offline mode is on"_qs), qPrintable(browse->kaggleStatus()));
        QVERIFY(browse->kaggleStatus().contains(u"turn offline mode off"_qs));
        QCOMPARE(kaggle.requests().size(), 0);
        QCOMPARE(browse->view()->model()->rowCount(), 0);
    }

    // A cache folder in a bucket (gs://), on the emulator tst_gcscache uses. The entries are written
    // straight into the bucket as tensorflow_hub names them; the window is driven by clicks.
private:
    static constexpr const char *kGuiBucket = "gui-cache";
    std::unique_ptr<HubCacheTest::GcsEmulator> m_emulator;
    QString m_gcsDir;
    int m_gcsRun = 0;

    // Undoes what openOnBucket() put into the environment, however the test ends.
    struct BucketEnvironment {
        ~BucketEnvironment()
        {
            for (const char *name : {"HUBCACHE_GCS_ENDPOINT", "HUBCACHE_DEAD_OWNER_GRACE"})
                qunsetenv(name);
        }
    };

    std::unique_ptr<Storage> bucketStorage() const
    {
        QProcessEnvironment env;
        env.insert(u"HUBCACHE_GCS_ENDPOINT"_qs, m_emulator->endpoint().toString());
        Configuration::Inputs in;
        in.environment = env;
        Error e;
        Configuration c = Configuration::fromInputs(in, &e);
        c.setRetryDelay(std::chrono::milliseconds(10));
        return Storage::forLocation(m_gcsDir, c);
    }

    QStringList bucketObjects() const
    {
        QStringList names;
        Error e;
        for (const Storage::Item &item : bucketStorage()->list(m_gcsDir, Storage::ListMode::Recursive, &e))
            names.append(item.name);
        names.sort();
        return e ? QStringList{e.message()} : names;
    }

    // A model as tensorflow_hub leaves it in the bucket: <key>/… and <key>.descriptor.txt. Returns
    // the bytes its objects hold, or -1.
    qint64 putPythonEntry(const QString &handle, const QString &model)
    {
        const std::unique_ptr<Storage> storage = bucketStorage();
        const QString key = Handle::cacheKeyFor(handle);
        const QString source = QStringLiteral(HUBCACHE_TEST_DATA_DIR "/") + model;
        qint64 total = 0;
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            QFile f(it.filePath());
            if (!f.open(QIODevice::ReadOnly))
                return -1;
            const QByteArray bytes = f.readAll();
            if (storage->write(m_gcsDir + u'/' + key + u'/' + QDir(source).relativeFilePath(it.filePath()), bytes))
                return -1;
            total += bytes.size();
        }
        if (storage->write(Descriptor::pathFor(m_gcsDir + u'/' + key), Descriptor::forThisProcess(handle).toBytes()))
            return -1;
        return total;
    }

    // Starts the emulator once, picks a fresh folder in the bucket and opens a window on it.
    bool openOnBucket()
    {
        if (!m_emulator) {
            auto emulator = std::make_unique<HubCacheTest::GcsEmulator>();
            QString error;
            if (HubCacheTest::GcsEmulator::binaryPath().isEmpty()) {
                qWarning().noquote() << HubCacheTest::GcsEmulator::installHint();
                return false;
            }
            if (!emulator->start(&error) || !emulator->createBucket(QString::fromLatin1(kGuiBucket), &error)) {
                qWarning().noquote() << error;
                return false;
            }
            m_emulator = std::move(emulator);
        }
        m_gcsDir = u"gs://%1/gui%2"_qs.arg(QString::fromLatin1(kGuiBucket)).arg(++m_gcsRun);
        return true;
    }

    void showBucketWindow()
    {
        qputenv("TFHUB_CACHE_DIR", m_gcsDir.toUtf8());
        qputenv("HUBCACHE_GCS_ENDPOINT", m_emulator->endpoint().toString().toUtf8());
        qputenv("HUBCACHE_DEAD_OWNER_GRACE", "0"); // a lock that holds no lock is stale at once
        m_window.reset();
        openWindow();
        window()->tabs()->setCurrentWidget(window()->cachePage());
    }

    // Clicks the Cache page's row of path (the view is sorted; find where it is shown).
    bool clickRow(const QString &path, bool doubleClick = false)
    {
        auto *view = window()->cachePage()->findChild<QTableView *>(u"cacheView"_qs);
        QAbstractItemModel *shown = view->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex index = shown->index(row, CacheEntryModel::HandleColumn);
            const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(shown);
            const int source = proxy ? proxy->mapToSource(index).row() : row;
            if (window()->cachePage()->model()->entry(source).path != path)
                continue;
            view->scrollTo(index);
            const QPoint at = view->visualRect(index).center();
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
            if (doubleClick)
                QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
        return false;
    }

    std::optional<CacheEntry> rowInState(const QString &key, EntryState state)
    {
        for (const CacheEntry &e : window()->cachePage()->model()->entries()) {
            if (e.key == key && e.state == state)
                return e;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    // The Cache page of a window on gs://bucket/dir lists what tensorflow_hub put there, with
    // sizes and states, and names the bucket and endpoint where a local folder shows disk space.
    void gcsCachePageListsTheBucket()
    {
        BucketEnvironment restore;
        QVERIFY2(openOnBucket(), qPrintable(HubCacheTest::GcsEmulator::installHint()));
        const QString handle = u"https://tfhub.dev/google/two_signatures/1"_qs;
        const qint64 bytes = putPythonEntry(handle, u"two_signatures"_qs);
        QVERIFY(bytes > 1000);
        const QString tempKey = Handle::cacheKeyFor(u"https://tfhub.dev/google/killed/1"_qs);
        const QString lockKey = Handle::cacheKeyFor(u"https://tfhub.dev/google/stuck/1"_qs);
        const std::unique_ptr<Storage> storage = bucketStorage();
        QVERIFY(!storage->write(m_gcsDir + u'/' + tempKey + u".0123456789abcdef0123456789abcdef.tmp/saved_model.pb"_qs,
                                QByteArray(300, 'x')));
        QVERIFY(!storage->write(m_gcsDir + u'/' + lockKey + u".lock"_qs, "not a lock"));
        showBucketWindow();

        const QString key = Handle::cacheKeyFor(handle);
        QTRY_VERIFY_WITH_TIMEOUT(rowInState(key, EntryState::Complete).has_value(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(rowInState(lockKey, EntryState::StaleLock).has_value(), 15000);
        const auto entry = rowInState(key, EntryState::Complete);
        QCOMPARE(entry->path, m_gcsDir + u'/' + key);
        QCOMPARE(entry->handle, handle);
        QCOMPARE(entry->sizeBytes, bytes);
        QVERIFY(rowInState(tempKey, EntryState::OrphanedTemp).has_value());
        QCOMPARE(rowInState(tempKey, EntryState::OrphanedTemp)->sizeBytes, 300);
        QCOMPARE(window()->cachePage()->model()->rowCount(), 3);
        // The size column shows the objects' bytes as the local page shows a folder's.
        CacheEntryModel *model = window()->cachePage()->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            row = model->entry(r).key == key ? r : row;
        QCOMPARE(model->index(row, CacheEntryModel::SizeColumn).data().toString(),
                 formatSize(bytes));
        QCOMPARE(model->index(row, CacheEntryModel::StateColumn).data().toString(),
                 CacheEntry::stateDisplayName(EntryState::Complete));

        const QString disk = window()->cachePage()->findChild<QLabel *>(u"diskLabel"_qs)->text();
        QVERIFY2(disk.contains(u"Remote: bucket <b>gui-cache</b>"_qs), qPrintable(disk));
        QVERIFY2(disk.contains(m_emulator->endpoint().toDisplayString()), qPrintable(disk));
        QVERIFY2(!disk.contains(u"free of"_qs), qPrintable(disk));
        const QString folder = window()->cachePage()->findChild<QLabel *>(u"cacheFolderLabel"_qs)->text();
        QVERIFY2(folder.contains(m_gcsDir), qPrintable(folder));
    }

    // Delete, clicked on a selected row, removes the entry's objects from the bucket.
    void gcsCacheDeleteRemovesFromTheBucket()
    {
        BucketEnvironment restore;
        QVERIFY2(openOnBucket(), qPrintable(HubCacheTest::GcsEmulator::installHint()));
        const QString kept = u"https://tfhub.dev/google/kept/1"_qs;
        const QString doomed = u"https://tfhub.dev/google/doomed/1"_qs;
        QVERIFY(putPythonEntry(kept, u"half_plus_two"_qs) > 0);
        QVERIFY(putPythonEntry(doomed, u"two_signatures"_qs) > 0);
        showBucketWindow();
        const QString doomedKey = Handle::cacheKeyFor(doomed);
        const QString keptKey = Handle::cacheKeyFor(kept);
        QTRY_VERIFY_WITH_TIMEOUT(rowInState(doomedKey, EntryState::Complete).has_value(), 15000);
        QTRY_VERIFY(rowInState(keptKey, EntryState::Complete).has_value());

        QVERIFY(clickRow(m_gcsDir + u'/' + doomedKey));
        QCOMPARE(window()->cachePage()->selectedEntries().size(), 1);
        QCOMPARE(window()->cachePage()->selectedEntries().first().key, doomedKey);
        auto *deleteButton = window()->cachePage()->findChild<QPushButton *>(u"cacheDeleteButton"_qs);
        QVERIFY(deleteButton->isEnabled());
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY2(m_prompter.questions.last().contains(doomed), qPrintable(m_prompter.questions.last()));
        QTRY_VERIFY_WITH_TIMEOUT(!rowInState(doomedKey, EntryState::Complete).has_value(), 15000);
        QTRY_VERIFY(window()->statusBar()->currentMessage().contains(u"freed"_qs));

        // In the bucket: nothing of the deleted entry, all of the other one.
        const QStringList objects = bucketObjects();
        for (const QString &name : objects)
            QVERIFY2(!name.startsWith(doomedKey), qPrintable(objects.join(u' ')));
        QVERIFY2(objects.contains(keptKey + u"/saved_model.pb"_qs), qPrintable(objects.join(u' ')));
        QVERIFY2(objects.contains(keptKey + u".descriptor.txt"_qs), qPrintable(objects.join(u' ')));
        QVERIFY(rowInState(keptKey, EntryState::Complete).has_value());
    }

    // Prune removes an interrupted download's temp objects and a stale lock from the bucket.
    void gcsCachePruneRemovesTempAndStaleLock()
    {
        BucketEnvironment restore;
        QVERIFY2(openOnBucket(), qPrintable(HubCacheTest::GcsEmulator::installHint()));
        const QString handle = u"https://tfhub.dev/google/complete/1"_qs;
        QVERIFY(putPythonEntry(handle, u"half_plus_two"_qs) > 0);
        const QString tempKey = Handle::cacheKeyFor(u"https://tfhub.dev/google/killed/2"_qs);
        const QString lockKey = Handle::cacheKeyFor(u"https://tfhub.dev/google/stuck/2"_qs);
        const std::unique_ptr<Storage> storage = bucketStorage();
        const QString temp = m_gcsDir + u'/' + tempKey + u".fedcba9876543210fedcba9876543210.tmp"_qs;
        QVERIFY(!storage->write(temp + u"/variables/variables.index"_qs, QByteArray(100, 'i')));
        QVERIFY(!storage->write(temp + u"/saved_model.pb"_qs, QByteArray(200, 'p')));
        QVERIFY(!storage->write(m_gcsDir + u'/' + lockKey + u".lock"_qs, "not a lock"));
        showBucketWindow();
        const QString key = Handle::cacheKeyFor(handle);
        QTRY_VERIFY_WITH_TIMEOUT(rowInState(lockKey, EntryState::StaleLock).has_value(), 15000);
        QVERIFY(rowInState(tempKey, EntryState::OrphanedTemp).has_value());
        QVERIFY(rowInState(key, EntryState::Complete).has_value());

        QTest::mouseClick(window()->cachePage()->findChild<QPushButton *>(u"pruneButton"_qs), Qt::LeftButton);
        QCOMPARE(m_prompter.questions.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(window()->cachePage()->model()->rowCount(), 1, 15000);
        QVERIFY(rowInState(key, EntryState::Complete).has_value());
        const QStringList objects = bucketObjects();
        for (const QString &name : objects)
            QVERIFY2(name.startsWith(key), qPrintable(objects.join(u' ')));
        QVERIFY2(objects.contains(key + u"/saved_model.pb"_qs), qPrintable(objects.join(u' ')));
    }

    // Double-clicking an entry in the bucket opens its details: the signatures of the remote
    // saved_model.pb, read off the window's thread, and its objects with their sizes.
    void gcsCacheDetailsShowTheRemoteSignatures()
    {
        BucketEnvironment restore;
        QVERIFY2(openOnBucket(), qPrintable(HubCacheTest::GcsEmulator::installHint()));
        const QString handle = u"https://tfhub.dev/google/inspect/1"_qs;
        QVERIFY(putPythonEntry(handle, u"two_signatures"_qs) > 0);
        showBucketWindow();
        const QString key = Handle::cacheKeyFor(handle);
        QTRY_VERIFY_WITH_TIMEOUT(rowInState(key, EntryState::Complete).has_value(), 15000);
        QVERIFY(clickRow(m_gcsDir + u'/' + key, true));
        EntryDetailsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<EntryDetailsDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->signatureTree()->topLevelItemCount() > 0, 15000);
        QVERIFY2(dialog->modelMessage()->isHidden(), qPrintable(dialog->modelMessage()->text()));
        QStringList lines;
        for (QTreeWidgetItemIterator it(dialog->signatureTree()); *it; ++it)
            lines.append((*it)->text(0) + u'|' + (*it)->text(1) + u'|' + (*it)->text(2));
        QVERIFY2(lines.contains(u"serving_default|predict|"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"embed|predict|"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"input features|float32|(-1, 3)"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"output embedding|float32|(-1, 4)"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"Tags: serve||"_qs), qPrintable(lines.join(u'\n')));
        // Which TensorFlow saved it is on the overview, once the remote read arrived.
        bool savedBy = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            savedBy = savedBy || label->text() == u"TensorFlow 2.21.0"_qs;
        QVERIFY(savedBy);
        QTRY_VERIFY(!dialog->fileTree()->findItems(u"saved_model.pb"_qs, Qt::MatchExactly).isEmpty());
        const QList<QTreeWidgetItem *> variables = dialog->fileTree()->findItems(u"variables"_qs, Qt::MatchExactly);
        QCOMPARE(variables.size(), 1);
        QCOMPARE(variables.first()->childCount(), 2);
        dialog->close();
    }

    // A remote saved_model.pb that is not a SavedModel: the dialog says so as it does locally.
    void gcsCacheDetailsShowACorruptRemoteSavedModel()
    {
        BucketEnvironment restore;
        QVERIFY2(openOnBucket(), qPrintable(HubCacheTest::GcsEmulator::installHint()));
        const QString handle = u"https://tfhub.dev/google/corrupt/1"_qs;
        QVERIFY(putPythonEntry(handle, u"half_plus_two"_qs) > 0);
        const QString key = Handle::cacheKeyFor(handle);
        QVERIFY(!bucketStorage()->write(m_gcsDir + u'/' + key + u"/saved_model.pb"_qs, "\x0a\xff\xff\xff\xff\x0f no"));
        showBucketWindow();
        QTRY_VERIFY_WITH_TIMEOUT(rowInState(key, EntryState::Complete).has_value(), 15000);
        QVERIFY(clickRow(m_gcsDir + u'/' + key, true));
        EntryDetailsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<EntryDetailsDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->modelMessage()->text().contains(u"is not a readable SavedModel"_qs), 15000);
        QVERIFY2(dialog->modelMessage()->text().contains(m_gcsDir + u'/' + key + u"/saved_model.pb"_qs),
                 qPrintable(dialog->modelMessage()->text()));
        QCOMPARE(dialog->signatureTree()->topLevelItemCount(), 0);
        dialog->close();
    }

    // ---- Downloads, Browse, sizes, shortcuts, bookmarks, sorting ----
private:
    // Opens a list's row menu as a right click does, and clicks one of its entries.
    void clickContextMenuEntry(QWidget *viewport, const QPoint &pos, const QString &actionName)
    {
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
        QApplication::sendEvent(viewport, &event);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *action = menu->findChild<QAction *>(actionName);
        QVERIFY2(action, qPrintable(actionName));
        QVERIFY2(action->isEnabled(), qPrintable(actionName));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    // Shortcuts reach only the active window.
    void activateWindow()
    {
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
    }

    void clickRow(QTreeWidget *tree, QTreeWidgetItem *item)
    {
        QVERIFY(item);
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
        QCOMPARE(tree->currentItem(), item);
    }

private Q_SLOTS:
    // After a mix of outcomes the summary says each, and the bar counts only what arrived; Cancel
    // and Retry follow the selected row; the row's details follow its end; Clear Finished takes the
    // failure mark off the tab.
    void downloadsSummarySaysWhatHappened()
    {
        DownloadsPage *page = window()->downloadsPage();
        window()->demoHub()->setLargeModelRate(1024 * 1024);
        const QString good1 = demoHandle(QStringLiteral("half_plus_two"));
        const QString good2 = demoHandle(QStringLiteral("two_signatures"));
        const QString bad = demoHandle(QStringLiteral("sign_in_page"));
        const QString large = demoHandle(QStringLiteral("large_assets"));
        for (const QString &h : {large, good1, good2, bad})
            prefetchFromBrowse(h);
        QCOMPARE(waitForStatus(good1, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        QCOMPARE(waitForStatus(good2, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        QVERIFY(waitForStatus(bad, {u"does not appear"_qs}).contains(u"does not appear"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText(large) == u"Downloading"_qs, 10000);
        QVERIFY(window()->tabs()->tabText(1).contains(u"⚠"_qs));

        window()->tabs()->setCurrentWidget(page);
        auto *cancel = page->findChild<QPushButton *>(u"cancelButton"_qs);
        auto *retry = page->findChild<QPushButton *>(u"retryButton"_qs);
        auto *details = page->findChild<QLabel *>(u"downloadDetails"_qs);
        QVERIFY(retry);
        // A failed row: nothing to cancel, something to retry, its whole error below the list.
        clickRow(page->tree(), page->itemFor(bad));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(retry->isEnabled());
        QVERIFY2(details->text().contains(u"does not appear to be a valid module"_qs), qPrintable(details->text()));
        // A finished one: neither.
        clickRow(page->tree(), page->itemFor(good1));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!retry->isEnabled());
        QVERIFY2(details->text().contains(m_cacheDir->path() + u'/' + Handle::cacheKeyFor(good1)), qPrintable(details->text()));
        // The running one, cancelled while selected: the details follow without another click.
        clickRow(page->tree(), page->itemFor(large));
        QVERIFY(cancel->isEnabled());
        QVERIFY(!retry->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(waitForStatus(large, {u"Cancelled"_qs}, 5000), u"Cancelled"_qs);
        QVERIFY2(details->text().contains(u"Cancelled"_qs), qPrintable(details->text()));
        QVERIFY2(!details->text().contains(m_cacheDir->path()), qPrintable(details->text()));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(retry->isEnabled());

        auto *label = page->findChild<QLabel *>(u"totalLabel"_qs);
        auto *bar = page->findChild<QProgressBar *>(u"totalProgress"_qs);
        QCOMPARE(label->text(), u"2 downloaded, 1 failed, 1 cancelled"_qs);
        QCOMPARE(bar->value(), 50); // two of four arrived
        QVERIFY(!window()->windowTitle().contains(u'%'));

        QTest::mouseClick(page->findChild<QPushButton *>(u"clearFinishedButton"_qs), Qt::LeftButton);
        QCOMPARE(page->tree()->topLevelItemCount(), 0);
        QVERIFY2(label->text().startsWith(u"No downloads yet"_qs), qPrintable(label->text()));
        QVERIFY2(!window()->tabs()->tabText(1).contains(u"⚠"_qs), qPrintable(window()->tabs()->tabText(1)));
        QVERIFY(details->text().isEmpty());
        QTRY_VERIFY(QDir(m_cacheDir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size() == 4); // 2 models
    }

    // A pasted handle fails (the server has no such model yet), then Retry from the row's menu
    // downloads it once it is there; Copy Path gives where it landed. The failure is told on the
    // Browse page, with the handle; the status bar's short line fits beside its labels even with
    // a long cache folder.
    void retryAndAFailedResolveOnBrowse()
    {
        QTemporaryDir longRoot;
        const QString longDir = longRoot.path() + u"/a-cache-folder-with-a-rather-long-name/and-another-level-below-it/tfhub_modules"_qs;
        QVERIFY(QDir().mkpath(longDir));
        QVERIFY(QFile::setPermissions(longDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("TFHUB_CACHE_DIR", longDir.toLocal8Bit());
        m_window.reset();
        openWindow();
        HubCacheTest::TestHttpServer server;
        QVERIFY(server.start());
        const QString handle = server.url(u"/models/late-model/1"_qs).toString();
        BrowsePage *browse = window()->browsePage();
        browse->handleField()->setFocus();
        QTest::keyClicks(browse->handleField(), handle);
        QTest::keyClick(browse->handleField(), Qt::Key_Return);
        const QString failure = waitForStatus(handle, {u"404"_qs, u"Downloaded"_qs, u"not found"_qs, u"Not Found"_qs});
        QVERIFY2(!failure.contains(u"Downloaded"_qs), qPrintable(failure));
        QCOMPARE(window()->downloadsPage()->outcome(handle), DownloadsPage::Outcome::Failed);
        auto *resolveStatus = browse->findChild<QLabel *>(u"resolveStatus"_qs);
        QVERIFY(!resolveStatus->isHidden());
        QVERIFY2(resolveStatus->text().contains(handle), qPrintable(resolveStatus->text()));
        QVERIFY2(resolveStatus->text().contains(failure), qPrintable(resolveStatus->text()));
        // The status bar's message and its permanent labels do not overlap.
        QStatusBar *bar = window()->statusBar();
        const QString message = bar->currentMessage();
        QVERIFY(!message.isEmpty());
        int permanent = 0;
        for (const char *name : {"pythonStatus", "folderStatus"}) {
            auto *l = bar->findChild<QLabel *>(QLatin1String(name));
            QVERIFY(l && l->isVisible());
            permanent += l->width();
            QVERIFY2(l->x() >= bar->fontMetrics().horizontalAdvance(message), qPrintable(l->text() + u" | "_qs + message));
        }
        QVERIFY(bar->fontMetrics().horizontalAdvance(message) + permanent < bar->width());

        // The model appears on the server; Retry from the row's menu fetches it.
        HubCacheTest::TestHttpServer::Route model;
        model.body = HubCacheTest::ArchiveBuilder::savedModelDirectoryArchive(
            QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two"), HubCacheTest::ArchiveBuilder::Compression::Gzip);
        model.contentType = "application/x-tar";
        server.setRoute(u"/models/late-model/1"_qs, model);
        DownloadsPage *page = window()->downloadsPage();
        window()->tabs()->setCurrentWidget(page);
        QTreeWidgetItem *row = page->itemFor(handle);
        clickRow(page->tree(), row);
        clickContextMenuEntry(page->tree()->viewport(), page->tree()->visualItemRect(row).center(), u"retryButtonAction"_qs);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"404"_qs}), u"Downloaded"_qs);
        QVERIFY(QFileInfo::exists(longDir + u'/' + Handle::cacheKeyFor(handle) + u"/saved_model.pb"_qs));
        QTRY_VERIFY(resolveStatus->isHidden()); // the failure it told of is over
        QCOMPARE(page->findChild<QLabel *>(u"totalLabel"_qs)->text(), u"1 downloaded"_qs);
        QGuiApplication::clipboard()->clear();
        clickContextMenuEntry(page->tree()->viewport(), page->tree()->visualItemRect(row).center(), u"copyPathAction"_qs);
        QCOMPARE(QGuiApplication::clipboard()->text(), longDir + u'/' + Handle::cacheKeyFor(handle));
        clickContextMenuEntry(page->tree()->viewport(), page->tree()->visualItemRect(row).center(), u"copyHandleAction"_qs);
        QCOMPARE(QGuiApplication::clipboard()->text(), handle);
    }

    // On the Cache page F5 rescans (it used to only move the focus), Ctrl+I and Enter inspect the
    // selected entry; in its filter Esc clears and Down goes into the list.
    void cachePageKeys()
    {
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        QTRY_VERIFY(cacheRow(handle).has_value());
        activateWindow();
        QTest::keySequence(window(), QKeySequence(Qt::CTRL | Qt::Key_3));
        CachePage *cache = window()->cachePage();
        QCOMPARE(window()->tabs()->currentWidget(), cache);
        QTableView *view = cache->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
        QCOMPARE(cache->selectedEntries().size(), 1);
        QTRY_VERIFY(view->hasFocus());

        QSignalSpy refreshed(window(), &MainWindow::cacheRefreshed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QVERIFY(refreshed.wait(10000));

        // The rescan keeps the selected row, and Enter acts on it.
        QCOMPARE(cache->selectedEntries().size(), 1);
        QVERIFY(view->hasFocus());
        auto detailsDialogs = [this] { return window()->findChildren<EntryDetailsDialog *>(); };
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(detailsDialogs().size(), 1);
        delete detailsDialogs().first();
        activateWindow();
        view->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::ControlModifier);
        QTRY_COMPARE(detailsDialogs().size(), 1);
        delete detailsDialogs().first();
        activateWindow();

        QLineEdit *filter = nullptr;
        for (QLineEdit *e : cache->findChildren<QLineEdit *>()) {
            if (e->placeholderText().contains(u"Filter"_qs))
                filter = e;
        }
        QVERIFY(filter);
        filter->setFocus();
        QTest::keyClicks(filter, u"no-such-model"_qs);
        QCOMPARE(view->model()->rowCount(), 0);
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(view->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(view->hasFocus());
    }

    // Browse: Ctrl+F, type, Down into the list, Enter prefetches the row; Esc clears the search.
    void browseKeysActOnTheSelectedRow()
    {
        BrowsePage *browse = window()->browsePage();
        activateWindow();
        QTest::keySequence(window(), QKeySequence::Find);
        QVERIFY(browse->searchField()->hasFocus());
        QTest::keyClicks(browse->searchField(), u"two signatures"_qs);
        QCOMPARE(browse->view()->model()->rowCount(), 1);
        QTest::keyClick(browse->searchField(), Qt::Key_Down);
        QVERIFY(browse->view()->hasFocus());
        const QString handle = demoHandle(QStringLiteral("two_signatures"));
        QCOMPARE(browse->selectedHandles(), QStringList{handle});
        QTest::keyClick(browse->view(), Qt::Key_Return);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        browse->searchField()->setFocus();
        QTest::keyClick(browse->searchField(), Qt::Key_Escape);
        QVERIFY(browse->searchField()->text().isEmpty());
        QVERIFY(browse->view()->model()->rowCount() >= 6);
    }

    // A bookmarked model from any list shows under Bookmarks, with a star; the button says what it
    // will do and keeps the selection.
    void bookmarksShowWithAMarkAndKeepTheSelection()
    {
        BrowsePage *browse = window()->browsePage();
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        browse->selectHandle(handle);
        auto *button = browse->findChild<QPushButton *>(u"bookmarkButton"_qs);
        QVERIFY(button);
        QCOMPARE(button->text(), u"&Bookmark"_qs);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(browse->selectedHandles(), QStringList{handle});
        QCOMPARE(button->text(), u"Remove &Bookmark"_qs);
        const int row = browse->model()->rowOf(handle);
        QVERIFY(browse->model()->index(row, CatalogModel::TitleColumn).data().toString().startsWith(u"★"_qs));
        QCOMPARE(AppSettings().bookmarks(), QStringList{handle});

        auto *source = browse->findChild<QComboBox *>(u"sourceFilter"_qs);
        source->setCurrentIndex(source->findData(u"bookmark"_qs));
        QCOMPARE(browse->view()->model()->rowCount(), 1);
        QCOMPARE(browse->view()->model()->index(0, 0).data(CatalogModel::HandleRole).toString(), handle);
        // Ctrl+B takes it off again.
        activateWindow();
        browse->selectHandle(handle);
        browse->view()->setFocus();
        QTest::keyClick(browse->view(), Qt::Key_B, Qt::ControlModifier);
        QTRY_COMPARE(browse->view()->model()->rowCount(), 0); // a shortcut clicks the button a moment later
        QVERIFY(AppSettings().bookmarks().isEmpty());
        source->setCurrentIndex(0);
        QVERIFY(!browse->model()->index(row, CatalogModel::TitleColumn).data().toString().startsWith(u"★"_qs));

        // The row's menu does the same, and copies the handle.
        browse->selectHandle(handle);
        const QModelIndex shown = browse->view()->selectionModel()->selectedRows().value(0);
        QVERIFY(shown.isValid());
        const QPoint at = browse->view()->visualRect(shown).center();
        clickContextMenuEntry(browse->view()->viewport(), at, u"bookmarkButtonAction"_qs);
        QTRY_COMPARE(AppSettings().bookmarks(), QStringList{handle});
        QCOMPARE(browse->selectedHandles(), QStringList{handle});
        QGuiApplication::clipboard()->clear();
        clickContextMenuEntry(browse->view()->viewport(), at, u"copyHandleAction"_qs);
        QCOMPARE(QGuiApplication::clipboard()->text(), handle);
    }

    // Titles sort as people read them; the short columns show their whole text; sizes are SI and
    // the two size columns say which is which.
    void sortsNaturallyAndColumnsFit()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/catalog.json"_qs;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QJsonArray models;
        auto add = [&models](const char *name, const char *title, const char *publisher, qint64 size) {
            QJsonObject o;
            o.insert(u"handle"_qs, QString(u"https://example.com/"_qs + QLatin1String(name) + u"/1"_qs));
            o.insert(u"title"_qs, QString::fromLatin1(title));
            o.insert(u"publisher"_qs, QString::fromLatin1(publisher));
            o.insert(u"size"_qs, double(size));
            models.append(o);
        };
        add("use", "Universal Sentence Encoder", "Google", 440000000);
        add("c10", "classification/10", "tensorflow", 12680);
        add("c5", "classification/5", "tensorflow", 999);
        add("bert", "bert", "Google", 1500000000);
        file.write(QJsonDocument(models).toJson());
        file.close();
        window()->loadCatalog(path);
        BrowsePage *browse = window()->browsePage();
        browse->showSource(u"catalog"_qs);
        QAbstractItemModel *rows = browse->view()->model();
        QCOMPARE(rows->rowCount(), 4);
        auto titles = [rows] {
            QStringList t;
            for (int r = 0; r < rows->rowCount(); ++r)
                t.append(rows->index(r, CatalogModel::TitleColumn).data().toString());
            return t;
        };
        QCOMPARE(titles(), (QStringList{u"bert"_qs, u"classification/5"_qs, u"classification/10"_qs, u"Universal Sentence Encoder"_qs}));
        QHeaderView *header = browse->view()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(CatalogModel::TitleColumn) + 5, header->height() / 2));
        QCOMPARE(titles(), (QStringList{u"Universal Sentence Encoder"_qs, u"classification/10"_qs, u"classification/5"_qs, u"bert"_qs}));

        QCOMPARE(rows->headerData(CatalogModel::SizeColumn, Qt::Horizontal).toString(), u"Download Size"_qs);
        QCOMPARE(rows->headerData(CatalogModel::OnDiskColumn, Qt::Horizontal).toString(), u"Size on Disk"_qs);
        QCOMPARE(rows->index(0, CatalogModel::SizeColumn).data().toString(), u"440.0 MB"_qs);
        QCOMPARE(rows->index(3, CatalogModel::SizeColumn).data().toString(), u"1.5 GB"_qs);
        QCOMPARE(rows->index(0, CatalogModel::OnDiskColumn).data().toString(), QString()); // not cached

        QTableView *view = browse->view();
        const QFontMetrics fm = view->fontMetrics();
        for (int r = 0; r < rows->rowCount(); ++r) {
            for (int c : {int(CatalogModel::TitleColumn), int(CatalogModel::StateColumn), int(CatalogModel::SizeColumn),
                          int(CatalogModel::PublisherColumn)}) {
                const QModelIndex index = rows->index(r, c);
                const QString text = index.data().toString();
                QVERIFY2(view->visualRect(index).width() >= fm.horizontalAdvance(text) + 6,
                         qPrintable(text + u" in a column "_qs + QString::number(view->visualRect(index).width())));
            }
        }
    }

    // One size format on every page: the Browse row, the Cache row, the treemap; titles instead of
    // URLs in the Downloads and Cache lists, the handle in the tooltip and Copy Handle.
    void sizesAndTitlesAreTheSameEverywhere()
    {
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        QTRY_VERIFY(cacheRow(handle).has_value());
        const CacheEntry entry = *cacheRow(handle);
        const QString onDisk = formatSize(entry.sizeBytes);
        QVERIFY2(onDisk.endsWith(u" kB"_qs), qPrintable(onDisk));

        CatalogModel *browse = window()->browsePage()->model();
        const int row = browse->rowOf(handle);
        QTRY_COMPARE(browse->index(row, CatalogModel::OnDiskColumn).data().toString(), onDisk);
        QCOMPARE(browse->index(row, CatalogModel::SizeColumn).data().toString(), formatSize(browse->item(row).sizeBytes));

        QTreeWidgetItem *download = window()->downloadsPage()->itemFor(handle);
        QCOMPARE(download->text(DownloadsPage::ModelColumn), u"Half plus two"_qs);
        QCOMPARE(download->toolTip(DownloadsPage::ModelColumn), handle);

        window()->tabs()->setCurrentWidget(window()->cachePage());
        CachePage *cache = window()->cachePage();
        QTableView *view = cache->view();
        cache->selectPath(entry.path);
        QModelIndex cacheIndex = view->selectionModel()->selectedRows().value(0);
        QVERIFY(cacheIndex.isValid());
        QCOMPARE(cacheIndex.siblingAtColumn(CacheEntryModel::HandleColumn).data().toString(), u"Half plus two"_qs);
        QVERIFY(cacheIndex.siblingAtColumn(CacheEntryModel::HandleColumn).data(Qt::ToolTipRole).toString().contains(handle));
        QCOMPARE(cacheIndex.siblingAtColumn(CacheEntryModel::SizeColumn).data().toString(), onDisk);

        // The treemap's tooltip.
        UsageChart *chart = cache->chart();
        const QPoint centre = chart->rectFor(entry.path).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, centre, chart->mapToGlobal(centre));
        QApplication::sendEvent(chart, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(onDisk), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // Copy Handle from the Cache row's menu.
        QGuiApplication::clipboard()->clear();
        clickContextMenuEntry(view->viewport(), view->visualRect(cacheIndex).center(), u"copyHandleAction"_qs);
        QCOMPARE(QGuiApplication::clipboard()->text(), handle);
    }

    // ---- settings, profile, the Cache page, wording and empty states ----

    // Write to Profile writes what is saved and in effect: a folder typed and then cancelled never
    // reaches ~/.bashrc or environment.d.
    void writeProfileWritesOnlySavedSettings()
    {
        const auto removeBlock = qScopeGuard([this] { (void)ProfileEditor::remove(m_home->path()); });
        SettingsDialog::Values saved;
        saved.loadFormat = u"AUTO"_qs; // no folder of the app's own: the test's TFHUB_CACHE_DIR is in effect
        SettingsDialog dialog(saved, m_home->path(), window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTemporaryDir typed;
        QLineEdit *folder = dialog.cacheDirEdit();
        folder->setFocus();
        QTest::keyClicks(folder, typed.path());
        QTest::mouseClick(dialog.writeProfileButton(), Qt::LeftButton);
        QVERIFY(ProfileEditor::current(m_home->path()).isEmpty());
        QVERIFY(!dialog.writeProfileButton()->isEnabled());
        QVERIFY2(dialog.profileStatus()->text().contains(u"Press OK"_qs), qPrintable(dialog.profileStatus()->text()));
        // Back to what is saved: the folder in effect is written.
        folder->selectAll();
        QTest::keyClick(folder, Qt::Key_Delete);
        QVERIFY(dialog.writeProfileButton()->isEnabled());
        QTest::mouseClick(dialog.writeProfileButton(), Qt::LeftButton);
        QCOMPARE(ProfileEditor::current(m_home->path()).cacheDir.value_or(QString()), m_cacheDir->path());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(ProfileEditor::current(m_home->path()).cacheDir.value_or(QString()), m_cacheDir->path());
    }

    // After Write to Profile the status line grows; the paragraph above it keeps its lines.
    void preferencesProfileStatusDoesNotClip()
    {
        const auto removeBlock = qScopeGuard([this] { (void)ProfileEditor::remove(m_home->path()); });
        SettingsDialog::Values saved;
        saved.loadFormat = u"AUTO"_qs;
        SettingsDialog dialog(saved, m_home->path(), window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.writeProfileButton(), Qt::LeftButton);
        QVERIFY2(dialog.profileStatus()->text().contains(u"New shells"_qs), qPrintable(dialog.profileStatus()->text()));
        QLabel *explain = dialog.profileExplanation();
        QLabel *status = dialog.profileStatus();
        QTRY_VERIFY2(explain->height() >= explain->heightForWidth(explain->width()),
                     qPrintable(u"%1 < %2"_qs.arg(explain->height()).arg(explain->heightForWidth(explain->width()))));
        QTRY_VERIFY2(status->height() >= status->heightForWidth(status->width()),
                     qPrintable(u"%1 < %2"_qs.arg(status->height()).arg(status->heightForWidth(status->width()))));
        QVERIFY(!explain->geometry().intersects(status->geometry()));
    }

    // A folder change (with Move) offers to update a profile that still names the old folder.
    void folderChangeOffersToUpdateTheProfile()
    {
        const auto restore = qScopeGuard([this] {
            (void)ProfileEditor::remove(m_home->path());
            qputenv("TFHUB_CACHE_DIR", m_cacheDir->path().toLocal8Bit());
        });
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        qunsetenv("TFHUB_CACHE_DIR");
        { SettingsDialog::Values v; v.cacheDir = m_cacheDir->path(); v.loadFormat = u"AUTO"_qs; window()->applySettings(v); }
        ProfileEditor::Values inProfile;
        inProfile.cacheDir = m_cacheDir->path();
        QVERIFY(!ProfileEditor::apply(m_home->path(), inProfile));
        m_prompter.questions.clear();
        QTemporaryDir newDir;
        { SettingsDialog::Values v; v.cacheDir = newDir.path(); v.loadFormat = u"AUTO"_qs; window()->applySettings(v); }
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.questions.size(), 2, 10000);
        QVERIFY(m_prompter.questions.first().contains(u"Move"_qs));
        const QString question = m_prompter.questions.last();
        QVERIFY2(question.contains(m_cacheDir->path()) && question.contains(newDir.path()), qPrintable(question));
        QCOMPARE(ProfileEditor::current(m_home->path()).cacheDir.value_or(QString()), newDir.path());
        QVERIFY(QFileInfo::exists(newDir.path() + u'/' + Handle::cacheKeyFor(handle) + u"/saved_model.pb"_qs));
    }

    // When the app's own setting picks the folder, the Cache page says where Python caches instead,
    // and Write to Profile there makes both use one folder.
    void cachePageSaysWherePythonCaches()
    {
        const auto restore = qScopeGuard([this] {
            (void)ProfileEditor::remove(m_home->path());
            qputenv("TFHUB_CACHE_DIR", m_cacheDir->path().toLocal8Bit());
        });
        CachePage *page = window()->cachePage();
        window()->tabs()->setCurrentWidget(page);
        QVERIFY(!page->pythonNote()->isVisible()); // TFHUB_CACHE_DIR: both use it
        qunsetenv("TFHUB_CACHE_DIR");
        QTemporaryDir appDir;
        { SettingsDialog::Values v; v.cacheDir = appDir.path(); v.loadFormat = u"AUTO"_qs; window()->applySettings(v); }
        QCOMPARE(window()->configuration().cacheDirSource(), ConfigSource::AppSetting);
        QTRY_VERIFY(page->pythonNote()->isVisible());
        QVERIFY2(page->pythonNote()->text().contains(Configuration::defaultCacheDir()), qPrintable(page->pythonNote()->text()));
        QVERIFY(page->writeProfileButton()->isVisible());
        QTest::mouseClick(page->writeProfileButton(), Qt::LeftButton);
        QCOMPARE(ProfileEditor::current(m_home->path()).cacheDir.value_or(QString()), appDir.path());
        QTRY_VERIFY(!page->writeProfileButton()->isVisible());
        QVERIFY2(page->pythonNote()->text().contains(u"new shell"_qs), qPrintable(page->pythonNote()->text()));
    }

    // Open Folder without a file manager says so in the app, with the path, and copies it.
    void openFolderFailureSaysSoAndCopiesThePath()
    {
        QTemporaryDir emptyBin; // nothing on PATH opens a folder
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", emptyBin.path().toLocal8Bit());
        const auto restore = qScopeGuard([path] { qputenv("PATH", path); });
        QGuiApplication::clipboard()->clear();
        window()->tabs()->setCurrentWidget(window()->cachePage());
        QTest::mouseClick(window()->cachePage()->findChild<QPushButton *>(u"cacheOpenFolderButton"_qs), Qt::LeftButton);
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY2(m_prompter.questions.first().contains(m_cacheDir->path()), qPrintable(m_prompter.questions.first()));
        QCOMPARE(QGuiApplication::clipboard()->text(), m_cacheDir->path());
    }

    // What the command line or Python change in a local cache folder shows without a Refresh.
    void cachePageFollowsChangesFromOutside()
    {
        window()->tabs()->setCurrentWidget(window()->cachePage());
        QVERIFY(refreshAndWait());
        QCOMPARE(window()->cachePage()->model()->rowCount(), 0);
        const QString temp = m_cacheDir->path() + u'/' + Handle::cacheKeyFor(u"https://example.com/python/1"_qs)
            + u".0123456789abcdef0123456789abcdef.tmp"_qs;
        QVERIFY(QDir().mkpath(temp + u"/variables"_qs));
        QTRY_COMPARE(window()->cachePage()->model()->rowCount(), 1);
        QVERIFY(QDir(temp).removeRecursively());
        QTRY_COMPARE(window()->cachePage()->model()->rowCount(), 0);
    }

    // Qt's own buttons (OK, Cancel, Yes, No) speak the app's language, and a translated header fits.
    void qtButtonsAndHeadersAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << u"ko"_qs;
        QTest::newRow("es") << u"es"_qs;
        QTest::newRow("ja") << u"ja"_qs;
    }

    void qtButtonsAndHeadersAreTranslated()
    {
        QFETCH(QString, language);
        const UiTranslators translators{QLocale(language)};
        QVERIFY2(translators.qtLoaded(),
                 qPrintable(u"Qt's translations (qtbase_%1.qm) are not in %2: install qt6-translations-l10n "
                            "(scripts/setup-debian.sh)"_qs.arg(language, UiTranslators::qtTranslationsPath())));
        QVERIFY(translators.appLoaded());
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close
                             | QDialogButtonBox::Yes | QDialogButtonBox::No);
        // ("OK" is OK in Japanese too, "No" is no in Spanish.)
        for (auto [which, english] : {std::pair{QDialogButtonBox::Cancel, "Cancel"}, std::pair{QDialogButtonBox::Close, "Close"},
                                      std::pair{QDialogButtonBox::Yes, "Yes"}}) {
            const QString text = box.button(which)->text().remove(u'&');
            QVERIFY2(!text.isEmpty() && text != QLatin1String(english), qPrintable(text));
        }
        DownloadsPage page;
        page.resize(1000, 400);
        page.show();
        QHeaderView *header = page.tree()->header();
        for (int c = 0; c < header->count(); ++c)
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                     qPrintable(page.tree()->headerItem()->text(c)));
    }

    // English texts with a count use its plural form; the title names the app once.
    void wordingUsesPluralFormsAndOneAppName()
    {
        const UiTranslators translators{QLocale(QLocale::English)};
        QCOMPARE(tr("%n model(s)", nullptr, 1), u"1 model"_qs);
        QCOMPARE(tr("%n model(s)", nullptr, 2), u"2 models"_qs);
        const QString handle = demoHandle(QStringLiteral("no_variables"));
        prefetchFromBrowse(handle);
        QCOMPARE(window()->statusBar()->currentMessage(), u"1 model added to Downloads."_qs);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        prefetchFromBrowse(handle); // already cached: queued again, the count stays honest
        QTRY_VERIFY(cacheRow(handle).has_value());
        window()->tabs()->setCurrentWidget(window()->cachePage());
        window()->cachePage()->selectPath(cacheRow(handle)->path);
        m_prompter.answer = false;
        QTest::mouseClick(window()->cachePage()->findChild<QPushButton *>(u"cacheDeleteButton"_qs), Qt::LeftButton);
        QVERIFY2(m_prompter.questions.last().contains(u"Delete 1 item from the cache"_qs), qPrintable(m_prompter.questions.last()));
        for (const QString &q : std::as_const(m_prompter.questions))
            QVERIFY2(!q.contains(u"(s)"_qs) && !q.contains(u"1 cache entries"_qs), qPrintable(q));

        QGuiApplication::setApplicationDisplayName(u"hubcache"_qs);
        const auto resetName = qScopeGuard([] { QGuiApplication::setApplicationDisplayName(QString()); });
        m_window.reset();
        openWindow();
        // Qt appends the display name to the title: the title itself must not name the app again.
        const QString title = window()->windowTitle();
        QVERIFY2(!title.contains(u"hubcache"_qs) && title.contains(u"demo"_qs), qPrintable(title));
    }

    // The details open on the overview, which says which TensorFlow saved the model; a temp folder
    // that was never downloaded shows no download date.
    void detailsOpenOnTheOverviewAndLeftoversHaveNoDate()
    {
        const QString handle = demoHandle(QStringLiteral("two_signatures"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        QTRY_VERIFY(cacheRow(handle).has_value());
        EntryDetailsDialog dialog(*cacheRow(handle));
        QCOMPARE(dialog.tabs()->currentIndex(), 0);
        QStringList overview;
        for (QLabel *label : dialog.tabs()->widget(0)->findChildren<QLabel *>())
            overview.append(label->text());
        QVERIFY2(overview.filter(QRegularExpression(u"^TensorFlow \\d"_qs)).size() == 1, qPrintable(overview.join(u'\n')));
        for (QTreeWidgetItemIterator it(dialog.signatureTree()); *it; ++it)
            QVERIFY2(!(*it)->text(1).startsWith(u"TensorFlow"_qs), qPrintable((*it)->text(1)));

        const QString temp = m_cacheDir->path() + u'/' + Handle::cacheKeyFor(u"https://example.com/killed/1"_qs)
            + u".0123456789abcdef0123456789abcdef.tmp"_qs;
        QVERIFY(QDir().mkpath(temp));
        QTRY_VERIFY(refreshAndWait() && window()->cachePage()->model()->rowCount() == 2);
        CacheEntryModel *model = window()->cachePage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const CacheEntry e = model->entry(row);
            const QString date = model->index(row, CacheEntryModel::DateColumn).data().toString();
            if (e.state == EntryState::OrphanedTemp) {
                QCOMPARE(date, u"incomplete"_qs);
                EntryDetailsDialog leftover(e);
                QStringList lines;
                for (QLabel *label : leftover.findChildren<QLabel *>())
                    lines.append(label->text());
                QVERIFY2(!lines.contains(u"Downloaded:"_qs), qPrintable(lines.join(u'\n')));
            } else {
                QVERIFY(!date.isEmpty() && date != u"incomplete"_qs);
            }
        }
    }

    // Prune says how much it freed, in the status bar and on the Cache page.
    void pruneSaysWhatItFreed()
    {
        const QString temp = m_cacheDir->path() + u'/' + Handle::cacheKeyFor(u"https://example.com/killed/1"_qs)
            + u".0123456789abcdef0123456789abcdef.tmp"_qs;
        QVERIFY(QDir().mkpath(temp));
        QFile part(temp + u"/saved_model.pb"_qs);
        QVERIFY(part.open(QIODevice::WriteOnly));
        QVERIFY(part.write(QByteArray(256 * 1024, 'x')) == 256 * 1024);
        part.close();
        window()->tabs()->setCurrentWidget(window()->cachePage());
        QVERIFY(refreshAndWait());
        QCOMPARE(window()->cachePage()->model()->rowCount(), 1);
        const qint64 size = window()->cachePage()->model()->entry(0).sizeBytes;
        QVERIFY(size >= 256 * 1024);
        QTest::mouseClick(window()->cachePage()->findChild<QPushButton *>(u"pruneButton"_qs), Qt::LeftButton);
        const QString freed = formatSize(size);
        QTRY_VERIFY2(window()->cachePage()->noticeLabel()->text().contains(freed),
                     qPrintable(window()->cachePage()->noticeLabel()->text()));
        QVERIFY(window()->cachePage()->noticeLabel()->isVisible());
        QVERIFY2(window()->statusBar()->currentMessage().contains(freed), qPrintable(window()->statusBar()->currentMessage()));
        QVERIFY(!QFileInfo::exists(temp));
    }

    // The first start without the demo says what to do and offers no demo hub; a search that finds
    // nothing says so.
    void emptyBrowseSaysWhatToDo()
    {
        m_window.reset();
        MainWindow::Options options;
        options.home = m_home->path();
        options.prompter = &m_prompter;
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        BrowsePage *browse = window()->browsePage();
        QCOMPARE(browse->view()->model()->rowCount(), 0);
        QLabel *empty = browse->emptyStateLabel();
        QVERIFY(empty->isVisible());
        for (const char *hint : {"Open a catalog", "paste a handle", "search Kaggle Models"})
            QVERIFY2(empty->text().contains(QLatin1String(hint)), qPrintable(empty->text()));
        auto *source = browse->findChild<QComboBox *>(u"sourceFilter"_qs);
        QCOMPARE(source->findData(u"demo"_qs), -1);
        // The Kaggle link goes to the Kaggle search.
        emit empty->linkActivated(u"kaggle"_qs);
        QCOMPARE(browse->currentSource(), u"kaggle"_qs);

        m_window.reset();
        openWindow();
        browse = window()->browsePage();
        QVERIFY(!browse->emptyStateLabel()->isVisible());
        QVERIFY(browse->findChild<QComboBox *>(u"sourceFilter"_qs)->findData(u"demo"_qs) >= 0);
        browse->searchField()->setFocus();
        QTest::keyClicks(browse->searchField(), u"zebra-unicorn"_qs);
        QCOMPARE(browse->view()->model()->rowCount(), 0);
        QVERIFY(browse->emptyStateLabel()->isVisible());
        QVERIFY2(browse->emptyStateLabel()->text().contains(u"No models match “zebra-unicorn”"_qs),
                 qPrintable(browse->emptyStateLabel()->text()));
    }

    // Double-clicking a large model that is not cached asks first, with its size.
    void doubleClickOnALargeModelAsks()
    {
        QTemporaryDir dir;
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        const qint64 size = 300LL * 1024 * 1024;
        QFile catalog(dir.path() + u"/catalog.json"_qs);
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write(u"[{\"handle\": \"%1\", \"title\": \"Big one\", \"size\": %2}]"_qs.arg(handle).arg(size).toUtf8());
        catalog.close();
        window()->loadCatalog(catalog.fileName());
        BrowsePage *browse = window()->browsePage();
        browse->selectHandle(handle);
        const QModelIndex index = browse->view()->selectionModel()->selectedRows(CatalogModel::TitleColumn).value(0);
        QVERIFY(index.isValid());
        const QPoint at = browse->view()->visualRect(index).center();
        m_prompter.answer = false;
        QTest::mouseClick(browse->view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(browse->view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY2(m_prompter.questions.first().contains(formatSize(size)),
                 qPrintable(m_prompter.questions.first()));
        QVERIFY(!window()->downloadsPage()->itemFor(handle));
        m_prompter.answer = true;
        QTest::mouseClick(browse->view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(browse->view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_prompter.questions.size(), 2);
        QVERIFY(window()->downloadsPage()->itemFor(handle));
    }

    // ---- embeddable widgets ----
    // A program of its own embeds the Cache and Downloads views, given only a configuration and a
    // download queue (no MainWindow): Downloads fetches a model and says where it is, the Cache
    // view then lists it, and its Delete button removes it after asking, saying which entry went.
    void embeddedViewsDownloadListAndDelete()
    {
        m_window.reset();
        QTemporaryDir cacheDir;
        HubCacheTest::TestHttpServer server;
        QVERIFY(server.start());
        HubCacheTest::TestHttpServer::Route model;
        model.body = HubCacheTest::ArchiveBuilder::savedModelDirectoryArchive(
            QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two"), HubCacheTest::ArchiveBuilder::Compression::Gzip);
        model.contentType = "application/x-tar";
        server.setRoute(u"/models/embedded/1"_qs, model);
        const QString handle = server.url(u"/models/embedded/1"_qs).toString();
        const QString entryPath = cacheDir.path() + u'/' + Handle::cacheKeyFor(handle);

        Configuration config = Configuration::fromEnvironment();
        config.setCacheDir(cacheDir.path());
        QNetworkAccessManager network;
        DownloadQueue queue(config, &network);
        QWidget host;
        auto *layout = new QHBoxLayout(&host);
        auto *cache = new CachePage(&host);
        auto *downloads = new DownloadsPage(&host);
        layout->addWidget(cache);
        layout->addWidget(downloads);
        AutoPrompter prompter;
        cache->setPrompter(&prompter);
        cache->setConfiguration(config);
        downloads->setQueue(&queue);
        connect(downloads, &DownloadsPage::modelResolved, cache, &CachePage::refresh);
        host.resize(1200, 600);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));

        QSignalSpy refreshed(cache, &CachePage::refreshed);
        cache->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.last().at(0).toInt(), 0);

        QSignalSpy resolved(downloads, &DownloadsPage::modelResolved);
        QVERIFY(downloads->download(handle));
        QVERIFY(!downloads->download(handle)); // queued once
        QTRY_COMPARE_WITH_TIMEOUT(resolved.size(), 1, 30000);
        QCOMPARE(resolved.first().at(0).toString(), handle);
        QCOMPARE(resolved.first().at(1).toString(), entryPath);
        QVERIFY(QFileInfo::exists(entryPath + u"/saved_model.pb"_qs));
        QCOMPARE(downloads->outcome(handle), DownloadsPage::Outcome::Downloaded);

        // The Cache view lists it (modelResolved refreshed it).
        QAbstractItemModel *rows = cache->view()->model();
        QTRY_COMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, CacheEntryModel::HandleColumn).data().toString(), handle);

        // Select the row, click Delete…: the user is asked first, then the entry is gone.
        QSignalSpy deleted(cache, &CachePage::entryDeleted);
        QTest::mouseClick(cache->view()->viewport(), Qt::LeftButton, {},
                          cache->view()->visualRect(rows->index(0, CacheEntryModel::HandleColumn)).center());
        auto *deleteButton = cache->findChild<QPushButton *>(u"cacheDeleteButton"_qs);
        QVERIFY(deleteButton && deleteButton->isEnabled());
        prompter.answer = false;
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QCOMPARE(prompter.questions.size(), 1);
        QVERIFY2(prompter.questions.first().contains(handle), qPrintable(prompter.questions.first()));
        QVERIFY(QFileInfo::exists(entryPath)); // declined: nothing deleted
        prompter.answer = true;
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QTRY_COMPARE(deleted.size(), 1);
        QCOMPARE(qvariant_cast<CacheEntry>(deleted.first().at(0)).path, entryPath);
        QVERIFY(!QFileInfo::exists(entryPath));
        QVERIFY(!QFileInfo::exists(entryPath + u".descriptor.txt"_qs));
        QTRY_COMPARE(rows->rowCount(), 0);
        QVERIFY(prompter.notes.isEmpty());
    }

    // ---- state icons, usage legend, drag and drop ----

    // Every state the Browse list can show has an icon and a colour that reads on the palette's base,
    // in a light and in a dark palette; the text stays.
    void browseStatesHaveIconsAndReadableColours()
    {
        const QPalette saved = QApplication::palette();
        const auto restore = qScopeGuard([&saved] { QApplication::setPalette(saved); });
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));

        const QString base = u"https://hub.example/m/"_qs;
        QList<CatalogItem> items;
        for (const char *name : {"complete", "broken", "orphan", "stale", "locked", "fetching", "absent"}) {
            CatalogItem item;
            item.handle = base + QString::fromLatin1(name);
            item.title = QString::fromLatin1(name);
            items.append(item);
        }
        CatalogModel model;
        model.setItems(items);
        model.setStates({{base + u"complete"_qs, EntryState::Complete},
                         {base + u"broken"_qs, EntryState::Broken},
                         {base + u"orphan"_qs, EntryState::OrphanedTemp},
                         {base + u"stale"_qs, EntryState::StaleLock},
                         {base + u"locked"_qs, EntryState::Downloading}},
                        {}, {base + u"fetching"_qs});
        const auto check = [&model](const QPalette &palette, const char *name) {
            QApplication::setPalette(palette);
            const QColor background = QApplication::palette().color(QPalette::Base);
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, CatalogModel::StateColumn);
                const QString what = QString::fromLatin1(name) + u' ' + index.data().toString();
                QVERIFY2(!index.data().toString().isEmpty(), qPrintable(what));
                const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
                QVERIFY2(!icon.isNull() && !icon.pixmap(16, 16).isNull(), qPrintable(what));
                const QVariant foreground = index.data(Qt::ForegroundRole);
                QVERIFY2(foreground.isValid(), qPrintable(what));
                const double ratio = StateStyle::contrastRatio(foreground.value<QColor>(), background);
                QVERIFY2(ratio >= 4.5, qPrintable(what + u" contrast "_qs + QString::number(ratio)));
            }
        };
        check(light, "light");
        check(dark, "dark");
        // Remote (UNCOMPRESSED) rows too.
        model.setRemoteMode(true);
        QCOMPARE(model.index(0, CatalogModel::StateColumn).data().toString(), u"remote"_qs);
        check(dark, "dark remote");
        model.setRemoteMode(false);
        // Cached and broken do not look alike, in the colour or the icon.
        const QModelIndex cached = model.index(0, CatalogModel::StateColumn);
        const QModelIndex broken = model.index(1, CatalogModel::StateColumn);
        QVERIFY(cached.data(Qt::ForegroundRole).value<QColor>() != broken.data(Qt::ForegroundRole).value<QColor>());
        QVERIFY(cached.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage()
                != broken.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage());

        // The real list after a download: the cached row shows its icon in the view.
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"Cancelled"_qs, u"does"_qs}), u"Downloaded"_qs);
        CatalogModel *real = window()->browsePage()->model();
        const QModelIndex state = real->index(real->rowOf(handle), CatalogModel::StateColumn);
        QTRY_COMPARE(state.data().toString(), u"cached"_qs);
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(state.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage(),
                 cached.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage());
    }

    // The legend under the usage chart names each kind the chart draws, with its count and size.
    void usageLegendListsTheChartsKindsWithSizes()
    {
        UsageLegend *legend = window()->cachePage()->legend();
        QVERIFY(legend);
        QVERIFY(legend->itemTexts().isEmpty()); // an empty cache: nothing to explain
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"Cancelled"_qs, u"does"_qs}), u"Downloaded"_qs);
        // A killed download's temp folder, as Python leaves it.
        const QString temp = m_cacheDir->path() + u"/0123456789abcdef0123456789abcdef01234567.fedcba9876543210fedcba9876543210.tmp"_qs;
        QVERIFY(QDir().mkpath(temp + u"/variables"_qs));
        QFile junk(temp + u"/variables/variables.data-00000-of-00001"_qs);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(5000, 'x'));
        junk.close();
        QVERIFY(refreshAndWait());
        window()->tabs()->setCurrentWidget(window()->cachePage());
        QTRY_VERIFY(cacheRow(handle).has_value());
        qint64 models = 0, leftovers = 0;
        for (const CacheEntry &e : window()->cachePage()->model()->entries()) {
            if (e.state == EntryState::Complete)
                models += e.sizeBytes;
            else if (e.state == EntryState::OrphanedTemp || e.state == EntryState::StaleLock)
                leftovers += e.sizeBytes;
        }
        QVERIFY(leftovers >= 5000);
        const QStringList texts = legend->itemTexts();
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.at(0).contains(u"1 model"_qs) && texts.at(0).contains(formatSize(models)), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.at(1).contains(u"leftover"_qs) && texts.at(1).contains(formatSize(leftovers)),
                 qPrintable(texts.join(u'\n')));
        QVERIFY(legend->isVisible());
        // Its swatches are the chart's colours: the key matches what is drawn.
        const QList<QLabel *> labels = legend->findChildren<QLabel *>();
        int swatches = 0;
        for (QLabel *label : labels) {
            const QPixmap swatch = label->pixmap();
            if (swatch.isNull())
                continue;
            const QColor centre = swatch.toImage().pixelColor(swatch.width() / 2, swatch.height() / 2);
            QVERIFY(centre == UsageChart::colorFor(swatches == 0 ? EntryState::Complete : EntryState::OrphanedTemp));
            ++swatches;
        }
        QCOMPARE(swatches, 2);
    }

    // A model whose download failed says "failed" on Browse, in the error colour, with the reason as
    // its tooltip, until it is tried again.
    void failedDownloadShowsFailedOnBrowse()
    {
        const QString handle = demoHandle(QStringLiteral("sign_in_page"));
        CatalogModel *model = window()->browsePage()->model();
        const auto state = [model, &handle] { return model->index(model->rowOf(handle), CatalogModel::StateColumn); };
        QCOMPARE(state().data().toString(), u"not cached"_qs);
        prefetchFromBrowse(handle);
        const QString status = waitForStatus(handle, {u"does not appear"_qs, u"Downloaded"_qs});
        QVERIFY2(status.contains(u"does not appear to be a valid module"_qs), qPrintable(status));
        QTRY_COMPARE(state().data().toString(), u"failed"_qs);
        QVERIFY2(state().data(Qt::ToolTipRole).toString().contains(u"does not appear to be a valid module"_qs),
                 qPrintable(state().data(Qt::ToolTipRole).toString()));
        QCOMPARE(state().data(Qt::ForegroundRole).value<QColor>(),
                 StateStyle::textColor(StateStyle::Kind::Broken, QApplication::palette()));
        // Trying again clears it at once.
        prefetchFromBrowse(handle);
        QVERIFY(state().data().toString() != u"failed"_qs);
        QCOMPARE(waitForStatus(handle, {u"does not appear"_qs, u"Downloaded"_qs}).contains(u"does not appear"_qs), true);
        QTRY_COMPARE(state().data().toString(), u"failed"_qs);
    }

    // Drops onto the window: a URL lands in the handle field (no download), a SavedModel folder
    // opens its details, anything else is refused with a message in the status bar.
    void dropsOfUrlsAndFolders()
    {
        const auto drop = [this](QMimeData *mime) {
            const QPoint at = window()->rect().center();
            QDragEnterEvent enter(at, Qt::CopyAction | Qt::LinkAction, mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(window(), &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent event(QPointF(at), Qt::CopyAction | Qt::LinkAction, mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(window(), &event);
            return event.isAccepted();
        };
        BrowsePage *browse = window()->browsePage();
        window()->tabs()->setCurrentWidget(window()->cachePage());

        // A model URL from a browser: typed into the handle field and selected, nothing downloaded.
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        {
            QMimeData mime;
            mime.setUrls({QUrl(handle)});
            QVERIFY(drop(&mime));
        }
        QCOMPARE(window()->tabs()->currentWidget(), browse);
        QCOMPARE(browse->handleField()->text(), handle);
        QCOMPARE(browse->selectedHandles(), QStringList{handle});
        QVERIFY(browse->handleField()->hasFocus());
        QVERIFY(!window()->downloadsPage()->itemFor(handle));
        // Enter in the field then gets it, as for a typed handle.
        QTest::keyClick(browse->handleField(), Qt::Key_Return);
        QVERIFY(window()->downloadsPage()->itemFor(handle));
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"Cancelled"_qs, u"does"_qs}), u"Downloaded"_qs);

        // gs:// text dragged from a terminal.
        {
            QMimeData mime;
            mime.setText(u"  gs://bucket/models/half/1\n"_qs);
            QVERIFY(drop(&mime));
        }
        QCOMPARE(browse->handleField()->text(), u"gs://bucket/models/half/1"_qs);

        // A SavedModel folder (a copy of the cached one, outside the cache): its details open.
        QTRY_VERIFY(cacheRow(handle).has_value());
        QTemporaryDir outside;
        const QString model = outside.path() + u"/half_plus_two"_qs;
        QDirIterator it(cacheRow(handle)->path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = model + from.mid(cacheRow(handle)->path.size());
            QVERIFY(QDir().mkpath(QFileInfo(to).path()));
            QVERIFY(QFile::copy(from, to));
        }
        QVERIFY(window()->findChildren<EntryDetailsDialog *>().isEmpty());
        {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(model)});
            QVERIFY(drop(&mime));
        }
        const QList<EntryDetailsDialog *> dialogs = window()->findChildren<EntryDetailsDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(dialogs.first()->isVisible());
        QVERIFY(!dialogs.first()->fileTree()->findItems(u"saved_model.pb"_qs, Qt::MatchExactly).isEmpty());
        QVERIFY(dialogs.first()->signatureTree()->topLevelItemCount() > 0);
        dialogs.first()->close();
        QTRY_VERIFY(window()->findChildren<EntryDetailsDialog *>().isEmpty());

        // A random file is refused, with what can be dropped.
        QFile text(outside.path() + u"/notes.txt"_qs);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a model");
        text.close();
        browse->handleField()->clear();
        {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(text.fileName())});
            QVERIFY(!drop(&mime));
        }
        QString message = window()->statusBar()->currentMessage();
        QVERIFY2(message.contains(QDir::toNativeSeparators(text.fileName())) && message.contains(u"SavedModel"_qs),
                 qPrintable(message));
        QVERIFY(browse->handleField()->text().isEmpty());
        // A folder that is not a model says what is missing; plain words are not a handle.
        {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(outside.path())});
            QVERIFY(!drop(&mime));
        }
        message = window()->statusBar()->currentMessage();
        QVERIFY2(message.contains(u"is not a SavedModel folder"_qs), qPrintable(message));
        {
            QMimeData mime;
            mime.setText(u"hello world"_qs);
            QVERIFY(!drop(&mime));
        }
        message = window()->statusBar()->currentMessage();
        QVERIFY2(message.contains(u"“hello world” is not a model handle"_qs), qPrintable(message));
        QVERIFY(browse->handleField()->text().isEmpty());
        QVERIFY(window()->findChildren<EntryDetailsDialog *>().isEmpty());
    }

    // ---- paused downloads, connections, notifications ----
private:
    // A download of a 40 MB archive by the real command line, killed (SIGKILL) once it kept a few
    // blocks: what a crash or a logout leaves. Returns the bytes its resume data holds.
    qint64 killedDownload(const QString &handle, const QString &resumeFolder)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TFHUB_CACHE_DIR"_qs, m_cacheDir->path());
        env.insert(u"HUBCACHE_PARALLEL_MIN_SIZE"_qs, u"1"_qs);
        env.insert(u"HUBCACHE_PARALLEL_CONNECTIONS"_qs, u"4"_qs);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(HUBCACHE_BIN_DIR "/hubcache"), {u"resolve"_qs, handle});
        if (!cli.waitForStarted())
            return -1;
        const auto kept = [&resumeFolder] {
            QString why;
            const auto r = ResumeData::load(resumeFolder, &why);
            return r ? r->completeBytes() : qint64(0);
        };
        QElapsedTimer clock;
        clock.start();
        while (kept() < 3 * ResumeData::kBlockSize && clock.elapsed() < 30000 && cli.state() == QProcess::Running)
            QTest::qWait(20);
        cli.kill();
        cli.waitForFinished();
        return kept();
    }

private Q_SLOTS:
    // A killed download is listed as paused with what it kept; Discard (asked first) deletes the
    // kept bytes; Resume continues from them, so the server sends less than the archive.
    void pausedDownloadsAreListedResumedAndDiscarded()
    {
        HubCacheTest::TestHttpServer server;
        QVERIFY(server.start());
        HubCacheTest::ArchiveBuilder builder(HubCacheTest::ArchiveBuilder::Format::Pax, HubCacheTest::ArchiveBuilder::Compression::None);
        builder.addDirectory("./");
        builder.addFile("./saved_model.pb", "model");
        builder.addDirectory("./variables");
        builder.addFile("./variables/variables.index", "index");
        for (int i = 0; i < 4; ++i)
            builder.addLargeFile("./variables/variables.data-0000" + QByteArray::number(i) + "-of-00004", 10 << 20, 71 + i);
        HubCacheTest::TestHttpServer::Route route;
        route.body = builder.build();
        route.bytesPerSecond = 4 << 20; // per connection: still busy when killed
        server.setRoute(u"/model.tar"_qs, route);
        const qint64 total = route.body.size();
        const QString handle = server.url(u"/model.tar"_qs).toString();
        const QString entry = m_cacheDir->path() + u'/' + Handle::cacheKeyFor(handle);
        const QString resume = ResumeData::folderFor(entry);
        DownloadsPage *page = window()->downloadsPage();
        auto *tree = page->tree();
        window()->tabs()->setCurrentWidget(page);

        // Killed, then listed as paused after a scan, with what it holds.
        qint64 kept = killedDownload(handle, resume);
        QVERIFY(kept > 0 && kept < total);
        QVERIFY(refreshAndWait());
        QTRY_COMPARE(page->outcome(handle), DownloadsPage::Outcome::Paused);
        QCOMPARE(page->statusText(handle), u"Paused — %1 of %2"_qs.arg(formatSize(kept), formatSize(total)));
        QCOMPARE(window()->browsePage()->model()->stateText(handle), u"paused"_qs);

        // Discard, from the row's menu: asked first, then the kept bytes are gone and so is the row.
        clickRow(tree, page->itemFor(handle));
        const int asked = m_prompter.questions.size();
        m_prompter.answer = false;
        clickContextMenuEntry(tree->viewport(), tree->visualItemRect(page->itemFor(handle)).center(), u"discardButtonAction"_qs);
        QCOMPARE(m_prompter.questions.size(), asked + 1);
        QVERIFY2(m_prompter.questions.last().contains(handle), qPrintable(m_prompter.questions.last()));
        QVERIFY(QFileInfo::exists(resume));
        m_prompter.answer = true;
        clickContextMenuEntry(tree->viewport(), tree->visualItemRect(page->itemFor(handle)).center(), u"discardButtonAction"_qs);
        QTRY_VERIFY(!page->itemFor(handle));
        QVERIFY(!QFileInfo::exists(resume));
        QTRY_COMPARE(window()->browsePage()->model()->stateText(handle), u"not cached"_qs);

        // Killed again; Resume (the button) continues from the kept bytes and says so.
        kept = killedDownload(handle, resume);
        QVERIFY(kept > 0 && kept < total);
        QVERIFY(refreshAndWait());
        QTRY_COMPARE(page->outcome(handle), DownloadsPage::Outcome::Paused);

        // Resumed, then cancelled in the app: paused again, with more kept (not just "Cancelled").
        clickRow(tree, page->itemFor(handle));
        auto *resumeButton = page->findChild<QPushButton *>(u"resumeButton"_qs);
        QVERIFY(resumeButton && resumeButton->isEnabled());
        QTest::mouseClick(resumeButton, Qt::LeftButton);
        const auto keptNow = [&resume] {
            QString why;
            const auto r = ResumeData::load(resume, &why);
            return r ? r->completeBytes() : qint64(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(keptNow() >= kept + 2 * ResumeData::kBlockSize, 30000);
        clickRow(tree, page->itemFor(handle));
        QTest::mouseClick(page->findChild<QPushButton *>(u"cancelButton"_qs), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->outcome(handle), DownloadsPage::Outcome::Paused, 10000);
        QVERIFY2(page->statusText(handle).startsWith(u"Paused — "_qs), qPrintable(page->statusText(handle)));
        kept = keptNow();
        QVERIFY(kept > 0 && kept < total);

        route.bytesPerSecond = 8 << 20;
        server.setRoute(u"/model.tar"_qs, route);
        server.clearRequests();
        clickRow(tree, page->itemFor(handle));
        QVERIFY(resumeButton->isEnabled());
        QTest::mouseClick(resumeButton, Qt::LeftButton);
        bool saidResumed = false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000 && page->outcome(handle) == DownloadsPage::Outcome::Pending) {
            saidResumed = saidResumed || page->statusText(handle) == u"Resumed at %1"_qs.arg(formatSize(kept));
            QTest::qWait(10);
        }
        QCOMPARE(page->outcome(handle), DownloadsPage::Outcome::Downloaded);
        QVERIFY2(saidResumed, "the row never said where the download resumed");
        QVERIFY(QFileInfo(entry + u"/saved_model.pb"_qs).isFile());
        QVERIFY(!QFileInfo::exists(resume));
        qint64 asked2 = 0;
        for (const auto &r : server.requests()) {
            const QByteArray range = r.headers.value("range");
            QVERIFY2(range.startsWith("bytes="), "the resumed download asked for the whole archive");
            const QList<QByteArray> ends = range.mid(6).split('-');
            asked2 += (ends.value(1).isEmpty() ? total - 1 : ends.value(1).toLongLong()) - ends.value(0).toLongLong() + 1;
        }
        QVERIFY2(asked2 <= total - kept + ResumeData::kBlockSize,
                 qPrintable(u"asked for %1 of %2 bytes with %3 kept"_qs.arg(asked2).arg(total).arg(kept)));
    }

    // Preferences > Connections per download reaches the Configuration the downloads start with and
    // stays for the next start; HUBCACHE_PARALLEL_CONNECTIONS wins, and the dialog says so.
    void connectionsPerDownloadReachesTheDownloads()
    {
        qunsetenv("HUBCACHE_PARALLEL_CONNECTIONS");
        const auto unset = qScopeGuard([] { qunsetenv("HUBCACHE_PARALLEL_CONNECTIONS"); });
        QCOMPARE(window()->queue()->configuration().parallelConnections(), Configuration::defaultParallelConnections());
        SettingsDialog::Values saved;
        saved.loadFormat = u"AUTO"_qs;
        {
            SettingsDialog dialog(saved, m_home->path(), window());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QSpinBox *spin = dialog.connectionsSpinBox();
            QCOMPARE(spin->value(), Configuration::defaultParallelConnections());
            QVERIFY(!dialog.connectionsNote()->isVisible());
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, u"3"_qs);
            QTest::keyClick(spin, Qt::Key_Return); // OK
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            window()->applySettings(dialog.values());
        }
        QCOMPARE(window()->queue()->configuration().parallelConnections(), 3);
        // Kept for the next start.
        m_window.reset();
        openWindow();
        QCOMPARE(window()->queue()->configuration().parallelConnections(), 3);
        // The environment wins over the setting, and the dialog says which variable set it.
        qputenv("HUBCACHE_PARALLEL_CONNECTIONS", "5");
        m_window.reset();
        openWindow();
        QCOMPARE(window()->queue()->configuration().parallelConnections(), 5);
        saved.connectionsPerDownload = 3;
        SettingsDialog dialog(saved, m_home->path(), window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.connectionsNote()->isVisible());
        QVERIFY2(dialog.connectionsNote()->text().contains(u"HUBCACHE_PARALLEL_CONNECTIONS=5"_qs),
                 qPrintable(dialog.connectionsNote()->text()));
    }

    // ---- last used column, free-space check, smoke fill value ----

    // Sets the access time of every file below folder (not the folders: the scan lists them).
    static bool setAccessTimes(const QString &folder, const QDateTime &time)
    {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QByteArray path = QFile::encodeName(it.next());
            struct timespec times[2] = {{time.toSecsSinceEpoch(), 0}, {0, UTIME_OMIT}};
            if (::utimensat(AT_FDCWD, path.constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
                return false;
            ++files;
        }
        return files > 0;
    }

    // The Cache page tells when each model was last read (its files' access time), with the date in
    // the tooltip, and sorts by that time both ways when its header is clicked.
    void cachePageShowsLastUsedAndSortsByIt()
    {
        const UiTranslators translators{QLocale(QLocale::English)}; // "3 days", as the app says it
        const QString recent = demoHandle(QStringLiteral("half_plus_two"));
        const QString old = demoHandle(QStringLiteral("no_variables"));
        for (const QString &handle : {recent, old}) {
            prefetchFromBrowse(handle);
            QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        }
        QVERIFY(refreshAndWait());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime threeDays = QDateTime::fromSecsSinceEpoch(now.addDays(-3).addSecs(-600).toSecsSinceEpoch(), Qt::UTC);
        const QDateTime longAgo = QDateTime::fromSecsSinceEpoch(now.addDays(-400).toSecsSinceEpoch(), Qt::UTC);
        QVERIFY(setAccessTimes(cacheRow(recent)->path, threeDays));
        QVERIFY(setAccessTimes(cacheRow(old)->path, longAgo));
        QVERIFY(refreshAndWait());
        QCOMPARE(cacheRow(recent)->lastUsed, threeDays);
        QCOMPARE(cacheRow(old)->lastUsed, longAgo);

        QTableView *view = window()->cachePage()->view();
        QAbstractItemModel *rows = view->model();
        QCOMPARE(rows->headerData(CacheEntryModel::LastUsedColumn, Qt::Horizontal).toString(), u"Last Used"_qs);
        QVERIFY(rows->headerData(CacheEntryModel::LastUsedColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString().contains(u"relatime"_qs));
        const auto rowOf = [rows](const QString &handle) {
            for (int r = 0; r < rows->rowCount(); ++r) {
                if (rows->index(r, 0).data(CacheEntryModel::HandleRole).toString() == handle)
                    return r;
            }
            return -1;
        };
        const QModelIndex recentCell = rows->index(rowOf(recent), CacheEntryModel::LastUsedColumn);
        const QModelIndex oldCell = rows->index(rowOf(old), CacheEntryModel::LastUsedColumn);
        QCOMPARE(recentCell.data().toString(), u"3 days ago"_qs);
        QCOMPARE(oldCell.data().toString(), u"13 months ago"_qs);
        QCOMPARE(recentCell.data(Qt::ToolTipRole).toString(), QLocale().toString(threeDays.toLocalTime(), QLocale::LongFormat));
        QVERIFY(!view->isColumnHidden(CacheEntryModel::LastUsedColumn));

        // Click the header: sorted by the time itself (not the text), then the other way round.
        QHeaderView *header = view->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(CacheEntryModel::LastUsedColumn) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(header->sortIndicatorSection(), int(CacheEntryModel::LastUsedColumn));
        const Qt::SortOrder first = header->sortIndicatorOrder();
        QCOMPARE(rowOf(recent) < rowOf(old), first == Qt::DescendingOrder);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(header->sortIndicatorOrder() != first);
        QCOMPARE(rowOf(recent) < rowOf(old), first != Qt::DescendingOrder);

        // The details dialog says it too.
        EntryDetailsDialog details(*cacheRow(old), window());
        auto *label = details.findChild<QLabel *>(u"lastUsed"_qs);
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"13 months ago"_qs), qPrintable(label->text()));
    }

    // A model the catalog says is larger than the cache folder's free space is asked about first;
    // "No" queues nothing and writes nothing, "Download anyway" downloads it.
    void prefetchAsksWhenTheModelWillNotFit()
    {
        QTemporaryDir dir;
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        const qint64 petabyte = 1000LL * 1000 * 1000 * 1000 * 1000;
        QFile catalog(dir.path() + u"/catalog.json"_qs);
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write(u"[{\"handle\": \"%1\", \"title\": \"Huge one\", \"size\": %2}]"_qs.arg(handle).arg(petabyte).toUtf8());
        catalog.close();
        window()->loadCatalog(catalog.fileName());
        window()->browsePage()->showSource(u"catalog"_qs);
        m_prompter.answer = false;
        prefetchFromBrowse(handle);
        QCOMPARE(m_prompter.questions.size(), 1);
        const QString question = m_prompter.questions.first();
        QVERIFY2(question.startsWith(u"Not Enough Space\n"_qs), qPrintable(question));
        QVERIFY2(question.contains(m_cacheDir->path()) && question.contains(handle), qPrintable(question));
        QVERIFY2(question.contains(formatSize(2 * petabyte)), qPrintable(question));
        QVERIFY(!window()->downloadsPage()->itemFor(handle));
        QVERIFY(window()->statusBar()->currentMessage().contains(u"not enough free space"_qs));
        QVERIFY(QDir(m_cacheDir->path()).isEmpty());

        m_prompter.answer = true;
        prefetchFromBrowse(handle);
        QCOMPARE(m_prompter.questions.size(), 2);
        QVERIFY(window()->downloadsPage()->itemFor(handle));
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs, u"space"_qs}), u"Downloaded"_qs);
    }

    // The smoke test's fill value goes to the helper (half_plus_two gives 0.5·x + 2) and the
    // report says what the inputs held; text that is no number is refused before anything runs.
    void smokeTestFillValueReachesTheReport()
    {
        const QString handle = demoHandle(QStringLiteral("half_plus_two"));
        prefetchFromBrowse(handle);
        QCOMPARE(waitForStatus(handle, {u"Downloaded"_qs, u"does"_qs}), u"Downloaded"_qs);
        SmokeTestDialog *dialog = window()->smokeTest(handle);
        QSignalSpy done(dialog, &SmokeTestDialog::finished);
        QVERIFY(done.wait(120000));
        QVERIFY2(done.takeFirst().first().toBool(), qPrintable(dialog->statusLabel()->text() + u'\n' + dialog->logView()->toPlainText()));
        const auto valueOf = [dialog](const QString &tensor) {
            for (QTreeWidgetItemIterator it(dialog->tensorTree()); *it; ++it) {
                if ((*it)->text(0) == tensor)
                    return (*it)->text(3);
            }
            return QString();
        };
        const auto outputValue = [&valueOf] { return valueOf(u"y"_qs); };
        QCOMPARE(valueOf(u"x"_qs), u"all 0"_qs);
        QCOMPARE(outputValue(), u"[2]"_qs);

        QLineEdit *fill = dialog->fillField();
        QVERIFY(fill && fill->isVisible());
        fill->setFocus();
        QTest::keySequence(fill, QKeySequence::SelectAll);
        QTest::keyClicks(fill, u"abc"_qs);
        QTest::keyClick(fill, Qt::Key_Return);
        QVERIFY(!dialog->isRunning());
        QVERIFY2(dialog->statusLabel()->text().contains(u"not a number"_qs), qPrintable(dialog->statusLabel()->text()));

        QTest::keySequence(fill, QKeySequence::SelectAll);
        QTest::keyClicks(fill, u"4"_qs);
        QTest::keyClick(fill, Qt::Key_Return);
        QVERIFY(dialog->isRunning());
        QVERIFY(done.wait(120000));
        QVERIFY2(done.takeFirst().first().toBool(), qPrintable(dialog->statusLabel()->text() + u'\n' + dialog->logView()->toPlainText()));
        QCOMPARE(outputValue(), u"[4]"_qs);
        QCOMPARE(valueOf(u"x"_qs), u"all 4"_qs);
        auto *summary = dialog->findChild<QLabel *>(u"smokeSummary"_qs);
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(u"numeric inputs filled with 4"_qs), qPrintable(summary->text()));
        dialog->close();
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
