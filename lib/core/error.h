#pragma once

#include "errorcode.h"
#include "hubcache_export.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace HubCache {

// What went wrong, as far as it is known where the error is made; errorString() turns it into text.
struct ErrorContext {
    QString handle;      // the model handle as the user gave it
    QString path;        // a file or folder involved
    QUrl url;            // the URL that was asked for
    int httpStatus = 0;  // HTTP status code, 0 when there was no response
    QString contentType; // Content-Type of a response, when it matters
    QString member;      // archive member name
    QString detail;      // low-level text from the OS, libarchive or Qt (not translated)
    int systemError = 0; // errno, when a system call failed
};

// A failure: one code plus a translated, actionable message (the handle, the path, what to do).
class HUBCACHE_EXPORT Error
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::Error)

public:
    Error() = default;
    Error(ErrorCode code, const ErrorContext &context);
    Error(ErrorCode code, const QString &message);

    [[nodiscard]] ErrorCode code() const { return m_code; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] const ErrorContext &context() const { return m_context; }
    [[nodiscard]] bool isError() const { return m_code != ErrorCode::NoError; }
    explicit operator bool() const { return isError(); }

    // Maps a Qt network error (and the HTTP status behind it) to our code.
    [[nodiscard]] static ErrorCode codeForNetworkError(QNetworkReply::NetworkError error, int httpStatus);
    // Maps errno of a failed file operation to our code (ENOSPC -> DiskFull, EACCES -> NotWritable, ...).
    [[nodiscard]] static ErrorCode codeForSystemError(int errnum);
    // An Error from errno for a file operation on path.
    [[nodiscard]] static Error fromSystemError(int errnum, const QString &path, const QString &handle = {});

private:
    ErrorCode m_code = ErrorCode::NoError;
    QString m_message;
    ErrorContext m_context;
};

// The one place where error codes become text: translated, naming the handle and path, saying what to do.
[[nodiscard]] HUBCACHE_EXPORT QString errorString(ErrorCode code, const ErrorContext &context);

// A short stable name for scripts and JSON output ("not-an-archive", "disk-full", ...).
[[nodiscard]] HUBCACHE_EXPORT QString errorCodeName(ErrorCode code);

} // namespace HubCache
