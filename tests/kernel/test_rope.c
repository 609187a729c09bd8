/*
 * rope: kernels with a rotary position embedding against the reference
 * (which rotates in double with libm's cos/sin of the exact angle, not the
 * kernel's tables), over kv / k_only (both orders) / latent stores, DOT and
 * LANES tiles, neox and gptj, partial dims, linear and llama3 scaling,
 * on_read and on_write, every dtype, AVX2 and generic targets, and
 * positions past 4096 (a third table level).  Then cases worked by hand,
 * on_write through NAME_append against on_read of the raw keys, and the
 * llama3 frequencies NAME_info reports.
 */
#define _GNU_SOURCE
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kcheck.h"

typedef struct rcase {
  const char *phase, *cache; /* cache: the cache mapping's other keys, e.g. "store: k_only" */
  int hq, hkv, dim, v_dim;
  const char *tq, *tc, *to;
  int causal;
  const char *rope; /* the rope mapping */
  int capacity;
  const char *features;
} rcase;

static const rcase cases[] = {
    /* kv, DOT (GQA decode) and LANES (prefill, mixed) */
    {"decode", "order: token_major", 8, 2, 64, 64, "f32", "f32", "f32", 1, "{theta: 10000}", 600, NULL},
    {"decode", "order: head_major", 4, 4, 40, 40, "f32", "f16", "f32", 0, "{theta: 500000, style: gptj}", 600, NULL},
    {"prefill", "order: token_major", 4, 2, 80, 80, "f32", "f32", "f32", 1, "{dims: 32}", 600, NULL},
    {"mixed", "order: head_major", 8, 2, 128, 128, "bf16", "bf16", "bf16", 1,
     "{theta: 500000, scaling: {type: llama3}}", 600, NULL},
    {"prefill", "order: token_major", 2, 1, 48, 48, "f16", "f16", "f16", 1, "{style: gptj, dims: 20}", 600, NULL},
    {"mixed", "order: token_major", 4, 4, 64, 64, "f32", "f16", "f32", 1,
     "{theta: 1000000, apply: on_write, scaling: {type: linear, factor: 4}}", 600, NULL},
    {"decode", "order: token_major", 4, 1, 128, 128, "f32", "bf16", "f32", 1, "{apply: on_write, style: gptj}", 600,
     NULL},
    /* positions past 4096: three table levels */
    {"decode", "order: token_major", 4, 2, 64, 64, "f32", "f32", "f32", 1, "{theta: 500000}", 5000, NULL},
    {"mixed", "order: token_major", 4, 4, 32, 32, "f32", "f32", "f32", 1, "{style: gptj}", 5000, NULL},
    /* other targets */
    {"mixed", "order: token_major", 8, 2, 64, 64, "f32", "f16", "f32", 1, "{dims: 48}", 600, "-avx512f"},
    {"decode", "order: token_major", 4, 4, 24, 24, "f16", "f16", "f16", 1, "{style: gptj}", 600,
     "-avx512f,-avx2,-avx,-f16c,-fma"},
    /* k_only: scores on rotated keys, values from the raw ones */
    {"decode", "store: k_only", 4, 4, 32, 32, "f32", "f32", "f32", 1, "{theta: 10000}", 600, NULL},
    {"prefill", "store: k_only", 4, 4, 32, 32, "f32", "f16", "f32", 1, "{dims: 16, style: gptj}", 600, NULL},
    {"decode", "store: k_only, values_first", 4, 4, 32, 24, "f32", "f32", "f32", 1, "{dims: 24}", 600,
     NULL},
    {"prefill", "store: k_only, values_first", 2, 2, 48, 48, "f32", "bf16", "f32", 1,
     "{style: gptj}", 600, NULL},
    /* latent: the decoupled RoPE key */
    {"decode", "store: latent, latent_dim: 48, rope_dim: 16", 16, 16, 40, 32, "f32", "f32", "f32", 1,
     "{theta: 10000}", 600, NULL},
    {"decode", "store: latent, latent_dim: 64, rope_dim: 8", 4, 1, 40, 32, "f32", "f16", "f32", 0,
     "{apply: on_write, style: gptj}", 600, NULL},
    {"prefill", "store: latent, latent_dim: 32, rope_dim: 20", 4, 4, 36, 20, "f32", "f32", "f32", 1,
     "{dims: 20}", 600, NULL},
};

