#!/usr/bin/env bash
# The issue-4 bench cases on a machine without LLVM (the lent 16-core host):
#   bash bench/host16/run.sh build CPU OUTDIR   here: AOT kernels for CPU + a static harness
#   bash bench/host16/run.sh run OUTDIR         there: ceilings, kernels, PyTorch SDPA (JSON lines)
#   (CASES=d1k_f16,... runs only those kernel cases; THREADS sets the thread count)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
case "$1" in
build)
  cpu=$2 out=$3
  mkdir -p "$out"
  attncc=$root/build/bin/attncc
  hdr=$out/kernels.h
  : > "$hdr.list"
  echo '#include "attncc/kernel.h"' > "$hdr"
  grep -v '^#' "$here/cases.txt" | while read -r name phase B L hq hkv D cache qo layout; do
    [ -n "$name" ] || continue
    cap=$L
    lay=""
    case "${layout:-contiguous}" in
    contiguous) ;;
    paged*) lay=", layout: paged, page_size: ${layout#paged}" ;;
    *) echo "cases.txt: unknown layout '$layout'" >&2; exit 1 ;;
    esac
    printf 'attncc: 1\nname: %s\nphase: %s\nheads: {q: %s, kv: %s, dim: %s}\ntypes: {q: %s, cache: %s, out: %s}\ncache: {capacity: %s%s}\nmask: {causal: true}\n' \
      "$name" "$phase" "$hq" "$hkv" "$D" "$qo" "$cache" "$qo" "$cap" "$lay" > "$out/$name.yaml"
    "$attncc" "$out/$name.yaml" --cpu "$cpu" --l1d 48K --l2 2M -o "$out/$name.o" -H "$out/$name.h"
    echo "#include \"$name.h\"" >> "$hdr"
    echo "X($name, $B, $L, $([ "$cache" = bf16 ] && [ "$phase" = prefill ] && echo 1 || echo 0))" >> "$hdr.list"
  done
  { printf '#define KERNELS(X) \\\n'; sed 's/$/ \\/' "$hdr.list"; echo; } >> "$hdr"
  gcc -O3 -march=x86-64-v4 -mavx512bf16 -fopenmp -I"$root/include" -I"$out" -o "$out/aot_bench" \
    "$here/aot_bench.c" "$out"/*.o $(ls "$root"/runtime/*.c | grep -v /slim.c) -lm
  cp "$here/sdpa.py" "$here/cases.txt" "$out/"
  ;;
run)
  out=$2
  export OMP_NUM_THREADS=${THREADS:-16} OMP_PROC_BIND=close OMP_PLACES=cores
  lscpu | grep -E "Model name|^CPU\(s\)|L2|L3" || true
  "$out/aot_bench"
  THREADS=${THREADS:-16} python3 "$out/sdpa.py" || echo '{"torch":"unavailable"}'
  ;;
esac
