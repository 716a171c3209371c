#include "cliapplication.h"

#include "cachefoldercheck.h"
#include "credentialscommand.h"
#include "descriptor.h"
#include "downloadqueue.h"
#include "handle.h"
#include "interruptwatcher.h"
#include "jsonoutput.h"
#include "resolvedjson.h"
#include "modelcache.h"
#include "modelfolder.h"
#include "networkaccess.h"
#include "progressprinter.h"
#include "resolvejob.h"
#include "resumedata.h"
#include "savedmodelreader.h"
#include "sizeformat.h"
#include "smokecommand.h"
#include "storage.h"
#include "terminaltext.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStorageInfo>
#include <QStringDecoder>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace HubCache;

namespace {

void out(const QString &text)
{
    TerminalText::writeLine(stdout, text);
}

void err(const QString &text)
{
    std::fflush(stdout); // keep the order of interleaved stdout/stderr lines
    TerminalText::writeLine(stderr, text);
}

void printJson(const QJsonObject &object)
{
    TerminalText::writeJson(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString size(qint64 bytes)
{
    return HubCache::formatSize(bytes);
}

// A file name from another tool need not be UTF-8: show such bytes as \xNN instead of dropping them.
QString displayName(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (!decoder.hasError())
        return text;
    QString escaped;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            escaped += QLatin1Char(c);
        else
            escaped += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return escaped;
}

} // namespace

CliApplication::CliApplication(const QStringList &arguments)
    : m_arguments(arguments)
{
    m_commands = {
        {QStringLiteral("resolve"), QStringLiteral("resolve HANDLE [--ignore-free-space]"),
         tr("Print the local folder of a model, downloading and caching it first if needed. Only the "
            "path goes to standard output; progress goes to standard error. In the UNCOMPRESSED load "
            "format, print the model's gs:// location the server names instead; nothing is cached."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("handle"), tr("A tfhub.dev or Kaggle URL, any URL of a "
                                                                  "model archive, a gs:// path or a local folder."));
             p.addOption({{QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print no progress.")});
             p.addOption({QStringLiteral("json"), tr("Print JSON: the path, and whether it is remote or was cached.")});
             p.addOption({QStringLiteral("ignore-free-space"),
                          tr("Download even when the cache folder's file system has less free space than the "
                             "model needs (twice its archive), which is refused otherwise.")});
         },
         [this](const QCommandLineParser &p) { return runResolve(p); }},
        {QStringLiteral("prefetch"), QStringLiteral("prefetch HANDLE… | -f LIST"),
         tr("Download several models into the cache, a few at a time, and summarise."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("handles"), tr("Model handles."), QStringLiteral("[HANDLE…]"));
             p.addOption({{QStringLiteral("f"), QStringLiteral("file")},
                          tr("Read handles from FILE, one per line ('-' for standard input; # starts a comment)."),
                          QStringLiteral("FILE")});
             p.addOption({{QStringLiteral("j"), QStringLiteral("jobs")}, tr("Downloads at once, each on its own kept-alive connection (default 16)."),
                          QStringLiteral("N"), QStringLiteral("16")});
             p.addOption({{QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print no progress.")});
             p.addOption({QStringLiteral("ignore-free-space"),
                          tr("Download even when the cache folder's file system has less free space than the "
                             "model needs (twice its archive), which is refused otherwise.")});
         },
         [this](const QCommandLineParser &p) { return runPrefetch(p); }},
        {QStringLiteral("ls"), QStringLiteral("ls [--json]"),
         tr("List every entry of the cache folder with its handle, size, download time and state "
            "(complete, broken, downloading, orphaned temp, stale lock), and the totals."),
         [](QCommandLineParser &p) { p.addOption({QStringLiteral("json"), tr("Print JSON.")}); },
         [this](const QCommandLineParser &p) { return runList(p); }},
        {QStringLiteral("info"), QStringLiteral("info HANDLE|HASH [--json]"),
         tr("Show a cache entry: its descriptor, files and sizes, and the SavedModel's tags and signatures."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("entry"), tr("A handle, a cache key or a unique key prefix, "
                                                                 "or a model folder."));
             p.addOption({QStringLiteral("json"), tr("Print JSON.")});
         },
         [this](const QCommandLineParser &p) { return runInfo(p); }},
        {QStringLiteral("rm"), QStringLiteral("rm HANDLE|HASH… [--dry-run]"),
         tr("Delete cache entries (the folder and its descriptor)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("entries"), tr("Handles, cache keys or unique key prefixes."),
                                     QStringLiteral("ENTRY…"));
             p.addOption({QStringLiteral("dry-run"), tr("Only say what would be deleted.")});
         },
         [this](const QCommandLineParser &p) { return runRemove(p); }},
        {QStringLiteral("prune"), QStringLiteral("prune [--dry-run] [--resume-data]"),
         tr("Delete temp folders of interrupted downloads and locks of dead or stuck processes, and the "
            "kept bytes of paused downloads once they are a week old."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("dry-run"), tr("Only say what would be deleted.")});
             p.addOption({QStringLiteral("resume-data"), tr("Also delete the kept bytes of paused downloads, "
                                                            "however recent (they would be downloaded again).")});
         },
         [this](const QCommandLineParser &p) { return runPrune(p); }},
        {QStringLiteral("config"), QStringLiteral("config [--json]"),
         tr("Show the effective cache folder, load format and offline mode, and where each comes from."),
         [](QCommandLineParser &p) { p.addOption({QStringLiteral("json"), tr("Print JSON.")}); },
         [this](const QCommandLineParser &p) { return runConfig(p); }},
        {QStringLiteral("login"), QStringLiteral("login HOST|gs://BUCKET|gs://|kaggle [--user NAME] [--key-file FILE] [--import]"),
         tr("Store a credential in the system keychain: a bearer token or user name and password for "
            "https://HOST[:PORT], a service-account key (--key-file) or access token for a bucket, or your "
            "Kaggle user name and API key (--import takes KAGGLE_USERNAME/KAGGLE_KEY or ~/.kaggle/kaggle.json). "
            "The secret is read from standard input or a prompt that does not show it; it is only ever sent "
            "to the scheme, host and port it was stored for."),
         &CredentialsCommand::addLoginOptions,
         [this](const QCommandLineParser &p) { return CredentialsCommand(m_config).login(p); }},
        {QStringLiteral("logout"), QStringLiteral("logout HOST|gs://BUCKET|gs://|kaggle"),
         tr("Remove a stored credential from the system keychain."),
         &CredentialsCommand::addLogoutOptions,
         [this](const QCommandLineParser &p) { return CredentialsCommand(m_config).logout(p); }},
        {QStringLiteral("credentials"), QStringLiteral("credentials [--json]"),
         tr("List the stored credentials (never the secrets) and which ones environment variables override."),
         &CredentialsCommand::addListOptions,
         [this](const QCommandLineParser &p) { return CredentialsCommand(m_config).list(p); }},
        {QStringLiteral("smoke"), SmokeCommand::synopsis(), SmokeCommand::description(), &SmokeCommand::addOptions,
         [this](const QCommandLineParser &p) { return runSmoke(p); }},
    };
}

void CliApplication::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("tfhub_cache_dir"),
                      tr("The cache folder (overrides TFHUB_CACHE_DIR)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("tfhub_model_load_format"),
                      tr("COMPRESSED, UNCOMPRESSED or AUTO (overrides TFHUB_MODEL_LOAD_FORMAT)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("offline"), tr("Never use the network (also HUBCACHE_OFFLINE=1).")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show help.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")});
}

