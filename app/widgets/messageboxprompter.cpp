#include "messageboxprompter.h"

#include <QMessageBox>
#include <QPushButton>

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == accept;
}

void MessageBoxPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}
