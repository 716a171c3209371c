#include "descriptor.h"

#include "regularfile.h"
#include "storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>

#include <cerrno>

namespace HubCache {

namespace {

// Python's str(datetime.datetime.now()) prints microseconds; Qt keeps milliseconds, so the
// last three digits are zero. They only ever get shown.
QString formatTime(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral("000");
}

// "YYYY-MM-DD HH:MM:SS[.ffffff]" exactly, as Python writes it, read digit by digit: a scan parses
// one per entry, and QDateTime::fromString is slow. Anything else: an invalid QDateTime.
QDateTime parseExactTime(QStringView t)
{
    const auto digits = [&t](qsizetype at, qsizetype count, int *value) {
        int v = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + int(c - u'0');
        }
        *value = v;
        return true;
    };
    if (t.size() < 19 || t[4] != u'-' || t[7] != u'-' || t[10] != u' ' || t[13] != u':' || t[16] != u':')
        return {};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (!digits(0, 4, &y) || !digits(5, 2, &mo) || !digits(8, 2, &d) || !digits(11, 2, &h) || !digits(14, 2, &mi)
        || !digits(17, 2, &s))
        return {};
    if (t.size() > 19) {
        // A fraction of 1 to 6 digits; milliseconds are its first three, padded.
        const qsizetype n = t.size() - 20;
        int frac = 0;
        if (t[19] != u'.' || n < 1 || n > 6 || !digits(20, n, &frac))
            return {};
        ms = frac;
        for (qsizetype i = n; i < 3; ++i)
            ms *= 10;
        for (qsizetype i = 3; i < n; ++i)
            ms /= 10;
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, s, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

QDateTime parseTime(const QString &text)
{
    if (const QDateTime exact = parseExactTime(QStringView(text).trimmed()); exact.isValid())
        return exact;
    QString t = text.trimmed();
    // "2024-01-02 03:04:05.123456" or without fraction (Python omits .ffffff when it is zero).
    const int dot = t.indexOf(QLatin1Char('.'));
    QString fraction;
    if (dot >= 0) {
        fraction = t.mid(dot + 1);
        t.truncate(dot);
    }
    QDateTime dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (dt.isValid() && !fraction.isEmpty())
        dt = dt.addMSecs(fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt());
    return dt;
}

} // namespace

QString Descriptor::pathFor(const QString &entryPath)
{
    return entryPath + QStringLiteral(".descriptor.txt");
}

Descriptor Descriptor::forThisProcess(const QString &handle)
{
    Descriptor d;
    d.handle = handle;
    d.downloadTime = QDateTime::currentDateTime();
    d.hostname = QSysInfo::machineHostName();
    d.pid = QCoreApplication::applicationPid();
    return d;
}

QByteArray Descriptor::toBytes() const
{
    const QString text = QStringLiteral("Module: ") + handle + QLatin1Char('\n')
        + QStringLiteral("Download Time: ") + formatTime(downloadTime) + QLatin1Char('\n')
        + QStringLiteral("Downloader Hostname: ") + hostname + QStringLiteral(" (PID:")
        + QString::number(pid) + QLatin1Char(')');
    return text.toUtf8();
}

Descriptor Descriptor::parse(const QByteArray &bytes, bool *ok)
{
    Descriptor d;
    bool haveModule = false;
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Module: "))) {
            d.handle = line.mid(8);
            haveModule = true;
        } else if (line.startsWith(QLatin1String("Download Time: "))) {
            d.downloadTime = parseTime(line.mid(15));
        } else if (line.startsWith(QLatin1String("Downloader Hostname: "))) {
            QString rest = line.mid(21);
            const int pidAt = rest.lastIndexOf(QLatin1String(" (PID:"));
            if (pidAt >= 0) {
                d.pid = QStringView(rest).mid(pidAt + 6).chopped(rest.endsWith(QLatin1Char(')')) ? 1 : 0)
                            .toLongLong();
                rest.truncate(pidAt);
            }
            d.hostname = rest;
        }
    }
    if (ok)
        *ok = haveModule;
    return d;
}

Descriptor Descriptor::read(const QString &path, bool *ok)
{
    // A descriptor is three short lines; refuse to slurp something huge placed there, and never
    // block on a FIFO or follow a link put there instead (see RegularFile).
    const RegularFile::Contents c = RegularFile::read(path, 64 * 1024);
    if (c.status != RegularFile::Status::Ok && c.status != RegularFile::Status::TooLarge) {
        if (ok)
            *ok = false;
        return {};
    }
    return parse(c.bytes, ok);
}

Descriptor Descriptor::readAt(int dirFd, const char *name, bool *ok)
{
    const RegularFile::Contents c = RegularFile::readAt(dirFd, name, 64 * 1024);
    if (c.status != RegularFile::Status::Ok && c.status != RegularFile::Status::TooLarge) {
        if (ok)
            *ok = false;
        return {};
    }
    return parse(c.bytes, ok);
}

Error Descriptor::write(const QString &path) const
{
    // A FIFO, folder or link in its place is replaced (a rename cannot replace a folder).
    if (RegularFile::typeOf(path) == RegularFile::Status::NotRegular) {
        if (!QFile::remove(path) && !QDir(path).removeRecursively())
            return Error::fromSystemError(errno ? errno : EEXIST, path, handle);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::fromSystemError(errno ? errno : EIO, path, handle);
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::fromSystemError(errno ? errno : EIO, path, handle);
    return {};
}

Descriptor Descriptor::read(Storage &storage, const QString &location, bool *ok)
{
    if (!storage.isRemote())
        return read(location, ok);
    Error error;
    const QByteArray bytes = storage.read(location, 64 * 1024, &error);
    if (error) {
        if (ok)
            *ok = false;
        return {};
    }
    return parse(bytes, ok);
}

Error Descriptor::write(Storage &storage, const QString &location) const
{
    if (!storage.isRemote())
        return write(location);
    return storage.write(location, toBytes());
}

} // namespace HubCache
