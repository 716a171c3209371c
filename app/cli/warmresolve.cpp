#include "warmresolve.h"

#include "cachefoldercheck.h"
#include "configuration.h"
#include "handle.h"
#include "logging.h"
#include "modelfolder.h"
#include "resolvedjson.h"
#include "terminaltext.h"

#include <QJsonDocument>

#include <cstdio>

using namespace HubCache;

namespace {

struct ResolveArguments {
    Configuration::Inputs inputs;
    QString handle;
    bool json = false;
};

// The options `hubcache resolve` takes, in the plain spellings; any other spelling, a repeated
// option or anything unexpected leaves the arguments to QCommandLineParser in the full command line.
std::optional<ResolveArguments> parse(const QStringList &arguments)
{
    ResolveArguments parsed;
    bool command = false;
    bool handle = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const auto value = [&](const QLatin1String &name, std::optional<QString> *out) {
            if (out->has_value())
                return false;
            if (a == name && i + 1 < arguments.size()) {
                *out = arguments.at(++i);
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *out = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (a.startsWith(QLatin1String("--tfhub_cache_dir"))) {
            if (!value(QLatin1String("--tfhub_cache_dir"), &parsed.inputs.cacheDirFlag))
                return std::nullopt;
        } else if (a.startsWith(QLatin1String("--tfhub_model_load_format"))) {
            if (!value(QLatin1String("--tfhub_model_load_format"), &parsed.inputs.loadFormatFlag))
                return std::nullopt;
        } else if (a == QLatin1String("--offline")) {
            parsed.inputs.offlineFlag = true;
        } else if (command && (a == QLatin1String("-q") || a == QLatin1String("--quiet"))) {
            // Progress is only ever printed for a download.
        } else if (command && a == QLatin1String("--json")) {
            parsed.json = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return std::nullopt;
        } else if (!command) {
            if (a != QLatin1String("resolve"))
                return std::nullopt;
            command = true;
        } else if (!handle) {
            parsed.handle = a;
            handle = true;
        } else {
            return std::nullopt;
        }
    }
    if (!handle)
        return std::nullopt;
    return parsed;
}

} // namespace

WarmResolve::WarmResolve(const QStringList &arguments)
    : m_arguments(arguments)
{
}

std::optional<int> WarmResolve::answer() const
{
    const std::optional<ResolveArguments> args = parse(m_arguments);
    if (!args)
        return std::nullopt;
    Error error;
    const Configuration config = Configuration::fromInputs(args->inputs, &error);
    if (error || config.cacheDir().startsWith(QLatin1String("gs://")))
        return std::nullopt;
    const Handle handle(args->handle);
    const HandleKind kind = handle.kind(config.loadFormat());
    if (kind != HandleKind::CompressedUrl && kind != HandleKind::GcsArchive)
        return std::nullopt;
    // ResolveJob logs the hit at debug level: whoever asked for the library's log lines gets them
    // from ResolveJob.
    for (const QLoggingCategory *category : {&lcConfig(), &lcCache(), &lcStorage()}) {
        if (category->isDebugEnabled() || category->isInfoEnabled())
            return std::nullopt;
    }

    // What ResolveJob checks before it takes an entry from the cache, in the same order.
    const CacheFolderCheck check(config);
    QString warning;
    if (check.checkFolder(&warning) || !warning.isEmpty())
        return std::nullopt;
    const QString entry = config.cacheDir() + QLatin1Char('/') + handle.cacheKey();
    if (!ModelFolder::isComplete(entry) || check.checkEntry(entry))
        return std::nullopt;

    if (args->json) {
        const QJsonObject object = JsonOutput::resolved(args->handle, entry, false, true, config.loadFormat());
        TerminalText::writeJson(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        TerminalText::writeLine(stdout, entry);
    }
    return 0;
}
