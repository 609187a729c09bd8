/*
 * compiler/plan/cost: figures of specs/llama3_8b.yaml (f16, 32 layers) and
 * of a paged q4 spec, each written out by hand from docs/explain.md's
 * formulas and docs/layouts.md's bytes, so a change to the model shows here;
 * the bytes a token costs against the runtime's own block sizes
 * (attnrt_block_bytes) in every cache type, order and layout; the
 * calibrated decode-tile rate and call cost in the prediction.
 */
#include <check.h>
#include <math.h>

#include "attncc/attnrt.h"
#include "plan/cost.h"

static const cc_target avx2 = {.triple = "x86_64-pc-linux-gnu", .cpu = "znver3", .features = "",
                               .vec_bytes = 32, .vregs = 16, .has_fma = 1, .has_f16_convert = 1,
                               .l1d_bytes = 32768, .l2_bytes = 524288, .x86 = 1};
static const double GiB = 1073741824.0;

/* specs/llama3_8b.yaml with model.layers = 32: Hq 32, Hkv 8, D = Dv = 128,
 * f32 queries and outputs with lse, f16 cache, capacity 8192. */
static void llama(cc_arena *a, attn_spec *s, attn_plan *p, cost_layer *c) {
  static const char *defs[] = {"model.layers=32"};
  attncc_diags *d = cc_diags_new();
  ck_assert_int_eq(spec_parse_file(a, ATTNCC_SPECS "/llama3_8b.yaml", defs, 1, s, d), 0);
  attncc_diags_free(d);
  plan_make(s, &avx2, p);
  cost_layer_of(s, p, c);
}

START_TEST(llama3_8b_f16) {
  cc_arena *a = cc_arena_new();
  attn_spec s;
  attn_plan p;
  cost_layer c;
  llama(a, &s, &p, &c);
  /* 8 KV heads x (128 + 128) x 2 bytes */
  ck_assert_double_eq(c.tok_bytes, 4096);
  ck_assert_double_eq(c.k_bytes, 2048);
  ck_assert_double_eq(cost_seq_bytes(&s, &c, 8192), 33554432);           /* 32 MiB */
  ck_assert_double_eq(cost_model_seq_bytes(&s, &c, 8192), 1073741824);   /* x 32 layers: 1 GiB */
  /* 24 GiB / (32 x 4096 bytes a token) = 196608 tokens; / 1 GiB a sequence = 24 */
  ck_assert_int_eq(cost_max_context(&s, &c, 24 * GiB), 196608);
  ck_assert_int_eq(cost_max_batch(&s, &c, 24 * GiB, 8192), 24);
  cost_step st;
  cost_decode(&s, &c, 8192, 1, &st);
  /* 8192 x 4096 cache + q 32 x 128 x 4 + out 32 x 128 x 4 + lse 32 x 4 */
  ck_assert_double_eq(st.bytes, 33554432.0 + 16384 + 16384 + 128);
  ck_assert_double_eq(st.flops, 2.0 * 32 * 256 * 8192); /* 2 Hq (D + Dv) L */
  ck_assert_double_eq_tol(st.intensity, 134217728.0 / 33587328.0, 1e-12);
  cost_decode(&s, &c, 1024, 4, &st); /* batch 4 */
  ck_assert_double_eq(st.bytes, 4 * (1024 * 4096.0 + 32896));
  /* prefill of 8192 causal: (8192 + 1) / 2 keys a token on average */
  cost_prefill_token(&s, &c, 8192, &st);
  ck_assert_double_eq_tol(st.keys, 4096.5, 1e-9);
  ck_assert_double_eq_tol(st.flops, 4096.5 * 2 * 32 * 256, 1e-3);
  ck_assert_double_eq(st.bytes, 4096 + 16384 + 16384 + 128);
  /* roofline on 10 GB/s and 100 GFLOP/s: memory bound */
  cost_machine m = {.read_bw = 10e9, .flops_f32 = 100e9};
  cost_time t;
  cost_decode(&s, &c, 8192, 1, &st);
  cost_predict(&m, &st, 0, &t);
  ck_assert_int_eq(t.compute, 0);
  ck_assert_double_eq_tol(t.t, 33587328.0 / 10e9, 1e-15);
  ck_assert_double_eq_tol(t.t_comp, 134217728.0 / 100e9, 1e-15);
  cc_arena_free(a);
}
END_TEST

