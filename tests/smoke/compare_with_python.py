#!/usr/bin/env python3
"""`hubcache smoke --json` must agree with Python TensorFlow loading the same SavedModel.

For every model folder under --models and every signature Python TensorFlow sees in it, runs
`hubcache smoke --json --signature S --fill F <folder>` (TensorFlow's C API in hubcache's helper
process, reads through the hubcache:// plugin) and calls the same signature in Python with the same
made-up inputs (unknown dimensions as 1, numbers as F, strings empty). Compares: the signature names,
each input's dtype and shape, each output's dtype, shape and first values.

Then saves, with the same TensorFlow, a model whose input has no known rank (Python can call it; no
shape can be made up for it) and checks that `hubcache smoke` refuses it with the error
"unsupported-input", naming the input and the signature, and without crashing.

Usage: compare_with_python.py --hubcache build/bin/hubcache --models resources/demo/models
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

FILL = 1.5
MAX_VALUES = 10  # hubcache reports the first ten values of numeric outputs


def fail(problems, message):
    problems.append(message)
    print("  MISMATCH: " + message)


def smoke(hubcache, folder, signature):
    proc = subprocess.run([hubcache, "smoke", "--json", "--fill", str(FILL), "--signature", signature, folder],
                          capture_output=True, text=True, timeout=300)
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        report = None
    if proc.returncode == 3:
        message = report["error"]["message"] if report else proc.stderr.strip()
        sys.exit(f"compare_with_python: hubcache cannot load TensorFlow (exit 3): {message}")
    if proc.returncode != 0 or report is None:
        raise RuntimeError(f"hubcache smoke {folder} --signature {signature} failed ({proc.returncode}): "
                           f"{proc.stderr.strip()}")
    return report


def python_inputs(tf, function):
    inputs = {}
    for key, spec in sorted(function.structured_input_signature[1].items()):
        shape = [1 if d is None else d for d in spec.shape.as_list()]
        if spec.dtype == tf.string:
            value = tf.fill(shape, "")
        elif spec.dtype == tf.bool:
            value = tf.fill(shape, FILL != 0)
        else:
            value = tf.cast(tf.fill(shape, FILL), spec.dtype)
        inputs[key] = value
    return inputs


def compare_model(tf, hubcache, folder, problems):
    loaded = tf.saved_model.load(folder, tags=["serve"])
    python_signatures = sorted(loaded.signatures.keys())
    print(f"{os.path.basename(folder)}: Python signatures {python_signatures}")
    for name in python_signatures:
        report = smoke(hubcache, folder, name)
        where = f"{os.path.basename(folder)}/{name}"
        if not report.get("ok"):
            fail(problems, f"{where}: hubcache smoke failed: {report.get('error')}")
            continue
        if report["signatures"] != python_signatures:
            fail(problems, f"{where}: signatures {report['signatures']} != Python's {python_signatures}")
        if report["ioPath"] != "plugin":
            fail(problems, f"{where}: read without the hubcache:// plugin ({report.get('pluginError')})")

        function = loaded.signatures[name]
        inputs = python_inputs(tf, function)
        reported_inputs = {i["key"]: i for i in report["inputs"]}
        if sorted(reported_inputs) != sorted(inputs):
            fail(problems, f"{where}: inputs {sorted(reported_inputs)} != Python's {sorted(inputs)}")
        for key, value in inputs.items():
            mine = reported_inputs.get(key)
            if mine and (mine["dtype"] != value.dtype.name or mine["shape"] != value.shape.as_list()):
                fail(problems, f"{where}: input {key} {mine['dtype']} {mine['shape']} != Python's "
                               f"{value.dtype.name} {value.shape.as_list()}")

        outputs = function(**inputs)
        reported_outputs = {o["key"]: o for o in report["outputs"]}
        if sorted(reported_outputs) != sorted(outputs):
            fail(problems, f"{where}: outputs {sorted(reported_outputs)} != Python's {sorted(outputs)}")
        for key, tensor in sorted(outputs.items()):
            mine = reported_outputs.get(key)
            if not mine:
                continue
            print(f"  {name}.{key}: hubcache {mine['dtype']} {mine['shape']}, "
                  f"Python {tensor.dtype.name} {tensor.shape.as_list()}")
            if mine["dtype"] != tensor.dtype.name:
                fail(problems, f"{where}: output {key} dtype {mine['dtype']} != Python's {tensor.dtype.name}")
            if mine["shape"] != tensor.shape.as_list():
                fail(problems, f"{where}: output {key} shape {mine['shape']} != Python's {tensor.shape.as_list()}")
            if tensor.dtype.is_floating or tensor.dtype.is_integer or tensor.dtype == tf.bool:
                expected = [float(v) for v in tensor.numpy().reshape(-1)[:MAX_VALUES]]
                got = [float(v) for v in mine.get("values", [])]
                if len(got) != len(expected) or any(not math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-6)
                                                    for a, b in zip(got, expected)):
                    fail(problems, f"{where}: output {key} values {got} != Python's {expected}")


def check_input_it_cannot_make(tf, hubcache, problems):
    class AnyRank(tf.Module):
        @tf.function(input_signature=[tf.TensorSpec(shape=None, dtype=tf.float32, name="anything")])
        def __call__(self, anything):
            return {"total": tf.reduce_sum(anything)}

    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "any_rank")
        module = AnyRank()
        tf.saved_model.save(module, folder, signatures={"serving_default": module.__call__})
        python_total = float(tf.saved_model.load(folder).signatures["serving_default"](
            anything=tf.ones([2, 3]))["total"])
        proc = subprocess.run([hubcache, "smoke", "--json", folder], capture_output=True, text=True, timeout=300)
    print(f"any_rank: Python sums ones([2, 3]) to {python_total}; hubcache smoke exit {proc.returncode}")
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        fail(problems, f"any_rank: no JSON report (exit {proc.returncode}): {proc.stderr.strip()}")
        return
    error = report.get("error") or {}
    print(f"  error {error.get('code')}: {error.get('message')}")
    if proc.returncode in (0, 3) or report.get("ok"):
        fail(problems, f"any_rank: hubcache smoke should fail with a clear error, got exit {proc.returncode}")
    if error.get("code") != "unsupported-input":
        fail(problems, f"any_rank: error code {error.get('code')!r} != 'unsupported-input'")
    message = error.get("message", "")
    if "'anything'" not in message or "'serving_default'" not in message or "rank" not in message:
        fail(problems, f"any_rank: the message does not name the input, the signature and why: {message!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hubcache", required=True)
    parser.add_argument("--models", required=True)
    args = parser.parse_args()

    try:
        import tensorflow as tf
    except ImportError as e:
        sys.exit(f"compare_with_python: this Python has no tensorflow ({e}); run scripts/setup-debian.sh --python")
    print(f"Python TensorFlow {tf.__version__}")

    folders = sorted(os.path.join(args.models, d) for d in os.listdir(args.models)
                     if os.path.isfile(os.path.join(args.models, d, "saved_model.pb")))
    if not folders:
        sys.exit(f"compare_with_python: no SavedModel under {args.models}")
    problems = []
    for folder in folders:
        compare_model(tf, args.hubcache, folder, problems)
    check_input_it_cannot_make(tf, args.hubcache, problems)
    if problems:
        print(f"{len(problems)} mismatches between hubcache smoke and Python TensorFlow")
        return 1
    print(f"hubcache smoke agrees with Python TensorFlow on {len(folders)} models")
    return 0


if __name__ == "__main__":
    sys.exit(main())
