/*
 * cg_exp2 (compiler/codegen/ir.c) against exp2 in double rounded to float,
 * for each vector width it is generated at: AVX-512 (16 lanes, FMA), AVX2
 * (8 lanes, FMA) and generic x86-64 (4 lanes, SSE, no FMA: llvm.fmuladd is a
 * multiply and an add there).  A tiny module built through the cg API,
 *
 *   void exp2_vec(const float *in, float *out, int64_t n)   (n a multiple of vl)
 *
 * optimized with the kernels' -O2 pipeline and run in an ORC LLJIT.
 *
 * Error unit: the distance in units in the last place between the result and
 * the correctly rounded float (|bits(y) - bits(rn(2^x))|, both >= 0).  The
 * bound, EXP2_MAX_ULP, is the one stated in cg.h and docs/architecture.md.
 *
 * Inputs: every float in [-126, 127] whose bit pattern is a multiple of 2^8
 * (the low 8 mantissa bits then take a fixed pseudo-random value per step,
 * so they vary too): about 8.8 million per width; EXP2_TEST_FULL=1 takes
 * every float instead (2.2 billion per width, minutes).  Edges, pinned exactly:
 *   - integers n in [-126, 127] give 2^n exactly; 0 and -0 give 1;
 *   - [-126.5, -126): 2^x is subnormal; n = -126 and 2^f * 2^-126 rounds
 *     once into the subnormal, so the same ULP bound holds (ULPs of the
 *     subnormal grid, 2^-149); every float of that range is checked;
 *     x = -126.5 itself rounds n to even (-126), so it is in this range and
 *     gives 2^-126.5 (not 0);
 *   - x < -126.5 (n = -127, down to -inf) gives exactly +0, every float of
 *     (-127, -126.5) checked, then -127, -128, -149, -150, -FLT_MAX, -inf;
 *   - x > 127 (to +inf) is clamped to 127: exactly 2^127, finite;
 *   - NaN gives +0 (llvm.maxnum in the clamp returns the number): pinned so
 *     that a change is deliberate.
 * exp_log_accuracy does the same for the expression language's cg_exp and
 * cg_log (against exp and log in double rounded to float, results of
 * either sign) and pins cg_tanh's edges.
 */
#include <check.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "attncc/attnrt.h"
#include "backend/backend.h"
#include "codegen/cg.h"

/* Max error over [-126, 127] (and the subnormal results of [-126.5, -126)),
 * in ULPs of the correctly rounded result.  Stated in cg.h and
 * docs/architecture.md; measured maximum: 1 ULP at every width, over every
 * float of the range too (EXP2_TEST_FULL=1); relative error at most 8.0e-8
 * with FMA, 1.03e-7 without. */
#define EXP2_MAX_ULP 1

typedef void (*exp2_fn)(const float *in, float *out, int64_t n);
/* softcap_accuracy's cap in log2 units: Gemma 2's 30 (attention logits) times log2 e */
#define SOFTCAP_C (30.0 * 1.4426950408889634)

typedef struct width {
  const char *name;
  const char *features; /* appended to the host's */
  int vl;               /* the plan's lanes for these features */
  int fma;
} width;

static const width WIDTHS[] = {
    {"avx512", "+avx512f,+evex512", 16, 1},
    {"avx2", "+avx2,+fma,-avx512f", 8, 1},
    {"generic", "-avx512f,-avx2,-avx,-f16c,-fma", 4, 0},
};

/* Can this host run code built for width w? */
static int host_runs(int w) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (w == 0) return __builtin_cpu_supports("avx512f");
  if (w == 1) return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return 1;
#else
  (void)w;
  return 0;
#endif
}

/* cg_fp8_to_f32 over n codes (n a multiple of vl): fp8_e4m3, fp8_e5m2 */
typedef void (*fp8_fn)(const uint8_t *in, float *out, int64_t n);

