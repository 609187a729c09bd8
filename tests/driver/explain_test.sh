#!/usr/bin/env bash
# attncc explain / explore / calibrate: goldens of their text, JSON and CSV
# against the fixed profile docs/machines/dev-2core-zen3.yaml and fixed
# target facts (so the output is the same on every machine), plots, machine
# profile errors, calibrate, usage errors.
# UPDATE=1 rewrites the goldens (cmake --build BUILD --target driver_goldens).
set -u
attncc=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
expect() { # expect CODE DESCRIPTION -- command...
  local code=$1 what=$2; shift 3
  "$@" > "$tmp/out" 2> "$tmp/err"; local rc=$?
  if [ "$rc" = "$code" ]; then ok; else bad "$what: exit $rc, wanted $code"; cat "$tmp/err"; fi
}
gold=$root/tests/driver/golden
export ATTNCC_CACHE_DIR=$tmp/cache # no calibrated profile unless a test writes one
cd "$root"
m=docs/machines/dev-2core-zen3.yaml
fixed="--cpu znver3 --l1d 32K --l2 512K"
specs="specs/llama3_8b.yaml specs/mha.yaml specs/mqa.yaml specs/deepseek_mla.yaml specs/whisper_large_cross.yaml"
golden() { # golden NAME -- command...: stdout against tests/driver/golden/NAME
  local name=$1; shift 2
  if ! "$@" > "$tmp/g" 2> "$tmp/err"; then bad "$name: exit status"; cat "$tmp/err"; return; fi
  if [ "${UPDATE:-}" = 1 ]; then mkdir -p "$gold" && cp "$tmp/g" "$gold/$name" && ok; return; fi
  if diff -u "$gold/$name" "$tmp/g" > "$tmp/diff"; then ok; else bad "$name differs (UPDATE=1 to accept)"; head -30 "$tmp/diff"; fi
}
golden explain_llama3_8b.txt -- "$attncc" explain $fixed --machine $m --memory 24GiB -D model.layers=32 specs/llama3_8b.yaml
golden explain_whisper.txt -- "$attncc" explain $fixed --machine $m specs/whisper_large_self.yaml specs/whisper_large_cross.yaml
golden explain_mha.json -- "$attncc" explain $fixed --json --machine $m --memory 80GB --context 2048 specs/mha.yaml
golden explore.txt -- "$attncc" explore $fixed --machine $m --memory 24GiB $specs
golden explore.csv -- "$attncc" explore $fixed --csv --machine $m $specs
golden explore.json -- "$attncc" explore $fixed --json --machine $m --context 4096 $specs
golden explore_h100.txt -- "$attncc" explore $fixed --machine docs/machines/h100-sxm.yaml $specs
# Calibrated decode-tile rates (decode_* keys): the compute side of dot-tile decode steps.
# This VM's plans: 8-wide AVX2 (--cpu znver3 alone gives 4-wide plans: the
# CPU table of compiler/backend/target.c leaves out +avx, which the 32-byte
# vectors need), so the decode specs get the dot tile as on the host.
avx2="--cpu znver3 --features +avx,+avx2,+fma,+f16c --l1d 32K --l2 512K"
tiles=tests/driver/machine_tiles.yaml
decode="specs/llama3_8b_paged.yaml specs/mistral_ring.yaml specs/llama3_8b_i8.yaml specs/llama3_8b_q4.yaml specs/llama3_8b_fp8.yaml specs/mha.yaml specs/mqa.yaml specs/llama3_8b.yaml"
golden explain_q4_tiles.txt -- "$attncc" explain $avx2 --machine $tiles specs/llama3_8b_q4.yaml
golden explain_i8_tiles.json -- "$attncc" explain $avx2 --json --machine $tiles specs/llama3_8b_i8.yaml
golden explore_decode.txt -- "$attncc" explore $avx2 --machine $m $decode
golden explore_decode_tiles.txt -- "$attncc" explore $avx2 --machine $tiles $decode
[ "${UPDATE:-}" = 1 ] && { echo "goldens written to $gold"; exit 0; }

