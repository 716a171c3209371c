#pragma once

#include "job.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace HubCache {

// One read, write or delete of a secret in the OS keychain (QtKeychain), bounded in time.
// A keychain that does not answer (a locked keyring waits for an unlock prompt nobody sees) ends
// the job with KeychainTimeout; QtKeychain jobs cannot be aborted, so the late one is abandoned:
// it is disconnected from this job, keeps no pointer to it and deletes itself if it ever ends.
// Never falls back to QtKeychain's plain-text storage.
class HUBCACHE_EXPORT KeychainJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainJob)

public:
    enum class Operation {
        Read,
        Write,
        Delete,
    };

    static constexpr std::chrono::milliseconds kDefaultTimeout{10000};

    KeychainJob(Operation operation, const QString &service, const QString &key, QObject *parent = nullptr);
    ~KeychainJob() override;

    // For Write: what to store.
    void setData(const QByteArray &data) { m_data = data; }
    // For Read, after a successful result: what was stored.
    [[nodiscard]] QByteArray data() const { return m_data; }
    [[nodiscard]] QString key() const { return m_key; }
    [[nodiscard]] Operation operation() const { return m_operation; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    void start() override;

protected:
    void doCancel() override;

private:
    void run();
    void onKeychainFinished(QKeychain::Job *job);
    void onTimeout();
    void abandon();

    Operation m_operation;
    QString m_service;
    QString m_key;
    QByteArray m_data;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QPointer<QKeychain::Job> m_job;
    QTimer m_timer;
};

} // namespace HubCache
