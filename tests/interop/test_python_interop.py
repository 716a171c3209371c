#!/usr/bin/env python3
"""Interoperability of hubcache's cache with the real tensorflow_hub Python library.

Both sides work on the same cache folders: what hubcache downloads, Python must take as a hit and
load; what Python downloads, hubcache must list, inspect and resolve offline; locks written in
Python's format must be honoured and taken over the way the protocol allows; and a cache entry a
temp cleaner half-emptied must be healed by hubcache.

Run by CTest (tests/interop/CMakeLists.txt) with the venv's python:

    python test_python_interop.py --hubcache build/bin/hubcache \
        --testserver build/bin/hubcache-testserver --models resources/demo/models [-v] [--keep]

Everything (cache folders, the served folder, HOME, TMPDIR of the children) lives in one fresh temp
folder; only 127.0.0.1 is contacted. Exits non-zero if any test fails.
"""

import argparse
import datetime
import filecmp
import hashlib
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import unittest
import uuid

OPTIONS = None  # argparse.Namespace, set in main()
WORK_DIR = None  # the temp folder holding everything this script creates

# Runs in a child venv python with TFHUB_CACHE_DIR set: resolves (and optionally loads) a handle and
# prints one "RESULT {json}" line. A child process, so that the library reads the environment afresh
# and the test sees exactly what a user's script would.
PY_RESOLVE = r"""
import json, os, sys
import tensorflow_hub as hub
handle, do_load = sys.argv[1], sys.argv[2] == "load"
result = {"path": hub.resolve(handle), "pid": os.getpid()}
if do_load:
    import tensorflow as tf
    model = hub.load(handle)
    out = model.signatures["serving_default"](x=tf.constant([1.0, 2.0, 3.0], dtype=tf.float32))
    result["y"] = [float(v) for v in out["y"].numpy()]
print("RESULT " + json.dumps(result), flush=True)
"""

# Like PY_RESOLVE, with TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED: prints the location hub.resolve()
# returns, or the exception it raises. tensorflow_hub then checks the location with
# tf.compat.v1.gfile.Exists, which would contact Google Cloud Storage; for gs:// paths that one
# call is replaced by one that records the path and says it exists, so that only 127.0.0.1 is
# contacted. Everything up to the returned string is the real library.
PY_RESOLVE_UNCOMPRESSED = r"""
import json, sys
import tensorflow as tf
import tensorflow_hub as hub
checked = []
real_exists = tf.compat.v1.gfile.Exists
def exists(path):
    if str(path).startswith("gs://"):
        checked.append(path)
        return True
    return real_exists(path)
tf.compat.v1.gfile.Exists = exists
try:
    result = {"path": hub.resolve(sys.argv[1]), "checked": checked}
except Exception as e:  # the test compares the message with hubcache's
    result = {"error": type(e).__name__, "message": str(e)}
print("RESULT " + json.dumps(result), flush=True)
"""


def cache_key(handle):
    return hashlib.sha1(handle.encode("utf-8")).hexdigest()


