/* attnrt_append: placement in both cache orders, conversion on write, and
 * an untouched cache when any sequence is refused. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define CAP 16

static size_t kv_index(const attn_info *in, int32_t dim, int32_t b, int32_t t, int32_t g, int32_t d) {
  size_t vec = in->order == ATTN_TOKEN_MAJOR
                   ? ((size_t)b * (size_t)in->capacity + (size_t)t) * (size_t)in->heads_kv + (size_t)g
                   : ((size_t)b * (size_t)in->heads_kv + (size_t)g) * (size_t)in->capacity + (size_t)t;
  return vec * (size_t)dim + (size_t)d;
}

/* Caches of 2 sequences x CAP tokens x 3 kv heads, D 4, Dv 5, filled with a
 * pattern; new K/V rows random, in dtype_q. */
typedef struct fixture {
  attn_info info;
  attn_kernel k;
  attn_args a;
  int32_t kv_len[2], new_len[2];
  void *kc, *vc, *kn, *vn;
  size_t kc_bytes, vc_bytes;
} fixture;

static void fx_init(fixture *f, int32_t dq, int32_t dc, int32_t order, const int32_t kv[2], const int32_t nl[2]) {
  memset(f, 0, sizeof *f);
  f->info = tu_info(6, 3, 4, 5, ATTN_MIXED, CAP);
  f->info.dtype_q = dq;
  f->info.dtype_cache = dc;
  f->info.order = order;
  f->k = tu_kernel(&f->info, 1, 1, 1, 1);
  memcpy(f->kv_len, kv, sizeof f->kv_len);
  memcpy(f->new_len, nl, sizeof f->new_len);
  size_t slots = 2 * CAP * 3, rows = (size_t)(nl[0] > 0 ? nl[0] : 0) + (size_t)(nl[1] > 0 ? nl[1] : 0);
  f->kc_bytes = slots * 4 * attnrt_dtype_size(dc);
  f->vc_bytes = slots * 5 * attnrt_dtype_size(dc);
  f->kc = malloc(f->kc_bytes);
  f->vc = malloc(f->vc_bytes);
  for (size_t i = 0; i < slots * 4; i++)
    attnrt_store(f->kc, dc, i, (float)i);
  for (size_t i = 0; i < slots * 5; i++)
    attnrt_store(f->vc, dc, i, -(float)i);
  f->kn = calloc(rows * 3 * 4 + 1, attnrt_dtype_size(dq));
  f->vn = calloc(rows * 3 * 5 + 1, attnrt_dtype_size(dq));
  uint64_t rng = tu_seed();
  for (size_t i = 0; i < rows * 3 * 4; i++)
    attnrt_store(f->kn, dq, i, tu_uniform(&rng) * 100);
  for (size_t i = 0; i < rows * 3 * 5; i++)
    attnrt_store(f->vn, dq, i, tu_uniform(&rng) * 100);
  f->a = (attn_args){.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args), .batch = 2,
                     .kv_len = f->kv_len, .new_len = f->new_len, .k_new = f->kn, .v_new = f->vn,
                     .k_cache = f->kc, .v_cache = f->vc};
}

static void fx_free(fixture *f) {
  free(f->kc);
  free(f->vc);
  free(f->kn);
  free(f->vn);
}

/* The cache after an append, computed element by element. */
static void *expected_cache(const fixture *f, int is_v) {
  const attn_info *in = &f->info;
  int32_t dim = is_v ? 5 : 4;
  size_t bytes = is_v ? f->vc_bytes : f->kc_bytes;
  void *want = malloc(bytes);
  memcpy(want, is_v ? f->vc : f->kc, bytes);
  size_t row = 0;
  for (int32_t b = 0; b < 2; b++)
    for (int32_t t = 0; t < f->new_len[b]; t++, row++)
      for (int32_t g = 0; g < 3; g++)
        for (int32_t d = 0; d < dim; d++) {
          float v = attnrt_load(is_v ? f->vn : f->kn, in->dtype_q, (row * 3 + (size_t)g) * (size_t)dim + (size_t)d);
          attnrt_store(want, in->dtype_cache, kv_index(in, dim, b, f->kv_len[b] + t, g, d), v);
        }
  return want;
}

/* Every (q dtype, cache dtype, order): the cache equals the element-wise
 * expectation, untouched outside the new positions. */
