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
 */
#include <string.h>

#include "internal.h"

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
  for (int32_t b = 0; b < a->batch; b++) {
    int32_t kv = a->kv_len[b], n = a->new_len[b];
    if (kv < 0)
      return rt_fail(ATTN_E_RANGE, "kv_len[%d] = %d is negative", (int)b, (int)kv);
    if (n < 0)
      return rt_fail(ATTN_E_RANGE, "new_len[%d] = %d is negative", (int)b, (int)n);
    if ((int64_t)kv + n > in->capacity)
      return rt_fail(ATTN_E_CAPACITY, "kv_len[%d] + new_len[%d] = %d + %d exceeds cache.capacity %d", (int)b,
                     (int)b, (int)kv, (int)n, (int)in->capacity);
  }
  return ATTN_OK;
}

/* One vector of `dim` elements from src[si..] (dtype_q) to dst[di..] (dtype_cache). */
static void copy_vec(const attn_info *in, void *dst, size_t di, const void *src, size_t si, int32_t dim) {
  if (in->dtype_q == in->dtype_cache) { /* bit-exact, NaN payloads included */
    size_t es = attnrt_dtype_size(in->dtype_q);
    memcpy((char *)dst + di * es, (const char *)src + si * es, es * (size_t)dim);
    return;
  }
  for (int32_t d = 0; d < dim; d++)
    attnrt_store(dst, in->dtype_cache, di + (size_t)d, attnrt_load(src, in->dtype_q, si + (size_t)d));
}

/* rope on write: n elements from src[si..] (dtype_q), their RoPE part (the
 * first dims) rotated by cs (rt_rope_cs of the token's position), stored to
 * dst[di..] (dtype_cache). */
static void copy_rotated(const attn_info *in, void *dst, size_t di, const void *src, size_t si, int32_t n,
                         const double *cs) {
  double x[512];
  for (int32_t d = 0; d < n; d++)
    x[d] = (double)attnrt_load(src, in->dtype_q, si + (size_t)d);
  rt_rope_rotate(in->rope, cs, x);
  for (int32_t d = 0; d < n; d++)
    attnrt_store(dst, in->dtype_cache, di + (size_t)d, (float)x[d]);
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
      for (int32_t t = 0; t < a->new_len[b]; t++, row++)
        for (size_t c = 0; c < R; c++) {
          float v = attnrt_load(a->v_new, in->dtype_q, row * R + c);
          if (a->out_bias) v -= a->out_bias[c];
          attnrt_store(a->k_cache, in->dtype_cache, ((size_t)b * (size_t)in->capacity + (size_t)(a->kv_len[b] + t)) * R + c, v);
        }
    return ATTN_OK;
  }
  if (rt_absorbs(in)) { /* one row of cache_dim per token, [b][capacity][R] */
    size_t R = (size_t)in->cache_dim;
    for (int32_t b = 0; b < a->batch; b++)
      for (int32_t t = 0; t < a->new_len[b]; t++, row++) {
        size_t at = ((size_t)b * (size_t)in->capacity + (size_t)(a->kv_len[b] + t)) * R;
        copy_vec(in, a->k_cache, at, a->k_new, row * R, in->cache_dim);
        if (rotate) { /* the decoupled RoPE key after the latent */
          size_t U = R - (size_t)in->rope_dim;
          rt_rope_cs(in->rope, a->kv_len[b] + t, cs);
          copy_rotated(in, a->k_cache, at + U, a->k_new, row * R + U, in->rope_dim, cs);
        }
      }
    return ATTN_OK;
  }
  for (int32_t b = 0; b < a->batch; b++) {
    for (int32_t t = 0; t < a->new_len[b]; t++, row++) {
      int32_t pos = a->kv_len[b] + t;
      if (rotate) rt_rope_cs(in->rope, pos, cs); /* once for the token's heads */
      for (int32_t g = 0; g < in->heads_kv; g++) {
        size_t src = row * hkv + (size_t)g;
        if (rotate)
          copy_rotated(in, a->k_cache, rt_cache_index(in, in->dim, b, pos, g, 0), a->k_new, src * (size_t)in->dim,
                       in->dim, cs);
        else
          copy_vec(in, a->k_cache, rt_cache_index(in, in->dim, b, pos, g, 0), a->k_new, src * (size_t)in->dim,
                   in->dim);
        if (in->store != ATTN_STORE_K_ONLY)
          copy_vec(in, a->v_cache, rt_cache_index(in, in->v_dim, b, pos, g, 0), a->v_new,
                   src * (size_t)in->v_dim, in->v_dim);
      }
    }
  }
  return ATTN_OK;
}