def child_env(**extra):
    """The environment of every child: isolated HOME/TMPDIR, no TF Hub settings, no proxies."""
    env = dict(os.environ)
    for name in list(env):
        upper = name.upper()
        if upper.startswith("TFHUB_") or upper.startswith("HUBCACHE_") or upper in (
                "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
            del env[name]
    home = os.path.join(WORK_DIR, "home")
    tmp = os.path.join(WORK_DIR, "tmp")
    os.makedirs(home, exist_ok=True)
    os.makedirs(tmp, exist_ok=True)
    env.update({
        "HOME": home,
        "TMPDIR": tmp,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "XDG_CACHE_HOME": os.path.join(home, ".cache"),
        "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
        "no_proxy": "127.0.0.1,localhost",
        "NO_PROXY": "127.0.0.1,localhost",
        "LC_ALL": "C.UTF-8",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "CUDA_VISIBLE_DEVICES": "",
        "QT_QPA_PLATFORM": "offscreen",
    })
    env.update(extra)
    return env


def build_archive(model_dir, archive_path):
    """A gzip tarball laid out like the ones TF Hub serves: './', './saved_model.pb', ..."""
    def clean(info):
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info
    with tarfile.open(archive_path, "w:gz") as tar:
        tar.add(model_dir, arcname=".", recursive=True, filter=clean)


def model_files(folder):
    """Relative paths of all regular files below folder, sorted."""
    found = []
    for root, _, files in os.walk(folder):
        for name in files:
            found.append(os.path.relpath(os.path.join(root, name), folder))
    return sorted(found)


class TestServer:
    """hubcache-testserver on 127.0.0.1 with an ephemeral port and a request log."""

    def __init__(self, root, name, redirects=(), uncompressed=()):
        self.root = root
        self.uncompressed = list(uncompressed)
        self.log_path = os.path.join(WORK_DIR, name + ".requests.log")
        self.port_file = os.path.join(WORK_DIR, name + ".port")
        self.stderr_path = os.path.join(WORK_DIR, name + ".stderr.log")
        self.redirects = list(redirects)
        self.process = None
        self.port = None

    def start(self):
        args = [OPTIONS.testserver, "--root", self.root, "--port-file", self.port_file,
                "--log", self.log_path]
        for source, target in self.redirects:
            args += ["--redirect", "%s=%s" % (source, target)]
        for source, body in self.uncompressed:
            args += ["--uncompressed", "%s=%s" % (source, body)]
        self._stderr = open(self.stderr_path, "ab")
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=self._stderr,
                                        env=child_env())
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("hubcache-testserver exited with %s; see %s"
                                   % (self.process.returncode, self.stderr_path))
            try:
                with open(self.port_file) as f:
                    text = f.read().strip()
                if text:
                    self.port = int(text)
                    return self
            except FileNotFoundError:
                pass
            time.sleep(0.02)
        self.stop()
        raise RuntimeError("hubcache-testserver did not write its port file within 30 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process:
            self._stderr.close()
        self.process = None

    def url(self, path):
        return "http://127.0.0.1:%d%s" % (self.port, path)

    def requests(self):
        try:
            with open(self.log_path, encoding="utf-8") as f:
                return [line.rstrip("\n") for line in f if line.strip()]
        except FileNotFoundError:
            return []


class InteropTestCase(unittest.TestCase):
    """Common fixtures: one served folder with a tarball per demo model."""

    MODELS = ("half_plus_two", "two_signatures")

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix=cls.__name__ + ".", dir=WORK_DIR)
        cls.served = os.path.join(cls.dir, "served")
        os.makedirs(cls.served)
        for name in cls.MODELS:
            source = os.path.join(OPTIONS.models, name)
            if not os.path.isfile(os.path.join(source, "saved_model.pb")):
                raise RuntimeError("demo model %s is missing (expected %s/saved_model.pb)"
                                   % (name, source))
            build_archive(source, os.path.join(cls.served, name + ".tar.gz"))

    def start_server(self, name, handles):
        """Starts a server where /models/<model>/<version> redirects to /<model>.tar.gz, like
        tfhub.dev redirects to its storage. handles: {path: model}."""
        redirects = [(path, "/%s.tar.gz" % model) for path, model in handles.items()]
        server = TestServer(self.served, "%s.%s" % (self.id().rsplit(".", 1)[-1], name), redirects)
        server.start()
        self.addCleanup(server.stop)
        return server

    def new_cache_dir(self, name):
        path = os.path.join(self.dir, name)
        os.makedirs(path)
        return path

    def hubcache(self, *args, env=None, check=True, timeout=120):
        """Runs hubcache; returns (CompletedProcess-like with pid, elapsed seconds)."""
        command = [OPTIONS.hubcache] + list(args)
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env or child_env())
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            self.fail("hubcache %s did not finish within %d s\nstderr:\n%s"
                      % (" ".join(args), timeout, err.decode(errors="replace")))
        elapsed = time.monotonic() - started
        result = subprocess.CompletedProcess(command, process.returncode,
                                             out.decode("utf-8"), err.decode("utf-8"))
        result.pid = process.pid
        if check:
            self.assertEqual(result.returncode, 0,
                             "hubcache %s failed (%d)\nstdout:\n%s\nstderr:\n%s"
                             % (" ".join(args), result.returncode, result.stdout, result.stderr))
        return result, elapsed

    def hubcache_json(self, *args, env=None):
        result, _ = self.hubcache(*args, env=env)
        try:
            return json.loads(result.stdout)
        except ValueError as e:
            self.fail("hubcache %s printed no valid JSON (%s):\n%s" % (" ".join(args), e,
                                                                       result.stdout))

    def python_resolve(self, cache_dir, handle, load=False, timeout=300):
        """hub.resolve (and hub.load) in a child venv python with TFHUB_CACHE_DIR=cache_dir."""
        env = child_env(TFHUB_CACHE_DIR=cache_dir)
        process = subprocess.run([sys.executable, "-c", PY_RESOLVE, handle,
                                  "load" if load else "resolve"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                 timeout=timeout)
        out = process.stdout.decode("utf-8", errors="replace")
        err = process.stderr.decode("utf-8", errors="replace")
        self.assertEqual(process.returncode, 0,
                         "tensorflow_hub failed for %s (%d)\nstdout:\n%s\nstderr:\n%s"
                         % (handle, process.returncode, out, err[-6000:]))
        lines = [l for l in out.splitlines() if l.startswith("RESULT ")]
        self.assertEqual(len(lines), 1, "no RESULT line from the Python child:\n" + out)
        return json.loads(lines[0][len("RESULT "):])

    def assert_same_files(self, cached, model):
        source = os.path.join(OPTIONS.models, model)
        self.assertEqual(model_files(cached), model_files(source),
                         "cached folder %s does not hold the files of %s" % (cached, model))
        match, mismatch, errors = filecmp.cmpfiles(source, cached, model_files(source),
                                                   shallow=False)
        self.assertEqual((mismatch, errors), ([], []), "files differ from the model in " + cached)

    def assert_no_leftovers(self, cache_dir, key):
        self.assertFalse(os.path.exists(os.path.join(cache_dir, key + ".lock")),
                         "lock file left behind in " + cache_dir)
        temps = [n for n in os.listdir(cache_dir) if n.startswith(key + ".") and n.endswith(".tmp")]
        self.assertEqual(temps, [], "temp folders left behind in " + cache_dir)

    def compressed_requests(self, server, path):
        return [r for r in server.requests()
                if r == "GET %s?tf-hub-format=compressed" % path]


class HubcacheToPythonTest(InteropTestCase):
    """(a) hubcache downloads; the Python library takes the entry as a hit and loads it."""

    def test_hubcache_download_is_a_python_hit(self):
        path = "/models/half_plus_two/1"
        server = self.start_server("server", {path: "half_plus_two"})
        handle = server.url(path)
        cache = self.new_cache_dir("cache")
        key = cache_key(handle)
        expected = os.path.join(cache, key)

        before = datetime.datetime.now().replace(microsecond=0)
        result, _ = self.hubcache("--tfhub_cache_dir", cache, "resolve", handle)
        after = datetime.datetime.now()
        self.assertEqual(result.stdout, expected + "\n", "resolve must print only the path")

        self.assertEqual(server.requests(),
                         ["GET %s?tf-hub-format=compressed" % path, "GET /half_plus_two.tar.gz"],
                         "hubcache must ask for the compressed format and follow the redirect")
        self.assert_same_files(expected, "half_plus_two")
        self.assert_no_leftovers(cache, key)

        # The descriptor: exactly three lines, no trailing newline, Python's time format.
        with open(os.path.join(cache, key + ".descriptor.txt"), "rb") as f:
            descriptor = f.read().decode("utf-8")
        pattern = (r"Module: (?P<handle>.*)\n"
                   r"Download Time: (?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6})\n"
                   r"Downloader Hostname: (?P<host>.*) \(PID:(?P<pid>\d+)\)")
        match = re.fullmatch(pattern, descriptor)
        self.assertIsNotNone(match, "descriptor not in the 3-line format: %r" % descriptor)
        self.assertEqual(match["handle"], handle)
        self.assertEqual(match["host"], socket.gethostname())
        self.assertEqual(int(match["pid"]), result.pid)
        written = datetime.datetime.strptime(match["time"], "%Y-%m-%d %H:%M:%S.%f")
        self.assertTrue(before <= written <= after,
                        "download time %s is not local time between %s and %s"
                        % (written, before, after))

        server.stop()  # from here on, any network access fails
        py = self.python_resolve(cache, handle, load=True)
        self.assertEqual(py["path"], expected)
        self.assertEqual(py["y"], [2.5, 3.0, 3.5])
        self.assert_no_leftovers(cache, key)


class PythonToHubcacheTest(InteropTestCase):
    """(b) The Python library downloads; hubcache lists, inspects and resolves the entry offline."""

    def test_python_download_is_a_hubcache_hit(self):
        path = "/models/two_signatures/3"
        server = self.start_server("server", {path: "two_signatures"})
        handle = server.url(path)
        cache = self.new_cache_dir("cache")
        key = cache_key(handle)

        py = self.python_resolve(cache, handle)
        self.assertEqual(py["path"], os.path.join(cache, key))
        self.assertEqual(len(self.compressed_requests(server, path)), 1,
                         "Python did not download through the test server: %s" % server.requests())
        self.assert_same_files(py["path"], "two_signatures")

        # A plain resolve of a cached entry is a hit: no request at all.
        seen = server.requests()
        result, _ = self.hubcache("--tfhub_cache_dir", cache, "resolve", handle)
        self.assertEqual(result.stdout, py["path"] + "\n")
        self.assertEqual(server.requests(), seen, "hubcache made a request for a cached model")
        server.stop()

        listing = self.hubcache_json("--tfhub_cache_dir", cache, "ls", "--json")
        self.assertEqual(listing.get("count"), 1, listing)
        entry = listing["entries"][0]
        self.assertEqual(entry["key"], key)
        self.assertEqual(entry["state"], "complete", entry)
        self.assertEqual(entry["handle"], handle, "handle must come from Python's descriptor")
        self.assertEqual(entry["path"], py["path"])
        self.assertEqual(entry.get("downloaderHost"), socket.gethostname())
        self.assertEqual(entry.get("downloaderPid"), py["pid"])

        result, _ = self.hubcache("--tfhub_cache_dir", cache, "--offline", "resolve", handle)
        self.assertEqual(result.stdout, py["path"] + "\n")

        info = self.hubcache_json("--tfhub_cache_dir", cache, "info", "--json", handle)
        self.assertEqual(info["state"], "complete")
        self.assertEqual(info["handle"], handle)
        meta_graphs = info["savedModel"]["metaGraphs"]
        self.assertEqual(len(meta_graphs), 1)
        self.assertEqual(meta_graphs[0]["tags"], ["serve"])
        signatures = {s["key"]: s for s in meta_graphs[0]["signatures"]}
        self.assertIn("serving_default", signatures)
        self.assertIn("embed", signatures)
        serving = signatures["serving_default"]
        self.assertEqual([(t["key"], t["dtype"], t["shape"]) for t in serving["inputs"]],
                         [("features", "float32", [-1, 3])])
        self.assertEqual([(t["key"], t["dtype"], t["shape"]) for t in serving["outputs"]],
                         [("scores", "float32", [-1, 2])])
        self.assertEqual(server.requests(), seen)


class LockInteropTest(InteropTestCase):
    """(c) Locks in Python's format: a stuck foreign owner is taken over after the timeout, a dead
    owner on this host at once; Python then takes the entries as hits."""

    def lock_env(self):
        return child_env(HUBCACHE_LOCK_TIMEOUT="2", HUBCACHE_LOCK_POLL_MS="100")

    def test_stuck_and_dead_lock_owners(self):
        stuck_path, dead_path = "/models/stuck/1", "/models/dead/1"
        server = self.start_server("server", {stuck_path: "half_plus_two",
                                              dead_path: "half_plus_two"})
        cache = self.new_cache_dir("cache")

        # A download on another host that stopped making progress: its lock stays, its temp dir
        # holds a partial file that does not grow.
        stuck = server.url(stuck_path)
        stuck_key = cache_key(stuck)
        stuck_task = uuid.uuid4().hex
        with open(os.path.join(cache, stuck_key + ".lock"), "w") as f:
            f.write("otherhost.12345." + stuck_task)
        stuck_tmp = os.path.join(cache, "%s.%s.tmp" % (stuck_key, stuck_task))
        os.makedirs(os.path.join(stuck_tmp, "variables"))
        with open(os.path.join(stuck_tmp, "saved_model.pb"), "wb") as f:
            f.write(b"\0" * 1000)

        result, elapsed = self.hubcache("--tfhub_cache_dir", cache, "resolve", stuck,
                                        env=self.lock_env())
        self.assertEqual(result.stdout, os.path.join(cache, stuck_key) + "\n")
        self.assertGreaterEqual(elapsed, 1.9, "a live-looking foreign lock was taken over before "
                                              "HUBCACHE_LOCK_TIMEOUT=2 s")
        self.assertLess(elapsed, 15, "the stuck lock was not taken over after ~2 s")
        self.assertEqual(len(self.compressed_requests(server, stuck_path)), 1)
        self.assert_same_files(os.path.join(cache, stuck_key), "half_plus_two")
        self.assertFalse(os.path.exists(os.path.join(cache, stuck_key + ".lock")),
                         "the taken-over lock is still there")

        # A lock as Python writes it, naming a PID that does not run here. Without hubcache's proof
        # that its owner ran in this PID namespace, it may be a live download in a container that
        # shares this host name: it is taken over once its download has stopped for the dead-owner
        # grace (1 s here), not at once and not after the lock timeout (600 s here).
        child = subprocess.Popen(["true"])
        child.wait()
        dead_pid = child.pid
        with self.assertRaises(ProcessLookupError, msg="pid %d was reused" % dead_pid):
            os.kill(dead_pid, 0)
        dead = server.url(dead_path)
        dead_key = cache_key(dead)
        dead_task = uuid.uuid4().hex
        with open(os.path.join(cache, dead_key + ".lock"), "w") as f:
            f.write("%s.%d.%s" % (socket.gethostname(), dead_pid, dead_task))
        os.makedirs(os.path.join(cache, "%s.%s.tmp" % (dead_key, dead_task)))

        result, elapsed = self.hubcache("--tfhub_cache_dir", cache, "resolve", dead,
                                        env=child_env(HUBCACHE_LOCK_TIMEOUT="600", HUBCACHE_LOCK_POLL_MS="100",
                                                      HUBCACHE_DEAD_OWNER_GRACE="1"))
        self.assertEqual(result.stdout, os.path.join(cache, dead_key) + "\n")
        self.assertGreaterEqual(elapsed, 0.9, "an unprovably dead owner's lock was taken over before "
                                              "the 1 s grace (took %.2f s)" % elapsed)
        self.assertLess(elapsed, 10, "an owner that looks dead and made no progress must be taken over "
                                     "after the 1 s grace, not the lock timeout (took %.2f s)" % elapsed)
        self.assertEqual(len(self.compressed_requests(server, dead_path)), 1)
        self.assert_same_files(os.path.join(cache, dead_key), "half_plus_two")
        self.assertFalse(os.path.exists(os.path.join(cache, dead_key + ".lock")))

        # The Python library takes both as hits: same paths, no new request.
        seen = server.requests()
        for handle, key in ((stuck, stuck_key), (dead, dead_key)):
            py = self.python_resolve(cache, handle)
            self.assertEqual(py["path"], os.path.join(cache, key))
        self.assertEqual(server.requests(), seen, "Python downloaded again: not a cache hit")


class BrokenEntryTest(InteropTestCase):
    """(d) An entry a temp cleaner half-emptied is reported broken and healed by resolve."""

    MODELS = ("half_plus_two",)

    def test_broken_entry_is_healed(self):
        path = "/models/half_plus_two/1"
        server = self.start_server("server", {path: "half_plus_two"})
        handle = server.url(path)
        cache = self.new_cache_dir("cache")
        key = cache_key(handle)
        folder = os.path.join(cache, key)

        result, _ = self.hubcache("--tfhub_cache_dir", cache, "resolve", handle)
        self.assertEqual(result.stdout, folder + "\n")
        self.assertEqual(len(self.compressed_requests(server, path)), 1)

        os.remove(os.path.join(folder, "saved_model.pb"))  # what a temp cleaner does
        listing = self.hubcache_json("--tfhub_cache_dir", cache, "ls", "--json")
        states = {e["key"]: e["state"] for e in listing["entries"]}
        self.assertEqual(states, {key: "broken"}, listing)

        result, _ = self.hubcache("--tfhub_cache_dir", cache, "resolve", handle)
        self.assertEqual(result.stdout, folder + "\n")
        self.assertEqual(len(self.compressed_requests(server, path)), 2,
                         "the broken entry was not downloaded again: %s" % server.requests())
        self.assert_same_files(folder, "half_plus_two")
        self.assert_no_leftovers(cache, key)

        listing = self.hubcache_json("--tfhub_cache_dir", cache, "ls", "--json")
        states = {e["key"]: e["state"] for e in listing["entries"]}
        self.assertEqual(states, {key: "complete"}, listing)
        with open(os.path.join(cache, key + ".descriptor.txt"), encoding="utf-8") as f:
            self.assertTrue(f.read().startswith("Module: %s\n" % handle))


class UncompressedTest(InteropTestCase):
    """(e) TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED: hubcache resolves to the same gs:// location as
    hub.resolve(), and fails with the same sentences; neither caches anything."""

    MODELS = ("half_plus_two",)
    LOCATION = "gs://kaggle-tfhub-models-uncompressed/tfhub-modules/google/spice/2/uncompressed"
    HTML = "<!DOCTYPE html><html><body>Please sign in</body></html>"

    def start_uncompressed_server(self):
        server = TestServer(self.served, self.id().rsplit(".", 1)[-1],
                            redirects=[("/old/spice/2", "/google/spice/2")],
                            uncompressed=[("/google/spice/2", self.LOCATION),
                                          ("/google/sign_in/1", self.HTML)])
        server.start()
        self.addCleanup(server.stop)
        return server

    def python_uncompressed(self, cache_dir, handle):
        env = child_env(TFHUB_CACHE_DIR=cache_dir, TFHUB_MODEL_LOAD_FORMAT="UNCOMPRESSED")
        process = subprocess.run([sys.executable, "-c", PY_RESOLVE_UNCOMPRESSED, handle],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=300)
        out = process.stdout.decode("utf-8", errors="replace")
        lines = [l for l in out.splitlines() if l.startswith("RESULT ")]
        self.assertEqual(len(lines), 1, "no RESULT line from the Python child:\n%s\n%s"
                         % (out, process.stderr.decode("utf-8", errors="replace")[-6000:]))
        return json.loads(lines[0][len("RESULT "):])

    def test_same_location_as_python(self):
        server = self.start_uncompressed_server()
        cache = self.new_cache_dir("location-cache")
        for path in ("/google/spice/2", "/google/spice/2?lang=en", "/old/spice/2"):
            with self.subTest(path=path):
                handle = server.url(path)
                python = self.python_uncompressed(cache, handle)
                self.assertEqual(python.get("path"), self.LOCATION, python)
                self.assertEqual(python["checked"], [self.LOCATION])
                by_flag, _ = self.hubcache("--tfhub_cache_dir", cache, "--tfhub_model_load_format",
                                           "UNCOMPRESSED", "resolve", handle)
                self.assertEqual(by_flag.stdout, python["path"] + "\n")
                env = child_env(TFHUB_CACHE_DIR=cache, TFHUB_MODEL_LOAD_FORMAT="UNCOMPRESSED")
                by_env, _ = self.hubcache("resolve", "--json", handle, env=env)
                result = json.loads(by_env.stdout)
                self.assertEqual((result["path"], result["remote"]), (python["path"], True))
        # Both ask the same question: the format pair appended to the handle's own query.
        requests = server.requests()
        for target in ("GET /google/spice/2?tf-hub-format=uncompressed",
                       "GET /google/spice/2?lang=en&tf-hub-format=uncompressed",
                       "GET /old/spice/2?tf-hub-format=uncompressed"):
            self.assertEqual(requests.count(target), 3, requests)
        self.assertEqual(os.listdir(cache), [], "nothing is cached in UNCOMPRESSED mode")

    def test_same_errors_as_python(self):
        server = self.start_uncompressed_server()
        cache = self.new_cache_dir("errors-cache")
        cases = {
            # A compressed archive where a 303 was expected.
            "/half_plus_two.tar.gz": "Expected 303 See other HTTP response but received code 200",
            "/google/missing/1": "Expected 303 See other HTTP response but received code 404",
            "/google/sign_in/1": "Expected server to return a GCS location but received " + self.HTML,
        }
        for path, sentence in cases.items():
            with self.subTest(path=path):
                handle = server.url(path)
                python = self.python_uncompressed(cache, handle)
                self.assertEqual((python.get("error"), python.get("message")), ("ValueError", sentence),
                                 python)
                result, _ = self.hubcache("--tfhub_cache_dir", cache, "--tfhub_model_load_format",
                                          "UNCOMPRESSED", "resolve", handle, check=False)
                self.assertEqual(result.returncode, 1, result.stderr)
                self.assertEqual(result.stdout, "")
                # hubcache quotes the body it shows; the Python sentence is otherwise the same.
                expected = sentence.replace(self.HTML, "'%s'" % self.HTML)
                self.assertIn("hubcache: error: Cannot resolve %s: %s" % (handle, expected), result.stderr)
        self.assertEqual(os.listdir(cache), [], "nothing is cached in UNCOMPRESSED mode")


def main():
    global OPTIONS, WORK_DIR
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hubcache", required=True, help="the hubcache executable")
    parser.add_argument("--testserver", required=True, help="the hubcache-testserver executable")
    parser.add_argument("--models", required=True, help="folder of the demo SavedModels")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder for debugging")
    OPTIONS, rest = parser.parse_known_args()
    for name in ("hubcache", "testserver"):
        path = getattr(OPTIONS, name)
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            print("error: --%s %s is not an executable file" % (name, path), file=sys.stderr)
            return 2
        setattr(OPTIONS, name, os.path.abspath(path))
    OPTIONS.models = os.path.abspath(OPTIONS.models)
    missing = [m for m in ("tensorflow", "tensorflow_hub") if importlib.util.find_spec(m) is None]
    if missing:
        print("error: %s lacks %s; run scripts/setup-debian.sh --python"
              % (sys.executable, ", ".join(missing)), file=sys.stderr)
        return 2

    WORK_DIR = tempfile.mkdtemp(prefix="hubcache-interop.")
    print("work folder: %s" % WORK_DIR, flush=True)
    try:
        program = unittest.main(argv=[sys.argv[0]] + rest, exit=False, verbosity=2)
    finally:
        if OPTIONS.keep:
            print("kept %s" % WORK_DIR)
        else:
            shutil.rmtree(WORK_DIR, ignore_errors=True)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
