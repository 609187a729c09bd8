/*
 * What a checked expression means: the reference interpreter (expr_eval),
 * the interval analysis for tile skipping (expr_bounds) and what it reads
 * (expr_uses).  docs/expressions.md states the semantics; the code
 * generator follows them, and tests compare it with expr_eval.
 */
#include "expr.h"

#include <math.h>
#include <string.h>

/* --- the interpreter ----------------------------------------------------------- */

/* Two's complement wrap-around of an exact result, without the
 * implementation-defined conversion of an out-of-range value to int32_t. */
static int32_t wrap(int64_t x) {
  uint32_t u = (uint32_t)(uint64_t)x;
  int32_t r;
  memcpy(&r, &u, sizeof r);
  return r;
}

/* Truncating division, total: x / 0 = 0, INT32_MIN / -1 = INT32_MIN. */
static int32_t int_div(int32_t a, int32_t b) { return b == 0 ? 0 : wrap((int64_t)a / b); }
/* The remainder has the dividend's sign; x % 0 = 0, x % -1 = 0. */
static int32_t int_mod(int32_t a, int32_t b) { return b == 0 ? 0 : (int32_t)((int64_t)a % b); }

static expr_value int_val(int32_t i) { return (expr_value){.type = EXPR_INT, .i = i}; }
static expr_value float_val(float f) { return (expr_value){.type = EXPR_FLOAT, .f = f}; }
static expr_value bool_val(int b) { return (expr_value){.type = EXPR_BOOL, .i = b != 0}; }

/* tensor[kid...]: every index clamped to [0, dim - 1], row-major. */
static expr_value read_tensor(const expr_node *x, const expr_env *env) {
  const expr_buf *buf = &env->tensors[x->tensor];
  size_t at = 0;
  for (int k = 0; k < x->n; k++) {
    int32_t i = expr_eval_node(x->kid[k], env).i, dim = buf->dim[k];
    cc_assert(dim >= 1);
    at = at * (size_t)dim + (size_t)(i < 0 ? 0 : i >= dim ? dim - 1 : i);
  }
  if (x->type == EXPR_FLOAT) return float_val(((const float *)buf->data)[at]);
  return int_val(((const int32_t *)buf->data)[at]);
}

/* Two ints, two floats or two bools; both convert to double exactly, so
 * comparing there is comparing them (NaN included). */
static expr_value compare(expr_op op, expr_value a, expr_value b) {
  double x = a.type == EXPR_FLOAT ? (double)a.f : (double)a.i;
  double y = b.type == EXPR_FLOAT ? (double)b.f : (double)b.i;
  switch (op) {
  case EXPR_LT: return bool_val(x < y);
  case EXPR_LE: return bool_val(x <= y);
  case EXPR_GT: return bool_val(x > y);
  case EXPR_GE: return bool_val(x >= y);
  case EXPR_EQ: return bool_val(x == y);
  default: return bool_val(x != y);
  }
}

/* + - * / % min max of two values of the same numeric type. */
static expr_value arith(expr_op op, expr_value a, expr_value b) {
  if (a.type == EXPR_FLOAT) {
    float x = a.f, y = b.f;
    switch (op) {
    case EXPR_ADD: return float_val(x + y);
    case EXPR_SUB: return float_val(x - y);
    case EXPR_MUL: return float_val(x * y);
    case EXPR_DIV: return float_val(x / y);
    case EXPR_MIN: return float_val(fminf(x, y));
    case EXPR_MAX: return float_val(fmaxf(x, y));
    default: cc_unreachable();
    }
  }
  int64_t x = a.i, y = b.i;
  switch (op) {
  case EXPR_ADD: return int_val(wrap(x + y));
  case EXPR_SUB: return int_val(wrap(x - y));
  case EXPR_MUL: return int_val(wrap(x * y));
  case EXPR_DIV: return int_val(int_div(a.i, b.i));
  case EXPR_MOD: return int_val(int_mod(a.i, b.i));
  case EXPR_MIN: return int_val(x < y ? a.i : b.i);
  case EXPR_MAX: return int_val(x > y ? a.i : b.i);
  default: cc_unreachable();
  }
}

