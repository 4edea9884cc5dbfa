#!/usr/bin/env python3
"""Times `unclutter --jsonl` over a benchmark set's pages made into one JSONL
file, once per --jobs value, and checks that every output is byte-identical.

Usage: scripts/bench_jobs.py [--set ../shared/bench/wcxb-dev] [--jobs 1 2] [--runs 3]
Run `cargo build --release` first (the script uses target/release/unclutter,
or $CARGO_TARGET_DIR).
"""
import argparse, gzip, json, os, pathlib, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument("--set", default="../shared/bench/wcxb-dev")
ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
ap.add_argument("--runs", type=int, default=3)
args = ap.parse_args()

root = pathlib.Path(__file__).resolve().parent.parent
binary = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", root / "target")) / "release" / "unclutter"
work = pathlib.Path(tempfile.mkdtemp())
pages = work / "pages.jsonl"
with open(pages, "w") as out:
    for p in sorted((pathlib.Path(args.set) / "html").glob("*.html.gz")):
        html = gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        out.write(json.dumps({"id": p.name.split(".")[0], "text": html}) + "\n")
size = pages.stat().st_size
records = sum(1 for _ in open(pages))
print(f"input: {records} records, {size / 1e6:.1f} MB, binary {binary}")

best, outputs = {}, {}
for j in args.jobs:
    times = []
    for _ in range(args.runs):
        dst = work / f"out-{j}.jsonl"
        start = time.perf_counter()
        with open(pages, "rb") as i, open(dst, "wb") as o:
            subprocess.run([binary, "--jsonl", "--html", "--quiet", "--jobs", str(j)], stdin=i, stdout=o, check=True)
        times.append(time.perf_counter() - start)
    best[j] = min(times)
    outputs[j] = (work / f"out-{j}.jsonl").read_bytes()
    print(f"--jobs {j}: best of {args.runs} {best[j]:.2f} s, {size / 1e6 / best[j]:.1f} MB/s, {records / best[j]:.0f} records/s")

first = args.jobs[0]
if any(outputs[j] != outputs[first] for j in args.jobs):
    sys.exit("outputs differ between --jobs values")
print("outputs byte-identical")
for j in args.jobs[1:]:
    print(f"speed-up of --jobs {j} over --jobs {first}: {best[first] / best[j]:.2f}x")
