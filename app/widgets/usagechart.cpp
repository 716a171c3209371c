#include "usagechart.h"

#include "sizeformat.h"
#include "statestyle.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <numeric>

using HubCache::CacheEntry;
using HubCache::EntryState;

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(tr("What takes the space in the cache folder; click a box to select the entry."));
}

void UsageChart::setEntries(const QList<CacheEntry> &entries)
{
    m_entries = entries;
    layoutTiles();
    update();
}

void UsageChart::setSelectedPath(const QString &path)
{
    m_selected = path;
    update();
}

QRectF UsageChart::rectFor(const QString &path) const
{
    for (const Tile &t : m_tiles) {
        if (m_entries[t.entry].path == path)
            return t.rect;
    }
    return {};
}

QColor UsageChart::colorFor(EntryState state)
{
    return StateStyle::fillColor(StateStyle::forEntry(state));
}

// Squarified treemap (Bruls, Huizing, van Wijk): rows of tiles whose aspect ratios stay near 1.
void UsageChart::layoutTiles()
{
    m_tiles.clear();
    QList<int> order;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].sizeBytes > 0)
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [this](int a, int b) { return m_entries[a].sizeBytes > m_entries[b].sizeBytes; });
    QRectF free = QRectF(rect()).adjusted(1, 1, -1, -1);
    const double bytes = std::accumulate(order.cbegin(), order.cend(), 0.0,
                                         [this](double s, int i) { return s + double(m_entries[i].sizeBytes); });
    // Areas follow sizes, except that every entry keeps a tile one can see and click: next to a
    // large model, a small one would otherwise be a hairline.
    constexpr double minimumShare = 0.015;
    const auto weight = [&](int i) { return std::max(double(m_entries[i].sizeBytes), bytes * minimumShare); };
    const double total = std::accumulate(order.cbegin(), order.cend(), 0.0,
                                         [&weight](double s, int i) { return s + weight(i); });
    if (order.isEmpty() || total <= 0 || free.width() <= 0 || free.height() <= 0)
        return;
    const double scale = free.width() * free.height() / total;

    auto worst = [](const QList<double> &row, double side) {
        const double sum = std::accumulate(row.cbegin(), row.cend(), 0.0);
        double w = 0;
        for (double a : row)
            w = std::max(w, std::max(side * side * a / (sum * sum), sum * sum / (side * side * a)));
        return w;
    };
    qsizetype i = 0;
    while (i < order.size()) {
        const double side = std::min(free.width(), free.height());
        QList<double> row;
        QList<int> rowEntries;
        while (i < order.size()) {
            const double area = weight(order[i]) * scale;
            QList<double> trial = row;
            trial.append(area);
            if (!row.isEmpty() && worst(trial, side) > worst(row, side))
                break;
            row = trial;
            rowEntries.append(order[i]);
            ++i;
        }
        const double sum = std::accumulate(row.cbegin(), row.cend(), 0.0);
        const bool horizontal = free.width() >= free.height(); // lay the row along the short side
        const double thickness = sum / side;
        double offset = 0;
        for (int k = 0; k < row.size(); ++k) {
            const double length = row[k] / thickness;
            QRectF r = horizontal ? QRectF(free.left(), free.top() + offset, thickness, length)
                                  : QRectF(free.left() + offset, free.top(), length, thickness);
            m_tiles.append({r, rowEntries[k]});
            offset += length;
        }
        free = horizontal ? free.adjusted(thickness, 0, 0, 0) : free.adjusted(0, thickness, 0, 0);
    }
}

void UsageChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles();
}

void UsageChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (m_tiles.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("The cache folder is empty."));
        return;
    }
    const QFontMetrics fm(font());
    for (const Tile &t : std::as_const(m_tiles)) {
        const CacheEntry &e = m_entries[t.entry];
        const QRectF r = t.rect.adjusted(1, 1, -1, -1);
        const bool selected = e.path == m_selected;
        p.setPen(selected ? QPen(palette().color(QPalette::Highlight), 3) : QPen(palette().color(QPalette::Base), 1));
        const QColor fill = colorFor(e.state);
        p.setBrush(fill);
        p.drawRoundedRect(r, 3, 3);
        if (r.width() < 40 || r.height() < fm.height() + 4)
            continue;
        p.setPen(StateStyle::textOn(fill));
        const QString name = e.handle.isEmpty() ? e.key.left(12) : e.handle.section(QLatin1Char('/'), -2);
        const QString size = HubCache::formatSize(e.sizeBytes);
        const QRectF text = r.adjusted(4, 2, -4, -2);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, fm.elidedText(name, Qt::ElideMiddle, int(text.width())));
        // A size cut off would read as another number: shown only where it fits whole.
        if (r.height() >= 2 * fm.height() + 4 && fm.horizontalAdvance(size) <= text.width())
            p.drawText(text.adjusted(0, fm.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop, size);
    }
}

int UsageChart::tileAt(const QPointF &pos) const
{
    for (const Tile &t : m_tiles) {
        if (t.rect.contains(pos))
            return t.entry;
    }
    return -1;
}

void UsageChart::mousePressEvent(QMouseEvent *event)
{
    const int i = tileAt(event->position());
    if (i >= 0)
        Q_EMIT entryClicked(m_entries[i].path);
}

bool UsageChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = tileAt(help->pos());
        if (i >= 0) {
            const CacheEntry &e = m_entries[i];
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("%1\n%2 · %3").arg(e.handle.isEmpty() ? e.path : e.handle,
                                                                   CacheEntry::stateDisplayName(e.state),
                                                                   HubCache::formatSize(e.sizeBytes)),
                               this);
            return true;
        }
    }
    return QWidget::event(event);
}
