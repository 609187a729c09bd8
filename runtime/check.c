/*
 * Argument checks shared by every entry point.  Each failure returns a
 * negative attn_status and leaves a detail naming the field and the value
 * (e.g. "kv_len[3] = 5000 exceeds cache.capacity 4096").
 *
 * What a valid call looks like (docs/abi.md):
 *   - abi_version == ATTN_ABI_VERSION, struct_size == sizeof(attn_args);
 *   - batch >= 0, num_threads >= 0;
 *   - when batch > 0: kv_len, q, out, k_cache, v_cache non-null (k_only:
 *     w_out instead of v_cache; x, latent: w_out and w_absorb instead);
 *     q_len non-null for mixed; lse non-null exactly when info->lse (a kernel without output.lse would never write
 *     it, so passing one is a mistake);
 *   - 0 <= kv_len[b] <= capacity (ring: any kv_len >= 0, see below), and per phase:
 *       decode:  kv_len[b] >= 1, q_len null or all 1;
 *       prefill: q_len null or q_len[b] == kv_len[b];
 *       mixed:   0 <= q_len[b] <= kv_len[b];
 *   - reserved5 == 0;
 *   - paged (ABI 5): page_table non-null, num_pages >= 1, and every entry
 *     of a position < kv_len[b] in [0, num_pages) (ATTN_E_PAGE);
 *   - ring (ABI 5): every query's window still in the ring,
 *     max(0, kv_len - q_len - window + 1) >= kv_len - capacity;
 *   - ABI 7, where the kernel has the mask: prefix_len non-null with
 *     entries >= 0, doc_id non-null and non-decreasing over each sequence's
 *     positions < kv_len, block_row/block_col non-null with the rows of
 *     positions < kv_len increasing and their columns in [0, blocks) and
 *     strictly increasing (masks.c).
 * Order: ABI, then counts, then pointers, then lengths sequence by sequence.
 */
#include <math.h>

#include "internal.h"

int rt_check_abi(const attn_args *a) {
  if (a->abi_version != ATTN_ABI_VERSION)
    return rt_fail(ATTN_E_ABI, "attn_args.abi_version = %u, this runtime reads %d",
                   (unsigned)a->abi_version, ATTN_ABI_VERSION);
  if (a->struct_size != sizeof(attn_args))
    return rt_fail(ATTN_E_ABI, "attn_args.struct_size = %u, this runtime reads %zu",
                   (unsigned)a->struct_size, sizeof(attn_args));
  return ATTN_OK;
}

static int dtype_ok(int32_t t) {
  return t == ATTN_F32 || t == ATTN_F16 || t == ATTN_BF16;
}

/* The cache's layout, type and mask fields (ABI 5): a layout this runtime
 * knows with its page_size (paged: a power of two 1 .. 512; else 0), a ring
 * with 1 <= window <= capacity, q4 rows in whole groups of 32, and the row
 * stores contiguous and unquantized. */