# JSON parses (python3 where there is one).
if command -v python3 > /dev/null; then
  "$attncc" explore $fixed --json --machine $m $specs | python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["specs"]) == 5' && ok || bad "explore --json parses"
  "$attncc" explain $fixed --json $specs | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["machine"] is None and "model" in d' && ok || bad "explain --json parses, machine null"
fi

# Without a profile: figures, no times, and the note that says why.
expect 0 "not calibrated" -- "$attncc" explain specs/mha.yaml
grep -q "not calibrated: run attncc calibrate" "$tmp/out" && ok || bad "explain says it is not calibrated"
grep -q "decode step .* bound" "$tmp/out" && bad "no times without a machine" || ok

# Plots: PNG and SVG, written whole; a failing path leaves nothing behind.
expect 0 "plot png" -- "$attncc" explore --machine $m --plot "$tmp/p.png" $specs
[ "$(head -c 8 "$tmp/p.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] && [ "$(stat -c %s "$tmp/p.png")" -gt 10000 ] && ok || bad "PNG magic and size"
expect 0 "plot svg" -- "$attncc" explore --plot "$tmp/p.svg" $specs
head -c 200 "$tmp/p.svg" | grep -q "<svg\|<?xml" && grep -q "</svg>" "$tmp/p.svg" && ok || bad "SVG text"
# measured and plotted in one run (issue 6's "explore --measure --plot")
expect 0 "measure and plot" -- "$attncc" explore --measure --context 256 --machine $m --plot "$tmp/pm.png" \
  specs/llama3_8b_q4.yaml specs/mqa.yaml
[ "$(head -c 8 "$tmp/pm.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] && grep -q "^llama3_8b_q4  *256 .* ms .*%" "$tmp/out" && ok || bad "measured and plotted"
mkdir "$tmp/dir.png"
expect 1 "plot onto a directory" -- "$attncc" explore --machine $m --plot "$tmp/dir.png" specs/mha.yaml
ls "$tmp" | grep -q "\.tmp\." && bad "plot temporary left behind" || ok
expect 1 "plot into a missing directory" -- "$attncc" explore --plot "$tmp/none/p.png" specs/mha.yaml
[ ! -e "$tmp/none" ] && ok || bad "nothing made for a missing directory"
expect 1 "plot of another format" -- "$attncc" explore --plot "$tmp/p.pdf" specs/mha.yaml
[ ! -e "$tmp/p.pdf" ] && grep -q "png or .svg" "$tmp/err" && ok || bad ".pdf refused, nothing written"

