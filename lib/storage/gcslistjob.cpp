#include "gcslistjob.h"

#include "gcsclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace HubCache {

namespace {

QByteArray queryItem(const char *key, const QString &value)
{
    return QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

GcsListJob::GcsListJob(GcsClient *client, const QString &bucket, const QString &prefix, const QString &delimiter,
                       QObject *parent)
    : GcsRequestJob(client, bucket, prefix, parent)
    , m_delimiter(delimiter)
{
}

GcsRequestJob::Request GcsListJob::nextRequest()
{
    QByteArrayList query;
    if (!m_name.isEmpty())
        query << queryItem("prefix", m_name);
    if (!m_delimiter.isEmpty())
        query << queryItem("delimiter", m_delimiter);
    if (m_pageSize > 0)
        query << "maxResults=" + QByteArray::number(m_pageSize);
    if (!m_pageToken.isEmpty())
        query << queryItem("pageToken", m_pageToken);
    Request r;
    r.url = client()->bucketUrl(m_bucket, "/o", query.join('&'));
    return r;
}

void GcsListJob::handleResponse(int status, QNetworkReply *reply, const QByteArray &body)
{
    Q_UNUSED(reply)
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (status != 200 || !doc.isObject()) {
        emitResult(makeError(ErrorCode::UnexpectedResponse, status, parseError.errorString()));
        return;
    }
    const QJsonObject o = doc.object();
    for (const QJsonValue item : o.value(u"items").toArray())
        m_objects.append(GcsObjectInfo::fromJson(item.toObject()));
    // A prefix can come again on a later page.
    for (const QJsonValue prefix : o.value(u"prefixes").toArray()) {
        if (!m_prefixes.contains(prefix.toString()))
            m_prefixes.append(prefix.toString());
    }
    ++m_pages;
    setProgress(m_objects.size() + m_prefixes.size(), -1);
    const QString token = o.value(u"nextPageToken").toString();
    if (token.isEmpty() || (m_maxPages > 0 && m_pages >= m_maxPages)) {
        emitResult();
        return;
    }
    if (token == m_pageToken) {
        emitResult(makeError(ErrorCode::UnexpectedResponse, status, tr("the server repeats the page token %1").arg(token)));
        return;
    }
    m_pageToken = token;
    sendNext();
}

} // namespace HubCache
