/*
 * attncc-bench: attncc's JIT kernels against this machine's own ceilings,
 * measured in the same run (DESIGN.md §5), and against an OpenBLAS attention
 * baseline; plus compile latency of the shipped specs.
 *
 *   ceilings   read bandwidth (decode's roofline), copy bandwidth, f32 FMA
 *              peak (f32 prefill's roofline), bf16 dot-product peak (bf16
 *              prefill's roofline)
 *   kernels    decode (GB/s of cache read) and causal prefill (GFLOP/s of
 *              unmasked work), each repetition right after a short ceiling
 *              pass, medians beside bests; validated before timing; with
 *              --scaling (the default of a full run) timed again at 1 thread;
 *              decode over paged, i8, q4 and fp8 caches (issue 6) timed
 *              against the f16 contiguous case (vs_f16_contiguous)
 *   baseline   sgemm, softmax, sgemm through OpenBLAS (bench/baseline.c)
 *   compile    median of 20 attncc_jit_file + attncc_kernel_free per spec,
 *              cold (ATTNCC_CACHE=off) and from a filled on-disk cache in a
 *              fresh temporary ATTNCC_CACHE_DIR
 *
 * Every case line also carries the issue-4 target for that case and whether
 * this run meets it (null for cases without one): a report only, the exit
 * status never depends on it.
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
#include <ftw.h>
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

/* Largest accepted |attncc - reference| on an output computed from f32/f16
 * data into f32 (outputs are convex combinations of V entries in [-1, 1]);
 * -DBENCH_TOL=0 exercises the wrong-result path.  The OpenBLAS baseline
 * (f32 arithmetic on f32 copies of the same inputs) is always held to it. */
#ifndef BENCH_TOL
#define BENCH_TOL 1e-5
#endif
/* Kernels with a bf16 query, cache or output: bf16 keeps 8 significant
 * bits, so the output's own rounding is up to 2^-9 relative and a kernel may
 * round probabilities to bf16 for its dot products. */
#ifndef BENCH_TOL_BF16
#define BENCH_TOL_BF16 (BENCH_TOL > 0 ? 2e-2 : 0)
#endif
/* An f16 output (11 significant bits). */
#ifndef BENCH_TOL_F16
#define BENCH_TOL_F16 (BENCH_TOL > 0 ? 2e-3 : 0)
#endif

/* Issue-4 targets that do not depend on the case (the per-case ones live in
 * the CASES table). */
#define TARGET_SCALING 1.8        /* t(1 thread) / t(N threads), at least */
#define TARGET_COMPILE_MS 25.0    /* cold compile, median, at most */
#define TARGET_CACHED_MS 2.0      /* compile from the on-disk cache, median, at most */

#define REEXEC_MARK "ATTNCC_BENCH_REEXECED"
#define GIB (1024.0 * 1024.0 * 1024.0)
#define MIB (1024.0 * 1024.0)

/* ---- options and small helpers ----------------------------------------- */

static struct {
  bool json, quick;
  int scaling; /* -1: on in a full run, off with --quick; 0/1: --no-scaling/--scaling */
  int threads;
  const char *cases; /* comma list or null (all) */
  const char *specs;
  blas_style style;
} opt = {.scaling = -1};

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

