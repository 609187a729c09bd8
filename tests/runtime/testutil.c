#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint64_t tu_seed(void) {
  const char *s = getenv("ATTNCC_TEST_SEED");
  return s && *s ? strtoull(s, NULL, 0) : 0x5eed2026u;
}

uint64_t tu_next(uint64_t *s) {
  uint64_t z = (*s += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

float tu_uniform(uint64_t *s) {
  return (float)((double)(tu_next(s) >> 40) * 0x1p-23 - 1.0);
}

attn_info tu_info(int32_t hq, int32_t hkv, int32_t dim, int32_t v_dim, int32_t phase, int32_t capacity) {
  attn_info in = {.abi_version = ATTN_ABI_VERSION, .spec_version = 1, .name = "test"};
  in.heads_q = hq;
  in.heads_kv = hkv;
  in.dim = dim;
  in.v_dim = v_dim;
  in.dtype_q = in.dtype_cache = in.dtype_out = ATTN_F32;
  in.phase = phase;
  in.layout = ATTN_CONTIGUOUS;
  in.order = ATTN_TOKEN_MAJOR;
  in.capacity = capacity;
  in.scale = 1.0f / sqrtf((float)dim);
  return in;
}

static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size);
  if (!p) {
    fprintf(stderr, "testutil: out of memory\n");
    abort();
  }
  return p;
}

static void fill_cache(tcase *c, void *cache, int32_t dim, uint64_t *rng) {
  const attn_info *in = &c->info;
  for (int32_t b = 0; b < c->args.batch; b++)
    for (int32_t t = 0; t < in->capacity; t++)
      for (int32_t g = 0; g < in->heads_kv; g++)
        for (int32_t d = 0; d < dim; d++) {
          size_t vec = in->order == ATTN_TOKEN_MAJOR
                           ? ((size_t)b * (size_t)in->capacity + (size_t)t) * (size_t)in->heads_kv + (size_t)g
                           : ((size_t)b * (size_t)in->heads_kv + (size_t)g) * (size_t)in->capacity + (size_t)t;
          attnrt_store(cache, in->dtype_cache, vec * (size_t)dim + (size_t)d,
                       t < c->kv_len[b] ? tu_uniform(rng) : NAN);
        }
}

void tc_init(tcase *c, const attn_info *info, int32_t batch, const int32_t *kv_len, const int32_t *q_len,
             uint64_t seed) {
  memset(c, 0, sizeof *c);
  c->info = *info;
  c->args.abi_version = ATTN_ABI_VERSION;
  c->args.struct_size = sizeof(attn_args);
  c->args.batch = batch;
  c->args.kv_len = c->kv_len;
  c->args.q_len = q_len ? c->q_len : NULL;
  for (int32_t b = 0; b < batch; b++) {
    c->kv_len[b] = kv_len[b];
    c->q_len[b] = q_len ? q_len[b] : info->phase == ATTN_DECODE ? 1 : kv_len[b];
    c->total_q += c->q_len[b];
  }
  size_t hq = (size_t)info->heads_q, rows = (size_t)c->total_q;
  size_t slots = (size_t)batch * (size_t)info->capacity * (size_t)info->heads_kv;
  c->q = xcalloc(rows * hq * (size_t)info->dim, attnrt_dtype_size(info->dtype_q));
  c->out = xcalloc(rows * hq * (size_t)info->v_dim, attnrt_dtype_size(info->dtype_out));
  c->k = xcalloc(slots * (size_t)info->dim, attnrt_dtype_size(info->dtype_cache));
  c->v = xcalloc(slots * (size_t)info->v_dim, attnrt_dtype_size(info->dtype_cache));
  c->lse = info->lse ? xcalloc(rows * hq, sizeof(float)) : NULL;
  uint64_t rng = seed;
  for (size_t i = 0; i < rows * hq * (size_t)info->dim; i++)
    attnrt_store(c->q, info->dtype_q, i, tu_uniform(&rng));
  fill_cache(c, c->k, info->dim, &rng);
  fill_cache(c, c->v, info->v_dim, &rng);
  c->args.q = c->q;
  c->args.out = c->out;
  c->args.lse = c->lse;
  c->args.k_cache = c->k;
  c->args.v_cache = c->v;
  tc_poison(c);
}

void tc_poison(tcase *c) {
  size_t n = (size_t)c->total_q * (size_t)c->info.heads_q;
  for (size_t i = 0; i < n * (size_t)c->info.v_dim; i++)
    attnrt_store(c->out, c->info.dtype_out, i, NAN);
  for (size_t i = 0; c->lse && i < n; i++)
    c->lse[i] = NAN;
}

