#!/usr/bin/env python3
"""Benchmark: a warm `hubcache resolve` (a cache hit, whole process) against `true` and against the
Python library's warm `hub.resolve`.

Not a test (not registered with CTest): it passes or fails nothing; the target it prints is
informational. It writes a cache with one complete entry into a temporary folder, with a private
HOME, XDG folders and TFHUB_CACHE_DIR (never the user's), checks that every step prints the entry's
folder, and then times, wall clock, --runs runs of each step taken in turn (so that a change in
the machine's load touches every step alike), after --warmups runs:

  true                                       starting a process at all
  hubcache --help                            the command line module loaded (all of it)
  hubcache resolve HANDLE                    the cache hit, whole process (target: <= 5 ms)
  hubcache resolve --json HANDLE             the same, as JSON
  python -c 'hub.resolve(HANDLE)'            the Python library's hit, whole process (--python-runs),
                                             and the call alone, timed inside that process

It prints the medians (and the fastest run) and the ratios, then one JSON line. See README.md.
"""

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(REPO, "build")
TARGET_HIT_MS = 5.0
# A handle whose hit needs no network; nothing listens on port 9 of 127.0.0.1, so a miss fails fast.
HANDLE = "http://127.0.0.1:9/bench/warm/model.tar.gz"

PY_HIT = r"""
import json, sys, time
t0 = time.perf_counter()
import tensorflow_hub as hub
t1 = time.perf_counter()
path = hub.resolve(sys.argv[1])
t2 = time.perf_counter()
print(path)
print("RESULT " + json.dumps({"import": t1 - t0, "resolve": t2 - t1}), flush=True)
"""


def write_entry(cache):
    """One complete entry, as tensorflow_hub writes it: the model folder and its descriptor."""
    entry = os.path.join(cache, hashlib.sha1(HANDLE.encode("utf-8")).hexdigest())
    os.makedirs(os.path.join(entry, "variables"))
    with open(os.path.join(entry, "saved_model.pb"), "wb") as f:
        f.write(b"node { name: \"dense/kernel\" op: \"VarHandleOp\" }\n" * 40)
    with open(os.path.join(entry, "variables", "variables.index"), "wb") as f:
        f.write(os.urandom(512))
    with open(os.path.join(entry, "variables", "variables.data-00000-of-00001"), "wb") as f:
        f.write(os.urandom(8192))
    with open(entry + ".descriptor.txt", "w") as f:
        f.write("Module: %s\nDownload Time: 2024-05-01 12:00:00.123456\nDownloader Hostname: bench (PID:1000)"
                % HANDLE)
    return entry


def run(argv, env):
    t0 = time.perf_counter()
    p = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(argv), p.stderr.decode(errors="replace")))
    return elapsed, p.stdout.decode(errors="replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=101, help="runs of each hubcache step; the median counts")
    ap.add_argument("--warmups", type=int, default=5, help="untimed runs of each step first")
    ap.add_argument("--python-runs", type=int, default=5, help="runs of the Python library (each ~3 s)")
    ap.add_argument("--hubcache", default=os.path.join(BUILD, "bin", "hubcache"))
    ap.add_argument("--python", default=os.path.join(BUILD, "venv", "bin", "python"))
    ap.add_argument("--no-python", action="store_true", help="skip the Python library")
    args = ap.parse_args()

    if not os.access(args.hubcache, os.X_OK):
        sys.exit("%s is missing: build it first (cmake --build build --target hubcache)" % args.hubcache)
    if not args.no_python and not os.access(args.python, os.X_OK):
        sys.exit("%s is missing: create the venv (scripts/setup-debian.sh --python) or pass --no-python" % args.python)

    with tempfile.TemporaryDirectory(prefix="hubcache-bench-warm-") as tmp:
        home, cache = os.path.join(tmp, "home"), os.path.join(tmp, "cache")
        os.makedirs(home)
        entry = write_entry(cache)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_RUNTIME_DIR": home,
            "TMPDIR": tmp,
            "TFHUB_CACHE_DIR": cache,
        }
        steps = {
            "true": ["true"],
            "help": [args.hubcache, "--help"],
            "resolve": [args.hubcache, "resolve", HANDLE],
            "resolve_json": [args.hubcache, "resolve", "--json", HANDLE],
        }
        # Same answer as tensorflow_hub's: the entry's folder.
        for name in ("resolve", "resolve_json"):
            _, out = run(steps[name], env)
            path = json.loads(out)["path"] if name == "resolve_json" else out.strip()
            if path != entry:
                sys.exit("%s printed %r, expected %r" % (" ".join(steps[name]), out, entry))

        times = {name: [] for name in steps}
        for i in range(args.warmups + args.runs):
            for name, argv in steps.items():
                elapsed, _ = run(argv, env)
                if i >= args.warmups:
                    times[name].append(elapsed)
        med = {name: statistics.median(t) for name, t in times.items()}
        fastest = {name: min(t) for name, t in times.items()}

        results = {"runs": args.runs, "loadavg": open("/proc/loadavg").read().split()[:3],
                   "median_ms": {k: v * 1e3 for k, v in med.items()},
                   "fastest_ms": {k: v * 1e3 for k, v in fastest.items()}}
        print("%-40s %10s %10s" % ("step (%d runs)" % args.runs, "median", "fastest"))
        labels = {"true": "true", "help": "hubcache --help", "resolve": "hubcache resolve HANDLE (hit)",
                  "resolve_json": "hubcache resolve --json HANDLE (hit)"}
        for name in steps:
            print("%-40s %8.2fms %8.2fms" % (labels[name], med[name] * 1e3, fastest[name] * 1e3))

        if not args.no_python:
            penv = dict(env)
            whole, calls, imports = [], [], []
            for _ in range(args.python_runs):
                elapsed, out = run([args.python, "-c", PY_HIT, HANDLE], penv)
                lines = out.splitlines()
                if lines[0] != entry:
                    sys.exit("hub.resolve returned %r, expected %r" % (lines[0], entry))
                r = json.loads([l for l in lines if l.startswith("RESULT ")][-1][7:])
                whole.append(elapsed)
                calls.append(r["resolve"])
                imports.append(r["import"])
            py = {"whole": statistics.median(whole), "call": statistics.median(calls),
                  "import": statistics.median(imports)}
            results["python_ms"] = {k: v * 1e3 for k, v in py.items()}
            print("%-40s %8.1fms   (import %.0f ms)" % ("python hub.resolve, whole process", py["whole"] * 1e3,
                                                         py["import"] * 1e3))
            print("%-40s %8.3fms" % ("python hub.resolve, the call alone", py["call"] * 1e3))

        hit = med["resolve"]
        print()
        print("hubcache hit / true:               %6.2fx" % (hit / med["true"]))
        print("hubcache hit / hubcache --help:    %6.2fx" % (hit / med["help"]))
        if not args.no_python:
            print("python process / hubcache hit:     %6.0fx" % (py["whole"] / hit))
            print("python call alone / hubcache hit:  %6.3fx" % (py["call"] / hit))
        print("hubcache hit / target (%.0f ms):     %6.2fx: %s" % (
            TARGET_HIT_MS, hit * 1e3 / TARGET_HIT_MS, "met" if hit * 1e3 <= TARGET_HIT_MS else "NOT met"))
        print("load average: %s" % " ".join(results["loadavg"]))
        print("RESULT " + json.dumps(results))


if __name__ == "__main__":
    main()
