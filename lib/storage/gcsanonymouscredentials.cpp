#include "gcsanonymouscredentials.h"

namespace HubCache {

GcsAnonymousCredentials::GcsAnonymousCredentials(QObject *parent)
    : GcsCredentialProvider(parent)
{
}

void GcsAnonymousCredentials::requestToken(QObject *context, const TokenCallback &callback)
{
    Q_UNUSED(context)
    callback(QString(), Error());
}

QString GcsAnonymousCredentials::description() const
{
    return tr("anonymous access");
}

} // namespace HubCache
