#pragma once

#include "hubcachewidgets_export.h"

#include <QString>

class QWidget;

// Every question the app asks the user goes through here, so tests can answer without a modal
// dialog and the pages hold no QMessageBox calls of their own.
class HUBCACHEWIDGETS_EXPORT Prompter
{
public:
    virtual ~Prompter() = default;
    [[nodiscard]] virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                                       const QString &acceptLabel) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
};
