#pragma once

#include "configuration.h"
#include "error.h"
#include "resumedata.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkReply;
class QTimer;

namespace HubCache {

// Fetches the missing blocks of one archive over several connections at once ("Range: bytes=A-B" with
// If-Range) into the resume data's archive file, lowest blocks first, so that the part of the file
// that is complete from byte 0 grows at the speed of all connections together. The file on disk is
// the reorder buffer: memory stays at a few read buffers per connection however far later parts run
// ahead of a slow first one. A part that fails is asked again alone from where it stopped (the
// retry policy's backoff, HUBCACHE_RETRIES attempts, a stall watchdog per connection); an answer
// that is not the asked range of the same file ends the whole download with changed().
class RangedDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangedDownload)

public:
    // Makes the request for bytes [from, to] (inclusive) with the job's credentials and headers.
    using RequestFactory = std::function<QNetworkReply *(qint64 from, qint64 to)>;

    // Blocks per request: a request is one round trip, a part a few of them.
    static constexpr int kBlocksPerPart = 4;

    RangedDownload(ResumeData record, const Configuration &config, int connections, RequestFactory factory,
                   QObject *parent = nullptr);
    ~RangedDownload() override;

    // Opens the archive file; false (and *why) if it cannot be written.
    [[nodiscard]] bool open(QString *why);
    // Takes over a reply that already answers with the body from byte `from` (a block start), for
    // the blocks up to `to` (inclusive; the rest of its body, if any, is not read).
    void adopt(QNetworkReply *reply, qint64 from, qint64 to);
    // Blocks kept from an earlier run are checked against their CRC when read.
    void markKeptBlocks();
    // Starts requests until `connections` are busy.
    void fill();
    // Aborts every request and writes the record.
    void stop();

    [[nodiscard]] const ResumeData &record() const { return m_record; }
    [[nodiscard]] bool isBlockReady(int block) const;
    [[nodiscard]] bool allFetched() const;
    [[nodiscard]] bool isTransferring() const;
    // Reads a complete block. A kept block whose bytes no longer match its CRC is dropped and
    // fetched again: false, *dropped = true. A read error: false, *dropped = false, *why.
    [[nodiscard]] bool readBlock(int block, QByteArray *data, bool *dropped, QString *why);
    // Bytes of complete blocks plus those of blocks in progress.
    [[nodiscard]] qint64 receivedBytes() const;
    // Body bytes received over the network by this run.
    [[nodiscard]] qint64 transferredBytes() const { return m_transferred; }
    [[nodiscard]] int requestsMade() const { return m_requests; }
    // Why reply, an answer asked for the bytes from `from` on of record's file, is not that; empty if it is.
    [[nodiscard]] static QString mismatch(const ResumeData &record, const QNetworkReply *reply, qint64 from);

Q_SIGNALS:
    void blocksReady();
    void progressed();
    // The server's answer shows that the file changed, or that it does not honour ranges after all.
    void changed(const QString &reason, bool rangesIgnored);
    // A part failed more often than HUBCACHE_RETRIES allows, or with an error no retry mends.
    void failed(const HubCache::Error &error);

private:
    enum class BlockState {
        Missing,
        InFlight,
        Done,
    };
    struct Part
    {
        QPointer<QNetworkReply> reply;
        qint64 pos = 0;   // next byte to write
        qint64 end = 0;   // one past the last byte of the part
        quint32 crc = 0;  // of the current block's bytes so far
        int attempts = 0;
        bool validated = false;
        QTimer *stallTimer = nullptr;
        QTimer *retryTimer = nullptr;
    };

    void startPart(Part *part);
    void onMetaData(Part *part);
    void onData(Part *part);
    void onFinished(Part *part);
    void onStall(Part *part);
    void retryOrFail(Part *part, const Error &error, bool retryable, int retryAfterSeconds = -1);
    void releasePart(Part *part);
    void dropReply(Part *part);
    Part *newPart();
    void saveSoon();

    ResumeData m_record;
    Configuration m_config;
    int m_connections;
    RequestFactory m_factory;
    QFile m_file;
    QList<BlockState> m_blocks;
    QList<bool> m_kept;
    std::vector<std::unique_ptr<Part>> m_parts;
    qint64 m_transferred = 0;
    int m_requests = 0;
    bool m_stopped = false;
    QTimer *m_saveTimer = nullptr;
};

} // namespace HubCache
