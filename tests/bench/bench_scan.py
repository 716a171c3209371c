#!/usr/bin/env python3
"""Benchmark: `hubcache ls` against `du -s`, and a warm `hubcache resolve` against `true` and the
Python library's warm `hub.resolve`.

Not a test (not registered with CTest): it passes or fails nothing, the targets it prints are
informational. It generates, once, cache folders of --entries entries each (every entry a small
SavedModel with its variables and a descriptor, as tensorflow_hub writes them) and times, wall clock,
the median of --runs runs with a warm page cache:

  1. du -s C                                      the walk alone (one lstat per name)
  2. hubcache --tfhub_cache_dir C ls              the scan: states, sizes, descriptors, printed
  3. true                                         starting a process at all
  4. hubcache --tfhub_cache_dir C resolve H       a cache hit, whole process
  5. python -c 'hub.resolve(H)'                   the Python library's hit, whole process and the
                                                  call alone (timed inside the process)

See tests/bench/README.md.
"""

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(REPO, "build")
FORMAT_VERSION = 1  # bump when the generated cache's layout changes

TARGET_LS_VS_DU = 1.5
TARGET_HIT_MS = 5.0


def handle_of(i):
    # A handle whose hit needs no network; nothing listens on port 9 of 127.0.0.1.
    return "http://127.0.0.1:9/bench/model_%05d.tar.gz" % i


def key_of(handle):
    return hashlib.sha1(handle.encode("utf-8")).hexdigest()


def generate(cache, count):
    """Writes `count` complete entries into `cache` (once; a marker file says it is done)."""
    marker = os.path.join(cache, ".bench-complete")
    if os.path.exists(marker):
        return
    os.makedirs(cache, exist_ok=True)
    graph = b"node { name: \"dense/kernel\" op: \"VarHandleOp\" }\n" * 40
    for i in range(count):
        handle = handle_of(i)
        key = key_of(handle)
        entry = os.path.join(cache, key)
        os.makedirs(os.path.join(entry, "variables"), exist_ok=True)
        os.makedirs(os.path.join(entry, "assets"), exist_ok=True)
        with open(os.path.join(entry, "saved_model.pb"), "wb") as f:
            f.write(graph)
        with open(os.path.join(entry, "fingerprint.pb"), "wb") as f:
            f.write(os.urandom(64))
        with open(os.path.join(entry, "variables", "variables.index"), "wb") as f:
            f.write(os.urandom(300 + i % 700))
        with open(os.path.join(entry, "variables", "variables.data-00000-of-00001"), "wb") as f:
            f.write(os.urandom(4096 + (i % 13) * 512))
        with open(os.path.join(entry, "assets", "vocab.txt"), "wb") as f:
            f.write(b"word\n" * (10 + i % 50))
        with open(entry + ".descriptor.txt", "w") as f:
            f.write("Module: %s\nDownload Time: 2024-05-01 12:00:00.123456\n"
                    "Downloader Hostname: bench (PID:%d)" % (handle, 1000 + i))
    open(marker, "w").close()


def timed(argv, env=None, stdout=subprocess.DEVNULL):
    t0 = time.perf_counter()
    p = subprocess.run(argv, env=env, stdout=stdout, stderr=subprocess.PIPE)
    t1 = time.perf_counter()
    if p.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(argv), p.stderr.decode(errors="replace")))
    return t1 - t0, p


def median_of(runs, argv, env=None, warmups=1):
    for _ in range(warmups):
        timed(argv, env)
    return statistics.median(timed(argv, env)[0] for _ in range(runs))