typedef struct jit_exp2 {
  LLVMOrcThreadSafeContextRef tsc;
  LLVMOrcLLJITRef jit;
  exp2_fn fn;
  fp8_fn e4m3, e5m2;
  exp2_fn softcap; /* cg_softcap with c = SOFTCAP_C */
  exp2_fn exp, log, tanh; /* the expression language's cg_exp, cg_log, cg_tanh */
  int vl, fma;
} jit_exp2;

static void check_llvm(LLVMErrorRef err, const char *what) {
  if (!err) return;
  char *m = LLVMGetErrorMessage(err);
  ck_abort_msg("%s: %s", what, m);
}

/* void name(const float *in, float *out, int64_t n): out = op(in), vl at a time. */
static void unary_fn(cg *g, const char *name, LLVMValueRef (*op)(cg *, LLVMValueRef)) {
  LLVMTypeRef params[] = {g->ptr, g->ptr, g->i64};
  g->fn = LLVMAddFunction(g->mod, name, LLVMFunctionType(g->void_t, params, 3, 0));
  LLVMPositionBuilderAtEnd(g->b, LLVMAppendBasicBlockInContext(g->ctx, g->fn, "entry"));
  cg_loop l;
  LLVMValueRef i = cg_for(g, &l, cg_i64(g, 0), LLVMGetParam(g->fn, 2), cg_i64(g, g->vl), "i");
  LLVMValueRef x = cg_load_vec(g, cg_gep(g, g->f32, LLVMGetParam(g->fn, 0), i), ATTN_F32, g->vl);
  cg_store_vec(g, cg_gep(g, g->f32, LLVMGetParam(g->fn, 1), i), op(g, x), ATTN_F32, g->vl);
  cg_next(g, &l);
  LLVMBuildRetVoid(g->b);
}

static exp2_fn lookup(LLVMOrcLLJITRef jit, const char *name) {
  LLVMOrcExecutorAddress addr = 0;
  check_llvm(LLVMOrcLLJITLookup(jit, &addr, name), name);
  void *ptr = (void *)(uintptr_t)addr;
  exp2_fn f;
  memcpy(&f, &ptr, sizeof ptr);
  return f;
}

