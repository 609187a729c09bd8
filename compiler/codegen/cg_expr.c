/*
 * mask.expr and score.expr in the kernel (docs/expressions.md): an
 * expression's AST lowered to vector IR over vl elements at once
 * (cg_expr), and its interval bounds over a box of positions known only at
 * run time lowered to scalar IR (cg_expr_bounds), for skipping key blocks.
 *
 * cg_expr follows the reference interpreter (expr_eval, compiler/spec/
 * expr_eval.c) operation by operation: int32 wrap-around (add, sub, mul
 * without nsw/nuw), x / 0 = x % 0 = 0 and INT_MIN / -1 = INT_MIN through a
 * guarded divisor (no division that traps or is undefined is ever
 * emitted), int -> float rounding to nearest (sitofp), min/max of floats
 * ignoring a NaN operand (llvm.minnum/maxnum are C's fminf/fmaxf), ordered
 * comparisons (!= unordered), exp, log, tanh by cg_exp, cg_log,
 * cg_tanh (ir.c; their errors are stated there), and tensor elements read
 * at indices clamped to each dimension by a gather (tensor_read).
 *
 * cg_expr_bounds follows expr_bounds (compiler/spec/expr_eval.c) rule by
 * rule, so the run-time answer is as sound as the one the tests check
 * against the interpreter: ints as [lo, hi] in i64, an exact result past
 * int32 widened to the whole int32 range (it may wrap); floats as [lo, hi]
 * with a may-be-NaN flag; bools as can-be-true / can-be-false.
 */
#include <stddef.h>
#include <string.h>

#include "cg.h"

/* --- per element ------------------------------------------------------------ */

static LLVMValueRef vint(cg *g, long long v) { return cg_splat(g, cg_i32(g, v)); }

static LLVMValueRef call2(cg *g, const char *name, LLVMValueRef a, LLVMValueRef b) {
  LLVMTypeRef t = LLVMTypeOf(a);
  LLVMValueRef args[] = {a, b};
  return cg_call(g, name, &t, 1, args, 2);
}

/* a / b and a % b of <vl x i32> with the interpreter's totality: the
 * divisor becomes 1 where b = 0 or (a, b) = (INT_MIN, -1), which gives
 * INT_MIN / 1 = INT_MIN and x % 1 = 0 = x % -1; x / 0 is then selected to
 * 0.  A literal divisor other than 0 and -1 needs no guard. */
static LLVMValueRef int_divmod(cg *g, const expr_node *x, LLVMValueRef a, LLVMValueRef d) {
  LLVMBuilderRef b = g->b;
  const expr_node *k = x->kid[1];
  int is_div = x->op == EXPR_DIV;
  if (k->op == EXPR_LIT && k->i != 0 && k->i != -1)
    return is_div ? LLVMBuildSDiv(b, a, d, "") : LLVMBuildSRem(b, a, d, "");
  LLVMValueRef zero = LLVMBuildICmp(b, LLVMIntEQ, d, vint(g, 0), "");
  LLVMValueRef ovf = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntEQ, a, vint(g, INT32_MIN), ""),
                                  LLVMBuildICmp(b, LLVMIntEQ, d, vint(g, -1), ""), "");
  LLVMValueRef safe = LLVMBuildSelect(b, LLVMBuildOr(b, zero, ovf, ""), vint(g, 1), d, "divisor");
  if (!is_div) return LLVMBuildSRem(b, a, safe, "");
  return LLVMBuildSelect(b, zero, vint(g, 0), LLVMBuildSDiv(b, a, safe, ""), "");
}

static LLVMValueRef compare(cg *g, expr_op op, expr_type t, LLVMValueRef a, LLVMValueRef c) {
  static const expr_op ops[] = {EXPR_LT, EXPR_LE, EXPR_GT, EXPR_GE, EXPR_EQ, EXPR_NE};
  static const LLVMIntPredicate ip[] = {LLVMIntSLT, LLVMIntSLE, LLVMIntSGT, LLVMIntSGE, LLVMIntEQ, LLVMIntNE};
  static const LLVMRealPredicate fp[] = {LLVMRealOLT, LLVMRealOLE, LLVMRealOGT, LLVMRealOGE, LLVMRealOEQ, LLVMRealUNE};
  for (int i = 0; i < 6; i++)
    if (ops[i] == op)
      return t == EXPR_FLOAT ? LLVMBuildFCmp(g->b, fp[i], a, c, "") : LLVMBuildICmp(g->b, ip[i], a, c, "");
  cc_unreachable();
}

