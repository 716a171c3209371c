#include "settingsdialog.h"

#include "configuration.h"
#include "credentialspage.h"
#include "profileeditor.h"
#include "sizeformat.h"
#include "statestyle.h"
#include "storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using HubCache::Configuration;
using HubCache::ProfileEditor;

SettingsDialog::SettingsDialog(const Values &values, const QString &home, QWidget *parent)
    : SettingsDialog(values, home, Configuration::fromEnvironment(), parent)
{
}

SettingsDialog::SettingsDialog(const Values &values, const QString &home, const Configuration &config, QWidget *parent)
    : QDialog(parent)
    , m_home(home)
    , m_saved(values)
    , m_cacheDir(new QLineEdit(this))
    , m_loadFormat(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_catalog(new QLineEdit(this))
    , m_gcsEndpoint(new QLineEdit(this))
    , m_parallel(new QSpinBox(this))
    , m_connections(new QSpinBox(this))
    , m_connectionsNote(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_bashrc(new QCheckBox(tr("~/.bashrc (shells, Python scripts started from them)"), this))
    , m_environmentD(new QCheckBox(tr("~/.config/environment.d (the desktop session: IDEs, notebooks)"), this))
    , m_writeProfile(new QPushButton(tr("&Write to Profile"), this))
    , m_removeProfile(new QPushButton(tr("Re&move from Profile"), this))
    , m_profileStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(620); // the warnings and the profile paragraph wrap to a few lines, not many

    m_cacheDir->setObjectName(QStringLiteral("cacheDirEdit"));
    m_cacheDir->setText(values.cacheDir);
    m_cacheDir->setPlaceholderText(Configuration::defaultCacheDir());
    m_cacheDir->setToolTip(tr("Where models are cached (TFHUB_CACHE_DIR): a local folder, or gs://bucket/folder "
                              "for a cache in Google Cloud Storage shared by several machines. Empty: %1")
                               .arg(Configuration::defaultCacheDir()));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Cache Folder"), effectiveDir());
        if (!dir.isEmpty())
            m_cacheDir->setText(dir);
    });
    connect(m_cacheDir, &QLineEdit::textChanged, this, &SettingsDialog::updateWarnings);

    m_loadFormat->setObjectName(QStringLiteral("loadFormatCombo"));
    m_loadFormat->addItem(tr("Automatic (compressed)"), QStringLiteral("AUTO"));
    m_loadFormat->addItem(tr("Compressed: download and cache"), QStringLiteral("COMPRESSED"));
    m_loadFormat->addItem(tr("Uncompressed: read from remote storage"), QStringLiteral("UNCOMPRESSED"));
    m_loadFormat->setCurrentIndex(std::max(0, m_loadFormat->findData(values.loadFormat)));
    m_loadFormat->setToolTip(tr("TFHUB_MODEL_LOAD_FORMAT. Compressed downloads each model once and caches it; "
                                "uncompressed reads it from Google Cloud Storage every time and caches nothing."));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
    m_language->setToolTip(tr("Takes effect when hubcache starts again."));

    m_catalog->setText(values.catalogFile);
    m_catalog->setPlaceholderText(tr("A JSON list of models"));
    auto *browseCatalog = new QPushButton(tr("B&rowse…"), this);
    connect(browseCatalog, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Model Catalog"), m_catalog->text(), tr("JSON files (*.json)"));
        if (!file.isEmpty())
            m_catalog->setText(file);
    });
    m_gcsEndpoint->setObjectName(QStringLiteral("gcsEndpointEdit"));
    m_gcsEndpoint->setText(values.gcsEndpoint);
    m_gcsEndpoint->setPlaceholderText(Configuration::defaultGcsEndpoint().toString());
    m_gcsEndpoint->setToolTip(tr("Where gs:// locations are read and written: Google Cloud Storage, or an "
                                 "emulator or proxy such as http://127.0.0.1:4443. HUBCACHE_GCS_ENDPOINT and "
                                 "STORAGE_EMULATOR_HOST win over this setting."));
    connect(m_gcsEndpoint, &QLineEdit::textChanged, this, &SettingsDialog::updateWarnings);
    m_parallel->setRange(1, 16);
    m_parallel->setValue(values.parallelDownloads);
    m_connections->setObjectName(QStringLiteral("connectionsSpinBox"));
    m_connections->setRange(1, 16);
    m_connections->setValue(values.connectionsPerDownload);
    m_connections->setToolTip(tr("A large archive (%1 or more) from a server that offers ranges is fetched over this "
                                 "many connections at once; its bytes are kept so that a stopped download resumes. "
                                 "Default: %2. HUBCACHE_PARALLEL_CONNECTIONS, if set, wins over this setting.")
                                  .arg(HubCache::formatSize(HubCache::Configuration().parallelMinSize()))
                                  .arg(HubCache::Configuration::defaultParallelConnections()));
    // The environment wins, as it does for the command line: say so where the setting is made.
    m_connectionsNote->setObjectName(QStringLiteral("connectionsNote"));
    m_connectionsNote->setWordWrap(true);
    const QString envConnections = qEnvironmentVariable("HUBCACHE_PARALLEL_CONNECTIONS").trimmed();
    m_connectionsNote->setText(tr("Set by HUBCACHE_PARALLEL_CONNECTIONS=%1, which wins over this setting.").arg(envConnections));
    m_connectionsNote->setVisible(!envConnections.isEmpty());

    m_warning->setObjectName(QStringLiteral("settingsWarning"));
    m_warning->setWordWrap(true);
    StateStyle::colorText(m_warning, StateStyle::Kind::Broken);

    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheDir, 1);
    cacheRow->addWidget(browse);
    auto *catalogRow = new QHBoxLayout;
    catalogRow->addWidget(m_catalog, 1);
    catalogRow->addWidget(browseCatalog);

    auto *cacheBox = new QGroupBox(tr("Cache"), this);
    auto *cacheForm = new QFormLayout(cacheBox);
    auto *cacheLabel = new QLabel(tr("Cache &folder:"), this);
    cacheLabel->setBuddy(m_cacheDir);
    cacheForm->addRow(cacheLabel, cacheRow);
    cacheForm->addRow(m_warning); // the whole width: fewer lines, and QFormLayout sizes a spanning row right
    cacheForm->addRow(tr("Load &format:"), m_loadFormat);
    auto *endpointLabel = new QLabel(tr("Storage &endpoint:"), this);
    endpointLabel->setBuddy(m_gcsEndpoint);
    cacheForm->addRow(endpointLabel, m_gcsEndpoint);

    auto *profileBox = new QGroupBox(tr("Make it persistent for Python and shells"), this);
    auto *profileLayout = new QVBoxLayout(profileBox);
    m_profileExplain = new QLabel(tr("Writes TFHUB_CACHE_DIR and TFHUB_MODEL_LOAD_FORMAT into a block that hubcache "
                                  "manages, as the TensorFlow Hub documentation tells bash users to. Your other "
                                  "lines stay as they are, a backup is kept, and Remove takes the block out again."),
                               this);
    QLabel *explain = m_profileExplain;
    explain->setObjectName(QStringLiteral("profileExplanation"));
    explain->setWordWrap(true);
    m_bashrc->setChecked(true);
    m_environmentD->setChecked(true);
    m_writeProfile->setObjectName(QStringLiteral("writeProfileButton"));
    m_removeProfile->setObjectName(QStringLiteral("removeProfileButton"));
    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    m_profileStatus->setWordWrap(true);
    m_profileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_writeProfile, &QPushButton::clicked, this, &SettingsDialog::writeProfile);
    // Only saved settings are written: typing a folder here and writing it, then pressing Cancel,
    // would leave shells and Python on a folder the app does not use.
    connect(m_cacheDir, &QLineEdit::textChanged, this, &SettingsDialog::updateProfileStatus);
    connect(m_loadFormat, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProfileStatus);
    connect(m_removeProfile, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addStretch(1);
    profileButtons->addWidget(m_removeProfile);
    profileButtons->addWidget(m_writeProfile);
    profileLayout->addWidget(explain);
    profileLayout->addWidget(m_bashrc);
    profileLayout->addWidget(m_environmentD);
    profileLayout->addWidget(m_profileStatus);
    profileLayout->addLayout(profileButtons);

    auto *appBox = new QGroupBox(tr("Application"), this);
    auto *appForm = new QFormLayout(appBox);
    appForm->addRow(tr("&Language:"), m_language);
    auto *catalogLabel = new QLabel(tr("&Catalog file:"), this);
    catalogLabel->setBuddy(m_catalog);
    appForm->addRow(catalogLabel, catalogRow);
    appForm->addRow(tr("&Downloads at once:"), m_parallel);
    appForm->addRow(tr("Co&nnections per download:"), m_connections);
    appForm->addRow(m_connectionsNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(cacheBox);
    generalLayout->addWidget(profileBox);
    generalLayout->addWidget(appBox);
    m_credentials = new CredentialsPage(config, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(m_credentials, tr("C&redentials"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    updateWarnings();
    updateProfileStatus();
}

void SettingsDialog::showCredentials()
{
    m_tabs->setCurrentWidget(m_credentials);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.cacheDir = m_cacheDir->text().trimmed();
    v.loadFormat = m_loadFormat->currentData().toString();
    v.language = m_language->currentData().toString();
    v.catalogFile = m_catalog->text().trimmed();
    v.parallelDownloads = m_parallel->value();
    v.connectionsPerDownload = m_connections->value();
    v.gcsEndpoint = m_gcsEndpoint->text().trimmed();
    return v;
}

QString SettingsDialog::effectiveDir() const
{
    const QString text = m_cacheDir->text().trimmed();
    if (text.isEmpty())
        return Configuration::defaultCacheDir();
    if (HubCache::Storage::isRemoteLocation(text))
        return text;
    return QDir::cleanPath(QDir(text).absolutePath());
}

QString SettingsDialog::warningsFor(const QString &dir)
{
    QStringList warnings;
    if (HubCache::Storage::isRemoteLocation(dir)) {
        warnings.append(tr("A cache in a bucket is shared by every machine and Python process that uses %1; "
                           "each model is downloaded into it once. Reading a model from it needs the "
                           "network.").arg(dir));
        if (dir.size() <= 5 || dir.at(5) == QLatin1Char('/'))
            warnings.append(tr("Give the bucket and an optional folder, such as gs://my-bucket/tfhub_modules."));
    }
    const QString temp = QDir::cleanPath(QDir::tempPath());
    const QString clean = HubCache::Storage::isRemoteLocation(dir) ? dir : QDir::cleanPath(dir);
    if (!HubCache::Storage::isRemoteLocation(dir)
        && (clean == temp || clean.startsWith(temp + QLatin1Char('/')) || clean.startsWith(QLatin1String("/tmp/"))))
        warnings.append(tr("This folder is in the temp folder, which is cleaned on reboot or by age: cached "
                           "models will vanish and be downloaded again. Choose a folder in your home."));
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TFHUB_CACHE_DIR"));
    if (!env.isEmpty() && QDir::cleanPath(env) != clean)
        warnings.append(tr("TFHUB_CACHE_DIR is set to %1 in this session; it wins over this setting until you "
                           "write the new folder to your profile and log in again.").arg(env));
    warnings.append(tr("Nothing deletes cached models automatically: use the Cache page to free space."));
    return warnings.join(QLatin1Char('\n'));
}

void SettingsDialog::updateWarnings()
{
    QString text = warningsFor(effectiveDir());
    const QString endpoint = m_gcsEndpoint->text().trimmed();
    if (!endpoint.isEmpty() && !Configuration::parseGcsEndpoint(endpoint))
        text += QLatin1Char('\n')
            + tr("The storage endpoint %1 is not valid: give an http or https URL with a host and an optional "
                 "port, such as http://127.0.0.1:4443.").arg(endpoint);
    m_warning->setText(text);
    fitToContents();
}

bool SettingsDialog::hasUnsavedCacheChanges() const
{
    const auto clean = [](const QString &dir) {
        if (dir.isEmpty() || HubCache::Storage::isRemoteLocation(dir))
            return dir;
        return QDir::cleanPath(QDir(dir).absolutePath());
    };
    return clean(m_cacheDir->text().trimmed()) != clean(m_saved.cacheDir.trimmed())
        || m_loadFormat->currentData().toString() != (m_saved.loadFormat.isEmpty() ? QStringLiteral("AUTO") : m_saved.loadFormat);
}

ProfileEditor::Values SettingsDialog::profileValuesFor(const Values &saved)
{
    ProfileEditor::Values v;
    const QString dir = saved.cacheDir.trimmed();
    if (dir.isEmpty())
        v.cacheDir = Configuration::pythonView(QProcessEnvironment::systemEnvironment()).cacheDir;
    else if (HubCache::Storage::isRemoteLocation(dir))
        v.cacheDir = dir;
    else
        v.cacheDir = QDir::cleanPath(QDir(dir).absolutePath());
    if (!saved.loadFormat.isEmpty() && saved.loadFormat != QLatin1String("AUTO"))
        v.loadFormat = saved.loadFormat;
    return v;
}

QString SettingsDialog::profileCacheDir(const QString &home)
{
    const std::optional<QString> dir = ProfileEditor::current(home).cacheDir;
    if (!dir || dir->isEmpty())
        return {};
    if (*dir == QLatin1String("~"))
        return QDir::cleanPath(home);
    if (dir->startsWith(QLatin1String("~/")))
        return QDir::cleanPath(home + dir->mid(1));
    return HubCache::Storage::isRemoteLocation(*dir) ? *dir : QDir::cleanPath(*dir);
}

void SettingsDialog::updateProfileStatus()
{
    const ProfileEditor::Values current = ProfileEditor::current(m_home);
    const bool unsaved = hasUnsavedCacheChanges();
    m_writeProfile->setEnabled(!unsaved);
    m_writeProfile->setToolTip(unsaved ? tr("Press OK first: only saved settings are written to your profile.")
                                       : tr("Write TFHUB_CACHE_DIR=%1 to your profile.")
                                             .arg(profileValuesFor(m_saved).cacheDir.value_or(QString())));
    m_removeProfile->setEnabled(current.cacheDir || current.loadFormat);
    QString text = !current.cacheDir && !current.loadFormat
        ? tr("Your profile has no hubcache block.")
        : tr("Your profile sets TFHUB_CACHE_DIR=%1, TFHUB_MODEL_LOAD_FORMAT=%2.")
              .arg(current.cacheDir.value_or(tr("(not set)")), current.loadFormat.value_or(tr("(not set)")));
    if (unsaved)
        text += QLatin1Char(' ') + tr("Press OK to save the changes above; then write them here.");
    setProfileStatus(text);
}

void SettingsDialog::writeProfile()
{
    if (hasUnsavedCacheChanges())
        return;
    const ProfileEditor::Values v = profileValuesFor(m_saved);
    ProfileEditor::Targets targets;
    if (m_bashrc->isChecked())
        targets |= ProfileEditor::Target::Bashrc;
    if (m_environmentD->isChecked())
        targets |= ProfileEditor::Target::EnvironmentD;
    const HubCache::Error error = ProfileEditor::apply(m_home, v, targets);
    updateProfileStatus();
    if (error)
        setProfileStatus(error.message());
    else
        setProfileStatus(m_profileStatus->text() + QLatin1Char(' ') + tr("New shells and new logins see it."));
}

void SettingsDialog::setProfileStatus(const QString &text)
{
    m_profileStatus->setText(text);
    fitToContents();
}

void SettingsDialog::fitToContents()
{
    // A longer text takes more lines: grow the dialog rather than squeeze the paragraphs (a top-level
    // window does not follow its word-wrapped labels by itself).
    // The tab widget does not pass its page's height-for-width up, so add what the labels lack.
    if (!isVisible())
        return;
    for (int round = 0; round < 4; ++round) {
        layout()->activate();
        int missing = 0;
        for (QLabel *label : findChildren<QLabel *>()) {
            if (label->wordWrap() && label->isVisible())
                missing += std::max(0, label->heightForWidth(label->width()) - label->height());
        }
        if (missing == 0)
            return;
        resize(width(), height() + missing);
    }
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToContents();
}

void SettingsDialog::removeProfile()
{
    ProfileEditor::Targets targets;
    if (m_bashrc->isChecked())
        targets |= ProfileEditor::Target::Bashrc;
    if (m_environmentD->isChecked())
        targets |= ProfileEditor::Target::EnvironmentD;
    const HubCache::Error error = ProfileEditor::remove(m_home, targets);
    updateProfileStatus();
    if (error)
        setProfileStatus(error.message());
}
