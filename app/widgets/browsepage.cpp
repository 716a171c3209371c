#include "browsepage.h"

#include "catalogmodel.h"
#include "naturalsortproxymodel.h"
#include "rowcontextmenu.h"
#include "searchfieldnavigator.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Filters on every column's text and on the row's source; bookmarks are a mark on any row.
class CatalogFilter final : public NaturalSortProxyModel
{
public:
    using NaturalSortProxyModel::NaturalSortProxyModel;
    QString source;
    QString text;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (source == QLatin1String("bookmark")) {
            if (!first.data(CatalogModel::BookmarkedRole).toBool())
                return false;
        } else if (!source.isEmpty() && first.data(CatalogModel::SourceRole).toString() != source) {
            return false;
        }
        const QString &needle = text;
        // Kaggle rows are what Kaggle found for the search text: filtering them again would hide
        // matches Kaggle made on fields the list does not show.
        if (needle.isEmpty() || source == QLatin1String("kaggle"))
            return true;
        for (int c = 0; c < sourceModel()->columnCount(); ++c) {
            if (sourceModel()->index(row, c, parent).data().toString().contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return first.data(CatalogModel::DescriptionRole).toString().contains(needle, Qt::CaseInsensitive);
    }
};

} // namespace

BrowsePage::BrowsePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new CatalogModel(this))
    , m_proxy(new CatalogFilter(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_handle(new QLineEdit(this))
    , m_prefetch(new QPushButton(tr("&Prefetch"), this))
    , m_inspect(new QPushButton(tr("&Inspect"), this))
    , m_bookmark(new QPushButton(tr("&Bookmark"), this))
    , m_smoke(new QPushButton(tr("Smoke &Test"), this))
    , m_resolve(new QPushButton(tr("&Resolve"), this))
    , m_description(new QLabel(this))
    , m_catalogStatus(new QLabel(this))
    , m_resolveStatus(new QLabel(this))
    , m_kaggleSearch(new QPushButton(tr("Search &Kaggle"), this))
    , m_kaggleMore(new QPushButton(tr("&More Results"), this))
    , m_kaggleStatus(new QLabel(this))
    , m_emptyState(new QLabel(m_view->viewport()))
{
    setObjectName(QStringLiteral("browsePage"));
    m_handle->setObjectName(QStringLiteral("handleField"));
    m_handle->setPlaceholderText(tr("Paste a tfhub.dev or Kaggle URL, any model archive URL, a gs:// path or a folder"));
    m_handle->setClearButtonEnabled(true);
    QPushButton *resolve = m_resolve;
    resolve->setObjectName(QStringLiteral("resolveHandleButton"));
    connect(resolve, &QPushButton::clicked, this, [this] {
        const QString h = m_handle->text().trimmed();
        if (!h.isEmpty())
            Q_EMIT prefetchRequested({h});
    });
    connect(m_handle, &QLineEdit::returnPressed, resolve, &QPushButton::click);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search models (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->addItem(tr("All sources"), QString());
    m_source->addItem(tr("Catalog"), QStringLiteral("catalog"));
    m_source->addItem(tr("Bookmarks"), QStringLiteral("bookmark"));
    m_source->addItem(tr("Recent"), QStringLiteral("recent"));
    m_source->addItem(tr("Demo hub"), QStringLiteral("demo"));
    m_source->addItem(tr("Kaggle Models"), QStringLiteral("kaggle"));
    m_source->setItemData(m_source->count() - 1,
                          tr("Search the public TensorFlow models on Kaggle; each variation is a handle to prefetch."),
                          Qt::ToolTipRole);
    m_kaggleSearch->setObjectName(QStringLiteral("kaggleSearchButton"));
    m_kaggleSearch->setToolTip(tr("Search Kaggle Models for the text in the search box (Enter)."));
    connect(m_kaggleSearch, &QPushButton::clicked, this, [this] {
        if (!m_kaggleBusy)
            Q_EMIT kaggleSearchRequested(m_search->text().trimmed());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (currentSource() == QLatin1String("kaggle"))
            m_kaggleSearch->click();
    });
    m_kaggleMore->setObjectName(QStringLiteral("kaggleMoreButton"));
    m_kaggleMore->setToolTip(tr("Fetch the next page of Kaggle results and add it to the list."));
    connect(m_kaggleMore, &QPushButton::clicked, this, [this] {
        if (!m_kaggleBusy && m_kaggleMoreAvailable)
            Q_EMIT kaggleMoreRequested();
    });
    m_kaggleStatus->setObjectName(QStringLiteral("kaggleStatus"));
    m_kaggleStatus->setWordWrap(true);
    m_kaggleStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kaggleStatus->setText(tr("Type what you are looking for and press Enter to search Kaggle Models."));
    auto *openCatalog = new QPushButton(tr("Open Catalog…"), this);
    openCatalog->setToolTip(tr("Load a JSON catalog of models (handle, title, publisher, description, size)."));
    connect(openCatalog, &QPushButton::clicked, this, &BrowsePage::openCatalogRequested);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CatalogModel::SortRole);
    m_view->setObjectName(QStringLiteral("catalogView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogModel::TitleColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Short columns (state, sizes, publisher) always fit their text; the title fits up to a share of
    // the width; the handle takes the rest and is elided in the middle (its ends say the most).
    QHeaderView *header = m_view->horizontalHeader();
    for (int c : {int(CatalogModel::StateColumn), int(CatalogModel::SizeColumn), int(CatalogModel::OnDiskColumn),
                  int(CatalogModel::PublisherColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CatalogModel::HandleColumn, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, [this] { fitTitleColumn(); });
    connect(m_model, &QAbstractItemModel::dataChanged, m_view, [this] { fitTitleColumn(); });
    // A new list (a bookmark, a search, a catalog) keeps the rows the user had selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptSelection = selectedHandles(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QStringList kept = std::exchange(m_keptSelection, {});
        for (const QString &handle : kept)
            selectHandle(handle, kept.size() == 1 ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select);
    });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<CatalogFilter *>(m_proxy)->text = text.trimmed();
        static_cast<CatalogFilter *>(m_proxy)->refilter();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &BrowsePage::applySourceFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BrowsePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BrowsePage::updateButtons);
    // A double click or Enter: open what is cached, fetch what is not. Not "activated": where a
    // single click activates (a desktop setting), a click to select would start a download.
    auto openOrFetch = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const QString handle = index.data(CatalogModel::HandleRole).toString();
        const qint64 size = m_model->item(m_model->rowOf(handle)).sizeBytes;
        if (m_model->isCached(handle))
            Q_EMIT inspectRequested(handle);
        else if (size >= kAskBeforeDownloadBytes)
            Q_EMIT largeDownloadRequested(handle, size);
        else
            Q_EMIT prefetchRequested({handle}); // in uncompressed mode: where it lives
    };
    connect(m_view, &QTableView::doubleClicked, this, openOrFetch);
    for (const QKeyCombination key : {QKeyCombination(Qt::Key_Return), QKeyCombination(Qt::Key_Enter)}) {
        auto *enter = new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, [this, openOrFetch] {
            const QStringList handles = selectedHandles();
            if (handles.size() > 1)
                Q_EMIT prefetchRequested(handles);
            else
                openOrFetch(m_view->currentIndex());
        });
    }

    m_prefetch->setObjectName(QStringLiteral("prefetchButton"));
    m_prefetch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_prefetch, &QPushButton::clicked, this, [this] { Q_EMIT prefetchRequested(selectedHandles()); });
    m_inspect->setObjectName(QStringLiteral("inspectButton"));
    m_inspect->setToolTip(tr("Show the cached model's files and signatures (Ctrl+I)."));
    m_inspect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        const QStringList handles = selectedHandles();
        if (!handles.isEmpty())
            Q_EMIT inspectRequested(handles.first());
    });
    m_smoke->setObjectName(QStringLiteral("smokeTestButton"));
    m_smoke->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_smoke, &QPushButton::clicked, this, [this] {
        const QStringList handles = selectedHandles();
        if (handles.size() == 1)
            Q_EMIT smokeTestRequested(handles.first());
    });
    m_bookmark->setObjectName(QStringLiteral("bookmarkButton"));
    m_bookmark->setToolTip(tr("Add the selected model to, or remove it from, your bookmarks (Ctrl+B)."));
    m_bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_bookmark, &QPushButton::clicked, this, [this] {
        const QStringList handles = selectedHandles();
        bool allBookmarked = !handles.isEmpty();
        for (const QString &h : handles)
            allBookmarked &= m_model->isBookmarked(h);
        // A mixed selection is bookmarked as a whole rather than flipped row by row.
        for (const QString &h : handles) {
            if (allBookmarked || !m_model->isBookmarked(h))
                Q_EMIT bookmarkToggled(h);
        }
    });

    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_catalogStatus->setObjectName(QStringLiteral("catalogStatus"));
    m_catalogStatus->setWordWrap(true);
    m_resolveStatus->setObjectName(QStringLiteral("resolveStatus"));
    m_resolveStatus->setWordWrap(true);
    m_resolveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolveStatus->hide();

    auto *handleRow = new QHBoxLayout;
    handleRow->addWidget(m_handle, 1);
    handleRow->addWidget(resolve);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_source);
    searchRow->addWidget(m_kaggleSearch);
    searchRow->addWidget(openCatalog);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_description, 1);
    buttons->addWidget(m_bookmark);
    buttons->addWidget(m_smoke);
    buttons->addWidget(m_inspect);
    buttons->addWidget(m_prefetch);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(handleRow);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    auto *kaggleRow = new QHBoxLayout;
    kaggleRow->addWidget(m_kaggleStatus, 1);
    kaggleRow->addWidget(m_kaggleMore);
    layout->addLayout(kaggleRow);
    layout->addWidget(m_catalogStatus);
    layout->addWidget(m_resolveStatus);
    layout->addLayout(buttons);
    SearchFieldNavigator::attach(m_search, m_view);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BrowsePage::showContextMenu);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BrowsePage::updateButtons);
    setUncompressedMode(false);
    updateKaggleControls();

    // Over the empty list: what to do first, or why a search found nothing.
    m_emptyState->setObjectName(QStringLiteral("browseEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_emptyState->setMargin(2 * style()->pixelMetric(QStyle::PM_LayoutTopMargin));
    connect(m_emptyState, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("catalog")) {
            Q_EMIT openCatalogRequested();
        } else if (link == QLatin1String("handle")) {
            m_handle->setFocus();
        } else if (link == QLatin1String("kaggle")) {
            showSource(QStringLiteral("kaggle"));
            m_search->setFocus();
            if (!m_search->text().trimmed().isEmpty())
                m_kaggleSearch->click(); // what found nothing here, looked for on Kaggle
        }
    });
    m_view->viewport()->installEventFilter(this);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BrowsePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BrowsePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BrowsePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BrowsePage::updateEmptyState);
    connect(m_search, &QLineEdit::textChanged, this, &BrowsePage::updateEmptyState);
    connect(m_source, &QComboBox::currentIndexChanged, this, &BrowsePage::updateEmptyState);
    updateEmptyState();
}

