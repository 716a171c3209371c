#include "archivebuilder.h"
#include "archiveextractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace HubCache;
using HubCacheTest::ArchiveBuilder;

Q_DECLARE_METATYPE(ArchiveBuilder::Compression)
Q_DECLARE_METATYPE(ArchiveBuilder::Format)

class TestArchiveExtractor : public QObject
{
    Q_OBJECT

    // Every test extracts into <root>/dest; <root> must hold nothing else afterwards, so a member
    // that escaped would be seen.
    struct Sandbox {
        QTemporaryDir root;
        QString dest() const { return root.filePath(u"dest"_qs); }
        Sandbox() { QDir().mkpath(dest()); }
        QStringList outside() const
        {
            QStringList names = QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
            names.removeAll(u"dest"_qs);
            names.removeAll(u"archive"_qs);
            return names;
        }
        QStringList files() const
        {
            QStringList list;
            QDirIterator it(dest(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                list.append(QDir(dest()).relativeFilePath(it.filePath()) + (it.fileInfo().isDir() ? u"/"_qs : QString()));
            }
            list.sort();
            return list;
        }
        Error extract(const QByteArray &archive)
        {
            const QString path = root.filePath(u"archive"_qs);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(archive);
            f.close();
            return ArchiveExtractor::extractFile(path, dest(), u"https://example.com/m/1"_qs);
        }
    };

