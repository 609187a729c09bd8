/* Slim attention weight folding (runtime/slim.c, docs/slim.md):
 * attnrt_slim_fold on matrices of known condition number (random orthogonal
 * factors from our own Householder reflections), the V bias, singular and
 * ill-conditioned W_k, and attnrt_absorb against plain loops.
 * ATTNCC_TEST_SEED changes every random matrix. */
#include <check.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define F32_EPS 0x1p-24
#define THRESHOLD 1e-3

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  ck_assert_msg(p != NULL, "out of memory (%zu bytes)", n);
  return p;
}

/* A random orthogonal d x d matrix (row-major, double): the product of d
 * Householder reflections I - 2 v v^T with random unit v. */
static void rand_orthogonal(int d, uint64_t *rng, double *q) {
  size_t n = (size_t)d;
  double *v = xmalloc(n * sizeof *v), *w = xmalloc(n * sizeof *w);
  for (size_t i = 0; i < n * n; i++)
    q[i] = i % (n + 1) == 0 ? 1.0 : 0.0;
  for (int r = 0; r < d; r++) {
    double norm = 0;
    for (size_t i = 0; i < n; i++) {
      v[i] = tu_uniform(rng);
      norm += v[i] * v[i];
    }
    if (norm < 1e-6) {
      r--;
      continue;
    }
    norm = sqrt(norm);
    for (size_t i = 0; i < n; i++)
      v[i] /= norm;
    for (size_t i = 0; i < n; i++) { /* w = q v */
      w[i] = 0;
      for (size_t j = 0; j < n; j++)
        w[i] += q[i * n + j] * v[j];
    }
    for (size_t i = 0; i < n; i++) /* q (I - 2 v v^T) = q - 2 w v^T */
      for (size_t j = 0; j < n; j++)
        q[i * n + j] -= 2 * w[i] * v[j];
  }
  free(v);
  free(w);
}

/* out = U diag(s) V^T rounded to f32, U and V random orthogonal; with
 * `symmetric`, V = U (the Q diag Q^T form). */
static void make_matrix(int d, const double *s, int symmetric, uint64_t *rng, float *out) {
  size_t n = (size_t)d;
  double *u = xmalloc(n * n * sizeof *u), *v = xmalloc(n * n * sizeof *v);
  rand_orthogonal(d, rng, u);
  if (symmetric)
    memcpy(v, u, n * n * sizeof *v);
  else
    rand_orthogonal(d, rng, v);
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < n; j++) {
      double acc = 0;
      for (size_t k = 0; k < n; k++)
        acc += u[i * n + k] * s[k] * v[j * n + k];
      out[i * n + j] = (float)acc;
    }
  free(u);
  free(v);
}

/* Singular values log-spaced from 1 down to 1/cond (cond exactly, d > 1). */
static void make_with_cond(int d, double cond, int symmetric, uint64_t *rng, float *out) {
  double *s = xmalloc((size_t)d * sizeof *s);
  for (int i = 0; i < d; i++)
    s[i] = d == 1 ? 1.0 : pow(cond, -(double)i / (d - 1));
  make_matrix(d, s, symmetric, rng, out);
  free(s);
}

/* C[m][n] = A[m][k] B[k][n] in double (A, B f32 or double via accessors). */
static void mm_ff(int m, int n, int k, const float *a, const float *b, double *c) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++) {
      double acc = 0;
      for (int l = 0; l < k; l++)
        acc += (double)a[(size_t)i * k + l] * b[(size_t)l * n + j];
      c[(size_t)i * n + j] = acc;
    }
}

static void mm_df(int m, int n, int k, const double *a, const float *b, double *c) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++) {
      double acc = 0;
      for (int l = 0; l < k; l++)
        acc += a[(size_t)i * k + l] * b[(size_t)l * n + j];
      c[(size_t)i * n + j] = acc;
    }
}

static double rel_frob(const double *p, const double *ref, size_t n) {
  double num = 0, den = 0;
  for (size_t i = 0; i < n; i++) {
    num += (p[i] - ref[i]) * (p[i] - ref[i]);
    den += ref[i] * ref[i];
  }
  return sqrt(num / den);
}

