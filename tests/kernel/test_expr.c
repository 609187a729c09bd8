/*
 * mask.expr and score.expr (issue 7) through JIT-compiled kernels, against
 * the double-precision reference evaluating the same expressions per
 * element with the compiler's interpreter (expr_eval, through
 * attnrt_reference_ex's callbacks): an independent evaluation of every
 * operation the code generator lowers to vectors.
 *
 *   expr_case        both tile shapes (dot: decode of small groups and the
 *                    one-query units of mixed kernels; lanes: prefill,
 *                    mixed, MQA decode), paged caches, the AVX2 and plain
 *                    targets; ragged lengths (not multiples of any tile),
 *                    rows with no key, 1/2/8 threads, NAME and NAME_tasks
 *                    in shuffled order, outputs poisoned (kcheck).  The
 *                    expressions read every variable, divide by run-time
 *                    zeros, wrap around int32, and mask whole rows.
 *   expr_same_as_key the keys that exist (mask.window, mask.sinks,
 *                    score.softcap, score.alibi) and an expression that
 *                    says the same give the same outputs.
 *   expr_skip        a mask the run-time bounds decide (blocks skipped)
 *                    and the same mask with a side they cannot decide
 *                    (every block scored) give bit-identical outputs.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kcheck.h"
#include "kexpr.h"
#include "spec/expr.h"

static expr *parse_or_die(const char *text, expr_kind kind) {
  if (!text) return NULL;
  expr_error err;
  expr *e = expr_parse(text, kind, NULL, 0, &err);
  ck_assert_msg(e != NULL, "'%s': %s at %d", text, err.msg, err.pos);
  return e;
}

/* --- kernels against the reference ---------------------------------------------------- */

typedef struct xcase {
  const char *phase;
  int hq, hkv, dim;
  const char *tc;
  const char *layout;   /* contiguous or paged (16-token pages) */
  const char *order;
  int causal, window, sinks;
  const char *mask, *score; /* null: none */
  double softcap;        /* 0: none */
  int alibi;
  const char *features;  /* null: host */
} xcase;

static const xcase CASES[] = {
    /* dot: a window with sinks as an expression, a relative bias */
    {"decode", 8, 2, 64, "f16", "contiguous", "token_major", 1, 0, 0, "q_pos - kv_pos < 100 || kv_pos < 3",
     "s + 0.05 * (kv_pos - q_pos)", 0, 0, NULL},
    /* dot, paged, many heads: division and modulo by literals, h in the score */
    {"decode", 32, 8, 128, "f32", "paged", "token_major", 1, 0, 0, "kv_pos / 7 % 3 != 1 || kv_pos == q_pos",
     "s * (1.0 + h / 16.0)", 0, 0, NULL},
    /* mixed (lanes, and dot for its one-query units): division by run-time
     * zeros (h % 3, h - 1, kv_pos % 4), rows masked whole (q_pos % 7 == 3) */
    {"mixed", 8, 2, 64, "f32", "contiguous", "head_major", 1, 0, 0,
     "q_pos % 7 != 3 && (q_pos / (h % 3) % 2 == 0 || kv_pos % (h - 1) == 0 || kv_pos + 9 > q_pos)",
     "s + (q_pos / (kv_pos % 4)) * 0.001", 0, 0, NULL},
    /* prefill (lanes), not causal: int32 wrap-around decides the mask (true
     * exactly when kv_pos <= q_pos + 1); abs, min, max, exp, log, tanh */
    {"prefill", 4, 4, 32, "f32", "paged", "token_major", 0, 0, 0, "q_pos - 2147483647 - kv_pos < 0",
     "max(s, -1.5) + min(0.1 * log(kv_pos + 1.0), 0.4) - 0.3 * tanh(abs(q_pos - kv_pos) / 50.0) + exp(-h)", 0, 0,
     NULL},
    /* MQA decode (lanes): b and ?: */
    {"decode", 16, 1, 64, "bf16", "contiguous", "token_major", 1, 0, 0, "b % 2 == 0 ? kv_pos < q_pos - 5 : kv_pos > 2",
     "b == 1 ? -s : s", 0, 0, NULL},
    /* beside the keys: window and sinks AND the mask; score.expr before ALiBi and the cap */
    {"mixed", 8, 2, 64, "f16", "paged", "token_major", 1, 60, 2, "(q_pos + kv_pos) % 5 != 0", "s * 2.0 - 0.5", 3.0,
     1, NULL},
    {"prefill", 12, 4, 64, "f32", "contiguous", "token_major", 1, 0, 0, "kv_pos % 16 < 12 || q_pos < 30",
     "s + (kv_pos < 5 ? 1.0 : 0.0)", 4.0, 1, NULL},
    /* other targets: AVX2 (8 lanes) and no vector extensions (4 lanes) */
    {"mixed", 8, 2, 64, "f16", "contiguous", "token_major", 1, 0, 0, "q_pos % 7 != 3 && q_pos - kv_pos < 50",
     "s - 0.01 * (q_pos / (kv_pos % 3))", 0, 0, "-avx512f"},
    {"prefill", 8, 8, 16, "f32", "contiguous", "head_major", 1, 0, 0, "abs(q_pos - kv_pos) % 5 < 3",
     "log(exp(s) + 1.0)", 0, 0, "-avx512f,-avx2,-avx,-f16c,-fma"},
    {"decode", 4, 1, 32, "f32", "paged", "token_major", 1, 0, 0, "kv_pos * 65537 * 65537 % 3 != 2",
     "tanh(s)", 0, 0, "-avx512f,-avx2,-avx,-f16c,-fma"},
};
enum { NCASES = sizeof CASES / sizeof CASES[0], CAP = 320 };