int CliApplication::usage(const QString &problem) const
{
    err(tr("hubcache: %1").arg(problem));
    err(tr("Try 'hubcache --help'."));
    return 2;
}

int CliApplication::fail(const Error &error) const
{
    return fail(error.message());
}

int CliApplication::fail(const QString &message) const
{
    err(tr("hubcache: error: %1").arg(message));
    return 1;
}

void CliApplication::printGeneralHelp() const
{
    out(tr("Usage: hubcache [global options] COMMAND [options]"));
    out(QString());
    out(tr("Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the "
           "tensorflow_hub Python library."));
    out(QString());
    out(tr("Commands:"));
    for (const Command &c : m_commands)
        out(QStringLiteral("  %1\n      %2").arg(c.synopsis, c.description));
    out(QString());
    out(tr("Global options:"));
    out(tr("  --tfhub_cache_dir DIR           the cache folder (default: $TFHUB_CACHE_DIR, then <temp>/tfhub_modules)"));
    out(tr("  --tfhub_model_load_format FMT   COMPRESSED, UNCOMPRESSED or AUTO"));
    out(tr("  --offline                       never use the network"));
    out(QString());
    out(tr("'hubcache COMMAND --help' shows a command's options."));
}

bool CliApplication::makeConfiguration(const QCommandLineParser &parser)
{
    Configuration::Inputs inputs;
    if (parser.isSet(QStringLiteral("tfhub_cache_dir")))
        inputs.cacheDirFlag = parser.value(QStringLiteral("tfhub_cache_dir"));
    if (parser.isSet(QStringLiteral("tfhub_model_load_format")))
        inputs.loadFormatFlag = parser.value(QStringLiteral("tfhub_model_load_format"));
    if (parser.isSet(QStringLiteral("offline")))
        inputs.offlineFlag = true;
    Error error;
    m_config = Configuration::fromInputs(inputs, &error);
    if (error) {
        (void)fail(error);
        return false;
    }
    return true;
}

