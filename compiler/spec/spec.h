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
#include "expr.h"

/* Orders of cache.store k_only (slim.order); auto is resolved by the planner. */
typedef enum spec_slim_order {
  SPEC_SLIM_AUTO = 0,
  SPEC_SLIM_SCORES_FIRST = 1,
  SPEC_SLIM_VALUES_FIRST = 2
} spec_slim_order;

typedef enum spec_rope_scaling {
  SPEC_ROPE_SCALE_NONE = 0,
  SPEC_ROPE_SCALE_LINEAR = 1,
  SPEC_ROPE_SCALE_LLAMA3 = 2
} spec_rope_scaling;

typedef struct attn_spec {
  int version;          /* attncc: */
  const char *name;     /* C identifier */
  attn_phase phase;
  int cross;            /* kind: cross */
  int heads_q, heads_kv, dim, v_dim;
  attn_dtype type_q, type_cache, type_out;
  int scale_auto;       /* scale: auto -> 1/sqrt(dim) in `scale` */
  double scale;         /* always the effective value */
  attn_store store;
  spec_slim_order slim_order;
  int latent_dim, rope_dim; /* cache.store latent; 0 otherwise */
  int shared_layers;    /* cache.shared_across_layers */
  attn_layout layout;
  int page_size;        /* cache.page_size (layout paged; else 0) */
  attn_order order;
  int capacity;
  int causal;
  int window;           /* mask.window; 0: none */
  int sinks;            /* mask.sinks; 0: none */
  int prefix_lm;        /* mask.prefix_lm */
  int documents;        /* mask.documents */
  int block_size;       /* mask.block_sparse: runtime: mask.block_size; 0: none */
  int alibi;            /* score.alibi */
  double softcap;       /* score.softcap; 0: none */
  /* mask.expr, score.expr (docs/expressions.md), in the spec's arena; null
   * when absent.  They index the tensors below by declaration order. */
  const expr *mask_expr, *score_expr;
  /* tensors: the run-time tensors in declaration order (attn_args.tensors,
   * attn_info.tensor); n_tensors 0 when none are declared. */
  const expr_tensor *tensors;
  int n_tensors;
  int lse;
  int layers, d_model;  /* model: (d_model 0 when not given) */
  /* rope: (present when rope is set; the rest is valid only then) */
  int rope;
  double rope_theta;
  int rope_dims;          /* rotated elements of a head (latent: = rope_dim) */
  attn_rope_style rope_style;
  attn_rope_apply rope_apply;
  spec_rope_scaling rope_scaling;
  double rope_factor, rope_low, rope_high; /* scaling.factor, low/high_freq_factor */
  int rope_orig;          /* scaling.original_max_position_embeddings */
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

/* rope: the rope_dims/2 inverse frequencies (radians per position) after
 * rope.scaling, in double: inv_freq[i] = theta^(-2i/dims), then
 *   linear: / factor;
 *   llama3: wavelength w = 2 pi / f; w > orig/low: f / factor; w < orig/high:
 *           f; between, with t = (orig / w - low) / (high - low):
 *           (1 - t) f / factor + t f          (docs/spec.md §rope cites it). */
void spec_rope_inv_freq(const attn_spec *s, double *inv_freq);

/* score.alibi: query head h's slope of heads_q heads (Press et al., ICLR 2022,
 * as their code extends it to head counts that are not powers of two; the
 * formula is in docs/spec.md §score). */
double spec_alibi_slope(const attn_spec *s, int h);

/* docs/spec.md's key reference and a JSON Schema, generated from the table. */
void spec_schema_markdown(FILE *f);
void spec_schema_json(FILE *f);

/* Names used in text forms: "f32", "decode", "token_major", ... */
const char *spec_dtype_name(attn_dtype t);
/* docs/layouts.md: bits per element of a type (4 for q4), and the scale
 * bytes after a cache row of w elements (i8: an f32; q4: an f16 per 32). */
int spec_dtype_bits(attn_dtype t);
int spec_row_scale_bytes(attn_dtype t, int w);
const char *spec_phase_name(attn_phase p);
const char *spec_order_name(attn_order o);
const char *spec_store_name(attn_store s);

/* --- inside compiler/spec: the schema table and the YAML node tree ------- */

/* Kinds of value a key takes (spec_schema.def).  STR is used only by
 * planned keys, which are documented but never accepted.  EXPR is an
 * expression (expr.h); TENSORS a mapping of tensor names to their
 * declarations (spec_expr.c). */
typedef enum spec_kind {
  SPEC_MAP, SPEC_INT, SPEC_BOOL, SPEC_ENUM, SPEC_IDENT, SPEC_SCALE,
  SPEC_NUM, SPEC_STR, SPEC_EXPR, SPEC_TENSORS
} spec_kind;

/* NONDEF: the canonical text lists the key only when its value differs from
 * the default, so that specs written before the key existed keep their
 * canonical text and hash (cache.page_size, mask.window, mask.sinks,
 * mask.expr, score and its keys: a NONDEF mapping is left out when all its
 * keys are; tensors when none are declared). */
enum { SPEC_REQ = 1, SPEC_PLANNED = 2, SPEC_OPT = 4, SPEC_NONDEF = 8 };

typedef struct spec_key {
  const char *path;   /* "heads.kv" */
  spec_kind kind;
  int flags;          /* SPEC_REQ | SPEC_PLANNED | SPEC_OPT | SPEC_NONDEF */
  long long min, max;
  const char *values, *later; /* ENUM words, space-separated, or null */
  const char *dflt;   /* YAML text, "=path", or null */
  const char *doc, *example;
} spec_key;

typedef enum spec_key_id {
#define SPEC_KEY(id, ...) SPEC_K_##id,
#include "spec_schema.def"
#undef SPEC_KEY
  SPEC_K_COUNT
} spec_key_id;

/* spec_schema.c: the expanded table and the lookups driven by it. */
extern const spec_key spec_keys[SPEC_K_COUNT];
/* The enclosing MAP key of key k, -1 at top level; the last part of its path. */
int spec_key_parent(int k);
const char *spec_key_leaf(int k);
/* The key named `name` (len bytes) directly under `parent` (-1: top level),
 * or -1. */
int spec_key_child(int parent, const char *name, size_t len);
/* The key with the full path `path` (len bytes), or -1. */
int spec_key_lookup(const char *path, size_t len);
/* The closest of the keys under `parent` (or of all keys by full path when
 * parent is -2) to `name`, for "did you mean"; null when none is close. */
const char *spec_key_suggest(int parent, const char *name, size_t len);
/* The closest word of the space-separated `words` to `s`, or null; the result
 * is copied into the arena. */
const char *spec_word_suggest(cc_arena *a, const char *words, const char *s,
                              size_t len);
/* Index of `s` (len bytes) among the space-separated `words`, or -1. */
int spec_word_index(const char *words, const char *s, size_t len);
/* The `i`-th word of `words` copied into the arena. */
const char *spec_word(cc_arena *a, const char *words, int i);
/* "decode, prefill, mixed" */
const char *spec_word_list(cc_arena *a, const char *words);
/* A reserved word of C17, C23 or C++ (not a valid spec name). */
int spec_is_keyword(const char *s, size_t len);

/* One parse: where diagnostics go, capped so hostile input cannot flood. */
typedef struct spec_ctx {
  cc_arena *arena;
  attncc_diags *diags;
  int errors;
  int stopped; /* too many errors: report nothing more */
} spec_ctx;

/* The text a position refers to: the spec file, or one -D define. */
typedef struct spec_src {
  const char *file;
  const char *text;
  size_t len;
} spec_src;

void spec_error(spec_ctx *c, const spec_src *s, int line, int col,
                const char *fmt, ...) CC_PRINTF(5, 6);

typedef enum spec_node_kind {
  SPEC_N_SCALAR, SPEC_N_MAP, SPEC_N_SEQ,
  SPEC_N_BAD /* an alias or a tagged node: already reported, never read */
} spec_node_kind;

typedef struct spec_node spec_node;
typedef struct spec_pair {
  spec_node *key, *val;
  struct spec_pair *next;
} spec_pair;

/* How a scalar is written: plain, 'single', "double", | literal, > folded. */
typedef enum spec_style {
  SPEC_PLAIN, SPEC_SINGLE, SPEC_DOUBLE, SPEC_LITERAL, SPEC_FOLDED
} spec_style;

struct spec_node {
  spec_node_kind kind;
  const spec_src *src;
  int line, col;         /* 1-based; col counts characters */
  const char *text;      /* scalar value (NUL-terminated copy) */
  size_t len;
  int quoted;            /* scalar written in quotes or as a block scalar */
  spec_style style;
  spec_pair *pairs, *last; /* mapping entries in file order; a sequence's
                              items as pairs without a key */
};

/* spec_yaml.c: reads s->text[off..] (one YAML document) into a node tree.
 * Positions of that part's first line are shifted by the characters of
 * s->text[0..off).  Returns 0 with *root set (null for an empty stream), or
 * -1 after reporting an error that leaves no usable tree. */
int spec_yaml_load(spec_ctx *c, const spec_src *s, size_t off,
                   spec_node **root);
/* Line and character column (1-based) of byte `off` of s. */
void spec_src_pos(const spec_src *s, size_t off, int *line, int *col);
/* The byte offset of a line and character column (1-based) of s. */
size_t spec_src_offset(const spec_src *s, int line, int col);
/* 'text' for a message: quoted, escaped, shortened when long. */
const char *spec_quote(cc_arena *a, const char *s, size_t len);

/* How a value reads in "got ...": 'text', a mapping, a list, ... */
const char *spec_node_what(cc_arena *a, const spec_node *n);
/* ident := [A-Za-z_][A-Za-z0-9_]*, at most `max` characters, not a C or
 * C++ keyword, not reserved (__x, _X, attn_, attnrt_): returns 1, or 0
 * after an error "PATH: ..." at scalar n, which `names` ("a kernel"). */
int spec_check_ident(spec_ctx *c, const spec_node *n, const char *path, long long max,
                     const char *names);

/* spec_expr.c: tensors, mask.expr and score.expr (docs/expressions.md).
 * Reads the tensor declarations of mapping `n` (an empty scalar: none) into
 * out[EXPR_MAX_TENSORS]; returns their number, or -1 after reporting an
 * error. */
int spec_read_tensors(spec_ctx *c, const spec_node *n, expr_tensor *out);
/* Parses and checks the expression in scalar n as `kind` over the tensors;
 * an error, prefixed with `path`, points into the scalar.  Returns the
 * expression, moved into c->arena (it lives as long as the spec), or null
 * after the error. */
const expr *spec_check_expr(spec_ctx *c, const spec_node *n, const char *path, expr_kind kind,
                            const expr_tensor *t, int n_tensors);

#define SPEC_MAX_BYTES (1u << 20)
#define SPEC_MAX_DEPTH 16
#define SPEC_MAX_ERRORS 50

#endif
