/*
 * Kernels against the reference over the variant matrix of issue 3: MHA /
 * GQA / MQA x head dims {16, 40, 64, 80, 96, 128, 256} x dtypes x causal x
 * decode / prefill / mixed, in a covering design (every dim with every
 * phase; heads, dtypes, mask and order rotate), plus AVX2 and generic
 * (no AVX, no F16C, no FMA) targets, large groups split into head blocks,
 * and v_dim != dim.  Each compiled kernel runs several ragged length sets
 * (0 new queries, 1 token, KV length 1, lengths that are no multiple of any
 * tile), on 1 and 2 threads (split-KV), through NAME and through
 * NAME_tasks/NAME_task in shuffled order.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "kcheck.h"

typedef struct kcase {
  const char *phase;
  int hq, hkv, dim, v_dim;
  const char *tq, *tc, *to;
  int causal, lse;
  const char *order;
  const char *features; /* null: host */
} kcase;

static const int dims[] = {16, 40, 64, 80, 96, 128, 256};
static const char *const phases[] = {"decode", "prefill", "mixed"};
static const int heads[][2] = {{4, 4}, {8, 2}, {6, 1}};
static const char *const dtypes[][3] = {{"f32", "f32", "f32"}, {"f32", "f16", "f32"},
                                        {"f16", "f16", "f16"}, {"f32", "bf16", "f32"},
                                        {"bf16", "bf16", "bf16"}, {"f32", "f16", "f16"}};

#define NCOVER (7 * 3)
static const kcase extra[] = {
    {"mixed", 8, 2, 64, 64, "f32", "f16", "f32", 1, 1, "token_major", "-avx512f"},
    {"prefill", 4, 4, 40, 40, "f32", "bf16", "bf16", 1, 0, "head_major", "-avx512f"},
    {"mixed", 8, 2, 72, 72, "f16", "f16", "f16", 1, 1, "token_major", "-avx512f,-avx2,-avx,-f16c,-fma"},
    {"decode", 4, 1, 33, 33, "f32", "f16", "f32", 0, 1, "head_major", "-avx512f,-avx2,-avx,-f16c,-fma"},
    {"prefill", 2, 2, 128, 128, "bf16", "bf16", "bf16", 1, 1, "token_major", "-avx512f,-avx2,-avx,-f16c,-fma"},
    {"decode", 64, 1, 512, 512, "f32", "f16", "f32", 0, 1, "token_major", NULL}, /* head blocks */
    {"mixed", 4, 2, 64, 24, "f32", "f32", "f32", 1, 1, "head_major", NULL},      /* v_dim < dim */
    {"prefill", 2, 1, 20, 200, "f32", "f16", "f32", 1, 1, "token_major", NULL},  /* v_dim > dim */
    {"mixed", 3, 3, 1, 1, "f32", "f32", "f32", 1, 1, "token_major", NULL},       /* dim 1 */
    /* bf16 without the pair dot product on an AVX-512 target: the f32 fallback
     * (the host cases with bf16 q and cache use vdpbf16ps where it exists) */
    {"prefill", 4, 4, 64, 64, "bf16", "bf16", "bf16", 1, 1, "token_major", "-avx512bf16"},
    {"mixed", 8, 2, 128, 128, "bf16", "bf16", "bf16", 1, 0, "head_major", "-avx512bf16"},
    /* decode with an MQA group of 32: rows in lanes, one row block */
    {"decode", 32, 1, 64, 64, "bf16", "bf16", "bf16", 0, 1, "token_major", NULL},
    /* token-major decode tasks of several KV heads: all 8 (Hq 16: 2 rows a
     * head), and 4 of 8 where D = 256 states fill the plan's 32 KiB */
    {"decode", 16, 8, 48, 48, "f32", "f16", "f32", 0, 1, "token_major", NULL},
    {"decode", 32, 8, 256, 256, "f32", "bf16", "f32", 0, 1, "token_major", NULL},
};

static kcase case_at(int i) {
  if (i >= NCOVER) return extra[i - NCOVER];
  int di = i / 3, ph = i % 3;
  const int *h = heads[(di + ph) % 3];
  const char *const *t = dtypes[(di * 3 + ph) % 6];
  kcase c = {phases[ph], h[0], h[1], dims[di], dims[di], t[0], t[1], t[2],
             (di + ph) % 2, di % 2, (di + ph) % 3 == 2 ? "head_major" : "token_major", NULL};
  return c;
}

enum { CAP = 300 };

START_TEST(matrix) {
  kcase c = case_at(_i);
  char *spec = kc_spec("k", c.phase, c.hq, c.hkv, c.dim, c.v_dim, c.tq, c.tc, c.to, c.causal, c.lse,
                       c.order, CAP);
  attncc_kernel *k = kc_jit(spec, c.features);
  ck_assert_msg(k != NULL, "case %d does not compile:\n%s", _i, spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  static const struct {
    int batch, kv[5], q[5];
  } sets[] = {
      {3, {1, 17, 257}, {1, 0, 200}},
      {4, {1, 50, 130, 33}, {1, 0, 130, 7}},
      {5, {300, 5, 16, 2, 299}, {3, 5, 16, 0, 31}},
      {1, {1}, {1}},
  };
  for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++)
    for (int threads = 1; threads <= 2; threads++)
      for (int tasks = 0; tasks <= 1; tasks++) {
        kc_result r = kc_run(f, sets[s].batch, sets[s].kv, sets[s].q, threads, tasks, 1000u * (unsigned)_i + (unsigned)s);
        ck_assert_msg(r.rc == 0, "case %d set %zu: status %d (%s: %s)\n%s", _i, s, r.rc,
                      attnrt_strerror(r.rc), attnrt_last_error(), spec);
        ck_assert_msg(r.max_err <= r.tol && r.max_lse_err <= 1e-4,
                      "case %d (features %s) set %zu threads %d tasks %d: max error %.3g (tol %.3g), "
                      "lse error %.3g\n%s",
                      _i, c.features ? c.features : "host", s, threads, tasks, r.max_err, r.tol,
                      r.max_lse_err, spec);
      }
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_matrix");
  TCase *tc = tcase_create("matrix");
  tcase_set_timeout(tc, 300);
  tcase_add_loop_test(tc, matrix, 0, NCOVER + (int)(sizeof extra / sizeof extra[0]));
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
