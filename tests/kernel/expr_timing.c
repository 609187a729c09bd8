/*
 * What block skipping buys a mask expression (issue 7): decode and prefill
 * at L keys (default 16384) with
 *
 *   causal   mask: {causal: true}                                 every key
 *   window   mask: {causal: true, window: 1024}                   the runtime never visits the rest
 *   expr     mask: {causal: true, expr: "q_pos - kv_pos < 1024"}  the tile skips the blocks the
 *                                                                 run-time bounds rule out
 *   noskip   mask: {causal: true, expr: "q_pos - kv_pos < 1024 || log(kv_pos + 1.0) < -1.0"}
 *            (the same mask; the bounds cannot decide log, so every block is scored)
 *
 * JIT for the host, 2 threads (OMP), median of --reps calls (default 9)
 * after one warm-up.  Decode: a Llama-3-8B layer (32 query heads, 8 KV
 * heads, D 128, f16 cache), batch 1.  Prefill: 8 heads of D 64, f16
 * cache, L queries.  The outputs of window, expr and noskip are checked
 * against each other (they are the same attention).
 * Usage: expr_timing [--reps N] [--len L]
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kcheck.h"

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

typedef struct shape {
  const char *phase;
  int hq, hkv, dim;
} shape;

static const char *const MASKS[] = {
    "causal: true",
    "causal: true, window: 1024",
    "causal: true, expr: \"q_pos - kv_pos < 1024\"",
    "causal: true, expr: \"q_pos - kv_pos < 1024 || log(kv_pos + 1.0) < -1.0\"",
};
static const char *const NAMES[] = {"causal", "window", "expr", "noskip"};
enum { NMASK = 4 };

/* Median seconds of reps calls of mask m's kernel; its output in *out. */
static double time_one(const shape *sh, int m, int len, int reps, unsigned short *k, unsigned short *v, float *q,
                       float *out) {
  char spec[1024];
  snprintf(spec, sizeof spec,
           "attncc: 1\nname: t%d\nphase: %s\nheads: {q: %d, kv: %d, dim: %d}\n"
           "types: {q: f32, cache: f16, out: f32}\ncache: {capacity: %d}\nmask: {%s}\n",
           m, sh->phase, sh->hq, sh->hkv, sh->dim, len, MASKS[m]);
  attncc_kernel *kern = kc_jit(spec, NULL);
  if (!kern) exit(1);
  const attncc_fns *f = attncc_kernel_fns(kern);
  int32_t kv = len;
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args), .batch = 1, .num_threads = 2,
                 .kv_len = &kv, .q = q, .out = out, .k_cache = k, .v_cache = v};
  double *t = malloc(sizeof(double) * (size_t)reps);
  for (int i = -1; i < reps; i++) {
    double t0 = attnrt_now();
    int rc = f->run(&a);
    if (rc) fprintf(stderr, "%s: %s\n", NAMES[m], attnrt_strerror(rc)), exit(1);
    if (i >= 0) t[i] = attnrt_now() - t0;
  }
  qsort(t, (size_t)reps, sizeof *t, cmp);
  double med = t[reps / 2];
  free(t);
  attncc_kernel_free(kern);
  return med;
}

int main(int argc, char **argv) {
  int reps = 9, len = 16384;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--reps")) reps = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--len")) len = atoi(argv[i + 1]);
  }
  if (reps < 1 || len < 2048) return fprintf(stderr, "usage: expr_timing [--reps N >= 1] [--len L >= 2048]\n"), 2;
  static const shape SHAPES[] = {{"decode", 32, 8, 128}, {"prefill", 8, 8, 64}};
  printf("L = %d, 2 threads, median of %d (ms)\n%-8s", len, reps, "");
  for (int m = 0; m < NMASK; m++) printf(" %9s", NAMES[m]);
  printf("  causal/expr  window/expr\n");
  int bad = 0;
  for (int s = 0; s < 2; s++) {
    const shape *sh = &SHAPES[s];
    size_t nq = (size_t)(sh->phase[0] == 'd' ? 1 : len) * (size_t)sh->hq * (size_t)sh->dim;
    size_t nkv = (size_t)len * (size_t)sh->hkv * (size_t)sh->dim;
    unsigned short *k = malloc(nkv * 2), *v = malloc(nkv * 2);
    float *q = malloc(nq * 4), *out[NMASK];
    unsigned long long x = 88172645463325252ull;
    for (size_t i = 0; i < nkv; i++) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      k[i] = attnrt_f32_to_f16((float)((double)(x % 2001) / 1000.0 - 1.0));
      v[i] = attnrt_f32_to_f16((float)((double)(x / 2001 % 2001) / 1000.0 - 1.0));
    }
    for (size_t i = 0; i < nq; i++) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      q[i] = (float)((double)(x % 2001) / 1000.0 - 1.0);
    }
    double t[NMASK];
    for (int m = 0; m < NMASK; m++) {
      out[m] = malloc(nq * 4);
      t[m] = time_one(sh, m, len, reps, k, v, q, out[m]);
    }
    printf("%-8s", sh->phase);
    for (int m = 0; m < NMASK; m++) printf(" %9.3f", 1e3 * t[m]);
    printf("  %11.1f  %11.2f\n", t[0] / t[2], t[1] / t[2]);
    for (size_t i = 0; i < nq; i++)
      if (!(fabsf(out[1][i] - out[2][i]) <= 1e-5f) || out[2][i] != out[3][i]) {
        fprintf(stderr, "%s: window, expr, noskip disagree at %zu: %g %g %g\n", sh->phase, i, (double)out[1][i],
                (double)out[2][i], (double)out[3][i]);
        bad = 1;
        break;
      }
    for (int m = 0; m < NMASK; m++) free(out[m]);
    free(k), free(v), free(q);
  }
  return bad;
}