/* The llama shape with a q4 cache in pages of 16 tokens, no lse. */
START_TEST(paged_q4) {
  cc_arena *a = cc_arena_new();
  attn_spec s;
  attn_plan p;
  cost_layer c;
  llama(a, &s, &p, &c);
  s.type_cache = ATTN_Q4, s.layout = ATTN_PAGED, s.page_size = 16, s.lse = 0, s.rope = 0;
  plan_make(&s, &avx2, &p);
  cost_layer_of(&s, &p, &c);
  /* a row of 128: 64 bytes of nibbles + 4 f16 scales = 72; K + V of 8 heads */
  ck_assert_double_eq(cost_row_bytes(ATTN_Q4, 128), 72);
  ck_assert_double_eq(c.tok_bytes, 8 * 144);
  /* 8192 / 16 = 512 pages of 16 x 1152 bytes + a 4-byte page-table entry */
  ck_assert_double_eq(cost_seq_bytes(&s, &c, 8192), 512.0 * (16 * 1152 + 4));
  ck_assert_double_eq(cost_seq_bytes(&s, &c, 8193), 513.0 * (16 * 1152 + 4)); /* whole pages */
  /* 24 GiB / (32 layers x 18436 bytes a page) = 43681 pages = 698896 tokens */
  ck_assert_int_eq(cost_max_context(&s, &c, 24 * GiB), 698896);
  cost_step st;
  cost_decode(&s, &c, 1000, 1, &st);
  /* 1000 tokens + ceil(1000 / 16) = 63 page-table entries + q + out */
  ck_assert_double_eq(st.bytes, 1000 * 1152.0 + 63 * 4 + 16384 + 16384);
  ck_assert_double_eq(st.flops, 2.0 * 32 * 256 * 1000);
  /* the other types of docs/layouts.md */
  ck_assert_double_eq(cost_row_bytes(ATTN_I8, 128), 132);
  ck_assert_double_eq(cost_row_bytes(ATTN_FP8_E4M3, 128), 128);
  ck_assert_double_eq(cost_row_bytes(ATTN_BF16, 128), 256);
  ck_assert_double_eq(cost_row_bytes(ATTN_F32, 128), 512);
  cc_arena_free(a);
}
END_TEST

/* A ring of 4096 with a window of 1024: reads the window, holds the ring. */
START_TEST(ring_window) {
  cc_arena *a = cc_arena_new();
  attn_spec s;
  attn_plan p;
  cost_layer c;
  llama(a, &s, &p, &c);
  s.layout = ATTN_RING, s.capacity = 4096, s.window = 1024;
  cost_layer_of(&s, &p, &c);
  ck_assert_int_eq(cost_keys(&s, 100000), 1024);
  ck_assert_double_eq(cost_seq_bytes(&s, &c, 100000), 4096 * 4096.0);
  ck_assert_int_eq(cost_max_context(&s, &c, 24 * GiB), -1);           /* any context */
  ck_assert_int_eq(cost_max_context(&s, &c, 256 << 20), 2048);        /* 256 MiB / 128 KiB */
  cost_step st;
  cost_prefill_token(&s, &c, 4096, &st);
  /* min(i, 1024) for i = 1..4096, averaged: (1024 x 1025 / 2 + 3072 x 1024) / 4096 */
  ck_assert_double_eq_tol(st.keys, (1024.0 * 1025 / 2 + 3072.0 * 1024) / 4096, 1e-9);
  /* 4 sinks beside the window (a contiguous cache): the sinks below each
   * query's window too; a query within 4 of the window start sees fewer */
  s.layout = ATTN_CONTIGUOUS, s.sinks = 4;
  ck_assert_int_eq(cost_keys(&s, 100000), 1028);
  ck_assert_int_eq(cost_keys(&s, 1026), 1026);
  ck_assert_int_eq(cost_keys(&s, 1000), 1000);
  cost_prefill_token(&s, &c, 4096, &st);
  /* plus sum over t = 1..3072 of min(4, t) = 1 + 2 + 3 + 3069 x 4, averaged */
  ck_assert_double_eq_tol(st.keys, (1024.0 * 1025 / 2 + 3072.0 * 1024 + 6 + 3069.0 * 4) / 4096, 1e-9);
  cc_arena_free(a);
}
END_TEST

