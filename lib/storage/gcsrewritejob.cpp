#include "gcsrewritejob.h"

#include "gcsclient.h"

#include <QJsonDocument>
#include <QVariant>

namespace HubCache {

GcsRewriteJob::GcsRewriteJob(GcsClient *client, const QString &sourceBucket, const QString &sourceName,
                             const QString &destinationBucket, const QString &destinationName,
                             qint64 sourceGeneration, std::optional<qint64> ifGenerationMatch, QObject *parent)
    : GcsRequestJob(client, sourceBucket, sourceName, parent)
    , m_destinationBucket(destinationBucket)
    , m_destinationName(destinationName)
    , m_sourceGeneration(sourceGeneration)
    , m_ifGenerationMatch(ifGenerationMatch)
{
}

GcsRequestJob::Request GcsRewriteJob::nextRequest()
{
    QByteArrayList query;
    if (m_sourceGeneration)
        query << "sourceGeneration=" + QByteArray::number(m_sourceGeneration);
    if (m_ifGenerationMatch)
        query << "ifGenerationMatch=" + QByteArray::number(*m_ifGenerationMatch);
    if (m_bytesPerCall > 0)
        query << "maxBytesRewrittenPerCall=" + QByteArray::number(m_bytesPerCall);
    if (!m_rewriteToken.isEmpty())
        query << "rewriteToken=" + QUrl::toPercentEncoding(m_rewriteToken);
    const QByteArray suffix = "/rewriteTo/b/" + QUrl::toPercentEncoding(m_destinationBucket) + "/o/"
        + QUrl::toPercentEncoding(m_destinationName);
    Request r;
    r.verb = "POST";
    r.url = client()->objectUrl(m_bucket, m_name, suffix, query.join('&'));
    r.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArray("application/json")));
    r.body = "{}";
    // Without a precondition a repeated copy could overwrite a newer destination.
    r.idempotent = m_ifGenerationMatch.has_value();
    return r;
}

void GcsRewriteJob::handleResponse(int status, QNetworkReply *reply, const QByteArray &body)
{
    Q_UNUSED(reply)
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    ++m_calls;
    if (status != 200 || o.isEmpty()) {
        emitResult(makeError(ErrorCode::UnexpectedResponse, status, tr("no rewrite status in the answer")));
        return;
    }
    setProgress(o.value(u"totalBytesRewritten").toVariant().toLongLong(), o.value(u"objectSize").toVariant().toLongLong());
    if (o.value(u"done").toBool()) {
        m_object = GcsObjectInfo::fromJson(o.value(u"resource").toObject());
        emitResult();
        return;
    }
    const QString token = o.value(u"rewriteToken").toString();
    if (token.isEmpty()) {
        emitResult(makeError(ErrorCode::UnexpectedResponse, status, tr("an unfinished rewrite without a rewriteToken")));
        return;
    }
    m_rewriteToken = token;
    sendNext();
}

} // namespace HubCache
