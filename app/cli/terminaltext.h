#pragma once

#include <QByteArray>
#include <QString>
#include <QtMessageHandler>

#include <cstdio>

// Everything `hubcache` prints goes out through here. Handles, archive member names and server
// headers are not ours: a control character in them would be obeyed by the terminal (clear the
// screen, retitle the window, hide or reorder text), so it is shown as a visible escape instead.
namespace TerminalText {

enum class Notation {
    Text, // \x1b for C0 controls and DEL, \u0085 for C1 controls and bidi overrides
    Json, // \u001b for all of them, a JSON string escape: in a JSON document they can only stand
          // raw inside strings (the line feeds of its layout are kept)
};

// text with every control character but line feeds and tabs escaped in notation.
[[nodiscard]] QString escaped(const QString &text, Notation notation = Notation::Text);

// Writes text, escaped, in the locale's encoding; line adds a line feed.
void write(FILE *stream, const QString &text);
void writeLine(FILE *stream, const QString &text);
// Writes a JSON document (UTF-8), with DEL, C1 controls and bidi overrides escaped as well as
// the C0 controls QJsonDocument already escapes.
void writeJson(FILE *stream, const QByteArray &json);

// A message handler for qInstallMessageHandler(): log lines name handles, archive members and paths
// too, so they reach standard error escaped, in the format Qt's own handler uses (QT_MESSAGE_PATTERN
// still applies).
void writeLogMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);

} // namespace TerminalText
