#include "protobufreader_p.h"
#include "localstorage.h"
#include "savedmodelreader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace HubCache;
using namespace Qt::StringLiterals;

namespace {

const QStringList fixtureNames = {
    QStringLiteral("half_plus_two"),
    QStringLiteral("text_length"),
    QStringLiteral("two_signatures"),
    QStringLiteral("no_variables"),
};

QString fixtureDir(const QString &name)
{
    return QString::fromUtf8(HUBCACHE_TEST_DATA_DIR) + QLatin1Char('/') + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, QByteArrayView data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data.data(), data.size()) == data.size();
}

// A few protobuf encoding helpers, to build inputs that TensorFlow would never write.
QByteArray varint(quint64 value)
{
    QByteArray out;
    do {
        const auto byte = char(value & 0x7f);
        value >>= 7;
        out.append(value ? char(byte | 0x80) : byte);
    } while (value);
    return out;
}

QByteArray key(int field, int wireType)
{
    return varint(quint64(field) << 3 | quint64(wireType));
}

QByteArray varintField(int field, quint64 value)
{
    return key(field, 0) + varint(value);
}

QByteArray bytesField(int field, const QByteArray &payload)
{
    return key(field, 2) + varint(quint64(payload.size())) + payload;
}

// SavedModel{meta_graphs{meta_info_def{tags}, signature_def{serving_default: x -> y}}}, with
// tensorInfo as the TensorInfo of input x.
QByteArray minimalSavedModel(const QByteArray &tensorInfo)
{
    const QByteArray metaInfo = bytesField(4, "serve") + bytesField(5, "2.99.0");
    const QByteArray output = bytesField(1, "y") + bytesField(2, bytesField(1, "out:0") + varintField(2, 9));
    const QByteArray signature = bytesField(1, bytesField(1, "x") + bytesField(2, tensorInfo))
        + bytesField(2, output) + bytesField(3, "tensorflow/serving/predict");
    const QByteArray metaGraph = bytesField(1, metaInfo) + bytesField(5, bytesField(1, "serving_default") + bytesField(2, signature));
    return varintField(1, 1) + bytesField(2, metaGraph);
}

QByteArray inputX()
{
    // name "x:0", DT_FLOAT, shape (-1, 3)
    const QByteArray shape = bytesField(2, varintField(1, quint64(-1))) + bytesField(2, varintField(1, 3));
    return bytesField(1, "x:0") + varintField(2, 1) + bytesField(3, shape);
}

