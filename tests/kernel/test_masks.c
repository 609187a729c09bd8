/*
 * mask.sinks, score.alibi and score.softcap (kernel ABI 6), mask.prefix_lm,
 * mask.documents and mask.block_sparse (ABI 7; random prefixes, document
 * runs and block rows from kcheck.c, empty rows included) through
 * JIT-compiled kernels against the double-precision reference, which applies
 * them on its own (runtime/reference.c: its own ALiBi slopes, tanh in
 * double, every visible key listed per row).
 *
 * Each case runs several ragged length sets on 1, 2 and 8 threads (8 splits
 * the key range, so the sink keys ride with the first split only), through
 * NAME and through NAME_tasks/NAME_task in shuffled order, outputs poisoned.
 * The lengths put the sinks inside, across and past the window start, and
 * below and above kv_len; the sets include rows with no key (0 new queries)
 * and one key.  Cases cover both tile shapes (dot: decode of small groups
 * and the one-query units of mixed kernels; lanes: prefill, mixed, MQA
 * decode), paged caches, both orders, and the AVX2 and plain targets.
 *
 * The slopes themselves are pinned to values written out by hand in
 * tests/spec (spec_unit alibi_slopes), so kernel and reference cannot share
 * a wrong formula.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "kcheck.h"

typedef struct mcase {
  const char *phase;
  int hq, hkv, dim;
  const char *tq, *tc, *to;
  const char *layout; /* contiguous or paged (16-token pages) */
  const char *order;
  int window, sinks, alibi;
  double softcap, scale; /* 0: none, auto */
  const char *features;  /* null: host */
  int prefix, docs, bsize, nocausal; /* ABI 7: mask.prefix_lm, documents, block_sparse's block size; no causal mask */
} mcase;

