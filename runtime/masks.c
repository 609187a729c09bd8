/*
 * The masks whose data comes at run time (ABI 7): mask.prefix_lm's
 * prefix_len, mask.documents' doc_id and mask.block_sparse's BSR rows.
 * Their checks (what a valid call passes, docs/abi.md), and the key ranges
 * they give a query, shared by the work decomposition (plan.c) and the
 * reference (reference.c).
 *
 * Documents are runs: doc_id is non-decreasing along positions, so the keys
 * of a query's document are one range, found by binary search.  A block row
 * lists its key blocks in increasing order, so a block is visible iff a
 * binary search in that row finds it.
 */
#include "internal.h"

static int32_t blocks_of(const attn_info *in) {
  return (int32_t)(((int64_t)in->capacity + in->block_size - 1) / in->block_size);
}

/* The first i in [lo, hi) with a[i] > v (above) or >= v (else), hi if none;
 * a[lo .. hi) non-decreasing. */
static int32_t bound(const int32_t *a, int32_t lo, int32_t hi, int32_t v, int above) {
  while (lo < hi) {
    int32_t mid = lo + (hi - lo) / 2;
    if (a[mid] < v || (above && a[mid] == v))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static const int32_t *doc_row(const attn_info *in, const attn_args *a, int32_t b) {
  return a->doc_id + (size_t)b * (size_t)in->capacity;
}

int rt_check_mask_pointers(const attn_info *in, const attn_args *a) {
  if (in->prefix_lm && !a->prefix_len)
    return rt_fail(ATTN_E_NULL, "prefix_len is null, but the kernel has mask.prefix_lm");
  if (in->documents && !a->doc_id)
    return rt_fail(ATTN_E_NULL, "doc_id is null, but the kernel has mask.documents");
  if (in->block_size && (!a->block_row || !a->block_col))
    return rt_fail(ATTN_E_NULL, "block_%s is null, but the kernel has mask.block_sparse", a->block_row ? "col" : "row");
  if (in->n_tensors && !a->tensors)
    return rt_fail(ATTN_E_NULL, "tensors is null, but the kernel's spec has %d tensors", (int)in->n_tensors);
  for (int32_t t = 0; t < in->n_tensors; t++)
    if (!a->tensors[t])
      return rt_fail(ATTN_E_NULL, "tensors[%d] ('%s') is null", (int)t, in->tensor[t].name);
  return ATTN_OK;
}

int rt_check_masks(const attn_info *in, const attn_args *a, int32_t b) {
  int32_t kv = a->kv_len[b];
  if (in->prefix_lm && a->prefix_len[b] < 0)
    return rt_fail(ATTN_E_RANGE, "prefix_len[%d] = %d is negative", (int)b, (int)a->prefix_len[b]);
  if (in->documents) {
    const int32_t *d = doc_row(in, a, b);
    for (int32_t p = 1; p < kv; p++)
      if (d[p] < d[p - 1])
        return rt_fail(ATTN_E_RANGE,
                       "doc_id[%d * capacity + %d] = %d is below the id before it (%d): a sequence's document "
                       "ids must not decrease along positions (packed documents are runs)",
                       (int)b, (int)p, (int)d[p], (int)d[p - 1]);
  }
  if (in->block_size) {
    int32_t nb = blocks_of(in), used = (int32_t)(((int64_t)kv + in->block_size - 1) / in->block_size);
    const int32_t *row = a->block_row + (size_t)b * (size_t)(nb + 1);
    if (row[0] < 0)
      return rt_fail(ATTN_E_RANGE, "block_row[%d * %d] = %d is negative", (int)b, (int)(nb + 1), (int)row[0]);
    for (int32_t i = 0; i < used; i++) {
      if (row[i + 1] < row[i])
        return rt_fail(ATTN_E_RANGE, "block_row of sequence %d decreases at block %d (%d, then %d)", (int)b,
                       (int)i, (int)row[i], (int)row[i + 1]);
      for (int32_t j = row[i]; j < row[i + 1]; j++) {
        int32_t c = a->block_col[j];
        if (c < 0 || c >= nb || (j > row[i] && c <= a->block_col[j - 1]))
          return rt_fail(ATTN_E_RANGE,
                         "block_col[%d] = %d (sequence %d, query block %d): key blocks must be in 0 .. %d and "
                         "strictly increasing along a row",
                         (int)j, (int)c, (int)b, (int)i, (int)nb - 1);
      }
    }
  }
  return ATTN_OK;
}

int32_t rt_doc_first(const attn_info *in, const attn_args *a, int32_t b, int32_t pos) {
  const int32_t *d = doc_row(in, a, b);
  return bound(d, 0, pos, d[pos], 0);
}

int32_t rt_doc_end(const attn_info *in, const attn_args *a, int32_t b, int32_t pos, int32_t kv) {
  const int32_t *d = doc_row(in, a, b);
  return bound(d, pos + 1, kv, d[pos], 1);
}

int32_t rt_key_lo(const attn_info *in, const attn_args *a, int32_t b, int32_t pos) {
  int32_t lo = rt_window_lo(in, pos);
  if (in->documents) {
    int32_t first = rt_doc_first(in, a, b, pos);
    lo = first > lo ? first : lo;
  }
  return lo;
}

int32_t rt_key_end(const attn_info *in, const attn_args *a, int32_t b, int32_t pos, int32_t kv) {
  int32_t end = kv;
  if (in->causal) {
    end = pos + 1 < kv ? pos + 1 : kv;
    if (in->prefix_lm && a->prefix_len[b] > end)
      end = a->prefix_len[b] < kv ? a->prefix_len[b] : kv;
  }
  if (in->documents) {
    int32_t de = rt_doc_end(in, a, b, pos, kv);
    end = de < end ? de : end;
  }
  return end;
}

int rt_block_visible(const attn_info *in, const attn_args *a, int32_t b, int32_t qpos, int32_t kpos) {
  int32_t nb = blocks_of(in), want = kpos / in->block_size;
  const int32_t *row = a->block_row + (size_t)b * (size_t)(nb + 1) + qpos / in->block_size;
  int32_t at = bound(a->block_col, row[0], row[1], want, 0);
  return at < row[1] && a->block_col[at] == want;
}
