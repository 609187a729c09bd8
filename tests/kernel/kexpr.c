/* kexpr.h: the compiler's interpreter as the reference's callbacks. */
#include "kexpr.h"

#include <check.h>
#include <string.h>

#include "spec/expr.h"

static int visible(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos) {
  const kx_exprs *x = ctx;
  expr_env env = {b, h, q_pos, kv_pos, 0.0f, NULL};
  return expr_eval(x->mask, &env).i;
}

static double score(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos, double s) {
  const kx_exprs *x = ctx;
  expr_env env = {b, h, q_pos, kv_pos, (float)s, NULL};
  return (double)expr_eval(x->score, &env).f;
}

const attnrt_ref_mods *kx_mods(kx_exprs *x, const expr *mask, const expr *score_expr) {
  x->mask = mask, x->score = score_expr;
  x->mods = (attnrt_ref_mods){x, mask ? visible : NULL, score_expr ? score : NULL};
  return mask || score_expr ? &x->mods : NULL;
}

const attnrt_ref_mods *kx_mods_of(cc_arena *a, const attn_info *in, kx_exprs *x) {
  attncc_diags *d = cc_diags_new();
  attn_spec s;
  int rc = spec_parse(a, in->spec_text, strlen(in->spec_text), "<spec_text>", NULL, 0, &s, d);
  attncc_diags_free(d);
  ck_assert_msg(rc == 0, "%s: its canonical spec text does not parse", in->name);
  return kx_mods(x, s.mask_expr, s.score_expr);
}
