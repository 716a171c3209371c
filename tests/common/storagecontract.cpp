#include "storagecontract.h"

#include "storage.h"
#include "storagereader.h"
#include "storagewriter.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace HubCache;

namespace HubCacheTest::StorageContract {

namespace {

QByteArray pattern(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.generate());
    return data;
}

QSet<QString> names(const QList<Storage::Item> &items, Storage::Type type)
{
    QSet<QString> result;
    for (const Storage::Item &item : items) {
        if (item.stat.type == type)
            result.insert(item.name);
    }
    return result;
}

} // namespace

void writeReadStat(Storage &storage, const QString &root)
{
    const QString file = Storage::join(root, QStringLiteral("sub/file.txt"));
    const QByteArray content = "descriptor content\n";
    const Error written = storage.write(file, content);
    QVERIFY2(!written, qPrintable(written.message()));

    Error error;
    const Storage::Stat s = storage.stat(file, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(s.type, Storage::Type::File);
    QCOMPARE(s.size, content.size());
    QVERIFY(s.modified.isValid());
    QCOMPARE(s.modified.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(s.modified.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    QCOMPARE(storage.read(file, 1024, &error), content);
    QVERIFY2(!error, qPrintable(error.message()));
    // Larger than allowed: refused, not cut.
    QVERIFY(storage.read(file, 4, &error).isEmpty());
    QVERIFY(error.isError());
    error = {};
    QVERIFY(storage.read(Storage::join(root, QStringLiteral("sub/absent")), 1024, &error).isEmpty());
    QCOMPARE(error.code(), ErrorCode::PathNotFound);

    // Replacing a file.
    QVERIFY(!storage.write(file, "v2"));
    QCOMPARE(storage.read(file, 1024, &error), QByteArray("v2"));

    error = {};
    QCOMPARE(storage.stat(Storage::join(root, QStringLiteral("sub")), &error).type, Storage::Type::Folder);
    QVERIFY(!error);
    QCOMPARE(storage.stat(Storage::join(root, QStringLiteral("sub/absent")), &error).type, Storage::Type::Missing);
    QVERIFY2(!error, qPrintable(error.message())); // missing is no error
    QCOMPARE(storage.stat(Storage::join(root, QStringLiteral("su")), &error).type, Storage::Type::Missing);
}

void createExclusive(Storage &storage, const QString &root)
{
    const QString lock = Storage::join(root, QStringLiteral("entry.lock"));
    Error error;
    QCOMPARE(storage.createExclusive(lock, "first", &error), Storage::CreateResult::Created);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(storage.createExclusive(lock, "second", &error), Storage::CreateResult::Exists);
    QCOMPARE(storage.read(lock, 100, &error), QByteArray("first"));
}

void removeIfUnchanged(Storage &storage, const QString &root)
{
    const QString lock = Storage::join(root, QStringLiteral("entry.lock"));
    QVERIFY(!storage.write(lock, "someone else's lock"));
    QVERIFY(!storage.removeIfUnchanged(lock, "my lock"));
    Error error;
    QCOMPARE(storage.read(lock, 100, &error), QByteArray("someone else's lock"));
    QVERIFY(storage.removeIfUnchanged(lock, "someone else's lock"));
    QCOMPARE(storage.stat(lock, &error).type, Storage::Type::Missing);
    // Already gone: true.
    QVERIFY(storage.removeIfUnchanged(lock, "someone else's lock"));
}

void list(Storage &storage, const QString &root)
{
    const QString folder = Storage::join(root, QStringLiteral("model"));
    for (const char *name : {"saved_model.pb", "variables/variables.index", "variables/variables.data-00000-of-00001",
                             "assets/deep/vocab.txt"})
        QVERIFY(!storage.write(Storage::join(folder, QString::fromLatin1(name)), name));
    Error error;
    const QList<Storage::Item> children = storage.list(folder, Storage::ListMode::Children, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(names(children, Storage::Type::File), QSet<QString>{QStringLiteral("saved_model.pb")});
    QCOMPARE(names(children, Storage::Type::Folder), (QSet<QString>{QStringLiteral("variables"), QStringLiteral("assets")}));
    QCOMPARE(children.size(), 3);
    for (const Storage::Item &item : children) {
        if (item.stat.type == Storage::Type::File)
            QCOMPARE(item.stat.size, qint64(qstrlen("saved_model.pb")));
    }

    const QList<Storage::Item> all = storage.list(folder, Storage::ListMode::Recursive, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(names(all, Storage::Type::File),
             (QSet<QString>{QStringLiteral("saved_model.pb"), QStringLiteral("variables/variables.index"),
                            QStringLiteral("variables/variables.data-00000-of-00001"),
                            QStringLiteral("assets/deep/vocab.txt")}));
    QCOMPARE(all.size(), 4);

    QVERIFY(storage.list(Storage::join(root, QStringLiteral("absent")), Storage::ListMode::Children, &error).isEmpty());
    QVERIFY2(!error, qPrintable(error.message()));
}

void removal(Storage &storage, const QString &root)
{
    const QString file = Storage::join(root, QStringLiteral("file"));
    QVERIFY(!storage.write(file, "x"));
    QVERIFY(!storage.remove(file));
    Error error;
    QCOMPARE(storage.stat(file, &error).type, Storage::Type::Missing);
    QVERIFY(!storage.remove(file)); // missing is no error

    const QString tree = Storage::join(root, QStringLiteral("tree"));
    QVERIFY(!storage.makeFolder(tree));
    for (int i = 0; i < 12; ++i)
        QVERIFY(!storage.write(Storage::join(tree, QStringLiteral("d%1/f%2").arg(i % 3).arg(i)), "y"));
    const Error removed = storage.removeTree(tree);
    QVERIFY2(!removed, qPrintable(removed.message()));
    QCOMPARE(storage.stat(tree, &error).type, Storage::Type::Missing);
    QVERIFY(storage.list(tree, Storage::ListMode::Recursive, &error).isEmpty());
    QVERIFY(!storage.removeTree(tree));
}

void moveTree(Storage &storage, const QString &root)
{
    const QString from = Storage::join(root, QStringLiteral("tmp-entry"));
    const QString to = Storage::join(root, QStringLiteral("entry"));
    const QByteArray big = pattern(3 << 20, 7);
    QVERIFY(!storage.write(Storage::join(from, QStringLiteral("saved_model.pb")), "pb"));
    QVERIFY(!storage.write(Storage::join(from, QStringLiteral("variables/variables.data-00000-of-00001")), big));
    QVERIFY(!storage.write(Storage::join(from, QStringLiteral("assets/a/b.txt")), "b"));
    const Error moved = storage.moveTree(from, to);
    QVERIFY2(!moved, qPrintable(moved.message()));
    Error error;
    QCOMPARE(storage.stat(from, &error).type, Storage::Type::Missing);
    QCOMPARE(storage.read(Storage::join(to, QStringLiteral("variables/variables.data-00000-of-00001")), 4 << 20, &error), big);
    QCOMPARE(storage.read(Storage::join(to, QStringLiteral("assets/a/b.txt")), 10, &error), QByteArray("b"));
    QCOMPARE(storage.read(Storage::join(to, QStringLiteral("saved_model.pb")), 10, &error), QByteArray("pb"));

    // Onto something that exists: refused, the source stays.
    QVERIFY(!storage.write(Storage::join(from, QStringLiteral("saved_model.pb")), "other"));
    QCOMPARE(storage.moveTree(from, to).code(), ErrorCode::AlreadyExists);
    QCOMPARE(storage.read(Storage::join(from, QStringLiteral("saved_model.pb")), 10, &error), QByteArray("other"));
    QCOMPARE(storage.read(Storage::join(to, QStringLiteral("saved_model.pb")), 10, &error), QByteArray("pb"));
}

void writer(Storage &storage, const QString &root)
{
    const QString file = Storage::join(root, QStringLiteral("archive.bin"));
    const QByteArray data = pattern(300000, 3);
    Error error;
    {
        std::unique_ptr<StorageWriter> w = storage.openWriter(file, &error);
        QVERIFY2(w, qPrintable(error.message()));
        QVERIFY(!w->write(data.constData(), 100000));
        QVERIFY(!w->write(data.constData() + 100000, data.size() - 100000));
        QCOMPARE(w->written(), data.size());
        QCOMPARE(storage.stat(file, &error).type, Storage::Type::Missing);
        const Error committed = w->commit();
        QVERIFY2(!committed, qPrintable(committed.message()));
    }
    QCOMPARE(storage.stat(file, &error).size, data.size());
    QCOMPARE(storage.read(file, data.size(), &error), data);

    const QString abandoned = Storage::join(root, QStringLiteral("abandoned.bin"));
    {
        std::unique_ptr<StorageWriter> w = storage.openWriter(abandoned, &error);
        QVERIFY(w);
        QVERIFY(!w->write(data.constData(), data.size()));
    }
    QCOMPARE(storage.stat(abandoned, &error).type, Storage::Type::Missing);
}

void reader(Storage &storage, const QString &root)
{
    const QString file = Storage::join(root, QStringLiteral("blob"));
    const QByteArray data = pattern(6 << 20, 11);
    QVERIFY(!storage.write(file, data));
    Error error;
    std::unique_ptr<StorageReader> r = storage.openReader(file, &error);
    QVERIFY2(r, qPrintable(error.message()));
    QCOMPARE(r->size(), data.size());
    QByteArray whole;
    char buffer[65536];
    for (qint64 offset = 0;;) {
        const qint64 n = r->read(offset, buffer, sizeof buffer, &error);
        QVERIFY2(n >= 0, qPrintable(error.message()));
        if (n == 0)
            break;
        whole.append(buffer, n);
        offset += n;
    }
    QVERIFY(whole == data);
    for (const qint64 offset : {qint64(5 << 20), qint64(17), qint64(data.size() - 10)}) {
        const qint64 n = r->read(offset, buffer, 100, &error);
        QCOMPARE(n, qMin<qint64>(100, data.size() - offset));
        QVERIFY(QByteArray(buffer, n) == data.mid(offset, n));
    }
    QCOMPARE(r->read(data.size(), buffer, 100, &error), 0);
    QVERIFY(!storage.openReader(Storage::join(root, QStringLiteral("absent")), &error));
    QCOMPARE(error.code(), ErrorCode::PathNotFound);
}

void runAll(Storage &storage, const QString &root)
{
    const std::pair<const char *, void (*)(Storage &, const QString &)> checks[] = {
        {"writeReadStat", writeReadStat}, {"createExclusive", createExclusive}, {"removeIfUnchanged", removeIfUnchanged},
        {"list", list}, {"removal", removal}, {"moveTree", moveTree}, {"writer", writer}, {"reader", reader},
    };
    for (const auto &[name, check] : checks) {
        check(storage, Storage::join(root, QString::fromLatin1(name)));
        if (QTest::currentTestFailed()) {
            qWarning("storage contract: %s failed", name);
            return;
        }
    }
}

} // namespace HubCacheTest::StorageContract
