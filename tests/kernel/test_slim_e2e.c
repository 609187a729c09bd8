/*
 * Slim attention end to end: one random MHA layer (square projections,
 * E = h*D) evaluated with K+V and with each slim store (k_only in both
 * orders, v_only) on the same tokens and queries.
 *
 *   X  n tokens x E, uniform in [-1, 1)
 *   K = X W_k + b_k,  V = X W_v + b_v      in double, stored in the cache dtype
 *   standard kernel (cache.store: kv)       reads K and V
 *   attnrt_slim_fold -> W_kv = W_k^-1 W_v, out_bias = b_v - b_k W_kv
 *   k_only kernel                           reads K only (v_cache null)
 *
 * Both outputs (f32, poisoned with NaN before each run) must agree within
 *
 *   tol = M * (2 t_out + u_c + C * cond_k * (u_c + 2^-24)),   C = 2,
 *
 * M = max |V| over the visible tokens (double), t_out = kc_tolerance(f32) (each
 * kernel's own arithmetic, for values of size <= 1), u_c the unit roundoff of
 * the cache dtype (f32 2^-24, f16 2^-11, bf16 2^-8), cond_k from the fold
 * report.  Why: both kernels weigh the same rows with the same softmax
 * weights (same K cache), so they differ only in the value rows, V^_j
 * (rounded once: u_c M) against K^_j W^_kv + b.  Rounding the K row,
 * K^_j = K_j + d_j with |d_j| <= u_c |K_j|, is the input perturbation
 * d_j W_k^-1 pushed through W_v: at most u_c cond_k ||x_j|| in norm, i.e.
 * cond_k times the relative error of the row itself; rounding W_kv to f32
 * (and the kernel's f32 sums u = p K that meet it) does the same at 2^-24.
 * Per entry the worst case has another sqrt(E), but rounding errors are
 * independent, so the perturbation spreads over all E columns like V's own
 * entries do; C = 2 leaves room for the largest of ~1e5 entries (4-5
 * standard deviations where max |V| is 3-4) and for a K bias as large as
 * X W_k (it rounds with K).  Measured over 20 seeds (ATTNCC_TEST_SEED 1..20,
 * 240 runs): err/tol at most 0.105, since independent errors meet the RMS
 * gain of W_k^-1, not its worst (docs/slim.md).  Each case with a bias also
 * checks that the tolerance catches a real mistake: without the folded bias
 * the output misses it.
 *
 * Then the danger: a W_k with cond ~ 1e7 (U diag(1 .. 1e-7) V^T, well
 * conditioned W_v): the fold sets warn bit 0, and the k_only output misses
 * a user tolerance of 1e-3 relative, from the kernel and from the double
 * reference alike (it is the f32 K cache read through W_kv, not the kernel),
 * while the standard kernel meets its own; a singular W_k: ATTN_E_SINGULAR.
 *
 * v_only (cache V - b_v written by NAME_append, K = (V - b_v) W_vk,
 * out_bias = b_v) is held to the same output tolerance with cond_v for
 * cond_k: its values are the cached rows themselves, and the rounding of
 * those rows reaches the scores through W_vk (cond_v times u_c relative),
 * which moves the softmax weights; its lse lacks scale q.b_k (keys carry no
 * K bias) and must match the standard lse minus that within LSE_TOL + C
 * cond_v (u_c + 2^-24) RMS(s).  Measured over seeds 1..8 (ATTNCC_TEST_SEED,
 * 96 v_only runs): err/tol at most 0.26, lse err/tol at most 0.29.  The
 * ill-conditioned layer's W_v has cond 2: v_only is not flagged and meets
 * the 1e-3 tolerance that k_only misses.
 *
 * RoPE: four more layers run both kernels with rope (on read; both rotate
 * the same cached keys, k_only's values come from the raw rows) in both
 * k_only orders, held to the same tolerance; v_only rejects rope.
 *
 * ATTNCC_TEST_SEED changes every random layer; each case prints its figures.
 */
#define _GNU_SOURCE
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kcheck.h"

#define FOLD_THRESHOLD 1e-3 /* attnrt_slim_fold's warn threshold */
#define TOL_C 2.0           /* C of the tolerance above */
#define USER_TOL 1e-3       /* the ill-conditioned layer's fixed relative tolerance */
#define LSE_TOL 1e-4
#define MAX_BATCH 2

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  ck_assert_msg(p != NULL, "out of memory (%zu bytes)", n);
  return p;
}

/* --- random numbers and matrices ----------------------------------------- */

static uint64_t base_seed(void) {
  const char *s = getenv("ATTNCC_TEST_SEED");
  return s && *s ? strtoull(s, NULL, 0) : 0xe2e5eedu;
}