static int check_cache_info(const attn_info *info) {
  int32_t ps = info->page_size, dc = info->dtype_cache;
  if (info->layout != ATTN_CONTIGUOUS && info->layout != ATTN_PAGED && info->layout != ATTN_RING)
    return rt_fail(ATTN_E_RANGE, "attn_info: unknown cache layout %d", (int)info->layout);
  if (info->layout == ATTN_PAGED ? ps < 1 || ps > 512 || (ps & (ps - 1)) : ps != 0)
    return rt_fail(ATTN_E_RANGE, "attn_info: page_size = %d, but cache layout %d needs %s", (int)ps,
                   (int)info->layout, info->layout == ATTN_PAGED ? "a power of two from 1 to 512" : "0");
  if (info->window < 0)
    return rt_fail(ATTN_E_RANGE, "attn_info: window = %d is negative", (int)info->window);
  if (info->layout == ATTN_RING && (info->window < 1 || info->window > info->capacity))
    return rt_fail(ATTN_E_RANGE, "attn_info: a ring cache needs 1 <= window <= capacity (window %d, capacity %d)",
                   (int)info->window, (int)info->capacity);
  /* ABI 6: sinks only beside a window (without one every key is visible),
   * never in a ring (it overwrites them); alibi 0 or 1; softcap 0 or > 0 */
  if (info->sinks < 0 || (info->sinks && (!info->window || info->layout == ATTN_RING)))
    return rt_fail(ATTN_E_RANGE, "attn_info: sinks = %d needs >= 0, a window, and no ring (window %d, layout %d)",
                   (int)info->sinks, (int)info->window, (int)info->layout);
  /* ABI 7: prefix_lm under a causal mask, documents and block_sparse
   * without sinks, none of them in a ring (spec.c's rules) */
  int ring = info->layout == ATTN_RING;
  if ((info->prefix_lm != 0 && info->prefix_lm != 1) || (info->prefix_lm && (!info->causal || ring)) ||
      (info->documents != 0 && info->documents != 1) || (info->documents && (info->sinks || ring)) ||
      info->block_size < 0 || (info->block_size && (info->sinks || ring)))
    return rt_fail(ATTN_E_RANGE, "attn_info: prefix_lm = %d, documents = %d, block_size = %d with causal %d, sinks %d, "
                   "layout %d is not a combination attncc builds", (int)info->prefix_lm, (int)info->documents,
                   (int)info->block_size, (int)info->causal, (int)info->sinks, (int)info->layout);
  if (info->n_tensors < 0 || info->n_tensors > 16 || (info->n_tensors && !info->tensor))
    return rt_fail(ATTN_E_RANGE, "attn_info: n_tensors = %d (0 .. 16, with tensor set)", (int)info->n_tensors);
  if (info->exprs & ~3)
    return rt_fail(ATTN_E_RANGE, "attn_info: exprs = %d (bits 0 and 1 only)", (int)info->exprs);
  if ((info->alibi != 0 && info->alibi != 1) || !(info->softcap >= 0.0f) || isinf(info->softcap))
    return rt_fail(ATTN_E_RANGE, "attn_info: alibi = %d (0 or 1) or softcap = %g (0 or finite > 0) is out of range",
                   (int)info->alibi, (double)info->softcap);
  if ((dc == ATTN_I8 || dc == ATTN_Q4) && (info->dim > RT_QROW_MAX || info->v_dim > RT_QROW_MAX))
    return rt_fail(ATTN_E_RANGE, "attn_info: an i8 or q4 cache needs dim and v_dim <= %d (%d, %d)", RT_QROW_MAX,
                   (int)info->dim, (int)info->v_dim);
  if (dc == ATTN_Q4 && (info->dim % 32 || info->v_dim % 32))
    return rt_fail(ATTN_E_RANGE, "attn_info: a q4 cache needs dim and v_dim multiples of 32 (%d, %d)",
                   (int)info->dim, (int)info->v_dim);
  if (info->store != ATTN_STORE_KV && (info->layout != ATTN_CONTIGUOUS || !dtype_ok(dc)))
    return rt_fail(ATTN_E_RANGE,
                   "attn_info: cache store %d needs layout contiguous and cache type f32, f16 or bf16 "
                   "(layout %d, type %d)",
                   (int)info->store, (int)info->layout, (int)dc);
  return ATTN_OK;
}

