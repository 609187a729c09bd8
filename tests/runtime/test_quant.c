/* Quantized cache types (ABI 5): the fp8 converters against every code and
 * a brute-force nearest-code search, the quantizers' error bounds of
 * docs/layouts.md, and the byte format of a row in every layout and order at
 * offsets worked out by hand, so that the format page is pinned. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

typedef struct fp8 {
  uint8_t (*enc)(float);
  float (*dec)(uint8_t);
  uint8_t max; /* largest finite code */
  const char *name;
} fp8;

static const fp8 FP8[2] = {{attnrt_f32_to_fp8_e4m3, attnrt_fp8_e4m3_to_f32, 0x7e, "e4m3"},
                           {attnrt_f32_to_fp8_e5m2, attnrt_fp8_e5m2_to_f32, 0x7b, "e5m2"}};

static int is_nan_code(int e5, unsigned c) {
  return e5 ? (c & 0x7c) == 0x7c && (c & 3) : (c & 0x7f) == 0x7f;
}

/* Every code decodes to the value its fields say and survives code -> f32
 * -> code (NaN payloads and E5M2 infinities included). */
START_TEST(fp8_all_codes_round_trip) {
  const fp8 *f = &FP8[_i];
  for (unsigned c = 0; c < 256; c++) {
    float v = f->dec((uint8_t)c);
    unsigned s = c >> 7, e = _i ? (c >> 2) & 31 : (c >> 3) & 15, m = _i ? c & 3 : c & 7;
    int bias = _i ? 15 : 7, mb = _i ? 2 : 3;
    if (is_nan_code(_i, c)) {
      ck_assert_msg(isnan(v) && !!signbit(v) == (int)s, "%s code 0x%02x", f->name, c);
    } else if (_i && e == 31) {
      ck_assert(isinf(v) && !!signbit(v) == (int)s);
    } else {
      double want = e ? ldexp(1.0 + m / (double)(1 << mb), (int)e - bias) : ldexp((double)m, 1 - bias - mb);
      ck_assert_msg((double)v == (s ? -want : want), "%s code 0x%02x: %g, want %g", f->name, c, v, want);
    }
    ck_assert_msg(f->enc(v) == c, "%s code 0x%02x -> %g -> 0x%02x", f->name, c, v, f->enc(v));
  }
  ck_assert_float_eq(f->dec(f->max), _i ? 57344.0f : 448.0f);
  ck_assert_float_eq(f->dec(_i ? 0x3c : 0x38), 1.0f);
  ck_assert_uint_eq(f->enc(INFINITY), _i ? 0x7c : 0x7e); /* E4M3FN has no infinity: saturates */
  ck_assert_uint_eq(f->enc(-INFINITY), _i ? 0xfc : 0xfe);
  ck_assert_uint_eq(f->enc(-NAN) & 0x80, 0x80);
  ck_assert(isnan(f->dec(f->enc(NAN))));
  ck_assert_uint_eq(f->enc(-0.0f), 0x80);
  ck_assert_uint_eq(f->enc(1e30f), f->max);
}
END_TEST

/* The code nearest to x among the finite codes of x's sign; ties to the
 * even code (mantissa lsb 0). */
static uint8_t brute_nearest(const fp8 *f, int e5, float x) {
  unsigned sign = signbit(x) ? 0x80 : 0, best = sign;
  double bd = INFINITY;
  for (unsigned c = sign; c <= (sign | f->max); c++) {
    double d = fabs((double)x - (double)f->dec((uint8_t)c));
    if (d < bd || (d == bd && !(c & 1))) {
      bd = d;
      best = c;
    }
  }
  (void)e5;
  return (uint8_t)best;
}

/* Random f32 values over the whole range (below the smallest subnormal to
 * past the saturation point), every midpoint between neighbouring codes and
 * the floats next to it: the converter equals the brute-force search. */
