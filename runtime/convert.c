/*
 * Element conversions between f32 and the 16- and 8-bit float types, bit-exact with what
 * kernels do: round to nearest, ties to even; subnormals, infinities and
 * NaNs handled.  NaN payloads are kept where they fit (so every 16-bit
 * pattern survives a round trip through f32); a NaN whose payload lies only
 * in the discarded low bits gets the quiet bit, so it stays a NaN.
 */
#include <math.h>
#include <string.h>

#include "internal.h"

static uint32_t f32_bits(float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  return u;
}

static float bits_f32(uint32_t u) {
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

/* x >> shift, rounded to nearest even on the shifted-out bits (1 <= shift < 32). */
static uint32_t shift_rne(uint32_t x, int shift) {
  uint32_t q = x >> shift, rem = x & ((1u << shift) - 1), half = 1u << (shift - 1);
  return q + (rem > half || (rem == half && (q & 1)));
}

/* binary16: 1 sign, 5 exponent (bias 15), 10 mantissa bits. */
float attnrt_f16_to_f32(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000) << 16, e = (h >> 10) & 0x1f, m = h & 0x3ff;
  if (e == 0) { /* zero or subnormal: m * 2^-24, exact in f32 */
    float v = (float)m * 0x1p-24f;
    return sign ? -v : v;
  }
  if (e == 31)
    return bits_f32(sign | 0x7f800000u | (m << 13));
  return bits_f32(sign | ((e + 112) << 23) | (m << 13));
}

uint16_t attnrt_f32_to_f16(float f) {
  uint32_t u = f32_bits(f), sign = (u >> 16) & 0x8000, abs = u & 0x7fffffffu;
  if (abs > 0x7f800000u) { /* NaN */
    uint32_t m = (abs >> 13) & 0x3ff;
    return (uint16_t)(sign | 0x7c00 | (m ? m : 0x200));
  }
  if (abs >= 0x477ff000u) /* >= 65520 rounds to inf (65504 is the largest finite) */
    return (uint16_t)(sign | 0x7c00);
  if (abs >= 0x38800000u) /* normal: rebias 127 -> 15, carry may bump the exponent */
    return (uint16_t)(sign | shift_rne(abs - 0x38000000u, 13));
  if (abs <= 0x33000000u) /* <= 2^-25: half the smallest subnormal ties to 0 */
    return (uint16_t)sign;
  /* subnormal result: (1.m * 2^(e-127)) / 2^-24 = mant24 >> (126 - e), 14 <= shift <= 24 */
  uint32_t e = abs >> 23, mant24 = (abs & 0x7fffff) | 0x800000;
  return (uint16_t)(sign | shift_rne(mant24, (int)(126 - e)));
}

/* bfloat16 is the upper half of a binary32. */
float attnrt_bf16_to_f32(uint16_t h) {
  return bits_f32((uint32_t)h << 16);
}

uint16_t attnrt_f32_to_bf16(float f) {
  uint32_t u = f32_bits(f);
  if ((u & 0x7fffffffu) > 0x7f800000u) { /* NaN */
    uint32_t h = u >> 16;
    return (uint16_t)((h & 0x7f) ? h : (h | 0x40));
  }
  /* Rounding may carry into the exponent; the largest finite values round to inf. */
  return (uint16_t)shift_rne(u, 16);
}

/* OCP 8-bit floats from f32, round to nearest even on the f32 bits (no
 * detour through f16: that would round twice).  `mbits` mantissa bits,
 * exponent `bias`; `max` is the largest finite code (0x7e E4M3, 0x7b E5M2):
 * a finite value that rounds past it saturates to it. */
static uint8_t f32_to_fp8(float f, int mbits, int bias, uint32_t max) {
  uint32_t u = f32_bits(f), sign = (u >> 24) & 0x80, abs = u & 0x7fffffffu;
  int e = (int)(abs >> 23) - 127; /* unbiased; f32 subnormals are far below either format */
  uint32_t code;
  if (abs == 0 || e < -bias - mbits - 1) /* zero, or below half the smallest subnormal */
    return (uint8_t)sign;
  if (e + bias >= 1) /* normal result: rebias 127 -> bias, the carry may bump the exponent */
    code = shift_rne(abs - ((uint32_t)(127 - bias) << 23), 23 - mbits);
  else /* subnormal result: mant24 * 2^(e-23) in units of 2^(1-bias-mbits) */
    code = shift_rne((abs & 0x7fffffu) | 0x800000u, 24 - bias - mbits - e);
  return (uint8_t)(sign | (code > max ? max : code));
}