expr_value expr_eval_node(const expr_node *x, const expr_env *env) {
  switch (x->op) {
  case EXPR_LIT: return x->type == EXPR_INT ? int_val(x->i) : float_val(x->f);
  case EXPR_VAR:
    switch (x->var) {
    case EXPR_V_B: return int_val(env->b);
    case EXPR_V_H: return int_val(env->h);
    case EXPR_V_Q_POS: return int_val(env->q_pos);
    case EXPR_V_KV_POS: return int_val(env->kv_pos);
    case EXPR_V_S: return float_val(env->s);
    }
    cc_unreachable();
  case EXPR_INDEX: return read_tensor(x, env);
  case EXPR_COND:
    return expr_eval_node(x->kid[expr_eval_node(x->kid[0], env).i ? 1 : 2], env);
  default: break;
  }
  expr_value a = expr_eval_node(x->kid[0], env);
  switch (x->op) {
  case EXPR_ITOF: return float_val((float)a.i);
  case EXPR_NOT: return bool_val(!a.i);
  case EXPR_NEG: return a.type == EXPR_FLOAT ? float_val(-a.f) : int_val(wrap(-(int64_t)a.i));
  case EXPR_ABS: return a.type == EXPR_FLOAT ? float_val(fabsf(a.f)) : int_val(wrap(a.i < 0 ? -(int64_t)a.i : a.i));
  case EXPR_EXP: return float_val(expf(a.f));
  case EXPR_LOG: return float_val(logf(a.f));
  case EXPR_TANH: return float_val(tanhf(a.f));
  default: break;
  }
  expr_value b = expr_eval_node(x->kid[1], env);
  switch (x->op) {
  case EXPR_AND: return bool_val(a.i && b.i);
  case EXPR_OR: return bool_val(a.i || b.i);
  case EXPR_LT:
  case EXPR_LE:
  case EXPR_GT:
  case EXPR_GE:
  case EXPR_EQ:
  case EXPR_NE: return compare(x->op, a, b);
  default: return arith(x->op, a, b);
  }
}

expr_value expr_eval(const expr *e, const expr_env *env) { return expr_eval_node(e->root, env); }

/* --- interval bounds -------------------------------------------------------------- */

/*
 * An abstract value: every value the node takes over the box lies in it.
 *   INT:   [lo, hi] within int32; an exact result past int32 wraps, so it
 *          widens to the whole int32 range.
 *   FLOAT: [flo, fhi] (may be +-inf) plus nan: whether NaN is possible.
 *   BOOL:  can_t, can_f: whether true, false are possible.
 */
typedef struct absval {
  int64_t lo, hi;
  float flo, fhi;
  int nan;
  int can_t, can_f;
} absval;

static absval ints(int64_t lo, int64_t hi) {
  if (lo < INT32_MIN || hi > INT32_MAX) lo = INT32_MIN, hi = INT32_MAX;
  return (absval){.lo = lo, .hi = hi};
}

static absval floats(float lo, float hi, int nan) { return (absval){.flo = lo, .fhi = hi, .nan = nan}; }
static absval float_top(void) { return floats(-INFINITY, INFINITY, 1); }
static absval bools(int can_t, int can_f) { return (absval){.can_t = can_t, .can_f = can_f}; }

static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }

/* The smallest interval holding a and b. */
static absval join(expr_type t, absval a, absval b) {
  if (t == EXPR_BOOL) return bools(a.can_t || b.can_t, a.can_f || b.can_f);
  if (t == EXPR_FLOAT) return floats(fminf(a.flo, b.flo), fmaxf(a.fhi, b.fhi), a.nan || b.nan);
  return ints(min64(a.lo, b.lo), max64(a.hi, b.hi));
}

/* a / b over every b in [c, d] without 0: the quotient is monotone in each
 * operand on a box where the divisor keeps its sign, so the corners bound it. */
static absval div_part(absval a, int64_t c, int64_t d) {
  int64_t q[4] = {a.lo / c, a.lo / d, a.hi / c, a.hi / d}, lo = q[0], hi = q[0];
  for (int i = 1; i < 4; i++) lo = min64(lo, q[i]), hi = max64(hi, q[i]);
  return ints(lo, hi);
}

static absval int_div_bounds(absval a, absval b) {
  int have = 0;
  absval r = ints(0, 0); /* x / 0 = 0 */
  if (b.lo <= 0 && b.hi >= 0) have = 1;
  if (b.lo < 0) {
    absval n = div_part(a, b.lo, min64(b.hi, -1));
    r = have ? join(EXPR_INT, r, n) : n, have = 1;
  }
  if (b.hi > 0) {
    absval p = div_part(a, max64(b.lo, 1), b.hi);
    r = have ? join(EXPR_INT, r, p) : p;
  }
  return r;
}

