#pragma once

#include "hubcachewidgets_export.h"
#include "cacheentry.h"

#include <QWidget>

// A treemap of what takes the space in the cache folder: one rectangle per item, its area
// proportional to its size, coloured by state. Clicking a rectangle selects that item.
class HUBCACHEWIDGETS_EXPORT UsageChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChart)

public:
    explicit UsageChart(QWidget *parent = nullptr);

    void setEntries(const QList<HubCache::CacheEntry> &entries);
    void setSelectedPath(const QString &path);
    [[nodiscard]] QSize sizeHint() const override { return {600, 150}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {200, 80}; }
    // The fill of an entry's tile (the legend shows the same).
    [[nodiscard]] static QColor colorFor(HubCache::EntryState state);
    // The rectangle drawn for an item (tests and tooltips).
    [[nodiscard]] QRectF rectFor(const QString &path) const;

Q_SIGNALS:
    void entryClicked(const QString &path);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Tile {
        QRectF rect;
        int entry;
    };
    void layoutTiles();
    [[nodiscard]] int tileAt(const QPointF &pos) const;

    QList<HubCache::CacheEntry> m_entries;
    QList<Tile> m_tiles;
    QString m_selected;
};
