#!/usr/bin/env bash
# An offline tour of the hubcache command line: serves the small SavedModels in resources/demo as a
# TF Hub-style model host on 127.0.0.1, then resolves, lists, inspects and deletes them in a
# throw-away cache folder. Nothing leaves this machine and your own cache is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${HUBCACHE_BIN:-build/bin}
[ -x "$bin/hubcache" ] || { echo "build first: cmake -S . -B build -G Ninja && cmake --build build" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/hubcache-demo.XXXXXX")
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# A model host: <root>/demo/<model>/1 is the model's .tar.gz, as tfhub.dev serves it.
for model in resources/demo/models/*/; do
    name=$(basename "$model")
    mkdir -p "$work/root/demo/$name"
    tar -C "$model" -czf "$work/root/demo/$name/1" .
done
"$bin/hubcache-testserver" --root "$work/root" --port-file "$work/port" --log "$work/requests.log" &
server_pid=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.05; done
port=$(cat "$work/port")
export TFHUB_CACHE_DIR="$work/cache"
hub="http://127.0.0.1:$port/demo"

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; }
step "$bin/hubcache" config
step "$bin/hubcache" resolve "$hub/half_plus_two/1"
step "$bin/hubcache" prefetch "$hub/text_length/1" "$hub/two_signatures/1" "$hub/no_variables/1" "$hub/half_plus_two/1"
step "$bin/hubcache" ls
step "$bin/hubcache" info "$hub/two_signatures/1"
step "$bin/hubcache" rm "$hub/no_variables/1"
step "$bin/hubcache" --offline resolve "$hub/half_plus_two/1"
printf '\nThe model host saw %s requests; the cache was %s (now deleted).\n' "$(wc -l < "$work/requests.log")" "$TFHUB_CACHE_DIR"
