#pragma once

#include "error.h"
#include "hubcache_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFlags>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace HubCache {

// Makes TFHUB_CACHE_DIR / TFHUB_MODEL_LOAD_FORMAT persistent the way the TensorFlow Hub documentation
// tells bash users to: one managed block in ~/.bashrc, plus ~/.config/environment.d/60-hubcache.conf
// for desktop sessions. Every other byte of the user's files is left exactly as it was.
//
// The render/read functions are pure and work on bytes, not QString, because a .bashrc may hold text
// that is not valid UTF-8 and a round trip through QString would silently rewrite it.
class HUBCACHE_EXPORT ProfileEditor final
{
    Q_DECLARE_TR_FUNCTIONS(HubCache::ProfileEditor)

public:
    enum class Target {
        Bashrc = 0x1,
        EnvironmentD = 0x2,
    };
    Q_DECLARE_FLAGS(Targets, Target)

    // What to persist; an unset optional is not written at all. A cache folder starting with "~/" is
    // written so that the shell (or systemd) expands it to the home folder at login.
    struct Values {
        std::optional<QString> cacheDir;
        std::optional<QString> loadFormat;

        [[nodiscard]] bool isEmpty() const { return !cacheDir && !loadFormat; }
        bool operator==(const Values &other) const = default;
    };

    ProfileEditor() = delete;

    // The cache folder must be absolute (or start with ~/) and fit on one line; the load format must be
    // COMPRESSED, UNCOMPRESSED or AUTO.
    [[nodiscard]] static Error validate(const Values &values);

    // Returns `existing` with the managed block inserted, replaced in place, or removed (when `values`
    // is empty). On invalid values or broken block markers, returns `existing` unchanged and sets *error.
    [[nodiscard]] static QByteArray renderBashrc(const QByteArray &existing, const Values &values,
                                                 Error *error = nullptr);
    // The values in the managed block, or nothing when there is no block.
    [[nodiscard]] static std::optional<Values> readBashrc(const QByteArray &content);

    // The whole environment.d file for `values`; empty when `values` is empty (the file is deleted).
    [[nodiscard]] static QByteArray renderEnvironmentD(const Values &values, Error *error = nullptr);
    [[nodiscard]] static std::optional<Values> readEnvironmentD(const QByteArray &content);

    [[nodiscard]] static QString bashrcPath(const QString &home);
    [[nodiscard]] static QString bashrcBackupPath(const QString &home);
    // $XDG_CONFIG_HOME/environment.d/60-hubcache.conf, or <home>/.config/... when XDG_CONFIG_HOME is
    // unset or not absolute. Only XDG_CONFIG_HOME is read from `environment`; home is always passed in.
    [[nodiscard]] static QString environmentDPath(
        const QString &home, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // Writes `values` into the targets (an empty `values` removes them). Does not rewrite a file whose
    // content would not change; before changing ~/.bashrc, copies its previous content to
    // bashrcBackupPath() (overwritten by each change, so it always holds the state just before it).
    [[nodiscard]] static Error apply(
        const QString &home, const Values &values, Targets targets = {Target::Bashrc, Target::EnvironmentD},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Removes the block from ~/.bashrc and deletes the environment.d file.
    [[nodiscard]] static Error remove(
        const QString &home, Targets targets = {Target::Bashrc, Target::EnvironmentD},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // What is persisted now: each value from ~/.bashrc if its block sets it, else from environment.d.
    [[nodiscard]] static Values current(
        const QString &home, Targets targets = {Target::Bashrc, Target::EnvironmentD},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace HubCache

Q_DECLARE_OPERATORS_FOR_FLAGS(HubCache::ProfileEditor::Targets)
