#pragma once

#include "archiveextractor.h"
#include "configuration.h"
#include "hubcache_export.h"
#include "job.h"
#include "resumedata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace HubCache {

class RangedDownload;

// Fetches one archive URL and streams its body into an ArchiveExtractor writing to destDir:
// redirects followed by hand (bounded, http/https only), a stall watchdog, retries with backoff on
// connection errors, 429 and 5xx while nothing has been extracted yet, and backpressure from the
// extractor to the socket so memory stays bounded. A body that breaks off after bytes were
// extracted is resumed where it stopped ("Range: bytes=N-" with If-Range) when the server offered
// ranges and a validator (strong ETag or Last-Modified) for a body of known length; the extractor
// never notices. A resumed answer that is not the rest of that same body (another ETag or
// Last-Modified, another length, a Content-Range that starts elsewhere, a whole new body) is never
// spliced on: the extractor is aborted, destDir emptied and the download starts over from byte 0.
// A body arriving slower than Configuration::minSpeed() over minSpeedTime() (time spent waiting for
// the extractor does not count) fails the attempt like a stall.
// A server that sends an interim answer (103 Early Hints, 102, an unknown 1xx) before its real one
// is asked again through DirectHttpReply, which skips interim answers, for the rest of the job.
// With a resume folder (a local cache), an archive of at least HUBCACHE_PARALLEL_MIN_SIZE bytes from
// a server that offers ranges and a strong validator is fetched by RangedDownload over several
// connections into that folder, and the extractor reads it back in order from there, unless its
// first 4 MiB show that one stream keeps the extractor busy (then it stays one stream, with no copy
// on disk). What a killed or failed parallel run received stays there, and the next job for the same
// URL asks with If-Range whether it is still the same file and fetches only what is missing.
class HUBCACHE_EXPORT DownloadJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadJob)