int rt_check_info(const attn_info *info) {
  if (!info)
    return rt_fail(ATTN_E_NULL, "attn_info is null");
  if (info->abi_version != ATTN_ABI_VERSION)
    return rt_fail(ATTN_E_ABI, "attn_info.abi_version = %u, this runtime reads %d",
                   (unsigned)info->abi_version, ATTN_ABI_VERSION);
  if (info->heads_kv < 1 || info->heads_q < 1 || info->heads_q % info->heads_kv != 0)
    return rt_fail(ATTN_E_RANGE, "attn_info: heads_q = %d is not a positive multiple of heads_kv = %d",
                   (int)info->heads_q, (int)info->heads_kv);
  if (info->dim < 1 || info->v_dim < 1)
    return rt_fail(ATTN_E_RANGE, "attn_info: dim = %d, v_dim = %d, both must be >= 1",
                   (int)info->dim, (int)info->v_dim);
  if (!dtype_ok(info->dtype_q) || info->dtype_cache < ATTN_F32 || info->dtype_cache > ATTN_Q4 ||
      !dtype_ok(info->dtype_out))
    return rt_fail(ATTN_E_RANGE, "attn_info: unknown dtype (q %d, cache %d, out %d)",
                   (int)info->dtype_q, (int)info->dtype_cache, (int)info->dtype_out);
  if (info->phase < ATTN_DECODE || info->phase > ATTN_MIXED)
    return rt_fail(ATTN_E_RANGE, "attn_info: unknown phase %d", (int)info->phase);
  if (info->order != ATTN_TOKEN_MAJOR && info->order != ATTN_HEAD_MAJOR)
    return rt_fail(ATTN_E_RANGE, "attn_info: unknown cache order %d", (int)info->order);
  if (info->capacity < 0)
    return rt_fail(ATTN_E_RANGE, "attn_info: capacity = %d is negative", (int)info->capacity);
  if (info->store < ATTN_STORE_KV || info->store > ATTN_STORE_V_ONLY)
    return rt_fail(ATTN_E_RANGE, "attn_info: unknown cache store %d", (int)info->store);
  if (info->store == ATTN_STORE_K_ONLY && (info->heads_kv != info->heads_q || info->order != ATTN_TOKEN_MAJOR ||
                                           info->cache_dim != info->heads_q * info->dim))
    return rt_fail(ATTN_E_RANGE,
                   "attn_info: store k_only needs heads_kv == heads_q (%d, %d), token_major and cache_dim = Hq * D (%d)",
                   (int)info->heads_kv, (int)info->heads_q, (int)info->cache_dim);
  if (info->store == ATTN_STORE_V_ONLY && (info->heads_kv != info->heads_q || info->order != ATTN_TOKEN_MAJOR ||
                                           info->cache_dim != info->heads_q * info->v_dim || info->rope_dim))
    return rt_fail(ATTN_E_RANGE,
                   "attn_info: store v_only needs heads_kv == heads_q (%d, %d), token_major, cache_dim = Hq * Dv (%d) "
                   "and rope_dim = 0 (%d)",
                   (int)info->heads_kv, (int)info->heads_q, (int)info->cache_dim, (int)info->rope_dim);
  if (info->store == ATTN_STORE_KV && (info->cache_dim || info->rope_dim))
    return rt_fail(ATTN_E_RANGE, "attn_info: store kv has cache_dim = %d, rope_dim = %d (both must be 0)",
                   (int)info->cache_dim, (int)info->rope_dim);
  if (rt_absorbs(info) &&
      (info->rope_dim < 0 || info->rope_dim >= info->dim || info->cache_dim <= info->rope_dim ||
       (info->store == ATTN_STORE_X && info->rope_dim)))
    return rt_fail(ATTN_E_RANGE, "attn_info: store %s with cache_dim = %d, rope_dim = %d, dim = %d",
                   info->store == ATTN_STORE_X ? "x" : "latent", (int)info->cache_dim, (int)info->rope_dim,
                   (int)info->dim);
  int rc = check_cache_info(info);
  if (rc)
    return rc;
  const attn_rope *r = info->rope;
  if (r) {
    int lat = info->store == ATTN_STORE_LATENT;
    if (r->dims < 2 || r->dims % 2 || (lat ? r->dims != info->rope_dim : r->dims > info->dim) ||
        (r->style != ATTN_ROPE_NEOX && r->style != ATTN_ROPE_GPTJ) ||
        (r->apply != ATTN_ROPE_ON_READ && r->apply != ATTN_ROPE_ON_WRITE) || !r->inv_freq)
      return rt_fail(ATTN_E_RANGE, "attn_info: rope with dims = %d (dim %d, rope_dim %d), style %d, apply %d, inv_freq %s",
                     (int)r->dims, (int)info->dim, (int)info->rope_dim, (int)r->style, (int)r->apply,
                     r->inv_freq ? "set" : "null");
    if (info->store == ATTN_STORE_X || info->store == ATTN_STORE_V_ONLY ||
        (info->store == ATTN_STORE_K_ONLY && r->apply != ATTN_ROPE_ON_READ))
      return rt_fail(ATTN_E_RANGE, "attn_info: rope (apply %d) with store %d is not a combination attncc builds",
                     (int)r->apply, (int)info->store);
  }
  return ATTN_OK;
}

