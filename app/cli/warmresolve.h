#pragma once

#include <QStringList>

#include <optional>

// `hubcache resolve HANDLE` for a model the local cache holds complete, answered with the library's
// own cache rules (configuration, cache key, completeness, folder and entry checks) and Qt Core
// alone, so that a warm resolve loads nothing else. Anything else (another command, help, a miss,
// a broken or unsafe entry, a warning to give, the library's log lines asked for) is not answered
// here: the full command line then runs as before and says what it says.
class WarmResolve final
{
public:
    // arguments: the program's, its name first.
    explicit WarmResolve(const QStringList &arguments);

    // The exit code once the hit is printed; nothing when the full command line must run.
    [[nodiscard]] std::optional<int> answer() const;

private:
    QStringList m_arguments;
};
