/*
 * spec_parse: the node tree of spec_yaml.c, plus -D overrides, checked
 * against the schema table into an attn_spec with every default filled in.
 *
 * Order of work: read the YAML; apply the defines to the tree; walk the
 * tree, typing each key's value; report missing required keys; fill
 * defaults; check contradictions between keys; build the canonical text.
 * Each step reports what it finds and marks what it could not read, so a
 * later step never complains about the consequence of an earlier error.
 */
#include "spec.h"

#include <errno.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NOT_YET "is not supported yet (see docs/spec.md)"

static void spec_verror(spec_ctx *c, const spec_src *s, int line, int col,
                        const char *fmt, va_list ap) {
  if (c->stopped) return;
  if (c->errors++ == SPEC_MAX_ERRORS) {
    cc_diag(c->diags, ATTNCC_ERROR, s ? s->file : NULL, NULL, 0, 0, 0,
            "too many errors; stopping here");
    c->stopped = 1;
    return;
  }
  cc_vdiag(c->diags, ATTNCC_ERROR, s ? s->file : NULL, s ? s->text : NULL, s ? s->len : 0,
           line, col, fmt, ap);
}

void spec_error(spec_ctx *c, const spec_src *s, int line, int col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  spec_verror(c, s, line, col, fmt, ap);
  va_end(ap);
}

static void node_error(spec_ctx *c, const spec_node *n, const char *fmt, ...) CC_PRINTF(3, 4);
static void node_error(spec_ctx *c, const spec_node *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  spec_verror(c, n->src, n->line, n->col, fmt, ap);
  va_end(ap);
}

/* --- typing one value -------------------------------------------------- */

/* One key's effective value. */
typedef struct value {
  const spec_node *key, *val; /* where it was written; null when absent */
  int ok;                     /* usable: read without error, or defaulted */
  long long i;                /* INT; BOOL 0/1; ENUM: index into `values` */
  double d;                   /* SCALE, when not auto */
  int is_auto;
  const char *s;              /* IDENT */
  const expr *x;              /* EXPR, once check_exprs parsed it */
  const expr_tensor *t;       /* TENSORS: i of them */
} value;

typedef struct checker {
  spec_ctx *c;
  const spec_src *main;
  value v[SPEC_K_COUNT];
  int hinted[SPEC_K_COUNT]; /* named by a "did you mean": not also "missing" */
  expr_tensor tensors[EXPR_MAX_TENSORS]; /* tensors: */
  int n_tensors;                         /* -1: unusable */
} checker;

static int is_planned(int k) { return spec_keys[k].flags & SPEC_PLANNED; }

/* Whether key k means anything beside the others: rope.scaling.factor only
 * with scaling type linear or llama3, its other parameters only with
 * llama3; every other key always. */
static int scaling_param_used(const value *v, int k) {
  int type = (int)v[SPEC_K_ROPE_SCALING_TYPE].i;
  if (k == SPEC_K_ROPE_SCALING_FACTOR) return type == SPEC_ROPE_SCALE_LINEAR || type == SPEC_ROPE_SCALE_LLAMA3;
  if (k == SPEC_K_ROPE_SCALING_LOW || k == SPEC_K_ROPE_SCALING_HIGH || k == SPEC_K_ROPE_SCALING_ORIG)
    return type == SPEC_ROPE_SCALE_LLAMA3;
  return 1;
}

static int is_empty(const spec_node *n) {
  return n->kind == SPEC_N_SCALAR && !n->quoted && n->len == 0;
}

const char *spec_node_what(cc_arena *a, const spec_node *n) {
  switch (n->kind) {
  case SPEC_N_MAP: return "a mapping";
  case SPEC_N_SEQ: return "a list";
  case SPEC_N_SCALAR:
    if (is_empty(n)) return "an empty value";
    return n->quoted ? cc_sprintf(a, "the quoted string %s", spec_quote(a, n->text, n->len))
                     : spec_quote(a, n->text, n->len);
  case SPEC_N_BAD: break;
  }
  return "an unusable value";
}

/* What key k accepts, for "expected ..." */
static const char *expected(cc_arena *a, int k) {
  const spec_key *s = &spec_keys[k];
  switch (s->kind) {
  case SPEC_MAP:
  case SPEC_TENSORS: return cc_sprintf(a, "a mapping like '%s: %s'", s->path, s->example);
  case SPEC_INT:
    return s->min == s->max ? cc_sprintf(a, "%lld", s->min)
                            : cc_sprintf(a, "an integer in %lld..%lld", s->min, s->max);
  case SPEC_BOOL: return "true or false";
  case SPEC_ENUM: return cc_sprintf(a, "one of %s", spec_word_list(a, s->values));
  case SPEC_IDENT: return "a C identifier";
  case SPEC_SCALE: return "auto or a finite number > 0";
  case SPEC_NUM: return s->min > 0 ? cc_sprintf(a, "a number >= %lld", s->min) : "a finite number > 0";
  case SPEC_STR: return "a string";
  case SPEC_EXPR: return cc_sprintf(a, "an expression like %s", s->example);
  }
  cc_unreachable();
}

static void type_error(checker *ck, int k, const spec_node *n) {
  cc_arena *a = ck->c->arena;
  const char *hint = n->kind == SPEC_N_SCALAR && n->quoted &&
                             (spec_keys[k].kind == SPEC_INT || spec_keys[k].kind == SPEC_BOOL ||
                              spec_keys[k].kind == SPEC_SCALE)
                         ? "; write numbers and true/false without quotes"
                         : "";
  node_error(ck->c, n, "%s: expected %s, got %s%s", spec_keys[k].path, expected(a, k),
             spec_node_what(a, n), hint);
}

/* int := [+-]? digit+, decimal, no leading zeros; out of range (however
 * long) is a range error, never an overflow. */
static int read_int(checker *ck, int k, const spec_node *n, value *v) {
  const spec_key *s = &spec_keys[k];
  const char *t = n->text;
  size_t i = 0, len = n->len;
  if (n->kind != SPEC_N_SCALAR || n->quoted) return type_error(ck, k, n), 0;
  int neg = i < len && (t[i] == '-' || t[i] == '+') ? t[i++] == '-' : 0;
  size_t d0 = i;
  long long x = 0;
  int huge = 0;
  for (; i < len && t[i] >= '0' && t[i] <= '9'; i++) {
    if (x > 1000000000000LL) huge = 1;
    else x = 10 * x + (t[i] - '0');
  }
  if (i == d0 || i != len) return type_error(ck, k, n), 0;
  if (t[d0] == '0' && len - d0 > 1) {
    node_error(ck->c, n, "%s: write %s without leading zeros (YAML 1.1 reads them as octal)",
               s->path, spec_quote(ck->c->arena, t, len));
    return 0;
  }
  if (neg) x = -x;
  if (huge || x < s->min || x > s->max) {
    const char *num = spec_quote(ck->c->arena, t, len);
    if (k == SPEC_K_ATTNCC)
      node_error(ck->c, n, "unsupported spec version %.*s; this attncc reads version %d",
                 (int)strlen(num) - 2, num + 1, ATTNCC_SPEC_VERSION);
    else
      node_error(ck->c, n, "%s: %.*s is out of range %lld..%lld", s->path,
                 (int)strlen(num) - 2, num + 1, s->min, s->max);
    return 0;
  }
  v->i = x;
  return 1;
}

