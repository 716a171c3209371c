#include "savedmodelreader.h"

#include "logging.h"
#include "modelfolder.h"
#include "protobufreader_p.h"
#include "storage.h"
#include "storagereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <functional>
#include <utility>

namespace HubCache {

namespace {

// Field numbers from tensorflow/core/protobuf/{saved_model,meta_graph}.proto and
// tensorflow/core/framework/{graph,function,tensor_shape}.proto (checked against TF 2.21's descriptors).
namespace SavedModelField {
constexpr int SchemaVersion = 1;
constexpr int MetaGraphs = 2;
} // namespace SavedModelField

namespace MetaGraphField {
constexpr int MetaInfoDef = 1;
constexpr int GraphDef = 2;
constexpr int SignatureDef = 5;
constexpr int ObjectGraphDef = 7;
} // namespace MetaGraphField

namespace MetaInfoField {
constexpr int Tags = 4;
constexpr int TensorflowVersion = 5;
constexpr int TensorflowGitVersion = 6;
} // namespace MetaInfoField

namespace GraphDefField {
constexpr int Library = 2;
} // namespace GraphDefField

namespace FunctionLibraryField {
constexpr int Function = 1;
} // namespace FunctionLibraryField

namespace MapEntryField {
constexpr int Key = 1;
constexpr int Value = 2;
} // namespace MapEntryField

namespace SignatureField {
constexpr int Inputs = 1;
constexpr int Outputs = 2;
constexpr int MethodName = 3;
} // namespace SignatureField

namespace TensorInfoField {
constexpr int Name = 1;
constexpr int Dtype = 2;
constexpr int TensorShape = 3;
} // namespace TensorInfoField

namespace TensorShapeField {
constexpr int Dim = 2;
constexpr int UnknownRank = 3;
} // namespace TensorShapeField

namespace DimField {
constexpr int Size = 1;
} // namespace DimField

// tensorflow.DataType enumerator names in value order; the reference types are these + 100.
constexpr const char *dataTypeNames[] = {
    "DT_INVALID", "DT_FLOAT", "DT_DOUBLE", "DT_INT32", "DT_UINT8", "DT_INT16", "DT_INT8",
    "DT_STRING", "DT_COMPLEX64", "DT_INT64", "DT_BOOL", "DT_QINT8", "DT_QUINT8", "DT_QINT32",
    "DT_BFLOAT16", "DT_QINT16", "DT_QUINT16", "DT_UINT16", "DT_COMPLEX128", "DT_HALF",
    "DT_RESOURCE", "DT_VARIANT", "DT_UINT32", "DT_UINT64", "DT_FLOAT8_E5M2", "DT_FLOAT8_E4M3FN",
    "DT_FLOAT8_E4M3FNUZ", "DT_FLOAT8_E4M3B11FNUZ", "DT_FLOAT8_E5M2FNUZ", "DT_INT4", "DT_UINT4",
    "DT_INT2", "DT_UINT2", "DT_FLOAT4_E2M1FN",
};

void setError(Error *error, const Error &value)
{
    if (error)
        *error = value;
}

Error tooLargeError(const QString &path, qint64 size)
{
    ErrorContext context;
    context.path = path;
    context.detail = QStringLiteral("%1 bytes, more than the %2 a protobuf message can hold")
                         .arg(size)
                         .arg(SavedModelReader::MaxFileBytes);
    return Error(ErrorCode::CorruptSavedModel, context);
}

Error corruptError(const QString &path, const QString &detail)
{
    ErrorContext context;
    context.path = path;
    context.detail = detail;
    return Error(ErrorCode::CorruptSavedModel, context);
}

// ---------------------------------------------------------------------------------------------
// Binary format. Each parseX() reads one message to its end; on false, the reader holds the error.

// Runs parse over the embedded message in the current field and carries its error up.
template<typename Parse>
bool readMessageWith(ProtobufReader &reader, Parse &&parse)
{
    ProtobufReader message;
    if (!reader.readMessage(&message))
        return false;
    if (!parse(message)) {
        reader.takeError(message);
        return false;
    }
    return true;
}

// map<string, V> entries are messages {key = 1; value = 2}; either may be missing (= default).
template<typename Value, typename ParseValue>
bool parseMapEntry(ProtobufReader &entry, QString *key, Value *value, ParseValue &&parseValue)
{
    while (entry.next()) {
        if (entry.fieldNumber() == MapEntryField::Key) {
            if (!entry.readString(key))
                return false;
        } else if (entry.fieldNumber() == MapEntryField::Value) {
            if (!readMessageWith(entry, [&](ProtobufReader &message) { return parseValue(message, value); }))
                return false;
        }
    }
    return !entry.hasError();
}

bool parseTensorShape(ProtobufReader &reader, TensorSpec *spec)
{
    while (reader.next()) {
        switch (reader.fieldNumber()) {
        case TensorShapeField::Dim: {
            qint64 size = 0;
            const bool ok = readMessageWith(reader, [&size](ProtobufReader &dim) {
                while (dim.next()) {
                    if (dim.fieldNumber() == DimField::Size && !dim.readInt64(&size))
                        return false;
                }
                return !dim.hasError();
            });
            if (!ok)
                return false;
            spec->shape.append(size);
            break;
        }
        case TensorShapeField::UnknownRank:
            if (!reader.readBool(&spec->unknownRank))
                return false;
            break;
        default:
            break; // next() skips it
        }
    }
    return !reader.hasError();
}

bool parseTensorInfo(ProtobufReader &reader, TensorSpec *spec)
{
    while (reader.next()) {
        switch (reader.fieldNumber()) {
        case TensorInfoField::Name:
            if (!reader.readString(&spec->tensorName))
                return false;
            break;
        case TensorInfoField::Dtype:
            if (!reader.readInt32(&spec->dtype))
                return false;
            break;
        case TensorInfoField::TensorShape:
            // A message field seen twice is merged by protobuf; a fresh shape keeps that simple.
            spec->shape.clear();
            spec->unknownRank = false;
            if (!readMessageWith(reader, [spec](ProtobufReader &shape) { return parseTensorShape(shape, spec); }))
                return false;
            break;
        default:
            break; // coo_sparse, composite_tensor: not described here
        }
    }
    return !reader.hasError();
}

bool parseTensorMapEntry(ProtobufReader &reader, QMap<QString, TensorSpec> *tensors)
{
    return readMessageWith(reader, [tensors](ProtobufReader &entry) {
        TensorSpec spec;
        if (!parseMapEntry(entry, &spec.key, &spec, parseTensorInfo))
            return false;
        tensors->insert(spec.key, spec); // protobuf maps: the last entry for a key wins
        return true;
    });
}

bool parseSignature(ProtobufReader &reader, SignatureInfo *signature)
{
    QMap<QString, TensorSpec> inputs;
    QMap<QString, TensorSpec> outputs;
    while (reader.next()) {
        switch (reader.fieldNumber()) {
        case SignatureField::Inputs:
            if (!parseTensorMapEntry(reader, &inputs))
                return false;
            break;
        case SignatureField::Outputs:
            if (!parseTensorMapEntry(reader, &outputs))
                return false;
            break;
        case SignatureField::MethodName:
            if (!reader.readString(&signature->methodName))
                return false;
            break;
        default:
            break;
        }
    }
    signature->inputs = inputs.values();
    signature->outputs = outputs.values();
    return !reader.hasError();
}

bool parseMetaInfo(ProtobufReader &reader, MetaGraphInfo *info)
{
    while (reader.next()) {
        switch (reader.fieldNumber()) {
        case MetaInfoField::Tags: {
            QString tag;
            if (!reader.readString(&tag))
                return false;
            info->tags.append(tag);
            break;
        }
        case MetaInfoField::TensorflowVersion:
            if (!reader.readString(&info->tensorflowVersion))
                return false;
            break;
        case MetaInfoField::TensorflowGitVersion:
            if (!reader.readString(&info->tensorflowGitVersion))
                return false;
            break;
        default:
            break; // stripped_op_list, any_info, ...
        }
    }
    return !reader.hasError();
}

// Walks only graph_def's top-level fields: nodes are skipped by their length prefix, so even a
// graph of hundreds of MB costs one tag per node and touches few of its pages.
bool parseGraphDef(ProtobufReader &reader, MetaGraphInfo *info)
{
    while (reader.next()) {
        if (reader.fieldNumber() != GraphDefField::Library)
            continue;
        const bool ok = readMessageWith(reader, [info](ProtobufReader &library) {
            while (library.next()) {
                if (library.fieldNumber() != FunctionLibraryField::Function)
                    continue;
                QByteArrayView function; // read as bytes only to check the wire type
                if (!library.readBytes(&function))
                    return false;
                ++info->functionCount;
            }
            return !library.hasError();
        });
        if (!ok)
            return false;
    }
    return !reader.hasError();
}

bool parseMetaGraphMessage(ProtobufReader &reader, MetaGraphInfo *info)
{
    QMap<QString, SignatureInfo> signatures;
    while (reader.next()) {
        switch (reader.fieldNumber()) {
        case MetaGraphField::MetaInfoDef:
            if (!readMessageWith(reader, [info](ProtobufReader &m) { return parseMetaInfo(m, info); }))
                return false;
            break;
        case MetaGraphField::GraphDef: {
            ProtobufReader graph;
            if (!reader.readMessage(&graph))
                return false;
            info->graphDefBytes += graph.data().size();
            if (!parseGraphDef(graph, info)) {
                reader.takeError(graph);
                return false;
            }
            break;
        }
        case MetaGraphField::SignatureDef: {
            const bool ok = readMessageWith(reader, [&signatures](ProtobufReader &entry) {
                SignatureInfo signature;
                if (!parseMapEntry(entry, &signature.key, &signature, parseSignature))
                    return false;
                signatures.insert(signature.key, signature);
                return true;
            });
            if (!ok)
                return false;
            break;
        }
        case MetaGraphField::ObjectGraphDef: {
            QByteArrayView objectGraph; // only its presence matters; checks the wire type
            if (!reader.readBytes(&objectGraph))
                return false;
            info->hasObjectGraph = true;
            break;
        }
        default:
            break; // saver_def, collection_def, asset_file_def
        }
    }
    info->signatures = signatures.values();
    return !reader.hasError();
}

SavedModelInfo parseBinary(QByteArrayView bytes, const QString &path, Error *error)
{
    setError(error, Error());
    if (bytes.isEmpty()) {
        setError(error, corruptError(path, QStringLiteral("the file is empty")));
        return {};
    }
    SavedModelInfo info;
    ProtobufReader reader(bytes);
    while (reader.next()) {
        switch (reader.fieldNumber()) {
        case SavedModelField::SchemaVersion:
            // On failure the reader holds the error and the next next() ends the loop.
            (void)reader.readInt64(&info.schemaVersion);
            break;
        case SavedModelField::MetaGraphs: {
            MetaGraphInfo metaGraph;
            if (readMessageWith(reader, [&metaGraph](ProtobufReader &m) { return parseMetaGraphMessage(m, &metaGraph); }))
                info.metaGraphs.append(metaGraph);
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError()) {
        qCDebug(lcSavedModel) << "cannot parse" << path << reader.errorString();
        setError(error, corruptError(path, reader.errorString()));
        return {};
    }
    if (info.metaGraphs.isEmpty()) {
        setError(error, corruptError(path, QStringLiteral("no meta graph in %1 bytes").arg(bytes.size())));
        return {};
    }
    return info;
}

// ---------------------------------------------------------------------------------------------
// Text format: just enough of protobuf's text syntax to read saved_model.pbtxt and skip the rest.

struct TextToken {
    enum class Kind {
        End,
        Word,   // identifiers, enum values and numbers: [A-Za-z0-9_.+-/]+
        String, // quoted; text holds the unescaped bytes of all adjacent strings
        Symbol, // one of { } [ ] < > : , ;
    };
    Kind kind = Kind::End;
    QByteArray text;
    qsizetype offset = 0;
};

class TextFormatParser final
{
public:
    using FieldHandler = std::function<bool(const QByteArray &name)>;

    explicit TextFormatParser(QByteArrayView text)
        : m_text(text)
    {
    }

    // Fields until the end of the text (close = 0) or the closing symbol.
    bool parseFields(const FieldHandler &handler, char close = 0)
    {
        if (++m_depth > MaxDepth) {
            --m_depth;
            return fail(peek().offset, QStringLiteral("messages nested deeper than %1 levels").arg(MaxDepth));
        }
        const bool ok = parseFieldsUnchecked(handler, close);
        --m_depth;
        return ok;
    }

    // After a field name: ': value' or ': [value, ...]'. onValue gets each scalar.
    bool readScalars(const std::function<bool(const TextToken &)> &onValue)
    {
        if (!expectSymbol(':'))
            return false;
        if (isSymbol(peek(), '[')) {
            take();
            if (isSymbol(peek(), ']')) {
                take();
                return true;
            }
            for (;;) {
                if (!readScalar(onValue))
                    return false;
                const TextToken separator = take();
                if (isSymbol(separator, ']'))
                    return true;
                if (!isSymbol(separator, ','))
                    return fail(separator.offset, QStringLiteral("expected ',' or ']' in a list"));
            }
        }
        return readScalar(onValue);
    }

    bool readString(QString *value)
    {
        return readScalars([this, value](const TextToken &token) {
            if (token.kind != TextToken::Kind::String)
                return fail(token.offset, QStringLiteral("expected a quoted string"));
            *value = QString::fromUtf8(token.text);
            return true;
        });
    }

    bool readInt64(qint64 *value)
    {
        return readScalars([this, value](const TextToken &token) {
            bool ok = false;
            if (token.kind == TextToken::Kind::Word)
                *value = token.text.toLongLong(&ok, 0);
            return ok || fail(token.offset, QStringLiteral("expected an integer"));
        });
    }

    bool readBool(bool *value)
    {
        return readScalars([this, value](const TextToken &token) {
            static const QByteArrayList trueWords = {"true", "True", "t", "1"};
            static const QByteArrayList falseWords = {"false", "False", "f", "0"};
            if (token.kind == TextToken::Kind::Word && trueWords.contains(token.text))
                *value = true;
            else if (token.kind == TextToken::Kind::Word && falseWords.contains(token.text))
                *value = false;
            else
                return fail(token.offset, QStringLiteral("expected true or false"));
            return true;
        });
    }

    bool readDataType(int *value)
    {
        return readScalars([this, value](const TextToken &token) {
            if (token.kind == TextToken::Kind::Word) {
                bool ok = false;
                *value = token.text.toInt(&ok, 0);
                if (ok)
                    return true;
                const int count = int(sizeof(dataTypeNames) / sizeof(dataTypeNames[0]));
                for (int i = 0; i < count; ++i) {
                    const QByteArrayView name(dataTypeNames[i]);
                    if (token.text == name) {
                        *value = i;
                        return true;
                    }
                    if (token.text.startsWith(name) && token.text.sliced(name.size()) == "_REF") {
                        *value = i + 100;
                        return true;
                    }
                }
            }
            return fail(token.offset, QStringLiteral("expected a DataType such as DT_FLOAT"));
        });
    }

    // After a field name: '{...}', ': {...}', '<...>' or a list of those. afterEach runs when a
    // message is complete, so map entries and repeated messages can be committed one by one.
    bool readMessages(const FieldHandler &handler, const std::function<void()> &afterEach = {})
    {
        if (isSymbol(peek(), ':'))
            take();
        if (isSymbol(peek(), '[')) {
            take();
            if (isSymbol(peek(), ']')) {
                take();
                return true;
            }
            for (;;) {
                if (!readMessage(handler, afterEach))
                    return false;
                const TextToken separator = take();
                if (isSymbol(separator, ']'))
                    return true;
                if (!isSymbol(separator, ','))
                    return fail(separator.offset, QStringLiteral("expected ',' or ']' in a list"));
            }
        }
        return readMessage(handler, afterEach);
    }

    // Skips whatever value follows a field name: scalar, message, or list of either.
    bool skipValue()
    {
        bool colon = false;
        if (isSymbol(peek(), ':')) {
            take();
            colon = true;
        }
        const TextToken token = peek();
        if (isSymbol(token, '{') || isSymbol(token, '<'))
            return readMessage(skipAll(), {});
        if (isSymbol(token, '[')) { // without ':' only a list of messages is valid, but skip either
            take();
            if (isSymbol(peek(), ']')) {
                take();
                return true;
            }
            for (;;) {
                const TextToken element = peek();
                const bool ok = isSymbol(element, '{') || isSymbol(element, '<')
                    ? readMessage(skipAll(), {})
                    : readScalar([](const TextToken &) { return true; });
                if (!ok)
                    return false;
                const TextToken separator = take();
                if (isSymbol(separator, ']'))
                    return true;
                if (!isSymbol(separator, ','))
                    return fail(separator.offset, QStringLiteral("expected ',' or ']' in a list"));
            }
        }
        if (!colon)
            return fail(token.offset, QStringLiteral("expected ':' or '{' after a field name"));
        return readScalar([](const TextToken &) { return true; });
    }

    [[nodiscard]] FieldHandler skipAll()
    {
        return [this](const QByteArray &) { return skipValue(); };
    }

    // Where the next token starts; used to measure how many bytes a value took.
    [[nodiscard]] qsizetype position() { return peek().offset; }

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    static constexpr int MaxDepth = 100;

    static bool isSymbol(const TextToken &token, char symbol)
    {
        return token.kind == TextToken::Kind::Symbol && token.text.size() == 1 && token.text.at(0) == symbol;
    }

    static bool isWordChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '.' || c == '-' || c == '+' || c == '/';
    }

    bool parseFieldsUnchecked(const FieldHandler &handler, char close)
    {
        for (;;) {
            if (hasError())
                return false;
            const TextToken token = peek();
            if (token.kind == TextToken::Kind::End) {
                if (close == 0)
                    return true;
                return fail(token.offset, QStringLiteral("the text ends before the closing '%1'").arg(QLatin1Char(close)));
            }
            if (close != 0 && isSymbol(token, close)) {
                take();
                return true;
            }
            QByteArray name;
            if (token.kind == TextToken::Kind::Word) {
                take();
                name = token.text;
            } else if (isSymbol(token, '[')) {
                // An extension or Any type URL: [type.googleapis.com/tensorflow.Foo]
                take();
                name = "[";
                for (;;) {
                    const TextToken part = take();
                    if (part.kind == TextToken::Kind::End)
                        return fail(token.offset, QStringLiteral("unterminated '[' in a field name"));
                    if (isSymbol(part, ']'))
                        break;
                    name += part.text;
                }
                name += ']';
            } else {
                return fail(token.offset, QStringLiteral("expected a field name"));
            }
            if (!handler(name))
                return fail(peek().offset, QStringLiteral("invalid value for field '%1'").arg(QString::fromUtf8(name)));
            if (isSymbol(peek(), ',') || isSymbol(peek(), ';'))
                take();
        }
    }

    bool readMessage(const FieldHandler &handler, const std::function<void()> &afterEach)
    {
        const TextToken open = take();
        char close = 0;
        if (isSymbol(open, '{'))
            close = '}';
        else if (isSymbol(open, '<'))
            close = '>';
        else
            return fail(open.offset, QStringLiteral("expected '{'"));
        if (!parseFields(handler, close))
            return false;
        if (afterEach)
            afterEach();
        return true;
    }

    bool readScalar(const std::function<bool(const TextToken &)> &onValue)
    {
        const TextToken token = take();
        if (token.kind != TextToken::Kind::Word && token.kind != TextToken::Kind::String)
            return fail(token.offset, QStringLiteral("expected a value"));
        return onValue(token);
    }

    bool expectSymbol(char symbol)
    {
        const TextToken token = take();
        if (isSymbol(token, symbol))
            return true;
        return fail(token.offset, QStringLiteral("expected '%1'").arg(QLatin1Char(symbol)));
    }

    bool fail(qsizetype offset, const QString &message)
    {
        if (m_error.isEmpty()) {
            const QByteArrayView before = m_text.first(qMin(offset, m_text.size()));
            const qsizetype line = before.count('\n') + 1;
            const qsizetype lineStart = before.lastIndexOf('\n') + 1;
            m_error = QStringLiteral("line %1, column %2: %3").arg(line).arg(offset - lineStart + 1).arg(message);
        }
        // Stop the tokenizer so that nothing after the first error is interpreted.
        m_pos = m_text.size();
        m_hasPeeked = true;
        m_peeked = TextToken{TextToken::Kind::End, {}, m_text.size()};
        return false;
    }

    const TextToken &peek()
    {
        if (!m_hasPeeked) {
            m_peeked = scan();
            m_hasPeeked = true;
        }
        return m_peeked;
    }

    TextToken take()
    {
        TextToken token = peek();
        if (token.kind != TextToken::Kind::End)
            m_hasPeeked = false;
        return token;
    }

    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '#') {
                while (m_pos < m_text.size() && m_text[m_pos] != '\n')
                    ++m_pos;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                ++m_pos;
            } else {
                return;
            }
        }
    }

