#include "smokeerror.h"

#include <QJsonArray>

#include <csignal>
#include <cstring>

namespace {

QString withDetail(QString message, const SmokeError::Context &c)
{
    if (!c.detail.isEmpty())
        message += QStringLiteral(": ") + c.detail;
    return message;
}

QString signalName(int signal)
{
    const char *description = ::strsignal(signal);
    return description ? QStringLiteral("signal %1, %2").arg(signal).arg(QString::fromLocal8Bit(description))
                       : QStringLiteral("signal %1").arg(signal);
}

QString list(const QStringList &items)
{
    return items.isEmpty() ? SmokeError::tr("none") : items.join(QStringLiteral("; "));
}

// The one place where smoke failures become text.
QString messageFor(SmokeError::Code code, const SmokeError::Context &c)
{
    using Code = SmokeError::Code;
    const QString tags = c.tags.join(QLatin1Char(','));
    switch (code) {
    case Code::NoError:
    case Code::Library:
        return {};
    case Code::TensorFlowNotFound:
        return withDetail(SmokeError::tr("TensorFlow runtime not found: run scripts/setup-debian.sh --python, or set "
                                         "HUBCACHE_TENSORFLOW_DIR to the folder of libtensorflow_cc.so.2"), c);
    case Code::WrongTags:
        return SmokeError::tr("%1 has no meta graph with the tags '%2'; its tag sets are: %3 (choose one with --tags)")
            .arg(c.model, tags, list(c.available));
    case Code::NoSignature:
        return SmokeError::tr("%1 has no signature to run in the meta graph '%2' (only TensorFlow's internal ones)")
            .arg(c.model, tags);
    case Code::SignatureNotFound:
        return SmokeError::tr("%1 has no signature '%2'; its signatures are: %3 (choose one with --signature)")
            .arg(c.model, c.signature, list(c.available));
    case Code::UnsupportedInput:
        return withDetail(SmokeError::tr("Cannot make input '%1' of signature '%2' of %3")
                              .arg(c.input, c.signature, c.model), c);
    case Code::MissingVariables:
        return withDetail(SmokeError::tr("%1 cannot be loaded: its variables are incomplete; delete the cache entry "
                                         "(hubcache rm) and download it again").arg(c.model), c);
    case Code::UnreadableVariables:
        return withDetail(SmokeError::tr("TensorFlow could not restore the variables of %1; delete the cache entry "
                                         "(hubcache rm) and download it again").arg(c.model), c);
    case Code::LoadFailed:
        return withDetail(SmokeError::tr("TensorFlow could not load %1").arg(c.model), c);
    case Code::RunFailed:
        return withDetail(SmokeError::tr("TensorFlow could not run signature '%1' of %2").arg(c.signature, c.model), c);
    case Code::RunnerCrashed:
        return withDetail(SmokeError::tr("The TensorFlow helper process crashed (%1) while loading or running %2; "
                                         "the model or the TensorFlow installation is faulty")
                              .arg(signalName(c.signal), c.model), c);
    case Code::RunnerTimedOut:
        return SmokeError::tr("The TensorFlow helper process did not finish within %1 s for %2 and was stopped "
                              "(raise --timeout for big models)").arg(c.timeoutSeconds).arg(c.model);
    case Code::RunnerFailed:
        return withDetail(SmokeError::tr("The TensorFlow helper process for %1 failed").arg(c.model), c);
    }
    return withDetail(SmokeError::tr("Unknown error"), c);
}

constexpr SmokeError::Code allCodes[] = {
    SmokeError::Code::TensorFlowNotFound, SmokeError::Code::WrongTags,          SmokeError::Code::NoSignature,
    SmokeError::Code::SignatureNotFound,  SmokeError::Code::UnsupportedInput,   SmokeError::Code::MissingVariables,
    SmokeError::Code::UnreadableVariables, SmokeError::Code::LoadFailed,        SmokeError::Code::RunFailed,
    SmokeError::Code::RunnerCrashed,      SmokeError::Code::RunnerTimedOut,     SmokeError::Code::RunnerFailed,
};

} // namespace

SmokeError::SmokeError(Code code, const Context &context)
    : m_code(code)
    , m_name(codeName(code))
    , m_message(messageFor(code, context))
    , m_available(context.available)
{
}

SmokeError SmokeError::fromLibrary(const HubCache::Error &error)
{
    SmokeError e;
    if (!error)
        return e;
    e.m_code = Code::Library;
    e.m_name = HubCache::errorCodeName(error.code());
    e.m_message = error.message();
    return e;
}

int SmokeError::exitCode() const
{
    switch (m_code) {
    case Code::NoError:
        return 0;
    case Code::TensorFlowNotFound:
        return 3;
    default:
        return 1;
    }
}

QString SmokeError::codeName(Code code)
{
    switch (code) {
    case Code::NoError: return QStringLiteral("ok");
    case Code::Library: return QStringLiteral("library");
    case Code::TensorFlowNotFound: return QStringLiteral("tensorflow-not-found");
    case Code::WrongTags: return QStringLiteral("wrong-tags");
    case Code::NoSignature: return QStringLiteral("no-signature");
    case Code::SignatureNotFound: return QStringLiteral("signature-not-found");
    case Code::UnsupportedInput: return QStringLiteral("unsupported-input");
    case Code::MissingVariables: return QStringLiteral("missing-variables");
    case Code::UnreadableVariables: return QStringLiteral("unreadable-variables");
    case Code::LoadFailed: return QStringLiteral("load-failed");
    case Code::RunFailed: return QStringLiteral("run-failed");
    case Code::RunnerCrashed: return QStringLiteral("helper-crashed");
    case Code::RunnerTimedOut: return QStringLiteral("helper-timed-out");
    case Code::RunnerFailed: return QStringLiteral("helper-failed");
    }
    return QStringLiteral("unknown");
}

QJsonObject SmokeError::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), m_name}, {QStringLiteral("message"), m_message}};
    if (!m_available.isEmpty())
        o.insert(QStringLiteral("available"), QJsonArray::fromStringList(m_available));
    return o;
}

SmokeError SmokeError::fromJson(const QJsonObject &object)
{
    SmokeError e;
    e.m_name = object.value(QStringLiteral("code")).toString();
    if (e.m_name.isEmpty() || e.m_name == codeName(Code::NoError))
        return {};
    e.m_message = object.value(QStringLiteral("message")).toString();
    for (const QJsonValue &v : object.value(QStringLiteral("available")).toArray())
        e.m_available.append(v.toString());
    e.m_code = Code::Library; // a name the library gave
    for (Code c : allCodes) {
        if (codeName(c) == e.m_name)
            e.m_code = c;
    }
    return e;
}