static int read_bool(checker *ck, int k, const spec_node *n, value *v) {
  if (n->kind == SPEC_N_SCALAR && !n->quoted && !strcmp(n->text, "true")) v->i = 1;
  else if (n->kind == SPEC_N_SCALAR && !n->quoted && !strcmp(n->text, "false")) v->i = 0;
  else return type_error(ck, k, n), 0;
  return 1;
}

static int read_enum(checker *ck, int k, const spec_node *n, value *v) {
  const spec_key *s = &spec_keys[k];
  cc_arena *a = ck->c->arena;
  if (n->kind != SPEC_N_SCALAR || is_empty(n)) return type_error(ck, k, n), 0;
  v->i = spec_word_index(s->values, n->text, n->len);
  if (v->i >= 0) return 1;
  const char *q = spec_quote(a, n->text, n->len);
  if (s->later && spec_word_index(s->later, n->text, n->len) >= 0) {
    node_error(ck->c, n, "%s: %s " NOT_YET, s->path, q);
    return 0;
  }
  const char *hint = spec_word_suggest(a, s->values, n->text, n->len);
  node_error(ck->c, n, "%s: %s is not one of %s%s%s%s", s->path, q, spec_word_list(a, s->values),
             hint ? "; did you mean '" : "", hint ? hint : "", hint ? "'?" : "");
  return 0;
}

int spec_check_ident(spec_ctx *c, const spec_node *n, const char *path, long long max, const char *names) {
  const char *t = n->text;
  size_t len = n->len;
  const char *q = spec_quote(c->arena, t, len);
  int ok = (t[0] < '0' || t[0] > '9');
  for (size_t i = 0; i < len; i++) {
    char ch = t[i];
    ok &= (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
          ch == '_';
  }
  if (!ok)
    node_error(c, n, "%s: %s is not a C identifier (letters, digits and '_', not starting with a digit)",
               path, q);
  else if ((long long)len > max)
    node_error(c, n, "%s: %s is %zu characters long; at most %lld are allowed", path, q, len, max);
  else if (spec_is_keyword(t, len))
    node_error(c, n, "%s: %s is a C or C++ keyword; it cannot name %s", path, q, names);
  else if (len >= 2 && t[0] == '_' && (t[1] == '_' || (t[1] >= 'A' && t[1] <= 'Z')))
    node_error(c, n, "%s: %s is reserved for the C implementation (it starts with '%.2s')", path, q, t);
  else if (!strncmp(t, "attn_", 5) || !strncmp(t, "attnrt_", 7))
    node_error(c, n, "%s: %s starts with '%s', which is reserved for attncc's own symbols", path, q,
               t[4] == '_' ? "attn_" : "attnrt_");
  else
    return 1;
  return 0;
}

static int read_ident(checker *ck, int k, const spec_node *n, value *v) {
  const char *t = n->text;
  if (n->kind != SPEC_N_SCALAR || n->len == 0 ||
      (!n->quoted && (!strcmp(t, "~") || !strcmp(t, "null") || !strcmp(t, "Null") ||
                      !strcmp(t, "NULL"))))
    return type_error(ck, k, n), 0;
  if (!spec_check_ident(ck->c, n, spec_keys[k].path, spec_keys[k].max, "a kernel")) return 0;
  v->s = t;
  return 1;
}

/* number := [+-]? (digit+ ('.' digit*)? | '.' digit+) ([eE] [+-]? digit+)? */
static int number_syntax(const char *t, size_t len) {
  size_t i = 0, d = 0;
  if (i < len && (t[i] == '+' || t[i] == '-')) i++;
  for (; i < len && t[i] >= '0' && t[i] <= '9'; i++) d++;
  if (i < len && t[i] == '.')
    for (i++; i < len && t[i] >= '0' && t[i] <= '9'; i++) d++;
  if (!d) return 0;
  if (i < len && (t[i] == 'e' || t[i] == 'E')) {
    i++;
    if (i < len && (t[i] == '+' || t[i] == '-')) i++;
    if (i >= len || t[i] < '0' || t[i] > '9') return 0;
    while (i < len && t[i] >= '0' && t[i] <= '9') i++;
  }
  return i == len;
}

/* strtod reads the current locale's decimal point; YAML's is always '.'. */
static double parse_double(cc_arena *a, const char *t, size_t len) {
  char *copy = cc_strndup(a, t, len);
  char *dot = strchr(copy, '.');
  if (dot) *dot = localeconv()->decimal_point[0];
  return strtod(copy, NULL);
}

static int read_scale(checker *ck, int k, const spec_node *n, value *v) {
  const char *path = spec_keys[k].path;
  if (n->kind == SPEC_N_SCALAR && !strcmp(n->text, "auto")) {
    v->is_auto = 1;
    return 1;
  }
  if (n->kind != SPEC_N_SCALAR || n->quoted || !number_syntax(n->text, n->len))
    return type_error(ck, k, n), 0;
  errno = 0;
  double x = parse_double(ck->c->arena, n->text, n->len);
  int range = errno == ERANGE; /* overflow, or underflow to 0 or a subnormal */
  const char *q = spec_quote(ck->c->arena, n->text, n->len);
  if (n->text[0] == '-' || (x == 0 && !range)) return type_error(ck, k, n), 0;
  if (!(x <= FLT_MAX)) {
    node_error(ck->c, n, "%s: %s is too large (the kernel scales in f32)", path, q);
    return 0;
  }
  if (x < FLT_MIN) {
    node_error(ck->c, n, "%s: %s is too small (the kernel scales in f32)", path, q);
    return 0;
  }
  v->d = x;
  return 1;
}

/* A NUM: a finite number > 0 and >= min, as YAML writes it (no quotes). */
static int read_num(checker *ck, int k, const spec_node *n, value *v) {
  const spec_key *s = &spec_keys[k];
  if (n->kind != SPEC_N_SCALAR || n->quoted || !number_syntax(n->text, n->len)) return type_error(ck, k, n), 0;
  errno = 0;
  double x = parse_double(ck->c->arena, n->text, n->len);
  const char *q = spec_quote(ck->c->arena, n->text, n->len);
  if (errno == ERANGE || !isfinite(x) || x <= 0 || x < (double)s->min) {
    node_error(ck->c, n, "%s: %s is out of range; expected %s", s->path, q, expected(ck->c->arena, k));
    return 0;
  }
  v->d = x;
  return 1;
}

static void walk(checker *ck, const spec_node *map, int parent);

/* Types node `n` as the value of key k into ck->v[k]. */
static void read_value(checker *ck, int k, const spec_node *n) {
  value *v = &ck->v[k];
  if (n->kind == SPEC_N_BAD) return;
  switch (spec_keys[k].kind) {
  case SPEC_MAP:
    if (n->kind == SPEC_N_MAP) walk(ck, n, k);
    else if (!is_empty(n)) return type_error(ck, k, n);
    v->ok = 1;
    return;
  case SPEC_INT: v->ok = read_int(ck, k, n, v); return;
  case SPEC_BOOL: v->ok = read_bool(ck, k, n, v); return;
  case SPEC_ENUM: v->ok = read_enum(ck, k, n, v); return;
  case SPEC_IDENT: v->ok = read_ident(ck, k, n, v); return;
  case SPEC_SCALE: v->ok = read_scale(ck, k, n, v); return;
  case SPEC_NUM: v->ok = read_num(ck, k, n, v); return;
  case SPEC_EXPR: /* parsed against the tensors after the walk: check_exprs */
    if (n->kind != SPEC_N_SCALAR || is_empty(n)) return type_error(ck, k, n);
    v->ok = 1;
    return;
  case SPEC_TENSORS:
    if (n->kind != SPEC_N_MAP && !is_empty(n)) return type_error(ck, k, n);
    ck->n_tensors = spec_read_tensors(ck->c, n, ck->tensors);
    v->ok = ck->n_tensors >= 0;
    v->t = ck->tensors;
    v->i = v->ok ? ck->n_tensors : 0;
    return;
  case SPEC_STR: break;
  }
  cc_unreachable(); /* planned keys are rejected before their values are read */
}

/* "heads.kv", or what the user wrote under a mapping, quoted for a message. */
static const char *key_path(cc_arena *a, int parent, const spec_node *key) {
  const char *p = parent < 0 ? cc_strndup(a, key->text, key->len)
                             : cc_sprintf(a, "%s.%.*s", spec_keys[parent].path, (int)key->len,
                                          key->text);
  return spec_quote(a, p, strlen(p));
}

/* mapping := (key value)*, each key one of the schema's keys under `parent`,
 * at most once. */
static void walk(checker *ck, const spec_node *map, int parent) {
  cc_arena *a = ck->c->arena;
  for (const spec_pair *p = map->pairs; p && !ck->c->stopped; p = p->next) {
    const spec_node *key = p->key;
    if (key->kind == SPEC_N_BAD) continue;
    if (key->kind != SPEC_N_SCALAR || key->len == 0) {
      node_error(ck->c, key, "a key must be a name like 'heads', not %s", spec_node_what(a, key));
      continue;
    }
    int k = spec_key_child(parent, key->text, key->len);
    if (k < 0) {
      const char *hint = spec_key_suggest(parent, key->text, key->len);
      if (hint) ck->hinted[spec_key_lookup(hint, strlen(hint))] = 1;
      node_error(ck->c, key, "unknown key %s%s%s%s", key_path(a, parent, key),
                 hint ? "; did you mean '" : "", hint ? hint : "", hint ? "'?" : "");
      continue;
    }
    value *v = &ck->v[k];
    if (v->key) {
      node_error(ck->c, key, "duplicate key '%s' (first given at line %d, column %d%s%s)",
                 spec_keys[k].path, v->key->line, v->key->col, v->key->src == key->src ? "" : " of ",
                 v->key->src == key->src ? "" : v->key->src->file);
      continue;
    }
    v->key = key;
    v->val = p->val;
    if (is_planned(k)) node_error(ck->c, key, "'%s' " NOT_YET, spec_keys[k].path);
    else read_value(ck, k, p->val);
  }
}

/* --- after the walk ------------------------------------------------------ */

/* A required key is missing only where its mapping is present and readable;
 * the error points at that mapping's key (or at the top of the file). */
static void check_required(checker *ck) {
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    int p = spec_key_parent(k);
    if (!(spec_keys[k].flags & SPEC_REQ) || is_planned(k) || ck->v[k].key || ck->hinted[k])
      continue;
    if (p >= 0 && !ck->v[p].ok) continue;
    if (p < 0) spec_error(ck->c, ck->main, 1, 1, "missing required key '%s'", spec_keys[k].path);
    else node_error(ck->c, ck->v[p].key, "missing required key '%s'", spec_keys[k].path);
  }
}

