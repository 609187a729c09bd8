#!/usr/bin/env bash
# Regenerates generated/: the header and LLVM IR attncc emits for every spec
# in specs/, for one fixed reference target (x86-64-v4: AVX-512), so the
# files do not depend on the machine that runs this.
#   scripts/generate.sh ATTNCC_BINARY OUT_DIR
set -euo pipefail
attncc=$1
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
for spec in "$root"/specs/*.yaml; do
  stem=$(basename "$spec" .yaml)
  "$attncc" "$spec" --emit-llvm -O2 --target x86_64-unknown-linux-gnu --cpu x86-64-v4 \
    -o "$out/$stem.ll" -H "$out/$stem.h"
  # The module id is the spec's path as given: make it path-independent.
  sed -i "s|^; ModuleID = .*|; ModuleID = '$stem'|; s|^source_filename = .*|source_filename = \"$stem\"|" "$out/$stem.ll"
done