/* Counter-based 64-bit hash (splitmix64 of seed, i). */
static uint64_t mix64(uint64_t seed, uint64_t i) {
  uint64_t z = seed * 0x9E3779B97F4A7C15ull + i + 1;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/* Counter-based uniform in [-1, 1): the same data whatever the thread count. */
static float urand(uint64_t seed, uint64_t i) {
  return (float)((double)(mix64(seed, i) >> 40) / (double)(1ull << 23) - 1.0);
}

static void fill_random(void *p, int dtype, size_t n, uint64_t seed) {
#pragma omp parallel for schedule(static) num_threads(opt.threads)
  for (size_t i = 0; i < n; i++) attnrt_store(p, dtype, i, urand(seed, i));
}

/* The K (which 0) or V (1) cache of a kv kernel, every row a sequence sees
 * written through attnrt_cache_write_row, so each layout and type is in its
 * documented format (docs/layouts.md: i8/q4 quantized with their scales,
 * paged through a->page_table).  Row (b, t, h) holds urand(seed, i) at
 * element e, i its index in a token-major [batch][capacity][Hkv][W] array:
 * for an f32/f16/bf16 contiguous token-major cache the bytes fill_random
 * would write.  copy (or null): that array in f32 as the kernel sees it,
 * each element read back through attnrt_cache_load (dequantized). */
static void fill_cache(const attn_info *in, const attn_args *a, int which, const int32_t *kv_len, uint64_t seed,
                       float *copy) {
  const int W = which ? in->v_dim : in->dim, H = in->heads_kv;
  const int64_t cap = in->capacity;
  int bad = 0;
  char why[512] = "";
  if (W > 1024) die("fill_cache: rows of %d elements (1024 at most)", W);
  for (int b = 0; b < a->batch; b++) {
#pragma omp parallel for schedule(static) num_threads(opt.threads) reduction(| : bad)
    for (int32_t t = 0; t < kv_len[b]; t++) {
      float row[1024];
      for (int h = 0; h < H && !bad; h++) {
        size_t i0 = (((size_t)b * (size_t)cap + (size_t)t) * (size_t)H + (size_t)h) * (size_t)W;
        for (int e = 0; e < W; e++) row[e] = urand(seed, i0 + (size_t)e);
        if (attnrt_cache_write_row(in, a, which, b, t, h, row)) {
#pragma omp critical(bench_fill_cache)
          snprintf(why, sizeof why, "position %d, head %d: %s", (int)t, h, attnrt_last_error());
          bad = 1;
          break;
        }
        for (int e = 0; copy && e < W; e++) copy[i0 + (size_t)e] = attnrt_cache_load(in, a, which, b, t, h, e);
      }
    }
    if (bad) die("attnrt_cache_write_row (%s cache, sequence %d, %s)", which ? "V" : "K", b, why);
  }
}

/* dst[0..n) = src as f32 (src in `dtype`). */
static void to_f32(float *dst, const void *src, int dtype, size_t n) {
#pragma omp parallel for schedule(static) num_threads(opt.threads)
  for (size_t i = 0; i < n; i++) dst[i] = attnrt_load(src, dtype, i);
}

/* ---- output ------------------------------------------------------------- */

/* One issue-4 target of a case line: `field` must be >= limit (or <= limit
 * when is_max); value is NaN when this run did not measure it. */
typedef struct target {
  const char *field;
  double limit;
  bool is_max;
  double value;
} target;

typedef enum row_kind { ROW_CEILING, ROW_KERNEL, ROW_COMPILE } row_kind;

typedef struct result {
  const char *kase;
  const char *metric;
  double value, best;
  /* kernels */
  const char *ceiling_of; /* "read_bw", "fma_f32", "dot_bf16" */
  double ceiling, ceiling_best, frac, frac_paired;
  double blas, blas_best, speedup;
  int reps, blas_reps;
  double max_err, tol, jit_ms;
  bool scaled;            /* timed at 1 thread as well */
  double scaling, value_1t;
  double ceiling_1t;      /* the median of the 1-thread repetitions' paired ceiling passes */
  int reps_1t;
  const char *vs_key;     /* the case's vs_* field (vs_f32_prefill, vs_f16_contiguous), or null */
  double vs;              /* its value (NaN: the other case was not measured) */
  /* compile rows: the threads that did the work */
  int threads;
  target tg[4];
  int ntg;
  const char *extra; /* preformatted ",\"key\":value" pairs or null */
} result;

static void add_target(result *r, const char *field, double limit, bool is_max, double value) {
  if (r->ntg < (int)(sizeof r->tg / sizeof r->tg[0]))
    r->tg[r->ntg++] = (target){.field = field, .limit = limit, .is_max = is_max, .value = value};
}

/* 1: met, 0: missed, -1: not measured. */
static int target_met(const target *t) {
  if (!isfinite(t->value)) return -1;
  return t->is_max ? t->value <= t->limit : t->value >= t->limit;
}

/* Every target met: 1; one missed: 0; none missed but one not measured, or
 * no target at all: -1 (JSON null). */
static int targets_met(const result *r) {
  if (r->ntg == 0) return -1;
  int m = 1;
  for (int i = 0; i < r->ntg; i++) {
    int t = target_met(&r->tg[i]);
    if (t == 0) return 0;
    if (t < 0) m = -1;
  }
  return m;
}

static void json_num(const char *key, double v, bool comma) {
  if (isfinite(v))
    printf("%s\"%s\":%.6g", comma ? "," : "", key, v);
  else
    printf("%s\"%s\":null", comma ? "," : "", key);
}

static const char *json_bool(int met) { return met > 0 ? "true" : met == 0 ? "false" : "null"; }

static void fmt_cell(char *buf, size_t n, double v) {
  if (!isfinite(v))
    snprintf(buf, n, "-");
  else if (fabs(v) >= 100)
    snprintf(buf, n, "%.1f", v);
  else
    snprintf(buf, n, "%.3g", v);
}

#define ROW_FMT "%-32s %-7s %9s %9s %9s %6s %9s %8s %8s %7s %5s\n"

static void print_header(void) {
  if (opt.json) return;
  printf(ROW_FMT, "case", "metric", "median", "best", "ceiling", "frac", "blas", "speedup", "scaling",
         "vs", "meets");
}

static void print_row(const result *r, row_kind kind) {
  bool kernel = kind == ROW_KERNEL;
  if (opt.json) {
    printf("{\"name\":\"%s\",\"case\":\"%s\",\"metric\":\"%s\"", r->kase, r->kase, r->metric);
    json_num("median", r->value, true);
    json_num("value", r->value, true);
    json_num("best", r->best, true);
    if (kind != ROW_CEILING) {
      json_num("ceiling", kernel ? r->ceiling : NAN, true);
      json_num("frac_of_ceiling", kernel ? r->frac : NAN, true);
      json_num("blas", kernel ? r->blas : NAN, true);
      json_num("speedup_vs_blas", kernel ? r->speedup : NAN, true);
      printf(",\"threads\":%d", kernel ? opt.threads : r->threads);
    }
    if (kernel) {
      if (r->scaled) {
        json_num("scaling_1_to_N", r->scaling, true);
        json_num("median_1_thread", r->value_1t, true);
        printf(",\"reps_1_thread\":%d", r->reps_1t);
        json_num("ceiling_1_thread", r->ceiling_1t, true);
        json_num("ceiling_scaling", r->ceiling / r->ceiling_1t, true);
      }
      if (r->vs_key) json_num(r->vs_key, r->vs, true);
      printf(",\"ceiling_of\":\"%s\"", r->ceiling_of);
      json_num("ceiling_best", r->ceiling_best, true);
      json_num("frac_paired_median", r->frac_paired, true);
      json_num("blas_best", r->blas_best, true);
      json_num("max_abs_err", r->max_err, true);
      json_num("tolerance", r->tol, true);
      json_num("jit_ms", r->jit_ms, true);
      printf(",\"reps\":%d,\"blas_reps\":%d", r->reps, r->blas_reps);
      printf(",\"blas_style\":\"%s\"", opt.style == BLAS_STYLE_OMP ? "omp" : "openblas");
    }
    if (r->extra) fputs(r->extra, stdout);
    if (kind != ROW_CEILING) {
      printf(",\"targets\":{");
      for (int i = 0; i < r->ntg; i++) {
        printf("%s\"%s\":{\"%s\":%.6g,\"meets\":%s}", i ? "," : "", r->tg[i].field, r->tg[i].is_max ? "max" : "min",
               r->tg[i].limit, json_bool(target_met(&r->tg[i])));
      }
      printf("},\"meets\":%s", json_bool(targets_met(r)));
    }
    puts("}");
  } else {
    char c[8][32];
    fmt_cell(c[0], 32, r->value);
    fmt_cell(c[1], 32, r->best);
    fmt_cell(c[2], 32, kernel ? r->ceiling : NAN);
    fmt_cell(c[3], 32, kernel ? r->frac : NAN);
    fmt_cell(c[4], 32, kernel ? r->blas : NAN);
    fmt_cell(c[5], 32, kernel ? r->speedup : NAN);
    fmt_cell(c[6], 32, kernel && r->scaled ? r->scaling : NAN);
    fmt_cell(c[7], 32, kernel && r->vs_key ? r->vs : NAN);
    int met = targets_met(r);
    const char *meets = kind == ROW_CEILING || r->ntg == 0 ? "-" : met > 0 ? "yes" : met == 0 ? "no" : "?";
    printf(ROW_FMT, r->kase, r->metric, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], meets);
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
  bool have_bf16;   /* avx512bf16: a bf16 dot-product ceiling */
  double fma_median; /* GFLOP/s of ceiling:fma_f32 (slim cases: fraction of FMA peak) */
  volatile double sink;
} C;

static double read_gbs_t(size_t n, int threads) {
  double t0 = attnrt_now();
  C.sink += bench_read(C.a, n, threads);
  double t = attnrt_now() - t0;
  return (double)n * sizeof(float) / t / 1e9;
}

static double read_gbs(size_t n) { return read_gbs_t(n, opt.threads); }

static double copy_gbs(void) {
  double t0 = attnrt_now();
  bench_copy(C.b, C.a, C.n_copy, opt.threads);
  double t = attnrt_now() - t0;
  C.sink += C.b[C.n_copy / 2];
  return 2.0 * (double)C.n_copy * sizeof(float) / t / 1e9;
}

static double fma_gflops_t(long iters, int threads) {
  double per;
  double t0 = attnrt_now();
  C.sink += bench_fma_f32(iters, threads, &per);
  double t = attnrt_now() - t0;
  return per * (double)iters / t / 1e9;
}

static double fma_gflops(long iters) { return fma_gflops_t(iters, opt.threads); }

static double bf16_gflops_t(long iters, int threads) {
  double per;
  double t0 = attnrt_now();
  double s = bench_dot_bf16(iters, threads, &per);
  double t = attnrt_now() - t0;
  if (per == 0) return NAN;
  C.sink += s;
  return per * (double)iters / t / 1e9;
}

static double bf16_gflops(long iters) { return bf16_gflops_t(iters, opt.threads); }

static void ceiling_row(const char *name, const char *metric, const double *v, int n, const char *extra) {
  result r = {.kase = name, .metric = metric, .value = median(v, n), .best = maximum(v, n), .extra = extra};
  print_row(&r, ROW_CEILING);
}

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
  double pass_s = opt.quick ? 0.005 : 0.02;
  C.fma_iters = (long)(pass_s * g * 1e9 / (per * opt.threads));
  if (C.fma_iters < 1024) C.fma_iters = 1024;
  for (int i = 0; i < reps; i++) v[i] = fma_gflops(4 * C.fma_iters);
  snprintf(extra, sizeof extra, ",\"path\":\"%s\",\"flops_per_fma_lane\":2,\"threads\":%d",
           bench_fma_f32_path(), opt.threads);
  ceiling_row("ceiling:fma_f32", "GFLOP/s", v, reps, extra);
  C.fma_median = median(v, reps);

  C.have_bf16 = !isnan(bf16_gflops(1024));
  if (!C.have_bf16) {
    note("no avx512bf16 on this CPU: no ceiling:dot_bf16 line; bf16 prefill is held to the f32 FMA peak");
  } else {
    for (int i = 0; i < reps; i++) v[i] = bf16_gflops(4 * C.fma_iters);
    snprintf(extra, sizeof extra,
             ",\"path\":\"vdpbf16ps, 16 zmm chains\",\"flops_per_instruction\":64,\"threads\":%d",
             opt.threads);
    ceiling_row("ceiling:dot_bf16", "GFLOP/s", v, reps, extra);
  }
}

typedef enum ceil_kind { CEIL_READ, CEIL_FMA, CEIL_BF16 } ceil_kind;

static const char *ceil_name(ceil_kind k) { return k == CEIL_READ ? "read_bw" : k == CEIL_FMA ? "fma_f32" : "dot_bf16"; }

/* The short ceiling pass paired with each kernel repetition, on the
 * threads the repetition runs on (the scaling pass: 1). */
static double ceiling_pass(ceil_kind k, int threads) {
  switch (k) {
  case CEIL_READ:
    return read_gbs_t(C.n_pass, threads);
  case CEIL_FMA:
    return fma_gflops_t(C.fma_iters, threads);
  case CEIL_BF16:
    return bf16_gflops_t(C.fma_iters, threads);
  }
  return NAN;
}

/* ---- kernel cases ------------------------------------------------------- */

typedef struct bcase {
  const char *name;
  int prefill;
  int batch, len; /* sequences; keys per sequence (= capacity) */
  int hq, hkv, d;
  int cache;      /* attn_dtype of the cache */
  int qo;         /* attn_dtype of the queries and the output */
  int page_size;  /* > 0: cache.layout paged, pages of this many tokens (a shuffled page table) */
  int window;     /* > 0: mask.window (issue 7; causal): decode reads the window, prefill skips the rest */
  int noncausal;  /* prefill without mask.causal (encoders) */
  int docs;       /* > 0: mask.documents, `docs` documents of len / docs tokens each (prefill) */
  int sparse;     /* > 0: mask.block_sparse, blocks of 64, this percentage of each block row listed (prefill) */
  /* issue-4 targets (0: none): fraction of the ceiling, speedup over the
   * baseline, ratio to the median of case `vs` measured in the same run */
  double t_frac, t_speedup, t_vs;
  /* `vs`: a case measured earlier in the same run; the line gets
   * vs_key = median time of `vs` / median time of this case (null when `vs`
   * was not measured).  For the same work that is also the ratio of the
   * medians of the metric (vs_f32_prefill: GFLOP/s over GFLOP/s). */
  const char *vs, *vs_key;
  bool no_target; /* reported only (issue 6): no target at all, `meets` null */
  const char *slim; /* cache.store k_only in this slim.order (MHA: hkv == hq), or null */
} bcase;

/* The decode shape of the issue-4 cases: Hq 32, Hkv 8, D 128, causal. */
#define GQA_DECODE(n, b, l, ct, qt) \
  .name = n, .batch = b, .len = l, .hq = 32, .hkv = 8, .d = 128, .cache = ct, .qo = qt
