#pragma once

#include "gcsobjectinfo.h"
#include "gcsrequestjob.h"

#include <QList>
#include <QStringList>

namespace HubCache {

// Lists the objects under a prefix, following nextPageToken to the last page. With a delimiter
// ("/"), names below the next delimiter are folded into prefixes() as in a folder listing.
class HUBCACHE_EXPORT GcsListJob final : public GcsRequestJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcsListJob)

public:
    GcsListJob(GcsClient *client, const QString &bucket, const QString &prefix, const QString &delimiter,
               QObject *parent = nullptr);
    // Objects per page (maxResults); 0 leaves it to the server (1000).
    void setPageSize(int size) { m_pageSize = size; }
    // Stops after this many pages (0: all): "is there anything under this prefix" needs one.
    void setMaxPages(int pages) { m_maxPages = pages; }

    [[nodiscard]] QList<GcsObjectInfo> objects() const { return m_objects; }
    [[nodiscard]] QStringList prefixes() const { return m_prefixes; }
    [[nodiscard]] int pageCount() const { return m_pages; }

protected:
    Request nextRequest() override;
    void handleResponse(int status, QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_delimiter;
    QString m_pageToken;
    int m_pageSize = 0;
    int m_maxPages = 0;
    int m_pages = 0;
    QList<GcsObjectInfo> m_objects;
    QStringList m_prefixes;
};

} // namespace HubCache