// The half_plus_two model in text format as TensorFlow writes it, plus the kinds of things a
// pbtxt parser has to skip: comments, nested braces, braces and quotes inside strings, lists,
// an Any with a type URL, '<>' messages, and separators.
// (Ordinary literals, not a raw string: moc's preprocessor misreads raw strings holding '#'.)
const char halfPlusTwoText[] =
    "# A hand-written saved_model.pbtxt\n"
    "saved_model_schema_version: 1\n"
    "meta_graphs {\n"
    "  meta_info_def {\n"
    "    meta_graph_version: \"v2 {not a brace} \\\"quoted\\\" \\\\ \\x41\\101\"\n"
    "    stripped_op_list { op { name: \"AddV2\" input_arg { name: \"x\" type_attr: \"T\" } attr { name: \"T\" type: \"type\"\n"
    "      allowed_values { list { type: [DT_FLOAT, DT_HALF] } } } } }\n"
    "    any_info { [type.googleapis.com/tensorflow.Whatever] { value: 'single \\'quoted\\'' } }\n"
    "    tags: \"serve\"\n"
    "    tensorflow_version: \"2.21.0\"\n"
    "    tensorflow_git_version: \"v2.21.0-\" \"abc\"  # adjacent strings are one value\n"
    "    stripped_default_attrs: true\n"
    "  }\n"
    "  graph_def {\n"
    "    node { name: \"a\" op: \"VarHandleOp\" attr { key: \"shape\" value { shape { } } } }\n"
    "    node < name: \"x\" op: \"Placeholder\"; attr { key: \"dtype\" value { type: DT_FLOAT } } >\n"
    "    library {\n"
    "      function { signature { name: \"__inference_serve_1\" } }\n"
    "      function { signature { name: \"__inference_serve_2\" } node_def [ { name: \"n\" }, { name: \"m\" } ] }\n"
    "    }\n"
    "    versions { producer: 2141 min_consumer: 12 }\n"
    "  }\n"
    "  saver_def { filename_tensor_name: \"saver_filename:0\" version: V2 keep_checkpoint_every_n_hours: 10000.0 }\n"
    "  collection_def { key: \"x\" value { float_list { value: [1.5, -inf, 2e-3] } } }\n"
    "  signature_def {\n"
    "    key: \"serving_default\"\n"
    "    value {\n"
    "      inputs {\n"
    "        key: \"x\"\n"
    "        value {\n"
    "          name: \"serving_default_x:0\"\n"
    "          dtype: DT_FLOAT\n"
    "          tensor_shape { dim { size: -1 } }\n"
    "        }\n"
    "      }\n"
    "      outputs: {\n"
    "        key: \"y\"\n"
    "        value { name: \"StatefulPartitionedCall:0\" dtype: DT_FLOAT tensor_shape { dim { size: -1 } } }\n"
    "      }\n"
    "      method_name: \"tensorflow/serving/predict\"\n"
    "    }\n"
    "  }\n"
    "  signature_def {\n"
    "    key: \"__saved_model_init_op\"\n"
    "    value {\n"
    "      outputs {\n"
    "        key: \"__saved_model_init_op\"\n"
    "        value { name: \"NoOp\" tensor_shape { unknown_rank: true } }\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "  object_graph_def { nodes { children { node_id: 1 local_name: \"a\" } } }\n"
    "}\n";

} // namespace

class TestSavedModelReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fixtureSignatures_data();
    void fixtureSignatures();
    void fixtureSignatureKeys_data();
    void fixtureSignatureKeys();
    void fixtureMetaGraph_data();
    void fixtureMetaGraph();
    void tagLookup();
    void hubModuleV1();

    void noSavedModel();
    void savedModelOfTheWrongType();
    void missingDirectory();

    void truncatedFile_data();
    void truncatedFile();
    void truncatedAtEveryByte();
    void corruptedBytes();
    void garbage_data();
    void garbage();
    void craftedCorruption_data();
    void craftedCorruption();
    void craftedValid();
    void unknownFieldsAreSkipped();

    void metaGraphSlice();

    void textFormat();
    void textFormatFromDirectory();
    void textFormatErrors_data();
    void textFormatErrors();
    void textFormatPrefixes();

    void typeAndShapeNames_data();
    void typeAndShapeNames();

    void largerThanProtobufAllows();
    void readFolderOfALocalStorage();
};

void TestSavedModelReader::initTestCase()
{
    for (const QString &name : fixtureNames)
        QVERIFY2(QFile::exists(fixtureDir(name) + QLatin1String("/saved_model.pb")), qPrintable(fixtureDir(name)));
}

void TestSavedModelReader::fixtureSignatures_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("inputTensor");
    QTest::addColumn<QString>("inputType");
    QTest::addColumn<QString>("inputShape");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("outputType");
    QTest::addColumn<QString>("outputShape");

    // What `saved_model_cli show --all` prints for these models.
    QTest::newRow("half_plus_two") << u"half_plus_two"_s << u"serving_default"_s << u"x"_s
                                   << u"serving_default_x:0"_s << u"float32"_s << u"(-1)"_s
                                   << u"y"_s << u"float32"_s << u"(-1)"_s;
    QTest::newRow("text_length") << u"text_length"_s << u"serving_default"_s << u"text"_s
                                 << u"serving_default_text:0"_s << u"string"_s << u"(-1)"_s
                                 << u"length"_s << u"int64"_s << u"(-1)"_s;
    QTest::newRow("two_signatures default") << u"two_signatures"_s << u"serving_default"_s << u"features"_s
                                            << u"serving_default_features:0"_s << u"float32"_s << u"(-1, 3)"_s
                                            << u"scores"_s << u"float32"_s << u"(-1, 2)"_s;
    QTest::newRow("two_signatures embed") << u"two_signatures"_s << u"embed"_s << u"features"_s
                                          << u"embed_features:0"_s << u"float32"_s << u"(-1, 3)"_s
                                          << u"embedding"_s << u"float32"_s << u"(-1, 4)"_s;
    QTest::newRow("no_variables") << u"no_variables"_s << u"serving_default"_s << u"m"_s
                                  << u"serving_default_m:0"_s << u"float32"_s << u"(2, 2)"_s
                                  << u"transposed"_s << u"float32"_s << u"(2, 2)"_s;
}

void TestSavedModelReader::fixtureSignatures()
{
    QFETCH(QString, model);
    QFETCH(QString, signature);
    QFETCH(QString, input);
    QFETCH(QString, inputTensor);
    QFETCH(QString, inputType);
    QFETCH(QString, inputShape);
    QFETCH(QString, output);
    QFETCH(QString, outputType);
    QFETCH(QString, outputShape);

    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(fixtureDir(model), &error);
    QVERIFY2(!error, qPrintable(error.context().detail));
    QCOMPARE(info.metaGraphs.size(), 1);
    const SignatureInfo *sig = info.metaGraphs.first().signature(signature);
    QVERIFY(sig);
    QCOMPARE(sig->methodName, u"tensorflow/serving/predict"_s);

    QCOMPARE(sig->inputs.size(), 1);
    QCOMPARE(sig->inputs.first().key, input);
    QCOMPARE(sig->inputs.first().tensorName, inputTensor);
    QCOMPARE(sig->inputs.first().dtypeName(), inputType);
    QCOMPARE(sig->inputs.first().shapeString(), inputShape);
    QVERIFY(!sig->inputs.first().unknownRank);

    QCOMPARE(sig->outputs.size(), 1);
    QCOMPARE(sig->outputs.first().key, output);
    QVERIFY(!sig->outputs.first().tensorName.isEmpty());
    QCOMPARE(sig->outputs.first().dtypeName(), outputType);
    QCOMPARE(sig->outputs.first().shapeString(), outputShape);
}