/* cache ", values_first" at the end: slim.order values_first */
static char *rope_spec(const rcase *c) {
  char *s = NULL, *cache = strdup(c->cache), *vf = strstr(cache, ", values_first");
  if (vf) *vf = 0;
  if (asprintf(&s,
               "attncc: 1\nname: roped\nphase: %s\nheads: {q: %d, kv: %d, dim: %d, v_dim: %d}\n"
               "types: {q: %s, cache: %s, out: %s}\ncache: {%s, capacity: %d}\nmask: {causal: %s}\n"
               "output: {lse: true}\nrope: %s\n%s",
               c->phase, c->hq, c->hkv, c->dim, c->v_dim, c->tq, c->tc, c->to, cache, c->capacity,
               c->causal ? "true" : "false", c->rope, vf ? "slim: {order: values_first}\n" : "") < 0)
    abort();
  free(cache);
  return s;
}

START_TEST(rope_vs_reference) {
  const rcase *c = &cases[_i];
  char *spec = rope_spec(c);
  attncc_kernel *k = kc_jit(spec, c->features);
  ck_assert_msg(k != NULL, "case %d does not compile:\n%s", _i, spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  ck_assert_ptr_nonnull(f->info()->rope);
  static const struct {
    int batch, kv[4], q[4];
  } small[] = {{3, {1, 17, 257}, {1, 0, 200}}, {2, {599, 33}, {3, 33}}},
    big[] = {{2, {4999, 4100}, {2, 5}}};
  int nbig = c->capacity > 4096;
  for (int s = 0; s < (nbig ? 1 : 2); s++)
    for (int threads = 1; threads <= 2; threads++)
      for (int tasks = 0; tasks <= 1; tasks++) {
        const int *kv = nbig ? big[s].kv : small[s].kv, *q = nbig ? big[s].q : small[s].q;
        int batch = nbig ? big[s].batch : small[s].batch;
        kc_result r = kc_run(f, batch, kv, q, threads, tasks, 77u * (unsigned)_i + (unsigned)s);
        ck_assert_msg(r.rc == 0, "case %d set %d: status %d (%s: %s)\n%s", _i, s, r.rc, attnrt_strerror(r.rc),
                      attnrt_last_error(), spec);
        ck_assert_msg(r.max_err <= 2 * r.tol && r.max_lse_err <= 1e-4,
                      "case %d set %d threads %d tasks %d: max error %.3g (tol %.3g), lse error %.3g\n%s", _i, s,
                      threads, tasks, r.max_err, 2 * r.tol, r.max_lse_err, spec);
      }
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

/* One head of dim 2 or 4, prefill of 2 tokens, scale 1: query 1 (position
 * 1) against key 0 (position 0) and key 1 (position 1); inv_freq[0] = 1 for
 * any theta, so pair 0 turns by the position in radians.  q = e0, k0 = e_b,
 * k1 = e1 (dim 2) and v_j = e_j: with dims = 2, R(1)q = (cos 1, sin 1),
 * k0 stays, R(1)k1 = (-sin 1, cos 1): s0 = cos 1 (b = 0), s1 = 0.  With
 * dim 4 and k0 = e2: neox pairs (0, 2), s0 = sin 1; gptj pairs (0, 1), s0 = 0. */
static void hand_case(int dim, const char *style, int b0, double s0, double s1) {
  char *spec = NULL;
  if (asprintf(&spec,
               "attncc: 1\nname: hand\nphase: prefill\nheads: {q: 1, dim: %d, v_dim: 2}\nscale: 1\n"
               "mask: {causal: true}\ncache: {capacity: 8}\nrope: {style: %s}\n",
               dim, style) < 0)
    abort();
  attncc_kernel *k = kc_jit(spec, NULL);
  ck_assert_ptr_nonnull(k);
  const attncc_fns *f = attncc_kernel_fns(k);
  float q[2][4] = {{1, 0, 0, 0}, {1, 0, 0, 0}}, kc[8][4] = {{0}}, vc[8][2] = {{1, 0}, {0, 1}}, out[2][2];
  kc[0][b0] = 1;
  kc[1][1] = 1;
  float qq[8], kk[32];
  for (int i = 0; i < 2; i++)
    for (int d = 0; d < dim; d++) qq[i * dim + d] = q[i][d];
  for (int j = 0; j < 8; j++)
    for (int d = 0; d < dim; d++) kk[j * dim + d] = kc[j][d];
  int32_t kv = 2;
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args), .batch = 1, .num_threads = 1,
                 .kv_len = &kv, .q = qq, .out = out, .k_cache = kk, .v_cache = vc};
  ck_assert_int_eq(f->run(&a), 0);
  double p0 = exp(s0) / (exp(s0) + exp(s1));
  ck_assert_msg(fabs(out[1][0] - p0) < 1e-6 && fabs(out[1][1] - (1 - p0)) < 1e-6,
                "dim %d %s: out (%.7f, %.7f), want (%.7f, %.7f)", dim, style, out[1][0], out[1][1], p0, 1 - p0);
  ck_assert_msg(fabs(out[0][0] - 1) < 1e-6 && fabs(out[0][1]) < 1e-6, "query 0 sees key 0 alone");
  attncc_kernel_free(k);
  free(spec);
}

