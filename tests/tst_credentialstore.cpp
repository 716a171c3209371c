// The credential store against a real Secret Service (gnome-keyring in a private D-Bus session that
// tests/keychain/keyring-session.sh starts), and where stored credentials are sent: only to their
// own scheme, host and port, never to a redirect target on another host or over plain http.
#include "archivebuilder.h"
#include "gcsaccesstokencredentials.h"
#include "gcsanonymouscredentials.h"
#include "gcsclient.h"
#include "gcscredentialprovider.h"
#include "gcsmetadatajob.h"
#include "gcsrefreshtokencredentials.h"
#include "gcsserviceaccountcredentials.h"
#include "credential.h"
#include "credentialloadjob.h"
#include "credentialstore.h"
#include "hostcredentials.h"
#include "kagglemodelsclient.h"
#include "keychainjob.h"
#include "networkaccess.h"
#include "resolvejob.h"
#include "rsatestkey.h"
#include "testhttpserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace HubCache;
using namespace std::chrono_literals;
using HubCacheTest::ArchiveBuilder;
using HubCacheTest::TestHttpServer;
using HubCacheTest::RsaKey;
using HubCacheTest::generateRsaKey;
using HubCacheTest::verifyRs256;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Runs job to its end; returns its error and how long it took.
Error run(Job *job, qint64 *elapsedMs = nullptr)
{
    job->setAutoDelete(false);
    QSignalSpy result(job, &Job::result);
    QElapsedTimer clock;
    clock.start();
    job->start();
    if (!result.wait(60000))
        return Error(ErrorCode::Timeout, QStringLiteral("test: no result within 60 s"));
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    if (result.size() != 1)
        return Error(ErrorCode::UnexpectedResponse, QStringLiteral("test: result() more than once"));
    return job->error();
}

// Every file under dir whose bytes contain needle.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found.append(path);
    }
    return found;
}


} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

    QString m_mode;
    QByteArray m_model;

    static CredentialStore store()
    {
        CredentialStore s;
        s.setTimeout(3s);
        return s;
    }

    Configuration config(const QString &cacheDir) const
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.cacheDirFlag = cacheDir;
        Error e;
        Configuration c = Configuration::fromInputs(in, &e);
        c.setRetryDelay(20ms);
        c.setStallTimeout(5s);
        return c;
    }

    // Loads what the keychain holds and attaches it to a new network access, as the front ends do.
    QNetworkAccessManager *networkWithStoredCredentials(const Configuration &c, QObject *parent)
    {
        CredentialLoadJob *load = store().load(this);
        const Error e = run(load);
        if (e) {
            qWarning("%s", qPrintable(e.message()));
            return nullptr;
        }
        QNetworkAccessManager *nam = NetworkAccess::create(c, parent);
        (new HostCredentials(load->credentials(), QProcessEnvironment()))->attachTo(nam);
        delete load;
        return nam;
    }

    bool unlocked() const { return m_mode == QLatin1String("unlocked"); }

