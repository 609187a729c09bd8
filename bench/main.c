/*
 * attncc-bench: attncc's JIT kernels against this machine's own ceilings,
 * measured in the same run (DESIGN.md §5), and against an OpenBLAS attention
 * baseline; plus compile latency of the shipped specs.
 *
 *   ceilings   read bandwidth (decode's roofline), copy bandwidth, f32 FMA
 *              peak (prefill's roofline), bf16 dot-product peak
 *   kernels    decode (GB/s of cache read) and causal prefill (GFLOP/s of
 *              unmasked work), each repetition right after a short ceiling
 *              pass, medians beside bests; validated before timing
 *   baseline   sgemm, softmax, sgemm through OpenBLAS (bench/baseline.c)
 *   compile    median of 20 attncc_jit_file + attncc_kernel_free per spec
 *
 * Output: a table, or with --json one JSON object per line.  Exit status 1
 * on any error, including a kernel whose results are wrong.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <attncc/attncc.h>
#include <attncc/attnrt.h>
#include <attncc/kernel.h>

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <omp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef ATTNCC_BENCH_SPECS_DIR
#define ATTNCC_BENCH_SPECS_DIR "specs"
#endif

/* Largest accepted |attncc - reference| on an f32 output (outputs are convex
 * combinations of V entries in [-1, 1]); -DBENCH_TOL=0 exercises the
 * wrong-result path. */
#ifndef BENCH_TOL
#define BENCH_TOL 1e-5
#endif

#define REEXEC_MARK "ATTNCC_BENCH_REEXECED"
#define GIB (1024.0 * 1024.0 * 1024.0)
#define MIB (1024.0 * 1024.0)

/* ---- options and small helpers ----------------------------------------- */

static struct {
  bool json, quick;
  int threads;
  const char *cases; /* comma list or null (all) */
  const char *specs;
  blas_style style;
} opt;

static int failures; /* invalid kernels and other non-fatal errors: exit 1 */

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("attncc-bench: error: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(1);
}