static LLVMValueRef lower(cg *g, const expr_node *x, const cg_expr_env *env);

/* Whether vector v holds one value in every lane: a cg_splat (a shuffle of
 * lane 0, or a constant). */
static int is_splat(LLVMValueRef v) {
  if (LLVMIsAShuffleVectorInst(v)) {
    for (unsigned i = 0, n = LLVMGetNumMaskElements(v); i < n; i++)
      if (LLVMGetMaskValue(v, i) != 0) return 0;
    return 1;
  }
  if (!LLVMIsConstant(v)) return 0;
  LLVMValueRef e0 = LLVMGetAggregateElement(v, 0);
  for (unsigned i = 1, n = LLVMGetVectorSize(LLVMTypeOf(v)); i < n; i++)
    if (LLVMGetAggregateElement(v, i) != e0) return 0; /* constants are uniqued */
  return e0 != NULL;
}

/* Whether x has the same value in every lane: it reads only variables that
 * env holds as splats (b always; h and q_pos where rows are splatted). */
static int uniform(const expr_node *x, const cg_expr_env *env) {
  if (x->op == EXPR_VAR) {
    LLVMValueRef v[] = {env->b, env->h, env->q_pos, env->kv_pos, env->s};
    return is_splat(v[x->var]);
  }
  for (int k = 0; k < x->n; k++)
    if (!uniform(x->kid[k], env)) return 0;
  return 1;
}

/* t[i0, .., i(n-1)] at vl elements: each index clamped to [0, dim - 1]
 * (dim the call's batch for a `batch` dimension), the row-major offset
 * ((i0 d1 + i1) d2 + ..), and a gather of the vl elements (all lanes on).
 * The offset is i32 while the dimensions so far keep it below 2^31, i64
 * from there on (a batch dimension bounds nothing at compile time).  Where
 * every index is the same in all lanes (bias[h] or doc[b, q_pos] with
 * rows splatted) it is one scalar load, broadcast. */
static LLVMValueRef tensor_read(cg *g, const expr_node *x, const cg_expr_env *env) {
  const attn_spec *s = g->plan->user;
  LLVMBuilderRef b = g->b;
  const expr_tensor *t = &s->tensors[x->tensor];
  const expr_sizes sz = {s->heads_q, s->heads_kv, s->capacity, 0};
  cc_assert(x->tensor < s->n_tensors && x->n == t->rank && env->tensor && env->tensor[x->tensor]);
  LLVMValueRef off = NULL;
  long long bound = 1; /* offsets so far lie in [0, bound) */
  LLVMTypeRef vi64 = LLVMVectorType(g->i64, (unsigned)g->vl);
  for (int k = 0; k < x->n; k++) {
    int batch = t->dim[k].kind == EXPR_DIM_BATCH;
    long long d = batch ? INT32_MAX : expr_dim_resolve(t->dim[k], &sz);
    cc_assert(!batch || env->batch);
    LLVMValueRef dim = batch ? cg_splat(g, env->batch) : vint(g, d);
    LLVMValueRef i = lower(g, x->kid[k], env);
    i = cg_smax(g, cg_smin(g, i, LLVMBuildSub(b, dim, vint(g, 1), "")), vint(g, 0));
    if (!off) {
      off = i;
    } else if (LLVMTypeOf(off) == g->vi && bound * d <= INT32_MAX) {
      off = LLVMBuildAdd(b, LLVMBuildMul(b, off, dim, ""), i, "");
    } else {
      if (LLVMTypeOf(off) == g->vi) off = LLVMBuildSExt(b, off, vi64, "");
      off = LLVMBuildAdd(b, LLVMBuildMul(b, off, LLVMBuildSExt(b, dim, vi64, ""), ""), LLVMBuildSExt(b, i, vi64, ""), "");
    }
    bound *= d;
    if (bound > INT32_MAX) bound = (long long)INT32_MAX + 1; /* past it: i64 from the next dimension on */
  }
  LLVMTypeRef et = x->type == EXPR_FLOAT ? g->f32 : g->i32;
  int same = 1;
  for (int k = 0; k < x->n && same; k++) same = uniform(x->kid[k], env);
  if (same) {
    LLVMValueRef o = LLVMBuildExtractElement(b, off, cg_i32(g, 0), "");
    return cg_splat(g, LLVMBuildLoad2(b, et, LLVMBuildGEP2(b, et, env->tensor[x->tensor], &o, 1, ""), t->name));
  }
  LLVMValueRef ptrs = LLVMBuildGEP2(b, et, env->tensor[x->tensor], &off, 1, t->name);
  LLVMTypeRef ovl[] = {x->type == EXPR_FLOAT ? g->vf : g->vi, LLVMTypeOf(ptrs)};
  LLVMValueRef args[] = {ptrs, cg_i32(g, 4), cg_splat(g, LLVMConstInt(g->i1, 1, 0)), LLVMGetUndef(ovl[0])};
  return cg_call(g, "llvm.masked.gather", ovl, 2, args, 4);
}

