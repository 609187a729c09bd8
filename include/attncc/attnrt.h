/*
 * libattnrt: the runtime every attncc kernel links against.
 *
 * Generated entry points forward here with their static descriptor, so the
 * scheduling (tasks, split-KV, log-sum-exp merge, threads) is one piece of
 * C shared by every kernel, while the arithmetic is specialized code.
 * Hosts call these directly only for the reference implementation, error
 * text, and conversions; kernels are called through their own symbols.
 */
#ifndef ATTNCC_ATTNRT_H
#define ATTNCC_ATTNRT_H

#include "kernel.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Entry points behind NAME, NAME_tasks, NAME_task, NAME_workspace, NAME_append.
 * A host with its own thread pool calls NAME_tasks once per call (it checks
 * the arguments, and zeroes the split-KV counters in the workspace), then
 * NAME_task(i) for every i < n in any order on any threads, with the same
 * arguments; set num_threads so that every thread plans the same split. */
int attnrt_run(const attn_kernel *k, const attn_args *a);
int64_t attnrt_tasks(const attn_kernel *k, const attn_args *a);
int attnrt_task(const attn_kernel *k, const attn_args *a, int64_t task);
int64_t attnrt_workspace(const attn_kernel *k, const attn_args *a);
int attnrt_append(const attn_kernel *k, const attn_args *a);

/* Checks `a` against the kernel's shapes; 0 or a negative attn_status.
 * On error the calling thread's attnrt_last_error() says which field. */
int attnrt_check_args(const attn_info *info, const attn_args *a);

/* Reference attention: plain loops, double accumulation, the same ABI.
 * Writes out (and lse when info->lse) for every query row. */
int attnrt_reference(const attn_info *info, const attn_args *a);

/* Name of a status code ("ATTN_E_NULL: a required pointer is null"). */
const char *attnrt_strerror(int status);
/* Detail of the calling thread's most recent error ("" when none). */
const char *attnrt_last_error(void);

/* Element conversions (round to nearest even), as kernels do them. */
float attnrt_f16_to_f32(uint16_t h);
uint16_t attnrt_f32_to_f16(float f);
float attnrt_bf16_to_f32(uint16_t h);
uint16_t attnrt_f32_to_bf16(float f);
size_t attnrt_dtype_size(int dtype);
/* Element i of an array of `dtype`, as float / stores float v there. */
float attnrt_load(const void *p, int dtype, size_t i);
void attnrt_store(void *p, int dtype, size_t i, float v);

/* Rows of q/out for these arguments (decode: batch; prefill: sum kv_len;
 * mixed: sum q_len); -1 if the arguments are invalid. */
int64_t attnrt_total_q(const attn_info *info, const attn_args *a);

/* Monotonic wall clock in seconds, for benchmarks and examples. */
double attnrt_now(void);

/* --- Slim attention: weight folding (docs/slim.md) -------------------------
 * Matrices are row-major in the X*W convention: W[in][out], K = X W_k.
 * Computed in double through LAPACK, stored f32.  Outputs must not overlap
 * the inputs. */

/* Result of folding one layer's square projections (d x d).  Both directions
 * are always measured, whichever outputs were asked for; a direction that
 * could not be folded has max_abs NaN, err +inf and its warn bit set. */
typedef struct attnrt_fold_report {
  double cond_k, cond_v;          /* 2-norm condition numbers of W_k, W_v (SVD, in double; +inf if singular) */
  double max_abs_kv, max_abs_vk;  /* largest |entry| of the f32 W_kv = W_k^-1 W_v and W_vk = W_v^-1 W_k */
  double err_v_from_k;            /* relative Frobenius error of V' = K W_kv (+ b_v) vs V on probe inputs */
  double err_k_from_v;            /* ... of K' = (V - b_v) W_vk vs K */
  int warn;                       /* bit 0: V-from-K error or its prediction cond_k*2^-24 exceeds the
                                     threshold (or W_k is singular); bit 1: same for K-from-V */
  char note[256];                 /* one line: which direction to use and why, with the numbers */
} attnrt_fold_report;

/* W_kv = W_k^-1 W_v and/or W_vk = W_v^-1 W_k (either output may be null), LU in
 * double, results rounded to f32.  b_v (d entries) may be null.  warn_threshold
 * (>= 0, e.g. 1e-3): relative error above which a direction is flagged.  Probe
 * inputs: a fixed-seed random X (64 x d, uniform in [-1, 1)), K = X W_k,
 * V = X W_v + b_v, evaluated in double with the f32 folded matrices.
 * Returns ATTN_OK; ATTN_E_NULL (w_k, w_v or rep null); ATTN_E_RANGE (d < 1 or
 * d > 16384, a non-finite input entry, a NaN or negative threshold, or an
 * asked-for fold with entries beyond the f32 range); ATTN_E_NOMEM; or
 * ATTN_E_SINGULAR when a matrix whose fold was asked for is singular (LU pivot
 * zero, or cond > 1/(d * DBL_EPSILON)).  A fold that failed leaves its output
 * untouched; the other one is still written, and rep reports both.
 * attnrt_last_error() gives the detail. */
int attnrt_slim_fold(int d, const float *w_k, const float *w_v, const float *b_v, float *w_kv,
                     float *w_vk, double warn_threshold, attnrt_fold_report *rep);

/* Absorbed weights for X-cache and MLA: for each head i of h,
 * out[i] = W_a,i W_b,i^T (d_in x d_c), where W_a is [d_in][h*d_k] and W_b is
 * [d_c][h*d_k] (head i = columns i*d_k .. i*d_k+d_k-1).  Computed in double,
 * stored f32; out is [h][d_in][d_c].  X-cache: W_a = W_q, W_b = W_k
 * (d_c = d_in = d_model); then q~_i = x W_a,i W_b,i^T = x out[i].  MLA: W_a = W_q
 * (or the query's up-projection), W_b = W_uk (d_c = latent width).
 * Returns ATTN_OK, ATTN_E_NULL, ATTN_E_RANGE (a dimension < 1 or too large)
 * or ATTN_E_NOMEM (one head's blocks in double). */
int attnrt_absorb(int h, int d_in, int d_c, int d_k, const float *w_a, const float *w_b, float *out);

#ifdef __cplusplus
}
#endif
#endif /* ATTNCC_ATTNRT_H */
