#include "sizeformat.h"

#include <QLocale>
#include <QTest>

using namespace HubCache;

class TestSizeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale::c());
    }

    void siUnits_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0 B"_qs;
        QTest::newRow("bytes") << qint64(999) << u"999 B"_qs;
        QTest::newRow("one kB") << qint64(1000) << u"1.0 kB"_qs;
        // The smoke panel, the treemap and the tables all said this one differently.
        QTest::newRow("small model") << qint64(12680) << u"12.7 kB"_qs;
        // Not 419.6: the units say powers of 1000, so the value is one.
        QTest::newRow("440,000,000") << qint64(440'000'000) << u"440.0 MB"_qs;
        QTest::newRow("binary MiB") << qint64(1024 * 1024) << u"1.0 MB"_qs;
        QTest::newRow("rounds up a unit") << qint64(999'960) << u"1.0 MB"_qs;
        QTest::newRow("just below") << qint64(999'940) << u"999.9 kB"_qs;
        QTest::newRow("GB") << qint64(12'345'678'901) << u"12.3 GB"_qs;
        QTest::newRow("TB") << qint64(2'500'000'000'000) << u"2.5 TB"_qs;
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << u"9.2 EB"_qs;
        QTest::newRow("negative") << qint64(-1500) << u"-1.5 kB"_qs;
    }

    void siUnits()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatSize(bytes), text);
    }

    void followsTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(formatSize(440'000'000), u"440,0 MB"_qs);
        QCOMPARE(formatSize(1'234), u"1,2 kB"_qs);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestSizeFormat)
#include "tst_sizeformat.moc"