START_TEST(worked_by_hand) {
  hand_case(2, "neox", 0, cos(1.0), 0);
  hand_case(2, "gptj", 0, cos(1.0), 0);
  hand_case(4, "neox", 2, sin(1.0), 0);
  hand_case(4, "gptj", 2, 0, 0);
}
END_TEST

/* on_write: NAME_append rotates each new key to its position; attention
 * over that cache equals on_read's over the raw keys (both written by
 * their own NAME_append from the same rows). */
static const char *const appended[] = {
    "heads: {q: 4, kv: 2, dim: 64}\ntypes: {q: f32, cache: f32, out: f32}\ncache: {capacity: 300}\n"
    "rope: {theta: 500000, style: gptj, dims: 48, apply: %s}\n",
    "heads: {q: 4, kv: 2, dim: 64}\ntypes: {q: f32, cache: f16, out: f32}\ncache: {order: head_major, capacity: 300}\n"
    "rope: {apply: %s, scaling: {type: llama3, original_max_position_embeddings: 64}}\n",
    "heads: {q: 4, kv: 1, dim: 24, v_dim: 16}\ncache: {store: latent, latent_dim: 32, rope_dim: 8, capacity: 300}\n"
    "rope: {apply: %s}\n",
};

START_TEST(append_on_write) {
  const attncc_fns *f[2];
  attncc_kernel *k[2];
  for (int w = 0; w < 2; w++) {
    char *body = NULL, *spec = NULL;
    if (asprintf(&body, appended[_i], w ? "on_write" : "on_read") < 0 ||
        asprintf(&spec, "attncc: 1\nname: app\nphase: mixed\nmask: {causal: true}\n%s", body) < 0)
      abort();
    k[w] = kc_jit(spec, NULL);
    ck_assert_msg(k[w] != NULL, "%s", spec);
    f[w] = attncc_kernel_fns(k[w]);
    free(body);
    free(spec);
  }
  const attn_info *in = f[0]->info();
  int latent = in->store == ATTN_STORE_LATENT;
  int32_t kv[2] = {0, 0}, nl[2] = {150, 231}, ql[2] = {5, 1};
  size_t krow = latent ? (size_t)in->cache_dim : (size_t)in->heads_kv * in->dim;
  size_t vrow = latent ? 0 : (size_t)in->heads_kv * in->v_dim, nt = (size_t)(nl[0] + nl[1]);
  size_t cs = attnrt_dtype_size(in->dtype_cache), cap = 2 * (size_t)in->capacity;
  float *kn = malloc(nt * krow * 4), *vn = malloc(nt * vrow * 4 + 4);
  size_t U = latent ? (size_t)(in->cache_dim - in->rope_dim) : 0, Dn = (size_t)(in->dim - in->rope_dim);
  float *wout = malloc(U * in->v_dim * 4 + 4), *wabs = malloc(U * Dn * 4 + 4);
  float *q = malloc(6 * (size_t)in->heads_q * in->dim * 4);
  srand(7);
  for (size_t i = 0; i < nt * krow; i++) kn[i] = (float)rand() / RAND_MAX - 0.5f;
  for (size_t i = 0; i < nt * vrow; i++) vn[i] = (float)rand() / RAND_MAX - 0.5f;
  for (size_t i = 0; i < U * in->v_dim; i++) wout[i] = ((float)rand() / RAND_MAX - 0.5f) / 4;
  for (size_t i = 0; i < U * Dn; i++) wabs[i] = ((float)rand() / RAND_MAX - 0.5f) / 4;
  for (size_t i = 0; i < 6 * (size_t)in->heads_q * in->dim; i++) q[i] = 2 * ((float)rand() / RAND_MAX - 0.5f);
  size_t on = 6 * (size_t)in->heads_q * in->v_dim;
  float *out[2];
  void *kcache[2];
  for (int w = 0; w < 2; w++) {
    kcache[w] = malloc(cap * krow * cs);
    void *vcache = malloc(cap * vrow * cs + 4);
    memset(kcache[w], 0xff, cap * krow * cs);
    memset(vcache, 0xff, cap * vrow * cs);
    out[w] = malloc(on * 4);
    memset(out[w], 0xff, on * 4);
    attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args), .batch = 2, .num_threads = 2,
                   .kv_len = kv, .new_len = nl, .k_new = kn, .v_new = vn, .k_cache = kcache[w],
                   .v_cache = latent ? NULL : vcache};
    ck_assert_int_eq(f[w]->append(&a), 0);
    int32_t len[2] = {nl[0], nl[1]};
    a.kv_len = len;
    a.q_len = ql;
    a.q = q;
    a.out = out[w];
    a.w_out = latent ? wout : NULL;
    a.w_absorb = latent ? wabs : NULL;
    ck_assert_msg(f[w]->run(&a) == 0, "%s", attnrt_last_error());
    free(vcache);
  }
  /* the appended caches differ (on_write rotated), the outputs agree */
  ck_assert_int_ne(memcmp(kcache[0], kcache[1], (size_t)nl[0] * krow * cs), 0);
  double worst = 0;
  for (size_t i = 0; i < on; i++) {
    double e = fabs((double)out[0][i] - out[1][i]);
    worst = e > worst || e != e ? e : worst;
  }
  double tol = in->dtype_cache == ATTN_F32 ? 1e-5 : 4e-3; /* f16: the rotated keys round differently */
  ck_assert_msg(worst <= tol, "case %d: on_write and on_read differ by %.3g", _i, worst);
  for (int w = 0; w < 2; w++) {
    free(kcache[w]);
    free(out[w]);
    attncc_kernel_free(k[w]);
  }
  free(kn), free(vn), free(wout), free(wabs), free(q);
}
END_TEST

