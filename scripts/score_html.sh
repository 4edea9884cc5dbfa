#!/usr/bin/env bash
# Scores the HTML path on the extraction sets beside the repository.
# Usage: scripts/score_html.sh [articles|wcxb-dev ...]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=./target/release/unclutter
[ -x "$bin" ] || cargo build --release --quiet
out=${OUT:-target/score}
mkdir -p "$out"
for set in "${@:-articles wcxb-dev}"; do
  for s in $set; do
    "$bin" --format jsonl ../shared/bench/"$s"/html/*.html.gz > "$out/$s.jsonl"
    python3 ../shared/bench/score.py ../shared/bench/"$s" "$out/$s.jsonl" --per-type ${SCORE_ARGS:-}
  done
done
