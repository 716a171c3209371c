#include "error.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace HubCache {

namespace {

QString statusSuffix(const ErrorContext &c)
{
    QString s;
    if (c.httpStatus > 0)
        s += Error::tr(" (HTTP %1").arg(c.httpStatus);
    if (!c.contentType.isEmpty())
        s += (s.isEmpty() ? QStringLiteral(" (") : QStringLiteral(", ")) + c.contentType;
    if (!s.isEmpty())
        s += QLatin1Char(')');
    return s;
}

QString withDetail(QString message, const ErrorContext &c)
{
    if (!c.detail.isEmpty())
        message += QStringLiteral(": ") + c.detail;
    return message;
}

QString what(const ErrorContext &c)
{
    if (!c.handle.isEmpty())
        return c.handle;
    if (!c.url.isEmpty())
        return c.url.toDisplayString();
    return c.path;
}

} // namespace

Error::Error(ErrorCode code, const ErrorContext &context)
    : m_code(code)
    , m_message(errorString(code, context))
    , m_context(context)
{
}

Error::Error(ErrorCode code, const QString &message)
    : m_code(code)
    , m_message(message)
{
}

ErrorCode Error::codeForNetworkError(QNetworkReply::NetworkError error, int httpStatus)
{
    if (httpStatus == 401 || httpStatus == 403)
        return ErrorCode::AccessDenied;
    if (httpStatus == 404 || httpStatus == 410)
        return ErrorCode::RemoteNotFound;
    if (httpStatus == 429)
        return ErrorCode::RateLimited;
    if (httpStatus >= 500 && httpStatus <= 599)
        return ErrorCode::ServerError;
    if (httpStatus >= 400)
        return ErrorCode::HttpError;

    switch (error) {
    case QNetworkReply::NoError:
        return ErrorCode::NoError;
    case QNetworkReply::OperationCanceledError:
        return ErrorCode::Cancelled;
    case QNetworkReply::HostNotFoundError:
        return ErrorCode::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return ErrorCode::ConnectionRefused;
    case QNetworkReply::TimeoutError:
        return ErrorCode::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        return error == QNetworkReply::SslHandshakeFailedError ? ErrorCode::TlsFailure
                                                               : ErrorCode::ConnectionFailed;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return ErrorCode::ProxyFailure;
    case QNetworkReply::ProtocolFailure:
        return ErrorCode::UnexpectedResponse; // the server broke HTTP: not a connection problem
    case QNetworkReply::TooManyRedirectsError:
        return ErrorCode::TooManyRedirects;
    case QNetworkReply::InsecureRedirectError:
        return ErrorCode::UnsafeRedirect;
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::AuthenticationRequiredError:
        return ErrorCode::AccessDenied;
    case QNetworkReply::ContentNotFoundError:
        return ErrorCode::RemoteNotFound;
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return ErrorCode::ServerError;
    default:
        return ErrorCode::ConnectionFailed;
    }
}

ErrorCode Error::codeForSystemError(int errnum)
{
    switch (errnum) {
    case 0:
        return ErrorCode::NoError;
    case ENOSPC:
    case EDQUOT:
        return ErrorCode::DiskFull;
    case EFBIG:
        return ErrorCode::FileTooLarge;
    case EACCES:
    case EPERM:
    case EROFS:
        return ErrorCode::NotWritable;
    default:
        return ErrorCode::FileError;
    }
}

Error Error::fromSystemError(int errnum, const QString &path, const QString &handle)
{
    ErrorContext c;
    c.path = path;
    c.handle = handle;
    c.systemError = errnum;
    c.detail = QString::fromLocal8Bit(std::strerror(errnum));
    return Error(codeForSystemError(errnum), c);
}