START_TEST(fp8_rounds_to_nearest_even) {
  const fp8 *f = &FP8[_i];
  uint64_t rng = tu_seed() + (uint64_t)_i;
  int lo = _i ? -19 : -12, hi = _i ? 17 : 10;
  for (int n = 0; n < 200000; n++) {
    uint32_t bits = (uint32_t)(tu_next(&rng) & 0x807fffffu) |
                    (uint32_t)(127 + lo + (int)(tu_next(&rng) % (uint64_t)(hi - lo + 1))) << 23;
    float x;
    memcpy(&x, &bits, 4);
    uint8_t got = f->enc(x), want = brute_nearest(f, _i, x);
    ck_assert_msg(got == want, "%s(%a) = 0x%02x, nearest even 0x%02x", f->name, (double)x, got, want);
  }
  for (unsigned c = 0; c < 256; c++) {
    if ((c & 0x7f) >= f->max)
      continue;
    float a = f->dec((uint8_t)c), b = f->dec((uint8_t)(c + 1)), mid = (a + b) / 2; /* exact in f32 */
    float xs[3] = {mid, nextafterf(mid, INFINITY), nextafterf(mid, -INFINITY)};
    for (int k = 0; k < 3; k++) {
      uint8_t got = f->enc(xs[k]), want = brute_nearest(f, _i, xs[k]);
      ck_assert_msg(got == want, "%s(%a) = 0x%02x, nearest even 0x%02x", f->name, (double)xs[k], got, want);
    }
    ck_assert_uint_eq(f->enc(mid) & 1, 0); /* a tie goes to the even code */
  }
}
END_TEST

/* A kv cache of one sequence, contiguous, for the quantizer tests. */
static attn_info row_info(int32_t dtype, int32_t d) {
  attn_info in = tu_info(1, 1, d, d, ATTN_DECODE, 1);
  in.dtype_cache = dtype;
  return in;
}

/* Writes x through attnrt_cache_write_row and reads it back dequantized. */
static void round_trip(const attn_info *in, void *cache, const float *x, float *y) {
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof a, .batch = 1, .k_cache = cache,
                 .v_cache = cache};
  ck_assert_int_eq(attnrt_cache_write_row(in, &a, 0, 0, 0, 0, x), 0);
  for (int32_t k = 0; k < in->dim; k++)
    y[k] = attnrt_cache_load(in, &a, 0, 0, 0, 0, k);
}

/* i8: |x - y| <= max|x| / 254 (+ the f32 product's rounding); q4: each
 * group's d / 2 with d = f16(max|x| / 7); over magnitudes 1e-3 .. 1e4. */
START_TEST(integer_quantizer_bounds) {
  int32_t dtype = _i ? ATTN_Q4 : ATTN_I8, D = 128;
  attn_info in = row_info(dtype, D);
  size_t bytes = attnrt_block_bytes(&in, 0);
  ck_assert_uint_eq(bytes, _i ? 64 + 8 : 128 + 4);
  void *cache = malloc(bytes);
  float x[128], y[128];
  uint64_t rng = tu_seed();
  double worst = 0;
  for (int n = 0; n < 400; n++) {
    float mag = powf(10.0f, (float)(n % 8) - 3.0f);
    for (int32_t k = 0; k < D; k++)
      x[k] = tu_uniform(&rng) * mag * (k % 7 == 3 ? 1.0f : 0.25f);
    round_trip(&in, cache, x, y);
    for (int32_t g = 0; g < (_i ? D / 32 : 1); g++) {
      int32_t k0 = _i ? g * 32 : 0, k1 = _i ? k0 + 32 : D;
      float m = 0;
      for (int32_t k = k0; k < k1; k++)
        m = fmaxf(m, fabsf(x[k]));
      double bound = _i ? attnrt_f16_to_f32(attnrt_f32_to_f16(m / 7)) / 2.0 : m / 254.0;
      bound = bound * (1 + 0x1p-20) + m * 0x1p-23;
      for (int32_t k = k0; k < k1; k++) {
        double e = fabs((double)x[k] - (double)y[k]);
        ck_assert_msg(e <= bound, "row %d elem %d: %g -> %g, error %g > %g", n, k, x[k], y[k], e, bound);
        worst = fmax(worst, e / bound);
      }
    }
  }
  ck_assert_msg(worst > 0.5, "the bound is not approached (%g): is anything quantized?", worst);
  /* a zero row: scale 0, q = 0 (i8) or n = 8 (q4), reads back 0 */
  memset(x, 0, sizeof x);
  round_trip(&in, cache, x, y);
  const unsigned char *c = cache;
  for (int32_t k = 0; k < D; k++)
    ck_assert(y[k] == 0.0f && c[_i ? k / 2 : k] == (_i ? 0x88 : 0));
  for (size_t k = (size_t)D / (_i ? 2 : 1); k < bytes; k++)
    ck_assert_uint_eq(c[k], 0); /* f32 or f16 zero scales */
  free(cache);
}
END_TEST