static void fill_defaults(checker *ck) {
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    const spec_key *s = &spec_keys[k];
    value *v = &ck->v[k];
    if (v->key || !s->dflt || is_planned(k)) continue;
    if (s->dflt[0] == '=') {
      int from = spec_key_lookup(s->dflt + 1, strlen(s->dflt + 1));
      cc_assert(from >= 0 && from < k);
      *v = ck->v[from];
      v->key = v->val = NULL;
      continue;
    }
    v->ok = 1;
    switch (s->kind) {
    case SPEC_INT: v->i = atoll(s->dflt); break;
    case SPEC_BOOL: v->i = !strcmp(s->dflt, "true"); break;
    case SPEC_ENUM: v->i = spec_word_index(s->values, s->dflt, strlen(s->dflt)); break;
    case SPEC_SCALE: v->is_auto = 1; cc_assert(!strcmp(s->dflt, "auto")); break;
    case SPEC_NUM: v->d = parse_double(ck->c->arena, s->dflt, strlen(s->dflt)); break;
    default: cc_die("no default for %s", s->path);
    }
    cc_assert(v->i >= 0);
  }
}

/* mask.prefix_lm, mask.documents and mask.block_sparse (ABI 7): the masks
 * whose data comes at run time.  A ring overwrites positions, which the
 * prefix, the document ids and the block rows are indexed by; the sinks'
 * extra key range would bypass a document or a block layout. */
static void check_runtime_masks(checker *ck) {
  value *layout = &ck->v[SPEC_K_CACHE_LAYOUT], *causal = &ck->v[SPEC_K_MASK_CAUSAL];
  value *sinks = &ck->v[SPEC_K_MASK_SINKS], *bsize = &ck->v[SPEC_K_MASK_BLOCK_SIZE];
  value *prefix = &ck->v[SPEC_K_MASK_PREFIX_LM];
  value *sparse = &ck->v[SPEC_K_MASK_BLOCK_SPARSE];
  if (prefix->ok && prefix->i && causal->ok && !causal->i)
    node_error(ck->c, prefix->val, "mask.prefix_lm makes a prefix visible beyond the causal mask, so it needs "
                                   "mask.causal: true (without it every key is visible already)");
  if (bsize->ok && bsize->key && sparse->ok && !sparse->i)
    node_error(ck->c, bsize->val, "mask.block_size applies only to mask.block_sparse: runtime");
  static const spec_key_id keys[] = {SPEC_K_MASK_PREFIX_LM, SPEC_K_MASK_DOCUMENTS, SPEC_K_MASK_BLOCK_SPARSE};
  for (size_t j = 0; j < sizeof keys / sizeof *keys; j++) {
    value *x = &ck->v[keys[j]];
    if (!x->ok || !x->i) continue;
    if (layout->ok && layout->i == ATTN_RING)
      node_error(ck->c, x->val, "%s with cache.layout: ring " NOT_YET " (its run-time data is indexed by "
                 "position, which a ring overwrites; use contiguous or paged)", spec_keys[keys[j]].path);
    else if (j && sinks->ok && sinks->i)
      node_error(ck->c, x->val, "%s with mask.sinks " NOT_YET " (the sink keys would be visible across it)",
                 spec_keys[keys[j]].path);
  }
}

/* cache.layout, cache.page_size, the quantized cache types and mask.window
 * (ABI 5), mask.sinks and score (ABI 6): what they need of each other and of
 * the rest of the spec. */
