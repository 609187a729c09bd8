#!/usr/bin/env bash
# The attncc command line: outputs, options, exit codes, no partial files.
set -u
attncc=$1
root=$2
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
expect() { # expect CODE DESCRIPTION -- command...
  local code=$1 what=$2; shift 3
  "$@" > "$tmp/out" 2> "$tmp/err"; local rc=$?
  if [ "$rc" = "$code" ]; then ok; else bad "$what: exit $rc, wanted $code"; cat "$tmp/err"; fi
}
cd "$tmp"
spec=$root/specs/mha.yaml

expect 0 "object + header" -- "$attncc" "$spec" -o kernel.o
[ -s kernel.o ] && [ -s kernel.h ] && ok || bad "kernel.o and kernel.h written"
grep -q "int mha(const attn_args \*args);" kernel.h && ok || bad "header declares mha"
for s in _tasks _task _workspace _append _info; do
  nm kernel.o | grep -q " T mha$s\$" && ok || bad "object defines mha$s"
done
nm kernel.o | grep -q " T mha\$" && ok || bad "object defines mha"

expect 0 "assembly" -- "$attncc" "$spec" -S -o k.s
grep -q "mha_tile" k.s && ok || bad "assembly has the tile"
expect 0 "llvm ir" -- "$attncc" "$spec" --emit-llvm -o k.ll -H custom.h
grep -q "define .*@mha(" k.ll && ok || bad "IR defines mha"
[ -s custom.h ] && ok || bad "-H picks the header path"
expect 0 "default output name" -- "$attncc" "$spec"
[ -s mha.o ] && [ -s mha.h ] && ok || bad "default NAME.o / NAME.h"
for o in -O0 -O1 -O3; do expect 0 "$o" -- "$attncc" "$spec" $o -o o$o.o; done

expect 0 "-D override" -- "$attncc" -D heads.kv=4 -Dname=mha4 "$spec" -o d.o
grep -q "MHA4_HEADS_KV 4" d.h && ok || bad "-D heads.kv=4 reaches the header"

expect 0 "dump" -- "$attncc" "$spec" --dump=spec,plan
grep -q "heads: {q: 32, kv: 32" out && grep -q "split-KV" out && ok || bad "--dump=spec,plan prints both"

expect 0 "explain" -- "$attncc" explain "$spec"
grep -q "^plan for 'mha'" out && grep -q "cache per token      32768 bytes" out && ok || bad "explain prints the plan and the costs"
expect 0 "explain a model of two specs" -- "$attncc" explain "$root/specs/whisper_large_self.yaml" "$root/specs/whisper_large_cross.yaml"
grep -q "total .* 7.87x" out && grep -q "without the shared caches .*: 8.70x" out && ok || bad "explain sums a model (SLIM.md's 8.7x)"
expect 0 "explain an X-cache" -- "$attncc" explain "$root/specs/xcache_t5_11b.yaml"
grep -q "32.00x smaller" out && ok || bad "explain gives T5-11B's 32x"
expect 1 "explain with a bad spec among several" -- "$attncc" explain "$spec" "$root/README.md"
grep -q "model (" out && bad "no model table when a spec failed" || ok
expect 0 "explain with cache sizes" -- "$attncc" explain --l1d 16K --l2=3M "$spec"
grep -q "L1d 16 KiB, L2 3072 KiB" out && ok || bad "--l1d/--l2 reach the plan"
expect 2 "bad cache size" -- "$attncc" explain --l1d lots "$spec"
bf=$tmp/bf.yaml
printf 'attncc: 1\nname: bf\nphase: prefill\nheads: {q: 4, kv: 4, dim: 64}\ntypes: {q: bf16, cache: bf16, out: bf16}\n' > "$bf"
expect 0 "bf16 dot plan" -- "$attncc" explain "$bf" --cpu znver4
grep -q "bf16 pair dot products" out && ok || bad "znver4 plans bf16 pair dot products"
expect 0 "bf16 fallback plan" -- "$attncc" explain "$bf" --cpu znver4 --features=-avx512bf16
grep -q "(f32 FMA)" out && ok || bad "without avx512bf16 the plan falls back to f32 FMA"

expect 0 "cross target" -- "$attncc" "$spec" --target aarch64-linux-gnu -o arm.o
file arm.o 2>/dev/null | grep -qi "aarch64" && ok || { od -An -tx1 -j18 -N2 arm.o | grep -q "b7 00" && ok || bad "aarch64 object"; }
expect 0 "avx2 cpu" -- "$attncc" "$spec" --cpu haswell -o hsw.o
expect 1 "unknown target" -- "$attncc" "$spec" --target sparc-sun-solaris -o x.o
[ ! -e x.o ] && ok || bad "no output for an unknown target"

# A bad spec: diagnostics with position, exit 1, nothing written.
printf 'attncc: 1\nname: bad\nheads: {q: 32, kv: 5, dim: 128}\n' > bad.yaml
expect 1 "bad spec" -- "$attncc" bad.yaml -o bad.o
grep -q "^bad.yaml:3:" err && ok || bad "error names bad.yaml:3:col"
grep -q "\^" err && ok || bad "error shows a caret"
[ ! -e bad.o ] && [ ! -e bad.h ] && ok || bad "no output after an error"
ls | grep -q "\.tmp\." && bad "temporary left behind" || ok

# Unwritable directory: error, no partial file, old outputs untouched.
mkdir ro && echo keep > ro/kernel.h && chmod a-w ro
if [ "$(id -u)" != 0 ]; then
  expect 1 "unwritable output" -- "$attncc" "$spec" -o ro/kernel.o
  [ "$(cat ro/kernel.h)" = keep ] && ok || bad "existing header kept"
fi
expect 1 "missing spec" -- "$attncc" nonexistent.yaml
grep -q "cannot read 'nonexistent.yaml'" err && ok || bad "missing file message"
expect 2 "unknown option" -- "$attncc" --frobnicate "$spec"
expect 2 "no spec" -- "$attncc"
expect 0 "version" -- "$attncc" --version

# The header compiles cleanly as C17 and C++17.
expect 0 "header C17" -- cc -std=c17 -Wall -Wextra -Werror -pedantic -fsyntax-only -I"$root/include" -x c kernel.h
expect 0 "header C++17" -- c++ -std=c++17 -Wall -Wextra -Werror -pedantic -fsyntax-only -I"$root/include" -x c++ kernel.h

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
