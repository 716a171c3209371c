#!/usr/bin/env python3
"""Checks that every user-visible source string has a finished translation in every .ts file.

The .ts files are first refreshed from the current sources with lupdate into a scratch copy, so
a string added to the code but never translated is caught even if nobody ran update_translations.
Fails listing each untranslated, unfinished, empty or placeholder-mismatched message.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def check(ts_path: Path) -> list[str]:
    problems = []
    root = ET.parse(ts_path).getroot()
    language = root.get("language", "?")
    count = 0
    for context in root.iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{ts_path.name} [{language}] {cname}: {source!r}"
            count += 1
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if message.get("numerus") == "yes" else [translation.text or ""]
            if not texts or any(not t.strip() for t in texts):
                problems.append(f"{where}: empty translation")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for t in texts:
                have = sorted(set(PLACEHOLDER.findall(t)))
                # %n may be omitted in languages without plural forms only when the source has no other number.
                if [p for p in wanted if p != "%n"] != [p for p in have if p != "%n"]:
                    problems.append(f"{where}: placeholders {wanted} but translation {t!r} has {have}")
                    break
    if count == 0:
        problems.append(f"{ts_path.name}: no messages at all")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-dir", required=True, type=Path)
    parser.add_argument("ts", nargs="+", type=Path)
    args = parser.parse_args()

    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in args.ts:
            scratch = Path(tmp) / ts.name
            shutil.copy(ts, scratch)
            result = subprocess.run(
                [args.lupdate, "-no-obsolete", "-locations", "none",
                 str(args.source_dir / "lib"), str(args.source_dir / "app"), "-ts", str(scratch)],
                capture_output=True, text=True)
            if result.returncode != 0:
                problems.append(f"lupdate failed on {ts.name}: {result.stderr.strip()}")
                continue
            problems += check(scratch)
    for p in problems:
        print(p)
    total = len(args.ts)
    if problems:
        print(f"{len(problems)} translation problems in {total} files. "
              "Run `cmake --build build --target update_translations`, then translate the unfinished messages.")
        return 1
    print(f"All messages translated in {total} files.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
