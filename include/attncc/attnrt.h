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
 * Writes out (and lse when info->lse) for every query row.  Reads the cache
 * in every layout and type (dequantized), honours mask.window, mask.sinks,
 * score.alibi and score.softcap.  A kernel with mask.expr or score.expr
 * (info->exprs) is refused (ATTN_E_RANGE): use attnrt_reference_ex. */
int attnrt_reference(const attn_info *info, const attn_args *a);

/* Masks and score modifiers the runtime cannot read from a kernel's
 * descriptor (mask.expr and score.expr: the runtime has no expression
 * parser), as callbacks for attnrt_reference_ex.  For sequence b, query
 * head h (0 .. heads_q - 1), query position q_pos and key position kv_pos:
 *   visible: nonzero when the key counts (null: every key does); asked only
 *            for keys that mask.causal, mask.window and mask.sinks allow;
 *   score:   the score that replaces s = scale * q.k (null: s itself),
 *            before score.alibi and score.softcap apply; -inf masks the key.
 * A row whose keys are all masked gets zeros and lse -inf. */
typedef struct attnrt_ref_mods {
  void *ctx;
  int (*visible)(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos);
  double (*score)(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos, double s);
} attnrt_ref_mods;

/* attnrt_reference with mods applied to every row (mods null: exactly
 * attnrt_reference). */
int attnrt_reference_ex(const attn_info *info, const attn_args *a, const attnrt_ref_mods *mods);

/* Name of a status code ("ATTN_E_NULL: a required pointer is null"). */
const char *attnrt_strerror(int status);
/* Detail of the calling thread's most recent error ("" when none). */
const char *attnrt_last_error(void);

/* Element conversions (round to nearest even), as kernels do them. */
float attnrt_f16_to_f32(uint16_t h);
uint16_t attnrt_f32_to_f16(float f);
float attnrt_bf16_to_f32(uint16_t h);
uint16_t attnrt_f32_to_bf16(float f);
/* OCP 8-bit floats (ABI 5), round to nearest even directly from f32.
 * E4M3FN: bias 7, largest 448; finite values and +-inf beyond it saturate
 * to +-448; NaN -> 0x7f / 0xff.  E5M2: bias 15 (the upper byte of a
 * binary16), largest finite 57344; finite values beyond it saturate to
 * +-57344, +-inf stays +-inf, NaN stays NaN (its top two payload bits kept,
 * else 0x7e).  Every code survives code -> f32 -> code. */
uint8_t attnrt_f32_to_fp8_e4m3(float f);
float attnrt_fp8_e4m3_to_f32(uint8_t c);
uint8_t attnrt_f32_to_fp8_e5m2(float f);
float attnrt_fp8_e5m2_to_f32(uint8_t c);
/* Bytes of one element: 4, 2, 2, 1 (i8, fp8); 0 for q4 (half a byte) and
 * unknown types. */
size_t attnrt_dtype_size(int dtype);
/* Element i of an array of `dtype`, as float / stores float v there: f32,
 * f16, bf16 and the fp8 types (i8 and q4 need their scales:
 * attnrt_cache_load; they load NaN and store nothing here). */
float attnrt_load(const void *p, int dtype, size_t i);
void attnrt_store(void *p, int dtype, size_t i, float v);

/* --- Cache rows in every layout and type (ABI 5, docs/layouts.md) ---------
 * `which` is 0 for the K cache (rows of D, or cache_dim for the row stores)
 * and 1 for the V cache (rows of Dv; none for the row stores).  The cache is
 * a->k_cache / a->v_cache; paged caches use a->page_table and num_pages. */

/* Bytes of one block of the K or V cache: a sequence's (contiguous, ring:
 * capacity tokens) or a page's (paged: page_size tokens), scales included;
 * allocate batch (or num_pages) of them.  0 for an invalid info or which
 * (attnrt_last_error says why) and for which = 1 of a row store. */
size_t attnrt_block_bytes(const attn_info *info, int which);

/* Element `elem` of row (sequence seq, position pos, KV head head), read
 * where the layout puts it (ring: slot pos % capacity; paged: through
 * page_table) and dequantized to f32 (i8: q * s; q4: (n - 8) * d).  NaN
 * when the arguments do not name a row (seq outside the batch, pos < 0 or,
 * not ring, >= capacity, a page-table entry outside [0, num_pages), a null
 * cache ...); attnrt_last_error says which. */
float attnrt_cache_load(const attn_info *info, const attn_args *a, int which, int32_t seq, int32_t pos,
                        int32_t head, int32_t elem);

/* Quantizes row[0 .. W) (W = D or Dv) into that row as docs/layouts.md says
 * (i8: an f32 scale max|x| / 127, q = rne(x / s) in [-127, 127]; q4: an f16
 * scale per 32, n = clamp(rne(x / d), -8, 7) + 8, element 2i / 2i+1 in the
 * low / high nibble of byte i; fp8 as above; f32/f16/bf16 converted).
 * Returns 0, or ATTN_E_NULL / ATTN_E_RANGE / ATTN_E_PAGE (nothing written).
 * It does not look at page_refs: writing into a shared page is the
 * caller's decision (NAME_append refuses it). */
int attnrt_cache_write_row(const attn_info *info, const attn_args *a, int which, int32_t seq, int32_t pos,
                           int32_t head, const float *row);

/* --- Page pool of a paged cache (runtime/pages.c) -------------------------
 * The engine owns one per pair of K/V pools; pass a.page_refs = pool.refs
 * and a.num_pages = pool.num_pages.  refs[i] is 0 for a free page, 1 for a
 * sequence's own, > 1 for a page several sequences share.  Not thread-safe. */
typedef struct attnrt_pages {
  int32_t num_pages;
  int32_t *refs;       /* [num_pages] reference counts */
  int32_t *free_list;  /* [num_pages]: the free pages are free_list[0 .. nfree) */
  int32_t nfree;
} attnrt_pages;

/* All pages free; 0, ATTN_E_NULL, ATTN_E_RANGE (num_pages < 1), ATTN_E_NOMEM. */
int attnrt_pages_init(attnrt_pages *p, int32_t num_pages);
/* Frees the arrays (p may be null); the pool reads as empty afterwards. */
void attnrt_pages_destroy(attnrt_pages *p);
/* A free page, its count set to 1: its index (>= 0), or ATTN_E_NOMEM when
 * every page is in use (ATTN_E_NULL for a null pool). */
int32_t attnrt_page_alloc(attnrt_pages *p);
/* Drops one reference; at 0 the page is free again.  ATTN_E_PAGE for a page
 * outside the pool or already free. */
int attnrt_page_release(attnrt_pages *p, int32_t page);
/* Prefix sharing: dst_table[i] = src_table[i] for i < n, each page's count
 * raised by one.  All or nothing: ATTN_E_PAGE if any entry is outside the
 * pool or free. */
int attnrt_pages_fork(attnrt_pages *p, const int32_t *src_table, int32_t *dst_table, int32_t n);
/* Before writing into the page *entry: if it is shared (count > 1), copies
 * its K and V blocks (attnrt_block_bytes each) into a newly allocated page,
 * drops one reference to the old one and sets *entry to the new page; a
 * page of count 1 is left as it is.  ATTN_E_RANGE (layout not paged),
 * ATTN_E_NULL, ATTN_E_PAGE (entry outside the pool or free), ATTN_E_NOMEM
 * (no free page; nothing changed). */
int attnrt_page_unshare(const attn_info *info, attnrt_pages *p, void *k_cache, void *v_cache, int32_t *entry);

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
