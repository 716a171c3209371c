#pragma once

#include "hubcachewidgets_export.h"

#include <QTranslator>

// English plural forms for texts written as tr("%n model(s)", nullptr, n): "1 model", "2 models".
// Installed before every other translator, so it answers only where no translation does (English,
// and texts not translated yet).
//
// A program embedding HubCache::Widgets installs one too, then hubcache's translations, which the
// package installs as <prefix>/share/hubcache/translations/hubcache_<lang>.qm:
//     auto *plurals = new EnglishPlurals(&app);
//     QCoreApplication::installTranslator(plurals);
//     auto *hubcache = new QTranslator(&app);
//     if (hubcache->load(QLocale(), u"hubcache"_s, u"_"_s, translationsDir))
//         QCoreApplication::installTranslator(hubcache);
class HUBCACHEWIDGETS_EXPORT EnglishPlurals final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnglishPlurals)

public:
    explicit EnglishPlurals(QObject *parent = nullptr);

    [[nodiscard]] QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                                    int n = -1) const override;
    [[nodiscard]] bool isEmpty() const override { return false; }
};
