/* Shared IR helpers: loops, converting vector loads/stores, exp2, reductions. */
#include <stdlib.h>
#include <string.h>

#include "cg.h"

void cg_init(cg *g, LLVMContextRef ctx, LLVMModuleRef mod, const attn_plan *p) {
  memset(g, 0, sizeof *g);
  g->ctx = ctx;
  g->mod = mod;
  g->b = LLVMCreateBuilderInContext(ctx);
  g->plan = p;
  g->i1 = LLVMInt1TypeInContext(ctx);
  g->i8 = LLVMInt8TypeInContext(ctx);
  g->i16 = LLVMInt16TypeInContext(ctx);
  g->i32 = LLVMInt32TypeInContext(ctx);
  g->i64 = LLVMInt64TypeInContext(ctx);
  g->f32 = LLVMFloatTypeInContext(ctx);
  g->f16 = LLVMHalfTypeInContext(ctx);
  g->ptr = LLVMPointerTypeInContext(ctx, 0);
  g->void_t = LLVMVoidTypeInContext(ctx);
  g->vl = p->vl;
  g->vf = LLVMVectorType(g->f32, (unsigned)p->vl);
  g->vi = LLVMVectorType(g->i32, (unsigned)p->vl);
}

void cg_fini(cg *g) { LLVMDisposeBuilder(g->b); }

LLVMValueRef cg_i32(cg *g, long long v) { return LLVMConstInt(g->i32, (unsigned long long)v, 1); }
LLVMValueRef cg_i64(cg *g, long long v) { return LLVMConstInt(g->i64, (unsigned long long)v, 1); }
LLVMValueRef cg_f32(cg *g, double v) { return LLVMConstReal(g->f32, v); }

LLVMValueRef cg_splat(cg *g, LLVMValueRef s) {
  LLVMTypeRef vt = LLVMVectorType(LLVMTypeOf(s), (unsigned)g->vl);
  if (LLVMIsConstant(s)) {
    LLVMValueRef e[64];
    for (int i = 0; i < g->vl; i++) e[i] = s;
    return LLVMConstVector(e, (unsigned)g->vl);
  }
  LLVMValueRef v = LLVMBuildInsertElement(g->b, LLVMGetPoison(vt), s, cg_i32(g, 0), "");
  LLVMValueRef zeros = LLVMConstNull(g->vi);
  return LLVMBuildShuffleVector(g->b, v, LLVMGetPoison(vt), zeros, "splat");
}

LLVMValueRef cg_vconst(cg *g, double v) { return cg_splat(g, cg_f32(g, v)); }

LLVMValueRef cg_lane_iota(cg *g) {
  LLVMValueRef e[64];
  for (int i = 0; i < g->vl; i++) e[i] = cg_i32(g, i);
  return LLVMConstVector(e, (unsigned)g->vl);
}

/* Allocas go to the entry block so that SROA/mem2reg can promote them. */
LLVMValueRef cg_alloca(cg *g, LLVMTypeRef t, int n, const char *name) {
  LLVMBuilderRef eb = LLVMCreateBuilderInContext(g->ctx);
  LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(g->fn);
  LLVMValueRef first = LLVMGetFirstInstruction(entry);
  if (first)
    LLVMPositionBuilderBefore(eb, first);
  else
    LLVMPositionBuilderAtEnd(eb, entry);
  /* [n x T], not `alloca T, n`: SROA only splits allocas of a sized type */
  LLVMValueRef a = LLVMBuildAlloca(eb, n == 1 ? t : LLVMArrayType2(t, (uint64_t)n), name);
  LLVMSetAlignment(a, 64);
  LLVMDisposeBuilder(eb);
  return a;
}

LLVMValueRef cg_gep(cg *g, LLVMTypeRef elem, LLVMValueRef base, LLVMValueRef idx) {
  return LLVMBuildGEP2(g->b, elem, base, &idx, 1, "");
}

LLVMValueRef cg_byte_gep(cg *g, LLVMValueRef base, LLVMValueRef off) {
  return LLVMBuildGEP2(g->b, g->i8, base, &off, 1, "");
}

LLVMValueRef cg_field(cg *g, LLVMTypeRef t, LLVMValueRef ptr, size_t offset, const char *name) {
  LLVMValueRef l = LLVMBuildLoad2(g->b, t, cg_byte_gep(g, ptr, cg_i64(g, (long long)offset)), name);
  return l;
}