void TestSavedModelReader::fixtureSignatureKeys_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("keys");

    // tf.saved_model.save adds __saved_model_init_op to every TF2 model; saved_model_cli lists it too.
    const QStringList single = {u"__saved_model_init_op"_s, u"serving_default"_s};
    QTest::newRow("half_plus_two") << u"half_plus_two"_s << single;
    QTest::newRow("text_length") << u"text_length"_s << single;
    QTest::newRow("two_signatures") << u"two_signatures"_s
                                    << QStringList{u"__saved_model_init_op"_s, u"embed"_s, u"serving_default"_s};
    QTest::newRow("no_variables") << u"no_variables"_s << single;
}

void TestSavedModelReader::fixtureSignatureKeys()
{
    QFETCH(QString, model);
    QFETCH(QStringList, keys);

    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(fixtureDir(model), &error);
    QVERIFY2(!error, qPrintable(error.context().detail));
    QStringList found;
    for (const SignatureInfo &signature : info.metaGraphs.first().signatures)
        found.append(signature.key);
    QCOMPARE(found, keys);

    const SignatureInfo *init = info.metaGraphs.first().signature(u"__saved_model_init_op"_s);
    QVERIFY(init);
    QVERIFY(init->inputs.isEmpty());
    QCOMPARE(init->outputs.size(), 1);
    QCOMPARE(init->outputs.first().shapeString(), u"<unknown>"_s);
    QCOMPARE(init->outputs.first().dtypeName(), u"invalid"_s);
}

void TestSavedModelReader::fixtureMetaGraph_data()
{
    QTest::addColumn<QString>("model");
    for (const QString &name : fixtureNames)
        QTest::newRow(qPrintable(name)) << name;
}

void TestSavedModelReader::fixtureMetaGraph()
{
    QFETCH(QString, model);

    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(fixtureDir(model), &error);
    QVERIFY2(!error, qPrintable(error.context().detail));
    QCOMPARE(error.code(), ErrorCode::NoError);
    QCOMPARE(info.path, QDir(fixtureDir(model)).absolutePath());
    QCOMPARE(info.fileName, u"saved_model.pb"_s);
    QCOMPARE(info.schemaVersion, qint64(1));
    QVERIFY(!info.isHubModuleV1);
    QCOMPARE(info.allTags(), QStringList{u"serve"_s});

    QCOMPARE(info.metaGraphs.size(), 1);
    const MetaGraphInfo &metaGraph = info.metaGraphs.first();
    QCOMPARE(metaGraph.tags, QStringList{u"serve"_s});
    QVERIFY2(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+"_s).match(metaGraph.tensorflowVersion).hasMatch(),
             qPrintable(metaGraph.tensorflowVersion));
    QVERIFY(!metaGraph.tensorflowGitVersion.isEmpty());
    // TF2's tf.saved_model.save: an object graph and one library function per traced tf.function.
    QVERIFY(metaGraph.hasObjectGraph);
    QVERIFY(metaGraph.functionCount > 0);
    const qint64 fileSize = QFileInfo(fixtureDir(model) + QLatin1String("/saved_model.pb")).size();
    QVERIFY(metaGraph.graphDefBytes > 0);
    QVERIFY(metaGraph.graphDefBytes < fileSize);
}

void TestSavedModelReader::tagLookup()
{
    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(fixtureDir(u"half_plus_two"_s), &error);
    QVERIFY(!error);
    QCOMPARE(info.metaGraphForTags({u"serve"_s}), &info.metaGraphs.first());
    QCOMPARE(info.metaGraphForTags({u"serve"_s, u"serve"_s}), &info.metaGraphs.first());
    QCOMPARE(info.metaGraphForTags({u"serve"_s, u"gpu"_s}), nullptr);
    QCOMPARE(info.metaGraphForTags({}), nullptr);
    QCOMPARE(info.metaGraphs.first().signature(u"no_such_signature"_s), nullptr);
}

void TestSavedModelReader::hubModuleV1()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(fixtureDir(u"half_plus_two"_s) + QLatin1String("/saved_model.pb"), dir.filePath(u"saved_model.pb"_s)));
    QVERIFY(writeFile(dir.filePath(u"tfhub_module.pb"_s), "\x08\x03"));

    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(dir.path(), &error);
    QVERIFY(!error);
    QVERIFY(info.isHubModuleV1);
    QCOMPARE(info.metaGraphs.size(), 1);
}

