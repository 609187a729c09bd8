/*
 * Machine ceilings, shared by attncc-bench and `attncc calibrate`: read and
 * copy bandwidth over large arrays, f32 FMA peak and bf16 dot-product peak.
 * Compiled with -O3 -march=native (tools/ceiling/CMakeLists.txt); the FMA
 * and bf16 loops use intrinsics under target attributes with run-time
 * dispatch, so they do not depend on the compiler contracting a*b+c
 * (-std=c17 turns that off).
 */
#define _GNU_SOURCE
#include "ceiling.h"

#include <immintrin.h>
#include <omp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

/* 16 floats; may_alias: read through from float arrays. */
typedef float v16f __attribute__((vector_size(64), may_alias));

#define BLOCK 256 /* floats per partition granule (1 KiB) */

/* Thread t's share [lo, hi) of n floats, in BLOCK granules. */
static void share(size_t n, int threads, int t, size_t *lo, size_t *hi) {
  size_t blocks = n / BLOCK, per = blocks / (size_t)threads, extra = blocks % (size_t)threads;
  size_t ut = (size_t)t;
  size_t b0 = ut * per + (ut < extra ? ut : extra);
  size_t nb = per + (ut < extra ? 1 : 0);
  *lo = b0 * BLOCK;
  *hi = (b0 + nb) * BLOCK;
}

void ceil_fill(float *a, size_t n, int threads) {
#pragma omp parallel num_threads(threads)
  {
    size_t lo, hi;
    share(n, omp_get_num_threads(), omp_get_thread_num(), &lo, &hi);
    for (size_t i = lo; i < hi; i++) a[i] = (float)((i * 2654435761u) & 1023) * (1.0f / 1024.0f);
  }
}

static float hsum(const v16f *v) {
  float s = 0;
  for (int i = 0; i < 16; i++) s += (*v)[i];
  return s;
}

double ceil_read(const float *a, size_t n, int threads) {
  double total = 0;
#pragma omp parallel num_threads(threads) reduction(+ : total)
  {
    size_t lo, hi;
    share(n, omp_get_num_threads(), omp_get_thread_num(), &lo, &hi);
    v16f s0 = {0}, s1 = {0}, s2 = {0}, s3 = {0}, s4 = {0}, s5 = {0}, s6 = {0}, s7 = {0};
    for (size_t i = lo; i < hi; i += 128) {
      const v16f *p = (const v16f *)(a + i);
      s0 += p[0]; s1 += p[1]; s2 += p[2]; s3 += p[3];
      s4 += p[4]; s5 += p[5]; s6 += p[6]; s7 += p[7];
    }
    v16f s = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    total += hsum(&s);
  }
  return total;
}

void ceil_copy(float *b, const float *a, size_t n, int threads) {
#pragma omp parallel num_threads(threads)
  {
    size_t lo, hi;
    share(n, omp_get_num_threads(), omp_get_thread_num(), &lo, &hi);
    for (size_t i = lo; i < hi; i += 64) {
      const v16f *p = (const v16f *)(a + i);
      v16f *q = (v16f *)(b + i);
      v16f x0 = p[0], x1 = p[1], x2 = p[2], x3 = p[3];
      q[0] = x0; q[1] = x1; q[2] = x2; q[3] = x3;
    }
  }
}

/* ---- f32 FMA peak ------------------------------------------------------ */

#define REP16(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15)
#define REP12(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11)

/* acc = acc * m + c converges to c / (1 - m): no overflow, no denormals. */
__attribute__((target("avx512f"))) static double fma_avx512(long iters) {
  const __m512 m = _mm512_set1_ps(0.999999f), c = _mm512_set1_ps(1e-6f);
#define DECL(i) __m512 a##i = _mm512_set1_ps(0.01f * (float)(i));
  REP16(DECL)
#undef DECL
  for (long it = 0; it < iters; it++) {
#define STEP(i) a##i = _mm512_fmadd_ps(a##i, m, c);
    REP16(STEP)
#undef STEP
  }
  __m512 s = _mm512_setzero_ps();
#define ADD(i) s = _mm512_add_ps(s, a##i);
  REP16(ADD)
#undef ADD
  return (double)_mm512_reduce_add_ps(s);
}