    TextToken scan()
    {
        skipSpaceAndComments();
        TextToken token;
        token.offset = m_pos;
        if (m_pos >= m_text.size())
            return token;
        const char c = m_text[m_pos];
        if (c == '"' || c == '\'') {
            token.kind = TextToken::Kind::String;
            // Adjacent strings are one value, as in C: "abc" 'def'.
            do {
                if (!scanString(&token.text))
                    return TextToken{TextToken::Kind::End, {}, m_text.size()};
                skipSpaceAndComments();
            } while (m_pos < m_text.size() && (m_text[m_pos] == '"' || m_text[m_pos] == '\''));
            return token;
        }
        if (QByteArrayView("{}[]<>:,;").contains(c)) {
            token.kind = TextToken::Kind::Symbol;
            token.text = QByteArray(1, c);
            ++m_pos;
            return token;
        }
        if (isWordChar(c)) {
            token.kind = TextToken::Kind::Word;
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isWordChar(m_text[m_pos]))
                ++m_pos;
            token.text = m_text.sliced(start, m_pos - start).toByteArray();
            return token;
        }
        fail(m_pos, QStringLiteral("unexpected character '%1'").arg(QLatin1Char(c)));
        return TextToken{TextToken::Kind::End, {}, m_text.size()};
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Appends the unescaped contents of the string at m_pos (C escapes, as protobuf writes them).
    bool scanString(QByteArray *out)
    {
        const qsizetype start = m_pos;
        const char quote = m_text[m_pos++];
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == quote)
                return true;
            if (c == '\n')
                return fail(start, QStringLiteral("line break inside a string"));
            if (c != '\\') {
                out->append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case 'a': out->append('\a'); break;
            case 'b': out->append('\b'); break;
            case 'f': out->append('\f'); break;
            case 'n': out->append('\n'); break;
            case 'r': out->append('\r'); break;
            case 't': out->append('\t'); break;
            case 'v': out->append('\v'); break;
            case 'x': {
                int value = 0;
                int digits = 0;
                while (digits < 2 && m_pos < m_text.size() && hexValue(m_text[m_pos]) >= 0) {
                    value = value * 16 + hexValue(m_text[m_pos++]);
                    ++digits;
                }
                if (digits == 0)
                    return fail(m_pos - 2, QStringLiteral("'\\x' without hex digits"));
                out->append(char(value));
                break;
            }
            case 'u':
            case 'U': {
                const int count = e == 'u' ? 4 : 8;
                char32_t value = 0;
                for (int i = 0; i < count; ++i) {
                    if (m_pos >= m_text.size() || hexValue(m_text[m_pos]) < 0)
                        return fail(m_pos, QStringLiteral("'\\%1' needs %2 hex digits").arg(QLatin1Char(e)).arg(count));
                    value = value * 16 + char32_t(hexValue(m_text[m_pos++]));
                }
                if (value > 0x10FFFF)
                    return fail(m_pos - count - 2, QStringLiteral("code point out of range"));
                out->append(QString::fromUcs4(&value, 1).toUtf8());
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    int value = e - '0';
                    for (int i = 0; i < 2 && m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '7'; ++i)
                        value = value * 8 + (m_text[m_pos++] - '0');
                    out->append(char(value & 0xff));
                } else {
                    out->append(e); // \\ \' \" \? and anything protobuf would reject: taken literally
                }
                break;
            }
        }
        return fail(start, QStringLiteral("unterminated string"));
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    TextToken m_peeked;
    bool m_hasPeeked = false;
    int m_depth = 0;
    QString m_error;
};