void TestSavedModelReader::noSavedModel()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // What a half-extracted or wrongly-pointed folder looks like: everything but the graph.
    QVERIFY(QDir(dir.path()).mkpath(u"variables"_s));
    QVERIFY(writeFile(dir.filePath(u"tfhub_module.pb"_s), "\x08\x03"));
    QVERIFY(QDir(dir.path()).mkpath(u"saved_model.pb.d"_s));

    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(dir.path(), &error);
    QCOMPARE(error.code(), ErrorCode::NoSavedModel);
    QCOMPARE(error.context().path, dir.path());
    QVERIFY(info.metaGraphs.isEmpty());
}

void TestSavedModelReader::savedModelOfTheWrongType()
{
    // Only a regular file is a SavedModel, as for a complete cache entry: not a folder of that
    // name, and not a symlink (which could point out of the entry).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"saved_model.pb/inner"_s));
    Error error;
    (void)SavedModelReader::readDirectory(dir.path(), &error);
    QCOMPARE(error.code(), ErrorCode::NoSavedModel);

    QTemporaryDir linked;
    QVERIFY(QFile::link(fixtureDir(fixtureNames.first()) + u"/saved_model.pb"_s, linked.filePath(u"saved_model.pb"_s)));
    const SavedModelInfo info = SavedModelReader::readDirectory(linked.path(), &error);
    QCOMPARE(error.code(), ErrorCode::NoSavedModel);
    QVERIFY(info.metaGraphs.isEmpty());
}

void TestSavedModelReader::missingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"does-not-exist"_s);
    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(missing, &error);
    QCOMPARE(error.code(), ErrorCode::PathNotFound);
    QCOMPARE(error.context().path, missing);
    QVERIFY(info.metaGraphs.isEmpty());
}

void TestSavedModelReader::truncatedFile_data()
{
    QTest::addColumn<qsizetype>("cut");
    QTest::addColumn<QString>("detail");

    const qsizetype size = readFile(fixtureDir(u"half_plus_two"_s) + QLatin1String("/saved_model.pb")).size();
    QVERIFY(size > 1000);
    // The file starts with the schema version (2 bytes), then one meta graph field.
    QTest::newRow("empty") << qsizetype(0) << u"empty"_s;
    QTest::newRow("inside schema version") << qsizetype(1) << u"truncated at byte 1"_s;
    QTest::newRow("after schema version") << qsizetype(2) << u"no meta graph"_s;
    for (qsizetype cut : {qsizetype(3), qsizetype(4), qsizetype(100), size / 2, size - 1}) {
        QTest::addRow("cut at %lld", qlonglong(cut)) << cut << QStringLiteral("truncated at byte %1").arg(cut);
    }
}

void TestSavedModelReader::truncatedFile()
{
    QFETCH(qsizetype, cut);
    QFETCH(QString, detail);

    const QByteArray full = readFile(fixtureDir(u"half_plus_two"_s) + QLatin1String("/saved_model.pb"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"saved_model.pb"_s);
    QVERIFY(writeFile(file, full.first(cut)));

    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(dir.path(), &error);
    QCOMPARE(error.code(), ErrorCode::CorruptSavedModel);
    QCOMPARE(error.context().path, file);
    QVERIFY2(error.context().detail.contains(detail), qPrintable(error.context().detail));
    QVERIFY(info.metaGraphs.isEmpty());
}

void TestSavedModelReader::truncatedAtEveryByte()
{
    for (const QString &name : fixtureNames) {
        const QByteArray full = readFile(fixtureDir(name) + QLatin1String("/saved_model.pb"));
        QVERIFY(!full.isEmpty());
        // One meta graph: every shorter prefix lacks part of it, so every prefix is corrupt.
        for (qsizetype cut = 0; cut < full.size(); ++cut) {
            Error error;
            const SavedModelInfo info = SavedModelReader::parseSavedModel(QByteArrayView(full).first(cut), &error);
            QVERIFY2(error.code() == ErrorCode::CorruptSavedModel, qPrintable(QStringLiteral("%1 cut at %2").arg(name).arg(cut)));
            QVERIFY(info.metaGraphs.isEmpty());
        }

        // Inside the meta graph a prefix can end on a field boundary and still be a valid message;
        // each prefix must either parse or be reported as corrupt.
        ProtobufReader reader(full);
        QByteArrayView metaGraph;
        while (reader.next()) {
            if (reader.fieldNumber() == 2)
                QVERIFY(reader.readBytes(&metaGraph));
        }
        QVERIFY(!reader.hasError());
        int parsed = 0;
        for (qsizetype cut = 0; cut < metaGraph.size(); ++cut) {
            // A copy, so that reading past the cut would read past an allocation (caught by ASan).
            const QByteArray prefix = metaGraph.first(cut).toByteArray();
            Error error;
            (void)SavedModelReader::parseMetaGraph(prefix, &error);
            if (error)
                QCOMPARE(error.code(), ErrorCode::CorruptSavedModel);
            else
                ++parsed;
        }
        QVERIFY(parsed > 0);
        QVERIFY(parsed < metaGraph.size() / 2);
    }
}

void TestSavedModelReader::corruptedBytes()
{
    const QByteArray original = readFile(fixtureDir(u"two_signatures"_s) + QLatin1String("/saved_model.pb"));
    QVERIFY(!original.isEmpty());
    QRandomGenerator random(20240601); // fixed: a failure must be reproducible
    int corrupt = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray data = original;
        const int flips = 1 + int(random.bounded(4));
        for (int i = 0; i < flips; ++i)
            data[random.bounded(int(data.size()))] = char(random.bounded(256));
        Error error;
        const SavedModelInfo info = SavedModelReader::parseSavedModel(data, &error);
        if (error) {
            QCOMPARE(error.code(), ErrorCode::CorruptSavedModel);
            QVERIFY(!error.context().detail.isEmpty());
            QVERIFY(info.metaGraphs.isEmpty());
            ++corrupt;
        } else {
            QVERIFY(!info.metaGraphs.isEmpty());
        }
    }
    // Most flips land in strings or skipped graph nodes; some must hit lengths and tags.
    QVERIFY(corrupt > 0);
}