START_TEST(writes_converted_in_order) {
  static const int32_t types[][2] = {{ATTN_F32, ATTN_F32}, {ATTN_F32, ATTN_F16}, {ATTN_F32, ATTN_BF16},
                                     {ATTN_F16, ATTN_F16}, {ATTN_BF16, ATTN_BF16}, {ATTN_F16, ATTN_BF16}};
  fixture f;
  fx_init(&f, types[_i / 2][0], types[_i / 2][1], _i % 2, (int32_t[]){3, 0}, (int32_t[]){2, 16});
  void *wk = expected_cache(&f, 0), *wv = expected_cache(&f, 1);
  ck_assert_int_eq(attnrt_append(&f.k, &f.a), 0);
  ck_assert_mem_eq(f.kc, wk, f.kc_bytes);
  ck_assert_mem_eq(f.vc, wv, f.vc_bytes);
  /* spot check one element against the layout written out by hand */
  size_t at = f.info.order == ATTN_TOKEN_MAJOR ? ((0 * CAP + 4) * 3 + 2) * 4 + 1 : ((0 * 3 + 2) * CAP + 4) * 4 + 1;
  float src = attnrt_load(f.kn, f.info.dtype_q, (1 * 3 + 2) * 4 + 1); /* row 1 = seq 0 token 4 */
  float want = f.info.dtype_cache == ATTN_F32   ? src
               : f.info.dtype_cache == ATTN_F16 ? attnrt_f16_to_f32(attnrt_f32_to_f16(src))
                                                : attnrt_bf16_to_f32(attnrt_f32_to_bf16(src));
  ck_assert_float_eq(attnrt_load(f.kc, f.info.dtype_cache, at), want);
  free(wk);
  free(wv);
  fx_free(&f);
}
END_TEST

/* Row stores (x, latent): one row of cache_dim per token at
 * [b][capacity][R] whatever cache.order says, k_new [rows][R]; v_new and
 * v_cache are neither needed nor touched.  cache_dim 12 = Hkv * D keeps the
 * fixture's buffer sizes. */
START_TEST(row_store_rows) {
  fixture f;
  fx_init(&f, ATTN_F32, ATTN_F16, ATTN_HEAD_MAJOR, (int32_t[]){3, 0}, (int32_t[]){2, 16});
  f.info.store = _i ? ATTN_STORE_LATENT : ATTN_STORE_X;
  f.info.cache_dim = 12;
  f.info.rope_dim = _i ? 2 : 0;
  void *before = malloc(f.vc_bytes);
  memcpy(before, f.vc, f.vc_bytes);
  f.a.v_new = NULL;
  ck_assert_int_eq(attnrt_append(&f.k, &f.a), 0);
  ck_assert_mem_eq(f.vc, before, f.vc_bytes);
  size_t row = 0;
  for (int32_t b = 0; b < 2; b++)
    for (int32_t t = 0; t < CAP; t++) {
      int fresh = t >= f.kv_len[b] && t < f.kv_len[b] + f.new_len[b];
      for (int32_t c = 0; c < 12; c++) {
        size_t at = ((size_t)b * CAP + (size_t)t) * 12 + (size_t)c;
        float want = fresh ? attnrt_f16_to_f32(attnrt_f32_to_f16(attnrt_load(f.kn, ATTN_F32, row * 12 + (size_t)c)))
                           : attnrt_f16_to_f32(attnrt_f32_to_f16((float)at));
        ck_assert_msg(attnrt_load(f.kc, ATTN_F16, at) == want, "seq %d token %d col %d", b, t, c);
      }
      row += (size_t)fresh;
    }
  free(before);
  fx_free(&f);
}
END_TEST

/* Same q and cache type: bits copied as they are, NaN payloads included. */
START_TEST(same_type_copies_bits) {
  fixture f;
  fx_init(&f, ATTN_F16, ATTN_F16, ATTN_HEAD_MAJOR, (int32_t[]){0, 5}, (int32_t[]){1, 0});
  ((uint16_t *)f.kn)[0] = 0x7d01; /* signalling NaN */
  ck_assert_int_eq(attnrt_append(&f.k, &f.a), 0);
  ck_assert_uint_eq(((uint16_t *)f.kc)[0], 0x7d01);
  fx_free(&f);
}
END_TEST

