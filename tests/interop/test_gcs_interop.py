#!/usr/bin/env python3
"""The real tensorflow_hub Python library on a GCS bucket, and hubcache next to it.

A GCS emulator (fake-gcs-server) runs on 127.0.0.1; TensorFlow's own gs:// file system reaches it
through a test-only TLS proxy (gcs_tls_proxy.py, gcs_harness.py), hubcache's GCS client directly
(STORAGE_EMULATOR_HOST). The tests show:

  (a) hub.resolve() with TFHUB_CACHE_DIR=gs://bucket/cache writes exactly <key>/... and
      <key>.descriptor.txt there, and leaves no lock or temp objects;
  (b) hub.load() in UNCOMPRESSED mode loads a SavedModel kept in the bucket and gives its outputs;
  (c) `hubcache resolve` and hub.resolve() name the same gs:// location in UNCOMPRESSED mode;
  and that the proxy refuses anything but the Google hosts.

Run by CTest (tests/interop/CMakeLists.txt, python_gcs_interop) with the venv's python:

    python test_gcs_interop.py --hubcache build/bin/hubcache \
        --testserver build/bin/hubcache-testserver --models resources/demo/models [-v] [--keep]

Everything lives in one fresh temp folder; only 127.0.0.1 is contacted. Exits non-zero if any
test fails; a missing emulator or library fails with what to install.
"""

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gcs_harness import GcsHarness  # noqa: E402

OPTIONS = None   # argparse.Namespace, set by main()
WORK_DIR = None  # the temp folder holding everything the tests create

BUCKET = "hub-bucket"

# Runs in a child venv python: resolves (and loads) a handle, prints one "RESULT {json}" line.
PY_HUB = r"""
import json, os, sys
import tensorflow as tf
import tensorflow_hub as hub
handle, action = sys.argv[1], sys.argv[2]
result = {"pid": os.getpid()}
try:
    result["path"] = hub.resolve(handle)
    if action == "load":
        model = hub.load(handle)
        out = model.signatures["serving_default"](x=tf.constant([1.0, 2.0, 3.0], dtype=tf.float32))
        result["y"] = [float(v) for v in out["y"].numpy()]
except Exception as e:
    result["error"] = "%s: %s" % (type(e).__name__, e)
print("RESULT " + json.dumps(result), flush=True)
"""


def cache_key(handle):
    return hashlib.sha1(handle.encode("utf-8")).hexdigest()


def build_archive(model_dir, archive_path):
    """A gzip tarball laid out like the ones TF Hub serves: './', './saved_model.pb', ..."""
    def clean(info):
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info
    with tarfile.open(archive_path, "w:gz") as tar:
        tar.add(model_dir, arcname=".", recursive=True, filter=clean)


def model_files(folder):
    """{relative path: bytes} of every regular file below folder."""
    found = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                found[os.path.relpath(path, folder).replace(os.sep, "/")] = f.read()
    return found


