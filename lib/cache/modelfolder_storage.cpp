// ModelFolder's rule over a Storage location, a gs:// folder included. Apart from modelfolder.cpp,
// which holds the rule over a local folder: that one is part of hubcache_base, which the `hubcache`
// executable links without the storage layer (lib/CMakeLists.txt).
#include "modelfolder.h"

namespace HubCache {

bool ModelFolder::isComplete(Storage &storage, const QString &location, QString *reason, Kind *kind)
{
    if (!storage.isRemote())
        return isComplete(location, reason, kind);
    Error error;
    const QList<Storage::Item> listing = storage.list(location, Storage::ListMode::Recursive, &error);
    if (error) {
        if (reason)
            *reason = tr("cannot be read: %1").arg(error.message());
        if (kind)
            *kind = Kind::None;
        return false;
    }
    if (listing.isEmpty()) {
        const Storage::Stat st = storage.stat(location);
        if (reason)
            *reason = st.type == Storage::Type::File ? tr("%1, not a folder").arg(tr("a file")) : tr("missing");
        if (kind)
            *kind = Kind::None;
        return false;
    }
    return isComplete(listing, reason, kind);
}

} // namespace HubCache
