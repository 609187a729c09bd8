/*
 * compiler/codegen: attn_plan -> LLVM module.
 *
 * ir.c holds the shared IR helpers (loops, vector loads with conversion,
 * exp2, reductions, the online-softmax step); cpu.c lowers the attention
 * tile for CPUs with explicit vectors; module.c emits the ABI entry points
 * and the static descriptors.  Nothing here tests a target's name: widths
 * and conversions come from the plan and its cc_target facts.
 */
#ifndef ATTNCC_CG_H
#define ATTNCC_CG_H

#include <llvm-c/Core.h>

#include "../plan/plan.h"

typedef struct cg {
  LLVMContextRef ctx;
  LLVMModuleRef mod;
  LLVMBuilderRef b;
  const attn_plan *plan;
  LLVMValueRef fn;          /* function being built */
  LLVMValueRef project;     /* row stores: the output projection (cpu.c), else null */
  LLVMValueRef rope_tab;    /* rope: the cos/sin tables (cpu_rope.c), made on first use */
  LLVMValueRef alibi_tab;   /* score.alibi: log2(e) * slope of each query head (cpu.c), made on first use */
  /* cg_expr_args: the tile function's tensor pointers and batch (i32), for cg_expr_env */
  LLVMValueRef tensor[EXPR_MAX_TENSORS], batch;
  LLVMTypeRef i1, i8, i16, i32, i64, f32, f16, ptr, void_t;
  LLVMTypeRef vf;           /* <vl x float> */
  LLVMTypeRef vi;           /* <vl x i32> */
  int vl;
} cg;

/* row stores: void NAME_project(const attn_args *, const float *u, int64_t orow)
 * (attn_project_fn, cpu.c): out row orow = u W_out,g + out_bias,g (v_only:
 * u + out_bias,g), or 0
 * when u is null.  Sets g->project, which the tile's final write calls. */
LLVMValueRef cg_project_cpu(cg *g, const char *name);

/* Builds the whole module for a plan in `ctx`.  The module passes
 * LLVMVerifyModule (checked by the caller before optimization). */
LLVMModuleRef cg_module(const attn_plan *p, LLVMContextRef ctx);

/* --- ir.c: helpers (each documents the formula it implements) ------------ */
void cg_init(cg *g, LLVMContextRef ctx, LLVMModuleRef mod, const attn_plan *p);
void cg_fini(cg *g);
LLVMValueRef cg_i32(cg *g, long long v);
LLVMValueRef cg_i64(cg *g, long long v);
LLVMValueRef cg_f32(cg *g, double v);
LLVMValueRef cg_splat(cg *g, LLVMValueRef scalar);          /* <vl x T> */
LLVMValueRef cg_vconst(cg *g, double v);                    /* <vl x float> */
LLVMValueRef cg_lane_iota(cg *g);                           /* <0, 1, .., vl-1> i32 */
LLVMValueRef cg_alloca(cg *g, LLVMTypeRef t, int n, const char *name); /* entry block */
LLVMValueRef cg_gep(cg *g, LLVMTypeRef elem, LLVMValueRef base, LLVMValueRef idx);
LLVMValueRef cg_byte_gep(cg *g, LLVMValueRef base, LLVMValueRef off);
LLVMValueRef cg_field(cg *g, LLVMTypeRef t, LLVMValueRef ptr, size_t offset, const char *name);
LLVMValueRef cg_call(cg *g, const char *intrinsic, LLVMTypeRef *ovl, int novl,
                     LLVMValueRef *args, int nargs);
