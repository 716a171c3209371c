#pragma once

#include "configuration.h"
#include "hubcache_export.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace HubCache {

class GcsCredentialProvider;
class GcsDeleteJob;
class GcsListJob;
class GcsMetadataJob;
class GcsObjectReader;
class GcsReadJob;
class GcsRewriteJob;
class GcsUploadJob;

// A Google Cloud Storage client for the JSON API (/storage/v1, /upload/storage/v1). Every
// operation returns a job (not started, auto-deleting) that retries idempotent requests, watches
// for stalls and can be cancelled. Object names are plain names ("dir/file"), never encoded.
class HUBCACHE_EXPORT GcsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsClient)

public:
    // Talks to config.gcsEndpoint() through network, with credentials (owned by the caller; it
    // must outlive the client's jobs).
    GcsClient(const Configuration &config, QNetworkAccessManager *network, GcsCredentialProvider *credentials,
              QObject *parent = nullptr);
    ~GcsClient() override;

    [[nodiscard]] const Configuration &configuration() const { return m_config; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    [[nodiscard]] GcsCredentialProvider *credentials() const { return m_credentials; }
    [[nodiscard]] QUrl endpoint() const { return m_endpoint; }

    // Object metadata, optionally of one generation.
    [[nodiscard]] GcsMetadataJob *metadata(const QString &bucket, const QString &name, qint64 generation = 0);
    // Bytes [offset, offset + length) of one object (length -1: to the end), pinned to generation
    // (0: the one current when the read starts).
    [[nodiscard]] GcsReadJob *read(const QString &bucket, const QString &name, qint64 offset, qint64 length,
                                   qint64 generation = 0);
    // A sequential reader of a whole object with read-ahead in bounded memory.
    [[nodiscard]] GcsObjectReader *openReader(const QString &bucket, const QString &name, qint64 generation = 0);
    // Every object (and, with a delimiter, every prefix) under prefix, page by page.
    [[nodiscard]] GcsListJob *list(const QString &bucket, const QString &prefix, const QString &delimiter = {});
    // One request (multipart): for small objects. ifGenerationMatch 0 creates only if absent.
    [[nodiscard]] GcsUploadJob *upload(const QString &bucket, const QString &name, const QByteArray &data,
                                       std::optional<qint64> ifGenerationMatch = std::nullopt,
                                       const QString &contentType = QStringLiteral("application/octet-stream"));
    // A resumable upload of a local file, in chunks: for large objects.
    [[nodiscard]] GcsUploadJob *uploadFile(const QString &bucket, const QString &name, const QString &filePath,
                                           std::optional<qint64> ifGenerationMatch = std::nullopt,
                                           const QString &contentType = QStringLiteral("application/octet-stream"));
    [[nodiscard]] GcsDeleteJob *remove(const QString &bucket, const QString &name,
                                       std::optional<qint64> ifGenerationMatch = std::nullopt);
    // A server-side copy (rewriteTo), of sourceGeneration when not 0.
    [[nodiscard]] GcsRewriteJob *copy(const QString &sourceBucket, const QString &sourceName,
                                      const QString &destinationBucket, const QString &destinationName,
                                      qint64 sourceGeneration = 0,
                                      std::optional<qint64> ifGenerationMatch = std::nullopt);

    // <endpoint>/storage/v1/b/<bucket>/o/<name> with every reserved character of both encoded
    // ("/" inside a name is %2F), plus suffix (already encoded) and query (already encoded).
    [[nodiscard]] QUrl objectUrl(const QString &bucket, const QString &name, const QByteArray &suffix = {},
                                 const QByteArray &query = {}) const;
    [[nodiscard]] QUrl bucketUrl(const QString &bucket, const QByteArray &suffix, const QByteArray &query = {},
                                 bool upload = false) const;
    // True when url is on the storage endpoint (same scheme, host and port): the only place a
    // token may go.
    [[nodiscard]] bool isStorageEndpoint(const QUrl &url) const;
    // "gs://bucket/name", for messages.
    [[nodiscard]] static QString uri(const QString &bucket, const QString &name);

private:
    Configuration m_config;
    QNetworkAccessManager *m_network = nullptr;
    GcsCredentialProvider *m_credentials = nullptr;
    QUrl m_endpoint;
};

} // namespace HubCache