/* The model's bytes per token are the kernel's: for every cache type, order
 * and layout, a block of T tokens (attnrt_block_bytes, K + V, scales
 * included) is T tokens of cost_layer.tok_bytes, and a paged sequence holds
 * whole pages plus a 4-byte page-table entry each. */
START_TEST(bytes_match_runtime) {
  cc_arena *a = cc_arena_new();
  attn_spec s;
  attn_plan p;
  cost_layer c;
  llama(a, &s, &p, &c);
  static const attn_dtype types[] = {ATTN_F32, ATTN_F16, ATTN_BF16, ATTN_I8, ATTN_FP8_E4M3, ATTN_FP8_E5M2, ATTN_Q4};
  static const int layouts[] = {ATTN_CONTIGUOUS, ATTN_PAGED, ATTN_RING};
  for (int ti = 0; ti < 7; ti++)
    for (int li = 0; li < 3; li++)
      for (int order = 0; order < 2; order++)
        for (int dv = 64; dv <= 128; dv += 64) {
          attn_spec t = s;
          t.type_cache = types[ti], t.layout = layouts[li], t.order = order, t.v_dim = dv, t.rope = 0;
          t.capacity = 4096, t.page_size = t.layout == ATTN_PAGED ? 16 : 0;
          t.window = t.layout == ATTN_RING ? 4096 : 0;
          attn_plan tp;
          plan_make(&t, &avx2, &tp);
          cost_layer tc;
          cost_layer_of(&t, &tp, &tc);
          attn_info in = {.abi_version = ATTN_ABI_VERSION, .heads_q = t.heads_q, .heads_kv = t.heads_kv,
                          .dim = t.dim, .v_dim = t.v_dim, .dtype_q = ATTN_F32, .dtype_cache = t.type_cache,
                          .dtype_out = ATTN_F32, .phase = ATTN_DECODE, .layout = t.layout, .order = t.order,
                          .capacity = t.capacity, .causal = 1, .store = ATTN_STORE_KV,
                          .page_size = t.page_size, .window = t.window};
          size_t kb = attnrt_block_bytes(&in, 0), vb = attnrt_block_bytes(&in, 1);
          ck_assert_msg(kb > 0 && vb > 0, "%s", attnrt_last_error());
          double T = t.layout == ATTN_PAGED ? t.page_size : t.capacity;
          ck_assert_msg(T * tc.tok_bytes == (double)(kb + vb), "type %d layout %d order %d Dv %d: %g x %g != %zu",
                        (int)t.type_cache, (int)t.layout, order, dv, T, tc.tok_bytes, kb + vb);
          ck_assert_double_eq(T * tc.k_bytes, (double)kb);
          if (t.layout == ATTN_PAGED) /* 100 tokens: 7 pages of 16 and their entries */
            ck_assert_double_eq(cost_seq_bytes(&t, &tc, 100), 7.0 * (kb + vb) + 7 * 4);
          cost_step st;
          cost_decode(&t, &tc, 100, 1, &st); /* 100 keys read, their page-table entries */
          ck_assert_double_eq(st.bytes, 100 * tc.tok_bytes + (t.layout == ATTN_PAGED ? 7 * 4 : 0) + tc.q_bytes +
                                            tc.out_bytes);
        }
  cc_arena_free(a);
}
END_TEST

/* A calibrated decode-tile rate is the compute side of a decode step of a
 * dot-tile plan of that cache type (or of a lanes plan, decode_lanes), and
 * of nothing else; with it the two sides add in quadrature. */
