/*
 * The issue-4 bench cases as ahead-of-time kernels, for a host without
 * LLVM (the lent 16-core machine): ceilings (read bandwidth, f32 FMA and
 * bf16 dot peaks, all threads) and each kernel's median time, checked
 * against attnrt_reference first (prefill on its first 256 positions).
 * Built and run by bench/host16/run.sh; prints one JSON object per line.
 */
#include <immintrin.h>
#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attncc/attnrt.h"
#include "kernels.h" /* written by run.sh: the generated headers and KERNELS(X) */

typedef int (*run_fn)(const attn_args *);
typedef const attn_info *(*info_fn)(void);

static double now(void) { return attnrt_now(); }

static void fill(void *p, int dt, size_t n, uint64_t seed) {
  for (size_t i = 0; i < n; i++) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    float x = (float)((seed >> 40) / 16777216.0) * 2 - 1;
    if (dt == ATTN_F32) ((float *)p)[i] = x;
    else if (dt == ATTN_BF16) { uint32_t u; memcpy(&u, &x, 4); ((uint16_t *)p)[i] = (uint16_t)(u >> 16); }
    else ((uint16_t *)p)[i] = attnrt_f32_to_f16(x);
  }
}

static int cmpd(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* A pass over `n` floats, vector sums kept in registers (bandwidth-bound). */
static float *flush_buf;
static size_t flush_n;
static double sum_pass(const float *a, size_t n) {
  double s = 0;
#pragma omp parallel reduction(+ : s)
  {
    __m512 v0 = _mm512_setzero_ps(), v1 = v0, v2 = v0, v3 = v0;
#pragma omp for schedule(static)
    for (size_t i = 0; i < n; i += 64) {
      v0 = _mm512_add_ps(v0, _mm512_load_ps(a + i));
      v1 = _mm512_add_ps(v1, _mm512_load_ps(a + i + 16));
      v2 = _mm512_add_ps(v2, _mm512_load_ps(a + i + 32));
      v3 = _mm512_add_ps(v3, _mm512_load_ps(a + i + 48));
    }
    s += _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(v0, v1), _mm512_add_ps(v2, v3)));
  }
  return s;
}

static double read_bw(void) {
  size_t n = flush_n = (size_t)1 << 30; /* 4 GiB: far beyond any L3 */
  float *a = flush_buf = aligned_alloc(64, n * 4);
#pragma omp parallel for schedule(static)
  for (size_t i = 0; i < n; i++) a[i] = (float)(i & 7);
  double best = 0;
  for (int r = 0; r < 5; r++) {
    double t = now();
    double s = sum_pass(a, n);
    t = now() - t;
    if (s < 0) puts("");
    if (n * 4.0 / t / 1e9 > best) best = n * 4.0 / t / 1e9;
  }
  return best;
}

/* Evicts the KV cache from every cache level before a timed run. */
static void flush(void) {
  if (sum_pass(flush_buf, flush_n / 4) < 0) puts("");
}

#define CH16(OP) OP(0) OP(1) OP(2) OP(3) OP(4) OP(5) OP(6) OP(7) OP(8) OP(9) OP(10) OP(11) OP(12) OP(13) OP(14) OP(15)
static double fma_peak(int bf16) {
  double best = 0;
  for (int r = 0; r < 3; r++) {
    long iters = 10000000;
    double t = now(), sink = 0;
#pragma omp parallel reduction(+ : sink)
    {
#define DECL(i) __m512 a##i = _mm512_set1_ps(1e-3f * i);
      CH16(DECL)
      __m512 m = _mm512_set1_ps(0.999f), c = _mm512_set1_ps(1e-4f);
      __m512bh x = (__m512bh)_mm512_set1_epi16(0x3f80), y = (__m512bh)_mm512_set1_epi16(0x3c00);
      if (bf16) {
        for (long k = 0; k < iters; k++) {
#define DP(i) a##i = _mm512_dpbf16_ps(a##i, x, y);
          CH16(DP)
          __asm__("" : "+v"(x));
        }
      } else {
        for (long k = 0; k < iters; k++) {
#define FM(i) a##i = _mm512_fmadd_ps(a##i, m, c);
          CH16(FM)
          __asm__("" : "+v"(m));
        }
      }
#define RED(i) sink += _mm512_reduce_add_ps(a##i);
      CH16(RED)
    }
    t = now() - t;
    double f = (double)iters * 16 * 32 * (bf16 ? 2 : 1) * omp_get_max_threads() / t / 1e9;
    if (sink == 1234.5) puts("");
    if (f > best) best = f;
  }
  return best;
}

