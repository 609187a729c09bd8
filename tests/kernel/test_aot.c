/*
 * Every spec in specs/, compiled ahead of time by the build and linked in:
 * results against the reference, NAME_info against the JIT's view of the same
 * file, the ABI version check, argument errors, and NAME_append.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kcheck.h"
#include "kexpr.h"

#define AOT_KERNEL(n, path)
#include "aot_list.h"
#undef AOT_KERNEL

typedef struct aot {
  const char *name, *path;
  attncc_fns fns;
} aot;

static const aot kernels[] = {
#define AOT_KERNEL(n, p) {#n, p, {n, n##_tasks, n##_task, n##_workspace, n##_append, n##_info}},
#include "aot_list.h"
#undef AOT_KERNEL
};
enum { NK = sizeof kernels / sizeof kernels[0] };

static int cap_len(const attn_info *in, int want) { return want < in->capacity ? want : in->capacity; }

START_TEST(results) {
  const aot *k = &kernels[_i];
  const attn_info *in = k->fns.info();
  /* Row stores (k_only, x, latent): the reference recomputes every key's
   * value (and x/latent keys) per head in double, E x Dv work a key, so
   * their lengths stay short; their outputs pass a projection (2x tol). */
  int rows = in->store != ATTN_STORE_KV;
  int kv[3] = {cap_len(in, 1), cap_len(in, rows ? 24 : 150), cap_len(in, rows ? 41 : 517)};
  int q[3] = {1, 0, 17};
  cc_arena *a = cc_arena_new();
  kx_exprs x;
  const attnrt_ref_mods *mods = kx_mods_of(a, in, &x); /* mask.expr, score.expr: the interpreter */
  const void *const *t = kx_tensors(&x, a, in, 3, kv[2], 5u + (unsigned)_i); /* and the tensors they read */
  for (int threads = 1; threads <= 2; threads++) {
    kc_result r = kc_run_mods(&k->fns, 3, kv, q, threads, threads == 2, 7u + (unsigned)_i, mods, t, NULL);
    ck_assert_msg(r.rc == 0, "%s: status %d (%s)", k->name, r.rc, attnrt_last_error());
    ck_assert_msg(r.max_err <= (rows ? 2 : 1) * r.tol && r.max_lse_err <= 1e-4, "%s: error %.3g (tol %.3g) lse %.3g",
                  k->name, r.max_err, (rows ? 2 : 1) * r.tol, r.max_lse_err);
  }
  cc_arena_free(a);
}
END_TEST

/* NAME_info, read through the C struct, equals what the JIT compiles from
 * the same file: proves the IR's attn_info layout matches the C header. */
START_TEST(info_matches_jit) {
  const aot *k = &kernels[_i];
  const attn_info *in = k->fns.info();
  ck_assert_str_eq(in->name, k->name);
  ck_assert_uint_eq(in->abi_version, ATTN_ABI_VERSION);
  attncc_diags *d = NULL;
  attncc_kernel *j = attncc_jit_file(k->path, NULL, &d);
  attncc_diags_free(d);
  ck_assert_ptr_nonnull(j);
  const attn_info *ji = attncc_kernel_fns(j)->info();
  ck_assert_str_eq(in->spec_text, ji->spec_text);
  ck_assert(in->spec_hash == ji->spec_hash);
  ck_assert_int_eq(in->heads_q, ji->heads_q);
  ck_assert_int_eq(in->heads_kv, ji->heads_kv);
  ck_assert_int_eq(in->dim, ji->dim);
  ck_assert_int_eq(in->v_dim, ji->v_dim);
  ck_assert_int_eq(in->dtype_cache, ji->dtype_cache);
  ck_assert_int_eq(in->capacity, ji->capacity);
  ck_assert_int_eq(in->causal, ji->causal);
  ck_assert_int_eq(in->lse, ji->lse);
  ck_assert(in->scale > 0 && fabsf(in->scale - ji->scale) == 0);
  ck_assert(in->heads_q % in->heads_kv == 0);
  ck_assert_int_eq(in->n_tensors, ji->n_tensors); /* ABI 7: the tensor table, entry for entry */
  for (int i = 0; i < in->n_tensors; i++) {
    ck_assert_str_eq(in->tensor[i].name, ji->tensor[i].name);
    ck_assert_int_eq(in->tensor[i].is_int, ji->tensor[i].is_int);
    ck_assert_int_eq(in->tensor[i].rank, ji->tensor[i].rank);
    for (int r = 0; r < ATTN_TENSOR_MAX_RANK; r++) ck_assert_int_eq(in->tensor[i].dims[r], ji->tensor[i].dims[r]);
  }
  attncc_kernel_free(j);
}
END_TEST

