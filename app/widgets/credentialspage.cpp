#include "credentialspage.h"

#include "credentialloadjob.h"
#include "credentialstore.h"
#include "gcscredentialprovider.h"
#include "hostcredentials.h"
#include "keychainjob.h"
#include "logging.h"
#include "networkaccess.h"
#include "statestyle.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace HubCache;

namespace {

CredentialStore makeStore(const Configuration &config)
{
    CredentialStore store;
    store.setTimeout(CredentialStore::timeoutFrom(config.environment()));
    return store;
}

} // namespace

CredentialsPage::CredentialsPage(const Configuration &config, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_table(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_replace(new QPushButton(tr("Re&place…"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_test(new QPushButton(tr("&Test"), this))
{
    setObjectName(QStringLiteral("credentialsPage"));
    auto *explain = new QLabel(tr("Secrets for private model hosts, buckets and Kaggle are kept in the system "
                                  "keychain, never in hubcache's settings. Each is only ever sent to the host it "
                                  "was stored for; a redirect to another host goes without it."),
                               this);
    explain->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("credentialsTable"));
    m_table->setHorizontalHeaderLabels({tr("For"), tr("Kind"), tr("Note")});
    // The target takes the room that is left (elided in the middle, where a URL's least telling
    // part is); kind and note keep their text whole, in every language, without a scroll bar.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 72);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("credentialsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_add->setObjectName(QStringLiteral("addCredentialButton"));
    m_replace->setObjectName(QStringLiteral("replaceCredentialButton"));
    m_remove->setObjectName(QStringLiteral("removeCredentialButton"));
    m_test->setObjectName(QStringLiteral("testCredentialButton"));

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const auto c = askForCredential(this, QString()))
            store(*c);
    });
    connect(m_replace, &QPushButton::clicked, this, [this] {
        if (const auto c = askForCredential(this, selectedTarget()))
            store(*c);
    });
    connect(m_remove, &QPushButton::clicked, this, &CredentialsPage::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &CredentialsPage::testSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CredentialsPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    reload();
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::reload()
{
    const QString selected = selectedTarget();
    const CredentialStore store = makeStore(m_config);
    const auto entries = store.entries();
    const QProcessEnvironment &env = m_config.environment();
    m_table->setRowCount(0);
    for (const auto &e : entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.target == QLatin1String("gs://") ? tr("gs:// (every bucket)") : e.target));
        m_table->item(row, 0)->setData(Qt::UserRole, e.target);
        m_table->setItem(row, 1, new QTableWidgetItem(Credential::kindText(e.kind)));
        const QString over = CredentialStore::overriddenBy(e.target, env);
        m_table->setItem(row, 2, new QTableWidgetItem(over.isEmpty() ? QString() : tr("overridden by %1").arg(over)));
        if (e.target == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

QString CredentialsPage::selectedTarget() const
{
    const auto items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    return m_table->item(items.constFirst()->row(), 0)->data(Qt::UserRole).toString();
}

void CredentialsPage::updateButtons()
{
    const bool any = !selectedTarget().isEmpty();
    m_replace->setEnabled(any);
    m_remove->setEnabled(any);
    m_test->setEnabled(any);
}

void CredentialsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    StateStyle::colorText(m_status, error ? std::optional(StateStyle::Kind::Broken) : std::nullopt);
}

void CredentialsPage::store(const Credential &credential)
{
    setStatus(tr("Storing in the system keychain…"), false);
    KeychainJob *job = makeStore(m_config).save(credential, this);
    const QString target = credential.target();
    connect(job, &Job::result, this, [this, target](Job *j) {
        if (j->error())
            setStatus(j->error().message(), true);
        else
            setStatus(tr("Stored the credential for %1.").arg(target), false);
        reload();
        Q_EMIT operationFinished();
        Q_EMIT credentialsChanged();
    });
    job->start();
}

void CredentialsPage::removeSelected()
{
    const QString target = selectedTarget();
    if (target.isEmpty())
        return;
    setStatus(tr("Removing from the system keychain…"), false);
    KeychainJob *job = makeStore(m_config).remove(target, this);
    connect(job, &Job::result, this, [this, target](Job *j) {
        if (j->error() && j->error().code() != ErrorCode::CredentialNotFound)
            setStatus(j->error().message(), true);
        else
            setStatus(tr("Removed the credential for %1.").arg(target), false);
        reload();
        Q_EMIT operationFinished();
        Q_EMIT credentialsChanged();
    });
    job->start();
}

void CredentialsPage::testSelected()
{
    const QString target = selectedTarget();
    if (target.isEmpty())
        return;
    setStatus(tr("Testing %1…").arg(target), false);
    m_test->setEnabled(false);
    const QStringList targets = target.startsWith(QLatin1String("gs://"))
        ? CredentialStore::gcsTargetsFor(target.mid(5)) : QStringList{target};
    CredentialLoadJob *load = makeStore(m_config).load(this, targets);
    connect(load, &Job::result, this, [this, target, load](Job *) {
        const QList<Credential> loaded = load->credentials();
        if (load->error() || loaded.isEmpty()) {
            ErrorContext c;
            c.handle = target;
            setStatus(load->error() ? load->error().message() : Error(ErrorCode::CredentialNotFound, c).message(), true);
            updateButtons();
            Q_EMIT operationFinished();
            return;
        }
        const Credential credential = loaded.constFirst();
        if (!m_nam)
            m_nam = NetworkAccess::create(m_config, this);
        if (credential.isGcs()) {
            Error e;
            const QString bucket = target.mid(5);
            auto provider = GcsCredentialProvider::fromEnvironment(m_config, m_nam, bucket, loaded, &e);
            if (!provider) {
                setStatus(e.message(), true);
                updateButtons();
                Q_EMIT operationFinished();
                return;
            }
            GcsCredentialProvider *raw = provider.release();
            raw->setParent(this);
            raw->requestToken(this, [this, raw, target](const QString &token, const Error &error) {
                if (error)
                    setStatus(error.message(), true);
                else
                    setStatus(token.isEmpty() ? tr("%1: no token (anonymous access).").arg(target)
                                              : tr("%1: the credential gives an access token (%2).")
                                                    .arg(target, raw->description()),
                              false);
                raw->deleteLater();
                updateButtons();
                Q_EMIT operationFinished();
            });
            return;
        }
        QUrl url(credential.origin());
        if (credential.kind() == Credential::Kind::KaggleKey)
            url = QUrl(QStringLiteral("https://www.kaggle.com/api/v1/models/list?pageSize=1"));
        else
            url.setPath(QStringLiteral("/"));
        QNetworkRequest request = NetworkAccess::request(url, m_config);
        const HostCredentials set({credential}, QProcessEnvironment());
        set.authorize(request, url);
        request.setTransferTimeout(15000);
        QNetworkReply *reply = m_nam->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, target] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401 || status == 403)
                setStatus(tr("%1 refused the credential (HTTP %2): replace it with a valid one.").arg(target).arg(status), true);
            else if (status > 0)
                setStatus(tr("%1 accepted the request (HTTP %2).").arg(target).arg(status), false);
            else
                setStatus(tr("Cannot reach %1: %2").arg(target, reply->errorString()), true);
            updateButtons();
            Q_EMIT operationFinished();
        });
    });
    load->start();
}

