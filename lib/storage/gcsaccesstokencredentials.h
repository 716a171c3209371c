#pragma once

#include "gcscredentialprovider.h"

namespace HubCache {

// A bearer token given from outside (GOOGLE_OAUTH_ACCESS_TOKEN, e.g. from
// `gcloud auth print-access-token`); it is used as is and never refreshed.
class HUBCACHE_EXPORT GcsAccessTokenCredentials final : public GcsCredentialProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsAccessTokenCredentials)

public:
    explicit GcsAccessTokenCredentials(const QString &token, QObject *parent = nullptr);
    void requestToken(QObject *context, const TokenCallback &callback) override;
    [[nodiscard]] QString description() const override;

private:
    QString m_token;
};

} // namespace HubCache
