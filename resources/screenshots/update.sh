#!/bin/sh
# Regenerates the README's two pictures from the app's screenshot tool on the built-in demo hub.
# usage: resources/screenshots/update.sh [BUILD_DIR]   (needs xvfb-run; default BUILD_DIR: build)
# The tool runs with a private HOME, so it never reads or changes your settings, cache or keychain.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
shoot() {
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
        xvfb-run -a -s "-screen 0 1280x800x24" "$build/bin/hubcache-gui-screenshots" "$@" en
}
shoot "$work/light"
shoot --dark "$work/dark"
cp "$work/light/3-cache.png" "$here/cache.png"
cp "$work/dark/8b-downloads-paused.png" "$here/downloads-dark.png"
echo "updated $here/cache.png and $here/downloads-dark.png"
