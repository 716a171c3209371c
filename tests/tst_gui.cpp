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
#include "handle.h"
#include "mainwindow.h"
#include "modelcache.h"
#include "profileeditor.h"
#include "prompter.h"
#include "uitranslators.h"
#include "settingsdialog.h"
#include "smoketestdialog.h"
#include "testhttpserver.h"
#include "usagechart.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QDir>
#include <QDirIterator>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QUrlQuery>
#include <QSignalSpy>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        QVERIFY(m_prompter.questions.last().contains(QLocale().formattedDataSize(entry->sizeBytes, 1, QLocale::DataSizeTraditionalFormat)));
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
                 QLocale().formattedDataSize(14036480, 1, QLocale::DataSizeTraditionalFormat));
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
        const QString freed = QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
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
        QVERIFY2(m_prompter.questions.first().contains(QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat)),
                 qPrintable(m_prompter.questions.first()));
        QVERIFY(!window()->downloadsPage()->itemFor(handle));
        m_prompter.answer = true;
        QTest::mouseClick(browse->view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(browse->view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_prompter.questions.size(), 2);
        QVERIFY(window()->downloadsPage()->itemFor(handle));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