LLVMValueRef cg_call(cg *g, const char *intrinsic, LLVMTypeRef *ovl, int novl,
                     LLVMValueRef *args, int nargs) {
  unsigned id = LLVMLookupIntrinsicID(intrinsic, strlen(intrinsic));
  if (!id) cc_die("unknown intrinsic %s", intrinsic);
  LLVMValueRef f = LLVMGetIntrinsicDeclaration(g->mod, id, ovl, (size_t)novl);
  LLVMTypeRef ft = LLVMIntrinsicGetType(g->ctx, id, ovl, (size_t)novl);
  return LLVMBuildCall2(g->b, ft, f, args, (unsigned)nargs, "");
}

/* a*b + c, fused where the target has FMA (llvm.fmuladd never becomes a
 * libm call, unlike llvm.fma on targets without it). */
LLVMValueRef cg_fmuladd(cg *g, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c) {
  LLVMTypeRef t = LLVMTypeOf(a);
  LLVMValueRef args[] = {a, b, c};
  return cg_call(g, "llvm.fmuladd", &t, 1, args, 3);
}

LLVMValueRef cg_smin(cg *g, LLVMValueRef a, LLVMValueRef b) {
  LLVMTypeRef t = LLVMTypeOf(a);
  LLVMValueRef args[] = {a, b};
  return cg_call(g, "llvm.smin", &t, 1, args, 2);
}

LLVMValueRef cg_smax(cg *g, LLVMValueRef a, LLVMValueRef b) {
  LLVMTypeRef t = LLVMTypeOf(a);
  LLVMValueRef args[] = {a, b};
  return cg_call(g, "llvm.smax", &t, 1, args, 2);
}

LLVMValueRef cg_fmax(cg *g, LLVMValueRef a, LLVMValueRef b) {
  LLVMTypeRef t = LLVMTypeOf(a);
  LLVMValueRef args[] = {a, b};
  return cg_call(g, "llvm.maxnum", &t, 1, args, 2);
}

static LLVMValueRef fmin_(cg *g, LLVMValueRef a, LLVMValueRef b) {
  LLVMTypeRef t = LLVMTypeOf(a);
  LLVMValueRef args[] = {a, b};
  return cg_call(g, "llvm.minnum", &t, 1, args, 2);
}

/* --- control flow -------------------------------------------------------- */

LLVMValueRef cg_for(cg *g, cg_loop *l, LLVMValueRef lo, LLVMValueRef hi, LLVMValueRef step,
                    const char *name) {
  LLVMBasicBlockRef pre = LLVMGetInsertBlock(g->b);
  l->head = LLVMAppendBasicBlockInContext(g->ctx, g->fn, name);
  l->body = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "body");
  l->latch = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "latch");
  l->exit = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "exit");
  l->step = step;
  LLVMBuildBr(g->b, l->head);
  LLVMPositionBuilderAtEnd(g->b, l->head);
  l->iv = LLVMBuildPhi(g->b, LLVMTypeOf(lo), name);
  LLVMAddIncoming(l->iv, &lo, &pre, 1);
  LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, l->iv, hi, ""), l->body, l->exit);
  LLVMPositionBuilderAtEnd(g->b, l->body);
  return l->iv;
}

void cg_next(cg *g, cg_loop *l) {
  LLVMBuildBr(g->b, l->latch);
  LLVMPositionBuilderAtEnd(g->b, l->latch);
  LLVMValueRef nx = LLVMBuildNSWAdd(g->b, l->iv, l->step, "");
  LLVMAddIncoming(l->iv, &nx, &l->latch, 1);
  LLVMBuildBr(g->b, l->head);
  LLVMPositionBuilderAtEnd(g->b, l->exit);
}

void cg_for_chunks(cg *g, int n, cg_chunk_fn body, void *ctx) {
  int full = n / g->vl, tail = n % g->vl;
  if (full == 1) {
    body(g, cg_i64(g, 0), g->vl, ctx);
  } else if (full > 1) {
    cg_loop l;
    LLVMValueRef c = cg_for(g, &l, cg_i64(g, 0), cg_i64(g, full), cg_i64(g, 1), "chunk");
    body(g, c, g->vl, ctx);
    cg_next(g, &l);
  }
  if (tail) body(g, cg_i64(g, full), tail, ctx);
}

void cg_if(cg *g, cg_if_t *s, LLVMValueRef cond, const char *name) {
  s->then = LLVMAppendBasicBlockInContext(g->ctx, g->fn, name);
  s->join = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "join");
  LLVMBuildCondBr(g->b, cond, s->then, s->join);
  LLVMPositionBuilderAtEnd(g->b, s->then);
}