void BrowsePage::setDemoAvailable(bool available)
{
    const int index = m_source->findData(QStringLiteral("demo"));
    if (!available && index >= 0) {
        if (m_source->currentIndex() == index)
            m_source->setCurrentIndex(0);
        m_source->removeItem(index);
    } else if (available && index < 0) {
        m_source->insertItem(m_source->findData(QStringLiteral("kaggle")), tr("Demo hub"), QStringLiteral("demo"));
    }
}

QString BrowsePage::emptyStateText() const
{
    if (m_proxy->rowCount() > 0)
        return {};
    const QString search = m_search->text().trimmed();
    const bool kaggle = currentSource() == QLatin1String("kaggle");
    if (kaggle)
        return {}; // the Kaggle line under the list says what to do and what was found
    if (!search.isEmpty())
        return tr("No models match “%1”. Try other words, <a href=\"kaggle\">search Kaggle Models</a> for it, or "
                  "<a href=\"handle\">paste a handle</a> above.")
            .arg(search.toHtmlEscaped());
    if (m_model->rowCount() > 0)
        return tr("No models from this source yet.");
    return tr("<p><b>No models to show yet.</b></p><p>"
              "<a href=\"catalog\">Open a catalog</a> of models (a JSON file, Ctrl+O),<br>"
              "<a href=\"handle\">paste a handle</a> from tfhub.dev or Kaggle in the field above,<br>"
              "or <a href=\"kaggle\">search Kaggle Models</a>.</p>"
              "<p>Bookmarked and recently used models show here too.</p>");
}

