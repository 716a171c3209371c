#!/usr/bin/env python3
"""One cache on a GCS bucket, shared by hubcache and the real tensorflow_hub library, both ways.

Same emulator, proxy and hub server as test_gcs_interop.py (gcs_harness.py). The tests show:

  * an entry `hubcache resolve` put in TFHUB_CACHE_DIR=gs://bucket/cache is a hit for
    hub.resolve() (the hub server sees no second download) and loads with hub.load();
  * an entry tensorflow_hub put there is listed by `hubcache ls`, shown by `hubcache info`, and
    is a hit for `hubcache resolve` (also with --offline);
  * `hubcache smoke` on an UNCOMPRESSED handle (the model read from the bucket by hubcache's
    storage reader) and hub.load() in UNCOMPRESSED mode agree on the model's outputs, compared as
    tests/smoke/compare_with_python.py compares them.

CTest runs it as python_gcs_cache_interop (labels interop, python, gcs). By hand, like
test_gcs_interop.py:

    python test_gcs_cache_interop.py --hubcache build/bin/hubcache \
        --testserver build/bin/hubcache-testserver --models resources/demo/models [-v] [--keep]
"""

import json
import math
import os
import socket
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_gcs_interop as base  # noqa: E402
from test_gcs_interop import BUCKET, GcsTestCase, cache_key, model_files  # noqa: E402

COMPARE_SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "smoke",
                              "compare_with_python.py")

# hub.load() in UNCOMPRESSED mode, every signature called with compare_with_python's made-up inputs.
PY_OUTPUTS = r"""
import importlib.util, json, sys
import tensorflow as tf
import tensorflow_hub as hub
spec = importlib.util.spec_from_file_location("compare_with_python", sys.argv[2])
compare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compare)
model = hub.load(sys.argv[1])
result = {"fill": compare.FILL, "signatures": {}}
for name in sorted(model.signatures.keys()):
    function = model.signatures[name]
    outputs = function(**compare.python_inputs(tf, function))
    result["signatures"][name] = {
        key: {"dtype": t.dtype.name, "shape": t.shape.as_list(),
              "values": [float(v) for v in t.numpy().reshape(-1)[:compare.MAX_VALUES]]}
        for key, t in outputs.items()}
print("RESULT " + json.dumps(result), flush=True)
"""


class SharedGcsCacheTest(GcsTestCase):
    MODELS = ("half_plus_two", "two_signatures")

    def hubcache_json(self, *args, env):
        result = self.hubcache(*args, env=env)
        try:
            return json.loads(result.stdout)
        except ValueError as e:
            self.fail("hubcache %s printed no valid JSON (%s):\n%s" % (" ".join(args), e, result.stdout))

    def test_hubcache_entry_is_a_python_hit(self):
        handle = self.handle("half_plus_two")
        cache = "gs://%s/shared-from-hubcache" % BUCKET
        key = cache_key(handle)
        mine = self.hubcache("resolve", handle, env=self.gcs.hubcache_env(cache_dir=cache))
        self.assertEqual(mine.stdout, "%s/%s\n" % (cache, key))
        self.assert_cache_entry("shared-from-hubcache", handle, "half_plus_two")
        downloads = self.hub_requests("/models/half_plus_two/1")
        self.assertEqual(downloads, ["GET /models/half_plus_two/1?tf-hub-format=compressed"])

        python = self.python(handle, "load", TFHUB_CACHE_DIR=cache)
        self.assertEqual(python["path"], "%s/%s" % (cache, key))
        self.assertEqual(python["y"], [2.5, 3.0, 3.5])
        self.assertEqual(self.hub_requests("/models/half_plus_two/1"), downloads,
                         "tensorflow_hub downloaded a model hubcache had cached")

    def test_python_entry_is_listed_and_hit_by_hubcache(self):
        handle = self.handle("two_signatures")
        cache = "gs://%s/shared-from-python" % BUCKET
        key = cache_key(handle)
        python = self.python(handle, "resolve", TFHUB_CACHE_DIR=cache)
        self.assertEqual(python["path"], "%s/%s" % (cache, key))
        seen = self.hub_requests("/models/two_signatures/1")
        self.assertEqual(len(seen), 1)
        env = self.gcs.hubcache_env(cache_dir=cache)

        listing = self.hubcache_json("ls", "--json", env=env)
        self.assertEqual(listing.get("count"), 1, listing)
        entry = listing["entries"][0]
        self.assertEqual(entry["key"], key)
        self.assertEqual(entry["state"], "complete", entry)
        self.assertEqual(entry["handle"], handle, "the handle comes from Python's descriptor")
        self.assertEqual(entry["path"], python["path"])
        self.assertEqual(entry.get("downloaderHost"), socket.gethostname())
        self.assertEqual(entry.get("downloaderPid"), python["pid"])

        info = self.hubcache_json("info", "--json", handle, env=env)
        self.assertEqual(info["state"], "complete")
        self.assertEqual(info["handle"], handle)
        signatures = {s["key"] for s in info["savedModel"]["metaGraphs"][0]["signatures"]}
        self.assertEqual(signatures, {"serving_default", "embed"})

        for extra in ([], ["--offline"]):
            result = self.hubcache(*extra, "resolve", handle, env=env)
            self.assertEqual(result.stdout, python["path"] + "\n")
        self.assertEqual(self.hub_requests("/models/two_signatures/1"), seen,
                         "hubcache downloaded a model tensorflow_hub had cached")
        objects = self.gcs.objects(BUCKET, "shared-from-python/")
        self.assertEqual([n for n in objects if ".lock" in n or ".tmp" in n], [])