bool parseTextTensorInfo(TextFormatParser &parser, const QByteArray &name, TensorSpec *spec)
{
    if (name == "name")
        return parser.readString(&spec->tensorName);
    if (name == "dtype")
        return parser.readDataType(&spec->dtype);
    if (name == "tensor_shape") {
        spec->shape.clear();
        spec->unknownRank = false;
        return parser.readMessages([&parser, spec](const QByteArray &shapeField) {
            if (shapeField == "unknown_rank")
                return parser.readBool(&spec->unknownRank);
            if (shapeField != "dim")
                return parser.skipValue();
            qint64 size = 0;
            return parser.readMessages(
                [&parser, &size](const QByteArray &dimField) {
                    return dimField == "size" ? parser.readInt64(&size) : parser.skipValue();
                },
                [spec, &size] {
                    spec->shape.append(size);
                    size = 0;
                });
        });
    }
    return parser.skipValue();
}

bool parseTextTensorMap(TextFormatParser &parser, QMap<QString, TensorSpec> *tensors)
{
    TensorSpec spec;
    return parser.readMessages(
        [&parser, &spec](const QByteArray &field) {
            if (field == "key")
                return parser.readString(&spec.key);
            if (field == "value") {
                return parser.readMessages(
                    [&parser, &spec](const QByteArray &infoField) { return parseTextTensorInfo(parser, infoField, &spec); });
            }
            return parser.skipValue();
        },
        [tensors, &spec] {
            tensors->insert(spec.key, spec);
            spec = TensorSpec();
        });
}

