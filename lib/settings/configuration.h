#pragma once

#include "credential.h"
#include "error.h"
#include "hubcache_export.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace HubCache {

enum class LoadFormat {
    Auto,
    Compressed,
    Uncompressed,
};

// Where an effective setting came from, strongest first.
enum class ConfigSource {
    CommandLine,
    Environment,
    AppSetting,
    Default,
};

// The effective settings of one run: cache folder, load format, offline mode, network limits,
// each with where it came from. Made once from flags, environment and the app's stored setting,
// then passed by value to whatever needs it; the library never reads global state behind its back.
class HUBCACHE_EXPORT Configuration
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::Configuration)

public:
    // What the caller knows; unset optionals mean "not given there".
    struct Inputs {
        std::optional<QString> cacheDirFlag;    // --tfhub_cache_dir
        std::optional<QString> loadFormatFlag;  // --tfhub_model_load_format
        std::optional<bool> offlineFlag;        // --offline
        std::optional<QString> cacheDirSetting; // the app's persistent setting
        std::optional<QString> loadFormatSetting;
        std::optional<QString> gcsEndpointSetting; // the app's storage endpoint (an emulator, a proxy)
        std::optional<int> parallelConnectionsSetting; // the app's connections per download (1-16)
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    Configuration();

    // Applies the precedence flag > environment > app setting > default. A load format that is not
    // COMPRESSED, UNCOMPRESSED or AUTO is an error, never a silent fallback.
    [[nodiscard]] static Configuration fromInputs(const Inputs &inputs, Error *error);
    // From the process environment alone (what a library user without flags gets).
    [[nodiscard]] static Configuration fromEnvironment(Error *error = nullptr);

    [[nodiscard]] static QString defaultCacheDir();
    [[nodiscard]] static std::optional<LoadFormat> parseLoadFormat(const QString &text);
    [[nodiscard]] static QString loadFormatName(LoadFormat format);
    [[nodiscard]] static QString sourceName(ConfigSource source);

    [[nodiscard]] QString cacheDir() const { return m_cacheDir; }
    [[nodiscard]] ConfigSource cacheDirSource() const { return m_cacheDirSource; }
    void setCacheDir(const QString &dir, ConfigSource source = ConfigSource::CommandLine);

    [[nodiscard]] LoadFormat loadFormat() const { return m_loadFormat; }
    [[nodiscard]] ConfigSource loadFormatSource() const { return m_loadFormatSource; }
    void setLoadFormat(LoadFormat format, ConfigSource source = ConfigSource::CommandLine);

    [[nodiscard]] bool offline() const { return m_offline; }
    [[nodiscard]] ConfigSource offlineSource() const { return m_offlineSource; }
    void setOffline(bool offline, ConfigSource source = ConfigSource::CommandLine);

    // TFHUB_DISABLE_CERT_VALIDATION=true: an explicit, logged choice.
    [[nodiscard]] bool certValidationDisabled() const { return m_certValidationDisabled; }
    void setCertValidationDisabled(bool disabled) { m_certValidationDisabled = disabled; }

    // TFHUB_DOWNLOAD_PROGRESS non-empty: one console line rewritten per chunk (front ends decide).
    [[nodiscard]] bool consoleProgressRequested() const { return m_consoleProgress; }

    // A lock whose owner's temp folder has not grown for this long is taken over
    // (HUBCACHE_LOCK_TIMEOUT, seconds).
    [[nodiscard]] std::chrono::milliseconds lockTimeout() const { return m_lockTimeout; }
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }
    // How often a waiter looks at a lock again (HUBCACHE_LOCK_POLL_MS).
    [[nodiscard]] std::chrono::milliseconds lockPollInterval() const { return m_lockPoll; }
    void setLockPollInterval(std::chrono::milliseconds interval) { m_lockPoll = interval; }

    // No byte for this long, while connecting or during the body, fails the attempt (HUBCACHE_STALL_TIMEOUT).
    [[nodiscard]] std::chrono::milliseconds stallTimeout() const { return m_stallTimeout; }
    void setStallTimeout(std::chrono::milliseconds timeout) { m_stallTimeout = timeout; }
    // Attempts after the first, on connection errors, 429 and 5xx before any byte was extracted
    // (HUBCACHE_RETRIES), with exponential backoff starting at retryDelay (HUBCACHE_RETRY_DELAY_MS).
    [[nodiscard]] int maxRetries() const { return m_maxRetries; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    [[nodiscard]] std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    [[nodiscard]] int maxRedirects() const { return m_maxRedirects; }

    // A lock whose owner looks dead but whose death cannot be proven (another host, another PID
    // namespace, a lock written by Python) is taken over once its temp folder has not grown for this
    // long (HUBCACHE_DEAD_OWNER_GRACE, seconds; default 10). A live owner is never taken over earlier.
    [[nodiscard]] std::chrono::milliseconds deadOwnerGrace() const { return m_deadOwnerGrace; }
    void setDeadOwnerGrace(std::chrono::milliseconds grace) { m_deadOwnerGrace = grace; }

    // A download slower than minSpeed bytes/s on average over minSpeedTime fails the attempt, as
    // curl's --speed-limit/--speed-time (HUBCACHE_MIN_SPEED, bytes/s, 0 turns it off;
    // HUBCACHE_MIN_SPEED_TIME, seconds).
    [[nodiscard]] qint64 minSpeed() const { return m_minSpeed; }
    void setMinSpeed(qint64 bytesPerSecond) { m_minSpeed = bytesPerSecond; }
    [[nodiscard]] std::chrono::milliseconds minSpeedTime() const { return m_minSpeedTime; }
    void setMinSpeedTime(std::chrono::milliseconds window) { m_minSpeedTime = window; }

    // Bounds on what an archive may expand to while it is extracted: at most maxExpansionRatio times
    // the compressed bytes read so far (past a small allowance; HUBCACHE_MAX_EXPANSION_RATIO, 0 turns
    // it off), and at most maxExtractedSize bytes in all (HUBCACHE_MAX_EXTRACTED_SIZE, 0: no limit but
    // the free space).
    [[nodiscard]] double maxExpansionRatio() const { return m_maxExpansionRatio; }
    void setMaxExpansionRatio(double ratio) { m_maxExpansionRatio = ratio; }
    [[nodiscard]] qint64 maxExtractedSize() const { return m_maxExtractedSize; }
    void setMaxExtractedSize(qint64 bytes) { m_maxExtractedSize = bytes; }
    // Whether a download whose size is known is refused before it starts when the cache folder's
    // file system has less room than FreeSpaceCheck::neededFor() it (on by default).
    [[nodiscard]] bool freeSpaceCheck() const { return m_freeSpaceCheck; }
    void setFreeSpaceCheck(bool on) { m_freeSpaceCheck = on; }

    // An archive of at least parallelMinSize bytes from a server that offers ranges and a strong
    // validator is fetched over parallelConnections connections at once, its bytes kept in resume
    // data beside the entry so that a later run continues where a killed one stopped
    // (HUBCACHE_PARALLEL_CONNECTIONS, 1 to 16, default 8: 1 keeps one stream but still resumes;
    // HUBCACHE_PARALLEL_MIN_SIZE, bytes, default 64 MiB).
    // HUBCACHE_PARALLEL_CONNECTIONS wins over the app's setting, as the environment does elsewhere.
    [[nodiscard]] int parallelConnections() const { return m_parallelConnections; }
    [[nodiscard]] static constexpr int defaultParallelConnections() { return 8; }
    void setParallelConnections(int connections) { m_parallelConnections = connections; }
    [[nodiscard]] qint64 parallelMinSize() const { return m_parallelMinSize; }
    void setParallelMinSize(qint64 bytes) { m_parallelMinSize = bytes; }

    // Users besides ourselves and root whose cache folder and entries are trusted as our own
    // (HUBCACHE_TRUSTED_CACHE_OWNERS: user names or numeric ids, separated by commas). Without it a
    // cache folder owned by someone else is refused in the shared temp folder and warned about elsewhere.
    [[nodiscard]] QList<uint> trustedCacheOwners() const { return m_trustedCacheOwners; }
    void setTrustedCacheOwners(const QList<uint> &uids) { m_trustedCacheOwners = uids; }

    // The Google Cloud Storage JSON API endpoint (scheme, host, port): HUBCACHE_GCS_ENDPOINT, else
    // STORAGE_EMULATOR_HOST ("host:port" or "http://host:port"), else the app's setting, else
    // https://storage.googleapis.com.
    [[nodiscard]] QUrl gcsEndpoint() const { return m_gcsEndpoint; }
    [[nodiscard]] ConfigSource gcsEndpointSource() const { return m_gcsEndpointSource; }
    void setGcsEndpoint(const QUrl &endpoint, ConfigSource source = ConfigSource::CommandLine)
    {
        m_gcsEndpoint = endpoint;
        m_gcsEndpointSource = source;
    }
    // Parses an endpoint as the settings above accept it ("host:port" means http); nullopt when it
    // is not an http(s) URL with a host, an optional port and nothing else.
    [[nodiscard]] static std::optional<QUrl> parseGcsEndpoint(const QString &text);
    [[nodiscard]] static QUrl defaultGcsEndpoint();

    // The Kaggle public API the Browse page's Kaggle Models catalog asks (HUBCACHE_KAGGLE_API, default
    // https://www.kaggle.com/api/v1): an http(s) URL with a host, an optional port and path.
    [[nodiscard]] QUrl kaggleApi() const { return m_kaggleApi; }
    void setKaggleApi(const QUrl &url) { m_kaggleApi = url; }
    // nullopt when text is not an http(s) URL with a host and nothing but a path after it.
    [[nodiscard]] static std::optional<QUrl> parseKaggleApi(const QString &text);
    [[nodiscard]] static QUrl defaultKaggleApi();

    [[nodiscard]] const QProcessEnvironment &environment() const { return m_environment; }

    // What the front end read from the OS keychain before starting work (the keychain is
    // asynchronous and is never waited for inside a job): the GCS client picks the bucket's own
    // credential, else the default one, after the environment's. Never saved or printed.
    void setStoredCredentials(const QList<Credential> &credentials) { m_storedCredentials = credentials; }
    [[nodiscard]] const QList<Credential> &storedCredentials() const { return m_storedCredentials; }

    // What the Python tensorflow_hub library will do in this environment: it reads
    // TFHUB_CACHE_DIR before its flag and does not validate TFHUB_MODEL_LOAD_FORMAT.
    struct PythonView {
        QString cacheDir;
        bool cacheDirFromEnvironment = false;
        QString loadFormat;     // as Python sees it ("AUTO" when unset)
        bool loadFormatValid = true;
        bool downloadsAndCaches = true; // false when it reads models straight from GCS
        QString summary;        // translated, one paragraph
    };
    [[nodiscard]] static PythonView pythonView(const QProcessEnvironment &environment);

private:
    QString m_cacheDir;
    ConfigSource m_cacheDirSource = ConfigSource::Default;
    LoadFormat m_loadFormat = LoadFormat::Auto;
    ConfigSource m_loadFormatSource = ConfigSource::Default;
    bool m_offline = false;
    ConfigSource m_offlineSource = ConfigSource::Default;
    bool m_certValidationDisabled = false;
    bool m_consoleProgress = false;
    std::chrono::milliseconds m_lockTimeout{600'000};
    std::chrono::milliseconds m_lockPoll{500};
    std::chrono::milliseconds m_stallTimeout{60'000};
    std::chrono::milliseconds m_retryDelay{1'000};
    int m_maxRetries = 3;
    std::chrono::milliseconds m_deadOwnerGrace{10'000};
    qint64 m_minSpeed = 1024;
    std::chrono::milliseconds m_minSpeedTime{30'000};
    double m_maxExpansionRatio = 200;
    qint64 m_maxExtractedSize = 0;
    bool m_freeSpaceCheck = true;
    int m_parallelConnections = defaultParallelConnections();
    qint64 m_parallelMinSize = 64'000'000; // 64 MB, in the units sizes are shown in
    int m_maxRedirects = 10;
    QList<uint> m_trustedCacheOwners;
    QUrl m_gcsEndpoint{defaultGcsEndpoint()};
    ConfigSource m_gcsEndpointSource = ConfigSource::Default;
    QUrl m_kaggleApi{defaultKaggleApi()};
    QProcessEnvironment m_environment;
    QList<Credential> m_storedCredentials;
};

} // namespace HubCache
