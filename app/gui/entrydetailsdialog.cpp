#include "entrydetailsdialog.h"

#include "cacheentrymodel.h"
#include "descriptor.h"
#include "modelcache.h"
#include "savedmodelreader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace HubCache;

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
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
    form->addRow(tr("Handle:"), selectable(entry.handle.isEmpty() ? tr("(unknown: no descriptor)") : entry.handle));
    form->addRow(tr("State:"), selectable(CacheEntry::stateDisplayName(entry.state)
                                          + (entry.reason.isEmpty() ? QString() : QStringLiteral(" — ") + entry.reason)));
    form->addRow(tr("Folder:"), selectable(entry.path));
    form->addRow(tr("Size:"), selectable(tr("%1 in %2 files").arg(sizeText(entry.sizeBytes)).arg(entry.fileCount)));
    if (entry.downloadTime.isValid() && CacheEntryModel::wasDownloaded(entry))
        form->addRow(tr("Downloaded:"), selectable(QLocale().toString(entry.downloadTime, QLocale::LongFormat)));
    if (!entry.downloaderHost.isEmpty())
        form->addRow(tr("By:"), selectable(tr("%1 (process %2)").arg(entry.downloaderHost).arg(entry.downloaderPid)));
    const QString descriptorPath = Descriptor::pathFor(QFileInfo(entry.path).absolutePath() + QLatin1Char('/') + entry.key);
    if (QFileInfo::exists(descriptorPath)) {
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

    const bool isFolder = QFileInfo(entry.path).isDir();
    if (isFolder) {
        fillFiles(entry.path);
        fillSignatures(entry.path);
    }
    if (!m_tensorflowVersions.isEmpty())
        form->insertRow(2, tr("Saved by:"), selectable(m_tensorflowVersions.join(QStringLiteral(", "))));
    // The dialog opens on the overview: what the entry is, then its files and signatures.
    m_tabs->setCurrentIndex(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open Folder"), QDialogButtonBox::ActionRole);
    open->setEnabled(isFolder);
    connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openFolderRequested(m_entry.path); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
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
    if (error) {
        m_modelError->setText(error.message());
        m_modelError->show();
        return;
    }
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
}