int rt_check_kernel(const attn_kernel *k) {
  if (!k)
    return rt_fail(ATTN_E_NULL, "attn_kernel is null");
  int rc = rt_check_info(k->info);
  if (rc)
    return rc;
  if (!k->tile)
    return rt_fail(ATTN_E_NULL, "attn_kernel.tile is null");
  const attn_info *in = k->info;
  /* The descriptor's view: kv kernels schedule heads_kv groups of Dv-wide
   * rows; row stores one group of all heads accumulating the first
   * cache_dim - rope_dim floats of each token's row.  k_only has both:
   * scores first is a row store, values first (no projection: the tile
   * computes its values) the kv view. */
  int rows = in->store != ATTN_STORE_KV && !(in->store == ATTN_STORE_K_ONLY && !k->project);
  int32_t want_groups = rows ? 1 : in->heads_kv;
  int32_t want_acc = rows && in->store != ATTN_STORE_V_ONLY ? in->cache_dim - in->rope_dim : in->v_dim;
  /* kv: a group may be several consecutive KV heads (groups divides heads_kv) */
  int groups_ok = rows ? k->groups == 1 : k->groups >= 1 && in->heads_kv % k->groups == 0;
  if (!groups_ok || k->acc_dim != want_acc || !k->project != !rows)
    return rt_fail(ATTN_E_RANGE, "attn_kernel: groups = %d, acc_dim = %d, project %s; store %d needs %s%d, %d, %s",
                   (int)k->groups, (int)k->acc_dim, k->project ? "set" : "null", (int)in->store,
                   rows ? "" : "a divisor of ", (int)want_groups, (int)want_acc, rows ? "set" : "null");
  int32_t group = in->heads_q / k->groups;
  if (k->q_tile < 1 || k->key_align < 1 || k->min_split < 1)
    return rt_fail(ATTN_E_RANGE, "attn_kernel: q_tile = %d, key_align = %d, min_split = %d, all must be >= 1",
                   (int)k->q_tile, (int)k->key_align, (int)k->min_split);
  if (k->head_block < 1 || group % k->head_block != 0)
    return rt_fail(ATTN_E_RANGE, "attn_kernel: head_block = %d does not divide the group of %d heads",
                   (int)k->head_block, (int)group);
  return ATTN_OK;
}

/* A ring holds positions kv_len - capacity .. kv_len - 1: the first query's
 * window (the oldest key any query of the sequence sees) must start there
 * or later, max(0, kv_len - q_len - window + 1) >= kv_len - capacity. */
static int check_ring(const attn_info *info, const attn_args *a, int32_t b) {
  int32_t kv = a->kv_len[b], ql = rt_q_len(info, a, b), first = kv - ql;
  int32_t need = rt_window_lo(info, first), oldest = kv - info->capacity;
  if (ql == 0 || need >= oldest)
    return ATTN_OK;
  return rt_fail(ATTN_E_RANGE,
                 "kv_len[%d] = %d with %d queries: the query at position %d needs keys from position %d "
                 "(window %d), but the ring (capacity %d) holds positions %d .. %d only",
                 (int)b, (int)kv, (int)ql, (int)first, (int)need, (int)info->window, (int)info->capacity,
                 (int)oldest, (int)kv - 1);
}

/* Lengths of sequence b against the phase's rules; adds its rows to *total. */
int rt_check_seq(const attn_info *info, const attn_args *a, int32_t b, int64_t *total) {
  int32_t kv = a->kv_len[b];
  if (kv < 0)
    return rt_fail(ATTN_E_RANGE, "kv_len[%d] = %d is negative", (int)b, (int)kv);
  if (kv > info->capacity && info->layout != ATTN_RING)
    return rt_fail(ATTN_E_CAPACITY, "kv_len[%d] = %d exceeds cache.capacity %d", (int)b, (int)kv,
                   (int)info->capacity);
  const int32_t *ql = a->q_len;
  switch (info->phase) {
  case ATTN_DECODE:
    if (kv < 1)
      return rt_fail(ATTN_E_RANGE, "kv_len[%d] = 0, but decode needs the new token in the cache (kv_len >= 1)",
                     (int)b);
    if (ql && ql[b] != 1)
      return rt_fail(ATTN_E_RANGE, "q_len[%d] = %d, but decode has one query per sequence", (int)b,
                     (int)ql[b]);
    *total += 1;
    break;
  case ATTN_PREFILL:
    if (ql && ql[b] != kv)
      return rt_fail(ATTN_E_RANGE, "q_len[%d] = %d, but prefill needs q_len == kv_len[%d] = %d", (int)b,
                     (int)ql[b], (int)b, (int)kv);
    *total += kv;
    break;
  default: /* mixed */
    if (ql[b] < 0 || ql[b] > kv)
      return rt_fail(ATTN_E_RANGE, "q_len[%d] = %d is outside 0 .. kv_len[%d] = %d", (int)b, (int)ql[b],
                     (int)b, (int)kv);
    *total += ql[b];
    break;
  }
  return info->layout == ATTN_RING ? check_ring(info, a, b) : ATTN_OK;
}

