#include "configuration.h"

#include <QDir>
#include <QTest>

using namespace HubCache;

class TestConfiguration : public QObject
{
    Q_OBJECT

    static Configuration make(const Configuration::Inputs &in, Error *error = nullptr)
    {
        Error e;
        Configuration c = Configuration::fromInputs(in, &e);
        if (error)
            *error = e;
        else
            Q_ASSERT(!e);
        return c;
    }

private Q_SLOTS:
    void defaultIsTempTfhubModules()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        const Configuration c = make(in);
        QCOMPARE(c.cacheDir(), QDir::cleanPath(QDir::tempPath() + u"/tfhub_modules"_qs));
        QCOMPARE(c.cacheDirSource(), ConfigSource::Default);
        QCOMPARE(c.loadFormat(), LoadFormat::Auto);
        QCOMPARE(c.loadFormatSource(), ConfigSource::Default);
        QVERIFY(!c.offline());
        QVERIFY(!c.certValidationDisabled());
    }

    void precedenceFlagEnvSettingDefault()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.cacheDirSetting = u"/setting"_qs;
        QCOMPARE(make(in).cacheDir(), u"/setting"_qs);
        QCOMPARE(make(in).cacheDirSource(), ConfigSource::AppSetting);

        in.environment.insert(u"TFHUB_CACHE_DIR"_qs, u"/env"_qs);
        QCOMPARE(make(in).cacheDir(), u"/env"_qs);
        QCOMPARE(make(in).cacheDirSource(), ConfigSource::Environment);

        in.cacheDirFlag = u"/flag"_qs;
        QCOMPARE(make(in).cacheDir(), u"/flag"_qs);
        QCOMPARE(make(in).cacheDirSource(), ConfigSource::CommandLine);
    }

    // The app's storage endpoint (an emulator or a proxy) is used unless the environment names one;
    // a bad one is an error naming the setting, never a silent fallback to Google.
    void gcsEndpointPrecedence()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        QCOMPARE(make(in).gcsEndpoint(), QUrl(u"https://storage.googleapis.com"_qs));
        QCOMPARE(make(in).gcsEndpointSource(), ConfigSource::Default);

        in.gcsEndpointSetting = u"127.0.0.1:4443"_qs;
        QCOMPARE(make(in).gcsEndpoint(), QUrl(u"http://127.0.0.1:4443"_qs));
        QCOMPARE(make(in).gcsEndpointSource(), ConfigSource::AppSetting);

        in.environment.insert(u"STORAGE_EMULATOR_HOST"_qs, u"http://localhost:9023"_qs);
        QCOMPARE(make(in).gcsEndpoint(), QUrl(u"http://localhost:9023"_qs));
        QCOMPARE(make(in).gcsEndpointSource(), ConfigSource::Environment);

        in.environment = QProcessEnvironment();
        in.gcsEndpointSetting = u"https://gcs.example.com/some/path"_qs;
        Error error;
        const Configuration bad = Configuration::fromInputs(in, &error);
        QCOMPARE(error.code(), ErrorCode::InvalidConfiguration);
        QVERIFY2(error.message().contains(u"gcs.example.com/some/path"_qs), qPrintable(error.message()));
        QCOMPARE(bad.gcsEndpoint(), QUrl(u"https://storage.googleapis.com"_qs));
    }

    void emptyEnvironmentValueCountsAsUnset()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.environment.insert(u"TFHUB_CACHE_DIR"_qs, QString());
        in.environment.insert(u"TFHUB_MODEL_LOAD_FORMAT"_qs, QString());
        in.cacheDirSetting = u"/setting"_qs;
        const Configuration c = make(in);
        QCOMPARE(c.cacheDirSource(), ConfigSource::AppSetting);
        QCOMPARE(c.loadFormatSource(), ConfigSource::Default);
    }

    void relativeCacheDirBecomesAbsolute()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.cacheDirFlag = u"some/../cache"_qs;
        QCOMPARE(make(in).cacheDir(), QDir::cleanPath(QDir::currentPath() + u"/cache"_qs));
    }

    void gcsCacheDirKeptAsWritten()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.environment.insert(u"TFHUB_CACHE_DIR"_qs, u"gs://bucket/cache"_qs);
        QCOMPARE(make(in).cacheDir(), u"gs://bucket/cache"_qs);
    }

    void loadFormat_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("env");
        QTest::addColumn<LoadFormat>("format");
        QTest::addColumn<ConfigSource>("source");
        QTest::newRow("env") << QString() << u"UNCOMPRESSED"_qs << LoadFormat::Uncompressed << ConfigSource::Environment;
        QTest::newRow("flag wins") << u"COMPRESSED"_qs << u"UNCOMPRESSED"_qs << LoadFormat::Compressed
                                   << ConfigSource::CommandLine;
        QTest::newRow("auto") << u"AUTO"_qs << QString() << LoadFormat::Auto << ConfigSource::CommandLine;
    }
    void loadFormat()
    {
        QFETCH(QString, flag);
        QFETCH(QString, env);
        QFETCH(LoadFormat, format);
        QFETCH(ConfigSource, source);
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        if (!flag.isEmpty())
            in.loadFormatFlag = flag;
        if (!env.isEmpty())
            in.environment.insert(u"TFHUB_MODEL_LOAD_FORMAT"_qs, env);
        const Configuration c = make(in);
        QCOMPARE(c.loadFormat(), format);
        QCOMPARE(c.loadFormatSource(), source);
    }

    void invalidLoadFormatIsAnError()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.environment.insert(u"TFHUB_MODEL_LOAD_FORMAT"_qs, u"compressed"_qs); // wrong case
        Error e;
        (void)make(in, &e);
        QCOMPARE(e.code(), ErrorCode::InvalidLoadFormat);
        QVERIFY2(e.message().contains(u"'compressed'"_qs), qPrintable(e.message()));
        QVERIFY(e.message().contains(u"TFHUB_MODEL_LOAD_FORMAT"_qs));
    }

    void offlineFromEnvAndFlag()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.environment.insert(u"HUBCACHE_OFFLINE"_qs, u"1"_qs);
        QVERIFY(make(in).offline());
        QCOMPARE(make(in).offlineSource(), ConfigSource::Environment);
        in.environment.insert(u"HUBCACHE_OFFLINE"_qs, u"0"_qs);
        QVERIFY(!make(in).offline());
        in.offlineFlag = true;
        QVERIFY(make(in).offline());
        QCOMPARE(make(in).offlineSource(), ConfigSource::CommandLine);
    }

    void certValidationSwitch()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.environment.insert(u"TFHUB_DISABLE_CERT_VALIDATION"_qs, u"True"_qs);
        QVERIFY(make(in).certValidationDisabled());
        in.environment.insert(u"TFHUB_DISABLE_CERT_VALIDATION"_qs, u"1"_qs); // Python wants "true"
        QVERIFY(!make(in).certValidationDisabled());
    }

    void timeoutsFromEnvironment()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.environment.insert(u"HUBCACHE_LOCK_TIMEOUT"_qs, u"2.5"_qs);
        in.environment.insert(u"HUBCACHE_STALL_TIMEOUT"_qs, u"3"_qs);
        in.environment.insert(u"HUBCACHE_RETRIES"_qs, u"0"_qs);
        const Configuration c = make(in);
        QCOMPARE(c.lockTimeout().count(), 2500);
        QCOMPARE(c.stallTimeout().count(), 3000);
        QCOMPARE(c.maxRetries(), 0);
    }

    void wrongNumericSettingsAreNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("word") << u"HUBCACHE_LOCK_TIMEOUT"_qs << u"soon"_qs;
        QTest::newRow("inf") << u"HUBCACHE_STALL_TIMEOUT"_qs << u"inf"_qs;
        QTest::newRow("nan") << u"HUBCACHE_STALL_TIMEOUT"_qs << u"nan"_qs;
        QTest::newRow("huge") << u"HUBCACHE_STALL_TIMEOUT"_qs << u"1e300"_qs;
        QTest::newRow("zero") << u"HUBCACHE_STALL_TIMEOUT"_qs << u"0"_qs;
        QTest::newRow("above a day") << u"HUBCACHE_STALL_TIMEOUT"_qs << u"2147484"_qs;
        QTest::newRow("negative") << u"HUBCACHE_RETRY_DELAY_MS"_qs << u"-5"_qs;
        QTest::newRow("fraction of a retry") << u"HUBCACHE_RETRIES"_qs << u"1.5"_qs;
        QTest::newRow("speed") << u"HUBCACHE_MIN_SPEED"_qs << u"fast"_qs;
        QTest::newRow("ratio") << u"HUBCACHE_MAX_EXPANSION_RATIO"_qs << u"-1"_qs;
        QTest::newRow("grace") << u"HUBCACHE_DEAD_OWNER_GRACE"_qs << u"1e9"_qs;
    }

    void wrongNumericSettingsAreNamed()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        in.environment.insert(name, value);
        Error e;
        const Configuration c = make(in, &e);
        QCOMPARE(e.code(), ErrorCode::InvalidConfiguration);
        QVERIFY2(e.message().contains(name + u'=' + value), qPrintable(e.message()));
        // The defaults stay in force for what was wrong.
        QCOMPARE(c.stallTimeout().count(), 60'000);
        QCOMPARE(c.lockTimeout().count(), 600'000);
        QCOMPARE(c.maxRetries(), 3);
    }

    void hardeningLimitsFromEnvironment()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        const Configuration defaults = make(in);
        QCOMPARE(defaults.deadOwnerGrace().count(), 10'000);
        QCOMPARE(defaults.minSpeed(), 1024);
        QCOMPARE(defaults.minSpeedTime().count(), 30'000);
        QCOMPARE(defaults.maxExpansionRatio(), 200.0);
        QCOMPARE(defaults.maxExtractedSize(), 0);
        in.environment.insert(u"HUBCACHE_DEAD_OWNER_GRACE"_qs, u"1.5"_qs);
        in.environment.insert(u"HUBCACHE_MIN_SPEED"_qs, u"0"_qs);
        in.environment.insert(u"HUBCACHE_MIN_SPEED_TIME"_qs, u"2"_qs);
        in.environment.insert(u"HUBCACHE_MAX_EXPANSION_RATIO"_qs, u"50"_qs);
        in.environment.insert(u"HUBCACHE_MAX_EXTRACTED_SIZE"_qs, u"1048576"_qs);
        const Configuration c = make(in);
        QCOMPARE(c.deadOwnerGrace().count(), 1500);
        QCOMPARE(c.minSpeed(), 0);
        QCOMPARE(c.minSpeedTime().count(), 2000);
        QCOMPARE(c.maxExpansionRatio(), 50.0);
        QCOMPARE(c.maxExtractedSize(), 1048576);
    }

    void trustedCacheOwners()
    {
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        QVERIFY(make(in).trustedCacheOwners().isEmpty());
        in.environment.insert(u"HUBCACHE_TRUSTED_CACHE_OWNERS"_qs, u"root, 1234"_qs);
        QCOMPARE(make(in).trustedCacheOwners(), (QList<uint>{0, 1234}));
        in.environment.insert(u"HUBCACHE_TRUSTED_CACHE_OWNERS"_qs, u"1234,no-such-user-hubcache"_qs);
        Error e;
        (void)make(in, &e);
        QCOMPARE(e.code(), ErrorCode::InvalidConfiguration);
        QVERIFY2(e.message().contains(u"no-such-user-hubcache"_qs), qPrintable(e.message()));
    }

    void parallelDownloadSettings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one connection") << u"HUBCACHE_PARALLEL_CONNECTIONS"_qs << u"1"_qs << true;
        QTest::newRow("sixteen") << u"HUBCACHE_PARALLEL_CONNECTIONS"_qs << u"16"_qs << true;
        QTest::newRow("none") << u"HUBCACHE_PARALLEL_CONNECTIONS"_qs << u"0"_qs << false;
        QTest::newRow("too many") << u"HUBCACHE_PARALLEL_CONNECTIONS"_qs << u"17"_qs << false;
        QTest::newRow("fraction") << u"HUBCACHE_PARALLEL_CONNECTIONS"_qs << u"2.5"_qs << false;
        QTest::newRow("word") << u"HUBCACHE_PARALLEL_CONNECTIONS"_qs << u"many"_qs << false;
        QTest::newRow("min size") << u"HUBCACHE_PARALLEL_MIN_SIZE"_qs << u"1048576"_qs << true;
        QTest::newRow("negative size") << u"HUBCACHE_PARALLEL_MIN_SIZE"_qs << u"-1"_qs << false;
    }

    void parallelDownloadSettings()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        Configuration::Inputs in;
        in.environment = QProcessEnvironment();
        const Configuration defaults = make(in);
        QCOMPARE(defaults.parallelConnections(), 8);
        QCOMPARE(defaults.parallelMinSize(), 64'000'000);
        in.environment.insert(name, value);
        Error e;
        const Configuration c = make(in, &e);
        if (!valid) {
            QCOMPARE(e.code(), ErrorCode::InvalidConfiguration);
            QVERIFY2(e.message().contains(name + u'=' + value), qPrintable(e.message()));
            QCOMPARE(c.parallelConnections(), 8);
            QCOMPARE(c.parallelMinSize(), 64'000'000);
            return;
        }
        QCOMPARE(e.code(), ErrorCode::NoError);
        if (name == u"HUBCACHE_PARALLEL_CONNECTIONS"_qs)
            QCOMPARE(c.parallelConnections(), value.toInt());
        else
            QCOMPARE(c.parallelMinSize(), value.toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestConfiguration)
#include "tst_configuration.moc"
