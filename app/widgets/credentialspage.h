#pragma once

#include "hubcachewidgets_export.h"
#include "configuration.h"
#include "credential.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;

// Preferences > Credentials: what is kept in the system keychain for hosts, buckets and Kaggle
// (never the secrets), with Add, Replace, Remove and Test against the credential's own host.
// Environment variables that override a stored credential are shown next to it.
class HUBCACHEWIDGETS_EXPORT CredentialsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsPage)

public:
    explicit CredentialsPage(const HubCache::Configuration &config, QWidget *parent = nullptr);
    ~CredentialsPage() override;

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton *testButton() const { return m_test; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }

    // Stores credential (replacing what was stored for its target); the result shows in statusLabel().
    void store(const HubCache::Credential &credential);
    // Removes the selected credential.
    void removeSelected();
    // Sends one request with the selected credential to its own host and says what it answered.
    void testSelected();
    void reload();

    // Loads the stored credentials in the background (nothing is asked of the keychain when none
    // are stored) and calls loaded with them, unless context is gone first.
    static void loadStored(const HubCache::Configuration &config, QObject *context,
                           const std::function<void(const QList<HubCache::Credential> &)> &loaded);

    // A dialog asking for a credential; target preset for Replace. nullopt if cancelled.
    [[nodiscard]] static std::optional<HubCache::Credential> askForCredential(QWidget *parent, const QString &target);

Q_SIGNALS:
    // A store or remove finished (successfully or not).
    void operationFinished();
    void credentialsChanged();

private:
    void setStatus(const QString &text, bool error);
    [[nodiscard]] QString selectedTarget() const;
    void updateButtons();

    HubCache::Configuration m_config;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QPushButton *m_test;
    QNetworkAccessManager *m_nam = nullptr;
};