void cg_endif(cg *g, cg_if_t *s) {
  LLVMBuildBr(g->b, s->join);
  LLVMPositionBuilderAtEnd(g->b, s->join);
}

/* --- loads and stores with conversion ----------------------------------- */

static LLVMValueRef lane_mask(cg *g, int n) {
  LLVMValueRef e[64];
  for (int i = 0; i < g->vl; i++) e[i] = LLVMConstInt(g->i1, i < n, 0);
  return LLVMConstVector(e, (unsigned)g->vl);
}

/* Loads n elements of `et` as <vl x et>: a plain unaligned load when n == vl,
 * else a masked load that touches only the first n elements. */
LLVMValueRef cg_load_raw(cg *g, LLVMValueRef p, LLVMTypeRef et, int esize, int n) {
  LLVMTypeRef vt = LLVMVectorType(et, (unsigned)g->vl);
  if (n == g->vl) {
    LLVMValueRef l = LLVMBuildLoad2(g->b, vt, p, "");
    LLVMSetAlignment(l, (unsigned)esize);
    return l;
  }
  LLVMTypeRef ovl[] = {vt, g->ptr};
  LLVMValueRef args[] = {p, cg_i32(g, esize), lane_mask(g, n), LLVMConstNull(vt)};
  return cg_call(g, "llvm.masked.load", ovl, 2, args, 4);
}

static void store_raw(cg *g, LLVMValueRef p, LLVMValueRef v, int esize, int n) {
  if (n == g->vl) {
    LLVMValueRef s = LLVMBuildStore(g->b, v, p);
    LLVMSetAlignment(s, (unsigned)esize);
    return;
  }
  LLVMTypeRef ovl[] = {LLVMTypeOf(v), g->ptr};
  LLVMValueRef args[] = {v, p, cg_i32(g, esize), lane_mask(g, n)};
  cg_call(g, "llvm.masked.store", ovl, 2, args, 4);
}

static LLVMValueRef vi_const(cg *g, long long v) { return cg_splat(g, cg_i32(g, v)); }

/* binary16 -> binary32 with integer operations, for targets without a
 * conversion instruction: move exponent and mantissa into place, rebias by
 * 127-15, fix up inf/NaN (another 128-16), and renormalize subnormals by
 * subtracting 2^-14 (the "magic number" method, F. Giesen, "Half to float
 * done quic", 2012; see docs/architecture.md). */
static LLVMValueRef f16_bits_to_f32(cg *g, LLVMValueRef h16) {
  LLVMBuilderRef b = g->b;
  LLVMValueRef h = LLVMBuildZExt(b, h16, g->vi, "");
  LLVMValueRef o = LLVMBuildShl(b, LLVMBuildAnd(b, h, vi_const(g, 0x7fff), ""), vi_const(g, 13), "");
  LLVMValueRef e = LLVMBuildAnd(b, o, vi_const(g, 0x7c00 << 13), "");
  o = LLVMBuildAdd(b, o, vi_const(g, (127 - 15) << 23), "");
  LLVMValueRef infnan = LLVMBuildICmp(b, LLVMIntEQ, e, vi_const(g, 0x7c00 << 13), "");
  o = LLVMBuildSelect(b, infnan, LLVMBuildAdd(b, o, vi_const(g, (128 - 16) << 23), ""), o, "");
  LLVMValueRef sub = LLVMBuildICmp(b, LLVMIntEQ, e, vi_const(g, 0), "");
  LLVMValueRef of = LLVMBuildBitCast(b, LLVMBuildAdd(b, o, vi_const(g, 1 << 23), ""), g->vf, "");
  LLVMValueRef magic = LLVMBuildBitCast(b, vi_const(g, 113 << 23), g->vf, "");
  LLVMValueRef den = LLVMBuildBitCast(b, LLVMBuildFSub(b, of, magic, ""), g->vi, "");
  o = LLVMBuildSelect(b, sub, den, o, "");
  LLVMValueRef sign = LLVMBuildShl(b, LLVMBuildAnd(b, h, vi_const(g, 0x8000), ""), vi_const(g, 16), "");
  return LLVMBuildBitCast(b, LLVMBuildOr(b, o, sign, ""), g->vf, "f16");
}

LLVMValueRef cg_f16_bits_to_f32(cg *g, LLVMValueRef h16) {
  if (g->plan->f16_hw)
    return LLVMBuildFPExt(g->b, LLVMBuildBitCast(g->b, h16, LLVMVectorType(g->f16, (unsigned)g->vl), ""), g->vf, "f16");
  return f16_bits_to_f32(g, h16);
}

