#include "error.h"

#include <QTest>

#include <cerrno>

using namespace HubCache;

class TestError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasTextAndName()
    {
        QSet<QString> names;
        for (int i = int(ErrorCode::NoError) + 1; i <= int(ErrorCode::CorruptSavedModel); ++i) {
            ErrorContext c;
            c.handle = u"https://example.com/m/1"_qs;
            c.path = u"/cache"_qs;
            const auto code = ErrorCode(i);
            QVERIFY2(!errorString(code, c).isEmpty(), qPrintable(QString::number(i)));
            const QString name = errorCodeName(code);
            QVERIFY(name != u"unknown"_qs);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
    }

    void pythonWordingKept()
    {
        ErrorContext c;
        c.handle = u"https://example.com/m/1"_qs;
        c.httpStatus = 200;
        c.contentType = u"text/html"_qs;
        const QString notArchive = errorString(ErrorCode::NotAnArchive, c);
        QVERIFY(notArchive.startsWith(u"https://example.com/m/1 does not appear to be a valid module"_qs));
        QVERIFY2(notArchive.contains(u"200"_qs) && notArchive.contains(u"text/html"_qs), qPrintable(notArchive));
        QCOMPARE(errorString(ErrorCode::PathNotFound, c), u"https://example.com/m/1 does not exist."_qs);
        c.path = u"/m"_qs;
        QCOMPARE(errorString(ErrorCode::NoSavedModel, c),
                 u"Trying to load a model of incompatible/unknown type. '/m' contains neither 'saved_model.pb' nor 'saved_model.pbtxt'."_qs);
    }

    void networkErrorMapping()
    {
        QCOMPARE(Error::codeForNetworkError(QNetworkReply::ContentNotFoundError, 404), ErrorCode::RemoteNotFound);
        QCOMPARE(Error::codeForNetworkError(QNetworkReply::ContentAccessDenied, 403), ErrorCode::AccessDenied);
        QCOMPARE(Error::codeForNetworkError(QNetworkReply::UnknownContentError, 429), ErrorCode::RateLimited);
        QCOMPARE(Error::codeForNetworkError(QNetworkReply::InternalServerError, 500), ErrorCode::ServerError);
        QCOMPARE(Error::codeForNetworkError(QNetworkReply::HostNotFoundError, 0), ErrorCode::HostNotFound);
        QCOMPARE(Error::codeForNetworkError(QNetworkReply::ConnectionRefusedError, 0), ErrorCode::ConnectionRefused);
        QCOMPARE(Error::codeForNetworkError(QNetworkReply::SslHandshakeFailedError, 0), ErrorCode::TlsFailure);
        QCOMPARE(Error::codeForNetworkError(QNetworkReply::ProxyConnectionRefusedError, 0), ErrorCode::ProxyFailure);
    }

    void systemErrorsAreActionable()
    {
        const Error full = Error::fromSystemError(ENOSPC, u"/cache/x"_qs);
        QCOMPARE(full.code(), ErrorCode::DiskFull);
        QVERIFY(full.message().contains(u"/cache/x"_qs));
        QVERIFY(full.message().contains(u"TFHUB_CACHE_DIR"_qs));
        const Error denied = Error::fromSystemError(EACCES, u"/cache"_qs);
        QCOMPARE(denied.code(), ErrorCode::NotWritable);
        QVERIFY(denied.message().contains(u"not writable"_qs));
        QCOMPARE(Error::fromSystemError(EROFS, u"/c"_qs).code(), ErrorCode::NotWritable);
        QCOMPARE(Error::fromSystemError(EIO, u"/c"_qs).code(), ErrorCode::FileError);
        QCOMPARE(Error::fromSystemError(EFBIG, u"/c"_qs).code(), ErrorCode::FileTooLarge);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
