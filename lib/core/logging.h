#pragma once

#include "hubcache_export.h"

#include <QLoggingCategory>

// One logging category per subsystem. Warnings show by default; QT_LOGGING_RULES="hubcache.*.info=true"
// (or .debug) shows what the library does, e.g. every request and redirect.
HUBCACHE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcConfig)
HUBCACHE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcDownload)
HUBCACHE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcArchive)
HUBCACHE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcCache)
HUBCACHE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcSavedModel)
HUBCACHE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
HUBCACHE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcTf)
HUBCACHE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcStorage)
