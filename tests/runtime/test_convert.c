/* Conversions: every 16-bit pattern, the f32 -> 16-bit rounding boundaries,
 * typed load/store. */
#include <check.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static uint32_t bits(float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  return u;
}

static float from_bits(uint32_t u) {
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

/* binary16 value from its fields, independently of the code under test. */
static double f16_value(uint16_t h) {
  int e = (h >> 10) & 0x1f, m = h & 0x3ff;
  double v = e == 0 ? ldexp(m, -24) : e == 31 ? (m ? NAN : INFINITY) : ldexp(1024 + m, e - 25);
  return (h & 0x8000) ? -v : v;
}

START_TEST(f16_all_patterns) {
  for (uint32_t i = 0; i < 65536; i++) {
    uint16_t h = (uint16_t)i;
    float f = attnrt_f16_to_f32(h);
    double want = f16_value(h);
    if (isnan(want))
      ck_assert_msg(isnan(f), "f16 0x%04x should be NaN", i);
    else
      ck_assert_msg((double)f == want && !!signbit(f) == !!signbit(want), "f16 0x%04x: %a, want %a", i, f, want);
    ck_assert_msg(attnrt_f32_to_f16(f) == h, "f16 0x%04x round trips to 0x%04x", i, attnrt_f32_to_f16(f));
  }
}
END_TEST

START_TEST(bf16_all_patterns) {
  for (uint32_t i = 0; i < 65536; i++) {
    uint16_t h = (uint16_t)i;
    float f = attnrt_bf16_to_f32(h);
    ck_assert_uint_eq(bits(f), i << 16);
    ck_assert_msg(attnrt_f32_to_bf16(f) == h, "bf16 0x%04x round trips to 0x%04x", i, attnrt_f32_to_bf16(f));
  }
}
END_TEST

/* Between every pair of neighbouring finite 16-bit values: the midpoint goes
 * to the even one, one f32 ulp either side goes to the nearer one. */
typedef float (*to_f32_fn)(uint16_t);
typedef uint16_t (*from_f32_fn)(float);

static void check_midpoints(to_f32_fn up, from_f32_fn down, uint16_t last_finite, const char *name) {
  for (uint32_t sign = 0; sign <= 0x8000; sign += 0x8000)
    for (uint32_t h = 0; h < last_finite; h++) {
      uint16_t lo = (uint16_t)(sign | h), hi = (uint16_t)(sign | (h + 1));
      float a = up(lo), b = up(hi), mid = a + (b - a) / 2; /* exact: 16-bit types have few digits */
      float toward_a = nextafterf(mid, a), toward_b = nextafterf(mid, b);
      ck_assert_msg(down(mid) == ((h & 1) ? hi : lo), "%s midpoint of 0x%04x: 0x%04x", name, lo, down(mid));
      ck_assert_msg(down(toward_a) == lo, "%s below midpoint of 0x%04x: 0x%04x", name, lo, down(toward_a));
      ck_assert_msg(down(toward_b) == hi, "%s above midpoint of 0x%04x: 0x%04x", name, lo, down(toward_b));
    }
}

START_TEST(f16_rounding_midpoints) {
  check_midpoints(attnrt_f16_to_f32, attnrt_f32_to_f16, 0x7bff, "f16");
}
END_TEST

START_TEST(bf16_rounding_midpoints) {
  check_midpoints(attnrt_bf16_to_f32, attnrt_f32_to_bf16, 0x7f7f, "bf16");
}
END_TEST

START_TEST(f16_rounding_cases) {
  ck_assert_uint_eq(attnrt_f32_to_f16(1.0f), 0x3c00);
  ck_assert_uint_eq(attnrt_f32_to_f16(1.0f + 0x1p-11f), 0x3c00);            /* tie, to even */
  ck_assert_uint_eq(attnrt_f32_to_f16(1.0f + 3 * 0x1p-11f), 0x3c02);        /* tie, to even */
  ck_assert_uint_eq(attnrt_f32_to_f16(1.0f + 0x1p-11f + 0x1p-20f), 0x3c01); /* above tie */
  ck_assert_uint_eq(attnrt_f32_to_f16(65504.0f), 0x7bff);
  ck_assert_uint_eq(attnrt_f32_to_f16(65519.996f), 0x7bff);
  ck_assert_uint_eq(attnrt_f32_to_f16(65520.0f), 0x7c00); /* tie with 2^16: overflows */
  ck_assert_uint_eq(attnrt_f32_to_f16(-1e10f), 0xfc00);
  ck_assert_uint_eq(attnrt_f32_to_f16(INFINITY), 0x7c00);
  ck_assert_uint_eq(attnrt_f32_to_f16(-INFINITY), 0xfc00);
  ck_assert_uint_eq(attnrt_f32_to_f16(FLT_MAX), 0x7c00);
  ck_assert_uint_eq(attnrt_f32_to_f16(0x1p-14f), 0x0400);                   /* smallest normal */
  ck_assert_uint_eq(attnrt_f32_to_f16(0x1p-14f - 0x1p-25f), 0x0400);        /* tie, to even */
  ck_assert_uint_eq(attnrt_f32_to_f16(0x1p-24f), 0x0001);                   /* smallest subnormal */
  ck_assert_uint_eq(attnrt_f32_to_f16(0x1p-25f), 0x0000);                   /* tie, to even (0) */
  ck_assert_uint_eq(attnrt_f32_to_f16(-0x1p-25f), 0x8000);
  ck_assert_uint_eq(attnrt_f32_to_f16(0x1p-25f * 1.0000001f), 0x0001);
  ck_assert_uint_eq(attnrt_f32_to_f16(3 * 0x1p-25f), 0x0002);               /* tie, to even */
  ck_assert_uint_eq(attnrt_f32_to_f16(0x1p-130f), 0x0000);                  /* f32 subnormal */
  ck_assert_uint_eq(attnrt_f32_to_f16(-0.0f), 0x8000);
  ck_assert_uint_eq(attnrt_f32_to_f16(from_bits(0x7fc00000u)), 0x7e00);
  ck_assert_uint_eq(attnrt_f32_to_f16(from_bits(0xff800001u)) & 0x7c00, 0x7c00); /* payload below f16 bits */
  ck_assert(isnan(attnrt_f16_to_f32(attnrt_f32_to_f16(from_bits(0x7f800001u)))));
}
END_TEST

START_TEST(bf16_rounding_cases) {
  ck_assert_uint_eq(attnrt_f32_to_bf16(1.0f), 0x3f80);
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0x3f808000u)), 0x3f80); /* tie, to even */
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0x3f818000u)), 0x3f82); /* tie, to even */
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0x3f808001u)), 0x3f81);
  ck_assert_uint_eq(attnrt_f32_to_bf16(FLT_MAX), 0x7f80);           /* overflows to inf */
  ck_assert_uint_eq(attnrt_f32_to_bf16(-FLT_MAX), 0xff80);
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0x7f7f7fffu)), 0x7f7f);
  ck_assert_uint_eq(attnrt_f32_to_bf16(INFINITY), 0x7f80);
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0x00008000u)), 0x0000);  /* subnormal tie, to even */
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0x00018000u)), 0x0002);
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0x007fffffu)), 0x0080);  /* up to the smallest normal */
  ck_assert_uint_eq(attnrt_f32_to_bf16(-0.0f), 0x8000);
  /* NaN stays NaN, also when its payload lies only in the low 16 bits. */
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0x7f800001u)), 0x7fc0);
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0xffffffffu)), 0xffff);
  ck_assert_uint_eq(attnrt_f32_to_bf16(from_bits(0x7fc00000u)), 0x7fc0);
}
END_TEST

