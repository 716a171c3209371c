#include "pluginstate.h"

#include <cerrno>

namespace HubCacheTfPlugin {

PluginState &PluginState::instance()
{
    static PluginState state;
    return state;
}

int PluginState::setSource(const char *rootUri, const HubCacheTfSource *source)
{
    std::shared_ptr<const Binding> binding;
    if (source) {
        if (!rootUri || !source->open || !source->read || !source->close || !source->stat || !source->list)
            return EINVAL;
        std::optional<ModelUri> root = ModelUri::parse(rootUri);
        if (!root)
            return EINVAL;
        binding = std::make_shared<const Binding>(Binding{std::move(*root), *source});
    }
    std::lock_guard lock(m_mutex);
    m_binding = std::move(binding);
    m_bytesRead = 0;
    m_filesOpened = 0;
    m_refused = 0;
    return 0;
}

std::shared_ptr<const PluginState::Binding> PluginState::binding() const
{
    std::lock_guard lock(m_mutex);
    return m_binding;
}

HubCacheTfCounters PluginState::counters() const
{
    return {m_bytesRead.load(std::memory_order_relaxed), m_filesOpened.load(std::memory_order_relaxed),
            m_refused.load(std::memory_order_relaxed)};
}

} // namespace HubCacheTfPlugin