int CliApplication::run()
{
    // Find the command: the first positional argument, global options may come before it.
    QCommandLineParser first;
    addGlobalOptions(first);
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!first.parse(m_arguments))
        return usage(first.errorText());
    if (first.positionalArguments().isEmpty()) {
        if (first.isSet(QStringLiteral("version"))) {
            out(QStringLiteral("hubcache ") + QCoreApplication::applicationVersion());
            return 0;
        }
        printGeneralHelp();
        return first.isSet(QStringLiteral("help")) ? 0 : 2;
    }
    const QString name = first.positionalArguments().constFirst();
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&](const Command &c) { return c.name == name; });
    if (it == m_commands.cend())
        return usage(tr("unknown command '%1'").arg(name));

    QCommandLineParser parser;
    parser.setApplicationDescription(it->description);
    addGlobalOptions(parser);
    it->addOptions(parser);
    QStringList rest = m_arguments;
    rest.removeAt(rest.indexOf(name, 1));
    if (!parser.parse(rest))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: hubcache ") + name);
        TerminalText::write(stdout, help);
        return 0;
    }
    if (!makeConfiguration(parser))
        return 1;
    // Commands that reach a host or a bucket read the stored credentials first (the cache
    // commands only for a cache in a bucket: a local one needs none).
    // (resolve reads them itself, once it knows the cache cannot answer.)
    static const QStringList network{QStringLiteral("prefetch"), QStringLiteral("smoke")};
    static const QStringList cache{QStringLiteral("ls"), QStringLiteral("info"), QStringLiteral("rm"),
                                   QStringLiteral("prune")};
    if (!m_config.offline()
        && (network.contains(name) || (cache.contains(name) && Storage::isRemoteLocation(m_config.cacheDir()))))
        CredentialsCommand::loadStored(m_config);
    return it->run(parser);
}

int CliApplication::runResolve(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("ignore-free-space")))
        m_config.setFreeSpaceCheck(false);
    if (args.size() != 1)
        return usage(tr("resolve takes exactly one handle"));
    const QString handle = args.constFirst();
    const auto print = [&](const ResolveJob &job) {
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(JsonOutput::resolved(handle, job.path(), job.isRemote(), job.wasCached(), m_config.loadFormat()));
        } else {
            out(job.path());
        }
        return 0;
    };

    // A hit needs no network access, stored credentials or keychain (a Secret Service round trip).
    // When the local cache holds the model complete, answer from it offline; should it go in
    // between, the normal resolve below runs with everything.
    const Handle parsed(handle);
    const HandleKind kind = parsed.kind(m_config.loadFormat());
    if (!m_config.offline() && !Storage::isRemoteLocation(m_config.cacheDir())
        && (kind == HandleKind::CompressedUrl || kind == HandleKind::GcsArchive)
        && ModelFolder::isComplete(ModelCache(m_config).entryPath(parsed.cacheKey()))) {
        Configuration offline = m_config;
        offline.setOffline(true, m_config.offlineSource());
        ResolveJob hit(handle, offline);
        hit.setAutoDelete(false);
        hit.exec();
        if (!hit.error() && hit.wasCached())
            return print(hit);
    }
    if (!m_config.offline())
        CredentialsCommand::loadStored(m_config);

    QNetworkAccessManager *nam = NetworkAccess::create(m_config, nullptr);
    std::unique_ptr<QNetworkAccessManager> namOwner(nam);
    CredentialsCommand::attachStored(m_config, nam);
    ResolveJob job(handle, m_config, nam);
    job.setAutoDelete(false);
    ProgressPrinter printer(handle, ProgressPrinter::styleFor(m_config.consoleProgressRequested(),
                                                              parser.isSet(QStringLiteral("quiet"))));
    bool downloading = false;
    QObject::connect(&job, &ResolveJob::stageChanged, &job, [&](ResolveJob::Stage stage) {
        if (stage == ResolveJob::Stage::Downloading && !downloading) {
            downloading = true;
            printer.started();
        }
    });
    QObject::connect(&job, &Job::progress, &job, [&](Job *, qint64 processed, qint64 total) {
        printer.update(processed, total, job.extractedBytes());
    });
    QObject::connect(&job, &Job::infoMessage, &job, [&](Job *, const QString &text) { printer.message(text); });
    InterruptWatcher interrupt([&job](int) { job.cancel(); });
    job.exec();
    if (downloading)
        printer.finished(!job.error(), job.extractedBytes());
    if (job.error())
        return fail(job.error());
    return print(job);
}

