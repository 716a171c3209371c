#include "resolvedjson.h"

namespace JsonOutput {

QJsonObject resolved(const QString &handle, const QString &path, bool remote, bool cached, HubCache::LoadFormat format)
{
    return QJsonObject{
        {QStringLiteral("handle"), handle},
        {QStringLiteral("path"), path},
        {QStringLiteral("remote"), remote},
        {QStringLiteral("cached"), cached},
        {QStringLiteral("loadFormat"), HubCache::Configuration::loadFormatName(format)},
    };
}

} // namespace JsonOutput