#define MHA_DECODE(n, ct) \
  .name = n, .batch = 1, .len = 16384, .hq = 32, .hkv = 32, .d = 128, .cache = ct, .qo = ATTN_F32
/* issue 6: the cache's layout and type at the shape of decode_b1_l16384_f16,
 * timed against it (which must run first: it precedes them here) */
#define LAYOUT_DECODE(n, ct, ps) \
  GQA_DECODE(n, 1, 16384, ct, ATTN_F32), .page_size = ps, .vs = "decode_b1_l16384_f16", \
  .vs_key = "vs_f16_contiguous", .no_target = true

static const bcase CASES[] = {
    {GQA_DECODE("decode_b1_l16384_f16", 1, 16384, ATTN_F16, ATTN_F32), .t_frac = 0.85},
    {GQA_DECODE("decode_b1_l16384_f32", 1, 16384, ATTN_F32, ATTN_F32), .t_frac = 0.85},
    {GQA_DECODE("decode_b1_l16384_bf16", 1, 16384, ATTN_BF16, ATTN_BF16), .t_frac = 0.85},
    {GQA_DECODE("decode_b1_l1024_f16", 1, 1024, ATTN_F16, ATTN_F32), .t_frac = 0.60},
    {GQA_DECODE("decode_b8_l4096_f16", 8, 4096, ATTN_F16, ATTN_F32), .t_frac = 0.85},
    /* issue 6: paged (pages of 16 from a shuffled pool) and quantized caches */
    {LAYOUT_DECODE("decode_b1_l16384_paged_f16", ATTN_F16, 16)},
    {LAYOUT_DECODE("decode_b1_l16384_i8", ATTN_I8, 0)},
    {LAYOUT_DECODE("decode_b1_l16384_q4", ATTN_Q4, 0)},
    {LAYOUT_DECODE("decode_b1_l16384_fp8", ATTN_FP8_E4M3, 0)},
    {.name = "prefill_causal_s2048_f32", .prefill = 1, .batch = 1, .len = 2048, .hq = 32, .hkv = 32, .d = 128,
     .cache = ATTN_F32, .qo = ATTN_F32, .t_frac = 0.60, .t_speedup = 3},
    {.name = "prefill_causal_s2048_bf16", .prefill = 1, .batch = 1, .len = 2048, .hq = 32, .hkv = 32, .d = 128,
     .cache = ATTN_BF16, .qo = ATTN_BF16, .t_vs = 1.5, .vs = "prefill_causal_s2048_f32",
     .vs_key = "vs_f32_prefill"},
    /* issue 7: a 1024-key sliding window at 16384 keys against the full
     * causal kernel on the same cache (time ratio vs_full_causal >= 10).
     * Prefill with 2 heads (D 64) keeps the full S = 16384 case to ~1 s a
     * run; its window visits 8.2x fewer (query, key) pairs than causal. */
    {GQA_DECODE("decode_b1_l16384_window1024_f16", 1, 16384, ATTN_F16, ATTN_F32), .window = 1024,
     .t_vs = 10, .vs = "decode_b1_l16384_f16", .vs_key = "vs_full_causal"},
    {.name = "prefill_causal_s16384_h2_f32", .prefill = 1, .batch = 1, .len = 16384, .hq = 2, .hkv = 2, .d = 64,
     .cache = ATTN_F32, .qo = ATTN_F32, .no_target = true},
    {.name = "prefill_window1024_s16384_h2_f32", .prefill = 1, .batch = 1, .len = 16384, .hq = 2, .hkv = 2,
     .d = 64, .cache = ATTN_F32, .qo = ATTN_F32, .window = 1024, .t_vs = 10,
     .vs = "prefill_causal_s16384_h2_f32", .vs_key = "vs_full_causal"},
    /* issue 7: a block layout listing 10% of the 64-position blocks of each
     * block row (the diagonal one among them) against dense attention on the
     * same shape, both without a causal mask (time ratio vs_dense >= 5) */
    {.name = "prefill_dense_s8192_h4_f32", .prefill = 1, .batch = 1, .len = 8192, .hq = 4, .hkv = 4, .d = 64,
     .cache = ATTN_F32, .qo = ATTN_F32, .noncausal = 1, .no_target = true},
    {.name = "prefill_blocksparse10_s8192_h4_f32", .prefill = 1, .batch = 1, .len = 8192, .hq = 4, .hkv = 4,
     .d = 64, .cache = ATTN_F32, .qo = ATTN_F32, .noncausal = 1, .sparse = 10, .t_vs = 5,
     .vs = "prefill_dense_s8192_h4_f32", .vs_key = "vs_dense"},
    /* issue 7: 8 packed documents of 256 tokens in one causal prefill
     * against the same 8 sequences as a batch (vs_separate = time of the
     * batch / time of the packed call: >= 0.8, "about the same, +-25%") */
    {.name = "prefill_separate_b8_s256_f32", .prefill = 1, .batch = 8, .len = 256, .hq = 32, .hkv = 8, .d = 128,
     .cache = ATTN_F32, .qo = ATTN_F32, .no_target = true},
    {.name = "prefill_documents_8x256_f32", .prefill = 1, .batch = 1, .len = 2048, .hq = 32, .hkv = 8, .d = 128,
     .cache = ATTN_F32, .qo = ATTN_F32, .docs = 8, .t_vs = 0.8, .vs = "prefill_separate_b8_s256_f32",
     .vs_key = "vs_separate"},
    /* issue 5: slim attention decode in both orders beside the MHA decode
     * whose K+V cache it halves (the MHA case first: the slim lines give
     * their time against it) */
    {MHA_DECODE("decode_b1_l16384_mha_f16", ATTN_F16)},
    {MHA_DECODE("slim_decode_l16384_scores_first", ATTN_F16), .slim = "scores_first"},
    {MHA_DECODE("slim_decode_l16384_values_first", ATTN_F16), .slim = "values_first"},
};
#define NCASES (int)(sizeof CASES / sizeof CASES[0])

/* Median metric and median time (s) of each case measured in this run
 * (NaN: not run or invalid). */
static double case_median[NCASES], case_time[NCASES];

/* The spec's name of a type (types.q, types.cache, types.out). */
static const char *dtype_name(int t) {
  switch (t) {
  case ATTN_F32: return "f32";
  case ATTN_F16: return "f16";
  case ATTN_BF16: return "bf16";
  case ATTN_I8: return "i8";
  case ATTN_Q4: return "q4";
  case ATTN_FP8_E4M3: return "fp8_e4m3";
  case ATTN_FP8_E5M2: return "fp8_e5m2";
  }
  return "?";
}

static double case_tol(const bcase *c) {
  if (c->cache == ATTN_BF16 || c->qo == ATTN_BF16) return BENCH_TOL_BF16;
  if (c->qo == ATTN_F16) return BENCH_TOL_F16;
  return BENCH_TOL;
}

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

/* Block size of the block-sparse cases. */
#define BENCH_BLOCK 64

/* The run-time masks of a case (null: none): documents of len / docs
 * tokens each; block rows listing sparse% of the key blocks (at least one,
 * the diagonal block among them, so that every query sees a key), drawn
 * with a fixed seed. */
typedef struct bench_masks {
  int32_t *doc, *brow, *bcol;
} bench_masks;

static bench_masks make_masks(const bcase *c, int cap) {
  bench_masks m = {0};
  if (c->docs > 0) {
    m.doc = malloc(sizeof(int32_t) * (size_t)c->batch * (size_t)cap);
    if (!m.doc) die("out of memory");
    for (int b = 0; b < c->batch; b++)
      for (int p = 0; p < cap; p++) m.doc[(size_t)b * cap + p] = p / (c->len / c->docs);
  }
  if (c->sparse > 0) {
    int nb = (cap + BENCH_BLOCK - 1) / BENCH_BLOCK, per = (nb * c->sparse + 50) / 100, n = 0;
    per = per < 1 ? 1 : per;
    m.brow = malloc(sizeof(int32_t) * (size_t)c->batch * (size_t)(nb + 1));
    m.bcol = malloc(sizeof(int32_t) * (size_t)c->batch * (size_t)nb * (size_t)per + 1);
    char *pick = malloc((size_t)nb);
    if (!m.brow || !m.bcol || !pick) die("out of memory");
    for (int b = 0; b < c->batch; b++)
      for (int i = 0; i <= nb; i++) {
        m.brow[b * (nb + 1) + i] = n;
        if (i == nb) break;
        memset(pick, 0, (size_t)nb);
        pick[i] = 1;
        for (int got = 1, t = 0; got < per; t++) {
          int col = (int)(mix64(11 + (uint64_t)b, (uint64_t)i * 1000003u + (uint64_t)t) % (uint64_t)nb);
          if (!pick[col]) pick[col] = 1, got++;
        }
        for (int col = 0; col < nb; col++)
          if (pick[col]) m.bcol[n++] = col;
      }
    free(pick);
  }
  return m;
}

