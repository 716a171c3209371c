#pragma once

#include "englishplurals.h"

#include <QLocale>
#include <QTranslator>

// The desktop app's translators for one language, installed for as long as this object lives: Qt's
// own (qtbase_*.qm from Qt's translations folder: OK, Cancel, Yes, No in standard dialogs), hubcache's
// (:/i18n) and English plural forms for what has no translation.
class UiTranslators final
{
    Q_DISABLE_COPY_MOVE(UiTranslators)

public:
    explicit UiTranslators(const QLocale &locale);
    ~UiTranslators();

    // Whether Qt's translations for the language were found (Debian: qt6-translations-l10n).
    [[nodiscard]] bool qtLoaded() const { return m_qtLoaded; }
    [[nodiscard]] bool appLoaded() const { return m_appLoaded; }
    // Where Qt's translations are looked for.
    [[nodiscard]] static QString qtTranslationsPath();

private:
    EnglishPlurals m_plurals;
    QTranslator m_qt;
    QTranslator m_app;
    bool m_qtLoaded = false;
    bool m_appLoaded = false;
};
