#!/usr/bin/env python3
"""Benchmark: a cold `hubcache resolve` of a large model archive, against its lower bounds.

Not a test (not registered with CTest). It generates, once, a model-like .tar.gz (saved_model.pb,
variables.index and a large variables.data file of float32 weights that compress like real ones,
about 1.1x), serves it with hubcache-testserver on 127.0.0.1 and times, wall clock, best of --runs:

  1. curl -s -o /dev/null URL          the HTTP transfer alone
  2. igzip -dc FILE > /dev/null        the fastest gzip decompression alone
  3. curl -s URL | tar -xz -C DIR      the classic shell pipeline
  4. hubcache --tfhub_cache_dir C resolve URL   (empty cache each run; peak RSS too)
  5. the Python library: hub.resolve(URL) with an empty TFHUB_CACHE_DIR (--python-runs, default 1)

Then prints a table, the ratios against the targets (informational) and one JSON line.
See tests/bench/README.md.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(REPO, "build")
FORMAT_VERSION = 1  # bump when the generated archive's layout changes

TARGET_VS_BOUND = 1.25  # hubcache within 1.25x of max(curl, igzip)
TARGET_VS_PYTHON = 3.0  # hubcache at least 3x faster than the Python library
TARGET_RSS_MB = 64.0

# Runs in the --python interpreter (it has numpy): writes the model files into a folder.
GENERATOR = r"""
import os, sys
import numpy as np
folder, weight_bytes = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.join(folder, "variables"), exist_ok=True)
rng = np.random.default_rng(20240601)
# Weights: full-precision normal values (std 0.05, like trained layers). gzip gets about 1.1x out
# of them (sign and mantissa bits are noise, the exponents are not), as out of real float32 TF Hub
# variables; quantised or pruned models compress better and inflate faster.
mask = np.uint32(0xFFFFFFFF)
chunk = 4 << 20  # floats per chunk
left = weight_bytes // 4
with open(os.path.join(folder, "variables", "variables.data-00000-of-00001"), "wb") as f:
    while left:
        n = min(chunk, left)
        w = (rng.standard_normal(n, dtype=np.float32) * np.float32(0.05)).view(np.uint32)
        f.write((w & mask).tobytes())
        left -= n
# The index: small, binary, little structure.
with open(os.path.join(folder, "variables", "variables.index"), "wb") as f:
    f.write(rng.integers(0, 256, 48 << 10, dtype=np.uint8).tobytes())