static uint64_t next64(uint64_t *s) { /* splitmix64 */
  uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static double uniform(uint64_t *s) { return (double)(next64(s) >> 11) * 0x1p-52 - 1.0; } /* [-1, 1) */

static double gaussian(uint64_t *s) { /* Box-Muller, one of the pair */
  double u = ((double)(next64(s) >> 11) + 0.5) * 0x1p-53, v = (double)(next64(s) >> 11) * 0x1p-53;
  return sqrt(-2 * log(u)) * cos(2 * M_PI * v);
}

/* A random orthogonal d x d matrix q (row-major): the Q of a Householder QR
 * of a Gaussian matrix, its columns signed by R's diagonal, which makes Q
 * Haar-distributed (F. Mezzadri, "How to generate random matrices from the
 * classical compact groups", 2007). */
static void orthogonal(int d, uint64_t *rng, double *q) {
  size_t n = (size_t)d;
  double *a = xmalloc(n * n * sizeof *a), *v = xmalloc(n * sizeof *v), *s = xmalloc(n * sizeof *s);
  double *sign = xmalloc(n * sizeof *sign);
  for (size_t i = 0; i < n * n; i++) {
    a[i] = gaussian(rng);
    q[i] = i % (n + 1) == 0 ? 1.0 : 0.0;
  }
  for (size_t k = 0; k < n; k++) {
    double norm = 0, vn = 0;
    for (size_t i = k; i < n; i++) {
      v[i] = a[i * n + k];
      norm += v[i] * v[i];
    }
    double alpha = v[k] >= 0 ? -sqrt(norm) : sqrt(norm); /* R[k][k] */
    sign[k] = alpha < 0 ? -1.0 : 1.0;
    v[k] -= alpha;
    for (size_t i = k; i < n; i++)
      vn += v[i] * v[i];
    if (vn == 0)
      continue; /* column already reduced (probability 0) */
    /* A[k:, k+1:] -= (2/vn) v (v^T A): row sweeps, so the loops vectorize. */
    for (size_t j = k + 1; j < n; j++)
      s[j] = 0;
    for (size_t i = k; i < n; i++)
      for (size_t j = k + 1; j < n; j++)
        s[j] += v[i] * a[i * n + j];
    for (size_t i = k; i < n; i++)
      for (size_t j = k + 1; j < n; j++)
        a[i * n + j] -= 2 / vn * v[i] * s[j];
    /* Q[:, k:] -= (2/vn) (Q v) v^T: Q = H_0 H_1 ... H_k. */
    for (size_t r = 0; r < n; r++) {
      double t = 0;
      for (size_t i = k; i < n; i++)
        t += q[r * n + i] * v[i];
      t *= 2 / vn;
      for (size_t i = k; i < n; i++)
        q[r * n + i] -= t * v[i];
    }
  }
  for (size_t r = 0; r < n; r++)
    for (size_t k = 0; k < n; k++)
      q[r * n + k] *= sign[k];
  free(a), free(v), free(s), free(sign);
}

/* out = U diag(sigma) W, U and W random orthogonal, rounded to f32: a d x d
 * matrix with singular values sigma (up to that rounding), in a random basis
 * on both sides. */
static void make_weight(int d, const double *sigma, uint64_t *rng, float *out) {
  size_t n = (size_t)d;
  double *u = xmalloc(n * n * sizeof *u), *w = xmalloc(n * n * sizeof *w), *row = xmalloc(n * sizeof *row);
  orthogonal(d, rng, u);
  orthogonal(d, rng, w);
  for (size_t i = 0; i < n; i++) {
    for (size_t j = 0; j < n; j++)
      row[j] = 0;
    for (size_t k = 0; k < n; k++) {
      double t = u[i * n + k] * sigma[k];
      for (size_t j = 0; j < n; j++)
        row[j] += t * w[k * n + j];
    }
    for (size_t j = 0; j < n; j++)
      out[i * n + j] = (float)row[j];
  }
  free(u), free(w), free(row);
}

/* Singular values log-spaced from 1 down to 1/cond. */
static void make_with_cond(int d, double cond, uint64_t *rng, float *out) {
  double *s = xmalloc((size_t)d * sizeof *s);
  for (int i = 0; i < d; i++)
    s[i] = pow(cond, -(double)i / (d - 1));
  make_weight(d, s, rng, out);
  free(s);
}

/* --- one layer, one batch of tokens -------------------------------------- */

typedef struct layer {
  int h, dim, e;
  float *w_k, *w_v;
  float *b_k, *b_v; /* null: no bias */
} layer;

/* W_k and W_v with singular values 1 .. 1/cond_k (k_only inverts W_k,
 * v_only W_v), biases uniform in [-0.5, 0.5). */
static void make_layer(layer *l, int h, int dim, double cond_k, int bias, uint64_t *rng) {
  l->h = h, l->dim = dim, l->e = h * dim;
  size_t n = (size_t)l->e;
  l->w_k = xmalloc(n * n * sizeof *l->w_k);
  l->w_v = xmalloc(n * n * sizeof *l->w_v);
  make_with_cond(l->e, cond_k, rng, l->w_k);
  make_with_cond(l->e, cond_k, rng, l->w_v);
  l->b_k = l->b_v = NULL;
  if (bias) {
    l->b_k = xmalloc(n * sizeof *l->b_k);
    l->b_v = xmalloc(n * sizeof *l->b_v);
    for (size_t i = 0; i < n; i++) {
      l->b_k[i] = (float)(0.5 * uniform(rng));
      l->b_v[i] = (float)(0.5 * uniform(rng));
    }
  }
}

static void layer_free(layer *l) { free(l->w_k), free(l->w_v), free(l->b_k), free(l->b_v); }

/* Cache contents and queries of one call.  Both caches are token_major
 * [batch][cap][E] (a K row of a token is every head's keys). */
typedef struct tokens {
  int phase, dtype, batch, cap;
  int32_t kv[MAX_BATCH];
  int64_t total_q;
  void *k, *v;    /* cache dtype; NaN past kv_len: reading those slots shows */
  float *q;       /* [total_q][E] */
  double max_v;   /* M: max |V| over the visible tokens, in double */
} tokens;

/* out[j] = x W[:, j] + b[j] in double (W row-major [e][e]). */
static void project(int e, const double *x, const float *w, const float *b, double *out) {
  for (int j = 0; j < e; j++)
    out[j] = b ? b[j] : 0.0;
  for (int i = 0; i < e; i++)
    for (int j = 0; j < e; j++)
      out[j] += x[i] * w[(size_t)i * e + j];
}

/* Queries are uniform, scaled so that scores spread over a few units (a
 * softmax that picks, not one that averages everything away). */
static void make_tokens(tokens *t, const layer *l, int phase, int dtype, int batch, const int *kv, uint64_t *rng) {
  size_t e = (size_t)l->e, cs = attnrt_dtype_size(dtype);
  t->phase = phase, t->dtype = dtype, t->batch = batch, t->cap = 1, t->total_q = 0;
  for (int b = 0; b < batch; b++) {
    t->kv[b] = kv[b];
    t->cap = kv[b] > t->cap ? kv[b] : t->cap;
    t->total_q += phase == ATTN_DECODE ? 1 : kv[b];
  }
  size_t cn = (size_t)batch * (size_t)t->cap * e;
  t->k = xmalloc(cn * cs);
  t->v = xmalloc(cn * cs);
  memset(t->k, 0xff, cn * cs);
  memset(t->v, 0xff, cn * cs);
  double *x = xmalloc(e * sizeof *x), *kr = xmalloc(e * sizeof *kr), *vr = xmalloc(e * sizeof *vr);
  double sum_k2 = 0;
  size_t nk = 0;
  t->max_v = 0;
  for (int b = 0; b < batch; b++)
    for (int j = 0; j < kv[b]; j++) {
      for (size_t i = 0; i < e; i++)
        x[i] = uniform(rng);
      project(l->e, x, l->w_k, l->b_k, kr);
      project(l->e, x, l->w_v, l->b_v, vr);
      size_t row = ((size_t)b * (size_t)t->cap + (size_t)j) * e;
      for (size_t i = 0; i < e; i++) {
        attnrt_store(t->k, dtype, row + i, (float)kr[i]);
        attnrt_store(t->v, dtype, row + i, (float)vr[i]);
        sum_k2 += kr[i] * kr[i];
        t->max_v = fmax(t->max_v, fabs(vr[i]));
      }
      nk += e;
    }
  double amp = 3 * sqrt(3.0) / sqrt(sum_k2 / (double)nk); /* score std ~ 3 */
  size_t qn = (size_t)t->total_q * e;
  t->q = xmalloc(qn * sizeof *t->q);
  for (size_t i = 0; i < qn; i++)
    t->q[i] = (float)(amp * uniform(rng));
  free(x), free(kr), free(vr);
}

static void tokens_free(tokens *t) { free(t->k), free(t->v), free(t->q); }

static double unit_roundoff(int dtype) { return dtype == ATTN_F32 ? 0x1p-24 : dtype == ATTN_F16 ? 0x1p-11 : 0x1p-8; }

/* --- kernels ------------------------------------------------------------- */

static const char *dtype_name(int t) { return t == ATTN_F32 ? "f32" : t == ATTN_F16 ? "f16" : "bf16"; }

/* Spec text of the layer's kernel: `store_keys` go into cache:, `extra` at
 * the end.  q and out are f32 so the comparison sees the cache's rounding. */
static char *layer_spec(const char *name, const layer *l, const tokens *t, const char *store_keys,
                        const char *extra) {
  char *s = NULL;
  if (asprintf(&s,
               "attncc: 1\nname: %s\nphase: %s\nheads: {q: %d, kv: %d, dim: %d, v_dim: %d}\n"
               "types: {q: f32, cache: %s, out: f32}\ncache: {%scapacity: %d}\n"
               "mask: {causal: true}\noutput: {lse: true}\n%s",
               name, t->phase == ATTN_DECODE ? "decode" : "prefill", l->h, l->h, l->dim, l->dim,
               dtype_name(t->dtype), store_keys, t->cap, extra) < 0)
    abort();
  return s;
}

static attncc_kernel *compile(const char *spec) {
  attncc_kernel *k = kc_jit(spec, NULL);
  ck_assert_msg(k != NULL, "does not compile:\n%s", spec);
  return k;
}

/* The arguments of the standard kernel (both caches); a slim store's bind
 * changes what it drops and adds. */
static attn_args base_args(const tokens *t, int threads) {
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = t->batch;
  a.num_threads = threads;
  a.kv_len = t->kv;
  a.q = t->q;
  a.k_cache = t->k;
  a.v_cache = t->v;
  return a;
}

/* Runs with out and lse poisoned (NaN) first, so a row left unwritten fails. */
static void run(const attncc_fns *f, attn_args a, const tokens *t, int e, float *out, float *lse) {
  size_t rows = (size_t)t->total_q;
  memset(out, 0xff, rows * (size_t)e * sizeof *out);
  memset(lse, 0xff, rows * (size_t)(e / f->info()->dim) * sizeof *lse);
  a.out = out;
  a.lse = lse;
  int rc = f->run(&a);
  ck_assert_msg(rc == 0, "%s: status %d (%s: %s)", f->info()->name, rc, attnrt_strerror(rc), attnrt_last_error());
}

/* max |a - b|; NaN or inf anywhere: +inf. */
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

static double max_abs(const float *a, size_t n) {
  double m = 0;
  for (size_t i = 0; i < n; i++)
    m = fmax(m, fabs((double)a[i]));
  return m;
}

/* --- slim stores --------------------------------------------------------- */

/* What a slim store's kernel is given instead of the cache it drops. */
typedef struct bound {
  float *w, *bias;          /* owned */
  void *cache;              /* owned: v_only's cache (V - b_v), written by NAME_append */
  int keys_recovered;       /* v_only: keys through W_vk (lse lacks scale q.b_k: no K bias) */
  attnrt_fold_report rep;
  double cond;              /* condition number of the matrix its fold inverts */
  int warn_bit;             /* its bit of rep.warn */
} bound;

/* k_only: fold W_kv = W_k^-1 W_v; a cache holding K + b_k needs
 * out_bias = b_v - b_k W_kv (docs/slim.md); drop the V cache. */
static int bind_k_only(const layer *l, const tokens *t, const attncc_fns *f, attn_args *a, bound *b) {
  (void)t, (void)f;
  size_t n = (size_t)l->e;
  memset(b, 0, sizeof *b);
  b->w = xmalloc(n * n * sizeof *b->w);
  memset(b->w, 0xff, n * n * sizeof *b->w); /* NaN: a W_kv never written shows */
  int rc = attnrt_slim_fold(l->e, l->w_k, l->w_v, l->b_v, b->w, NULL, FOLD_THRESHOLD, &b->rep);
  b->cond = b->rep.cond_k;
  b->warn_bit = 1;
  if (rc != ATTN_OK)
    return rc;
  if (l->b_k || l->b_v) {
    b->bias = xmalloc(n * sizeof *b->bias);
    for (size_t j = 0; j < n; j++) {
      double acc = l->b_v ? l->b_v[j] : 0.0;
      for (size_t i = 0; l->b_k && i < n; i++)
        acc -= (double)l->b_k[i] * b->w[i * n + j];
      b->bias[j] = (float)acc;
    }
  }
  a->v_cache = NULL;
  a->w_out = b->w;
  a->out_bias = b->bias;
  return ATTN_OK;
}

/* v_only: fold W_vk = W_v^-1 W_k; the cache holds V - b_v, written by the
 * kernel's NAME_append from the V rows (it subtracts out_bias = b_v), and
 * out_bias adds b_v back to the outputs.  Keys come out as X W_k without
 * b_k: the scores lose q.b_k, the same for every key of a query, so the
 * outputs are unchanged and lse is lower by scale q.b_k. */
static int bind_v_only(const layer *l, const tokens *t, const attncc_fns *f, attn_args *a, bound *b) {
  size_t n = (size_t)l->e, cs = attnrt_dtype_size(t->dtype);
  memset(b, 0, sizeof *b);
  b->w = xmalloc(n * n * sizeof *b->w);
  memset(b->w, 0xff, n * n * sizeof *b->w);
  int rc = attnrt_slim_fold(l->e, l->w_k, l->w_v, l->b_v, NULL, b->w, FOLD_THRESHOLD, &b->rep);
  b->cond = b->rep.cond_v;
  b->warn_bit = 2;
  b->keys_recovered = 1;
  if (rc != ATTN_OK)
    return rc;
  if (l->b_v) {
    b->bias = xmalloc(n * sizeof *b->bias);
    memcpy(b->bias, l->b_v, n * sizeof *b->bias);
  }
  size_t cn = (size_t)t->batch * (size_t)t->cap * n, rows = 0;
  b->cache = xmalloc(cn * cs);
  memset(b->cache, 0xff, cn * cs);
  float *vnew = xmalloc(cn * sizeof *vnew + 4);
  int32_t zero[MAX_BATCH] = {0};
  for (int s = 0; s < t->batch; s++)
    for (int j = 0; j < t->kv[s]; j++, rows++)
      for (size_t i = 0; i < n; i++)
        vnew[rows * n + i] = attnrt_load(t->v, t->dtype, ((size_t)s * (size_t)t->cap + (size_t)j) * n + i);
  attn_args ap = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args), .batch = t->batch,
                  .kv_len = zero, .new_len = t->kv, .v_new = vnew, .k_cache = b->cache, .out_bias = b->bias};
  rc = f->append(&ap);
  free(vnew);
  if (rc != ATTN_OK)
    return rc;
  a->k_cache = b->cache;
  a->v_cache = NULL;
  a->w_absorb = b->w;
  a->out_bias = b->bias;
  return ATTN_OK;
}

