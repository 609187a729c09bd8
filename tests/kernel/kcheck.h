/* Shared by the kernel suites: run a compiled kernel and the reference on the
 * same fresh random data and compare (outputs poisoned with NaN first). */
#ifndef KCHECK_H
#define KCHECK_H
#include "attncc/attncc.h"
#include "attncc/attnrt.h"

typedef struct kc_result {
  int rc;            /* kernel status */
  double max_err;    /* max |out - ref| (NaN/inf count as 1e30) */
  double max_lse_err;
  double tol;        /* tolerance for this out dtype */
  long long rows;
} kc_result;

/* Absolute tolerance on outputs by output dtype (values are convex
 * combinations of V entries in [-1, 1]): f32 1e-5 (exp2 polynomial 1 ULP, 1.1e-7
 * relative plus f32 accumulation), f16 2e-3 and bf16 1.6e-2 (one unit in
 * the last place of the stored result near 1, both sides round). */
double kc_tolerance(int dtype_out);

/* Runs fns->run with batch `batch`, kv_len/q_len as given (q_len ignored
 * unless mixed), `threads` threads.  use_tasks: drive NAME_tasks/NAME_task
 * from a shuffled order instead of NAME.  Seeded by `seed`. */
kc_result kc_run(const attncc_fns *fns, int batch, const int *kv_len, const int *q_len,
                 int threads, int use_tasks, unsigned seed);

/* kc_run that also hands back the kernel's outputs (malloc'd, the caller
 * frees; null when the kernel failed). */
kc_result kc_run_keep(const attncc_fns *fns, int batch, const int *kv_len, const int *q_len,
                      int threads, int use_tasks, unsigned seed, void **out);

/* kc_run_keep against attnrt_reference_ex with mods (mask.expr and
 * score.expr through callbacks; null: attnrt_reference), the kernel
 * passed `tensors` as attn_args.tensors (the data the mods read; ABI 7);
 * keep may be null. */
kc_result kc_run_mods(const attncc_fns *fns, int batch, const int *kv_len, const int *q_len,
                      int threads, int use_tasks, unsigned seed, const attnrt_ref_mods *mods,
                      const void *const *tensors, void **keep);

/* ABI 7's run-time masks for the next kc_run* calls of kernels that read
 * them (all null: random ones again, kcheck.c's); the caller keeps them. */
void kc_use_masks(const int32_t *prefix_len, const int32_t *doc_id, const int32_t *block_row,
                  const int32_t *block_col);

/* Spec text for a case (caller frees). */
char *kc_spec(const char *name, const char *phase, int hq, int hkv, int dim, int v_dim,
              const char *tq, const char *tc, const char *to, int causal, int lse,
              const char *order, int capacity);

/* JIT-compiles spec text with extra target features (null: host); prints
 * diagnostics to stderr on failure. */
attncc_kernel *kc_jit(const char *text, const char *features);
#endif