void TestSavedModelReader::garbage_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<quint32>("seed");
    for (int size : {1, 2, 17, 1000, 65536}) {
        for (quint32 seed : {1u, 2u, 3u})
            QTest::addRow("%d bytes, seed %u", size, seed) << size << seed;
    }
}

void TestSavedModelReader::garbage()
{
    QFETCH(int, size);
    QFETCH(quint32, seed);

    QRandomGenerator random(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"saved_model.pb"_s), data));
    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(dir.path(), &error);
    QCOMPARE(error.code(), ErrorCode::CorruptSavedModel);
    QVERIFY(!error.context().detail.isEmpty());
    QVERIFY(info.metaGraphs.isEmpty());

    Error metaGraphError;
    (void)SavedModelReader::parseMetaGraph(data, &metaGraphError);
    if (metaGraphError)
        QCOMPARE(metaGraphError.code(), ErrorCode::CorruptSavedModel);
}

void TestSavedModelReader::craftedCorruption_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("detail");

    const QByteArray schema = varintField(1, 1);
    QTest::newRow("varint longer than 10 bytes") << (QByteArray("\x08") + QByteArray(11, '\xff')) << u"malformed varint"_s;
    QTest::newRow("field number 0") << QByteArray("\x00\x01", 2) << u"invalid field number 0"_s;
    QTest::newRow("wire type 7") << (schema + QByteArray("\x0f")) << u"invalid wire type 7"_s;
    QTest::newRow("meta_graphs as varint") << (schema + varintField(2, 5)) << u"field 2 at byte 2 has wire type varint"_s;
    QTest::newRow("schema version as string") << bytesField(1, "1") << u"where varint was expected"_s;
    QTest::newRow("length past end") << (schema + key(2, 2) + varint(1000) + "abc") << u"truncated at byte 8"_s;
    QTest::newRow("length 2^64-1") << (schema + key(2, 2) + varint(~quint64(0))) << u"truncated"_s;
    QTest::newRow("sub-message overruns its parent")
        << (schema + bytesField(2, key(1, 2) + varint(10) + "ab")) << u"runs past the end of its enclosing message"_s;
    QTest::newRow("unmatched end-group") << (schema + key(3, 4)) << u"unexpected end-group"_s;
    QTest::newRow("mismatched end-group") << (schema + key(3, 3) + key(4, 4)) << u"closes a group of field 3"_s;
    QTest::newRow("unterminated group") << (schema + key(3, 3) + varintField(1, 1)) << u"truncated"_s;
    QByteArray deepGroups = schema;
    for (int i = 0; i < 200; ++i)
        deepGroups += key(15, 3);
    QTest::newRow("groups nested 200 deep") << deepGroups << u"nested deeper than 100"_s;
    QTest::newRow("dtype as string") << minimalSavedModel(bytesField(1, "x:0") + bytesField(2, "float"))
                                     << u"where varint was expected"_s;
    QTest::newRow("dim as varint") << minimalSavedModel(bytesField(3, varintField(2, 3))) << u"where length-delimited was expected"_s;
    QTest::newRow("tag as fixed32") << (schema + bytesField(2, bytesField(1, key(4, 5) + "abcd")))
                                    << u"has wire type 32-bit where length-delimited was expected"_s;
    QTest::newRow("no meta graph") << (schema + bytesField(7, "unknown")) << u"no meta graph"_s;
}

void TestSavedModelReader::craftedCorruption()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, detail);

    Error error;
    const SavedModelInfo info = SavedModelReader::parseSavedModel(data, &error);
    QCOMPARE(error.code(), ErrorCode::CorruptSavedModel);
    QVERIFY2(error.context().detail.contains(detail), qPrintable(error.context().detail));
    QVERIFY(info.metaGraphs.isEmpty());
}