typedef struct slim_store {
  const char *name;
  const char *cache_keys; /* inside the spec's cache: {...} */
  const char *extra;      /* more spec lines */
  int (*bind)(const layer *l, const tokens *t, const attncc_fns *f, attn_args *a, bound *b);
} slim_store;

/* Every store is checked against the standard kernel on the same layer:
 * k_only in both orders (K cache, V = K W_kv), v_only (V cache, K = (V -
 * b_v) W_vk, bounded by cond_v, warn bit 2). */
static const slim_store stores[] = {
    {"k_only", "store: k_only, ", "slim: {order: scores_first}\n", bind_k_only},
    {"k_only values_first", "store: k_only, ", "slim: {order: values_first}\n", bind_k_only},
    {"v_only", "store: v_only, ", "", bind_v_only},
};

/* RMS of s over every (query, head, visible key) of the call, in double. */
static double rms_score(const layer *l, const tokens *t) {
  double scale = 1 / sqrt((double)l->dim), m = 0, n = 0;
  size_t e = (size_t)l->e;
  int64_t row = 0;
  for (int b = 0; b < t->batch; b++) {
    int nq = t->phase == ATTN_DECODE ? 1 : t->kv[b];
    for (int i = 0; i < nq; i++, row++) {
      int pos = t->kv[b] - nq + i;
      for (int h = 0; h < l->h; h++)
        for (int j = 0; j <= pos; j++) {
          double dot = 0;
          for (int d = 0; d < l->dim; d++)
            dot += (double)t->q[(size_t)row * e + (size_t)h * l->dim + d] *
                   attnrt_load(t->k, t->dtype, ((size_t)b * t->cap + j) * e + (size_t)h * l->dim + d);
          m += scale * dot * scale * dot;
          n++;
        }
    }
  }
  return sqrt(m / n);
}

