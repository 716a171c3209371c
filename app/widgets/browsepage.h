#pragma once

#include "hubcachewidgets_export.h"
#include "catalog.h"

#include <QItemSelectionModel>
#include <QWidget>

class CatalogModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Browse: a searchable list of models from the catalog file, bookmarks, recent handles, the demo hub
// and a search of Kaggle Models, with their cache state; a handle can also be pasted and resolved.
//
// A host fills model() (CatalogModel::setItems, setStates) and acts on the signals: a download
// (prefetchRequested, e.g. into DownloadsPage::download()), inspectRequested, smokeTestRequested,
// kaggleSearchRequested. The page itself resolves nothing and reads no settings.
class HUBCACHEWIDGETS_EXPORT BrowsePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowsePage)

public:
    explicit BrowsePage(QWidget *parent = nullptr);

    [[nodiscard]] CatalogModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QLineEdit *handleField() const { return m_handle; }
    [[nodiscard]] QStringList selectedHandles() const;
    // Puts a handle into the handle field (a dropped URL), selects its row when the list has one,
    // and leaves the Resolve click to the user.
    void showHandle(const QString &handle);
    void selectHandle(const QString &handle,
                      QItemSelectionModel::SelectionFlags how = QItemSelectionModel::ClearAndSelect);
    // The rows' menu (Prefetch, Inspect, Smoke Test, Bookmark, Copy Handle) for the selection.
    [[nodiscard]] QMenu *contextMenu();
    void setCatalogStatus(const QString &text);
    // The UNCOMPRESSED load format: models stay in remote storage, so there is nothing to prefetch
    // and nothing the smoke test can read yet; Resolve shows where a model lives.
    void setUncompressedMode(bool uncompressed);
    // The outcome of the last resolve that named a remote location (or failed to), shown under the list.
    // handle: the model it is about, so that its next success clears it.
    void setResolveStatus(const QString &text, const QString &handle = QString());
    void clearResolveStatus(const QString &handle);
    [[nodiscard]] QString resolveStatus() const;
    // Shows one source only ("catalog", "bookmark", "recent", "demo", "kaggle"; empty: all).
    void showSource(const QString &source);
    [[nodiscard]] QString currentSource() const;
    // The Kaggle Models search: a line saying what it is doing or what went wrong, and whether
    // "More results" can fetch another page.
    void setKaggleStatus(const QString &text, bool busy, bool moreAvailable);
    [[nodiscard]] QString kaggleStatus() const;
    // Offers the demo hub as a source only while it runs (--demo).
    void setDemoAvailable(bool available);
    // What an empty list tells the user to do (open a catalog, paste a handle, search Kaggle), or why
    // a search shows nothing; empty while the list has rows.
    [[nodiscard]] QString emptyStateText() const;
    [[nodiscard]] QLabel *emptyStateLabel() const { return m_emptyState; }
    // A double-click on a model not cached that is at least this large asks before downloading it.
    static constexpr qint64 kAskBeforeDownloadBytes = 100'000'000; // 100 MB, as sizes are shown

Q_SIGNALS:
    void prefetchRequested(const QStringList &handles);
    void inspectRequested(const QString &handle);
    void smokeTestRequested(const QString &handle);
    void bookmarkToggled(const QString &handle);
    void openCatalogRequested();
    // Search Kaggle Models for text (a new search), or fetch the next page of the last one.
    void kaggleSearchRequested(const QString &text);
    void kaggleMoreRequested();
    // A double-click on a large model that is not cached: the window asks, with the size, first.
    void largeDownloadRequested(const QString &handle, qint64 bytes);

private:
    void updateButtons();
    void fitTitleColumn();
    void showContextMenu(const QPoint &pos);
    void applySourceFilter();
    void updateKaggleControls();
    void updateEmptyState();
    bool eventFilter(QObject *watched, QEvent *event) override;

    CatalogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_source;
    QLineEdit *m_handle;
    QPushButton *m_prefetch;
    QPushButton *m_inspect;
    QPushButton *m_bookmark;
    QPushButton *m_smoke;
    QPushButton *m_resolve;
    QLabel *m_description;
    QLabel *m_catalogStatus;
    QLabel *m_resolveStatus;
    QPushButton *m_kaggleSearch;
    QPushButton *m_kaggleMore;
    QLabel *m_kaggleStatus;
    QLabel *m_emptyState;
    bool m_kaggleBusy = false;
    bool m_kaggleMoreAvailable = false;
    bool m_uncompressed = false;
    QStringList m_keptSelection;
    QString m_resolveStatusHandle;
};