PY_HIT = r"""
import json, sys, time
t0 = time.perf_counter()
import tensorflow_hub as hub
t1 = time.perf_counter()
path = hub.resolve(sys.argv[1])
t2 = time.perf_counter()
print("RESULT " + json.dumps({"path": path, "import": t1 - t0, "resolve": t2 - t1}), flush=True)
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=3, help="runs of each step; the median counts")
    ap.add_argument("--hit-runs", type=int, default=21, help="runs of each warm-resolve step; the median counts")
    ap.add_argument("--python-runs", type=int, default=3)
    ap.add_argument("--hubcache", default=os.path.join(BUILD, "bin", "hubcache"))
    ap.add_argument("--python", default=os.path.join(BUILD, "venv", "bin", "python"))
    ap.add_argument("--data-dir", default=os.path.join(BUILD, "bench-data"))
    ap.add_argument("--no-python", action="store_true", help="skip the Python library")
    args = ap.parse_args()

    if not os.access(args.hubcache, os.X_OK):
        sys.exit("%s is missing: build it first (cmake --build build --target hubcache)" % args.hubcache)
    env = dict(os.environ)
    env.pop("TFHUB_CACHE_DIR", None)
    env["HUBCACHE_OFFLINE"] = "1"  # a hit never needs the network; a miss then fails instead of hanging
    env.setdefault("HOME", args.data_dir)
    results = {}
    print("%-34s %10s %10s %8s" % ("step", "hubcache", "reference", "ratio"))

    for n in args.entries:
        cache = os.path.join(args.data_dir, "scan-%d-v%d" % (n, FORMAT_VERSION))
        t0 = time.perf_counter()
        generate(cache, n)
        if time.perf_counter() - t0 > 1:
            print("(generated %d entries in %.1f s)" % (n, time.perf_counter() - t0))
        # Same states and sizes: every generated entry is listed complete.
        _, p = timed([args.hubcache, "--tfhub_cache_dir", cache, "ls", "--json"], env, subprocess.PIPE)
        listed = json.loads(p.stdout)
        complete = sum(1 for e in listed["entries"] if e.get("state") == "complete")
        if listed["count"] != n or complete != n:
            sys.exit("ls lists %d entries, %d complete; expected %d complete" % (listed["count"], complete, n))
        du = median_of(args.runs, ["du", "-s", cache])
        ls = median_of(args.runs, [args.hubcache, "--tfhub_cache_dir", cache, "ls"], env)
        ls_json = median_of(args.runs, [args.hubcache, "--tfhub_cache_dir", cache, "ls", "--json"], env)
        results["ls_%d" % n] = {"du": du, "ls": ls, "ls_json": ls_json}
        print("%-34s %9.3fs %9.3fs %7.2fx" % ("ls, %d entries (vs du -s)" % n, ls, du, ls / du))
        print("%-34s %9.3fs %9.3fs %7.2fx" % ("ls --json, %d entries (vs du -s)" % n, ls_json, du, ls_json / du))

    # Warm resolve: the smallest generated cache holds the handle.
    n = min(args.entries)
    cache = os.path.join(args.data_dir, "scan-%d-v%d" % (n, FORMAT_VERSION))
    handle = handle_of(0)
    expected = os.path.join(cache, key_of(handle))
    _, p = timed([args.hubcache, "--tfhub_cache_dir", cache, "resolve", "-q", handle], env, subprocess.PIPE)
    if p.stdout.decode().strip() != expected:
        sys.exit("resolve printed %r, expected %r" % (p.stdout, expected))
    true_s = median_of(args.hit_runs, ["true"])
    hit = median_of(args.hit_runs, [args.hubcache, "--tfhub_cache_dir", cache, "resolve", "-q", handle], env, 3)
    help_s = median_of(args.hit_runs, [args.hubcache, "--help"], env, 3)
    results["hit"] = {"true": true_s, "resolve": hit, "help": help_s}
    print("%-34s %8.1fms %8.1fms %7.2fx" % ("warm resolve (vs true)", hit * 1e3, true_s * 1e3, hit / true_s))
    print("%-34s %8.1fms" % ("hubcache --help", help_s * 1e3))

    if not args.no_python:
        if not os.access(args.python, os.X_OK):
            sys.exit("%s is missing: create the venv (scripts/setup-debian.sh --python) or pass --no-python"
                     % args.python)
        penv = dict(env)
        penv["TFHUB_CACHE_DIR"] = cache
        whole, calls, imports = [], [], []
        for _ in range(args.python_runs):
            s, p = timed([args.python, "-c", PY_HIT, handle], penv, subprocess.PIPE)
            line = [l for l in p.stdout.decode().splitlines() if l.startswith("RESULT ")][-1]
            r = json.loads(line[7:])
            if r["path"] != expected:
                sys.exit("hub.resolve returned %r, expected %r" % (r["path"], expected))
            whole.append(s)
            calls.append(r["resolve"])
            imports.append(r["import"])
        py_whole, py_call = statistics.median(whole), statistics.median(calls)
        results["python_hit"] = {"whole": py_whole, "call": py_call, "import": statistics.median(imports)}
        print("%-34s %8.1fms %8.1fms %7.2fx" % ("warm resolve (vs Python, process)", hit * 1e3, py_whole * 1e3,
                                                 py_whole / hit))
        print("%-34s %8.1fms %8.3fms" % ("  Python's hub.resolve call alone", float("nan"), py_call * 1e3))

    print()
    for n in args.entries:
        r = results["ls_%d" % n]
        print("target: ls <= %.1fx du -s on %d entries: %s (%.2fx)" % (
            TARGET_LS_VS_DU, n, "met" if r["ls"] <= TARGET_LS_VS_DU * r["du"] else "NOT met", r["ls"] / r["du"]))
    print("target: warm resolve <= %.0f ms: %s (%.1f ms)" % (
        TARGET_HIT_MS, "met" if hit * 1e3 <= TARGET_HIT_MS else "NOT met", hit * 1e3))
    print("RESULT " + json.dumps(results))


if __name__ == "__main__":
    main()
