/*
 * Slim attention on one transformer attention layer: d_model 512, 8 heads of
 * 64, f16 cache.  Random weights, a context of tokens X, K = X W_k + b_k and
 * V = X W_v + b_v through the projections; attnrt_slim_fold gives
 * W_kv = W_k^-1 W_v (and the bias b_v - b_k W_kv); then one decode step of
 * the standard kernel (K and V cache) and of the k_only kernel (K cache
 * only) on the same query, compared, sized and timed.
 *
 *   example_slim [--quick] [--context N] [--cond C] [--reps R] [--threads T]
 *
 * --quick: 256 tokens, 5 timed runs (the ctest run).  --cond: W_k's condition
 * number (default 20): raise it to watch the k_only output drift.
 * --threads: for the kernels, default 1 (steady timings on a shared machine;
 * 0: OpenMP's default).
 * Exit status 1 when the outputs differ by more than the tolerance that
 * cond(W_k) allows (docs/slim.md, "examples/slim"), or on any failure; 2 when
 * cond(W_k) is so large that the tolerance exceeds max |V| and so promises
 * nothing (such a layer should keep K and V, or cache V).
 */
#include <stdint.h>

#include "../common.h"
#include "attncc/attncc.h"

enum { D_MODEL = 512, HEADS = 8, HEAD_DIM = D_MODEL / HEADS };

#define TOL_C 2.0 /* the C of the tolerance, as in tests/kernel/test_slim_e2e.c */

/* The k_only evaluation orders to run (spec slim.order), one output line
 * each (docs/slim.md says what each costs). */
static const char *const slim_orders[] = {"scores_first", "values_first"};

typedef struct options {
  int context, reps, threads;
  double cond;
} options;

static double urand(unsigned *s) { return (double)ex_rand(s); } /* [-1, 1) */

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fprintf(stderr, "example_slim: out of memory\n");
    exit(1);
  }
  return p;
}

/* A random orthogonal d x d matrix (rows orthonormal): Gram-Schmidt run
 * twice over random rows (the second pass restores what rounding loses). */
static void orthogonal(int d, unsigned *seed, double *q) {
  size_t n = (size_t)d;
  for (size_t i = 0; i < n; i++) {
    double *r = q + i * n;
    for (size_t j = 0; j < n; j++)
      r[j] = urand(seed);
    for (int pass = 0; pass < 2; pass++)
      for (size_t k = 0; k < i; k++) {
        const double *p = q + k * n;
        double dot = 0;
        for (size_t j = 0; j < n; j++)
          dot += r[j] * p[j];
        for (size_t j = 0; j < n; j++)
          r[j] -= dot * p[j];
      }
    double norm = 0;
    for (size_t j = 0; j < n; j++)
      norm += r[j] * r[j];
    norm = sqrt(norm);
    for (size_t j = 0; j < n; j++)
      r[j] /= norm;
  }
}

/* W = U diag(s) W2 with s log-spaced from 1 down to 1/cond: a matrix of that
 * condition number in a random basis on both sides. */
static void weight_with_cond(int d, double cond, unsigned *seed, float *w) {
  size_t n = (size_t)d;
  double *u = xmalloc(n * n * sizeof *u), *v = xmalloc(n * n * sizeof *v), *row = xmalloc(n * sizeof *row);
  orthogonal(d, seed, u);
  orthogonal(d, seed, v);
  for (size_t i = 0; i < n; i++) {
    memset(row, 0, n * sizeof *row);
    for (size_t k = 0; k < n; k++) {
      double t = u[i * n + k] * pow(cond, -(double)k / (double)(n - 1));
      for (size_t j = 0; j < n; j++)
        row[j] += t * v[k * n + j];
    }
    for (size_t j = 0; j < n; j++)
      w[i * n + j] = (float)row[j];
  }
  free(u), free(v), free(row);
}

/* out = x W + b in double (W row-major [d][d], b may be null). */
static void project(int d, const double *x, const float *w, const float *b, double *out) {
  for (int j = 0; j < d; j++)
    out[j] = b ? b[j] : 0.0;
  for (int i = 0; i < d; i++)
    for (int j = 0; j < d; j++)
      out[j] += x[i] * w[(size_t)i * d + j];
}