class GcsTestCase(unittest.TestCase):
    """One emulator, proxy and hub server per class; each test uses its own object prefixes."""

    MODELS = ("half_plus_two",)
    UNCOMPRESSED = ()  # (hub path, gs:// location) pairs the hub server answers with 303

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix=cls.__name__ + ".", dir=WORK_DIR)
        cls.served = os.path.join(cls.dir, "served")
        os.makedirs(cls.served)
        redirects = []
        for name in cls.MODELS:
            source = os.path.join(OPTIONS.models, name)
            if not os.path.isfile(os.path.join(source, "saved_model.pb")):
                raise RuntimeError("demo model %s is missing (expected %s/saved_model.pb)" % (name, source))
            build_archive(source, os.path.join(cls.served, name + ".tar.gz"))
            redirects.append(("/models/%s/1" % name, "/%s.tar.gz" % name))
        cls.gcs = GcsHarness(os.path.join(cls.dir, "gcs"))
        try:
            cls.gcs.start(buckets=[BUCKET])
            cls.hub = cls.gcs.start_hub(OPTIONS.testserver, cls.served, "hub", redirects, cls.UNCOMPRESSED)
        except Exception:
            cls.gcs.stop()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.gcs.stop()

    def handle(self, model):
        return self.hub.url("/models/%s/1" % model)

    def python(self, handle, action="resolve", timeout=300, **env):
        """tensorflow_hub in a child python with the proxy's environment; returns its RESULT."""
        process = subprocess.run([sys.executable, "-c", PY_HUB, handle, action], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=self.gcs.python_env(**env), timeout=timeout)
        out = process.stdout.decode("utf-8", errors="replace")
        err = process.stderr.decode("utf-8", errors="replace")
        lines = [line for line in out.splitlines() if line.startswith("RESULT ")]
        self.assertEqual((process.returncode, len(lines)), (0, 1),
                         "tensorflow_hub failed for %s\nstdout:\n%s\nstderr:\n%s" % (handle, out, err[-6000:]))
        result = json.loads(lines[0][len("RESULT "):])
        self.assertNotIn("error", result, "tensorflow_hub raised for %s:\n%s" % (handle, err[-6000:]))
        return result

    def hubcache(self, *args, env=None, check=True, timeout=300):
        process = subprocess.run([OPTIONS.hubcache] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env=env or self.gcs.hubcache_env(), timeout=timeout)
        result = subprocess.CompletedProcess(process.args, process.returncode,
                                             process.stdout.decode("utf-8", errors="replace"),
                                             process.stderr.decode("utf-8", errors="replace"))
        if check:
            self.assertEqual(result.returncode, 0, "hubcache %s failed (%d)\nstdout:\n%s\nstderr:\n%s"
                             % (" ".join(args), result.returncode, result.stdout, result.stderr))
        return result

    def hub_requests(self, path):
        return [r for r in self.hub.requests() if r.split(" ", 1)[-1].split("?")[0] == path]

    def assert_cache_entry(self, prefix, handle, model):
        """The objects under gs://BUCKET/<prefix>/ are exactly one complete entry for handle."""
        key = cache_key(handle)
        objects = self.gcs.objects(BUCKET, prefix + "/")
        expected = model_files(os.path.join(OPTIONS.models, model))
        entry = {name[len("%s/%s/" % (prefix, key)):]: size for name, size in objects.items()
                 if name.startswith("%s/%s/" % (prefix, key)) and not name.endswith("/")}
        self.assertEqual(sorted(entry), sorted(expected), "the entry's files in gs://%s/%s/%s/" % (BUCKET, prefix, key))
        for name, data in expected.items():
            self.assertEqual(self.gcs.read(BUCKET, "%s/%s/%s" % (prefix, key, name)), data, name)
        descriptor_name = "%s/%s.descriptor.txt" % (prefix, key)
        self.assertIn(descriptor_name, objects)
        descriptor = self.gcs.read(BUCKET, descriptor_name).decode("utf-8")
        self.assertRegex(descriptor, r"\AModule: %s\nDownload Time: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\n"
                                     r"Downloader Hostname: .+ \(PID:\d+\)\Z" % re.escape(handle))
        # Anything else may only be a folder placeholder ("name/", what gfile.makedirs writes).
        others = sorted(name for name in objects
                        if name != descriptor_name and not (name.startswith("%s/%s/" % (prefix, key))
                                                            and not name.endswith("/")))
        for name in others:
            self.assertTrue(name.endswith("/") and (name == prefix + "/" or name.startswith("%s/%s/" % (prefix, key))),
                            "unexpected object gs://%s/%s (all: %s)" % (BUCKET, name, sorted(objects)))
        leftovers = [n for n in objects if ".lock" in n or n.endswith(".tmp") or ".tmp/" in n]
        self.assertEqual(leftovers, [], "lock or temp objects left behind")
        return descriptor


class PythonGcsCacheTest(GcsTestCase):
    def test_a_python_resolve_fills_a_gs_cache(self):
        """(a) hub.resolve() with TFHUB_CACHE_DIR=gs://bucket/cache."""
        handle = self.handle("half_plus_two")
        cache = "gs://%s/cache-a" % BUCKET
        result = self.python(handle, "load", TFHUB_CACHE_DIR=cache)
        key = cache_key(handle)
        self.assertEqual(result["path"], "%s/%s" % (cache, key))
        self.assertEqual(result["y"], [2.5, 3.0, 3.5])
        descriptor = self.assert_cache_entry("cache-a", handle, "half_plus_two")
        self.assertIn("(PID:%d)" % result["pid"], descriptor)
        self.assertEqual(self.hub_requests("/models/half_plus_two/1"),
                         ["GET /models/half_plus_two/1?tf-hub-format=compressed"])
        # TensorFlow really wrote through the emulator's API (not some local fallback).
        uploads = [r for r in self.gcs.proxy.requests if "/upload/storage/v1/b/%s/" % BUCKET in r]
        self.assertTrue(any("cache-a%2F" + key in r for r in uploads), uploads)

        # A second resolve is a hit: no download.
        again = self.python(handle, "resolve", TFHUB_CACHE_DIR=cache)
        self.assertEqual(again["path"], result["path"])
        self.assertEqual(len(self.hub_requests("/models/half_plus_two/1")), 1)