static LLVMValueRef lower(cg *g, const expr_node *x, const cg_expr_env *env) {
  LLVMBuilderRef b = g->b;
  switch (x->op) {
  case EXPR_LIT: return x->type == EXPR_INT ? vint(g, x->i) : cg_vconst(g, x->f);
  case EXPR_VAR: {
    LLVMValueRef v[] = {env->b, env->h, env->q_pos, env->kv_pos, env->s};
    cc_assert(v[x->var]);
    return v[x->var];
  }
  case EXPR_INDEX: return tensor_read(g, x, env);
  case EXPR_COND:
    return LLVMBuildSelect(b, lower(g, x->kid[0], env), lower(g, x->kid[1], env), lower(g, x->kid[2], env), "");
  default: break;
  }
  LLVMValueRef a = lower(g, x->kid[0], env);
  int fl = x->kid[0]->type == EXPR_FLOAT;
  LLVMTypeRef vt = LLVMTypeOf(a);
  switch (x->op) {
  case EXPR_ITOF: return LLVMBuildSIToFP(b, a, g->vf, "");
  case EXPR_NOT: return LLVMBuildNot(b, a, "");
  case EXPR_NEG: return fl ? LLVMBuildFNeg(b, a, "") : LLVMBuildSub(b, vint(g, 0), a, "");
  case EXPR_ABS: {
    if (fl) return cg_call(g, "llvm.fabs", &vt, 1, &a, 1);
    LLVMValueRef args[] = {a, LLVMConstInt(g->i1, 0, 0)}; /* abs(INT_MIN) = INT_MIN, not poison */
    return cg_call(g, "llvm.abs", &vt, 1, args, 2);
  }
  case EXPR_EXP: return cg_exp(g, a);
  case EXPR_LOG: return cg_log(g, a);
  case EXPR_TANH: return cg_tanh(g, a);
  default: break;
  }
  LLVMValueRef c = lower(g, x->kid[1], env);
  switch (x->op) {
  case EXPR_AND: return LLVMBuildAnd(b, a, c, "");
  case EXPR_OR: return LLVMBuildOr(b, a, c, "");
  case EXPR_ADD: return fl ? LLVMBuildFAdd(b, a, c, "") : LLVMBuildAdd(b, a, c, "");
  case EXPR_SUB: return fl ? LLVMBuildFSub(b, a, c, "") : LLVMBuildSub(b, a, c, "");
  case EXPR_MUL: return fl ? LLVMBuildFMul(b, a, c, "") : LLVMBuildMul(b, a, c, "");
  case EXPR_DIV: return fl ? LLVMBuildFDiv(b, a, c, "") : int_divmod(g, x, a, c);
  case EXPR_MOD: return int_divmod(g, x, a, c);
  case EXPR_MIN: return fl ? call2(g, "llvm.minnum", a, c) : cg_smin(g, a, c);
  case EXPR_MAX: return fl ? call2(g, "llvm.maxnum", a, c) : cg_smax(g, a, c);
  default: return compare(g, x->op, x->kid[0]->type, a, c);
  }
}

