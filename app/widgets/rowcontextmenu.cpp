#include "rowcontextmenu.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>

RowContextMenu::RowContextMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("rowContextMenu"));
    setAttribute(Qt::WA_DeleteOnClose);
}

QAction *RowContextMenu::addButton(QPushButton *button)
{
    QAction *action = addAction(button->text(), button, &QPushButton::click);
    action->setObjectName(button->objectName() + QStringLiteral("Action"));
    action->setEnabled(button->isEnabled());
    action->setShortcut(button->shortcut());
    action->setToolTip(button->toolTip());
    return action;
}

QAction *RowContextMenu::addCopy(const QString &text, const QStringList &values, const QString &objectName)
{
    QAction *action = addAction(text, this, [values] {
        QApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
    });
    action->setObjectName(objectName);
    action->setEnabled(!values.isEmpty());
    return action;
}
