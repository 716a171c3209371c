#include "gcsmetadatajob.h"

#include "gcsclient.h"

#include <QJsonDocument>

namespace HubCache {

GcsMetadataJob::GcsMetadataJob(GcsClient *client, const QString &bucket, const QString &name, qint64 generation,
                               QObject *parent)
    : GcsRequestJob(client, bucket, name, parent)
    , m_generation(generation)
{
}

GcsRequestJob::Request GcsMetadataJob::nextRequest()
{
    Request r;
    r.url = client()->objectUrl(m_bucket, m_name, {},
                                m_generation ? "generation=" + QByteArray::number(m_generation) : QByteArray());
    return r;
}

void GcsMetadataJob::handleResponse(int status, QNetworkReply *reply, const QByteArray &body)
{
    Q_UNUSED(reply)
    m_object = GcsObjectInfo::fromJson(QJsonDocument::fromJson(body).object());
    if (status != 200 || !m_object.isValid()) {
        emitResult(makeError(ErrorCode::UnexpectedResponse, status, tr("no object metadata in the answer")));
        return;
    }
    setProgress(body.size(), body.size());
    emitResult();
}

} // namespace HubCache
