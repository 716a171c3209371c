#pragma once

#include "error.h"
#include "hubcache_export.h"
#include "savedmodelinfo.h"

#include <QByteArrayView>
#include <QString>

namespace HubCache {

// Reads the tags, signatures and versions of a TensorFlow SavedModel without TensorFlow or
// libprotobuf, so a model can be inspected before (or instead of) loading it. Corrupt input gives
// ErrorCode::CorruptSavedModel, never a crash; graph_def is skipped, never copied.
class HUBCACHE_EXPORT SavedModelReader final
{
public:
    SavedModelReader() = delete;

    // Reads <dir>/saved_model.pb (memory-mapped) or else <dir>/saved_model.pbtxt.
    // Errors: NoSavedModel when neither exists, PathNotFound when dir does not exist, FileError when
    // the file cannot be read, CorruptSavedModel when it cannot be parsed (context.path = the file).
    [[nodiscard]] static SavedModelInfo readDirectory(const QString &dir, Error *error);

    // A serialized tensorflow.SavedModel (the bytes of saved_model.pb). A SavedModel without any
    // meta graph is reported as corrupt: TensorFlow cannot load it either.
    [[nodiscard]] static SavedModelInfo parseSavedModel(QByteArrayView bytes, Error *error);

    // A serialized tensorflow.MetaGraphDef, such as the meta_graph_def buffer that
    // TF_LoadSessionFromSavedModel fills.
    [[nodiscard]] static MetaGraphInfo parseMetaGraph(QByteArrayView bytes, Error *error);

    // A SavedModel in protobuf text format (saved_model.pbtxt). Reads the same fields as
    // parseSavedModel() and skips everything else.
    [[nodiscard]] static SavedModelInfo parseSavedModelText(QByteArrayView text, Error *error);
};

} // namespace HubCache