int CliApplication::runPrefetch(const QCommandLineParser &parser)
{
    QStringList handles = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("ignore-free-space")))
        m_config.setFreeSpaceCheck(false);
    if (parser.isSet(QStringLiteral("file"))) {
        const QString path = parser.value(QStringLiteral("file"));
        QFile file;
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return fail(tr("cannot read the list %1: %2").arg(path, file.errorString()));
        QTextStream in(&file);
        while (!in.atEnd()) {
            QString line = in.readLine();
            const int hash = line.indexOf(QLatin1Char('#'));
            if (hash == 0 || (hash > 0 && line.at(hash - 1).isSpace()))
                line.truncate(hash);
            line = line.trimmed();
            if (!line.isEmpty())
                handles.append(line);
        }
    }
    handles.removeDuplicates();
    if (handles.isEmpty())
        return usage(tr("prefetch needs at least one handle (or -f LIST)"));
    bool ok = false;
    const int jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
    if (!ok || jobs < 1 || jobs > 32)
        return usage(tr("--jobs takes a number from 1 to 32"));

    std::unique_ptr<QNetworkAccessManager> nam(NetworkAccess::create(m_config, nullptr));
    CredentialsCommand::attachStored(m_config, nam.get());
    DownloadQueue queue(m_config, nam.get(), jobs);
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool uncompressed = m_config.loadFormat() == LoadFormat::Uncompressed;
    if (uncompressed && !quiet) {
        err(tr("hubcache: the UNCOMPRESSED load format caches nothing: models stay in remote storage. "
               "Only checking where each model lives."));
    }
    int downloaded = 0, cached = 0, failed = 0, remote = 0;
    qint64 bytes = 0;
    QStringList failures;
    QEventLoop loop;
    QObject::connect(&queue, &DownloadQueue::jobStarted, &loop, [&](const QString &handle, ResolveJob *job) {
        QObject::connect(job, &Job::infoMessage, &loop, [handle, quiet](Job *, const QString &text) {
            if (!quiet)
                err(handle + QStringLiteral(": ") + text);
        });
    });
    QObject::connect(&queue, &DownloadQueue::jobFinished, &loop, [&](const QString &handle, ResolveJob *job) {
        if (job->error()) {
            ++failed;
            failures.append(job->error().message());
            out(QStringLiteral("failed\t%1\t%2").arg(handle, job->error().message()));
        } else if (job->isRemote()) {
            ++remote;
            out(QStringLiteral("remote\t%1\t%2").arg(handle, job->path()));
        } else if (job->wasCached()) {
            ++cached;
            out(QStringLiteral("cached\t%1\t%2").arg(handle, job->path()));
        } else {
            ++downloaded;
            bytes += job->extractedBytes();
            out(QStringLiteral("downloaded\t%1\t%2").arg(handle, job->path()));
            if (!quiet)
                err(QStringLiteral("Downloaded %1, Total size: %2").arg(handle, ProgressPrinter::pythonSize(job->extractedBytes())));
        }
        std::fflush(stdout);
    });
    QObject::connect(&queue, &DownloadQueue::idle, &loop, &QEventLoop::quit);
    InterruptWatcher interrupt([&queue](int) { queue.cancelAll(); });
    for (const QString &h : std::as_const(handles))
        queue.enqueue(h);
    loop.exec();

    if (uncompressed && downloaded == 0 && cached == 0) {
        err(tr("Nothing cached (UNCOMPRESSED load format): %1 in remote storage, %2 failed.").arg(remote).arg(failed));
    } else {
        err(tr("%1 downloaded (%2), %3 already cached, %4 failed.")
                .arg(downloaded)
                .arg(size(bytes))
                .arg(cached)
                .arg(failed));
    }
    if (failed > 0) {
        for (const QString &f : std::as_const(failures))
            err(tr("hubcache: error: %1").arg(f));
        return 1;
    }
    return 0;
}

bool CliApplication::checkCacheFolder() const
{
    if (Storage::isRemoteLocation(m_config.cacheDir())) {
        // Ownership and mode checks are not applicable to a gs:// folder (its access is the
        // bucket's IAM); what can go wrong is an object in its place or an unreachable bucket.
        if (const Error error = ModelCache(m_config).folderError()) {
            (void)fail(error);
            return false;
        }
        return true;
    }
    QString warning;
    const Error error = CacheFolderCheck(m_config).checkFolder(&warning);
    if (error.code() == ErrorCode::NotACacheFolder) {
        (void)fail(error);
        return false;
    }
    if (error) // listing or deleting takes nothing from it: say it and go on, so it can be cleaned
        err(tr("hubcache: warning: %1").arg(error.message()));
    else if (!warning.isEmpty())
        err(tr("hubcache: warning: %1").arg(warning));
    return true;
}