static void check_layout(checker *ck) {
  cc_arena *a = ck->c->arena;
  value *layout = &ck->v[SPEC_K_CACHE_LAYOUT], *page = &ck->v[SPEC_K_CACHE_PAGE_SIZE];
  value *window = &ck->v[SPEC_K_MASK_WINDOW], *cap = &ck->v[SPEC_K_CACHE_CAPACITY];
  value *causal = &ck->v[SPEC_K_MASK_CAUSAL], *store = &ck->v[SPEC_K_CACHE_STORE];
  value *cache = &ck->v[SPEC_K_TYPES_CACHE], *kind = &ck->v[SPEC_K_KIND];
  value *dim = &ck->v[SPEC_K_HEADS_DIM], *vdim = &ck->v[SPEC_K_HEADS_V_DIM], *rope = &ck->v[SPEC_K_ROPE];
  value *apply = &ck->v[SPEC_K_ROPE_APPLY];
  if (!layout->ok) return;
  const char *lname = spec_word(a, spec_keys[SPEC_K_CACHE_LAYOUT].values, (int)layout->i);
  if (page->ok && page->key && layout->i != ATTN_PAGED)
    node_error(ck->c, page->val, "cache.page_size applies only to cache.layout: paged (cache.layout is %s%s)", lname,
               layout->key ? "" : ", the default");
  else if (page->ok && layout->i == ATTN_PAGED && (page->i & (page->i - 1)))
    node_error(ck->c, page->val, "cache.page_size (%lld) must be a power of two (1, 2, 4, .. 512)", page->i);
  if (window->ok && window->i) {
    if (causal->ok && !causal->i)
      node_error(ck->c, window->val,
                 "mask.window needs mask.causal: true (a window is the last mask.window positions up to the query's own)");
    if (store->ok && store->i != ATTN_STORE_KV)
      node_error(ck->c, window->val, "mask.window with cache.store: %s " NOT_YET,
                 spec_word(a, spec_keys[SPEC_K_CACHE_STORE].values, (int)store->i));
  }
  value *sinks = &ck->v[SPEC_K_MASK_SINKS];
  if (sinks->ok && sinks->i && window->ok) {
    if (!window->i)
      node_error(ck->c, sinks->val,
                 "mask.sinks keeps the first positions visible beside a window, so it needs mask.window (without "
                 "one every key is visible already)");
    else if (layout->i == ATTN_RING)
      node_error(ck->c, sinks->val, "mask.sinks with cache.layout: ring " NOT_YET " (the ring overwrites the sink "
                 "tokens; use contiguous or paged)");
  }
  check_runtime_masks(ck);
  static const spec_key_id kv_only[] = {SPEC_K_MASK_SINKS,       SPEC_K_MASK_PREFIX_LM, SPEC_K_MASK_DOCUMENTS,
                                        SPEC_K_MASK_BLOCK_SPARSE, SPEC_K_SCORE_ALIBI,    SPEC_K_SCORE_SOFTCAP};
  for (size_t j = 0; j < sizeof kv_only / sizeof *kv_only; j++) {
    value *x = &ck->v[kv_only[j]];
    if (x->ok && x->key && (x->i || x->d > 0) && store->ok && store->i != ATTN_STORE_KV)
      node_error(ck->c, x->val, "%s with cache.store: %s " NOT_YET, spec_keys[kv_only[j]].path,
                 spec_word(a, spec_keys[SPEC_K_CACHE_STORE].values, (int)store->i));
  }
  if (layout->i == ATTN_RING && window->ok && cap->ok) {
    if (!window->i)
      node_error(ck->c, layout->val,
                 "cache.layout: ring keeps only the last cache.capacity tokens, so it needs mask.window (at most "
                 "cache.capacity, %lld) to say which keys a query sees", cap->i);
    else if (window->i > cap->i)
      node_error(ck->c, window->val,
                 "mask.window (%lld) is larger than cache.capacity (%lld), but cache.layout: ring keeps only the last "
                 "cache.capacity tokens; make the ring at least as large as the window", window->i, cap->i);
  }
  int quant = cache->ok && cache->i >= ATTN_I8;
  const char *tname = cache->ok ? spec_dtype_name((attn_dtype)cache->i) : "";
  if ((quant || layout->i != ATTN_CONTIGUOUS) && store->ok && store->i != ATTN_STORE_KV)
    node_error(ck->c, quant ? cache->val : layout->val, "%s%s with cache.store: %s " NOT_YET,
               quant ? "types.cache: " : "cache.layout: ", quant ? tname : lname,
               spec_word(a, spec_keys[SPEC_K_CACHE_STORE].values, (int)store->i));
  if ((quant || layout->i != ATTN_CONTIGUOUS) && kind->ok && kind->i == 1)
    node_error(ck->c, quant ? cache->val : layout->val, "%s%s with kind: cross " NOT_YET,
               quant ? "types.cache: " : "cache.layout: ", quant ? tname : lname);
  if (quant && rope->key && apply->ok && apply->i == ATTN_ROPE_ON_READ)
    node_error(ck->c, cache->val,
               "types.cache: %s with rope.apply: on_read " NOT_YET "; use rope.apply: on_write (NAME_append rotates "
               "keys before it quantizes them)", tname);
  if (cache->ok && cache->i == ATTN_Q4)
    for (int j = 0; j < 2; j++) {
      value *w = j ? vdim : dim;
      if (w->ok && w->i % 32)
        node_error(ck->c, w->val ? w->val : cache->val,
                   "types.cache: q4 quantizes groups of 32 elements, but heads.%s is %lld%s; it must be a multiple "
                   "of 32", j ? "v_dim" : "dim", w->i, w->key ? "" : " (the default)");
    }
}