void CredentialsPage::loadStored(const Configuration &config, QObject *context,
                                 const std::function<void(const QList<Credential> &)> &loaded)
{
    const CredentialStore store = makeStore(config);
    QStringList targets;
    for (const auto &e : store.entries())
        targets.append(e.target);
    if (targets.isEmpty()) {
        loaded({});
        return;
    }
    CredentialLoadJob *load = store.load(context, targets);
    QObject::connect(load, &Job::result, context, [load, loaded](Job *) {
        if (load->error())
            qCWarning(lcKeychain).noquote() << "going on without stored credentials:" << load->error().message();
        loaded(load->credentials());
    });
    load->start();
}

std::optional<Credential> CredentialsPage::askForCredential(QWidget *parent, const QString &presetTarget)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("credentialDialog"));
    dialog.setWindowTitle(presetTarget.isEmpty() ? tr("Add Credential") : tr("Replace Credential"));
    auto *target = new QLineEdit(presetTarget, &dialog);
    target->setPlaceholderText(tr("https://host[:port], gs://bucket, gs:// or kaggle"));
    auto *kind = new QComboBox(&dialog);
    for (const auto k : {Credential::Kind::BearerToken, Credential::Kind::BasicAuth, Credential::Kind::KaggleKey,
                         Credential::Kind::GcsServiceAccountKey, Credential::Kind::GcsRefreshToken,
                         Credential::Kind::GcsAccessToken})
        kind->addItem(Credential::kindText(k), int(k));
    auto *user = new QLineEdit(&dialog);
    auto *secret = new QLineEdit(&dialog);
    secret->setEchoMode(QLineEdit::Password);
    auto *keyFile = new QLineEdit(&dialog);
    auto *browse = new QPushButton(tr("&Browse…"), &dialog);
    auto *problem = new QLabel(&dialog);
    StateStyle::colorText(problem, StateStyle::Kind::Broken);
    problem->setWordWrap(true);
    QObject::connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString file = QFileDialog::getOpenFileName(&dialog, tr("Key File"), QString(), tr("JSON files (*.json)"));
        if (!file.isEmpty())
            keyFile->setText(file);
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(keyFile, 1);
    keyRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&For:"), target);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&User name:"), user);
    form->addRow(tr("&Secret:"), secret);
    form->addRow(tr("Key &file:"), keyRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    std::optional<Credential> result;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString why;
        const auto parsed = Credential::parseTarget(target->text(), &why);
        if (!parsed) {
            problem->setText(why.isEmpty() ? tr("Give where the credential is for.") : why);
            return;
        }
        const auto k = Credential::Kind(kind->currentData().toInt());
        QByteArray data = secret->text().toUtf8();
        if (!keyFile->text().isEmpty()) {
            QFile f(keyFile->text());
            if (!f.open(QIODevice::ReadOnly)) {
                problem->setText(tr("Cannot read %1: %2").arg(keyFile->text(), f.errorString()));
                return;
            }
            data = f.read(1 << 20);
        }
        const bool gcsTarget = parsed->startsWith(QLatin1String("gs://"));
        const bool gcsKind = k == Credential::Kind::GcsServiceAccountKey || k == Credential::Kind::GcsAccessToken
            || k == Credential::Kind::GcsRefreshToken;
        if (gcsTarget != gcsKind || (k == Credential::Kind::KaggleKey) != (*parsed == QLatin1String("kaggle"))) {
            problem->setText(tr("This kind of credential does not fit %1.").arg(*parsed));
            return;
        }
        if (data.isEmpty() || ((k == Credential::Kind::BasicAuth || k == Credential::Kind::KaggleKey) && user->text().isEmpty())) {
            problem->setText(tr("Fill in the user name and the secret (or a key file)."));
            return;
        }
        result = Credential(k, *parsed, user->text().trimmed(), data);
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return result;
}
