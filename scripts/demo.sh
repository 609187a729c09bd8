#!/usr/bin/env bash
# `make demo`: what attncc does, in about a minute.
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$build/bin
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "1. A spec is a short YAML file (specs/llama3_8b.yaml):"
grep -v '^#' "$root/specs/llama3_8b.yaml"

say "2. attncc compiles it ahead of time into an object and a C header"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin/attncc" "$root/specs/llama3_8b.yaml" -o "$tmp/llama3_8b.o"
ls -l "$tmp"
echo "and this is the plan it chose for this machine:"
"$bin/attncc" "$root/specs/llama3_8b.yaml" --dump=plan | sed 1d

say "3. examples/aot: that object linked into a program (prefill, then decode steps)"
"$bin/example_aot"

say "4. examples/jit: specs compiled at run time through the C API"
"$bin/example_jit"

say "5. examples/slim: slim attention, K cache only (V = K W_kv), against the standard kernel"
"$bin/example_slim"

say "6. attncc explore: what each shipped spec's cache layout costs (bytes per token, per decode step)"
cd "$root"
"$bin/attncc" explore specs/llama3_8b.yaml specs/llama3_8b_paged.yaml specs/llama3_8b_i8.yaml \
  specs/llama3_8b_fp8.yaml specs/llama3_8b_q4.yaml specs/mistral_ring.yaml
echo "('attncc calibrate' measures this machine once; explain/explore then predict times too;"
echo " examples/explore/run.sh is the full tour, docs/explain.md the model)"
cd - > /dev/null

if [ -x "$bin/attncc-bench" ]; then
  say "7. Speed against this machine's ceilings and OpenBLAS (attncc-bench --quick; 'make bench' for the full run)"
  "$bin/attncc-bench" --quick
fi
