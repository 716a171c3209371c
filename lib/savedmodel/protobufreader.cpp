#include "protobufreader_p.h"

#include <QVarLengthArray>

namespace HubCache {

namespace {

// Field numbers are 29 bits; anything above (or 0) is not something a protobuf encoder writes.
constexpr quint64 MaxFieldNumber = (quint64(1) << 29) - 1;
// A 64-bit varint takes at most 10 bytes.
constexpr int MaxVarintBytes = 10;

QString wireTypeName(ProtobufReader::WireType type)
{
    switch (type) {
    case ProtobufReader::WireType::Varint:
        return QStringLiteral("varint");
    case ProtobufReader::WireType::Fixed64:
        return QStringLiteral("64-bit");
    case ProtobufReader::WireType::LengthDelimited:
        return QStringLiteral("length-delimited");
    case ProtobufReader::WireType::StartGroup:
        return QStringLiteral("start-group");
    case ProtobufReader::WireType::EndGroup:
        return QStringLiteral("end-group");
    case ProtobufReader::WireType::Fixed32:
        return QStringLiteral("32-bit");
    }
    return QString::number(int(type));
}

} // namespace

ProtobufReader::ProtobufReader(QByteArrayView data, qint64 fileOffset)
    : m_data(data)
    , m_fileOffset(fileOffset)
{
}

bool ProtobufReader::fail(const QString &message)
{
    // The first failure is the one that explains the rest; later ones are consequences.
    if (m_error.isEmpty())
        m_error = message;
    m_valuePending = false;
    return false;
}

void ProtobufReader::takeError(const ProtobufReader &message)
{
    if (message.hasError())
        fail(message.m_error);
}

bool ProtobufReader::need(quint64 bytes, const char *what)
{
    const quint64 remaining = quint64(m_data.size() - m_pos);
    if (bytes <= remaining)
        return true;
    const qint64 end = m_fileOffset + m_data.size();
    const QString field = m_fieldNumber > 0
        ? QStringLiteral("field %1 at byte %2").arg(m_fieldNumber).arg(fieldOffset())
        : QStringLiteral("data at byte %1").arg(m_fileOffset + m_pos);
    // At the top level the buffer ends where the file ends: that is a truncated file. Deeper down
    // the bytes exist but an enclosing length says otherwise: the data itself is inconsistent.
    if (m_depth == 0) {
        return fail(QStringLiteral("truncated at byte %1 (%2 needs %3 more bytes for its %4)")
                        .arg(end)
                        .arg(field)
                        .arg(bytes - remaining)
                        .arg(QLatin1String(what)));
    }
    return fail(QStringLiteral("%1 runs past the end of its enclosing message at byte %2 (%3)")
                    .arg(field)
                    .arg(end)
                    .arg(QLatin1String(what)));
}

bool ProtobufReader::fetchVarint(quint64 *value)
{
    quint64 result = 0;
    for (int i = 0; i < MaxVarintBytes; ++i) {
        if (!need(1, "varint"))
            return false;
        const auto byte = quint8(m_data[m_pos++]);
        result |= quint64(byte & 0x7f) << (7 * i);
        if ((byte & 0x80) == 0) {
            *value = result;
            return true;
        }
    }
    return fail(QStringLiteral("malformed varint at byte %1 (longer than %2 bytes)")
                    .arg(m_fileOffset + m_pos - MaxVarintBytes)
                    .arg(MaxVarintBytes));
}

bool ProtobufReader::fetchTag(int *fieldNumber, WireType *wireType)
{
    const qsizetype start = m_pos;
    quint64 key = 0;
    if (!fetchVarint(&key))
        return false;
    const quint64 number = key >> 3;
    const int type = int(key & 7);
    if (number == 0 || number > MaxFieldNumber)
        return fail(QStringLiteral("invalid field number %1 at byte %2").arg(number).arg(m_fileOffset + start));
    if (type > int(WireType::Fixed32))
        return fail(QStringLiteral("invalid wire type %1 at byte %2").arg(type).arg(m_fileOffset + start));
    *fieldNumber = int(number);
    *wireType = WireType(type);
    return true;
}

bool ProtobufReader::next()
{
    if (hasError())
        return false;
    if (m_valuePending && !skip())
        return false;
    if (m_pos >= m_data.size()) {
        m_fieldNumber = 0;
        return false;
    }
    m_fieldStart = m_pos;
    m_fieldNumber = 0; // so that a truncated tag is not blamed on the previous field
    if (!fetchTag(&m_fieldNumber, &m_wireType))
        return false;
    if (m_wireType == WireType::EndGroup) {
        // Groups are consumed whole by skip(); an end marker here has no matching start.
        return fail(QStringLiteral("unexpected end-group for field %1 at byte %2").arg(m_fieldNumber).arg(fieldOffset()));
    }
    m_valuePending = true;
    return true;
}

bool ProtobufReader::expectWireType(WireType expected)
{
    if (hasError())
        return false;
    if (!m_valuePending)
        return fail(QStringLiteral("internal error: no field value to read at byte %1").arg(m_fileOffset + m_pos));
    if (m_wireType != expected) {
        return fail(QStringLiteral("field %1 at byte %2 has wire type %3 where %4 was expected")
                        .arg(m_fieldNumber)
                        .arg(fieldOffset())
                        .arg(wireTypeName(m_wireType), wireTypeName(expected)));
    }
    m_valuePending = false;
    return true;
}

bool ProtobufReader::readVarint(quint64 *value)
{
    return expectWireType(WireType::Varint) && fetchVarint(value);
}

bool ProtobufReader::readInt64(qint64 *value)
{
    quint64 raw = 0;
    if (!readVarint(&raw))
        return false;
    *value = qint64(raw);
    return true;
}

bool ProtobufReader::readInt32(qint32 *value)
{
    quint64 raw = 0;
    if (!readVarint(&raw))
        return false;
    *value = qint32(quint32(raw & 0xffffffffu));
    return true;
}

bool ProtobufReader::readBool(bool *value)
{
    quint64 raw = 0;
    if (!readVarint(&raw))
        return false;
    *value = raw != 0;
    return true;
}

bool ProtobufReader::readFixed64(quint64 *value)
{
    if (!expectWireType(WireType::Fixed64) || !need(8, "64-bit value"))
        return false;
    quint64 result = 0;
    for (int i = 0; i < 8; ++i)
        result |= quint64(quint8(m_data[m_pos + i])) << (8 * i);
    m_pos += 8;
    *value = result;
    return true;
}

bool ProtobufReader::readFixed32(quint32 *value)
{
    if (!expectWireType(WireType::Fixed32) || !need(4, "32-bit value"))
        return false;
    quint32 result = 0;
    for (int i = 0; i < 4; ++i)
        result |= quint32(quint8(m_data[m_pos + i])) << (8 * i);
    m_pos += 4;
    *value = result;
    return true;
}

bool ProtobufReader::readBytes(QByteArrayView *value)
{
    quint64 length = 0;
    if (!expectWireType(WireType::LengthDelimited) || !fetchVarint(&length) || !need(length, "contents"))
        return false;
    *value = m_data.sliced(m_pos, qsizetype(length));
    m_pos += qsizetype(length);
    return true;
}

bool ProtobufReader::readString(QString *value)
{
    QByteArrayView bytes;
    if (!readBytes(&bytes))
        return false;
    *value = QString::fromUtf8(bytes);
    return true;
}

bool ProtobufReader::readMessage(ProtobufReader *message)
{
    if (m_depth >= MaxDepth) {
        return fail(QStringLiteral("messages nested deeper than %1 levels at byte %2").arg(MaxDepth).arg(fieldOffset()));
    }
    QByteArrayView bytes;
    if (!readBytes(&bytes))
        return false;
    *message = ProtobufReader(bytes, m_fileOffset + (bytes.data() - m_data.data()));
    message->m_depth = m_depth + 1;
    return true;
}

bool ProtobufReader::skip()
{
    if (hasError())
        return false;
    if (!m_valuePending)
        return true;
    m_valuePending = false;
    return skipValue(m_fieldNumber, m_wireType);
}

bool ProtobufReader::skipValue(int fieldNumber, WireType wireType)
{
    switch (wireType) {
    case WireType::Varint: {
        quint64 ignored = 0;
        return fetchVarint(&ignored);
    }
    case WireType::Fixed64:
        if (!need(8, "64-bit value"))
            return false;
        m_pos += 8;
        return true;
    case WireType::Fixed32:
        if (!need(4, "32-bit value"))
            return false;
        m_pos += 4;
        return true;
    case WireType::LengthDelimited: {
        quint64 length = 0;
        if (!fetchVarint(&length) || !need(length, "contents"))
            return false;
        m_pos += qsizetype(length);
        return true;
    }
    case WireType::StartGroup:
        return skipGroup(fieldNumber);
    case WireType::EndGroup:
        break;
    }
    return fail(QStringLiteral("unexpected end-group for field %1 at byte %2").arg(fieldNumber).arg(fieldOffset()));
}

bool ProtobufReader::skipGroup(int fieldNumber)
{
    // Iterative with an explicit stack: hostile input cannot exhaust the C++ stack, and the depth
    // limit is the same as for nested messages.
    QVarLengthArray<int, 16> open;
    open.append(fieldNumber);
    while (!open.isEmpty()) {
        if (m_depth + open.size() > MaxDepth) {
            return fail(QStringLiteral("groups nested deeper than %1 levels at byte %2")
                            .arg(MaxDepth)
                            .arg(m_fileOffset + m_pos));
        }
        if (m_pos >= m_data.size())
            return need(1, "end of group");
        const qsizetype start = m_pos;
        int number = 0;
        WireType type = WireType::Varint;
        if (!fetchTag(&number, &type))
            return false;
        if (type == WireType::StartGroup) {
            open.append(number);
        } else if (type == WireType::EndGroup) {
            if (number != open.last()) {
                return fail(QStringLiteral("end-group for field %1 at byte %2 closes a group of field %3")
                                .arg(number)
                                .arg(m_fileOffset + start)
                                .arg(open.last()));
            }
            open.removeLast();
        } else if (!skipValue(number, type)) {
            return false;
        }
    }
    return true;
}

} // namespace HubCache
