#pragma once

#include "error.h"
#include "hubcache_export.h"
#include "savedmodelinfo.h"

#include <QByteArrayView>
#include <QString>

namespace HubCache {

class Storage;

// Reads the tags, signatures and versions of a TensorFlow SavedModel without TensorFlow or
// libprotobuf, so a model can be inspected before (or instead of) loading it. Corrupt input gives
// ErrorCode::CorruptSavedModel, never a crash; graph_def is skipped, never copied.
class HUBCACHE_EXPORT SavedModelReader final
{
public:
    SavedModelReader() = delete;

    // The largest saved_model.pb or saved_model.pbtxt read, in a local folder and in a bucket alike:
    // a protobuf message cannot be larger, and TensorFlow refuses such a file too.
    static constexpr qint64 MaxFileBytes = 0x7fffffff;

    // Reads <dir>/saved_model.pb (memory-mapped) or else <dir>/saved_model.pbtxt.
    // Errors: NoSavedModel when neither exists, PathNotFound when dir does not exist, FileError when
    // the file cannot be read, CorruptSavedModel when it cannot be parsed or is larger than
    // MaxFileBytes (context.path = the file).
    [[nodiscard]] static SavedModelInfo readDirectory(const QString &dir, Error *error);

    // The same for a folder of storage: a local folder (readDirectory()) or gs://bucket/folder, whose
    // file is read through Storage::openReader() (up to MaxFileBytes) with the same errors; a failed
    // remote read keeps the storage's error (Timeout, AccessDenied, Cancelled…). A remote storage
    // blocks for network round trips: call it from a worker thread (SavedModelReadJob).
    [[nodiscard]] static SavedModelInfo readFolder(Storage &storage, const QString &folder, Error *error);

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