/* Contradictions between keys, each reported at the later-named key's value. */
static void check_contradictions(checker *ck) {
  value *q = &ck->v[SPEC_K_HEADS_Q], *kv = &ck->v[SPEC_K_HEADS_KV];
  if (q->ok && kv->ok && q->i % kv->i)
    node_error(ck->c, kv->val,
               "heads.q (%lld) is not a multiple of heads.kv (%lld); every key/value head must serve the same number of query heads",
               q->i, kv->i);
  value *cache = &ck->v[SPEC_K_TYPES_CACHE];
  static const spec_key_id with_cache[] = {SPEC_K_TYPES_Q, SPEC_K_TYPES_OUT};
  for (size_t j = 0; j < sizeof with_cache / sizeof *with_cache; j++) {
    int k = with_cache[j];
    value *t = &ck->v[k];
    if (!t->ok || !cache->ok || t->i == ATTN_F32 || t->i == cache->i || cache->i >= ATTN_I8) continue;
    node_error(ck->c, t->val, "%s is %s but types.cache is %s%s; %s must be f32 or equal to types.cache",
               spec_keys[k].path, spec_dtype_name((attn_dtype)t->i),
               spec_dtype_name((attn_dtype)cache->i), cache->key ? "" : " (the default)",
               spec_keys[k].path);
  }
  value *store = &ck->v[SPEC_K_CACHE_STORE], *order = &ck->v[SPEC_K_CACHE_ORDER];
  value *slim = &ck->v[SPEC_K_SLIM_ORDER], *dmodel = &ck->v[SPEC_K_MODEL_D_MODEL];
  value *dim = &ck->v[SPEC_K_HEADS_DIM], *latent = &ck->v[SPEC_K_CACHE_LATENT_DIM];
  value *rope = &ck->v[SPEC_K_CACHE_ROPE_DIM];
  value *kind = &ck->v[SPEC_K_KIND], *causal = &ck->v[SPEC_K_MASK_CAUSAL], *phase = &ck->v[SPEC_K_PHASE];
  value *shared = &ck->v[SPEC_K_CACHE_SHARED];
  if (kind->ok && kind->i == 1) {
    if (causal->ok && causal->i)
      node_error(ck->c, causal->val,
                 "mask.causal is true but kind is cross: decoder queries see every encoder position");
    if (phase->ok && phase->i == ATTN_PREFILL)
      node_error(ck->c, phase->val,
                 "phase prefill gives a query for every cached position, but with kind: cross the cache holds "
                 "the encoder's tokens; use phase: mixed (q_len decoder tokens) or decode");
  }
  if (shared->ok && shared->i && ((kind->ok && kind->i != 1) || (store->ok && store->i != ATTN_STORE_X)))
    node_error(ck->c, shared->val,
               "cache.shared_across_layers needs kind: cross and cache.store: x: only the encoder's output is the "
               "same for every layer (K/V, keys-only and latent caches hold per-layer projections)");
  check_layout(ck);
  if (!store->ok) return;
  const char *sname = spec_word(ck->c->arena, spec_keys[SPEC_K_CACHE_STORE].values, (int)store->i);
  if (store->i == ATTN_STORE_K_ONLY || store->i == ATTN_STORE_V_ONLY) {
    /* one side recovers the other through a square projection */
    int ko = store->i == ATTN_STORE_K_ONLY;
    value *width = ko ? dim : &ck->v[SPEC_K_HEADS_V_DIM];
    long long w = width->ok && width->i ? width->i : dim->ok ? dim->i : 0; /* v_dim 0: = dim */
    if (q->ok && kv->ok && q->i != kv->i)
      node_error(ck->c, store->val,
                 "cache.store: %s needs multi-head attention, but heads.kv is %lld and heads.q %lld: with "
                 "GQA/MQA the %s do not determine the %s (W_%c is not square); use cache.store: x "
                 "(cache the layer input) instead",
                 sname, kv->i, q->i, ko ? "keys" : "values", ko ? "values" : "keys", ko ? 'k' : 'v');
    else if (q->ok && w && dmodel->ok && dmodel->i && dmodel->i != q->i * w)
      node_error(ck->c, dmodel->val,
                 "model.d_model is %lld but heads.q x heads.%s is %lld: cache.store: %s needs a square W_%c "
                 "(heads.kv x heads.%s = model.d_model); use cache.store: x (cache the layer input) instead",
                 dmodel->i, ko ? "dim" : "v_dim", q->i * w, sname, ko ? 'k' : 'v', ko ? "dim" : "v_dim");
    if (order->ok && order->i != ATTN_TOKEN_MAJOR)
      node_error(ck->c, order->val,
                 "cache.order is %s but cache.store is %s, whose %s read each token's whole row "
                 "(all heads); use cache.order: token_major",
                 spec_order_name((attn_order)order->i), sname, ko ? "values" : "keys");
  }
  if (store->i != ATTN_STORE_K_ONLY && slim->ok && slim->key && slim->i != SPEC_SLIM_AUTO) {
    node_error(ck->c, slim->val, "slim.order applies only to cache.store: k_only (cache.store is %s%s)", sname,
               store->key ? "" : ", the default");
  }
  if (store->i == ATTN_STORE_X && dmodel->ok && !dmodel->i)
    node_error(ck->c, store->val,
               "cache.store: x caches each token's layer input, model.d_model floats wide: set model.d_model");
  if (store->i == ATTN_STORE_LATENT) {
    if (latent->ok && !latent->i)
      node_error(ck->c, store->val, "cache.store: latent needs cache.latent_dim (the width of the cached latent)");
    if (rope->ok && dim->ok && rope->i >= dim->i)
      node_error(ck->c, rope->val,
                 "cache.rope_dim (%lld) must be less than heads.dim (%lld): each query head is %lld latent-scored "
                 "dimensions followed by rope_dim RoPE dimensions",
                 rope->i, dim->i, dim->i - rope->i);
  } else {
    static const spec_key_id latent_keys[] = {SPEC_K_CACHE_LATENT_DIM, SPEC_K_CACHE_ROPE_DIM};
    for (size_t j = 0; j < 2; j++) {
      value *v = &ck->v[latent_keys[j]];
      if (v->ok && v->key && v->i)
        node_error(ck->c, v->val, "%s applies only to cache.store: latent (cache.store is %s%s)",
                   spec_keys[latent_keys[j]].path, sname, store->key ? "" : ", the default");
    }
  }
}

/* rope: with which stores and kinds it works, its dims, its scaling keys. */
static void check_rope(checker *ck) {
  value *rope = &ck->v[SPEC_K_ROPE];
  if (!rope->key || !rope->ok) return;
  value *store = &ck->v[SPEC_K_CACHE_STORE], *kind = &ck->v[SPEC_K_KIND], *apply = &ck->v[SPEC_K_ROPE_APPLY];
  value *dims = &ck->v[SPEC_K_ROPE_DIMS], *dim = &ck->v[SPEC_K_HEADS_DIM], *rdim = &ck->v[SPEC_K_CACHE_ROPE_DIM];
  value *type = &ck->v[SPEC_K_ROPE_SCALING_TYPE];
  cc_arena *a = ck->c->arena;
  if (kind->ok && kind->i == 1) {
    node_error(ck->c, rope->key,
               "rope with kind: cross: decoder queries and encoder keys share no positions (cross-attention "
               "has no rotary embedding); remove rope or use kind: self");
    return;
  }
  if (!store->ok) return;
  const char *sname = spec_word(a, spec_keys[SPEC_K_CACHE_STORE].values, (int)store->i);
  if (store->i == ATTN_STORE_X || store->i == ATTN_STORE_V_ONLY) {
    node_error(ck->c, rope->key,
               "rope with cache.store: %s: the keys are %s W_%s, absorbed into each query; a rotation between "
               "the projection and the dot product breaks the absorption (docs/slim.md); use cache.store: %s",
               sname, store->i == ATTN_STORE_X ? "X" : "V", store->i == ATTN_STORE_X ? "k" : "vk",
               store->i == ATTN_STORE_X ? "latent (a decoupled RoPE key) or kv" : "k_only or kv");
    return;
  }
  if (store->i == ATTN_STORE_K_ONLY && apply->ok && apply->i == ATTN_ROPE_ON_WRITE)
    node_error(ck->c, apply->val,
               "rope.apply: on_write with cache.store: k_only: the values are recomputed from the cached keys, "
               "which must stay un-rotated; use rope.apply: on_read");
  if (store->i == ATTN_STORE_LATENT && rdim->ok) {
    if (!rdim->i) {
      node_error(ck->c, rope->key,
                 "rope with cache.store: latent rotates the decoupled RoPE key, but cache.rope_dim is 0; set "
                 "cache.rope_dim");
    } else if (!dims->key) {
      dims->i = rdim->i; /* the default there: the whole RoPE part */
    } else if (dims->ok && dims->i != rdim->i) {
      node_error(ck->c, dims->val,
                 "rope.dims (%lld) must equal cache.rope_dim (%lld) with cache.store: latent: the decoupled "
                 "RoPE part is what rotates", dims->i, rdim->i);
    }
  } else if (dims->ok && dim->ok && dims->i > dim->i) {
    node_error(ck->c, dims->val, "rope.dims (%lld) is larger than heads.dim (%lld)", dims->i, dim->i);
  }
  if (dims->ok && dims->i % 2)
    node_error(ck->c, dims->val ? dims->val : rope->key,
               "rope.dims (%lld%s) must be even: RoPE rotates pairs of dimensions", dims->i,
               dims->key ? "" : ", the value of heads.dim");
  if (!type->ok) return;
  static const spec_key_id params[] = {SPEC_K_ROPE_SCALING_FACTOR, SPEC_K_ROPE_SCALING_LOW,
                                       SPEC_K_ROPE_SCALING_HIGH, SPEC_K_ROPE_SCALING_ORIG};
  for (size_t j = 0; j < sizeof params / sizeof *params; j++) {
    value *v = &ck->v[params[j]];
    if (v->key && !scaling_param_used(ck->v, params[j]))
      node_error(ck->c, v->key, "%s applies only with rope.scaling.type %s (it is %s%s)", spec_keys[params[j]].path,
                 j == 0 ? "linear or llama3" : "llama3",
                 spec_word(a, spec_keys[SPEC_K_ROPE_SCALING_TYPE].values, (int)type->i), type->key ? "" : ", the default");
  }
  value *lo = &ck->v[SPEC_K_ROPE_SCALING_LOW], *hi = &ck->v[SPEC_K_ROPE_SCALING_HIGH];
  if (type->i == SPEC_ROPE_SCALE_LLAMA3 && lo->ok && hi->ok && hi->d <= lo->d)
    node_error(ck->c, hi->val ? hi->val : lo->val ? lo->val : type->val,
               "rope.scaling.high_freq_factor (%g) must be greater than rope.scaling.low_freq_factor (%g)", hi->d,
               lo->d);
}

