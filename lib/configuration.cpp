#include "configuration.h"

#include "logging.h"

#include <QDir>

namespace HubCache {

namespace {

// A positive integer from the environment, or the fallback (with a warning) when it is not one.
template<typename Duration>
Duration durationFromEnv(const QProcessEnvironment &env, const QString &name, Duration fallback, qint64 unitMs)
{
    const QString text = env.value(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0) {
        qCWarning(lcConfig) << "ignoring" << name << "=" << text << "(not a non-negative number)";
        return fallback;
    }
    return Duration(static_cast<qint64>(value * double(unitMs)));
}

bool truthy(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes")
        || t == QLatin1String("on");
}

} // namespace

Configuration::Configuration()
    : m_cacheDir(defaultCacheDir())
{
}

QString Configuration::defaultCacheDir()
{
    // Python: os.path.join(tempfile.gettempdir(), "tfhub_modules"); gettempdir honours TMPDIR.
    return QDir(QDir::tempPath()).filePath(QStringLiteral("tfhub_modules"));
}

std::optional<LoadFormat> Configuration::parseLoadFormat(const QString &text)
{
    if (text == QLatin1String("COMPRESSED"))
        return LoadFormat::Compressed;
    if (text == QLatin1String("UNCOMPRESSED"))
        return LoadFormat::Uncompressed;
    if (text == QLatin1String("AUTO"))
        return LoadFormat::Auto;
    return std::nullopt;
}

QString Configuration::loadFormatName(LoadFormat format)
{
    switch (format) {
    case LoadFormat::Auto:
        return QStringLiteral("AUTO");
    case LoadFormat::Compressed:
        return QStringLiteral("COMPRESSED");
    case LoadFormat::Uncompressed:
        return QStringLiteral("UNCOMPRESSED");
    }
    return {};
}

QString Configuration::sourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::CommandLine:
        return tr("command line");
    case ConfigSource::Environment:
        return tr("environment");
    case ConfigSource::AppSetting:
        return tr("app setting");
    case ConfigSource::Default:
        return tr("default");
    }
    return {};
}

void Configuration::setCacheDir(const QString &dir, ConfigSource source)
{
    m_cacheDir = dir;
    m_cacheDirSource = source;
}

void Configuration::setLoadFormat(LoadFormat format, ConfigSource source)
{
    m_loadFormat = format;
    m_loadFormatSource = source;
}

void Configuration::setOffline(bool offline, ConfigSource source)
{
    m_offline = offline;
    m_offlineSource = source;
}

Configuration::PythonView Configuration::pythonView(const QProcessEnvironment &env)
{
    PythonView v;
    const QString dir = env.value(QStringLiteral("TFHUB_CACHE_DIR"));
    v.cacheDirFromEnvironment = !dir.isEmpty();
    v.cacheDir = dir.isEmpty() ? defaultCacheDir() : dir;
    const QString format = env.value(QStringLiteral("TFHUB_MODEL_LOAD_FORMAT"));
    v.loadFormat = format.isEmpty() ? QStringLiteral("AUTO") : format;
    v.loadFormatValid = parseLoadFormat(v.loadFormat).has_value();
    v.downloadsAndCaches = v.loadFormat != QLatin1String("UNCOMPRESSED");
    if (v.downloadsAndCaches) {
        v.summary = tr("hub.load() and hub.resolve() download each model once as a compressed archive and "
                       "cache it in %1 (%2).")
                        .arg(v.cacheDir, v.cacheDirFromEnvironment ? tr("from TFHUB_CACHE_DIR")
                                                                   : tr("the default, in the temp folder: "
                                                                        "it may be cleaned on reboot"));
    } else {
        v.summary = tr("hub.load() reads models straight from Google Cloud Storage "
                       "(TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED); nothing is cached.");
    }
    if (!v.loadFormatValid)
        v.summary += QLatin1Char(' ')
            + tr("TFHUB_MODEL_LOAD_FORMAT=%1 is not a valid value; Python does not check it and behaves "
                 "as for COMPRESSED.").arg(v.loadFormat);
    return v;
}

