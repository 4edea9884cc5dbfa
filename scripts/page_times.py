#!/usr/bin/env python3
"""Runs the CLI once per page of the extraction sets and reports the slowest
pages and any non-zero exit: the "no page fails or takes over a second"
check. Each time includes process start and gunzip, so it overstates the
extraction itself.

Usage: scripts/page_times.py [SET ...]   (default: articles wcxb-dev)
Run `cargo build --release` first.
"""
import glob, pathlib, subprocess, sys, time

root = pathlib.Path(__file__).resolve().parent.parent
binary = root / "target" / "release" / "unclutter"
sets = sys.argv[1:] or ["articles", "wcxb-dev"]
times = []
for s in sets:
    for page in sorted(glob.glob(str(root.parent / "shared" / "bench" / s / "html" / "*.html.gz"))):
        start = time.perf_counter()
        rc = subprocess.run([binary, page], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append((time.perf_counter() - start, page, rc))
times.sort(reverse=True)
failed = [t for t in times if t[2] != 0]
print(f"pages {len(times)}, non-zero exits {len(failed)}, over 1 s {sum(1 for t in times if t[0] > 1)}")
for t, page, rc in times[:5]:
    print(f"  {t:.3f} s  {page}  exit {rc}")
sys.exit(1 if failed else 0)