/* mask.expr and score.expr, parsed against the tensors (not when those
 * could not be read) into their values.  Expressions and tensors need
 * cache.store kv, like the other masks and modifiers (reported only when
 * all of them are valid); a declared tensor that no expression reads is
 * fine: the kernel is passed it and never reads it. */
static void check_exprs(checker *ck) {
  static const spec_key_id keys[] = {SPEC_K_MASK_EXPR, SPEC_K_SCORE_EXPR, SPEC_K_TENSORS};
  cc_arena *a = ck->c->arena;
  value *tensors = &ck->v[SPEC_K_TENSORS], *store = &ck->v[SPEC_K_CACHE_STORE];
  int bad = tensors->key && !tensors->ok;
  for (size_t j = 0; j < 2; j++) {
    value *v = &ck->v[keys[j]];
    if (v->key && v->ok) {
      v->x = ck->n_tensors >= 0 ? spec_check_expr(ck->c, v->val, spec_keys[keys[j]].path, j ? EXPR_SCORE : EXPR_MASK,
                                                  ck->tensors, ck->n_tensors)
                                : NULL;
      v->ok = v->x != NULL;
    }
    bad |= v->key && !v->ok;
  }
  if (bad || !store->ok || store->i == ATTN_STORE_KV) return;
  for (size_t j = 0; j < 3; j++) {
    const value *v = &ck->v[keys[j]];
    if (v->key && (j < 2 || v->i))
      node_error(ck->c, v->key, "%s with cache.store: %s " NOT_YET, spec_keys[keys[j]].path,
                 spec_word(a, spec_keys[SPEC_K_CACHE_STORE].values, (int)store->i));
  }
}

double spec_alibi_slope(const attn_spec *s, int h) {
  int n = s->heads_q, p2 = 1 << (int)floor(log2((double)n)); /* the largest power of two <= n */
  /* the first p2 heads: 2^(-8/p2) to the power h + 1; the rest: the odd
   * powers of 2^(-8/(2 p2)), 1, 3, 5, ... */
  double e = h < p2 ? (double)(h + 1) / p2 : (double)(2 * (h - p2) + 1) / (2 * p2);
  return pow(2.0, -8.0 * e);
}

void spec_rope_inv_freq(const attn_spec *s, double *f) {
  const double pi = 3.14159265358979323846;
  int half = s->rope_dims / 2;
  for (int i = 0; i < half; i++) {
    double x = pow(s->rope_theta, -2.0 * i / s->rope_dims);
    if (s->rope_scaling == SPEC_ROPE_SCALE_LINEAR) {
      x /= s->rope_factor;
    } else if (s->rope_scaling == SPEC_ROPE_SCALE_LLAMA3) {
      double w = 2 * pi / x, lo_w = s->rope_orig / s->rope_low, hi_w = s->rope_orig / s->rope_high;
      if (w > lo_w) {
        x /= s->rope_factor;
      } else if (w >= hi_w) {
        double t = (s->rope_orig / w - s->rope_low) / (s->rope_high - s->rope_low);
        x = (1 - t) * x / s->rope_factor + t * x;
      }
    }
    f[i] = x;
  }
}

/* --- overrides ---------------------------------------------------------- */

/* The first entry of `map` named `name`, or null. */
static spec_pair *find_pair(spec_node *map, const char *name) {
  for (spec_pair *p = map->pairs; p; p = p->next)
    if (p->key->kind == SPEC_N_SCALAR && !strcmp(p->key->text, name)) return p;
  return NULL;
}

static spec_node *define_node(cc_arena *a, const spec_src *s, spec_node_kind kind, size_t off,
                              const char *text) {
  spec_node *n = cc_alloc(a, sizeof *n);
  n->kind = kind;
  n->src = s;
  n->line = 1;
  n->col = (int)off + 1;
  n->text = text ? text : "";
  n->len = strlen(n->text);
  return n;
}

/* Puts `val` at key k's place in the tree, adding the key and any missing
 * mapping on the way; where the file has a scalar in the way, its own error
 * will be reported and the define is not applied. */
static void insert(cc_arena *a, spec_node *root, int k, spec_node *val, const spec_src *s) {
  int chain[8], n = 0;
  for (int p = k; p >= 0; p = spec_key_parent(p)) {
    cc_assert(n < 8);
    chain[n++] = p;
  }
  spec_node *map = root;
  while (n--) {
    int id = chain[n];
    const char *leaf = spec_key_leaf(id);
    spec_pair *p = find_pair(map, leaf);
    spec_node *want = id == k ? val : NULL;
    if (!p) {
      p = cc_alloc(a, sizeof *p);
      p->key = define_node(a, s, SPEC_N_SCALAR, (size_t)(leaf - spec_keys[id].path), leaf);
      if (map->last) map->last->next = p;
      else map->pairs = p;
      map->last = p;
    } else if (!want && p->val->kind == SPEC_N_MAP) {
      map = p->val;
      continue;
    } else if (!want && !is_empty(p->val)) {
      return;
    }
    p->val = want ? want : define_node(a, s, SPEC_N_MAP, (size_t)(leaf - spec_keys[id].path), NULL);
    map = p->val;
  }
}