bool parseTextSignature(TextFormatParser &parser, const QByteArray &name, SignatureInfo *signature,
                        QMap<QString, TensorSpec> *inputs, QMap<QString, TensorSpec> *outputs)
{
    if (name == "inputs")
        return parseTextTensorMap(parser, inputs);
    if (name == "outputs")
        return parseTextTensorMap(parser, outputs);
    if (name == "method_name")
        return parser.readString(&signature->methodName);
    return parser.skipValue();
}

bool parseTextMetaGraph(TextFormatParser &parser, const QByteArray &name, MetaGraphInfo *info,
                        QMap<QString, SignatureInfo> *signatures)
{
    if (name == "meta_info_def") {
        return parser.readMessages([&parser, info](const QByteArray &field) {
            if (field == "tags") {
                return parser.readScalars([info](const TextToken &token) {
                    if (token.kind != TextToken::Kind::String)
                        return false;
                    info->tags.append(QString::fromUtf8(token.text));
                    return true;
                });
            }
            if (field == "tensorflow_version")
                return parser.readString(&info->tensorflowVersion);
            if (field == "tensorflow_git_version")
                return parser.readString(&info->tensorflowGitVersion);
            return parser.skipValue();
        });
    }
    if (name == "graph_def") {
        const qsizetype start = parser.position();
        const bool ok = parser.readMessages([&parser, info](const QByteArray &field) {
            if (field != "library")
                return parser.skipValue();
            return parser.readMessages([&parser, info](const QByteArray &libraryField) {
                if (libraryField != "function")
                    return parser.skipValue();
                return parser.readMessages(parser.skipAll(), [info] { ++info->functionCount; });
            });
        });
        info->graphDefBytes += parser.position() - start;
        return ok;
    }
    if (name == "signature_def") {
        SignatureInfo signature;
        QMap<QString, TensorSpec> inputs;
        QMap<QString, TensorSpec> outputs;
        return parser.readMessages(
            [&](const QByteArray &field) {
                if (field == "key")
                    return parser.readString(&signature.key);
                if (field == "value") {
                    return parser.readMessages([&](const QByteArray &signatureField) {
                        return parseTextSignature(parser, signatureField, &signature, &inputs, &outputs);
                    });
                }
                return parser.skipValue();
            },
            [&] {
                signature.inputs = inputs.values();
                signature.outputs = outputs.values();
                signatures->insert(signature.key, signature);
                signature = SignatureInfo();
                inputs.clear();
                outputs.clear();
            });
    }
    if (name == "object_graph_def")
        info->hasObjectGraph = true;
    return parser.skipValue();
}