void BrowsePage::updateEmptyState()
{
    const QString text = emptyStateText();
    m_emptyState->setText(text);
    m_emptyState->setGeometry(m_view->viewport()->rect());
    m_emptyState->setVisible(!text.isEmpty());
}

bool BrowsePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void BrowsePage::fitTitleColumn()
{
    const int cap = std::max(m_view->viewport()->width() * 2 / 5, m_view->fontMetrics().averageCharWidth() * 30);
    m_view->resizeColumnToContents(CatalogModel::TitleColumn);
    if (m_view->columnWidth(CatalogModel::TitleColumn) > cap)
        m_view->setColumnWidth(CatalogModel::TitleColumn, cap);
}

QMenu *BrowsePage::contextMenu()
{
    auto *menu = new RowContextMenu(this);
    menu->addButton(m_prefetch);
    menu->addButton(m_inspect);
    menu->addButton(m_smoke);
    menu->addButton(m_bookmark);
    menu->addSeparator();
    menu->addCopy(tr("Copy &Handle"), selectedHandles(), QStringLiteral("copyHandleAction"));
    return menu;
}

void BrowsePage::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    contextMenu()->popup(m_view->viewport()->mapToGlobal(pos));
}

QStringList BrowsePage::selectedHandles() const
{
    QStringList handles;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        handles.append(index.data(CatalogModel::HandleRole).toString());
    return handles;
}

