// The library's cache-hit path, measured with QBENCHMARK: ResolveJob on a handle whose entry is
// complete, from construction to its result, and the pieces it is made of. Not a test (not
// registered with CTest): run build/bin/bench_hitpath (see tests/bench/README.md).

#include "cachefixture.h"
#include "configuration.h"
#include "handle.h"
#include "modelcache.h"
#include "modelfolder.h"
#include "resolvejob.h"

#include <QTemporaryDir>
#include <QTest>

using namespace HubCache;

class BenchHitPath : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_handle = QStringLiteral("https://example.com/models/hit/1");
    QString m_key;
    Configuration m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = HubCacheTest::addCachedModel(QStringLiteral(HUBCACHE_TEST_DATA_DIR), m_dir.path(), m_handle);
        QVERIFY(!m_key.isEmpty());
        Configuration::Inputs inputs;
        inputs.cacheDirFlag = m_dir.path();
        inputs.offlineFlag = true; // a hit needs no network; a miss then fails at once instead of downloading
        Error error;
        m_config = Configuration::fromInputs(inputs, &error);
        QVERIFY2(!error, qPrintable(error.message()));
    }

    // What `hubcache resolve` and the app do for a cached model.
    void resolveJobHit()
    {
        QBENCHMARK {
            ResolveJob job(m_handle, m_config);
            job.setAutoDelete(false);
            job.exec();
            if (job.error() || !job.wasCached())
                QFAIL(qPrintable(job.error().message()));
        }
    }

    // The pieces: the cache key and the completeness rule on the entry.
    void cacheKey()
    {
        QBENCHMARK {
            const QString key = Handle::cacheKeyFor(m_handle);
            if (key != m_key)
                QFAIL("wrong key");
        }
    }

    void completenessRule()
    {
        const ModelCache cache(m_dir.path());
        QBENCHMARK {
            if (!cache.isComplete(m_key))
                QFAIL("not complete");
        }
    }
};

QTEST_GUILESS_MAIN(BenchHitPath)
#include "bench_hitpath.moc"
