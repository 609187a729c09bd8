/* The reference implementation: a case worked by hand, then properties that
 * pin down masking, GQA head mapping, row packing and lse. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* Element index in a cache, written out again here rather than shared. */
static size_t kv_index(const attn_info *in, int32_t dim, int32_t b, int32_t t, int32_t g, int32_t d) {
  size_t vec = in->order == ATTN_TOKEN_MAJOR
                   ? ((size_t)b * (size_t)in->capacity + (size_t)t) * (size_t)in->heads_kv + (size_t)g
                   : ((size_t)b * (size_t)in->heads_kv + (size_t)g) * (size_t)in->capacity + (size_t)t;
  return vec * (size_t)dim + (size_t)d;
}

static float out_at(const tcase *c, int64_t row, int32_t h, int32_t d) {
  return attnrt_load(c->out, c->info.dtype_out,
                     ((size_t)row * (size_t)c->info.heads_q + (size_t)h) * (size_t)c->info.v_dim + (size_t)d);
}

static void run_ref(tcase *c) {
  int rc = attnrt_reference(&c->info, &c->args);
  ck_assert_msg(rc == 0, "reference: %s (%s)", attnrt_strerror(rc), attnrt_last_error());
}

/* One head, two keys: s = (1, 0), so p = (e, 1) / (e + 1). */
START_TEST(two_keys_by_hand) {
  attn_info in = tu_info(1, 1, 2, 2, ATTN_MIXED, 4);
  in.scale = 1.0f;
  in.lse = 1;
  in.order = _i ? ATTN_HEAD_MAJOR : ATTN_TOKEN_MAJOR;
  tcase c;
  tc_init(&c, &in, 1, (int32_t[]){2}, (int32_t[]){1}, 1);
  float q[2] = {1, 0}, k[2][2] = {{1, 0}, {0, 1}}, v[2][2] = {{1, 2}, {3, 4}};
  memcpy(c.q, q, sizeof q);
  for (int t = 0; t < 2; t++)
    for (int d = 0; d < 2; d++) {
      ((float *)c.k)[kv_index(&in, 2, 0, t, 0, d)] = k[t][d];
      ((float *)c.v)[kv_index(&in, 2, 0, t, 0, d)] = v[t][d];
    }
  run_ref(&c);
  double e = exp(1.0);
  ck_assert_double_eq_tol(out_at(&c, 0, 0, 0), (e + 3) / (e + 1), 1e-6);
  ck_assert_double_eq_tol(out_at(&c, 0, 0, 1), (2 * e + 4) / (e + 1), 1e-6);
  ck_assert_double_eq_tol(c.lse[0], log(e + 1), 1e-6);
  tc_free(&c);
}
END_TEST

/* Expressions (ABI 6, attn_info.exprs): refused without their callbacks;
 * with them, the two-key case again, key 1 masked (out = v0, lse = s0 = 1)
 * and then both scores replaced by 0 (out = the mean, lse = ln 2). */
static int only_key0(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos) {
  (void)ctx, (void)b, (void)h, (void)q_pos;
  return kv_pos == 0;
}
static double zero_score(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos, double s) {
  (void)ctx, (void)b, (void)h, (void)q_pos, (void)kv_pos, (void)s;
  return 0.0;
}

