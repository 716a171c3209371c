#include "credentialscommand.h"

#include "credential.h"
#include "credentialloadjob.h"
#include "credentialstore.h"
#include "gcsrefreshtokencredentials.h"
#include "gcsserviceaccountcredentials.h"
#include "hostcredentials.h"
#include "interruptwatcher.h"
#include "keychainjob.h"
#include "terminaltext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace HubCache;

namespace {

void out(const QString &text)
{
    TerminalText::writeLine(stdout, text);
}

void err(const QString &text)
{
    std::fflush(stdout);
    TerminalText::writeLine(stderr, text);
}

CredentialStore makeStore(const Configuration &config)
{
    CredentialStore store;
    store.setTimeout(CredentialStore::timeoutFrom(config.environment()));
    return store;
}

// Runs a keychain job to its end; Ctrl+C cancels it.
Error runJob(Job *job)
{
    job->setAutoDelete(false);
    InterruptWatcher interrupt([job](int) { job->cancel(); });
    job->exec();
    const Error e = job->error();
    delete job;
    return e;
}

} // namespace

CredentialsCommand::CredentialsCommand(const Configuration &config)
    : m_config(config)
{
}

void CredentialsCommand::addLoginOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("target"),
                            tr("https://HOST[:PORT] (or HOST), gs://BUCKET, gs:// (every bucket) or kaggle."));
    p.addOption({{QStringLiteral("u"), QStringLiteral("user")},
                 tr("A user name: basic credentials for a host; your Kaggle user name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("key-file"),
                 tr("Read the secret from FILE: a service-account JSON key or an authorized_user JSON (refresh "
                    "token) for gs://, kaggle.json for kaggle, a token for a host."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("import"),
                 tr("kaggle: import KAGGLE_USERNAME/KAGGLE_KEY, else ~/.kaggle/kaggle.json.")});
}

void CredentialsCommand::addLogoutOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("target"), tr("What the credential was stored for, as given to login."));
}

void CredentialsCommand::addListOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

int CredentialsCommand::fail(const QString &message)
{
    err(tr("hubcache: error: %1").arg(message));
    return 1;
}

int CredentialsCommand::usage(const QString &problem)
{
    err(tr("hubcache: %1").arg(problem));
    err(tr("Try 'hubcache --help'."));
    return 2;
}

QString CredentialsCommand::readLine(const QString &prompt)
{
    if (isatty(STDIN_FILENO))
        TerminalText::write(stderr, prompt);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine(4096)).trimmed();
}

QByteArray CredentialsCommand::readSecret(const QString &prompt)
{
    QFile in;
    if (!isatty(STDIN_FILENO)) {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return {};
        QByteArray data = in.read(1 << 20);
        while (data.endsWith('\n') || data.endsWith('\r'))
            data.chop(1);
        return data;
    }
    TerminalText::write(stderr, prompt);
    termios old {};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(1 << 16);
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    TerminalText::write(stderr, QStringLiteral("\n"));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

int CredentialsCommand::login(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("login takes exactly one HOST, gs://BUCKET or kaggle"));
    QString problem;
    const auto parsed = Credential::parseTarget(args.constFirst(), &problem);
    if (!parsed)
        return usage(problem);
    const QString target = *parsed;
    const QString user = parser.value(QStringLiteral("user"));
    const QString keyFile = parser.value(QStringLiteral("key-file"));

    QByteArray fileData;
    if (!keyFile.isEmpty()) {
        QFile f(keyFile);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(keyFile, f.errorString()));
        fileData = f.read(1 << 20);
    }

    Credential credential;
    if (target == QLatin1String(Credential::kKaggleTarget)) {
        if (parser.isSet(QStringLiteral("import"))) {
            if (auto fromEnv = CredentialStore::kaggleFromEnvironment(m_config.environment())) {
                credential = *fromEnv;
                err(tr("Importing the Kaggle key of %1 from KAGGLE_USERNAME/KAGGLE_KEY.").arg(credential.user()));
            } else {
                Error e;
                const QString path = keyFile.isEmpty() ? CredentialStore::kaggleJsonPath(m_config.environment()) : keyFile;
                auto fromFile = CredentialStore::kaggleFromFile(path, &e);
                if (!fromFile)
                    return fail(tr("nothing to import: KAGGLE_USERNAME/KAGGLE_KEY are not set and %1 cannot be "
                                   "used (%2)").arg(path, e.message()));
                credential = *fromFile;
                err(tr("Importing the Kaggle key of %1 from %2; you may delete that file now.").arg(credential.user(), path));
            }
        } else if (!keyFile.isEmpty()) {
            Error e;
            auto fromFile = CredentialStore::kaggleFromFile(keyFile, &e);
            if (!fromFile)
                return fail(e.message());
            credential = *fromFile;
        } else {
            const QString name = user.isEmpty() ? readLine(tr("Kaggle user name: ")) : user;
            if (name.isEmpty())
                return usage(tr("give your Kaggle user name with --user NAME"));
            const QByteArray key = readSecret(tr("Kaggle API key (not shown): "));
            if (key.isEmpty())
                return fail(tr("no API key was given; nothing was stored"));
            credential = Credential(Credential::Kind::KaggleKey, target, name, key);
        }
    } else if (target.startsWith(QLatin1String("gs://"))) {
        const QString type = QJsonDocument::fromJson(fileData).object().value(QStringLiteral("type")).toString();
        if (!fileData.isEmpty() && type == QLatin1String("authorized_user")) {
            Error e;
            QNetworkAccessManager nam;
            if (!GcsRefreshTokenCredentials::fromJson(fileData, keyFile, m_config, &nam, &e))
                return fail(e.message());
            credential = Credential(Credential::Kind::GcsRefreshToken, target, {}, fileData);
        } else if (!fileData.isEmpty()) {
            Error e;
            QNetworkAccessManager nam;
            if (!GcsServiceAccountCredentials::fromKeyData(fileData, keyFile, m_config, &nam, &e))
                return fail(e.message());
            credential = Credential(Credential::Kind::GcsServiceAccountKey, target, {}, fileData);
        } else {
            const QByteArray token = readSecret(tr("OAuth access token for %1 (not shown): ").arg(target));
            if (token.isEmpty())
                return fail(tr("no token was given; nothing was stored (use --key-file for a service-account key)"));
            credential = Credential(Credential::Kind::GcsAccessToken, target, {}, token.trimmed());
        }
    } else {
        QByteArray secret = fileData.trimmed();
        if (secret.isEmpty())
            secret = readSecret(user.isEmpty() ? tr("Bearer token for %1 (not shown): ").arg(target)
                                               : tr("Password of %1 for %2 (not shown): ").arg(user, target));
        if (secret.isEmpty())
            return fail(tr("no secret was given; nothing was stored"));
        credential = user.isEmpty() ? Credential(Credential::Kind::BearerToken, target, {}, secret)
                                    : Credential(Credential::Kind::BasicAuth, target, user, secret);
    }

    const CredentialStore store = makeStore(m_config);
    const Error e = runJob(store.save(credential));
    if (e)
        return fail(e.message());
    out(tr("Stored a %1 for %2 in the system keychain.").arg(Credential::kindText(credential.kind()), target));
    const QString over = CredentialStore::overriddenBy(target, m_config.environment());
    if (!over.isEmpty())
        err(tr("Note: %1 is set and is used instead while it is.").arg(over));
    return 0;
}

