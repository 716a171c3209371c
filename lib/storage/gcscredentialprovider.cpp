#include "gcscredentialprovider.h"

#include "gcsaccesstokencredentials.h"
#include "gcsanonymouscredentials.h"
#include "gcsrefreshtokencredentials.h"
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
    return fromEnvironment(config, network, QString(), {}, error);
}

std::unique_ptr<GcsCredentialProvider>
GcsCredentialProvider::fromEnvironment(const Configuration &config, QNetworkAccessManager *network,
                                       const QString &bucket, const QList<Credential> &stored, Error *error)
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
    // The keychain: this bucket's own credential, else the default for every bucket.
    const Credential *chosen = nullptr;
    const QStringList targets{QString(QStringLiteral("gs://") + bucket), QString::fromLatin1(Credential::kGcsDefaultTarget)};
    for (const QString &target : targets) {
        for (const Credential &c : stored) {
            if (c.isGcs() && c.target() == target) {
                chosen = &c;
                break;
            }
        }
        if (chosen)
            break;
    }
    if (chosen) {
        if (chosen->kind() == Credential::Kind::GcsAccessToken) {
            qCInfo(lcStorage) << "using the access token stored in the keychain for" << chosen->target();
            return std::make_unique<GcsAccessTokenCredentials>(QString::fromUtf8(chosen->secret()));
        }
        if (chosen->kind() == Credential::Kind::GcsRefreshToken) {
            Error tokenError;
            auto provider = GcsRefreshTokenCredentials::fromJson(chosen->secret(), chosen->target(), config, network,
                                                                 &tokenError);
            if (!provider) {
                if (error)
                    *error = tokenError;
                return nullptr;
            }
            qCInfo(lcStorage) << "using the refresh token stored in the keychain for" << chosen->target();
            return provider;
        }
        Error keyError;
        auto provider = GcsServiceAccountCredentials::fromKeyData(
            chosen->secret(), tr("the key stored in the keychain for %1").arg(chosen->target()), config, network,
            &keyError);
        if (!provider) {
            if (error)
                *error = keyError;
            return nullptr;
        }
        qCInfo(lcStorage) << "using" << provider->description() << "from the keychain for" << chosen->target();
        return provider;
    }
    qCInfo(lcStorage) << "no Google credentials in the environment or the keychain: anonymous access";
    return std::make_unique<GcsAnonymousCredentials>();
}

} // namespace HubCache