int CliApplication::runList(const QCommandLineParser &parser)
{
    if (!checkCacheFolder())
        return 1;
    ModelCache cache(m_config);
    Error listError;
    const QList<CacheEntry> entries = cache.entries(&listError);
    if (listError)
        return fail(listError);
    qint64 total = 0;
    QHash<EntryState, int> counts;
    for (const CacheEntry &e : entries) {
        total += e.sizeBytes;
        ++counts[e.state];
    }
    // Downloads that stopped with bytes kept for the next run (local caches only).
    const QList<ResumeData::Paused> paused = cache.isRemote() ? QList<ResumeData::Paused>() : ResumeData::list(cache.dir());
    qint64 pausedBytes = 0;
    for (const ResumeData::Paused &p : paused)
        pausedBytes += p.sizeOnDisk;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CacheEntry &e : entries)
            array.append(JsonOutput::entry(e));
        QJsonArray pausedArray;
        for (const ResumeData::Paused &p : paused) {
            pausedArray.append(QJsonObject{
                {QStringLiteral("key"), p.key},
                {QStringLiteral("handle"), p.handle},
                {QStringLiteral("path"), p.folder},
                {QStringLiteral("state"), p.usable ? QStringLiteral("paused") : QStringLiteral("unusable")},
                {QStringLiteral("sizeBytes"), p.sizeOnDisk},
                {QStringLiteral("receivedBytes"), p.completeBytes},
                {QStringLiteral("totalBytes"), p.total},
                {QStringLiteral("modified"), p.modified.toString(Qt::ISODate)},
            });
        }
        printJson(QJsonObject{
            {QStringLiteral("cacheDir"), cache.dir()},
            {QStringLiteral("entries"), array},
            {QStringLiteral("count"), int(entries.size())},
            {QStringLiteral("totalSize"), total},
            {QStringLiteral("paused"), pausedArray},
            {QStringLiteral("pausedSize"), pausedBytes},
        });
        return 0;
    }
    out(tr("Cache folder: %1 (%2)").arg(cache.dir(), Configuration::sourceName(m_config.cacheDirSource())));
    if (entries.isEmpty() && paused.isEmpty()) {
        out(tr("No entries."));
        return 0;
    }
    out(QStringLiteral("%1  %2  %3  %4  %5")
            .arg(tr("STATE").leftJustified(13), tr("ON DISK").rightJustified(10), tr("DOWNLOADED").leftJustified(16),
                 tr("LAST USED").leftJustified(16), tr("HANDLE")));
    for (const CacheEntry &e : entries) {
        QString what = e.handle.isEmpty() ? e.key : e.handle;
        if (e.state != EntryState::Complete && !e.reason.isEmpty())
            what += QStringLiteral("  (") + e.reason + QLatin1Char(')');
        const auto when = [](const QDateTime &t) {
            return (t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-"))
                .leftJustified(16);
        };
        out(QStringLiteral("%1  %2  %3  %4  %5")
                .arg(CacheEntry::stateDisplayName(e.state).leftJustified(13), size(e.sizeBytes).rightJustified(10),
                     when(e.downloadTime), when(e.lastUsed), what));
    }
    for (const ResumeData::Paused &p : paused) {
        const QString what = (p.handle.isEmpty() ? p.key : p.handle) + QStringLiteral("  (")
            + (p.usable ? tr("resumable: %1 of %2 received").arg(size(p.completeBytes), size(p.total))
                        : tr("unreadable resume data; the next download starts over"))
            + QLatin1Char(')');
        out(QStringLiteral("%1  %2  %3  %4  %5")
                .arg(tr("paused").leftJustified(13), size(p.sizeOnDisk).rightJustified(10),
                     p.modified.toString(QStringLiteral("yyyy-MM-dd HH:mm")).leftJustified(16),
                     QStringLiteral("-").leftJustified(16), what));
    }
    QStringList parts;
    for (EntryState s : {EntryState::Complete, EntryState::Broken, EntryState::Downloading, EntryState::OrphanedTemp,
                         EntryState::StaleLock}) {
        if (counts.value(s))
            parts.append(QStringLiteral("%1 %2").arg(counts.value(s)).arg(CacheEntry::stateDisplayName(s)));
    }
    if (!paused.isEmpty())
        parts.append(tr("%1 paused holding %2").arg(paused.size()).arg(size(pausedBytes)));
    out(tr("Total: %1 in %2 entries (%3).").arg(size(total + pausedBytes)).arg(entries.size()).arg(parts.join(QStringLiteral(", "))));
    return 0;
}

