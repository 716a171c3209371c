#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Why a smoke test failed: one code plus a translated message naming the model and what to do.
// Failures of the library (resolving, reading saved_model.pb) keep the library's code and text;
// the others are about TensorFlow and the helper process, which the library knows nothing of.
class SmokeError final
{
    Q_DECLARE_TR_FUNCTIONS(SmokeError)

public:
    enum class Code {
        NoError,
        Library,
        TensorFlowNotFound,
        WrongTags,
        NoSignature,
        SignatureNotFound,
        UnsupportedInput,
        MissingVariables,
        UnreadableVariables,
        LoadFailed,
        RunFailed,
        RunnerCrashed,
        RunnerTimedOut,
        RunnerFailed,
    };

    // What is known where the failure is found; message() picks what its code needs.
    struct Context {
        QString model;            // the handle or folder as the user knows it
        QStringList tags;         // asked for
        QStringList available;    // tag sets or signature keys that exist
        QString signature;
        QString input;            // an input key
        QString detail;           // TensorFlow's or the system's own words (not translated)
        int signal = 0;           // RunnerCrashed
        int timeoutSeconds = 0;   // RunnerTimedOut
    };

    SmokeError() = default;
    SmokeError(Code code, const Context &context);
    [[nodiscard]] static SmokeError fromLibrary(const HubCache::Error &error);

    [[nodiscard]] Code code() const { return m_code; }
    // A stable name for scripts: the library's errorCodeName() for Library, else "wrong-tags", ...
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString message() const { return m_message; }
    // Tag sets or signature keys that exist, for WrongTags and SignatureNotFound.
    [[nodiscard]] QStringList available() const { return m_available; }
    [[nodiscard]] bool isError() const { return m_code != Code::NoError; }
    explicit operator bool() const { return isError(); }

    // The process exit code: 3 when the TensorFlow runtime is missing, 1 for every other failure.
    [[nodiscard]] int exitCode() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SmokeError fromJson(const QJsonObject &object);

    [[nodiscard]] static QString codeName(Code code);

private:
    Code m_code = Code::NoError;
    QString m_name;
    QString m_message;
    QStringList m_available;
};
