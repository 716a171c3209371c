#pragma once

#include "smokeerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What `hubcache smoke` found out about one model: where it came from, how TensorFlow read it,
// how long loading and running took, and each input and output. `hubcache smoke --json` prints
// toJson() (its shape is documented in the README), which front ends read back with fromJson().
struct SmokeReport {
    struct Tensor {
        QString key;
        QString dtype;              // "float32", "string", ...
        QList<qint64> shape;        // as fed (inputs) or as returned (outputs)
        QList<qint64> declaredShape; // as the signature declares it, -1 for unknown dimensions
        bool declaredUnknownRank = false;
        QJsonArray values;          // outputs: the first few elements of numeric and boolean tensors

        friend bool operator==(const Tensor &, const Tensor &) = default;
    };

    QString handle;
    QString resolvedPath;
    bool cached = false;        // nothing was downloaded
    qint64 resolveMs = -1;

    QString tensorflowVersion;
    QString tensorflowDir;      // where libtensorflow_cc.so.2 was loaded from
    QString ioPath;             // "plugin" (hubcache:// filesystem) or "local" (TensorFlow's own reads)
    QString pluginUri;          // the export dir handed to TensorFlow, when ioPath is "plugin"
    QString pluginError;        // why the plugin was not used, when ioPath is "local"
    qint64 bytesRead = -1;      // through the plugin; for "local", the process's read() total (approximate)
    qint64 filesOpened = -1;    // through the plugin
    QString source;             // where the model's bytes came from: a local folder or gs://bucket/…
    qint64 sourceBytes = -1;    // remote source: bytes hubcache's storage reader read from it
    qint64 sourceReadMs = -1;   // remote source: time spent waiting for its reads, summed over TensorFlow's threads
    qint64 sourceBytesPerSecond = -1; // remote source: sourceBytes over the time from the first read to the last

    [[nodiscard]] bool isRemoteSource() const { return source.startsWith(QLatin1String("gs://")); }

    QStringList tags;
    QString signature;
    QStringList signatures;     // every callable signature of the meta graph
    qint64 loadMs = -1;
    qint64 runMs = -1;
    QList<Tensor> inputs;
    QList<Tensor> outputs;

    SmokeError error;

    [[nodiscard]] bool ok() const { return !error; }
    [[nodiscard]] int exitCode() const { return error.exitCode(); }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SmokeReport fromJson(const QJsonObject &object);
    // The readable form `hubcache smoke` prints without --json (the error itself excluded).
    [[nodiscard]] QStringList toText() const;

    [[nodiscard]] static QString shapeString(const QList<qint64> &shape, bool unknownRank = false);

    Q_DECLARE_TR_FUNCTIONS(SmokeReport) // last: it ends in "private:"
};
