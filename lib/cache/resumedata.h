#pragma once

#include "hubcache_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace HubCache {

// What a killed download of one archive leaves for the next run: the compressed bytes received so far
// at their offsets (a sparse file) and a record of which fixed-size blocks are complete, each with its
// CRC-32, and of the answer they came from (URL, validator, length). It lives in `<entry>.resume`
// beside the entry, a name the Python library never looks at; only the holder of the entry's lock
// writes it. The next download asks the server with If-Range whether the file is still the same and
// fetches only the blocks that are missing.
class HUBCACHE_EXPORT ResumeData final
{
public:
    static constexpr qint64 kBlockSize = 4 * 1024 * 1024;

    // The resume folder for the entry at entryPath.
    [[nodiscard]] static QString folderFor(const QString &entryPath);
    // Bytes the folder holds on disk (allocated, a sparse file counts what was written); 0 if none.
    [[nodiscard]] static qint64 sizeOnDisk(const QString &folder);
    // Deletes the folder and what is in it; true if nothing is left.
    static bool remove(const QString &folder);

    // A download that stopped and can be resumed, as `ls` and `prune` show it.
    struct Paused
    {
        QString folder;
        QString key;
        QString handle;       // empty if the record is unreadable
        qint64 sizeOnDisk = 0;
        qint64 completeBytes = 0;
        qint64 total = 0;
        QDateTime modified;   // of the record: when the download last made progress
        bool usable = false;  // the record reads back; otherwise the next download discards it
    };
    // The resume folders in a local cache folder (`<40 hex>.resume`, folders only, never followed
    // through a link), with what their records say.
    [[nodiscard]] static QList<Paused> list(const QString &cacheDir);
    // Resume data of this age or older is removed by `prune` (while an entry's lock is not held).
    static constexpr int kFreshDays = 7;

    // Reads the record in folder, checking every type before opening anything: a folder, regular
    // files, a record that parses and agrees with the archive file's length. Blocks past the end of
    // a truncated archive file are dropped. nullopt if there is nothing usable (*why says what).
    [[nodiscard]] static std::optional<ResumeData> load(const QString &folder, QString *why);
    // A new, empty record for an answer (the folder is created by create()).
    [[nodiscard]] static ResumeData fresh(const QString &folder, const QUrl &url, const QByteArray &validator,
                                          const QByteArray &etag, const QByteArray &lastModified, qint64 total);
    // Creates the folder and an archive file of total bytes (sparse) and writes the record.
    [[nodiscard]] bool create(QString *why);
    // Writes the record atomically (a new file renamed over the old one).
    [[nodiscard]] bool save() const;

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString archivePath() const;
    [[nodiscard]] QUrl url() const { return m_url; }
    // The handle, for `ls`.
    [[nodiscard]] QString handle() const { return m_handle; }
    void setHandle(const QString &handle) { m_handle = handle; }
    [[nodiscard]] QByteArray validator() const { return m_validator; }
    [[nodiscard]] QByteArray etag() const { return m_etag; }
    [[nodiscard]] QByteArray lastModified() const { return m_lastModified; }
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] int blockCount() const { return int((m_total + kBlockSize - 1) / kBlockSize); }
    [[nodiscard]] qint64 blockStart(int block) const { return qint64(block) * kBlockSize; }
    [[nodiscard]] qint64 blockLength(int block) const;
    [[nodiscard]] bool hasBlock(int block) const { return m_crc.at(block).has_value(); }
    [[nodiscard]] quint32 blockCrc(int block) const { return m_crc.at(block).value_or(0); }
    void setBlock(int block, quint32 crc) { m_crc[block] = crc; }
    void dropBlock(int block) { m_crc[block].reset(); }
    // Bytes of the blocks recorded as complete.
    [[nodiscard]] qint64 completeBytes() const;

    [[nodiscard]] static quint32 crc32(quint32 crc, const char *data, qsizetype size);

private:
    QString m_folder;
    QUrl m_url;
    QString m_handle;
    QByteArray m_validator;
    QByteArray m_etag;
    QByteArray m_lastModified;
    qint64 m_total = 0;
    QList<std::optional<quint32>> m_crc;
};

} // namespace HubCache