/* A struct of another ABI version or size is refused, never read. */
START_TEST(abi_and_args) {
  const aot *k = &kernels[_i];
  const attn_info *in = k->fns.info();
  int32_t kv[1] = {1}, ql[1] = {1};
  float dummy[4096];
  attn_args a = {.abi_version = ATTN_ABI_VERSION + 1, .struct_size = sizeof(attn_args)};
  a.batch = 1;
  a.kv_len = kv;
  a.q_len = in->phase == ATTN_MIXED ? ql : NULL;
  a.q = a.out = a.k_cache = a.v_cache = dummy;
  a.w_out = a.w_absorb = (const float *)dummy; /* row stores need their weights */
  const void *tensors[EXPR_MAX_TENSORS] = {0};
  for (int i = 0; i < in->n_tensors; i++) tensors[i] = dummy; /* and tensors their data */
  a.tensors = tensors;
  a.lse = in->lse ? dummy : NULL;
  ck_assert_int_eq(k->fns.run(&a), ATTN_E_ABI);
  ck_assert_int_eq(k->fns.tasks(&a), ATTN_E_ABI);
  ck_assert_int_eq(k->fns.workspace(&a), ATTN_E_ABI);
  ck_assert_int_eq(k->fns.task(&a, 0), ATTN_E_ABI);
  ck_assert_int_eq(k->fns.append(&a), ATTN_E_ABI);
  a.abi_version = ATTN_ABI_VERSION;
  a.struct_size = sizeof(attn_args) - 8;
  ck_assert_int_eq(k->fns.run(&a), ATTN_E_ABI);
  a.struct_size = sizeof(attn_args);
  a.q = NULL;
  ck_assert_int_eq(k->fns.run(&a), ATTN_E_NULL);
  ck_assert(strlen(attnrt_last_error()) > 0);
  a.q = dummy;
  int32_t table[1] = {0};
  a.page_table = table, a.num_pages = 1; /* paged: read after the lengths */
  int32_t zero[2] = {0};                 /* ABI 7's masks: their pointers before the lengths, data after */
  a.prefix_len = a.doc_id = a.block_row = a.block_col = zero;
  kv[0] = in->capacity + 1;
  if (in->layout != ATTN_RING) /* a ring holds the last capacity positions of any length */
    ck_assert_int_eq(k->fns.run(&a), ATTN_E_CAPACITY);
}
END_TEST

/* NAME_append writes (and converts) K/V at kv_len; the kernel then matches
 * the reference on the appended cache; an append past capacity changes
 * nothing. */
