#include "handledrop.h"

#include "modelfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using HubCache::ModelFolder;

namespace {

bool isRemoteHandle(const QString &text)
{
    const QUrl url(text);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("gs"));
}

} // namespace

bool HandleDrop::canCarryHandle(const QMimeData *mime)
{
    return mime && (mime->hasUrls() || mime->hasText());
}

HandleDrop HandleDrop::rejected(const QString &message)
{
    HandleDrop drop;
    drop.m_message = message;
    return drop;
}

HandleDrop HandleDrop::fromMimeData(const QMimeData *mime)
{
    if (!mime)
        return rejected(tr("Nothing was dropped."));
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QUrl url = mime->urls().constFirst();
        if (url.isLocalFile())
            return fromLocalPath(url.toLocalFile());
        return fromText(url.toString());
    }
    if (mime->hasText())
        return fromText(mime->text());
    return rejected(tr("Only a model URL, a gs:// path or a SavedModel folder can be dropped here."));
}

HandleDrop HandleDrop::fromText(const QString &text)
{
    // A dragged selection may carry several lines or surrounding blanks: the first line is the handle.
    const QString handle = text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (isRemoteHandle(handle)) {
        HandleDrop drop;
        drop.m_action = Action::Handle;
        drop.m_value = handle;
        return drop;
    }
    if (handle.startsWith(QLatin1String("file:")))
        return fromLocalPath(QUrl(handle).toLocalFile());
    if (QDir::isAbsolutePath(handle) && QFileInfo::exists(handle))
        return fromLocalPath(handle);
    const QString shown = handle.size() > 80 ? handle.left(79) + QChar(0x2026) : handle;
    return rejected(tr("“%1” is not a model handle. Drop a tfhub.dev or Kaggle URL, an http(s) URL of a model "
                       "archive, a gs:// path or a SavedModel folder.")
                        .arg(shown));
}

HandleDrop HandleDrop::fromLocalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    // The type first: only a real folder is looked into.
    if (info.isSymLink() || !info.isDir()) {
        return rejected(tr("%1 is not a model folder. Drop a folder that holds a SavedModel (saved_model.pb), "
                           "or a model URL.")
                            .arg(QDir::toNativeSeparators(absolute)));
    }
    QString reason;
    ModelFolder::Kind kind = ModelFolder::Kind::None;
    if (ModelFolder::isComplete(absolute, &reason, &kind)) {
        HandleDrop drop;
        drop.m_action = Action::InspectFolder;
        drop.m_value = absolute;
        return drop;
    }
    // A cache folder is recognised by its descriptors: say where it is chosen instead.
    if (!QDir(absolute).entryList({QStringLiteral("*.descriptor")}, QDir::Files | QDir::Hidden).isEmpty()) {
        return rejected(tr("%1 looks like a cache folder, not a model. To use it, choose it as the cache folder in "
                           "Settings.")
                            .arg(QDir::toNativeSeparators(absolute)));
    }
    return rejected(tr("%1 is not a SavedModel folder (%2). Drop a folder that holds saved_model.pb, or a model URL.")
                        .arg(QDir::toNativeSeparators(absolute), reason));
}
