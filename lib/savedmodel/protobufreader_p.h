#pragma once

#include "hubcache_export.h"

#include <QByteArrayView>
#include <QString>

namespace HubCache {

// A forward-only, bounds-checked cursor over protobuf wire format, so SavedModel files can be read
// without libprotobuf. Sub-messages are views into the same buffer: a graph_def of hundreds of MB in
// a memory-mapped file is skipped, never copied. Every read checks its bounds; a failure stops the
// reader and leaves a description (with the byte offset in the file) in errorString().
// Exported only so the tests can use it; this header is not installed.
class HUBCACHE_EXPORT ProtobufReader final
{
public:
    enum class WireType {
        Varint = 0,
        Fixed64 = 1,
        LengthDelimited = 2,
        StartGroup = 3,
        EndGroup = 4,
        Fixed32 = 5,
    };

    // Matches libprotobuf's default recursion limit, so anything TensorFlow wrote is accepted.
    static constexpr int MaxDepth = 100;

    ProtobufReader() = default;
    // fileOffset is where data starts in the file, so that error messages name file positions.
    explicit ProtobufReader(QByteArrayView data, qint64 fileOffset = 0);

    // Moves to the next field, skipping the current field's value if it was not read.
    // Returns false at the end of the message and on an error; hasError() tells them apart.
    [[nodiscard]] bool next();

    [[nodiscard]] int fieldNumber() const { return m_fieldNumber; }
    [[nodiscard]] WireType wireType() const { return m_wireType; }
    // Offset in the file of the current field's tag.
    [[nodiscard]] qint64 fieldOffset() const { return m_fileOffset + m_fieldStart; }

    // Readers for the current field's value. Each fails (and sets the error) when the field's wire
    // type does not fit, or when the value runs past the end of the message.
    [[nodiscard]] bool readVarint(quint64 *value);
    [[nodiscard]] bool readInt64(qint64 *value);
    // int32 and enum fields: protobuf keeps the low 32 bits of the varint.
    [[nodiscard]] bool readInt32(qint32 *value);
    [[nodiscard]] bool readBool(bool *value);
    [[nodiscard]] bool readFixed64(quint64 *value);
    [[nodiscard]] bool readFixed32(quint32 *value);
    // A view into the buffer, valid as long as the buffer is.
    [[nodiscard]] bool readBytes(QByteArrayView *value);
    // Decodes UTF-8; invalid sequences become U+FFFD like everywhere else in Qt.
    [[nodiscard]] bool readString(QString *value);
    // A reader over an embedded message, one nesting level deeper than this one.
    [[nodiscard]] bool readMessage(ProtobufReader *message);
    // Skips the current field's value, including whole groups.
    [[nodiscard]] bool skip();

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    // Untranslated, for ErrorContext::detail: "truncated at byte 5000 (...)".
    [[nodiscard]] QString errorString() const { return m_error; }
    // Takes over the failure of a reader made by readMessage(), so one reader carries it to the top.
    void takeError(const ProtobufReader &message);

    [[nodiscard]] QByteArrayView data() const { return m_data; }
    [[nodiscard]] qint64 fileOffset() const { return m_fileOffset; }
    [[nodiscard]] int depth() const { return m_depth; }

private:
    [[nodiscard]] bool fetchVarint(quint64 *value);
    [[nodiscard]] bool fetchTag(int *fieldNumber, WireType *wireType);
    [[nodiscard]] bool expectWireType(WireType expected);
    [[nodiscard]] bool need(quint64 bytes, const char *what);
    [[nodiscard]] bool skipValue(int fieldNumber, WireType wireType);
    [[nodiscard]] bool skipGroup(int fieldNumber);
    bool fail(const QString &message);

    QByteArrayView m_data;
    qint64 m_fileOffset = 0;
    qsizetype m_pos = 0;
    qsizetype m_fieldStart = 0;
    int m_fieldNumber = 0;
    WireType m_wireType = WireType::Varint;
    int m_depth = 0;
    bool m_valuePending = false;
    QString m_error;
};

} // namespace HubCache