static const mcase CASES[] = {
    /* sinks beside a window: dot (decode, mixed one-query units), lanes */
    {"decode", 8, 2, 64, "f32", "f16", "f32", "contiguous", "token_major", 40, 4, 0, 0, 0, NULL, 0, 0, 0, 0},
    {"decode", 32, 8, 128, "f32", "f16", "f32", "paged", "token_major", 100, 7, 0, 0, 0, NULL, 0, 0, 0, 0},
    {"mixed", 8, 2, 64, "f32", "f32", "f32", "contiguous", "head_major", 33, 5, 0, 0, 0, NULL, 0, 0, 0, 0},
    {"prefill", 4, 4, 32, "f32", "bf16", "f32", "paged", "token_major", 50, 3, 0, 0, 0, NULL, 0, 0, 0, 0},
    {"decode", 16, 1, 64, "bf16", "bf16", "bf16", "contiguous", "token_major", 64, 64, 0, 0, 0, NULL, 0, 0, 0, 0},
    /* ALiBi: 8 heads (powers of two), 12 (not), with a window */
    {"decode", 8, 2, 64, "f32", "f32", "f32", "contiguous", "token_major", 0, 0, 1, 0, 0, NULL, 0, 0, 0, 0},
    {"mixed", 12, 4, 64, "f32", "f16", "f32", "contiguous", "token_major", 0, 0, 1, 0, 0, NULL, 0, 0, 0, 0},
    {"prefill", 12, 12, 32, "f32", "f32", "f32", "contiguous", "head_major", 70, 0, 1, 0, 0, NULL, 0, 0, 0, 0},
    {"decode", 32, 1, 64, "f32", "f16", "f32", "paged", "token_major", 0, 0, 1, 0, 0, NULL, 0, 0, 0, 0},
    /* softcap (scale 1: scores reach beyond the cap), with ALiBi and sinks */
    {"decode", 8, 2, 64, "f32", "f32", "f32", "contiguous", "token_major", 0, 0, 0, 2.5, 1.0, NULL, 0, 0, 0, 0},
    {"prefill", 4, 2, 64, "f32", "f16", "f16", "contiguous", "token_major", 0, 0, 0, 4.0, 1.0, NULL, 0, 0, 0, 0},
    {"mixed", 8, 2, 64, "f32", "f32", "f32", "paged", "token_major", 60, 2, 1, 3.0, 1.0, NULL, 0, 0, 0, 0},
    /* other targets: AVX2 (8 lanes) and no vector extensions (4 lanes) */
    {"mixed", 8, 2, 64, "f32", "f16", "f32", "contiguous", "token_major", 45, 6, 1, 5.0, 0, "-avx512f", 0, 0, 0, 0},
    {"decode", 4, 1, 32, "f32", "f32", "f32", "contiguous", "token_major", 20, 2, 1, 2.0, 1.0,
     "-avx512f,-avx2,-avx,-f16c,-fma", 0, 0, 0, 0},
    {"prefill", 8, 8, 16, "f32", "f32", "f32", "contiguous", "head_major", 24, 3, 1, 1.5, 1.0,
     "-avx512f,-avx2,-avx,-f16c,-fma", 0, 0, 0, 0},
    /* ABI 7: prefix LM (the prefix past the causal limit, also beside a window) */
    {"prefill", 4, 2, 64, "f32", "f16", "f32", "contiguous", "token_major", 0, 0, 0, 0, 0, NULL, 1, 0, 0, 0},
    {"mixed", 8, 2, 64, "f32", "f32", "f32", "paged", "token_major", 0, 0, 0, 0, 0, NULL, 1, 0, 0, 0},
    {"decode", 8, 2, 64, "f32", "f32", "f32", "contiguous", "token_major", 0, 0, 0, 0, 0, NULL, 1, 0, 0, 0},
    {"prefill", 8, 8, 32, "f32", "f32", "f32", "contiguous", "head_major", 37, 0, 1, 0, 0, NULL, 1, 0, 0, 0},
    /* documents: causal and not, beside a window, decode of small groups and MQA */
    {"prefill", 4, 2, 64, "f32", "f16", "f32", "contiguous", "token_major", 0, 0, 0, 0, 0, NULL, 0, 1, 0, 0},
    {"prefill", 4, 4, 32, "f32", "f32", "f32", "paged", "head_major", 0, 0, 0, 0, 0, NULL, 0, 1, 0, 1},
    {"mixed", 8, 2, 64, "f32", "bf16", "f32", "contiguous", "token_major", 30, 0, 0, 0, 0, NULL, 0, 1, 0, 0},
    {"decode", 8, 2, 64, "f32", "f32", "f32", "contiguous", "token_major", 0, 0, 0, 0, 0, NULL, 0, 1, 0, 0},
    {"decode", 16, 1, 64, "f32", "f16", "f32", "paged", "token_major", 0, 0, 0, 2.0, 1.0, NULL, 0, 1, 0, 1},
    /* block-sparse: block sizes 16, 64 and 40 (tiles span several query blocks), with the other masks */
    {"prefill", 4, 2, 64, "f32", "f16", "f32", "contiguous", "token_major", 0, 0, 0, 0, 0, NULL, 0, 0, 16, 0},
    {"prefill", 8, 8, 32, "f32", "f32", "f32", "contiguous", "head_major", 0, 0, 0, 0, 0, NULL, 0, 0, 64, 1},
    {"mixed", 8, 2, 64, "f32", "f32", "f32", "paged", "token_major", 90, 0, 1, 0, 0, NULL, 0, 1, 40, 0},
    {"decode", 8, 2, 64, "f32", "f32", "f32", "contiguous", "token_major", 0, 0, 0, 0, 0, NULL, 1, 0, 16, 0},
    {"decode", 32, 1, 64, "f32", "f16", "f32", "contiguous", "token_major", 0, 0, 0, 0, 0, NULL, 0, 1, 64, 1},
    {"mixed", 8, 2, 64, "f32", "f16", "f32", "contiguous", "token_major", 0, 0, 0, 0, 0, "-avx512f", 1, 1, 32, 0},
    /* blocks of one position (a task spans many query blocks) and one larger than the cache */
    {"prefill", 4, 2, 32, "f32", "f32", "f32", "contiguous", "token_major", 0, 0, 0, 0, 0, NULL, 0, 0, 1, 0},
    {"mixed", 8, 2, 64, "f32", "f32", "f32", "paged", "token_major", 0, 0, 0, 0, 0, NULL, 1, 0, 1000, 0},
};
enum { NCASES = sizeof CASES / sizeof CASES[0], CAP = 320 };

