// Fuzz target: the SavedModel reader (binary saved_model.pb, a MetaGraphDef, saved_model.pbtxt) on
// arbitrary bytes. Corrupt input must give ErrorCode::CorruptSavedModel with a message, never a crash.

#include "fuzzsupport.h"

#include "savedmodelreader.h"

#include <cstddef>
#include <cstdint>

using namespace HubCache;

namespace {

constexpr const char *kTarget = "fuzz_savedmodel";

template<typename T>
bool sortedByKey(const QList<T> &items)
{
    for (qsizetype i = 1; i < items.size(); ++i) {
        if (items.at(i).key < items.at(i - 1).key)
            return false;
    }
    return true;
}

void checkMetaGraph(const MetaGraphInfo &metaGraph)
{
    HUBCACHE_FUZZ_CHECK(kTarget, sortedByKey(metaGraph.signatures), "signatures not sorted by key");
    for (const SignatureInfo &signature : metaGraph.signatures) {
        HUBCACHE_FUZZ_CHECK(kTarget, sortedByKey(signature.inputs), signature.key.toUtf8());
        HUBCACHE_FUZZ_CHECK(kTarget, sortedByKey(signature.outputs), signature.key.toUtf8());
        HUBCACHE_FUZZ_CHECK(kTarget, metaGraph.signature(signature.key) != nullptr, signature.key.toUtf8());
        for (const QList<TensorSpec> *specs : {&signature.inputs, &signature.outputs}) {
            for (const TensorSpec &spec : *specs) {
                HUBCACHE_FUZZ_CHECK(kTarget, !spec.dtypeName().isEmpty(), spec.key.toUtf8());
                HUBCACHE_FUZZ_CHECK(kTarget, !spec.shapeString().isEmpty(), spec.key.toUtf8());
            }
        }
    }
}

void checkResult(const Error &error, const char *what)
{
    if (!error)
        return;
    HUBCACHE_FUZZ_CHECK(kTarget, error.code() == ErrorCode::CorruptSavedModel,
                        QByteArray(what) + ": " + errorCodeName(error.code()).toUtf8());
    HUBCACHE_FUZZ_CHECK(kTarget, !error.message().isEmpty(), what);
}

void checkSavedModel(const SavedModelInfo &info, const Error &error, const char *what)
{
    checkResult(error, what);
    if (error)
        return;
    // A SavedModel without a meta graph cannot be loaded: the reader reports it as corrupt.
    HUBCACHE_FUZZ_CHECK(kTarget, !info.metaGraphs.isEmpty(), what);
    for (const MetaGraphInfo &metaGraph : info.metaGraphs)
        checkMetaGraph(metaGraph);
    (void)info.allTags();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HubCacheFuzz::ensureApplication();
    const QByteArrayView bytes(data, qsizetype(size));

    Error error;
    const SavedModelInfo binary = SavedModelReader::parseSavedModel(bytes, &error);
    checkSavedModel(binary, error, "parseSavedModel");

    error = Error();
    const MetaGraphInfo metaGraph = SavedModelReader::parseMetaGraph(bytes, &error);
    checkResult(error, "parseMetaGraph");
    if (!error)
        checkMetaGraph(metaGraph);

    error = Error();
    const SavedModelInfo text = SavedModelReader::parseSavedModelText(bytes, &error);
    checkSavedModel(text, error, "parseSavedModelText");
    return 0;
}