int rt_check_pages(const attn_info *info, const attn_args *a, int32_t b) {
  for (int32_t p = 0; info->layout == ATTN_PAGED && p < a->kv_len[b]; p += info->page_size) {
    int rc = rt_check_entry(info, a, b, p);
    if (rc)
      return rc;
  }
  return ATTN_OK;
}

/* ABI and counts: what every entry point checks before it reads a pointer. */
static int check_head(const attn_info *info, const attn_args *a) {
  if (!a)
    return rt_fail(ATTN_E_NULL, "attn_args is null");
  int rc = rt_check_abi(a);
  if (rc)
    return rc;
  if ((rc = rt_check_info(info)))
    return rc;
  if (a->batch < 0)
    return rt_fail(ATTN_E_RANGE, "batch = %d is negative", (int)a->batch);
  if (a->num_threads < 0)
    return rt_fail(ATTN_E_RANGE, "num_threads = %d is negative", (int)a->num_threads);
  if (a->reserved5 != 0)
    return rt_fail(ATTN_E_RANGE, "reserved5 = %d, must be 0", (int)a->reserved5);
  return ATTN_OK;
}

static int check_length_pointers(const attn_info *info, const attn_args *a) {
  if (a->batch == 0)
    return ATTN_OK;
  if (!a->kv_len)
    return rt_fail(ATTN_E_NULL, "kv_len is null (batch = %d)", (int)a->batch);
  if (info->phase == ATTN_MIXED && !a->q_len)
    return rt_fail(ATTN_E_NULL, "q_len is null, but phase mixed needs it");
  return ATTN_OK;
}

/* Every sequence's lengths, and (pages set) its page-table entries. */
static int check_all_seqs(const attn_info *info, const attn_args *a, int pages, int64_t *total_q) {
  int64_t total = 0;
  for (int32_t b = 0; b < a->batch; b++) {
    int rc = rt_check_seq(info, a, b, &total);
    if (!rc && pages)
      rc = rt_check_pages(info, a, b);
    if (!rc && pages)
      rc = rt_check_masks(info, a, b);
    if (rc)
      return rc;
  }
  if (total_q)
    *total_q = total;
  return ATTN_OK;
}

int rt_check_lengths(const attn_info *info, const attn_args *a, int64_t *total_q) {
  int rc = check_head(info, a);
  if (!rc)
    rc = check_length_pointers(info, a);
  if (!rc)
    rc = check_all_seqs(info, a, 0, total_q);
  return rc;
}

int rt_check_pointers(const attn_info *info, const attn_args *a) {
  int rc = check_head(info, a);
  if (rc || a->batch == 0)
    return rc;
  if ((rc = check_length_pointers(info, a)))
    return rc;
  /* row stores read w_out, except v_only (values are the row's slices) */
  int rows = info->store != ATTN_STORE_KV, absorb = rt_absorbs(info), v_only = info->store == ATTN_STORE_V_ONLY;
  const char *const names[] = {"q", "out", "k_cache", rows ? "w_out" : "v_cache", "w_absorb"};
  const void *ptrs[] = {a->q, a->out, a->k_cache, rows ? (const void *)a->w_out : a->v_cache, a->w_absorb};
  for (int i = 0; i < 4 + absorb; i++)
    if (!ptrs[i] && !(v_only && i == 3))
      return rt_fail(ATTN_E_NULL, "%s is null (batch = %d)", names[i], (int)a->batch);
  if (info->lse && !a->lse)
    return rt_fail(ATTN_E_NULL, "lse is null, but the kernel has output.lse");
  if (!info->lse && a->lse)
    return rt_fail(ATTN_E_NULL, "lse is set, but the kernel has no output.lse and would never write it");
  if (info->layout == ATTN_PAGED && !a->page_table)
    return rt_fail(ATTN_E_NULL, "page_table is null, but cache.layout paged needs it (batch = %d)", (int)a->batch);
  if (info->layout == ATTN_PAGED && a->num_pages < 1)
    return rt_fail(ATTN_E_RANGE, "num_pages = %d, but cache.layout paged needs >= 1", (int)a->num_pages);
  return rt_check_mask_pointers(info, a);
}

int attnrt_check_args(const attn_info *info, const attn_args *a) {
  int rc = rt_check_pointers(info, a);
  if (rc || a->batch == 0)
    return rc;
  return check_all_seqs(info, a, 1, NULL);
}

int64_t attnrt_total_q(const attn_info *info, const attn_args *a) {
  int64_t total = 0;
  return rt_check_lengths(info, a, &total) ? -1 : total;
}
