// Preferences > Credentials on the offscreen platform, against gnome-keyring in a private D-Bus
// session (tests/keychain/keyring-session.sh), and the offer to open it after a sign-in error.
#include "credential.h"
#include "credentialspage.h"
#include "mainwindow.h"
#include "prompter.h"
#include "settingsdialog.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace HubCache;
using HubCacheTest::TestHttpServer;

namespace {

class AutoPrompter final : public Prompter
{
public:
    QStringList questions;
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        questions.append(title + QLatin1Char('\n') + text);
        return false;
    }
    void inform(QWidget *, const QString &, const QString &) override {}
};

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestCredentialsPage : public QObject
{
    Q_OBJECT

    QString m_mode;

    static QStringList cells(const QTableWidget *table)
    {
        QStringList all;
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c)
                all.append(table->item(r, c) ? table->item(r, c)->text() : QString());
        }
        return all;
    }

    static bool select(QTableWidget *table, const QString &target)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toString() == target) {
                table->selectRow(r);
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_mode = qEnvironmentVariable("HUBCACHE_TEST_KEYRING");
        QVERIFY2(!m_mode.isEmpty(), "run this test through ctest: tests/keychain/keyring-session.sh starts the "
                                    "private D-Bus session and keyring it needs");
        QCoreApplication::setOrganizationName(QStringLiteral("hubcache"));
        QCoreApplication::setApplicationName(QStringLiteral("hubcache"));
    }

    // Add, test against the host (accepted, then refused after a replace), remove; the table never
    // shows a secret and the settings never hold one.
    void addTestReplaceRemove()
    {
        QVERIFY(m_mode == QLatin1String("unlocked"));
        TestHttpServer host;
        QVERIFY(host.start());
        TestHttpServer::Route root;
        root.body = "hello";
        root.contentType = "text/plain";
        root.requireAuthorization = "Bearer good-page-secret";
        host.setRoute(QStringLiteral("/"), root);
        const QString target = Credential::originOf(host.url(QStringLiteral("/")));

        SettingsDialog dialog(SettingsDialog::Values(), QDir::homePath());
        dialog.showCredentials();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CredentialsPage *page = dialog.credentialsPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->table()->rowCount(), 0);
        QVERIFY(!page->testButton()->isEnabled());

        QSignalSpy done(page, &CredentialsPage::operationFinished);
        page->store(Credential(Credential::Kind::BearerToken, target, {}, "good-page-secret"));
        QVERIFY(done.wait(15000));
        QVERIFY2(page->statusLabel()->text().contains(QLatin1String("Stored")), qPrintable(page->statusLabel()->text()));
        QCOMPARE(page->table()->rowCount(), 1);
        QVERIFY(cells(page->table()).contains(target));
        QVERIFY(!cells(page->table()).join(QLatin1Char(' ')).contains(QLatin1String("good-page-secret")));

        QVERIFY(select(page->table(), target));
        QVERIFY(page->testButton()->isEnabled());
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QVERIFY(done.wait(15000));
        QVERIFY2(page->statusLabel()->text().contains(QLatin1String("accepted the request (HTTP 200)")),
                 qPrintable(page->statusLabel()->text()));
        QCOMPARE(host.requests().constLast().headers.value("authorization"), QByteArray("Bearer good-page-secret"));

        page->store(Credential(Credential::Kind::BearerToken, target, {}, "bad-page-secret"));
        QVERIFY(done.wait(15000));
        QVERIFY(select(page->table(), target));
        page->testSelected();
        QVERIFY(done.wait(15000));
        QVERIFY2(page->statusLabel()->text().contains(QLatin1String("refused the credential (HTTP 401)")),
                 qPrintable(page->statusLabel()->text()));
        QVERIFY(!page->statusLabel()->text().contains(QLatin1String("bad-page-secret")));

        QVERIFY(select(page->table(), target));
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QVERIFY(done.wait(15000));
        QCOMPARE(page->table()->rowCount(), 0);
        QVERIFY(!anyFileContains(QDir::homePath() + QStringLiteral("/.config"), "page-secret"));
    }

    // A download refused with 401 offers to open Preferences > Credentials.
    void signInErrorOffersCredentials()
    {
        QVERIFY(m_mode == QLatin1String("unlocked"));
        TestHttpServer host;
        QVERIFY(host.start());
        TestHttpServer::Route refused;
        refused.body = "x";
        refused.requireAuthorization = "Bearer nobody-has-this";
        host.setRoute(QStringLiteral("/private/model/1"), refused);
        QTemporaryDir cache;
        qputenv("TFHUB_CACHE_DIR", cache.path().toLocal8Bit());
        AutoPrompter prompter;
        MainWindow::Options options;
        options.demo = true;
        options.home = QDir::homePath();
        options.prompter = &prompter;
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.prefetch({host.url(QStringLiteral("/private/model/1")).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(!prompter.questions.isEmpty(), 20000);
        QVERIFY2(prompter.questions.constFirst().startsWith(QLatin1String("Sign-in Needed")),
                 qPrintable(prompter.questions.constFirst()));
        QVERIFY(prompter.questions.constFirst().contains(QLatin1String("Credentials")));
        qunsetenv("TFHUB_CACHE_DIR");
    }

    // Without a Secret Service the page says what is missing and what to do and nothing is stored;
    // with one, the same store succeeds (the noservice run executes this function alone).
    void unavailableKeychainIsExplained()
    {
        CredentialsPage page(Configuration::fromEnvironment());
        QSignalSpy done(&page, &CredentialsPage::operationFinished);
        page.store(Credential(Credential::Kind::BearerToken, QStringLiteral("https://h.example:443"), {}, "nowhere-secret"));
        QVERIFY(done.wait(15000));
        if (m_mode == QLatin1String("unlocked")) {
            QVERIFY2(page.statusLabel()->text().contains(QLatin1String("Stored")), qPrintable(page.statusLabel()->text()));
            QCOMPARE(page.table()->rowCount(), 1);
            page.table()->selectRow(0);
            page.removeSelected();
            QVERIFY(done.wait(15000));
            QCOMPARE(page.table()->rowCount(), 0);
            return;
        }
        QVERIFY2(page.statusLabel()->text().contains(QLatin1String("unlock")), qPrintable(page.statusLabel()->text()));
        QCOMPARE(page.table()->rowCount(), 0);
        QVERIFY(!anyFileContains(QDir::homePath(), "nowhere-secret"));
    }
};

QTEST_MAIN(TestCredentialsPage)
#include "tst_credentialspage.moc"
