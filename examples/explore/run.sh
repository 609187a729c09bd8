#!/usr/bin/env bash
# A newcomer's tour of attncc's cost model (docs/explain.md):
#   1. explain one spec: its plan, cache bytes, decode and prefill costs, and the
#      time this machine's roofline predicts;
#   2. explore several specs side by side, sorted by predicted decode time;
#   3. draw cache bytes and predicted time against context into a plot.
# Usage: examples/explore/run.sh [ATTNCC [OUTDIR]]  (default: build/bin/attncc, a temp dir)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
attncc=${1:-$root/build/bin/attncc}
out=${2:-$(mktemp -d)}
cd "$root"

# Which machine?  `attncc calibrate` measures this one (a few seconds) and keeps
# the profile in the cache directory; here we use the shipped profile of the
# 2-core development machine so the tour runs the same everywhere.  Try
# --machine docs/machines/h100-sxm.yaml to see the same specs on an H100.
machine=docs/machines/dev-2core-zen3.yaml

echo "== 1. attncc explain: Llama 3 8B attention, 32 layers, in a 24 GiB budget"
"$attncc" explain --machine $machine --memory 24GiB -D model.layers=32 specs/llama3_8b.yaml |
  sed -n '/^costs/,$p'

echo
echo "== 2. attncc explore: every shipped spec side by side (ratios against the first)"
"$attncc" explore --machine $machine --memory 24GiB specs/*.yaml

echo
echo "== 3. the same as a plot: cache bytes and predicted decode time vs context"
"$attncc" explore --machine $machine --plot "$out/explore.png" specs/*.yaml > /dev/null
echo "wrote $out/explore.png (open it with any image viewer; --plot x.svg for SVG)"
echo
echo "Next: attncc explore --csv / --json for tools, --measure to time the JIT"
echo "kernels beside the prediction, attncc calibrate to measure this machine."