void tc_free(tcase *c) {
  free(c->q);
  free(c->k);
  free(c->v);
  free(c->out);
  free(c->lse);
  memset(c, 0, sizeof *c);
}

double tu_tol(int32_t dtype_out) {
  /* f32: accumulation order only.  f16/bf16: both sides round the same
   * value, so they may differ by one unit in the last place (2^-10, 2^-7
   * at |out| < 2), doubled for margin. */
  return dtype_out == ATTN_F32 ? 1e-5 : dtype_out == ATTN_F16 ? 2e-3 : 1.6e-2;
}

/* Relative-ish error of got against want; NaN and inf mismatches are inf. */
static double err_of(float got, float want) {
  if (isinf(want) || isinf(got))
    return got == want ? 0 : INFINITY;
  if (isnan(got) || isnan(want))
    return INFINITY;
  return fabs((double)got - (double)want) / fmax(1.0, fabs((double)want));
}

int tc_compare(const tcase *c, char *msg, size_t msg_size, double *max_err) {
  const attn_info *in = &c->info;
  size_t n = (size_t)c->total_q * (size_t)in->heads_q, dv = (size_t)in->v_dim;
  void *ref_out = xcalloc(n * dv, attnrt_dtype_size(in->dtype_out));
  float *ref_lse = in->lse ? xcalloc(n, sizeof(float)) : NULL;
  attn_args ra = c->args;
  ra.out = ref_out;
  ra.lse = ref_lse;
  int bad = 0, rc = attnrt_reference(in, &ra);
  double worst = 0, tol = tu_tol(in->dtype_out);
  if (rc) {
    snprintf(msg, msg_size, "reference failed: %s (%s)", attnrt_strerror(rc), attnrt_last_error());
    bad = 1;
  }
  for (size_t i = 0; !rc && i < n * dv; i++) {
    float got = attnrt_load(c->out, in->dtype_out, i), want = attnrt_load(ref_out, in->dtype_out, i);
    double e = err_of(got, want);
    worst = fmax(worst, e);
    if (!(e <= tol) && bad++ == 0)
      snprintf(msg, msg_size, "out row %zu head %zu d %zu: got %.9g want %.9g (tol %g)", i / dv / (size_t)in->heads_q,
               i / dv % (size_t)in->heads_q, i % dv, got, want, tol);
  }
  for (size_t i = 0; !rc && ref_lse && i < n; i++) {
    double e = err_of(c->lse[i], ref_lse[i]);
    worst = fmax(worst, e);
    if (!(e <= TOL_LSE) && bad++ == 0)
      snprintf(msg, msg_size, "lse row %zu head %zu: got %.9g want %.9g", i / (size_t)in->heads_q,
               i % (size_t)in->heads_q, c->lse[i], ref_lse[i]);
  }
  if (max_err)
    *max_err = worst;
  free(ref_out);
  free(ref_lse);
  return bad;
}

/* ---- cache format --------------------------------------------------------- */

size_t tu_row_bytes(int32_t dtype, int32_t w) {
  return dtype == ATTN_F32 ? 4 * (size_t)w : dtype <= ATTN_BF16 ? 2 * (size_t)w : dtype == ATTN_Q4 ? (size_t)w / 2 : (size_t)w;
}

size_t tu_scale_bytes(int32_t dtype, int32_t w) {
  return dtype == ATTN_I8 ? 4 : dtype == ATTN_Q4 ? (size_t)w / 32 * 2 : 0;
}

unsigned char *tu_row(const attn_info *in, void *cache, const int32_t *table, int which, int32_t b, int32_t p,
                      int32_t h, unsigned char **scale) {
  int32_t w = which ? in->v_dim : in->dim, H = in->heads_kv;
  int32_t T = in->layout == ATTN_PAGED ? in->page_size : in->capacity;
  size_t blk = (size_t)b, t = (size_t)p;
  if (in->layout == ATTN_RING)
    t = (size_t)(p % T);
  if (in->layout == ATTN_PAGED) {
    int32_t P = (in->capacity + T - 1) / T;
    blk = (size_t)table[b * P + p / T];
    t = (size_t)(p % T);
  }
  size_t eb = tu_row_bytes(in->dtype_cache, w), sb = tu_scale_bytes(in->dtype_cache, w), rows = (size_t)T * (size_t)H;
  size_t r = in->order == ATTN_TOKEN_MAJOR ? t * (size_t)H + (size_t)h : (size_t)h * (size_t)T + t;
  unsigned char *block = (unsigned char *)cache + blk * rows * (eb + sb);
  if (scale)
    *scale = sb ? block + rows * eb + r * sb : NULL;
  return block + r * eb;
}

