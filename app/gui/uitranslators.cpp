#include "uitranslators.h"

#include <QCoreApplication>
#include <QLibraryInfo>

UiTranslators::UiTranslators(const QLocale &locale)
{
    // The last installed answers first: hubcache's own texts, then Qt's, then English plurals.
    QCoreApplication::installTranslator(&m_plurals);
    m_qtLoaded = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsPath());
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
    m_appLoaded = m_app.load(locale, QStringLiteral("hubcache"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (m_appLoaded)
        QCoreApplication::installTranslator(&m_app);
}

UiTranslators::~UiTranslators()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_plurals);
}

QString UiTranslators::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}