/* lse the standard kernel would give minus scale q_h.b_k,h, per row and head
 * (v_only's keys carry no K bias). */
static void shift_lse(const layer *l, const tokens *t, const float *lref, float *out) {
  double scale = 1 / sqrt((double)l->dim);
  for (int64_t r = 0; r < t->total_q; r++)
    for (int h = 0; h < l->h; h++) {
      double dot = 0;
      for (int d = 0; l->b_k && d < l->dim; d++)
        dot += (double)t->q[((size_t)r * l->h + h) * l->dim + d] * l->b_k[h * l->dim + d];
      out[r * l->h + h] = (float)(lref[r * l->h + h] - scale * dot);
    }
}

/* --- random layers -------------------------------------------------------- */

typedef struct ecase {
  int phase, h, dim, dtype, bias;
  double cond_k;
  int threads, batch, kv[MAX_BATCH];
  const char *rope; /* a rope: line for both kernels (on read), or null */
} ecase;

/* E from 64 to 512; every cache dtype in both phases, with and without
 * biases; a single decode sequence on 2 threads splits its keys (k_only's
 * partials are E wide, merged then projected).  bf16 keeps cond_k <= 10, so
 * that its tolerance (8 % of M there) stays below a dropped bias. */
static const ecase cases[] = {
    {ATTN_DECODE, 4, 16, ATTN_F32, 0, 4, 1, 2, {300, 1}, NULL},
    {ATTN_DECODE, 2, 64, ATTN_F16, 1, 10, 1, 2, {257, 40}, NULL},
    {ATTN_DECODE, 8, 16, ATTN_BF16, 1, 10, 1, 2, {129, 600}, NULL},
    {ATTN_DECODE, 4, 64, ATTN_F16, 0, 20, 1, 2, {512, 3}, NULL},
    {ATTN_DECODE, 6, 64, ATTN_BF16, 1, 5, 1, 2, {200, 77}, NULL},
    {ATTN_DECODE, 8, 64, ATTN_F32, 1, 20, 1, 2, {700, 65}, NULL},
    {ATTN_DECODE, 2, 64, ATTN_F16, 1, 10, 2, 1, {1100}, NULL},
    {ATTN_PREFILL, 4, 16, ATTN_BF16, 1, 10, 1, 2, {80, 17}, NULL},
    {ATTN_PREFILL, 2, 64, ATTN_F32, 1, 20, 1, 1, {100}, NULL},
    {ATTN_PREFILL, 8, 32, ATTN_F16, 1, 5, 2, 2, {64, 33}, NULL},
    {ATTN_PREFILL, 8, 64, ATTN_BF16, 0, 10, 1, 1, {48}, NULL},
    {ATTN_PREFILL, 4, 64, ATTN_F32, 0, 4, 1, 1, {90}, NULL},
    /* with RoPE (both kernels rotate the same cached keys on read; k_only's
     * values come from the raw ones); v_only rejects rope and is skipped */
    {ATTN_DECODE, 4, 32, ATTN_F16, 1, 10, 1, 2, {700, 45}, "rope: {theta: 10000}\n"},
    {ATTN_DECODE, 8, 64, ATTN_F32, 1, 20, 2, 1, {1100}, "rope: {theta: 500000, scaling: {type: llama3}}\n"},
    {ATTN_PREFILL, 4, 32, ATTN_F32, 1, 10, 1, 2, {90, 33}, "rope: {style: gptj, dims: 16}\n"},
    {ATTN_PREFILL, 2, 64, ATTN_BF16, 1, 5, 2, 1, {70}, "rope: {theta: 1000000, style: gptj}\n"},
};

