#include "configuration.h"

#include "logging.h"

#include <QDir>
#include <QStringList>

#include <algorithm>
#include <cmath>

#include <pwd.h>

namespace HubCache {

namespace {

// One numeric setting from the environment: a finite number within [min, max] in the setting's unit,
// or an error naming the variable, what it holds and what it must be. Unset or empty: nothing.
struct NumericSetting {
    const char *name;
    double min;
    double max;
    QString unit; // translated, shown in the error: "seconds", "milliseconds", "bytes per second", ...
};

std::optional<double> numberFromEnv(const QProcessEnvironment &env, const NumericSetting &s, QStringList *problems)
{
    const QString name = QLatin1String(s.name);
    const QString text = env.value(name).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    // toDouble accepts "inf" and "nan"; neither is a setting.
    if (!ok || !std::isfinite(value) || value < s.min || value > s.max) {
        problems->append(Configuration::tr("%1=%2 is not valid: give a number of %3 from %4 to %5")
                             .arg(name, text, s.unit)
                             .arg(s.min, 0, 'g', 12)
                             .arg(s.max, 0, 'g', 12));
        return std::nullopt;
    }
    return value;
}

void durationFromEnv(const QProcessEnvironment &env, const NumericSetting &s, qint64 unitMs,
                     std::chrono::milliseconds *target, QStringList *problems)
{
    if (const auto v = numberFromEnv(env, s, problems))
        *target = std::chrono::milliseconds(static_cast<qint64>(std::llround(*v * double(unitMs))));
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

std::optional<QUrl> Configuration::parseGcsEndpoint(const QString &input)
{
    const QString text = input.trimmed();
    QUrl url(text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text, QUrl::StrictMode);
    const bool ok = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()
        && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment()
        && (url.path().isEmpty() || url.path() == u"/");
    if (!ok)
        return std::nullopt;
    url.setPath(QString());
    return url;
}

std::optional<QUrl> Configuration::parseKaggleApi(const QString &input)
{
    const QString text = input.trimmed();
    QUrl url(text, QUrl::StrictMode);
    const bool ok = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()
        && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
    if (!ok)
        return std::nullopt;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl Configuration::defaultKaggleApi()
{
    return QUrl(QStringLiteral("https://www.kaggle.com/api/v1"));
}

QUrl Configuration::defaultGcsEndpoint()
{
    return QUrl(QStringLiteral("https://storage.googleapis.com"));
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

    // Every numeric setting is checked: a wrong one is an error that names it, never a silent
    // fallback (a stall timeout of "inf" or 0 would otherwise make every download fail or never time out).
    // Times are bounded to a day so that no timer overflows.
    QStringList problems;
    const QString seconds = tr("seconds");
    const QString milliseconds = tr("milliseconds");
    constexpr double kDay = 86400;
    durationFromEnv(env, {"HUBCACHE_LOCK_TIMEOUT", 0.1, kDay, seconds}, 1000, &c.m_lockTimeout, &problems);
    durationFromEnv(env, {"HUBCACHE_LOCK_POLL_MS", 10, kDay * 1000, milliseconds}, 1, &c.m_lockPoll, &problems);
    durationFromEnv(env, {"HUBCACHE_DEAD_OWNER_GRACE", 0, kDay, seconds}, 1000, &c.m_deadOwnerGrace, &problems);
    durationFromEnv(env, {"HUBCACHE_STALL_TIMEOUT", 0.1, kDay, seconds}, 1000, &c.m_stallTimeout, &problems);
    durationFromEnv(env, {"HUBCACHE_RETRY_DELAY_MS", 0, 600'000, milliseconds}, 1, &c.m_retryDelay, &problems);
    durationFromEnv(env, {"HUBCACHE_MIN_SPEED_TIME", 1, kDay, seconds}, 1000, &c.m_minSpeedTime, &problems);
    if (const auto v = numberFromEnv(env, {"HUBCACHE_MIN_SPEED", 0, 1e12, tr("bytes per second")}, &problems))
        c.m_minSpeed = static_cast<qint64>(*v);
    if (const auto v = numberFromEnv(env, {"HUBCACHE_RETRIES", 0, 100, tr("retries")}, &problems)) {
        if (*v != std::floor(*v))
            problems.append(tr("HUBCACHE_RETRIES=%1 is not valid: give a whole number of retries from 0 to 100")
                                .arg(env.value(QStringLiteral("HUBCACHE_RETRIES"))));
        else
            c.m_maxRetries = static_cast<int>(*v);
    }
    if (const auto v = numberFromEnv(env, {"HUBCACHE_MAX_EXPANSION_RATIO", 0, 1e9, tr("times the archive's size")}, &problems))
        c.m_maxExpansionRatio = *v;
    if (const auto v = numberFromEnv(env, {"HUBCACHE_MAX_EXTRACTED_SIZE", 0, 1e18, tr("bytes")}, &problems))
        c.m_maxExtractedSize = static_cast<qint64>(*v);
    if (in.parallelConnectionsSetting)
        c.m_parallelConnections = std::clamp(*in.parallelConnectionsSetting, 1, 16);
    if (const auto v = numberFromEnv(env, {"HUBCACHE_PARALLEL_CONNECTIONS", 1, 16, tr("connections")}, &problems)) {
        if (*v != std::floor(*v))
            problems.append(tr("HUBCACHE_PARALLEL_CONNECTIONS=%1 is not valid: give a whole number of connections from 1 to 16")
                                .arg(env.value(QStringLiteral("HUBCACHE_PARALLEL_CONNECTIONS"))));
        else
            c.m_parallelConnections = static_cast<int>(*v);
    }
    if (const auto v = numberFromEnv(env, {"HUBCACHE_PARALLEL_MIN_SIZE", 0, 1e18, tr("bytes")}, &problems))
        c.m_parallelMinSize = static_cast<qint64>(*v);
    // The GCS JSON API endpoint: HUBCACHE_GCS_ENDPOINT, else STORAGE_EMULATOR_HOST (the Google client
    // libraries' convention, "host:port" or "http://host:port"), else Google's.
    struct EndpointInput {
        QString name;
        QString text;
        ConfigSource source;
    };
    const QList<EndpointInput> endpointInputs{
        {QStringLiteral("HUBCACHE_GCS_ENDPOINT"), env.value(QStringLiteral("HUBCACHE_GCS_ENDPOINT")).trimmed(), ConfigSource::Environment},
        {QStringLiteral("STORAGE_EMULATOR_HOST"), env.value(QStringLiteral("STORAGE_EMULATOR_HOST")).trimmed(), ConfigSource::Environment},
        {tr("The storage endpoint setting"), in.gcsEndpointSetting.value_or(QString()).trimmed(), ConfigSource::AppSetting},
    };
    for (const EndpointInput &input : endpointInputs) {
        if (input.text.isEmpty())
            continue;
        const auto url = parseGcsEndpoint(input.text);
        if (!url) {
            problems.append(tr("%1=%2 is not valid: give an http or https URL with a host and optional port "
                               "and nothing else, such as https://storage.googleapis.com or http://127.0.0.1:4443")
                                .arg(input.name, input.text));
            break;
        }
        c.setGcsEndpoint(*url, input.source);
        break;
    }
    const QString kaggleApi = env.value(QStringLiteral("HUBCACHE_KAGGLE_API")).trimmed();
    if (!kaggleApi.isEmpty()) {
        if (const auto url = parseKaggleApi(kaggleApi))
            c.m_kaggleApi = *url;
        else
            problems.append(tr("HUBCACHE_KAGGLE_API=%1 is not valid: give an http or https URL with a host and "
                               "optional port and path, such as https://www.kaggle.com/api/v1")
                                .arg(kaggleApi));
    }
    const QString trusted = env.value(QStringLiteral("HUBCACHE_TRUSTED_CACHE_OWNERS"));
    for (const QString &part : trusted.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        bool isNumber = false;
        const uint uid = name.toUInt(&isNumber);
        if (isNumber) {
            c.m_trustedCacheOwners.append(uid);
        } else if (const passwd *pw = name.isEmpty() ? nullptr : ::getpwnam(name.toLocal8Bit().constData())) {
            c.m_trustedCacheOwners.append(pw->pw_uid);
        } else {
            problems.append(tr("HUBCACHE_TRUSTED_CACHE_OWNERS=%1 is not valid: '%2' is no user on this system; give "
                               "user names or numeric user ids separated by commas")
                                .arg(trusted, name));
        }
    }
    if (!problems.isEmpty()) {
        // A caller that takes the error shows it; one that does not still gets it in the log.
        if (!error) {
            for (const QString &p : std::as_const(problems))
                qCWarning(lcConfig).noquote() << p;
        }
        if (error && !*error) {
            ErrorContext ctx;
            ctx.detail = problems.join(QStringLiteral("; "));
            *error = Error(ErrorCode::InvalidConfiguration, ctx);
        }
    }
    return c;
}

} // namespace HubCache