/* define := path '=' yaml-scalar */
static void apply_define(spec_ctx *c, spec_node *root, const char *def) {
  cc_arena *a = c->arena;
  spec_src *s = cc_alloc(a, sizeof *s);
  s->file = "<command line>";
  s->text = cc_strdup(a, def);
  s->len = strlen(def);
  const char *eq = strchr(def, '=');
  if (!eq || eq == def) {
    spec_error(c, s, 1, 1, "expected key.path=value (like -D heads.kv=4), got %s",
               spec_quote(a, def, s->len));
    return;
  }
  size_t plen = (size_t)(eq - def);
  int k = spec_key_lookup(def, plen);
  if (k < 0) {
    const char *hint = spec_key_suggest(-2, def, plen);
    spec_error(c, s, 1, 1, "unknown key %s%s%s%s", spec_quote(a, def, plen),
               hint ? "; did you mean '" : "", hint ? hint : "", hint ? "'?" : "");
    return;
  }
  if (is_planned(k)) {
    spec_error(c, s, 1, 1, "'%s' " NOT_YET, spec_keys[k].path);
    return;
  }
  if (spec_keys[k].kind == SPEC_MAP) {
    int child = k + 1; /* the table lists a mapping's keys right after it */
    spec_error(c, s, 1, 1, "'%s' is a mapping; set its keys one at a time, like -D %s=%s",
               spec_keys[k].path, spec_keys[child].path, spec_keys[child].example);
    return;
  }
  spec_node *val;
  if (spec_yaml_load(c, s, plen + 1, &val) < 0) return;
  if (!val) val = define_node(a, s, SPEC_N_SCALAR, plen + 1, NULL);
  if (root && root->kind == SPEC_N_MAP) insert(a, root, k, val, s);
}

/* --- results ------------------------------------------------------------ */

/* %.9g with '.' whatever the locale. */
static const char *format_double(cc_arena *a, double x) {
  char *t = cc_sprintf(a, "%.9g", x);
  for (char *p = t; *p; p++)
    if (*p == localeconv()->decimal_point[0]) *p = '.';
  return t;
}

/* tensors := {NAME: {shape: [DIM, ...], type: f32|i32}, ...} in declaration
 * order, every type written out. */
static const char *format_tensors(cc_arena *a, const expr_tensor *t, int n) {
  const char *out = "{";
  for (int i = 0; i < n; i++) {
    out = cc_sprintf(a, "%s%s%s: {shape: [", out, i ? ", " : "", t[i].name);
    for (int d = 0; d < t[i].rank; d++) {
      expr_dim x = t[i].dim[d];
      const char *w = x.kind == EXPR_DIM_N ? cc_sprintf(a, "%d", x.n) : spec_word(a, expr_dim_words, (int)x.kind - 1);
      out = cc_sprintf(a, "%s%s%s", out, d ? ", " : "", w);
    }
    out = cc_sprintf(a, "%s], type: %s}", out, t[i].elem == EXPR_I32 ? "i32" : "f32");
  }
  return cc_sprintf(a, "%s}", out);
}

static const char *format_value(cc_arena *a, int k, const value *v) {
  switch (spec_keys[k].kind) {
  case SPEC_INT: return cc_sprintf(a, "%lld", v->i);
  case SPEC_BOOL: return v->i ? "true" : "false";
  case SPEC_ENUM: return spec_word(a, spec_keys[k].values, (int)v->i);
  case SPEC_IDENT: return v->s;
  case SPEC_SCALE: return v->is_auto ? "auto" : format_double(a, v->d);
  case SPEC_NUM: return format_double(a, v->d);
  case SPEC_EXPR: return cc_sprintf(a, "\"%s\"", expr_print(v->x)); /* the language has no '"' or '\\' */
  case SPEC_TENSORS: return format_tensors(a, v->t, (int)v->i);
  default: cc_unreachable();
  }
}

/* A NONDEF key at its default is left out of the canonical text (a NONDEF
 * mapping when all its keys are), so that a spec without it keeps its text
 * and hash. */
static int at_default_unlisted(const value *v, int k) {
  const spec_key *s = &spec_keys[k];
  if (!(s->flags & SPEC_NONDEF)) return 0;
  switch (s->kind) {
  case SPEC_INT: return v[k].i == atoll(s->dflt);
  case SPEC_BOOL: return v[k].i == !strcmp(s->dflt, "true");
  case SPEC_ENUM: return v[k].i == spec_word_index(s->values, s->dflt, strlen(s->dflt));
  case SPEC_NUM: return s->dflt ? v[k].d == atof(s->dflt) : !v[k].ok; /* no default: absent */
  case SPEC_EXPR: return !v[k].x;
  case SPEC_TENSORS: return !v[k].i; /* none declared */
  case SPEC_MAP:
    for (int c = 0; c < SPEC_K_COUNT; c++)
      if (spec_key_parent(c) == k && !is_planned(c) && !at_default_unlisted(v, c)) return 0;
    return 1;
  default: cc_unreachable();
  }
}

/* Key k's value as canonical text: a mapping in flow style, recursively;
 * rope.scaling's parameters only where its type uses them (the text must
 * parse again: written with another type they are errors). */
static const char *canonical_value(cc_arena *a, const value *v, int k) {
  if (spec_keys[k].kind != SPEC_MAP) return format_value(a, k, &v[k]);
  const char *out = "{", *sep = "";
  for (int c = 0; c < SPEC_K_COUNT; c++)
    if (spec_key_parent(c) == k && !is_planned(c) && !at_default_unlisted(v, c) && scaling_param_used(v, c)) {
      out = cc_sprintf(a, "%s%s%s: %s", out, sep, spec_key_leaf(c), canonical_value(a, v, c));
      sep = ", ";
    }
  return cc_sprintf(a, "%s}", out);
}

/* Every implemented key in schema order, one line per top-level key, each
 * mapping in flow style:  heads: {q: 32, kv: 8, dim: 128, v_dim: 128}.  An
 * OPT mapping (rope) appears only when present. */
static const char *canonical(cc_arena *a, const value *v) {
  const char *out = "";
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    if (is_planned(k) || spec_key_parent(k) >= 0) continue;
    if (((spec_keys[k].flags & SPEC_OPT) && !v[k].key) || at_default_unlisted(v, k)) continue;
    out = cc_sprintf(a, "%s%s: %s\n", out, spec_keys[k].path, canonical_value(a, v, k));
  }
  return out;
}