static void note(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("note: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

void *bench_alloc(size_t bytes) {
  const size_t huge = 2u << 20;
  size_t n = (bytes + huge - 1) / huge * huge;
  if (n == 0) n = huge;
  void *p = aligned_alloc(huge, n);
  if (!p) die("out of memory allocating %.1f MiB", (double)bytes / MIB);
  madvise(p, n, MADV_HUGEPAGE); /* advice only: ignore failure */
  return p;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(const double *v, int n) {
  if (n <= 0) return NAN;
  double *t = malloc(sizeof(double) * (size_t)n);
  if (!t) die("out of memory");
  memcpy(t, v, sizeof(double) * (size_t)n);
  qsort(t, (size_t)n, sizeof(double), cmp_double);
  double m = n % 2 ? t[n / 2] : 0.5 * (t[n / 2 - 1] + t[n / 2]);
  free(t);
  return m;
}

static double minimum(const double *v, int n) {
  double m = INFINITY;
  for (int i = 0; i < n; i++) m = v[i] < m ? v[i] : m;
  return m;
}

static double maximum(const double *v, int n) {
  double m = -INFINITY;
  for (int i = 0; i < n; i++) m = v[i] > m ? v[i] : m;
  return m;
}

/* Counter-based uniform in [-1, 1): the same data whatever the thread count. */
static float urand(uint64_t seed, uint64_t i) {
  uint64_t z = seed * 0x9E3779B97F4A7C15ull + i + 1;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  z ^= z >> 31;
  return (float)((double)(z >> 40) / (double)(1ull << 23) - 1.0);
}

static void fill_random(void *p, int dtype, size_t n, uint64_t seed) {
#pragma omp parallel for schedule(static) num_threads(opt.threads)
  for (size_t i = 0; i < n; i++) attnrt_store(p, dtype, i, urand(seed, i));
}

/* ---- output ------------------------------------------------------------- */

typedef struct result {
  const char *kase;
  const char *metric;
  double value, best;
  double ceiling, ceiling_best, frac, frac_paired;
  double blas, blas_best, speedup;
  int reps, blas_reps;
  double max_err, jit_ms;
  const char *extra; /* preformatted ",\"key\":value" pairs or null */
} result;

static void json_num(const char *key, double v, bool comma) {
  if (isfinite(v))
    printf("%s\"%s\":%.6g", comma ? "," : "", key, v);
  else
    printf("%s\"%s\":null", comma ? "," : "", key);
}

static void fmt_cell(char *buf, size_t n, double v) {
  if (!isfinite(v))
    snprintf(buf, n, "-");
  else if (fabs(v) >= 100)
    snprintf(buf, n, "%.1f", v);
  else
    snprintf(buf, n, "%.3g", v);
}

static void print_header(void) {
  if (opt.json) return;
  printf("%-28s %-7s %9s %9s %9s %6s %9s %8s\n", "case", "metric", "median", "best", "ceiling", "frac",
         "blas", "speedup");
}

static void print_row(const result *r, bool kernel) {
  if (opt.json) {
    printf("{\"case\":\"%s\",\"metric\":\"%s\"", r->kase, r->metric);
    json_num("value", r->value, true);
    if (kernel) {
      json_num("ceiling", r->ceiling, true);
      json_num("frac_of_ceiling", r->frac, true);
      json_num("blas", r->blas, true);
      json_num("speedup_vs_blas", r->speedup, true);
      json_num("best", r->best, true);
      json_num("ceiling_best", r->ceiling_best, true);
      json_num("frac_paired_median", r->frac_paired, true);
      json_num("blas_best", r->blas_best, true);
      json_num("max_abs_err", r->max_err, true);
      json_num("jit_ms", r->jit_ms, true);
      printf(",\"reps\":%d,\"blas_reps\":%d,\"threads\":%d", r->reps, r->blas_reps, opt.threads);
      printf(",\"blas_style\":\"%s\"", opt.style == BLAS_STYLE_OMP ? "omp" : "openblas");
    } else {
      json_num("best", r->best, true);
      if (r->extra) fputs(r->extra, stdout);
    }
    puts("}");
  } else {
    char c[6][32];
    fmt_cell(c[0], 32, r->value);
    fmt_cell(c[1], 32, r->best);
    fmt_cell(c[2], 32, kernel ? r->ceiling : NAN);
    fmt_cell(c[3], 32, kernel ? r->frac : NAN);
    fmt_cell(c[4], 32, kernel ? r->blas : NAN);
    fmt_cell(c[5], 32, kernel ? r->speedup : NAN);
    printf("%-28s %-7s %9s %9s %9s %6s %9s %8s\n", r->kase, r->metric, c[0], c[1], c[2], c[3], c[4], c[5]);
  }
  fflush(stdout);
}

/* ---- ceilings ----------------------------------------------------------- */

static struct {
  float *a, *b;     /* read array (a), copy destination (b) */
  size_t n_read;    /* floats read by the full read-bandwidth pass */
  size_t n_pass;    /* floats of the short pass interleaved with decode kernels */
  size_t n_copy;
  long fma_iters;   /* iterations of a short FMA pass (interleaved with prefill) */
  volatile double sink;
} C;

static double read_gbs(size_t n) {
  double t0 = attnrt_now();
  C.sink += bench_read(C.a, n, opt.threads);
  double t = attnrt_now() - t0;
  return (double)n * sizeof(float) / t / 1e9;
}

static double copy_gbs(void) {
  double t0 = attnrt_now();
  bench_copy(C.b, C.a, C.n_copy, opt.threads);
  double t = attnrt_now() - t0;
  C.sink += C.b[C.n_copy / 2];
  return 2.0 * (double)C.n_copy * sizeof(float) / t / 1e9;
}

static double fma_gflops(long iters) {
  double per;
  double t0 = attnrt_now();
  C.sink += bench_fma_f32(iters, opt.threads, &per);
  double t = attnrt_now() - t0;
  return per * (double)iters / t / 1e9;
}

static double bf16_gflops(long iters) {
  double per;
  double t0 = attnrt_now();
  double s = bench_dot_bf16(iters, opt.threads, &per);
  double t = attnrt_now() - t0;
  if (per == 0) return NAN;
  C.sink += s;
  return per * (double)iters / t / 1e9;
}

static void ceiling_row(const char *name, const char *metric, const double *v, int n, const char *extra) {
  result r = {.kase = name, .metric = metric, .value = median(v, n), .best = maximum(v, n), .extra = extra};
  print_row(&r, false);
}

static double ceil_read_med, ceil_fma_med;

static void measure_ceilings(void) {
  size_t read_bytes = opt.quick ? (size_t)256 << 20 : (size_t)1 << 30;
  C.n_read = read_bytes / sizeof(float);
  C.n_pass = (opt.quick ? (size_t)64 << 20 : (size_t)512 << 20) / sizeof(float);
  C.n_copy = C.n_read / 2;
  C.a = bench_alloc(read_bytes);
  C.b = bench_alloc(C.n_copy * sizeof(float));
  bench_fill_parallel(C.a, C.n_read, opt.threads);
  bench_fill_parallel(C.b, C.n_copy, opt.threads); /* first touch by the writers */

  int reps = opt.quick ? 3 : 11;
  double v[32];
  char extra[160];

  read_gbs(C.n_read); /* warm-up */
  for (int i = 0; i < reps; i++) v[i] = read_gbs(C.n_read);
  ceil_read_med = median(v, reps);
  snprintf(extra, sizeof extra, ",\"bytes\":%zu,\"threads\":%d", C.n_read * sizeof(float), opt.threads);
  ceiling_row("ceiling:read_bw", "GB/s", v, reps, extra);

  copy_gbs();
  for (int i = 0; i < reps; i++) v[i] = copy_gbs();
  snprintf(extra, sizeof extra, ",\"bytes\":%zu,\"counted\":\"read+write\",\"threads\":%d",
           2 * C.n_copy * sizeof(float), opt.threads);
  ceiling_row("ceiling:copy_bw", "GB/s", v, reps, extra);

  /* Calibrate a short FMA pass of ~20 ms (quick: ~5 ms); samples of 4 passes. */
  double per, g = 0;
  fma_gflops(1 << 18); /* warm-up */
  for (int i = 0; i < 3; i++) { /* best of 3 passes of ~2 ms */
    double x = fma_gflops(1 << 20);
    g = x > g ? x : g;
  }
  bench_fma_f32(1, 1, &per); /* FLOPs per iteration of one thread */
  double target = opt.quick ? 0.005 : 0.02;
  C.fma_iters = (long)(target * g * 1e9 / (per * opt.threads));
  if (C.fma_iters < 1024) C.fma_iters = 1024;
  for (int i = 0; i < reps; i++) v[i] = fma_gflops(4 * C.fma_iters);
  ceil_fma_med = median(v, reps);
  snprintf(extra, sizeof extra, ",\"path\":\"%s\",\"flops_per_fma_lane\":2,\"threads\":%d",
           bench_fma_f32_path(), opt.threads);
  ceiling_row("ceiling:fma_f32", "GFLOP/s", v, reps, extra);

  if (isnan(bf16_gflops(1024))) {
    note("no avx512bf16 on this CPU: no ceiling:dot_bf16 line");
  } else {
    for (int i = 0; i < reps; i++) v[i] = bf16_gflops(4 * C.fma_iters);
    snprintf(extra, sizeof extra,
             ",\"path\":\"vdpbf16ps, 16 zmm chains\",\"flops_per_instruction\":64,\"threads\":%d",
             opt.threads);
    ceiling_row("ceiling:dot_bf16", "GFLOP/s", v, reps, extra);
  }
}

/* ---- kernel cases ------------------------------------------------------- */

typedef struct bcase {
  const char *name;
  int prefill;
  int batch, len; /* sequences; keys per sequence (= capacity) */
  int hq, hkv, d;
  int cache;      /* attn_dtype */
} bcase;

static const bcase CASES[] = {
    {"decode_b1_l16384_f16", 0, 1, 16384, 32, 8, 128, ATTN_F16},
    {"decode_b1_l16384_f32", 0, 1, 16384, 32, 8, 128, ATTN_F32},
    {"decode_b8_l4096_f16", 0, 8, 4096, 32, 8, 128, ATTN_F16},
    {"prefill_causal_s2048_f32", 1, 1, 2048, 32, 32, 128, ATTN_F32},
};
#define NCASES (int)(sizeof CASES / sizeof CASES[0])

static const char *dtype_name(int t) { return t == ATTN_F32 ? "f32" : t == ATTN_F16 ? "f16" : "bf16"; }

static void print_diags(attncc_diags *d) {
  size_t n = d ? attncc_diags_count(d) : 0;
  for (size_t i = 0; i < n; i++) {
    const attncc_diag *g = attncc_diags_get(d, i);
    int len = attncc_diag_format(g, NULL, 0);
    char *buf = malloc((size_t)len + 1);
    if (!buf) die("out of memory");
    attncc_diag_format(g, buf, (size_t)len + 1);
    while (len > 0 && buf[len - 1] == '\n') buf[--len] = 0;
    fprintf(stderr, "%s\n", buf);
    free(buf);
  }
}

static void run_kernel(const attncc_fns *f, const attn_args *a, const char *name) {
  int rc = f->run(a);
  if (rc != 0) die("%s: kernel returned %s (%s)", name, attnrt_strerror(rc), attnrt_last_error());
}

static double max_abs_diff(const float *x, const float *y, size_t n) {
  double m = 0;
  for (size_t i = 0; i < n; i++) {
    double e = fabs((double)x[i] - (double)y[i]);
    if (!(e <= m)) m = e; /* NaN propagates as NaN > anything */
    if (isnan(e)) return INFINITY;
  }
  return m;
}

/* Exact (double) attention for query row i (its key position pos), head h,
 * of sequence b with `len` keys; K/V read as f32 copies. */
static void exact_row(const blas_attn *ba, int b, int pos, int64_t row, int h, double *o) {
  int g = ba->hq / ba->hkv, kvh = h / g, n = ba->causal ? pos + 1 : ba->kv_len[b];
  const float *q = ba->q + ((size_t)row * (size_t)ba->hq + (size_t)h) * (size_t)ba->d;
  double *s = malloc(sizeof(double) * (size_t)n), m = -INFINITY, sum = 0;
  if (!s) die("out of memory");
  for (int j = 0; j < n; j++) {
    const float *k = ba->k + (((size_t)b * (size_t)ba->capacity + (size_t)j) * (size_t)ba->hkv + (size_t)kvh) *
                                 (size_t)ba->d;
    double dot = 0;
    for (int e = 0; e < ba->d; e++) dot += (double)q[e] * (double)k[e];
    s[j] = dot * (double)ba->scale;
    m = s[j] > m ? s[j] : m;
  }
  for (int e = 0; e < ba->dv; e++) o[e] = 0;
  for (int j = 0; j < n; j++) {
    double p = exp(s[j] - m);
    sum += p;
    const float *v = ba->v + (((size_t)b * (size_t)ba->capacity + (size_t)j) * (size_t)ba->hkv + (size_t)kvh) *
                                 (size_t)ba->dv;
    for (int e = 0; e < ba->dv; e++) o[e] += p * (double)v[e];
  }
  for (int e = 0; e < ba->dv; e++) o[e] /= sum;
  free(s);
}

static bool case_selected(const char *name);
static bool blas_note_done;

static void run_case(const bcase *c) {
  char text[512];
  snprintf(text, sizeof text,
           "attncc: 1\nname: bench_%s\nphase: %s\nheads: {q: %d, kv: %d, dim: %d}\n"
           "types: {q: f32, cache: %s, out: f32}\ncache: {capacity: %d}\nmask: {causal: %s}\n",
           c->name, c->prefill ? "prefill" : "decode", c->hq, c->hkv, c->d, dtype_name(c->cache), c->len,
           c->prefill ? "true" : "false");
  attncc_options o;
  attncc_options_init(&o);
  attncc_diags *diags = NULL;
  char fname[96];
  snprintf(fname, sizeof fname, "<bench:%s>", c->name);
  double t0 = attnrt_now();
  attncc_kernel *k = attncc_jit_string(text, strlen(text), fname, &o, &diags);
  double jit_ms = (attnrt_now() - t0) * 1e3;
  if (!k) {
    print_diags(diags);
    attncc_diags_free(diags);
    die("%s: compiling the spec failed", c->name);
  }
  attncc_diags_free(diags);
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *info = f->info();

  int dv = info->v_dim, cap = info->capacity;
  int64_t total_q = c->prefill ? (int64_t)c->batch * c->len : c->batch;
  size_t esz = attnrt_dtype_size(c->cache);
  size_t nq = (size_t)total_q * (size_t)c->hq * (size_t)c->d;
  size_t no = (size_t)total_q * (size_t)c->hq * (size_t)dv;
  size_t nk = (size_t)c->batch * (size_t)cap * (size_t)c->hkv * (size_t)c->d;
  size_t nv = (size_t)c->batch * (size_t)cap * (size_t)c->hkv * (size_t)dv;

  int32_t *kv_len = malloc(sizeof(int32_t) * (size_t)c->batch);
  if (!kv_len) die("out of memory");
  for (int b = 0; b < c->batch; b++) kv_len[b] = c->len;
  float *q = bench_alloc(nq * sizeof(float));
  float *out = bench_alloc(no * sizeof(float));
  void *kc = bench_alloc(nk * esz), *vc = bench_alloc(nv * esz);
  fill_random(q, ATTN_F32, nq, 1);
  fill_random(kc, c->cache, nk, 2);
  fill_random(vc, c->cache, nv, 3);
  memset(out, 0, no * sizeof(float));

  attn_args a;
  memset(&a, 0, sizeof a);
  a.abi_version = ATTN_ABI_VERSION;
  a.struct_size = sizeof(attn_args);
  a.batch = c->batch;
  a.num_threads = opt.threads;
  a.kv_len = kv_len;
  a.q = q;
  a.out = out;
  a.k_cache = kc;
  a.v_cache = vc;
  int64_t ws = f->workspace(&a);
  if (ws < 0) die("%s: workspace query returned %s (%s)", c->name, attnrt_strerror((int)ws), attnrt_last_error());
  if (ws > 0) {
    a.workspace = bench_alloc((size_t)ws);
    a.workspace_size = (size_t)ws;
  }

  /* The baseline reads f32: for f16 caches the user converts once (untimed). */
  float *kf = kc, *vf = vc;
  if (c->cache != ATTN_F32) {
    kf = bench_alloc(nk * sizeof(float));
    vf = bench_alloc(nv * sizeof(float));
#pragma omp parallel for schedule(static) num_threads(opt.threads)
    for (size_t i = 0; i < nk; i++) kf[i] = attnrt_load(kc, c->cache, i);
#pragma omp parallel for schedule(static) num_threads(opt.threads)
    for (size_t i = 0; i < nv; i++) vf[i] = attnrt_load(vc, c->cache, i);
    if (!blas_note_done) {
      note("blas baseline: %s caches are converted to f32 copies once before timing (not timed); "
           "its figure divides the kernel's byte count (%s) by the baseline's time",
           dtype_name(c->cache), dtype_name(c->cache));
      blas_note_done = true;
    }
  }
  float *bout = bench_alloc(no * sizeof(float));
  blas_attn ba = {.batch = c->batch, .hq = c->hq, .hkv = c->hkv, .d = c->d, .dv = dv, .capacity = cap,
                  .causal = info->causal, .prefill = c->prefill, .kv_len = kv_len, .q = q, .k = kf, .v = vf,
                  .out = bout, .scale = info->scale, .threads = opt.threads, .style = opt.style};
  int nscratch = opt.style == BLAS_STYLE_OMP ? opt.threads : 1;
  float *scratch[1024];
  if (nscratch > 1024) die("--threads above 1024");
  for (int t = 0; t < nscratch; t++) scratch[t] = bench_alloc(blas_scratch_floats(&ba) * sizeof(float));
  ba.scratch = scratch;

  /* Metric: decode GB/s of cache read, prefill GFLOP/s of unmasked work. */
  double work = 0;
  for (int b = 0; b < c->batch; b++) {
    double l = kv_len[b];
    if (c->prefill)
      work += (2.0 * c->d + 2.0 * dv) * c->hq * (info->causal ? l * (l + 1) / 2 : l * l);
    else
      work += l * c->hkv * (double)(c->d + dv) * (double)esz;
  }
  const char *metric = c->prefill ? "GFLOP/s" : "GB/s";

  /* Warm up, then validate once against the reference (decode) or the
   * OpenBLAS result plus exact double rows (prefill: the reference's plain
   * loops would take minutes). */
  run_kernel(f, &a, c->name);
  run_kernel(f, &a, c->name);
  blas_attention(&ba);
  const double tol = BENCH_TOL;
  double err_k, err_b;
  char what[160];
  if (!c->prefill) {
    float *ref = bench_alloc(no * sizeof(float));
    attn_args ra = a;
    ra.out = ref;
    int rc = attnrt_reference(info, &ra);
    if (rc != 0) die("%s: reference returned %s (%s)", c->name, attnrt_strerror(rc), attnrt_last_error());
    err_k = max_abs_diff(out, ref, no);
    err_b = max_abs_diff(bout, ref, no);
    snprintf(what, sizeof what, "attnrt_reference over all %zu outputs", no);
    free(ref);
  } else {
    err_k = max_abs_diff(out, bout, no);
    err_b = 0;
    /* 64 spread-out (query, head) rows in double, for both. */
    double *ex = malloc(sizeof(double) * (size_t)dv);
    if (!ex) die("out of memory");
    for (int s = 0; s < 64; s++) {
      int b = s % c->batch, i = (int)(((uint64_t)s * 2654435761u + 7) % (uint64_t)c->len);
      if (s == 0) i = 0;
      if (s == 1) i = c->len - 1;
      int h = (s * 7) % c->hq;
      int64_t row = (int64_t)b * c->len + i;
      exact_row(&ba, b, i, row, h, ex);
      const float *ko = out + ((size_t)row * (size_t)c->hq + (size_t)h) * (size_t)dv;
      const float *bo = bout + ((size_t)row * (size_t)c->hq + (size_t)h) * (size_t)dv;
      for (int e = 0; e < dv; e++) {
        double ek = fabs(ko[e] - ex[e]), eb = fabs(bo[e] - ex[e]);
        if (!(ek <= err_k)) err_k = isnan(ek) ? INFINITY : ek;
        if (!(eb <= err_b)) err_b = isnan(eb) ? INFINITY : eb;
      }
    }
    free(ex);
    snprintf(what, sizeof what, "the OpenBLAS result over all %zu outputs and 64 exact (double) rows", no);
  }
  bool valid = err_k <= tol && err_b <= tol;
  if (!valid) {
    fprintf(stderr, "attncc-bench: error: %s: WRONG RESULTS, not benchmarked: max abs error %.3g (attncc), "
                    "%.3g (blas) against %s, tolerance %.3g\n",
            c->name, err_k, err_b, what, tol);
    failures++;
  }

  if (valid) {
    /* Repetitions: ceiling pass, kernel, baseline (until it has its own
     * minimum), until both minima are met. */
    int min_reps = opt.quick ? 3 : 5, max_reps = opt.quick ? 10 : 300;
    int blas_min_reps = opt.quick ? 2 : 5;
    double min_time = opt.quick ? 0.05 : 0.5;
    double *tk = malloc(sizeof(double) * (size_t)max_reps), *tb = malloc(sizeof(double) * (size_t)max_reps);
    double *cv = malloc(sizeof(double) * (size_t)max_reps), *fr = malloc(sizeof(double) * (size_t)max_reps);
    if (!tk || !tb || !cv || !fr) die("out of memory");
    int n = 0, nb = 0;
    double sum_k = 0, sum_b = 0;
    while (n < max_reps) {
      cv[n] = c->prefill ? fma_gflops(C.fma_iters) : read_gbs(C.n_pass);
      double t1 = attnrt_now();
      run_kernel(f, &a, c->name);
      tk[n] = attnrt_now() - t1;
      sum_k += tk[n];
      fr[n] = work / tk[n] / 1e9 / cv[n];
      n++;
      if (nb < blas_min_reps || sum_b < min_time) {
        double t2 = attnrt_now();
        blas_attention(&ba);
        tb[nb] = attnrt_now() - t2;
        sum_b += tb[nb++];
      }
      if (n >= min_reps && sum_k >= min_time && nb >= blas_min_reps && sum_b >= min_time) break;
      if (n >= min_reps && opt.quick && nb >= blas_min_reps) break;
    }
    result r = {.kase = c->name, .metric = metric, .reps = n, .blas_reps = nb, .jit_ms = jit_ms};
    r.value = work / median(tk, n) / 1e9;
    r.best = work / minimum(tk, n) / 1e9;
    r.ceiling = median(cv, n);
    r.ceiling_best = maximum(cv, n);
    r.frac = r.value / r.ceiling;
    r.frac_paired = median(fr, n);
    r.blas = work / median(tb, nb) / 1e9;
    r.blas_best = work / minimum(tb, nb) / 1e9;
    r.speedup = median(tb, nb) / median(tk, n);
    r.max_err = err_k;
    print_row(&r, true);
    free(tk);
    free(tb);
    free(cv);
    free(fr);
  }

  for (int t = 0; t < nscratch; t++) free(scratch[t]);
  free(bout);
  if (kf != (float *)kc) {
    free(kf);
    free(vf);
  }
  free(a.workspace);
  free(q);
  free(out);
  free(kc);
  free(vc);
  free(kv_len);
  attncc_kernel_free(k);
}

/* ---- compile latency ---------------------------------------------------- */

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static bool has_yaml_suffix(const char *s) {
  size_t n = strlen(s);
  return n > 5 && strcmp(s + n - 5, ".yaml") == 0;
}

/* Sorted *.yaml names in dir; exits when the directory cannot be read. */
static char **list_specs(const char *dir, int *count) {
  DIR *d = opendir(dir);
  if (!d) die("--specs %s: %s", dir, strerror(errno));
  char **v = NULL;
  int n = 0, capn = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!has_yaml_suffix(e->d_name)) continue;
    if (n == capn) {
      capn = capn ? 2 * capn : 16;
      v = realloc(v, sizeof(char *) * (size_t)capn);
      if (!v) die("out of memory");
    }
    v[n] = strdup(e->d_name);
    if (!v[n]) die("out of memory");
    n++;
  }
  closedir(d);
  if (n) qsort(v, (size_t)n, sizeof(char *), cmp_str);
  *count = n;
  return v;
}

static void compile_latency(char **names, int n) {
  int reps = opt.quick ? 3 : 20;
  attncc_options o;
  attncc_options_init(&o);
  for (int i = 0; i < n; i++) {
    char stem[256], kase[300], path[4096];
    snprintf(stem, sizeof stem, "%.*s", (int)(strlen(names[i]) - 5), names[i]);
    snprintf(kase, sizeof kase, "compile:%s", stem);
    if (!case_selected(kase)) continue;
    snprintf(path, sizeof path, "%s/%s", opt.specs, names[i]);
    double t[64];
    for (int r = 0; r < reps; r++) {
      attncc_diags *diags = NULL;
      double t0 = attnrt_now();
      attncc_kernel *k = attncc_jit_file(path, &o, &diags);
      if (k) attncc_kernel_free(k);
      t[r] = (attnrt_now() - t0) * 1e3;
      if (!k) {
        print_diags(diags);
        attncc_diags_free(diags);
        die("%s: compiling the spec failed", path);
      }
      attncc_diags_free(diags);
    }
    char extra[128];
    snprintf(extra, sizeof extra, ",\"first\":%.6g,\"reps\":%d", t[0], reps);
    result rw = {.kase = kase, .metric = "ms", .value = median(t, reps), .best = minimum(t, reps), .extra = extra};
    print_row(&rw, false);
  }
}

/* ---- command line ------------------------------------------------------- */

static void usage(FILE *to) {
  fprintf(to,
          "usage: attncc-bench [options]\n"
          "\n"
          "Measures this machine's ceilings (read/copy bandwidth, f32 FMA and bf16 dot peaks),\n"
          "attncc's JIT kernels against them (each repetition next to a short ceiling pass,\n"
          "medians beside bests), an OpenBLAS attention baseline, and compile latency.\n"
          "\n"
          "  --json            one JSON object per line instead of the table\n"
          "  --threads N       threads for everything (default: omp_get_max_threads() = %d)\n"
          "  --cases LIST      comma list of cases: decode_b1_l16384_f16, decode_b1_l16384_f32,\n"
          "                    decode_b8_l4096_f16, prefill_causal_s2048_f32, compile (all specs),\n"
          "                    compile:STEM (default: all)\n"
          "  --quick           smaller ceiling arrays and fewer repetitions (smoke test)\n"
          "  --specs DIR       specs for compile latency (default: %s)\n"
          "  --blas-style S    omp: OpenMP over (sequence, KV head), OpenBLAS at 1 thread (default);\n"
          "                    openblas: serial loop over heads, OpenBLAS threads each GEMM\n"
          "  --help            this text\n"
          "\n"
          "Exit status: 0, or 1 on an error or a kernel whose results are wrong.\n",
          omp_get_max_threads(), ATTNCC_BENCH_SPECS_DIR);
}

static bool case_selected(const char *name) {
  if (!opt.cases) return true;
  size_t n = strlen(name);
  for (const char *p = opt.cases; *p;) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len == n && strncmp(p, name, n) == 0) return true;
    if (len == 7 && strncmp(p, "compile", 7) == 0 && strncmp(name, "compile:", 8) == 0) return true;
    if (!e) break;
    p = e + 1;
  }
  return false;
}

