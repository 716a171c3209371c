#include "gcsclient.h"

#include "gcscredentialprovider.h"
#include "gcsdeletejob.h"
#include "gcslistjob.h"
#include "gcsmetadatajob.h"
#include "gcsobjectreader.h"
#include "gcsreadjob.h"
#include "gcsrewritejob.h"
#include "gcsuploadjob.h"
#include "logging.h"

namespace HubCache {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

} // namespace

GcsClient::GcsClient(const Configuration &config, QNetworkAccessManager *network, GcsCredentialProvider *credentials,
                     QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(network)
    , m_credentials(credentials)
    , m_endpoint(config.gcsEndpoint())
{
    m_endpoint.setPath(QString());
    qCInfo(lcStorage) << "storage endpoint" << m_endpoint.toDisplayString() << "with" << credentials->description();
}

GcsClient::~GcsClient() = default;

QString GcsClient::uri(const QString &bucket, const QString &name)
{
    return QStringLiteral("gs://") + bucket + QLatin1Char('/') + name;
}

QUrl GcsClient::bucketUrl(const QString &bucket, const QByteArray &suffix, const QByteArray &query, bool upload) const
{
    // Built encoded and parsed strictly, so that "%2F" inside a name stays "%2F" on the wire.
    QByteArray url = m_endpoint.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.endsWith('/'))
        url.chop(1);
    url += upload ? "/upload/storage/v1/b/" : "/storage/v1/b/";
    url += QUrl::toPercentEncoding(bucket) + suffix;
    if (!query.isEmpty())
        url += '?' + query;
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QUrl GcsClient::objectUrl(const QString &bucket, const QString &name, const QByteArray &suffix,
                          const QByteArray &query) const
{
    return bucketUrl(bucket, "/o/" + QUrl::toPercentEncoding(name) + suffix, query);
}

bool GcsClient::isStorageEndpoint(const QUrl &url) const
{
    return url.scheme() == m_endpoint.scheme() && url.host().compare(m_endpoint.host(), Qt::CaseInsensitive) == 0
        && effectivePort(url) == effectivePort(m_endpoint) && url.userInfo().isEmpty();
}

GcsMetadataJob *GcsClient::metadata(const QString &bucket, const QString &name, qint64 generation)
{
    return new GcsMetadataJob(this, bucket, name, generation);
}

GcsReadJob *GcsClient::read(const QString &bucket, const QString &name, qint64 offset, qint64 length, qint64 generation)
{
    return new GcsReadJob(this, bucket, name, offset, length, generation);
}

GcsObjectReader *GcsClient::openReader(const QString &bucket, const QString &name, qint64 generation)
{
    return new GcsObjectReader(this, bucket, name, generation);
}

GcsListJob *GcsClient::list(const QString &bucket, const QString &prefix, const QString &delimiter)
{
    return new GcsListJob(this, bucket, prefix, delimiter);
}

GcsUploadJob *GcsClient::upload(const QString &bucket, const QString &name, const QByteArray &data,
                                std::optional<qint64> ifGenerationMatch, const QString &contentType)
{
    return new GcsUploadJob(this, bucket, name, data, ifGenerationMatch, contentType);
}

GcsUploadJob *GcsClient::uploadFile(const QString &bucket, const QString &name, const QString &filePath,
                                    std::optional<qint64> ifGenerationMatch, const QString &contentType)
{
    return new GcsUploadJob(this, bucket, name, filePath, ifGenerationMatch, contentType);
}

GcsDeleteJob *GcsClient::remove(const QString &bucket, const QString &name, std::optional<qint64> ifGenerationMatch)
{
    return new GcsDeleteJob(this, bucket, name, ifGenerationMatch);
}

GcsRewriteJob *GcsClient::copy(const QString &sourceBucket, const QString &sourceName, const QString &destinationBucket,
                               const QString &destinationName, qint64 sourceGeneration,
                               std::optional<qint64> ifGenerationMatch)
{
    return new GcsRewriteJob(this, sourceBucket, sourceName, destinationBucket, destinationName, sourceGeneration,
                             ifGenerationMatch);
}

} // namespace HubCache
