/*
 * Slim attention weight folding (docs/slim.md): W_kv = W_k^-1 W_v and
 * W_vk = W_v^-1 W_k for K-only / V-only caches, with the numbers that say
 * which direction a layer can afford (condition numbers, largest entries,
 * measured error on probe inputs), and the per-head absorbed products
 * W_a,i W_b,i^T of the X-cache and MLA.
 *
 * LAPACK/BLAS through their Fortran symbols (column-major, arguments by
 * reference, one hidden length per character argument).  Our matrices are
 * row-major, so a row-major buffer is the transpose of what LAPACK sees;
 * every call below says which view it uses.
 */
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void dgetrf_(const int *m, const int *n, double *a, const int *lda, int *ipiv, int *info);
void dgetrs_(const char *trans, const int *n, const int *nrhs, const double *a, const int *lda,
             const int *ipiv, double *b, const int *ldb, int *info, size_t trans_len);
void dgesdd_(const char *jobz, const int *m, const int *n, double *a, const int *lda, double *s,
             double *u, const int *ldu, double *vt, const int *ldvt, double *work, const int *lwork,
             int *iwork, int *info, size_t jobz_len);
void dgemm_(const char *transa, const char *transb, const int *m, const int *n, const int *k,
            const double *alpha, const double *a, const int *lda, const double *b, const int *ldb,
            const double *beta, double *c, const int *ldc, size_t transa_len, size_t transb_len);

#define SLIM_D_MAX 16384
#define SLIM_PROBE_ROWS 64
#define SLIM_PROBE_SEED 0x51143a77e2026ull
#define SLIM_F32_EPS 0x1p-24 /* unit roundoff of binary32 */

/* Row-major C[m][n] = A[m][k] B[k][n] (+ C when accumulate): the column-major
 * product C^T = B^T A^T, with B^T and A^T being the buffers as they are. */
static void mm_rowmajor(int m, int n, int k, const double *a, const double *b, double *c) {
  const double one = 1.0, zero = 0.0;
  dgemm_("N", "N", &n, &m, &k, &one, b, &n, a, &k, &zero, c, &n, 1, 1);
}

/* snprintf into a fixed buffer where truncation is acceptable (notes). */
static void fmt_to(char *buf, size_t size, const char *fmt, ...) RT_PRINTF(3, 4);
static void fmt_to(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, size, fmt, ap);
  va_end(ap);
}

static uint64_t splitmix64(uint64_t *s) {
  uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

/* First non-finite entry of p[0..n), or -1. */
static ptrdiff_t first_nonfinite(const float *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isfinite(p[i]))
      return (ptrdiff_t)i;
  return -1;
}

static void copy_f32(double *dst, const float *src, size_t n) {
  for (size_t i = 0; i < n; i++)
    dst[i] = src[i];
}

/* dst (column-major view of W) from row-major W: dst = transpose. */
static void copy_f32_transposed(double *dst, const float *src, int d) {
  size_t n = (size_t)d;
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < n; j++)
      dst[j * n + i] = src[i * n + j];
}

static void transpose_inplace(double *a, int d) {
  size_t n = (size_t)d;
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++) {
      double t = a[i * n + j];
      a[i * n + j] = a[j * n + i];
      a[j * n + i] = t;
    }
}

/* 2-norm condition number of the d x d matrix in a (destroyed) from its
 * singular values; +inf when the smallest is 0.  Returns the LAPACK info
 * (0 ok, > 0 no convergence, -1 no memory). */
static int condition(double *a, int d, double *s, double *cond) {
  int info = 0, lwork = -1, one = 1;
  double wq = 0, du = 0, dvt = 0;
  int *iwork = malloc((size_t)d * 8 * sizeof *iwork);
  if (!iwork)
    return -1;
  dgesdd_("N", &d, &d, a, &d, s, &du, &one, &dvt, &one, &wq, &lwork, iwork, &info, 1);
  lwork = info == 0 && wq >= 1 && wq < (double)INT32_MAX ? (int)wq : 0;
  double *work = lwork > 0 ? malloc((size_t)lwork * sizeof *work) : NULL;
  if (!work) {
    free(iwork);
    return -1;
  }
  dgesdd_("N", &d, &d, a, &d, s, &du, &one, &dvt, &one, work, &lwork, iwork, &info, 1);
  free(work);
  free(iwork);
  if (info != 0) {
    *cond = NAN;
    return info > 0 ? info : -1;
  }
  *cond = s[d - 1] > 0 ? s[0] / s[d - 1] : INFINITY; /* s is descending */
  return 0;
}