# The graph: a few MB of protobuf-like text that compresses well, as graphs do.
lines = []
for i in range(40000):
    lines.append('node { name: "block_%d/dense_%d/kernel" op: "VarHandleOp" attr { key: "shape" '
                 'value { shape { dim { size: %d } dim { size: %d } } } } }\n'
                 % (i // 64, i % 64, 64 + i % 977, 32 + i % 511))
with open(os.path.join(folder, "saved_model.pb"), "w") as f:
    f.writelines(lines)
"""

# Runs in the --python interpreter: the Python library's cold resolve, timed inside the process.
PY_RESOLVE = r"""
import json, sys, time
t0 = time.perf_counter()
import tensorflow_hub as hub
t1 = time.perf_counter()
c1 = time.process_time()
path = hub.resolve(sys.argv[1])
t2 = time.perf_counter()
c2 = time.process_time()
print("RESULT " + json.dumps({"path": path, "import": t1 - t0, "resolve": t2 - t1,
                              "resolve_cpu": c2 - c1}), flush=True)
"""


def log(message):
    print(message, file=sys.stderr, flush=True)


def child_env(data_dir, **extra):
    env = {k: v for k, v in os.environ.items()
           if not k.upper().startswith(("TFHUB_", "HUBCACHE_"))
           and k.upper() not in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")}
    home = os.path.join(data_dir, "home")
    tmp = os.path.join(data_dir, "tmp")
    os.makedirs(home, exist_ok=True)
    os.makedirs(tmp, exist_ok=True)
    env.update({"HOME": home, "TMPDIR": tmp, "no_proxy": "127.0.0.1", "NO_PROXY": "127.0.0.1",
                "TF_CPP_MIN_LOG_LEVEL": "2", "CUDA_VISIBLE_DEVICES": "", "LC_ALL": "C.UTF-8"})
    env.update(extra)
    return env


def tree_size(folder):
    total, count = 0, 0
    for root, _, files in os.walk(folder):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
            count += 1
    return total, count


def ensure_archive(args):
    """Returns (archive path, metadata); generates the archive the first time."""
    name = "model-%dMiB-v%d" % (args.size_mb, FORMAT_VERSION)
    archive = os.path.join(args.data_dir, name + ".tar.gz")
    meta_path = os.path.join(args.data_dir, name + ".json")
    if os.path.isfile(archive) and os.path.isfile(meta_path):
        with open(meta_path) as f:
            meta = json.load(f)
        if meta.get("compressed") == os.path.getsize(archive):
            return archive, meta
    log("generating %s (once; a minute or two) ..." % archive)
    staging = tempfile.mkdtemp(prefix=name + ".", dir=args.data_dir)
    try:
        subprocess.run([args.python, "-c", GENERATOR, staging, str(args.size_mb << 20)],
                       check=True)
        uncompressed, files = tree_size(staging)
        partial = archive + ".partial"
        started = time.perf_counter()
        # Like real TF Hub archives: './', './saved_model.pb', './variables/...'; gzip level 6.
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            tar.add(staging, arcname=".")
        os.replace(partial, archive)
        log("compressed in %.0f s" % (time.perf_counter() - started))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    meta = {"uncompressed": uncompressed, "files": files, "compressed": os.path.getsize(archive)}
    with open(meta_path, "w") as f:
        json.dump(meta, f)
    return archive, meta


class Server:
    def __init__(self, binary, root, work):
        self.port_file = os.path.join(work, "server.port")
        self.log_file = os.path.join(work, "server.log")
        for path in (self.port_file, self.log_file):
            if os.path.exists(path):
                os.remove(path)
        self.process = subprocess.Popen([binary, "--root", root, "--port-file", self.port_file,
                                         "--log", self.log_file],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not os.path.exists(self.port_file):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise SystemExit("hubcache-testserver did not start")
            time.sleep(0.02)
        with open(self.port_file) as f:
            self.port = int(f.read())

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=10)

    def requests(self):
        with open(self.log_file) as f:
            return f.read().splitlines()


def timed(command, env, shell=False):
    """Wall-clock seconds of one run; raises on failure. Returns (seconds, stdout)."""
    os.sync()  # earlier runs' dirty pages must not be flushed while this one is timed
    started = time.perf_counter()
    result = subprocess.run(command, shell=shell, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, executable="/bin/bash" if shell else None)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit("failed (%d): %s\n%s" % (result.returncode, command,
                                                  result.stderr.decode(errors="replace")[-4000:]))
    return elapsed, result.stdout.decode(errors="replace")


def read_cpu(time_file):
    """User + system CPU seconds: the first two fields of a `/usr/bin/time -f '%U %S ...'` file."""
    with open(time_file) as f:
        fields = f.read().splitlines()[-1].split()
    return float(fields[0]) + float(fields[1])


def fresh_dir(work, name):
    path = os.path.join(work, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def check_tree(folder, meta, what):
    size, files = tree_size(folder)
    if (size, files) != (meta["uncompressed"], meta["files"]):
        raise SystemExit("%s extracted %d files, %d bytes; expected %d files, %d bytes"
                         % (what, files, size, meta["files"], meta["uncompressed"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=600,
                        help="size of the weights file in MiB (default 600)")
    parser.add_argument("--runs", type=int, default=3, help="runs per step, best counts (3)")
    parser.add_argument("--python-runs", type=int, default=1,
                        help="runs of the (slow) Python library (1)")
    parser.add_argument("--hubcache", default=os.path.join(BUILD, "bin", "hubcache"))
    parser.add_argument("--testserver", default=os.path.join(BUILD, "bin", "hubcache-testserver"))
    parser.add_argument("--python", default=os.path.join(BUILD, "venv", "bin", "python"),
                        help="a Python with numpy and tensorflow_hub (default build/venv)")
    parser.add_argument("--data-dir", default=os.path.join(BUILD, "bench-data"),
                        help="where the archive is kept and runs extract (default build/bench-data)")
    args = parser.parse_args()
    args.data_dir = os.path.abspath(args.data_dir)
    os.makedirs(args.data_dir, exist_ok=True)
    for tool in ("curl", "igzip", "tar"):
        if not shutil.which(tool):
            raise SystemExit("%s is missing (apt-get install curl isal tar)" % tool)
    if not os.access("/usr/bin/time", os.X_OK):
        raise SystemExit("/usr/bin/time is missing (apt-get install time)")
    for path in (args.hubcache, args.testserver, args.python):
        if not os.access(path, os.X_OK):
            raise SystemExit("%s is not executable (build with ninja; venv: "
                             "scripts/setup-debian.sh --python)" % path)

    archive, meta = ensure_archive(args)
    work = fresh_dir(args.data_dir, "runs")
    env = child_env(args.data_dir)
    with open(archive, "rb") as f:  # warm the page cache for the source file
        while f.read(16 << 20):
            pass

    server = Server(args.testserver, args.data_dir, work)
    url = "http://127.0.0.1:%d/%s" % (server.port, os.path.basename(archive))
    log("serving %s (%.0f MB, %.0f MB uncompressed, ratio %.2f) at %s"
        % (archive, meta["compressed"] / 1e6, meta["uncompressed"] / 1e6,
           meta["uncompressed"] / meta["compressed"], url))
    times = {key: [] for key in ("curl", "igzip", "curl_tar", "hubcache", "python")}
    rss_kb = []
    cpu = {"igzip": [], "hubcache": [], "python": []}
    python_detail = []
    try:
        for run in range(args.runs):
            log("run %d/%d" % (run + 1, args.runs))
            times["curl"].append(timed(["curl", "-s", "-o", "/dev/null", url], env)[0])
            cpu_file = os.path.join(work, "igzip.cpu")
            times["igzip"].append(timed("/usr/bin/time -f '%%U %%S' -o '%s' igzip -dc '%s' > /dev/null"
                                        % (cpu_file, archive), env, shell=True)[0])
            cpu["igzip"].append(read_cpu(cpu_file))

            target = fresh_dir(work, "tar")
            times["curl_tar"].append(timed("set -o pipefail; curl -s '%s' | tar -xz -C '%s'"
                                           % (url, target), env, shell=True)[0])
            check_tree(target, meta, "curl | tar")
            shutil.rmtree(target)

            cache = fresh_dir(work, "hubcache-cache")
            rss_file = os.path.join(work, "hubcache.rss")
            seconds, out = timed(["/usr/bin/time", "-f", "%U %S %M", "-o", rss_file, args.hubcache,
                                  "--tfhub_cache_dir", cache, "resolve", url], env)
            times["hubcache"].append(seconds)
            cpu["hubcache"].append(read_cpu(rss_file))
            with open(rss_file) as f:
                rss_kb.append(int(f.read().split()[-1]))
            check_tree(out.strip(), meta, "hubcache")
            shutil.rmtree(cache)

        for run in range(args.python_runs):
            log("python run %d/%d" % (run + 1, args.python_runs))
            cache = fresh_dir(work, "python-cache")
            seconds, out = timed([args.python, "-c", PY_RESOLVE, url],
                                 child_env(args.data_dir, TFHUB_CACHE_DIR=cache))
            result = json.loads([l for l in out.splitlines() if l.startswith("RESULT ")][0][7:])
            check_tree(result["path"], meta, "tensorflow_hub")
            times["python"].append(result["resolve"])
            cpu["python"].append(result["resolve_cpu"])
            python_detail.append({"wall": seconds, "import": result["import"]})
            shutil.rmtree(cache)
        compressed_asks = [r for r in server.requests() if r.endswith("?tf-hub-format=compressed")]
        if len(compressed_asks) != args.runs + args.python_runs:
            raise SystemExit("unexpected requests: %s" % server.requests())
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)

    best = {key: min(values) for key, values in times.items() if values}
    bound = max(best["curl"], best["igzip"])
    peak_rss_mb = max(rss_kb) / 1024.0
    ratios = {
        "hubcache_vs_bound": best["hubcache"] / bound,
        "hubcache_vs_curl_tar": best["hubcache"] / best["curl_tar"],
        "python_vs_hubcache": best["python"] / best["hubcache"],
        "python_process_vs_hubcache": python_detail[0]["wall"] / best["hubcache"],
    }
    mb = meta["uncompressed"] / 1e6

    def row(label, key, note=""):
        values = " ".join("%.2f" % v for v in times[key])
        print("%-44s %8.2f s %8.0f MB/s   [%s]%s" % (label, best[key], mb / best[key], values, note))

    print()
    print("archive: %.0f MB gzip-6 of %.0f MB (%d files, ratio %.2f); best of %d runs, wall clock"
          % (meta["compressed"] / 1e6, mb, meta["files"], meta["uncompressed"] / meta["compressed"],
             args.runs))
    print("%-44s %10s %13s   %s" % ("step", "best", "uncompr.", "runs"))
    row("1 curl -s -o /dev/null URL", "curl")
    row("2 igzip -dc FILE > /dev/null", "igzip")
    row("3 curl -s URL | tar -xz -C DIR", "curl_tar")
    row("4 hubcache resolve URL (cold)", "hubcache")
    row("5 python hub.resolve(URL) (cold)", "python",
        "  (+%.1f s import; %.2f s process wall)" % (python_detail[0]["import"],
                                                     python_detail[0]["wall"]))
    print()

    def verdict(ok):
        return "PASS" if ok else "MISS"

    print("hubcache / max(curl, igzip)   %6.2f   target <= %.2f   %s"
          % (ratios["hubcache_vs_bound"], TARGET_VS_BOUND,
             verdict(ratios["hubcache_vs_bound"] <= TARGET_VS_BOUND)))
    print("hubcache / (curl | tar)       %6.2f   (informational)" % ratios["hubcache_vs_curl_tar"])
    print("python / hubcache             %6.2f   target >= %.2f   %s"
          % (ratios["python_vs_hubcache"], TARGET_VS_PYTHON,
             verdict(ratios["python_vs_hubcache"] >= TARGET_VS_PYTHON)))
    print("python process / hubcache     %6.2f   (informational: whole script, TF import included)"
          % ratios["python_process_vs_hubcache"])
    print("hubcache peak RSS             %6.1f MB target <= %.0f MB  %s"
          % (peak_rss_mb, TARGET_RSS_MB, verdict(peak_rss_mb <= TARGET_RSS_MB)))
    best_cpu = {key: min(values) for key, values in cpu.items() if values}
    cores = os.cpu_count() or 1
    print("CPU seconds (user+sys, best)  igzip %.2f, hubcache %.2f, python resolve %.2f; %d cores"
          % (best_cpu["igzip"], best_cpu["hubcache"], best_cpu["python"], cores))
    print("  3x the Python library means hubcache <= %.2f s wall, i.e. <= %.2f CPU s on %d cores;"
          % (best["python"] / TARGET_VS_PYTHON, cores * best["python"] / TARGET_VS_PYTHON, cores))
    print("  one-stream inflate alone needs %.2f CPU s and is not split across cores"
          % best_cpu["igzip"])
    print(json.dumps({
        "benchmark": "bench_resolve",
        "cpu_seconds": cpu,
        "cores": cores,
        "compressed_bytes": meta["compressed"],
        "uncompressed_bytes": meta["uncompressed"],
        "runs": args.runs,
        "seconds": times,
        "best": best,
        "python_import_seconds": python_detail[0]["import"],
        "python_process_seconds": python_detail[0]["wall"],
        "ratios": ratios,
        "hubcache_peak_rss_mb": peak_rss_mb,
        "targets_met": {
            "vs_bound": ratios["hubcache_vs_bound"] <= TARGET_VS_BOUND,
            "vs_python": ratios["python_vs_hubcache"] >= TARGET_VS_PYTHON,
            "rss": peak_rss_mb <= TARGET_RSS_MB,
        },
    }, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