void BrowsePage::showHandle(const QString &handle)
{
    m_handle->setText(handle);
    if (m_model->rowOf(handle) >= 0) {
        m_search->clear();
        selectHandle(handle);
    }
    m_handle->setFocus(Qt::OtherFocusReason);
}

void BrowsePage::selectHandle(const QString &handle, QItemSelectionModel::SelectionFlags how)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CatalogModel::HandleRole).toString() == handle) {
            m_view->selectionModel()->select(index, how | QItemSelectionModel::Rows);
            if (how & QItemSelectionModel::ClearAndSelect)
                m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            m_view->scrollTo(index);
            return;
        }
    }
}

void BrowsePage::setCatalogStatus(const QString &text)
{
    m_catalogStatus->setText(text);
    m_catalogStatus->setVisible(!text.isEmpty());
}

void BrowsePage::setUncompressedMode(bool uncompressed)
{
    m_uncompressed = uncompressed;
    m_model->setRemoteMode(uncompressed);
    if (uncompressed) {
        m_resolve->setToolTip(tr("Ask the server where the pasted handle lives in remote storage (gs://) and show "
                                 "it; nothing is downloaded in uncompressed mode."));
        m_prefetch->setToolTip(tr("Uncompressed mode caches nothing: models are read from remote storage. Use "
                                  "Resolve to see where a model lives, or switch to Compressed mode to download it."));
        m_smoke->setToolTip(tr("Load the model with TensorFlow in a separate process and run a signature on made-up "
                               "inputs (Ctrl+T); it is read in place from remote storage through hubcache, "
                               "nothing is cached."));
    } else {
        m_resolve->setToolTip(tr("Download the pasted handle into the cache (or find it there) and show it."));
        m_prefetch->setToolTip(tr("Download the selected models into the cache (Ctrl+D)."));
        m_smoke->setToolTip(tr("Load the model with TensorFlow in a separate process and run a signature on made-up "
                               "inputs (Ctrl+T); downloads it first if needed."));
        setResolveStatus(QString());
    }
    updateButtons();
}

