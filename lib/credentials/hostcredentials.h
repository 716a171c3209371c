#pragma once

#include "credential.h"
#include "hubcache_export.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>

class QNetworkAccessManager;
class QNetworkRequest;
class QUrl;

namespace HubCache {

// The HTTP credentials a network access may use, loaded from the keychain (and the environment)
// before a download starts. authorize() is called where each request and each redirect hop is
// built: it attaches a credential only when scheme, host and port of the URL equal what the
// credential was stored for, so a redirect to another host or from https to http goes without it.
class HUBCACHE_EXPORT HostCredentials final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostCredentials)

public:
    // Keeps the HTTP ones of credentials; KAGGLE_USERNAME/KAGGLE_KEY in env win over a stored Kaggle key.
    HostCredentials(const QList<Credential> &credentials, const QProcessEnvironment &env, QObject *parent = nullptr);
    ~HostCredentials() override;

    // Makes this the set nam's requests are authorized from (it becomes nam's child; replaces any earlier set).
    void attachTo(QNetworkAccessManager *nam);
    // The set attached to nam, or else to nam's parent if that is a network access too.
    [[nodiscard]] static HostCredentials *of(const QNetworkAccessManager *nam);

    // The credential for url's origin, or nullptr.
    [[nodiscard]] const Credential *find(const QUrl &url) const;
    // Sets or removes request's Authorization header for url. Returns true if a credential was attached.
    bool authorize(QNetworkRequest &request, const QUrl &url) const;
    // The same, with the set attached to nam (none attached: the header is removed).
    static bool authorize(QNetworkRequest &request, const QUrl &url, const QNetworkAccessManager *nam);

    [[nodiscard]] int count() const { return int(m_credentials.size()); }

private:
    QList<Credential> m_credentials;
};

} // namespace HubCache
