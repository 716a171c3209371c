#pragma once

#include <QObject>

class QAbstractItemView;
class QLineEdit;

// The keys of a search field above a list: Esc clears the search, Down moves into the list
// (selecting its first row when none is current), as in a file manager's filter bar.
class SearchFieldNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchFieldNavigator)

public:
    // Lives as long as the field.
    static void attach(QLineEdit *field, QAbstractItemView *list);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SearchFieldNavigator(QLineEdit *field, QAbstractItemView *list);

    QLineEdit *m_field;
    QAbstractItemView *m_list;
};