/* (query, key) pairs sequence b's queries see under the case's masks. */
static double mask_pairs(const blas_attn *ba, int b, int len) {
  double n = 0;
  if (ba->block_row) { /* whole blocks, clipped to len and to the causal half */
    int bs = ba->block_size, nb = (ba->capacity + bs - 1) / bs;
    for (int i = 0; i * bs < len; i++)
      for (int32_t t = ba->block_row[b * (nb + 1) + i]; t < ba->block_row[b * (nb + 1) + i + 1]; t++)
        for (int q = i * bs; q < (i + 1) * bs && q < len; q++)
          for (int j = ba->block_col[t] * bs; j < (ba->block_col[t] + 1) * bs && j < len; j++)
            n += (!ba->causal || j <= q) && (!ba->doc_id || blas_visible(ba, b, q, j));
    return n;
  }
  for (int q = 0; q < len; q++) /* documents */
    for (int j = 0; j <= (ba->causal ? q : len - 1); j++) n += blas_visible(ba, b, q, j);
  return n;
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
  int masked = ba->doc_id || ba->block_row;
  int lo = ba->window && pos + 1 > ba->window ? pos + 1 - ba->window : 0; /* keys before the window: 0 */
  const float *q = ba->q + ((size_t)row * (size_t)ba->hq + (size_t)h) * (size_t)ba->d;
  double *s = calloc((size_t)n, sizeof(double)), m = -INFINITY, sum = 0;
  if (!s) die("out of memory");
  for (int j = lo; j < n; j++) {
    const float *k = ba->k + (((size_t)b * (size_t)ba->capacity + (size_t)j) * (size_t)ba->hkv + (size_t)kvh) *
                                 (size_t)ba->d;
    double dot = 0;
    for (int e = 0; e < ba->d; e++) dot += (double)q[e] * (double)k[e];
    s[j] = masked && !blas_visible(ba, b, pos, j) ? -INFINITY : dot * (double)ba->scale;
    m = s[j] > m ? s[j] : m;
  }
  for (int e = 0; e < ba->dv; e++) o[e] = 0;
  for (int j = lo; j < n; j++) {
    if (s[j] == -INFINITY) continue;
    double p = exp(s[j] - m);
    sum += p;
    const float *v = ba->v + (((size_t)b * (size_t)ba->capacity + (size_t)j) * (size_t)ba->hkv + (size_t)kvh) *
                                 (size_t)ba->dv;
    for (int e = 0; e < ba->dv; e++) o[e] += p * (double)v[e];
  }
  for (int e = 0; e < ba->dv; e++) o[e] /= sum;
  free(s);
}

/* What an output is checked against: decode, the reference over every
 * output (computed with an f32 output, so that it is not itself rounded to
 * the kernel's output type); prefill, the OpenBLAS result over every output
 * plus NEXACT spread-out rows in double. */
#define NEXACT 64
typedef struct checker {
  const float *ref;  /* [no] */
  size_t no;
  int hq, dv, nexact;
  int64_t row[NEXACT];
  int head[NEXACT];
  double *exact;     /* [nexact][dv] */
} checker;

static double rows_error(const checker *k, const float *o) {
  double m = 0;
  for (int s = 0; s < k->nexact; s++) {
    const float *x = o + ((size_t)k->row[s] * (size_t)k->hq + (size_t)k->head[s]) * (size_t)k->dv;
    const double *ex = k->exact + (size_t)s * (size_t)k->dv;
    for (int e = 0; e < k->dv; e++) {
      double err = fabs((double)x[e] - ex[e]);
      if (!(err <= m)) m = isnan(err) ? INFINITY : err;
    }
  }
  return m;
}

/* Largest error of the kernel output `out` (in `dtype`; outf: its f32 copy,
 * refreshed here unless it is `out` itself). */
static double kernel_error(const checker *k, const void *out, int dtype, float *outf) {
  if ((const void *)outf != out) to_f32(outf, out, dtype, k->no);
  double e = max_abs_diff(outf, k->ref, k->no), r = rows_error(k, outf);
  return r > e ? r : e;
}

/* Timed repetitions: ceiling pass, kernel, then the baseline (when given,
 * until it has its own minimum), until both minima are met. */
typedef struct samples {
  int n, nb;
  double *tk, *tb, *cv, *fr; /* kernel s, baseline s, paired ceiling, kernel / ceiling */
} samples;

static void time_reps(const attncc_fns *f, const attn_args *a, const char *name, ceil_kind ck, double work,
                      const blas_attn *ba, samples *s) {
  int min_reps = opt.quick ? 3 : 5, max_reps = opt.quick ? 10 : 300;
  int blas_min_reps = ba ? (opt.quick ? 2 : 5) : 0;
  double min_time = opt.quick ? 0.05 : 0.5, blas_min_time = ba ? min_time : 0;
  s->tk = malloc(sizeof(double) * (size_t)max_reps);
  s->tb = malloc(sizeof(double) * (size_t)max_reps);
  s->cv = malloc(sizeof(double) * (size_t)max_reps);
  s->fr = malloc(sizeof(double) * (size_t)max_reps);
  if (!s->tk || !s->tb || !s->cv || !s->fr) die("out of memory");
  int n = 0, nb = 0;
  double sum_k = 0, sum_b = 0;
  while (n < max_reps) {
    s->cv[n] = ceiling_pass(ck, a->num_threads > 0 ? a->num_threads : opt.threads);
    double t1 = attnrt_now();
    run_kernel(f, a, name);
    s->tk[n] = attnrt_now() - t1;
    sum_k += s->tk[n];
    s->fr[n] = work / s->tk[n] / 1e9 / s->cv[n];
    n++;
    if (ba && (nb < blas_min_reps || sum_b < blas_min_time)) {
      double t2 = attnrt_now();
      blas_attention(ba);
      s->tb[nb] = attnrt_now() - t2;
      sum_b += s->tb[nb++];
    }
    if (n >= min_reps && sum_k >= min_time && nb >= blas_min_reps && sum_b >= blas_min_time) break;
    if (n >= min_reps && opt.quick && nb >= blas_min_reps) break;
    if (n >= 2 && sum_k >= 10 * min_time && nb >= blas_min_reps && sum_b >= blas_min_time)
      break; /* kernels of seconds (slim values_first decode): two repetitions */
  }
  s->n = n;
  s->nb = nb;
}

static void free_samples(samples *s) {
  free(s->tk);
  free(s->tb);
  free(s->cv);
  free(s->fr);
}

static bool case_selected(const char *name);
static bool scaling_on(void) { return opt.scaling > 0 || (opt.scaling < 0 && !opt.quick); }
static bool blas_note_done;

static void run_slim_case(int ci);
static attncc_kernel *jit_text(const char *text, const char *name, double *ms);