private Q_SLOTS:
    void initTestCase()
    {
        m_mode = qEnvironmentVariable("HUBCACHE_TEST_KEYRING");
        QVERIFY2(!m_mode.isEmpty(),
                 "run this test through ctest: tests/keychain/keyring-session.sh starts the private D-Bus "
                 "session and keyring it needs (never the user's own)");
        QVERIFY2(QDir::homePath().contains(QLatin1String("keyring-")), "HOME is not the test's private one");
        QLoggingCategory::setFilterRules(QStringLiteral("hubcache.*=true"));
        g_previousHandler = qInstallMessageHandler(recordMessage);
        m_model = ArchiveBuilder::savedModelDirectoryArchive(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/half_plus_two"),
                                                             ArchiveBuilder::Compression::Gzip);
        QVERIFY(!m_model.isEmpty());
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    // In the unlocked keyring every job succeeds; without a bus, without a Secret Service and with
    // a locked keyring each ends with a clear error within the time bound, and nothing is stored.
    void keychainAnswersWithinBound()
    {
        CredentialStore s = store();
        s.setTimeout(2s);
        const Credential c(Credential::Kind::BearerToken, QStringLiteral("https://models.example:8443"), {},
                           "bound-secret-1");
        if (m_mode == QLatin1String("locked")) {
            // Something stored while unlocked, then the keyring is locked as after a screen lock.
            QVERIFY(!run(s.save(Credential(Credential::Kind::BearerToken, QStringLiteral("https://stored.example:443"), {},
                                           "stored-before-lock"), this)));
            QProcess lock;
            lock.start(QStringLiteral("dbus-send"),
                       {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                        QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                        QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                        QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
            QVERIFY2(lock.waitForFinished(10000) && lock.exitCode() == 0, lock.readAllStandardError().constData());
        }
        qint64 ms = 0;
        const Error e = run(s.save(c, this), &ms);
        if (unlocked()) {
            QVERIFY2(!e, qPrintable(e.message()));
            QVERIFY(s.entry(c.target()).has_value());
            QVERIFY(!run(s.remove(c.target(), this)));
            return;
        }
        QVERIFY2(ms < 4000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        QVERIFY(!s.entry(c.target()).has_value());
        QVERIFY(filesContaining(QDir::homePath(), "bound-secret-1").isEmpty());
        qInfo() << m_mode << ":" << errorCodeName(e.code()) << "after" << ms << "ms:" << e.message();
        if (m_mode == QLatin1String("locked")) {
            // A locked collection refuses a write at once, or waits for an unlock prompt nobody
            // answers: either way a clear error within the bound that says to unlock.
            QVERIFY2(e.code() == ErrorCode::KeychainTimeout || e.code() == ErrorCode::KeychainUnavailable,
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(QLatin1String("unlock")));
            qint64 readMs = 0;
            const Error readError = run(s.read(QStringLiteral("https://stored.example:443"), this), &readMs);
            qInfo() << "read:" << errorCodeName(readError.code()) << "after" << readMs << "ms:" << readError.message();
            // A locked keyring hides its entries: the answer must say to unlock it.
            QVERIFY2(readError.code() == ErrorCode::KeychainTimeout || readError.code() == ErrorCode::KeychainUnavailable
                         || readError.code() == ErrorCode::CredentialNotFound,
                     qPrintable(readError.message()));
            QVERIFY(readError.message().contains(QLatin1String("unlock")));
            QVERIFY(readMs < 4000);
            // An abandoned keychain job must not keep a later one from ending in time.
            qint64 againMs = 0;
            CredentialLoadJob *load = s.load(this);
            const Error again = run(load, &againMs);
            QVERIFY(againMs < 4000);
            if (!again) {
                QVERIFY(load->credentials().isEmpty());
                QCOMPARE(load->missing(), QStringList{QStringLiteral("https://stored.example:443")});
            }
            // The index still knows the entry: a lock does not make hubcache forget it.
            QVERIFY(s.entry(QStringLiteral("https://stored.example:443")).has_value());
        } else if (m_mode == QLatin1String("hung")) {
            // The service never answers: each job ends at its bound, and the abandoned keychain
            // jobs (QtKeychain cannot abort them) do not make later ones wait longer.
            QCOMPARE(e.code(), ErrorCode::KeychainTimeout);
            QVERIFY2(ms >= 1800, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
            QVERIFY(e.message().contains(QLatin1String("unlock")));
            QVERIFY(e.message().contains(QLatin1String("KAGGLE_USERNAME")));
            qint64 readMs = 0;
            QCOMPARE(run(s.read(c.target(), this), &readMs).code(), ErrorCode::KeychainTimeout);
            QVERIFY2(readMs < 4000, qPrintable(QStringLiteral("took %1 ms").arg(readMs)));
            CredentialLoadJob *load = store().load(this, {c.target()});
            qint64 loadMs = 0;
            QCOMPARE(run(load, &loadMs).code(), ErrorCode::KeychainTimeout);
            QVERIFY(loadMs < 5000);
            // Cancelling a job stuck on the keychain ends it at once.
            KeychainJob *stuck = s.read(c.target(), this);
            stuck->setAutoDelete(false);
            QSignalSpy result(stuck, &Job::result);
            stuck->start();
            QCoreApplication::processEvents(); // the keychain request goes out
            stuck->cancel();
            QCOMPARE(result.size(), 1);
            QCOMPARE(stuck->error().code(), ErrorCode::Cancelled);
            delete stuck;
        } else {
            QCOMPARE(e.code(), ErrorCode::KeychainUnavailable);
            QVERIFY2(e.message().contains(QLatin1String("GOOGLE_APPLICATION_CREDENTIALS")), qPrintable(e.message()));
            QVERIFY2(!e.context().detail.isEmpty(), "the keychain's own reason is missing");
        }
        QVERIFY(!e.message().contains(QLatin1String("bound-secret-1")));
    }

    void storeReadReplaceDeleteList()
    {
        QVERIFY(unlocked());
        CredentialStore s = store();
        const QString host = QStringLiteral("https://models.example:8443");
        QVERIFY(!run(s.save(Credential(Credential::Kind::BearerToken, host, {}, "first-secret"), this)));
        QVERIFY(!run(s.save(Credential(Credential::Kind::KaggleKey, QStringLiteral("kaggle"), QStringLiteral("alice"),
                                       "kaggle-secret"), this)));

        KeychainJob *read = s.read(host, this);
        QVERIFY(!run(read));
        QCOMPARE(Credential::fromKeychainData(host, read->data()).secret(), QByteArray("first-secret"));

        // Replace.
        QVERIFY(!run(s.save(Credential(Credential::Kind::BasicAuth, host, QStringLiteral("bob"), "second-secret"), this)));
        CredentialLoadJob *load = s.load(this);
        QVERIFY(!run(load));
        QCOMPARE(load->credentials().size(), 2);
        const Credential replaced = Credential::fromKeychainData(host, [&] {
            KeychainJob *r = s.read(host, this);
            (void)run(r);
            return r->data();
        }());
        QCOMPARE(replaced.kind(), Credential::Kind::BasicAuth);
        QCOMPARE(replaced.user(), QStringLiteral("bob"));
        QCOMPARE(replaced.secret(), QByteArray("second-secret"));

        // List: targets and kinds, no secrets, and nothing of them in the config folder.
        const auto entries = s.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).target, host);
        QCOMPARE(entries.at(0).kind, Credential::Kind::BasicAuth);
        QCOMPARE(entries.at(1).target, QStringLiteral("kaggle"));
        QVERIFY(QFile::exists(s.indexPath()));
        for (const QByteArray secret : {QByteArray("first-secret"), QByteArray("second-secret"), QByteArray("kaggle-secret")}) {
            QVERIFY2(filesContaining(QDir::homePath() + QStringLiteral("/.config"), secret).isEmpty(), secret.constData());
            QVERIFY2(filesContaining(QDir::tempPath(), secret).isEmpty(), secret.constData());
        }

        // Delete: gone from the keychain and the index; deleting again is fine.
        QVERIFY(!run(s.remove(host, this)));
        QCOMPARE(run(s.read(host, this)).code(), ErrorCode::CredentialNotFound);
        QVERIFY(!s.entry(host).has_value());
        QVERIFY(!run(s.remove(host, this)));
        QVERIFY(!run(s.remove(QStringLiteral("kaggle"), this)));
        QVERIFY(s.entries().isEmpty());
    }

    void loadReportsWhatTheKeychainLacks()
    {
        QVERIFY(unlocked());
        CredentialStore s = store();
        QVERIFY(!run(s.save(Credential(Credential::Kind::GcsAccessToken, QStringLiteral("gs://bucket-a"), {}, "tok"), this)));
        // An index line whose keychain entry was deleted elsewhere (another tool, another machine's sync).
        CredentialStore::addToIndex(s.indexPath(), {QStringLiteral("gs://gone"), Credential::Kind::GcsAccessToken});
        CredentialLoadJob *load = s.load(this);
        QVERIFY(!run(load));
        QCOMPARE(load->missing(), QStringList{QStringLiteral("gs://gone")});
        QCOMPARE(load->credentials().size(), 1);
        // Removing it clears the index even though the keychain has nothing.
        QVERIFY(!run(s.remove(QStringLiteral("gs://gone"), this)));
        QVERIFY(!s.entry(QStringLiteral("gs://gone")).has_value());
        QVERIFY(!run(s.remove(QStringLiteral("gs://bucket-a"), this)));
    }

    void targetsAndOrigins()
    {
        QCOMPARE(Credential::parseTarget(QStringLiteral("models.example")).value_or(QString()),
                 QStringLiteral("https://models.example:443"));
        QCOMPARE(Credential::parseTarget(QStringLiteral("http://Models.Example:8080/")).value_or(QString()),
                 QStringLiteral("http://models.example:8080"));
        QCOMPARE(Credential::parseTarget(QStringLiteral("gs://b/")).value_or(QString()), QStringLiteral("gs://b"));
        QCOMPARE(Credential::parseTarget(QStringLiteral("KAGGLE")).value_or(QString()), QStringLiteral("kaggle"));
        QVERIFY(!Credential::parseTarget(QStringLiteral("https://u:p@h/")));
        QVERIFY(!Credential::parseTarget(QStringLiteral("https://h/path")));
        QVERIFY(!Credential::parseTarget(QStringLiteral("ftp://h")));
        QVERIFY(!Credential::parseTarget(QStringLiteral("gs://b/object")));

        const HostCredentials set({Credential(Credential::Kind::BearerToken, QStringLiteral("https://h.example:443"), {}, "s"),
                                   Credential(Credential::Kind::KaggleKey, QStringLiteral("kaggle"), QStringLiteral("u"), "k")},
                                  QProcessEnvironment());
        QNetworkRequest r;
        QVERIFY(set.authorize(r, QUrl(QStringLiteral("https://h.example/x"))));
        QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer s"));
        // Downgrade, another port, another host, a subdomain: the header goes away.
        for (const char *url : {"http://h.example/x", "https://h.example:8443/x", "https://evil.example/x",
                                "https://a.h.example/x", "http://h.example:443/x"}) {
            QVERIFY2(!set.authorize(r, QUrl(QString::fromLatin1(url))), url);
            QVERIFY2(!r.hasRawHeader("Authorization"), url);
        }
        // Kaggle's key goes to Kaggle's API host only, not to the storage it redirects downloads to.
        QVERIFY(set.authorize(r, QUrl(QStringLiteral("https://www.kaggle.com/api/v1/models/a/b/download"))));
        QCOMPARE(r.rawHeader("Authorization"), "Basic " + QByteArray("u:k").toBase64());
        QVERIFY(!set.authorize(r, QUrl(QStringLiteral("https://storage.googleapis.com/kds-x/y"))));
        QVERIFY(!set.authorize(r, QUrl(QStringLiteral("http://www.kaggle.com/api/v1/models/a/b/download"))));

        // KAGGLE_USERNAME/KAGGLE_KEY win over the stored key.
        QProcessEnvironment env;
        env.insert(QStringLiteral("KAGGLE_USERNAME"), QStringLiteral("envuser"));
        env.insert(QStringLiteral("KAGGLE_KEY"), QStringLiteral("envkey"));
        const HostCredentials withEnv({Credential(Credential::Kind::KaggleKey, QStringLiteral("kaggle"), QStringLiteral("u"), "k")}, env);
        QVERIFY(withEnv.authorize(r, QUrl(QStringLiteral("https://www.kaggle.com/api/v1/x"))));
        QCOMPARE(r.rawHeader("Authorization"), "Basic " + QByteArray("envuser:envkey").toBase64());
        QCOMPARE(CredentialStore::overriddenBy(QStringLiteral("kaggle"), env), QStringLiteral("KAGGLE_USERNAME/KAGGLE_KEY"));
        QVERIFY(CredentialStore::overriddenBy(QStringLiteral("kaggle"), QProcessEnvironment()).isEmpty());
    }

    // A download from the credential's host that is redirected to another host (127.0.0.2) and to
    // plain http carries the credential on the first hop only; the secret is nowhere in the log,
    // the settings or the cache.
    void redirectsStripTheCredential()
    {
        QVERIFY(unlocked());
        TestHttpServer origin;
        QVERIFY(origin.start());
        TestHttpServer other;
        QVERIFY2(other.start(QHostAddress(QStringLiteral("127.0.0.2"))), "cannot listen on 127.0.0.2");
        TestHttpServer plain;
        QVERIFY(plain.start());

        TestHttpServer::Route model;
        model.body = m_model;
        model.contentType = "application/x-tar";
        other.setRoute(QStringLiteral("/elsewhere/model"), model);
        plain.setRoute(QStringLiteral("/plain/model"), model);
        TestHttpServer::Route toOther;
        toOther.redirectTo = other.url(QStringLiteral("/elsewhere/model")).toString();
        origin.setRoute(QStringLiteral("/private/model/1"), toOther);
        TestHttpServer::Route toPlain;
        toPlain.redirectTo = plain.url(QStringLiteral("/plain/model")).toString();
        origin.setRoute(QStringLiteral("/private/model/2"), toPlain);

        CredentialStore s = store();
        const QString originTarget = Credential::originOf(origin.url(QStringLiteral("/")));
        QVERIFY(!run(s.save(Credential(Credential::Kind::BearerToken, originTarget, {}, "redirect-secret-42"), this)));
        // Stored for https on the plain server's port: an http request there is a downgrade.
        const QString httpsTarget = QStringLiteral("https://127.0.0.1:") + QString::number(plain.port());
        QVERIFY(!run(s.save(Credential(Credential::Kind::BearerToken, httpsTarget, {}, "tls-only-secret-43"), this)));

        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        const Configuration c = config(cache.path());
        QObject owner;
        QNetworkAccessManager *nam = networkWithStoredCredentials(c, &owner);
        QVERIFY(nam);
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        for (const QString path : {QStringLiteral("/private/model/1"), QStringLiteral("/private/model/2")}) {
            ResolveJob job(origin.url(path).toString(), c, nam);
            const Error e = run(&job);
            QVERIFY2(!e, qPrintable(e.message()));
        }

        const auto originRequests = origin.requests();
        QCOMPARE(originRequests.size(), 2);
        for (const auto &r : originRequests)
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer redirect-secret-42"));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY2(!other.requests().constFirst().headers.contains("authorization"), "sent to another host");
        QCOMPARE(plain.requests().size(), 1);
        QVERIFY2(!plain.requests().constFirst().headers.contains("authorization"), "sent over plain http");

        QStringList log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("sending the stored")), "the log shows nothing");
        for (const QByteArray secret : {QByteArray("redirect-secret-42"), QByteArray("tls-only-secret-43")}) {
            QVERIFY2(!log.join(QLatin1Char('\n')).contains(QString::fromLatin1(secret)), "secret in the log");
            QVERIFY(filesContaining(QDir::homePath() + QStringLiteral("/.config"), secret).isEmpty());
            QVERIFY(filesContaining(cache.path(), secret).isEmpty());
            QVERIFY(!QProcessEnvironment::systemEnvironment().toStringList().join(QLatin1Char('\n')).contains(
                QString::fromLatin1(secret)));
        }
        QVERIFY(!run(s.remove(originTarget, this)));
        QVERIFY(!run(s.remove(httpsTarget, this)));
    }

    // A service-account key kept in the keychain for one bucket: the token endpoint gets an RS256
    // assertion that verifies with the public key, the storage endpoint (which answers 401 without
    // the right token) gets the token only, and a fresh one is fetched before the first expires.
    // Another bucket gets the default credential; the environment wins over both.
    void gcsServiceAccountKeyFromKeychain()
    {
        QVERIFY(unlocked());
        const RsaKey key = generateRsaKey();
        QVERIFY(key.key);
        TestHttpServer tokens;
        QVERIFY(tokens.start());
        TestHttpServer storage;
        QVERIFY(storage.start(QHostAddress(QStringLiteral("127.0.0.2"))));
        const auto tokenRoute = [](const QByteArray &token) {
            TestHttpServer::Route r;
            r.body = "{\"access_token\":\"" + token + "\",\"expires_in\":2,\"token_type\":\"Bearer\"}";
            r.contentType = "application/json";
            return r;
        };
        tokens.setRoute(QStringLiteral("/token"), tokenRoute("sa-token-1"));
        TestHttpServer::Route meta;
        meta.body = R"({"name":"obj","bucket":"private-bkt","size":"3","generation":"7"})";
        meta.contentType = "application/json";
        meta.requireAuthorization = "Bearer sa-token-1";
        storage.setRoute(QStringLiteral("/storage/v1/b/private-bkt/o/obj"), meta);
        TestHttpServer::Route other = meta;
        other.body = R"({"name":"obj","bucket":"other-bkt","size":"3","generation":"8"})";
        other.requireAuthorization = "Bearer default-token";
        storage.setRoute(QStringLiteral("/storage/v1/b/other-bkt/o/obj"), other);

        const QString tokenUri = tokens.url(QStringLiteral("/token")).toString();
        const QByteArray keyJson = QJsonDocument(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("service_account")},
            {QStringLiteral("client_email"), QStringLiteral("cache@project.iam.gserviceaccount.com")},
            {QStringLiteral("private_key"), QString::fromLatin1(key.privatePem)},
            {QStringLiteral("token_uri"), tokenUri}}).toJson(QJsonDocument::Compact);
        CredentialStore s = store();
        QVERIFY(!run(s.save(Credential(Credential::Kind::GcsServiceAccountKey, QStringLiteral("gs://private-bkt"), {}, keyJson), this)));
        QVERIFY(!run(s.save(Credential(Credential::Kind::GcsAccessToken, QStringLiteral("gs://"), {}, "default-token"), this)));
        CredentialLoadJob *load = s.load(this);
        QVERIFY(!run(load));
        const QList<Credential> stored = load->credentials();

        QProcessEnvironment env;
        env.insert(QStringLiteral("HUBCACHE_GCS_ENDPOINT"), storage.url(QString()).toString());
        Configuration::Inputs in;
        in.environment = env;
        Error configError;
        Configuration c = Configuration::fromInputs(in, &configError);
        c.setRetryDelay(10ms);
        std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(c, nullptr));

        // Without a token the storage endpoint refuses: the check below means something.
        {
            GcsAnonymousCredentials anonymous;
            GcsClient client(c, nam.get(), &anonymous);
            const std::unique_ptr<GcsMetadataJob> job(client.metadata(QStringLiteral("private-bkt"), QStringLiteral("obj")));
            QCOMPARE(run(job.get()).code(), ErrorCode::AccessDenied);
        }

        Error e;
        auto provider = GcsCredentialProvider::fromEnvironment(c, nam.get(), QStringLiteral("private-bkt"), stored, &e);
        QVERIFY2(provider, qPrintable(e.message()));
        QVERIFY(qobject_cast<GcsServiceAccountCredentials *>(provider.get()));
        GcsClient client(c, nam.get(), provider.get());
        for (int i = 0; i < 2; ++i) {
            const std::unique_ptr<GcsMetadataJob> job(client.metadata(QStringLiteral("private-bkt"), QStringLiteral("obj")));
            const Error err = run(job.get());
            QVERIFY2(!err, qPrintable(err.message()));
            QCOMPARE(job->object().generation, 7);
        }
        QCOMPARE(tokens.requests().size(), 1);
        const QUrlQuery form(QString::fromLatin1(tokens.requests().constFirst().body));
        const QByteArray jwt = form.queryItemValue(QStringLiteral("assertion"), QUrl::FullyDecoded).toLatin1();
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(verifyRs256(key.key.get(), parts[0] + '.' + parts[1], signature));
        QVERIFY(!verifyRs256(key.key.get(), parts[0] + '.' + parts[1] + 'x', signature));
        for (const auto &r : storage.requests())
            QVERIFY(!r.headers.value("authorization").contains(parts[2].left(20)));
        QVERIFY(!tokens.requests().constFirst().headers.contains("authorization"));

        // The token lives 2 s: after half its life a fresh one is fetched before the old expires.
        tokens.setRoute(QStringLiteral("/token"), tokenRoute("sa-token-2"));
        meta.requireAuthorization = "Bearer sa-token-2";
        storage.setRoute(QStringLiteral("/storage/v1/b/private-bkt/o/obj"), meta);
        const QDateTime issued = QDateTime::currentDateTimeUtc();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= issued.addMSecs(1100), 5000);
        const Error refreshed = run(std::unique_ptr<GcsMetadataJob>(client.metadata(QStringLiteral("private-bkt"), QStringLiteral("obj"))).get());
        QVERIFY2(!refreshed, qPrintable(refreshed.message()));
        QCOMPARE(tokens.requests().size(), 2);

        // Another bucket: the default credential stored for gs://.
        auto fallback = GcsCredentialProvider::fromEnvironment(c, nam.get(), QStringLiteral("other-bkt"), stored, &e);
        QVERIFY(qobject_cast<GcsAccessTokenCredentials *>(fallback.get()));
        GcsClient otherClient(c, nam.get(), fallback.get());
        const std::unique_ptr<GcsMetadataJob> otherJob(otherClient.metadata(QStringLiteral("other-bkt"), QStringLiteral("obj")));
        const Error otherError = run(otherJob.get());
        QVERIFY2(!otherError, qPrintable(otherError.message()));
        QCOMPARE(otherJob->object().generation, 8);

        // The environment wins over the keychain.
        env.insert(QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN"), QStringLiteral("env-token"));
        in.environment = env;
        const Configuration withEnv = Configuration::fromInputs(in, &configError);
        auto fromEnv = GcsCredentialProvider::fromEnvironment(withEnv, nam.get(), QStringLiteral("private-bkt"), stored, &e);
        QVERIFY(qobject_cast<GcsAccessTokenCredentials *>(fromEnv.get()));

        QVERIFY(filesContaining(QDir::homePath() + QStringLiteral("/.config"), "default-token").isEmpty());
        QVERIFY(filesContaining(QDir::homePath() + QStringLiteral("/.config"), key.privatePem.mid(40, 40)).isEmpty());
        QVERIFY(!run(s.remove(QStringLiteral("gs://private-bkt"), this)));
        QVERIFY(!run(s.remove(QStringLiteral("gs://"), this)));
    }

    // A user's refresh token (authorized_user JSON) kept for the default gs://: exchanged at the
    // token endpoint only, its access token sent to the storage endpoint only; a refused refresh
    // token is a sign-in error.
    void gcsRefreshTokenFromKeychain()
    {
        QVERIFY(unlocked());
        TestHttpServer tokens;
        QVERIFY(tokens.start());
        TestHttpServer storage;
        QVERIFY(storage.start(QHostAddress(QStringLiteral("127.0.0.2"))));
        TestHttpServer::Route tokenAnswer;
        tokenAnswer.body = R"({"access_token":"user-access-1","expires_in":3600,"token_type":"Bearer"})";
        tokenAnswer.contentType = "application/json";
        tokens.setRoute(QStringLiteral("/token"), tokenAnswer);
        TestHttpServer::Route meta;
        meta.body = R"({"name":"obj","bucket":"user-bkt","size":"3","generation":"9"})";
        meta.contentType = "application/json";
        meta.requireAuthorization = "Bearer user-access-1";
        storage.setRoute(QStringLiteral("/storage/v1/b/user-bkt/o/obj"), meta);

        const QByteArray json = QJsonDocument(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("authorized_user")},
            {QStringLiteral("client_id"), QStringLiteral("client-1.apps.googleusercontent.com")},
            {QStringLiteral("client_secret"), QStringLiteral("client-secret-1")},
            {QStringLiteral("refresh_token"), QStringLiteral("refresh-secret-1")},
            {QStringLiteral("token_uri"), tokens.url(QStringLiteral("/token")).toString()}}).toJson(QJsonDocument::Compact);
        CredentialStore s = store();
        QVERIFY(!run(s.save(Credential(Credential::Kind::GcsRefreshToken, QStringLiteral("gs://"), {}, json), this)));
        CredentialLoadJob *load = s.load(this);
        QVERIFY(!run(load));

        QProcessEnvironment env;
        env.insert(QStringLiteral("HUBCACHE_GCS_ENDPOINT"), storage.url(QString()).toString());
        Configuration::Inputs in;
        in.environment = env;
        Error configError;
        const Configuration c = Configuration::fromInputs(in, &configError);
        std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(c, nullptr));
        Error e;
        auto provider = GcsCredentialProvider::fromEnvironment(c, nam.get(), QStringLiteral("user-bkt"), load->credentials(), &e);
        QVERIFY2(provider, qPrintable(e.message()));
        QVERIFY(qobject_cast<GcsRefreshTokenCredentials *>(provider.get()));
        GcsClient client(c, nam.get(), provider.get());
        for (int i = 0; i < 2; ++i) {
            const std::unique_ptr<GcsMetadataJob> job(client.metadata(QStringLiteral("user-bkt"), QStringLiteral("obj")));
            const Error err = run(job.get());
            QVERIFY2(!err, qPrintable(err.message()));
            QCOMPARE(job->object().generation, 9);
        }
        QCOMPARE(tokens.requests().size(), 1);
        const QUrlQuery form(QString::fromLatin1(tokens.requests().constFirst().body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-secret-1"));
        for (const auto &r : storage.requests()) {
            QVERIFY(!r.body.contains("refresh-secret-1") && !r.url.toString().contains(QLatin1String("refresh-secret-1")));
            QVERIFY(!r.headers.values().join(' ').contains("refresh-secret-1"));
        }

        // A revoked refresh token: the token endpoint says invalid_grant; that is a sign-in error.
        TestHttpServer::Route revoked;
        revoked.status = 400;
        revoked.body = R"({"error":"invalid_grant"})";
        revoked.contentType = "application/json";
        tokens.setRoute(QStringLiteral("/token"), revoked);
        auto again = GcsCredentialProvider::fromEnvironment(c, nam.get(), QStringLiteral("user-bkt"), load->credentials(), &e);
        GcsClient refusedClient(c, nam.get(), again.get());
        QCOMPARE(run(std::unique_ptr<GcsMetadataJob>(refusedClient.metadata(QStringLiteral("user-bkt"), QStringLiteral("obj"))).get()).code(),
                 ErrorCode::AccessDenied);
        QVERIFY(filesContaining(QDir::homePath() + QStringLiteral("/.config"), "refresh-secret-1").isEmpty());
        QVERIFY(!run(s.remove(QStringLiteral("gs://"), this)));
    }

    // The command line reads a bucket's stored credential before it lists a cache in that bucket:
    // the token goes to the storage endpoint for that bucket only; another bucket is asked
    // anonymously and its refusal is a sign-in error.
    void privateBucketCacheThroughTheCommandLine()
    {
        QVERIFY(unlocked());
        TestHttpServer storage;
        QVERIFY(storage.start());
        TestHttpServer::Route list;
        list.body = R"({"kind":"storage#objects"})";
        list.contentType = "application/json";
        list.requireAuthorization = "Bearer bucket-token-5";
        storage.setRoute(QStringLiteral("/storage/v1/b/private-bkt/o"), list);
        TestHttpServer::Route refused;
        refused.status = 401;
        refused.body = R"({"error":{"code":401,"message":"Anonymous caller does not have storage.objects.list access"}})";
        refused.contentType = "application/json";
        storage.setRoute(QStringLiteral("/storage/v1/b/other-bkt/o"), refused);

        CredentialStore s = store();
        QVERIFY(!run(s.save(Credential(Credential::Kind::GcsAccessToken, QStringLiteral("gs://private-bkt"), {},
                                       "bucket-token-5"), this)));
        auto ls = [&](const QString &bucket) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("TFHUB_CACHE_DIR"), QStringLiteral("gs://%1/cache").arg(bucket));
            env.insert(QStringLiteral("HUBCACHE_GCS_ENDPOINT"), storage.url(QString()).toString());
            env.remove(QStringLiteral("STORAGE_EMULATOR_HOST"));
            env.remove(QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN"));
            env.remove(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"));
            env.insert(QStringLiteral("HUBCACHE_RETRY_DELAY"), QStringLiteral("0.1"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(HUBCACHE_BIN_DIR "/hubcache"), {QStringLiteral("ls")});
            p.waitForFinished(60000);
            return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                                   QString::fromUtf8(p.readAllStandardError()));
        };
        auto [code, out, err] = ls(QStringLiteral("private-bkt"));
        QVERIFY2(code == 0, qPrintable(err + out));
        QVERIFY(!storage.requests().isEmpty());
        for (const auto &r : storage.requests()) {
            QVERIFY2(r.url.path().startsWith(QLatin1String("/storage/v1/b/private-bkt/")), qPrintable(r.url.toString()));
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer bucket-token-5"));
        }
        QVERIFY(!out.contains(QLatin1String("bucket-token-5")) && !err.contains(QLatin1String("bucket-token-5")));

        const qsizetype before = storage.requests().size();
        std::tie(code, out, err) = ls(QStringLiteral("other-bkt"));
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("other-bkt")), qPrintable(err));
        QVERIFY(storage.requests().size() > before);
        for (qsizetype i = before; i < storage.requests().size(); ++i)
            QVERIFY(storage.requests().at(i).headers.value("authorization").isEmpty());
        QVERIFY(!run(s.remove(QStringLiteral("gs://private-bkt"), this)));
    }

    // The Kaggle catalog sends the Kaggle key to Kaggle's own origin only.
    void kaggleKeyOnlyToKaggle()
    {
        const Configuration c = config(QString());
        std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(c, nullptr));
        (new HostCredentials({Credential(Credential::Kind::KaggleKey, QStringLiteral("kaggle"), QStringLiteral("alice"),
                                         "kaggle-key-3")}, QProcessEnvironment()))->attachTo(nam.get());
        const KaggleModelsClient client(c, nam.get());
        const QNetworkRequest kaggle = client.prepareRequest(QUrl(QStringLiteral("https://www.kaggle.com/api/v1/models/list")));
        QCOMPARE(kaggle.rawHeader("Authorization"), QByteArray("Basic ") + QByteArray("alice:kaggle-key-3").toBase64());
        const QNetworkRequest other = client.prepareRequest(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1/models/list")));
        QVERIFY(other.rawHeader("Authorization").isEmpty());
        const QNetworkRequest plain = client.prepareRequest(QUrl(QStringLiteral("http://www.kaggle.com/api/v1/models/list")));
        QVERIFY(plain.rawHeader("Authorization").isEmpty());
    }

    // The command line: login reads the secret from stdin, credentials lists without it, config
    // names the source, an environment variable overrides, logout removes.
    void commandLine()
    {
        QVERIFY(unlocked());
        auto cli = [](const QStringList &args, const QByteArray &input = {},
                      const QProcessEnvironment &extra = QProcessEnvironment()) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString &k : extra.keys())
                env.insert(k, extra.value(k));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(HUBCACHE_BIN_DIR "/hubcache"), args);
            p.waitForStarted();
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                                   QString::fromUtf8(p.readAllStandardError()));
        };
        const QByteArray secret = "cli-secret-77";
        auto [code, out, err] = cli({QStringLiteral("login"), QStringLiteral("models.example:8443")}, secret + '\n');
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(out.contains(QLatin1String("https://models.example:8443")));
        std::tie(code, out, err) = cli({QStringLiteral("login"), QStringLiteral("kaggle"), QStringLiteral("--user"),
                                        QStringLiteral("alice")}, "kaggle-cli-key\n");
        QVERIFY2(code == 0, qPrintable(err));

        std::tie(code, out, err) = cli({QStringLiteral("credentials")});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(out.contains(QLatin1String("https://models.example:8443")));
        QVERIFY(out.contains(QLatin1String("bearer token")));
        QVERIFY(out.contains(QLatin1String("kaggle")));
        QVERIFY(!out.contains(QLatin1String("cli-secret-77")) && !err.contains(QLatin1String("cli-secret-77")));
        QVERIFY(!out.contains(QLatin1String("kaggle-cli-key")));

        QProcessEnvironment kaggleEnv;
        kaggleEnv.insert(QStringLiteral("KAGGLE_USERNAME"), QStringLiteral("envuser"));
        kaggleEnv.insert(QStringLiteral("KAGGLE_KEY"), QStringLiteral("envkey"));
        std::tie(code, out, err) = cli({QStringLiteral("credentials")}, {}, kaggleEnv);
        QVERIFY(out.contains(QLatin1String("overridden by KAGGLE_USERNAME/KAGGLE_KEY")));
        std::tie(code, out, err) = cli({QStringLiteral("config")}, {}, kaggleEnv);
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.contains(QLatin1String("Kaggle: environment (KAGGLE_USERNAME/KAGGLE_KEY)")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("other hosts: keychain (https://models.example:8443)")), qPrintable(out));
        std::tie(code, out, err) = cli({QStringLiteral("config")});
        QVERIFY2(out.contains(QLatin1String("Kaggle: keychain")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("envkey")));

        // A secret on the command line is not accepted: there is no option for it.
        std::tie(code, out, err) = cli({QStringLiteral("login"), QStringLiteral("h.example"), QStringLiteral("--token"),
                                        QStringLiteral("x")});
        QCOMPARE(code, 2);

        // Kaggle's own file is offered for import; a key file that is no key is refused and nothing stored.
        QDir().mkpath(QDir::homePath() + QStringLiteral("/.kaggle"));
        QFile kaggleJson(QDir::homePath() + QStringLiteral("/.kaggle/kaggle.json"));
        QVERIFY(kaggleJson.open(QIODevice::WriteOnly));
        kaggleJson.write(R"({"username":"fileuser","key":"file-kaggle-key"})");
        kaggleJson.close();
        std::tie(code, out, err) = cli({QStringLiteral("login"), QStringLiteral("kaggle"), QStringLiteral("--import")});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("fileuser")), qPrintable(err));
        QVERIFY(!err.contains(QLatin1String("file-kaggle-key")) && !out.contains(QLatin1String("file-kaggle-key")));
        QFile::remove(kaggleJson.fileName());
        QFile notAKey(QDir::tempPath() + QStringLiteral("/not-a-key.json"));
        QVERIFY(notAKey.open(QIODevice::WriteOnly));
        notAKey.write(R"({"type":"service_account","client_email":"a@b","private_key":"not a key"})");
        notAKey.close();
        std::tie(code, out, err) = cli({QStringLiteral("login"), QStringLiteral("gs://bkt"), QStringLiteral("--key-file"),
                                        notAKey.fileName()});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("not-a-key.json")), qPrintable(err));
        QVERIFY(!CredentialStore().entry(QStringLiteral("gs://bkt")).has_value());

        std::tie(code, out, err) = cli({QStringLiteral("logout"), QStringLiteral("https://models.example:8443")});
        QVERIFY2(code == 0, qPrintable(err));
        std::tie(code, out, err) = cli({QStringLiteral("logout"), QStringLiteral("kaggle")});
        QVERIFY2(code == 0, qPrintable(err));
        std::tie(code, out, err) = cli({QStringLiteral("logout"), QStringLiteral("kaggle")});
        QCOMPARE(code, 1);
        std::tie(code, out, err) = cli({QStringLiteral("credentials")});
        QVERIFY(out.contains(QLatin1String("No credentials are stored")));
        QVERIFY(filesContaining(QDir::homePath() + QStringLiteral("/.config"), secret).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