/* fp8: relative error <= 2^-4 (e4m3) / 2^-3 (e5m2) over the normal range,
 * absolute <= 2^-10 / 2^-17 below it. */
START_TEST(fp8_quantizer_bounds) {
  int32_t dtype = _i ? ATTN_FP8_E5M2 : ATTN_FP8_E4M3, D = 64;
  attn_info in = row_info(dtype, D);
  ck_assert_uint_eq(attnrt_block_bytes(&in, 1), 64);
  unsigned char cache[64];
  float x[64], y[64];
  double rel = _i ? 0x1p-3 : 0x1p-4, abs_ = _i ? 0x1p-17 : 0x1p-10, tiny = _i ? 0x1p-14 : 0x1p-6;
  uint64_t rng = tu_seed();
  for (int n = 0; n < 2000; n++) {
    float mag = ldexpf(1.0f, _i ? (n % 33) - 18 : (n % 18) - 9); /* within the saturation point */
    for (int32_t k = 0; k < D; k++)
      x[k] = tu_uniform(&rng) * mag;
    round_trip(&in, cache, x, y);
    for (int32_t k = 0; k < D; k++) {
      double e = fabs((double)x[k] - (double)y[k]);
      double bound = fabs(x[k]) >= tiny ? rel * fabs(x[k]) : abs_;
      ck_assert_msg(e <= bound, "%g -> %g: error %g > %g", x[k], y[k], e, bound);
    }
  }
}
END_TEST

/* ---- byte format --------------------------------------------------------
 * Hkv 2, D 32, Dv 64, capacity 6, page_size 4 (P = 2 entries a sequence);
 * batch 2, sequence 1's page table {1, 2}.  The row written is (sequence 1,
 * KV head 1) at position 2 (contiguous), 8 (ring: slot 2) or 5 (paged: entry
 * 1 -> page 2, slot 1).  Offsets by hand (rows of a block: T * Hkv):
 *   i8 K  (32 + 4 bytes a row): contiguous block 12 * 36 = 432, paged 8 * 36 = 288
 *     token_major row t*2+h:  contiguous 5 -> 432 + 5*32 = 592, scale 432 + 384 + 5*4 = 836
 *                             paged      3 -> 576 + 3*32 = 672, scale 576 + 256 + 3*4 = 844
 *     head_major  row h*T+t:  contiguous 8 -> 432 + 8*32 = 688, scale 432 + 384 + 8*4 = 848
 *                             paged      5 -> 576 + 5*32 = 736, scale 576 + 256 + 5*4 = 852
 *   q4 K  (16 + 2): contiguous block 216, paged 144 (page 2 at 288)
 *     token_major: contiguous 216 + 80 = 296, scale 216 + 192 + 10 = 418; paged 288 + 48 = 336, 288 + 128 + 6 = 422
 *     head_major:  contiguous 216 + 128 = 344, scale 216 + 192 + 16 = 424; paged 288 + 80 = 368, 288 + 128 + 10 = 426
 *   q4 V  (32 + 4, two groups): contiguous token_major 432 + 5*32 = 592, scales 432 + 384 + 5*4 = 836, 838
 *   f16 K (64 + 0): contiguous token_major 768 + 5*64 = 1088
 *   e4m3 V (64 + 0): paged head_major block 8*64 = 512, page 2 at 1024, row 5 -> 1024 + 320 = 1344
 */
typedef struct byte_case {
  int32_t layout, order, dtype, which;
  size_t block, elem, scale;
} byte_case;