static void run_case(int ci) {
  const bcase *c = &CASES[ci];
  if (c->slim) {
    run_slim_case(ci);
    return;
  }
  char text[640], layout[64] = "", window[96] = "";
  if (c->page_size > 0) snprintf(layout, sizeof layout, ", layout: paged, page_size: %d", c->page_size);
  if (c->window > 0) snprintf(window, sizeof window, ", window: %d", c->window);
  if (c->docs > 0) snprintf(window, sizeof window, ", documents: true");
  if (c->sparse > 0) snprintf(window, sizeof window, ", block_sparse: runtime, block_size: %d", BENCH_BLOCK);
  if ((c->docs || c->sparse) && (!c->prefill || c->window)) die("%s: documents and blocks are prefill cases", c->name);
  snprintf(text, sizeof text,
           "attncc: 1\nname: bench_%s\nphase: %s\nheads: {q: %d, kv: %d, dim: %d}\n"
           "types: {q: %s, cache: %s, out: %s}\ncache: {capacity: %d%s}\nmask: {causal: %s%s}\n",
           c->name, c->prefill ? "prefill" : "decode", c->hq, c->hkv, c->d, dtype_name(c->qo),
           dtype_name(c->cache), dtype_name(c->qo), c->len, layout,
           (c->prefill && !c->noncausal) || c->window ? "true" : "false", window);
  double jit_ms;
  attncc_kernel *k = jit_text(text, c->name, &jit_ms);
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *info = f->info();

  int dv = info->v_dim, cap = info->capacity;
  int64_t total_q = c->prefill ? (int64_t)c->batch * c->len : c->batch;
  size_t qsz = attnrt_dtype_size(c->qo);
  size_t nq = (size_t)total_q * (size_t)c->hq * (size_t)c->d;
  size_t no = (size_t)total_q * (size_t)c->hq * (size_t)dv;
  /* Elements of the logical caches [batch][capacity][Hkv][D or Dv] (the
   * baseline's f32 copies). */
  size_t nk = (size_t)c->batch * (size_t)cap * (size_t)c->hkv * (size_t)c->d;
  size_t nv = (size_t)c->batch * (size_t)cap * (size_t)c->hkv * (size_t)dv;

  int32_t *kv_len = malloc(sizeof(int32_t) * (size_t)c->batch);
  if (!kv_len) die("out of memory");
  for (int b = 0; b < c->batch; b++) kv_len[b] = c->len;
  void *q = bench_alloc(nq * qsz);
  void *out = bench_alloc(no * qsz);
  fill_random(q, c->qo, nq, 1);
  memset(out, 0, no * qsz);
  float *outf = c->qo == ATTN_F32 ? out : bench_alloc(no * sizeof(float)); /* f32 view of out */

  /* The caches in blocks of their layout (docs/layouts.md): a sequence's
   * (contiguous) or a page's of a pool (paged: sequence b's pages in a
   * shuffled order, as in an engine's pool after some churn). */
  bool paged = info->layout == ATTN_PAGED;
  int T = paged ? info->page_size : cap;
  int32_t per_seq = paged ? (cap + T - 1) / T : 0, npages = c->batch * per_seq;
  size_t kbb = attnrt_block_bytes(info, 0), vbb = attnrt_block_bytes(info, 1);
  if (!kbb || !vbb) die("%s: attnrt_block_bytes: %s", c->name, attnrt_last_error());
  size_t blocks = paged ? (size_t)npages : (size_t)c->batch;
  void *kc = bench_alloc(blocks * kbb), *vc = bench_alloc(blocks * vbb);
  int32_t *table = NULL;
  if (paged) {
    table = malloc(sizeof(int32_t) * (size_t)npages);
    if (!table) die("out of memory");
    for (int32_t i = 0; i < npages; i++) table[i] = i;
    for (int32_t i = npages - 1; i > 0; i--) { /* Fisher-Yates, fixed seed */
      int32_t j = (int32_t)(mix64(7, (uint64_t)i) % (uint64_t)(i + 1)), t = table[i];
      table[i] = table[j];
      table[j] = t;
    }
  }

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
  if (paged) {
    a.page_table = table;
    a.num_pages = npages;
  }
  bench_masks masks = make_masks(c, cap);
  a.doc_id = masks.doc, a.block_row = masks.brow, a.block_col = masks.bcol;

  /* The baseline reads f32 token-major [batch][capacity][Hkv][D]: an f32
   * contiguous cache directly, anything else through a copy the user
   * converts (dequantizes, gathers from pages) once, untimed. */
  bool f32_direct = c->cache == ATTN_F32 && !paged && info->order == ATTN_TOKEN_MAJOR;
  float *kf = f32_direct ? kc : bench_alloc(nk * sizeof(float));
  float *vf = f32_direct ? vc : bench_alloc(nv * sizeof(float));
  fill_cache(info, &a, 0, kv_len, 2, f32_direct ? NULL : kf);
  fill_cache(info, &a, 1, kv_len, 3, f32_direct ? NULL : vf);

  /* The same arguments at 1 thread (the split may differ: its own workspace size). */
  bool scale = scaling_on() && opt.threads > 1;
  attn_args a1 = a;
  a1.num_threads = 1;
  int64_t ws = f->workspace(&a);
  if (ws < 0) die("%s: workspace query returned %s (%s)", c->name, attnrt_strerror((int)ws), attnrt_last_error());
  if (scale) {
    int64_t ws1 = f->workspace(&a1);
    if (ws1 < 0)
      die("%s: workspace query (1 thread) returned %s (%s)", c->name, attnrt_strerror((int)ws1),
          attnrt_last_error());
    ws = ws1 > ws ? ws1 : ws;
  }
  if (ws > 0) {
    a.workspace = a1.workspace = bench_alloc((size_t)ws);
    a.workspace_size = a1.workspace_size = (size_t)ws;
  }

  float *qf = q;
  if (c->qo != ATTN_F32) {
    qf = bench_alloc(nq * sizeof(float));
    to_f32(qf, q, c->qo, nq);
  }
  if ((c->qo != ATTN_F32 || !f32_direct) && !blas_note_done) {
    note("blas baseline: f16/bf16 queries and f16/bf16/quantized/paged caches are converted to f32 "
         "token-major copies once before timing (not timed; quantized caches dequantized through "
         "attnrt_cache_load, paged ones gathered in position order), its output is f32; its figure "
         "divides the kernel's work (bytes of the kernel's own cache for decode) by the baseline's time");
    blas_note_done = true;
  }
  float *bout = bench_alloc(no * sizeof(float));
  blas_attn ba = {.batch = c->batch, .hq = c->hq, .hkv = c->hkv, .d = c->d, .dv = dv, .capacity = cap,
                  .causal = info->causal, .window = info->window, .prefill = c->prefill, .kv_len = kv_len,
                  .q = qf, .k = kf, .v = vf,
                  .out = bout, .scale = info->scale, .threads = opt.threads, .style = opt.style,
                  .doc_id = masks.doc, .block_row = masks.brow, .block_col = masks.bcol, .block_size = BENCH_BLOCK};
  int nscratch = opt.style == BLAS_STYLE_OMP ? opt.threads : 1;
  float *scratch[1024];
  if (nscratch > 1024) die("--threads above 1024");
  for (int t = 0; t < nscratch; t++) scratch[t] = bench_alloc(blas_scratch_floats(&ba) * sizeof(float));
  ba.scratch = scratch;

  /* Metric: decode GB/s of cache read, prefill GFLOP/s of unmasked work.
   * Decode bytes: the cache's own bytes for the keys read, scales included
   * (block bytes / tokens a block = Hkv (D + Dv) x element size, + i8's f32
   * per row, + q4's f16 per 32 elements), plus 4 bytes a page-table entry. */
  double work = 0, bytes_per_token = (double)(kbb + vbb) / T, w = info->window;
  for (int b = 0; b < c->batch; b++) {
    double l = kv_len[b];
    if (c->prefill && (c->docs || c->sparse)) /* the pairs the mask leaves */
      work += (2.0 * c->d + 2.0 * dv) * c->hq * (double)mask_pairs(&ba, b, kv_len[b]);
    else if (c->prefill) /* (query, key) pairs: causal sum of min(i + 1, window) */
      work += (2.0 * c->d + 2.0 * dv) * c->hq *
              (!info->causal ? l * l : w > 0 && l > w ? w * (w + 1) / 2 + (l - w) * w : l * (l + 1) / 2);
    else /* the keys read: the window's */
      work += (w > 0 && l > w ? w : l) * bytes_per_token + (paged ? 4.0 * ((kv_len[b] + T - 1) / T) : 0);
  }
  const char *metric = c->prefill ? "GFLOP/s" : "GB/s";
  bool bf16 = c->cache == ATTN_BF16 || c->qo == ATTN_BF16;
  ceil_kind ck = !c->prefill ? CEIL_READ : bf16 && C.have_bf16 ? CEIL_BF16 : CEIL_FMA;

  /* Warm up, then validate once against the reference (decode) or the
   * OpenBLAS result plus exact double rows (prefill: the reference's plain
   * loops would take minutes). */
  run_kernel(f, &a, c->name);
  run_kernel(f, &a, c->name);
  blas_attention(&ba);
  const double tol = case_tol(c);
  checker chk = {.no = no, .hq = c->hq, .dv = dv};
  float *ref = NULL;
  double err_k, err_b;
  char what[200];
  if (!c->prefill) {
    ref = bench_alloc(no * sizeof(float));
    attn_info ri = *info;
    ri.dtype_out = ATTN_F32; /* unrounded, whatever the kernel's output type */
    attn_args ra = a;
    ra.out = ref;
    int rc = attnrt_reference(&ri, &ra);
    if (rc != 0) die("%s: reference returned %s (%s)", c->name, attnrt_strerror(rc), attnrt_last_error());
    chk.ref = ref;
    snprintf(what, sizeof what, "attnrt_reference (f32 output) over all %zu outputs", no);
  } else {
    chk.ref = bout;
    chk.nexact = NEXACT;
    chk.exact = malloc(sizeof(double) * (size_t)NEXACT * (size_t)dv);
    if (!chk.exact) die("out of memory");
    for (int s = 0; s < NEXACT; s++) { /* spread-out (query, head) rows */
      int b = s % c->batch, i = (int)(((uint64_t)s * 2654435761u + 7) % (uint64_t)c->len);
      if (s == 0) i = 0;
      if (s == 1) i = c->len - 1;
      chk.head[s] = (s * 7) % c->hq;
      chk.row[s] = (int64_t)b * c->len + i;
      exact_row(&ba, b, i, chk.row[s], chk.head[s], chk.exact + (size_t)s * (size_t)dv);
    }
    snprintf(what, sizeof what, "the OpenBLAS result over all %zu outputs and %d exact (double) rows", no,
             NEXACT);
  }
  err_k = kernel_error(&chk, out, c->qo, outf);
  err_b = c->prefill ? rows_error(&chk, bout) : max_abs_diff(bout, ref, no);
  bool valid = err_k <= tol && err_b <= BENCH_TOL;
  if (!valid) {
    fprintf(stderr, "attncc-bench: error: %s: WRONG RESULTS, not benchmarked: max abs error %.3g (attncc, "
                    "tolerance %.3g), %.3g (blas, tolerance %.3g) against %s\n",
            c->name, err_k, tol, err_b, (double)BENCH_TOL, what);
    failures++;
  }

  /* The 1-thread run is checked the same way before it is timed. */
  double err_1 = 0;
  if (valid && scale) {
    memset(out, 0, no * qsz);
    run_kernel(f, &a1, c->name);
    run_kernel(f, &a1, c->name);
    err_1 = kernel_error(&chk, out, c->qo, outf);
    if (!(err_1 <= tol)) {
      fprintf(stderr, "attncc-bench: error: %s: WRONG RESULTS at 1 thread, not benchmarked: max abs error "
                      "%.3g (attncc, tolerance %.3g) against %s\n",
              c->name, err_1, tol, what);
      failures++;
      valid = false;
    }
  }

  if (valid) {
    samples s, s1 = {0};
    time_reps(f, &a, c->name, ck, work, &ba, &s);
    result r = {.kase = c->name, .metric = metric, .reps = s.n, .blas_reps = s.nb, .jit_ms = jit_ms};
    r.ceiling_of = ceil_name(ck);
    r.value = work / median(s.tk, s.n) / 1e9;
    r.best = work / minimum(s.tk, s.n) / 1e9;
    r.ceiling = median(s.cv, s.n);
    r.ceiling_best = maximum(s.cv, s.n);
    r.frac = r.value / r.ceiling;
    r.frac_paired = median(s.fr, s.n);
    r.blas = work / median(s.tb, s.nb) / 1e9;
    r.blas_best = work / minimum(s.tb, s.nb) / 1e9;
    r.speedup = median(s.tb, s.nb) / median(s.tk, s.n);
    r.max_err = err_k > err_1 ? err_k : err_1;
    r.tol = tol;
    case_median[ci] = r.value;
    case_time[ci] = median(s.tk, s.n);
    if (scale) {
      time_reps(f, &a1, c->name, ck, work, NULL, &s1);
      r.scaled = true;
      r.scaling = median(s1.tk, s1.n) / median(s.tk, s.n);
      r.value_1t = work / median(s1.tk, s1.n) / 1e9;
      r.ceiling_1t = median(s1.cv, s1.n);
      r.reps_1t = s1.n;
    }
    if (c->vs) {
      r.vs_key = c->vs_key;
      double base = NAN;
      for (int i = 0; i < NCASES; i++)
        if (!strcmp(CASES[i].name, c->vs)) base = case_time[i];
      r.vs = base / case_time[ci];
      if (!isfinite(base))
        note("%s: no %s: %s was not measured in this run (add it to --cases)", c->name, c->vs_key, c->vs);
    }
    if (!c->no_target) {
      if (c->t_frac > 0) add_target(&r, "frac_of_ceiling", c->t_frac, false, r.frac);
      if (c->t_speedup > 0) add_target(&r, "speedup_vs_blas", c->t_speedup, false, r.speedup);
      if (c->t_vs > 0) add_target(&r, c->vs_key, c->t_vs, false, r.vs);
      if (r.scaled && !c->window && !c->docs && !c->sparse) add_target(&r, "scaling_1_to_N", TARGET_SCALING, false, r.scaling); /* issue 4's */
    }
    /* What was read and how long it took, for readers that compare layouts. */
    char extra[512];
    snprintf(extra, sizeof extra,
             ",\"cache_type\":\"%s\",\"layout\":\"%s\",\"page_size\":%d,\"window\":%d,\"time_ms\":%.6g,"
             "\"best_ms\":%.6g",
             dtype_name(c->cache), paged ? "paged" : "contiguous", paged ? T : 0, c->window, case_time[ci] * 1e3,
             minimum(s.tk, s.n) * 1e3);
    if (!c->prefill)
      snprintf(extra + strlen(extra), sizeof extra - strlen(extra), ",\"bytes_read\":%.0f,\"bytes_per_token\":%.6g",
               work, bytes_per_token);
    r.extra = extra;
    print_row(&r, ROW_KERNEL);
    free_samples(&s);
    if (scale) free_samples(&s1);
  }

  for (int t = 0; t < nscratch; t++) free(scratch[t]);
  free(chk.exact);
  free(ref);
  free(bout);
  if (qf != (float *)q) free(qf);
  if (!f32_direct) {
    free(kf);
    free(vf);
  }
  free(table);
  free(masks.doc), free(masks.brow), free(masks.bcol);
  if (outf != (float *)out) free(outf);
  free(a.workspace);
  free(q);
  free(out);
  free(kc);
  free(vc);
  free(kv_len);
  attncc_kernel_free(k);
}

