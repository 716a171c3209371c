#include "resumedata.h"

#include "modelcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#ifdef HUBCACHE_HAVE_ISAL
#include <isa-l/crc.h>
#else
#include <zlib.h>
#endif

#include <cstdio>

#include <sys/stat.h>

namespace HubCache {

namespace {

const QString kRecordName = QStringLiteral("record.json");
const QString kArchiveName = QStringLiteral("archive.part");
constexpr qint64 kMaxRecordBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("HubCache::ResumeData", text);
}

// Not a symbolic link, and of the expected kind.
bool isPlainFile(const QFileInfo &info)
{
    return !info.isSymLink() && info.isFile();
}

} // namespace

QString ResumeData::folderFor(const QString &entryPath)
{
    return entryPath + QStringLiteral(".resume");
}

qint64 ResumeData::sizeOnDisk(const QString &folder)
{
    qint64 bytes = 0;
    for (const QString &name : {kRecordName, kArchiveName}) {
        struct stat st {};
        if (::lstat(QFile::encodeName(folder + u'/' + name).constData(), &st) == 0 && S_ISREG(st.st_mode))
            bytes += qint64(st.st_blocks) * 512;
    }
    return bytes;
}

bool ResumeData::remove(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists() && !info.isSymLink())
        return true;
    return ModelCache::removeTree(folder);
}

QList<ResumeData::Paused> ResumeData::list(const QString &cacheDir)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9a-f]{40})\\.resume$"));
    QList<Paused> result;
    const QFileInfoList items = QDir(cacheDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                                                             QDir::Name);
    for (const QFileInfo &info : items) {
        const QRegularExpressionMatch m = pattern.match(info.fileName());
        if (!m.hasMatch() || info.isSymLink())
            continue;
        Paused p;
        p.folder = info.filePath();
        p.key = m.captured(1);
        p.sizeOnDisk = sizeOnDisk(p.folder);
        const QFileInfo record(p.folder + u'/' + kRecordName);
        p.modified = record.exists() ? record.lastModified() : info.lastModified();
        QString why;
        if (const std::optional<ResumeData> r = load(p.folder, &why)) {
            p.usable = true;
            p.handle = r->handle();
            p.completeBytes = r->completeBytes();
            p.total = r->total();
        }
        result.append(p);
    }
    return result;
}

QString ResumeData::archivePath() const
{
    return m_folder + u'/' + kArchiveName;
}

qint64 ResumeData::blockLength(int block) const
{
    return std::min(kBlockSize, m_total - blockStart(block));
}

qint64 ResumeData::completeBytes() const
{
    qint64 bytes = 0;
    for (int i = 0; i < m_crc.size(); ++i) {
        if (m_crc.at(i))
            bytes += blockLength(i);
    }
    return bytes;
}

quint32 ResumeData::crc32(quint32 crc, const char *data, qsizetype size)
{
#ifdef HUBCACHE_HAVE_ISAL
    return crc32_gzip_refl(crc, reinterpret_cast<const unsigned char *>(data), quint64(size));
#else
    while (size > 0) {
        const uInt n = uInt(std::min<qsizetype>(size, 1 << 30));
        crc = quint32(::crc32(crc, reinterpret_cast<const Bytef *>(data), n));
        data += n;
        size -= n;
    }
    return crc;
#endif
}

ResumeData ResumeData::fresh(const QString &folder, const QUrl &url, const QByteArray &validator,
                             const QByteArray &etag, const QByteArray &lastModified, qint64 total)
{
    ResumeData r;
    r.m_folder = folder;
    r.m_url = url;
    r.m_validator = validator;
    r.m_etag = etag;
    r.m_lastModified = lastModified;
    r.m_total = total;
    r.m_crc.resize(r.blockCount());
    return r;
}

bool ResumeData::create(QString *why)
{
    if (!remove(m_folder) || !QDir().mkpath(m_folder)) {
        *why = tr("cannot create %1").arg(m_folder);
        return false;
    }
    QFile archive(archivePath());
    if (!archive.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !archive.resize(m_total)) {
        *why = tr("cannot create %1: %2").arg(archivePath(), archive.errorString());
        return false;
    }
    if (!save()) {
        *why = tr("cannot write %1").arg(m_folder + u'/' + kRecordName);
        return false;
    }
    return true;
}