public:
    DownloadJob(const QUrl &url, const QString &destDir, const QString &handle, const Configuration &config,
                QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~DownloadJob() override;

    void start() override;
    // Sends header with every request to the origin (scheme, host, port) of originUrl, and to no
    // other: a bearer token for the storage endpoint stays off a redirect's target elsewhere.
    void setRequestHeader(const QByteArray &name, const QByteArray &value, const QUrl &originUrl);
    [[nodiscard]] qint64 extractedBytes() const;
    [[nodiscard]] QUrl finalUrl() const { return m_url; }
    [[nodiscard]] int attempts() const { return m_attempt; }
    // Before start(): extract through `storage` (a gs:// cache) instead of into a local folder.
    void setOutputStorage(Storage *storage) { m_outputStorage = storage; }
    // Before start(): where the compressed bytes of a large archive are kept (ResumeData::folderFor()
    // of the entry); empty (the default): one stream, nothing kept.
    void setResumeFolder(const QString &folder) { m_resumeFolder = folder; }
    // Body bytes this job received over the network (all connections, all attempts).
    [[nodiscard]] qint64 transferredBytes() const;
    // Bytes taken from resume data an earlier run left.
    [[nodiscard]] qint64 resumedBytes() const { return m_resumedBytes; }

protected:
    void doCancel() override;

private:
    void sendRequest();
    void onMetaData();
    void pump();
    void onReplyFinished();
    void onExtractorFinished();
    void onStall();
    void failOrRetry(const Error &error, bool retryable, int retryAfterSeconds = -1);
    [[nodiscard]] bool scheduleResume(const Error &error, int retryAfterSeconds);
    // The wait before retry number `retry` (1, 2, …): doubling from retryDelay, at least Retry-After.
    [[nodiscard]] std::chrono::milliseconds backoff(int retry, int retryAfterSeconds) const;
    // Sends the original URL again after delay (redirects are followed anew).
    void requestAgainAfter(std::chrono::milliseconds delay);
    [[nodiscard]] bool acceptResumedBody();
    // Why the answer to a resume request is not the rest of the body being extracted; empty if it is.
    [[nodiscard]] QString resumeMismatch() const;
    // Drops what was extracted and downloads again from byte 0, as a new attempt.
    void startOver(const QString &reason);
    void startSpeedWindow();
    void checkSpeed();
    // Milliseconds of this attempt's body during which the extractor was not the slow side.
    [[nodiscard]] qint64 networkTime() const;
    void finish(const Error &error);
    void dropReply();
    void createExtractor();
    // Whether the answer now being read should go to RangedDownload.
    [[nodiscard]] bool wantsRanged() const;
    // Hands m_reply (answering from adoptFrom, or dropped if adoptFrom < 0) to a RangedDownload;
    // the extractor is fed from block firstBlock on (the ones before went to it from memory).
    void enterRanged(ResumeData record, bool kept, qint64 adoptFrom, qint64 adoptTo, int firstBlock = 0);
    // Writes a chunk of the first answer's opening blocks into the trial's resume data.
    [[nodiscard]] bool writeTrial(const QByteArray &chunk);
    // At the end of the opening blocks: parallel ranges if the network was the slow side.
    void decideTrial();
    void pumpFile();
    void onRangedChanged(const QString &reason, bool rangesIgnored);
    void stopRanged(bool keepData);
    [[nodiscard]] QNetworkRequest prepareRequest() const;
    [[nodiscard]] QNetworkReply *rangeRequest(qint64 from, qint64 to);
    // scheme://host:port of url: the unit for which interim answers were seen.
    [[nodiscard]] static QString origin(const QUrl &url);
    [[nodiscard]] ErrorContext context() const;

    QUrl m_originalUrl;
    QUrl m_url;
    QString m_destDir;
    Storage *m_outputStorage = nullptr;
    QString m_handle;
    Configuration m_config;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    ArchiveExtractor *m_extractor = nullptr;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QTimer m_speedTimer;
    QElapsedTimer m_speedClock;
    qint64 m_blockedMs = 0;      // time the extractor held the body back (backpressure)
    qint64 m_blockedSince = -1;  // m_speedClock time the current hold began, -1: none
    struct SpeedSample
    {
        qint64 networkMs;
        qint64 bytes;
    };
    QList<SpeedSample> m_speedSamples;
    int m_redirects = 0;
    int m_attempt = 0;
    int m_httpStatus = 0;
    qint64 m_received = 0;
    qint64 m_total = -1;
    bool m_bodyAccepted = false;
    bool m_replyDone = false;
    bool m_stalled = false;
    bool m_fed = false;
    qint64 m_extracted = 0;
    QByteArray m_validator;    // If-Range value for the body being extracted; empty: cannot resume
    QByteArray m_etag;         // validators of the answer that started the body being extracted
    QByteArray m_lastModified;
    bool m_rangesOffered = false;
    qint64 m_resumeFrom = -1;  // >= 0 while the current request asks for the rest of the body
    int m_resumes = 0;
    struct OriginHeader
    {
        QByteArray name;
        QByteArray value;
        QString origin;
    };
    QList<OriginHeader> m_originHeaders;
    // Origins that sent an interim answer: requests to them bypass QNetworkAccessManager.
    QSet<QString> m_directOrigins;
    QString m_contentType;
    // Parallel ranges and resume data.
    QString m_resumeFolder;
    RangedDownload *m_ranged = nullptr;
    std::optional<ResumeData> m_probe; // resume data being checked by the current request
    qint64 m_probeFrom = -1;
    qint64 m_probeTo = -1;
    bool m_noParallel = false;         // the server did not honour ranges: one stream from now on
    QByteArray m_rangedValidator;
    int m_nextBlock = 0;
    QByteArray m_blockBuffer;
    qsizetype m_blockPos = 0;
    bool m_fileInputDone = false;
    qint64 m_transferredBefore = 0;    // by earlier RangedDownloads of this job and single streams
    qint64 m_resumedBytes = 0;
    // The first answer's opening blocks go to the extractor and into resume data while the job
    // measures whether one stream keeps the extractor busy (then it stays one stream).
    std::optional<ResumeData> m_trial;
    QFile *m_trialFile = nullptr;
    quint32 m_trialCrc = 0;
    qint64 m_trialEnd = 0;
};

} // namespace HubCache
