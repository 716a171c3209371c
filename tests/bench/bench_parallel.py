#!/usr/bin/env python3
"""Parallel ranged downloads and resume: hubcache against curl, aria2c and the Python library.

A loopback HTTP/1.1 server (in this script) serves one archive with ETag, Accept-Ranges and ranges,
optionally capping each connection's rate and delaying every answer, as a CDN or an object store far
away does. Each tool runs 3 times; the median counts. This is a benchmark, not a test.
"""

import argparse
import hashlib
import http.server
import json
import os
import re
import shutil
import signal
import socketserver
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)


def log(message):
    print(message, file=sys.stderr, flush=True)


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.body_bytes = 0
        self.requests = 0

    def add(self, n=0, request=False):
        with self.lock:
            self.body_bytes += n
            self.requests += 1 if request else 0

    def reset(self):
        with self.lock:
            self.body_bytes = 0
            self.requests = 0


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    files = {}          # path -> (file path, size, etag)
    rate = 0            # bytes per second per connection, 0: uncapped
    latency = 0.0       # seconds before each answer
    counter = Counter()

    def log_message(self, *args):
        pass

    def do_GET(self):
        Handler.counter.add(request=True)
        if Handler.latency:
            time.sleep(Handler.latency)
        path = self.path.split("?")[0]
        if path not in Handler.files:
            body = b"not found\n"
            self.send_response(404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        file_path, size, etag = Handler.files[path]
        start, end = 0, size - 1
        status = 200
        m = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        if_range = self.headers.get("If-Range")
        if m and (if_range is None or if_range == etag):
            start = int(m.group(1))
            end = min(int(m.group(2)), size - 1) if m.group(2) else size - 1
            if start >= size or start > end:
                self.send_response(416)
                self.send_header("Content-Range", "bytes */%d" % size)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = 206
        self.send_response(status)
        self.send_header("Content-Type", "application/x-tar")
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(end - start + 1))
        if status == 206:
            self.send_header("Content-Range", "bytes %d-%d/%d" % (start, end, size))
        self.end_headers()
        self.wfile.flush()
        remaining = end - start + 1
        offset = start
        began = time.monotonic()
        sent = 0
        with open(file_path, "rb") as f:
            while remaining > 0:
                n = min(remaining, 256 * 1024)
                if Handler.rate:
                    due = began + sent / Handler.rate
                    now = time.monotonic()
                    if due > now:
                        time.sleep(due - now)
                try:
                    n = os.sendfile(self.connection.fileno(), f.fileno(), offset, n)
                except (BrokenPipeError, ConnectionResetError):
                    return
                if n == 0:
                    return
                Handler.counter.add(n)
                offset += n
                sent += n
                remaining -= n


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def start_server():
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve_file(path, url_path):
    st = os.stat(path)
    Handler.files[url_path] = (path, st.st_size, '"%x-%x"' % (st.st_size, int(st.st_mtime)))