void TestSavedModelReader::craftedValid()
{
    Error error;
    const SavedModelInfo info = SavedModelReader::parseSavedModel(minimalSavedModel(inputX()), &error);
    QVERIFY2(!error, qPrintable(error.context().detail));
    QCOMPARE(info.fileName, u"saved_model.pb"_s);
    QCOMPARE(info.metaGraphs.size(), 1);
    const MetaGraphInfo &metaGraph = info.metaGraphs.first();
    QCOMPARE(metaGraph.tags, QStringList{u"serve"_s});
    QCOMPARE(metaGraph.tensorflowVersion, u"2.99.0"_s);
    QVERIFY(!metaGraph.hasObjectGraph);
    QCOMPARE(metaGraph.graphDefBytes, qint64(0));
    QCOMPARE(metaGraph.signatures.size(), 1);
    const SignatureInfo &signature = metaGraph.signatures.first();
    QCOMPARE(signature.key, u"serving_default"_s);
    QCOMPARE(signature.inputs.size(), 1);
    QCOMPARE(signature.inputs.first().tensorName, u"x:0"_s);
    QCOMPARE(signature.inputs.first().shape, (QList<qint64>{-1, 3}));
    QCOMPARE(signature.inputs.first().shapeString(), u"(-1, 3)"_s);
    QCOMPARE(signature.outputs.first().dtypeName(), u"int64"_s);
    QCOMPARE(signature.outputs.first().shapeString(), u"()"_s);
}

void TestSavedModelReader::unknownFieldsAreSkipped()
{
    // Fields a newer TensorFlow might add, of every wire type, at every level that is parsed.
    const QByteArray unknown = varintField(90, 7) + key(91, 1) + QByteArray(8, 'a') + key(92, 5) + QByteArray(4, 'b')
        + bytesField(93, "text") + key(94, 3) + varintField(1, 1) + key(95, 3) + key(95, 4) + key(94, 4);
    const QByteArray tensorInfo = inputX() + unknown;
    QByteArray data = unknown + minimalSavedModel(tensorInfo) + unknown;

    Error error;
    const SavedModelInfo info = SavedModelReader::parseSavedModel(data, &error);
    QVERIFY2(!error, qPrintable(error.context().detail));
    QCOMPARE(info.metaGraphs.size(), 1);
    QCOMPARE(info.metaGraphs.first().signatures.first().inputs.first().shapeString(), u"(-1, 3)"_s);
}

void TestSavedModelReader::metaGraphSlice()
{
    for (const QString &name : fixtureNames) {
        const QString path = fixtureDir(name) + QLatin1String("/saved_model.pb");
        const QByteArray file = readFile(path);
        Error error;
        const SavedModelInfo info = SavedModelReader::readDirectory(fixtureDir(name), &error);
        QVERIFY(!error);

        // SavedModel.meta_graphs is field 2: the bytes TF_LoadSessionFromSavedModel hands back.
        ProtobufReader reader(file);
        QByteArrayView metaGraphBytes;
        while (reader.next()) {
            if (reader.fieldNumber() == 2)
                QVERIFY(reader.readBytes(&metaGraphBytes));
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(!metaGraphBytes.isEmpty());
        // Zero-copy: the slice points into the file's buffer.
        QVERIFY(metaGraphBytes.data() > file.constData());
        QVERIFY(metaGraphBytes.data() + metaGraphBytes.size() <= file.constData() + file.size());

        const MetaGraphInfo metaGraph = SavedModelReader::parseMetaGraph(metaGraphBytes, &error);
        QVERIFY2(!error, qPrintable(error.context().detail));
        QCOMPARE(metaGraph, info.metaGraphs.first());
    }
}

void TestSavedModelReader::textFormat()
{
    Error error;
    const SavedModelInfo binary = SavedModelReader::readDirectory(fixtureDir(u"half_plus_two"_s), &error);
    QVERIFY(!error);
    const SavedModelInfo text = SavedModelReader::parseSavedModelText(halfPlusTwoText, &error);
    QVERIFY2(!error, qPrintable(error.context().detail));

    QCOMPARE(text.fileName, u"saved_model.pbtxt"_s);
    QCOMPARE(text.schemaVersion, qint64(1));
    QCOMPARE(text.metaGraphs.size(), 1);
    const MetaGraphInfo &metaGraph = text.metaGraphs.first();
    QCOMPARE(metaGraph.tags, binary.metaGraphs.first().tags);
    QCOMPARE(metaGraph.tensorflowVersion, u"2.21.0"_s);
    QCOMPARE(metaGraph.tensorflowGitVersion, u"v2.21.0-abc"_s);
    QCOMPARE(metaGraph.functionCount, 2);
    QVERIFY(metaGraph.graphDefBytes > 100);
    QVERIFY(metaGraph.hasObjectGraph);
    // Same signatures as the binary file, down to the tensor names.
    QCOMPARE(metaGraph.signatures.size(), binary.metaGraphs.first().signatures.size());
    for (qsizetype i = 0; i < metaGraph.signatures.size(); ++i) {
        const SignatureInfo &fromText = metaGraph.signatures.at(i);
        const SignatureInfo &fromBinary = binary.metaGraphs.first().signatures.at(i);
        QCOMPARE(fromText.key, fromBinary.key);
        QCOMPARE(fromText.methodName, fromBinary.methodName);
        QCOMPARE(fromText.inputs.size(), fromBinary.inputs.size());
        QCOMPARE(fromText.outputs.size(), fromBinary.outputs.size());
        QVERIFY(fromText.inputs == fromBinary.inputs);
        QVERIFY(fromText.outputs == fromBinary.outputs);
    }
}

void TestSavedModelReader::textFormatFromDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"saved_model.pbtxt"_s), halfPlusTwoText));

    Error error;
    SavedModelInfo info = SavedModelReader::readDirectory(dir.path(), &error);
    QVERIFY2(!error, qPrintable(error.context().detail));
    QCOMPARE(info.fileName, u"saved_model.pbtxt"_s);
    QCOMPARE(info.allTags(), QStringList{u"serve"_s});

    // With both files present TensorFlow loads the binary one; so do we.
    QVERIFY(QFile::copy(fixtureDir(u"text_length"_s) + QLatin1String("/saved_model.pb"), dir.filePath(u"saved_model.pb"_s)));
    info = SavedModelReader::readDirectory(dir.path(), &error);
    QVERIFY(!error);
    QCOMPARE(info.fileName, u"saved_model.pb"_s);
    QCOMPARE(info.metaGraphs.first().signature(u"serving_default"_s)->inputs.first().key, u"text"_s);
}

