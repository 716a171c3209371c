#include "handle.h"

#include <QTest>
#include <QUrlQuery>

using namespace HubCache;

class TestHandle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheKeys_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("key");
        // The test vectors of the cache protocol: SHA-1 of the handle exactly as given.
        QTest::newRow("yamnet") << u"https://tfhub.dev/google/yamnet/1"_qs << u"9616fd04ec2360621642ef9455b84f4b668e219e"_qs;
        QTest::newRow("trailing slash") << u"https://tfhub.dev/google/yamnet/1/"_qs << u"aceb8d9f6b40d3cb292bd4e21bf5325c17518e47"_qs;
        QTest::newRow("mobilenet") << u"https://tfhub.dev/google/tf2-preview/mobilenet_v2/feature_vector/4"_qs
                                   << u"145bb06ec3b59b08fb564ab752bd5aa222bfb50a"_qs;
        QTest::newRow("elmo") << u"https://tfhub.dev/google/elmo/2"_qs << u"9bb74bc86f9caffc8c47dd7b33ec4bb354d9602d"_qs;
    }
    void cacheKeys()
    {
        QFETCH(QString, handle);
        QFETCH(QString, key);
        QCOMPARE(Handle(handle).cacheKey(), key);
        QVERIFY(Handle::looksLikeCacheKey(key));
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<LoadFormat>("format");
        QTest::addColumn<HandleKind>("kind");
        QTest::newRow("tfhub") << u"https://tfhub.dev/google/yamnet/1"_qs << LoadFormat::Auto << HandleKind::CompressedUrl;
        QTest::newRow("kaggle") << u"https://www.kaggle.com/models/google/yamnet/TensorFlow2/yamnet/1"_qs
                                << LoadFormat::Compressed << HandleKind::CompressedUrl;
        QTest::newRow("uncompressed") << u"https://tfhub.dev/google/yamnet/1"_qs << LoadFormat::Uncompressed
                                      << HandleKind::UncompressedUrl;
        QTest::newRow("gs tarball") << u"gs://bucket/models/m.tar.gz"_qs << LoadFormat::Auto << HandleKind::GcsArchive;
        QTest::newRow("gs tgz") << u"gs://bucket/m.tgz"_qs << LoadFormat::Auto << HandleKind::GcsArchive;
        QTest::newRow("gs tar") << u"gs://bucket/m.tar"_qs << LoadFormat::Auto << HandleKind::GcsArchive;
        QTest::newRow("gs folder") << u"gs://bucket/models/m"_qs << LoadFormat::Auto << HandleKind::GcsPath;
        QTest::newRow("local") << u"/srv/models/m"_qs << LoadFormat::Auto << HandleKind::LocalPath;
        QTest::newRow("relative") << u"models/m"_qs << LoadFormat::Auto << HandleKind::LocalPath;
        QTest::newRow("file url") << u"file:///srv/models/m"_qs << LoadFormat::Auto << HandleKind::LocalPath;
        QTest::newRow("empty") << QString() << LoadFormat::Auto << HandleKind::Invalid;
        QTest::newRow("ftp") << u"ftp://example.com/m"_qs << LoadFormat::Auto << HandleKind::Invalid;
        QTest::newRow("no host") << u"https:///m"_qs << LoadFormat::Auto << HandleKind::Invalid;
    }
    void kinds()
    {
        QFETCH(QString, handle);
        QFETCH(LoadFormat, format);
        QFETCH(HandleKind, kind);
        QCOMPARE(Handle(handle).kind(format), kind);
    }

    void compressedUrl_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("url");
        QTest::newRow("plain") << u"https://tfhub.dev/google/yamnet/1"_qs
                               << u"https://tfhub.dev/google/yamnet/1?tf-hub-format=compressed"_qs;
        // The protocol's example: the pair is appended to an existing query.
        QTest::newRow("query") << u"https://example.com/module?extra=abc"_qs
                               << u"https://example.com/module?extra=abc&tf-hub-format=compressed"_qs;
        QTest::newRow("china mirror") << u"https://hub.tensorflow.google.cn/google/yamnet/1"_qs
                                      << u"https://gcs.tensorflow.google.cn/tfhub-modules/google/yamnet/1.tar.gz"_qs;
    }
    void compressedUrl()
    {
        QFETCH(QString, handle);
        QFETCH(QString, url);
        QCOMPARE(Handle(handle).compressedUrl().toString(), url);
    }

    void chinaMirrorKeepsKeyOfOriginalHandle()
    {
        const Handle h(u"https://hub.tensorflow.google.cn/google/yamnet/1"_qs);
        QCOMPARE(h.cacheKey(), Handle::cacheKeyFor(h.text()));
        QVERIFY(h.compressedUrl().host() == u"gcs.tensorflow.google.cn"_qs);
    }

    void uncompressedUrl()
    {
        const QUrl url = Handle(u"https://tfhub.dev/google/spice/2"_qs).uncompressedUrl();
        QCOMPARE(QUrlQuery(url).queryItemValue(u"tf-hub-format"_qs), u"uncompressed"_qs);
    }

    void localPathFromFileUrl()
    {
        QCOMPARE(Handle(u"file:///srv/m"_qs).localPath(), u"/srv/m"_qs);
        QCOMPARE(Handle(u"/srv/m"_qs).localPath(), u"/srv/m"_qs);
    }
};

QTEST_GUILESS_MAIN(TestHandle)
#include "tst_handle.moc"
