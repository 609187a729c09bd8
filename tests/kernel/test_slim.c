/*
 * Slim attention (cache.store: k_only) kernels against the reference, which
 * recomputes every value row from the whole K row, in both orders: scores
 * first (u = p K, out = u W_kv + b) and values first (each key tile's
 * V = K W_kv + b computed in the tile), and the two orders against each
 * other on the same data.  Heads, dims (one
 * not a multiple of the vector), dtypes, phases, causal and not; ragged
 * lengths on 1 and 2 threads (split-KV: partials E = Hq*D wide, merged then
 * projected by the runtime), through NAME and NAME_tasks/NAME_task; a
 * target without AVX-512.  v_cache is null in every call.
 */
#define _GNU_SOURCE
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    {"decode", 9, 36, 36, "f32", "f16", "f32", 1, 1, NULL},   /* E = 324: two E blocks of values_first + a tail */
    {"prefill", 3, 20, 20, "f16", "f16", "f32", 1, 0, NULL},  /* E = 60: a tail chunk only after 3 */
    {"decode", 8, 32, 32, "f32", "f16", "f32", 1, 1, "-avx512f"},
    {"decode", 2, 128, 128, "f32", "f32", "f32", 1, 1, "-avx512f,-avx2,-avx,-f16c,-fma"},
};

enum { CAP = 1100 };

static const char *orders[] = {"scores_first", "values_first"};

static char *slim_spec(const scase *c, const char *order) {
  char *s = NULL;
  if (asprintf(&s,
               "attncc: 1\nname: slim\nphase: %s\nheads: {q: %d, kv: %d, dim: %d, v_dim: %d}\n"
               "types: {q: %s, cache: %s, out: %s}\ncache: {store: k_only, capacity: %d}\n"
               "mask: {causal: %s}\noutput: {lse: %s}\nslim: {order: %s}\n",
               c->phase, c->h, c->h, c->dim, c->v_dim, c->tq, c->tc, c->to, CAP, c->causal ? "true" : "false",
               c->lse ? "true" : "false", order) < 0)
    abort();
  return s;
}