/* Every name in --cases must mean something. */
static void check_cases(char **specs, int nspecs) {
  if (!opt.cases) return;
  if (!*opt.cases) die("--cases: empty list");
  for (const char *p = opt.cases; *p;) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    bool ok = len == 7 && strncmp(p, "compile", 7) == 0;
    for (int i = 0; i < NCASES && !ok; i++) ok = strlen(CASES[i].name) == len && !strncmp(p, CASES[i].name, len);
    for (int i = 0; i < nspecs && !ok; i++)
      ok = len == 8 + strlen(specs[i]) - 5 && !strncmp(p, "compile:", 8) &&
           !strncmp(p + 8, specs[i], strlen(specs[i]) - 5);
    if (!ok) die("--cases: unknown case '%.*s' (--help lists them)", (int)len, p);
    if (!e) break;
    p = e + 1;
  }
}

static void parse_args(int argc, char **argv) {
  opt.threads = omp_get_max_threads();
  opt.specs = ATTNCC_BENCH_SPECS_DIR;
  opt.style = BLAS_STYLE_OMP;
  for (int i = 1; i < argc; i++) {
    const char *s = argv[i];
    const char *val = NULL;
#define VALUE()                                                     \
  do {                                                              \
    if (i + 1 >= argc) die("%s needs a value (see --help)", s);     \
    val = argv[++i];                                                \
  } while (0)
    if (!strcmp(s, "--json")) {
      opt.json = true;
    } else if (!strcmp(s, "--quick")) {
      opt.quick = true;
    } else if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
      usage(stdout);
      exit(0);
    } else if (!strcmp(s, "--threads")) {
      VALUE();
      char *end;
      long t = strtol(val, &end, 10);
      if (*end || end == val || t < 1 || t > 1024) die("--threads: expected 1..1024, got '%s'", val);
      opt.threads = (int)t;
    } else if (!strcmp(s, "--cases")) {
      VALUE();
      opt.cases = val;
    } else if (!strcmp(s, "--specs")) {
      VALUE();
      opt.specs = val;
    } else if (!strcmp(s, "--blas-style")) {
      VALUE();
      if (!strcmp(val, "omp"))
        opt.style = BLAS_STYLE_OMP;
      else if (!strcmp(val, "openblas"))
        opt.style = BLAS_STYLE_OPENBLAS;
      else
        die("--blas-style: expected omp or openblas, got '%s'", val);
    } else {
      die("unknown option '%s' (see --help)", s);
    }
#undef VALUE
  }
}

/* OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE from the image's shell pin OpenBLAS to
 * AVX2 kernels and are read when the library loads: drop them and start
 * over, as a user's machine would not have them. */
static void reexec_without_openblas_env(char **argv) {
  const char *mark = getenv(REEXEC_MARK);
  if (mark) {
    note("unset %s from the environment and re-executed, as a user's machine would not have them "
         "(OpenBLAS reads them when it loads)",
         mark);
    unsetenv(REEXEC_MARK);
    return;
  }
  const char *ct = getenv("OPENBLAS_CORETYPE"), *l2 = getenv("OPENBLAS_L2_SIZE");
  if (!ct && !l2) return;
  char what[256];
  snprintf(what, sizeof what, "%s%s%s%s%s", ct ? "OPENBLAS_CORETYPE=" : "", ct ? ct : "", ct && l2 ? " " : "",
           l2 ? "OPENBLAS_L2_SIZE=" : "", l2 ? l2 : "");
  setenv(REEXEC_MARK, what, 1);
  unsetenv("OPENBLAS_CORETYPE");
  unsetenv("OPENBLAS_L2_SIZE");
  execv("/proc/self/exe", argv);
  unsetenv(REEXEC_MARK);
  note("could not re-execute without %s (%s): OpenBLAS keeps them", what, strerror(errno));
}

