#!/usr/bin/env python3
"""Scores predictions on a noise set with ../shared/bench/score_clean.py and
fails (exit 1) when a floor is not met.

Usage: noise_floors.py SCORE_CLEAN SET_DIR PREDICTIONS [--min-removed 0.97] [--max-lost 10] [--min-exact 0.80]
"""
import argparse
import re
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("scorer")
ap.add_argument("set_dir")
ap.add_argument("predictions")
ap.add_argument("--min-removed", type=float, default=0.97)
ap.add_argument("--max-lost", type=float, default=10.0)
ap.add_argument("--min-exact", type=float, default=0.80)
args = ap.parse_args()

out = subprocess.run([sys.executable, args.scorer, args.set_dir, args.predictions], check=True, capture_output=True, text=True).stdout
print(out, end="")
summary = next(l for l in out.splitlines() if l.startswith("summary:"))
fields = dict(re.findall(r"(\w+)=([\d.]+)", summary))
failures = []
for kind in ("ad", "dup", "glued", "share", "teaser"):
    if float(fields[kind]) < args.min_removed:
        failures.append(f"removed[{kind}] {fields[kind]} < {args.min_removed}")
if float(fields["lost_per_10k"]) > args.max_lost:
    failures.append(f"lost/10k {fields['lost_per_10k']} > {args.max_lost}")
if float(fields["exact"]) < args.min_exact:
    failures.append(f"exact {fields['exact']} < {args.min_exact}")
if int(fields["missing"]) != 0:
    failures.append(f"{fields['missing']} documents missing")
if failures:
    print("noise floors NOT met: " + "; ".join(failures))
    sys.exit(1)
print("noise floors met")
