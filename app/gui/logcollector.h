#pragma once

#include <QObject>
#include <QStringList>

// Collects the process's log messages (the library's hubcache.* categories and Qt's own) for the
// diagnostics view. A Qt message handler is process-wide by nature; this object is where it
// delivers, on the GUI thread, and it keeps the last lines for a view opened later.
class LogCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogCollector)

public:
    explicit LogCollector(QObject *parent = nullptr);
    ~LogCollector() override;

    // Routes qDebug/qInfo/qWarning… to this collector (and on to stderr as before).
    void install();
    [[nodiscard]] QStringList lines() const { return m_lines; }

Q_SIGNALS:
    void lineAdded(const QString &line);

private:
    Q_INVOKABLE void append(const QString &line);

    QStringList m_lines;
    bool m_installed = false;
};
