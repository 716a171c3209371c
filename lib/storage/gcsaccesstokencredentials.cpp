#include "gcsaccesstokencredentials.h"

namespace HubCache {

GcsAccessTokenCredentials::GcsAccessTokenCredentials(const QString &token, QObject *parent)
    : GcsCredentialProvider(parent)
    , m_token(token)
{
}

void GcsAccessTokenCredentials::requestToken(QObject *context, const TokenCallback &callback)
{
    Q_UNUSED(context)
    callback(m_token, Error());
}

QString GcsAccessTokenCredentials::description() const
{
    return tr("the access token from GOOGLE_OAUTH_ACCESS_TOKEN");
}

} // namespace HubCache