static char *spec_of(const xcase *c, const char *name) {
  char *t = malloc(2048);
  int n = snprintf(t, 2048,
                   "attncc: 1\nname: %s\nphase: %s\nheads: {q: %d, kv: %d, dim: %d}\n"
                   "types: {q: f32, cache: %s, out: f32}\ncache: {layout: %s, order: %s, capacity: %d%s}\n"
                   "mask: {causal: %s",
                   name, c->phase, c->hq, c->hkv, c->dim, c->tc, c->layout, c->order, CAP,
                   c->layout[0] == 'p' ? ", page_size: 16" : "", c->causal ? "true" : "false");
  if (c->window) n += snprintf(t + n, 2048 - (size_t)n, ", window: %d", c->window);
  if (c->sinks) n += snprintf(t + n, 2048 - (size_t)n, ", sinks: %d", c->sinks);
  if (c->mask) n += snprintf(t + n, 2048 - (size_t)n, ", expr: \"%s\"", c->mask);
  n += snprintf(t + n, 2048 - (size_t)n, "}\noutput: {lse: true}\nscale: 0.5\n");
  if (c->score || c->softcap > 0 || c->alibi) {
    n += snprintf(t + n, 2048 - (size_t)n, "score: {alibi: %s", c->alibi ? "true" : "false");
    if (c->softcap > 0) n += snprintf(t + n, 2048 - (size_t)n, ", softcap: %g", c->softcap);
    if (c->score) n += snprintf(t + n, 2048 - (size_t)n, ", expr: \"%s\"", c->score);
    snprintf(t + n, 2048 - (size_t)n, "}\n");
  }
  return t;
}