LLVMValueRef cg_expr(cg *g, const expr *e, const cg_expr_env *env) { return lower(g, e->root, env); }

void cg_expr_args(cg *g, LLVMValueRef args) {
  const attn_spec *s = g->plan->user;
  unsigned used = (s->mask_expr ? expr_uses(s->mask_expr).tensors : 0) |
                  (s->score_expr ? expr_uses(s->score_expr).tensors : 0);
  memset(g->tensor, 0, sizeof g->tensor);
  g->batch = NULL;
  if (!used) return;
  LLVMValueRef tab = cg_field(g, g->ptr, args, offsetof(attn_args, tensors), "tensors");
  for (int i = 0; i < s->n_tensors; i++) {
    if (!(used >> i & 1)) continue;
    g->tensor[i] = LLVMBuildLoad2(g->b, g->ptr, cg_gep(g, g->ptr, tab, cg_i64(g, i)), s->tensors[i].name);
    for (int k = 0; k < s->tensors[i].rank; k++)
      if (s->tensors[i].dim[k].kind == EXPR_DIM_BATCH && !g->batch)
        g->batch = cg_field(g, g->i32, args, offsetof(attn_args, batch), "batch");
  }
}

/* --- interval bounds over a run-time box ------------------------------------------ */

/* expr_eval.c's absval as scalar IR: lo, hi (i64) for INT, flo, fhi (f32)
 * and nan (i1) for FLOAT, can_t, can_f (i1) for BOOL. */
typedef struct ival {
  LLVMValueRef lo, hi, flo, fhi, nan, can_t, can_f;
} ival;

static LLVMValueRef i64c(cg *g, long long v) { return cg_i64(g, v); }
static LLVMValueRef i1c(cg *g, int v) { return LLVMConstInt(g->i1, (unsigned long long)v, 0); }
static LLVMValueRef sel(cg *g, LLVMValueRef c, LLVMValueRef a, LLVMValueRef b) {
  return LLVMBuildSelect(g->b, c, a, b, "");
}
static LLVMValueRef icmp(cg *g, LLVMIntPredicate p, LLVMValueRef a, LLVMValueRef b) {
  return LLVMBuildICmp(g->b, p, a, b, "");
}
static LLVMValueRef fcmp(cg *g, LLVMRealPredicate p, LLVMValueRef a, LLVMValueRef b) {
  return LLVMBuildFCmp(g->b, p, a, b, "");
}
static LLVMValueRef and_(cg *g, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildAnd(g->b, a, b, ""); }
static LLVMValueRef or_(cg *g, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildOr(g->b, a, b, ""); }
static LLVMValueRef not_(cg *g, LLVMValueRef a) { return LLVMBuildNot(g->b, a, ""); }

/* ints(lo, hi): past int32 (a result that may wrap) is all of int32. */
static ival ints(cg *g, LLVMValueRef lo, LLVMValueRef hi) {
  LLVMValueRef ovf = or_(g, icmp(g, LLVMIntSLT, lo, i64c(g, INT32_MIN)), icmp(g, LLVMIntSGT, hi, i64c(g, INT32_MAX)));
  return (ival){.lo = sel(g, ovf, i64c(g, INT32_MIN), lo), .hi = sel(g, ovf, i64c(g, INT32_MAX), hi)};
}
static ival floats(LLVMValueRef lo, LLVMValueRef hi, LLVMValueRef nan) { return (ival){.flo = lo, .fhi = hi, .nan = nan}; }
static ival float_top(cg *g) { return floats(cg_f32(g, -__builtin_inf()), cg_f32(g, __builtin_inf()), i1c(g, 1)); }
static ival bools(LLVMValueRef t, LLVMValueRef f) { return (ival){.can_t = t, .can_f = f}; }

/* c ? a : b, field by field, for values of type t. */
static ival ival_sel(cg *g, expr_type t, LLVMValueRef c, ival a, ival b) {
  if (t == EXPR_BOOL) return bools(sel(g, c, a.can_t, b.can_t), sel(g, c, a.can_f, b.can_f));
  if (t == EXPR_FLOAT) return floats(sel(g, c, a.flo, b.flo), sel(g, c, a.fhi, b.fhi), sel(g, c, a.nan, b.nan));
  return (ival){.lo = sel(g, c, a.lo, b.lo), .hi = sel(g, c, a.hi, b.hi)};
}