START_TEST(load_store) {
  ck_assert_uint_eq(attnrt_dtype_size(ATTN_F32), 4);
  ck_assert_uint_eq(attnrt_dtype_size(ATTN_F16), 2);
  ck_assert_uint_eq(attnrt_dtype_size(ATTN_BF16), 2);
  ck_assert_uint_eq(attnrt_dtype_size(7), 0);
  float f[3] = {0};
  uint16_t h[3] = {0};
  attnrt_store(f, ATTN_F32, 2, 1.5f);
  ck_assert(f[2] == 1.5f && attnrt_load(f, ATTN_F32, 2) == 1.5f);
  attnrt_store(h, ATTN_F16, 1, 0.333333f);
  ck_assert_uint_eq(h[1], 0x3555);
  ck_assert(attnrt_load(h, ATTN_F16, 1) == attnrt_f16_to_f32(0x3555));
  attnrt_store(h, ATTN_BF16, 2, -2.0f);
  ck_assert_uint_eq(h[2], 0xc000);
  ck_assert(attnrt_load(h, ATTN_BF16, 2) == -2.0f);
  ck_assert(isnan(attnrt_load(h, 9, 0)));
  attnrt_store(h, 9, 0, 1.0f); /* unknown dtype: nothing written */
  ck_assert_uint_eq(h[0], 0);
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime_convert");
  TCase *tc = tcase_create("convert");
  tcase_add_test(tc, f16_all_patterns);
  tcase_add_test(tc, bf16_all_patterns);
  tcase_add_test(tc, f16_rounding_midpoints);
  tcase_add_test(tc, bf16_rounding_midpoints);
  tcase_add_test(tc, f16_rounding_cases);
  tcase_add_test(tc, bf16_rounding_cases);
  tcase_add_test(tc, load_store);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
