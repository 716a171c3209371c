#!/usr/bin/env python3
"""Regenerates the fuzz targets' seed corpus in tests/fuzz/corpus/<target>/.

    python3 tests/fuzz/make_corpus.py

Deterministic (fixed mtimes, names and gzip headers), standard library only. Every input stays
small: the SavedModels lose their graph_def and object graph (the reader skips both anyway) so
the signatures, tags and versions the reader parses are most of the bytes.
"""
import bz2
import gzip
import io
import lzma
import pathlib
import shutil
import tarfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MODELS = ROOT / "resources" / "demo" / "models"
CORPUS = HERE / "corpus"
MTIME = 1700000000


# --- protobuf wire format, just enough to drop fields ------------------------------------------

def read_varint(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, at


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def fields(data):
    at = 0
    while at < len(data):
        start = at
        key, at = read_varint(data, at)
        number, wire = key >> 3, key & 7
        if wire == 0:
            _, at = read_varint(data, at)
            yield number, wire, None, data[start:at]
        elif wire == 2:
            length, at = read_varint(data, at)
            yield number, wire, data[at:at + length], data[start:at + length]
            at += length
        elif wire == 1:
            at += 8
            yield number, wire, None, data[start:at]
        elif wire == 5:
            at += 4
            yield number, wire, None, data[start:at]
        else:
            raise ValueError("unsupported wire type %d" % wire)


def strip_meta_graph(meta_graph):
    # MetaGraphDef: 2 = graph_def, 7 = object_graph_def; the reader skips both.
    return b"".join(raw for number, _, _, raw in fields(meta_graph) if number not in (2, 7))


def strip_saved_model(saved_model):
    out = bytearray()
    meta_graphs = []
    for number, wire, payload, raw in fields(saved_model):
        if number == 2 and wire == 2:
            stripped = strip_meta_graph(payload)
            meta_graphs.append(stripped)
            out += varint((2 << 3) | 2) + varint(len(stripped)) + stripped
        else:
            out += raw
    return bytes(out), meta_graphs


PBTXT = b"""saved_model_schema_version: 1
meta_graphs {
  meta_info_def {
    tags: "serve"
    tensorflow_version: "2.21.0"
    tensorflow_git_version: "v2.21.0-0-g0"
  }
  signature_def {
    key: "serving_default"
    value {
      inputs {
        key: "x"
        value {
          name: "serving_default_x:0"
          dtype: DT_FLOAT
          tensor_shape { dim { size: -1 } dim { size: 3 } }
        }
      }
      outputs {
        key: "y"
        value { name: "StatefulPartitionedCall:0" dtype: DT_STRING tensor_shape { unknown_rank: true } }
      }
      method_name: "tensorflow/serving/predict"
    }
  }
}
"""


def savedmodel_corpus(out):
    for model in sorted(MODELS.iterdir()):
        pb = model / "saved_model.pb"
        if not pb.is_file():
            continue
        stripped, meta_graphs = strip_saved_model(pb.read_bytes())
        (out / ("%s.pb" % model.name)).write_bytes(stripped)
        if meta_graphs:
            (out / ("%s.metagraph" % model.name)).write_bytes(meta_graphs[0])
    # One real file, graph and all, as TensorFlow wrote it.
    shutil.copyfile(MODELS / "no_variables" / "saved_model.pb", out / "no_variables-full.pb")
    (out / "serve.pbtxt").write_bytes(PBTXT)


# --- tar archives, hostile ones included ---------------------------------------------------------

def entry(name, kind=tarfile.REGTYPE, data=b"", link="", mode=None):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.mtime = MTIME
    info.uname = info.gname = "tfhub"
    info.mode = mode if mode is not None else (0o755 if kind == tarfile.DIRTYPE else 0o644)
    info.linkname = link
    if kind in (tarfile.CHRTYPE, tarfile.BLKTYPE):
        info.devmajor, info.devminor = 1, 3
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    return info, data


def tar_bytes(entries, fmt=tarfile.PAX_FORMAT):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt) as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data) if info.type == tarfile.REGTYPE else None)
    raw = buffer.getvalue().rstrip(b"\0")
    # Keep the end-of-archive marker (two zero blocks), drop tarfile's padding to 10 KB records.
    padded = len(raw) + (-len(raw)) % 512
    return raw.ljust(padded, b"\0") + b"\0" * 1024


def gz(data):
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as out:
        out.write(data)
    return buffer.getvalue()


def model_entries(prefix="./"):
    entries = []
    if prefix:
        entries.append(entry(prefix, tarfile.DIRTYPE))
    entries += [
        entry(prefix + "saved_model.pb", data=b"\x08\x01\x12\x0a\x0a\x08\x12\x05serve"),
        entry(prefix + "variables", tarfile.DIRTYPE),
        entry(prefix + "variables/variables.index", data=b"index"),
        entry(prefix + "variables/variables.data-00000-of-00001", data=b"\0" * 16),
        entry(prefix + "assets", tarfile.DIRTYPE),
        entry(prefix + "assets/vocab.txt", data=b"a\nb\nc\n"),
    ]
    return entries


