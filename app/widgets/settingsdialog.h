#pragma once

#include "hubcachewidgets_export.h"
#include "configuration.h"
#include "profileeditor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class CredentialsPage;
class QTabWidget;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;

// Preferences: the cache folder and load format (for this app, and persistently for shells and
// Python through a managed block in ~/.bashrc and ~/.config/environment.d), language, catalog file
// and downloads at once; and the credentials kept in the system keychain.
class HUBCACHEWIDGETS_EXPORT SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    struct Values {
        QString cacheDir;   // empty = the default
        QString loadFormat; // AUTO, COMPRESSED, UNCOMPRESSED
        QString language;   // "" = system
        QString catalogFile;
        int parallelDownloads = 3;
        int connectionsPerDownload = HubCache::Configuration::defaultParallelConnections();
        QString gcsEndpoint; // empty = Google's
    };

    // home: the folder whose ~/.bashrc and ~/.config/environment.d are edited (tests pass a temp one).
    // config: what the Credentials page tests stored credentials against (its endpoints); without
    // it, the environment's (Configuration::fromEnvironment()).
    SettingsDialog(const Values &values, const QString &home, QWidget *parent = nullptr);
    SettingsDialog(const Values &values, const QString &home, const HubCache::Configuration &config,
                   QWidget *parent = nullptr);

    [[nodiscard]] Values values() const;
    [[nodiscard]] QLineEdit *cacheDirEdit() const { return m_cacheDir; }
    [[nodiscard]] QPushButton *writeProfileButton() const { return m_writeProfile; }
    [[nodiscard]] QPushButton *removeProfileButton() const { return m_removeProfile; }
    [[nodiscard]] QLabel *profileStatus() const { return m_profileStatus; }
    [[nodiscard]] QLabel *profileExplanation() const { return m_profileExplain; }
    [[nodiscard]] QLabel *warningLabel() const { return m_warning; }
    [[nodiscard]] QLineEdit *gcsEndpointEdit() const { return m_gcsEndpoint; }
    [[nodiscard]] QSpinBox *connectionsSpinBox() const { return m_connections; }
    [[nodiscard]] QLabel *connectionsNote() const { return m_connectionsNote; }
    [[nodiscard]] CredentialsPage *credentialsPage() const { return m_credentials; }
    // Opens on the Credentials page (after a sign-in error).
    void showCredentials();

    // What Write to Profile persists for saved settings: the saved cache folder (absolute), or the
    // folder in effect without an app setting (TFHUB_CACHE_DIR, else the default), and the saved load
    // format unless it is AUTO. Never what is typed but not saved.
    [[nodiscard]] static HubCache::ProfileEditor::Values profileValuesFor(const Values &saved);
    // The folder the profile names, with "~/" expanded against home; empty when it names none.
    [[nodiscard]] static QString profileCacheDir(const QString &home);

    // The warnings shown for a cache folder: in the temp dir (cleaned on reboot), overridden by
    // TFHUB_CACHE_DIR, and that nothing cleans the cache automatically.
    [[nodiscard]] static QString warningsFor(const QString &dir);

private:
    void updateWarnings();
    void updateProfileStatus();
    void setProfileStatus(const QString &text);
    void fitToContents();
    void showEvent(QShowEvent *event) override;
    void writeProfile();
    void removeProfile();
    [[nodiscard]] QString effectiveDir() const;
    // Whether the folder or load format typed here differ from the saved ones.
    [[nodiscard]] bool hasUnsavedCacheChanges() const;

    QString m_home;
    Values m_saved;
    QLabel *m_profileExplain = nullptr;
    QLineEdit *m_cacheDir;
    QComboBox *m_loadFormat;
    QComboBox *m_language;
    QLineEdit *m_catalog;
    QLineEdit *m_gcsEndpoint;
    QSpinBox *m_parallel;
    QSpinBox *m_connections;
    QLabel *m_connectionsNote;
    QLabel *m_warning;
    QCheckBox *m_bashrc;
    QCheckBox *m_environmentD;
    QPushButton *m_writeProfile;
    QPushButton *m_removeProfile;
    QLabel *m_profileStatus;
    QTabWidget *m_tabs = nullptr;
    CredentialsPage *m_credentials = nullptr;
};