void BrowsePage::setResolveStatus(const QString &text, const QString &handle)
{
    m_resolveStatusHandle = handle;
    m_resolveStatus->setText(text);
    m_resolveStatus->setVisible(!text.isEmpty());
}

void BrowsePage::clearResolveStatus(const QString &handle)
{
    if (handle == m_resolveStatusHandle)
        setResolveStatus(QString());
}

QString BrowsePage::resolveStatus() const
{
    return m_resolveStatus->text();
}

void BrowsePage::applySourceFilter()
{
    static_cast<CatalogFilter *>(m_proxy)->source = m_source->currentData().toString();
    static_cast<CatalogFilter *>(m_proxy)->refilter();
    updateKaggleControls();
}

void BrowsePage::showSource(const QString &source)
{
    const int index = m_source->findData(source);
    if (index >= 0)
        m_source->setCurrentIndex(index);
}

QString BrowsePage::currentSource() const
{
    return m_source->currentData().toString();
}

void BrowsePage::setKaggleStatus(const QString &text, bool busy, bool moreAvailable)
{
    m_kaggleBusy = busy;
    m_kaggleMoreAvailable = moreAvailable;
    m_kaggleStatus->setText(text);
    updateKaggleControls();
}

QString BrowsePage::kaggleStatus() const
{
    return m_kaggleStatus->text();
}

void BrowsePage::updateKaggleControls()
{
    const bool kaggle = currentSource() == QLatin1String("kaggle");
    m_kaggleSearch->setVisible(kaggle);
    m_kaggleStatus->setVisible(kaggle);
    m_kaggleMore->setVisible(kaggle);
    m_kaggleSearch->setEnabled(!m_kaggleBusy);
    m_kaggleMore->setEnabled(!m_kaggleBusy && m_kaggleMoreAvailable);
    m_search->setPlaceholderText(kaggle ? tr("Search Kaggle Models, then press Enter (Ctrl+F)")
                                        : tr("Search models (Ctrl+F)"));
}

void BrowsePage::updateButtons()
{
    const QStringList handles = selectedHandles();
    m_prefetch->setEnabled(!handles.isEmpty() && !m_uncompressed);
    m_inspect->setEnabled(handles.size() == 1 && m_model->isInCache(handles.first()));
    m_bookmark->setEnabled(!handles.isEmpty());
    // Says what a click does: all of the selection bookmarked means removing it.
    bool allBookmarked = !handles.isEmpty();
    for (const QString &h : handles)
        allBookmarked &= m_model->isBookmarked(h);
    m_bookmark->setText(allBookmarked ? tr("Remove &Bookmark") : tr("&Bookmark"));
    m_bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_smoke->setEnabled(handles.size() == 1);
    if (handles.size() == 1) {
        const int row = m_model->rowOf(handles.first());
        const HubCache::CatalogItem item = m_model->item(row);
        m_description->setText(item.description.isEmpty() ? item.handle : item.description);
    } else {
        m_description->setText(handles.isEmpty() ? tr("Select a model to prefetch or inspect it.")
                                                 : tr("%n models selected.", nullptr, int(handles.size())));
    }
}
