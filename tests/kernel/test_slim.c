/*
 * Slim attention (cache.store: k_only) kernels against the reference, which
 * recomputes every value row from the whole K row (values first) while the
 * kernel goes scores first (u = p K, out = u W_kv + b).  Heads, dims (one
 * not a multiple of the vector), dtypes, phases, causal and not; ragged
 * lengths on 1 and 2 threads (split-KV: partials E = Hq*D wide, merged then
 * projected by the runtime), through NAME and NAME_tasks/NAME_task; a
 * target without AVX-512.  v_cache is null in every call.
 */
#define _GNU_SOURCE
#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "kcheck.h"

typedef struct scase {
  const char *phase;
  int h, dim, v_dim;
  const char *tq, *tc, *to;
  int causal, lse;
  const char *features;
} scase;

static const scase cases[] = {
    {"decode", 8, 32, 32, "f32", "f32", "f32", 1, 1, NULL},
    {"decode", 4, 64, 64, "f32", "f16", "f32", 0, 0, NULL},
    {"decode", 6, 40, 24, "f16", "f16", "f16", 1, 1, NULL}, /* 6 heads: blocks of 3; Dv < D */
    {"decode", 5, 16, 48, "bf16", "bf16", "bf16", 1, 0, NULL},
    {"prefill", 4, 32, 32, "f32", "f32", "f32", 1, 1, NULL},
    {"mixed", 8, 16, 16, "f32", "bf16", "f32", 1, 1, NULL},
    {"decode", 8, 32, 32, "f32", "f16", "f32", 1, 1, "-avx512f"},
    {"decode", 2, 128, 128, "f32", "f32", "f32", 1, 1, "-avx512f,-avx2,-avx,-f16c,-fma"},
};

enum { CAP = 1100 };

static char *slim_spec(const scase *c) {
  char *s = NULL;
  if (asprintf(&s,
               "attncc: 1\nname: slim\nphase: %s\nheads: {q: %d, kv: %d, dim: %d, v_dim: %d}\n"
               "types: {q: %s, cache: %s, out: %s}\ncache: {store: k_only, capacity: %d}\n"
               "mask: {causal: %s}\noutput: {lse: %s}\nslim: {order: scores_first}\n",
               c->phase, c->h, c->h, c->dim, c->v_dim, c->tq, c->tc, c->to, CAP, c->causal ? "true" : "false",
               c->lse ? "true" : "false") < 0)
    abort();
  return s;
}

START_TEST(slim_vs_reference) {
  const scase *c = &cases[_i];
  char *spec = slim_spec(c);
  attncc_kernel *k = kc_jit(spec, c->features);
  ck_assert_msg(k != NULL, "case %d does not compile:\n%s", _i, spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  ck_assert_int_eq(f->info()->store, ATTN_STORE_K_ONLY);
  static const struct {
    int batch, kv[4], q[4];
  } sets[] = {
      {3, {1, 17, 257}, {1, 0, 200}},
      {2, {300, 70}, {31, 70}},
      {1, {1}, {1}},
      {1, {1030}, {3}}, /* one unit per sequence for <= 4 heads: split-KV on 2 threads */
  };
  for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++)
    for (int threads = 1; threads <= 2; threads++)
      for (int tasks = 0; tasks <= 1; tasks++) {
        kc_result r = kc_run(f, sets[s].batch, sets[s].kv, sets[s].q, threads, tasks, 77u * (unsigned)_i + (unsigned)s);
        ck_assert_msg(r.rc == 0, "case %d set %zu: status %d (%s: %s)\n%s", _i, s, r.rc, attnrt_strerror(r.rc),
                      attnrt_last_error(), spec);
        /* outputs are u W + b with |u| <= 1 and E terms of 1/sqrt(E): the
         * dtype's tolerance, doubled for the projection's rounding */
        ck_assert_msg(r.max_err <= 2 * r.tol && r.max_lse_err <= 1e-4,
                      "case %d set %zu threads %d tasks %d: max error %.3g (tol %.3g), lse error %.3g\n%s", _i, s,
                      threads, tasks, r.max_err, 2 * r.tol, r.max_lse_err, spec);
      }
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_slim");
  TCase *tc = tcase_create("slim");
  tcase_set_timeout(tc, 300);
  tcase_add_loop_test(tc, slim_vs_reference, 0, (int)(sizeof cases / sizeof cases[0]));
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