/* ||A X - B||_F / ||B||_F for d x d f32 matrices, in double. */
static double residual(int d, const float *a, const float *x, const float *b) {
  size_t n = (size_t)d * (size_t)d;
  double *p = xmalloc(n * sizeof *p), *ref = xmalloc(n * sizeof *ref);
  mm_ff(d, d, d, a, x, p);
  for (size_t i = 0; i < n; i++)
    ref[i] = b[i];
  double r = rel_frob(p, ref, n);
  free(p);
  free(ref);
  return r;
}

static double max_abs(const float *p, size_t n) {
  double m = 0;
  for (size_t i = 0; i < n; i++)
    m = fmax(m, fabs((double)p[i]));
  return m;
}

/* A NaN with a payload no computation produces: "untouched" means these bits. */
static float poison_value(void) {
  uint32_t u = 0x7fc5a1edu;
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

static float *poisoned(size_t n) {
  float *p = xmalloc(n * sizeof *p), v = poison_value();
  for (size_t i = 0; i < n; i++)
    p[i] = v;
  return p;
}

static int still_poisoned(const float *p, size_t n) {
  float v = poison_value();
  for (size_t i = 0; i < n; i++)
    if (memcmp(&p[i], &v, sizeof v) != 0)
      return 0;
  return 1;
}

static const int well_dims[] = {1, 7, 64, 128};

START_TEST(fold_well_conditioned) {
  int d = well_dims[_i];
  uint64_t seed = tu_seed() ^ (0x1000u + (uint64_t)d), rng = seed;
  size_t n = (size_t)d * (size_t)d;
  float *wk = xmalloc(n * sizeof *wk), *wv = xmalloc(n * sizeof *wv);
  double ck = d == 1 ? 1 : 30, cv = d == 1 ? 1 : 50;
  make_with_cond(d, ck, 0, &rng, wk);
  make_with_cond(d, cv, 0, &rng, wv);
  float *wkv = poisoned(n), *wvk = poisoned(n);
  attnrt_fold_report rep;
  int rc = attnrt_slim_fold(d, wk, wv, NULL, wkv, wvk, THRESHOLD, &rep);
  ck_assert_msg(rc == ATTN_OK, "d %d seed %#llx: rc %d (%s)", d, (unsigned long long)seed, rc,
                attnrt_last_error());
  /* The f32 rounding of the constructed matrix moves cond by ~cond * 2^-24. */
  ck_assert_msg(rep.cond_k >= 1 && fabs(rep.cond_k / ck - 1) < 1e-4, "d %d: cond_k %.9g, built %g", d,
                rep.cond_k, ck);
  ck_assert_msg(rep.cond_v >= 1 && fabs(rep.cond_v / cv - 1) < 1e-4, "d %d: cond_v %.9g, built %g", d,
                rep.cond_v, cv);
  /* ||W_k fl(W_kv) - W_v|| <= ||W_k|| ||W_kv|| 2^-24 <= cond_k 2^-24 ||W_v||. */
  double rk = residual(d, wk, wkv, wv), rv = residual(d, wv, wvk, wk);
  double tol_k = 1.5 * ck * F32_EPS + 1e-10, tol_v = 1.5 * cv * F32_EPS + 1e-10;
  ck_assert_msg(rk <= tol_k, "d %d seed %#llx: ||W_k W_kv - W_v|| / ||W_v|| = %.3g > %.3g", d,
                (unsigned long long)seed, rk, tol_k);
  ck_assert_msg(rv <= tol_v, "d %d seed %#llx: ||W_v W_vk - W_k|| / ||W_k|| = %.3g > %.3g", d,
                (unsigned long long)seed, rv, tol_v);
  ck_assert_msg(rep.max_abs_kv == max_abs(wkv, n) && rep.max_abs_vk == max_abs(wvk, n),
                "d %d: max_abs %.9g / %.9g, outputs %.9g / %.9g", d, rep.max_abs_kv, rep.max_abs_vk,
                max_abs(wkv, n), max_abs(wvk, n));
  /* Probe errors: the f32 rounding of the folded matrix, far below 1e-3. */
  ck_assert_msg(rep.err_v_from_k >= 0 && rep.err_v_from_k <= 4 * ck * F32_EPS + 1e-12,
                "d %d: err_v_from_k %.3g", d, rep.err_v_from_k);
  ck_assert_msg(rep.err_k_from_v >= 0 && rep.err_k_from_v <= 4 * cv * F32_EPS + 1e-12,
                "d %d: err_k_from_v %.3g", d, rep.err_k_from_v);
  ck_assert_msg(rep.warn == 0, "d %d: warn %d (%s)", d, rep.warn, rep.note);
  ck_assert_msg(strncmp(rep.note, "use k_only", 10) == 0 || strncmp(rep.note, "use v_only", 10) == 0,
                "d %d: note '%s'", d, rep.note);
  ck_assert_msg(strlen(rep.note) < sizeof rep.note, "note not terminated");
  /* A threshold above both measured errors but below both cond * 2^-24
   * bounds: both flagged, by the bound alone, and the note says "with care". */
  double e_max = fmax(rep.err_v_from_k, rep.err_k_from_v), p_min = fmin(ck, cv) * F32_EPS;
  if (d >= 7) {
    ck_assert_msg(2 * e_max < p_min, "d %d: errors %.3g %.3g vs bounds %.3g", d, rep.err_v_from_k,
                  rep.err_k_from_v, p_min);
    attnrt_fold_report rep3;
    ck_assert_int_eq(attnrt_slim_fold(d, wk, wv, NULL, NULL, NULL, 2 * e_max, &rep3), ATTN_OK);
    ck_assert_msg(rep3.warn == 3, "d %d: warn %d at threshold %.3g", d, rep3.warn, 2 * e_max);
    const char *want = rep.err_k_from_v < rep.err_v_from_k ? "v_only with care" : "k_only with care";
    ck_assert_msg(strncmp(rep3.note, want, strlen(want)) == 0, "d %d: note '%s'", d, rep3.note);
  }
  /* Only one output asked for: the same bits, the other left alone. */
  float *only = poisoned(n), *none = poisoned(n);
  attnrt_fold_report rep2;
  ck_assert_int_eq(attnrt_slim_fold(d, wk, wv, NULL, only, NULL, THRESHOLD, &rep2), ATTN_OK);
  ck_assert_msg(memcmp(only, wkv, n * sizeof *only) == 0, "d %d: w_kv alone differs", d);
  ck_assert_msg(rep2.err_k_from_v == rep.err_k_from_v, "d %d: report depends on the outputs asked", d);
  ck_assert_int_eq(attnrt_slim_fold(d, wk, wv, NULL, NULL, none, THRESHOLD, &rep2), ATTN_OK);
  ck_assert_msg(memcmp(none, wvk, n * sizeof *none) == 0, "d %d: w_vk alone differs", d);
  free(only);
  free(none);
  free(wk);
  free(wv);
  free(wkv);
  free(wvk);
}
END_TEST

START_TEST(fold_bias) {
  const int d = 32, rows = 40;
  uint64_t seed = tu_seed() ^ 0x2000u, rng = seed;
  size_t n = (size_t)d * d, nr = (size_t)rows * d;
  float *wk = xmalloc(n * sizeof *wk), *wv = xmalloc(n * sizeof *wv), *bv = xmalloc(d * sizeof *bv);
  make_with_cond(d, 20, 0, &rng, wk);
  make_with_cond(d, 20, 0, &rng, wv);
  for (int i = 0; i < d; i++) { /* |b| in [0.5, 1]: as large as the entries of X W_v */
    float u = tu_uniform(&rng);
    bv[i] = (u < 0 ? -1.0f : 1.0f) * (0.75f + 0.25f * tu_uniform(&rng));
  }
  float *wkv = poisoned(n), *wvk = poisoned(n);
  attnrt_fold_report rep;
  int rc = attnrt_slim_fold(d, wk, wv, bv, wkv, wvk, THRESHOLD, &rep);
  ck_assert_msg(rc == ATTN_OK, "rc %d (%s)", rc, attnrt_last_error());
  ck_assert_msg(rep.warn == 0 && rep.err_v_from_k < 1e-5 && rep.err_k_from_v < 1e-5,
                "seed %#llx: warn %d, errors %.3g %.3g", (unsigned long long)seed, rep.warn,
                rep.err_v_from_k, rep.err_k_from_v);

  /* Our own inputs: K = X W_k, V = X W_v + b_v. */
  double *x = xmalloc(nr * sizeof *x), *k = xmalloc(nr * sizeof *k), *v = xmalloc(nr * sizeof *v);
  double *p = xmalloc(nr * sizeof *p), *t = xmalloc(nr * sizeof *t);
  for (size_t i = 0; i < nr; i++)
    x[i] = tu_uniform(&rng);
  mm_df(rows, d, d, x, wk, k);
  mm_df(rows, d, d, x, wv, v);
  for (size_t i = 0; i < nr; i++)
    v[i] += bv[i % d];

  /* V' = K W_kv + b_v reproduces V; without + b_v it does not. */
  mm_df(rows, d, d, k, wkv, p);
  double err_nob = rel_frob(p, v, nr);
  for (size_t i = 0; i < nr; i++)
    p[i] += bv[i % d];
  double err_v = rel_frob(p, v, nr);
  ck_assert_msg(err_v < 1e-5, "seed %#llx: V from K with b_v: %.3g", (unsigned long long)seed, err_v);
  ck_assert_msg(err_nob > 0.1, "V from K without adding b_v should be wrong, error %.3g", err_nob);

  /* K' = (V - b_v) W_vk reproduces K; V W_vk (no subtraction) does not. */
  for (size_t i = 0; i < nr; i++)
    t[i] = v[i] - bv[i % d];
  mm_df(rows, d, d, t, wvk, p);
  double err_k = rel_frob(p, k, nr);
  mm_df(rows, d, d, v, wvk, p);
  double err_k_nosub = rel_frob(p, k, nr);
  ck_assert_msg(err_k < 1e-5, "seed %#llx: K from V - b_v: %.3g", (unsigned long long)seed, err_k);
  ck_assert_msg(err_k_nosub > 0.1, "K from V without subtracting b_v should be wrong, error %.3g",
                err_k_nosub);

  /* The fold itself does not depend on b_v (only the report's probes do). */
  float *wkv0 = poisoned(n);
  ck_assert_int_eq(attnrt_slim_fold(d, wk, wv, NULL, wkv0, NULL, THRESHOLD, &rep), ATTN_OK);
  ck_assert(memcmp(wkv0, wkv, n * sizeof *wkv) == 0);
  free(wkv0);
  free(x);
  free(k);
  free(v);
  free(p);
  free(t);
  free(wk);
  free(wv);
  free(bv);
  free(wkv);
  free(wvk);
}
END_TEST

/* _i = 0: W_k with a zero column; 1: W_k with two equal rows. */
START_TEST(fold_singular_k) {
  const int d = 24;
  uint64_t seed = tu_seed() ^ (0x3000u + (uint64_t)_i), rng = seed;
  size_t n = (size_t)d * d;
  float *wk = xmalloc(n * sizeof *wk), *wv = xmalloc(n * sizeof *wv);
  make_with_cond(d, 10, 0, &rng, wk);
  make_with_cond(d, 40, 0, &rng, wv);
  if (_i == 0)
    for (int r = 0; r < d; r++)
      wk[(size_t)r * d + 5] = 0;
  else
    memcpy(wk + 17 * d, wk + 3 * d, d * sizeof *wk);

  float *wkv = poisoned(n), *wvk = poisoned(n);
  attnrt_fold_report rep;
  int rc = attnrt_slim_fold(d, wk, wv, NULL, wkv, wvk, THRESHOLD, &rep);
  ck_assert_msg(rc == ATTN_E_SINGULAR, "case %d: rc %d (%s)", (int)_i, rc, attnrt_last_error());
  ck_assert_msg(strstr(attnrt_last_error(), "W_k is singular") != NULL, "detail '%s'", attnrt_last_error());
  ck_assert_msg(still_poisoned(wkv, n), "case %d: w_kv was written", (int)_i);
  ck_assert_msg(!(rep.cond_k <= 1 / (d * DBL_EPSILON)), "case %d: cond_k %.3g", (int)_i, rep.cond_k);
  ck_assert_msg(fabs(rep.cond_v / 40 - 1) < 1e-4, "cond_v %.9g", rep.cond_v);
  ck_assert_msg(rep.warn == 1, "warn %d (%s)", rep.warn, rep.note);
  ck_assert(isinf(rep.err_v_from_k) && isnan(rep.max_abs_kv));
  /* The other direction is computed and right. */
  double rv = residual(d, wv, wvk, wk);
  ck_assert_msg(rv <= 1.5 * 40 * F32_EPS + 1e-10, "seed %#llx: ||W_v W_vk - W_k|| rel %.3g",
                (unsigned long long)seed, rv);
  ck_assert_msg(rep.err_k_from_v < 1e-5, "err_k_from_v %.3g", rep.err_k_from_v);
  ck_assert_msg(strncmp(rep.note, "use v_only", 10) == 0, "note '%s'", rep.note);

  /* Only the singular fold asked for: an error, nothing written. */
  ck_assert_int_eq(attnrt_slim_fold(d, wk, wv, NULL, wkv, NULL, THRESHOLD, &rep), ATTN_E_SINGULAR);
  ck_assert(still_poisoned(wkv, n));
  /* Only the good one asked for: success, and the report says why not k_only. */
  float *wvk2 = poisoned(n);
  ck_assert_int_eq(attnrt_slim_fold(d, wk, wv, NULL, NULL, wvk2, THRESHOLD, &rep), ATTN_OK);
  ck_assert(memcmp(wvk2, wvk, n * sizeof *wvk) == 0);
  ck_assert_int_eq(rep.warn, 1);
  /* Both singular: both untouched. */
  float *wvk3 = poisoned(n);
  ck_assert_int_eq(attnrt_slim_fold(d, wk, wk, NULL, wkv, wvk3, THRESHOLD, &rep), ATTN_E_SINGULAR);
  ck_assert(still_poisoned(wkv, n) && still_poisoned(wvk3, n));
  ck_assert_int_eq(rep.warn, 3);
  ck_assert_msg(strncmp(rep.note, "keep K and V", 12) == 0, "note '%s'", rep.note);
  /* Singular W_v, fine W_k: w_kv written, w_vk untouched. */
  float *wkv4 = poisoned(n);
  ck_assert_int_eq(attnrt_slim_fold(d, wv, wk, NULL, wkv4, wvk3, THRESHOLD, &rep), ATTN_E_SINGULAR);
  ck_assert(!still_poisoned(wkv4, n) && still_poisoned(wvk3, n));
  ck_assert_msg(residual(d, wv, wkv4, wk) <= 1.5 * 40 * F32_EPS + 1e-10, "w_kv with singular W_v");
  ck_assert_msg(strstr(attnrt_last_error(), "W_v is singular") != NULL, "detail '%s'", attnrt_last_error());
  ck_assert_int_eq(rep.warn, 2);
  free(wvk2);
  free(wvk3);
  free(wkv4);
  free(wk);
  free(wv);
  free(wkv);
  free(wvk);
}
END_TEST

/* cond(W_k) ~ 1e7 (Q diag(1 .. 1e-7) Q^T): V from K loses ~7 of f32's digits,
 * K from V with a well-conditioned W_v does not. */
START_TEST(fold_ill_conditioned) {
  const int d = 64;
  uint64_t seed = tu_seed() ^ 0x4000u, rng = seed;
  size_t n = (size_t)d * d;
  float *wk = xmalloc(n * sizeof *wk), *wv = xmalloc(n * sizeof *wv);
  make_with_cond(d, 1e7, 1, &rng, wk);
  make_with_cond(d, 10, 0, &rng, wv);
  float *wkv = poisoned(n), *wvk = poisoned(n);
  attnrt_fold_report rep;
  int rc = attnrt_slim_fold(d, wk, wv, NULL, wkv, wvk, THRESHOLD, &rep);
  ck_assert_msg(rc == ATTN_OK, "rc %d (%s)", rc, attnrt_last_error());
  ck_assert_msg(rep.cond_k > 2e6 && rep.cond_k < 5e7, "seed %#llx: cond_k %.3g", (unsigned long long)seed,
                rep.cond_k);
  ck_assert_msg(fabs(rep.cond_v / 10 - 1) < 1e-4, "cond_v %.9g", rep.cond_v);
  ck_assert_msg((rep.warn & 1) && !(rep.warn & 2), "seed %#llx: warn %d (%s)", (unsigned long long)seed,
                rep.warn, rep.note);
  ck_assert_msg(rep.err_v_from_k > THRESHOLD, "seed %#llx: err_v_from_k %.3g", (unsigned long long)seed,
                rep.err_v_from_k);
  ck_assert_msg(rep.err_k_from_v < THRESHOLD, "seed %#llx: err_k_from_v %.3g", (unsigned long long)seed,
                rep.err_k_from_v);
  ck_assert_msg(rep.max_abs_kv > 100 * rep.max_abs_vk, "max |W_kv| %.3g, max |W_vk| %.3g", rep.max_abs_kv,
                rep.max_abs_vk);
  ck_assert_msg(strncmp(rep.note, "use v_only", 10) == 0, "note '%s'", rep.note);
  ck_assert(rep.max_abs_kv == max_abs(wkv, n));
  /* A threshold between the measured V-from-K error and its bound: bit 0
   * stays set, from the bound. */
  double bound = rep.cond_k * F32_EPS, thr = sqrt(rep.err_v_from_k * bound);
  ck_assert_msg(rep.err_v_from_k < thr && thr < bound, "err %.3g, bound %.3g", rep.err_v_from_k, bound);
  ck_assert_int_eq(attnrt_slim_fold(d, wk, wv, NULL, NULL, NULL, thr, &rep), ATTN_OK);
  ck_assert_msg(rep.warn == 1, "threshold %.3g: warn %d (%s)", thr, rep.warn, rep.note);
  free(wk);
  free(wv);
  free(wkv);
  free(wvk);
}
END_TEST

/* out[i] = W_a,i W_b,i^T against plain double loops, and what it is for:
 * the X-cache score x W_q,i (x_j W_k,i)^T = (x out[i]) . x_j. */
static const int absorb_shapes[][4] = {{1, 1, 1, 1}, {3, 10, 6, 4}, {2, 33, 17, 5}, {4, 16, 16, 8}};

START_TEST(absorb_matches_loops) {
  const int *sh = absorb_shapes[_i];
  int h = sh[0], d_in = sh[1], d_c = sh[2], d_k = sh[3], e = h * d_k;
  uint64_t seed = tu_seed() ^ (0x5000u + (uint64_t)_i), rng = seed;
  float *wa = xmalloc((size_t)d_in * e * sizeof *wa), *wb = xmalloc((size_t)d_c * e * sizeof *wb);
  size_t no = (size_t)h * d_in * d_c;
  float *out = poisoned(no);
  for (size_t i = 0; i < (size_t)d_in * e; i++)
    wa[i] = tu_uniform(&rng);
  for (size_t i = 0; i < (size_t)d_c * e; i++)
    wb[i] = tu_uniform(&rng);
  ck_assert_int_eq(attnrt_absorb(h, d_in, d_c, d_k, wa, wb, out), ATTN_OK);
  for (int i = 0; i < h; i++)
    for (int r = 0; r < d_in; r++)
      for (int c = 0; c < d_c; c++) {
        double acc = 0, mag = 0;
        for (int j = 0; j < d_k; j++) {
          double t = (double)wa[(size_t)r * e + i * d_k + j] * wb[(size_t)c * e + i * d_k + j];
          acc += t;
          mag += fabs(t);
        }
        double got = out[((size_t)i * d_in + r) * d_c + c];
        ck_assert_msg(fabs(got - acc) <= F32_EPS * fabs(acc) + 1e-13 * mag,
                      "seed %#llx shape %d: head %d [%d][%d] = %.9g, want %.9g", (unsigned long long)seed,
                      (int)_i, i, r, c, got, acc);
      }
  if (d_in == d_c) { /* X-cache use */
    float *xq = xmalloc(d_in * sizeof *xq), *xj = xmalloc(d_in * sizeof *xj);
    for (int i = 0; i < d_in; i++) {
      xq[i] = tu_uniform(&rng);
      xj[i] = tu_uniform(&rng);
    }
    for (int i = 0; i < h; i++) {
      double direct = 0, absorbed = 0, mag = 0;
      for (int j = 0; j < d_k; j++) {
        double q = 0, k = 0;
        for (int r = 0; r < d_in; r++) {
          q += (double)xq[r] * wa[(size_t)r * e + i * d_k + j];
          k += (double)xj[r] * wb[(size_t)r * e + i * d_k + j];
        }
        direct += q * k;
        mag += fabs(q * k);
      }
      for (int c = 0; c < d_c; c++) {
        double qt = 0;
        for (int r = 0; r < d_in; r++)
          qt += (double)xq[r] * out[((size_t)i * d_in + r) * d_c + c];
        absorbed += qt * xj[c];
      }
      ck_assert_msg(fabs(direct - absorbed) <= 1e-5 * (mag + 1), "head %d: %.9g vs %.9g", i, direct,
                    absorbed);
    }
    free(xq);
    free(xj);
  }
  free(wa);
  free(wb);
  free(out);
}
END_TEST

START_TEST(errors) {
  float w[4] = {1, 0, 0, 1}, bad[4] = {1, 0, NAN, 1}, o[4];
  float *kv = poisoned(4);
  attnrt_fold_report rep;
  ck_assert_int_eq(attnrt_slim_fold(2, w, w, NULL, kv, NULL, THRESHOLD, NULL), ATTN_E_NULL);
  ck_assert_int_eq(attnrt_slim_fold(2, NULL, w, NULL, kv, NULL, THRESHOLD, &rep), ATTN_E_NULL);
  ck_assert_msg(strstr(attnrt_last_error(), "w_k") != NULL, "'%s'", attnrt_last_error());
  ck_assert_int_eq(attnrt_slim_fold(2, w, NULL, NULL, kv, NULL, THRESHOLD, &rep), ATTN_E_NULL);
  ck_assert_msg(strstr(attnrt_last_error(), "w_v") != NULL, "'%s'", attnrt_last_error());
  ck_assert(isnan(rep.cond_k) && rep.warn == 3 && strstr(rep.note, "not folded") == rep.note);
  ck_assert_int_eq(attnrt_slim_fold(0, w, w, NULL, kv, NULL, THRESHOLD, &rep), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_slim_fold(-3, w, w, NULL, kv, NULL, THRESHOLD, &rep), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_slim_fold(16385, w, w, NULL, kv, NULL, THRESHOLD, &rep), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_slim_fold(2, w, w, NULL, kv, NULL, NAN, &rep), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_slim_fold(2, w, w, NULL, kv, NULL, -1, &rep), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_slim_fold(2, bad, w, NULL, kv, NULL, THRESHOLD, &rep), ATTN_E_RANGE);
  ck_assert_msg(strstr(attnrt_last_error(), "w_k[1][0]") != NULL, "'%s'", attnrt_last_error());
  ck_assert_int_eq(attnrt_slim_fold(2, w, bad, NULL, kv, NULL, THRESHOLD, &rep), ATTN_E_RANGE);
  float binf[2] = {0, INFINITY};
  ck_assert_int_eq(attnrt_slim_fold(2, w, w, binf, kv, NULL, THRESHOLD, &rep), ATTN_E_RANGE);
  ck_assert_msg(strstr(attnrt_last_error(), "b_v[1]") != NULL, "'%s'", attnrt_last_error());
  ck_assert(still_poisoned(kv, 4));
  /* An infinite threshold is allowed: nothing is flagged. */
  ck_assert_int_eq(attnrt_slim_fold(2, w, w, NULL, kv, NULL, INFINITY, &rep), ATTN_OK);
  ck_assert_int_eq(rep.warn, 0);
  /* A fold beyond the f32 range: W_k = 1e-30 I, W_v = 1e20 I. */
  float tiny[4] = {1e-30f, 0, 0, 1e-30f}, big[4] = {1e20f, 0, 0, 1e20f};
  float *kv2 = poisoned(4), *vk2 = poisoned(4);
  ck_assert_int_eq(attnrt_slim_fold(2, tiny, big, NULL, kv2, vk2, THRESHOLD, &rep), ATTN_E_RANGE);
  ck_assert(still_poisoned(kv2, 4) && !still_poisoned(vk2, 4));
  ck_assert(rep.warn & 1);
  free(kv2);
  free(vk2);

  ck_assert_int_eq(attnrt_absorb(1, 2, 2, 2, NULL, w, o), ATTN_E_NULL);
  ck_assert_int_eq(attnrt_absorb(1, 2, 2, 2, w, NULL, o), ATTN_E_NULL);
  ck_assert_int_eq(attnrt_absorb(1, 2, 2, 2, w, w, NULL), ATTN_E_NULL);
  ck_assert_int_eq(attnrt_absorb(0, 2, 2, 2, w, w, o), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_absorb(1, -1, 2, 2, w, w, o), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_absorb(1, 2, 0, 2, w, w, o), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_absorb(1, 2, 2, 0, w, w, o), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_absorb(65536, 2, 2, 65536, w, w, o), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_absorb(1, 1 << 20, 1 << 20, 1, w, w, o), ATTN_E_RANGE);
  free(kv);
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime_slim_fold");
  TCase *tc = tcase_create("slim_fold");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, fold_well_conditioned, 0, (int)(sizeof well_dims / sizeof *well_dims));
  tcase_add_test(tc, fold_bias);
  tcase_add_loop_test(tc, fold_singular_k, 0, 2);
  tcase_add_test(tc, fold_ill_conditioned);
  tcase_add_loop_test(tc, absorb_matches_loops, 0, (int)(sizeof absorb_shapes / sizeof *absorb_shapes));
  tcase_add_test(tc, errors);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