QString errorString(ErrorCode code, const ErrorContext &c)
{
    switch (code) {
    case ErrorCode::NoError:
        return {};
    case ErrorCode::Cancelled:
        return Error::tr("Cancelled by the user.");
    case ErrorCode::InvalidHandle:
        return withDetail(Error::tr("'%1' is not a model handle; give a tfhub.dev or Kaggle URL, "
                             "a gs:// path or a local folder").arg(c.handle), c);
    case ErrorCode::PathNotFound:
        // The Python library's wording, so scripts and users recognise it.
        return Error::tr("%1 does not exist.").arg(c.handle.isEmpty() ? c.path : c.handle);
    case ErrorCode::UnsupportedHandle:
        return withDetail(Error::tr("%1: this kind of handle is not supported yet").arg(what(c)), c);
    case ErrorCode::UnsupportedLoadFormat:
        return Error::tr("%1: in the UNCOMPRESSED load format a model stays in remote storage (gs://), and "
                  "reading it from there is not supported yet; use COMPRESSED or AUTO").arg(what(c));
    case ErrorCode::InvalidLoadFormat:
        return Error::tr("'%1' is not a valid model load format; use COMPRESSED, UNCOMPRESSED or AUTO "
                  "(check TFHUB_MODEL_LOAD_FORMAT and --tfhub_model_load_format)").arg(c.detail);
    case ErrorCode::InvalidConfiguration:
        return withDetail(Error::tr("Invalid configuration"), c);
    case ErrorCode::Offline:
        if (!c.url.isEmpty()) {
            // UNCOMPRESSED mode: nothing is cached, every resolve asks the server.
            return Error::tr("%1: offline mode is on (--offline or HUBCACHE_OFFLINE), but the UNCOMPRESSED load "
                      "format caches nothing and asks %2 for the model's location every time; turn offline "
                      "mode off, or use the COMPRESSED load format for a cached copy").arg(what(c), c.url.authority());
        }
        return Error::tr("%1 is not in the cache and offline mode is on (--offline or HUBCACHE_OFFLINE); "
                  "turn offline mode off to download it").arg(what(c));
    case ErrorCode::HostNotFound:
        return Error::tr("Cannot download %1: host %2 not found; check the handle and your network or "
                  "proxy settings").arg(what(c), c.url.host());
    case ErrorCode::ConnectionRefused:
        return Error::tr("Cannot download %1: %2 refused the connection; is the server up?")
            .arg(what(c), c.url.authority());
    case ErrorCode::ConnectionFailed:
        return withDetail(Error::tr("Cannot download %1: the connection to %2 failed")
                              .arg(what(c), c.url.authority()), c);
    case ErrorCode::TlsFailure:
        return withDetail(Error::tr("Cannot download %1: the TLS certificate of %2 could not be verified "
                             "(TFHUB_DISABLE_CERT_VALIDATION=true turns the check off at your own risk)")
                              .arg(what(c), c.url.host()), c);
    case ErrorCode::Timeout:
        return withDetail(Error::tr("Cannot download %1: %2 stopped sending data; try again later or "
                             "raise the timeout").arg(what(c), c.url.authority()), c);
    case ErrorCode::TooSlow:
        return withDetail(Error::tr("Cannot download %1: %2 is sending too slowly; try again later, or lower "
                             "HUBCACHE_MIN_SPEED / raise HUBCACHE_MIN_SPEED_TIME").arg(what(c), c.url.authority()), c);
    case ErrorCode::ProxyFailure:
        return withDetail(Error::tr("Cannot download %1 through the proxy; check http_proxy, https_proxy "
                             "and no_proxy").arg(what(c)), c);
    case ErrorCode::AccessDenied:
        return Error::tr("Cannot download %1: access denied%2; the model may need a licence accepted "
                  "on its page or credentials").arg(what(c), statusSuffix(c));
    case ErrorCode::RemoteNotFound:
        return Error::tr("Cannot download %1: not found on the server%2; check the handle's spelling "
                  "and version").arg(what(c), statusSuffix(c));
    case ErrorCode::RateLimited:
        return Error::tr("Cannot download %1: the server is rate limiting requests%2; try again later")
            .arg(what(c), statusSuffix(c));
    case ErrorCode::ServerError:
        return Error::tr("Cannot download %1: server error%2; try again later").arg(what(c), statusSuffix(c));
    case ErrorCode::HttpError:
        return Error::tr("Cannot download %1: the server answered with an error%2").arg(what(c), statusSuffix(c));
    case ErrorCode::TooManyRedirects:
        return Error::tr("Cannot download %1: too many redirects (last: %2)").arg(what(c), c.url.toDisplayString());
    case ErrorCode::UnsafeRedirect:
        return Error::tr("Cannot download %1: refused a redirect to %2 (only http and https are followed)")
            .arg(what(c), c.url.toDisplayString());
    case ErrorCode::UnexpectedResponse:
        return withDetail(Error::tr("Unexpected answer from the server for %1%2").arg(what(c), statusSuffix(c)), c);
    case ErrorCode::UnexpectedStatus: {
        // Starts with the Python library's sentence (tensorflow_hub's uncompressed resolver).
        QString hint;
        if (c.httpStatus == 404 || c.httpStatus == 410)
            hint = Error::tr("check the handle's spelling and version");
        else if (c.httpStatus == 401 || c.httpStatus == 403)
            hint = Error::tr("the model may need a licence accepted on its page or credentials");
        else if (c.httpStatus == 429 || c.httpStatus >= 500)
            hint = Error::tr("try again later");
        else
            hint = Error::tr("the server does not offer this model in the UNCOMPRESSED load format; use COMPRESSED "
                      "(TFHUB_MODEL_LOAD_FORMAT or --tfhub_model_load_format)");
        return withDetail(Error::tr("Cannot resolve %1: Expected 303 See other HTTP response but received code %2%3; %4")
                              .arg(what(c)).arg(c.httpStatus).arg(statusSuffix(c), hint), c);
    }
    case ErrorCode::NotAGcsLocation:
        // Starts with the Python library's sentence; the body is shown escaped and shortened.
        return Error::tr("Cannot resolve %1: Expected server to return a GCS location but received %2%3; the "
                  "server does not offer this model in the UNCOMPRESSED load format, use COMPRESSED "
                  "(TFHUB_MODEL_LOAD_FORMAT or --tfhub_model_load_format)").arg(what(c), c.detail, statusSuffix(c));
    case ErrorCode::PreconditionFailed:
        return Error::tr("The write to %1 was refused because its precondition failed%2: the object already "
                  "exists or was changed by someone else; read it again and retry if still needed")
            .arg(what(c), statusSuffix(c));
    case ErrorCode::ObjectChanged:
        return withDetail(Error::tr("%1 was replaced while it was being read; nothing of the new version was "
                             "mixed in; read it again").arg(what(c)), c);
    case ErrorCode::NotAnArchive:
        // Starts with the Python library's sentence, then says what we actually received (the
        // detail, when the extractor could tell).
        if (!c.detail.isEmpty())
            return Error::tr("%1 does not appear to be a valid module%2; %3").arg(what(c), statusSuffix(c), c.detail);
        return Error::tr("%1 does not appear to be a valid module%2; the server sent something "
                         "that is not a complete model archive (a login or error page, or a "
                         "cut-off download)").arg(what(c), statusSuffix(c));
    case ErrorCode::UnsafeArchiveMember:
        if (!c.detail.isEmpty())
            return Error::tr("%1: refused archive member '%2': %3").arg(what(c), c.member, c.detail);
        return Error::tr("%1: refused archive member '%2': it would be written outside the model folder")
            .arg(what(c), c.member);
    case ErrorCode::UnsupportedArchiveMember:
        return withDetail(Error::tr("%1: Unexpected object type in tar archive: member '%2' is neither a file "
                             "nor a folder").arg(what(c), c.member), c);
    case ErrorCode::ArchiveLimitExceeded:
        return withDetail(Error::tr("%1: refused the archive: it goes beyond what a model needs (an archive "
                             "bomb?)").arg(what(c)), c);
    case ErrorCode::FileTooLarge:
        return withDetail(Error::tr("%1: a file is larger than the file system holding %2 allows for one file")
                              .arg(what(c), c.path), c);
    case ErrorCode::DiskFull: {
        const QString message = Error::tr("No space left while writing %1; free some space or choose another "
                                          "cache folder (TFHUB_CACHE_DIR)").arg(c.path);
        // The OS's "No space left on device" adds nothing; a measured shortfall does.
        return c.systemError != 0 ? message : withDetail(message, c);
    }
    case ErrorCode::NotWritable:
        return withDetail(Error::tr("%1 is not writable; choose another cache folder in Settings or set "
                             "TFHUB_CACHE_DIR").arg(c.path), c);
    case ErrorCode::FileError:
        return withDetail(Error::tr("File error on %1").arg(c.path), c);
    case ErrorCode::EntryNotFound:
        return Error::tr("No cache entry for '%1' in %2").arg(c.handle, c.path);
    case ErrorCode::EntryBusy:
        return Error::tr("%1 is being downloaded by another process (%2); try again when it is done")
            .arg(what(c), c.detail);
    case ErrorCode::AlreadyExists:
        return withDetail(Error::tr("%1 already exists; nothing was replaced").arg(c.path), c);
    case ErrorCode::LockFailure:
        return withDetail(Error::tr("Cannot take the download lock %1").arg(c.path), c);
    case ErrorCode::UnsafeCacheFolder:
        return withDetail(Error::tr("%1 is not safe to use as a cache: another user could plant a model there; "
                             "choose a cache folder of your own (TFHUB_CACHE_DIR) or fix its owner and "
                             "permissions").arg(c.path), c);
    case ErrorCode::NotACacheFolder:
        return withDetail(Error::tr("%1 is not a folder; choose another cache folder in Settings or set "
                             "TFHUB_CACHE_DIR").arg(c.path), c);
    case ErrorCode::KeychainUnavailable:
        return withDetail(Error::tr("The system keychain cannot keep or give the credential for %1; start and "
                             "unlock your keyring (a Secret Service such as GNOME Keyring or KWallet), or "
                             "give the credential through the environment (KAGGLE_USERNAME/KAGGLE_KEY, "
                             "GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN); nothing is "
                             "stored in plain text").arg(c.handle), c);
    case ErrorCode::KeychainTimeout:
        return Error::tr("The system keychain did not answer within %1 s for %2: the keyring is probably "
                         "locked; unlock it (for example by logging in to the desktop or with your "
                         "keyring manager) and try again, or give the credential through the environment "
                         "(KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, "
                         "GOOGLE_OAUTH_ACCESS_TOKEN)").arg(c.detail, c.handle);
    case ErrorCode::CredentialNotFound:
        return Error::tr("The system keychain gives no credential for %1; if your keyring is locked, unlock "
                         "it (a locked keyring hides its entries), otherwise add one with 'hubcache login %1' "
                         "or in Preferences > Credentials").arg(c.handle);
    case ErrorCode::InvalidCredential:
        return withDetail(Error::tr("The credential for %1 cannot be used").arg(c.handle), c);
    case ErrorCode::NoSavedModel:
        return Error::tr("Trying to load a model of incompatible/unknown type. '%1' contains neither "
                  "'saved_model.pb' nor 'saved_model.pbtxt'.").arg(c.path);
    case ErrorCode::CorruptSavedModel:
        return withDetail(Error::tr("%1 is not a readable SavedModel; delete the cache entry and download "
                             "it again").arg(c.path), c);
    }
    return withDetail(Error::tr("Unknown error"), c);
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NoError: return QStringLiteral("ok");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::InvalidHandle: return QStringLiteral("invalid-handle");
    case ErrorCode::PathNotFound: return QStringLiteral("path-not-found");
    case ErrorCode::UnsupportedHandle: return QStringLiteral("unsupported-handle");
    case ErrorCode::UnsupportedLoadFormat: return QStringLiteral("unsupported-load-format");
    case ErrorCode::InvalidLoadFormat: return QStringLiteral("invalid-load-format");
    case ErrorCode::InvalidConfiguration: return QStringLiteral("invalid-configuration");
    case ErrorCode::Offline: return QStringLiteral("offline");
    case ErrorCode::HostNotFound: return QStringLiteral("host-not-found");
    case ErrorCode::ConnectionRefused: return QStringLiteral("connection-refused");
    case ErrorCode::ConnectionFailed: return QStringLiteral("connection-failed");
    case ErrorCode::TlsFailure: return QStringLiteral("tls-failure");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::TooSlow: return QStringLiteral("too-slow");
    case ErrorCode::ProxyFailure: return QStringLiteral("proxy-failure");
    case ErrorCode::AccessDenied: return QStringLiteral("access-denied");
    case ErrorCode::RemoteNotFound: return QStringLiteral("remote-not-found");
    case ErrorCode::RateLimited: return QStringLiteral("rate-limited");
    case ErrorCode::ServerError: return QStringLiteral("server-error");
    case ErrorCode::HttpError: return QStringLiteral("http-error");
    case ErrorCode::TooManyRedirects: return QStringLiteral("too-many-redirects");
    case ErrorCode::UnsafeRedirect: return QStringLiteral("unsafe-redirect");
    case ErrorCode::UnexpectedResponse: return QStringLiteral("unexpected-response");
    case ErrorCode::UnexpectedStatus: return QStringLiteral("unexpected-status");
    case ErrorCode::NotAGcsLocation: return QStringLiteral("not-a-gcs-location");
    case ErrorCode::PreconditionFailed: return QStringLiteral("precondition-failed");
    case ErrorCode::ObjectChanged: return QStringLiteral("object-changed");
    case ErrorCode::NotAnArchive: return QStringLiteral("not-an-archive");
    case ErrorCode::UnsafeArchiveMember: return QStringLiteral("unsafe-archive-member");
    case ErrorCode::UnsupportedArchiveMember: return QStringLiteral("unsupported-archive-member");
    case ErrorCode::ArchiveLimitExceeded: return QStringLiteral("archive-limit-exceeded");
    case ErrorCode::FileTooLarge: return QStringLiteral("file-too-large");
    case ErrorCode::DiskFull: return QStringLiteral("disk-full");
    case ErrorCode::NotWritable: return QStringLiteral("not-writable");
    case ErrorCode::FileError: return QStringLiteral("file-error");
    case ErrorCode::EntryNotFound: return QStringLiteral("entry-not-found");
    case ErrorCode::EntryBusy: return QStringLiteral("entry-busy");
    case ErrorCode::AlreadyExists: return QStringLiteral("already-exists");
    case ErrorCode::LockFailure: return QStringLiteral("lock-failure");
    case ErrorCode::UnsafeCacheFolder: return QStringLiteral("unsafe-cache-folder");
    case ErrorCode::NotACacheFolder: return QStringLiteral("not-a-cache-folder");
    case ErrorCode::KeychainUnavailable: return QStringLiteral("keychain-unavailable");
    case ErrorCode::KeychainTimeout: return QStringLiteral("keychain-timeout");
    case ErrorCode::CredentialNotFound: return QStringLiteral("credential-not-found");
    case ErrorCode::InvalidCredential: return QStringLiteral("invalid-credential");
    case ErrorCode::NoSavedModel: return QStringLiteral("no-saved-model");
    case ErrorCode::CorruptSavedModel: return QStringLiteral("corrupt-saved-model");
    }
    return QStringLiteral("unknown");
}

} // namespace HubCache