START_TEST(slim_matches_standard) {
  const ecase *c = &cases[_i];
  uint64_t seed = base_seed() ^ (0x100u + (uint64_t)_i), rng = seed;
  layer l;
  tokens t;
  make_layer(&l, c->h, c->dim, c->cond_k, c->bias, &rng);
  make_tokens(&t, &l, c->phase, c->dtype, c->batch, c->kv, &rng);
  size_t e = (size_t)l.e, on = (size_t)t.total_q * e, ln = (size_t)t.total_q * (size_t)l.h;
  float *ref = xmalloc(on * 4), *out = xmalloc(on * 4), *lref = xmalloc(ln * 4), *lse = xmalloc(ln * 4);

  const char *rope = c->rope ? c->rope : "";
  char *spec = layer_spec("e2e_kv", &l, &t, "", rope), *extra = NULL;
  attncc_kernel *std = compile(spec);
  const attncc_fns *fs = attncc_kernel_fns(std);
  attn_args a = base_args(&t, c->threads);
  run(fs, a, &t, l.e, ref, lref);
  free(spec);

  for (size_t s = 0; s < sizeof stores / sizeof stores[0]; s++) {
    const slim_store *st = &stores[s];
    if (c->rope && st->bind == bind_v_only) continue; /* a spec error (docs/slim.md §RoPE) */
    attn_args sa = base_args(&t, c->threads);
    bound b;
    if (asprintf(&extra, "%s%s", st->extra, rope) < 0) abort();
    spec = layer_spec("e2e_slim", &l, &t, st->cache_keys, extra);
    free(extra);
    attncc_kernel *sk = compile(spec);
    const attncc_fns *fk = attncc_kernel_fns(sk);
    int rc = st->bind(&l, &t, fk, &sa, &b);
    ck_assert_msg(rc == ATTN_OK, "case %d %s: fold status %d (%s)", _i, st->name, rc, attnrt_last_error());
    ck_assert_msg(!(b.rep.warn & b.warn_bit), "case %d %s: fold warns: %s", _i, st->name, b.rep.note);
    ck_assert_msg(b.warn_bit != 1 || fabs(b.cond / c->cond_k - 1) < 1e-3, "case %d: cond %.6g, built %g", _i,
                  b.cond, c->cond_k);
    run(fk, sa, &t, l.e, out, lse);
    float *lwant = lref;
    if (b.keys_recovered) {
      lwant = xmalloc(ln * 4);
      shift_lse(&l, &t, lref, lwant);
    }

    double u = unit_roundoff(c->dtype), t_out = kc_tolerance(ATTN_F32);
    double tol = t.max_v * (2 * t_out + u + TOL_C * b.cond * (u + 0x1p-24)), lse_tol = LSE_TOL;
    if (b.keys_recovered) /* v_only: scores perturbed like k_only's values, relative to their RMS */
      lse_tol += TOL_C * b.cond * (u + 0x1p-24) * rms_score(&l, &t);
    double err = max_diff(out, ref, on), lerr = max_diff(lse, lwant, ln);
    if (lwant != lref) free(lwant);
    printf("slim_e2e case %2d %-19s: %-7s E %3d h %d %-4s bias %d cond %5.2f%s  max|V| %.3f  err %.3e  tol %.3e  "
           "err/tol %.3f  lse err/tol %.3f\n",
           _i, st->name, t.phase == ATTN_DECODE ? "decode" : "prefill", l.e, l.h, dtype_name(c->dtype), c->bias,
           b.cond, c->rope ? " rope" : "", t.max_v, err, tol, err / tol, lerr / lse_tol);
    ck_assert_msg(err <= tol && lerr <= lse_tol,
                  "case %d %s (seed %#llx): max |out - standard| %.3g > tol %.3g, or lse error %.3g\n%s", _i,
                  st->name, (unsigned long long)seed, err, tol, lerr, spec);
    if (sa.out_bias) { /* a mistake the tolerance must catch: the folded bias left out */
      sa.out_bias = NULL;
      run(fk, sa, &t, l.e, out, lse);
      double bad = max_diff(out, ref, on);
      ck_assert_msg(bad > tol, "case %d %s: without its bias the output is still within tol (%.3g <= %.3g)", _i,
                    st->name, bad, tol);
    }
    attncc_kernel_free(sk);
    free(spec);
    free(b.w), free(b.bias), free(b.cache);
  }
  attncc_kernel_free(std);
  free(ref), free(out), free(lref), free(lse);
  tokens_free(&t);
  layer_free(&l);
}
END_TEST