static LLVMValueRef v16_const(cg *g, long long v) { return cg_splat(g, LLVMConstInt(g->i16, (unsigned long long)v, 0)); }

LLVMValueRef cg_fp8_to_f32(cg *g, LLVMValueRef x8, attn_dtype t) {
  LLVMBuilderRef b = g->b;
  LLVMTypeRef v16 = LLVMVectorType(g->i16, (unsigned)g->vl);
  if (t == ATTN_FP8_E5M2) /* the upper byte of a binary16 */
    return cg_f16_bits_to_f32(g, LLVMBuildShl(b, LLVMBuildZExt(b, x8, v16, ""), v16_const(g, 8), ""));
  /* E4M3FN: exponent and mantissa moved into binary16's fields (bias 15
   * instead of 7, so the value is 2^-8 of the fp8 one, subnormals
   * included), times 2^8; S.1111.111 is NaN.  Sign-extended to 16 bits and
   * shifted left by 7, the sign lands in bit 15 (and a copy in bit 14,
   * masked off) and exponent:mantissa in bits 13..7. */
  LLVMValueRef sx = LLVMBuildShl(b, LLVMBuildSExt(b, x8, v16, ""), v16_const(g, 7), "");
  LLVMValueRef bits = LLVMBuildAnd(b, sx, v16_const(g, 0xbf80), "");
  LLVMValueRef f = LLVMBuildFMul(b, cg_f16_bits_to_f32(g, bits), cg_vconst(g, 256.0), "e4m3");
  LLVMValueRef mag = LLVMBuildAnd(b, bits, v16_const(g, 0x3f80), "");
  LLVMValueRef nan = LLVMBuildICmp(b, LLVMIntEQ, mag, v16_const(g, 0x3f80), "");
  return LLVMBuildSelect(b, nan, cg_vconst(g, __builtin_nan("")), f, "");
}

LLVMValueRef cg_q4_load(cg *g, LLVMValueRef p) {
  LLVMBuilderRef b = g->b;
  const int vl = g->vl;
  LLVMValueRef idx[64], sh[64], w;
  if (vl >= 8) {
    /* Little-endian, the 32-bit word i of the row holds elements 8i .. 8i+7
     * in nibbles 0 .. 7: lane k takes word k/8 shifted by 4 (k mod 8) (a
     * broadcast and one variable shift: 4 instructions a vector where a
     * byte duplication, zero extension, shift and subtract took 7). */
    LLVMValueRef words = LLVMBuildLoad2(b, LLVMVectorType(g->i32, (unsigned)(vl / 8)), p, "q4");
    LLVMSetAlignment(words, 1);
    for (int k = 0; k < vl; k++) idx[k] = cg_i32(g, k / 8), sh[k] = cg_i32(g, 4 * (k % 8));
    w = LLVMBuildShuffleVector(b, words, LLVMGetUndef(LLVMTypeOf(words)), LLVMConstVector(idx, (unsigned)vl), "");
  } else { /* 4 lanes: a 16-bit word */
    LLVMValueRef h = LLVMBuildLoad2(b, g->i16, p, "q4");
    LLVMSetAlignment(h, 1);
    w = cg_splat(g, LLVMBuildZExt(b, h, g->i32, ""));
    for (int k = 0; k < vl; k++) sh[k] = cg_i32(g, 4 * k);
  }
  w = LLVMBuildAnd(b, LLVMBuildLShr(b, w, LLVMConstVector(sh, (unsigned)vl), ""), vi_const(g, 15), "");
  return LLVMBuildSIToFP(b, w, g->vf, "");
}

LLVMValueRef cg_load_vec(cg *g, LLVMValueRef p, attn_dtype t, int n) {
  switch (t) {
  case ATTN_F32:
    return cg_load_raw(g, p, g->f32, 4, n);
  case ATTN_F16:
    if (g->plan->f16_hw)
      return LLVMBuildFPExt(g->b, cg_load_raw(g, p, g->f16, 2, n), g->vf, "f16");
    return f16_bits_to_f32(g, cg_load_raw(g, p, g->i16, 2, n));
  case ATTN_BF16: {
    /* bf16 is the upper half of a binary32. */
    LLVMValueRef w = LLVMBuildZExt(g->b, cg_load_raw(g, p, g->i16, 2, n), g->vi, "");
    return LLVMBuildBitCast(g->b, LLVMBuildShl(g->b, w, vi_const(g, 16), ""), g->vf, "bf16");
  }
  case ATTN_I8:
  case ATTN_FP8_E4M3:
  case ATTN_FP8_E5M2:
  case ATTN_Q4:
    break; /* cache types with their own loads (cg_load_cache) */
  }
  cc_unreachable();
}

