#pragma once

#include "gcscredentialprovider.h"

namespace HubCache {

// No credentials: requests go out without an Authorization header (public buckets, emulators).
class HUBCACHE_EXPORT GcsAnonymousCredentials final : public GcsCredentialProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsAnonymousCredentials)

public:
    explicit GcsAnonymousCredentials(QObject *parent = nullptr);
    void requestToken(QObject *context, const TokenCallback &callback) override;
    [[nodiscard]] QString description() const override;
};

} // namespace HubCache