static int one(const char *name, run_fn run, info_fn info, int B, int L, double bw, double fl) {
  const attn_info *in = info();
  int dec = in->phase == ATTN_DECODE;
  size_t cs = attnrt_dtype_size(in->dtype_cache), qs = attnrt_dtype_size(in->dtype_q),
         os = attnrt_dtype_size(in->dtype_out);
  /* caches by blocks (docs/layouts.md): a sequence's, or pages of a pool in
   * a shuffled order (an engine's pool after churn); bytes */
  int32_t per = in->layout == ATTN_PAGED ? (in->capacity + in->page_size - 1) / in->page_size : 0;
  size_t blocks = per ? (size_t)B * per : (size_t)B;
  size_t kn = blocks * attnrt_block_bytes(in, 0), vn = blocks * attnrt_block_bytes(in, 1);
  int32_t *table = malloc(sizeof(int32_t) * (blocks + 1));
  for (size_t i = 0; i < blocks; i++) table[i] = (int32_t)i;
  uint64_t st = 12345;
  for (size_t i = blocks; per && i > 1; i--) { /* Fisher-Yates */
    st = st * 6364136223846793005ull + 1442695040888963407ull;
    size_t j = (size_t)((st >> 33) % i), t = (size_t)table[i - 1];
    table[i - 1] = table[j], table[j] = (int32_t)t;
  }
  size_t rows = dec ? (size_t)B : (size_t)B * L;
  size_t qn = rows * in->heads_q * in->dim, on = rows * in->heads_q * in->v_dim;
  void *k = aligned_alloc(64, (kn + 63) / 64 * 64), *v = aligned_alloc(64, (vn + 63) / 64 * 64), *q = malloc(qn * qs);
  void *out = malloc(on * os), *ref = malloc(on * 4);
  (void)cs;
  int32_t *kv = malloc(sizeof(int32_t) * B);
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = B, a.kv_len = kv, a.q = q, a.k_cache = k, a.v_cache = v, a.out = out;
  a.page_table = per ? table : NULL, a.num_pages = per ? (int32_t)blocks : 0;
  { /* every position of every sequence through the runtime's writer */
    float *row = malloc(sizeof(float) * (size_t)(in->dim > in->v_dim ? in->dim : in->v_dim));
    uint64_t seed = 1;
    for (int b = 0; b < B; b++)
      for (int t = 0; t < in->capacity; t++)
        for (int h = 0; h < in->heads_kv; h++)
          for (int w = 0; w < 2; w++) {
            fill(row, ATTN_F32, (size_t)(w ? in->v_dim : in->dim), seed++);
            if (attnrt_cache_write_row(in, &a, w, b, t, h, row)) return fprintf(stderr, "%s: %s\n", name, attnrt_last_error()), 1;
          }
    free(row);
  }
  fill(q, in->dtype_q, qn, 3);
  /* check: decode at full length, prefill on its first 256 positions */
  int Lc = dec ? L : 256;
  for (int b = 0; b < B; b++) kv[b] = Lc;
  if (run(&a)) return fprintf(stderr, "%s: %s\n", name, attnrt_last_error()), 1;
  attn_info ri = *in;
  ri.dtype_out = ATTN_F32;
  attn_args ra = a;
  ra.out = ref;
  attnrt_reference(&ri, &ra);
  size_t nc = (dec ? rows : (size_t)B * Lc) * in->heads_q * in->v_dim;
  double err = 0;
  for (size_t i = 0; i < nc; i++) {
    float x;
    if (in->dtype_out == ATTN_F32) x = ((float *)out)[i];
    else if (in->dtype_out == ATTN_BF16) { uint32_t u = (uint32_t)((uint16_t *)out)[i] << 16; memcpy(&x, &u, 4); }
    else x = attnrt_f16_to_f32(((uint16_t *)out)[i]);
    double e = fabs(x - ((float *)ref)[i]);
    if (!(e <= err)) err = e;
  }
  double tol = (in->dtype_q == ATTN_BF16 || in->dtype_cache == ATTN_BF16 || in->dtype_out == ATTN_BF16) ? 2e-2 : 1e-4;
  for (int b = 0; b < B; b++) kv[b] = L;
  double t[15];
  run(&a);
  for (int r = 0; r < 15; r++) { flush(); double t0 = now(); run(&a); t[r] = now() - t0; }
  qsort(t, 15, sizeof t[0], cmpd);
  double bytes = (double)B * L * (double)(attnrt_block_bytes(in, 0) + attnrt_block_bytes(in, 1)) /
                 (per ? in->page_size : in->capacity); /* the cache bytes of L tokens, scales included */
  double flops = 2.0 * B * (double)L * (L + 1) / 2 * in->heads_q * (in->dim + in->v_dim);
  if (dec)
    printf("{\"name\":\"%s\",\"metric\":\"GB/s\",\"median\":%.2f,\"ceiling\":%.1f,\"frac\":%.3f,\"ms\":%.3f,\"max_err\":%.2e,\"ok\":%s}\n",
           name, bytes / t[7] / 1e9, bw, bytes / t[7] / 1e9 / bw, t[7] * 1e3, err, err <= tol ? "true" : "false");
  else
    printf("{\"name\":\"%s\",\"metric\":\"GFLOP/s\",\"median\":%.1f,\"ceiling\":%.1f,\"frac\":%.3f,\"ms\":%.2f,\"max_err\":%.2e,\"ok\":%s}\n",
           name, flops / t[7] / 1e9, fl, flops / t[7] / 1e9 / fl, t[7] * 1e3, err, err <= tol ? "true" : "false");
  fflush(stdout);
  free(k), free(v), free(q), free(out), free(ref), free(kv), free(table);
  return err <= tol ? 0 : 1;
}

static int selected(const char *list, const char *name) {
  if (!list) return 1;
  size_t n = strlen(name);
  for (const char *p = list;; p++) {
    size_t w = strcspn(p, ",");
    if (w == n && !strncmp(p, name, n)) return 1;
    p += w;
    if (!*p) return 0;
  }
}

int main(void) {
  double bw = read_bw(), f32 = fma_peak(0), bf = fma_peak(1);
  printf("{\"name\":\"ceiling:read_bw\",\"metric\":\"GB/s\",\"median\":%.1f,\"threads\":%d}\n", bw, omp_get_max_threads());
  printf("{\"name\":\"ceiling:fma_f32\",\"metric\":\"GFLOP/s\",\"median\":%.1f}\n", f32);
  printf("{\"name\":\"ceiling:dot_bf16\",\"metric\":\"GFLOP/s\",\"median\":%.1f}\n", bf);
  int rc = 0;
  /* CASES=a,b,c runs only the cases named (all when unset) */
  const char *only = getenv("CASES");
#define X(name, B, L, bf16) \
  if (selected(only, #name)) rc |= one(#name, name, name##_info, B, L, bw, bf16 ? bf : f32);
  KERNELS(X)
#undef X
  return rc;
}