__attribute__((target("avx2,fma"))) static double fma_avx2(long iters) {
  const __m256 m = _mm256_set1_ps(0.999999f), c = _mm256_set1_ps(1e-6f);
#define DECL(i) __m256 a##i = _mm256_set1_ps(0.01f * (float)(i));
  REP12(DECL)
#undef DECL
  for (long it = 0; it < iters; it++) {
#define STEP(i) a##i = _mm256_fmadd_ps(a##i, m, c);
    REP12(STEP)
#undef STEP
  }
  __m256 s = _mm256_setzero_ps();
#define ADD(i) s = _mm256_add_ps(s, a##i);
  REP12(ADD)
#undef ADD
  float t[8];
  _mm256_storeu_ps(t, s);
  double r = 0;
  for (int i = 0; i < 8; i++) r += t[i];
  return r;
}

/* No FMA unit: separate multiply and add on 8-wide vectors (2 FLOPs each). */
static double fma_generic(long iters) {
  typedef float v8f __attribute__((vector_size(32)));
  const v8f m = {0.999999f, 0.999999f, 0.999999f, 0.999999f, 0.999999f, 0.999999f, 0.999999f, 0.999999f};
  const v8f c = {1e-6f, 1e-6f, 1e-6f, 1e-6f, 1e-6f, 1e-6f, 1e-6f, 1e-6f};
#define DECL(i) v8f a##i = c * (float)(i);
  REP12(DECL)
#undef DECL
  for (long it = 0; it < iters; it++) {
#define STEP(i) a##i = a##i * m + c;
    REP12(STEP)
#undef STEP
  }
  v8f s = {0};
#define ADD(i) s += a##i;
  REP12(ADD)
#undef ADD
  double r = 0;
  for (int i = 0; i < 8; i++) r += s[i];
  return r;
}

static int fma_path(void) {
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) return 2;
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 1;
  return 0;
}

const char *ceil_fma_f32_path(void) {
  static const char *names[] = {"generic 8-wide mul+add, 12 chains", "avx2 fma, 12 ymm chains",
                                "avx512f fma, 16 zmm chains"};
  return names[fma_path()];
}

double ceil_fma_f32(long iters, int threads, double *flops_per_iter) {
  int path = fma_path();
  double chains = path == 2 ? 16 : 12, lanes = path == 2 ? 16 : 8;
  double total = 0;
  int used = 0;
#pragma omp parallel num_threads(threads) reduction(+ : total)
  {
#pragma omp single
    used = omp_get_num_threads();
    total += path == 2 ? fma_avx512(iters) : path == 1 ? fma_avx2(iters) : fma_generic(iters);
  }
  *flops_per_iter = (double)used * chains * lanes * 2.0;
  return total;
}

/* ---- bf16 dot products ------------------------------------------------- */

__attribute__((target("avx512f,avx512bf16"))) static double dot_bf16(long iters) {
  const __m512bh x = _mm512_cvtne2ps_pbh(_mm512_set1_ps(0.001f), _mm512_set1_ps(0.002f));
  const __m512bh y = _mm512_cvtne2ps_pbh(_mm512_set1_ps(0.5f), _mm512_set1_ps(0.25f));
#define DECL(i) __m512 a##i = _mm512_set1_ps(0.01f * (float)(i));
  REP16(DECL)
#undef DECL
  for (long it = 0; it < iters; it++) {
#define STEP(i) a##i = _mm512_dpbf16_ps(a##i, x, y);
    REP16(STEP)
#undef STEP
  }
  __m512 s = _mm512_setzero_ps();
#define ADD(i) s = _mm512_add_ps(s, a##i);
  REP16(ADD)
#undef ADD
  return (double)_mm512_reduce_add_ps(s);
}