START_TEST(expressions_need_callbacks) {
  attn_info in = tu_info(1, 1, 2, 2, ATTN_MIXED, 4);
  in.scale = 1.0f;
  in.lse = 1;
  tcase c;
  tc_init(&c, &in, 1, (int32_t[]){2}, (int32_t[]){1}, 1);
  float q[2] = {1, 0}, k[4] = {1, 0, 0, 1}, v[4] = {1, 2, 3, 4};
  memcpy(c.q, q, sizeof q), memcpy(c.k, k, sizeof k), memcpy(c.v, v, sizeof v);
  c.info.exprs = 1;
  ck_assert_int_eq(attnrt_reference(&c.info, &c.args), ATTN_E_RANGE);
  ck_assert_ptr_nonnull(strstr(attnrt_last_error(), "mask.expr"));
  attnrt_ref_mods m = {NULL, only_key0, NULL};
  ck_assert_int_eq(attnrt_reference_ex(&c.info, &c.args, &m), 0);
  ck_assert_double_eq_tol(out_at(&c, 0, 0, 0), 1, 1e-6);
  ck_assert_double_eq_tol(out_at(&c, 0, 0, 1), 2, 1e-6);
  ck_assert_double_eq_tol(c.lse[0], 1, 1e-6);
  c.info.exprs = 3; /* a score.expr too: the visible callback alone is not enough */
  ck_assert_int_eq(attnrt_reference_ex(&c.info, &c.args, &m), ATTN_E_RANGE);
  ck_assert_ptr_nonnull(strstr(attnrt_last_error(), "score.expr"));
  c.info.exprs = 2;
  attnrt_ref_mods z = {NULL, NULL, zero_score};
  ck_assert_int_eq(attnrt_reference_ex(&c.info, &c.args, &z), 0);
  ck_assert_double_eq_tol(out_at(&c, 0, 0, 0), 2, 1e-6);
  ck_assert_double_eq_tol(out_at(&c, 0, 0, 1), 3, 1e-6);
  ck_assert_double_eq_tol(c.lse[0], log(2.0), 1e-6);
  c.info.exprs = 4;
  ck_assert_int_eq(attnrt_reference_ex(&c.info, &c.args, &z), ATTN_E_RANGE);
  tc_free(&c);
}
END_TEST

/* q = 0 makes every score 0: out is the mean of the visible V, lse = ln n. */
START_TEST(uniform_scores_give_mean) {
  int causal = _i;
  attn_info in = tu_info(2, 1, 4, 3, ATTN_PREFILL, 8);
  in.causal = causal;
  in.lse = 1;
  tcase c;
  tc_init(&c, &in, 1, (int32_t[]){7}, NULL, 2);
  memset(c.q, 0, sizeof(float) * 7 * 2 * 4);
  run_ref(&c);
  for (int32_t i = 0; i < 7; i++)
    for (int32_t h = 0; h < 2; h++) {
      int32_t n = causal ? i + 1 : 7;
      for (int32_t d = 0; d < 3; d++) {
        double mean = 0;
        for (int32_t t = 0; t < n; t++)
          mean += ((float *)c.v)[kv_index(&in, 3, 0, t, 0, d)];
        ck_assert_double_eq_tol(out_at(&c, i, h, d), mean / n, 1e-6);
      }
      ck_assert_double_eq_tol(c.lse[i * 2 + h], log((double)n), 1e-6);
    }
  tc_free(&c);
}
END_TEST

/* Causal prefill: query 0 sees key 0 only, so out = V[0], lse = its score. */
START_TEST(causal_first_row_is_v0) {
  attn_info in = tu_info(4, 2, 8, 8, ATTN_PREFILL, 16);
  in.causal = 1;
  in.lse = 1;
  in.order = _i ? ATTN_HEAD_MAJOR : ATTN_TOKEN_MAJOR;
  tcase c;
  tc_init(&c, &in, 2, (int32_t[]){5, 11}, NULL, 3);
  run_ref(&c);
  int64_t row0[2] = {0, 5};
  for (int32_t b = 0; b < 2; b++)
    for (int32_t h = 0; h < 4; h++) {
      int32_t g = h / 2;
      double dot = 0;
      for (int32_t d = 0; d < 8; d++) {
        ck_assert_float_eq(out_at(&c, row0[b], h, d), ((float *)c.v)[kv_index(&in, 8, b, 0, g, d)]);
        dot += (double)((float *)c.q)[((size_t)row0[b] * 4 + (size_t)h) * 8 + (size_t)d] *
               ((float *)c.k)[kv_index(&in, 8, b, 0, g, d)];
      }
      ck_assert_double_eq_tol(c.lse[row0[b] * 4 + h], in.scale * dot, 1e-6);
    }
  tc_free(&c);
}
END_TEST