START_TEST(tile_rate) {
  cc_arena *a = cc_arena_new();
  attn_spec s;
  attn_plan p;
  cost_layer c;
  llama(a, &s, &p, &c); /* as shipped: phase mixed, the lanes tile; one query runs the dot tile */
  ck_assert_int_eq(p.kind, PLAN_LANES);
  ck_assert_int_eq(p.one_query, 1);
  ck_assert_int_eq(c.decode_rate, ATTN_F16);
  cost_machine m = {.read_bw = 15e9, .flops_f32 = 180e9};
  m.tile_decode[ATTN_Q4] = 30e9, m.tile_decode[ATTN_F16] = 40e9;
  cost_step st;
  cost_time t;
  cost_decode(&s, &c, 8192, 1, &st);
  cost_predict_decode(&m, &c, &st, &t); /* the f16 dot tile's rate: compute bound */
  ck_assert_int_eq(t.tile, 1);
  ck_assert_int_eq(t.compute, 1);
  ck_assert_double_eq_tol(t.t, hypot(st.bytes / 15e9, 2.0 * 32 * 256 * 8192 / 40e9), 1e-15);
  s.heads_kv = 1; /* MQA: 32 rows of one query fill the lanes tile */
  plan_make(&s, &avx2, &p);
  cost_layer_of(&s, &p, &c);
  ck_assert_int_eq(p.kind, PLAN_LANES);
  ck_assert_int_eq(p.one_query, 0);
  ck_assert_int_eq(c.decode_rate, COST_LANES);
  cost_decode(&s, &c, 8192, 1, &st);
  cost_predict_decode(&m, &c, &st, &t); /* lanes not calibrated: the FMA peak, compute bound at 32 FLOP/byte */
  ck_assert_int_eq(t.tile, 0);
  ck_assert_double_eq_tol(t.t, st.flops / 180e9, 1e-15);
  m.tile_decode[COST_LANES] = 60e9; /* calibrated: the lanes rate, not the f16 dot tile's */
  cost_predict_decode(&m, &c, &st, &t);
  ck_assert_int_eq(t.tile, 1);
  ck_assert_double_eq_tol(t.t, hypot(st.bytes / 15e9, st.flops / 60e9), 1e-15);
  m.tile_decode[COST_LANES] = 0;
  s.heads_kv = 8;
  s.phase = ATTN_DECODE, s.type_cache = ATTN_Q4, s.rope = 0;
  plan_make(&s, &avx2, &p);
  cost_layer_of(&s, &p, &c);
  ck_assert_int_eq(p.kind, PLAN_DOT);
  ck_assert_int_eq(c.decode_rate, ATTN_Q4);
  cost_decode(&s, &c, 8192, 1, &st);
  cost_predict_decode(&m, &c, &st, &t); /* 134 MFLOP at 30 GFLOP/s: compute bound */
  ck_assert_int_eq(t.tile, 1);
  ck_assert_int_eq(t.compute, 1);
  ck_assert_double_eq_tol(t.t, hypot(st.bytes / 15e9, 2.0 * 32 * 256 * 8192 / 30e9), 1e-15);
  ck_assert_double_eq_tol(t.t_mem, st.bytes / 15e9, 1e-15);
  cost_predict(&m, &st, 0, &t); /* the plain roofline: 180 GFLOP/s */
  ck_assert_double_eq_tol(t.t_comp, 2.0 * 32 * 256 * 8192 / 180e9, 1e-15);
  m.tile_decode[ATTN_Q4] = 0; /* not calibrated for q4: the FMA peak */
  cost_predict_decode(&m, &c, &st, &t);
  ck_assert_int_eq(t.tile, 0);
  ck_assert_double_eq_tol(t.t_comp, 2.0 * 32 * 256 * 8192 / 180e9, 1e-15);
  m.call = 25e-6; /* a calibrated call cost is added to every decode step */
  cost_predict_decode(&m, &c, &st, &t);
  ck_assert_double_eq_tol(t.t_call, 25e-6, 1e-18);
  ck_assert_double_eq_tol(t.t, 25e-6 + 2.0 * 32 * 256 * 8192 / 180e9, 1e-15);
  m.tile_decode[ATTN_Q4] = 30e9;
  cost_predict_decode(&m, &c, &st, &t);
  ck_assert_double_eq_tol(t.t, 25e-6 + hypot(st.bytes / 15e9, 2.0 * 32 * 256 * 8192 / 30e9), 1e-15);
  cost_predict(&m, &st, 0, &t); /* not in the plain roofline (prefill tokens) */
  ck_assert_double_eq(t.t_call, 0);
  ck_assert_double_eq_tol(t.t, 2.0 * 32 * 256 * 8192 / 180e9, 1e-15);
  cc_arena_free(a);
}
END_TEST

int main(void) {
  Suite *s = suite_create("plan_cost");
  TCase *t = tcase_create("cost");
  tcase_add_test(t, llama3_8b_f16);
  tcase_add_test(t, paged_q4);
  tcase_add_test(t, ring_window);
  tcase_add_test(t, bytes_match_runtime);
  tcase_add_test(t, tile_rate);
  suite_add_tcase(s, t);
  SRunner *r = srunner_create(s);
  srunner_run_all(r, CK_NORMAL);
  int failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? 1 : 0;
}