class SmokeAgreesWithPythonTest(GcsTestCase):
    MODELS = ()
    LOCATION = "gs://%s/models/two_signatures" % BUCKET
    UNCOMPRESSED = (("/uncompressed/two_signatures/1", LOCATION),)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.gcs.upload_folder(BUCKET, "models/two_signatures", os.path.join(base.OPTIONS.models, "two_signatures"))

    def test_smoke_on_uncompressed_handle_agrees_with_hub_load(self):
        handle = self.hub.url("/uncompressed/two_signatures/1")
        process = subprocess.run([sys.executable, "-c", PY_OUTPUTS, handle, COMPARE_SCRIPT], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=self.gcs.python_env(load_format="UNCOMPRESSED"),
                                 timeout=300)
        out = process.stdout.decode("utf-8", errors="replace")
        lines = [line for line in out.splitlines() if line.startswith("RESULT ")]
        self.assertEqual((process.returncode, len(lines)), (0, 1), process.stderr.decode(errors="replace")[-6000:])
        python = json.loads(lines[0][len("RESULT "):])
        files = model_files(os.path.join(base.OPTIONS.models, "two_signatures"))

        for name, outputs in sorted(python["signatures"].items()):
            with self.subTest(signature=name):
                before = len(self.gcs.proxy.requests)
                # With the proxy's environment too: a gs:// read by TensorFlow itself would show there.
                env = self.gcs.python_env(load_format="UNCOMPRESSED", STORAGE_EMULATOR_HOST=self.gcs.endpoint)
                result = self.hubcache("smoke", "--json", "--fill", str(python["fill"]), "--signature", name, handle,
                                       env=env)
                report = json.loads(result.stdout)
                self.assertTrue(report["ok"], report)
                self.assertEqual(report["resolvedPath"], self.LOCATION)
                self.assertEqual(report["source"], self.LOCATION)
                self.assertEqual(report["ioPath"], "plugin")
                # Every byte TensorFlow read came from the bucket through hubcache's reader, and
                # TensorFlow's own gs:// file system (the proxy's only client) was not used.
                self.assertEqual(report["sourceBytes"], report["bytesRead"])
                self.assertGreaterEqual(report["sourceBytes"], len(files["variables/variables.data-00000-of-00001"]))
                self.assertEqual(self.gcs.proxy.requests[before:], [])
                self.assertEqual(sorted(report["signatures"]), sorted(python["signatures"]))
                mine = {o["key"]: o for o in report["outputs"]}
                self.assertEqual(sorted(mine), sorted(outputs))
                for key, theirs in outputs.items():
                    self.assertEqual(mine[key]["dtype"], theirs["dtype"], key)
                    self.assertEqual(mine[key]["shape"], theirs["shape"], key)
                    got = [float(v) for v in mine[key].get("values", [])]
                    self.assertEqual(len(got), len(theirs["values"]), key)
                    for a, b in zip(got, theirs["values"]):
                        self.assertTrue(math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-6), (key, got, theirs["values"]))
        self.assertEqual(sorted(self.gcs.objects(BUCKET)), sorted("models/two_signatures/" + n for n in files),
                         "nothing may be written in UNCOMPRESSED mode")


if __name__ == "__main__":
    sys.exit(base.run(globals(), __doc__))
