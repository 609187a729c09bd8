/*
 * The spec's side of the expression language (issue 7, docs/expressions.md):
 * the `tensors:` declarations, and mask.expr / score.expr parsed by expr.c
 * against them, each error placed inside the YAML scalar that holds the
 * expression.
 */
#include "spec.h"

#include <string.h>

static int text_is(const spec_node *n, const char *s) {
  return n->kind == SPEC_N_SCALAR && n->len == strlen(s) && !memcmp(n->text, s, n->len);
}

/* shape := '[' dim (',' dim)* ']', 1 to EXPR_MAX_RANK dims; a number is
 * written without quotes, a word with or without. */
static int read_shape(spec_ctx *c, const spec_node *n, const char *path, expr_tensor *t) {
  cc_arena *a = c->arena;
  if (n->kind != SPEC_N_SEQ) {
    spec_error(c, n->src, n->line, n->col, "%s.shape: expected a list of dimensions like [heads], got %s", path,
               spec_node_what(a, n));
    return 0;
  }
  int rank = 0, ok = 1;
  for (const spec_pair *p = n->pairs; p; p = p->next, rank++) {
    const spec_node *d = p->val;
    expr_dim dim = {EXPR_DIM_N, 0};
    if (d->kind == SPEC_N_BAD) {
      ok = 0;
    } else if (d->kind != SPEC_N_SCALAR || expr_dim_parse(d->text, d->len, &dim) < 0) {
      spec_error(c, d->src, d->line, d->col,
                 "%s.shape: %s is not a dimension; expected an integer in 1..16777216 or one of %s", path,
                 spec_node_what(a, d), spec_word_list(a, expr_dim_words));
      ok = 0;
    } else if (d->quoted && dim.kind == EXPR_DIM_N) {
      spec_error(c, d->src, d->line, d->col, "%s.shape: write the number %s without quotes", path,
                 spec_quote(a, d->text, d->len));
      ok = 0;
    }
    if (rank < EXPR_MAX_RANK) t->dim[rank] = dim;
  }
  if (ok && (rank < 1 || rank > EXPR_MAX_RANK)) {
    spec_error(c, n->src, n->line, n->col, "%s.shape: a tensor has 1 to %d dimensions, got %d", path,
               EXPR_MAX_RANK, rank);
    ok = 0;
  }
  t->rank = rank;
  return ok;
}

/* entry := {shape: shape, type: f32 | i32}; type defaults to f32. */
static int read_entry(spec_ctx *c, const spec_node *name, const spec_node *n, expr_tensor *t) {
  cc_arena *a = c->arena;
  const char *path = cc_sprintf(a, "tensors.%s", name->text);
  if (n->kind != SPEC_N_MAP) {
    if (n->kind != SPEC_N_BAD)
      spec_error(c, n->src, n->line, n->col, "%s: expected a mapping like '{shape: [heads], type: f32}', got %s",
                 path, spec_node_what(a, n));
    return 0;
  }
  const spec_node *shape = NULL, *type = NULL;
  int ok = 1;
  for (const spec_pair *p = n->pairs; p; p = p->next) {
    const spec_node *k = p->key, **slot = text_is(k, "shape") ? &shape : text_is(k, "type") ? &type : NULL;
    if (k->kind == SPEC_N_BAD || p->val->kind == SPEC_N_BAD) {
      ok = 0;
    } else if (!slot) {
      const char *hint = k->kind == SPEC_N_SCALAR ? spec_word_suggest(a, "shape type", k->text, k->len) : NULL;
      const char *full = k->kind == SPEC_N_SCALAR ? cc_sprintf(a, "%s.%s", path, k->text) : NULL;
      spec_error(c, k->src, k->line, k->col, "unknown key %s%s%s%s",
                 full ? spec_quote(a, full, strlen(full)) : spec_node_what(a, k), hint ? "; did you mean '" : "",
                 hint ? hint : "", hint ? "'?" : "");
      ok = 0;
    } else if (*slot) {
      spec_error(c, k->src, k->line, k->col, "duplicate key '%s.%s'", path, k->text);
      ok = 0;
    } else {
      *slot = p->val;
    }
  }
  if (!ok) return 0;
  t->name = name->text;
  if (!shape) {
    spec_error(c, name->src, name->line, name->col, "%s: missing required key 'shape'", path);
    return 0;
  }
  ok = read_shape(c, shape, path, t);
  t->elem = EXPR_F32;
  if (type) {
    int w = type->kind == SPEC_N_SCALAR ? spec_word_index("f32 i32", type->text, type->len) : -1;
    if (w < 0) {
      const char *hint = type->kind == SPEC_N_SCALAR ? spec_word_suggest(a, "f32 i32", type->text, type->len) : NULL;
      spec_error(c, type->src, type->line, type->col, "%s.type: %s is not one of f32, i32%s%s%s", path,
                 spec_node_what(a, type), hint ? "; did you mean '" : "", hint ? hint : "", hint ? "'?" : "");
      return 0;
    }
    t->elem = w ? EXPR_I32 : EXPR_F32;
  }
  return ok;
}