uint8_t attnrt_f32_to_fp8_e4m3(float f) {
  if (isnan(f)) /* the format's only NaN, with the sign */
    return (uint8_t)(signbit(f) ? 0xff : 0x7f);
  return f32_to_fp8(f, 3, 7, 0x7e); /* +-inf saturates too: E4M3FN has no infinities */
}

uint8_t attnrt_f32_to_fp8_e5m2(float f) {
  uint32_t u = f32_bits(f), sign = (u >> 24) & 0x80, abs = u & 0x7fffffffu;
  if (abs > 0x7f800000u) { /* NaN: its top two payload bits, or the quiet bit */
    uint32_t m = (abs >> 21) & 3;
    return (uint8_t)(sign | 0x7c | (m ? m : 2));
  }
  if (abs == 0x7f800000u) /* infinity is a value E5M2 has */
    return (uint8_t)(sign | 0x7c);
  return f32_to_fp8(f, 2, 15, 0x7b);
}

/* E4M3FN: exponent field 0 is subnormal (m * 2^-9); S.1111.111 is NaN. */
float attnrt_fp8_e4m3_to_f32(uint8_t c) {
  uint32_t sign = (uint32_t)(c & 0x80) << 24, e = (c >> 3) & 0xf, m = c & 7;
  if (e == 15 && m == 7)
    return bits_f32(sign | 0x7fc00000u);
  if (e == 0) {
    float v = (float)m * 0x1p-9f;
    return sign ? -v : v;
  }
  return bits_f32(sign | ((e + 120) << 23) | (m << 20));
}

/* E5M2 is the upper byte of a binary16. */
float attnrt_fp8_e5m2_to_f32(uint8_t c) {
  return attnrt_f16_to_f32((uint16_t)(c << 8));
}

size_t attnrt_dtype_size(int dtype) {
  switch (dtype) {
  case ATTN_F32:
    return 4;
  case ATTN_F16:
  case ATTN_BF16:
    return 2;
  case ATTN_I8:
  case ATTN_FP8_E4M3:
  case ATTN_FP8_E5M2:
    return 1;
  }
  return 0; /* q4 (half a byte) and unknown types */
}

/* Element-addressable types only (f32, f16, bf16, fp8): i8 and q4 need
 * their scales (attnrt_cache_load).  Those and an unknown dtype load NaN and
 * store nothing: these have no error channel,
 * and every entry point that takes a dtype from attn_info checks it first. */
float attnrt_load(const void *p, int dtype, size_t i) {
  switch (dtype) {
  case ATTN_F32:
    return ((const float *)p)[i];
  case ATTN_F16:
    return attnrt_f16_to_f32(((const uint16_t *)p)[i]);
  case ATTN_BF16:
    return attnrt_bf16_to_f32(((const uint16_t *)p)[i]);
  case ATTN_FP8_E4M3:
    return attnrt_fp8_e4m3_to_f32(((const uint8_t *)p)[i]);
  case ATTN_FP8_E5M2:
    return attnrt_fp8_e5m2_to_f32(((const uint8_t *)p)[i]);
  }
  return NAN;
}

void attnrt_store(void *p, int dtype, size_t i, float v) {
  switch (dtype) {
  case ATTN_F32:
    ((float *)p)[i] = v;
    break;
  case ATTN_F16:
    ((uint16_t *)p)[i] = attnrt_f32_to_f16(v);
    break;
  case ATTN_BF16:
    ((uint16_t *)p)[i] = attnrt_f32_to_bf16(v);
    break;
  case ATTN_FP8_E4M3:
    ((uint8_t *)p)[i] = attnrt_f32_to_fp8_e4m3(v);
    break;
  case ATTN_FP8_E5M2:
    ((uint8_t *)p)[i] = attnrt_f32_to_fp8_e5m2(v);
    break;
  }
}