static attncc_kernel *jit(const char *spec) {
  attncc_options o;
  attncc_options_init(&o);
  attncc_diags *d = NULL;
  attncc_kernel *k = attncc_jit_string(spec, strlen(spec), "<example_slim>", &o, &d);
  char buf[4096];
  for (size_t i = 0; i < attncc_diags_count(d); i++) { /* the library never prints */
    attncc_diag_format(attncc_diags_get(d, i), buf, sizeof buf);
    fputs(buf, stderr);
  }
  attncc_diags_free(d);
  if (!k)
    exit(1);
  return k;
}

/* A decode spec of the layer: `store` is the cache.store line's content. */
static attncc_kernel *jit_layer(const char *name, const char *store, const char *order, int capacity) {
  char spec[512];
  snprintf(spec, sizeof spec,
           "attncc: 1\nname: %s\nphase: decode\nheads: {q: %d, kv: %d, dim: %d}\n"
           "types: {q: f32, cache: f16, out: f32}\ncache: {store: %s, capacity: %d}\n%s%s%s",
           name, HEADS, HEADS, HEAD_DIM, store, capacity, order ? "slim: {order: " : "", order ? order : "",
           order ? "}\n" : "");
  return jit(spec);
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* One run into poisoned output (NaN), then the median of `reps` timed runs. */
static double run_timed(const attncc_fns *f, attn_args *a, float *out, size_t on, int reps) {
  memset(out, 0xff, on * sizeof *out);
  a->out = out;
  ex_check(f->run(a), f->info()->name);
  double *t = xmalloc((size_t)reps * sizeof *t);
  for (int i = 0; i < reps; i++) {
    double t0 = attnrt_now();
    ex_check(f->run(a), f->info()->name);
    t[i] = attnrt_now() - t0;
  }
  qsort(t, (size_t)reps, sizeof *t, cmp_double);
  double med = t[reps / 2];
  free(t);
  return med;
}

/* max |a - b| over n; NaN anywhere: +inf. */
static double max_diff(const float *a, const float *b, size_t n) {
  double m = 0;
  for (size_t i = 0; i < n; i++) {
    double d = fabs((double)a[i] - b[i]);
    if (!(d <= 1e300))
      return INFINITY;
    m = fmax(m, d);
  }
  return m;
}

static int parse_args(int argc, char **argv, options *o) {
  *o = (options){.context = 2048, .reps = 51, .threads = 1, .cond = 20};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--quick")) {
      o->context = 256;
      o->reps = 5;
    } else if (i + 1 < argc && !strcmp(a, "--context")) {
      o->context = atoi(argv[++i]);
    } else if (i + 1 < argc && !strcmp(a, "--reps")) {
      o->reps = atoi(argv[++i]);
    } else if (i + 1 < argc && !strcmp(a, "--threads")) {
      o->threads = atoi(argv[++i]);
    } else if (i + 1 < argc && !strcmp(a, "--cond")) {
      o->cond = atof(argv[++i]);
    } else {
      fprintf(stderr, "usage: example_slim [--quick] [--context N] [--cond C] [--reps R] [--threads T]\n");
      return -1;
    }
  }
  if (o->context < 1 || o->context > 1 << 20 || o->reps < 1 || o->threads < 0 || o->threads > 1024 ||
      !(o->cond >= 1 && o->cond <= 1e12)) {
    fprintf(stderr, "example_slim: want --context 1 .. 1048576, --reps >= 1, --threads 0 .. 1024, --cond 1 .. 1e12\n");
    return -1;
  }
  return 0;
}

/* One layer's weights, its context in the caches, and the decode query. */
typedef struct layer {
  int n;                              /* context tokens */
  float *w_q, *w_k, *w_v, *b_q, *b_k, *b_v;
  float *w_kv, *bias;                 /* folded: W_kv, b_v - b_k W_kv */
  uint16_t *k_cache, *v_cache;        /* f16 [n][D_MODEL] */
  float *q;                           /* [D_MODEL] */
  double max_v;                       /* max |V| in double */
} layer;

/* Weights: W_q and W_v uniform with variance 1/d (the usual scale), W_q
 * scaled up so that the scores spread over a few units; W_k of condition
 * number `cond`; biases uniform in [-0.1, 0.1). */