static int tu_quant(float x, float s, int lo, int hi) {
  if (s == 0 || isnan(x))
    return 0;
  float q = rintf(x / s);
  return q < lo ? lo : q > hi ? hi : (int)q;
}

void tu_encode(int32_t dtype, int32_t w, const float *x, unsigned char *row, unsigned char *scale) {
  if (dtype == ATTN_I8) {
    float m = 0;
    for (int32_t k = 0; k < w; k++)
      m = fmaxf(m, fabsf(x[k]));
    float s = m / 127;
    memcpy(scale, &s, 4);
    for (int32_t k = 0; k < w; k++)
      row[k] = (unsigned char)(signed char)tu_quant(x[k], s, -127, 127);
  } else if (dtype == ATTN_Q4) {
    for (int32_t g = 0; g < w / 32; g++) {
      float m = 0;
      for (int32_t k = 0; k < 32; k++)
        m = fmaxf(m, fabsf(x[g * 32 + k]));
      uint16_t dh = attnrt_f32_to_f16(m / 7);
      float d = attnrt_f16_to_f32(dh);
      memcpy(scale + 2 * g, &dh, 2);
      for (int32_t i = 0; i < 16; i++)
        row[g * 16 + i] = (unsigned char)((tu_quant(x[g * 32 + 2 * i], d, -8, 7) + 8) |
                                          (tu_quant(x[g * 32 + 2 * i + 1], d, -8, 7) + 8) << 4);
    }
  } else {
    for (int32_t k = 0; k < w; k++)
      attnrt_store(row, dtype, (size_t)k, x[k]);
  }
}

float tu_decode(int32_t dtype, const unsigned char *row, const unsigned char *scale, int32_t k) {
  if (dtype == ATTN_I8) {
    float s;
    memcpy(&s, scale, 4);
    return (float)(signed char)row[k] * s;
  }
  if (dtype == ATTN_Q4) {
    uint16_t d;
    memcpy(&d, scale + 2 * (k / 32), 2);
    return (float)(((row[k / 2] >> (4 * (k % 2))) & 15) - 8) * attnrt_f16_to_f32(d);
  }
  return attnrt_load(row, dtype, (size_t)k);
}

/* ---- scalar tile --------------------------------------------------------- */

const attn_info *scalar_tile_info;
atomic_long scalar_tile_calls, scalar_tile_partial, scalar_tile_bad;

/* What the runtime promises a tile: a non-empty key range inside the
 * sequence, rows inside the sequence's queries and the group's heads. */
static int work_ok(const attn_info *in, const attn_args *a, const attn_work *w) {
  int32_t g = in->heads_q / in->heads_kv, kv = a->kv_len[w->seq];
  int32_t ql = in->phase == ATTN_DECODE ? 1 : in->phase == ATTN_PREFILL ? kv : a->q_len[w->seq];
  return w->seq >= 0 && w->seq < a->batch && w->kv_head >= 0 && w->kv_head < in->heads_kv &&
         0 <= w->h_begin && w->h_begin < w->h_end && w->h_end <= g && 0 <= w->q_begin &&
         w->q_begin < w->q_end && w->q_end <= ql && w->q_pos0 == kv - ql && 0 <= w->k_begin &&
         w->k_begin < w->k_end && w->k_end <= kv &&
         /* skipped keys no row sees (window), never reads a slot a ring overwrote */
         (!in->window || w->k_begin >= w->q_pos0 + w->q_begin - in->window + 1) &&
         (in->layout != ATTN_RING || w->k_begin >= kv - in->capacity);
}

/* Element d of key or value row (position j, KV head g): element indexing
 * for the contiguous 16/32-bit caches (the ABI 4 path), else tu_row. */
