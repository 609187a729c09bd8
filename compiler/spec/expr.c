/*
 * The expression language of mask.expr and score.expr: lexer, parser, type
 * checker, constant folding and the canonical printer (docs/expressions.md).
 *
 * One pass parses the text into an AST, resolving names (variables,
 * functions, tensors) as it goes; a second pass types the tree bottom-up,
 * inserts int -> float promotions and folds literal-only subtrees.  The
 * first error stops everything (longjmp back to expr_parse, whose arena
 * holds all that was built), so syntax and name errors are reported in
 * source order and type errors only for a tree that parsed.
 */
#include "expr.h"

#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spec.h"

const char expr_dim_words[] = "heads kv_heads capacity batch";

static const char *const var_names[] = {"b", "h", "q_pos", "kv_pos", "s"};

/* Functions: name, op, number of arguments. */
static const struct {
  const char *name;
  expr_op op;
  int args;
} funcs[] = {{"min", EXPR_MIN, 2}, {"max", EXPR_MAX, 2}, {"abs", EXPR_ABS, 1},
             {"exp", EXPR_EXP, 1}, {"log", EXPR_LOG, 1}, {"tanh", EXPR_TANH, 1}};
enum { N_FUNCS = sizeof funcs / sizeof *funcs };

static int name_is(const char *s, size_t len, const char *name) {
  return strlen(name) == len && !memcmp(s, name, len);
}

static int var_index(const char *s, size_t len) {
  for (int v = 0; v <= EXPR_V_S; v++)
    if (name_is(s, len, var_names[v])) return v;
  return -1;
}

static int func_index(const char *s, size_t len) {
  for (int f = 0; f < N_FUNCS; f++)
    if (name_is(s, len, funcs[f].name)) return f;
  return -1;
}

int expr_is_reserved(const char *s, size_t len) { return var_index(s, len) >= 0 || func_index(s, len) >= 0; }

int expr_dim_parse(const char *s, size_t len, expr_dim *out) {
  int w = spec_word_index(expr_dim_words, s, len);
  if (w >= 0) {
    out->kind = (expr_dim_kind)(EXPR_DIM_HEADS + w);
    out->n = 0;
    return 0;
  }
  long n = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] < '0' || s[i] > '9' || (i == 0 && s[i] == '0') || n > (1 << 24)) return -1;
    n = 10 * n + (s[i] - '0');
  }
  if (!len || n > (1 << 24)) return -1;
  out->kind = EXPR_DIM_N;
  out->n = (int)n;
  return 0;
}

int expr_dim_resolve(expr_dim d, const expr_sizes *sz) {
  switch (d.kind) {
  case EXPR_DIM_N: return d.n;
  case EXPR_DIM_HEADS: return sz->heads;
  case EXPR_DIM_KV_HEADS: return sz->kv_heads;
  case EXPR_DIM_CAPACITY: return sz->capacity;
  case EXPR_DIM_BATCH: return sz->batch;
  }
  cc_unreachable();
}

static const char *type_name(expr_type t) { return t == EXPR_INT ? "int" : t == EXPR_FLOAT ? "float" : "bool"; }

/* --- the parser's state and its one way out ------------------------------- */

typedef enum tok_kind { T_END, T_INT, T_FLOAT, T_NAME, T_PUNCT } tok_kind;

typedef struct token {
  tok_kind kind;
  int pos, len;
  int64_t i; /* T_INT: the value, capped just past INT32_MAX + 1 */
  float f;   /* T_FLOAT */
} token;

typedef struct parser {
  expr *e;
  const char *t; /* e->text */
  token tok;     /* the current token */
  int nest;      /* open '(', calls, indices and unary operators */
  expr_error *err;
  jmp_buf fail;
} parser;

static CC_NORETURN void fail(parser *p, int pos, const char *fmt, ...) CC_PRINTF(3, 4);
static void fail(parser *p, int pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
  va_end(ap);
  p->err->pos = pos;
  longjmp(p->fail, 1);
}

/* 'text' of a token or a name, for a message. */
static const char *quote(parser *p, int pos, int len) { return spec_quote(p->e->arena, p->t + pos, (size_t)len); }