Configuration Configuration::fromEnvironment(Error *error)
{
    return fromInputs(Inputs{}, error);
}

Configuration Configuration::fromInputs(const Inputs &in, Error *error)
{
    Configuration c;
    c.m_environment = in.environment;
    const QProcessEnvironment &env = in.environment;
    if (error)
        *error = Error();

    auto nonEmpty = [](const std::optional<QString> &v) { return v.has_value() && !v->isEmpty(); };

    const QString envCacheDir = env.value(QStringLiteral("TFHUB_CACHE_DIR"));
    if (nonEmpty(in.cacheDirFlag))
        c.setCacheDir(*in.cacheDirFlag, ConfigSource::CommandLine);
    else if (!envCacheDir.isEmpty())
        c.setCacheDir(envCacheDir, ConfigSource::Environment);
    else if (nonEmpty(in.cacheDirSetting))
        c.setCacheDir(*in.cacheDirSetting, ConfigSource::AppSetting);
    else
        c.setCacheDir(defaultCacheDir(), ConfigSource::Default);
    // A local cache folder is kept absolute and clean; a gs:// folder is kept as written.
    if (!c.m_cacheDir.contains(QLatin1String("://")))
        c.m_cacheDir = QDir::cleanPath(QDir(c.m_cacheDir).absolutePath());

    std::optional<QString> formatText;
    ConfigSource formatSource = ConfigSource::Default;
    const QString envFormat = env.value(QStringLiteral("TFHUB_MODEL_LOAD_FORMAT"));
    if (nonEmpty(in.loadFormatFlag)) {
        formatText = in.loadFormatFlag;
        formatSource = ConfigSource::CommandLine;
    } else if (!envFormat.isEmpty()) {
        formatText = envFormat;
        formatSource = ConfigSource::Environment;
    } else if (nonEmpty(in.loadFormatSetting)) {
        formatText = in.loadFormatSetting;
        formatSource = ConfigSource::AppSetting;
    }
    if (formatText) {
        const auto format = parseLoadFormat(*formatText);
        if (!format) {
            ErrorContext ctx;
            ctx.detail = *formatText;
            if (error)
                *error = Error(ErrorCode::InvalidLoadFormat, ctx);
        } else {
            c.setLoadFormat(*format, formatSource);
        }
    }

    const QString envOffline = env.value(QStringLiteral("HUBCACHE_OFFLINE"));
    if (in.offlineFlag.has_value())
        c.setOffline(*in.offlineFlag, ConfigSource::CommandLine);
    else if (!envOffline.isEmpty())
        c.setOffline(truthy(envOffline), ConfigSource::Environment);

    // Python compares the lower-cased value with "true".
    c.m_certValidationDisabled =
        env.value(QStringLiteral("TFHUB_DISABLE_CERT_VALIDATION")).toLower() == QLatin1String("true");
    c.m_consoleProgress = !env.value(QStringLiteral("TFHUB_DOWNLOAD_PROGRESS")).isEmpty();

    using std::chrono::milliseconds;
    c.m_lockTimeout = durationFromEnv(env, QStringLiteral("HUBCACHE_LOCK_TIMEOUT"), c.m_lockTimeout, 1000);
    c.m_lockPoll = durationFromEnv(env, QStringLiteral("HUBCACHE_LOCK_POLL_MS"), c.m_lockPoll, 1);
    c.m_stallTimeout = durationFromEnv(env, QStringLiteral("HUBCACHE_STALL_TIMEOUT"), c.m_stallTimeout, 1000);
    c.m_retryDelay = durationFromEnv(env, QStringLiteral("HUBCACHE_RETRY_DELAY_MS"), c.m_retryDelay, 1);
    const QString retries = env.value(QStringLiteral("HUBCACHE_RETRIES"));
    if (!retries.isEmpty()) {
        bool ok = false;
        const int n = retries.toInt(&ok);
        if (ok && n >= 0)
            c.m_maxRetries = n;
        else
            qCWarning(lcConfig) << "ignoring HUBCACHE_RETRIES =" << retries;
    }
    return c;
}

} // namespace HubCache