/* Two appends of 3 and 4 tokens equal one of 7. */
START_TEST(appends_compose) {
  fixture one, two;
  fx_init(&one, ATTN_F32, ATTN_BF16, ATTN_TOKEN_MAJOR, (int32_t[]){1, 2}, (int32_t[]){7, 0});
  fx_init(&two, ATTN_F32, ATTN_BF16, ATTN_TOKEN_MAJOR, (int32_t[]){1, 2}, (int32_t[]){7, 0});
  two.new_len[0] = 3;
  memcpy(two.kn, one.kn, sizeof(float) * 7 * 3 * 4);
  memcpy(two.vn, one.vn, sizeof(float) * 7 * 3 * 5);
  ck_assert_int_eq(attnrt_append(&one.k, &one.a), 0);
  ck_assert_int_eq(attnrt_append(&two.k, &two.a), 0);
  two.kv_len[0] = 4;
  two.new_len[0] = 4;
  two.a.k_new = (float *)two.kn + 3 * 3 * 4;
  two.a.v_new = (float *)two.vn + 3 * 3 * 5;
  ck_assert_int_eq(attnrt_append(&two.k, &two.a), 0);
  ck_assert_mem_eq(one.kc, two.kc, one.kc_bytes);
  ck_assert_mem_eq(one.vc, two.vc, one.vc_bytes);
  fx_free(&one);
  fx_free(&two);
}
END_TEST

static void expect_refused(fixture *f, int status, const char *detail) {
  void *kc = malloc(f->kc_bytes), *vc = malloc(f->vc_bytes);
  memcpy(kc, f->kc, f->kc_bytes);
  memcpy(vc, f->vc, f->vc_bytes);
  int rc = attnrt_append(&f->k, &f->a);
  ck_assert_msg(rc == status, "got %s (%s)", attnrt_strerror(rc), attnrt_last_error());
  if (detail)
    ck_assert_str_eq(attnrt_last_error(), detail);
  ck_assert_mem_eq(f->kc, kc, f->kc_bytes);
  ck_assert_mem_eq(f->vc, vc, f->vc_bytes);
  free(kc);
  free(vc);
}

/* Sequence 0 fits, sequence 1 does not: nothing is written at all. */
START_TEST(refusal_leaves_cache_unchanged) {
  fixture f;
  fx_init(&f, ATTN_F32, ATTN_F16, _i, (int32_t[]){3, 10}, (int32_t[]){1, 7});
  expect_refused(&f, ATTN_E_CAPACITY, "kv_len[1] + new_len[1] = 10 + 7 exceeds cache.capacity 16");
  f.new_len[1] = 6;
  ck_assert_int_eq(attnrt_append(&f.k, &f.a), 0); /* exactly full */
  f.kv_len[1] = 16;
  f.new_len[1] = 0;
  ck_assert_int_eq(attnrt_append(&f.k, &f.a), 0);
  f.new_len[0] = -1;
  expect_refused(&f, ATTN_E_RANGE, "new_len[0] = -1 is negative");
  f.new_len[0] = 1;
  f.kv_len[0] = -2;
  expect_refused(&f, ATTN_E_RANGE, "kv_len[0] = -2 is negative");
  f.kv_len[0] = 3;
  f.kv_len[1] = 17;
  expect_refused(&f, ATTN_E_CAPACITY, "kv_len[1] + new_len[1] = 17 + 0 exceeds cache.capacity 16");
  fx_free(&f);
}
END_TEST

START_TEST(refusal_of_arguments) {
  fixture f;
  fx_init(&f, ATTN_F32, ATTN_F32, ATTN_TOKEN_MAJOR, (int32_t[]){3, 10}, (int32_t[]){1, 2});
  const void **fields[] = {(const void **)&f.a.new_len, &f.a.k_new, &f.a.v_new, (const void **)&f.a.kv_len,
                           (const void **)&f.a.k_cache, (const void **)&f.a.v_cache};
  static const char *names[] = {"new_len", "k_new", "v_new", "kv_len", "k_cache", "v_cache"};
  for (int i = 0; i < 6; i++) {
    const void *keep = *fields[i];
    *fields[i] = NULL;
    char want[80];
    snprintf(want, sizeof want, "%s is null (append, batch = 2)", names[i]);
    expect_refused(&f, ATTN_E_NULL, want);
    *fields[i] = keep;
  }
  f.a.struct_size = 4;
  expect_refused(&f, ATTN_E_ABI, NULL);
  f.a.struct_size = sizeof(attn_args);
  f.a.batch = -1;
  expect_refused(&f, ATTN_E_RANGE, "batch = -1 is negative");
  ck_assert_int_eq(attnrt_append(NULL, &f.a), ATTN_E_NULL);
  ck_assert_int_eq(attnrt_append(&f.k, NULL), ATTN_E_NULL);
  attn_args none = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof none};
  ck_assert_int_eq(attnrt_append(&f.k, &none), 0); /* batch 0: nothing needed */
  fx_free(&f);
}
END_TEST