/* --- the danger: ill-conditioned and singular W_k ------------------------- */

/* W_k = U diag(1 .. 1e-7) V^T, W_v with cond 2, f32 cache: the fold flags
 * V-from-K, and the k_only output (both orders) misses 1e-3 where the
 * standard one does not; v_only, which inverts the well-conditioned W_v, is
 * not flagged and meets it. */
START_TEST(ill_conditioned_k) {
  const int h = 4, dim = 32, e = h * dim, kv[MAX_BATCH] = {64, 200};
  uint64_t seed = base_seed() ^ 0x200u, rng = seed;
  layer l = {.h = h, .dim = dim, .e = e};
  size_t n = (size_t)e;
  l.w_k = xmalloc(n * n * sizeof *l.w_k);
  l.w_v = xmalloc(n * n * sizeof *l.w_v);
  make_with_cond(e, 1e7, &rng, l.w_k);
  make_with_cond(e, 2, &rng, l.w_v);
  tokens t;
  make_tokens(&t, &l, ATTN_DECODE, ATTN_F32, MAX_BATCH, kv, &rng);
  size_t on = (size_t)t.total_q * n, ln = (size_t)t.total_q * (size_t)h;
  float *ref = xmalloc(on * 4), *out = xmalloc(on * 4), *dref = xmalloc(on * 4);
  float *lref = xmalloc(ln * 4), *lse = xmalloc(ln * 4);

  char *spec_kv = layer_spec("e2e_kv", &l, &t, "", "");
  attncc_kernel *std = compile(spec_kv);
  const attncc_fns *fs = attncc_kernel_fns(std);
  attn_args a = base_args(&t, 1);
  run(fs, a, &t, e, ref, lref);
  /* The standard kernel is right: against the double reference, same caches. */
  a.out = dref;
  a.lse = lse;
  ck_assert_int_eq(attnrt_reference(fs->info(), &a), 0);
  double ref_max = max_abs(dref, on), std_rel = max_diff(ref, dref, on) / ref_max;
  ck_assert_msg(std_rel < 1e-5, "standard kernel vs reference: %.3g relative", std_rel);

  for (size_t s = 0; s < sizeof stores / sizeof stores[0]; s++) {
    const slim_store *st = &stores[s];
    attn_args sa = base_args(&t, 1);
    bound b;
    char *spec = layer_spec("e2e_slim", &l, &t, st->cache_keys, st->extra);
    attncc_kernel *sk = compile(spec);
    const attncc_fns *fk = attncc_kernel_fns(sk);
    int rc = st->bind(&l, &t, fk, &sa, &b);
    ck_assert_msg(rc == ATTN_OK, "%s: fold status %d (%s)", st->name, rc, attnrt_last_error());
    int danger = b.warn_bit == 1; /* k_only inverts W_k (cond 1e7); v_only W_v (cond 2) */
    if (danger)
      ck_assert_msg(b.cond > 1e6 && b.cond < 1e8, "seed %#llx: cond %.3g", (unsigned long long)seed, b.cond);
    else
      ck_assert_msg(b.cond < 3, "seed %#llx: cond_v %.3g", (unsigned long long)seed, b.cond);
    ck_assert_msg(!(b.rep.warn & b.warn_bit) == !danger, "%s: fold warn %d: %s", st->name, b.rep.warn, b.rep.note);
    run(fk, sa, &t, e, out, lse);
    double rel = max_diff(out, ref, on) / ref_max;
    /* The same values evaluated in double (the reference goes values first):
     * as far off, so it is the f32 K cache read through W_kv, not the kernel. */
    sa.out = dref;
    sa.lse = lse;
    ck_assert_int_eq(attnrt_reference(fk->info(), &sa), 0);
    double dref_rel = max_diff(dref, ref, on) / ref_max;
    printf("slim_e2e ill-conditioned %s: cond of the inverted matrix %.3g, warn %d, kernel error %.3e, double "
           "reference error %.3e (relative to max|out| %.3f; standard kernel %.1e)\n  note: %s\n",
           st->name, b.cond, b.rep.warn, rel, dref_rel, ref_max, std_rel, b.rep.note);
    ck_assert_msg(isfinite(max_abs(out, on)), "%s: non-finite output", st->name);
    if (danger)
      ck_assert_msg(rel > USER_TOL && dref_rel > USER_TOL,
                    "seed %#llx %s: error %.3g (double reference %.3g) within %.0e: the danger did not show",
                    (unsigned long long)seed, st->name, rel, dref_rel, USER_TOL);
    else
      ck_assert_msg(rel <= USER_TOL && dref_rel <= USER_TOL,
                    "seed %#llx %s: error %.3g (double reference %.3g) beyond %.0e with cond %.3g",
                    (unsigned long long)seed, st->name, rel, dref_rel, USER_TOL, b.cond);
    attncc_kernel_free(sk);
    free(spec);
    free(b.w), free(b.bias), free(b.cache);
  }
  attncc_kernel_free(std);
  free(spec_kv);
  free(ref), free(out), free(dref), free(lref), free(lse);
  tokens_free(&t);
  layer_free(&l);
}
END_TEST