static char *spec_of(const mcase *c, int i) {
  char *t = malloc(1024);
  int n = snprintf(t, 1024,
                   "attncc: 1\nname: msk%d\nphase: %s\nheads: {q: %d, kv: %d, dim: %d}\n"
                   "types: {q: %s, cache: %s, out: %s}\ncache: {layout: %s, order: %s, capacity: %d%s}\n"
                   "mask: {causal: %s",
                   i, c->phase, c->hq, c->hkv, c->dim, c->tq, c->tc, c->to, c->layout, c->order, CAP,
                   c->layout[0] == 'p' ? ", page_size: 16" : "", c->nocausal ? "false" : "true");
  if (c->prefix) n += snprintf(t + n, 1024 - (size_t)n, ", prefix_lm: true");
  if (c->docs) n += snprintf(t + n, 1024 - (size_t)n, ", documents: true");
  if (c->bsize) n += snprintf(t + n, 1024 - (size_t)n, ", block_sparse: runtime, block_size: %d", c->bsize);
  if (c->window) n += snprintf(t + n, 1024 - (size_t)n, ", window: %d", c->window);
  if (c->sinks) n += snprintf(t + n, 1024 - (size_t)n, ", sinks: %d", c->sinks);
  n += snprintf(t + n, 1024 - (size_t)n, "}\noutput: {lse: true}\n");
  if (c->scale > 0) n += snprintf(t + n, 1024 - (size_t)n, "scale: %g\n", c->scale);
  if (c->alibi || c->softcap > 0) {
    n += snprintf(t + n, 1024 - (size_t)n, "score: {");
    if (c->alibi) n += snprintf(t + n, 1024 - (size_t)n, "alibi: true%s", c->softcap > 0 ? ", " : "");
    if (c->softcap > 0) n += snprintf(t + n, 1024 - (size_t)n, "softcap: %g", c->softcap);
    snprintf(t + n, 1024 - (size_t)n, "}\n");
  }
  return t;
}

START_TEST(mask_case) {
  const mcase *c = &CASES[_i];
  char *spec = spec_of(c, _i);
  attncc_kernel *k = kc_jit(spec, c->features);
  ck_assert_msg(k != NULL, "case %d does not compile:\n%s", _i, spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *in = f->info();
  ck_assert_int_eq(in->sinks, c->sinks);
  ck_assert_int_eq(in->alibi, c->alibi);
  ck_assert(in->softcap == (float)c->softcap);
  ck_assert_int_eq(in->prefix_lm, c->prefix);
  ck_assert_int_eq(in->documents, c->docs);
  ck_assert_int_eq(in->block_size, c->bsize);
  /* kv lengths: short of the sinks, around the window start, long; mixed
   * and prefill rows start before and after the sinks */
  static const struct {
    int batch, kv[4], q[4];
  } sets[] = {
      {3, {2, 9, 300}, {1, 0, 40}},
      {4, {70, 141, 47, 320}, {1, 9, 47, 2}},
      {1, {257}, {1}},
  };
  for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++) {
    int q[4];
    for (int b = 0; b < sets[s].batch; b++)
      q[b] = c->phase[0] == 'd' ? 1 : c->phase[0] == 'p' ? sets[s].kv[b] : sets[s].q[b];
    for (int threads = 1; threads <= 8; threads *= 2) {
      if (threads == 4) continue;
      for (int tasks = 0; tasks <= 1; tasks++) {
        kc_result r = kc_run(f, sets[s].batch, sets[s].kv, q, threads, tasks, 31u * (unsigned)_i + (unsigned)s);
        ck_assert_msg(r.rc == 0, "case %d set %zu: status %d (%s: %s)\n%s", _i, s, r.rc, attnrt_strerror(r.rc),
                      attnrt_last_error(), spec);
        ck_assert_msg(r.max_err <= r.tol && r.max_lse_err <= 1e-4,
                      "case %d (features %s) set %zu threads %d tasks %d: max error %.3g (tol %.3g), lse error "
                      "%.3g\n%s",
                      _i, c->features ? c->features : "host", s, threads, tasks, r.max_err, r.tol, r.max_lse_err,
                      spec);
      }
    }
  }
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_masks");
  TCase *tc = tcase_create("masks");
  tcase_set_timeout(tc, 300);
  tcase_add_loop_test(tc, mask_case, 0, NCASES);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
