#!/bin/sh
# Runs a test in a private D-Bus session with its own HOME and XDG folders, so the user's keyring,
# settings and bus are never touched.
# usage: keyring-session.sh MODE SANDBOX COMMAND [ARGS...]
#   unlocked   a Secret Service (gnome-keyring) whose login keyring is unlocked with a throw-away password
#   locked     the same keyring; the test stores a secret, then locks it over D-Bus (dbus-send)
#   hung       the same keyring, its daemon stopped (SIGSTOP): the service exists but never answers,
#              as a keyring waiting for an unlock prompt nobody sees
#   noservice  a session bus on which no Secret Service exists
#   nobus      no session bus at all
set -eu
mode=$1
sandbox=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$sandbox"
mkdir -p "$sandbox/home/.config" "$sandbox/home/.local/share" "$sandbox/home/.cache" "$sandbox/runtime" "$sandbox/tmp"
chmod 700 "$sandbox/runtime"
HOME=$sandbox/home
XDG_CONFIG_HOME=$HOME/.config
XDG_DATA_HOME=$HOME/.local/share
XDG_CACHE_HOME=$HOME/.cache
XDG_RUNTIME_DIR=$sandbox/runtime
TMPDIR=$sandbox/tmp
HUBCACHE_TEST_KEYRING=$mode
export HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR TMPDIR HUBCACHE_TEST_KEYRING
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL KAGGLE_USERNAME KAGGLE_KEY \
    GOOGLE_APPLICATION_CREDENTIALS GOOGLE_OAUTH_ACCESS_TOKEN || true

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: $1 is missing; install it with scripts/setup-debian.sh (Debian package $2)" >&2
        exit 1
    fi
}

case "$mode" in
nobus)
    exec "$@"
    ;;
noservice)
    need dbus-run-session dbus-bin
    exec dbus-run-session --config-file="$here/session-bus.conf" -- "$@"
    ;;
unlocked|locked|hung)
    need dbus-run-session dbus-bin
    need dbus-send dbus-bin
    need gnome-keyring-daemon gnome-keyring
    exec dbus-run-session --config-file="$here/session-bus.conf" -- sh -c '
        set -eu
        eval "$(printf %s throw-away-password | gnome-keyring-daemon --unlock --components=secrets)"
        if true; then
            # The daemon takes its bus name shortly after --unlock returns: wait for it (bounded).
            tries=0
            until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
                tries=$((tries + 1))
                if [ "$tries" -gt 100 ]; then
                    echo "FAIL: gnome-keyring-daemon did not take org.freedesktop.secrets within 10 s" >&2
                    exit 1
                fi
                sleep 0.1
            done
        fi
        if [ "$HUBCACHE_TEST_KEYRING" != hung ]; then
            exec "$@"
        fi
        pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk "/uint32/ {print \$2}")
        kill -STOP "$pid"
        rc=0
        "$@" || rc=$?
        kill -CONT "$pid"
        kill "$pid" 2>/dev/null || true
        exit "$rc"' keyring-session "$@"
    ;;
*)
    echo "usage: $0 unlocked|locked|noservice|nobus SANDBOX COMMAND [ARGS...]" >&2
    exit 2
    ;;
esac