static LLVMValueRef fminv(cg *g, LLVMValueRef a, LLVMValueRef b) { return call2(g, "llvm.minnum", a, b); }
static LLVMValueRef fmaxv(cg *g, LLVMValueRef a, LLVMValueRef b) { return call2(g, "llvm.maxnum", a, b); }

static ival join(cg *g, expr_type t, ival a, ival b) {
  if (t == EXPR_BOOL) return bools(or_(g, a.can_t, b.can_t), or_(g, a.can_f, b.can_f));
  if (t == EXPR_FLOAT) return floats(fminv(g, a.flo, b.flo), fmaxv(g, a.fhi, b.fhi), or_(g, a.nan, b.nan));
  return ints(g, cg_smin(g, a.lo, b.lo), cg_smax(g, a.hi, b.hi));
}

/* min and max of four i64 (or f32, fl) values */
static void span4(cg *g, const LLVMValueRef v[4], int fl, LLVMValueRef *lo, LLVMValueRef *hi) {
  *lo = *hi = v[0];
  for (int i = 1; i < 4; i++) {
    *lo = fl ? fminv(g, *lo, v[i]) : cg_smin(g, *lo, v[i]);
    *hi = fl ? fmaxv(g, *hi, v[i]) : cg_smax(g, *hi, v[i]);
  }
}

/* a / every divisor in [c, d] (nonzero there; c, d made 1 where a side
 * is absent, the result then unused): the corners bound it. */
static void div_part(cg *g, ival a, LLVMValueRef c, LLVMValueRef d, LLVMValueRef *lo, LLVMValueRef *hi) {
  LLVMBuilderRef b = g->b;
  c = sel(g, icmp(g, LLVMIntEQ, c, i64c(g, 0)), i64c(g, 1), c);
  d = sel(g, icmp(g, LLVMIntEQ, d, i64c(g, 0)), i64c(g, 1), d);
  LLVMValueRef q[4] = {LLVMBuildSDiv(b, a.lo, c, ""), LLVMBuildSDiv(b, a.lo, d, ""), LLVMBuildSDiv(b, a.hi, c, ""),
                       LLVMBuildSDiv(b, a.hi, d, "")};
  span4(g, q, 0, lo, hi);
}

/* expr_eval.c's int_div_bounds: 0 when 0 is a possible divisor, joined
 * with the quotients by the negative and by the positive divisors. */
static ival int_div_bounds(cg *g, ival a, ival d) {
  LLVMValueRef zero = and_(g, icmp(g, LLVMIntSLE, d.lo, i64c(g, 0)), icmp(g, LLVMIntSGE, d.hi, i64c(g, 0)));
  LLVMValueRef neg = icmp(g, LLVMIntSLT, d.lo, i64c(g, 0)), pos = icmp(g, LLVMIntSGT, d.hi, i64c(g, 0));
  LLVMValueRef nlo, nhi, plo, phi;
  div_part(g, a, d.lo, cg_smin(g, d.hi, i64c(g, -1)), &nlo, &nhi);
  div_part(g, a, cg_smax(g, d.lo, i64c(g, 1)), d.hi, &plo, &phi);
  LLVMValueRef lo = sel(g, zero, i64c(g, 0), i64c(g, INT64_MAX)), hi = sel(g, zero, i64c(g, 0), i64c(g, INT64_MIN));
  lo = sel(g, neg, cg_smin(g, lo, nlo), lo), hi = sel(g, neg, cg_smax(g, hi, nhi), hi);
  lo = sel(g, pos, cg_smin(g, lo, plo), lo), hi = sel(g, pos, cg_smax(g, hi, phi), hi);
  return ints(g, lo, hi);
}

/* expr_eval.c's int_mod_bounds: the dividend's sign, |a % d| < |d| and
 * <= |a|; a itself when every nonzero divisor is larger than |a|; 0 for a
 * zero divisor. */
