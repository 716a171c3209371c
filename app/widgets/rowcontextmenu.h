#pragma once

#include <QMenu>

class QPushButton;

// The menu of a list's rows: the page's own buttons (same text, state and shortcut, a click on
// the button) and Copy actions. Deletes itself when closed.
class RowContextMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowContextMenu)

public:
    explicit RowContextMenu(QWidget *parent);

    QAction *addButton(QPushButton *button);
    // Puts the values, one a line, on the clipboard; disabled when there are none.
    QAction *addCopy(const QString &text, const QStringList &values, const QString &objectName);
};
