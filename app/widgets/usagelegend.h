#pragma once

#include "cacheentry.h"
#include "hubcachewidgets_export.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

// The key to the Cache page's usage chart: what each colour stands for, with how many entries
// and how much space each kind takes. Only kinds the cache folder holds are listed.
class HUBCACHEWIDGETS_EXPORT UsageLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageLegend)

public:
    explicit UsageLegend(QWidget *parent = nullptr);

    void setEntries(const QList<HubCache::CacheEntry> &entries);
    // The lines shown, one a kind, in the chart's order (tests and accessibility).
    [[nodiscard]] QStringList itemTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<HubCache::CacheEntry> m_entries;
    QHBoxLayout *m_layout;
    QLabel *m_lead;
    QList<QWidget *> m_items;
};