static const char *tok_desc(parser *p) {
  return p->tok.kind == T_END ? "the end of the expression" : quote(p, p->tok.pos, p->tok.len);
}

/* "; did you mean 'x'?" for the closest of `words`, or "". */
static const char *hint(parser *p, const char *words, int pos, int len) {
  const char *w = *words ? spec_word_suggest(p->e->arena, words, p->t + pos, (size_t)len) : NULL;
  return w ? cc_sprintf(p->e->arena, "; did you mean '%s'?", w) : "";
}

/* --- lexer -------------------------------------------------------------------- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

/* number := digit+ | (digit+ '.' digit* | '.' digit+) exp? | digit+ exp
 * exp := [eE] [+-]? digit+ */
static void lex_number(parser *p, int i) {
  const char *t = p->t;
  int start = i, is_float = 0;
  while (is_digit(t[i])) i++;
  if (t[i] == '.') {
    is_float = 1;
    for (i++; is_digit(t[i]);) i++;
  }
  if (t[i] == 'e' || t[i] == 'E') {
    int j = i + 1 + (t[i + 1] == '+' || t[i + 1] == '-');
    if (is_digit(t[j])) {
      is_float = 1;
      for (i = j; is_digit(t[i]);) i++;
    }
  }
  if (is_alpha(t[i]) || is_digit(t[i]) || t[i] == '.') {
    while (is_alpha(t[i]) || is_digit(t[i]) || t[i] == '.') i++;
    fail(p, start, "malformed number %s", quote(p, start, i - start));
  }
  token *k = &p->tok;
  k->pos = start;
  k->len = i - start;
  if (!is_float) {
    if (t[start] == '0' && k->len > 1)
      fail(p, start, "write %s without leading zeros (C reads it as octal)", quote(p, start, k->len));
    k->kind = T_INT;
    k->i = 0;
    for (int j = start; j < i && k->i <= INT32_MAX; j++) k->i = 10 * k->i + (t[j] - '0');
    return;
  }
  /* strtof reads the locale's decimal point; ours is always '.' */
  char *copy = cc_strndup(p->e->arena, t + start, (size_t)k->len), *dot = strchr(copy, '.');
  if (dot) *dot = localeconv()->decimal_point[0];
  k->kind = T_FLOAT;
  k->f = strtof(copy, NULL);
  if (isinf(k->f)) fail(p, start, "float literal %s is too large for f32", quote(p, start, k->len));
}

static const char *const puncts[] = {"<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/", "%",
                                     "<",  ">",  "!",  "?",  ":",  "(",  ")", "[", "]", ",", NULL};