static const byte_case BYTES[] = {
    {ATTN_CONTIGUOUS, ATTN_TOKEN_MAJOR, ATTN_I8, 0, 432, 592, 836},
    {ATTN_RING, ATTN_TOKEN_MAJOR, ATTN_I8, 0, 432, 592, 836},
    {ATTN_PAGED, ATTN_TOKEN_MAJOR, ATTN_I8, 0, 288, 672, 844},
    {ATTN_CONTIGUOUS, ATTN_HEAD_MAJOR, ATTN_I8, 0, 432, 688, 848},
    {ATTN_RING, ATTN_HEAD_MAJOR, ATTN_I8, 0, 432, 688, 848},
    {ATTN_PAGED, ATTN_HEAD_MAJOR, ATTN_I8, 0, 288, 736, 852},
    {ATTN_CONTIGUOUS, ATTN_TOKEN_MAJOR, ATTN_Q4, 0, 216, 296, 418},
    {ATTN_RING, ATTN_TOKEN_MAJOR, ATTN_Q4, 0, 216, 296, 418},
    {ATTN_PAGED, ATTN_TOKEN_MAJOR, ATTN_Q4, 0, 144, 336, 422},
    {ATTN_CONTIGUOUS, ATTN_HEAD_MAJOR, ATTN_Q4, 0, 216, 344, 424},
    {ATTN_RING, ATTN_HEAD_MAJOR, ATTN_Q4, 0, 216, 344, 424},
    {ATTN_PAGED, ATTN_HEAD_MAJOR, ATTN_Q4, 0, 144, 368, 426},
    {ATTN_CONTIGUOUS, ATTN_TOKEN_MAJOR, ATTN_Q4, 1, 432, 592, 836},
    {ATTN_CONTIGUOUS, ATTN_TOKEN_MAJOR, ATTN_F16, 0, 768, 1088, 0},
    {ATTN_PAGED, ATTN_HEAD_MAJOR, ATTN_FP8_E4M3, 1, 512, 1344, 0},
};

START_TEST(row_bytes_at_hand_offsets) {
  const byte_case *bc = &BYTES[_i];
  attn_info in = tu_info(4, 2, 32, 64, ATTN_DECODE, 6);
  in.layout = bc->layout;
  in.order = bc->order;
  in.dtype_cache = bc->dtype;
  in.page_size = bc->layout == ATTN_PAGED ? 4 : 0;
  in.window = bc->layout == ATTN_RING ? 6 : 0;
  int32_t W = bc->which ? 64 : 32, pos = bc->layout == ATTN_RING ? 8 : bc->layout == ATTN_PAGED ? 5 : 2;
  ck_assert_uint_eq(attnrt_block_bytes(&in, bc->which), bc->block);
  size_t total = bc->block * (bc->layout == ATTN_PAGED ? 4 : 2);
  unsigned char *cache = malloc(total), *want = malloc(total);
  memset(cache, 0xa5, total);
  memcpy(want, cache, total);
  int32_t table[4] = {3, 0, 1, 2};
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof a, .batch = 2, .k_cache = cache,
                 .v_cache = cache, .page_table = table, .num_pages = 4};
  float x[64];
  uint64_t rng = tu_seed();
  for (int32_t k = 0; k < W; k++)
    x[k] = tu_uniform(&rng) * 3.0f;
  x[0] = -4.0f; /* the row's (and first group's) largest |x| */
  x[1] = 3.5f;
  ck_assert_int_eq(attnrt_cache_write_row(&in, &a, bc->which, 1, pos, 1, x), 0);
  size_t eb = tu_row_bytes(bc->dtype, W), sb = tu_scale_bytes(bc->dtype, W);
  tu_encode(bc->dtype, W, x, want + bc->elem, want + bc->scale);
  for (size_t k = 0; k < total; k++)
    ck_assert_msg(cache[k] == want[k], "byte %zu: 0x%02x, want 0x%02x (row at %zu + %zu, scales at %zu + %zu)", k,
                  cache[k], want[k], bc->elem, eb, bc->scale, sb);
  if (bc->dtype == ATTN_I8) { /* -4 -> -127, s = 4/127 */
    float s = 4.0f / 127;
    ck_assert_uint_eq(cache[bc->elem], 0x81);
    ck_assert_mem_eq(cache + bc->scale, &s, 4);
  } else if (bc->dtype == ATTN_Q4) { /* d = f16(4/7): -4 -> n 1 (low nibble), 3.5 -> n 14 (high) */
    uint16_t d = attnrt_f32_to_f16(4.0f / 7);
    ck_assert_uint_eq(cache[bc->elem], 0xe1);
    ck_assert_mem_eq(cache + bc->scale, &d, 2);
  }
  /* the same row read back by the library and by the test's own addressing */
  unsigned char *sc, *row = tu_row(&in, cache, table, bc->which, 1, pos, 1, &sc);
  ck_assert_uint_eq((size_t)(row - cache), bc->elem);
  for (int32_t k = 0; k < W; k++)
    ck_assert_float_eq(attnrt_cache_load(&in, &a, bc->which, 1, pos, 1, k), tu_decode(bc->dtype, row, sc, k));
  free(cache);
  free(want);
}
END_TEST