# Machine profiles: errors at file:line:col.
printf 'attncc_machine: 1\nname: x\nread_bw: fast\nfma_f32: 10\n' > "$tmp/m1.yaml"
expect 1 "profile: not a number" -- "$attncc" explain --machine "$tmp/m1.yaml" specs/mha.yaml
grep -q "m1.yaml:3:10: error: 'read_bw' needs a number" "$tmp/err" && ok || bad "bad number at 3:10"
printf 'attncc_machine: 1\nname: x\nread_bw: 10\nfma_f32: 10\nfrobs: 3\n' > "$tmp/m2.yaml"
expect 1 "profile: unknown key" -- "$attncc" explain --machine "$tmp/m2.yaml" specs/mha.yaml
grep -q "m2.yaml:5:1: error: unknown key 'frobs'" "$tmp/err" && ok || bad "unknown key at 5:1"
printf 'attncc_machine: 1\nname: x\nread_bw: 10\n' > "$tmp/m3.yaml"
expect 1 "profile: missing key" -- "$attncc" explain --machine "$tmp/m3.yaml" specs/mha.yaml
grep -q "m3.yaml:1:1: error: missing key 'fma_f32'" "$tmp/err" && ok || bad "missing key"
printf 'attncc_machine: 2\nname: x\nread_bw: 10\nfma_f32: -1\n' > "$tmp/m4.yaml"
expect 1 "profile: version" -- "$attncc" explain --machine "$tmp/m4.yaml" specs/mha.yaml
grep -q "m4.yaml:1:17: error: 'attncc_machine' must be 1" "$tmp/err" && ok || bad "version at 1:17"
printf 'name: [x\n' > "$tmp/m5.yaml"
expect 1 "profile: malformed YAML" -- "$attncc" explain --machine "$tmp/m5.yaml" specs/mha.yaml
grep -q "m5.yaml:[0-9]*:[0-9]*: error" "$tmp/err" && ok || bad "YAML syntax error has a position"
expect 1 "profile: missing file" -- "$attncc" explain --machine "$tmp/none.yaml" specs/mha.yaml
printf 'attncc_machine: 1\nname: x\nread_bw: 10\nfma_f32: 10\ndecode_q4: -3\n' > "$tmp/m6.yaml"
expect 1 "profile: negative tile rate" -- "$attncc" explain --machine "$tmp/m6.yaml" specs/mha.yaml
grep -q "m6.yaml:5:12: error: 'decode_q4' must not be negative" "$tmp/err" && ok || bad "negative decode_q4 at 5:12"
# A profile without decode_* keys predicts as before; with them, each decode step runs at its tile's rate:
# q4 and f16 (the mixed-phase llama3_8b: its one-query units run the dot tile), MQA at decode_lanes.
expect 0 "profile with tile rates" -- "$attncc" explain $avx2 --machine $tiles specs/llama3_8b_q4.yaml specs/llama3_8b.yaml specs/mqa.yaml
grep -q "decode tile (q4 cache), calibrated: 31.6 GFLOP/s" "$tmp/out" && ok || bad "q4 tile rate printed"
grep -q "decode tile (f16 cache), calibrated: 61.3 GFLOP/s" "$tmp/out" && ok || bad "f16 tile rate printed for the mixed phase"
grep -q "decode tile (lanes), calibrated: 74.2 GFLOP/s" "$tmp/out" && ok || bad "lanes rate printed for MQA"
[ "$(grep -c "at the calibrated decode-tile rate" "$tmp/out")" = 3 ] && ok || bad "a tile rate used for each decode"
printf 'attncc_machine: 1\nname: x\nread_bw: 10\nfma_f32: 100\ndecode_f16: 20\n' > "$tmp/m7.yaml"
expect 0 "profile without a lanes rate" -- "$attncc" explain $avx2 --machine "$tmp/m7.yaml" specs/mqa.yaml specs/llama3_8b.yaml
[ "$(grep -c "at the calibrated decode-tile rate" "$tmp/out")" = 1 ] && ok || bad "MQA keeps the FMA peak without decode_lanes"

# calibrate --quick: a parseable profile in ATTNCC_CACHE_DIR, then used.
expect 0 "calibrate --quick" -- "$attncc" calibrate --quick
[ -s "$tmp/cache/machine.yaml" ] && grep -q "^read_bw: [0-9]" "$tmp/cache/machine.yaml" && ok || bad "machine.yaml written"
for t in f32 f16 bf16 i8 fp8_e4m3 fp8_e5m2 q4 lanes; do
  grep -q "^decode_$t: [0-9]" "$tmp/cache/machine.yaml" && ok || bad "calibrate measured decode_$t"
done
ls "$tmp/cache" | grep -q "\.tmp\." && bad "calibrate temporary left" || ok
expect 0 "explain with the calibrated profile" -- "$attncc" explain specs/mha.yaml
grep -q "^machine '.*' (.*machine.yaml)" "$tmp/out" && grep -q "decode step .*bound" "$tmp/out" && ok || bad "calibrated profile used"
expect 0 "calibrate -o" -- "$attncc" calibrate --quick -o "$tmp/own.yaml"
expect 0 "an own profile reads back" -- "$attncc" explain --machine "$tmp/own.yaml" specs/mha.yaml