bool ResumeData::save() const
{
    QString blocks;
    blocks.reserve(m_crc.size() * 9);
    for (const auto &crc : m_crc) {
        if (!blocks.isEmpty())
            blocks += u' ';
        blocks += crc ? QString::number(*crc, 16) : QStringLiteral("-");
    }
    const QJsonObject o{
        {QStringLiteral("version"), 1},
        {QStringLiteral("url"), m_url.toString()},
        {QStringLiteral("handle"), m_handle},
        {QStringLiteral("validator"), QString::fromLatin1(m_validator)},
        {QStringLiteral("etag"), QString::fromLatin1(m_etag)},
        {QStringLiteral("lastModified"), QString::fromLatin1(m_lastModified)},
        {QStringLiteral("total"), double(m_total)},
        {QStringLiteral("blockSize"), double(kBlockSize)},
        {QStringLiteral("blocks"), blocks},
    };
    // Renamed over the old record, without fsync: a killed process leaves one record or the other,
    // and after a power cut the block checksums catch bytes that never reached the disk.
    const QString path = m_folder + u'/' + kRecordName;
    const QString next = path + QStringLiteral(".new");
    QFile file(next);
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return ::rename(QFile::encodeName(next).constData(), QFile::encodeName(path).constData()) == 0;
}

std::optional<ResumeData> ResumeData::load(const QString &folder, QString *why)
{
    const QFileInfo dir(folder);
    if (!dir.exists() && !dir.isSymLink()) {
        *why = tr("none");
        return std::nullopt;
    }
    if (dir.isSymLink() || !dir.isDir()) {
        *why = tr("%1 is not a folder").arg(folder);
        return std::nullopt;
    }
    const QFileInfo recordInfo(folder + u'/' + kRecordName);
    const QFileInfo archiveInfo(folder + u'/' + kArchiveName);
    if (!isPlainFile(recordInfo) || !isPlainFile(archiveInfo)) {
        *why = tr("its record or archive file is missing or not a regular file");
        return std::nullopt;
    }
    if (recordInfo.size() > kMaxRecordBytes) {
        *why = tr("its record is too large (%1 bytes)").arg(recordInfo.size());
        return std::nullopt;
    }
    QFile file(recordInfo.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxRecordBytes), &parseError);
    const QJsonObject o = doc.object();
    ResumeData r;
    r.m_folder = folder;
    r.m_url = QUrl(o.value(QStringLiteral("url")).toString());
    r.m_handle = o.value(QStringLiteral("handle")).toString();
    r.m_validator = o.value(QStringLiteral("validator")).toString().toLatin1();
    r.m_etag = o.value(QStringLiteral("etag")).toString().toLatin1();
    r.m_lastModified = o.value(QStringLiteral("lastModified")).toString().toLatin1();
    r.m_total = qint64(o.value(QStringLiteral("total")).toDouble(-1));
    const QStringList blocks = o.value(QStringLiteral("blocks")).toString().split(u' ', Qt::SkipEmptyParts);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || o.value(QStringLiteral("version")).toInt() != 1 || !r.m_url.isValid() || r.m_validator.isEmpty()
        || r.m_total <= 0 || qint64(o.value(QStringLiteral("blockSize")).toDouble()) != kBlockSize
        || blocks.size() != r.blockCount()) {
        *why = tr("its record is corrupt");
        return std::nullopt;
    }
    if (archiveInfo.size() > r.m_total) {
        *why = tr("its archive file is longer than the archive");
        return std::nullopt;
    }
    r.m_crc.resize(r.blockCount());
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i) == QLatin1String("-"))
            continue;
        bool ok = false;
        const quint32 crc = blocks.at(i).toUInt(&ok, 16);
        if (!ok) {
            *why = tr("its record is corrupt");
            return std::nullopt;
        }
        // A truncated archive file keeps only the blocks it still holds whole.
        if (r.blockStart(i) + r.blockLength(i) <= archiveInfo.size())
            r.m_crc[i] = crc;
    }
    return r;
}

} // namespace HubCache
