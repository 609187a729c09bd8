/*
 * compiler/spec: YAML text -> attn_spec, every key typed and range-checked.
 *
 * The schema (spec_schema.def) is the one table of keys: path, type, range,
 * default, one-line doc.  The parser, the validator, "did you mean",
 * docs/spec.md and the JSON Schema all come from it.
 */
#ifndef ATTNCC_SPEC_H
#define ATTNCC_SPEC_H

#include <stdio.h>

#include "../common.h"
#include "attncc/kernel.h"

typedef enum spec_store { SPEC_STORE_KV = 0 } spec_store;

typedef struct attn_spec {
  int version;          /* attncc: */
  const char *name;     /* C identifier */
  attn_phase phase;
  int heads_q, heads_kv, dim, v_dim;
  attn_dtype type_q, type_cache, type_out;
  int scale_auto;       /* scale: auto -> 1/sqrt(dim) in `scale` */
  double scale;         /* always the effective value */
  spec_store store;
  attn_layout layout;
  attn_order order;
  int capacity;
  int causal;
  int lse;
  const char *canonical; /* every key, defaults filled, schema order; ends in '\n' */
  uint64_t hash;         /* cc_fnv1a64(canonical) */
} attn_spec;

/*
 * Parses and validates `text` (not necessarily NUL-terminated) named
 * `filename` in diagnostics, applying "key.path=value" overrides (attncc -D)
 * on top.  Returns 0 and fills *out (strings in `arena`), or -1 with at least
 * one error in `diags`.  Never prints, never exits.
 */
int spec_parse(cc_arena *arena, const char *text, size_t len,
               const char *filename, const char *const *defines, int n_defines,
               attn_spec *out, attncc_diags *diags);

/* Reads a file (bounded size) and calls spec_parse; a read error is a diag. */
int spec_parse_file(cc_arena *arena, const char *path,
                    const char *const *defines, int n_defines, attn_spec *out,
                    attncc_diags *diags);

/* docs/spec.md's key reference and a JSON Schema, generated from the table. */
void spec_schema_markdown(FILE *f);
void spec_schema_json(FILE *f);

/* Names used in text forms: "f32", "decode", "token_major", ... */
const char *spec_dtype_name(attn_dtype t);
const char *spec_phase_name(attn_phase p);
const char *spec_order_name(attn_order o);

#endif
