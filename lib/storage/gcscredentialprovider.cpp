#include "gcscredentialprovider.h"

#include "gcsaccesstokencredentials.h"
#include "gcsanonymouscredentials.h"
#include "gcsserviceaccountcredentials.h"
#include "logging.h"

namespace HubCache {

GcsCredentialProvider::GcsCredentialProvider(QObject *parent)
    : QObject(parent)
{
}

GcsCredentialProvider::~GcsCredentialProvider() = default;

void GcsCredentialProvider::invalidate(const QString &token)
{
    Q_UNUSED(token)
}

std::unique_ptr<GcsCredentialProvider>
GcsCredentialProvider::fromEnvironment(const Configuration &config, QNetworkAccessManager *network, Error *error)
{
    if (error)
        *error = Error();
    const QProcessEnvironment &env = config.environment();
    const QString token = env.value(QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN")).trimmed();
    if (!token.isEmpty()) {
        qCInfo(lcStorage) << "using the access token from GOOGLE_OAUTH_ACCESS_TOKEN";
        return std::make_unique<GcsAccessTokenCredentials>(token);
    }
    const QString keyPath = env.value(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS")).trimmed();
    if (!keyPath.isEmpty()) {
        Error keyError;
        auto provider = GcsServiceAccountCredentials::fromKeyFile(keyPath, config, network, &keyError);
        if (!provider) {
            if (error)
                *error = keyError;
            return nullptr;
        }
        qCInfo(lcStorage) << "using" << provider->description();
        return provider;
    }
    qCInfo(lcStorage) << "no Google credentials in the environment: anonymous access";
    return std::make_unique<GcsAnonymousCredentials>();
}

} // namespace HubCache