int CredentialsCommand::logout(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("logout takes exactly one HOST, gs://BUCKET or kaggle"));
    QString problem;
    const auto target = Credential::parseTarget(args.constFirst(), &problem);
    if (!target)
        return usage(problem);
    const CredentialStore store = makeStore(m_config);
    const bool known = store.entry(*target).has_value();
    const Error e = runJob(store.remove(*target));
    if (e && e.code() != ErrorCode::CredentialNotFound)
        return fail(e.message());
    // The keychain's delete succeeds for a missing entry too: the index says whether there was one.
    if (!known)
        return fail(tr("no credential was stored for %1; 'hubcache credentials' lists what is").arg(*target));
    out(tr("Removed the credential for %1 from the system keychain.").arg(*target));
    return 0;
}

int CredentialsCommand::list(const QCommandLineParser &parser)
{
    const CredentialStore store = makeStore(m_config);
    const auto entries = store.entries();
    const QProcessEnvironment &env = m_config.environment();
    // Ask the keychain too, so that entries it no longer gives are shown as such.
    QStringList missing;
    Error keychainError;
    if (!entries.isEmpty()) {
        CredentialLoadJob *load = store.load();
        load->setAutoDelete(false);
        InterruptWatcher interrupt([load](int) { load->cancel(); });
        load->exec();
        keychainError = load->error();
        missing = load->missing();
        delete load;
    }
    QStringList envOnly;
    if (CredentialStore::kaggleFromEnvironment(env)
        && std::none_of(entries.cbegin(), entries.cend(), [](const auto &e) { return e.target == QLatin1String("kaggle"); }))
        envOnly.append(QStringLiteral("kaggle"));
    if (!CredentialStore::overriddenBy(QStringLiteral("gs://"), env).isEmpty()
        && std::none_of(entries.cbegin(), entries.cend(), [](const auto &e) { return e.target == QLatin1String("gs://"); }))
        envOnly.append(QStringLiteral("gs://"));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &e : entries) {
            list.append(QJsonObject{{QStringLiteral("target"), e.target},
                                    {QStringLiteral("kind"), Credential::kindName(e.kind)},
                                    {QStringLiteral("source"), QStringLiteral("keychain")},
                                    {QStringLiteral("missing"), missing.contains(e.target)},
                                    {QStringLiteral("overriddenBy"), CredentialStore::overriddenBy(e.target, env)}});
        }
        for (const QString &t : envOnly) {
            list.append(QJsonObject{{QStringLiteral("target"), t},
                                    {QStringLiteral("source"), QStringLiteral("environment")},
                                    {QStringLiteral("variables"), CredentialStore::overriddenBy(t, env)}});
        }
        QJsonObject o{{QStringLiteral("credentials"), list}};
        if (keychainError)
            o.insert(QStringLiteral("keychainError"), keychainError.message());
        TerminalText::writeJson(stdout, QJsonDocument(o).toJson(QJsonDocument::Indented));
        return keychainError ? 1 : 0;
    }
    if (entries.isEmpty() && envOnly.isEmpty())
        out(tr("No credentials are stored. Add one with 'hubcache login HOST|gs://BUCKET|kaggle'."));
    for (const auto &e : entries) {
        QString line = QStringLiteral("%1  %2").arg(e.target, -30).arg(Credential::kindText(e.kind));
        const QString over = CredentialStore::overriddenBy(e.target, env);
        if (!over.isEmpty())
            line += tr("  (overridden by %1)").arg(over);
        if (missing.contains(e.target))
            line += tr("  (the keychain does not give it: locked, or deleted elsewhere)");
        out(line);
    }
    for (const QString &t : envOnly)
        out(QStringLiteral("%1  %2").arg(t, -30).arg(tr("from the environment (%1)").arg(CredentialStore::overriddenBy(t, env))));
    if (keychainError) {
        err(tr("hubcache: warning: %1").arg(keychainError.message()));
        return 1;
    }
    return 0;
}