int CliApplication::runInfo(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(tr("info takes one handle, cache key or folder"));
    const QString what = args.constFirst();
    if (!checkCacheFolder())
        return 1;
    ModelCache cache(m_config);

    CacheEntry entry;
    Error error;
    if (const auto found = cache.find(what, &error)) {
        entry = *found;
    } else if (QFileInfo(what).isDir()) {
        entry.path = QFileInfo(what).absoluteFilePath();
        entry.handle = what;
        entry.state = ModelCache::isCompleteModelFolder(entry.path, &entry.reason) ? EntryState::Complete
                                                                                    : EntryState::Broken;
        entry.sizeBytes = ModelCache::treeSize(entry.path, &entry.fileCount);
    } else {
        return fail(error);
    }

    bool haveDescriptor = false;
    const Descriptor descriptor = entry.key.isEmpty()
        ? Descriptor()
        : Descriptor::read(cache.storage(), cache.descriptorPath(entry.key), &haveDescriptor);
    struct FileRow {
        QString path;
        qint64 size;
        qint64 allocated;
    };
    QList<FileRow> files;
    // A real folder only: a symlink in the entry's place is not followed.
    const bool remote = cache.isRemote() && Storage::isRemoteLocation(entry.path);
    const bool isFolder = remote ? cache.storage().stat(entry.path).type == Storage::Type::Folder
                                 : ModelFolder::wrongTypeReason(entry.path).isEmpty() && QFileInfo(entry.path).isDir();
    if (isFolder && remote) {
        // Sizes of objects: what deleting frees is what they hold (no blocks to count remotely).
        QList<Storage::Item> items = cache.storage().list(entry.path, Storage::ListMode::Recursive);
        std::sort(items.begin(), items.end(), [](const Storage::Item &a, const Storage::Item &b) { return a.name < b.name; });
        for (const Storage::Item &item : std::as_const(items))
            files.append({item.name, item.stat.size, item.stat.size});
    } else if (isFolder) {
        // As bytes, not through QDir: a name that is not UTF-8 must be listed (and sized) too.
        for (const ModelFolder::File &f : ModelFolder::files(entry.path))
            files.append({displayName(f.relativePath), f.size, f.allocatedBytes});
    }
    Error modelError;
    SavedModelInfo model;
    ModelFolder::Kind kind = ModelFolder::Kind::None;
    if (isFolder && remote) {
        (void)ModelFolder::isComplete(cache.storage(), entry.path, nullptr, &kind);
        // One bounded, ranged read of the remote file, as the local one is mapped.
        model = SavedModelReader::readFolder(cache.storage(), entry.path, &modelError);
    } else if (isFolder) {
        (void)ModelFolder::isComplete(entry.path, nullptr, &kind);
        model = SavedModelReader::readDirectory(entry.path, &modelError);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = JsonOutput::entry(entry);
        if (haveDescriptor)
            o.insert(QStringLiteral("descriptor"), JsonOutput::descriptor(descriptor));
        QJsonArray fileArray;
        for (const FileRow &f : std::as_const(files))
            fileArray.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("size"), f.size},
                                         {QStringLiteral("allocated"), f.allocated}});
        o.insert(QStringLiteral("fileList"), fileArray);
        if (modelError)
            o.insert(QStringLiteral("savedModelError"), modelError.message());
        else
            o.insert(QStringLiteral("savedModel"), JsonOutput::savedModel(model));
        printJson(o);
        return 0;
    }

    out(tr("Handle:     %1").arg(entry.handle.isEmpty() ? tr("(unknown: no descriptor)") : entry.handle));
    if (!entry.key.isEmpty())
        out(tr("Key:        %1").arg(entry.key));
    out(tr("Path:       %1").arg(entry.path));
    out(tr("State:      %1%2").arg(CacheEntry::stateDisplayName(entry.state),
                                   entry.reason.isEmpty() ? QString() : QStringLiteral(" (") + entry.reason + QLatin1Char(')')));
    out(tr("Size:       %1 on disk in %2 files").arg(size(entry.sizeBytes)).arg(entry.fileCount));
    if (haveDescriptor) {
        out(tr("Downloaded: %1 by %2 (PID %3)")
                .arg(descriptor.downloadTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), descriptor.hostname)
                .arg(descriptor.pid));
    }
    if (!files.isEmpty()) {
        out(QString());
        out(tr("Files:"));
        for (const FileRow &f : std::as_const(files)) {
            // A sparse file's length is not what it takes: say both.
            const QString sparse = f.allocated < f.size ? tr("  (sparse: %1 on disk)").arg(size(f.allocated)) : QString();
            out(QStringLiteral("  %1  %2%3").arg(size(f.size).rightJustified(10), f.path, sparse));
        }
    }
    out(QString());
    if (modelError && kind == ModelFolder::Kind::TFLite) {
        out(tr("Model:      TFLite (no SavedModel to read)"));
        return 0;
    }
    if (modelError) {
        out(tr("SavedModel: %1").arg(modelError.message()));
        return 0;
    }
    out(tr("SavedModel: %1 (schema %2)%3")
            .arg(model.fileName)
            .arg(model.schemaVersion)
            .arg(model.isHubModuleV1 ? tr(", TF1 Hub module") : QString()));
    for (const MetaGraphInfo &m : std::as_const(model.metaGraphs)) {
        out(tr("  Tags: %1   (TensorFlow %2)")
                .arg(m.tags.isEmpty() ? tr("(none)") : m.tags.join(QStringLiteral(", ")),
                     m.tensorflowVersion.isEmpty() ? tr("unknown") : m.tensorflowVersion));
        for (const SignatureInfo &s : m.signatures) {
            if (s.key.startsWith(QLatin1String("__")))
                continue; // TensorFlow's internal init op, not a callable signature
            out(tr("    Signature '%1'%2").arg(s.key, s.methodName.isEmpty() ? QString() : QStringLiteral(" (") + s.methodName + QLatin1Char(')')));
            for (const TensorSpec &t : s.inputs)
                out(tr("      input  %1: %2 %3").arg(t.key, t.dtypeName(), t.shapeString()));
            for (const TensorSpec &t : s.outputs)
                out(tr("      output %1: %2 %3").arg(t.key, t.dtypeName(), t.shapeString()));
        }
    }
    return 0;
}

