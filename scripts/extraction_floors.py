#!/usr/bin/env python3
"""Scores predictions on an extraction set with ../shared/bench/score.py and
fails (exit 1) when a metric crosses its limit.

Usage: extraction_floors.py SCORE_PY SET_DIR PREDICTIONS [--min NAME=VALUE ...] [--max NAME=VALUE ...]
NAME is a key of score.py's summary line (shingle_f1, word_f1, without, ...).
"""
import argparse
import re
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("scorer")
ap.add_argument("set_dir")
ap.add_argument("predictions")
ap.add_argument("--min", action="append", default=[], metavar="NAME=VALUE")
ap.add_argument("--max", action="append", default=[], metavar="NAME=VALUE")
args = ap.parse_args()

out = subprocess.run([sys.executable, args.scorer, args.set_dir, args.predictions, "--per-type"],
                     check=True, capture_output=True, text=True).stdout
print(out, end="")
summary = next(l for l in out.splitlines() if l.startswith("summary:"))
fields = dict(re.findall(r"(\w+)=([\d.]+)", summary))
failures = []
for spec, worse in [(s, "<") for s in args.min] + [(s, ">") for s in args.max]:
    name, limit = spec.split("=")
    value = float(fields[name])
    if (worse == "<" and value < float(limit)) or (worse == ">" and value > float(limit)):
        failures.append(f"{name} {value} {worse} {limit}")
if int(fields.get("missing", "0")) != 0:
    failures.append(f"{fields['missing']} pages missing")
if failures:
    print("extraction floors NOT met: " + "; ".join(failures))
    sys.exit(1)
print("extraction floors met")
