#include "terminaltext.h"

namespace {

// U+202A..U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066..U+2069 (LRI, RLI, FSI, PDI) reorder the
// text around them, so a name can show something else than it is ("Trojan Source").
bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c);
}

} // namespace

namespace TerminalText {

QString escaped(const QString &text, Notation notation)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text.at(i).unicode()))
        ++i;
    if (i == text.size())
        return text;
    QString out = text.left(i);
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!needsEscape(c))
            out.append(QChar(c));
        else if (notation == Notation::Text && c <= 0x7f)
            out.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
        else
            out.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    return out;
}

void write(FILE *stream, const QString &text)
{
    std::fputs(escaped(text).toLocal8Bit().constData(), stream);
}

void writeLine(FILE *stream, const QString &text)
{
    write(stream, text);
    std::fputc('\n', stream);
}

void writeJson(FILE *stream, const QByteArray &json)
{
    std::fputs(escaped(QString::fromUtf8(json), Notation::Json).toUtf8().constData(), stream);
}

void writeLogMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    writeLine(stderr, qFormatLogMessage(type, context, message));
    std::fflush(stderr);
}

} // namespace TerminalText
