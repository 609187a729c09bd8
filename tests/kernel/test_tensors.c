/*
 * Run-time tensors in mask.expr and score.expr (issue 7, ABI 7) through
 * JIT-compiled kernels, against the reference evaluating the same
 * expressions with the compiler's interpreter on the same tensor data
 * (kexpr.c: random data of each tensor's shape, i32 tensors as runs of
 * document ids or prefixes).
 *
 *   tensor_case   an f32 score bias bias[h]; FlexAttention's prefix LM
 *                 (prefix[b]) and document mask (doc[b, q_pos] ==
 *                 doc[b, kv_pos]); indices far out of range (clamped to
 *                 each dimension), a batch dimension that is not the
 *                 first, four dimensions; decode (dot tile), prefill and
 *                 mixed (lanes, and dot for one-query units), MQA, paged,
 *                 AVX2 and plain targets; ragged lengths, 1/2/8 threads,
 *                 NAME and NAME_tasks in shuffled order, poisoned outputs.
 *   tensor_info   NAME_info's tensor table: names, types, resolved dims.
 *   tensor_null   a null args->tensors or a null entry: ATTN_E_NULL,
 *                 nothing written.
 *   tensor_clamp  the clamping itself, by hand: a tensor read past both
 *                 ends equals the expression with the indices clamped.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kcheck.h"
#include "kexpr.h"

enum { CAP = 320 };

typedef struct tcase {
  const char *phase;
  int hq, hkv;
  const char *layout; /* contiguous or paged (16-token pages) */
  int causal;
  const char *tensors, *mask, *score; /* null: none */
  const char *features;               /* null: host */
} tcase;

#define BIAS "bias: {shape: [heads]}"
#define PREFIX "prefix: {shape: [batch], type: i32}"
#define DOC "doc: {shape: [batch, capacity], type: i32}"
#define PREFIX_LM "kv_pos < prefix[b] || kv_pos <= q_pos"
#define DOC_MASK "doc[b, q_pos] == doc[b, kv_pos]"

static const tcase CASES[] = {
    /* an f32 bias per head: splat in decode's dot tile, gathered in lanes */
    {"decode", 8, 2, "contiguous", 1, "{" BIAS "}", NULL, "s + bias[h] * (kv_pos - q_pos) * 0.05", NULL},
    {"prefill", 8, 8, "contiguous", 1, "{" BIAS "}", NULL, "s + bias[h] * (kv_pos - q_pos) * 0.05", NULL},
    {"mixed", 8, 2, "paged", 1, "{" BIAS "}", NULL, "s + bias[h] * (kv_pos - q_pos) * 0.05", NULL},
    /* prefix LM: no causal key (it would AND the prefix away) */
    {"decode", 8, 2, "contiguous", 0, "{" PREFIX "}", PREFIX_LM, NULL, NULL},
    {"prefill", 4, 4, "paged", 0, "{" PREFIX "}", PREFIX_LM, NULL, NULL},
    {"mixed", 8, 2, "contiguous", 0, "{" PREFIX "}", PREFIX_LM, NULL, NULL},
    {"decode", 16, 1, "contiguous", 0, "{" PREFIX "}", PREFIX_LM, NULL, NULL}, /* MQA: lanes in decode */
    /* documents, with the causal key; beside a declared, unused tensor */
    {"decode", 8, 2, "paged", 1, "{" DOC ", " BIAS "}", DOC_MASK, NULL, NULL},
    {"prefill", 8, 8, "contiguous", 1, "{" BIAS ", " DOC "}", DOC_MASK, NULL, NULL},
    {"mixed", 8, 2, "contiguous", 1, "{" DOC "}", DOC_MASK, NULL, NULL},
    /* the bounds skip blocks by the position side, a tensor side unknown */
    {"prefill", 8, 8, "contiguous", 1, "{" DOC "}", "q_pos - kv_pos < 40 && " DOC_MASK, NULL, NULL},
    /* out of range: clamped; batch not first; four dimensions; f32 and i32 */
    {"mixed", 8, 2, "contiguous", 1, "{" BIAS ", grid: {shape: [7, 5]}, w: {shape: [heads, batch]}}",
     "w[h, b + 1] > -0.9", "s + bias[h + 100] - bias[h - 50] + grid[q_pos, kv_pos - 3] + w[h - 9, b * 5]", NULL},
    {"prefill", 4, 2, "paged", 1, "{t4: {shape: [kv_heads, 3, batch, capacity], type: i32}}",
     "t4[h / 2, kv_pos % 4, b, q_pos] <= t4[h / 2, q_pos % 4, b, kv_pos] + 1", "s + t4[h, h, b - 7, kv_pos] * 0.01", NULL},
    /* other targets: AVX2 (8 lanes, vpgatherdd) and none (4 lanes, scalar loads) */
    {"mixed", 8, 2, "contiguous", 1, "{" DOC ", " BIAS "}", DOC_MASK, "s + bias[h]", "-avx512f"},
    {"prefill", 8, 8, "contiguous", 0, "{" PREFIX ", " BIAS "}", PREFIX_LM, "s - bias[h] * kv_pos * 0.01",
     "-avx512f,-avx2,-avx,-f16c,-fma"},
    {"decode", 4, 1, "paged", 1, "{" DOC "}", DOC_MASK, NULL, "-avx512f,-avx2,-avx,-f16c,-fma"},
};
enum { NCASES = sizeof CASES / sizeof CASES[0] };

