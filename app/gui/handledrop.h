#pragma once

#include <QCoreApplication>
#include <QString>

class QMimeData;

// What a drop onto the main window asks for: a model URL or gs:// path becomes a handle to resolve
// (typed into the Browse page, never downloaded without a click), a local SavedModel folder is
// inspected, anything else is refused with a message that says what can be dropped.
class HandleDrop final
{
    Q_DECLARE_TR_FUNCTIONS(HandleDrop)

public:
    enum class Action {
        Reject,
        Handle,        // value(): the handle text, as it would be typed
        InspectFolder, // value(): the absolute path of a local model folder
    };

    // Whether a drag carries something worth looking at (URLs or text); the drop says what it is.
    [[nodiscard]] static bool canCarryHandle(const QMimeData *mime);
    [[nodiscard]] static HandleDrop fromMimeData(const QMimeData *mime);

    [[nodiscard]] Action action() const { return m_action; }
    [[nodiscard]] QString value() const { return m_value; }
    // Why a drop is refused (translated), empty otherwise.
    [[nodiscard]] QString message() const { return m_message; }

private:
    static HandleDrop fromText(const QString &text);
    static HandleDrop fromLocalPath(const QString &path);
    static HandleDrop rejected(const QString &message);

    Action m_action = Action::Reject;
    QString m_value;
    QString m_message;
};