SavedModelInfo parseText(QByteArrayView text, const QString &path, Error *error)
{
    setError(error, Error());
    SavedModelInfo info;
    TextFormatParser parser(text);
    const bool ok = parser.parseFields([&](const QByteArray &name) {
        if (name == "saved_model_schema_version")
            return parser.readInt64(&info.schemaVersion);
        if (name != "meta_graphs")
            return parser.skipValue();
        MetaGraphInfo metaGraph;
        QMap<QString, SignatureInfo> signatures;
        return parser.readMessages(
            [&](const QByteArray &field) { return parseTextMetaGraph(parser, field, &metaGraph, &signatures); },
            [&] {
                metaGraph.signatures = signatures.values();
                info.metaGraphs.append(metaGraph);
                metaGraph = MetaGraphInfo();
                signatures.clear();
            });
    });
    if (!ok || parser.hasError()) {
        qCDebug(lcSavedModel) << "cannot parse" << path << parser.errorString();
        setError(error, corruptError(path, parser.errorString()));
        return {};
    }
    if (info.metaGraphs.isEmpty()) {
        setError(error, corruptError(path, QStringLiteral("no meta_graphs in the text")));
        return {};
    }
    return info;
}

} // namespace

SavedModelInfo SavedModelReader::parseSavedModel(QByteArrayView bytes, Error *error)
{
    SavedModelInfo info = parseBinary(bytes, QString(), error);
    if (!info.metaGraphs.isEmpty())
        info.fileName = QStringLiteral("saved_model.pb");
    return info;
}