void TestSavedModelReader::textFormatErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("detail");

    QTest::newRow("empty") << QByteArray() << u"no meta_graphs"_s;
    QTest::newRow("only comments") << QByteArray("# nothing\n") << u"no meta_graphs"_s;
    QTest::newRow("missing brace") << QByteArray("meta_graphs {\n  meta_info_def { tags: \"serve\" }\n")
                                   << u"line 3, column 1: the text ends before the closing '}'"_s;
    QTest::newRow("unterminated string") << QByteArray("meta_graphs { meta_info_def { tags: \"serve } }")
                                         << u"line 1, column 37: unterminated string"_s;
    QTest::newRow("unknown dtype") << QByteArray(
        "meta_graphs { signature_def { key: \"s\" value { inputs { key: \"x\" value { dtype: DT_NOPE } } } } }")
                                   << u"expected a DataType"_s;
    QTest::newRow("tag without quotes") << QByteArray("meta_graphs { meta_info_def { tags: serve } }")
                                        << u"invalid value for field 'tags'"_s;
    QTest::newRow("stray symbol") << QByteArray("meta_graphs { } }") << u"expected a field name"_s;
    QTest::newRow("bad character") << QByteArray("meta_graphs { $ }") << u"unexpected character '$'"_s;
    QTest::newRow("size not a number") << QByteArray(
        "meta_graphs { signature_def { value { inputs { value { tensor_shape { dim { size: \"3\" } } } } } } }")
                                       << u"expected an integer"_s;
    QTest::newRow("deep nesting") << (QByteArray("meta_graphs { ") + QByteArray("a { ").repeated(500) + QByteArray(501, '}'))
                                  << u"nested deeper than 100"_s;
    QTest::newRow("unterminated type URL") << QByteArray("meta_graphs { any_info { [type.googleapis.com/x { } } }")
                                           << u"unterminated '[' in a field name"_s;
}

void TestSavedModelReader::textFormatErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, detail);

    Error error;
    const SavedModelInfo info = SavedModelReader::parseSavedModelText(text, &error);
    QCOMPARE(error.code(), ErrorCode::CorruptSavedModel);
    QVERIFY2(error.context().detail.contains(detail), qPrintable(error.context().detail));
    QVERIFY(info.metaGraphs.isEmpty());
}

void TestSavedModelReader::textFormatPrefixes()
{
    // Every prefix of a valid text is either valid or cleanly rejected; most are rejected.
    const QByteArrayView valid(halfPlusTwoText);
    int rejected = 0;
    for (qsizetype cut = 0; cut < valid.size(); ++cut) {
        // A copy, so that reading past the cut would read past an allocation (caught by ASan).
        const QByteArray prefix = valid.first(cut).toByteArray();
        Error error;
        const SavedModelInfo info = SavedModelReader::parseSavedModelText(prefix, &error);
        if (error) {
            QCOMPARE(error.code(), ErrorCode::CorruptSavedModel);
            QVERIFY(info.metaGraphs.isEmpty());
            ++rejected;
        }
    }
    QVERIFY(rejected > valid.size() / 2);
}

