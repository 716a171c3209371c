#include "credentialloadjob.h"

#include "credentialstore.h"
#include "keychainjob.h"
#include "logging.h"

#include <QTimer>

namespace HubCache {

CredentialLoadJob::CredentialLoadJob(const QString &indexPath, const QStringList &targets,
                                     std::chrono::milliseconds timeout, QObject *parent)
    : Job(parent)
    , m_indexPath(indexPath)
    , m_targets(targets)
    , m_timeout(timeout)
{
}

CredentialLoadJob::~CredentialLoadJob() = default;

void CredentialLoadJob::start()
{
    QTimer::singleShot(0, this, &CredentialLoadJob::next);
}

void CredentialLoadJob::next()
{
    if (isFinished())
        return;
    if (m_index >= m_targets.size()) {
        emitResult();
        return;
    }
    m_current = new KeychainJob(KeychainJob::Operation::Read, QString::fromLatin1(CredentialStore::kService),
                                m_targets.at(m_index), this);
    m_current->setTimeout(m_timeout);
    connect(m_current, &Job::result, this, &CredentialLoadJob::onRead);
    m_current->start();
}

void CredentialLoadJob::onRead(Job *job)
{
    auto *read = static_cast<KeychainJob *>(job);
    m_current = nullptr;
    const QString target = read->key();
    if (read->error().code() == ErrorCode::CredentialNotFound) {
        // Deleted elsewhere, or hidden by a locked keyring (which answers "not found" to a lookup):
        // the index keeps it until the user removes it, so a lock never loses track of a secret.
        qCWarning(lcKeychain) << "the keychain does not give" << target << "(deleted, or the keyring is locked)";
        m_missing.append(target);
    } else if (read->error()) {
        emitResult(read->error());
        return;
    } else {
        const Credential credential = Credential::fromKeychainData(target, read->data());
        if (credential.isValid())
            m_credentials.append(credential);
        else
            qCWarning(lcKeychain) << "the keychain entry for" << target << "is not one of ours: ignored";
    }
    ++m_index;
    next();
}

void CredentialLoadJob::doCancel()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
        m_current = nullptr;
    }
}

} // namespace HubCache
