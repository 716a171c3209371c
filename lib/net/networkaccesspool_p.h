#pragma once

#include "configuration.h"

#include <QList>
#include <QPointer>

class QNetworkAccessManager;

namespace HubCache {

// The network accesses of a download queue's N slots: Qt 6.4's QNetworkAccessManager keeps at most
// six HTTP/1.1 connections per host, so with more slots every further six get a manager of their
// own. Each slot sticks to one manager, which keeps its connections alive between the slot's jobs:
// N slots open at most N connections to a host and reuse them (HTTP/2, where a host offers it,
// multiplexes a manager's requests over one connection).
class NetworkAccessPool final
{
public:
    // Connections Qt 6.4 opens per host and manager (QHttpNetworkConnectionPrivate's default).
    static constexpr int kSlotsPerManager = 6;

    // Slots 0 to 5 use primary; the managers for the others are made like primary
    // (NetworkAccess::create with config) as its children, and so authorize from its credentials.
    NetworkAccessPool(QNetworkAccessManager *primary, const Configuration &config);
    ~NetworkAccessPool();
    Q_DISABLE_COPY_MOVE(NetworkAccessPool)

    void setConfiguration(const Configuration &config) { m_config = config; }
    // The manager of slot (0-based); primary itself may be null, then every slot's job makes its own.
    [[nodiscard]] QNetworkAccessManager *forSlot(int slot);

private:
    QPointer<QNetworkAccessManager> m_primary;
    Configuration m_config;
    QList<QPointer<QNetworkAccessManager>> m_extra; // slots 6-11, 12-17, …
};

} // namespace HubCache
