#!/usr/bin/env bash
# generated/ must be exactly what the current compiler emits: `make generated`.
set -euo pipefail
attncc=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/scripts/generate.sh" "$attncc" "$tmp"
if ! diff -r "$root/generated" "$tmp" > "$tmp.diff" 2>&1; then
  head -40 "$tmp.diff"
  echo "generated/ is out of date: run 'make generated' and commit the result" >&2
  rm -f "$tmp.diff"
  exit 1
fi
rm -f "$tmp.diff"
echo "generated/ matches the compiler"