/* binary32 -> bfloat16, round to nearest even: add 0x7fff plus the lowest
 * kept bit, keep the top 16; NaN stays a (quiet) NaN. */
static LLVMValueRef f32_to_bf16_bits(cg *g, LLVMValueRef v) {
  LLVMBuilderRef b = g->b;
  LLVMValueRef bits = LLVMBuildBitCast(b, v, g->vi, "");
  LLVMValueRef hi = LLVMBuildLShr(b, bits, vi_const(g, 16), "");
  LLVMValueRef lsb = LLVMBuildAnd(b, hi, vi_const(g, 1), "");
  LLVMValueRef r = LLVMBuildAdd(b, bits, LLVMBuildAdd(b, lsb, vi_const(g, 0x7fff), ""), "");
  r = LLVMBuildLShr(b, r, vi_const(g, 16), "");
  LLVMValueRef nan = LLVMBuildFCmp(b, LLVMRealUNO, v, v, "");
  r = LLVMBuildSelect(b, nan, LLVMBuildOr(b, hi, vi_const(g, 0x40), ""), r, "");
  return LLVMBuildTrunc(b, r, LLVMVectorType(g->i16, (unsigned)g->vl), "");
}

void cg_store_vec(cg *g, LLVMValueRef p, LLVMValueRef v, attn_dtype t, int n) {
  switch (t) {
  case ATTN_F32:
    store_raw(g, p, v, 4, n);
    return;
  case ATTN_BF16:
    store_raw(g, p, f32_to_bf16_bits(g, v), 2, n);
    return;
  case ATTN_F16:
    if (g->plan->f16_hw) {
      store_raw(g, p, LLVMBuildFPTrunc(g->b, v, LLVMVectorType(g->f16, (unsigned)g->vl), ""), 2, n);
      return;
    }
    /* No conversion instruction: the runtime's scalar converter, once per
     * output element (outputs are written once per row, off the hot loop). */
    LLVMTypeRef ft = LLVMFunctionType(g->i16, &g->f32, 1, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(g->mod, "attnrt_f32_to_f16");
    if (!fn) fn = LLVMAddFunction(g->mod, "attnrt_f32_to_f16", ft);
    for (int i = 0; i < n; i++) {
      LLVMValueRef x = LLVMBuildExtractElement(g->b, v, cg_i32(g, i), "");
      LLVMValueRef h = LLVMBuildCall2(g->b, ft, fn, &x, 1, "");
      LLVMValueRef s = LLVMBuildStore(g->b, h, cg_gep(g, g->i16, p, cg_i64(g, i)));
      LLVMSetAlignment(s, 2);
    }
    return;
  case ATTN_I8:
  case ATTN_FP8_E4M3:
  case ATTN_FP8_E5M2:
  case ATTN_Q4:
    break; /* never stored by a kernel (NAME_append quantizes in the runtime) */
  }
  cc_unreachable();
}

/* --- math ------------------------------------------------------------------ */

LLVMValueRef cg_exp2(cg *g, LLVMValueRef x) {
  /* Cephes exp2f minimax coefficients for 2^f, |f| <= 1/2 (S. Moshier). */
  static const double P[] = {1.535336188319500e-4, 1.339887440266574e-3, 9.618437357674640e-3,
                             5.550332471162809e-2, 2.402264791363012e-1, 6.931472028550421e-1};
  LLVMBuilderRef b = g->b;
  x = fmin_(g, cg_fmax(g, x, cg_vconst(g, -127.0)), cg_vconst(g, 127.0));
  /* n = round-to-nearest-even(x): adding 1.5*2^23 drops the fraction bits. */
  LLVMValueRef magic = cg_vconst(g, 12582912.0);
  LLVMValueRef n = LLVMBuildFSub(b, LLVMBuildFAdd(b, x, magic, ""), magic, "n");
  LLVMValueRef f = LLVMBuildFSub(b, x, n, "f");
  LLVMValueRef p = cg_vconst(g, P[0]);
  for (int i = 1; i < 6; i++) p = cg_fmuladd(g, p, f, cg_vconst(g, P[i]));
  p = cg_fmuladd(g, p, f, cg_vconst(g, 1.0));
  /* 2^n: n + 127 in the exponent field; n = -127 gives +0 exactly. */
  LLVMValueRef ni = LLVMBuildFPToSI(b, n, g->vi, "");
  LLVMValueRef e = LLVMBuildShl(b, LLVMBuildAdd(b, ni, vi_const(g, 127), ""), vi_const(g, 23), "");
  return LLVMBuildFMul(b, p, LLVMBuildBitCast(b, e, g->vf, ""), "exp2");
}

LLVMValueRef cg_softcap(cg *g, LLVMValueRef x, double c) {
  LLVMBuilderRef b = g->b;
  LLVMTypeRef vt = g->vf;
  LLVMValueRef ax = cg_call(g, "llvm.fabs", &vt, 1, &x, 1);
  LLVMValueRef t = cg_exp2(g, LLVMBuildFMul(b, ax, cg_vconst(g, -2.0 * 1.4426950408889634 / c), ""));
  LLVMValueRef one = cg_vconst(g, 1.0);
  LLVMValueRef th = LLVMBuildFDiv(b, LLVMBuildFSub(b, one, t, ""), LLVMBuildFAdd(b, one, t, ""), "tanh");
  LLVMValueRef args[] = {LLVMBuildFMul(b, th, cg_vconst(g, c), ""), x};
  return cg_call(g, "llvm.copysign", &vt, 1, args, 2);
}

/* NaN lanes of x pass through (the clamps' maxnum/minnum would drop them). */
static LLVMValueRef keep_nan(cg *g, LLVMValueRef x, LLVMValueRef r) {
  return LLVMBuildSelect(g->b, LLVMBuildFCmp(g->b, LLVMRealUNO, x, x, ""), x, r, "");
}

/* 2^n for <vl x i32> n in [-150, 128] as two normal factors 2^(n >> 1) and
 * 2^(n - (n >> 1)): y * a * b rounds once, into the subnormals or to +inf. */
static LLVMValueRef scale_pow2(cg *g, LLVMValueRef y, LLVMValueRef n) {
  LLVMBuilderRef b = g->b;
  LLVMValueRef n1 = LLVMBuildAShr(b, n, vi_const(g, 1), ""), n2 = LLVMBuildSub(b, n, n1, "");
  LLVMValueRef f1 = LLVMBuildBitCast(b, LLVMBuildShl(b, LLVMBuildAdd(b, n1, vi_const(g, 127), ""), vi_const(g, 23), ""), g->vf, "");
  LLVMValueRef f2 = LLVMBuildBitCast(b, LLVMBuildShl(b, LLVMBuildAdd(b, n2, vi_const(g, 127), ""), vi_const(g, 23), ""), g->vf, "");
  return LLVMBuildFMul(b, LLVMBuildFMul(b, y, f1, ""), f2, "");
}

LLVMValueRef cg_exp(cg *g, LLVMValueRef x) {
  LLVMBuilderRef b = g->b;
  LLVMValueRef xc = fmin_(g, cg_fmax(g, x, cg_vconst(g, -104.0)), cg_vconst(g, 89.0));
  LLVMValueRef magic = cg_vconst(g, 12582912.0);
  LLVMValueRef n = LLVMBuildFSub(b, cg_fmuladd(g, xc, cg_vconst(g, 1.4426950408889634), magic), magic, "n");
  /* r = x - n ln 2, ln 2 = 0.693359375 (9 bits: n * it is exact) - 2.12194440e-4 */
  LLVMValueRef r = cg_fmuladd(g, n, cg_vconst(g, -0.693359375), xc);
  r = cg_fmuladd(g, n, cg_vconst(g, 2.12194440e-4), r);
  LLVMValueRef p = cg_exp2(g, LLVMBuildFMul(b, r, cg_vconst(g, 1.4426950408889634), ""));
  return keep_nan(g, x, scale_pow2(g, p, LLVMBuildFPToSI(b, n, g->vi, "")));
}

LLVMValueRef cg_log(cg *g, LLVMValueRef x) {
  /* Cephes logf: ln(1 + z) = z - z^2/2 + z^3 P(z) for z in [sqrt(1/2) - 1, sqrt 2 - 1] */
  static const double P[] = {7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
                             -1.6668057665e-1, 2.0000714765e-1,  -2.4999993993e-1, 3.3333331174e-1};
  LLVMBuilderRef b = g->b;
  /* subnormals: times 2^23 first, 23 off the exponent */
  LLVMValueRef sub = LLVMBuildFCmp(b, LLVMRealOLT, x, cg_vconst(g, 0x1p-126), "");
  LLVMValueRef xs = LLVMBuildSelect(b, sub, LLVMBuildFMul(b, x, cg_vconst(g, 0x1p23), ""), x, "");
  LLVMValueRef bits = LLVMBuildBitCast(b, xs, g->vi, "");
  LLVMValueRef e = LLVMBuildSub(b, LLVMBuildLShr(b, bits, vi_const(g, 23), ""), vi_const(g, 126), "");
  e = LLVMBuildSelect(b, sub, LLVMBuildSub(b, e, vi_const(g, 23), ""), e, "");
  /* m in [1/2, 1): x = m 2^e; below sqrt(1/2), 2m and e - 1 */
  LLVMValueRef m = LLVMBuildBitCast(b, LLVMBuildOr(b, LLVMBuildAnd(b, bits, vi_const(g, 0x007fffff), ""), vi_const(g, 0x3f000000), ""), g->vf, "m");
  LLVMValueRef lo = LLVMBuildFCmp(b, LLVMRealOLT, m, cg_vconst(g, 0.707106781186547524), "");
  e = LLVMBuildSelect(b, lo, LLVMBuildSub(b, e, vi_const(g, 1), ""), e, "");
  LLVMValueRef z = LLVMBuildFSub(b, LLVMBuildSelect(b, lo, LLVMBuildFAdd(b, m, m, ""), m, ""), cg_vconst(g, 1.0), "z");
  LLVMValueRef z2 = LLVMBuildFMul(b, z, z, "");
  LLVMValueRef y = cg_vconst(g, P[0]);
  for (int i = 1; i < 9; i++) y = cg_fmuladd(g, y, z, cg_vconst(g, P[i]));
  y = LLVMBuildFMul(b, LLVMBuildFMul(b, y, z, ""), z2, "");
  LLVMValueRef ef = LLVMBuildSIToFP(b, e, g->vf, "");
  y = cg_fmuladd(g, ef, cg_vconst(g, -2.12194440e-4), y);
  y = cg_fmuladd(g, z2, cg_vconst(g, -0.5), y);
  LLVMValueRef r = cg_fmuladd(g, ef, cg_vconst(g, 0.693359375), LLVMBuildFAdd(b, z, y, ""));
  /* ln +inf = +inf, ln 0 = -inf, ln x<0 = NaN, NaN stays */
  r = LLVMBuildSelect(b, LLVMBuildFCmp(b, LLVMRealOEQ, x, cg_vconst(g, __builtin_inf()), ""), x, r, "");
  r = LLVMBuildSelect(b, LLVMBuildFCmp(b, LLVMRealOEQ, x, cg_vconst(g, 0.0), ""), cg_vconst(g, -__builtin_inf()), r, "");
  r = LLVMBuildSelect(b, LLVMBuildFCmp(b, LLVMRealOLT, x, cg_vconst(g, 0.0), ""), cg_vconst(g, __builtin_nan("")), r, "");
  return keep_nan(g, x, r);
}

LLVMValueRef cg_tanh(cg *g, LLVMValueRef x) { return keep_nan(g, x, cg_softcap(g, x, 1.0)); }

/* A halving tree of maxnum (same NaN rule as llvm.vector.reduce.fmax,
 * which x86 lowers to a serial chain of scalar max-and-select steps: 48
 * instructions for 16 lanes against about 16 here). */
LLVMValueRef cg_reduce_max(cg *g, LLVMValueRef v) {
  for (unsigned n = LLVMGetVectorSize(LLVMTypeOf(v)); n > 1; n /= 2) {
    LLVMValueRef lo[32], hi[32];
    for (unsigned i = 0; i < n / 2; i++) {
      lo[i] = cg_i32(g, (int)i);
      hi[i] = cg_i32(g, (int)(i + n / 2));
    }
    LLVMValueRef a = LLVMBuildShuffleVector(g->b, v, LLVMGetUndef(LLVMTypeOf(v)), LLVMConstVector(lo, n / 2), "");
    LLVMValueRef c = LLVMBuildShuffleVector(g->b, v, LLVMGetUndef(LLVMTypeOf(v)), LLVMConstVector(hi, n / 2), "");
    v = cg_fmax(g, a, c);
  }
  return LLVMBuildExtractElement(g->b, v, cg_i32(g, 0), "");
}

LLVMValueRef cg_reduce_add(cg *g, LLVMValueRef v) {
  LLVMTypeRef t = LLVMTypeOf(v);
  LLVMValueRef args[] = {cg_f32(g, -0.0), v};
  LLVMValueRef r = cg_call(g, "llvm.vector.reduce.fadd", &t, 1, args, 2);
  LLVMSetFastMathFlags(r, LLVMFastMathAllowReassoc);
  return r;
}

LLVMValueRef cg_broadcast_lane(cg *g, LLVMValueRef v, int lane) {
  LLVMValueRef e[64];
  for (int i = 0; i < g->vl; i++) e[i] = cg_i32(g, lane);
  return LLVMBuildShuffleVector(g->b, v, LLVMGetPoison(LLVMTypeOf(v)),
                                LLVMConstVector(e, (unsigned)g->vl), "");
}

/* One level of the transpose-add tree.  A and B each hold k keys with `seg`
 * lanes of partial sums per key; the result holds A's k keys then B's, with
 * seg/2 lanes each: lane o = first half + second half of its key's segment. */
static LLVMValueRef hsum_level(cg *g, LLVMValueRef a, LLVMValueRef bv, int seg) {
  int vl = g->vl, half = seg / 2, k = vl / seg;
  LLVMValueRef i1[64], i2[64];
  for (int o = 0; o < vl; o++) {
    int key = o / half, l = o % half;
    int src = key < k ? 0 : vl;
    int idx = src + (key % k) * seg + l;
    i1[o] = cg_i32(g, idx);
    i2[o] = cg_i32(g, idx + half);
  }
  LLVMValueRef lo = LLVMBuildShuffleVector(g->b, a, bv, LLVMConstVector(i1, (unsigned)vl), "");
  LLVMValueRef hi = LLVMBuildShuffleVector(g->b, a, bv, LLVMConstVector(i2, (unsigned)vl), "");
  return LLVMBuildFAdd(g->b, lo, hi, "");
}

void cg_hsum_push(cg *g, cg_hsum *h, LLVMValueRef v) {
  int level = 0, seg = g->vl;
  while (h->have[level]) {
    v = hsum_level(g, h->part[level], v, seg);
    h->have[level] = 0;
    level++;
    seg /= 2;
  }
  h->part[level] = v;
  h->have[level] = 1;
}

LLVMValueRef cg_hsum_result(cg *g, cg_hsum *h) {
  int level = 0;
  for (int l = 1; l < g->vl; l *= 2) level++;
  if (!h->have[level]) cc_die("hsum: %d lanes not all pushed", g->vl);
  return h->part[level];
}

void cg_prefetch_row(cg *g, LLVMValueRef p, int bytes, int locality) {
  for (int off = 0; off < bytes; off += 64) {
    LLVMValueRef args[] = {cg_byte_gep(g, p, cg_i64(g, off)), cg_i32(g, 0), cg_i32(g, locality), cg_i32(g, 1)};
    LLVMTypeRef ovl = g->ptr;
    cg_call(g, "llvm.prefetch", &ovl, 1, args, 4);
  }
}

LLVMValueRef cg_dot_bf16(cg *g, LLVMValueRef acc, LLVMValueRef a, LLVMValueRef bv) {
  LLVMTypeRef vb = LLVMVectorType(LLVMBFloatTypeInContext(g->ctx), (unsigned)(2 * g->vl));
  LLVMTypeRef pt[] = {g->vf, vb, vb};
  LLVMValueRef f = LLVMGetNamedFunction(g->mod, "llvm.x86.avx512bf16.dpbf16ps.512");
  LLVMTypeRef ft = LLVMFunctionType(g->vf, pt, 3, 0);
  if (!f) f = LLVMAddFunction(g->mod, "llvm.x86.avx512bf16.dpbf16ps.512", ft);
  LLVMValueRef args[] = {acc, LLVMBuildBitCast(g->b, a, vb, ""), LLVMBuildBitCast(g->b, bv, vb, "")};
  return LLVMBuildCall2(g->b, ft, f, args, 3, "dpbf16");
}

LLVMValueRef cg_interleave(cg *g, LLVMValueRef a, LLVMValueRef bv) {
  LLVMValueRef m[128];
  for (int i = 0; i < g->vl; i++) {
    m[2 * i] = cg_i32(g, i);
    m[2 * i + 1] = cg_i32(g, g->vl + i);
  }
  return LLVMBuildShuffleVector(g->b, a, bv, LLVMConstVector(m, (unsigned)(2 * g->vl)), "");
}

LLVMValueRef cg_pack_bf16_pairs(cg *g, LLVMValueRef a, LLVMValueRef bv) {
  LLVMTypeRef hb = LLVMVectorType(LLVMBFloatTypeInContext(g->ctx), (unsigned)g->vl);
  LLVMValueRef ta = LLVMBuildFPTrunc(g->b, a, hb, ""), tb = LLVMBuildFPTrunc(g->b, bv, hb, "");
  return LLVMBuildBitCast(g->b, cg_interleave(g, ta, tb), g->vi, "");
}