int CliApplication::runRemove(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("rm needs at least one handle or cache key"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!checkCacheFolder())
        return 1;
    ModelCache cache(m_config);
    qint64 freed = 0;
    int failures = 0;
    for (const QString &what : args) {
        Error error;
        const auto entry = cache.find(what, &error);
        if (!entry) {
            err(tr("hubcache: error: %1").arg(error.message()));
            ++failures;
            continue;
        }
        const QString label = entry->handle.isEmpty() ? entry->key : entry->handle;
        if (dryRun) {
            out(tr("would remove %1 (%2) %3").arg(label, size(entry->sizeBytes), entry->path));
            freed += entry->sizeBytes;
            continue;
        }
        if (Error e = cache.remove(*entry)) {
            err(tr("hubcache: error: %1").arg(e.message()));
            ++failures;
            continue;
        }
        freed += entry->sizeBytes;
        out(tr("removed %1 (%2)").arg(label, size(entry->sizeBytes)));
    }
    err(dryRun ? tr("%1 would be freed.").arg(size(freed)) : tr("%1 freed.").arg(size(freed)));
    return failures ? 1 : 0;
}

int CliApplication::runPrune(const QCommandLineParser &parser)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!checkCacheFolder())
        return 1;
    ModelCache cache(m_config);
    qint64 freed = 0;
    int failures = 0;
    int count = 0;
    for (const CacheEntry &item : cache.prunable()) {
        const QString label = QStringLiteral("%1 %2 (%3)").arg(CacheEntry::stateDisplayName(item.state), item.path, item.reason);
        if (dryRun) {
            out(tr("would remove %1").arg(label));
        } else if (Error e = cache.prune(item)) {
            err(tr("hubcache: error: %1").arg(e.message()));
            ++failures;
            continue;
        } else {
            out(tr("removed %1").arg(label));
        }
        ++count;
        freed += item.sizeBytes;
    }
    // Kept bytes of paused downloads: while fresh they save a download; not while a lock is held
    // (that download is using them), and at once when the entry is complete or they are unreadable.
    const bool allResumeData = parser.isSet(QStringLiteral("resume-data"));
    int keptCount = 0;
    qint64 keptBytes = 0;
    if (!cache.isRemote()) {
        const QDateTime staleBefore = QDateTime::currentDateTime().addDays(-ResumeData::kFreshDays);
        for (const ResumeData::Paused &p : ResumeData::list(cache.dir())) {
            if (QFileInfo::exists(cache.lockPath(p.key)) || QFileInfo(cache.lockPath(p.key)).isSymLink())
                continue;
            const bool complete = cache.isComplete(p.key);
            if (!allResumeData && !complete && p.usable && p.modified > staleBefore) {
                ++keptCount;
                keptBytes += p.sizeOnDisk;
                continue;
            }
            const QString why = complete ? tr("its entry is complete")
                : !p.usable                ? tr("unreadable")
                : allResumeData            ? tr("asked for")
                                           : tr("older than %1 days").arg(ResumeData::kFreshDays);
            const QString label = tr("paused download %1 (%2)").arg(p.folder, why);
            if (dryRun) {
                out(tr("would remove %1").arg(label));
            } else if (!ResumeData::remove(p.folder)) {
                err(tr("hubcache: error: %1 could not be deleted; check its permissions").arg(p.folder));
                ++failures;
                continue;
            } else {
                out(tr("removed %1").arg(label));
            }
            ++count;
            freed += p.sizeOnDisk;
        }
    }
    err(dryRun ? tr("%1 items, %2 would be freed.").arg(count).arg(size(freed))
               : tr("%1 items removed, %2 freed.").arg(count).arg(size(freed)));
    if (keptCount > 0) {
        err(tr("Kept %1 paused downloads holding %2 for resuming (less than %3 days old); "
               "delete them with: hubcache prune --resume-data")
                .arg(keptCount)
                .arg(size(keptBytes))
                .arg(ResumeData::kFreshDays));
    }
    return failures ? 1 : 0;
}