    // The gzip tool's own output, so the stream is not one our builder made.
    static QByteArray gzip(const QByteArray &data)
    {
        QProcess p;
        p.start(u"gzip"_qs, {u"-c"_qs});
        p.write(data);
        p.closeWriteChannel();
        p.waitForFinished();
        return p.readAllStandardOutput();
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

private Q_SLOTS:
    void compressionsAndFormats_data()
    {
        QTest::addColumn<ArchiveBuilder::Format>("format");
        QTest::addColumn<ArchiveBuilder::Compression>("compression");
        QTest::newRow("pax gzip") << ArchiveBuilder::Format::Pax << ArchiveBuilder::Compression::Gzip;
        QTest::newRow("pax bzip2") << ArchiveBuilder::Format::Pax << ArchiveBuilder::Compression::Bzip2;
        QTest::newRow("pax xz") << ArchiveBuilder::Format::Pax << ArchiveBuilder::Compression::Xz;
        QTest::newRow("pax plain") << ArchiveBuilder::Format::Pax << ArchiveBuilder::Compression::None;
        QTest::newRow("ustar gzip") << ArchiveBuilder::Format::Ustar << ArchiveBuilder::Compression::Gzip;
        QTest::newRow("gnu gzip") << ArchiveBuilder::Format::Gnu << ArchiveBuilder::Compression::Gzip;
    }
    void compressionsAndFormats()
    {
        QFETCH(ArchiveBuilder::Format, format);
        QFETCH(ArchiveBuilder::Compression, compression);
        ArchiveBuilder b(format, compression);
        b.addDirectory("./");
        b.addFile("./saved_model.pb", "model bytes");
        b.addDirectory("./variables");
        b.addFile("./variables/variables.index", "index");
        b.addFile("./variables/variables.data-00000-of-00001", QByteArray(100000, 'w'));
        b.addFile("assets/vocab.txt", "a\nb\n"); // no "./", no directory entry before it
        Sandbox s;
        const Error e = s.extract(b.build());
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(s.files(), (QStringList{u"assets/"_qs, u"assets/vocab.txt"_qs, u"saved_model.pb"_qs, u"variables/"_qs,
                                         u"variables/variables.data-00000-of-00001"_qs, u"variables/variables.index"_qs}));
        QCOMPARE(read(s.dest() + u"/saved_model.pb"_qs), QByteArray("model bytes"));
        QCOMPARE(read(s.dest() + u"/variables/variables.data-00000-of-00001"_qs), QByteArray(100000, 'w'));
        QVERIFY(s.outside().isEmpty());
    }

    void longNamesAndDotDotInside()
    {
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        const QByteArray longName = "a/" + QByteArray(200, 'x') + "/file.txt";
        b.addFile(longName, "deep");
        b.addFile("a/../b.txt", "fine"); // normalises inside the folder
        Sandbox s;
        const Error e = s.extract(b.build());
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(read(s.dest() + u'/' + QString::fromLatin1(longName)), QByteArray("deep"));
        QCOMPARE(read(s.dest() + u"/b.txt"_qs), QByteArray("fine"));
    }

    void concatenatedGzipMembers()
    {
        // Two gzip members back to back form one stream (gzip -d and Python's tarfile agree).
        ArchiveBuilder plain(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::None);
        plain.addFile("saved_model.pb", QByteArray(50000, 'm'));
        const QByteArray tar = plain.build();
        const QByteArray gz = gzip(tar.left(20000));
        const QByteArray gz2 = gzip(tar.mid(20000));
        QVERIFY(!gz.isEmpty() && !gz2.isEmpty());
        Sandbox s;
        const Error e = s.extract(gz + gz2);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(read(s.dest() + u"/saved_model.pb"_qs), QByteArray(50000, 'm'));
    }

    void hostileMembers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("dot dot") << 0 << QByteArray("../evil") << ErrorCode::UnsafeArchiveMember;
        QTest::newRow("nested dot dot") << 0 << QByteArray("a/../../evil") << ErrorCode::UnsafeArchiveMember;
        QTest::newRow("absolute") << 0 << QByteArray("/tmp/evil") << ErrorCode::UnsafeArchiveMember;
        QTest::newRow("dir escape") << 1 << QByteArray("../evil-dir") << ErrorCode::UnsafeArchiveMember;
        QTest::newRow("symlink out") << 2 << QByteArray("link") << ErrorCode::UnsupportedArchiveMember;
        QTest::newRow("hard link out") << 3 << QByteArray("hard") << ErrorCode::UnsupportedArchiveMember;
        QTest::newRow("device") << 4 << QByteArray("dev") << ErrorCode::UnsupportedArchiveMember;
        QTest::newRow("fifo") << 5 << QByteArray("fifo") << ErrorCode::UnsupportedArchiveMember;
    }
    void hostileMembers()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, member);
        QFETCH(ErrorCode, code);
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addFile("./saved_model.pb", "ok");
        switch (kind) {
        case 0: b.addFile(member, "pwned"); break;
        case 1: b.addDirectory(member); break;
        case 2: b.addSymlink(member, "../../outside"); break;
        case 3: b.addHardlink(member, "/etc/passwd"); break;
        case 4: b.addCharDevice(member); break;
        case 5: b.addFifo(member); break;
        }
        // A file after the hostile member: extraction must stop, not skip and go on.
        b.addFile("after.txt", "never");
        Sandbox s;
        const Error e = s.extract(b.build());
        QCOMPARE(e.code(), code);
        QVERIFY2(e.message().contains(QString::fromUtf8(member)), qPrintable(e.message()));
        QVERIFY2(s.outside().isEmpty(), qPrintable(s.outside().join(u' ')));
        QVERIFY(!QFile::exists(s.dest() + u"/after.txt"_qs));
        QVERIFY(!QFileInfo(s.dest() + u"/link"_qs).isSymLink());
        QVERIFY(!QFile::exists(u"/tmp/evil"_qs) || QFileInfo(u"/tmp/evil"_qs).lastModified().secsTo(QDateTime::currentDateTime()) > 60);
    }

    void notArchives_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("hint");
        QTest::newRow("empty") << QByteArray() << u"empty"_qs;
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Please sign in</body></html>\n").repeated(30) << QString();
        QTest::newRow("zeros") << QByteArray(10240, '\0') << QString();
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addFile("saved_model.pb", ArchiveBuilder::largeFileContent(7, 0, 300000));
        const QByteArray good = b.build();
        QTest::newRow("truncated gzip") << good.left(good.size() / 2) << u"truncated"_qs;
        QTest::newRow("gzip without trailer") << good.left(good.size() - 4) << QString();
        QByteArray corrupt = good;
        for (int i = 2000; i < 2100; ++i)
            corrupt[i] = char(corrupt[i] ^ 0x5a);
        QTest::newRow("corrupt gzip") << corrupt << QString();
    }
    void notArchives()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, hint);
        Sandbox s;
        const Error e = s.extract(body);
        QCOMPARE(e.code(), ErrorCode::NotAnArchive);
        QVERIFY2(e.message().contains(u"does not appear to be a valid module"_qs), qPrintable(e.message()));
        if (!hint.isEmpty())
            QVERIFY2(e.message().contains(hint), qPrintable(e.message()));
        QVERIFY(s.outside().isEmpty());
    }

    void streamsLargeFilesInChunks()
    {
        // Fed in odd-sized pieces through the event loop, as the network delivers them.
        const qint64 size = 48 * 1024 * 1024 + 123;
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addFile("./saved_model.pb", "m");
        b.addLargeFile("./variables/variables.data-00000-of-00001", size, 42);
        QTemporaryDir tmp;
        const QString archive = tmp.filePath(u"big.tar.gz"_qs);
        QVERIFY(b.writeTo(archive));
        QFile in(archive);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(QDir().mkpath(tmp.filePath(u"dest"_qs)));

        ArchiveExtractor x(tmp.filePath(u"dest"_qs), u"big"_qs);
        QSignalSpy finished(&x, &ArchiveExtractor::finished);
        x.start();
        qint64 maxQueued = 0;
        auto feed = [&] {
            while (!in.atEnd()) {
                const qint64 room = x.availableSpace();
                if (room <= 0)
                    return;
                maxQueued = std::max<qint64>(maxQueued, in.pos() - x.consumedBytes());
                x.write(in.read(std::min<qint64>(room, 65537)));
            }
            x.finishInput();
        };
        connect(&x, &ArchiveExtractor::readyForMore, this, feed);
        feed();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(!x.error(), qPrintable(x.error().message()));
        // The hand-over buffer bounds memory: never more than a few MB queued.
        QVERIFY2(maxQueued <= 9 * 1024 * 1024, qPrintable(QString::number(maxQueued)));
        const QString data = tmp.filePath(u"dest/variables/variables.data-00000-of-00001"_qs);
        QCOMPARE(QFileInfo(data).size(), size);
        QFile out(data);
        QVERIFY(out.open(QIODevice::ReadOnly));
        for (qint64 offset : {qint64(0), size / 3, size - 1000}) {
            out.seek(offset);
            QCOMPARE(out.read(1000), ArchiveBuilder::largeFileContent(42, offset, std::min<qint64>(1000, size - offset)));
        }
        QCOMPARE(x.extractedBytes(), size + 1);
        QCOMPARE(x.extractedFiles(), 2);
    }

    void abortStopsQuickly()
    {
        QTemporaryDir tmp;
        QVERIFY(QDir().mkpath(tmp.filePath(u"dest"_qs)));
        ArchiveExtractor x(tmp.filePath(u"dest"_qs), u"m"_qs);
        QSignalSpy finished(&x, &ArchiveExtractor::finished);
        x.start();
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addLargeFile("f", 4 * 1024 * 1024, 1);
        x.write(b.build().left(100000)); // then the input just stops coming
        x.abort();
        QVERIFY(finished.wait(5000));
        QCOMPARE(x.error().code(), ErrorCode::Cancelled);
    }

    void fileTooLargeIsNotCalledDiskFull()
    {
        // RLIMIT_FSIZE makes writes past the limit fail with EFBIG: a file larger than allowed is
        // not a full disk, and the message must not send the user to free space.
        struct rlimit old {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        ::signal(SIGXFSZ, SIG_IGN);
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addFile("saved_model.pb", "m");
        b.addLargeFile("variables/variables.data-00000-of-00001", 3 * 1024 * 1024, 3);
        const QByteArray archive = b.build();
        Sandbox s;
        const QString path = s.root.filePath(u"archive"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(archive);
        f.close();
        struct rlimit small = old;
        small.rlim_cur = 1024 * 1024;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        const Error e = ArchiveExtractor::extractFile(path, s.dest(), u"https://example.com/m/1"_qs);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &old) == 0);
        QCOMPARE(e.code(), ErrorCode::FileTooLarge);
        QVERIFY2(e.message().contains(u"variables.data-00000-of-00001"_qs), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u"No space left"_qs), qPrintable(e.message()));
    }
};

QTEST_GUILESS_MAIN(TestArchiveExtractor)
#include "tst_archiveextractor.moc"
