#include "networkaccesspool_p.h"

#include "logging.h"
#include "networkaccess.h"

#include <QNetworkAccessManager>

namespace HubCache {

NetworkAccessPool::NetworkAccessPool(QNetworkAccessManager *primary, const Configuration &config)
    : m_primary(primary)
    , m_config(config)
{
}

NetworkAccessPool::~NetworkAccessPool()
{
    // Later, not now: the queue's jobs, deleted after it, may still hold them. Should the primary
    // go first, it takes them along (they are its children).
    for (const auto &nam : std::as_const(m_extra)) {
        if (nam)
            nam->deleteLater();
    }
}

QNetworkAccessManager *NetworkAccessPool::forSlot(int slot)
{
    const int index = std::max(0, slot) / kSlotsPerManager;
    if (index == 0 || !m_primary)
        return m_primary;
    while (m_extra.size() < index)
        m_extra.append(nullptr);
    QPointer<QNetworkAccessManager> &nam = m_extra[index - 1];
    if (!nam) {
        nam = NetworkAccess::create(m_config, m_primary);
        qCDebug(lcDownload) << "network access" << index + 1 << "for download slots" << index * kSlotsPerManager + 1
                            << "to" << (index + 1) * kSlotsPerManager;
    }
    return nam;
}

} // namespace HubCache
