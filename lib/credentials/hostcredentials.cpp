#include "hostcredentials.h"

#include "credentialstore.h"
#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

namespace HubCache {

HostCredentials::HostCredentials(const QList<Credential> &credentials, const QProcessEnvironment &env, QObject *parent)
    : QObject(parent)
{
    const auto kaggleEnv = CredentialStore::kaggleFromEnvironment(env);
    if (kaggleEnv)
        m_credentials.append(*kaggleEnv);
    for (const Credential &c : credentials) {
        if (!c.isHttp() || !c.isValid())
            continue;
        if (c.kind() == Credential::Kind::KaggleKey && kaggleEnv)
            continue;
        m_credentials.append(c);
    }
}

HostCredentials::~HostCredentials() = default;

void HostCredentials::attachTo(QNetworkAccessManager *nam)
{
    auto *old = nam ? nam->findChild<HostCredentials *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (old && old != this)
        delete old;
    setParent(nam);
}

HostCredentials *HostCredentials::of(const QNetworkAccessManager *nam)
{
    if (!nam)
        return nullptr;
    if (auto *set = nam->findChild<HostCredentials *>(QString(), Qt::FindDirectChildrenOnly))
        return set;
    // A download queue's further connections come from managers it makes as the first one's
    // children: they send what the first one would, and follow it when its set is replaced.
    return of(qobject_cast<const QNetworkAccessManager *>(nam->parent()));
}

const Credential *HostCredentials::find(const QUrl &url) const
{
    const QString origin = Credential::originOf(url);
    if (origin.isEmpty())
        return nullptr;
    for (const Credential &c : m_credentials) {
        if (c.origin() == origin)
            return &c;
    }
    return nullptr;
}

bool HostCredentials::authorize(QNetworkRequest &request, const QUrl &url) const
{
    request.setRawHeader("Authorization", QByteArray());
    const Credential *c = find(url);
    if (!c)
        return false;
    request.setRawHeader("Authorization", c->authorizationHeader());
    qCInfo(lcKeychain) << "sending the stored" << Credential::kindName(c->kind()) << "credential to" << c->origin();
    return true;
}

bool HostCredentials::authorize(QNetworkRequest &request, const QUrl &url, const QNetworkAccessManager *nam)
{
    if (const HostCredentials *set = of(nam))
        return set->authorize(request, url);
    request.setRawHeader("Authorization", QByteArray());
    return false;
}

} // namespace HubCache