double ceil_dot_bf16(long iters, int threads, double *flops_per_iter) {
  __builtin_cpu_init();
  *flops_per_iter = 0;
  if (!__builtin_cpu_supports("avx512f") || !__builtin_cpu_supports("avx512bf16")) return -1;
  double total = 0;
  int used = 0;
#pragma omp parallel num_threads(threads) reduction(+ : total)
  {
#pragma omp single
    used = omp_get_num_threads();
    total += dot_bf16(iters);
  }
  *flops_per_iter = (double)used * 16 /* chains */ * 16 /* lanes */ * 4 /* FLOPs per lane */;
  return total;
}

/* ---- allocation and a whole calibration ------------------------------- */

void *ceil_alloc(size_t bytes) {
  const size_t huge = (size_t)2 << 20;
  size_t n = (bytes + huge - 1) / huge * huge;
  if (n == 0) n = huge;
  void *p = aligned_alloc(huge, n);
  if (p) madvise(p, n, MADV_HUGEPAGE); /* advice only: ignore failure */
  return p;
}

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Median of v[0..n) (sorts v); *best = the largest. */
static double median_best(double *v, int n, double *best) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  *best = v[n - 1];
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

int ceil_measure(const ceil_opts *o, ceil_result *r) {
  enum { MAXREP = 64 };
  int threads = o->threads > 0 ? o->threads : omp_get_max_threads();
  int reps = o->reps < 1 ? 1 : o->reps > MAXREP ? MAXREP : o->reps;
  size_t n = (o->read_bytes < ((size_t)1 << 20) ? ((size_t)1 << 20) : o->read_bytes) / sizeof(float);
  n = n / BLOCK * BLOCK;
  size_t nc = n / 2 / BLOCK * BLOCK;
  memset(r, 0, sizeof *r);
  float *a = ceil_alloc(n * sizeof(float)), *b = ceil_alloc(nc * sizeof(float));
  if (!a || !b) {
    free(a), free(b);
    return -1;
  }
  ceil_fill(a, n, threads);
  ceil_fill(b, nc, threads); /* first touch by the writers */
  volatile double sink = 0;
  double v[MAXREP], t;

  sink += ceil_read(a, n, threads); /* warm-up */
  for (int i = 0; i < reps; i++) {
    t = now_s();
    sink += ceil_read(a, n, threads);
    v[i] = (double)n * sizeof(float) / (now_s() - t) / 1e9;
  }
  r->read_gbs = median_best(v, reps, &r->read_best);
  ceil_copy(b, a, nc, threads);
  for (int i = 0; i < reps; i++) {
    t = now_s();
    ceil_copy(b, a, nc, threads);
    v[i] = 2.0 * (double)nc * sizeof(float) / (now_s() - t) / 1e9;
    sink += b[nc / 2];
  }
  r->copy_gbs = median_best(v, reps, &r->copy_best);
  free(a), free(b);

  /* FMA passes of about o->fma_pass_s each, sized from a short probe. */
  double per = 0, g = 0;
  sink += ceil_fma_f32(1 << 16, threads, &per); /* warm-up */
  for (int i = 0; i < 3; i++) {
    t = now_s();
    sink += ceil_fma_f32(1 << 18, threads, &per);
    double x = per * (double)(1 << 18) / (now_s() - t);
    g = x > g ? x : g;
  }
  double pass = o->fma_pass_s > 0 ? o->fma_pass_s : 0.02;
  long iters = (long)(pass * g / per);
  if (iters < 1024) iters = 1024;
  for (int i = 0; i < reps; i++) {
    t = now_s();
    sink += ceil_fma_f32(iters, threads, &per);
    v[i] = per * (double)iters / (now_s() - t) / 1e9;
  }
  r->fma_gflops = median_best(v, reps, &r->fma_best);
  if (ceil_dot_bf16(16, threads, &per) >= 0) {
    for (int i = 0; i < reps; i++) {
      t = now_s();
      sink += ceil_dot_bf16(iters, threads, &per);
      v[i] = per * (double)iters / (now_s() - t) / 1e9;
    }
    r->bf16_gflops = median_best(v, reps, &r->bf16_best);
  }
  r->threads = threads;
  r->read_bytes = n * sizeof(float);
  r->reps = reps;
  r->fma_path = ceil_fma_f32_path();
  (void)sink;
  return 0;
}