/* a % b: the dividend's sign, |a % b| < |b| and <= |a|; a itself when every
 * nonzero divisor is larger than |a|; 0 for a zero divisor. */
static absval int_mod_bounds(absval a, absval b) {
  int zero = b.lo <= 0 && b.hi >= 0;
  if (b.lo == 0 && b.hi == 0) return ints(0, 0);
  int64_t m = max64(-b.lo, b.hi);                                     /* the largest |b| */
  int64_t least = b.lo > 0 ? b.lo : b.hi < 0 ? -b.hi : 1;              /* the smallest nonzero |b| */
  if (max64(-a.lo, a.hi) < least) return zero ? join(EXPR_INT, a, ints(0, 0)) : a;
  return ints(a.lo >= 0 ? 0 : max64(a.lo, -(m - 1)), a.hi <= 0 ? 0 : min64(a.hi, m - 1));
}

static absval int_arith(expr_op op, absval a, absval b) {
  switch (op) {
  case EXPR_ADD: return ints(a.lo + b.lo, a.hi + b.hi);
  case EXPR_SUB: return ints(a.lo - b.hi, a.hi - b.lo);
  case EXPR_MUL: {
    int64_t p[4] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi}, lo = p[0], hi = p[0];
    for (int i = 1; i < 4; i++) lo = min64(lo, p[i]), hi = max64(hi, p[i]);
    return ints(lo, hi);
  }
  case EXPR_DIV: return int_div_bounds(a, b);
  case EXPR_MOD: return int_mod_bounds(a, b);
  case EXPR_MIN: return ints(min64(a.lo, b.lo), min64(a.hi, b.hi));
  case EXPR_MAX: return ints(max64(a.lo, b.lo), max64(a.hi, b.hi));
  default: cc_unreachable();
  }
}

/* Rounding to f32 is monotone, so finite endpoints computed in f32 bound
 * the rounded results; NaN or an infinite endpoint (inf - inf, 0 * inf)
 * gives up, and so does division. */
static absval float_arith(expr_op op, absval a, absval b) {
  if (op == EXPR_MIN) { /* fminf ignores a NaN operand: then the other one comes out */
    float hi = fminf(a.fhi, b.fhi);
    if (a.nan) hi = fmaxf(hi, b.fhi);
    if (b.nan) hi = fmaxf(hi, a.fhi);
    return floats(fminf(a.flo, b.flo), hi, a.nan && b.nan);
  }
  if (op == EXPR_MAX) {
    float lo = fmaxf(a.flo, b.flo);
    if (a.nan) lo = fminf(lo, b.flo);
    if (b.nan) lo = fminf(lo, a.flo);
    return floats(lo, fmaxf(a.fhi, b.fhi), a.nan && b.nan);
  }
  if (a.nan || b.nan || !isfinite(a.flo) || !isfinite(a.fhi) || !isfinite(b.flo) || !isfinite(b.fhi))
    return float_top();
  switch (op) {
  case EXPR_ADD: return floats(a.flo + b.flo, a.fhi + b.fhi, 0);
  case EXPR_SUB: return floats(a.flo - b.fhi, a.fhi - b.flo, 0);
  case EXPR_MUL: {
    float p[4] = {a.flo * b.flo, a.flo * b.fhi, a.fhi * b.flo, a.fhi * b.fhi}, lo = p[0], hi = p[0];
    for (int i = 1; i < 4; i++) lo = fminf(lo, p[i]), hi = fmaxf(hi, p[i]);
    return floats(lo, hi, 0);
  }
  default: return float_top(); /* division */
  }
}

/* a OP b over the box: whether it can be true, whether it can be false.
 * Ints and floats compare by interval (NaN compares unequal and unordered);
 * bools (== !=) by their possible values. */
static absval compare_bounds(expr_op op, expr_type t, absval a, absval b) {
  if (t == EXPR_BOOL) {
    int eq_t = (a.can_t && b.can_t) || (a.can_f && b.can_f), eq_f = (a.can_t && b.can_f) || (a.can_f && b.can_t);
    return op == EXPR_EQ ? bools(eq_t, eq_f) : bools(eq_f, eq_t);
  }
  double l1 = t == EXPR_INT ? (double)a.lo : a.flo, h1 = t == EXPR_INT ? (double)a.hi : a.fhi;
  double l2 = t == EXPR_INT ? (double)b.lo : b.flo, h2 = t == EXPR_INT ? (double)b.hi : b.fhi;
  int nan = a.nan || b.nan;
  int overlap = l1 <= h2 && l2 <= h1, single = l1 == h1 && l2 == h2 && l1 == l2;
  switch (op) {
  case EXPR_LT: return bools(l1 < h2, h1 >= l2 || nan);
  case EXPR_LE: return bools(l1 <= h2, h1 > l2 || nan);
  case EXPR_GT: return bools(h1 > l2, l1 <= h2 || nan);
  case EXPR_GE: return bools(h1 >= l2, l1 < h2 || nan);
  case EXPR_EQ: return bools(overlap, !single || nan);
  case EXPR_NE: return bools(!single || nan, overlap);
  default: cc_unreachable();
  }
}