static void make_weights(layer *l, double cond, unsigned *seed) {
  const size_t d = D_MODEL, dd = d * d;
  l->w_q = xmalloc(dd * 4), l->w_k = xmalloc(dd * 4), l->w_v = xmalloc(dd * 4), l->w_kv = xmalloc(dd * 4);
  l->b_q = xmalloc(d * 4), l->b_k = xmalloc(d * 4), l->b_v = xmalloc(d * 4), l->bias = xmalloc(d * 4);
  double amp = sqrt(3.0 / (double)d);
  for (size_t i = 0; i < dd; i++) {
    l->w_q[i] = (float)(16 * amp * urand(seed));
    l->w_v[i] = (float)(amp * urand(seed));
  }
  weight_with_cond(D_MODEL, cond, seed, l->w_k);
  for (size_t i = 0; i < d; i++) {
    l->b_q[i] = (float)(0.1 * urand(seed));
    l->b_k[i] = (float)(0.1 * urand(seed));
    l->b_v[i] = (float)(0.1 * urand(seed));
  }
}

/* The context: n random tokens through the projections (in double), into
 * f16 caches; the last token's query is the decode step's. */
static void fill_context(layer *l, unsigned *seed) {
  const int d = D_MODEL;
  size_t cn = (size_t)l->n * d;
  l->k_cache = xmalloc(cn * 2), l->v_cache = xmalloc(cn * 2), l->q = xmalloc((size_t)d * 4);
  double *x = xmalloc((size_t)d * sizeof *x), *kr = xmalloc((size_t)d * sizeof *kr);
  double *vr = xmalloc((size_t)d * sizeof *vr);
  l->max_v = 0;
  for (int t = 0; t < l->n; t++) {
    for (int i = 0; i < d; i++)
      x[i] = urand(seed);
    project(d, x, l->w_k, l->b_k, kr);
    project(d, x, l->w_v, l->b_v, vr);
    for (int i = 0; i < d; i++) {
      l->k_cache[(size_t)t * d + i] = attnrt_f32_to_f16((float)kr[i]);
      l->v_cache[(size_t)t * d + i] = attnrt_f32_to_f16((float)vr[i]);
      l->max_v = fmax(l->max_v, fabs(vr[i]));
    }
  }
  project(d, x, l->w_q, l->b_q, kr); /* x is the last token */
  for (int i = 0; i < d; i++)
    l->q[i] = (float)kr[i];
  free(x), free(kr), free(vr);
}

/* W_kv, and the bias the K-only kernel adds: the cache holds K + b_k, so
 * V = (K - b_k) W_kv + b_v = K W_kv + (b_v - b_k W_kv). */
static int fold(layer *l, attnrt_fold_report *rep) {
  const int d = D_MODEL;
  int rc = attnrt_slim_fold(d, l->w_k, l->w_v, l->b_v, l->w_kv, NULL, 1e-3, rep);
  if (rc != ATTN_OK) {
    fprintf(stderr, "example_slim: fold: %s (%s)\n  note: %s\n", attnrt_strerror(rc), attnrt_last_error(), rep->note);
    return rc;
  }
  for (int j = 0; j < d; j++) {
    double acc = l->b_v[j];
    for (int i = 0; i < d; i++)
      acc -= (double)l->b_k[i] * l->w_kv[(size_t)i * d + j];
    l->bias[j] = (float)acc;
  }
  return 0;
}

static void layer_free(layer *l) {
  free(l->w_q), free(l->w_k), free(l->w_v), free(l->b_q), free(l->b_k), free(l->b_v);
  free(l->w_kv), free(l->bias), free(l->k_cache), free(l->v_cache), free(l->q);
}

/* Runs the standard kernel, then each slim order; prints the times and the
 * differences.  Returns 0, or 1 when an order misses the tolerance. */
