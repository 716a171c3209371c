#pragma once

#include "hubcache_tfplugin.h"
#include "modeluri.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace HubCacheTfPlugin {

// What the host told the plugin (the model root and the source of its bytes) and what went
// through it. TensorFlow's plugin interface has no way to hand the host's data to the filesystem
// object, so this one object per loaded plugin is the meeting point of both sides.
class PluginState final
{
public:
    struct Binding {
        ModelUri root;
        HubCacheTfSource source;
    };

    [[nodiscard]] static PluginState &instance();

    // See HubCacheTfPluginSetSourceFunction. Resets the counters.
    [[nodiscard]] int setSource(const char *rootUri, const HubCacheTfSource *source);
    // The current binding, or null when no source is set. Callers keep the snapshot for the
    // lifetime of an open file, so a new setSource() never pulls the source from under a read.
    [[nodiscard]] std::shared_ptr<const Binding> binding() const;

    void addBytesRead(uint64_t bytes) { m_bytesRead.fetch_add(bytes, std::memory_order_relaxed); }
    void addFileOpened() { m_filesOpened.fetch_add(1, std::memory_order_relaxed); }
    void addRefused() { m_refused.fetch_add(1, std::memory_order_relaxed); }
    [[nodiscard]] HubCacheTfCounters counters() const;

private:
    PluginState() = default;

    mutable std::mutex m_mutex;
    std::shared_ptr<const Binding> m_binding;
    std::atomic<uint64_t> m_bytesRead{0};
    std::atomic<uint64_t> m_filesOpened{0};
    std::atomic<uint64_t> m_refused{0};
};

} // namespace HubCacheTfPlugin