/* One direction of the fold: which matrix is inverted, what came out. */
typedef struct fold_dir {
  const char *inv_name; /* "W_k" or "W_v" */
  const char *out_name; /* "W_kv" or "W_vk" */
  double cond;
  int status;           /* ATTN_OK, ATTN_E_SINGULAR, ATTN_E_RANGE (f32 overflow) */
  char why[96];         /* for status != OK */
  double max_abs, err;
  int flagged;
} fold_dir;

/* Relative Frobenius distance of p from ref (n entries). */
static double rel_err(const double *p, const double *ref, size_t n) {
  double num = 0, den = 0;
  for (size_t i = 0; i < n; i++) {
    double e = p[i] - ref[i];
    num += e * e;
    den += ref[i] * ref[i];
  }
  if (den == 0)
    return num == 0 ? 0 : INFINITY;
  return sqrt(num / den);
}

/*
 * One direction: out = W_inv^-1 W_rhs in lu_buf/rhs_buf (d x d doubles each),
 * then its probe error: P = src_probe * out (+ bias), compared with
 * want_probe.  On success rhs_buf holds the result row-major, already rounded
 * to f32 values.  lu_buf is clobbered.
 */
static void fold_one(fold_dir *f, int d, const float *w_inv, const float *w_rhs, double *lu_buf,
                     double *rhs_buf, int *ipiv, const double *src_probe, const float *bias,
                     const double *want_probe, double *p_buf) {
  int n = d, info = 0;
  size_t dd = (size_t)d * (size_t)d, np = (size_t)SLIM_PROBE_ROWS * (size_t)d;
  f->status = ATTN_OK;
  f->max_abs = NAN;
  f->err = INFINITY;
  if (!(f->cond <= 1.0 / ((double)d * DBL_EPSILON))) {
    f->status = ATTN_E_SINGULAR;
    fmt_to(f->why, sizeof f->why, "%s is singular (cond %.3g > 1/(d*eps) = %.3g)", f->inv_name,
             f->cond, 1.0 / ((double)d * DBL_EPSILON));
    return;
  }
  copy_f32_transposed(lu_buf, w_inv, d); /* column-major W_inv */
  dgetrf_(&n, &n, lu_buf, &n, ipiv, &info);
  if (info != 0) {
    f->status = ATTN_E_SINGULAR;
    fmt_to(f->why, sizeof f->why, "%s is singular (LU pivot %d is zero)", f->inv_name, info);
    return;
  }
  copy_f32_transposed(rhs_buf, w_rhs, d); /* column-major W_rhs */
  dgetrs_("N", &n, &n, lu_buf, &n, ipiv, rhs_buf, &n, &info, 1);
  transpose_inplace(rhs_buf, d); /* row-major result */
  double m = 0;
  int overflow = 0;
  for (size_t i = 0; i < dd; i++) {
    float r = (float)rhs_buf[i];
    if (!isfinite(r))
      overflow = 1;
    rhs_buf[i] = r;
    if (fabs(rhs_buf[i]) > m || isnan(rhs_buf[i]))
      m = fabs(rhs_buf[i]);
  }
  f->max_abs = m;
  if (overflow) {
    f->status = ATTN_E_RANGE;
    fmt_to(f->why, sizeof f->why, "%s has entries beyond the f32 range", f->out_name);
    return;
  }
  mm_rowmajor(SLIM_PROBE_ROWS, d, d, src_probe, rhs_buf, p_buf);
  if (bias)
    for (size_t i = 0; i < np; i++)
      p_buf[i] += bias[i % (size_t)d];
  f->err = rel_err(p_buf, want_probe, np);
}

static void describe(char *buf, size_t size, const fold_dir *f) {
  if (f->status == ATTN_OK && f->flagged)
    fmt_to(buf, size, "err %.2e, cond(%s) %.2e (predicts %.1e)", f->err, f->inv_name, f->cond,
           f->cond * SLIM_F32_EPS);
  else if (f->status == ATTN_OK)
    fmt_to(buf, size, "err %.2e, cond(%s) %.2e", f->err, f->inv_name, f->cond);
  else
    fmt_to(buf, size, "not folded: %s", f->why);
}