static ival int_mod_bounds(cg *g, ival a, ival d) {
  LLVMBuilderRef b = g->b;
  LLVMValueRef z = i64c(g, 0);
  LLVMValueRef zero = and_(g, icmp(g, LLVMIntSLE, d.lo, z), icmp(g, LLVMIntSGE, d.hi, z));
  LLVMValueRef only0 = and_(g, icmp(g, LLVMIntEQ, d.lo, z), icmp(g, LLVMIntEQ, d.hi, z));
  LLVMValueRef m = cg_smax(g, LLVMBuildNeg(b, d.lo, ""), d.hi);
  LLVMValueRef least = sel(g, icmp(g, LLVMIntSGT, d.lo, z), d.lo,
                           sel(g, icmp(g, LLVMIntSLT, d.hi, z), LLVMBuildNeg(b, d.hi, ""), i64c(g, 1)));
  LLVMValueRef small = icmp(g, LLVMIntSLT, cg_smax(g, LLVMBuildNeg(b, a.lo, ""), a.hi), least);
  ival keep = ival_sel(g, EXPR_INT, zero, ints(g, cg_smin(g, a.lo, z), cg_smax(g, a.hi, z)), a);
  LLVMValueRef m1 = LLVMBuildSub(b, m, i64c(g, 1), "");
  LLVMValueRef lo = sel(g, icmp(g, LLVMIntSGE, a.lo, z), z, cg_smax(g, a.lo, LLVMBuildNeg(b, m1, "")));
  LLVMValueRef hi = sel(g, icmp(g, LLVMIntSLE, a.hi, z), z, cg_smin(g, a.hi, m1));
  ival r = ival_sel(g, EXPR_INT, small, keep, ints(g, lo, hi));
  return ival_sel(g, EXPR_INT, only0, (ival){.lo = z, .hi = z}, r);
}

static ival int_arith(cg *g, expr_op op, ival a, ival c) {
  LLVMBuilderRef b = g->b;
  switch (op) {
  case EXPR_ADD: return ints(g, LLVMBuildAdd(b, a.lo, c.lo, ""), LLVMBuildAdd(b, a.hi, c.hi, ""));
  case EXPR_SUB: return ints(g, LLVMBuildSub(b, a.lo, c.hi, ""), LLVMBuildSub(b, a.hi, c.lo, ""));
  case EXPR_MUL: {
    LLVMValueRef p[4] = {LLVMBuildMul(b, a.lo, c.lo, ""), LLVMBuildMul(b, a.lo, c.hi, ""),
                         LLVMBuildMul(b, a.hi, c.lo, ""), LLVMBuildMul(b, a.hi, c.hi, "")};
    LLVMValueRef lo, hi;
    span4(g, p, 0, &lo, &hi);
    return ints(g, lo, hi);
  }
  case EXPR_DIV: return int_div_bounds(g, a, c);
  case EXPR_MOD: return int_mod_bounds(g, a, c);
  case EXPR_MIN: return ints(g, cg_smin(g, a.lo, c.lo), cg_smin(g, a.hi, c.hi));
  case EXPR_MAX: return ints(g, cg_smax(g, a.lo, c.lo), cg_smax(g, a.hi, c.hi));
  default: cc_unreachable();
  }
}

static LLVMValueRef finite(cg *g, LLVMValueRef x) {
  LLVMTypeRef t = g->f32;
  return fcmp(g, LLVMRealOLT, cg_call(g, "llvm.fabs", &t, 1, &x, 1), cg_f32(g, __builtin_inf()));
}

/* expr_eval.c's float_arith: min/max ignore a NaN operand; + - * of finite
 * intervals by their corners; anything else may be anything. */
