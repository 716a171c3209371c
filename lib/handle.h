#pragma once

#include "configuration.h"
#include "hubcache_export.h"

#include <QString>
#include <QUrl>

namespace HubCache {

// Which resolver takes a handle, in the Python library's order of asking.
enum class HandleKind {
    Invalid,
    CompressedUrl,    // http(s) URL, load format COMPRESSED/AUTO: download the tarball, cache it
    UncompressedUrl,  // http(s) URL, load format UNCOMPRESSED: ask the server for a gs:// folder
    GcsArchive,       // gs://…/x.tar, .tar.gz, .tgz: stream the object through the cache protocol
    GcsPath,          // gs:// folder: read in place
    LocalPath,        // a local path or file:// URL: used as it is
};

// A model handle as the user typed it. The text is kept byte for byte: the cache key is the SHA-1
// of exactly that text, as in the Python library (a trailing slash gives another key).
class HUBCACHE_EXPORT Handle
{
public:
    Handle() = default;
    explicit Handle(const QString &text);

    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] bool isEmpty() const { return m_text.isEmpty(); }
    [[nodiscard]] HandleKind kind(LoadFormat format) const;
    [[nodiscard]] bool isUrl() const;

    // Lowercase hex SHA-1 of the UTF-8 handle text: the entry's folder name in the cache.
    [[nodiscard]] QString cacheKey() const;
    [[nodiscard]] static QString cacheKeyFor(const QString &text);
    [[nodiscard]] static bool looksLikeCacheKey(const QString &text);

    // The URL to download the compressed archive from: the handle with tf-hub-format=compressed
    // added to its query, or the hub.tensorflow.google.cn mirror's tarball address.
    [[nodiscard]] QUrl compressedUrl() const;
    // The URL that asks for the model's remote (gs://) location.
    [[nodiscard]] QUrl uncompressedUrl() const;
    // For local handles: the file system path (file:// URLs turned into paths).
    [[nodiscard]] QString localPath() const;

private:
    QString m_text;
};

} // namespace HubCache
