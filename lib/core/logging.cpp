#include "logging.h"

Q_LOGGING_CATEGORY(lcConfig, "hubcache.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDownload, "hubcache.download", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArchive, "hubcache.archive", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCache, "hubcache.cache", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSavedModel, "hubcache.savedmodel", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "hubcache.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTf, "hubcache.tf", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "hubcache.storage", QtWarningMsg)