static absval bounds(const expr_node *x, const expr_box *box) {
  switch (x->op) {
  case EXPR_LIT: return x->type == EXPR_INT ? ints(x->i, x->i) : floats(x->f, x->f, 0);
  case EXPR_VAR: return x->var == EXPR_V_S ? float_top() : ints(box->lo[x->var], box->hi[x->var]);
  case EXPR_INDEX: return x->type == EXPR_FLOAT ? float_top() : ints(INT32_MIN, INT32_MAX);
  case EXPR_COND: {
    absval c = bounds(x->kid[0], box);
    if (!c.can_f) return bounds(x->kid[1], box);
    if (!c.can_t) return bounds(x->kid[2], box);
    return join(x->type, bounds(x->kid[1], box), bounds(x->kid[2], box));
  }
  default: break;
  }
  absval a = bounds(x->kid[0], box);
  switch (x->op) {
  case EXPR_ITOF: return floats((float)a.lo, (float)a.hi, 0); /* int -> float is monotone */
  case EXPR_NOT: return bools(a.can_f, a.can_t);
  case EXPR_NEG: return x->type == EXPR_INT ? ints(-a.hi, -a.lo) : floats(-a.fhi, -a.flo, a.nan);
  case EXPR_ABS:
    if (x->type == EXPR_FLOAT)
      return a.flo >= 0 ? a : a.fhi <= 0 ? floats(-a.fhi, -a.flo, a.nan) : floats(0, fmaxf(-a.flo, a.fhi), a.nan);
    return a.lo >= 0 ? a : a.hi <= 0 ? ints(-a.hi, -a.lo) : ints(0, max64(-a.lo, a.hi));
  case EXPR_EXP:
  case EXPR_LOG:
  case EXPR_TANH: return float_top(); /* the kernel's approximations need not be monotone */
  default: break;
  }
  absval b = bounds(x->kid[1], box);
  switch (x->op) {
  case EXPR_AND: return bools(a.can_t && b.can_t, a.can_f || b.can_f);
  case EXPR_OR: return bools(a.can_t || b.can_t, a.can_f && b.can_f);
  case EXPR_LT:
  case EXPR_LE:
  case EXPR_GT:
  case EXPR_GE:
  case EXPR_EQ:
  case EXPR_NE: return compare_bounds(x->op, x->kid[0]->type, a, b);
  default: return x->type == EXPR_INT ? int_arith(x->op, a, b) : float_arith(x->op, a, b);
  }
}

expr_truth expr_bounds(const expr *e, const expr_box *box) {
  cc_assert(e->root->type == EXPR_BOOL);
  for (int v = 0; v < 4; v++) cc_assert(box->lo[v] <= box->hi[v]);
  absval r = bounds(e->root, box);
  cc_assert(r.can_t || r.can_f);
  return !r.can_f ? EXPR_ALWAYS_TRUE : !r.can_t ? EXPR_ALWAYS_FALSE : EXPR_UNKNOWN;
}

/* --- what it reads ------------------------------------------------------------------ */

static void uses(const expr_node *x, expr_use *u) {
  if (x->op == EXPR_VAR) u->vars |= 1u << x->var;
  if (x->op == EXPR_INDEX) u->tensors |= 1u << x->tensor;
  for (int k = 0; k < x->n; k++) uses(x->kid[k], u);
}

expr_use expr_uses(const expr *e) {
  expr_use u = {0, 0};
  uses(e->root, &u);
  return u;
}

int expr_pair_visible(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos) {
  const expr_pair *x = ctx;
  expr_env env = {b, h, q_pos, kv_pos, 0.0f, x->tensors};
  return expr_eval(x->mask, &env).i;
}

double expr_pair_score(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos, double s) {
  const expr_pair *x = ctx;
  expr_env env = {b, h, q_pos, kv_pos, (float)s, x->tensors};
  return (double)expr_eval(x->score, &env).f;
}