START_TEST(expr_case) {
  const xcase *c = &CASES[_i];
  char name[16];
  snprintf(name, sizeof name, "xpr%d", _i);
  char *spec = spec_of(c, name);
  attncc_kernel *k = kc_jit(spec, c->features);
  ck_assert_msg(k != NULL, "case %d does not compile:\n%s", _i, spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  expr *mask = parse_or_die(c->mask, EXPR_MASK), *score = parse_or_die(c->score, EXPR_SCORE);
  kx_exprs x;
  kx_mods(&x, mask, score);
  char what[64];
  snprintf(what, sizeof what, "case %d (features %s)", _i, c->features ? c->features : "host");
  kx_check_sets(f, &x, NULL, 37u * (unsigned)_i, what, spec); /* no tensors: no arena needed */
  expr_free(mask);
  expr_free(score);
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

/* --- two specs, one meaning ------------------------------------------------------------- */

/* The outputs of spec a and spec b (same shapes) on the same data: max
 * |difference| over every set, phase-dependent query counts, 1 and 2
 * threads. */
static double max_diff(const char *a, const char *b, const char *features, int exact) {
  attncc_kernel *ka = kc_jit(a, features), *kb = kc_jit(b, features);
  ck_assert_msg(ka && kb, "does not compile:\n%s\n%s", a, b);
  const attncc_fns *fa = attncc_kernel_fns(ka), *fb = attncc_kernel_fns(kb);
  const attn_info *in = fa->info();
  double worst = 0;
  cc_arena *ar = cc_arena_new();
  kx_exprs xa, xb; /* each run also against the reference, expressions by the interpreter */
  const attnrt_ref_mods *ma = kx_mods_of(ar, in, &xa), *mb = kx_mods_of(ar, fb->info(), &xb);
  for (int s = 0; s < KX_NSETS; s++) {
    int q[4];
    kx_q_lens(in, s, q);
    long long rows = 0;
    for (int i = 0; i < kx_sets[s].batch; i++) rows += q[i];
    for (int threads = 1; threads <= 2; threads++) {
      void *oa, *ob;
      kc_result ra = kc_run_mods(fa, kx_sets[s].batch, kx_sets[s].kv, q, threads, 0, 7u + (unsigned)s, ma, NULL, &oa);
      kc_result rb = kc_run_mods(fb, kx_sets[s].batch, kx_sets[s].kv, q, threads, 0, 7u + (unsigned)s, mb, NULL, &ob);
      ck_assert(ra.rc == 0 && rb.rc == 0);
      ck_assert_msg(ra.max_err <= 4 * ra.tol && rb.max_err <= 4 * rb.tol, "against the reference: %.3g, %.3g",
                    ra.max_err, rb.max_err);
      size_t n = (size_t)rows * (size_t)in->heads_q * (size_t)in->v_dim;
      if (exact) ck_assert_msg(!memcmp(oa, ob, n * sizeof(float)), "not bit-identical:\n%s\n%s", a, b);
      for (size_t i = 0; i < n; i++) {
        double d = fabs((double)((float *)oa)[i] - (double)((float *)ob)[i]);
        if (!(d <= worst)) worst = isnan(d) ? INFINITY : d;
      }
      free(oa);
      free(ob);
    }
  }
  cc_arena_free(ar);
  attncc_kernel_free(ka);
  attncc_kernel_free(kb);
  return worst;
}

static char *two_keys(const char *phase, int hq, int hkv, const char *mask, const char *score) {
  char *t = malloc(1024);
  snprintf(t, 1024,
           "attncc: 1\nname: same\nphase: %s\nheads: {q: %d, kv: %d, dim: 64}\ntypes: {q: f32, cache: f32, out: f32}\n"
           "cache: {capacity: %d}\nmask: {causal: true%s%s}\nscale: 0.5\n%s%s%s",
           phase, hq, hkv, CAP, mask ? ", " : "", mask ? mask : "", score ? "score: {" : "", score ? score : "",
           score ? "}\n" : "");
  return t;
}

/* ALiBi's slopes for 8 heads, 2^-(h+1), exactly, as a ?: chain. */
#define ALIBI8 "(h == 0 ? 0.5 : h == 1 ? 0.25 : h == 2 ? 0.125 : h == 3 ? 0.0625 : h == 4 ? 0.03125 : " \
               "h == 5 ? 0.015625 : h == 6 ? 0.0078125 : 0.00390625)"

static const struct {
  const char *mask_key, *score_key, *mask_expr, *score_expr;
  double tol; /* beside f32's 1e-5: the slopes by exp in f32 */
} SAME[] = {
    {"window: 40", NULL, "expr: \"q_pos - kv_pos < 40\"", NULL, 1e-5},
    {"window: 40, sinks: 4", NULL, "expr: \"kv_pos < 4 || q_pos - kv_pos < 40\"", NULL, 1e-5},
    {NULL, "softcap: 2.5", NULL, "expr: \"2.5 * tanh(s / 2.5)\"", 1e-5},
    {NULL, "alibi: true", NULL, "expr: \"s + " ALIBI8 " * (kv_pos - q_pos)\"", 1e-5},
    {NULL, "alibi: true", NULL, "expr: \"s - exp(-0.693147181 * (h + 1)) * (q_pos - kv_pos)\"", 4e-5},
};

START_TEST(expr_same_as_key) {
  static const struct {
    const char *phase;
    int hq, hkv;
    const char *features;
  } shapes[] = {{"decode", 8, 2, NULL}, {"prefill", 8, 8, NULL}, {"mixed", 8, 2, "-avx512f"}};
  for (size_t i = 0; i < sizeof SAME / sizeof SAME[0]; i++)
    for (size_t sh = 0; sh < sizeof shapes / sizeof shapes[0]; sh++) {
      char *a = two_keys(shapes[sh].phase, shapes[sh].hq, shapes[sh].hkv, SAME[i].mask_key, SAME[i].score_key);
      char *b = two_keys(shapes[sh].phase, shapes[sh].hq, shapes[sh].hkv, SAME[i].mask_expr, SAME[i].score_expr);
      double d = max_diff(a, b, shapes[sh].features, 0);
      ck_assert_msg(d <= SAME[i].tol, "max difference %.3g > %.3g:\n%s\n%s", d, SAME[i].tol, a, b);
      free(a);
      free(b);
    }
}
END_TEST

/* "q_pos - kv_pos < 40" is decided over blocks far from the diagonal, so
 * those are skipped; "|| log(kv_pos + 1.0) < -1.0" is never true but the
 * bounds cannot tell (log may be anything), so the second kernel scores
 * every block: skipped blocks contributed exactly nothing (alpha = 1,
 * p = 0), so the outputs are the same bits. */
START_TEST(expr_skip) {
  static const char *const phases[] = {"decode", "prefill", "mixed"};
  for (int i = 0; i < 3; i++) {
    char *a = two_keys(phases[i], 8, i == 1 ? 8 : 2, "expr: \"q_pos - kv_pos < 40\"", NULL);
    char *b = two_keys(phases[i], 8, i == 1 ? 8 : 2, "expr: \"q_pos - kv_pos < 40 || log(kv_pos + 1.0) < -1.0\"", NULL);
    max_diff(a, b, NULL, 1);
    free(a);
    free(b);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_expr");
  TCase *tc = tcase_create("expr");
  tcase_set_timeout(tc, 600);
  tcase_add_loop_test(tc, expr_case, 0, NCASES);
  tcase_add_test(tc, expr_same_as_key);
  tcase_add_test(tc, expr_skip);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
