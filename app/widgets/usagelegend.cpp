#include "usagelegend.h"

#include "sizeformat.h"
#include "statestyle.h"
#include "usagechart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

using HubCache::CacheEntry;
using HubCache::EntryState;

namespace {

// The chart's kinds, in the order the legend lists them, with one entry state each to colour it.
struct Category {
    StateStyle::Kind kind;
    EntryState state;
};
constexpr Category kCategories[] = {
    {StateStyle::Kind::Cached, EntryState::Complete},
    {StateStyle::Kind::Downloading, EntryState::Downloading},
    {StateStyle::Kind::Broken, EntryState::Broken},
    {StateStyle::Kind::Leftover, EntryState::OrphanedTemp},
};

} // namespace

UsageLegend::UsageLegend(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_lead(new QLabel(this))
{
    setObjectName(QStringLiteral("usageLegend"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_lead);
    m_layout->addStretch(1);
    m_lead->setText(tr("Area shows size:"));
    rebuild();
}

void UsageLegend::setEntries(const QList<CacheEntry> &entries)
{
    m_entries = entries;
    rebuild();
}

QStringList UsageLegend::itemTexts() const
{
    QStringList texts;
    for (QWidget *item : m_items) {
        if (auto *text = item->findChild<QLabel *>(QStringLiteral("legendText")))
            texts.append(text->text());
    }
    return texts;
}

void UsageLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void UsageLegend::rebuild()
{
    qDeleteAll(m_items);
    m_items.clear();
    // Items further apart than a label from its swatch, so that each pair reads as one.
    int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    if (spacing < 0) // a style that answers per control type
        spacing = style()->layoutSpacing(QSizePolicy::Label, QSizePolicy::Label, Qt::Horizontal, nullptr, this);
    m_layout->setSpacing(2 * std::max(spacing, fontMetrics().averageCharWidth()));
    const int side = fontMetrics().height() * 3 / 4;
    const qreal ratio = devicePixelRatioF();
    int position = 1; // after the lead text
    for (const Category &category : kCategories) {
        int count = 0;
        qint64 bytes = 0;
        for (const CacheEntry &e : std::as_const(m_entries)) {
            if (StateStyle::forEntry(e.state) == category.kind) {
                ++count;
                bytes += std::max<qint64>(e.sizeBytes, 0);
            }
        }
        if (count == 0)
            continue;
        QString name;
        switch (category.kind) {
        case StateStyle::Kind::Cached:
            name = tr("%n model(s)", nullptr, count);
            break;
        case StateStyle::Kind::Downloading:
            name = tr("%n download(s) in progress", nullptr, count);
            break;
        case StateStyle::Kind::Broken:
            name = tr("%n broken entry(s)", nullptr, count);
            break;
        default:
            name = tr("%n leftover(s) (temp folders, stale locks)", nullptr, count);
            break;
        }
        // The swatch is drawn at the screen's pixel ratio so that it stays sharp at 200 %.
        QPixmap swatch(QSize(side, side) * ratio);
        swatch.setDevicePixelRatio(ratio);
        swatch.fill(Qt::transparent);
        {
            QPainter p(&swatch);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(palette().color(QPalette::Mid), 1));
            p.setBrush(UsageChart::colorFor(category.state));
            p.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 2, 2);
        }
        auto *item = new QWidget(this);
        auto *row = new QHBoxLayout(item);
        row->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(item);
        icon->setPixmap(swatch);
        auto *text = new QLabel(tr("%1, %2").arg(name, HubCache::formatSize(bytes)), item);
        text->setObjectName(QStringLiteral("legendText"));
        row->addWidget(icon);
        row->addWidget(text);
        m_layout->insertWidget(position++, item);
        m_items.append(item);
    }
    m_lead->setVisible(!m_items.isEmpty());
}