def archive_corpus(out):
    model = tar_bytes(model_entries())
    files = {
        "model.tar": model,
        "model.tar.gz": gz(model),
        "model.tar.bz2": bz2.compress(model, 9),
        "model.tar.xz": lzma.compress(model),
        "model-noprefix.tar": tar_bytes(model_entries(prefix="")),
        "model-ustar.tar": tar_bytes(model_entries(), fmt=tarfile.USTAR_FORMAT),
        "model-gnu-longname.tar": tar_bytes(
            [entry("./" + "d" * 120, tarfile.DIRTYPE), entry("./" + "d" * 120 + "/" + "f" * 120, data=b"x")],
            fmt=tarfile.GNU_FORMAT),
        "model-pax-longname.tar": tar_bytes([entry("./" + "p" * 150 + "/saved_model.pb", data=b"x")]),
        "readonly-folder.tar": tar_bytes(
            [entry("ro", tarfile.DIRTYPE, mode=0o555), entry("ro/f", data=b"x", mode=0o400)]),
        "duplicate-names.tar": tar_bytes(
            [entry("a", data=b"1"), entry("a", data=b"22"), entry("a", tarfile.DIRTYPE), entry("a/b", data=b"3")]),
        "empty.tar": b"\0" * 1024,
        # Hostile: each must be refused without anything landing outside the destination.
        "dotdot.tar": tar_bytes([entry("./", tarfile.DIRTYPE), entry("../evil", data=b"evil")]),
        "dotdot-nested.tar": tar_bytes([entry("a", tarfile.DIRTYPE), entry("a/../../evil", data=b"evil")]),
        "dotdot.tar.gz": gz(tar_bytes([entry("../../evil", data=b"evil")])),
        "absolute.tar": tar_bytes([entry("/tmp/hubcache-fuzz-evil", data=b"evil")]),
        "symlink.tar": tar_bytes([entry("link", tarfile.SYMTYPE, link="/tmp"), entry("link/evil", data=b"evil")]),
        "symlink-dotdot.tar": tar_bytes([entry("up", tarfile.SYMTYPE, link=".."), entry("up/evil", data=b"evil")]),
        "hardlink.tar": tar_bytes([entry("f", data=b"x"), entry("hard", tarfile.LNKTYPE, link="/etc/passwd")]),
        "chardev.tar": tar_bytes([entry("null", tarfile.CHRTYPE)]),
        "blockdev.tar": tar_bytes([entry("disk", tarfile.BLKTYPE)]),
        "fifo.tar": tar_bytes([entry("pipe", tarfile.FIFOTYPE)]),
    }
    for name, data in files.items():
        (out / name).write_bytes(data)


# --- handles -------------------------------------------------------------------------------------

HANDLES = [
    "https://tfhub.dev/google/imagenet/mobilenet_v2_100_224/feature_vector/5",
    "https://www.kaggle.com/models/google/mobilenet-v2/TensorFlow2/100-224-feature-vector/1",
    "https://tfhub.dev/google/nnlm-en-dim128/2?tf-hub-format=compressed",
    "https://hub.tensorflow.google.cn/google/imagenet/mobilenet_v2_100_224/classification/5/",
    "HTTP://127.0.0.1:8080/models/half_plus_two#fragment",
    "http://[::1]:80/a%20b?x=1&y=%zz",
    "gs://tfhub-modules/google/imagenet/mobilenet_v2_100_224/feature_vector/5.tar.gz",
    "gs://bucket/folder/model",
    "gs://bucket/model.tgz",
    "file:///tmp/models/half_plus_two",
    "file://localhost/tmp/model",
    "/home/user/models/half_plus_two/",
    "models/../half_plus_two",
    "ftp://example.com/model",
    "https://",
    "   ",
    "c:\\models\\x",
    "https://\u4f8b\u3048.jp/\u30e2\u30c7\u30eb/1",
    "0123456789abcdef0123456789abcdef01234567",
]


def handle_corpus(out):
    for index, handle in enumerate(HANDLES):
        (out / ("handle-%02d.txt" % index)).write_bytes(handle.encode("utf-8"))


def main():
    for target, build in (("savedmodel", savedmodel_corpus), ("archive", archive_corpus),
                          ("handle", handle_corpus)):
        out = CORPUS / target
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        build(out)
        files = sorted(out.iterdir())
        print("%-10s %3d files, %6d bytes" % (target, len(files), sum(f.stat().st_size for f in files)))


if __name__ == "__main__":
    main()
