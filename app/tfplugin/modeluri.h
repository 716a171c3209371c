#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace HubCacheTfPlugin {

// A hubcache:// URI taken apart: the authority (empty for a local folder) and the path as
// normalised components ("." dropped, ".." applied). Lexical only, like the rest of the plugin's
// checks: it never touches the disk.
class ModelUri final
{
public:
    // nullopt for another scheme, a relative path, or a ".." that climbs above "/".
    [[nodiscard]] static std::optional<ModelUri> parse(std::string_view uri);

    [[nodiscard]] const std::string &authority() const { return m_authority; }
    // "/a/b/c"; "/" for the top.
    [[nodiscard]] std::string path() const;
    [[nodiscard]] std::string toString() const;

    // The '/'-joined components below root ("" for root itself); nullopt when this URI has another
    // authority or is not root or inside it (components compared, never string prefixes).
    [[nodiscard]] std::optional<std::string> relativeTo(const ModelUri &root) const;

private:
    std::string m_authority;
    std::vector<std::string> m_components;
};

} // namespace HubCacheTfPlugin
