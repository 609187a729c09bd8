/* kexpr.h: the compiler's interpreter as the reference's callbacks. */
#include "kexpr.h"

#include <check.h>
#include <string.h>

const attnrt_ref_mods *kx_mods(kx_exprs *x, const expr *mask, const expr *score) {
  x->pair = (expr_pair){mask, score};
  x->mods = (attnrt_ref_mods){&x->pair, mask ? expr_pair_visible : NULL, score ? expr_pair_score : NULL};
  return mask || score ? &x->mods : NULL;
}

const attnrt_ref_mods *kx_mods_of(cc_arena *a, const attn_info *in, kx_exprs *x) {
  attncc_diags *d = cc_diags_new();
  attn_spec s;
  int rc = spec_parse(a, in->spec_text, strlen(in->spec_text), "<spec_text>", NULL, 0, &s, d);
  attncc_diags_free(d);
  ck_assert_msg(rc == 0, "%s: its canonical spec text does not parse", in->name);
  return kx_mods(x, s.mask_expr, s.score_expr);
}