/* ---- ABI 5: layouts and quantized types ---------------------------------- */

static const int32_t QTYPES[6] = {ATTN_F32, ATTN_F16, ATTN_I8, ATTN_Q4, ATTN_FP8_E4M3, ATTN_FP8_E5M2};

/* Hkv 2, D = Dv = 32, capacity 8, batch 2; paged: pages of 4, 5 in the
 * pool, sequence 0 on pages {3, 1}, sequence 1 on {0, 4}, page 2 unused. */
typedef struct lfix {
  attn_info info;
  attn_kernel k;
  attn_args a;
  int32_t kv_len[2], new_len[2], table[4], refs[5];
  unsigned char *kc, *vc;
  size_t bytes;
  float kn[20 * 2 * 32], vn[20 * 2 * 32]; /* two rounds of at most 8 and 9 rows */
} lfix;

static void lf_init(lfix *f, int32_t layout, int32_t dtype, int32_t order) {
  memset(f, 0, sizeof *f);
  f->info = tu_info(4, 2, 32, 32, ATTN_MIXED, 8);
  f->info.layout = layout;
  f->info.dtype_cache = dtype;
  f->info.order = order;
  f->info.page_size = layout == ATTN_PAGED ? 4 : 0;
  f->info.window = layout == ATTN_RING ? 8 : 0;
  f->k = tu_kernel(&f->info, 1, 1, 1, 1);
  int32_t blocks = layout == ATTN_PAGED ? 5 : 2;
  f->bytes = attnrt_block_bytes(&f->info, 0) * (size_t)blocks;
  f->kc = malloc(f->bytes);
  f->vc = malloc(f->bytes);
  memset(f->kc, 0xff, f->bytes);
  memset(f->vc, 0xff, f->bytes);
  int32_t table[4] = {3, 1, 0, 4}, refs[5] = {1, 1, 0, 1, 1};
  memcpy(f->table, table, sizeof table);
  memcpy(f->refs, refs, sizeof refs);
  f->a = (attn_args){.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args), .batch = 2,
                     .kv_len = f->kv_len, .new_len = f->new_len, .k_new = f->kn, .v_new = f->vn,
                     .k_cache = f->kc, .v_cache = f->vc, .page_table = f->table, .num_pages = 5,
                     .page_refs = f->refs};
  uint64_t rng = tu_seed();
  for (size_t i = 0; i < 20 * 2 * 32; i++) {
    f->kn[i] = tu_uniform(&rng) * 4;
    f->vn[i] = tu_uniform(&rng);
  }
}

static void lf_free(lfix *f) {
  free(f->kc);
  free(f->vc);
}

/* Row x as the cache holds it: the docs' quantizer, then dequantized. */
static void quantized(int32_t dtype, const float *x, float *y) {
  unsigned char row[128], scale[8];
  tu_encode(dtype, 32, x, row, scale);
  for (int32_t k = 0; k < 32; k++)
    y[k] = tu_decode(dtype, row, scale, k);
}

/* Two appends (the ring's second wraps past its capacity: positions 5 .. 10
 * of sequence 0 in slots 5, 6, 7, 0, 1, 2), every row read back through
 * attnrt_cache_load.  _i: layout x type x order. */
