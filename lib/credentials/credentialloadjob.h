#pragma once

#include "credential.h"
#include "job.h"

#include <QList>
#include <QStringList>

#include <chrono>

namespace HubCache {

class KeychainJob;

// Reads a list of credentials from the keychain one after the other, before a download or a bucket
// needs them. Index entries the keychain does not give are reported in missing(), not dropped: a
// locked keyring answers "not found" too, and a lock must not make hubcache forget a secret.
// A keychain that is unavailable or does not answer in time ends the job with that error.
class HUBCACHE_EXPORT CredentialLoadJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialLoadJob)

public:
    CredentialLoadJob(const QString &indexPath, const QStringList &targets, std::chrono::milliseconds timeout,
                      QObject *parent = nullptr);
    ~CredentialLoadJob() override;

    void start() override;
    [[nodiscard]] QList<Credential> credentials() const { return m_credentials; }
    // Targets the index names but the keychain did not give (deleted elsewhere, or locked).
    [[nodiscard]] QStringList missing() const { return m_missing; }

protected:
    void doCancel() override;

private:
    void next();
    void onRead(Job *job);

    QString m_indexPath;
    QStringList m_targets;
    std::chrono::milliseconds m_timeout;
    int m_index = 0;
    KeychainJob *m_current = nullptr;
    QList<Credential> m_credentials;
    QStringList m_missing;
};

} // namespace HubCache