int CliApplication::runConfig(const QCommandLineParser &parser)
{
    const QString cacheDir = m_config.cacheDir();
    const bool remote = Storage::isRemoteLocation(cacheDir);
    // Free space is a local notion: not applicable to a gs:// folder.
    QStorageInfo storage(remote ? QString() : cacheDir);
    for (QString dir = cacheDir; !remote && !storage.isValid() && !dir.isEmpty() && dir != QLatin1String("/");) {
        dir = QFileInfo(dir).path();
        storage.setPath(dir);
    }
    const Configuration::PythonView python = Configuration::pythonView(m_config.environment());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{
            {QStringLiteral("cacheDir"), cacheDir},
            {QStringLiteral("cacheDirSource"), Configuration::sourceName(m_config.cacheDirSource())},
            {QStringLiteral("cacheDirRemote"), remote},
            {QStringLiteral("gcsEndpoint"), remote ? m_config.gcsEndpoint().toString() : QString()},
            {QStringLiteral("loadFormat"), Configuration::loadFormatName(m_config.loadFormat())},
            {QStringLiteral("loadFormatSource"), Configuration::sourceName(m_config.loadFormatSource())},
            {QStringLiteral("cachesModels"), m_config.loadFormat() != LoadFormat::Uncompressed},
            {QStringLiteral("offline"), m_config.offline()},
            {QStringLiteral("offlineSource"), Configuration::sourceName(m_config.offlineSource())},
            {QStringLiteral("certValidation"), !m_config.certValidationDisabled()},
            {QStringLiteral("lockTimeoutSeconds"), double(m_config.lockTimeout().count()) / 1000},
            {QStringLiteral("parallelConnections"), m_config.parallelConnections()},
            {QStringLiteral("parallelMinSize"), double(m_config.parallelMinSize())},
            {QStringLiteral("diskFree"), storage.isValid() ? storage.bytesAvailable() : -1},
            {QStringLiteral("python"), QJsonObject{
                {QStringLiteral("cacheDir"), python.cacheDir},
                {QStringLiteral("loadFormat"), python.loadFormat},
                {QStringLiteral("downloadsAndCaches"), python.downloadsAndCaches},
                {QStringLiteral("summary"), python.summary},
            }},
            {QStringLiteral("credentials"), CredentialsCommand::configJson(m_config)},
        });
        return 0;
    }
    out(tr("Cache folder:  %1  (from %2)").arg(cacheDir, Configuration::sourceName(m_config.cacheDirSource())));
    if (remote)
        out(tr("               remote: Google Cloud Storage at %1").arg(m_config.gcsEndpoint().toString()));
    out(tr("Load format:   %1  (from %2)")
            .arg(Configuration::loadFormatName(m_config.loadFormat()), Configuration::sourceName(m_config.loadFormatSource())));
    if (m_config.loadFormat() == LoadFormat::Uncompressed)
        out(tr("               models stay in remote storage (gs://); resolve prints their location, nothing is cached"));
    out(tr("Offline:       %1  (from %2)")
            .arg(m_config.offline() ? tr("yes") : tr("no"), Configuration::sourceName(m_config.offlineSource())));
    out(tr("TLS checks:    %1").arg(m_config.certValidationDisabled() ? tr("OFF (TFHUB_DISABLE_CERT_VALIDATION=true)") : tr("on")));
    out(tr("Lock timeout:  %1 s").arg(m_config.lockTimeout().count() / 1000));
    out(tr("Connections:   %1 per download of %2 or more (HUBCACHE_PARALLEL_CONNECTIONS, HUBCACHE_PARALLEL_MIN_SIZE)")
            .arg(m_config.parallelConnections())
            .arg(size(m_config.parallelMinSize())));
    if (storage.isValid())
        out(tr("Disk:          %1 free of %2").arg(size(storage.bytesAvailable()), size(storage.bytesTotal())));
    out(tr("Python:        %1").arg(python.summary));
    for (const QString &line : CredentialsCommand::configLines(m_config))
        out(line);
    return 0;
}

int CliApplication::runSmoke(const QCommandLineParser &parser)
{
    SmokeCommand command(m_config);
    InterruptWatcher interrupt([&command](int) { command.cancel(); });
    return command.run(parser);
}