/* ---- slim attention decode (issue 5) ------------------------------------ */

/* Head h's output for the one decode query, in double: scores over head h's
 * D columns of each K row (k: f32 copy, L rows of E = hq*d), u = sum_j p_j
 * K_j over whole rows, out = u W_kv[:, h*d ..] / sum + b.  Independent of
 * both kernel orders. */
static void exact_slim_head(int L, int hq, int d, const float *q, const float *k, const float *w,
                            const float *bias, double scale, int h, double *o) {
  size_t E = (size_t)hq * (size_t)d;
  double *s = malloc(sizeof(double) * (size_t)L), *u = calloc(E, sizeof(double)), m = -INFINITY, sum = 0;
  if (!s || !u) die("out of memory");
  for (int j = 0; j < L; j++) {
    double dot = 0;
    for (int e = 0; e < d; e++) dot += (double)q[(size_t)h * d + e] * k[(size_t)j * E + (size_t)h * d + e];
    s[j] = dot * scale;
    m = s[j] > m ? s[j] : m;
  }
  for (int j = 0; j < L; j++) {
    double p = exp(s[j] - m);
    sum += p;
    for (size_t c = 0; c < E; c++) u[c] += p * k[(size_t)j * E + c];
  }
  for (int e = 0; e < d; e++) {
    double x = 0;
    for (size_t c = 0; c < E; c++) x += u[c] * w[c * E + (size_t)h * d + e];
    o[e] = x / sum + bias[(size_t)h * d + e];
  }
  free(s);
  free(u);
}

static attncc_kernel *jit_text(const char *text, const char *name, double *ms) {
  attncc_options o;
  attncc_options_init(&o);
  attncc_diags *diags = NULL;
  char fname[96];
  snprintf(fname, sizeof fname, "<bench:%s>", name);
  double t0 = attnrt_now();
  attncc_kernel *k = attncc_jit_string(text, strlen(text), fname, &o, &diags);
  *ms = (attnrt_now() - t0) * 1e3;
  if (!k) {
    print_diags(diags);
    attncc_diags_free(diags);
    die("%s: compiling the spec failed", name);
  }
  attncc_diags_free(diags);
  return k;
}

static char *slim_spec_text(const bcase *c, const char *order) {
  char *t = NULL;
  if (asprintf(&t,
               "attncc: 1\nname: bench_slim\nphase: decode\nheads: {q: %d, kv: %d, dim: %d}\n"
               "types: {q: %s, cache: %s, out: %s}\ncache: {store: k_only, capacity: %d}\n"
               "mask: {causal: true}\nslim: {order: %s}\n",
               c->hq, c->hkv, c->d, dtype_name(c->qo), dtype_name(c->cache), dtype_name(c->qo), c->len, order) < 0)
    die("out of memory");
  return t;
}

/* The order `attncc explain` predicts for the slim spec with order auto:
 * runs the attncc driver next to this executable on a temporary spec file
 * and reads its "order" line.  Null (with a note) when it cannot. */
static char *explain_order(const bcase *c) {
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 16);
  if (n <= 0) return NULL;
  exe[n] = 0;
  char *slash = strrchr(exe, '/');
  if (!slash) return NULL;
  strcpy(slash + 1, "attncc");
  const char *tmp = getenv("TMPDIR");
  char path[4096];
  snprintf(path, sizeof path, "%s/attncc-bench-slim-XXXXXX.yaml", tmp && *tmp ? tmp : "/tmp");
  int fd = mkstemps(path, 5);
  if (fd < 0) return NULL;
  char *text = slim_spec_text(c, "auto");
  bool ok = write(fd, text, strlen(text)) == (ssize_t)strlen(text);
  close(fd);
  free(text);
  char cmd[8400], line[512], *order = NULL;
  snprintf(cmd, sizeof cmd, "'%s' explain '%s' 2>/dev/null", exe, path);
  FILE *p = ok ? popen(cmd, "r") : NULL;
  while (p && fgets(line, sizeof line, p)) {
    char word[64];
    if (!order && sscanf(line, " order %63s", word) == 1) order = strdup(word);
  }
  if (p) pclose(p);
  unlink(path);
  return order;
}

