#!/usr/bin/env python3
"""A test-only HTTPS proxy that lets TensorFlow's own gs:// file system talk to a GCS emulator.

TensorFlow's GCS file system (libtensorflow_framework.so.2, what tensorflow_hub uses for
TFHUB_CACHE_DIR=gs://... and for UNCOMPRESSED loads) has its endpoints built in:
https://www.googleapis.com/storage/v1/... for metadata, lists and uploads, and
https://storage.googleapis.com/<bucket>/<object> for reads. It honours HTTPS_PROXY and
CURL_CA_BUNDLE (libcurl). So a client with HTTPS_PROXY=http://127.0.0.1:<port> and
CURL_CA_BUNDLE=<ca.pem> reaches this proxy, which

  * accepts only "CONNECT www.googleapis.com:443" and "CONNECT storage.googleapis.com:443",
  * terminates TLS with a leaf certificate for that host, signed by a throw-away CA that is made
    with the openssl command line into a temp folder when the proxy starts (no key is ever kept),
  * forwards each plain HTTP request to the emulator (http://127.0.0.1:<emulator port>) only,
    fixing what the emulator (Go's net/http) and TensorFlow disagree on: "Transfer-Encoding:
    identity" is dropped (Go answers 501), a chunked body is forwarded with its length instead,
    and X-Forwarded-Proto: https is added;
  * maps reads of storage.googleapis.com/<bucket>/<object> (XML API paths) to the emulator's
    /download/storage/v1/b/<bucket>/o/<object>?alt=media, which honours Range;
  * answers GET /storage/v1/b/<bucket>/storageLayout itself (fake-gcs-server before 1.55 has none).

Loopback only: it listens on 127.0.0.1 and connects nowhere but the emulator.

Importable (GcsTlsProxy(emulator_port).start() / .stop()) and runnable:

    python gcs_tls_proxy.py --emulator-port 4443 [--port 0] [--dir DIR]

prints "PROXY http://127.0.0.1:<port> CA <ca.pem>" and serves until interrupted.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import urllib.parse

GOOGLE_HOSTS = ("www.googleapis.com", "storage.googleapis.com")
STORAGE_LAYOUT = re.compile(r"^/storage/v1/b/([^/?]+)/storageLayout(?:\?.*)?$")
MAX_HEADER_BYTES = 64 * 1024
CHUNK = 256 * 1024
# Hop-by-hop headers: never forwarded in either direction.
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "te", "trailer",
              "transfer-encoding", "upgrade"}


def _openssl(args, cwd):
    subprocess.run(["openssl"] + args, cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE, timeout=60)


def make_certificates(directory):
    """A CA and one leaf per Google host in directory; returns (ca.pem, {host: (cert, key)})."""
    if shutil.which("openssl") is None:
        raise RuntimeError("the openssl command is missing: apt-get install openssl")
    _openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
              "/CN=hubcache test CA", "-keyout", "ca.key", "-out", "ca.pem",
              "-addext", "basicConstraints=critical,CA:TRUE",
              "-addext", "keyUsage=critical,keyCertSign,cRLSign"], directory)
    leaves = {}
    for host in GOOGLE_HOSTS:
        with open(os.path.join(directory, host + ".ext"), "w") as f:
            f.write("subjectAltName=DNS:%s\nbasicConstraints=CA:FALSE\n"
                    "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n" % host)
        _openssl(["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + host,
                  "-keyout", host + ".key", "-out", host + ".csr"], directory)
        _openssl(["x509", "-req", "-in", host + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                  "-CAcreateserial", "-days", "2", "-extfile", host + ".ext", "-out", host + ".pem"],
                 directory)
        leaves[host] = (os.path.join(directory, host + ".pem"), os.path.join(directory, host + ".key"))
    os.remove(os.path.join(directory, "ca.key"))  # nothing can sign anything more
    return os.path.join(directory, "ca.pem"), leaves


class _BadRequest(Exception):
    pass


def _read_head(stream):
    """Request line and headers [(name, value)], or None at a clean end of the connection."""
    size = 0
    line = stream.readline(MAX_HEADER_BYTES)
    if not line:
        return None
    while line in (b"\r\n", b"\n"):  # tolerate empty lines between requests
        line = stream.readline(MAX_HEADER_BYTES)
        if not line:
            return None
    request_line = line.decode("latin-1").rstrip("\r\n")
    headers = []
    while True:
        line = stream.readline(MAX_HEADER_BYTES)
        size += len(line)
        if not line or size > MAX_HEADER_BYTES:
            raise _BadRequest("truncated or oversized header")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers.append((name.strip(), value.strip()))
    return request_line, headers


def _header(headers, name):
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def _read_body(stream, headers):
    encoding = (_header(headers, "transfer-encoding") or "").lower()
    if "chunked" in encoding:
        body = bytearray()
        while True:
            size_line = stream.readline(1024)
            if not size_line:
                raise _BadRequest("truncated chunked body")
            size = int(size_line.split(b";")[0].strip(), 16)
            if size == 0:
                while stream.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return bytes(body)
            body += stream.read(size)
            stream.readline(1024)
    length = _header(headers, "content-length")
    if length:
        data = stream.read(int(length))
        if len(data) != int(length):
            raise _BadRequest("truncated body")
        return data
    return b""


class GcsTlsProxy:
    """The proxy in threads of this process; start() returns self, stop() ends every connection."""

    def __init__(self, emulator_port, port=0, directory=None):
        self.emulator_port = int(emulator_port)
        self._own_dir = directory is None
        self.directory = directory or tempfile.mkdtemp(prefix="gcs-tls-proxy.")
        self.port = port
        self.ca_file = None
        self.requests = []  # "METHOD host path" of every forwarded or answered request
        self.refused = []   # CONNECT targets refused
        self.response_bytes = 0  # body bytes sent back to clients (what a benchmark calls "moved")
        self._lock = threading.Lock()
        self._listener = None
        self._threads = []
        self._connections = set()
        self._stopping = threading.Event()

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.port

    def start(self):
        self.ca_file, leaves = make_certificates(self.directory)
        self._contexts = {}
        for host, (cert, key) in leaves.items():
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            self._contexts[host] = context
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", self.port))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        thread = threading.Thread(target=self._accept, name="gcs-tls-proxy", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self):
        self._stopping.set()
        if self._listener:
            try:
                self._listener.close()
            except OSError:
                pass
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            connection.close()
        for thread in self._threads:
            thread.join(timeout=10)
        if self._own_dir:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def _accept(self):
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._connections.add(client)
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            thread.start()
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]

    def _record(self, text):
        with self._lock:
            self.requests.append(text)

    def _serve(self, client):
        try:
            client.settimeout(120)
            with client.makefile("rb") as stream:
                head = _read_head(stream)
            if head is None:
                return
            method, target, _ = (head[0].split(" ") + ["", ""])[:3]
            host, _, port = target.rpartition(":")
            if method != "CONNECT" or host not in GOOGLE_HOSTS or port != "443":
                with self._lock:
                    self.refused.append(head[0])
                client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            tls = self._contexts[host].wrap_socket(client, server_side=True)
            with self._lock:
                self._connections.add(tls)
            self._serve_tls(tls, host)
        except (OSError, ssl.SSLError, _BadRequest, ValueError):
            pass
        finally:
            with self._lock:
                self._connections.discard(client)
            try:
                client.close()
            except OSError:
                pass

    def _serve_tls(self, tls, host):
        stream = tls.makefile("rb")
        emulator = http.client.HTTPConnection("127.0.0.1", self.emulator_port, timeout=120)
        try:
            while not self._stopping.is_set():
                head = _read_head(stream)
                if head is None:
                    return
                request_line, headers = head
                method, path, _ = (request_line.split(" ") + ["", ""])[:3]
                body = _read_body(stream, headers)
                self._record("%s %s %s" % (method, host, path))
                close = (_header(headers, "connection") or "").lower() == "close"
                layout = STORAGE_LAYOUT.match(path)
                if host == "www.googleapis.com" and method == "GET" and layout:
                    self._answer_layout(tls, urllib.parse.unquote(layout.group(1)))
                else:
                    emulator = self._forward(tls, emulator, host, method, path, headers, body)
                if close:
                    return
        finally:
            emulator.close()
            stream.close()
            with self._lock:
                self._connections.discard(tls)
            try:
                tls.close()
            except OSError:
                pass

    def _answer_layout(self, tls, bucket):
        body = json.dumps({"kind": "storage#storageLayout", "bucket": bucket, "location": "US",
                           "locationType": "multi-region",
                           "hierarchicalNamespace": {"enabled": False}}).encode()
        tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                    % len(body) + body)

    @staticmethod
    def _emulator_path(host, path):
        if host != "storage.googleapis.com":
            return path
        # XML API: /<bucket>/<object>[?query] -> the JSON API's media download.
        parsed = urllib.parse.urlsplit(path)
        bucket, _, name = parsed.path.lstrip("/").partition("/")
        if not name:
            return path
        return "/download/storage/v1/b/%s/o/%s?alt=media" % (
            bucket, urllib.parse.quote(urllib.parse.unquote(name), safe=""))

    def _forward(self, tls, emulator, host, method, path, headers, body):
        forwarded = {}
        for name, value in headers:
            lower = name.lower()
            if lower in HOP_BY_HOP or lower in ("content-length", "host", "expect"):
                continue
            forwarded[name] = value
        forwarded["Host"] = host
        forwarded["X-Forwarded-Proto"] = "https"
        if method in ("POST", "PUT", "PATCH") or body:
            forwarded["Content-Length"] = str(len(body))
        target = self._emulator_path(host, path)
        for attempt in (0, 1):  # a kept-alive emulator connection may have been closed meanwhile
            try:
                emulator.request(method, target, body=body or None, headers=forwarded)
                response = emulator.getresponse()
                break
            except (http.client.HTTPException, ConnectionError, BrokenPipeError):
                emulator.close()
                emulator = http.client.HTTPConnection("127.0.0.1", self.emulator_port, timeout=120)
                if attempt:
                    raise
        length = response.getheader("Content-Length")
        head = ["HTTP/1.1 %d %s" % (response.status, response.reason)]
        emulator_base = "http://127.0.0.1:%d" % self.emulator_port
        for name, value in response.getheaders():
            if name.lower() in HOP_BY_HOP or name.lower() == "content-length":
                continue
            if name.lower() == "location" and value.startswith(emulator_base):
                # A resumable upload's session URL: the client keeps talking through the proxy.
                value = "https://www.googleapis.com" + value[len(emulator_base):]
            head.append("%s: %s" % (name, value))
        no_body = method == "HEAD" or response.status in (204, 304) or 100 <= response.status < 200
        if no_body:
            head.append("Content-Length: %s" % (length or "0"))
        elif length is not None:
            head.append("Content-Length: %s" % length)
        else:
            head.append("Transfer-Encoding: chunked")
        tls.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        if no_body:
            response.read()
            return emulator
        while True:
            chunk = response.read(CHUNK)
            if not chunk:
                break
            tls.sendall(chunk if length is not None else b"%x\r\n%s\r\n" % (len(chunk), chunk))
            with self._lock:
                self.response_bytes += len(chunk)
        if length is None:
            tls.sendall(b"0\r\n\r\n")
        if response.will_close:
            emulator.close()
            emulator = http.client.HTTPConnection("127.0.0.1", self.emulator_port, timeout=120)
        return emulator


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--emulator-port", type=int, required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", help="where the certificates go (default: a new temp folder)")
    options = parser.parse_args()
    proxy = GcsTlsProxy(options.emulator_port, options.port, options.dir).start()
    print("PROXY %s CA %s" % (proxy.url, proxy.ca_file), flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    done.wait()
    proxy.stop()


if __name__ == "__main__":
    sys.exit(main())
