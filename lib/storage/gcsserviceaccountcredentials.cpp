#include "gcsserviceaccountcredentials.h"

#include "logging.h"
#include "networkaccess.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace HubCache {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Error keyError(const QString &path, const QString &detail)
{
    ErrorContext c;
    c.path = path;
    c.detail = detail;
    return Error(ErrorCode::InvalidConfiguration,
                 GcsServiceAccountCredentials::tr("Cannot use the service-account key %1 (GOOGLE_APPLICATION_CREDENTIALS): "
                                                  "%2; download a new JSON key for the service account or unset "
                                                  "the variable").arg(path, detail));
}

} // namespace

GcsServiceAccountCredentials::GcsServiceAccountCredentials(const Configuration &config, QNetworkAccessManager *network)
    : GcsTokenExchangeCredentials(config, network)
{
}

GcsServiceAccountCredentials::~GcsServiceAccountCredentials() = default;

std::unique_ptr<GcsServiceAccountCredentials>
GcsServiceAccountCredentials::fromKeyFile(const QString &path, const Configuration &config,
                                          QNetworkAccessManager *network, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = keyError(path, file.errorString());
        return nullptr;
    }
    // A key file is a few kB; anything much larger is not one.
    return fromKeyData(file.read(1 << 20), path, config, network, error);
}

std::unique_ptr<GcsServiceAccountCredentials>
GcsServiceAccountCredentials::fromKeyData(const QByteArray &data, const QString &path, const Configuration &config,
                                          QNetworkAccessManager *network, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        *error = keyError(path, tr("not a JSON object (%1)").arg(parseError.errorString()));
        return nullptr;
    }
    const QJsonObject o = doc.object();
    if (o.value(u"type").toString() != u"service_account") {
        *error = keyError(path, tr("its \"type\" is not \"service_account\""));
        return nullptr;
    }
    std::unique_ptr<GcsServiceAccountCredentials> p(new GcsServiceAccountCredentials(config, network));
    p->m_keyPath = path;
    p->m_clientEmail = o.value(u"client_email").toString();
    p->m_privateKeyId = o.value(u"private_key_id").toString();
    p->m_privateKeyPem = o.value(u"private_key").toString().toUtf8();
    const QString tokenUri = o.value(u"token_uri").toString(QStringLiteral("https://oauth2.googleapis.com/token"));
    p->setTokenUri(QUrl(tokenUri, QUrl::StrictMode));
    if (p->m_clientEmail.isEmpty() || p->m_privateKeyPem.isEmpty()) {
        *error = keyError(path, tr("\"client_email\" or \"private_key\" is missing"));
        return nullptr;
    }
    // The assertion is as good as a password for an hour: only over TLS, or to this machine.
    if (!isAllowedTokenUri(p->tokenUri())) {
        *error = keyError(path, tr("its token_uri %1 is not an https URL").arg(tokenUri));
        return nullptr;
    }
    QString problem;
    if (p->signedJwt(QDateTime::currentDateTimeUtc(), &problem).isEmpty()) {
        *error = keyError(path, problem);
        return nullptr;
    }
    return p;
}

QByteArray GcsServiceAccountCredentials::signedJwt(const QDateTime &now, QString *problem) const
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!m_privateKeyId.isEmpty())
        header.insert(QStringLiteral("kid"), m_privateKeyId);
    const qint64 iat = now.toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), m_clientEmail},
                             {QStringLiteral("scope"), QLatin1String(kReadWriteScope)},
                             {QStringLiteral("aud"), tokenUri().toString()},
                             {QStringLiteral("iat"), iat},
                             {QStringLiteral("exp"), iat + 3600}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(m_privateKeyPem.constData(),
                                                                  int(m_privateKeyPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA) {
        *problem = tr("its private_key is not an RSA private key in PEM form");
        return {};
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size())) != 1) {
        *problem = tr("signing with its private_key failed");
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size())) != 1) {
        *problem = tr("signing with its private_key failed");
        return {};
    }
    signature.truncate(qsizetype(length));
    return signingInput + '.' + base64Url(signature);
}

QByteArray GcsServiceAccountCredentials::tokenRequestBody(Error *error) const
{
    QString problem;
    const QByteArray jwt = signedJwt(QDateTime::currentDateTimeUtc(), &problem);
    if (jwt.isEmpty()) {
        *error = keyError(m_keyPath, problem);
        return {};
    }
    return "grant_type=" + QUrl::toPercentEncoding(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"))
        + "&assertion=" + jwt;
}

QString GcsServiceAccountCredentials::subject() const
{
    return m_clientEmail;
}

QString GcsServiceAccountCredentials::description() const
{
    return tr("service account %1").arg(m_clientEmail);
}

} // namespace HubCache
