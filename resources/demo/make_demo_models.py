#!/usr/bin/env python3
"""Writes the small TF2 SavedModels that hubcache's tests and demos inspect.

Usage: make_demo_models.py [OUTPUT_DIR]   (default: the models/ folder next to this script)

Every value is fixed (no randomness): with the same TensorFlow version a rerun writes byte-identical
saved_model.pb and variables/; only fingerprint.pb differs, because TensorFlow puts a fresh UUID in it.
Check a model with: saved_model_cli show --all --dir models/half_plus_two
"""

import os
import shutil
import sys

# TensorFlow's C++ start-up chatter hides the useful output; must be set before the import.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import tensorflow as tf  # noqa: E402


class HalfPlusTwo(tf.Module):
    """y = 0.5 * x + 2.0, the classic TF Serving example; tests can compute expected outputs."""

    def __init__(self):
        super().__init__()
        self.a = tf.Variable(0.5, dtype=tf.float32, name="a")
        self.b = tf.Variable(2.0, dtype=tf.float32, name="b")

    @tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.float32, name="x")])
    def serve(self, x):
        return {"y": self.a * x + self.b}


class TextLength(tf.Module):
    """String input, int64 output, no variables: exercises DT_STRING and DT_INT64."""

    @tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.string, name="text")])
    def serve(self, text):
        return {"length": tf.cast(tf.strings.length(text), tf.int64)}


class TwoSignatures(tf.Module):
    """Two signatures over fixed weight matrices: serving_default (3 -> 2) and embed (3 -> 4)."""

    def __init__(self):
        super().__init__()
        self.w_scores = tf.Variable(
            [[1.0, 0.0],
             [0.0, 1.0],
             [1.0, -1.0]], dtype=tf.float32, name="w_scores")
        self.w_embed = tf.Variable(
            [[1.0, 0.0, 0.0, 0.5],
             [0.0, 1.0, 0.0, 0.5],
             [0.0, 0.0, 1.0, 0.5]], dtype=tf.float32, name="w_embed")

    @tf.function(input_signature=[tf.TensorSpec(shape=[None, 3], dtype=tf.float32, name="features")])
    def scores(self, features):
        return {"scores": tf.matmul(features, self.w_scores)}

    @tf.function(input_signature=[tf.TensorSpec(shape=[None, 3], dtype=tf.float32, name="features")])
    def embed(self, features):
        return {"embedding": tf.matmul(features, self.w_embed)}


class NoVariables(tf.Module):
    """A fixed-shape [2, 2] signature and no tf.Variable at all."""

    @tf.function(input_signature=[tf.TensorSpec(shape=[2, 2], dtype=tf.float32, name="m")])
    def serve(self, m):
        return {"transposed": tf.transpose(m)}


def save(module, out_dir, name, signatures):
    path = os.path.join(out_dir, name)
    # tf.saved_model.save leaves stale files of an older run in place; start clean.
    shutil.rmtree(path, ignore_errors=True)
    tf.saved_model.save(module, path, signatures=signatures)
    print(f"wrote {path}")


def main(argv):
    out_dir = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "models")
    os.makedirs(out_dir, exist_ok=True)

    m = HalfPlusTwo()
    save(m, out_dir, "half_plus_two", {"serving_default": m.serve})

    m = TextLength()
    save(m, out_dir, "text_length", {"serving_default": m.serve})

    m = TwoSignatures()
    save(m, out_dir, "two_signatures", {"serving_default": m.scores, "embed": m.embed})

    m = NoVariables()
    save(m, out_dir, "no_variables", {"serving_default": m.serve})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