static ival float_arith(cg *g, expr_op op, ival a, ival c) {
  LLVMBuilderRef b = g->b;
  if (op == EXPR_MIN || op == EXPR_MAX) {
    int mn = op == EXPR_MIN;
    LLVMValueRef (*in)(cg *, LLVMValueRef, LLVMValueRef) = mn ? fminv : fmaxv, (*out)(cg *, LLVMValueRef, LLVMValueRef) = mn ? fmaxv : fminv;
    LLVMValueRef x = mn ? in(g, a.fhi, c.fhi) : in(g, a.flo, c.flo); /* the end a NaN operand can move */
    x = sel(g, a.nan, out(g, x, mn ? c.fhi : c.flo), x);
    x = sel(g, c.nan, out(g, x, mn ? a.fhi : a.flo), x);
    LLVMValueRef other = mn ? fminv(g, a.flo, c.flo) : fmaxv(g, a.fhi, c.fhi);
    LLVMValueRef nan = and_(g, a.nan, c.nan);
    return mn ? floats(other, x, nan) : floats(x, other, nan);
  }
  LLVMValueRef ok = and_(g, and_(g, not_(g, a.nan), not_(g, c.nan)),
                         and_(g, and_(g, finite(g, a.flo), finite(g, a.fhi)), and_(g, finite(g, c.flo), finite(g, c.fhi))));
  ival r;
  switch (op) {
  case EXPR_ADD: r = floats(LLVMBuildFAdd(b, a.flo, c.flo, ""), LLVMBuildFAdd(b, a.fhi, c.fhi, ""), i1c(g, 0)); break;
  case EXPR_SUB: r = floats(LLVMBuildFSub(b, a.flo, c.fhi, ""), LLVMBuildFSub(b, a.fhi, c.flo, ""), i1c(g, 0)); break;
  case EXPR_MUL: {
    LLVMValueRef p[4] = {LLVMBuildFMul(b, a.flo, c.flo, ""), LLVMBuildFMul(b, a.flo, c.fhi, ""),
                         LLVMBuildFMul(b, a.fhi, c.flo, ""), LLVMBuildFMul(b, a.fhi, c.fhi, "")};
    LLVMValueRef lo, hi;
    span4(g, p, 1, &lo, &hi);
    r = floats(lo, hi, i1c(g, 0));
    break;
  }
  default: return float_top(g); /* division */
  }
  return ival_sel(g, EXPR_FLOAT, ok, r, float_top(g));
}

/* expr_eval.c's compare_bounds: whether a OP c can be true, can be false. */
static ival compare_bounds(cg *g, expr_op op, expr_type t, ival a, ival c) {
  if (t == EXPR_BOOL) {
    LLVMValueRef eq_t = or_(g, and_(g, a.can_t, c.can_t), and_(g, a.can_f, c.can_f));
    LLVMValueRef eq_f = or_(g, and_(g, a.can_t, c.can_f), and_(g, a.can_f, c.can_t));
    return op == EXPR_EQ ? bools(eq_t, eq_f) : bools(eq_f, eq_t);
  }
  int fl = t == EXPR_FLOAT;
  LLVMValueRef l1 = fl ? a.flo : a.lo, h1 = fl ? a.fhi : a.hi, l2 = fl ? c.flo : c.lo, h2 = fl ? c.fhi : c.hi;
  LLVMValueRef nan = fl ? or_(g, a.nan, c.nan) : i1c(g, 0);
#define LT(x, y) (fl ? fcmp(g, LLVMRealOLT, x, y) : icmp(g, LLVMIntSLT, x, y))
#define LE(x, y) (fl ? fcmp(g, LLVMRealOLE, x, y) : icmp(g, LLVMIntSLE, x, y))
#define EQ(x, y) (fl ? fcmp(g, LLVMRealOEQ, x, y) : icmp(g, LLVMIntEQ, x, y))
  LLVMValueRef overlap = and_(g, LE(l1, h2), LE(l2, h1));
  LLVMValueRef single = and_(g, and_(g, EQ(l1, h1), EQ(l2, h2)), EQ(l1, l2));
  switch (op) {
  case EXPR_LT: return bools(LT(l1, h2), or_(g, LE(l2, h1), nan));
  case EXPR_LE: return bools(LE(l1, h2), or_(g, LT(l2, h1), nan));
  case EXPR_GT: return bools(LT(l2, h1), or_(g, LE(l1, h2), nan));
  case EXPR_GE: return bools(LE(l2, h1), or_(g, LT(l1, h2), nan));
  case EXPR_EQ: return bools(overlap, or_(g, not_(g, single), nan));
  case EXPR_NE: return bools(or_(g, not_(g, single), nan), overlap);
  default: cc_unreachable();
  }
#undef LT
#undef LE
#undef EQ
}

