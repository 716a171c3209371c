#pragma once

#include "tensorflow/c/c_api.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The functions of the TensorFlow C API that hubcache uses, from libtensorflow_cc.so.2 (and the
// libtensorflow_framework.so.2 next to it) loaded with dlopen() at run time: nothing else in
// hubcache links TensorFlow, and a machine without it only loses `hubcache smoke`.
class TensorFlowRuntime final
{
    Q_DECLARE_TR_FUNCTIONS(TensorFlowRuntime)

public:
#define HUBCACHE_TF_FUNCTIONS(X)                                                                                   \
    X(TF_Version)                                                                                                  \
    X(TF_NewStatus)                                                                                                \
    X(TF_DeleteStatus)                                                                                             \
    X(TF_GetCode)                                                                                                  \
    X(TF_Message)                                                                                                  \
    X(TF_NewBuffer)                                                                                                \
    X(TF_DeleteBuffer)                                                                                             \
    X(TF_NewGraph)                                                                                                 \
    X(TF_DeleteGraph)                                                                                              \
    X(TF_GraphOperationByName)                                                                                     \
    X(TF_OperationNumOutputs)                                                                                      \
    X(TF_NewSessionOptions)                                                                                        \
    X(TF_DeleteSessionOptions)                                                                                     \
    X(TF_LoadSessionFromSavedModel)                                                                                \
    X(TF_SessionRun)                                                                                               \
    X(TF_CloseSession)                                                                                             \
    X(TF_DeleteSession)                                                                                            \
    X(TF_AllocateTensor)                                                                                           \
    X(TF_DeleteTensor)                                                                                             \
    X(TF_TensorData)                                                                                               \
    X(TF_TensorElementCount)                                                                                       \
    X(TF_TensorType)                                                                                               \
    X(TF_NumDims)                                                                                                  \
    X(TF_Dim)                                                                                                      \
    X(TF_StringInit)                                                                                               \
    X(TF_DataTypeSize)                                                                                             \
    X(TF_RegisterFilesystemPlugin)

#define HUBCACHE_TF_DECLARE(name) decltype(&::name) name = nullptr;
    HUBCACHE_TF_FUNCTIONS(HUBCACHE_TF_DECLARE)
#undef HUBCACHE_TF_DECLARE

    // Loads TensorFlow the first time (it is never unloaded: TensorFlow cannot be) and returns it,
    // or null with *error saying where it looked and what went wrong. Looks in
    // $HUBCACHE_TENSORFLOW_DIR, then the folder CMake found at build time, then build/venv next to
    // the executable.
    [[nodiscard]] static const TensorFlowRuntime *load(QString *error);

    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] QString version() const { return QString::fromLatin1(TF_Version()); }

private:
    TensorFlowRuntime() = default;
    [[nodiscard]] static QStringList candidateDirs();
    [[nodiscard]] bool resolve(void *library, QString *missing);

    QString m_dir;
};
