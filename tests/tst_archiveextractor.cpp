#include "archivebuilder.h"
#include "archiveextractor.h"
#include "configuration.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

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
        Error extract(const QByteArray &archive, const ArchiveExtractor::Limits &limits = {})
        {
            const QString path = root.filePath(u"archive"_qs);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(archive);
            f.close();
            return ArchiveExtractor::extractFile(path, dest(), u"https://example.com/m/1"_qs, limits);
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

    // 100 files 1,800 folders deep: every folder is made once, not once per member. Making each
    // component of each member took 18 s for this archive (GNU tar: 0.2 s).
    void deepPathsExtractFast()
    {
        ArchiveExtractor::Limits limits;
        limits.maxDepth = 2000;
        limits.maxPathBytes = 4000;
        QByteArray folder;
        for (int i = 0; i < 1800; ++i)
            folder += "d/";
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        constexpr int files = 100;
        for (int i = 0; i < files; ++i)
            b.addFile(folder + "f" + QByteArray::number(i), QByteArray::number(i));
        const QByteArray archive = b.build();
        QVERIFY(!archive.isEmpty());
        Sandbox s;
        ArchiveExtractor x(s.dest(), u"deep"_qs);
        x.setLimits(limits);
        QSignalSpy finished(&x, &ArchiveExtractor::finished);
        x.start();
        x.write(archive);
        x.finishInput();
        QVERIFY2(finished.wait(6000), "100 members at depth 1,800 took more than 6 s");
        QVERIFY2(!x.error(), qPrintable(x.error().message()));
        QCOMPARE(x.extractedFiles(), files);
        QCOMPARE(read(s.dest() + u'/' + QString::fromLatin1(folder) + u"f99"_qs), QByteArray("99"));
        // rm walks the tree relative to each folder; QTemporaryDir's clean-up takes seconds here.
        QCOMPARE(QProcess::execute(u"rm"_qs, {u"-rf"_qs, s.dest() + u"/d"_qs}), 0);
    }

    void deepAndLongNamesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<QString>("limit");
        QByteArray deep;
        for (int i = 0; i < 65; ++i)
            deep += "a/";
        QTest::newRow("65 levels") << deep + "f" << u"66 levels deep; at most 64"_qs;
        QByteArray longPath;
        for (int i = 0; i < 6; ++i)
            longPath += QByteArray(200, char('a' + i)) + '/';
        QTest::newRow("1,207 bytes") << longPath + "f" << u"1207 bytes; at most 1024"_qs;
        QTest::newRow("component of 300 bytes") << "variables/" + QByteArray(300, 'n') << u"300 bytes; at most 255"_qs;
    }
    void deepAndLongNamesAreRefused()
    {
        QFETCH(QByteArray, member);
        QFETCH(QString, limit);
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addFile("saved_model.pb", "m");
        b.addFile(member, "x");
        Sandbox s;
        const Error e = s.extract(b.build());
        QCOMPARE(e.code(), ErrorCode::ArchiveLimitExceeded);
        QVERIFY2(e.message().contains(limit), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QString::fromLatin1(member.left(40))), qPrintable(e.message()));
        QCOMPARE(s.files(), QStringList{u"saved_model.pb"_qs});
    }

    void realisticDepthIsAccepted()
    {
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        QByteArray name = "./";
        for (int i = 0; i < 20; ++i)
            name += "level" + QByteArray::number(i) + '/';
        b.addFile(name + QByteArray(200, 'n'), "deep");
        Sandbox s;
        const Error e = s.extract(b.build());
        QVERIFY2(!e, qPrintable(e.message()));
    }

    // 128 MiB of zeros gzip to 128 KiB: refused once the files outgrow 200 times the archive
    // (past the first 32 MiB), with nothing larger than that on disk.
    void expansionBombIsRefused()
    {
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addFile("saved_model.pb", "m");
        b.addFile("variables/variables.data-00000-of-00001", QByteArray(128 << 20, '\0'));
        const QByteArray archive = b.build();
        QVERIFY(archive.size() < 1 << 20);
        Sandbox s;
        const ArchiveExtractor::Limits limits;
        const Error e = s.extract(archive, limits);
        QCOMPARE(e.code(), ErrorCode::ArchiveLimitExceeded);
        QVERIFY2(e.message().contains(u"HUBCACHE_MAX_EXPANSION_RATIO"_qs), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"variables.data-00000-of-00001"_qs), qPrintable(e.message()));
        const qint64 written = QFileInfo(s.dest() + u"/variables/variables.data-00000-of-00001"_qs).size();
        QVERIFY2(written <= std::max<qint64>(limits.expansionAllowance, qint64(limits.maxExpansionRatio * archive.size())),
                 qPrintable(QString::number(written)));

        // The ratio is a setting: turned off, the same archive extracts.
        ArchiveExtractor::Limits off;
        off.maxExpansionRatio = 0;
        Sandbox s2;
        const Error ok = s2.extract(archive, off);
        QVERIFY2(!ok, qPrintable(ok.message()));
        QCOMPARE(QFileInfo(s2.dest() + u"/variables/variables.data-00000-of-00001"_qs).size(), qint64(128 << 20));
    }

    // extractFile's default limits are the settings' defaults, and the settings reach the limits.
    void limitsFollowConfiguration()
    {
        const ArchiveExtractor::Limits defaults;
        const ArchiveExtractor::Limits fromDefaults = ArchiveExtractor::Limits::fromConfiguration(Configuration());
        QCOMPARE(fromDefaults.maxExpansionRatio, defaults.maxExpansionRatio);
        QCOMPARE(fromDefaults.maxExtractedSize, defaults.maxExtractedSize);
        Configuration config;
        config.setMaxExpansionRatio(7);
        config.setMaxExtractedSize(12345);
        const ArchiveExtractor::Limits set = ArchiveExtractor::Limits::fromConfiguration(config);
        QCOMPARE(set.maxExpansionRatio, 7.0);
        QCOMPARE(set.maxExtractedSize, qint64(12345));
    }

    void maxExtractedSizeIsEnforced()
    {
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addFile("saved_model.pb", QByteArray(1000, 'm'));
        b.addLargeFile("variables/variables.data-00000-of-00001", 3 << 20, 5);
        ArchiveExtractor::Limits limits;
        limits.maxExtractedSize = 2 << 20;
        Sandbox s;
        const Error e = s.extract(b.build(), limits);
        QCOMPARE(e.code(), ErrorCode::ArchiveLimitExceeded);
        QVERIFY2(e.message().contains(u"HUBCACHE_MAX_EXTRACTED_SIZE"_qs), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"variables.data-00000-of-00001"_qs), qPrintable(e.message()));
        // Refused from its declared size, before a byte of it was written.
        QVERIFY(!QFile::exists(s.dest() + u"/variables/variables.data-00000-of-00001"_qs));
        limits.maxExtractedSize = 4 << 20;
        Sandbox s2;
        const Error ok = s2.extract(b.build(), limits);
        QVERIFY2(!ok, qPrintable(ok.message()));
    }

    // Sparse members are written densely: the holes are real zeros on disk, so the file's size is
    // what deleting it frees and the bounds above count every byte.
    void sparseMemberIsWrittenDensely()
    {
        const qint64 size = 8 << 20;
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addSparseFile("variables/sparse", size, {{4096, "head"}, {4 << 20, "middle"}});
        Sandbox s;
        const Error e = s.extract(b.build());
        QVERIFY2(!e, qPrintable(e.message()));
        const QString path = s.dest() + u"/variables/sparse"_qs;
        QCOMPARE(QFileInfo(path).size(), size);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(4096), QByteArray(4096, '\0'));
        QCOMPARE(f.read(4), QByteArray("head"));
        QVERIFY(f.seek(4 << 20));
        QCOMPARE(f.read(6), QByteArray("middle"));
        QVERIFY(f.seek(size - 10));
        QCOMPARE(f.read(100), QByteArray(10, '\0'));
        struct stat st {};
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QVERIFY2(qint64(st.st_blocks) * 512 >= size, qPrintable(QString::number(qint64(st.st_blocks) * 512)));
    }

    // A sparse member of 8 TiB in an archive of a few KB: refused before a byte is written, because
    // it cannot fit, with what it needs and what is free.
    void hugeSparseMemberFailsEarly()
    {
        const qint64 size = qint64(8) << 40;
        Sandbox s;
        struct statvfs fs {};
        QVERIFY(::statvfs(QFile::encodeName(s.dest()).constData(), &fs) == 0);
        if (qint64(fs.f_bavail) * qint64(fs.f_frsize) >= size)
            QSKIP("the temp folder's file system has 8 TiB free; this test needs it to have less");
        ArchiveBuilder b(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b.addFile("saved_model.pb", "m");
        b.addSparseFile("variables/variables.data-00000-of-00001", size, {{size - 4, "tail"}});
        const QByteArray archive = b.build();
        QVERIFY(!archive.isEmpty() && archive.size() < 64 * 1024);
        const Error e = s.extract(archive);
        QCOMPARE(e.code(), ErrorCode::DiskFull);
        QVERIFY2(e.message().contains(u"8.8 TB more"_qs), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"are free"_qs), qPrintable(e.message()));
        QVERIFY(!QFile::exists(s.dest() + u"/variables/variables.data-00000-of-00001"_qs));

        // Smaller than the free space, the same kind of member is stopped by the expansion bound.
        ArchiveBuilder b2(ArchiveBuilder::Format::Pax, ArchiveBuilder::Compression::Gzip);
        b2.addSparseFile("variables/variables.data-00000-of-00001", 256 << 20, {{0, "head"}});
        Sandbox s2;
        const ArchiveExtractor::Limits limits;
        const Error e2 = s2.extract(b2.build(), limits);
        QCOMPARE(e2.code(), ErrorCode::ArchiveLimitExceeded);
        QVERIFY(QFileInfo(s2.dest() + u"/variables/variables.data-00000-of-00001"_qs).size() <= limits.expansionAllowance);
    }

    void nonUtf8NameIsRefused()
    {
        ArchiveBuilder b(ArchiveBuilder::Format::Ustar, ArchiveBuilder::Compression::Gzip);
        b.addFile("saved_model.pb", "m");
        b.addFile("assets/caf\xe9.txt", "latin-1");
        b.addFile("after.txt", "never");
        Sandbox s;
        const Error e = s.extract(b.build());
        QCOMPARE(e.code(), ErrorCode::UnsafeArchiveMember);
        QVERIFY2(e.message().contains(u"assets/caf\\xE9.txt"_qs), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"UTF-8"_qs), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u"outside"_qs), qPrintable(e.message()));
        QCOMPARE(s.files(), QStringList{u"saved_model.pb"_qs});
    }

    // A tar header with a bad checksum after a good member: libarchive says ARCHIVE_RETRY, which
    // must read as a damaged archive, not as a member with an empty name.
    void damagedHeaderIsReportedAsDamaged()
    {
        ArchiveBuilder b(ArchiveBuilder::Format::Ustar, ArchiveBuilder::Compression::None);
        b.addFile("saved_model.pb", "m");
        b.addFile("variables/variables.index", "index");
        QByteArray tar = b.build();
        QVERIFY(tar.size() > 1536);
        for (int i = 1024; i < 1024 + 20; ++i) // the second header's name
            tar[i] = char(tar[i] ^ 0x55);
        Sandbox s;
        const Error e = s.extract(tar);
        QCOMPARE(e.code(), ErrorCode::NotAnArchive);
        QVERIFY2(e.message().contains(u"damaged"_qs), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"after member 'saved_model.pb'"_qs), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u"outside"_qs), qPrintable(e.message()));
    }

    void receivedContentIsNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("said");
        QByteArray zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
        zip += "saved_model.pb" + QByteArray(300, 'z');
        QTest::newRow("zip") << zip << u"the server sent a zip archive; tensorflow_hub models are tar archives"_qs;
        QTest::newRow("7z") << QByteArray("7z\xBC\xAF\x27\x1C\x00\x04", 8) + QByteArray(300, 's') << u"7z archive"_qs;
        QFile pb(QStringLiteral(HUBCACHE_TEST_DATA_DIR "/two_signatures/saved_model.pb"));
        QVERIFY(pb.open(QIODevice::ReadOnly));
        QTest::newRow("bare saved_model.pb") << pb.readAll() << u"bare SavedModel file (saved_model.pb)"_qs;
        QTest::newRow("html") << QByteArray("\n  <!DOCTYPE html><html><body>Sign in</body></html>\n").repeated(20)
                              << u"HTML page"_qs;
        QTest::newRow("json") << QByteArray("{\"error\": {\"code\": 403, \"message\": \"forbidden\"}}") << u"JSON document"_qs;
        QTest::newRow("xml") << QByteArray("<?xml version='1.0' encoding='UTF-8'?><Error><Code>NoSuchKey</Code></Error>")
                             << u"XML document"_qs;
    }
    void receivedContentIsNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, said);
        Sandbox s;
        const Error e = s.extract(body);
        QCOMPARE(e.code(), ErrorCode::NotAnArchive);
        QVERIFY2(e.message().startsWith(u"https://example.com/m/1 does not appear to be a valid module"_qs), qPrintable(e.message()));
        QVERIFY2(e.message().contains(said), qPrintable(e.message()));
        QVERIFY(s.files().isEmpty());
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