void TestSavedModelReader::typeAndShapeNames_data()
{
    QTest::addColumn<int>("dtype");
    QTest::addColumn<QList<qint64>>("shape");
    QTest::addColumn<bool>("unknownRank");
    QTest::addColumn<QString>("dtypeName");
    QTest::addColumn<QString>("shapeString");

    QTest::newRow("image batch") << 1 << QList<qint64>{-1, 224, 224, 3} << false << u"float32"_s << u"(-1, 224, 224, 3)"_s;
    QTest::newRow("scalar") << 9 << QList<qint64>{} << false << u"int64"_s << u"()"_s;
    QTest::newRow("unknown rank") << 7 << QList<qint64>{} << true << u"string"_s << u"<unknown>"_s;
    QTest::newRow("unknown rank ignores dims") << 10 << QList<qint64>{3} << true << u"bool"_s << u"<unknown>"_s;
    QTest::newRow("float64") << 2 << QList<qint64>{5} << false << u"float64"_s << u"(5)"_s;
    QTest::newRow("uint8") << 4 << QList<qint64>{} << false << u"uint8"_s << u"()"_s;
    QTest::newRow("half") << 19 << QList<qint64>{} << false << u"float16"_s << u"()"_s;
    QTest::newRow("bfloat16") << 14 << QList<qint64>{} << false << u"bfloat16"_s << u"()"_s;
    QTest::newRow("complex64") << 8 << QList<qint64>{} << false << u"complex64"_s << u"()"_s;
    QTest::newRow("complex128") << 18 << QList<qint64>{} << false << u"complex128"_s << u"()"_s;
    QTest::newRow("resource") << 20 << QList<qint64>{} << false << u"resource"_s << u"()"_s;
    QTest::newRow("variant") << 21 << QList<qint64>{} << false << u"variant"_s << u"()"_s;
    QTest::newRow("uint64") << 23 << QList<qint64>{} << false << u"uint64"_s << u"()"_s;
    QTest::newRow("float4") << 33 << QList<qint64>{} << false << u"float4_e2m1fn"_s << u"()"_s;
    QTest::newRow("float ref") << 101 << QList<qint64>{} << false << u"float32_ref"_s << u"()"_s;
    QTest::newRow("half ref") << 119 << QList<qint64>{} << false << u"float16_ref"_s << u"()"_s;
    QTest::newRow("invalid") << 0 << QList<qint64>{} << false << u"invalid"_s << u"()"_s;
    QTest::newRow("from the future") << 77 << QList<qint64>{} << false << u"unknown(77)"_s << u"()"_s;
    QTest::newRow("ref of invalid") << 100 << QList<qint64>{} << false << u"unknown(100)"_s << u"()"_s;
}

void TestSavedModelReader::typeAndShapeNames()
{
    QFETCH(int, dtype);
    QFETCH(QList<qint64>, shape);
    QFETCH(bool, unknownRank);
    QFETCH(QString, dtypeName);
    QFETCH(QString, shapeString);

    TensorSpec spec;
    spec.dtype = dtype;
    spec.shape = shape;
    spec.unknownRank = unknownRank;
    QCOMPARE(spec.dtypeName(), dtypeName);
    QCOMPARE(spec.shapeString(), shapeString);
}

// A file larger than any protobuf message is refused before it is parsed (or mapped); a gs://
// folder is held to the same MaxFileBytes through Storage (tst_gcscache, tst_gui).
void TestSavedModelReader::largerThanProtobufAllows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"saved_model.pb"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(SavedModelReader::MaxFileBytes + 1)); // sparse: nothing is allocated
    f.close();
    Error error;
    const SavedModelInfo info = SavedModelReader::readDirectory(dir.path(), &error);
    QCOMPARE(error.code(), ErrorCode::CorruptSavedModel);
    QCOMPARE(error.context().path, file);
    QVERIFY2(error.context().detail.contains(QString::number(SavedModelReader::MaxFileBytes + 1)),
             qPrintable(error.context().detail));
    QVERIFY(info.metaGraphs.isEmpty());
}

// readFolder() on a local storage is readDirectory(): the same model, the same errors.
void TestSavedModelReader::readFolderOfALocalStorage()
{
    LocalStorage storage;
    Error error;
    const SavedModelInfo viaStorage = SavedModelReader::readFolder(storage, fixtureDir(u"two_signatures"_s), &error);
    QVERIFY2(!error, qPrintable(error.message()));
    Error direct;
    QCOMPARE(viaStorage, SavedModelReader::readDirectory(fixtureDir(u"two_signatures"_s), &direct));
    QTemporaryDir empty;
    (void)SavedModelReader::readFolder(storage, empty.path(), &error);
    QCOMPARE(error.code(), ErrorCode::NoSavedModel);
}

QTEST_GUILESS_MAIN(TestSavedModelReader)
#include "tst_savedmodelreader.moc"