MetaGraphInfo SavedModelReader::parseMetaGraph(QByteArrayView bytes, Error *error)
{
    setError(error, Error());
    MetaGraphInfo info;
    ProtobufReader reader(bytes);
    if (!parseMetaGraphMessage(reader, &info)) {
        setError(error, corruptError(QString(), reader.errorString()));
        return {};
    }
    return info;
}

SavedModelInfo SavedModelReader::parseSavedModelText(QByteArrayView text, Error *error)
{
    SavedModelInfo info = parseText(text, QString(), error);
    if (!info.metaGraphs.isEmpty())
        info.fileName = QStringLiteral("saved_model.pbtxt");
    return info;
}

SavedModelInfo SavedModelReader::readDirectory(const QString &dir, Error *error)
{
    setError(error, Error());
    const QFileInfo dirInfo(dir);
    if (!dirInfo.isDir()) {
        ErrorContext context;
        context.path = dir;
        setError(error, Error(ErrorCode::PathNotFound, context));
        return {};
    }
    const QDir folder(dirInfo.absoluteFilePath());
    const QString binaryName = QStringLiteral("saved_model.pb");
    const QString textName = QStringLiteral("saved_model.pbtxt");
    // TensorFlow's loader prefers the binary file when both exist; so do we. Only a regular file
    // counts, as for a complete cache entry: a folder or symlink of that name is none.
    const bool binary = ModelFolder::isRegularFile(folder.path(), binaryName);
    if (!binary && !ModelFolder::isRegularFile(folder.path(), textName)) {
        ErrorContext context;
        context.path = dir; // errorString() says it holds neither saved_model.pb nor saved_model.pbtxt
        setError(error, Error(ErrorCode::NoSavedModel, context));
        return {};
    }

    const QString filePath = folder.filePath(binary ? binaryName : textName);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        ErrorContext context;
        context.path = filePath;
        context.detail = file.errorString();
        setError(error, Error(ErrorCode::FileError, context));
        return {};
    }

    // Mapping lets the parser skip graph_def (often most of the file) without reading it from disk.
    const qint64 size = file.size();
    if (size > MaxFileBytes) {
        setError(error, tooLargeError(filePath, size));
        return {};
    }
    QByteArray buffer;
    QByteArrayView bytes;
    if (size > 0) {
        if (const uchar *mapped = file.map(0, size)) {
            bytes = QByteArrayView(mapped, size);
        } else {
            qCDebug(lcSavedModel) << "cannot map" << filePath << file.errorString() << "- reading it";
            buffer = file.readAll();
            if (buffer.size() != size) {
                ErrorContext context;
                context.path = filePath;
                context.detail = file.errorString();
                setError(error, Error(ErrorCode::FileError, context));
                return {};
            }
            bytes = buffer;
        }
    }

    SavedModelInfo info = binary ? parseBinary(bytes, filePath, error) : parseText(bytes, filePath, error);
    if (info.metaGraphs.isEmpty())
        return {}; // the parser has set the error
    info.path = folder.path();
    info.fileName = binary ? binaryName : textName;
    info.isHubModuleV1 = QFileInfo(folder.filePath(QStringLiteral("tfhub_module.pb"))).isFile();
    qCDebug(lcSavedModel) << "read" << filePath << info.metaGraphs.size() << "meta graph(s), tags" << info.allTags();
    return info;
}

