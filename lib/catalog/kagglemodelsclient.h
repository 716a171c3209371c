#pragma once

#include "configuration.h"
#include "hubcache_export.h"

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QObject;

namespace HubCache {

class KaggleCatalogJob;

// What to ask the Kaggle Models listing for (the kaggle CLI's `kaggle models list` options).
struct HUBCACHE_EXPORT KaggleCatalogQuery {
    enum class SortBy {
        Unspecified,
        Hotness,
        DownloadCount,
        VoteCount,
        NotebookCount,
        PublishTime,
        CreateTime,
        UpdateTime,
    };
    QString search;
    QString owner;
    SortBy sortBy = SortBy::Unspecified;
    int pageSize = 20;
    QString pageToken;
};

// The Kaggle public API as the Browse page's Kaggle Models source uses it: the models listing and a
// model's own page, read without credentials (public models). Endpoints and fields, as the kaggle
// 2.2.5 / kagglesdk 0.1.38 / kagglehub 1.0.3 packages define them:
//  - GET {api}/models/list?search=&sortBy=&owner=&pageSize=&pageToken=
//      kagglesdk/models/types/model_api_service.py: ApiListModelsRequest.endpoint() (line 2066,
//      path '/api/v1/models/list'), its fields (line 3920: search, sortBy, owner, pageSize, pageToken,
//      onlyVertexModels); sortBy is a ListModelsOrderBy name (models/types/model_enums.py line 9,
//      serialized by name: kaggle_object.py EnumSerializer line 36); kaggle/api/kaggle_api_extended.py
//      model_list() (line 7925) defaults to LIST_MODELS_ORDER_BY_HOTNESS and page size 20.
//    Answer: ApiListModelsResponse (line 3929): models[], nextPageToken, totalResults.
//  - ApiModel (line 3935): ref "owner/model", slug, title, subtitle, author, instances[];
//    ApiModelInstance (line 3961): slug (the variation), framework (ModelFramework, model_enums.py
//    line 20, written "tensorFlow2" by the server), versionNumber, totalUncompressedBytes.
//  - GET {api}/models/{owner}/{model}/get: ApiGetModelRequest (line 1323), answer an ApiModel; asked
//    for a listed model whose "instances" the listing left out.
//  - A variation version is owner/model/framework/variation/version (kagglehub/handle.py line 14,
//    ModelHandle.to_url line 55: {web}/models/{owner}/{model}/{framework}/{variation}/{version});
//    kagglehub downloads it through {api}/models/{owner}/{model}/{framework}/{variation}/{version}/download
//    (model_api_service.py line 1038). tensorflow_hub takes the web URL itself as a handle and adds
//    ?tf-hub-format=compressed, which Kaggle answers with the tarball: that URL is the handle we list.
// kaggle 2.x itself posts the same request objects as JSON to https://api.kaggle.com/v1/
// models.ModelApiService/ListModels (kagglesdk/kaggle_http_client.py lines 109 and 288); the REST
// paths above are the ones the request objects name and the public site serves.
class HUBCACHE_EXPORT KaggleModelsClient final
{
public:
    // A page never asks for more than this many models.
    static constexpr int kMaxPageSize = 100;

    KaggleModelsClient(const Configuration &config, QNetworkAccessManager *nam);

    // A job that fetches one page of the listing (and the variations of models it lists without them).
    [[nodiscard]] KaggleCatalogJob *listModels(const KaggleCatalogQuery &query, QObject *parent = nullptr) const;

    [[nodiscard]] QUrl listUrl(const KaggleCatalogQuery &query) const;
    [[nodiscard]] QUrl modelUrl(const QString &owner, const QString &model) const;
    // Where handles point: the API's origin ({api} without its /api/v1 path).
    [[nodiscard]] QUrl webBase() const;
    [[nodiscard]] static QString sortByName(KaggleCatalogQuery::SortBy sortBy);

    // Every request to the Kaggle API is made here. Public models need no credentials; this is the
    // one place where the Kaggle credentials of the credential store are to be attached (only ever
    // for the configured API host).
    [[nodiscard]] QNetworkRequest prepareRequest(const QUrl &url) const;

    [[nodiscard]] const Configuration &configuration() const { return m_config; }
    [[nodiscard]] QNetworkAccessManager *networkAccess() const { return m_nam; }

private:
    Configuration m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace HubCache
