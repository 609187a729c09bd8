/*
 * libFuzzer harness for spec_parse.  Input: a spec, optionally followed by
 * a line "@@" and one -D define per line.  Checks, beyond "no crash, no
 * leak, no UB": the return code agrees with the diagnostics, every
 * diagnostic formats, and an accepted spec's canonical text is itself a
 * spec with the same canonical text.
 *
 *   cmake -DCMAKE_C_COMPILER=clang ...; cmake --build . --target fuzz_spec
 *   ./tests/fuzz/fuzz_spec -max_len=4096 ../tests/specs/good ../tests/specs/bad
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "spec/spec.h"

enum { MAX_DEFINES = 8 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  size_t len = size;
  const char *defs[MAX_DEFINES];
  int n_defs = 0;
  char *tail = NULL;
  const char *sep = memmem(text, size, "\n@@\n", 4);
  if (sep) {
    len = (size_t)(sep - text) + 1;
    size_t tl = size - len - 3;
    tail = malloc(tl + 1);
    memcpy(tail, sep + 4, tl);
    tail[tl] = 0;
    for (char *p = tail; p && n_defs < MAX_DEFINES;) {
      defs[n_defs++] = p;
      p = strchr(p, '\n');
      if (p) *p++ = 0;
    }
  }
  cc_arena *a = cc_arena_new();
  attncc_diags *d = cc_diags_new();
  attn_spec s;
  int rc = spec_parse(a, text, len, "fuzz.yaml", defs, n_defs, &s, d);
  if ((rc == 0) != (cc_diags_errors(d) == 0)) abort();
  char buf[256];
  for (size_t i = 0; i < attncc_diags_count(d); i++) attncc_diag_format(attncc_diags_get(d, i), buf, sizeof buf);
  if (rc == 0) {
    attn_spec again;
    attncc_diags *d2 = cc_diags_new();
    if (spec_parse(a, s.canonical, strlen(s.canonical), "canonical", NULL, 0, &again, d2) ||
        strcmp(again.canonical, s.canonical) || again.hash != s.hash)
      abort();
    attncc_diags_free(d2);
  }
  attncc_diags_free(d);
  cc_arena_free(a);
  free(tail);
  return 0;
}
