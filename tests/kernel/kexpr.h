/* The reference's view of a spec's mask.expr and score.expr: attnrt_ref_mods
 * whose callbacks run the compiler's interpreter (expr_eval), for the kernel
 * suites that link attncc_core (kexpr.c is compiled into them), and the
 * run-time tensors both the kernel and the interpreter read (ABI 7). */
#ifndef KEXPR_H
#define KEXPR_H
#include "attncc/attnrt.h"
#include "spec/expr.h"
#include "spec/spec.h"

typedef struct kx_exprs {
  expr_pair pair; /* null: none */
  attnrt_ref_mods mods;
  expr_buf buf[EXPR_MAX_TENSORS]; /* kx_tensors: each tensor's data and dimensions */
  const void *ptr[EXPR_MAX_TENSORS]; /* the same data, for attn_args.tensors */
} kx_exprs;

/* The mods for mask and score (either may be null); null when both are. */
const attnrt_ref_mods *kx_mods(kx_exprs *x, const expr *mask, const expr *score);

/* The expressions of a compiled kernel, parsed from its canonical spec text
 * (info->spec_text) into `a`; the mods as kx_mods (null: none). */
const attnrt_ref_mods *kx_mods_of(cc_arena *a, const attn_info *in, kx_exprs *x);

/* The kernel's tensors (in->tensor) for a call of `batch` sequences, in
 * `a`, filled from `seed` and seen by x's mods: f32 uniform in [-1, 1);
 * i32 along the last dimension a non-decreasing run (document ids,
 * prefixes) from a start in [-2, hi], rising by 1 at a quarter of the
 * steps.  Returns the pointers for attn_args.tensors (null when the
 * kernel has no tensor); the data may be rewritten through x->buf[i].data
 * until the call. */
const void *const *kx_tensors(kx_exprs *x, cc_arena *a, const attn_info *in, int batch, int hi, unsigned seed);

/* Length sets: short, around the tiles, the whole cache of 320; mixed
 * rows with 0 and 1 new queries. */
typedef struct kx_set {
  int batch, kv[4], q[4];
} kx_set;
enum { KX_NSETS = 3 };
extern const kx_set kx_sets[KX_NSETS];
/* Queries per sequence of set s for the kernel's phase. */
void kx_q_lens(const attn_info *in, int s, int *q);

/* The kernel f against the reference with x's mods over every set, with
 * 1, 2 and 8 threads, through NAME and NAME_tasks (shuffled), each run on
 * fresh data (tensors by kx_tensors, i32 from [-2, 200], in `a`); a
 * failure names `what` and prints `spec`. */
void kx_check_sets(const attncc_fns *f, kx_exprs *x, cc_arena *a, unsigned seed, const char *what, const char *spec);
#endif