START_TEST(append_layouts_read_back) {
  int32_t layout = _i % 3, dtype = QTYPES[_i / 3 % 6], order = _i / 18;
  lfix f;
  lf_init(&f, layout, dtype, order);
  static float want[2][12][2][2][32]; /* [seq][pos][which][head][elem] */
  int32_t rounds[2][4] = {{0, 2, 5, 3}, {5, 5, layout == ATTN_RING ? 6 : 3, 3}};
  for (int r = 0; r < 2; r++) {
    memcpy(f.kv_len, rounds[r], 2 * sizeof(int32_t));
    memcpy(f.new_len, rounds[r] + 2, 2 * sizeof(int32_t));
    f.a.k_new = f.kn + (size_t)r * 8 * 64;
    f.a.v_new = f.vn + (size_t)r * 8 * 64;
    int rc = attnrt_append(&f.k, &f.a);
    ck_assert_msg(rc == 0, "%s (%s)", attnrt_strerror(rc), attnrt_last_error());
    size_t row = 0;
    for (int32_t b = 0; b < 2; b++)
      for (int32_t t = 0; t < f.new_len[b]; t++, row++)
        for (int32_t h = 0; h < 2; h++) {
          quantized(dtype, (const float *)f.a.k_new + (row * 2 + (size_t)h) * 32,
                    want[b][f.kv_len[b] + t][0][h]);
          quantized(dtype, (const float *)f.a.v_new + (row * 2 + (size_t)h) * 32, want[b][f.kv_len[b] + t][1][h]);
        }
    for (int32_t b = 0; b < 2; b++) {
      int32_t end = f.kv_len[b] + f.new_len[b], first = end > 8 ? end - 8 : 0; /* what a ring still holds */
      if (first < rounds[0][b])
        first = rounds[0][b]; /* written so far */
      for (int32_t p = first; p < end; p++)
        for (int which = 0; which < 2; which++)
          for (int32_t h = 0; h < 2; h++)
            for (int32_t d = 0; d < 32; d++) {
              float got = attnrt_cache_load(&f.info, &f.a, which, b, p, h, d);
              ck_assert_msg(got == want[b][p][which][h][d], "round %d seq %d pos %d %c head %d elem %d: %g, want %g",
                            r, b, p, which ? 'V' : 'K', h, d, got, want[b][p][which][h][d]);
            }
    }
  }
  if (layout == ATTN_PAGED) { /* page 2 is not in any table: untouched */
    size_t kb = attnrt_block_bytes(&f.info, 0);
    for (size_t i = 2 * kb; i < 3 * kb; i++)
      ck_assert(f.kc[i] == 0xff && f.vc[i] == 0xff);
  }
  lf_free(&f);
}
END_TEST

/* rope on write rotates the key first, then quantizes it (i8). */
START_TEST(rope_then_quantize) {
  lfix f;
  lf_init(&f, ATTN_CONTIGUOUS, ATTN_I8, ATTN_HEAD_MAJOR);
  double inv_freq[16];
  for (int i = 0; i < 16; i++)
    inv_freq[i] = pow(10000.0, -i / 16.0);
  attn_rope rope = {.dims = 32, .style = ATTN_ROPE_NEOX, .apply = ATTN_ROPE_ON_WRITE, .inv_freq = inv_freq};
  f.info.rope = &rope;
  f.kv_len[1] = 3;
  f.new_len[1] = 1;
  ck_assert_int_eq(attnrt_append(&f.k, &f.a), 0);
  for (int32_t h = 0; h < 2; h++) {
    const float *x = f.kn + (size_t)h * 32;
    float r[32], y[32];
    for (int i = 0; i < 16; i++) { /* position 3, pairs (i, i + 16) */
      double c = cos(3 * inv_freq[i]), s = sin(3 * inv_freq[i]);
      r[i] = (float)(x[i] * c - x[i + 16] * s);
      r[i + 16] = (float)(x[i] * s + x[i + 16] * c);
    }
    quantized(ATTN_I8, r, y);
    for (int32_t d = 0; d < 32; d++)
      ck_assert_float_eq(attnrt_cache_load(&f.info, &f.a, 0, 1, 3, h, d), y[d]);
  }
  lf_free(&f);
}
END_TEST

static void lf_refused(lfix *f, int status, const char *detail) {
  unsigned char *kc = malloc(f->bytes), *vc = malloc(f->bytes);
  memcpy(kc, f->kc, f->bytes);
  memcpy(vc, f->vc, f->bytes);
  int rc = attnrt_append(&f->k, &f->a);
  ck_assert_msg(rc == status, "got %s (%s)", attnrt_strerror(rc), attnrt_last_error());
  if (detail)
    ck_assert_str_eq(attnrt_last_error(), detail);
  ck_assert_mem_eq(f->kc, kc, f->bytes);
  ck_assert_mem_eq(f->vc, vc, f->bytes);
  free(kc);
  free(vc);
}

