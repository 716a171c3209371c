#include "entrydetailsdialog.h"

#include "cacheentrymodel.h"
#include "configuration.h"
#include "descriptor.h"
#include "modelcache.h"
#include "savedmodelreader.h"
#include "savedmodelreadjob.h"
#include "sizeformat.h"
#include "storage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace HubCache;

namespace {

QString sizeText(qint64 bytes)
{
    return HubCache::formatSize(bytes);
}

QLabel *selectable(const QString &text)
{
    auto *l = new QLabel(text);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

EntryDetailsDialog::EntryDetailsDialog(const CacheEntry &entry, QWidget *parent)
    : EntryDetailsDialog(entry, Configuration(), parent)
{
}

EntryDetailsDialog::EntryDetailsDialog(const CacheEntry &entry, const Configuration &config, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_tabs(new QTabWidget(this))
    , m_files(new QTreeWidget(this))
    , m_signatures(new QTreeWidget(this))
    , m_modelError(new QLabel(this))
{
    setObjectName(QStringLiteral("entryDetails"));
    setWindowTitle(tr("Details — %1").arg(entry.handle.isEmpty() ? entry.key : entry.handle));
    resize(720, 520);

    auto *overview = new QWidget;
    auto *form = new QFormLayout(overview);
    m_form = form;
    form->addRow(tr("Handle:"), selectable(entry.handle.isEmpty() ? tr("(unknown: no descriptor)") : entry.handle));
    form->addRow(tr("State:"), selectable(CacheEntry::stateDisplayName(entry.state)
                                          + (entry.reason.isEmpty() ? QString() : QStringLiteral(" — ") + entry.reason)));
    form->addRow(tr("Folder:"), selectable(entry.path));
    form->addRow(tr("Size:"), selectable(tr("%1 in %2 files").arg(sizeText(entry.sizeBytes)).arg(entry.fileCount)));
    if (entry.downloadTime.isValid() && CacheEntryModel::wasDownloaded(entry))
        form->addRow(tr("Downloaded:"), selectable(QLocale().toString(entry.downloadTime, QLocale::LongFormat)));
    if (CacheEntryModel::wasDownloaded(entry)) {
        auto *lastUsed = selectable(entry.lastUsed.isValid()
                                        ? tr("%1 (%2)").arg(QLocale().toString(entry.lastUsed.toLocalTime(), QLocale::LongFormat),
                                                            CacheEntryModel::relativeTime(entry.lastUsed, QDateTime::currentDateTimeUtc()))
                                        : CacheEntryModel::lastUsedUnknownReason(entry));
        lastUsed->setObjectName(QStringLiteral("lastUsed"));
        lastUsed->setToolTip(CacheEntryModel::lastUsedExplanation());
        form->addRow(tr("Last used:"), lastUsed);
    }
    if (!entry.downloaderHost.isEmpty())
        form->addRow(tr("By:"), selectable(tr("%1 (process %2)").arg(entry.downloaderHost).arg(entry.downloaderPid)));
    const bool remote = Storage::isRemoteLocation(entry.path);
    const QString descriptorPath = Descriptor::pathFor(QFileInfo(entry.path).absolutePath() + QLatin1Char('/') + entry.key);
    if (!remote && QFileInfo::exists(descriptorPath)) {
        QFile f(descriptorPath);
        if (f.open(QIODevice::ReadOnly)) {
            auto *raw = selectable(QString::fromUtf8(f.read(4096)));
            raw->setFont(QFont(QStringLiteral("monospace")));
            form->addRow(tr("Descriptor:"), raw);
        }
    }
    m_tabs->addTab(overview, tr("Overview"));

    m_files->setObjectName(QStringLiteral("fileTree"));
    m_files->setHeaderLabels({tr("File"), tr("Size")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tabs->addTab(m_files, tr("Files"));

    auto *modelPage = new QWidget;
    auto *modelLayout = new QVBoxLayout(modelPage);
    m_signatures->setObjectName(QStringLiteral("signatureTree"));
    m_signatures->setHeaderLabels({tr("Name"), tr("Type"), tr("Shape")});
    m_signatures->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_modelError->setWordWrap(true);
    m_modelError->hide();
    modelLayout->addWidget(m_modelError);
    modelLayout->addWidget(m_signatures);
    m_tabs->addTab(modelPage, tr("SavedModel"));

    const bool isFolder = !remote && QFileInfo(entry.path).isDir();
    if (isFolder) {
        fillFiles(entry.path);
        fillSignatures(entry.path);
    } else if (remote && entry.state != EntryState::StaleLock && entry.state != EntryState::Downloading) {
        readRemote(config); // a lock's row names the lock object: there is no folder to read
    }
    // The dialog opens on the overview: what the entry is, then its files and signatures.
    m_tabs->setCurrentIndex(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open Folder"), QDialogButtonBox::ActionRole);
    open->setEnabled(isFolder); // a bucket has no folder to open here
    connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openFolderRequested(m_entry.path); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

EntryDetailsDialog::~EntryDetailsDialog()
{
    if (m_readJob) {
        disconnect(m_readJob, nullptr, this, nullptr);
        m_readJob->cancel();
    }
    if (m_listThread) {
        m_storage->cancel();
        m_listThread->wait();
        delete m_listThread;
    }
}

void EntryDetailsDialog::readRemote(const Configuration &config)
{
    m_modelError->setText(tr("Reading the SavedModel from %1…").arg(m_entry.path));
    m_modelError->show();
    auto *job = new SavedModelReadJob(m_entry.path, config, this);
    m_readJob = job;
    connect(job, &Job::result, this, [this, job] {
        m_readJob = nullptr;
        showSavedModel(job->info(), job->error());
    });
    job->start();

    m_storage = Storage::forLocation(m_entry.path, config);
    m_listThread = QThread::create([this] {
        const QList<Storage::Item> items = m_storage->list(m_entry.path, Storage::ListMode::Recursive, &m_listError);
        for (const Storage::Item &item : items)
            m_listed.append({item.name, item.stat.size});
    });
    connect(m_listThread, &QThread::finished, this, &EntryDetailsDialog::showRemoteFiles);
    m_listThread->start();
}

void EntryDetailsDialog::showRemoteFiles()
{
    // Objects are named by paths: rebuild the folders, each with the total of what is below it.
    QHash<QString, QTreeWidgetItem *> folders;
    std::function<QTreeWidgetItem *(const QString &)> folderItem = [&](const QString &path) -> QTreeWidgetItem * {
        if (path.isEmpty())
            return nullptr;
        if (QTreeWidgetItem *item = folders.value(path))
            return item;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        QTreeWidgetItem *parent = folderItem(slash < 0 ? QString() : path.left(slash));
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_files);
        item->setText(0, path.mid(slash + 1));
        item->setData(1, Qt::UserRole, qint64(0));
        folders.insert(path, item);
        return item;
    };
    if (m_listError) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(0, m_listError.message());
        item->setToolTip(0, m_listError.message());
        return;
    }
    auto listed = m_listed;
    std::sort(listed.begin(), listed.end());
    for (const auto &[name, size] : std::as_const(listed)) {
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        QTreeWidgetItem *parent = folderItem(slash < 0 ? QString() : name.left(slash));
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_files);
        item->setText(0, name.mid(slash + 1));
        item->setText(1, sizeText(size));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (QTreeWidgetItem *p = parent; p; p = p->parent())
            p->setData(1, Qt::UserRole, p->data(1, Qt::UserRole).toLongLong() + size);
    }
    for (QTreeWidgetItem *folder : std::as_const(folders)) {
        folder->setText(1, sizeText(folder->data(1, Qt::UserRole).toLongLong()));
        folder->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_files->expandAll();
    m_files->resizeColumnToContents(1);
}

void EntryDetailsDialog::fillFiles(const QString &root)
{
    std::function<qint64(QTreeWidgetItem *, const QString &)> add = [&](QTreeWidgetItem *parent, const QString &dir) {
        qint64 total = 0;
        const QFileInfoList infos = QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                                            QDir::DirsFirst | QDir::Name);
        for (const QFileInfo &fi : infos) {
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_files);
            item->setText(0, fi.fileName());
            qint64 size = fi.size();
            if (fi.isDir() && !fi.isSymLink())
                size = add(item, fi.filePath());
            item->setText(1, sizeText(size));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            total += size;
        }
        return total;
    };
    add(nullptr, root);
    m_files->expandAll();
    m_files->resizeColumnToContents(1);
}

void EntryDetailsDialog::fillSignatures(const QString &root)
{
    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(root, &error);
    showSavedModel(info, error);
}

void EntryDetailsDialog::showSavedModel(const SavedModelInfo &info, const Error &error)
{
    if (error) {
        m_modelError->setText(error.message());
        m_modelError->show();
        return;
    }
    m_modelError->hide();
    for (const MetaGraphInfo &graph : info.metaGraphs) {
        auto *graphItem = new QTreeWidgetItem(m_signatures);
        graphItem->setText(0, tr("Tags: %1").arg(graph.tags.isEmpty() ? tr("(none)") : graph.tags.join(QStringLiteral(", "))));
        if (!graph.tensorflowVersion.isEmpty() && !m_tensorflowVersions.contains(tr("TensorFlow %1").arg(graph.tensorflowVersion)))
            m_tensorflowVersions.append(tr("TensorFlow %1").arg(graph.tensorflowVersion));
        for (const SignatureInfo &sig : graph.signatures) {
            if (sig.key.startsWith(QLatin1String("__")))
                continue; // TensorFlow's internal init op
            auto *sigItem = new QTreeWidgetItem(graphItem);
            sigItem->setText(0, sig.key);
            sigItem->setText(1, sig.methodName.section(QLatin1Char('/'), -1));
            auto addTensors = [&](const QString &label, const QList<TensorSpec> &tensors) {
                for (const TensorSpec &t : tensors) {
                    auto *item = new QTreeWidgetItem(sigItem);
                    item->setText(0, label.arg(t.key));
                    item->setText(1, t.dtypeName());
                    item->setText(2, t.shapeString());
                    item->setToolTip(0, t.tensorName);
                }
            };
            addTensors(tr("input %1"), sig.inputs);
            addTensors(tr("output %1"), sig.outputs);
        }
    }
    m_signatures->expandAll();
    for (int c = 0; c < 3; ++c)
        m_signatures->resizeColumnToContents(c);
    // Which TensorFlow saved it belongs to the overview (for a remote entry it arrives later).
    if (!m_tensorflowVersions.isEmpty())
        m_form->insertRow(2, tr("Saved by:"), selectable(m_tensorflowVersions.join(QStringLiteral(", "))));
}
