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
    ProxyFailure,
    AccessDenied,
    RemoteNotFound,
    RateLimited,
    ServerError,
    HttpError,
    TooManyRedirects,
    UnsafeRedirect,
    UnexpectedResponse,

    // Archives
    NotAnArchive,
    UnsafeArchiveMember,
    UnsupportedArchiveMember,

    // Files and the cache
    DiskFull,
    NotWritable,
    FileError,
    EntryNotFound,
    EntryBusy,
    LockFailure,

    // SavedModel inspection
    NoSavedModel,
    CorruptSavedModel,
};

} // namespace HubCache

Q_DECLARE_METATYPE(HubCache::ErrorCode)