/* Paged: a bad or shared page anywhere refuses the whole call; sequence 0
 * would fit each time, so a partial write would show. */
START_TEST(paged_refusals_leave_cache) {
  lfix f;
  lf_init(&f, ATTN_PAGED, _i ? ATTN_Q4 : ATTN_F16, ATTN_TOKEN_MAJOR);
  f.kv_len[0] = 1;
  f.new_len[0] = 6;
  f.kv_len[1] = 3;
  f.new_len[1] = 2; /* positions 3, 4: entries 0 and 1 of sequence 1 */
  f.table[3] = 5;
  lf_refused(&f, ATTN_E_PAGE, "page_table[3] (sequence 1, entry 1) = 5 is outside 0 .. num_pages - 1 = 4");
  f.table[3] = -2;
  lf_refused(&f, ATTN_E_PAGE, "page_table[3] (sequence 1, entry 1) = -2 is outside 0 .. num_pages - 1 = 4");
  f.table[3] = 4;
  f.refs[0] = 2; /* sequence 1's first page is shared */
  lf_refused(&f, ATTN_E_PAGE,
             "page 0 (page_table[2], sequence 1, entry 0) has page_refs = 2: a page to write must be the "
             "sequence's own (count 1; attnrt_page_unshare copies it)");
  f.refs[0] = 0; /* or free */
  lf_refused(&f, ATTN_E_PAGE, NULL);
  f.refs[0] = 1;
  f.a.page_refs = NULL;
  lf_refused(&f, ATTN_E_NULL, "page_refs is null, but a paged append needs the pool's counts (batch = 2)");
  f.a.page_refs = f.refs;
  f.a.page_table = NULL;
  lf_refused(&f, ATTN_E_NULL, "page_table is null, but cache.layout paged needs it (append, batch = 2)");
  f.a.page_table = f.table;
  f.a.num_pages = 0;
  lf_refused(&f, ATTN_E_RANGE, "num_pages = 0, but cache.layout paged needs >= 1");
  f.a.num_pages = 5;
  f.new_len[1] = 6;
  lf_refused(&f, ATTN_E_CAPACITY, "kv_len[1] + new_len[1] = 3 + 6 exceeds cache.capacity 8");
  f.new_len[1] = 2;
  f.a.reserved5 = 3;
  lf_refused(&f, ATTN_E_RANGE, "reserved5 = 3, must be 0");
  f.a.reserved5 = 0;
  f.table[2] = 2; /* entries of positions not written are not looked at: 2 is free, read-only prefix */
  f.kv_len[1] = 4;
  f.new_len[1] = 1;
  f.refs[2] = 3;
  ck_assert_int_eq(attnrt_append(&f.k, &f.a), 0);
  lf_free(&f);
}
END_TEST

/* Ring: at most capacity new tokens a call, and kv_len + new_len may pass it. */
START_TEST(ring_append_limits) {
  lfix f;
  lf_init(&f, ATTN_RING, ATTN_FP8_E4M3, ATTN_HEAD_MAJOR);
  f.kv_len[0] = 100;
  f.new_len[0] = 8;
  f.new_len[1] = 9;
  lf_refused(&f, ATTN_E_RANGE, "new_len[1] = 9 exceeds the ring's capacity 8");
  f.new_len[1] = 8;
  ck_assert_int_eq(attnrt_append(&f.k, &f.a), 0);
  ck_assert_float_eq(attnrt_cache_load(&f.info, &f.a, 0, 0, 107, 1, 5),
                     attnrt_fp8_e4m3_to_f32(attnrt_f32_to_fp8_e4m3(f.kn[(7 * 2 + 1) * 32 + 5])));
  lf_free(&f);
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime_append");
  TCase *tc = tcase_create("append");
  tcase_add_loop_test(tc, writes_converted_in_order, 0, 12);
  tcase_add_test(tc, same_type_copies_bits);
  tcase_add_loop_test(tc, row_store_rows, 0, 2);
  tcase_add_test(tc, appends_compose);
  tcase_add_loop_test(tc, refusal_leaves_cache_unchanged, 0, 2);
  tcase_add_test(tc, refusal_of_arguments);
  tcase_add_loop_test(tc, append_layouts_read_back, 0, 36);
  tcase_add_test(tc, rope_then_quantize);
  tcase_add_loop_test(tc, paged_refusals_leave_cache, 0, 2);
  tcase_add_test(tc, ring_append_limits);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
