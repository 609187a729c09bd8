/*
 * Where a cache row lives and what its bytes mean (docs/layouts.md).
 *
 * A cache is an array of blocks of T tokens (T = capacity for contiguous and
 * ring, page_size for paged).  A block holds T * H rows of W elements, in
 * row order t * H + h (token_major) or h * T + t (head_major), then, for i8
 * and q4, the rows' scales in the same order.  kv caches have H = heads_kv
 * and W = dim (K) or v_dim (V); the row stores (k_only, x, latent, v_only)
 * are one row of cache_dim per token, H = 1 (so both orders coincide), in
 * k_cache only, contiguous and unquantized (rt_check_info).
 *
 * Sequence b's position p is in
 *   contiguous: block b, slot p;   ring: block b, slot p % capacity;
 *   paged:      block page_table[b * P + p / T], slot p % T,  P = ceil(capacity / T).
 *
 * Quantizers (attnrt_cache_write_row, NAME_append), from f32:
 *   i8:  s = max|x| / 127 (f32), q = clamp(rne(x / s), -127, 127); s = 0 -> q = 0
 *   q4:  per 32: d = f16(max|x| / 7), n = clamp(rne(x / d), -8, 7) + 8; d = 0 -> n = 8
 *   fp8: attnrt_f32_to_fp8_e4m3 / _e5m2 (round to nearest even, saturating)
 * max|x| is taken over the finite elements; a NaN element stores 0 (i8, q4),
 * +-inf the end of the range.  A q4 scale that would round to f16 infinity
 * is the largest finite f16.
 */
#include <math.h>
#include <string.h>

#include "internal.h"

int32_t rt_row_width(const attn_info *in, int which) {
  if (in->store != ATTN_STORE_KV)
    return which ? 0 : in->cache_dim;
  return which ? in->v_dim : in->dim;
}

size_t rt_row_elem_bytes(int32_t dtype, int32_t w) {
  return dtype == ATTN_Q4 ? (size_t)w / 2 : attnrt_dtype_size(dtype) * (size_t)w;
}

size_t rt_row_scale_bytes(int32_t dtype, int32_t w) {
  return dtype == ATTN_I8 ? sizeof(float) : dtype == ATTN_Q4 ? (size_t)w / 32 * sizeof(uint16_t) : 0;
}

/* T * H * (row elements + row scales). */
size_t rt_block_bytes(const attn_info *in, int which) {
  int32_t w = rt_row_width(in, which);
  size_t rows = (size_t)rt_block_tokens(in) * (size_t)rt_row_heads(in);
  return rows * (rt_row_elem_bytes(in->dtype_cache, w) + rt_row_scale_bytes(in->dtype_cache, w));
}

char *rt_cache_row(const attn_info *in, const attn_args *a, int which, int32_t b, int32_t p, int32_t h,
                   char **scale) {
  int32_t w = rt_row_width(in, which), hn = rt_row_heads(in), T = rt_block_tokens(in), t = p;
  int64_t blk = b;
  if (in->layout == ATTN_RING) {
    t = p % T;
  } else if (in->layout == ATTN_PAGED) {
    blk = a->page_table[(size_t)b * (size_t)rt_pages_per_seq(in) + (size_t)(p / T)];
    t = p % T;
  }
  size_t eb = rt_row_elem_bytes(in->dtype_cache, w), sb = rt_row_scale_bytes(in->dtype_cache, w);
  size_t rows = (size_t)T * (size_t)hn;
  size_t r = in->order == ATTN_TOKEN_MAJOR || hn == 1 ? (size_t)t * (size_t)hn + (size_t)h
                                                      : (size_t)h * (size_t)T + (size_t)t;
  char *base = (char *)(which ? a->v_cache : a->k_cache) + (size_t)blk * rows * (eb + sb);
  if (scale)
    *scale = sb ? base + rows * eb + r * sb : NULL;
  return base + r * eb;
}

float rt_row_get(int32_t dtype, const char *row, const char *scale, int32_t k) {
  if (dtype == ATTN_I8) {
    float s;
    memcpy(&s, scale, sizeof s);
    return (float)(int8_t)row[k] * s;
  }
  if (dtype == ATTN_Q4) {
    uint8_t byte = (uint8_t)row[k / 2];
    int n = k % 2 ? byte >> 4 : byte & 15;
    uint16_t d;
    memcpy(&d, scale + (size_t)(k / 32) * sizeof d, sizeof d);
    return (float)(n - 8) * attnrt_f16_to_f32(d);
  }
  return attnrt_load(row, dtype, (size_t)k);
}

/* rne(x / s) clamped to [lo, hi]; 0 for s == 0 or a NaN x. */
static int quantize(float x, float s, int lo, int hi) {
  if (s == 0.0f || isnan(x))
    return 0;
  float q = nearbyintf(x / s); /* the default rounding mode: to nearest, ties to even */
  return q < (float)lo ? lo : q > (float)hi ? hi : (int)q;
}

/* Largest |x| over the finite elements of x[0..n). */
static float finite_max(const float *x, int32_t n) {
  float m = 0.0f;
  for (int32_t k = 0; k < n; k++)
    if (isfinite(x[k]) && fabsf(x[k]) > m)
      m = fabsf(x[k]);
  return m;
}