/* _i = case * 2 + order */
START_TEST(slim_vs_reference) {
  const scase *c = &cases[_i / 2];
  char *spec = slim_spec(c, orders[_i % 2]);
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

/* values_first == scores_first: both orders on the same random data (one
 * ragged batch, 2 threads so that decode splits keys), outputs within the
 * sum of their tolerances against the reference. */
START_TEST(orders_agree) {
  const scase *c = &cases[_i];
  int kv[] = {1, 77, 1030}, q[] = {1, 40, 5};
  void *out[2] = {0};
  attn_dtype to = ATTN_F32;
  size_t n = 0;
  for (int o = 0; o < 2; o++) {
    char *spec = slim_spec(c, orders[o]);
    attncc_kernel *k = kc_jit(spec, c->features);
    ck_assert_msg(k != NULL, "case %d (%s) does not compile:\n%s", _i, orders[o], spec);
    const attn_info *in = attncc_kernel_fns(k)->info();
    to = (attn_dtype)in->dtype_out;
    n = 0;
    for (int b = 0; b < 3; b++)
      n += (size_t)(in->phase == ATTN_DECODE ? 1 : in->phase == ATTN_PREFILL ? kv[b] : q[b]) * in->heads_q * in->v_dim;
    kc_result r = kc_run_keep(attncc_kernel_fns(k), 3, kv, q, 2, 0, 4242u + (unsigned)_i, &out[o]);
    ck_assert_msg(r.rc == 0 && r.max_err <= 2 * r.tol, "case %d %s: status %d, max error %.3g (tol %.3g)\n%s", _i,
                  orders[o], r.rc, r.max_err, 2 * r.tol, spec);
    attncc_kernel_free(k);
    free(spec);
  }
  double worst = 0;
  for (size_t i = 0; i < n; i++) {
    double e = fabs((double)attnrt_load(out[0], to, i) - attnrt_load(out[1], to, i));
    worst = e > worst || e != e ? e : worst;
  }
  ck_assert_msg(worst <= 4 * kc_tolerance(to), "case %d: orders differ by %.3g (tol %.3g)", _i, worst,
                4 * kc_tolerance(to));
  free(out[0]);
  free(out[1]);
}
END_TEST

/* cache.store x (X-cache), latent (MLA) and v_only: the kernel absorbs W_absorb
 * into the queries and W_out into the outputs; the reference recomputes
 * every key and value of the unabsorbed layer in double.  DOT and LANES
 * tiles (rows below / at a vector), GQA groups of the weights, a row width
 * not a multiple of the vector, a RoPE part, every dtype, AVX2 and generic
 * targets. */
typedef struct acase {
  const char *phase, *store;
  int hq, hkv, dim, v_dim, row, rope; /* row: model.d_model (x) or cache.latent_dim */
  const char *tq, *tc, *to;
  int causal;
  const char *features;
} acase;

static const acase acases[] = {
    {"decode", "x", 4, 4, 32, 32, 96, 0, "f32", "f32", "f32", 1, NULL},       /* DOT */
    {"decode", "x", 8, 2, 16, 24, 40, 0, "f16", "f16", "f16", 1, NULL},       /* DOT, GQA weights, R % 16 */
    {"prefill", "x", 2, 1, 32, 32, 64, 0, "f32", "f32", "f32", 1, NULL},      /* LANES */
    {"mixed", "x", 4, 2, 32, 16, 48, 0, "bf16", "bf16", "bf16", 1, NULL},     /* LANES, bf16 pairs */
    {"decode", "latent", 16, 16, 24, 16, 48, 8, "f16", "f16", "f32", 1, NULL}, /* LANES over 16 heads */
    {"decode", "latent", 4, 1, 40, 32, 64, 8, "f32", "f32", "f32", 0, NULL},  /* DOT */
    {"prefill", "latent", 4, 4, 20, 20, 32, 4, "f32", "bf16", "f32", 1, NULL},
    {"decode", "x", 8, 8, 32, 32, 64, 0, "f32", "f16", "f32", 1, "-avx512f"},
    {"mixed", "latent", 2, 2, 24, 16, 40, 8, "f32", "f32", "f32", 1, "-avx512f,-avx2,-avx,-f16c,-fma"},
    /* v_only (row = Hq * Dv): keys recovered through W_vk, absorbed into q */
    {"decode", "v_only", 8, 8, 32, 32, 0, 0, "f32", "f32", "f32", 1, NULL},
    {"decode", "v_only", 6, 6, 40, 24, 0, 0, "f16", "f16", "f16", 1, NULL}, /* Dv != D, E = 144 */
    {"prefill", "v_only", 4, 4, 20, 20, 0, 0, "f32", "bf16", "f32", 1, NULL},
    {"mixed", "v_only", 4, 4, 16, 16, 0, 0, "bf16", "bf16", "bf16", 0, "-avx512f"},
};

static char *absorbed_spec(const acase *c) {
  char *s = NULL, *store = NULL;
  if (!strcmp(c->store, "v_only")) {
    if (asprintf(&store, "cache: {store: v_only, capacity: %d}\n", CAP) < 0) abort();
  } else if (!strcmp(c->store, "x")) {
    if (asprintf(&store, "cache: {store: x, capacity: %d}\nmodel: {d_model: %d}\n", CAP, c->row) < 0) abort();
  } else if (asprintf(&store, "cache: {store: latent, latent_dim: %d, rope_dim: %d, capacity: %d}\n", c->row,
                      c->rope, CAP) < 0) {
    abort();
  }
  if (asprintf(&s,
               "attncc: 1\nname: absorbed\nphase: %s\nheads: {q: %d, kv: %d, dim: %d, v_dim: %d}\n"
               "types: {q: %s, cache: %s, out: %s}\n%smask: {causal: %s}\noutput: {lse: true}\n",
               c->phase, c->hq, c->hkv, c->dim, c->v_dim, c->tq, c->tc, c->to, store,
               c->causal ? "true" : "false") < 0)
    abort();
  free(store);
  return s;
}

START_TEST(absorbed_vs_reference) {
  const acase *c = &acases[_i];
  char *spec = absorbed_spec(c);
  attncc_kernel *k = kc_jit(spec, c->features);
  ck_assert_msg(k != NULL, "case %d does not compile:\n%s", _i, spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *in = f->info();
  int vo = !strcmp(c->store, "v_only");
  ck_assert_int_eq(in->store, vo ? ATTN_STORE_V_ONLY : !strcmp(c->store, "x") ? ATTN_STORE_X : ATTN_STORE_LATENT);
  ck_assert_int_eq(in->cache_dim, vo ? c->hq * c->v_dim : c->row + c->rope);
  ck_assert_int_eq(in->rope_dim, c->rope);
  static const struct {
    int batch, kv[4], q[4];
  } sets[] = {
      {3, {1, 17, 97}, {1, 0, 60}},
      {1, {530}, {2}}, /* split-KV on 2 threads for small head counts */
  };
  /* bf16 caches with bf16 pair dot products round the absorbed query to
   * bf16 (2^-9 relative) before the scores: the lse moves by that much */
  double lse_tol = !strcmp(c->tc, "bf16") ? 4e-3 : 1e-4;
  for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++)
    for (int threads = 1; threads <= 2; threads++)
      for (int tasks = 0; tasks <= 1; tasks++) {
        kc_result r = kc_run(f, sets[s].batch, sets[s].kv, sets[s].q, threads, tasks, 91u * (unsigned)_i + (unsigned)s);
        ck_assert_msg(r.rc == 0, "case %d set %zu: status %d (%s: %s)\n%s", _i, s, r.rc, attnrt_strerror(r.rc),
                      attnrt_last_error(), spec);
        ck_assert_msg(r.max_err <= 2 * r.tol && r.max_lse_err <= lse_tol,
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
  tcase_add_loop_test(tc, slim_vs_reference, 0, 2 * (int)(sizeof cases / sizeof cases[0]));
  tcase_add_loop_test(tc, orders_agree, 0, (int)(sizeof cases / sizeof cases[0]));
  tcase_add_loop_test(tc, absorbed_vs_reference, 0, (int)(sizeof acases / sizeof acases[0]));
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