static void write_note(attnrt_fold_report *rep, const fold_dir *k, const fold_dir *v, double thr) {
  char dk[112], dv[112];
  describe(dk, sizeof dk, k);
  describe(dv, sizeof dv, v);
  if (!k->flagged && !v->flagged) {
    int use_v = v->err < k->err;
    fmt_to(rep->note, sizeof rep->note, "use %s: both below %.0e; V-from-K %s; K-from-V %s",
             use_v ? "v_only (lower error)" : "k_only (lower error)", thr, dk, dv);
  } else if (!k->flagged) {
    fmt_to(rep->note, sizeof rep->note, "use k_only: V-from-K %s; K-from-V flagged at %.0e: %s",
             dk, thr, dv);
  } else if (!v->flagged) {
    fmt_to(rep->note, sizeof rep->note, "use v_only: K-from-V %s; V-from-K flagged at %.0e: %s",
             dv, thr, dk);
  } else {
    /* Both flagged.  One whose measured error is within the threshold is
     * flagged by the cond * 2^-24 bound alone: usable, with care. */
    int mk = k->status == ATTN_OK && k->err <= thr, mv = v->status == ATTN_OK && v->err <= thr;
    if (mk || mv) {
      int use_v = mv && (!mk || v->err < k->err);
      fmt_to(rep->note, sizeof rep->note,
             "%s with care: measured error below %.0e, flagged by the cond bound; V-from-K %s; "
             "K-from-V %s",
             use_v ? "v_only" : "k_only", thr, dk, dv);
    } else {
      fmt_to(rep->note, sizeof rep->note, "keep K and V: both flagged at %.0e; V-from-K %s; K-from-V %s",
             thr, dk, dv);
    }
  }
}

static void report_init(attnrt_fold_report *rep) {
  memset(rep, 0, sizeof *rep);
  rep->cond_k = rep->cond_v = NAN;
  rep->max_abs_kv = rep->max_abs_vk = NAN;
  rep->err_v_from_k = rep->err_k_from_v = NAN;
  rep->warn = 3;
}

