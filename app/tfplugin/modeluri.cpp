#include "modeluri.h"

#include "hubcache_tfplugin.h"

namespace HubCacheTfPlugin {

std::optional<ModelUri> ModelUri::parse(std::string_view uri)
{
    constexpr std::string_view prefix = HUBCACHE_TFPLUGIN_SCHEME "://";
    if (uri.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    uri.remove_prefix(prefix.size());
    const size_t slash = uri.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt; // "hubcache://host" names no file
    ModelUri result;
    result.m_authority = std::string(uri.substr(0, slash));
    std::string_view rest = uri.substr(slash);
    while (!rest.empty()) {
        rest.remove_prefix(1); // the '/'
        const size_t next = rest.find('/');
        const std::string_view part = rest.substr(0, next);
        rest = next == std::string_view::npos ? std::string_view() : rest.substr(next);
        if (part.empty() || part == ".")
            continue;
        if (part == "..") {
            if (result.m_components.empty())
                return std::nullopt;
            result.m_components.pop_back();
            continue;
        }
        result.m_components.emplace_back(part);
    }
    return result;
}

std::string ModelUri::path() const
{
    if (m_components.empty())
        return "/";
    std::string p;
    for (const std::string &c : m_components)
        p += '/' + c;
    return p;
}

std::string ModelUri::toString() const
{
    return HUBCACHE_TFPLUGIN_SCHEME "://" + m_authority + path();
}

std::optional<std::string> ModelUri::relativeTo(const ModelUri &root) const
{
    if (m_authority != root.m_authority || m_components.size() < root.m_components.size())
        return std::nullopt;
    for (size_t i = 0; i < root.m_components.size(); ++i) {
        if (m_components[i] != root.m_components[i])
            return std::nullopt;
    }
    std::string relative;
    for (size_t i = root.m_components.size(); i < m_components.size(); ++i) {
        if (!relative.empty())
            relative += '/';
        relative += m_components[i];
    }
    return relative;
}

} // namespace HubCacheTfPlugin