/* exp2_vec for the host with `features`: the cg API, -O2, LLJIT. */
static void jit_make(jit_exp2 *j, const char *features) {
  cc_arena *a = cc_arena_new();
  attncc_diags *d = cc_diags_new();
  be_target t;
  ck_assert_msg(be_target_init(a, NULL, NULL, features, 0, 0, &t, d) == 0, "target with %s", features);
  /* cg_init reads vl (and f16_hw for f16 loads, unused here). */
  attn_plan p = {.target = &t.facts, .vl = t.facts.vec_bytes / 4, .f16_hw = t.facts.has_f16_convert};
  j->vl = p.vl;
  j->fma = t.facts.has_fma;

  j->tsc = LLVMOrcCreateNewThreadSafeContext();
  LLVMContextRef ctx = LLVMOrcThreadSafeContextGetContext(j->tsc);
  LLVMModuleRef m = LLVMModuleCreateWithNameInContext("exp2_test", ctx);
  LLVMTargetMachineRef tm = be_target_machine(&t, 2);
  LLVMSetTarget(m, t.facts.triple);
  LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
  LLVMSetModuleDataLayout(m, td);
  LLVMDisposeTargetData(td);

  cg g;
  cg_init(&g, ctx, m, &p);
  LLVMTypeRef params[] = {g.ptr, g.ptr, g.i64};
  unary_fn(&g, "exp2_vec", cg_exp2);
  unary_fn(&g, "exp_vec", cg_exp);
  unary_fn(&g, "log_vec", cg_log);
  unary_fn(&g, "tanh_vec", cg_tanh);
  cg_loop l;
  LLVMValueRef i, x;
  g.fn = LLVMAddFunction(m, "softcap_vec", LLVMFunctionType(g.void_t, params, 3, 0));
  LLVMPositionBuilderAtEnd(g.b, LLVMAppendBasicBlockInContext(ctx, g.fn, "entry"));
  i = cg_for(&g, &l, cg_i64(&g, 0), LLVMGetParam(g.fn, 2), cg_i64(&g, g.vl), "i");
  x = cg_load_vec(&g, cg_gep(&g, g.f32, LLVMGetParam(g.fn, 0), i), ATTN_F32, g.vl);
  cg_store_vec(&g, cg_gep(&g, g.f32, LLVMGetParam(g.fn, 1), i), cg_softcap(&g, x, SOFTCAP_C), ATTN_F32, g.vl);
  cg_next(&g, &l);
  LLVMBuildRetVoid(g.b);
  for (int ft = 0; ft < 2; ft++) { /* fp8_e4m3, fp8_e5m2: the cache types' conversions */
    attn_dtype dt = ft ? ATTN_FP8_E5M2 : ATTN_FP8_E4M3;
    g.fn = LLVMAddFunction(m, ft ? "fp8_e5m2" : "fp8_e4m3", LLVMFunctionType(g.void_t, params, 3, 0));
    LLVMPositionBuilderAtEnd(g.b, LLVMAppendBasicBlockInContext(ctx, g.fn, "entry"));
    LLVMValueRef k = cg_for(&g, &l, cg_i64(&g, 0), LLVMGetParam(g.fn, 2), cg_i64(&g, g.vl), "i");
    LLVMValueRef c = cg_load_raw(&g, cg_gep(&g, g.i8, LLVMGetParam(g.fn, 0), k), g.i8, 1, g.vl);
    cg_store_vec(&g, cg_gep(&g, g.f32, LLVMGetParam(g.fn, 1), k), cg_fp8_to_f32(&g, c, dt), ATTN_F32, g.vl);
    cg_next(&g, &l);
    LLVMBuildRetVoid(g.b);
  }
  cg_fini(&g);

  char *msg = NULL;
  ck_assert_msg(!LLVMVerifyModule(m, LLVMReturnStatusAction, &msg), "module does not verify: %s", msg);
  LLVMDisposeMessage(msg);
  LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
  check_llvm(LLVMRunPasses(m, be_pipeline(2), tm, po), "passes");
  LLVMDisposePassBuilderOptions(po);

  LLVMOrcLLJITBuilderRef jb = LLVMOrcCreateLLJITBuilder();
  /* Takes the target machine. */
  LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(jb, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(tm));
  check_llvm(LLVMOrcCreateLLJIT(&j->jit, jb), "LLJIT");
  check_llvm(LLVMOrcLLJITAddLLVMIRModule(j->jit, LLVMOrcLLJITGetMainJITDylib(j->jit),
                                         LLVMOrcCreateNewThreadSafeModule(m, j->tsc)),
             "add module");
  j->fn = lookup(j->jit, "exp2_vec");
  j->softcap = lookup(j->jit, "softcap_vec");
  j->exp = lookup(j->jit, "exp_vec");
  j->log = lookup(j->jit, "log_vec");
  j->tanh = lookup(j->jit, "tanh_vec");
  LLVMOrcExecutorAddress addr = 0;
  check_llvm(LLVMOrcLLJITLookup(j->jit, &addr, "fp8_e4m3"), "lookup");
  void *ptr = (void *)(uintptr_t)addr;
  memcpy(&j->e4m3, &ptr, sizeof ptr);
  check_llvm(LLVMOrcLLJITLookup(j->jit, &addr, "fp8_e5m2"), "lookup");
  ptr = (void *)(uintptr_t)addr;
  memcpy(&j->e5m2, &ptr, sizeof ptr);
  attncc_diags_free(d);
  cc_arena_free(a);
}

static void jit_free(jit_exp2 *j) {
  LLVMErrorRef err = LLVMOrcDisposeLLJIT(j->jit);
  if (err) LLVMConsumeError(err);
  LLVMOrcDisposeThreadSafeContext(j->tsc);
}

static uint32_t bits_of(float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  return u;
}