START_TEST(append) {
  const aot *k = &kernels[_i];
  const attn_info *in = k->fns.info();
  int n0 = 5, n1 = 3, B = 2;
  size_t cs = attnrt_dtype_size(in->dtype_cache), qs = attnrt_dtype_size(in->dtype_q);
  /* x and latent: one row of cache_dim per token (as one head of that width) */
  int absorb = in->store == ATTN_STORE_X || in->store == ATTN_STORE_LATENT;
  size_t hk = absorb ? 1 : (size_t)in->heads_kv, kw = absorb ? (size_t)in->cache_dim : (size_t)in->dim;
  size_t kn = (size_t)B * in->capacity * hk * kw;
  size_t vn = (size_t)B * in->capacity * in->heads_kv * in->v_dim;
  /* kv caches by blocks (docs/layouts.md); paged: an identity page table */
  int32_t per_seq = in->layout == ATTN_PAGED ? (in->capacity + in->page_size - 1) / in->page_size : 0;
  int32_t *table = calloc((size_t)(B * per_seq) + 1, sizeof *table), *refs = calloc((size_t)(B * per_seq) + 1, sizeof *refs);
  for (int32_t i = 0; i < B * per_seq; i++) table[i] = i, refs[i] = 1;
  if (in->store == ATTN_STORE_KV) {
    size_t blocks = per_seq ? (size_t)(B * per_seq) : (size_t)B;
    kn = blocks * attnrt_block_bytes(in, 0), vn = blocks * attnrt_block_bytes(in, 1), cs = 1;
  }
  unsigned char *kc = calloc(kn, cs), *vc = calloc(vn, cs);
  int32_t kv[2] = {0, 0}, nl[2] = {n0, n1};
  size_t tn = (size_t)(n0 + n1) * hk;
  void *kin = malloc(tn * kw * qs), *vin = malloc((size_t)(n0 + n1) * in->heads_kv * in->v_dim * qs);
  for (size_t i = 0; i < tn * kw; i++) attnrt_store(kin, in->dtype_q, i, sinf((float)i));
  for (size_t i = 0; i < (size_t)(n0 + n1) * in->heads_kv * in->v_dim; i++)
    attnrt_store(vin, in->dtype_q, i, cosf((float)i));
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = B;
  a.kv_len = kv;
  a.k_cache = kc;
  a.v_cache = vc;
  a.new_len = nl;
  a.k_new = kin;
  a.v_new = vin;
  a.page_table = table, a.num_pages = B * per_seq, a.page_refs = refs;
  ck_assert_int_eq(k->fns.append(&a), 0);
  /* token 2 of sequence 1, kv head 0, element 1 */
  size_t row = in->order == ATTN_TOKEN_MAJOR || absorb ? ((size_t)1 * in->capacity + 2) * hk
                                                       : (size_t)1 * hk * in->capacity + 2;
  size_t src = ((size_t)(n0 + 2) * hk) * kw + 1;
  float got = in->store == ATTN_STORE_KV ? attnrt_cache_load(in, &a, 0, 1, 2, 0, 1)
                                         : attnrt_load(kc, in->dtype_cache, row * kw + 1);
  int rotated = in->rope && in->rope->apply == ATTN_ROPE_ON_WRITE;
  ck_assert(got == attnrt_load(kin, in->dtype_q, src) || in->dtype_cache != in->dtype_q || rotated);
  /* the whole token (every head, every element) as it came, when nothing
   * converts or rotates it (v_only stores V rows, not these) */
  int rows = in->store == ATTN_STORE_KV ? in->heads_kv : 1;
  int width = in->store == ATTN_STORE_KV ? in->dim : in->cache_dim;
  for (int h = 0; h < rows && in->dtype_cache == in->dtype_q && !rotated && in->store != ATTN_STORE_V_ONLY; h++)
    for (int e = 0; e < width; e++)
      ck_assert_msg(attnrt_cache_load(in, &a, 0, 1, 2, h, e) ==
                        attnrt_load(kin, in->dtype_q, ((size_t)(n0 + 2) * (size_t)rows + (size_t)h) * (size_t)width + (size_t)e),
                    "%s: token 2 of sequence 1, row %d element %d", k->name, h, e);
  /* and nothing past the appended tokens: sequence 0's slot n0 is still zero */
  for (int h = 0; h < rows && in->store != ATTN_STORE_V_ONLY && n0 < in->capacity; h++)
    for (int e = 0; e < width; e++)
      ck_assert_msg(attnrt_cache_load(in, &a, 0, 0, n0, h, e) == 0.0f, "%s: slot %d of sequence 0 (past its %d new tokens) was written, row %d element %d",
                    k->name, n0, n0, h, e);
  /* past capacity: refused, cache byte-identical */
  unsigned char *kcopy = malloc(kn * cs);
  memcpy(kcopy, kc, kn * cs);
  kv[0] = n0;
  kv[1] = in->capacity - 1; /* 1 slot left, 3 to write (a ring wraps instead) */
  if (in->layout != ATTN_RING) ck_assert_int_eq(k->fns.append(&a), ATTN_E_CAPACITY);
  ck_assert(memcmp(kcopy, kc, kn * cs) == 0);
  free(kc), free(vc), free(kin), free(vin), free(kcopy), free(table), free(refs);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_aot");
  TCase *tc = tcase_create("aot");
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, results, 0, NK);
  tcase_add_loop_test(tc, info_matches_jit, 0, NK);
  tcase_add_loop_test(tc, abi_and_args, 0, NK);
  tcase_add_loop_test(tc, append, 0, NK);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
