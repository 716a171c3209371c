#include "searchfieldnavigator.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>

SearchFieldNavigator::SearchFieldNavigator(QLineEdit *field, QAbstractItemView *list)
    : QObject(field)
    , m_field(field)
    , m_list(list)
{
    field->installEventFilter(this);
}

void SearchFieldNavigator::attach(QLineEdit *field, QAbstractItemView *list)
{
    new SearchFieldNavigator(field, list);
}

bool SearchFieldNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
        m_field->clear();
        return true;
    }
    if (key->key() == Qt::Key_Down && m_list->model() && m_list->model()->rowCount() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->selectionModel()->hasSelection()) {
            const QModelIndex first = m_list->model()->index(0, 0);
            m_list->selectionModel()->setCurrentIndex(
                first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        return true;
    }
    return false;
}
