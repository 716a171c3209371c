#pragma once

#include "credential.h"
#include "error.h"
#include "hubcache_export.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <chrono>
#include <optional>

namespace HubCache {

class CredentialLoadJob;
class KeychainJob;

// The credentials hubcache keeps in the OS keychain (QtKeychain, service "hubcache", one entry per
// target). The keychain cannot list its entries, so an index of what is stored (target and kind,
// never a secret) is kept in credentials.ini in the config folder; loading reports what the
// keychain no longer gives, and remove() clears both.
// Environment variables win over the keychain; overriddenBy() says which one does.
class HUBCACHE_EXPORT CredentialStore final
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::CredentialStore)

public:
    struct Entry
    {
        QString target;
        Credential::Kind kind = Credential::Kind::None;
    };

    static constexpr const char *kService = "hubcache";

    // indexPath: the index file; empty means defaultIndexPath().
    explicit CredentialStore(const QString &indexPath = {});

    [[nodiscard]] static QString defaultIndexPath();
    // HUBCACHE_KEYCHAIN_TIMEOUT (seconds, 1..600) from env, else KeychainJob::kDefaultTimeout.
    [[nodiscard]] static std::chrono::milliseconds timeoutFrom(const QProcessEnvironment &env);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    [[nodiscard]] QString indexPath() const { return m_indexPath; }

    // What the index says is stored, sorted by target.
    [[nodiscard]] QList<Entry> entries() const;
    [[nodiscard]] std::optional<Entry> entry(const QString &target) const;

    // Jobs not yet started. save() replaces what was stored for the credential's target; remove()
    // succeeds also when the keychain had nothing. The index follows the keychain's answer.
    [[nodiscard]] KeychainJob *save(const Credential &credential, QObject *parent = nullptr) const;
    [[nodiscard]] KeychainJob *remove(const QString &target, QObject *parent = nullptr) const;
    [[nodiscard]] KeychainJob *read(const QString &target, QObject *parent = nullptr) const;
    // Reads every indexed credential (or those of targets); see CredentialLoadJob.
    [[nodiscard]] CredentialLoadJob *load(QObject *parent = nullptr, const QStringList &targets = {}) const;

    // What to load() before GcsCredentialProvider::fromEnvironment(…, bucket, stored, …): the
    // bucket's own target, then the default for every bucket.
    [[nodiscard]] static QStringList gcsTargetsFor(const QString &bucket);
    // The environment variables that take the place of a stored credential for target; empty if none.
    [[nodiscard]] static QString overriddenBy(const QString &target, const QProcessEnvironment &env);
    // KAGGLE_USERNAME and KAGGLE_KEY, if both are set.
    [[nodiscard]] static std::optional<Credential> kaggleFromEnvironment(const QProcessEnvironment &env);
    // Kaggle's own file (~/.kaggle/kaggle.json, or $KAGGLE_CONFIG_DIR/kaggle.json).
    [[nodiscard]] static QString kaggleJsonPath(const QProcessEnvironment &env);
    [[nodiscard]] static std::optional<Credential> kaggleFromFile(const QString &path, Error *error);

    // Index bookkeeping (also used by the jobs once the keychain answered).
    static void addToIndex(const QString &indexPath, const Entry &entry);
    static void removeFromIndex(const QString &indexPath, const QString &target);

private:
    QString m_indexPath;
    std::chrono::milliseconds m_timeout;
};

} // namespace HubCache
