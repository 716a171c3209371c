#include "credentialstore.h"

#include "credentialloadjob.h"
#include "keychainjob.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>

namespace HubCache {

namespace {

QList<CredentialStore::Entry> readIndex(const QString &path)
{
    QSettings settings(path, QSettings::IniFormat);
    QList<CredentialStore::Entry> entries;
    const int n = settings.beginReadArray(QStringLiteral("credentials"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        CredentialStore::Entry e;
        e.target = settings.value(QStringLiteral("target")).toString();
        e.kind = Credential::kindFromName(settings.value(QStringLiteral("kind")).toString());
        if (!e.target.isEmpty() && e.kind != Credential::Kind::None)
            entries.append(e);
    }
    settings.endArray();
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.target < b.target; });
    return entries;
}

void writeIndex(const QString &path, const QList<CredentialStore::Entry> &entries)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSettings settings(path, QSettings::IniFormat);
    settings.remove(QStringLiteral("credentials"));
    settings.beginWriteArray(QStringLiteral("credentials"), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("target"), entries.at(i).target);
        settings.setValue(QStringLiteral("kind"), Credential::kindName(entries.at(i).kind));
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcKeychain) << "cannot write the credential index" << path;
}

} // namespace

CredentialStore::CredentialStore(const QString &indexPath)
    : m_indexPath(indexPath.isEmpty() ? defaultIndexPath() : indexPath)
    , m_timeout(KeychainJob::kDefaultTimeout)
{
}

QString CredentialStore::defaultIndexPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/hubcache/credentials.ini");
}

std::chrono::milliseconds CredentialStore::timeoutFrom(const QProcessEnvironment &env)
{
    bool ok = false;
    const double seconds = env.value(QStringLiteral("HUBCACHE_KEYCHAIN_TIMEOUT")).toDouble(&ok);
    if (ok && seconds >= 0.1 && seconds <= 600)
        return std::chrono::milliseconds(qint64(seconds * 1000));
    return KeychainJob::kDefaultTimeout;
}

QList<CredentialStore::Entry> CredentialStore::entries() const
{
    return readIndex(m_indexPath);
}

std::optional<CredentialStore::Entry> CredentialStore::entry(const QString &target) const
{
    for (const Entry &e : entries()) {
        if (e.target == target)
            return e;
    }
    return std::nullopt;
}

void CredentialStore::addToIndex(const QString &indexPath, const Entry &entry)
{
    QList<Entry> list = readIndex(indexPath);
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Entry &e) { return e.target == entry.target; }),
               list.end());
    list.append(entry);
    writeIndex(indexPath, list);
}

void CredentialStore::removeFromIndex(const QString &indexPath, const QString &target)
{
    QList<Entry> list = readIndex(indexPath);
    const auto before = list.size();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Entry &e) { return e.target == target; }),
               list.end());
    if (list.size() != before)
        writeIndex(indexPath, list);
}

KeychainJob *CredentialStore::save(const Credential &credential, QObject *parent) const
{
    auto *job = new KeychainJob(KeychainJob::Operation::Write, QString::fromLatin1(kService), credential.target(), parent);
    job->setTimeout(m_timeout);
    job->setData(credential.toKeychainData());
    const QString indexPath = m_indexPath;
    const Entry entry{credential.target(), credential.kind()};
    QObject::connect(job, &Job::result, job, [indexPath, entry](Job *j) {
        if (!j->error()) {
            addToIndex(indexPath, entry);
            qCInfo(lcKeychain) << "stored a" << Credential::kindName(entry.kind) << "credential for" << entry.target;
        }
    });
    return job;
}

KeychainJob *CredentialStore::remove(const QString &target, QObject *parent) const
{
    auto *job = new KeychainJob(KeychainJob::Operation::Delete, QString::fromLatin1(kService), target, parent);
    job->setTimeout(m_timeout);
    const QString indexPath = m_indexPath;
    QObject::connect(job, &Job::result, job, [indexPath, target](Job *j) {
        if (!j->error() || j->error().code() == ErrorCode::CredentialNotFound) {
            removeFromIndex(indexPath, target);
            qCInfo(lcKeychain) << "removed the credential for" << target;
        }
    });
    return job;
}

KeychainJob *CredentialStore::read(const QString &target, QObject *parent) const
{
    auto *job = new KeychainJob(KeychainJob::Operation::Read, QString::fromLatin1(kService), target, parent);
    job->setTimeout(m_timeout);
    return job;
}

CredentialLoadJob *CredentialStore::load(QObject *parent, const QStringList &targets) const
{
    QStringList list = targets;
    if (list.isEmpty()) {
        for (const Entry &e : entries())
            list.append(e.target);
    }
    return new CredentialLoadJob(m_indexPath, list, m_timeout, parent);
}

QStringList CredentialStore::gcsTargetsFor(const QString &bucket)
{
    QStringList targets;
    if (!bucket.isEmpty())
        targets.append(QStringLiteral("gs://") + bucket);
    targets.append(QString::fromLatin1(Credential::kGcsDefaultTarget));
    return targets;
}

QString CredentialStore::overriddenBy(const QString &target, const QProcessEnvironment &env)
{
    if (target == QLatin1String(Credential::kKaggleTarget)) {
        if (!env.value(QStringLiteral("KAGGLE_USERNAME")).isEmpty() && !env.value(QStringLiteral("KAGGLE_KEY")).isEmpty())
            return QStringLiteral("KAGGLE_USERNAME/KAGGLE_KEY");
        return {};
    }
    if (target.startsWith(QLatin1String("gs://"))) {
        if (!env.value(QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN")).trimmed().isEmpty())
            return QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN");
        if (!env.value(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS")).trimmed().isEmpty())
            return QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS");
    }
    return {};
}

std::optional<Credential> CredentialStore::kaggleFromEnvironment(const QProcessEnvironment &env)
{
    const QString user = env.value(QStringLiteral("KAGGLE_USERNAME"));
    const QString key = env.value(QStringLiteral("KAGGLE_KEY"));
    if (user.isEmpty() || key.isEmpty())
        return std::nullopt;
    return Credential(Credential::Kind::KaggleKey, QString::fromLatin1(Credential::kKaggleTarget), user, key.toUtf8());
}

QString CredentialStore::kaggleJsonPath(const QProcessEnvironment &env)
{
    const QString dir = env.value(QStringLiteral("KAGGLE_CONFIG_DIR"));
    if (!dir.isEmpty())
        return dir + QStringLiteral("/kaggle.json");
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    return home + QStringLiteral("/.kaggle/kaggle.json");
}

std::optional<Credential> CredentialStore::kaggleFromFile(const QString &path, Error *error)
{
    ErrorContext c;
    c.handle = QString::fromLatin1(Credential::kKaggleTarget);
    c.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error::fromSystemError(file.error() == QFile::OpenError ? ENOENT : EIO, path);
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    const QString user = o.value(QStringLiteral("username")).toString();
    const QString key = o.value(QStringLiteral("key")).toString();
    if (user.isEmpty() || key.isEmpty()) {
        c.detail = tr("%1 has no \"username\" and \"key\"").arg(path);
        if (error)
            *error = Error(ErrorCode::InvalidCredential, c);
        return std::nullopt;
    }
    return Credential(Credential::Kind::KaggleKey, QString::fromLatin1(Credential::kKaggleTarget), user, key.toUtf8());
}

} // namespace HubCache
