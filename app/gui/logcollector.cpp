#include "logcollector.h"

#include <QDateTime>
#include <QPointer>

namespace {

QPointer<LogCollector> s_collector;
QtMessageHandler s_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_previous)
        s_previous(type, context, message);
    if (!s_collector)
        return;
    const char *level = "debug";
    switch (type) {
    case QtInfoMsg: level = "info"; break;
    case QtWarningMsg: level = "warning"; break;
    case QtCriticalMsg: level = "critical"; break;
    case QtFatalMsg: level = "fatal"; break;
    case QtDebugMsg: break;
    }
    const QString line = QStringLiteral("%1 %2 %3: %4")
                             .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                  QString::fromLatin1(level),
                                  QString::fromLatin1(context.category ? context.category : "default"), message);
    QMetaObject::invokeMethod(s_collector.data(), "append", Qt::QueuedConnection, Q_ARG(QString, line));
}

} // namespace

LogCollector::LogCollector(QObject *parent)
    : QObject(parent)
{
}

LogCollector::~LogCollector()
{
    if (m_installed) {
        qInstallMessageHandler(s_previous);
        s_collector = nullptr;
    }
}

void LogCollector::install()
{
    if (m_installed)
        return;
    m_installed = true;
    s_collector = this;
    s_previous = qInstallMessageHandler(handler);
}

void LogCollector::append(const QString &line)
{
    m_lines.append(line);
    if (m_lines.size() > 5000)
        m_lines.removeFirst();
    Q_EMIT lineAdded(line);
}
