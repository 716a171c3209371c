#!/usr/bin/env python3
"""Benchmark: loading an UNCOMPRESSED model from a GCS bucket, hubcache against TensorFlow's own reads.

Not a test (not registered with CTest). It generates, once, a SavedModel with --size-mb MiB of
float32 variables (with the --python interpreter's TensorFlow), puts it into a GCS emulator
(fake-gcs-server on 127.0.0.1, tests/interop/gcs_harness.py) at gs://bench/models/m, serves a
handle that hubcache-testserver answers with "303 gs://bench/models/m" (TF Hub's UNCOMPRESSED
protocol), and times, median of --runs:

  1. curl of every object of the model from the emulator       the read throughput reference
  2. hub.load(handle) in UNCOMPRESSED mode (Python)            TensorFlow's own gs:// reads, through
     the loopback TLS proxy (gcs_tls_proxy.py); time from hub.load() to the loaded model, bytes the
     proxy sent back
  3. hubcache smoke on the same handle                         TensorFlow reading through hubcache's
     storage reader (report: loadMs, sourceBytes, sourceBytesPerSecond)

Targets (informational, nothing passes or fails): hubcache's load at most 1.0x TensorFlow's own,
hubcache's read throughput at least 80 % of curl's. Step 3 needs hubcache's GcsStorage; where it
fails the step is reported as unavailable with hubcache's error, and the other steps still run.

    python3 tests/bench/bench_uncompressed_load.py [--size-mb 256] [--runs 3]

Only 127.0.0.1 is used. The model is kept in build/bench-data/uncompressed-model-<N>MiB-v1.
Caveats: step 2's bytes also pass through the proxy (a Python process), which step 3's do not;
hubcache's throughput is taken from its first read to its last, so TensorFlow's own work between
reads counts against it (the time TensorFlow's threads waited for reads is printed too).
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(REPO, "build")
sys.path.insert(0, os.path.join(REPO, "tests", "interop"))
from gcs_harness import GcsHarness  # noqa: E402

FORMAT_VERSION = 1  # bump when the generated model changes
BUCKET = "bench"
PREFIX = "models/m"
TARGET_LOAD_RATIO = 1.0        # hubcache's load time / TensorFlow's own
TARGET_THROUGHPUT_RATIO = 0.8  # hubcache's read throughput / curl's

# Runs in the --python interpreter: a SavedModel whose variables hold size bytes of float32.
GENERATOR = r"""
import os, sys
import numpy as np
import tensorflow as tf
folder, size = sys.argv[1], int(sys.argv[2])
rng = np.random.default_rng(20240601)
per_variable = 64 << 20
class Model(tf.Module):
    def __init__(self):
        left = size // 4
        self.weights = []
        while left:
            n = min(per_variable // 4, left)
            self.weights.append(tf.Variable(rng.standard_normal(n, dtype=np.float32) * np.float32(0.05)))
            left -= n
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def serve(self, x):
        return {"y": x * 2.0 + tf.add_n([w[0] for w in self.weights])}
model = Model()
tf.saved_model.save(model, folder, signatures={"serving_default": model.serve})
"""

# Runs in the --python interpreter with the proxy's environment: one hub.load(), timed.
PY_LOAD = r"""
import json, sys, time
import tensorflow as tf
import tensorflow_hub as hub
start = time.monotonic()
model = hub.load(sys.argv[1])
loaded = time.monotonic()
y = model.signatures["serving_default"](x=tf.constant([1.0]))["y"].numpy().tolist()
print("RESULT " + json.dumps({"loadSeconds": loaded - start, "y": y}), flush=True)
"""


def folder_bytes(folder):
    return sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(folder) for f in files)


def generate(python, folder, size_mb):
    if os.path.isfile(os.path.join(folder, "saved_model.pb")):
        return
    partial = folder + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    print("generating a SavedModel with %d MiB of variables in %s ..." % (size_mb, folder), flush=True)
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", CUDA_VISIBLE_DEVICES="")
    subprocess.run([python, "-c", GENERATOR, partial, str(size_mb << 20)], check=True, env=env, timeout=1800)
    os.rename(partial, folder)


def median(values):
    return statistics.median(values) if values else None


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def curl_step(gcs, names):
    """Seconds to fetch every object once with curl from the emulator, the bytes fetched and curl's CPU seconds."""
    urls = ["%s/download/storage/v1/b/%s/o/%s?alt=media" % (gcs.endpoint, BUCKET, urllib.parse.quote(n, safe=""))
            for n in names]
    start = time.monotonic()
    cpu = children_cpu()
    total = 0
    for url in urls:
        out = subprocess.run(["curl", "-s", "-f", "--noproxy", "*", "-o", "/dev/null", "-w", "%{size_download}", url],
                             check=True, capture_output=True, text=True, timeout=600).stdout
        total += int(float(out))
    return time.monotonic() - start, total, children_cpu() - cpu


def reader_step(gcs, bench, names):
    """Seconds for hubcache-storage-bench to read every object once through Storage::openReader, the bytes
    read and the CPU seconds the reads took (the bench's own measure, process start-up excluded)."""
    locations = ["gs://%s/%s" % (BUCKET, n) for n in names]
    out = subprocess.run([bench, "--runs", "1"] + locations, check=True, capture_output=True, text=True,
                         timeout=1800, env=gcs.hubcache_env(load_format="UNCOMPRESSED")).stdout
    line = [l for l in out.splitlines() if l.startswith("run 1:")][0]
    words = line.split()
    return float(words[5]), int(words[2]), float(words[9])


def python_step(gcs, python, handle):
    before = gcs.proxy.response_bytes
    started = time.monotonic()
    process = subprocess.run([python, "-c", PY_LOAD, handle], capture_output=True, text=True, timeout=1800,
                             env=gcs.python_env(load_format="UNCOMPRESSED"))
    wall = time.monotonic() - started
    lines = [l for l in process.stdout.splitlines() if l.startswith("RESULT ")]
    if process.returncode != 0 or not lines:
        raise RuntimeError("hub.load failed (%d): %s" % (process.returncode, process.stderr[-3000:]))
    result = json.loads(lines[0][len("RESULT "):])
    return result["loadSeconds"], gcs.proxy.response_bytes - before, wall, result["y"]


def hubcache_step(gcs, hubcache, handle):
    started = time.monotonic()
    process = subprocess.run([hubcache, "smoke", "--json", "--fill", "1", handle], capture_output=True, text=True,
                             timeout=1800, env=gcs.hubcache_env(load_format="UNCOMPRESSED"))
    wall = time.monotonic() - started
    try:
        report = json.loads(process.stdout)
    except ValueError:
        report = {}
    if process.returncode != 0 or not report.get("ok"):
        message = (report.get("error") or {}).get("message") or process.stderr.strip()[-1000:]
        raise RuntimeError(message)
    y = [o for o in report["outputs"] if o["key"] == "y"][0].get("values")
    # Two throughputs: over the span from the first read to the last (TensorFlow's own work between
    # reads included), and over the time TensorFlow's threads waited for reads (summed).
    waited = report.get("sourceReadMs") or 0
    while_waiting = report["sourceBytes"] * 1000.0 / waited if waited > 0 else None
    return (report["loadMs"] / 1000.0, report.get("sourceBytes"), report.get("sourceBytesPerSecond"), wall, y,
            while_waiting)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=256, help="MiB of float32 variables (default 256)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hubcache", default=os.path.join(BUILD, "bin", "hubcache"))
    parser.add_argument("--storage-bench", default=os.path.join(BUILD, "bin", "hubcache-storage-bench"))
    parser.add_argument("--testserver", default=os.path.join(BUILD, "bin", "hubcache-testserver"))
    parser.add_argument("--python", default=os.path.join(BUILD, "venv", "bin", "python"),
                        help="a Python with tensorflow and tensorflow_hub")
    parser.add_argument("--data-dir", default=os.path.join(BUILD, "bench-data"))
    args = parser.parse_args()
    for path in (args.hubcache, args.testserver, args.python, args.storage_bench):
        if not os.access(path, os.X_OK):
            sys.exit("bench_uncompressed_load: %s is missing; build first and run scripts/setup-debian.sh --python"
                     % path)
    if shutil.which("curl") is None or shutil.which("openssl") is None:
        sys.exit("bench_uncompressed_load: needs curl and openssl (apt-get install curl openssl)")
    if os.path.realpath(sys.executable) != os.path.realpath(args.python):
        # The harness finds fake-gcs-server in the venv of the interpreter running it.
        os.execv(args.python, [args.python] + sys.argv)

    model = os.path.join(args.data_dir, "uncompressed-model-%dMiB-v%d" % (args.size_mb, FORMAT_VERSION))
    os.makedirs(args.data_dir, exist_ok=True)
    generate(args.python, model, args.size_mb)
    model_bytes = folder_bytes(model)

    work = tempfile.mkdtemp(prefix="bench-uncompressed.")
    gcs = GcsHarness(work)
    results = {"sizeMiB": args.size_mb, "modelBytes": model_bytes, "runs": args.runs}
    try:
        gcs.start(buckets=[BUCKET])
        print("uploading %.1f MB to gs://%s/%s ..." % (model_bytes / 1e6, BUCKET, PREFIX), flush=True)
        names = sorted(gcs.upload_folder(BUCKET, PREFIX, model))
        served = os.path.join(work, "served")
        os.makedirs(served)
        hub = gcs.start_hub(args.testserver, served, "hub", uncompressed=[("/models/m/1", "gs://%s/%s" % (BUCKET, PREFIX))])
        handle = hub.url("/models/m/1")

        curl = [curl_step(gcs, names) for _ in range(args.runs)]
        curl_seconds = median([c[0] for c in curl])
        results["curl"] = {"seconds": curl_seconds, "bytes": curl[0][1],
                           "bytesPerSecond": curl[0][1] / curl_seconds if curl_seconds else None,
                           "cpuSeconds": median([c[2] for c in curl])}

        reader = [reader_step(gcs, args.storage_bench, names) for _ in range(args.runs)]
        reader_seconds = median([r[0] for r in reader])
        results["reader"] = {"seconds": reader_seconds, "bytes": reader[0][1],
                             "bytesPerSecond": reader[0][1] / reader_seconds if reader_seconds else None,
                             "cpuSeconds": median([r[2] for r in reader])}
        results["readerRatio"] = results["reader"]["bytesPerSecond"] / results["curl"]["bytesPerSecond"]

        python = [python_step(gcs, args.python, handle) for _ in range(args.runs)]
        results["python"] = {"loadSeconds": median([p[0] for p in python]), "bytes": median([p[1] for p in python]),
                             "wallSeconds": median([p[2] for p in python]), "y": python[0][3]}

        try:
            mine = [hubcache_step(gcs, args.hubcache, handle) for _ in range(args.runs)]
            results["hubcache"] = {"loadSeconds": median([m[0] for m in mine]), "bytes": median([m[1] for m in mine]),
                                   "bytesPerSecond": median([m[2] for m in mine if m[2]]),
                                   "wallSeconds": median([m[3] for m in mine]), "y": mine[0][4],
                                   "bytesPerSecondWhileWaiting": median([m[5] for m in mine if m[5]])}
        except RuntimeError as e:
            results["hubcache"] = {"unavailable": str(e)}
    finally:
        gcs.stop()
        shutil.rmtree(work, ignore_errors=True)

    def mb(n):
        return "%.1f MB" % (n / 1e6) if n is not None else "n/a"

    print()
    print("model: %d MiB of variables, %s in %d objects; median of %d runs" % (args.size_mb, mb(model_bytes),
                                                                               len(names), args.runs))
    c, p, h = results["curl"], results["python"], results["hubcache"]
    print("  curl from the emulator        %7.2f s   %s   %s/s   (%.3f s CPU)"
          % (c["seconds"], mb(c["bytes"]), mb(c["bytesPerSecond"]), c["cpuSeconds"]))
    r = results["reader"]
    print("  hubcache reader alone         %7.2f s   %s   %s/s   (%.0f %% of curl, target >= %.0f %%; %.3f s CPU)"
          % (r["seconds"], mb(r["bytes"]), mb(r["bytesPerSecond"]), results["readerRatio"] * 100,
             TARGET_THROUGHPUT_RATIO * 100, r["cpuSeconds"]))
    print("  Python hub.load (UNCOMPRESSED) %6.2f s   %s moved through the proxy   (process %.1f s)"
          % (p["loadSeconds"], mb(p["bytes"]), p["wallSeconds"]))
    if "unavailable" in h:
        print("  hubcache smoke                unavailable: %s" % h["unavailable"])
    else:
        print("  hubcache smoke load           %7.2f s   %s read by hubcache   %s/s   (process %.1f s)"
              % (h["loadSeconds"], mb(h["bytes"]), mb(h["bytesPerSecond"]), h["wallSeconds"]))
        print("  hubcache reads while TensorFlow waited for them: %s/s" % mb(h["bytesPerSecondWhileWaiting"]))
        load_ratio = h["loadSeconds"] / p["loadSeconds"]
        throughput_ratio = (h["bytesPerSecond"] or 0) / c["bytesPerSecond"]
        results["loadRatio"], results["throughputRatio"] = load_ratio, throughput_ratio
        print("  hubcache / TensorFlow load time: %.2fx (target <= %.1fx) %s"
              % (load_ratio, TARGET_LOAD_RATIO, "met" if load_ratio <= TARGET_LOAD_RATIO else "NOT met"))
        print("  hubcache / curl read throughput: %.0f %% (target >= %.0f %%) %s"
              % (throughput_ratio * 100, TARGET_THROUGHPUT_RATIO * 100,
                 "met" if throughput_ratio >= TARGET_THROUGHPUT_RATIO else "NOT met"))
        if h["y"] and p["y"] and abs(h["y"][0] - p["y"][0]) > 1e-4 * max(1.0, abs(p["y"][0])):
            print("  WARNING: outputs differ: hubcache %s, Python %s" % (h["y"], p["y"]))
    print("JSON " + json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