void CredentialsCommand::loadStored(Configuration &config)
{
    const CredentialStore store = makeStore(config);
    QStringList targets;
    for (const auto &e : store.entries()) {
        if (e.kind != Credential::Kind::KaggleKey || !CredentialStore::kaggleFromEnvironment(config.environment()))
            targets.append(e.target);
    }
    if (targets.isEmpty())
        return;
    CredentialLoadJob *load = store.load(nullptr, targets);
    load->setAutoDelete(false);
    InterruptWatcher interrupt([load](int) { load->cancel(); });
    load->exec();
    if (load->error())
        err(tr("hubcache: warning: going on without stored credentials: %1").arg(load->error().message()));
    config.setStoredCredentials(load->credentials());
    delete load;
}

void CredentialsCommand::attachStored(const Configuration &config, QNetworkAccessManager *nam)
{
    (new HostCredentials(config.storedCredentials(), config.environment()))->attachTo(nam);
}

QStringList CredentialsCommand::configLines(const Configuration &config)
{
    const QJsonObject o = configJson(config);
    auto text = [](const QJsonObject &kind) {
        // The JSON names the source with a fixed word; the text says it in the user's language.
        const QString key = kind.value(QStringLiteral("source")).toString();
        const QString source = key == QLatin1String("environment") ? tr("environment")
            : key == QLatin1String("keychain")                      ? tr("keychain")
            : key == QLatin1String("anonymous")                     ? tr("anonymous")
            : key == QLatin1String("none")                          ? tr("none")
                                                                    : key;
        const QString detail = kind.value(QStringLiteral("detail")).toString();
        return detail.isEmpty() ? source : QStringLiteral("%1 (%2)").arg(source, detail);
    };
    return {tr("Credentials:   Google Cloud Storage: %1").arg(text(o.value(QStringLiteral("gcs")).toObject())),
            tr("               Kaggle: %1").arg(text(o.value(QStringLiteral("kaggle")).toObject())),
            tr("               other hosts: %1").arg(text(o.value(QStringLiteral("hosts")).toObject()))};
}

QJsonObject CredentialsCommand::configJson(const Configuration &config)
{
    const QProcessEnvironment &env = config.environment();
    const auto entries = CredentialStore().entries();
    QStringList buckets, hosts;
    bool kaggleStored = false;
    for (const auto &e : entries) {
        if (e.target.startsWith(QLatin1String("gs://")))
            buckets.append(e.target);
        else if (e.target == QLatin1String("kaggle"))
            kaggleStored = true;
        else
            hosts.append(e.target);
    }
    auto kind = [](const QString &source, const QString &detail) {
        return QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("detail"), detail}};
    };
    QJsonObject gcs;
    const QString gcsEnv = CredentialStore::overriddenBy(QStringLiteral("gs://"), env);
    if (!gcsEnv.isEmpty())
        gcs = kind(QStringLiteral("environment"), gcsEnv);
    else if (!buckets.isEmpty())
        gcs = kind(QStringLiteral("keychain"), buckets.join(QStringLiteral(", ")));
    else
        gcs = kind(QStringLiteral("anonymous"), QString());
    QJsonObject kaggle;
    if (CredentialStore::kaggleFromEnvironment(env))
        kaggle = kind(QStringLiteral("environment"), QStringLiteral("KAGGLE_USERNAME/KAGGLE_KEY"));
    else if (kaggleStored)
        kaggle = kind(QStringLiteral("keychain"), QString());
    else
        kaggle = kind(QStringLiteral("none"), QString());
    const QJsonObject other = hosts.isEmpty() ? kind(QStringLiteral("none"), QString())
                                              : kind(QStringLiteral("keychain"), hosts.join(QStringLiteral(", ")));
    return {{QStringLiteral("gcs"), gcs}, {QStringLiteral("kaggle"), kaggle}, {QStringLiteral("hosts"), other}};
}
