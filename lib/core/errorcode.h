#pragma once

#include "hubcache_export.h"

#include <QMetaType>

namespace HubCache {

// Every failure the library reports has exactly one of these codes. The text that goes with a code
// is made in one place, errorString() in error.cpp, so messages stay consistent and translated.
enum class ErrorCode {
    NoError = 0,
    Cancelled,

    // Handles and configuration
    InvalidHandle,
    PathNotFound,
    UnsupportedHandle,
    UnsupportedLoadFormat,
    InvalidLoadFormat,
    InvalidConfiguration,
    Offline,

    // Network
    HostNotFound,
    ConnectionRefused,
    ConnectionFailed,
    TlsFailure,
    Timeout,
    TooSlow,              // below the minimum average speed for the configured window
    ProxyFailure,
    AccessDenied,
    RemoteNotFound,
    RateLimited,
    ServerError,
    HttpError,
    TooManyRedirects,
    UnsafeRedirect,
    UnexpectedResponse,
    UnexpectedStatus,     // UNCOMPRESSED: the answer is not the "303 See Other" the protocol expects
    NotAGcsLocation,      // UNCOMPRESSED: a 303 whose body is not a gs:// location
    PreconditionFailed,   // HTTP 412: a conditional write lost (the object exists, or changed since read)
    ObjectChanged,        // a remote object was replaced while it was being read

    // Archives
    NotAnArchive,
    UnsafeArchiveMember,
    UnsupportedArchiveMember,
    ArchiveLimitExceeded, // expands beyond the configured ratio or size, or nests too deep

    // Files and the cache
    DiskFull,
    FileTooLarge,         // EFBIG: larger than the file system allows for one file
    NotWritable,
    FileError,
    EntryNotFound,
    EntryBusy,
    AlreadyExists,        // the destination of a move (publishing an entry) is already taken
    LockFailure,
    UnsafeCacheFolder,    // the cache folder or an entry is owned by another user or writable by others
    NotACacheFolder,      // the cache folder path exists but is not a folder

    // Credentials (the OS keychain)
    KeychainUnavailable,  // no Secret Service / keychain, or it refused the request
    KeychainTimeout,      // the keychain did not answer in time (typically a locked keyring)
    CredentialNotFound,   // nothing stored for that host, bucket or service
    InvalidCredential,    // a key file or secret that cannot be used (not JSON, no private key, empty)

    // SavedModel inspection
    NoSavedModel,
    CorruptSavedModel,
};

} // namespace HubCache

Q_DECLARE_METATYPE(HubCache::ErrorCode)