LLVMValueRef cg_fmuladd(cg *g, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c);
LLVMValueRef cg_smin(cg *g, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_smax(cg *g, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_fmax(cg *g, LLVMValueRef a, LLVMValueRef b);

/* Counted loop `for (i = lo; i < hi; i += step)`: cg_for opens it and
 * returns i; cg_next closes it.  Values that flow around the loop live in
 * allocas (SROA promotes them). */
typedef struct cg_loop {
  LLVMBasicBlockRef head, body, latch, exit;
  LLVMValueRef iv, step;
} cg_loop;
LLVMValueRef cg_for(cg *g, cg_loop *l, LLVMValueRef lo, LLVMValueRef hi, LLVMValueRef step,
                    const char *name);
void cg_next(cg *g, cg_loop *l);
/* The vector chunks of a row of n floats: body(c, len) for c = 0, 1, ..
 * with len = vl, as a runtime loop when there are several full chunks, then
 * once for a partial tail chunk (len = n % vl).  c is an i64 value. */
typedef void (*cg_chunk_fn)(cg *g, LLVMValueRef c, int len, void *ctx);
void cg_for_chunks(cg *g, int n, cg_chunk_fn body, void *ctx);
/* if (c) { ... } : cg_if opens, cg_endif closes. */
typedef struct cg_if_t {
  LLVMBasicBlockRef then, join;
} cg_if_t;
void cg_if(cg *g, cg_if_t *s, LLVMValueRef cond, const char *name);
void cg_endif(cg *g, cg_if_t *s);

/* Loads `n` (1..vl) elements of dtype at p as <vl x float>, zero in the
 * lanes past n; the memory past n is never touched. */
LLVMValueRef cg_load_vec(cg *g, LLVMValueRef p, attn_dtype t, int n);
/* Loads n (1..vl) elements of integer/float type `et` (esize bytes) as
 * <vl x et> without conversion, zero past n. */
LLVMValueRef cg_load_raw(cg *g, LLVMValueRef p, LLVMTypeRef et, int esize, int n);
/* <vl x i16> binary16 bits -> <vl x float>. */
LLVMValueRef cg_f16_bits_to_f32(cg *g, LLVMValueRef h16);
/* <vl x i8> fp8 codes (ATTN_FP8_E4M3 or ATTN_FP8_E5M2, docs/layouts.md) ->
 * <vl x float>, exactly (NaN codes to NaN). */
LLVMValueRef cg_fp8_to_f32(cg *g, LLVMValueRef x8, attn_dtype t);
/* q4: the vl nibbles packed in the vl/2 bytes at p (element 2i the low
 * nibble of byte i, 2i+1 the high one) as <vl x float> 0 .. 15 (the
 * element is nibble - 8: the caller folds the -8 into its scale). */
LLVMValueRef cg_q4_load(cg *g, LLVMValueRef p);
/* Stores the first n lanes of v as dtype at p (round to nearest even). */
void cg_store_vec(cg *g, LLVMValueRef p, LLVMValueRef v, attn_dtype t, int n);

/* 2^x for <vl x float>: x = n + f, |f| <= 1/2, 2^f by a degree-6
 * polynomial (Cephes exp2f coefficients), 2^n through the exponent bits.
 * Max error 1 ULP over [-126, 127] (relative error < 1.1e-7), measured by
 * tests/codegen/exp2_test.c at 16, 8 and 4 lanes, with and without FMA
 * (every float of the range with EXP2_TEST_FULL=1).
 * [-126.5, -126) gives subnormals, also within 1 ULP (-126.5 itself rounds
 * n to even, -126); x < -126.5, -inf and NaN give exactly +0, so masked
 * scores contribute nothing; x > 127 and +inf give 2^127 (finite). */
LLVMValueRef cg_exp2(cg *g, LLVMValueRef x);
/* c * tanh(x / c) for <vl x float> x and c > 0 (score.softcap):
 * t = 2^(-2 |x/c| log2 e), tanh |y| = (1 - t) / (1 + t), the sign of x.
 * Absolute error of tanh below 2.5e-7 (cg_exp2's relative error, and the
 * rounding of 1 - t near y = 0), so c * 2.5e-7 on the result; the tests
 * compare it with the double reference (tests/codegen/exp2_test.c). */
LLVMValueRef cg_softcap(cg *g, LLVMValueRef x, double c);
/* The expression language's exp, log and tanh (docs/expressions.md) for
 * <vl x float>, NaN in NaN out; tests/codegen/exp2_test.c measures them
 * against double rounded to float.
 * cg_exp: e^x = 2^(r log2 e) 2^n with n = rne(x log2 e) and r = x - n ln 2
 *   (Cody-Waite: ln 2 in two parts, fused), 2^(r log2 e) by cg_exp2 (its
 *   argument within 1/2, so no large-x rounding of x log2 e), 2^n as two
 *   normal factors: one rounding into the subnormals, +inf above
 *   88.7228, +0 below -103.98.  Max error 1 ULP (every 256th float of
 *   [-104, 89], 8 lanes with FMA and 4 without: exp2_test.c).
 * cg_log: x = m 2^e with m in [sqrt(1/2), sqrt 2) from the exponent bits
 *   (subnormals scaled by 2^23 first), z = m - 1, ln(1 + z) = z - z^2/2 +
 *   z^3 P(z) with Cephes logf's degree-8 P, plus e ln 2 in two parts.
 *   ln 0 = -inf, ln x = NaN for x < 0, ln +inf = +inf.  Max error 1 ULP
 *   (every 256th positive float, subnormals included: exp2_test.c).
 * cg_tanh: cg_softcap with c = 1: absolute error below 2.5e-7 (relative
 *   error is larger for |x| < 1e-2). */
LLVMValueRef cg_exp(cg *g, LLVMValueRef x);
LLVMValueRef cg_log(cg *g, LLVMValueRef x);
LLVMValueRef cg_tanh(cg *g, LLVMValueRef x);
LLVMValueRef cg_reduce_max(cg *g, LLVMValueRef v);
LLVMValueRef cg_reduce_add(cg *g, LLVMValueRef v);
/* Transpose-and-add of vl vectors: after pushing v[0..vl-1] in order, lane j
 * of the result is the sum of the lanes of v[j].  A binary counter of
 * partial vectors, so pairs combine as soon as both exist (log2(vl) levels,
 * vl-1 shuffle pairs in all, few registers live). */
typedef struct cg_hsum {
  LLVMValueRef part[8];
  int have[8];
} cg_hsum;
void cg_hsum_push(cg *g, cg_hsum *h, LLVMValueRef v);
LLVMValueRef cg_hsum_result(cg *g, cg_hsum *h);
LLVMValueRef cg_broadcast_lane(cg *g, LLVMValueRef v, int lane);
/* Prefetches for reading the 64-byte lines of a row of `bytes` bytes at p;
 * locality as llvm.prefetch: 3 into L1 (prefetcht0), 2 into L2 (t1). */
void cg_prefetch_row(cg *g, LLVMValueRef p, int bytes, int locality);
/* acc + sum over pairs a[2i]*b[2i] + a[2i+1]*b[2i+1] (bf16 pairs packed in
 * i32 lanes of a and b, <vl x i32>): vdpbf16ps.  Only when the target has
 * bf16 dot products (cc_target.has_bf16_dot, vl == 16). */
LLVMValueRef cg_dot_bf16(cg *g, LLVMValueRef acc, LLVMValueRef a, LLVMValueRef b);
/* Two <vl x T> vectors -> <2vl x T>: a[0], b[0], a[1], b[1], ... */
LLVMValueRef cg_interleave(cg *g, LLVMValueRef a, LLVMValueRef b);
/* <vl x float> a, b -> <vl x i32> whose lane i holds bf16(a[i]) in its low
 * and bf16(b[i]) in its high half (round to nearest even). */
LLVMValueRef cg_pack_bf16_pairs(cg *g, LLVMValueRef a, LLVMValueRef b);

/* --- cg_expr.c: mask.expr and score.expr (docs/expressions.md) ------------- */
/* The variables as vectors of vl elements: b, h (the global query head),
 * q_pos, kv_pos <vl x i32>; s <vl x float> (a score expression only).
 * tensor[i]: tensor i's base pointer, for each tensor e reads; batch: the
 * call's batch (i32), where one of them has a `batch` dimension (both as
 * cg_expr_args loads them into g->tensor and g->batch). */
typedef struct cg_expr_env {
  LLVMValueRef b, h, q_pos, kv_pos, s;
  const LLVMValueRef *tensor;
  LLVMValueRef batch;
} cg_expr_env;
/* At the builder's position (a tile function's entry block, so that they
 * dominate every use): args->tensors[i] (attn_args) into g->tensor[i] for
 * each tensor mask.expr or score.expr reads, and args->batch into g->batch
 * when one of those has a `batch` dimension; the rest null. */
void cg_expr_args(cg *g, LLVMValueRef args);
/* e at vl elements, exactly as the interpreter expr_eval computes it
 * (exp, log, tanh within cg_exp, cg_log, cg_tanh's bounds): <vl x i1> for
 * a mask, <vl x float> for a score.  Never traps (x / 0 = 0) and never
 * reads outside a tensor (its indices are clamped, as the language says). */
LLVMValueRef cg_expr(cg *g, const expr *e, const cg_expr_env *env);
/* A box of positions known at run time: inclusive i32 ranges of b, h,
 * q_pos, kv_pos, indexed by expr_var. */
typedef struct cg_expr_box {
  LLVMValueRef lo[4], hi[4];
} cg_expr_box;
/* What mask e is over the box, as scalar i1 values: expr_bounds's rules
 * (compiler/spec/expr_eval.c) evaluated at run time; sound, so a block
 * where always_false holds can be skipped, one where always_true holds
 * needs no per-element mask.  A tensor element may be any value of its
 * type (the bounds read no tensor). */
typedef struct cg_truth {
  LLVMValueRef always_true, always_false;
} cg_truth;
cg_truth cg_expr_bounds(cg *g, const expr *e, const cg_expr_box *box);

/* --- cpu.c ----------------------------------------------------------------- */
/* Defines `void NAME_tile(const attn_args *, const attn_work *)` for
 * g->plan; one_query (or null): a tile function that units of one query
 * call instead (plan.one_query). */
LLVMValueRef cg_tile_cpu(cg *g, const char *name, LLVMValueRef one_query);

#endif
