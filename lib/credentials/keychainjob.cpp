#include "keychainjob.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

namespace HubCache {

KeychainJob::KeychainJob(Operation operation, const QString &service, const QString &key, QObject *parent)
    : Job(parent)
    , m_operation(operation)
    , m_service(service)
    , m_key(key)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KeychainJob::onTimeout);
}

KeychainJob::~KeychainJob()
{
    abandon();
}

void KeychainJob::start()
{
    QTimer::singleShot(0, this, &KeychainJob::run);
}

void KeychainJob::run()
{
    if (isFinished())
        return;
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(m_data);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // A secret is never written to QtKeychain's QSettings fallback.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_key);
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &KeychainJob::onKeychainFinished);
    m_timer.start(m_timeout);
    static const char *const names[] = {"read", "write", "delete"};
    qCDebug(lcKeychain) << "keychain" << names[int(m_operation)] << "for" << m_key;
    job->start();
}

void KeychainJob::onKeychainFinished(QKeychain::Job *job)
{
    m_timer.stop();
    m_job = nullptr;
    if (isFinished())
        return;
    ErrorContext c;
    c.handle = m_key;
    switch (job->error()) {
    case QKeychain::NoError:
        if (m_operation == Operation::Read)
            m_data = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        else
            m_data.clear();
        emitResult();
        return;
    case QKeychain::EntryNotFound:
        emitResult(Error(ErrorCode::CredentialNotFound, c));
        return;
    default:
        c.detail = job->errorString();
        qCWarning(lcKeychain) << "keychain failed for" << m_key << ":" << c.detail;
        emitResult(Error(ErrorCode::KeychainUnavailable, c));
        return;
    }
}

void KeychainJob::onTimeout()
{
    abandon();
    ErrorContext c;
    c.handle = m_key;
    c.detail = QString::number(double(m_timeout.count()) / 1000.0);
    qCWarning(lcKeychain) << "the keychain did not answer within" << m_timeout.count() << "ms for" << m_key;
    emitResult(Error(ErrorCode::KeychainTimeout, c));
}

void KeychainJob::abandon()
{
    m_timer.stop();
    if (m_job) {
        // It may still end some day: it deletes itself then, and no longer reaches this job.
        QObject::disconnect(m_job.data(), nullptr, this, nullptr);
        m_job = nullptr;
    }
}

void KeychainJob::doCancel()
{
    abandon();
}

} // namespace HubCache
