#include "descriptor.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace HubCache;

class TestDescriptor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesPythonFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"9616fd04ec2360621642ef9455b84f4b668e219e.descriptor.txt"_qs);
        const Descriptor d = Descriptor::forThisProcess(u"https://tfhub.dev/google/yamnet/1"_qs);
        QVERIFY(!d.write(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // Three lines joined by \n, no trailing newline, exactly as tensorflow_hub writes them.
        QVERIFY(!bytes.endsWith('\n'));
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("Module: https://tfhub.dev/google/yamnet/1"));
        const QRegularExpression time(u"^Download Time: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"_qs);
        QVERIFY2(time.match(QString::fromUtf8(lines[1])).hasMatch(), lines[1].constData());
        QCOMPARE(lines[2], "Downloader Hostname: " + QSysInfo::machineHostName().toUtf8() + " (PID:"
                               + QByteArray::number(QCoreApplication::applicationPid()) + ")");
    }

    void parsesPythonWrittenDescriptor()
    {
        const QByteArray python = "Module: https://tfhub.dev/google/elmo/2\n"
                                  "Download Time: 2024-03-05 14:07:09.123456\n"
                                  "Downloader Hostname: worker.example.com (PID:4242)";
        bool ok = false;
        const Descriptor d = Descriptor::parse(python, &ok);
        QVERIFY(ok);
        QCOMPARE(d.handle, u"https://tfhub.dev/google/elmo/2"_qs);
        QCOMPARE(d.downloadTime, QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123)));
        QCOMPARE(d.hostname, u"worker.example.com"_qs);
        QCOMPARE(d.pid, 4242);
    }

    void parsesTimeWithoutFraction()
    {
        // Python's str(datetime) drops ".ffffff" when the microseconds are zero.
        const Descriptor d = Descriptor::parse("Module: x\nDownload Time: 2024-03-05 14:07:09\nDownloader Hostname: h (PID:1)");
        QCOMPARE(d.downloadTime, QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9)));
    }

    void roundTrip()
    {
        Descriptor d;
        d.handle = u"https://example.com/m?x=1"_qs;
        d.downloadTime = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678));
        d.hostname = u"a.b.c"_qs;
        d.pid = 99;
        bool ok = false;
        const Descriptor back = Descriptor::parse(d.toBytes(), &ok);
        QVERIFY(ok);
        QCOMPARE(back.handle, d.handle);
        QCOMPARE(back.downloadTime, d.downloadTime);
        QCOMPARE(back.hostname, d.hostname);
        QCOMPARE(back.pid, d.pid);
        QCOMPARE(d.toBytes().split('\n').at(1), QByteArray("Download Time: 2025-01-02 03:04:05.678000"));
    }

    void garbageIsNotADescriptor()
    {
        bool ok = true;
        (void)Descriptor::parse("<html>nope</html>", &ok);
        QVERIFY(!ok);
        QTemporaryDir dir;
        (void)Descriptor::read(dir.filePath(u"missing"_qs), &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestDescriptor)
#include "tst_descriptor.moc"