static ival bounds(cg *g, const expr_node *x, const cg_expr_box *box) {
  LLVMBuilderRef b = g->b;
  switch (x->op) {
  case EXPR_LIT:
    if (x->type == EXPR_INT) return (ival){.lo = i64c(g, x->i), .hi = i64c(g, x->i)};
    return floats(cg_f32(g, x->f), cg_f32(g, x->f), i1c(g, 0));
  case EXPR_VAR:
    if (x->var == EXPR_V_S) return float_top(g);
    return (ival){.lo = LLVMBuildSExt(b, box->lo[x->var], g->i64, ""), .hi = LLVMBuildSExt(b, box->hi[x->var], g->i64, "")};
  case EXPR_INDEX: /* any element of the tensor */
    if (x->type == EXPR_FLOAT) return float_top(g);
    return (ival){.lo = i64c(g, INT32_MIN), .hi = i64c(g, INT32_MAX)};
  case EXPR_COND: {
    ival c = bounds(g, x->kid[0], box), t = bounds(g, x->kid[1], box), f = bounds(g, x->kid[2], box);
    ival r = ival_sel(g, x->type, not_(g, c.can_t), f, join(g, x->type, t, f));
    return ival_sel(g, x->type, not_(g, c.can_f), t, r);
  }
  default: break;
  }
  ival a = bounds(g, x->kid[0], box);
  switch (x->op) {
  case EXPR_ITOF: /* int -> float is monotone */
    return floats(LLVMBuildSIToFP(b, a.lo, g->f32, ""), LLVMBuildSIToFP(b, a.hi, g->f32, ""), i1c(g, 0));
  case EXPR_NOT: return bools(a.can_f, a.can_t);
  case EXPR_NEG:
    if (x->type == EXPR_INT) return ints(g, LLVMBuildNeg(b, a.hi, ""), LLVMBuildNeg(b, a.lo, ""));
    return floats(LLVMBuildFNeg(b, a.fhi, ""), LLVMBuildFNeg(b, a.flo, ""), a.nan);
  case EXPR_ABS:
    if (x->type == EXPR_FLOAT) {
      LLVMValueRef z = cg_f32(g, 0.0);
      ival neg = floats(LLVMBuildFNeg(b, a.fhi, ""), LLVMBuildFNeg(b, a.flo, ""), a.nan);
      ival mid = floats(z, fmaxv(g, LLVMBuildFNeg(b, a.flo, ""), a.fhi), a.nan);
      return ival_sel(g, EXPR_FLOAT, fcmp(g, LLVMRealOGE, a.flo, z), a,
                      ival_sel(g, EXPR_FLOAT, fcmp(g, LLVMRealOLE, a.fhi, z), neg, mid));
    } else {
      LLVMValueRef z = i64c(g, 0);
      ival neg = ints(g, LLVMBuildNeg(b, a.hi, ""), LLVMBuildNeg(b, a.lo, ""));
      ival mid = ints(g, z, cg_smax(g, LLVMBuildNeg(b, a.lo, ""), a.hi));
      return ival_sel(g, EXPR_INT, icmp(g, LLVMIntSGE, a.lo, z), a,
                      ival_sel(g, EXPR_INT, icmp(g, LLVMIntSLE, a.hi, z), neg, mid));
    }
  case EXPR_EXP:
  case EXPR_LOG:
  case EXPR_TANH: return float_top(g);
  default: break;
  }
  ival c = bounds(g, x->kid[1], box);
  switch (x->op) {
  case EXPR_AND: return bools(and_(g, a.can_t, c.can_t), or_(g, a.can_f, c.can_f));
  case EXPR_OR: return bools(or_(g, a.can_t, c.can_t), and_(g, a.can_f, c.can_f));
  case EXPR_LT:
  case EXPR_LE:
  case EXPR_GT:
  case EXPR_GE:
  case EXPR_EQ:
  case EXPR_NE: return compare_bounds(g, x->op, x->kid[0]->type, a, c);
  default: return x->type == EXPR_INT ? int_arith(g, x->op, a, c) : float_arith(g, x->op, a, c);
  }
}

cg_truth cg_expr_bounds(cg *g, const expr *e, const cg_expr_box *box) {
  cc_assert(e->root->type == EXPR_BOOL);
  ival r = bounds(g, e->root, box);
  return (cg_truth){.always_true = not_(g, r.can_f), .always_false = not_(g, r.can_t)};
}
