#include "progressprinter.h"

#include "sizeformat.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QLocale>

#include <unistd.h>

namespace {

// Text for the terminal: handles come from users, scripts and lists, and may hold anything.
QByteArray local(const QString &text)
{
    return TerminalText::escaped(text).toLocal8Bit();
}

} // namespace

ProgressPrinter::ProgressPrinter(const QString &handle, Style style, FILE *out)
    : m_handle(handle)
    , m_style(style)
    , m_out(out)
{
}

ProgressPrinter::Style ProgressPrinter::styleFor(bool consoleRequested, bool quiet, FILE *out)
{
    if (quiet)
        return Style::Quiet;
    if (consoleRequested)
        return Style::PythonConsole;
    if (::isatty(::fileno(out)))
        return Style::Bar;
    return Style::PythonLog;
}

QString ProgressPrinter::pythonSize(qint64 bytes)
{
    // tensorflow_hub.resolver._format_size
    const double b = double(bytes);
    if (bytes < 1024)
        return QString::number(bytes) + QStringLiteral("B");
    if (bytes < 1024 * 1024)
        return QString::number(b / 1024, 'f', 2) + QStringLiteral("kB");
    if (bytes < 1024LL * 1024 * 1024)
        return QString::number(b / (1024 * 1024), 'f', 2) + QStringLiteral("MB");
    return QString::number(b / (1024.0 * 1024 * 1024), 'f', 2) + QStringLiteral("GB");
}

void ProgressPrinter::started()
{
    m_clock.start();
    m_lastDraw.invalidate();
    if (m_style == Style::PythonLog)
        message(QCoreApplication::translate("ProgressPrinter", "Downloading TF-Hub Module '%1'.").arg(m_handle));
}

void ProgressPrinter::clearLine()
{
    if (m_lineOpen) {
        std::fputs("\r\033[K", m_out);
        m_lineOpen = false;
    }
}

void ProgressPrinter::update(qint64 received, qint64 total, qint64 extracted)
{
    switch (m_style) {
    case Style::Quiet:
        return;
    case Style::PythonLog:
        // Python: at most one line every 15 s.
        if (m_lastDraw.isValid() && m_lastDraw.elapsed() < 15'000)
            return;
        if (!m_lastDraw.isValid() && m_clock.elapsed() < 15'000)
            return;
        m_lastDraw.start();
        std::fprintf(m_out, "Downloading %s: %s\n", local(m_handle).constData(), local(pythonSize(extracted)).constData());
        std::fflush(m_out);
        return;
    case Style::PythonConsole:
        std::fprintf(m_out, "\rDownloading %s: %s", local(m_handle).constData(), local(pythonSize(extracted)).constData());
        std::fflush(m_out);
        m_lineOpen = true;
        return;
    case Style::Bar:
        break;
    }
    if (m_lastDraw.isValid() && m_lastDraw.elapsed() < 100)
        return;
    m_lastDraw.start();
    const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
    const double rate = received / seconds;
    QString line;
    if (total > 0) {
        const int width = 24;
        const double fraction = std::min(1.0, double(received) / double(total));
        const int filled = int(fraction * width);
        QString bar = QString(filled, QLatin1Char('=')) + (filled < width ? QStringLiteral(">") : QString());
        bar = bar.leftJustified(width, QLatin1Char(' '), true);
        const qint64 etaSeconds = rate > 0 ? qint64(double(total - received) / rate) : -1;
        line = QStringLiteral("[%1] %2% %3/%4 %5/s").arg(bar).arg(int(fraction * 100), 3)
                   .arg(HubCache::formatSize(received), HubCache::formatSize(total), HubCache::formatSize(qint64(rate)));
        if (etaSeconds >= 0)
            line += QCoreApplication::translate("ProgressPrinter", " %1 s left").arg(etaSeconds);
    } else {
        line = QStringLiteral("%1 %2/s").arg(HubCache::formatSize(received), HubCache::formatSize(qint64(rate)));
    }
    line += QLatin1Char(' ') + m_handle;
    std::fputs("\r\033[K", m_out);
    std::fputs(local(line.left(200)).constData(), m_out);
    std::fflush(m_out);
    m_lineOpen = true;
}

void ProgressPrinter::message(const QString &text)
{
    if (m_style == Style::Quiet)
        return;
    clearLine();
    std::fprintf(m_out, "%s\n", local(text).constData());
    std::fflush(m_out);
}

void ProgressPrinter::finished(bool ok, qint64 extracted)
{
    if (m_style == Style::Quiet)
        return;
    clearLine();
    if (ok) {
        if (m_style == Style::PythonConsole)
            std::fputs("\n", m_out);
        std::fprintf(m_out, "Downloaded %s, Total size: %s\n", local(m_handle).constData(),
                     local(pythonSize(extracted)).constData());
    }
    std::fflush(m_out);
}