static float tile_load(const attn_info *in, const attn_args *a, int which, int32_t b, int32_t j, int32_t g,
                       int32_t d) {
  int32_t w = which ? in->v_dim : in->dim;
  const void *cache = which ? a->v_cache : a->k_cache;
  if (in->layout == ATTN_CONTIGUOUS && in->dtype_cache <= ATTN_BF16) {
    size_t kb = (in->order == ATTN_TOKEN_MAJOR
                     ? ((size_t)b * (size_t)in->capacity + (size_t)j) * (size_t)in->heads_kv + (size_t)g
                     : ((size_t)b * (size_t)in->heads_kv + (size_t)g) * (size_t)in->capacity + (size_t)j);
    return attnrt_load(cache, in->dtype_cache, kb * (size_t)w + (size_t)d);
  }
  unsigned char *scale, *row = tu_row(in, (void *)cache, a->page_table, which, b, j, g, &scale);
  return tu_decode(in->dtype_cache, row, scale, d);
}

/* One row: online softmax over keys [k_begin, kend) in log2 units. */
static void tile_row(const attn_info *in, const attn_args *a, const attn_work *w, int32_t qi, int32_t hh,
                     float *acc, float *m_out, float *l_out) {
  int32_t D = in->dim, Dv = in->v_dim, h = w->kv_head * (in->heads_q / in->heads_kv) + hh;
  int32_t pos = w->q_pos0 + qi, kend = w->k_end, kbeg = w->k_begin;
  if (in->causal && pos + 1 < kend)
    kend = pos + 1;
  if (in->window && pos - in->window + 1 > kbeg)
    kbeg = pos - in->window + 1;
  size_t qb = ((size_t)(w->q_row0 + qi) * (size_t)in->heads_q + (size_t)h) * (size_t)D;
  float c = in->scale * 1.44269504088896341f, m = -INFINITY, l = 0;
  for (int32_t d = 0; d < Dv; d++)
    acc[d] = 0;
  for (int32_t j = kbeg; j < kend; j++) {
    float dot = 0;
    for (int32_t d = 0; d < D; d++)
      dot += attnrt_load(a->q, in->dtype_q, qb + (size_t)d) * tile_load(in, a, 0, w->seq, j, w->kv_head, d);
    float s = c * dot;
    if (s > m) {
      float r = exp2f(m - s);
      l *= r;
      for (int32_t d = 0; d < Dv; d++)
        acc[d] *= r;
      m = s;
    }
    float p = exp2f(s - m);
    l += p;
    for (int32_t d = 0; d < Dv; d++)
      acc[d] += p * tile_load(in, a, 1, w->seq, j, w->kv_head, d);
  }
  *m_out = m;
  *l_out = l;
}

void scalar_tile(const attn_args *a, const attn_work *w) {
  const attn_info *in = scalar_tile_info;
  atomic_fetch_add(&scalar_tile_calls, 1);
  if (w->part)
    atomic_fetch_add(&scalar_tile_partial, 1);
  if (!work_ok(in, a, w)) {
    atomic_fetch_add(&scalar_tile_bad, 1);
    return;
  }
  int32_t Dv = in->v_dim, hn = w->h_end - w->h_begin, rows = (w->q_end - w->q_begin) * hn;
  float acc[256], m, l;
  if (Dv > 256)
    abort();
  for (int32_t qi = w->q_begin; qi < w->q_end; qi++)
    for (int32_t hh = w->h_begin; hh < w->h_end; hh++) {
      int32_t r = (qi - w->q_begin) * hn + (hh - w->h_begin);
      tile_row(in, a, w, qi, hh, acc, &m, &l);
      if (w->part) {
        memcpy(w->part + (size_t)r * (size_t)Dv, acc, sizeof(float) * (size_t)Dv);
        w->part[(size_t)rows * (size_t)Dv + (size_t)r] = m;
        w->part[(size_t)rows * (size_t)(Dv + 1) + (size_t)r] = l;
        continue;
      }
      size_t row = (size_t)(w->q_row0 + qi) * (size_t)in->heads_q +
                   (size_t)(w->kv_head * (in->heads_q / in->heads_kv) + hh);
      for (int32_t d = 0; d < Dv; d++)
        attnrt_store(a->out, in->dtype_out, row * (size_t)Dv + (size_t)d, l > 0 ? acc[d] / l : 0.0f);
      if (in->lse)
        a->lse[row] = l > 0 ? (m + log2f(l)) * 0.69314718055994531f : -INFINITY;
    }
}

attn_kernel tu_kernel(const attn_info *info, int32_t q_tile, int32_t head_block, int32_t key_align,
                      int32_t min_split) {
  attn_kernel k = {.info = info, .tile = scalar_tile, .q_tile = q_tile, .key_align = key_align,
                   .min_split = min_split, .groups = info->heads_kv, .acc_dim = info->v_dim};
  k.head_block = head_block ? head_block : info->heads_q / info->heads_kv;
  return k;
}