static char *spec_of(const tcase *c, const char *name) {
  char *t = malloc(2048);
  int n = snprintf(t, 2048,
                   "attncc: 1\nname: %s\nphase: %s\nheads: {q: %d, kv: %d, dim: 64}\n"
                   "types: {q: f32, cache: f16, out: f32}\ncache: {layout: %s, capacity: %d%s}\n"
                   "mask: {causal: %s%s%s%s}\noutput: {lse: true}\ntensors: %s\n",
                   name, c->phase, c->hq, c->hkv, c->layout, CAP, c->layout[0] == 'p' ? ", page_size: 16" : "",
                   c->causal ? "true" : "false", c->mask ? ", expr: \"" : "", c->mask ? c->mask : "",
                   c->mask ? "\"" : "", c->tensors);
  if (c->score) snprintf(t + n, 2048 - (size_t)n, "score: {expr: \"%s\"}\n", c->score);
  return t;
}

START_TEST(tensor_case) {
  const tcase *c = &CASES[_i];
  char name[16];
  snprintf(name, sizeof name, "tns%d", _i);
  char *spec = spec_of(c, name);
  attncc_kernel *k = kc_jit(spec, c->features);
  ck_assert_msg(k != NULL, "case %d does not compile:\n%s", _i, spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  cc_arena *a = cc_arena_new();
  kx_exprs x;
  kx_mods_of(a, f->info(), &x);
  char what[64];
  snprintf(what, sizeof what, "case %d (features %s)", _i, c->features ? c->features : "host");
  kx_check_sets(f, &x, a, 41u * (unsigned)_i, what, spec);
  cc_arena_free(a);
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

START_TEST(tensor_info) {
  char *spec = spec_of(&CASES[12], "tinfo"); /* t4: [kv_heads, 3, batch, capacity] i32 */
  attncc_kernel *k = kc_jit(spec, NULL);
  ck_assert_ptr_nonnull(k);
  const attn_info *in = attncc_kernel_fns(k)->info();
  ck_assert_int_eq(in->n_tensors, 1);
  ck_assert_str_eq(in->tensor[0].name, "t4");
  ck_assert_int_eq(in->tensor[0].is_int, 1);
  ck_assert_int_eq(in->tensor[0].rank, 4);
  int want[] = {2, 3, ATTN_TENSOR_BATCH, CAP};
  for (int d = 0; d < 4; d++) ck_assert_int_eq(in->tensor[0].dims[d], want[d]);
  attncc_kernel_free(k);
  free(spec);
  spec = spec_of(&CASES[11], "tinfo2"); /* bias [heads] f32, grid [7, 5], w [heads, batch] */
  k = kc_jit(spec, NULL);
  ck_assert_ptr_nonnull(k);
  in = attncc_kernel_fns(k)->info();
  ck_assert_int_eq(in->n_tensors, 3);
  ck_assert_str_eq(in->tensor[0].name, "bias");
  ck_assert_int_eq(in->tensor[0].is_int, 0);
  ck_assert_int_eq(in->tensor[0].rank, 1);
  ck_assert_int_eq(in->tensor[0].dims[0], 8);
  ck_assert_str_eq(in->tensor[2].name, "w");
  ck_assert_int_eq(in->tensor[2].dims[0], 8);
  ck_assert_int_eq(in->tensor[2].dims[1], ATTN_TENSOR_BATCH);
  attncc_kernel_free(k);
  free(spec);
  /* no tensors: none in the table */
  k = kc_jit("attncc: 1\nname: none\nheads: {q: 4, dim: 16}\n", NULL);
  ck_assert_ptr_nonnull(k);
  ck_assert_int_eq(attncc_kernel_fns(k)->info()->n_tensors, 0);
  ck_assert_ptr_null(attncc_kernel_fns(k)->info()->tensor);
  attncc_kernel_free(k);
}
END_TEST

START_TEST(tensor_null) {
  char *spec = spec_of(&CASES[7], "tnull"); /* doc and an unused bias */
  attncc_kernel *k = kc_jit(spec, NULL);
  ck_assert_ptr_nonnull(k);
  const attncc_fns *f = attncc_kernel_fns(k);
  cc_arena *a = cc_arena_new();
  kx_exprs x;
  const attnrt_ref_mods *mods = kx_mods_of(a, f->info(), &x);
  int kv[2] = {50, 3}, q[2] = {1, 1};
  kc_result r = kc_run_mods(f, 2, kv, q, 2, 0, 1, mods, NULL, NULL);
  ck_assert_int_eq(r.rc, ATTN_E_NULL);
  const void *const *t = kx_tensors(&x, a, f->info(), 2, 50, 1);
  for (int i = 0; i < 2; i++) { /* either entry null, the used one or not */
    const void *some[2] = {t[0], t[1]};
    some[i] = NULL;
    r = kc_run_mods(f, 2, kv, q, 2, i, 1, mods, some, NULL);
    ck_assert_int_eq(r.rc, ATTN_E_NULL);
  }
  r = kc_run_mods(f, 2, kv, q, 2, 0, 1, mods, t, NULL);
  ck_assert_int_eq(r.rc, 0);
  cc_arena_free(a);
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

/* bias[h + 3] - bias[h - 3] with 4 heads reads bias[min(h + 3, 3)] and
 * bias[max(h - 3, 0)]: the same kernel outputs as the expression with the
 * indices clamped by hand, which reads no index out of range. */
START_TEST(tensor_clamp) {
  static const char *const phases[] = {"decode", "prefill", "mixed"};
  for (int p = 0; p < 3; p++) {
    tcase c = {phases[p], 4, 2, "contiguous", 1, "{bias: {shape: [heads]}, doc: {shape: [batch, 64], type: i32}}",
               "doc[b + 5, q_pos] == doc[b - 9, kv_pos]", "s + bias[h + 3] - bias[h - 3]", NULL};
    tcase d = c;
    d.mask = "doc[0, min(q_pos, 63)] == doc[0, min(kv_pos, 63)]"; /* batch 1: b + 5 and b - 9 clamp to 0 */
    d.score = "s + bias[3] - bias[0]";
    char *sa = spec_of(&c, "clampa"), *sb = spec_of(&d, "clampb");
    attncc_kernel *ka = kc_jit(sa, NULL), *kb = kc_jit(sb, NULL);
    ck_assert_msg(ka && kb, "%s\n%s", sa, sb);
    cc_arena *a = cc_arena_new();
    kx_exprs xa, xb;
    const attn_info *ia = attncc_kernel_fns(ka)->info();
    const attnrt_ref_mods *ma = kx_mods_of(a, ia, &xa), *mb = kx_mods_of(a, attncc_kernel_fns(kb)->info(), &xb);
    int kv[1] = {150}, q[1] = {p == 0 ? 1 : p == 1 ? 150 : 33};
    const void *const *t = kx_tensors(&xa, a, ia, 1, 8, 99u + (unsigned)p);
    memcpy(xb.buf, xa.buf, sizeof xa.buf);
    void *oa, *ob;
    kc_result ra = kc_run_mods(attncc_kernel_fns(ka), 1, kv, q, 2, 0, 5, ma, t, &oa);
    kc_result rb = kc_run_mods(attncc_kernel_fns(kb), 1, kv, q, 2, 0, 5, mb, t, &ob);
    ck_assert(ra.rc == 0 && rb.rc == 0);
    ck_assert_msg(ra.max_err <= ra.tol && rb.max_err <= rb.tol, "%.3g %.3g", ra.max_err, rb.max_err);
    size_t n = (size_t)q[0] * 4 * 64;
    ck_assert_msg(!memcmp(oa, ob, n * sizeof(float)), "%s: clamped reads differ from the clamped expression",
                  phases[p]);
    free(oa), free(ob);
    cc_arena_free(a);
    attncc_kernel_free(ka), attncc_kernel_free(kb);
    free(sa), free(sb);
  }
}
END_TEST

/* mask.prefix_lm, mask.documents and mask.block_sparse (ABI 7's keys) give
 * what their FlexAttention expressions over tensors give on the same data:
 * the prefix as prefix[b], the ids as doc[b, pos], the block layout as a
 * dense blk[b, q block, key block] (block rows: a pattern with the diagonal,
 * one row empty, so its queries see no key).  Each kernel is also checked
 * against the reference on its own. */
enum { EQ_BS = 16, EQ_NB = CAP / EQ_BS };
static const char *const EQ_KEYS[] = {"causal: true, prefix_lm: true", "causal: true, documents: true",
                                      "causal: false, block_sparse: runtime, block_size: 16"};
static const char *const EQ_EXPRS[] = {
    "causal: false, expr: \"" PREFIX_LM "\"}\ntensors: {" PREFIX "}",
    "causal: true, expr: \"" DOC_MASK "\"}\ntensors: {" DOC "}",
    "causal: false, expr: \"blk[b, q_pos / 16, kv_pos / 16] != 0\"}\ntensors: {blk: {shape: [batch, 20, 20], type: i32}}"};
static const char *const EQ_PHASES[] = {"prefill", "mixed", "decode"};

START_TEST(keys_are_exprs) {
  int kind = _i / 3;
  const char *phase = EQ_PHASES[_i % 3];
  enum { B = 3 };
  int kv[B] = {37, 320, 150}, q[B];
  for (int b = 0; b < B; b++) q[b] = phase[0] == 'd' ? 1 : phase[0] == 'p' ? kv[b] : (int[]){5, 1, 150}[b];
  int32_t prefix[B] = {12, 200, 0}, doc[B * CAP], brow[B * (EQ_NB + 1)], bcol[B * EQ_NB * EQ_NB], n = 0;
  int32_t dense[B * EQ_NB * EQ_NB];
  for (int b = 0; b < B; b++)
    for (int p = 0; p < CAP; p++) doc[b * CAP + p] = p / (7 + 13 * b) + p / 100; /* jumps of 2: empty documents */
  for (int b = 0; b < B; b++)
    for (int i = 0; i <= EQ_NB; i++) {
      brow[b * (EQ_NB + 1) + i] = n;
      for (int c = 0; i < EQ_NB && c < EQ_NB; c++) {
        int on = i != 5 && (c == i || (i * 7 + c * 3 + b) % 4 == 0);
        dense[(b * EQ_NB + i) * EQ_NB + c] = on;
        if (on) bcol[n++] = c;
      }
    }
  void *out[2] = {0};
  for (int e = 0; e < 2; e++) {
    char spec[768];
    snprintf(spec, sizeof spec,
             "attncc: 1\nname: eq%d\nphase: %s\nheads: {q: 8, kv: 2, dim: 64}\ntypes: {q: f32, cache: f16, out: f32}\n"
             "cache: {capacity: %d}\noutput: {lse: true}\nmask: {%s%s\n",
             e, phase, CAP, e ? EQ_EXPRS[kind] : EQ_KEYS[kind], e ? "" : "}");
    attncc_kernel *k = kc_jit(spec, NULL);
    ck_assert_msg(k != NULL, "does not compile:\n%s", spec);
    const attncc_fns *f = attncc_kernel_fns(k);
    cc_arena *a = cc_arena_new();
    kx_exprs x;
    const attnrt_ref_mods *mods = kx_mods_of(a, f->info(), &x);
    const void *const *tensors = e ? kx_tensors(&x, a, f->info(), B, 0, 1u) : NULL;
    if (e) { /* the tensor holds the keys' data */
      const int32_t *src = kind == 0 ? prefix : kind == 1 ? doc : dense;
      size_t cnt = kind == 0 ? B : kind == 1 ? (size_t)B * CAP : (size_t)B * EQ_NB * EQ_NB;
      memcpy((void *)x.buf[0].data, src, cnt * sizeof(int32_t));
    }
    kc_use_masks(e ? NULL : prefix, e ? NULL : doc, e ? NULL : brow, e ? NULL : bcol);
    kc_result r = kc_run_mods(f, B, kv, q, 2, 0, 77u, mods, tensors, &out[e]);
    kc_use_masks(NULL, NULL, NULL, NULL);
    ck_assert_msg(r.rc == 0 && r.max_err <= r.tol && r.max_lse_err <= 1e-4,
                  "%s: status %d, error %.3g (tol %.3g), lse error %.3g\n%s", spec, r.rc, r.max_err, r.tol,
                  r.max_lse_err, spec);
    cc_arena_free(a);
    attncc_kernel_free(k);
  }
  size_t no = 0;
  for (int b = 0; b < B; b++) no += (size_t)q[b] * 8 * 64;
  double worst = 0;
  for (size_t i = 0; i < no; i++) {
    double d = fabs((double)((float *)out[0])[i] - (double)((float *)out[1])[i]);
    worst = d > worst || isnan(d) ? d : worst;
  }
  ck_assert_msg(worst <= 1e-5, "%s %s: key and expression differ by %.3g", phase, EQ_KEYS[kind], worst);
  free(out[0]), free(out[1]);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_tensors");
  TCase *tc = tcase_create("tensors");
  tcase_set_timeout(tc, 600);
  tcase_add_loop_test(tc, tensor_case, 0, NCASES);
  tcase_add_test(tc, tensor_info);
  tcase_add_test(tc, tensor_null);
  tcase_add_test(tc, tensor_clamp);
  tcase_add_loop_test(tc, keys_are_exprs, 0, 9);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
