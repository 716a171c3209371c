#pragma once

#include "catalog.h"
#include "error.h"
#include "hubcache_export.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace HubCache {

// One TensorFlow SavedModel variation of a Kaggle model (an ApiModelInstance), and the handle that
// downloads it: <web>/models/<owner>/<model>/<framework>/<variation>/<version>, which Kaggle answers
// with the model's tarball for ?tf-hub-format=compressed, as for the models that moved from tfhub.dev.
struct HUBCACHE_EXPORT KaggleVariation {
    QString framework; // as the API and kagglehub's handles spell it: "tensorFlow2", "tensorFlow1"
    QString slug;
    int version = 0;
    qint64 sizeBytes = -1; // totalUncompressedBytes; -1 when the API does not say
    QString handle;

    friend bool operator==(const KaggleVariation &, const KaggleVariation &) = default;
};

// One Kaggle model (an ApiModel) with its TensorFlow variations; other frameworks are left out.
struct HUBCACHE_EXPORT KaggleModel {
    QString owner;
    QString slug;
    QString title;
    QString subtitle;
    QString publisher; // "author", else the owner
    QList<KaggleVariation> variations;
    // The list answer left "instances" out: the model's own page (…/get) names them.
    bool instancesMissing = false;

    friend bool operator==(const KaggleModel &, const KaggleModel &) = default;
};

// One page of the Kaggle Models listing (ApiListModelsResponse) and how it becomes Browse rows.
class HUBCACHE_EXPORT KaggleCatalogPage final
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::KaggleCatalogPage)

public:
    // A listing is a few hundred KB at most; an answer larger than this is refused.
    static constexpr qint64 kMaxBody = 4 * 1024 * 1024;

    QList<KaggleModel> models;
    QString nextPageToken; // empty on the last page
    qint64 totalResults = -1;

    // Parses a models/list answer. webBase is where handles point (https://www.kaggle.com). A field
    // of the wrong type is an UnexpectedResponse error naming it; unknown fields are ignored.
    [[nodiscard]] static KaggleCatalogPage parse(const QByteArray &json, const QUrl &webBase, const QUrl &url,
                                                 Error *error);
    // Parses one ApiModel object (an element of "models", or a models/{owner}/{model}/get answer).
    [[nodiscard]] static KaggleModel parseModel(const QJsonObject &object, const QString &where, const QUrl &webBase,
                                                QString *problem);
    // The handle of one variation version.
    [[nodiscard]] static QString handleFor(const QUrl &webBase, const QString &owner, const QString &model,
                                           const QString &framework, const QString &variation, int version);
    // "tensorFlow2" for "tensorFlow2", "TensorFlow2" or MODEL_FRAMEWORK_TENSOR_FLOW_2; empty for frameworks
    // that are not a TensorFlow SavedModel (TfLite, TfJs, PyTorch, Keras, …).
    [[nodiscard]] static QString tensorFlowFramework(const QString &framework);

    // One Browse row per variation (source "kaggle").
    [[nodiscard]] QList<CatalogItem> items() const;
    [[nodiscard]] static QList<CatalogItem> itemsFor(const KaggleModel &model);
};

} // namespace HubCache