int main(int argc, char **argv) {
  reexec_without_openblas_env(argv);
  parse_args(argc, argv);

  char **specs = NULL;
  int nspecs = 0;
  bool want_compile = !opt.cases || strstr(opt.cases, "compile");
  if (want_compile) specs = list_specs(opt.specs, &nspecs);
  check_cases(specs, nspecs);
  bool want_kernels = false;
  for (int i = 0; i < NCASES; i++) want_kernels |= case_selected(CASES[i].name);

  FILE *info = opt.json ? stderr : stdout;
  fprintf(info, "attncc %s, %d threads, OpenBLAS %s (%s), blas style %s%s\n", attncc_version(), opt.threads,
          blas_corename(), blas_config(), opt.style == BLAS_STYLE_OMP ? "omp" : "openblas",
          opt.quick ? ", quick" : "");
  print_header();

  if (want_kernels) {
    measure_ceilings();
    for (int i = 0; i < NCASES; i++)
      if (case_selected(CASES[i].name)) run_case(&CASES[i]);
  }
  if (want_compile) {
    if (nspecs == 0)
      note("no *.yaml specs in %s: no compile-latency lines", opt.specs);
    else
      compile_latency(specs, nspecs);
  }
  for (int i = 0; i < nspecs; i++) free(specs[i]);
  free(specs);
  free(C.a);
  free(C.b);
  if (failures) {
    fprintf(stderr, "attncc-bench: %d case(s) failed\n", failures);
    return 1;
  }
  return 0;
}