/* The row helpers refuse what does not name a row, writing nothing. */
START_TEST(row_helpers_refuse) {
  attn_info in = tu_info(4, 2, 32, 32, ATTN_DECODE, 6);
  in.layout = ATTN_PAGED;
  in.page_size = 4;
  in.dtype_cache = ATTN_I8;
  unsigned char cache[4 * 144];
  memset(cache, 0x5a, sizeof cache);
  int32_t table[4] = {0, 1, 2, 4};
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof a, .batch = 2, .k_cache = cache,
                 .v_cache = cache, .page_table = table, .num_pages = 4};
  float x[32] = {1};
  ck_assert_int_eq(attnrt_cache_write_row(&in, &a, 0, 1, 4, 0, x), ATTN_E_PAGE);
  ck_assert_str_eq(attnrt_last_error(), "page_table[3] (sequence 1, entry 1) = 4 is outside 0 .. num_pages - 1 = 3");
  ck_assert(isnan(attnrt_cache_load(&in, &a, 0, 1, 5, 0, 0)));
  ck_assert_int_eq(attnrt_cache_write_row(&in, &a, 0, 2, 0, 0, x), ATTN_E_RANGE);
  ck_assert_str_eq(attnrt_last_error(), "sequence 2 is outside 0 .. batch - 1 = 1");
  ck_assert_int_eq(attnrt_cache_write_row(&in, &a, 0, 0, 6, 0, x), ATTN_E_RANGE);
  ck_assert_str_eq(attnrt_last_error(), "position 6 is outside 0 .. cache.capacity - 1 = 5");
  ck_assert_int_eq(attnrt_cache_write_row(&in, &a, 1, 0, 0, 2, x), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_cache_write_row(&in, &a, 2, 0, 0, 0, x), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_cache_write_row(&in, &a, 0, 0, 0, 0, NULL), ATTN_E_NULL);
  ck_assert(isnan(attnrt_cache_load(&in, &a, 0, 0, 0, 0, 32)));
  a.page_table = NULL;
  ck_assert_int_eq(attnrt_cache_write_row(&in, &a, 0, 0, 0, 0, x), ATTN_E_NULL);
  for (size_t k = 0; k < sizeof cache; k++)
    ck_assert_uint_eq(cache[k], 0x5a);
  in.page_size = 3;
  ck_assert_uint_eq(attnrt_block_bytes(&in, 0), 0);
  ck_assert_str_eq(attnrt_last_error(), "attn_info: page_size = 3, but cache layout 1 needs a power of two from 1 to 512");
  in.page_size = 4;
  ck_assert_uint_eq(attnrt_block_bytes(&in, 0), 4 * 2 * 36);
  in.store = ATTN_STORE_K_ONLY; /* row stores: the K row of cache_dim, no V cache */
  in.layout = ATTN_CONTIGUOUS;
  in.page_size = 0;
  in.dtype_cache = ATTN_F16;
  in.heads_q = in.heads_kv = 2;
  in.cache_dim = 64;
  ck_assert_uint_eq(attnrt_block_bytes(&in, 0), 6 * 64 * 2);
  ck_assert_uint_eq(attnrt_block_bytes(&in, 1), 0);
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime_quant");
  TCase *tc = tcase_create("quant");
  tcase_add_loop_test(tc, fp8_all_codes_round_trip, 0, 2);
  tcase_add_loop_test(tc, fp8_rounds_to_nearest_even, 0, 2);
  tcase_add_loop_test(tc, integer_quantizer_bounds, 0, 2);
  tcase_add_loop_test(tc, fp8_quantizer_bounds, 0, 2);
  tcase_add_loop_test(tc, row_bytes_at_hand_offsets, 0, (int)(sizeof BYTES / sizeof BYTES[0]));
  tcase_add_test(tc, row_helpers_refuse);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