class PythonGcsUncompressedTest(GcsTestCase):
    LOCATION = "gs://%s/models/half_plus_two" % BUCKET
    UNCOMPRESSED = (("/uncompressed/half_plus_two/1", LOCATION),)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.gcs.upload_folder(BUCKET, "models/half_plus_two", os.path.join(OPTIONS.models, "half_plus_two"))

    def test_b_python_load_uncompressed_reads_the_bucket(self):
        """(b) hub.load() in UNCOMPRESSED mode loads the SavedModel kept in the emulator."""
        handle = self.hub.url("/uncompressed/half_plus_two/1")
        before = len(self.gcs.proxy.requests)
        result = self.python(handle, "load", TFHUB_MODEL_LOAD_FORMAT="UNCOMPRESSED")
        self.assertEqual(result["path"], self.LOCATION)
        self.assertEqual(result["y"], [2.5, 3.0, 3.5])
        reads = [r for r in self.gcs.proxy.requests[before:]
                 if r.startswith("GET storage.googleapis.com /%s/models%%2Fhalf_plus_two%%2F" % BUCKET)]
        self.assertTrue(any("variables.data" in r for r in reads),
                        "the variables were not read from the emulator: %s" % self.gcs.proxy.requests[before:])
        # hub.resolve() and hub.load() each ask once.
        self.assertEqual(self.hub_requests("/uncompressed/half_plus_two/1"),
                         ["GET /uncompressed/half_plus_two/1?tf-hub-format=uncompressed"] * 2)
        # Nothing was cached anywhere: no object outside the model.
        self.assertEqual(sorted(self.gcs.objects(BUCKET)),
                         sorted("models/half_plus_two/" + n for n in model_files(
                             os.path.join(OPTIONS.models, "half_plus_two"))))

    def test_c_hubcache_and_python_name_the_same_location(self):
        """(c) `hubcache resolve` and hub.resolve() agree on the gs:// location (UNCOMPRESSED)."""
        handle = self.hub.url("/uncompressed/half_plus_two/1")
        python = self.python(handle, "resolve", TFHUB_MODEL_LOAD_FORMAT="UNCOMPRESSED")
        cache = os.path.join(self.dir, "local-cache-c")
        os.makedirs(cache)
        mine = self.hubcache("--tfhub_cache_dir", cache, "--tfhub_model_load_format", "UNCOMPRESSED",
                             "resolve", handle)
        self.assertEqual(mine.stdout, python["path"] + "\n")
        self.assertEqual(python["path"], self.LOCATION)
        self.assertEqual(os.listdir(cache), [], "nothing is cached in UNCOMPRESSED mode")


class ProxyTest(unittest.TestCase):
    """The proxy is loopback-only and forwards nowhere but the emulator."""

    def test_refuses_other_hosts(self):
        gcs = GcsHarness(tempfile.mkdtemp(prefix="proxy.", dir=WORK_DIR)).start()
        self.addCleanup(gcs.stop)
        for target in ("example.com:443", "www.googleapis.com:80", "127.0.0.1:%d" % gcs.port,
                       "oauth2.googleapis.com:443"):
            with socket.create_connection(("127.0.0.1", gcs.proxy.port), timeout=10) as s:
                s.sendall(b"CONNECT %s HTTP/1.1\r\nHost: %s\r\n\r\n" % (target.encode(), target.encode()))
                answer = s.recv(4096)
            self.assertTrue(answer.startswith(b"HTTP/1.1 403"), (target, answer))
        with socket.create_connection(("127.0.0.1", gcs.proxy.port), timeout=10) as s:
            s.sendall(b"GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\n\r\n")
            self.assertTrue(s.recv(4096).startswith(b"HTTP/1.1 403"))
        self.assertEqual(len(gcs.proxy.refused), 5)
        self.assertEqual(gcs.proxy.requests, [])


def parse_options(doc, argv=None):
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--hubcache", required=True, help="the hubcache executable")
    parser.add_argument("--testserver", required=True, help="the hubcache-testserver executable")
    parser.add_argument("--models", required=True, help="folder of the demo SavedModels")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder for debugging")
    options, rest = parser.parse_known_args(argv)
    for name in ("hubcache", "testserver"):
        path = getattr(options, name)
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            raise SystemExit("error: --%s %s is not an executable file" % (name, path))
        setattr(options, name, os.path.abspath(path))
    options.models = os.path.abspath(options.models)
    missing = [m for m in ("tensorflow", "tensorflow_hub") if importlib.util.find_spec(m) is None]
    if missing:
        raise SystemExit("error: %s lacks %s; run scripts/setup-debian.sh --python"
                         % (sys.executable, ", ".join(missing)))
    if shutil.which("openssl") is None:
        raise SystemExit("error: the openssl command is missing (the TLS proxy makes its test CA with it); "
                         "run: apt-get install openssl")
    return options, rest


def run(module_globals, doc):
    """Sets OPTIONS and WORK_DIR in module_globals, runs its tests, returns the exit code."""
    options, rest = parse_options(doc)
    work_dir = tempfile.mkdtemp(prefix="hubcache-gcs-interop.")
    module_globals["OPTIONS"] = options
    module_globals["WORK_DIR"] = work_dir
    global OPTIONS, WORK_DIR
    OPTIONS, WORK_DIR = options, work_dir
    print("work folder: %s" % work_dir, flush=True)
    try:
        program = unittest.main(module=module_globals["__name__"], argv=[sys.argv[0]] + rest, exit=False,
                                verbosity=2)
    finally:
        if options.keep:
            print("kept %s" % work_dir)
        else:
            shutil.rmtree(work_dir, ignore_errors=True)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(run(globals(), __doc__))