int attnrt_slim_fold(int d, const float *w_k, const float *w_v, const float *b_v, float *w_kv,
                     float *w_vk, double warn_threshold, attnrt_fold_report *rep) {
  if (!rep)
    return rt_fail(ATTN_E_NULL, "attnrt_slim_fold: rep is null");
  report_init(rep);
  int st = ATTN_OK;
  if (!w_k || !w_v)
    st = rt_fail(ATTN_E_NULL, "attnrt_slim_fold: %s is null", !w_k ? "w_k" : "w_v");
  else if (d < 1 || d > SLIM_D_MAX)
    st = rt_fail(ATTN_E_RANGE, "attnrt_slim_fold: d = %d, want 1 .. %d", d, SLIM_D_MAX);
  else if (isnan(warn_threshold) || warn_threshold < 0)
    st = rt_fail(ATTN_E_RANGE, "attnrt_slim_fold: warn_threshold %g, want >= 0", warn_threshold);
  if (st != ATTN_OK) {
    fmt_to(rep->note, sizeof rep->note, "not folded: %s", attnrt_last_error());
    return st;
  }
  size_t n = (size_t)d, dd = n * n, np = (size_t)SLIM_PROBE_ROWS * n;
  const struct {
    const float *p;
    size_t n;
    const char *name;
  } in[3] = {{w_k, dd, "w_k"}, {w_v, dd, "w_v"}, {b_v, n, "b_v"}};
  for (int i = 0; i < 3; i++) {
    ptrdiff_t bad = in[i].p ? first_nonfinite(in[i].p, in[i].n) : -1;
    if (bad >= 0) {
      if (i < 2)
        st = rt_fail(ATTN_E_RANGE, "attnrt_slim_fold: %s[%td][%td] is not finite", in[i].name,
                     bad / d, bad % d);
      else
        st = rt_fail(ATTN_E_RANGE, "attnrt_slim_fold: b_v[%td] is not finite", bad);
      fmt_to(rep->note, sizeof rep->note, "not folded: %s", attnrt_last_error());
      return st;
    }
  }

  /* Two d x d buffers (SVD/LU copy, right-hand side), the probe rows
   * X (later V - b_v), K, V and a product, the singular values, pivots. */
  double *a = malloc(dd * sizeof *a), *c = malloc(dd * sizeof *c);
  double *x = malloc(np * sizeof *x), *kp = malloc(np * sizeof *kp);
  double *vp = malloc(np * sizeof *vp), *pp = malloc(np * sizeof *pp);
  double *s = malloc(n * sizeof *s);
  int *ipiv = malloc(n * sizeof *ipiv);
  if (!a || !c || !x || !kp || !vp || !pp || !s || !ipiv) {
    st = rt_fail(ATTN_E_NOMEM, "attnrt_slim_fold: no memory for d = %d (%zu MiB)", d,
                 (2 * dd + 4 * np) * sizeof(double) >> 20);
    fmt_to(rep->note, sizeof rep->note, "not folded: %s", attnrt_last_error());
    goto done;
  }

  /* Probe inputs and their exact (double) K and V. */
  uint64_t seed = SLIM_PROBE_SEED;
  for (size_t i = 0; i < np; i++)
    x[i] = (double)(splitmix64(&seed) >> 11) * 0x1p-52 - 1.0; /* [-1, 1) */
  copy_f32(a, w_k, dd);
  mm_rowmajor(SLIM_PROBE_ROWS, d, d, x, a, kp);
  fold_dir fk = {.inv_name = "W_k", .out_name = "W_kv", .cond = NAN};
  fold_dir fv = {.inv_name = "W_v", .out_name = "W_vk", .cond = NAN};
  int info = condition(a, d, s, &fk.cond); /* any view: same singular values */
  if (info == 0) {
    copy_f32(a, w_v, dd);
    mm_rowmajor(SLIM_PROBE_ROWS, d, d, x, a, vp);
    info = condition(a, d, s, &fv.cond);
  }
  if (info < 0) {
    st = rt_fail(ATTN_E_NOMEM, "attnrt_slim_fold: no memory for the SVD workspace (d = %d)", d);
    fmt_to(rep->note, sizeof rep->note, "not folded: %s", attnrt_last_error());
    goto done;
  }
  if (info > 0) { /* no convergence: no condition number, so no fold */
    fold_dir *f = isnan(fk.cond) ? &fk : &fv;
    st = rt_fail(ATTN_E_SINGULAR, "attnrt_slim_fold: the SVD of %s did not converge (info %d)",
                 f->inv_name, info);
    rep->cond_k = fk.cond;
    rep->cond_v = fv.cond;
    fmt_to(rep->note, sizeof rep->note, "not folded: %s", attnrt_last_error());
    goto done;
  }
  if (b_v)
    for (size_t i = 0; i < np; i++)
      vp[i] += b_v[i % n];

  /* V from K: V' = K W_kv + b_v. */
  fold_one(&fk, d, w_k, w_v, a, c, ipiv, kp, b_v, vp, pp);
  if (fk.status == ATTN_OK && w_kv)
    for (size_t i = 0; i < dd; i++)
      w_kv[i] = (float)c[i];
  /* K from V: K' = (V - b_v) W_vk; x is free now. */
  for (size_t i = 0; i < np; i++)
    x[i] = vp[i] - (b_v ? b_v[i % n] : 0.0f);
  fold_one(&fv, d, w_v, w_k, a, c, ipiv, x, NULL, kp, pp);
  if (fv.status == ATTN_OK && w_vk)
    for (size_t i = 0; i < dd; i++)
      w_vk[i] = (float)c[i];

  fold_dir *dirs[2] = {&fk, &fv};
  for (int i = 0; i < 2; i++) {
    fold_dir *f = dirs[i];
    f->flagged = f->status != ATTN_OK || !(f->err <= warn_threshold) ||
                 !(f->cond * SLIM_F32_EPS <= warn_threshold);
  }
  rep->cond_k = fk.cond;
  rep->cond_v = fv.cond;
  rep->max_abs_kv = fk.max_abs;
  rep->max_abs_vk = fv.max_abs;
  rep->err_v_from_k = fk.err;
  rep->err_k_from_v = fv.err;
  rep->warn = (fk.flagged ? 1 : 0) | (fv.flagged ? 2 : 0);
  write_note(rep, &fk, &fv, warn_threshold);

  int bad_k = w_kv && fk.status != ATTN_OK, bad_v = w_vk && fv.status != ATTN_OK;
  if (bad_k && bad_v)
    st = rt_fail(fk.status, "attnrt_slim_fold: %s; %s; neither fold written", fk.why, fv.why);
  else if (bad_k)
    st = rt_fail(fk.status, "attnrt_slim_fold: %s; w_kv left untouched%s", fk.why,
                 w_vk ? ", w_vk written" : "");
  else if (bad_v)
    st = rt_fail(fv.status, "attnrt_slim_fold: %s; w_vk left untouched%s", fv.why,
                 w_kv ? ", w_kv written" : "");
done:
  free(a);
  free(c);
  free(x);
  free(kp);
  free(vp);
  free(pp);
  free(s);
  free(ipiv);
  return st;
}

