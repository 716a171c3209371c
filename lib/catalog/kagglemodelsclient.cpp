#include "kagglemodelsclient.h"

#include "hostcredentials.h"
#include "kagglecatalogjob.h"
#include "networkaccess.h"

#include <QUrlQuery>

#include <algorithm>

namespace HubCache {

KaggleModelsClient::KaggleModelsClient(const Configuration &config, QNetworkAccessManager *nam)
    : m_config(config)
    , m_nam(nam)
{
}

KaggleCatalogJob *KaggleModelsClient::listModels(const KaggleCatalogQuery &query, QObject *parent) const
{
    return new KaggleCatalogJob(*this, query, parent);
}

QString KaggleModelsClient::sortByName(KaggleCatalogQuery::SortBy sortBy)
{
    switch (sortBy) {
    case KaggleCatalogQuery::SortBy::Unspecified: return {};
    case KaggleCatalogQuery::SortBy::Hotness: return QStringLiteral("LIST_MODELS_ORDER_BY_HOTNESS");
    case KaggleCatalogQuery::SortBy::DownloadCount: return QStringLiteral("LIST_MODELS_ORDER_BY_DOWNLOAD_COUNT");
    case KaggleCatalogQuery::SortBy::VoteCount: return QStringLiteral("LIST_MODELS_ORDER_BY_VOTE_COUNT");
    case KaggleCatalogQuery::SortBy::NotebookCount: return QStringLiteral("LIST_MODELS_ORDER_BY_NOTEBOOK_COUNT");
    case KaggleCatalogQuery::SortBy::PublishTime: return QStringLiteral("LIST_MODELS_ORDER_BY_PUBLISH_TIME");
    case KaggleCatalogQuery::SortBy::CreateTime: return QStringLiteral("LIST_MODELS_ORDER_BY_CREATE_TIME");
    case KaggleCatalogQuery::SortBy::UpdateTime: return QStringLiteral("LIST_MODELS_ORDER_BY_UPDATE_TIME");
    }
    return {};
}

QUrl KaggleModelsClient::listUrl(const KaggleCatalogQuery &query) const
{
    QUrl url = m_config.kaggleApi();
    url.setPath(url.path() + QStringLiteral("/models/list"));
    QUrlQuery q;
    const QString search = query.search.trimmed();
    if (!search.isEmpty())
        q.addQueryItem(QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(search)));
    const QString sortBy = sortByName(query.sortBy);
    if (!sortBy.isEmpty())
        q.addQueryItem(QStringLiteral("sortBy"), sortBy);
    if (!query.owner.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("owner"), QString::fromLatin1(QUrl::toPercentEncoding(query.owner.trimmed())));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(std::clamp(query.pageSize, 1, kMaxPageSize)));
    if (!query.pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), QString::fromLatin1(QUrl::toPercentEncoding(query.pageToken)));
    url.setQuery(q);
    return url;
}

QUrl KaggleModelsClient::modelUrl(const QString &owner, const QString &model) const
{
    QUrl url = m_config.kaggleApi();
    url.setPath(url.path() + QStringLiteral("/models/") + owner + QLatin1Char('/') + model + QStringLiteral("/get"));
    return url;
}

QUrl KaggleModelsClient::webBase() const
{
    QUrl url = m_config.kaggleApi();
    QString path = url.path();
    if (path.endsWith(QLatin1String("/api/v1")))
        path.chop(7);
    else
        path.clear();
    url.setPath(path);
    url.setQuery(QString());
    return url;
}

QNetworkRequest KaggleModelsClient::prepareRequest(const QUrl &url) const
{
    QNetworkRequest request = NetworkAccess::request(url, m_config);
    request.setRawHeader("Accept", "application/json");
    // The stored Kaggle key (or KAGGLE_USERNAME/KAGGLE_KEY) goes only to Kaggle's own origin;
    // a loopback or other API endpoint gets no Authorization header.
    HostCredentials::authorize(request, url, m_nam);
    return request;
}

} // namespace HubCache
