/* The reference's view of a spec's mask.expr and score.expr: attnrt_ref_mods
 * whose callbacks run the compiler's interpreter (expr_eval), for the kernel
 * suites that link attncc_core (kexpr.c is compiled into them). */
#ifndef KEXPR_H
#define KEXPR_H
#include "attncc/attnrt.h"
#include "spec/expr.h"
#include "spec/spec.h"

typedef struct kx_exprs {
  expr_pair pair; /* null: none */
  attnrt_ref_mods mods;
} kx_exprs;

/* The mods for mask and score (either may be null); null when both are. */
const attnrt_ref_mods *kx_mods(kx_exprs *x, const expr *mask, const expr *score);

/* The expressions of a compiled kernel, parsed from its canonical spec text
 * (info->spec_text) into `a`; the mods as kx_mods (null: none). */
const attnrt_ref_mods *kx_mods_of(cc_arena *a, const attn_info *in, kx_exprs *x);
#endif