# --measure: the JIT kernel timed beside the prediction; a failing spec is
# reported and the others go on.
printf 'attncc: 1\nname: broken\nheads: {q: 32, kv: 8, dim: 128}\ncache: {capacity: 4096}\n' > "$tmp/ok.yaml"
expect 0 "measure" -- "$attncc" explore --measure --context 1024 --machine $m "$tmp/ok.yaml" specs/prefill_d80.yaml
grep -q "^broken .* 1024 .* ms .*%" "$tmp/out" && grep -q "prefill_d80 *not measured" "$tmp/out" && ok || { bad "measured rows"; cat "$tmp/out"; }
# Every layout and cache type is filled and timed: paged (a churned pool), a
# ring past its capacity (64 + 256 tokens appended, 256 read), i8, q4, fp8.
expect 0 "measure layouts and types" -- "$attncc" explore --measure --context 256 --machine $m \
  -D cache.capacity=256 -D mask.window=256 specs/mistral_ring.yaml
grep -q "^mistral_ring  *512  *256 .* ms .*%" "$tmp/out" && ok || { bad "ring measured past its capacity"; cat "$tmp/out" "$tmp/err"; }
expect 0 "measure paged and quantized" -- "$attncc" explore --measure --context 256 --machine $m \
  specs/llama3_8b_paged.yaml specs/llama3_8b_i8.yaml specs/llama3_8b_q4.yaml specs/llama3_8b_fp8.yaml
for s in llama3_8b_paged llama3_8b_i8 llama3_8b_q4 llama3_8b_fp8; do
  grep -q "^$s  *256  *256 .* ms .*%" "$tmp/out" && ok || { bad "$s measured"; cat "$tmp/out" "$tmp/err"; }
done
# A mask and a score expression: the output check evaluates them through the
# compiler's interpreter (attnrt_reference alone would see a mismatch).
expect 0 "measure expressions" -- "$attncc" explore --measure --context 256 --machine $m \
  specs/expr_sliding_window.yaml specs/expr_relative_bias.yaml
for s in expr_sliding_window expr_relative_bias; do
  grep -q "^$s  *256  *256 .* ms .*%" "$tmp/out" && ok || { bad "$s measured"; cat "$tmp/out" "$tmp/err"; }
done
expect 0 "measure as JSON" -- "$attncc" explore --json --measure --context 256 --machine $m specs/llama3_8b_paged.yaml
if command -v python3 > /dev/null; then
  python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["specs"][0]["measured"]; assert m[0]["context"] == 256 and m[0]["seconds"] > 0 and m[0]["clean"] <= m[0]["tries"], m' "$tmp/out" && ok || bad "measured JSON"
fi

# Usage errors: exit 2 with a message.
expect 2 "--csv on explain" -- "$attncc" explain --csv specs/mha.yaml
grep -q "is an option of attncc explore" "$tmp/err" && ok || bad "--csv explain message"
expect 2 "--csv and --json" -- "$attncc" explore --csv --json specs/mha.yaml
expect 2 "bad --memory" -- "$attncc" explain --memory lots specs/mha.yaml
expect 2 "bad --memory unit" -- "$attncc" explain --memory 24GX specs/mha.yaml
expect 2 "bad --context" -- "$attncc" explore --context 0 specs/mha.yaml
expect 2 "calibrate with a spec" -- "$attncc" calibrate specs/mha.yaml
expect 2 "--quick on explain" -- "$attncc" explain --quick specs/mha.yaml
expect 2 "explore without specs" -- "$attncc" explore
expect 1 "explore with a bad spec among good ones" -- "$attncc" explore specs/mha.yaml README.md
grep -q "^mha " "$tmp/out" && ok || bad "the good spec's row is still printed"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