/* GQA equals MHA whose cache repeats each KV head for its G query heads. */
START_TEST(gqa_head_mapping) {
  attn_info gi = tu_info(6, 2, 4, 5, ATTN_MIXED, 6), mi = gi;
  gi.order = mi.order = _i ? ATTN_HEAD_MAJOR : ATTN_TOKEN_MAJOR;
  gi.lse = mi.lse = 1;
  mi.heads_kv = 6;
  int32_t kv[2] = {6, 4}, ql[2] = {3, 2};
  tcase g, m;
  tc_init(&g, &gi, 2, kv, ql, 4);
  tc_init(&m, &mi, 2, kv, ql, 5);
  memcpy(m.q, g.q, sizeof(float) * 5 * 6 * 4);
  for (int32_t b = 0; b < 2; b++)
    for (int32_t t = 0; t < 6; t++)
      for (int32_t h = 0; h < 6; h++) {
        for (int32_t d = 0; d < 4; d++)
          ((float *)m.k)[kv_index(&mi, 4, b, t, h, d)] = ((float *)g.k)[kv_index(&gi, 4, b, t, h / 3, d)];
        for (int32_t d = 0; d < 5; d++)
          ((float *)m.v)[kv_index(&mi, 5, b, t, h, d)] = ((float *)g.v)[kv_index(&gi, 5, b, t, h / 3, d)];
      }
  run_ref(&g);
  run_ref(&m);
  ck_assert_mem_eq(g.out, m.out, sizeof(float) * 5 * 6 * 5);
  ck_assert_mem_eq(g.lse, m.lse, sizeof(float) * 5 * 6);
  tc_free(&g);
  tc_free(&m);
}
END_TEST

/* Decode is the last row of a causal prefill over the same cache. */
START_TEST(decode_is_last_prefill_row) {
  attn_info pi = tu_info(4, 4, 8, 8, ATTN_PREFILL, 12), di = pi;
  pi.causal = di.causal = 1;
  pi.lse = di.lse = 1;
  di.phase = ATTN_DECODE;
  tcase p, d;
  tc_init(&p, &pi, 1, (int32_t[]){9}, NULL, 6);
  tc_init(&d, &di, 1, (int32_t[]){9}, NULL, 6);
  memcpy(d.k, p.k, sizeof(float) * 12 * 4 * 8);
  memcpy(d.v, p.v, sizeof(float) * 12 * 4 * 8);
  memcpy(d.q, (float *)p.q + 8 * 4 * 8, sizeof(float) * 4 * 8);
  run_ref(&p);
  run_ref(&d);
  ck_assert_mem_eq((float *)p.out + 8 * 4 * 8, d.out, sizeof(float) * 4 * 8);
  ck_assert_mem_eq(p.lse + 8 * 4, d.lse, sizeof(float) * 4);
  tc_free(&p);
  tc_free(&d);
}
END_TEST

/* Mixed, ragged, with q_len 0: each sequence's rows equal a batch of one. */
START_TEST(mixed_rows_packed_by_sequence) {
  attn_info in = tu_info(2, 1, 4, 4, ATTN_MIXED, 8);
  in.causal = _i;
  in.lse = 1;
  int32_t kv[4] = {4, 3, 5, 1}, ql[4] = {2, 0, 3, 1};
  tcase all;
  tc_init(&all, &in, 4, kv, ql, 7);
  run_ref(&all);
  int64_t row0 = 0;
  for (int32_t b = 0; b < 4; b++) {
    tcase one;
    tc_init(&one, &in, 1, &kv[b], &ql[b], 8);
    memcpy(one.q, (float *)all.q + row0 * 2 * 4, sizeof(float) * (size_t)ql[b] * 2 * 4);
    memcpy(one.k, (float *)all.k + (size_t)b * 8 * 4, sizeof(float) * 8 * 4);
    memcpy(one.v, (float *)all.v + (size_t)b * 8 * 4, sizeof(float) * 8 * 4);
    run_ref(&one);
    ck_assert_mem_eq(one.out, (float *)all.out + row0 * 2 * 4, sizeof(float) * (size_t)ql[b] * 2 * 4);
    ck_assert_mem_eq(one.lse, all.lse + row0 * 2, sizeof(float) * (size_t)ql[b] * 2);
    row0 += ql[b];
    tc_free(&one);
  }
  ck_assert_int_eq(row0, all.total_q);
  tc_free(&all);
}
END_TEST

/* Within the ABI every query sees at least key 0 (its position is >= 0),
 * so no row is fully masked; huge scores must not overflow into NaN. */
