// Fuzz target: the handle parser (kind, cache key, download URLs, local path) on arbitrary text.

#include "fuzzsupport.h"

#include "handle.h"

#include <QCryptographicHash>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>

using namespace HubCache;

namespace {

constexpr const char *kTarget = "fuzz_handle";

bool isLowerHexSha1(const QString &key)
{
    if (key.size() != 40)
        return false;
    for (QChar c : key) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

bool queryHasFormat(const QUrl &url, const QString &format)
{
    return QUrlQuery(url).allQueryItemValues(QStringLiteral("tf-hub-format")).contains(format);
}

void checkHandle(const QString &text)
{
    const Handle handle(text);
    HUBCACHE_FUZZ_CHECK(kTarget, handle.text() == text, text.toUtf8());
    HUBCACHE_FUZZ_CHECK(kTarget, handle.isEmpty() == text.isEmpty(), text.toUtf8());

    // The cache key: 40 lowercase hex digits, the SHA-1 of exactly the UTF-8 text.
    const QString key = handle.cacheKey();
    HUBCACHE_FUZZ_CHECK(kTarget, isLowerHexSha1(key), key.toUtf8());
    const QByteArray sha1 = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
    HUBCACHE_FUZZ_CHECK(kTarget, key.toLatin1() == sha1, text.toUtf8());
    HUBCACHE_FUZZ_CHECK(kTarget, Handle::cacheKeyFor(text) == key, text.toUtf8());
    HUBCACHE_FUZZ_CHECK(kTarget, Handle::looksLikeCacheKey(key), key.toUtf8());
    HUBCACHE_FUZZ_CHECK(kTarget, !Handle::looksLikeCacheKey(text) || isLowerHexSha1(text), text.toUtf8());

    for (LoadFormat format : {LoadFormat::Auto, LoadFormat::Compressed, LoadFormat::Uncompressed}) {
        const HandleKind kind = handle.kind(format);
        switch (kind) {
        case HandleKind::Invalid:
            break;
        case HandleKind::CompressedUrl:
        case HandleKind::UncompressedUrl: {
            HUBCACHE_FUZZ_CHECK(kTarget, handle.isUrl(), text.toUtf8());
            HUBCACHE_FUZZ_CHECK(kTarget, (kind == HandleKind::UncompressedUrl) == (format == LoadFormat::Uncompressed),
                                text.toUtf8());
            // Only http(s) ever goes on the wire, and the server is told which format is wanted.
            const QUrl compressed = handle.compressedUrl();
            HUBCACHE_FUZZ_CHECK(kTarget, compressed.scheme() == QLatin1String("http")
                                    || compressed.scheme() == QLatin1String("https"),
                                compressed.toEncoded());
            const QUrl uncompressed = handle.uncompressedUrl();
            HUBCACHE_FUZZ_CHECK(kTarget, uncompressed.scheme() == QLatin1String("http")
                                    || uncompressed.scheme() == QLatin1String("https"),
                                uncompressed.toEncoded());
            HUBCACHE_FUZZ_CHECK(kTarget, queryHasFormat(uncompressed, QStringLiteral("uncompressed")),
                                uncompressed.toEncoded());
            // The hub.tensorflow.google.cn mirror serves tarballs from its own host; every other
            // host is asked for the compressed format in the query.
            if (text.startsWith(QLatin1String("https://hub.tensorflow.google.cn/"))) {
                HUBCACHE_FUZZ_CHECK(kTarget, compressed.host() == QLatin1String("gcs.tensorflow.google.cn"),
                                    compressed.toEncoded());
            } else {
                HUBCACHE_FUZZ_CHECK(kTarget, queryHasFormat(compressed, QStringLiteral("compressed")),
                                    compressed.toEncoded());
            }
            break;
        }
        case HandleKind::GcsArchive:
        case HandleKind::GcsPath:
            HUBCACHE_FUZZ_CHECK(kTarget, text.startsWith(QLatin1String("gs://")), text.toUtf8());
            HUBCACHE_FUZZ_CHECK(kTarget, kind == handle.kind(LoadFormat::Auto), text.toUtf8());
            break;
        case HandleKind::LocalPath:
            HUBCACHE_FUZZ_CHECK(kTarget, !handle.isUrl(), text.toUtf8());
            HUBCACHE_FUZZ_CHECK(kTarget, kind == handle.kind(LoadFormat::Auto), text.toUtf8());
            if (!text.startsWith(QLatin1String("file://")))
                HUBCACHE_FUZZ_CHECK(kTarget, handle.localPath() == text, text.toUtf8());
            else
                (void)handle.localPath();
            break;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HubCacheFuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // As typed (UTF-8, invalid sequences become U+FFFD) and, for byte values the UTF-8 decoder
    // would fold together, as Latin-1 so every byte reaches the parser as its own character.
    checkHandle(QString::fromUtf8(bytes));
    checkHandle(QString::fromLatin1(bytes));
    return 0;
}