SavedModelInfo SavedModelReader::readFolder(Storage &storage, const QString &folder, Error *error)
{
    if (!storage.isRemote())
        return readDirectory(folder, error);
    setError(error, Error());
    Error e;
    const Storage::Stat folderStat = storage.stat(folder, &e);
    if (e) {
        setError(error, e);
        return {};
    }
    if (folderStat.type != Storage::Type::Folder) {
        ErrorContext context;
        context.path = folder;
        setError(error, Error(ErrorCode::PathNotFound, context));
        return {};
    }
    const QString binaryName = QStringLiteral("saved_model.pb");
    const QString textName = QStringLiteral("saved_model.pbtxt");
    // As locally: the binary file wins, and only a file counts (an object "saved_model.pb/x" makes a
    // folder of that name, which is none).
    auto isFile = [&storage, &folder, &e](const QString &name) {
        return !e && storage.stat(Storage::join(folder, name), &e).type == Storage::Type::File;
    };
    const bool binary = isFile(binaryName);
    const bool text = !binary && isFile(textName);
    if (e) {
        setError(error, e);
        return {};
    }
    if (!binary && !text) {
        ErrorContext context;
        context.path = folder;
        setError(error, Error(ErrorCode::NoSavedModel, context));
        return {};
    }

    // Pinned to one generation: a file replaced while it is read fails (ObjectChanged) rather than
    // parsing half of each version.
    const QString filePath = Storage::join(folder, binary ? binaryName : textName);
    const std::unique_ptr<StorageReader> reader = storage.openReader(filePath, &e);
    if (!reader) {
        ErrorContext context;
        context.path = filePath;
        setError(error, e ? e : Error(ErrorCode::FileError, context));
        return {};
    }
    const qint64 size = reader->size();
    if (size > MaxFileBytes) {
        setError(error, tooLargeError(filePath, size));
        return {};
    }
    QByteArray bytes;
    bytes.resize(size);
    constexpr qint64 chunk = 8 * 1024 * 1024; // each read is one bounded, cancellable request
    for (qint64 offset = 0; offset < size;) {
        const qint64 got = reader->read(offset, bytes.data() + offset, std::min(chunk, size - offset), &e);
        if (got <= 0) {
            if (!e) {
                ErrorContext context;
                context.path = filePath;
                context.detail = QStringLiteral("ended after %1 of %2 bytes").arg(offset).arg(size);
                e = Error(ErrorCode::FileError, context);
            }
            setError(error, e);
            return {};
        }
        offset += got;
    }

    SavedModelInfo info = binary ? parseBinary(bytes, filePath, error) : parseText(bytes, filePath, error);
    if (info.metaGraphs.isEmpty())
        return {}; // the parser has set the error
    info.path = folder;
    info.fileName = binary ? binaryName : textName;
    info.isHubModuleV1 = isFile(QStringLiteral("tfhub_module.pb"));
    if (e) {
        setError(error, e);
        return {};
    }
    qCDebug(lcSavedModel) << "read" << filePath << size << "bytes," << info.metaGraphs.size() << "meta graph(s), tags"
                          << info.allTags();
    return info;
}

} // namespace HubCache