START_TEST(no_row_is_masked_and_no_nan) {
  attn_info in = tu_info(2, 2, 4, 4, ATTN_MIXED, 6);
  in.causal = 1;
  in.lse = 1;
  in.scale = 1000.0f;
  tcase c;
  tc_init(&c, &in, 2, (int32_t[]){6, 3}, (int32_t[]){6, 1}, 9);
  run_ref(&c);
  for (int64_t i = 0; i < c.total_q * 2; i++) {
    ck_assert_msg(isfinite(c.lse[i]), "lse[%lld] = %g", (long long)i, c.lse[i]);
    for (int32_t d = 0; d < 4; d++) {
      float o = ((float *)c.out)[i * 4 + d];
      ck_assert_msg(isfinite(o) && fabsf(o) <= 1.0f, "out %lld.%d = %g", (long long)i, d, o);
    }
  }
  tc_free(&c);
}
END_TEST

/* 16-bit inputs are read as their f32 values; 16-bit out is the f32 result
 * rounded once. */
START_TEST(half_types_match_f32) {
  attn_info hi = tu_info(4, 2, 8, 8, ATTN_PREFILL, 10), fi = hi;
  int32_t t16 = _i ? ATTN_BF16 : ATTN_F16;
  hi.dtype_q = hi.dtype_cache = hi.dtype_out = t16;
  hi.causal = fi.causal = 1;
  tcase h, f;
  tc_init(&h, &hi, 2, (int32_t[]){10, 3}, NULL, 10);
  tc_init(&f, &fi, 2, (int32_t[]){10, 3}, NULL, 10);
  size_t nq = 13 * 4 * 8, nc = 2 * 10 * 2 * 8;
  for (size_t i = 0; i < nq; i++)
    ((float *)f.q)[i] = attnrt_load(h.q, t16, i);
  for (size_t i = 0; i < nc; i++) {
    ((float *)f.k)[i] = attnrt_load(h.k, t16, i);
    ((float *)f.v)[i] = attnrt_load(h.v, t16, i);
  }
  run_ref(&h);
  run_ref(&f);
  for (size_t i = 0; i < 13 * 4 * 8; i++) {
    uint16_t want = t16 == ATTN_F16 ? attnrt_f32_to_f16(((float *)f.out)[i]) : attnrt_f32_to_bf16(((float *)f.out)[i]);
    ck_assert_uint_eq(((uint16_t *)h.out)[i], want);
  }
  tc_free(&h);
  tc_free(&f);
}
END_TEST

/* Nothing to do is fine; bad arguments are refused before anything is written. */
START_TEST(empty_and_invalid) {
  attn_info in = tu_info(2, 1, 4, 4, ATTN_PREFILL, 8);
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof a};
  ck_assert_int_eq(attnrt_reference(&in, &a), 0); /* batch 0, every pointer null */
  tcase c;
  tc_init(&c, &in, 2, (int32_t[]){0, 0}, NULL, 11);
  ck_assert_int_eq(c.total_q, 0);
  run_ref(&c);
  tc_free(&c);
  tc_init(&c, &in, 1, (int32_t[]){3}, NULL, 12);
  c.kv_len[0] = 9;
  ck_assert_int_eq(attnrt_reference(&in, &c.args), ATTN_E_CAPACITY);
  ck_assert(isnan(((float *)c.out)[0]));
  tc_free(&c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime_reference");
  TCase *tc = tcase_create("reference");
  tcase_add_loop_test(tc, two_keys_by_hand, 0, 2);
  tcase_add_test(tc, expressions_need_callbacks);
  tcase_add_loop_test(tc, uniform_scores_give_mean, 0, 2);
  tcase_add_loop_test(tc, causal_first_row_is_v0, 0, 2);
  tcase_add_loop_test(tc, gqa_head_mapping, 0, 2);
  tcase_add_test(tc, decode_is_last_prefill_row);
  tcase_add_loop_test(tc, mixed_rows_packed_by_sequence, 0, 2);
  tcase_add_test(tc, no_row_is_masked_and_no_nan);
  tcase_add_loop_test(tc, half_types_match_f32, 0, 2);
  tcase_add_test(tc, empty_and_invalid);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