static void fill(cc_arena *a, const value *v, attn_spec *out) {
  out->version = (int)v[SPEC_K_ATTNCC].i;
  out->name = v[SPEC_K_NAME].s;
  out->phase = (attn_phase)v[SPEC_K_PHASE].i;
  out->heads_q = (int)v[SPEC_K_HEADS_Q].i;
  out->heads_kv = (int)v[SPEC_K_HEADS_KV].i;
  out->dim = (int)v[SPEC_K_HEADS_DIM].i;
  out->v_dim = (int)v[SPEC_K_HEADS_V_DIM].i;
  out->type_q = (attn_dtype)v[SPEC_K_TYPES_Q].i;
  out->type_cache = (attn_dtype)v[SPEC_K_TYPES_CACHE].i;
  out->type_out = (attn_dtype)v[SPEC_K_TYPES_OUT].i;
  out->scale_auto = v[SPEC_K_SCALE].is_auto;
  out->scale = out->scale_auto ? 1.0 / sqrt((double)out->dim) : v[SPEC_K_SCALE].d;
  out->store = (attn_store)v[SPEC_K_CACHE_STORE].i;
  out->slim_order = (spec_slim_order)v[SPEC_K_SLIM_ORDER].i;
  out->cross = (int)v[SPEC_K_KIND].i;
  out->shared_layers = (int)v[SPEC_K_CACHE_SHARED].i;
  out->latent_dim = (int)v[SPEC_K_CACHE_LATENT_DIM].i;
  out->rope_dim = (int)v[SPEC_K_CACHE_ROPE_DIM].i;
  out->layout = (attn_layout)v[SPEC_K_CACHE_LAYOUT].i;
  out->page_size = out->layout == ATTN_PAGED ? (int)v[SPEC_K_CACHE_PAGE_SIZE].i : 0;
  out->window = (int)v[SPEC_K_MASK_WINDOW].i;
  out->sinks = (int)v[SPEC_K_MASK_SINKS].i;
  out->prefix_lm = (int)v[SPEC_K_MASK_PREFIX_LM].i;
  out->documents = (int)v[SPEC_K_MASK_DOCUMENTS].i;
  out->block_size = v[SPEC_K_MASK_BLOCK_SPARSE].i ? (int)v[SPEC_K_MASK_BLOCK_SIZE].i : 0;
  out->alibi = (int)v[SPEC_K_SCORE_ALIBI].i;
  out->softcap = v[SPEC_K_SCORE_SOFTCAP].d;
  out->mask_expr = v[SPEC_K_MASK_EXPR].x;
  out->score_expr = v[SPEC_K_SCORE_EXPR].x;
  out->order = (attn_order)v[SPEC_K_CACHE_ORDER].i;
  out->capacity = (int)v[SPEC_K_CACHE_CAPACITY].i;
  out->causal = (int)v[SPEC_K_MASK_CAUSAL].i;
  out->lse = (int)v[SPEC_K_OUTPUT_LSE].i;
  out->layers = (int)v[SPEC_K_MODEL_LAYERS].i;
  out->d_model = (int)v[SPEC_K_MODEL_D_MODEL].i;
  out->rope = v[SPEC_K_ROPE].key != NULL;
  out->rope_theta = v[SPEC_K_ROPE_THETA].d;
  out->rope_dims = (int)v[SPEC_K_ROPE_DIMS].i;
  out->rope_style = (attn_rope_style)v[SPEC_K_ROPE_STYLE].i;
  out->rope_apply = (attn_rope_apply)v[SPEC_K_ROPE_APPLY].i;
  out->rope_scaling = (spec_rope_scaling)v[SPEC_K_ROPE_SCALING_TYPE].i;
  out->rope_factor = v[SPEC_K_ROPE_SCALING_FACTOR].d;
  out->rope_low = v[SPEC_K_ROPE_SCALING_LOW].d;
  out->rope_high = v[SPEC_K_ROPE_SCALING_HIGH].d;
  out->rope_orig = (int)v[SPEC_K_ROPE_SCALING_ORIG].i;
  out->canonical = canonical(a, v);
  out->hash = cc_fnv1a64(out->canonical, strlen(out->canonical));
}

/* --- entry points --------------------------------------------------------- */

int spec_parse(cc_arena *arena, const char *text, size_t len, const char *filename,
               const char *const *defines, int n_defines, attn_spec *out,
               attncc_diags *diags) {
  memset(out, 0, sizeof *out);
  spec_ctx c = {.arena = arena, .diags = diags};
  spec_src *s = cc_alloc(arena, sizeof *s);
  s->file = filename ? filename : "<string>";
  s->text = text ? text : "";
  s->len = text ? len : 0;
  spec_node *root = NULL;
  int usable = spec_yaml_load(&c, s, 0, &root) == 0;
  if (usable && (!root || is_empty(root))) {
    spec_error(&c, s, 0, 0,
               "the spec is empty; it needs at least 'attncc: 1', a 'name' and 'heads'");
    usable = 0;
  } else if (usable && root->kind != SPEC_N_MAP) {
    if (root->kind != SPEC_N_BAD)
      node_error(&c, root, "the top level of a spec must be a mapping of keys like 'attncc: 1', not %s",
                 spec_node_what(arena, root));
    usable = 0;
  }
  for (int i = 0; i < n_defines; i++) apply_define(&c, usable ? root : NULL, defines[i]);
  if (!usable) return -1;

  checker *ck = cc_alloc(arena, sizeof *ck);
  ck->c = &c;
  ck->main = s;
  walk(ck, root, -1);
  check_required(ck);
  fill_defaults(ck);
  check_contradictions(ck);
  check_rope(ck);
  check_exprs(ck);
  if (c.errors) return -1;
  fill(arena, ck->v, out);
  out->n_tensors = (int)ck->v[SPEC_K_TENSORS].i;
  out->tensors = ck->tensors; /* in the arena, with the checker */
  return 0;
}

int spec_parse_file(cc_arena *arena, const char *path, const char *const *defines,
                    int n_defines, attn_spec *out, attncc_diags *diags) {
  memset(out, 0, sizeof *out);
  FILE *f = fopen(path, "rb");
  if (!f) {
    cc_diag(diags, ATTNCC_ERROR, path, NULL, 0, 0, 0, "cannot read '%s': %s", path, strerror(errno));
    return -1;
  }
  char *buf = malloc(SPEC_MAX_BYTES + 1);
  if (!buf) cc_die("out of memory");
  size_t n = fread(buf, 1, SPEC_MAX_BYTES + 1, f);
  int err = ferror(f) ? errno : 0;
  fclose(f);
  int rc = -1;
  if (err)
    cc_diag(diags, ATTNCC_ERROR, path, NULL, 0, 0, 0, "cannot read '%s': %s", path, strerror(err));
  else if (n > SPEC_MAX_BYTES)
    cc_diag(diags, ATTNCC_ERROR, path, NULL, 0, 0, 0,
            "'%s' is larger than 1 MiB; attncc specs are small text files", path);
  else
    rc = spec_parse(arena, buf, n, path, defines, n_defines, out, diags);
  free(buf);
  return rc;
}

const char *spec_dtype_name(attn_dtype t) {
  static const char *const names[] = {"f32", "f16", "bf16", "i8", "fp8_e4m3", "fp8_e5m2", "q4"};
  return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

int spec_dtype_bits(attn_dtype t) {
  switch (t) {
  case ATTN_F32: return 32;
  case ATTN_F16:
  case ATTN_BF16: return 16;
  case ATTN_I8:
  case ATTN_FP8_E4M3:
  case ATTN_FP8_E5M2: return 8;
  case ATTN_Q4: return 4;
  }
  cc_unreachable();
}

int spec_row_scale_bytes(attn_dtype t, int w) { return t == ATTN_I8 ? 4 : t == ATTN_Q4 ? w / 32 * 2 : 0; }

const char *spec_phase_name(attn_phase p) {
  static const char *const names[] = {"decode", "prefill", "mixed"};
  return (unsigned)p < sizeof names / sizeof *names ? names[p] : "?";
}

const char *spec_store_name(attn_store s) {
  static const char *const names[] = {"kv", "k_only", "x", "latent", "v_only"};
  return (unsigned)s < sizeof names / sizeof *names ? names[s] : "?";
}

const char *spec_order_name(attn_order o) {
  static const char *const names[] = {"token_major", "head_major"};
  return (unsigned)o < sizeof names / sizeof *names ? names[o] : "?";
}
