/*
 * NAME_append: writes new_len[b] new keys and values of sequence b at cache
 * positions kv_len[b] .. kv_len[b] + new_len[b] - 1, converted from types.q
 * to types.cache, in the layout of cache.order.  k_new is
 * [sum new_len][Hkv][D] and v_new [sum new_len][Hkv][Dv], rows packed by
 * sequence like q (k_only: keys only; v_new and v_cache are not read; x and
 * latent: k_new is [sum new_len][cache_dim], the rows the cache holds;
 * v_only: v_new is [sum new_len][cache_dim], V rows with their bias, stored
 * minus out_bias when it is set).
 * rope.apply on_write (kv, latent): each key's RoPE part is rotated to its
 * position (in double, then converted).
 * kv_len is the length before the append; the host bumps
 * it afterwards.  Every sequence is checked before anything is written, so
 * on error the cache is unchanged.
 *
 * Layouts and types (ABI 5, docs/layouts.md): rows go where cache.c says
 * (ring: slot p % capacity; paged: by page_table) and are quantized as
 * rt_row_put does (i8, q4, fp8), after RoPE on write.  contiguous and paged:
 * kv_len + new_len <= capacity (ATTN_E_CAPACITY); ring: new_len <= capacity
 * (ATTN_E_RANGE), positions wrap.  paged: page_table and page_refs are
 * required (ATTN_E_NULL), and every page a row goes to must lie in
 * [0, num_pages) and have page_refs[page] == 1 (ATTN_E_PAGE: a shared page
 * is copied first, attnrt_page_unshare).
 */
#include <string.h>

#include "internal.h"

/* Paged: the table, the counts and a pool of at least one page. */
static int check_paged(const attn_info *in, const attn_args *a) {
  if (in->layout != ATTN_PAGED)
    return ATTN_OK;
  if (!a->page_table)
    return rt_fail(ATTN_E_NULL, "page_table is null, but cache.layout paged needs it (append, batch = %d)",
                   (int)a->batch);
  if (!a->page_refs)
    return rt_fail(ATTN_E_NULL, "page_refs is null, but a paged append needs the pool's counts (batch = %d)",
                   (int)a->batch);
  if (a->num_pages < 1)
    return rt_fail(ATTN_E_RANGE, "num_pages = %d, but cache.layout paged needs >= 1", (int)a->num_pages);
  return ATTN_OK;
}

/* Paged: every page sequence b's new rows go to is in the pool and its own
 * (count 1), so no other sequence sees them. */
static int check_pages_to_write(const attn_info *in, const attn_args *a, int32_t b) {
  int32_t kv = a->kv_len[b], end = kv + a->new_len[b], T = in->page_size;
  for (int32_t p = kv; in->layout == ATTN_PAGED && p < end; p = (p / T + 1) * T) {
    int rc = rt_check_entry(in, a, b, p);
    if (rc)
      return rc;
    size_t at = (size_t)b * (size_t)rt_pages_per_seq(in) + (size_t)(p / T);
    int32_t page = a->page_table[at];
    if (a->page_refs[page] != 1)
      return rt_fail(ATTN_E_PAGE,
                     "page %d (page_table[%zu], sequence %d, entry %d) has page_refs = %d: a page to write must "
                     "be the sequence's own (count 1; attnrt_page_unshare copies it)",
                     (int)page, at, (int)b, (int)(p / T), (int)a->page_refs[page]);
  }
  return ATTN_OK;
}

static int check_append(const attn_kernel *k, const attn_args *a) {
  if (!k)
    return rt_fail(ATTN_E_NULL, "attn_kernel is null");
  if (!a)
    return rt_fail(ATTN_E_NULL, "attn_args is null");
  int rc = rt_check_abi(a);
  if (rc || (rc = rt_check_info(k->info)))
    return rc;
  const attn_info *in = k->info;
  if (a->batch < 0)
    return rt_fail(ATTN_E_RANGE, "batch = %d is negative", (int)a->batch);
  if (a->batch == 0)
    return ATTN_OK;
  static const char *const names[] = {"new_len", "k_new", "kv_len", "k_cache", "v_new", "v_cache"};
  const void *ptrs[] = {a->new_len, a->k_new, a->kv_len, a->k_cache, a->v_new, a->v_cache};
  for (int i = 0; i < (in->store == ATTN_STORE_KV ? 6 : in->store == ATTN_STORE_V_ONLY ? 5 : 4); i++)
    if (!ptrs[i] && !(in->store == ATTN_STORE_V_ONLY && i == 1)) /* v_only: v_new, not k_new */
      return rt_fail(ATTN_E_NULL, "%s is null (append, batch = %d)", names[i], (int)a->batch);
  if (a->reserved5 != 0)
    return rt_fail(ATTN_E_RANGE, "reserved5 = %d, must be 0", (int)a->reserved5);
  if ((rc = check_paged(in, a)))
    return rc;
  for (int32_t b = 0; b < a->batch; b++) {
    int32_t kv = a->kv_len[b], n = a->new_len[b];
    if (kv < 0)
      return rt_fail(ATTN_E_RANGE, "kv_len[%d] = %d is negative", (int)b, (int)kv);
    if (n < 0)
      return rt_fail(ATTN_E_RANGE, "new_len[%d] = %d is negative", (int)b, (int)n);
    if (in->layout == ATTN_RING && n > in->capacity)
      return rt_fail(ATTN_E_RANGE, "new_len[%d] = %d exceeds the ring's capacity %d", (int)b, (int)n,
                     (int)in->capacity);
    if (in->layout == ATTN_RING && (int64_t)kv + n > INT32_MAX)
      return rt_fail(ATTN_E_RANGE, "kv_len[%d] + new_len[%d] = %d + %d overflows a position", (int)b, (int)b,
                     (int)kv, (int)n);
    if (in->layout != ATTN_RING && (int64_t)kv + n > in->capacity)
      return rt_fail(ATTN_E_CAPACITY, "kv_len[%d] + new_len[%d] = %d + %d exceeds cache.capacity %d", (int)b,
                     (int)b, (int)kv, (int)n, (int)in->capacity);
    if ((rc = check_pages_to_write(in, a, b)))
      return rc;
  }
  return ATTN_OK;
}