static float float_of(uint32_t u) {
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

/* 2^x in double, rounded once to float. */
static float ref_exp2(float x) { return (float)exp2((double)x); }

/* ULPs between two non-negative finite floats (their bit patterns are ordered
 * like their values); anything else is "infinitely" far. */
static int64_t ulp_dist(float y, float r) {
  if (!(y >= 0 && r >= 0 && isfinite(y) && isfinite(r))) return INT64_MAX;
  return llabs((int64_t)bits_of(y) - (int64_t)bits_of(r));
}

/* |y - 2^x| in ULPs of the exact value (fractional), for the report. */
static double ulp_frac(float x, float y) {
  double e = exp2((double)x);
  int k;
  frexp(e, &k); /* e = m 2^k, m in [0.5, 1): ulp = 2^(k - 24), at least 2^-149 */
  double ulp = ldexp(1.0, k - 24 < -149 ? -149 : k - 24);
  return fabs((double)y - e) / ulp;
}

typedef struct stats {
  int64_t max_ulp;
  float at, got, want;
  double max_frac, frac_at;
  double max_rel, rel_at; /* relative to 2^x (normal results only) */
  int64_t count, off; /* inputs, results not correctly rounded */
} stats;

static void note(stats *s, float x, float y, int normal) {
  float r = ref_exp2(x);
  int64_t u = ulp_dist(y, r);
  s->off += u != 0;
  if (u > s->max_ulp || s->count == 0) {
    s->max_ulp = u;
    s->at = x;
    s->got = y;
    s->want = r;
  }
  double f = ulp_frac(x, y);
  if (!(f <= s->max_frac)) {
    s->max_frac = f;
    s->frac_at = x;
  }
  if (normal) {
    double e = exp2((double)x), rel = fabs((double)y - e) / e;
    if (!(rel <= s->max_rel)) {
      s->max_rel = rel;
      s->rel_at = x;
    }
  }
  s->count++;
}

enum { CHUNK = 1 << 16 }; /* a multiple of every vl */

/* Runs exp2_vec on in[0..n) (n padded up to a multiple of vl with zeros). */
static void run(const jit_exp2 *j, const float *in, float *out, int64_t n) {
  int64_t padded = (n + j->vl - 1) / j->vl * j->vl;
  if (padded == n) {
    j->fn(in, out, n);
    return;
  }
  float *a = calloc((size_t)padded, sizeof *a), *b = calloc((size_t)padded, sizeof *b);
  memcpy(a, in, (size_t)n * sizeof *a);
  j->fn(a, b, padded);
  memcpy(out, b, (size_t)n * sizeof *b);
  free(a);
  free(b);
}

static float one(const jit_exp2 *j, float x) {
  float y;
  run(j, &x, &y, 1);
  return y;
}

/* Bit patterns lo, lo + step, ... <= hi (same sign), low 8 bits jittered
 * when step is 2^8; every result within the bound. */
static void sweep(const jit_exp2 *j, uint32_t lo, uint32_t hi, uint32_t step, stats *s, int normal,
                  const char *wname) {
  ck_assert(step == 1 || (lo % 256 == 0 && hi % 256 == 0));
  float *in = malloc(CHUNK * sizeof *in), *out = malloc(CHUNK * sizeof *out);
  uint32_t jitter = 0x9e3779b9u;
  for (uint64_t b = lo; b <= hi;) {
    int64_t n = 0;
    for (; n < CHUNK && b <= hi; n++, b += step) {
      uint32_t u = (uint32_t)b;
      if (step == 256 && b < hi) { /* lo and hi are multiples of 2^8: u stays below hi */
        jitter = jitter * 1664525u + 1013904223u;
        u |= jitter >> 24;
      }
      in[n] = float_of(u);
    }
    run(j, in, out, n);
    for (int64_t i = 0; i < n; i++) {
      note(s, in[i], out[i], normal);
      if (ulp_dist(out[i], ref_exp2(in[i])) > EXP2_MAX_ULP)
        ck_abort_msg("%s: exp2(%.9g) = %.9g (%a), want %.9g (%a): %lld ULP > %d", wname, (double)in[i],
                     (double)out[i], (double)out[i], (double)ref_exp2(in[i]), (double)ref_exp2(in[i]),
                     (long long)ulp_dist(out[i], ref_exp2(in[i])), EXP2_MAX_ULP);
    }
  }
  free(in);
  free(out);
}

static void report(const char *wname, const char *range, const stats *s) {
  printf("exp2 %-8s %-18s %9lld inputs, %.2f%% not correctly rounded: max %lld ULP, first at x = %.9g "
         "(got %a, want %a); max %.3f ULP of the exact value at x = %.9g",
         wname, range, (long long)s->count, 100.0 * (double)s->off / (double)s->count, (long long)s->max_ulp,
         (double)s->at, (double)s->got, (double)s->want, s->max_frac, s->frac_at);
  if (s->max_rel > 0) printf("; max relative error %.3g at x = %.9g", s->max_rel, s->rel_at);
  printf("\n");
  fflush(stdout);
}

START_TEST(exp2_accuracy) {
  const width *w = &WIDTHS[_i];
  if (!host_runs(_i)) {
    printf("exp2 %s: skipped, this host cannot run it\n", w->name);
    fflush(stdout);
    return;
  }
  jit_exp2 j;
  jit_make(&j, w->features);
  ck_assert_int_eq(j.vl, w->vl);
  ck_assert_int_eq(j.fma, w->fma);

  /* [-126, 127]: all results normal. */
  stats s = {0};
  const char *full = getenv("EXP2_TEST_FULL");
  uint32_t step = full && *full == '1' ? 1 : 256;
  sweep(&j, bits_of(0.0f), bits_of(127.0f), step, &s, 1, w->name);
  sweep(&j, bits_of(-0.0f), bits_of(-126.0f), step, &s, 1, w->name);
  report(w->name, "[-126, 127]", &s);
  ck_assert_int_gt(s.count, 8000000);
  ck_assert_int_le(s.max_ulp, EXP2_MAX_ULP);

  /* [-126.5, -126): subnormal results, every float. */
  stats sub = {0};
  sweep(&j, bits_of(-126.0f) + 1, bits_of(-126.5f), 1, &sub, 0, w->name);
  report(w->name, "[-126.5, -126)", &sub);
  ck_assert_int_eq(sub.count, 65536);
  float h = one(&j, -126.5f);
  ck_assert_msg(h > 0 && h < FLT_MIN && ulp_dist(h, ref_exp2(-126.5f)) <= EXP2_MAX_ULP,
                "%s: exp2(-126.5) = %a, want the subnormal %a", w->name, (double)h,
                (double)ref_exp2(-126.5f));

  /* (-127, -126.5): exactly +0, every float. */
  {
    enum { N = 65535 };
    float *in = malloc(N * sizeof *in), *out = malloc(N * sizeof *out);
    for (uint32_t i = 0; i < N; i++) in[i] = float_of(bits_of(-126.5f) + 1 + i);
    ck_assert(in[N - 1] > -127.0f);
    run(&j, in, out, N);
    for (int i = 0; i < N; i++)
      ck_assert_msg(bits_of(out[i]) == 0, "%s: exp2(%.9g) = %a, want +0", w->name, (double)in[i],
                    (double)out[i]);
    free(in);
    free(out);
  }
  static const float zero_at[] = {-127.0f, -127.25f, -127.5f, -128.0f, -149.0f, -150.0f, -1e30f, -FLT_MAX, -INFINITY};
  for (size_t i = 0; i < sizeof zero_at / sizeof zero_at[0]; i++) {
    float y = one(&j, zero_at[i]);
    ck_assert_msg(bits_of(y) == 0, "%s: exp2(%g) = %a, want +0", w->name, (double)zero_at[i], (double)y);
  }
  ck_assert_msg(bits_of(one(&j, NAN)) == 0, "%s: exp2(NaN) = %a, want +0 (the clamp drops NaN)", w->name,
                (double)one(&j, NAN));

  /* Above 127: clamped to 2^127, finite. */
  static const float big[] = {127.0f, 127.25f, 127.5f, 127.9999f, 128.0f, 200.0f, 1e30f, FLT_MAX, INFINITY};
  for (size_t i = 0; i < sizeof big / sizeof big[0]; i++) {
    float y = one(&j, big[i]);
    ck_assert_msg(y == ldexpf(1.0f, 127), "%s: exp2(%g) = %a, want 0x1p+127", w->name, (double)big[i], (double)y);
  }

  /* Integers exactly; 0 and -0 give 1; halves (f = +-1/2, the ends of the
   * polynomial's interval, where n rounds to even) and their neighbours. */
  for (int n = -126; n <= 127; n++) {
    float y = one(&j, (float)n);
    ck_assert_msg(y == ldexpf(1.0f, n), "%s: exp2(%d) = %a, want exactly 2^%d", w->name, n, (double)y, n);
  }
  ck_assert_msg(one(&j, 0.0f) == 1.0f && one(&j, -0.0f) == 1.0f, "%s: exp2(+-0) != 1", w->name);
  stats half = {0};
  for (int n = -126; n <= 127; n++)
    for (int sgn = -1; sgn <= 1; sgn += 2) {
      float c = (float)n + 0.5f * (float)sgn;
      if (c < -126.0f || c > 127.0f) continue;
      float xs[] = {nextafterf(c, -INFINITY), c, nextafterf(c, INFINITY)};
      for (int k = 0; k < 3; k++) {
        if (xs[k] < -126.0f || xs[k] > 127.0f) continue;
        float y = one(&j, xs[k]);
        note(&half, xs[k], y, 1);
        ck_assert_msg(ulp_dist(y, ref_exp2(xs[k])) <= EXP2_MAX_ULP, "%s: exp2(%.9g) = %a, want %a", w->name,
                      (double)xs[k], (double)y, (double)ref_exp2(xs[k]));
      }
    }
  report(w->name, "n +- 1/2 (+-1 bit)", &half);
  jit_free(&j);
}
END_TEST

/* Every fp8 code through the kernels' conversion (cg_fp8_to_f32) equals the
 * runtime's scalar decoder bit for bit (NaN codes: NaN) at every width:
 * the kernel and NAME_append/attnrt_reference agree on all 256 values. */
START_TEST(fp8_codes) {
  const width *w = &WIDTHS[_i];
  if (!host_runs(_i)) {
    printf("%s: not run (the host lacks it)\n", w->name);
    return;
  }
  jit_exp2 j;
  jit_make(&j, w->features);
  uint8_t in[256];
  float out[256];
  for (int c = 0; c < 256; c++) in[c] = (uint8_t)c;
  for (int t = 0; t < 2; t++) {
    memset(out, 0xff, sizeof out);
    (t ? j.e5m2 : j.e4m3)(in, out, 256);
    for (int c = 0; c < 256; c++) {
      float want = t ? attnrt_fp8_e5m2_to_f32((uint8_t)c) : attnrt_fp8_e4m3_to_f32((uint8_t)c);
      ck_assert_msg(isnan(want) ? isnan(out[c]) : bits_of(out[c]) == bits_of(want), "%s %s code 0x%02x: %a, want %a",
                    w->name, t ? "e5m2" : "e4m3", c, (double)out[c], (double)want);
    }
  }
  jit_free(&j);
}
END_TEST

/* cg_softcap (score.softcap, in the kernels' log2 units: c = cap log2 e)
 * against c tanh(x / c) in double: absolute error at most c 2.5e-7 + 1 ULP
 * of the result over x in [-40c, 40c] (every 1024th float) and at 0, +-tiny,
 * +-inf; the sign is x's, and |result| <= c. */
START_TEST(softcap_accuracy) {
  const width *w = &WIDTHS[_i];
  if (!host_runs(_i)) {
    printf("%s: not run (the host lacks it)\n", w->name);
    return;
  }
  jit_exp2 j;
  jit_make(&j, w->features);
  enum { N = 1 << 16 };
  float *in = malloc(N * sizeof *in), *out = malloc(N * sizeof *out);
  double worst = 0;
  long n = 0;
  const float hi = (float)(40 * SOFTCAP_C);
  for (uint32_t b0 = 0; b0 <= bits_of(hi); b0 += 1024u * N) {
    int m = 0;
    for (uint32_t bits = b0; m < N && bits <= bits_of(hi); bits += 1024, m++) in[m] = (m & 1 ? -1 : 1) * float_of(bits);
    for (int k = m; k < N; k++) in[k] = 0; /* N: a multiple of every width */
    j.softcap(in, out, N);
    for (int k = 0; k < m; k++) {
      double want = SOFTCAP_C * tanh((double)in[k] / SOFTCAP_C), err = fabs((double)out[k] - want);
      ck_assert_msg(err <= SOFTCAP_C * 2.5e-7 + fabs(want) * 1.2e-7 && fabs((double)out[k]) <= SOFTCAP_C &&
                        (in[k] == 0 || signbit(out[k]) == signbit(in[k])),
                    "%s: softcap(%a) = %a, want %a", w->name, (double)in[k], (double)out[k], want);
      if (err > worst) worst = err;
      n++;
    }
  }
  static const float edge[] = {0.0f, -0.0f, 1e-30f, -1e-30f, INFINITY, -INFINITY, 1e30f, -1e30f};
  for (size_t k = 0; k < 16; k++) in[k] = edge[k % 8];
  j.softcap(in, out, 16);
  for (size_t k = 0; k < 8; k++) {
    double want = isinf(edge[k]) ? copysign(SOFTCAP_C, edge[k]) : SOFTCAP_C * tanh((double)edge[k] / SOFTCAP_C);
    ck_assert_msg(fabs((double)out[k] - want) <= SOFTCAP_C * 2.5e-7, "%s: softcap(%g) = %a, want %a", w->name,
                  (double)edge[k], (double)out[k], want);
  }
  printf("softcap %s: %ld inputs, max abs error %.3g (c %.4g)\n", w->name, n, worst, SOFTCAP_C);
  fflush(stdout);
  free(in);
  free(out);
  jit_free(&j);
}
END_TEST

/* Float bits in value order (-0 and +0 adjacent), for ULP distances of
 * results of either sign. */
static int64_t ordered(float f) {
  uint32_t u = bits_of(f);
  return u >> 31 ? -(int64_t)(u & 0x7fffffffu) : (int64_t)u;
}

/* ULPs between y and the correctly rounded r: 0 for the same infinity, the
 * same zero or both NaN; "infinitely" far for any other mismatch of kind. */
static int64_t ulps(float y, float r) {
  if (isnan(r) || isnan(y)) return isnan(r) && isnan(y) ? 0 : INT64_MAX;
  if (isinf(r) || isinf(y)) return y == r ? 0 : INT64_MAX;
  return llabs(ordered(y) - ordered(r));
}

/* exp and log of the expression language against expf / logf in double
 * rounded once: every 256th float (low bits jittered) of exp's range
 * [-104, 89] and of all positive floats for log (subnormals included), each
 * within the bound cg.h states; then the edges, exactly. */
#define EXP_MAX_ULP 1
#define LOG_MAX_ULP 1

static int64_t sweep_fn(exp2_fn fn, double (*ref)(double), uint32_t lo, uint32_t hi, int64_t *count, float *at) {
  float *in = malloc(CHUNK * sizeof *in), *out = malloc(CHUNK * sizeof *out);
  uint32_t jitter = 0x9e3779b9u;
  int64_t worst = 0;
  for (uint64_t b = lo; b <= hi;) {
    int64_t n = 0;
    for (; n < CHUNK; n++, b += 256) {
      jitter = jitter * 1664525u + 1013904223u;
      in[n] = b <= hi ? float_of((uint32_t)b | (b + 256 <= hi ? jitter >> 24 : 0)) : 0.0f;
    }
    fn(in, out, CHUNK);
    for (int64_t i = 0; i < n && b - 256 * (uint64_t)(n - i) <= hi; i++) {
      int64_t u = ulps(out[i], (float)ref((double)in[i]));
      if (u > worst) worst = u, *at = in[i];
      ++*count;
    }
  }
  free(in);
  free(out);
  return worst;
}

START_TEST(exp_log_accuracy) {
  const width *w = &WIDTHS[_i];
  if (!host_runs(_i)) {
    printf("%s: not run (the host lacks it)\n", w->name);
    return;
  }
  jit_exp2 j;
  jit_make(&j, w->features);
  int64_t n = 0;
  float at = 0;
  int64_t e = sweep_fn(j.exp, exp, bits_of(0.0f), bits_of(89.0f), &n, &at);
  float at2 = 0;
  int64_t e2 = sweep_fn(j.exp, exp, bits_of(-0.0f), bits_of(-104.0f), &n, &at2);
  if (e2 > e) e = e2, at = at2;
  printf("exp %s: %lld inputs in [-104, 89], max %lld ULP at %.9g\n", w->name, (long long)n, (long long)e, (double)at);
  ck_assert_msg(e <= EXP_MAX_ULP, "%s: exp(%.9g): %lld ULP", w->name, (double)at, (long long)e);
  n = 0;
  e = sweep_fn(j.log, log, 1, 0x7f7fff00u, &n, &at);
  printf("log %s: %lld positive inputs, max %lld ULP at %a\n", w->name, (long long)n, (long long)e, (double)at);
  ck_assert_msg(e <= LOG_MAX_ULP, "%s: log(%a): %lld ULP", w->name, (double)at, (long long)e);
  float in[16], out[16];
  static const float xe[] = {0.0f, -0.0f, 88.72f, 88.73f, 89.0f, 1e30f, INFINITY, -103.9f, -104.0f, -200.0f, -INFINITY, NAN, 1.0f, -1.0f, 0x1p-149f, 0.5f};
  memcpy(in, xe, sizeof in);
  j.exp(in, out, 16);
  for (int k = 0; k < 16; k++)
    ck_assert_msg(ulps(out[k], expf(xe[k])) <= EXP_MAX_ULP, "%s: exp(%a) = %a, want %a", w->name, (double)xe[k],
                  (double)out[k], (double)expf(xe[k]));
  static const float xl[] = {0.0f, -0.0f, -1.0f, -INFINITY, INFINITY, NAN, 1.0f, 0x1p-149f, 0x1p-127f, FLT_MAX, 2.0f, 0.5f, 0.70710677f, 0.70710683f, 1e-30f, 3.0f};
  memcpy(in, xl, sizeof in);
  j.log(in, out, 16);
  for (int k = 0; k < 16; k++)
    ck_assert_msg(ulps(out[k], logf(xl[k])) <= LOG_MAX_ULP, "%s: log(%a) = %a, want %a", w->name, (double)xl[k],
                  (double)out[k], (double)logf(xl[k]));
  /* tanh: cg_softcap with c = 1 (absolute error), NaN kept */
  static const float xt[] = {0.0f, -0.0f, 1e-3f, -0.5f, 1.0f, 3.0f, -9.0f, 20.0f, INFINITY, -INFINITY, NAN, 0.25f, 2.5f, -2.5f, 1e-30f, 7.0f};
  memcpy(in, xt, sizeof in);
  j.tanh(in, out, 16);
  for (int k = 0; k < 16; k++)
    ck_assert_msg(isnan(xt[k]) ? isnan(out[k]) : fabs((double)out[k] - tanh((double)xt[k])) <= 2.5e-7,
                  "%s: tanh(%a) = %a", w->name, (double)xt[k], (double)out[k]);
  jit_free(&j);
}
END_TEST

int main(void) {
  Suite *s = suite_create("codegen_exp2");
  TCase *tc = tcase_create("exp2");
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, exp2_accuracy, 0, (int)(sizeof WIDTHS / sizeof WIDTHS[0]));
  tcase_add_loop_test(tc, fp8_codes, 0, (int)(sizeof WIDTHS / sizeof WIDTHS[0]));
  tcase_add_loop_test(tc, softcap_accuracy, 0, (int)(sizeof WIDTHS / sizeof WIDTHS[0]));
  tcase_add_loop_test(tc, exp_log_accuracy, 0, (int)(sizeof WIDTHS / sizeof WIDTHS[0]));
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