static void run_slim_case(int ci) {
  const bcase *c = &CASES[ci];
  char *text = slim_spec_text(c, c->slim);
  double jit_ms;
  attncc_kernel *k = jit_text(text, c->name, &jit_ms);
  free(text);
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *info = f->info();
  const int L = c->len, hq = c->hq, d = c->d;
  const size_t E = (size_t)hq * (size_t)d, esz = attnrt_dtype_size(c->cache), nk = (size_t)L * E;
  int32_t kv_len = L;
  void *kc = bench_alloc(nk * esz);
  float *w = bench_alloc(E * E * sizeof(float)), *bias = bench_alloc(E * sizeof(float));
  float *q = bench_alloc(E * sizeof(float)), *out = bench_alloc(E * sizeof(float));
  fill_random(kc, c->cache, nk, 2);
  fill_random(q, ATTN_F32, E, 1);
  fill_random(w, ATTN_F32, E * E, 4);
  fill_random(bias, ATTN_F32, E, 5);
  for (size_t i = 0; i < E * E; i++) w[i] *= (float)(1.0 / sqrt((double)E)); /* outputs O(1) */
  attn_args a;
  memset(&a, 0, sizeof a);
  a.abi_version = ATTN_ABI_VERSION;
  a.struct_size = sizeof(attn_args);
  a.batch = 1;
  a.num_threads = opt.threads;
  a.kv_len = &kv_len;
  a.q = q;
  a.out = out;
  a.k_cache = kc;
  a.w_out = w;
  a.out_bias = bias;
  int64_t ws = f->workspace(&a);
  if (ws < 0) die("%s: workspace query returned %s (%s)", c->name, attnrt_strerror((int)ws), attnrt_last_error());
  if (ws > 0) {
    a.workspace = bench_alloc((size_t)ws);
    a.workspace_size = (size_t)ws;
  }

  /* Warm up (once more unless a run takes a second), then check spread-out
   * heads against the exact double computation. */
  double t0 = attnrt_now();
  run_kernel(f, &a, c->name);
  if (attnrt_now() - t0 < 1.0) run_kernel(f, &a, c->name);
  static const int heads[] = {0, 5, 11, 18, 24, 31};
  float *kf = bench_alloc(nk * sizeof(float));
  to_f32(kf, kc, c->cache, nk);
  double err = 0;
  int nh = (int)(sizeof heads / sizeof heads[0]);
#pragma omp parallel for schedule(dynamic, 1) num_threads(opt.threads) reduction(max : err)
  for (int i = 0; i < nh; i++) {
    int h = heads[i] % hq;
    double o[1024];
    exact_slim_head(L, hq, d, q, kf, w, bias, info->scale, h, o);
    for (int e = 0; e < d; e++) {
      double x = fabs((double)out[(size_t)h * d + e] - o[e]);
      err = isnan(x) ? INFINITY : x > err ? x : err;
    }
  }
  free(kf);
  /* f32 sums over 16384 keys and an E-term projection (E = 4096) */
  const double tol = 4 * BENCH_TOL;
  if (!(err <= tol)) {
    fprintf(stderr, "attncc-bench: error: %s: WRONG RESULTS, not benchmarked: max abs error %.3g (tolerance %.3g) "
                    "against %d heads computed in double\n", c->name, err, tol, nh);
    failures++;
  } else {
    samples s;
    double work = (double)nk * (double)esz; /* the K cache, read once a step */
    time_reps(f, &a, c->name, CEIL_READ, work, NULL, &s);
    double t = median(s.tk, s.n);
    int vf = !strcmp(c->slim, "values_first");
    double flop = hq * ((double)L * 2 * (d + (vf ? d : (double)E)) + (vf ? (double)L : 1.0) * 2 * (double)E * d);
    double frac_fma = flop / t / 1e9 / C.fma_median;
    result r = {.kase = c->name, .metric = "GB/s", .reps = s.n, .jit_ms = jit_ms, .max_err = err, .tol = tol};
    r.ceiling_of = ceil_name(CEIL_READ);
    r.value = work / t / 1e9;
    r.best = work / minimum(s.tk, s.n) / 1e9;
    r.ceiling = median(s.cv, s.n);
    r.ceiling_best = maximum(s.cv, s.n);
    r.frac = r.value / r.ceiling;
    r.frac_paired = median(s.fr, s.n);
    r.blas = r.blas_best = r.speedup = NAN;
    case_median[ci] = r.value;
    case_time[ci] = t;
    double t_mha = NAN;
    for (int i = 0; i < NCASES; i++)
      if (!strcmp(CASES[i].name, "decode_b1_l16384_mha_f16")) t_mha = case_time[i];
    const char *bound = frac_fma > r.frac ? "compute" : "memory";
    char extra[512];
    snprintf(extra, sizeof extra,
             ",\"slim_order\":\"%s\",\"cache_bytes\":%.0f,\"kv_cache_bytes\":%.0f,\"time_ms\":%.4g,\"gflop\":%.4g,"
             "\"gflops\":%.4g,\"fma_ceiling\":%.4g,\"frac_fma\":%.3g,\"bound\":\"%s\",\"time_vs_mha\":%s",
             c->slim, work, 2 * work, t * 1e3, flop / 1e9, flop / t / 1e9, C.fma_median, frac_fma, bound, "");
    char vs[32];
    snprintf(vs, sizeof vs, isfinite(t_mha) ? "%.4g" : "null", t / t_mha);
    strncat(extra, vs, sizeof extra - strlen(extra) - 1);
    if (isfinite(t_mha)) snprintf(vs, sizeof vs, "%.3gx", t / t_mha);
    else snprintf(vs, sizeof vs, "(not measured:)");
    r.extra = extra;
    print_row(&r, ROW_KERNEL);
    if (!opt.json)
      printf("    %s: cache %.0f MiB (K+V: %.0f), %.1f ms a step, %.3g GFLOP = %.3g of FMA peak, %.3g of read "
             "bandwidth: %s bound; %s the MHA decode's time\n",
             c->slim, work / (1 << 20), 2 * work / (1 << 20), t * 1e3, flop / 1e9, frac_fma, r.frac, bound, vs);
    free_samples(&s);
  }
  /* After the last slim order: does explain's prediction match? */
  int sf = -1, vfi = -1;
  for (int i = 0; i < NCASES; i++)
    if (CASES[i].slim) *(strcmp(CASES[i].slim, "scores_first") ? &vfi : &sf) = i;
  if (ci == (sf > vfi ? sf : vfi) && sf >= 0 && vfi >= 0 && isfinite(case_time[sf]) && isfinite(case_time[vfi])) {
    char *pred = explain_order(c);
    const char *won = case_time[sf] <= case_time[vfi] ? "scores_first" : "values_first";
    int ok = pred && !strcmp(pred, won);
    if (opt.json)
      printf("{\"name\":\"slim_order\",\"case\":\"slim_order\",\"explain\":%s%s%s,\"measured_faster\":\"%s\","
             "\"scores_first_ms\":%.4g,\"values_first_ms\":%.4g,\"confirmed\":%s}\n",
             pred ? "\"" : "", pred ? pred : "null", pred ? "\"" : "", won, case_time[sf] * 1e3,
             case_time[vfi] * 1e3, pred ? (ok ? "true" : "false") : "null");
    else
      printf("slim order: attncc explain predicts %s, measured %s faster (%.1f ms vs %.1f ms): %s\n",
             pred ? pred : "(explain did not run)", won, fmin(case_time[sf], case_time[vfi]) * 1e3,
             fmax(case_time[sf], case_time[vfi]) * 1e3, pred ? (ok ? "confirmed" : "NOT confirmed") : "unknown");
    if (pred && !ok) note("slim order: explain's cost model mispredicted the faster order on this machine");
    free(pred);
  }
  free(a.workspace);
  free(kc);
  free(w);
  free(bias);
  free(q);
  free(out);
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

/* The temporary ATTNCC_CACHE_DIR of the compile_cached lines: created on
 * first use, removed (with what the library put there) at exit. */
static char cache_dir[4096];
static int cache_dir_files;

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st;
  (void)flag;
  (void)ftw;
  if (remove(path) != 0) note("could not remove %s: %s", path, strerror(errno));
  return 0;
}

static void remove_cache_dir(void) {
  if (!cache_dir[0]) return;
  nftw(cache_dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
  cache_dir[0] = 0;
}

static int count_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)path;
  (void)st;
  (void)ftw;
  if (flag == FTW_F) cache_dir_files++;
  return 0;
}

static int count_cache_files(void) {
  cache_dir_files = 0;
  nftw(cache_dir, count_entry, 16, FTW_PHYS);
  return cache_dir_files;
}

static void make_cache_dir(void) {
  if (cache_dir[0]) return;
  const char *tmp = getenv("TMPDIR");
  if (!tmp || !*tmp) tmp = "/tmp";
  int n = snprintf(cache_dir, sizeof cache_dir, "%s/attncc-bench-cache.XXXXXX", tmp);
  if (n < 0 || (size_t)n >= sizeof cache_dir) die("TMPDIR is too long");
  if (!mkdtemp(cache_dir)) {
    int e = errno;
    cache_dir[0] = 0;
    die("mkdtemp under %s: %s", tmp, strerror(e));
  }
  static bool registered;
  if (!registered) atexit(remove_cache_dir);
  registered = true;
}

/* One spec compiled from text to callable and freed; exits on failure. */
static double compile_once_ms(const char *path, const attncc_options *o) {
  attncc_diags *diags = NULL;
  double t0 = attnrt_now();
  attncc_kernel *k = attncc_jit_file(path, o, &diags);
  if (k) attncc_kernel_free(k);
  double t = (attnrt_now() - t0) * 1e3;
  if (!k) {
    print_diags(diags);
    attncc_diags_free(diags);
    die("%s: compiling the spec failed", path);
  }
  attncc_diags_free(diags);
  return t;
}

/* cached: false: compile:STEM lines, every compile cold (ATTNCC_CACHE=off);
 * true: compile_cached:STEM lines, the on-disk cache on and relocated to a
 * fresh temporary directory, filled by one compile, then timed. */