/* Row (b, pos, g) of the K (which 0) or V cache from src[si .. si + w)
 * (types.q), its first `rot` elements rotated by cs first (rope on write:
 * rt_rope_cs of pos; rot 0 none).  The same unquantized type is copied bit
 * for bit, NaN payloads included; else through f32 and rt_row_put. */
static void write_row(const attn_info *in, const attn_args *a, int which, int32_t b, int32_t pos, int32_t g,
                      const void *src, size_t si, int32_t c0, int32_t rot, const double *cs) {
  int32_t w = rt_row_width(in, which);
  char *scale, *dst = rt_cache_row(in, a, which, b, pos, g, &scale);
  if (in->dtype_q == in->dtype_cache && !rot) {
    size_t es = attnrt_dtype_size(in->dtype_q);
    memcpy(dst, (const char *)src + si * es, es * (size_t)w);
    return;
  }
  double r[512]; /* rope dims <= 512 */
  for (int32_t d = 0; d < rot; d++)
    r[d] = (double)attnrt_load(src, in->dtype_q, si + (size_t)(c0 + d));
  if (rot)
    rt_rope_rotate(in->rope, cs, r);
  if (!scale && attnrt_dtype_size(in->dtype_cache)) { /* element by element: row stores may be wide */
    for (int32_t d = 0; d < w; d++)
      attnrt_store(dst, in->dtype_cache, (size_t)d,
                   d >= c0 && d < c0 + rot ? (float)r[d - c0] : attnrt_load(src, in->dtype_q, si + (size_t)d));
    return;
  }
  float x[RT_QROW_MAX]; /* i8, q4: kv rows only, dim and v_dim <= RT_QROW_MAX (check.c) */
  for (int32_t d = 0; d < w; d++)
    x[d] = d >= c0 && d < c0 + rot ? (float)r[d - c0] : attnrt_load(src, in->dtype_q, si + (size_t)d);
  rt_row_put(in->dtype_cache, w, dst, scale, x);
}

int attnrt_append(const attn_kernel *k, const attn_args *a) {
  int rc = check_append(k, a);
  if (rc)
    return rc;
  const attn_info *in = k->info;
  size_t row = 0, hkv = (size_t)in->heads_kv;
  int rotate = in->rope && in->rope->apply == ATTN_ROPE_ON_WRITE; /* kv and latent (check.c) */
  double cs[512];                                                  /* a token's cos/sin: dims <= 512 */
  if (in->store == ATTN_STORE_V_ONLY) { /* v_new rows (E = Hq*Dv) minus out_bias: the cache holds X W_v */
    size_t R = (size_t)in->cache_dim;
    for (int32_t b = 0; b < a->batch; b++)
      for (int32_t t = 0; t < a->new_len[b]; t++, row++) {
        char *dst = rt_cache_row(in, a, 0, b, a->kv_len[b] + t, 0, NULL); /* unquantized (check.c) */
        for (size_t c = 0; c < R; c++)
          attnrt_store(dst, in->dtype_cache, c,
                       attnrt_load(a->v_new, in->dtype_q, row * R + c) - (a->out_bias ? a->out_bias[c] : 0.0f));
      }
    return ATTN_OK;
  }
  if (in->store == ATTN_STORE_K_ONLY) { /* one row of Hq*D per token (rope on read only: check.c) */
    size_t R = (size_t)in->cache_dim;
    for (int32_t b = 0; b < a->batch; b++)
      for (int32_t t = 0; t < a->new_len[b]; t++, row++)
        write_row(in, a, 0, b, a->kv_len[b] + t, 0, a->k_new, row * R, 0, 0, cs);
    return ATTN_OK;
  }
  if (rt_absorbs(in)) { /* one row of cache_dim per token, the decoupled RoPE key after the latent */
    size_t R = (size_t)in->cache_dim;
    for (int32_t b = 0; b < a->batch; b++)
      for (int32_t t = 0; t < a->new_len[b]; t++, row++) {
        if (rotate) rt_rope_cs(in->rope, a->kv_len[b] + t, cs);
        write_row(in, a, 0, b, a->kv_len[b] + t, 0, a->k_new, row * R, in->cache_dim - in->rope_dim,
                  rotate ? in->rope_dim : 0, cs);
      }
    return ATTN_OK;
  }
  for (int32_t b = 0; b < a->batch; b++) {
    for (int32_t t = 0; t < a->new_len[b]; t++, row++) {
      int32_t pos = a->kv_len[b] + t;
      if (rotate) rt_rope_cs(in->rope, pos, cs); /* once for the token's heads */
      for (int32_t g = 0; g < in->heads_kv; g++) {
        size_t src = row * hkv + (size_t)g;
        write_row(in, a, 0, b, pos, g, a->k_new, src * (size_t)in->dim, 0, rotate ? in->rope->dims : 0, cs);
        write_row(in, a, 1, b, pos, g, a->v_new, src * (size_t)in->v_dim, 0, 0, cs);
      }
    }
  }
  return ATTN_OK;
}