/* tensors := {name: entry, ...}: at most EXPR_MAX_TENSORS, each name a C
 * identifier (it will name a kernel argument) that is not a variable or a
 * function of the expression language, each once. */
int spec_read_tensors(spec_ctx *c, const spec_node *n, expr_tensor *out) {
  int count = 0, ok = 1;
  if (n->kind != SPEC_N_MAP) return 0; /* empty */
  for (const spec_pair *p = n->pairs; p; p = p->next) {
    const spec_node *k = p->key;
    if (k->kind == SPEC_N_BAD) {
      ok = 0;
      continue;
    }
    if (k->kind != SPEC_N_SCALAR || !k->len) {
      spec_error(c, k->src, k->line, k->col, "tensors: a tensor's name must be a C identifier like 'bias', not %s",
                 spec_node_what(c->arena, k));
      ok = 0;
      continue;
    }
    if (!spec_check_ident(c, k, "tensors", 63, "a tensor")) {
      ok = 0;
      continue;
    }
    if (expr_is_reserved(k->text, k->len)) {
      spec_error(c, k->src, k->line, k->col,
                 "tensors: %s is a variable or a function of the expression language; name the tensor differently",
                 spec_quote(c->arena, k->text, k->len));
      ok = 0;
      continue;
    }
    const spec_pair *first = n->pairs;
    while (first != p && !text_is(first->key, k->text)) first = first->next;
    if (first != p) {
      spec_error(c, k->src, k->line, k->col, "tensors: duplicate tensor '%s' (first given at line %d, column %d)",
                 k->text, first->key->line, first->key->col);
      ok = 0;
      continue;
    }
    if (count == EXPR_MAX_TENSORS) {
      spec_error(c, k->src, k->line, k->col, "tensors: at most %d tensors may be declared", EXPR_MAX_TENSORS);
      return -1;
    }
    ok &= read_entry(c, k, p->val, &out[count++]);
  }
  return ok ? count : -1;
}

static int is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }

/* The byte of n's source that holds byte `off` of its value, found by
 * walking both: runs of whitespace match runs (folded lines, block
 * indentation), '' in single quotes is one '.  A double-quoted scalar with
 * escapes, or anything unexpected, gives the scalar's own position. */
static void value_pos(const spec_node *n, size_t off, int *line, int *col) {
  const spec_src *s = n->src;
  const char *src = s->text, *v = n->text;
  size_t start = spec_src_offset(s, n->line, n->col), j = start, i = 0;
  *line = n->line;
  *col = n->col;
  if (n->style == SPEC_SINGLE || n->style == SPEC_DOUBLE) j++;
  if (n->style == SPEC_LITERAL || n->style == SPEC_FOLDED) { /* the text starts after the header line */
    while (j < s->len && src[j] != '\n') j++;
    j++;
  }
  if (n->style == SPEC_DOUBLE)
    for (size_t q = j; q < s->len && src[q] != '"'; q++)
      if (src[q] == '\\') return;
  while (i < off) {
    if (j >= s->len) return;
    if (is_space(v[i]) && is_space(src[j])) {
      while (i < off && is_space(v[i])) i++;
      while (j < s->len && is_space(src[j])) j++;
    } else if (is_space(src[j])) {
      j++;
    } else if (n->style == SPEC_SINGLE && v[i] == '\'' && src[j] == '\'' && j + 1 < s->len && src[j + 1] == '\'') {
      i++, j += 2;
    } else if (v[i] == src[j]) {
      i++, j++;
    } else {
      return;
    }
  }
  while (off < n->len && !is_space(v[off]) && j < s->len && is_space(src[j])) j++;
  spec_src_pos(s, j, line, col);
}

const expr *spec_check_expr(spec_ctx *c, const spec_node *n, const char *path, expr_kind kind,
                            const expr_tensor *t, int n_tensors) {
  if (memchr(n->text, 0, n->len)) {
    spec_error(c, n->src, n->line, n->col, "%s: the expression contains a NUL character", path);
    return NULL;
  }
  expr_error err;
  expr *e = expr_parse(n->text, kind, t, n_tensors, &err);
  if (e) {
    expr_move(e, c->arena);
    return e;
  }
  int line, col;
  value_pos(n, (size_t)err.pos, &line, &col);
  spec_error(c, n->src, line, col, "%s: %s", path, err.msg);
  return NULL;
}
