#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

// Download progress on stderr, in one of three styles: a bar rewritten in place on a terminal;
// with TFHUB_DOWNLOAD_PROGRESS set, the Python library's one rewritten line; otherwise its log
// lines "Downloading <handle>: <size>" at most every 15 s and "Downloaded <handle>, Total size: …".
class ProgressPrinter final
{
public:
    enum class Style {
        Bar,
        PythonConsole,
        PythonLog,
        Quiet,
    };

    ProgressPrinter(const QString &handle, Style style, FILE *out = stderr);

    [[nodiscard]] static Style styleFor(bool consoleRequested, bool quiet, FILE *out = stderr);
    // The Python library's progress lines, byte for byte (tf_utils.bytes_to_readable_str): powers of
    // 1024 labelled kB/MB/GB, as scripts that parse them expect. Everything else uses
    // HubCache::formatSize.
    [[nodiscard]] static QString pythonSize(qint64 bytes);

    void started();
    void update(qint64 received, qint64 total, qint64 extracted);
    void message(const QString &text);
    void finished(bool ok, qint64 extracted);

private:
    void clearLine();

    QString m_handle;
    Style m_style;
    FILE *m_out;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastDraw;
    bool m_lineOpen = false;
};