static void compile_latency(char **names, int n, bool cached) {
  int reps = opt.quick ? 3 : 20;
  attncc_options o;
  attncc_options_init(&o);
  const char *prefix = cached ? "compile_cached" : "compile";
  bool any = false, empty_noted = false;
  for (int i = 0; i < n; i++) {
    char stem[256], kase[300], path[4096];
    snprintf(stem, sizeof stem, "%.*s", (int)(strlen(names[i]) - 5), names[i]);
    snprintf(kase, sizeof kase, "%s:%s", prefix, stem);
    if (!case_selected(kase)) continue;
    snprintf(path, sizeof path, "%s/%s", opt.specs, names[i]);
    if (!any) {
      any = true;
      if (cached) {
        make_cache_dir();
        unsetenv("ATTNCC_CACHE");
        setenv("ATTNCC_CACHE_DIR", cache_dir, 1);
      } else {
        setenv("ATTNCC_CACHE", "off", 1);
      }
    }
    double fill = NAN;
    int files = -1;
    if (cached) {
      fill = compile_once_ms(path, &o);
      files = count_cache_files();
      if (files == 0 && !empty_noted) {
        note("%s: the filling compile left no file in ATTNCC_CACHE_DIR=%s: this libattncc seems to have no "
             "on-disk kernel cache, so compile_cached lines time cold compiles",
             kase, cache_dir);
        empty_noted = true;
      }
    }
    double t[64];
    for (int r = 0; r < reps; r++) t[r] = compile_once_ms(path, &o);
    char extra[160];
    if (cached)
      snprintf(extra, sizeof extra, ",\"fill_ms\":%.6g,\"first\":%.6g,\"reps\":%d,\"cache\":\"dir\",\"cache_files\":%d",
               fill, t[0], reps, files);
    else
      snprintf(extra, sizeof extra, ",\"first\":%.6g,\"reps\":%d,\"cache\":\"off\"", t[0], reps);
    result rw = {.kase = kase, .metric = "ms", .value = median(t, reps), .best = minimum(t, reps), .threads = 1,
                 .extra = extra};
    add_target(&rw, "median", cached ? TARGET_CACHED_MS : TARGET_COMPILE_MS, true, rw.value);
    print_row(&rw, ROW_COMPILE);
  }
  if (any && cached) {
    setenv("ATTNCC_CACHE", "off", 1);
    unsetenv("ATTNCC_CACHE_DIR");
    remove_cache_dir();
  }
}

/* ---- command line ------------------------------------------------------- */

static void usage(FILE *to) {
  fprintf(to,
          "usage: attncc-bench [options]\n"
          "\n"
          "Measures this machine's ceilings (read/copy bandwidth, f32 FMA and bf16 dot peaks),\n"
          "attncc's JIT kernels against them (each repetition next to a short ceiling pass,\n"
          "medians beside bests), an OpenBLAS attention baseline, thread scaling, and compile\n"
          "latency, cold and from the on-disk kernel cache.  Each case line also gives the\n"
          "issue-4 target for the case and whether this run meets it (a report: the exit\n"
          "status does not depend on it).\n"
          "\n"
          "  --json            one JSON object per line instead of the table\n"
          "  --threads N       threads for everything (default: omp_get_max_threads() = %d)\n"
          "  --cases LIST      comma list of cases (default: all):\n"
          "                      decode_b1_l16384_f16, decode_b1_l16384_f32, decode_b1_l16384_bf16,\n"
          "                      decode_b1_l1024_f16, decode_b8_l4096_f16,\n"
          "                      decode_b1_l16384_paged_f16, decode_b1_l16384_i8,\n"
          "                      decode_b1_l16384_q4, decode_b1_l16384_fp8 (cache layouts and\n"
          "                      types: issue 6),\n"
          "                      prefill_causal_s2048_f32, prefill_causal_s2048_bf16,\n"
          "                      decode_b1_l16384_window1024_f16, prefill_causal_s16384_h2_f32,\n"
          "                      prefill_window1024_s16384_h2_f32 (sliding window: issue 7),\n"
          "                      prefill_dense_s8192_h4_f32, prefill_blocksparse10_s8192_h4_f32,\n"
          "                      prefill_separate_b8_s256_f32, prefill_documents_8x256_f32\n"
          "                      (block-sparse and document masks: issue 7),\n"
          "                      decode_b1_l16384_mha_f16, slim_decode_l16384_scores_first,\n"
          "                      slim_decode_l16384_values_first (slim: issue 5),\n"
          "                      compile (compile:* and compile_cached:*), compile:STEM,\n"
          "                      compile_cached (every spec), compile_cached:STEM\n"
          "                    prefill_causal_s2048_bf16's vs_f32_prefill needs\n"
          "                    prefill_causal_s2048_f32 in the same run, the issue-6 cases'\n"
          "                    vs_f16_contiguous decode_b1_l16384_f16\n"
          "  --scaling         also time every kernel case at 1 thread: scaling_1_to_N =\n"
          "                    t(1 thread) / t(N threads) (default in a full run)\n"
          "  --no-scaling      do not (default with --quick)\n"
          "  --quick           smaller ceiling arrays and fewer repetitions (smoke test)\n"
          "  --specs DIR       specs for compile latency (default: %s)\n"
          "  --blas-style S    omp: OpenMP over (sequence, KV head), OpenBLAS at 1 thread (default);\n"
          "                    openblas: serial loop over heads, OpenBLAS threads each GEMM\n"
          "  --help            this text\n"
          "\n"
          "Environment: the bench sets ATTNCC_CACHE=off for the kernel cases and compile:*;\n"
          "compile_cached:* point ATTNCC_CACHE_DIR at a fresh directory under $TMPDIR (or /tmp),\n"
          "removed at exit.\n"
          "\n"
          "Exit status: 0, or 1 on an error or a kernel whose results are wrong.\n",
          omp_get_max_threads(), ATTNCC_BENCH_SPECS_DIR);
}

static bool list_has(const char *word) {
  size_t n = strlen(word);
  for (const char *p = opt.cases; p && *p;) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len == n && strncmp(p, word, n) == 0) return true;
    if (!e) break;
    p = e + 1;
  }
  return false;
}

static bool starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static bool case_selected(const char *name) {
  if (!opt.cases) return true;
  if (list_has(name)) return true;
  if (list_has("compile") && (starts_with(name, "compile:") || starts_with(name, "compile_cached:"))) return true;
  if (list_has("compile_cached") && starts_with(name, "compile_cached:")) return true;
  return false;
}

/* Every name in --cases must mean something. */
static void check_cases(char **specs, int nspecs) {
  if (!opt.cases) return;
  if (!*opt.cases) die("--cases: empty list");
  for (const char *p = opt.cases; *p;) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    bool ok = (len == 7 && strncmp(p, "compile", 7) == 0) || (len == 14 && strncmp(p, "compile_cached", 14) == 0);
    for (int i = 0; i < NCASES && !ok; i++) ok = strlen(CASES[i].name) == len && !strncmp(p, CASES[i].name, len);
    for (int i = 0; i < nspecs && !ok; i++) {
      size_t stem = strlen(specs[i]) - 5;
      ok = (len == 8 + stem && !strncmp(p, "compile:", 8) && !strncmp(p + 8, specs[i], stem)) ||
           (len == 15 + stem && !strncmp(p, "compile_cached:", 15) && !strncmp(p + 15, specs[i], stem));
    }
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
    } else if (!strcmp(s, "--scaling")) {
      opt.scaling = 1;
    } else if (!strcmp(s, "--no-scaling")) {
      opt.scaling = 0;
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
  /* Cold compiles everywhere but the compile_cached lines, which turn the
   * on-disk cache on in a directory of their own (nothing is read from or
   * left in the user's cache). */
  setenv("ATTNCC_CACHE", "off", 1);
  for (int i = 0; i < NCASES; i++) case_median[i] = case_time[i] = NAN;

  char **specs = NULL;
  int nspecs = 0;
  bool want_compile = !opt.cases || strstr(opt.cases, "compile");
  if (want_compile) specs = list_specs(opt.specs, &nspecs);
  check_cases(specs, nspecs);
  bool want_kernels = false;
  for (int i = 0; i < NCASES; i++) want_kernels |= case_selected(CASES[i].name);

  FILE *info = opt.json ? stderr : stdout;
  bool scaling = want_kernels && scaling_on() && opt.threads > 1;
  fprintf(info, "attncc %s, %d threads, OpenBLAS %s (%s), blas style %s%s%s\n", attncc_version(), opt.threads,
          blas_corename(), blas_config(), opt.style == BLAS_STYLE_OMP ? "omp" : "openblas",
          opt.quick ? ", quick" : "", scaling ? ", scaling from 1 thread" : "");
  if (want_kernels && scaling_on() && opt.threads == 1) note("--threads 1: no scaling_1_to_N measurement");
  print_header();

  if (want_kernels) {
    measure_ceilings();
    for (int i = 0; i < NCASES; i++)
      if (case_selected(CASES[i].name)) run_case(i);
  }
  if (want_compile) {
    if (nspecs == 0) {
      note("no *.yaml specs in %s: no compile-latency lines", opt.specs);
    } else {
      compile_latency(specs, nspecs, false);
      compile_latency(specs, nspecs, true);
    }
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