static int compare(const layer *l, const options *opt, double tol) {
  const int d = D_MODEL;
  float *out_kv = xmalloc((size_t)d * 4), *out_k = xmalloc((size_t)d * 4);
  int32_t kv_len[1] = {l->n};
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = 1;
  a.num_threads = opt->threads;
  a.kv_len = kv_len;
  a.q = l->q;
  a.k_cache = l->k_cache;
  a.v_cache = l->v_cache;
  attncc_kernel *kk = jit_layer("layer_kv", "kv", NULL, l->n);
  double t_kv = run_timed(attncc_kernel_fns(kk), &a, out_kv, (size_t)d, opt->reps);
  double out_max = 0;
  for (int i = 0; i < d; i++)
    out_max = fmax(out_max, fabs((double)out_kv[i]));

  int bad = 0;
  if (opt->threads)
    printf("  decode step  median of %d runs, %d thread%s\n", opt->reps, opt->threads, opt->threads > 1 ? "s" : "");
  else
    printf("  decode step  median of %d runs, OpenMP's default threads\n", opt->reps);
  printf("    %-26s %9.1f us\n", "standard (K+V cache)", t_kv * 1e6);
  for (size_t o = 0; o < sizeof slim_orders / sizeof slim_orders[0]; o++) {
    attn_args s = a;
    s.v_cache = NULL; /* the K-only kernel never reads it */
    s.w_out = l->w_kv;
    s.out_bias = l->bias;
    attncc_kernel *ks = jit_layer("layer_k_only", "k_only", slim_orders[o], l->n);
    double t_k = run_timed(attncc_kernel_fns(ks), &s, out_k, (size_t)d, opt->reps);
    double diff = max_diff(out_k, out_kv, (size_t)d);
    int ok = diff <= tol;
    bad |= !ok;
    char label[64];
    snprintf(label, sizeof label, "k_only %s", slim_orders[o]);
    printf("    %-26s %9.1f us  (%.2fx the standard); max |out - standard| %.2e, relative %.2e of max |out| "
           "%.3f; tolerance %.2e: %s\n",
           label, t_k * 1e6, t_k / t_kv, diff, diff / out_max, out_max, tol, ok ? "within" : "EXCEEDED");
    attncc_kernel_free(ks);
  }
  attncc_kernel_free(kk);
  free(out_kv), free(out_k);
  return bad;
}

int main(int argc, char **argv) {
  options opt;
  if (parse_args(argc, argv, &opt))
    return 1;
  unsigned seed = 2025;
  layer l = {.n = opt.context};
  make_weights(&l, opt.cond, &seed);
  double t0 = attnrt_now();
  fill_context(&l, &seed);
  double t_proj = attnrt_now() - t0;
  attnrt_fold_report rep;
  t0 = attnrt_now();
  if (fold(&l, &rep))
    return 1;
  double t_fold = attnrt_now() - t0;

  printf("examples/slim: one attention layer, d_model %d, %d heads of %d, f16 cache, context %d tokens\n", D_MODEL,
         HEADS, HEAD_DIM, l.n);
  printf("  projections  K = X W_k + b_k, V = X W_v + b_v for %d tokens in %.0f ms (double)\n", l.n, t_proj * 1e3);
  printf("  fold         attnrt_slim_fold in %.0f ms: cond(W_k) %.3g, max |W_kv| %.3g; cond(W_k) 2^-11 = %.1e "
         "(how far the f16 K cache's rounding can grow in V)\n",
         t_fold * 1e3, rep.cond_k, rep.max_abs_kv, rep.cond_k * 0x1p-11);
  printf("  note         %s\n", rep.note);
  size_t k_bytes = (size_t)l.n * D_MODEL * 2, kv_bytes = 2 * k_bytes;
  printf("  cache        K+V %zu bytes (%.2f MiB), K only %zu bytes (%.2f MiB): %.2fx smaller "
         "(W_kv adds %.2f MiB f32 per layer, not per token)\n",
         kv_bytes, kv_bytes / 1048576.0, k_bytes, k_bytes / 1048576.0, (double)kv_bytes / (double)k_bytes,
         (double)D_MODEL * D_MODEL * 4 / 1048576.0);

  /* Tolerance (docs/slim.md): M (2 t_out + u + C cond_k (u + 2^-24)), M =
   * max |V|, u = 2^-11 for the f16 cache, t_out = 1e-5 for f32 outputs. */
  const double u = 0x1p-11;
  double tol = l.max_v * (2 * 1e-5 + u + TOL_C * rep.cond_k * (u + 0x1p-24));
  int status = compare(&l, &opt, tol);
  if (!status && tol >= l.max_v) {
    printf("  at cond(W_k) %.3g the tolerance exceeds max |V| = %.3f and guarantees nothing: keep K and V for "
           "this layer\n",
           rep.cond_k, l.max_v);
    status = 2;
  }
  layer_free(&l);
  return status;
}
