#include "handle.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrlQuery>

namespace HubCache {

namespace {

const QLatin1String kChinaMirror("https://hub.tensorflow.google.cn/");
const QLatin1String kChinaTarballs("https://gcs.tensorflow.google.cn/tfhub-modules/");

bool startsWithCaseInsensitive(const QString &text, QLatin1String prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

// Python: urlparse, parse_qsl, append the pair, urlencode, urlunparse.
QUrl withFormatQuery(const QString &handle, const QString &format)
{
    QUrl url(handle);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("tf-hub-format"), format);
    url.setQuery(query);
    return url;
}

} // namespace

Handle::Handle(const QString &text)
    : m_text(text)
{
}

bool Handle::isUrl() const
{
    return startsWithCaseInsensitive(m_text, QLatin1String("http://"))
        || startsWithCaseInsensitive(m_text, QLatin1String("https://"));
}

HandleKind Handle::kind(LoadFormat format) const
{
    if (m_text.trimmed().isEmpty())
        return HandleKind::Invalid;
    if (isUrl()) {
        const QUrl url(m_text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return HandleKind::Invalid;
        return format == LoadFormat::Uncompressed ? HandleKind::UncompressedUrl : HandleKind::CompressedUrl;
    }
    if (m_text.startsWith(QLatin1String("gs://"))) {
        if (m_text.endsWith(QLatin1String(".tar")) || m_text.endsWith(QLatin1String(".tar.gz"))
            || m_text.endsWith(QLatin1String(".tgz")))
            return HandleKind::GcsArchive;
        return HandleKind::GcsPath;
    }
    static const QRegularExpression otherScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (otherScheme.match(m_text).hasMatch() && !m_text.startsWith(QLatin1String("file://")))
        return HandleKind::Invalid;
    return HandleKind::LocalPath;
}

QString Handle::cacheKey() const
{
    return cacheKeyFor(m_text);
}

QString Handle::cacheKeyFor(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool Handle::looksLikeCacheKey(const QString &text)
{
    static const QRegularExpression sha1(QStringLiteral("^[0-9a-f]{40}$"));
    return sha1.match(text).hasMatch();
}

QUrl Handle::compressedUrl() const
{
    if (m_text.startsWith(kChinaMirror)) {
        QString rest = m_text.mid(kChinaMirror.size());
        while (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        return QUrl(kChinaTarballs + rest + QStringLiteral(".tar.gz"));
    }
    return withFormatQuery(m_text, QStringLiteral("compressed"));
}

QUrl Handle::uncompressedUrl() const
{
    return withFormatQuery(m_text, QStringLiteral("uncompressed"));
}

QString Handle::localPath() const
{
    if (m_text.startsWith(QLatin1String("file://")))
        return QUrl(m_text).toLocalFile();
    return m_text;
}

} // namespace HubCache
