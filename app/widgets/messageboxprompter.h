#pragma once

#include "hubcachewidgets_export.h"
#include "prompter.h"

#include <QCoreApplication>

// The Prompter the app uses: message boxes.
class HUBCACHEWIDGETS_EXPORT MessageBoxPrompter final : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxPrompter)

public:
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
};