static void next(parser *p) {
  const char *t = p->t;
  int i = p->tok.pos + p->tok.len, end = i;
  while (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r') i++;
  token *k = &p->tok;
  *k = (token){.pos = i};
  if (!t[i]) { /* the end is right after the last token */
    k->kind = T_END;
    k->pos = end;
    return;
  }
  if (is_digit(t[i]) || (t[i] == '.' && is_digit(t[i + 1]))) return lex_number(p, i);
  if (is_alpha(t[i])) {
    while (is_alpha(t[i + k->len]) || is_digit(t[i + k->len])) k->len++;
    k->kind = T_NAME;
    return;
  }
  for (int j = 0; puncts[j]; j++)
    if (!strncmp(t + i, puncts[j], strlen(puncts[j]))) {
      k->kind = T_PUNCT;
      k->len = (int)strlen(puncts[j]);
      return;
    }
  if (t[i] == '&' || t[i] == '|' || t[i] == '=')
    fail(p, i, "unexpected '%c'; did you mean '%c%c'?", t[i], t[i], t[i]);
  int n = 1;
  while (((unsigned char)t[i + n] & 0xc0) == 0x80) n++; /* one whole UTF-8 character */
  fail(p, i, "unexpected character %s", quote(p, i, n));
}

static int is(parser *p, const char *punct) {
  return p->tok.kind == T_PUNCT && name_is(p->t + p->tok.pos, (size_t)p->tok.len, punct);
}

static void expect(parser *p, const char *punct) {
  if (!is(p, punct)) fail(p, p->tok.pos, "expected '%s', got %s", punct, tok_desc(p));
  next(p);
}

/* --- parser ------------------------------------------------------------------- */

static expr_node *node(parser *p, expr_op op, int pos, int start) {
  expr_node *n = cc_alloc(p->e->arena, sizeof *n);
  n->op = op;
  n->pos = pos;
  n->start = start;
  return n;
}

static int depth(const expr_node *n) {
  int d = 0;
  for (int k = 0; k < n->n; k++) {
    int dk = depth(n->kid[k]);
    if (dk > d) d = dk;
  }
  return d + 1;
}

static CC_NORETURN void too_deep(parser *p, int pos) {
  fail(p, pos, "the expression is nested more than %d levels deep", EXPR_MAX_DEPTH);
}

/* Every walk of the tree recurses, and so does the parser: the tree is at
 * most EXPR_MAX_DEPTH levels deep, and so many '(', '[', calls and unary
 * operators may be open at once. */
static void check_depth(parser *p, const expr_node *x) {
  for (int k = 0; k < x->n; k++)
    if (depth(x->kid[k]) >= EXPR_MAX_DEPTH) too_deep(p, x->pos);
}

static void enter(parser *p, int pos) {
  if (++p->nest > EXPR_MAX_DEPTH) too_deep(p, pos);
}

/* A node over kids. */
static expr_node *op_node(parser *p, expr_op op, int pos, int n, expr_node *a, expr_node *b, expr_node *c) {
  expr_node *x = node(p, op, pos, a->start < pos ? a->start : pos);
  x->n = n;
  x->kid[0] = a, x->kid[1] = b, x->kid[2] = c;
  check_depth(p, x);
  return x;
}

static expr_node *cond(parser *p);

/* args := cond (',' cond)*, up to `close`; returns their number. */
static int args(parser *p, expr_node **out, int max, const char *close) {
  int n = 0;
  if (!is(p, close))
    for (;;) {
      expr_node *a = cond(p);
      if (n < max) out[n] = a;
      n++;
      if (!is(p, ",")) break;
      next(p);
    }
  expect(p, close);
  return n;
}

static const char *plural(int n, const char *one, const char *many) { return n == 1 ? one : many; }

/* call := name '(' args ')' */
static expr_node *call(parser *p, int pos, int len) {
  int f = func_index(p->t + pos, (size_t)len);
  if (f < 0) {
    for (int t = 0; t < p->e->n_tensors; t++)
      if (name_is(p->t + pos, (size_t)len, p->e->tensors[t].name))
        fail(p, pos, "%s is a tensor: index it with [ ], not ( )", quote(p, pos, len));
    if (var_index(p->t + pos, (size_t)len) >= 0)
      fail(p, pos, "%s is a variable, not a function", quote(p, pos, len));
    fail(p, pos, "unknown function %s%s (functions: min, max, abs, exp, log, tanh)", quote(p, pos, len),
         hint(p, "min max abs exp log tanh", pos, len));
  }
  next(p);
  expr_node *a[2] = {NULL, NULL};
  enter(p, pos);
  int n = args(p, a, 2, ")");
  p->nest--;
  if (n != funcs[f].args)
    fail(p, pos, "%s takes %d argument%s, got %d", funcs[f].name, funcs[f].args, plural(funcs[f].args, "", "s"), n);
  return op_node(p, funcs[f].op, pos, n, a[0], a[1], NULL);
}

/* "[heads, capacity]" */
static const char *shape_text(parser *p, const expr_tensor *t) {
  static const char *const sym[] = {"", "heads", "kv_heads", "capacity", "batch"};
  const char *s = "[";
  for (int d = 0; d < t->rank; d++)
    s = t->dim[d].kind == EXPR_DIM_N ? cc_sprintf(p->e->arena, "%s%s%d", s, d ? ", " : "", t->dim[d].n)
                                     : cc_sprintf(p->e->arena, "%s%s%s", s, d ? ", " : "", sym[t->dim[d].kind]);
  return cc_sprintf(p->e->arena, "%s]", s);
}

/* The declared tensor names, space-separated. */
static const char *tensor_words(parser *p) {
  const char *w = "";
  for (int t = 0; t < p->e->n_tensors; t++) w = cc_sprintf(p->e->arena, "%s%s%s", w, t ? " " : "", p->e->tensors[t].name);
  return w;
}

/* index := name '[' args ']' */
static expr_node *index_node(parser *p, int pos, int len) {
  int t = 0;
  while (t < p->e->n_tensors && !name_is(p->t + pos, (size_t)len, p->e->tensors[t].name)) t++;
  if (t == p->e->n_tensors) {
    if (var_index(p->t + pos, (size_t)len) >= 0 || func_index(p->t + pos, (size_t)len) >= 0)
      fail(p, pos, "%s is not a tensor; only tensors declared under 'tensors:' can be indexed", quote(p, pos, len));
    const char *words = tensor_words(p);
    fail(p, pos, "unknown tensor %s%s%s%s%s", quote(p, pos, len), hint(p, words, pos, len),
         *words ? " (tensors: " : " (declare it under 'tensors:')", *words ? spec_word_list(p->e->arena, words) : "",
         *words ? ")" : "");
  }
  next(p);
  const expr_tensor *d = &p->e->tensors[t];
  expr_node *x = node(p, EXPR_INDEX, pos, pos);
  x->tensor = t;
  enter(p, pos);
  x->n = args(p, x->kid, EXPR_MAX_RANK, "]");
  p->nest--;
  if (x->n != d->rank)
    fail(p, pos, "%s has %d dimension%s %s; got %d ind%s", quote(p, pos, len), d->rank, plural(d->rank, "", "s"),
         shape_text(p, d), x->n, plural(x->n, "ex", "ices"));
  check_depth(p, x);
  return x;
}

/* variable := b | h | q_pos | kv_pos | s (score.expr only) */
static expr_node *variable(parser *p, int pos, int len) {
  int v = var_index(p->t + pos, (size_t)len);
  int mask = p->e->kind == EXPR_MASK;
  if (v == EXPR_V_S && mask)
    fail(p, pos, "'s' (the score) is not available in a mask; use score.expr to change scores");
  if (v < 0) {
    for (int t = 0; t < p->e->n_tensors; t++)
      if (name_is(p->t + pos, (size_t)len, p->e->tensors[t].name))
        fail(p, pos, "%s is a tensor: index it, like %s%s", quote(p, pos, len), p->e->tensors[t].name,
             p->e->tensors[t].rank == 1 ? "[h]" : "[b, q_pos]");
    if (func_index(p->t + pos, (size_t)len) >= 0)
      fail(p, pos, "%s is a function: call it, like %.*s(x)", quote(p, pos, len), len, p->t + pos);
    const char *vars = mask ? "b h q_pos kv_pos" : "b h q_pos kv_pos s";
    fail(p, pos, "unknown variable %s%s (variables: %s)", quote(p, pos, len), hint(p, vars, pos, len),
         spec_word_list(p->e->arena, vars));
  }
  next(p);
  expr_node *x = node(p, EXPR_VAR, pos, pos);
  x->var = (expr_var)v;
  x->type = v == EXPR_V_S ? EXPR_FLOAT : EXPR_INT;
  return x;
}

static CC_NORETURN void int_range(parser *p, int pos, int len) {
  fail(p, pos, "integer literal %s is out of range: int is 32-bit (-2147483648..2147483647)", quote(p, pos, len));
}

/* primary := int | float | '(' cond ')' | call | index | variable */
static expr_node *primary(parser *p) {
  token k = p->tok;
  if (k.kind == T_INT || k.kind == T_FLOAT) {
    expr_node *x = node(p, EXPR_LIT, k.pos, k.pos);
    if (k.kind == T_INT && k.i > INT32_MAX) int_range(p, k.pos, k.len);
    x->type = k.kind == T_INT ? EXPR_INT : EXPR_FLOAT;
    x->i = (int32_t)k.i;
    x->f = k.f;
    next(p);
    return x;
  }
  if (k.kind == T_NAME) {
    next(p);
    if (is(p, "(")) return call(p, k.pos, k.len);
    if (is(p, "[")) return index_node(p, k.pos, k.len);
    p->tok = k; /* a variable: the name is its token */
    return variable(p, k.pos, k.len);
  }
  if (is(p, "(")) {
    enter(p, k.pos);
    next(p);
    expr_node *x = cond(p);
    expect(p, ")");
    p->nest--;
    return x;
  }
  fail(p, k.pos, "expected a number, a name or '(', got %s", tok_desc(p));
}

/* unary := ('-' | '!') unary | primary; '-' before an int literal is part
 * of the literal, so that -2147483648 is one. */
static expr_node *unary(parser *p) {
  int pos = p->tok.pos;
  int neg = is(p, "-");
  if (!neg && !is(p, "!")) return primary(p);
  enter(p, pos);
  next(p);
  if (neg && p->tok.kind == T_INT) {
    token k = p->tok;
    if (k.i > (int64_t)INT32_MAX + 1) int_range(p, pos, k.pos + k.len - pos);
    expr_node *x = node(p, EXPR_LIT, pos, pos);
    x->type = EXPR_INT;
    x->i = (int32_t)-k.i;
    next(p);
    p->nest--;
    return x;
  }
  expr_node *a = unary(p);
  p->nest--;
  return op_node(p, neg ? EXPR_NEG : EXPR_NOT, pos, 1, a, NULL, NULL);
}

/* Binary operators by precedence level, lowest first (C's). */
static const struct {
  const char *punct;
  expr_op op;
  int level;
} binops[] = {{"||", EXPR_OR, 0}, {"&&", EXPR_AND, 1}, {"==", EXPR_EQ, 2}, {"!=", EXPR_NE, 2},
              {"<", EXPR_LT, 3},  {"<=", EXPR_LE, 3},  {">", EXPR_GT, 3},  {">=", EXPR_GE, 3},
              {"+", EXPR_ADD, 4}, {"-", EXPR_SUB, 4},  {"*", EXPR_MUL, 5}, {"/", EXPR_DIV, 5},
              {"%", EXPR_MOD, 5}};
enum { N_BINOPS = sizeof binops / sizeof *binops, N_LEVELS = 6 };

/* binary(l) := binary(l+1) (op(l) binary(l+1))*: left-associative. */
static expr_node *binary(parser *p, int level) {
  if (level == N_LEVELS) return unary(p);
  expr_node *x = binary(p, level + 1);
  for (;;) {
    int j = 0;
    while (j < N_BINOPS && !(binops[j].level == level && is(p, binops[j].punct))) j++;
    if (j == N_BINOPS) return x;
    int pos = p->tok.pos;
    next(p);
    x = op_node(p, binops[j].op, pos, 2, x, binary(p, level + 1), NULL);
  }
}

/* cond := binary(0) ('?' cond ':' cond)?: right-associative. */
static expr_node *cond(parser *p) {
  expr_node *c = binary(p, 0);
  if (!is(p, "?")) return c;
  int pos = p->tok.pos;
  next(p);
  expr_node *a = cond(p);
  expect(p, ":");
  return op_node(p, EXPR_COND, pos, 3, c, a, cond(p));
}

/* --- types and folding ----------------------------------------------------------- */

static const char *op_text(expr_op op) {
  for (int j = 0; j < N_BINOPS; j++)
    if (binops[j].op == op) return binops[j].punct;
  for (int f = 0; f < N_FUNCS; f++)
    if (funcs[f].op == op) return funcs[f].name;
  return op == EXPR_NEG ? "-" : op == EXPR_NOT ? "!" : "?:";
}

static int numeric(expr_type t) { return t != EXPR_BOOL; }

static void fold(expr_node *x);

/* kid k as a float: an ITOF node over an int (a literal becomes a float
 * literal). */
static void promote(parser *p, expr_node *x, int k) {
  expr_node *a = x->kid[k];
  if (a->type != EXPR_INT) return;
  expr_node *c = op_node(p, EXPR_ITOF, a->pos, 1, a, NULL, NULL);
  c->start = a->start;
  c->type = EXPR_FLOAT;
  fold(c);
  x->kid[k] = c;
}

/* Both kids numeric, promoted to their common type, which is returned. */
static expr_type arith(parser *p, expr_node *x, const char *what) {
  expr_type a = x->kid[0]->type, b = x->kid[1]->type;
  if (!numeric(a) || !numeric(b))
    fail(p, x->pos, "'%s' needs int or float %s, got %s and %s%s", op_text(x->op), what, type_name(a), type_name(b),
         x->op >= EXPR_LT && x->op <= EXPR_GE && x->kid[0]->op >= EXPR_LT && x->kid[0]->op <= EXPR_GE
             ? "; to chain comparisons write a < b && b < c"
             : "");
  if (a == b) return a;
  promote(p, x, a == EXPR_INT ? 0 : 1);
  return EXPR_FLOAT;
}

static int is_zero_lit(const expr_node *x) {
  return x->op == EXPR_LIT && (x->type == EXPR_INT ? x->i == 0 : x->f == 0);
}

static void check(parser *p, expr_node *x);

/* The type of node x, its kids typed first. */
static expr_type type_of(parser *p, expr_node *x) {
  for (int k = 0; k < x->n; k++) check(p, x->kid[k]);
  expr_type a = x->n > 0 ? x->kid[0]->type : EXPR_INT, b = x->n > 1 ? x->kid[1]->type : EXPR_INT;
  switch (x->op) {
  case EXPR_LIT:
  case EXPR_VAR: return x->type;
  case EXPR_INDEX:
    for (int k = 0; k < x->n; k++)
      if (x->kid[k]->type != EXPR_INT)
        fail(p, x->kid[k]->start, "index %d of '%s' must be int, got %s", k + 1, p->e->tensors[x->tensor].name,
             type_name(x->kid[k]->type));
    return p->e->tensors[x->tensor].elem == EXPR_F32 ? EXPR_FLOAT : EXPR_INT;
  case EXPR_ITOF: cc_unreachable(); /* inserted over typed kids */
  case EXPR_NOT:
    if (a != EXPR_BOOL) fail(p, x->pos, "'!' needs a bool operand, got %s", type_name(a));
    return EXPR_BOOL;
  case EXPR_NEG:
  case EXPR_ABS:
    if (!numeric(a)) fail(p, x->pos, "'%s' needs an int or float operand, got bool", op_text(x->op));
    return a;
  case EXPR_EXP:
  case EXPR_LOG:
  case EXPR_TANH:
    if (!numeric(a)) fail(p, x->pos, "'%s' needs an int or float argument, got bool", op_text(x->op));
    promote(p, x, 0);
    return EXPR_FLOAT;
  case EXPR_MOD:
    if (a != EXPR_INT || b != EXPR_INT)
      fail(p, x->pos, "'%%' needs int operands, got %s and %s", type_name(a), type_name(b));
    return EXPR_INT;
  case EXPR_ADD:
  case EXPR_SUB:
  case EXPR_MUL:
  case EXPR_DIV: return arith(p, x, "operands");
  case EXPR_MIN:
  case EXPR_MAX: return arith(p, x, "arguments");
  case EXPR_LT:
  case EXPR_LE:
  case EXPR_GT:
  case EXPR_GE: arith(p, x, "operands"); return EXPR_BOOL;
  case EXPR_EQ:
  case EXPR_NE:
    if (numeric(a) != numeric(b))
      fail(p, x->pos, "'%s' compares two numbers or two bools, got %s and %s", op_text(x->op), type_name(a),
           type_name(b));
    if (numeric(a)) arith(p, x, "operands");
    return EXPR_BOOL;
  case EXPR_AND:
  case EXPR_OR:
    if (a != EXPR_BOOL || b != EXPR_BOOL)
      fail(p, x->pos, "'%s' needs bool operands, got %s and %s", op_text(x->op), type_name(a), type_name(b));
    return EXPR_BOOL;
  case EXPR_COND: {
    expr_type c = x->kid[2]->type;
    if (a != EXPR_BOOL) fail(p, x->kid[0]->start, "the condition of '?:' must be bool, got %s", type_name(a));
    if (numeric(b) != numeric(c))
      fail(p, x->pos, "the branches of '?:' must have the same type, got %s and %s", type_name(b), type_name(c));
    if (b == c) return b;
    promote(p, x, b == EXPR_INT ? 1 : 2);
    return EXPR_FLOAT;
  }
  }
  cc_unreachable();
}

/* A typed operator node whose kids are all literals becomes a literal of
 * its value, computed by the interpreter, when that is a finite number
 * (bools stay trees: there are no bool literals; inf and NaN have none). */
static void fold(expr_node *x) {
  if (x->op == EXPR_LIT || x->op == EXPR_VAR || x->op == EXPR_INDEX || x->type == EXPR_BOOL) return;
  for (int k = 0; k < x->n; k++)
    if (x->kid[k]->op != EXPR_LIT) return;
  expr_value v = expr_eval_node(x, NULL);
  if (v.type == EXPR_FLOAT && !isfinite(v.f)) return;
  x->op = EXPR_LIT;
  x->n = 0;
  x->i = v.i;
  x->f = v.f;
}

/* Types x (promoting kids as needed), rejects a constant zero divisor and
 * folds. */
static void check(parser *p, expr_node *x) {
  x->type = type_of(p, x);
  if ((x->op == EXPR_DIV || x->op == EXPR_MOD) && is_zero_lit(x->kid[1]))
    fail(p, x->pos, "%s by zero: the divisor is always 0", x->op == EXPR_DIV ? "division" : "modulo");
  fold(x);
}

/* --- entry points --------------------------------------------------------------- */

expr *expr_parse(const char *text, expr_kind kind, const expr_tensor *tensors, int n_tensors, expr_error *err) {
  cc_assert(n_tensors >= 0 && n_tensors <= EXPR_MAX_TENSORS);
  cc_arena *a = cc_arena_new();
  expr *e = cc_alloc(a, sizeof *e);
  e->arena = a;
  e->kind = kind;
  e->text = cc_strdup(a, text);
  e->n_tensors = n_tensors;
  e->tensors = cc_alloc(a, sizeof *e->tensors * (size_t)(n_tensors ? n_tensors : 1));
  for (int t = 0; t < n_tensors; t++) {
    e->tensors[t] = tensors[t];
    e->tensors[t].name = cc_strdup(a, tensors[t].name);
  }
  parser *p = cc_alloc(a, sizeof *p);
  p->e = e;
  p->t = e->text;
  p->err = err;
  if (setjmp(p->fail)) {
    expr_free(e);
    return NULL;
  }
  size_t len = strlen(text);
  if (len > EXPR_MAX_LEN) fail(p, EXPR_MAX_LEN, "the expression is longer than %d bytes", EXPR_MAX_LEN);
  next(p);
  if (p->tok.kind == T_END) fail(p, 0, "the expression is empty");
  e->root = cond(p);
  if (p->tok.kind != T_END)
    fail(p, p->tok.pos, "expected an operator or the end of the expression, got %s", tok_desc(p));
  check(p, e->root);
  expr_type t = e->root->type;
  if (kind == EXPR_MASK && t != EXPR_BOOL)
    fail(p, e->root->start, "a mask expression must be bool (a condition, like kv_pos <= q_pos), got %s", type_name(t));
  if (kind == EXPR_SCORE && t == EXPR_BOOL)
    fail(p, e->root->start, "a score expression must be float (the new score, like s + 1.0), got bool");
  if (kind == EXPR_SCORE && t == EXPR_INT) {
    expr_node top = {.n = 1, .kid = {e->root}};
    promote(p, &top, 0);
    e->root = top.kid[0];
  }
  return e;
}

void expr_free(expr *e) {
  if (e) cc_arena_free(e->arena);
}

void expr_move(expr *e, cc_arena *a) {
  cc_arena_adopt(a, e->arena);
  e->arena = a;
}

/* --- canonical text ---------------------------------------------------------------- */

typedef struct outbuf {
  char *s;
  size_t len, cap;
} outbuf;

static void put(outbuf *o, const char *fmt, ...) CC_PRINTF(2, 3);
static void put(outbuf *o, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (o->len + (size_t)n + 1 > o->cap) {
    o->cap = 2 * (o->len + (size_t)n + 1);
    o->s = realloc(o->s, o->cap);
    if (!o->s) cc_die("out of memory");
  }
  va_start(ap, fmt);
  vsnprintf(o->s + o->len, o->cap - o->len, fmt, ap);
  va_end(ap);
  o->len += (size_t)n;
}

/* Precedence as printed: ?: 1, || 2, && 3, == != 4, < <= > >= 5, + - 6,
 * * / % 7, unary 8, the rest 9. */
static int prec(const expr_node *x) {
  switch (x->op) {
  case EXPR_COND: return 1;
  case EXPR_ITOF: return prec(x->kid[0]);
  case EXPR_NEG:
  case EXPR_NOT: return 8;
  case EXPR_LIT: return (x->type == EXPR_INT ? x->i < 0 : signbit(x->f)) ? 8 : 9;
  default: break;
  }
  for (int j = 0; j < N_BINOPS; j++)
    if (binops[j].op == x->op) return binops[j].level + 2;
  return 9;
}

/* A whole number below 1e10 as "50.0"; else the shortest %g that reads
 * back as f (9 digits always do); '.' whatever the locale, and ".0" where
 * it would read as an int. */
static void print_float(outbuf *o, float f) {
  char buf[32];
  if (f == truncf(f) && fabsf(f) < 1e10f) snprintf(buf, sizeof buf, "%.0f", (double)f);
  else
    for (int digits = 1; digits <= 9; digits++) {
      snprintf(buf, sizeof buf, "%.*g", digits, (double)f);
      if (strtof(buf, NULL) == f) break;
    }
  char *dp = strchr(buf, localeconv()->decimal_point[0]);
  if (dp) *dp = '.';
  put(o, "%s%s", buf, strpbrk(buf, ".e") ? "" : ".0");
}

static void print(const expr *e, outbuf *o, const expr_node *x, int min);

/* name(a, b) or name[a, b] */
static void print_args(const expr *e, outbuf *o, const expr_node *x, const char *name, const char *open,
                       const char *close) {
  put(o, "%s%s", name, open);
  for (int k = 0; k < x->n; k++) {
    if (k) put(o, ", ");
    print(e, o, x->kid[k], 1);
  }
  put(o, "%s", close);
}

static void print(const expr *e, outbuf *o, const expr_node *x, int min) {
  if (x->op == EXPR_ITOF) return print(e, o, x->kid[0], min);
  int pr = prec(x), paren = pr < min;
  if (paren) put(o, "(");
  switch (x->op) {
  case EXPR_LIT:
    if (x->type == EXPR_INT) put(o, "%d", (int)x->i);
    else print_float(o, x->f);
    break;
  case EXPR_VAR: put(o, "%s", var_names[x->var]); break;
  case EXPR_INDEX: print_args(e, o, x, e->tensors[x->tensor].name, "[", "]"); break;
  case EXPR_NEG:
  case EXPR_NOT:
    put(o, "%s", op_text(x->op));
    print(e, o, x->kid[0], x->op == EXPR_NEG ? 9 : 8); /* -(-x), not --x */
    break;
  case EXPR_ABS:
  case EXPR_EXP:
  case EXPR_LOG:
  case EXPR_TANH:
  case EXPR_MIN:
  case EXPR_MAX: print_args(e, o, x, op_text(x->op), "(", ")"); break;
  case EXPR_COND:
    print(e, o, x->kid[0], 2);
    put(o, " ? ");
    print(e, o, x->kid[1], 1);
    put(o, " : ");
    print(e, o, x->kid[2], 1);
    break;
  default: /* binary, left-associative */
    print(e, o, x->kid[0], pr);
    put(o, " %s ", op_text(x->op));
    print(e, o, x->kid[1], pr + 1);
    break;
  }
  if (paren) put(o, ")");
}

const char *expr_print(const expr *e) {
  outbuf o = {0};
  print(e, &o, e->root, 0);
  char *s = cc_strdup(e->arena, o.s);
  free(o.s);
  return s;
}