def timed(command, env=None, cwd=None):
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def child_env(work, **extra):
    env = dict(os.environ)
    home = os.path.join(work, "home")
    os.makedirs(home, exist_ok=True)
    env.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"), "TMPDIR": work,
                "QT_LOGGING_RULES": "*.debug=false"})
    for key in ("TFHUB_CACHE_DIR", "TFHUB_MODEL_LOAD_FORMAT", "http_proxy", "https_proxy", "HTTP_PROXY",
                "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(key, None)
    env["no_proxy"] = env["NO_PROXY"] = "127.0.0.1"
    env.update(extra)
    return env


def fresh(work, name):
    path = os.path.join(work, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def tree_bytes(folder):
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total


def median3(runs, step):
    values = [step() for _ in range(runs)]
    return statistics.median(values), values


PY_RESOLVE = r"""
import sys, time
import tensorflow_hub as hub
t = time.perf_counter()
hub.resolve(sys.argv[1])
print(time.perf_counter() - t)
"""

PY_LOOP = r"""
import sys, time
import tensorflow_hub as hub
t = time.perf_counter()
for url in sys.argv[1:]:
    hub.resolve(url)
print(time.perf_counter() - t)
"""


def python_call(python, env, *urls, script=PY_RESOLVE):
    out = subprocess.run([python, "-c", script, *urls], env=env, check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=600)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate-mb", type=float, default=25, help="cap per connection, MB/s")
    parser.add_argument("--latency-ms", type=float, default=20)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--hubcache", default=os.path.join(ROOT, "build", "bin", "hubcache"))
    parser.add_argument("--python", default=os.path.join(ROOT, "build", "venv", "bin", "python"))
    parser.add_argument("--data-dir", default=os.path.join(ROOT, "build", "bench-data"))
    parser.add_argument("--archive", help="an existing .tar.gz to serve instead of generating one")
    parser.add_argument("--skip", default="", help="comma list of steps to skip: capped,curl,aria2,python,hubcache,uncapped,kill,prefetch")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    for tool in ("curl", "aria2c", "igzip"):
        if shutil.which(tool) is None:
            raise SystemExit("%s is missing: run scripts/setup-debian.sh" % tool)
    os.makedirs(args.data_dir, exist_ok=True)
    if args.archive:
        archive = args.archive
    else:
        import bench_resolve
        ns = argparse.Namespace(size_mb=args.size_mb, data_dir=args.data_dir, python=args.python)
        archive, _ = bench_resolve.ensure_archive(ns)
    size = os.path.getsize(archive)
    with open(archive, "rb") as f:
        while f.read(1 << 24):
            pass  # warm the page cache
    work = tempfile.mkdtemp(prefix="bench-parallel.", dir=args.data_dir)
    server = start_server()
    port = server.server_address[1]
    serve_file(archive, "/model.tar.gz")
    url = "http://127.0.0.1:%d/model.tar.gz" % port
    results = {"archiveBytes": size, "ratePerConnection": args.rate_mb * 1e6, "latencyMs": args.latency_ms}
    env = child_env(work, HUBCACHE_PARALLEL_CONNECTIONS=str(args.connections))

    def hubcache_resolve(cache, extra=None):
        e = dict(env)
        e.update(extra or {})
        return timed([args.hubcache, "--tfhub_cache_dir", cache, "resolve", url], env=e)

    def measure(label):
        table = {}
        if "curl" not in skip:
            table["curl"] = median3(args.runs, lambda: timed(["curl", "-s", "-o", "/dev/null", url]))
        if "aria2" not in skip:
            def aria():
                d = fresh(work, "aria2")
                return timed(["aria2c", "-q", "-x", "8", "-s", "8", "-k", "1M", "--file-allocation=none",
                              "--allow-overwrite=true", "-d", d, "-o", "a.tar.gz", url])
            table["aria2c -x 8 -s 8"] = median3(args.runs, aria)
        if "python" not in skip and os.path.exists(args.python):
            def py():
                cache = fresh(work, "pycache")
                return python_call(args.python, dict(env, TFHUB_CACHE_DIR=cache), url)
            table["python hub.resolve"] = median3(args.runs, py)
        if "hubcache" not in skip:
            table["hubcache resolve"] = median3(args.runs, lambda: hubcache_resolve(fresh(work, "cache")))
        results[label] = {k: {"median": v[0], "runs": v[1]} for k, v in table.items()}
        log("== %s" % label)
        for k, (m, runs) in table.items():
            log("%-22s %7.2f s  %7.1f MB/s   runs %s" % (k, m, size / m / 1e6, " ".join("%.2f" % r for r in runs)))
        return table

    Handler.rate = args.rate_mb * 1e6
    Handler.latency = args.latency_ms / 1000
    capped = measure("capped") if "capped" not in skip else {}
    if "hubcache" in [k.split()[0] for k in capped] and "aria2c -x 8 -s 8" in capped:
        h = capped["hubcache resolve"][0]
        log("hubcache / aria2c = %.2f (target <= 1.1)" % (h / capped["aria2c -x 8 -s 8"][0]))
        if "curl" in capped:
            log("curl / hubcache = %.2f (target >= 4)" % (capped["curl"][0] / h))
        if "python hub.resolve" in capped:
            log("python / hubcache = %.2f (target >= 4)" % (capped["python hub.resolve"][0] / h))

    if "uncapped" not in skip:
        Handler.rate = 0
        Handler.latency = 0
        skip_saved = set(skip)
        skip.update({"aria2", "python"})
        unc = measure("uncapped")
        skip = skip_saved
        igzip = median3(args.runs, lambda: timed(["sh", "-c", "igzip -dc '%s' > /dev/null" % archive]))
        results["uncapped"]["igzip"] = {"median": igzip[0], "runs": igzip[1]}
        log("%-22s %7.2f s" % ("igzip -dc", igzip[0]))
        if "hubcache resolve" in unc and "curl" in unc:
            log("hubcache / max(curl, igzip) = %.2f (target <= 1.25)"
                % (unc["hubcache resolve"][0] / max(unc["curl"][0], igzip[0])))

    if "kill" not in skip:
        # Kill at 80 % of the archive received (SIGKILL), run again, count what the second run transfers.
        Handler.rate = args.rate_mb * 1e6
        Handler.latency = args.latency_ms / 1000
        cache = fresh(work, "killcache")
        Handler.counter.reset()
        proc = subprocess.Popen([args.hubcache, "--tfhub_cache_dir", cache, "resolve", url], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while Handler.counter.body_bytes < 0.8 * size and proc.poll() is None:
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        first = Handler.counter.body_bytes
        time.sleep(0.2)
        Handler.counter.reset()
        second_time = hubcache_resolve(cache)
        second = Handler.counter.body_bytes
        part = 16 << 20
        results["kill"] = {"firstRunBytes": first, "secondRunBytes": second, "secondRunSeconds": second_time,
                           "limit": 0.25 * size + part}
        log("== kill at 80 %%: first run sent %.0f MB, second run %.0f MB in %.2f s (target <= %.0f MB)"
            % (first / 1e6, second / 1e6, second_time, (0.25 * size + part) / 1e6))

    if "prefetch" not in skip and os.path.exists(args.python):
        # 50 small models, 100 ms of latency per request, no rate cap.
        Handler.rate = 0
        Handler.latency = 0.1
        small_dir = fresh(work, "small")
        src = fresh(work, "smallsrc")
        with open(os.path.join(src, "saved_model.pb"), "wb") as f:
            f.write(os.urandom(64 * 1024))
        small = os.path.join(small_dir, "small.tar.gz")
        subprocess.run(["tar", "-czf", small, "-C", src, "."], check=True)
        urls = []
        for i in range(50):
            serve_file(small, "/small/%d.tar.gz" % i)
            urls.append("http://127.0.0.1:%d/small/%d.tar.gz" % (port, i))

        def loop():
            return python_call(args.python, dict(env, TFHUB_CACHE_DIR=fresh(work, "pyloop")), *urls, script=PY_LOOP)

        def prefetch():
            cache = fresh(work, "prefetch")
            listing = os.path.join(work, "handles.txt")
            with open(listing, "w") as f:
                f.write("\n".join(urls) + "\n")
            return timed([args.hubcache, "--tfhub_cache_dir", cache, "prefetch", "-j", "16", "-f", listing],
                         env=env)

        py = median3(args.runs, loop)
        hc = median3(args.runs, prefetch)
        results["prefetch"] = {"python": py[0], "hubcache": hc[0]}
        log("== 50 small models, 100 ms latency: python loop %.2f s, hubcache prefetch -j 16 %.2f s (ratio %.1f, target >= 6)"
            % (py[0], hc[0], py[0] / hc[0]))

    server.shutdown()
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