/* rope.scaling llama3 (Llama 3.1: theta 500000, factor 8, low 1, high 4,
 * original context 8192) as NAME_info reports it: pair 0 (wavelength 2 pi)
 * unchanged, pair 63 (wavelength ~2.6e6 > 8192) divided by 8, and every pair
 * between its base frequency / 8 and its base frequency, strictly inside
 * for wavelengths in (2048, 8192). */
START_TEST(llama3_frequencies) {
  attncc_kernel *k = kc_jit("attncc: 1\nname: l3\nheads: {q: 32, kv: 8, dim: 128}\n"
                            "rope: {theta: 500000, scaling: {type: llama3}}\n", NULL);
  ck_assert_ptr_nonnull(k);
  const attn_rope *r = attncc_kernel_fns(k)->info()->rope;
  ck_assert_int_eq(r->dims, 128);
  ck_assert_int_eq(r->style, ATTN_ROPE_NEOX);
  ck_assert_int_eq(r->apply, ATTN_ROPE_ON_READ);
  int medium = 0;
  for (int i = 0; i < 64; i++) {
    double base = pow(500000.0, -2.0 * i / 128), w = 2 * M_PI / base, f = r->inv_freq[i];
    if (w < 2048) ck_assert_msg(f == base, "pair %d: %g != %g", i, f, base);
    else if (w > 8192) ck_assert_msg(fabs(f - base / 8) <= 1e-15 * base, "pair %d: %g != %g / 8", i, f, base);
    else {
      ck_assert_msg(f > base / 8 && f < base, "pair %d: %g outside (%g, %g)", i, f, base / 8, base);
      medium++;
    }
  }
  ck_assert_int_gt(medium, 0);
  ck_assert_double_eq(r->inv_freq[0], 1.0);
  attncc_kernel_free(k);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_rope");
  TCase *tc = tcase_create("rope");
  tcase_set_timeout(tc, 300);
  tcase_add_loop_test(tc, rope_vs_reference, 0, (int)(sizeof cases / sizeof cases[0]));
  tcase_add_test(tc, worked_by_hand);
  tcase_add_loop_test(tc, append_on_write, 0, (int)(sizeof appended / sizeof appended[0]));
  tcase_add_test(tc, llama3_frequencies);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