/* Two equal columns in W_k: no W_kv at all, and the report says so. */
START_TEST(singular_k) {
  const int h = 2, dim = 32, e = h * dim;
  uint64_t rng = base_seed() ^ 0x300u;
  layer l;
  make_layer(&l, h, dim, 4, 0, &rng);
  for (int r = 0; r < e; r++)
    l.w_k[(size_t)r * e + 9] = l.w_k[(size_t)r * e + 2];
  attn_args a = {0};
  bound b;
  int rc = bind_k_only(&l, NULL, NULL, &a, &b);
  ck_assert_msg(rc == ATTN_E_SINGULAR, "status %d (%s)", rc, attnrt_last_error());
  ck_assert_msg(strstr(attnrt_last_error(), "W_k") != NULL, "detail '%s'", attnrt_last_error());
  ck_assert_msg(b.rep.warn & 1, "warn %d (%s)", b.rep.warn, b.rep.note);
  ck_assert(a.w_out == NULL && a.out_bias == NULL);
  size_t n = (size_t)e * (size_t)e;
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(isnan(b.w[i]), "w_kv[%zu] written: %g", i, (double)b.w[i]);
  free(b.w), free(b.bias);
  layer_free(&l);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_slim_e2e");
  TCase *tc = tcase_create("slim_e2e");
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, slim_matches_standard, 0, (int)(sizeof cases / sizeof cases[0]));
  tcase_add_test(tc, ill_conditioned_k);
  tcase_add_test(tc, singular_k);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
