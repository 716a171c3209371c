#pragma once

#include "hubcachewidgets_export.h"
#include "resumedata.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class CatalogModel;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace HubCache {
class DownloadQueue;
class Job;
class ResolveJob;
}

// The download queue: per-model and total progress, speed and time left, cancel; finished rows
// stay with their outcome (the error message for a failure) until cleared, and a failed or
// cancelled one can be tried again.
//
// A host program hands it a HubCache::DownloadQueue with setQueue() and adds models with
// download(); modelResolved() says when one is in the cache. The desktop app instead feeds
// addQueued(), jobStarted() and jobFinished() from its own queue.
class HUBCACHEWIDGETS_EXPORT DownloadsPage final : public QWidget
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

    enum class Outcome {
        Pending, // queued or running
        Downloaded,
        AlreadyCached,
        Remote,  // uncompressed mode: located in remote storage, nothing downloaded
        Failed,
        Cancelled,
        Paused,  // stopped with its received bytes kept in the cache: Resume continues from them
    };

    explicit DownloadsPage(QWidget *parent = nullptr);

    // Shows this queue's jobs and cancels and retries through it (the queue stays the caller's).
    void setQueue(HubCache::DownloadQueue *queue);
    // Queues handle on the queue of setQueue() and lists it; false when it is already queued or running.
    bool download(const QString &handle);

    // Where the rows take their titles from (the handle stays in the tooltip and Copy Handle).
    void setCatalog(const CatalogModel *catalog);

    void addQueued(const QString &handle);
    void jobStarted(const QString &handle, HubCache::ResolveJob *job);
    void jobFinished(const QString &handle, HubCache::ResolveJob *job);
    // The resumable downloads a scan of the cache found (ResumeData::list): each is listed as paused
    // with what it holds, unless it is running here; a paused row whose data is gone leaves the list.
    void setPaused(const QList<HubCache::ResumeData::Paused> &paused);
    [[nodiscard]] int activeCount() const;
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QTreeWidgetItem *itemFor(const QString &handle) const { return m_rows.value(handle).item; }
    [[nodiscard]] QString statusText(const QString &handle) const;
    [[nodiscard]] Outcome outcome(const QString &handle) const;
    // The rows' menu for the selection: Copy Handle, Copy Path, Open Folder, Cancel, Retry, Resume, Discard.
    [[nodiscard]] QMenu *contextMenu();

Q_SIGNALS:
    void cancelRequested(const QString &handle);
    void cancelAllRequested();
    // Download these again (failed or cancelled rows).
    void retryRequested(const QStringList &handles);
    void openFolderRequested(const QString &path);
    // Delete the kept bytes of these paused downloads (the receiver asks first).
    void discardRequested(const QList<HubCache::ResumeData::Paused> &paused);
    // Whether a failure is listed that the user has not cleared (the tab shows a mark).
    void failuresShownChanged(bool shown);
    // -1 when nothing is running.
    void totalProgressChanged(int percent);
    // handle is ready in the cache at path (downloaded, or already there).
    void modelResolved(const QString &handle, const QString &path);

private:
    struct Row {
        QTreeWidgetItem *item = nullptr;
        QProgressBar *bar = nullptr;
        QPointer<HubCache::ResolveJob> job;
        QElapsedTimer clock;
        qint64 received = 0;
        qint64 total = -1;
        bool done = false;
        Outcome outcome = Outcome::Pending;
        QString path;    // where the model is, once it is there
        QString details; // the whole message shown under the list
        std::optional<HubCache::ResumeData::Paused> paused; // what a paused download holds
        qint64 resumeFrom = -1; // bytes kept when it was resumed (shown until it ends)
    };
    Row &rowFor(const QString &handle);
    void onProgress(const QString &handle, qint64 received, qint64 total);
    void updateTotals();
    void updateButtons();
    void updateDetails();
    void updateTitles();
    void clearFinished();
    // Takes out of the list the rows for which remove(handle, row) holds, then recounts.
    void removeRows(const std::function<bool(const QString &, const Row &)> &remove);
    [[nodiscard]] QStringList selectedHandles() const;
    [[nodiscard]] QStringList retryableSelection() const;
    [[nodiscard]] QStringList pausedSelection() const;
    [[nodiscard]] QString pausedText(const HubCache::ResumeData::Paused &paused) const;
    [[nodiscard]] bool selectionRunning() const;

    QTreeWidget *m_tree;
    QProgressBar *m_totalBar;
    QLabel *m_totalLabel;
    QPushButton *m_cancel;
    QPushButton *m_cancelAll;
    QPushButton *m_retry;
    QPushButton *m_resume;
    QPushButton *m_discard;
    QPushButton *m_clear;
    QLabel *m_details;
    QHash<QString, Row> m_rows;
    QPointer<const CatalogModel> m_catalog;
    QPointer<HubCache::DownloadQueue> m_queue;
    bool m_failuresShown = false;
};