#define ABSORB_DIM_MAX (1 << 24)

int attnrt_absorb(int h, int d_in, int d_c, int d_k, const float *w_a, const float *w_b, float *out) {
  if (!w_a || !w_b || !out)
    return rt_fail(ATTN_E_NULL, "attnrt_absorb: %s is null", !w_a ? "w_a" : !w_b ? "w_b" : "out");
  const struct {
    int v;
    const char *name;
  } dims[4] = {{h, "h"}, {d_in, "d_in"}, {d_c, "d_c"}, {d_k, "d_k"}};
  for (int i = 0; i < 4; i++)
    if (dims[i].v < 1 || dims[i].v > ABSORB_DIM_MAX)
      return rt_fail(ATTN_E_RANGE, "attnrt_absorb: %s = %d, want 1 .. %d", dims[i].name, dims[i].v,
                     ABSORB_DIM_MAX);
  /* Per-head blocks go to BLAS with 32-bit dimensions and leading sizes. */
  int64_t e = (int64_t)h * d_k, ac = (int64_t)d_in * d_c;
  if (e > INT32_MAX || ac > INT32_MAX || (int64_t)d_in * d_k > INT32_MAX ||
      (int64_t)d_c * d_k > INT32_MAX || (uint64_t)ac * (uint64_t)h > SIZE_MAX / sizeof(float))
    return rt_fail(ATTN_E_RANGE, "attnrt_absorb: h %d x d_k %d, d_in %d x d_c %d: too large", h, d_k,
                   d_in, d_c);
  size_t na = (size_t)d_in * (size_t)d_k, nb = (size_t)d_c * (size_t)d_k, nc = (size_t)ac;
  double *a = malloc(na * sizeof *a), *b = malloc(nb * sizeof *b), *c = malloc(nc * sizeof *c);
  int st = ATTN_OK;
  if (!a || !b || !c) {
    st = rt_fail(ATTN_E_NOMEM, "attnrt_absorb: no memory for one head (%zu MiB)",
                 (na + nb + nc) * sizeof(double) >> 20);
    goto done;
  }
  size_t ld = (size_t)e;
  for (int i = 0; i < h; i++) {
    size_t col = (size_t)i * (size_t)d_k;
    for (size_t r = 0; r < (size_t)d_in; r++)
      for (size_t j = 0; j < (size_t)d_k; j++)
        a[r * (size_t)d_k + j] = w_a[r * ld + col + j];
    for (size_t r = 0; r < (size_t)d_c; r++)
      for (size_t j = 0; j < (size_t)d_k; j++)
        b[r * (size_t)d_k + j] = w_b[r * ld + col + j];
    /* Row-major C[d_in][d_c] = A B^T: column-major C^T = B A^T, where the
     * buffers are B^T and A^T (d_k x d_c, d_k x d_in). */
    const double one = 1.0, zero = 0.0;
    dgemm_("T", "N", &d_c, &d_in, &d_k, &one, b, &d_k, a, &d_k, &zero, c, &d_c, 1, 1);
    float *o = out + (size_t)i * nc;
    for (size_t j = 0; j < nc; j++)
      o[j] = (float)c[j];
  }
done:
  free(a);
  free(b);
  free(c);
  return st;
}
