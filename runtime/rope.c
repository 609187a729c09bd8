/*
 * Rotary position embedding on the host side: NAME_append's rotation on
 * write and the reference's.  Double precision, cos and sin from libm of
 * the exact position times the kernel's own inv_freq (attn_rope), so the
 * reference is independent of the generated code's tables (cpu_rope.c).
 */
#include <math.h>

#include "internal.h"

void rt_rope_cs(const attn_rope *r, int32_t pos, double *cs) {
  int32_t half = r->dims / 2;
  for (int32_t i = 0; i < half; i++) {
    double t = (double)pos * r->inv_freq[i];
    cs[i] = cos(t);
    cs[half + i] = sin(t);
  }
}

void rt_rope_rotate(const attn_rope *r, const double *cs, double *x) {
  int32_t half = r->dims / 2;
  for (int32_t i = 0; i < half; i++) {
    int32_t a = r->style == ATTN_ROPE_GPTJ ? 2 * i : i, b = r->style == ATTN_ROPE_GPTJ ? 2 * i + 1 : half + i;
    double c = cs[i], s = cs[half + i], xa = x[a], xb = x[b];
    x[a] = xa * c - xb * s;
    x[b] = xa * s + xb * c;
  }
}

int32_t rt_rope_offset(const attn_info *info) {
  return info->store == ATTN_STORE_LATENT ? info->dim - info->rope_dim : 0;
}
