#pragma once

#include "catalog.h"

#include <QWidget>

class CatalogModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Browse: a searchable list of models from the catalog file, bookmarks, recent handles and the
// demo hub, with their cache state; a handle can also be pasted and resolved.
class BrowsePage final : public QWidget
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
    void selectHandle(const QString &handle);
    void setCatalogStatus(const QString &text);

Q_SIGNALS:
    void prefetchRequested(const QStringList &handles);
    void inspectRequested(const QString &handle);
    void smokeTestRequested(const QString &handle);
    void bookmarkToggled(const QString &handle);
    void openCatalogRequested();

private:
    void updateButtons();
    void applySourceFilter();

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
    QLabel *m_description;
    QLabel *m_catalogStatus;
};
