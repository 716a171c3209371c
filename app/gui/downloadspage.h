#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace HubCache {
class Job;
class ResolveJob;
}

// The download queue: per-model and total progress, speed and time left, cancel; finished rows
// stay with their outcome (the error message for a failure) until cleared.
class DownloadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPage)

public:
    enum Column {
        ModelColumn,
        ProgressColumn,
        SpeedColumn,
        TimeLeftColumn,
        StatusColumn,
    };

    explicit DownloadsPage(QWidget *parent = nullptr);

    void addQueued(const QString &handle);
    void jobStarted(const QString &handle, HubCache::ResolveJob *job);
    void jobFinished(const QString &handle, HubCache::ResolveJob *job);
    [[nodiscard]] int activeCount() const;
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QTreeWidgetItem *itemFor(const QString &handle) const { return m_rows.value(handle).item; }
    [[nodiscard]] QString statusText(const QString &handle) const;

Q_SIGNALS:
    void cancelRequested(const QString &handle);
    void cancelAllRequested();
    // -1 when nothing is running.
    void totalProgressChanged(int percent);

private:
    struct Row {
        QTreeWidgetItem *item = nullptr;
        QProgressBar *bar = nullptr;
        QPointer<HubCache::ResolveJob> job;
        QElapsedTimer clock;
        qint64 received = 0;
        qint64 total = -1;
        bool done = false;
    };
    Row &rowFor(const QString &handle);
    void onProgress(const QString &handle, qint64 received, qint64 total);
    void updateTotals();
    void clearFinished();

    QTreeWidget *m_tree;
    QProgressBar *m_totalBar;
    QLabel *m_totalLabel;
    QPushButton *m_cancel;
    QPushButton *m_cancelAll;
    QLabel *m_details;
    QHash<QString, Row> m_rows;
};
