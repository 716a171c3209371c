#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// What `hubcache smoke` was asked to do.
struct SmokeOptions {
    QString handle;                              // a handle or a model folder
    QStringList tags{QStringLiteral("serve")};   // the meta graph to load
    QString signature;                           // empty: serving_default, else the first by name
    double fill = 0;                             // every element of numeric inputs (strings are empty)
    int timeoutSeconds = 600;                    // for the helper process; 0 waits forever
    bool verbose = false;                        // pass TensorFlow's own log on (SmokeJob::infoMessage)
    qint64 maxInputBytes = qint64(256) << 20;    // all made-up inputs together, so a declared shape
                                                 // cannot make the helper allocate without bound
};