void rt_row_put(int32_t dtype, int32_t w, char *row, char *scale, const float *x) {
  if (dtype == ATTN_I8) {
    float s = finite_max(x, w) / 127.0f;
    memcpy(scale, &s, sizeof s);
    for (int32_t k = 0; k < w; k++)
      row[k] = (char)(int8_t)quantize(x[k], s, -127, 127);
  } else if (dtype == ATTN_Q4) {
    for (int32_t g = 0; g < w / 32; g++) {
      const float *xg = x + (size_t)g * 32;
      uint16_t dh = attnrt_f32_to_f16(finite_max(xg, 32) / 7.0f);
      if (dh == 0x7c00)
        dh = 0x7bff; /* 65504: max|x| beyond 7 * 65520 */
      float d = attnrt_f16_to_f32(dh);
      memcpy(scale + (size_t)g * sizeof dh, &dh, sizeof dh);
      for (int32_t i = 0; i < 16; i++) {
        int lo = quantize(xg[2 * i], d, -8, 7) + 8, hi = quantize(xg[2 * i + 1], d, -8, 7) + 8;
        row[(size_t)g * 16 + (size_t)i] = (char)(uint8_t)(lo | hi << 4);
      }
    }
  } else {
    for (int32_t k = 0; k < w; k++)
      attnrt_store(row, dtype, (size_t)k, x[k]);
  }
}

/* Paged: the page-table entry of (b, p) is in [0, num_pages). */
int rt_check_entry(const attn_info *in, const attn_args *a, int32_t b, int32_t p) {
  size_t j = (size_t)(p / in->page_size), at = (size_t)b * (size_t)rt_pages_per_seq(in) + j;
  int32_t v = a->page_table[at];
  if (v < 0 || v >= a->num_pages)
    return rt_fail(ATTN_E_PAGE, "page_table[%zu] (sequence %d, entry %zu) = %d is outside 0 .. num_pages - 1 = %d",
                   at, (int)b, j, (int)v, (int)a->num_pages - 1);
  return ATTN_OK;
}

size_t attnrt_block_bytes(const attn_info *info, int which) {
  if (rt_check_info(info))
    return 0;
  if (which != 0 && which != 1) {
    rt_fail(ATTN_E_RANGE, "which = %d: 0 (keys) or 1 (values)", which);
    return 0;
  }
  return rt_block_bytes(info, which);
}

/* The checks behind attnrt_cache_load and attnrt_cache_write_row: a row of
 * the cache these arguments describe. */
static int locate(const attn_info *in, const attn_args *a, int which, int32_t b, int32_t p, int32_t h) {
  int rc = rt_check_info(in);
  if (rc)
    return rc;
  if (!a)
    return rt_fail(ATTN_E_NULL, "attn_args is null");
  if ((rc = rt_check_abi(a)))
    return rc;
  if (which != 0 && which != 1)
    return rt_fail(ATTN_E_RANGE, "which = %d: 0 (keys) or 1 (values)", which);
  if (rt_row_width(in, which) == 0)
    return rt_fail(ATTN_E_RANGE, "store %d caches no values (which = 1)", (int)in->store);
  if (!(which ? a->v_cache : a->k_cache))
    return rt_fail(ATTN_E_NULL, "%s is null", which ? "v_cache" : "k_cache");
  if (b < 0 || b >= a->batch)
    return rt_fail(ATTN_E_RANGE, "sequence %d is outside 0 .. batch - 1 = %d", (int)b, (int)a->batch - 1);
  if (h < 0 || h >= rt_row_heads(in))
    return rt_fail(ATTN_E_RANGE, "head %d is outside 0 .. %d", (int)h, (int)rt_row_heads(in) - 1);
  if (p < 0 || (in->layout != ATTN_RING && p >= in->capacity))
    return rt_fail(ATTN_E_RANGE, "position %d is outside 0 .. cache.capacity - 1 = %d", (int)p, (int)in->capacity - 1);
  if (in->layout != ATTN_PAGED)
    return ATTN_OK;
  if (!a->page_table)
    return rt_fail(ATTN_E_NULL, "page_table is null, but cache.layout paged needs it");
  return rt_check_entry(in, a, b, p);
}

float attnrt_cache_load(const attn_info *info, const attn_args *a, int which, int32_t seq, int32_t pos,
                        int32_t head, int32_t elem) {
  if (locate(info, a, which, seq, pos, head))
    return NAN;
  if (elem < 0 || elem >= rt_row_width(info, which)) {
    rt_fail(ATTN_E_RANGE, "element %d is outside 0 .. %d", (int)elem, (int)rt_row_width(info, which) - 1);
    return NAN;
  }
  char *scale, *row = rt_cache_row(info, a, which, seq, pos, head, &scale);
  return rt_row_get(info->dtype_cache, row, scale, elem);
}

int attnrt_cache_write_row(const attn_info *info, const attn_args *a, int which, int32_t seq, int32_t pos,
                           int32_t head, const float *row) {
  int rc = locate(info, a, which, seq, pos, head);
  if (rc)
    return rc;
  if (!row)
    return rt_fail(ATTN_E_NULL, "row is null");
  char *scale, *dst = rt_cache_row(info, a, which, seq, pos, head, &scale);
  rt_row_put(info->dtype_cache, rt_row_width(info, which), dst, scale, row);
  return ATTN_OK;
}
