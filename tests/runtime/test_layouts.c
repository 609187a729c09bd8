/* Paged and ring caches and mask.window (ABI 5): the reference on a paged
 * cache (page sizes 1, 16, 256, a prefix shared by two sequences, a random
 * page order) equals it on the same rows laid out contiguously, bit for bit;
 * a ring past its capacity equals the unwrapped contiguous cache under the
 * window; windows by hand (q = 0 gives the mean of the visible values); and
 * attnrt_run with the scalar tile against the reference on all of them, so
 * the plan's window key ranges (attn_work.k_begin) are exercised. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const int32_t TYPES[6] = {ATTN_F32, ATTN_F16, ATTN_I8, ATTN_Q4, ATTN_FP8_E4M3, ATTN_FP8_E5M2};

/* tc_init for q, out, lse and the lengths (through an f32 contiguous twin),
 * then caches of `blocks` blocks in `in`'s layout and type, all bytes 0xff
 * (NaN in every float type and in the i8 scales): a row read that was never
 * written shows. */
static void lc_init(tcase *c, const attn_info *in, int32_t batch, const int32_t *kv, const int32_t *ql,
                    int32_t blocks, uint64_t seed) {
  attn_info twin = *in;
  twin.dtype_cache = ATTN_F32;
  twin.layout = ATTN_CONTIGUOUS;
  twin.capacity = 1;
  tc_init(c, &twin, batch, kv, ql, seed);
  c->info = *in;
  free(c->k);
  free(c->v);
  size_t kb = attnrt_block_bytes(in, 0) * (size_t)blocks, vb = attnrt_block_bytes(in, 1) * (size_t)blocks;
  ck_assert(kb > 0 && vb > 0);
  c->k = malloc(kb);
  c->v = malloc(vb);
  memset(c->k, 0xff, kb);
  memset(c->v, 0xff, vb);
  c->args.k_cache = c->k;
  c->args.v_cache = c->v;
}

/* Random K and V rows (every KV head) of sequence b at position p. */
static void lc_fill(tcase *c, int32_t b, int32_t p, uint64_t *rng) {
  float x[64];
  for (int which = 0; which < 2; which++)
    for (int32_t h = 0; h < c->info.heads_kv; h++) {
      for (int32_t d = 0; d < (which ? c->info.v_dim : c->info.dim); d++)
        x[d] = tu_uniform(rng);
      ck_assert_int_eq(attnrt_cache_write_row(&c->info, &c->args, which, b, p, h, x), 0);
    }
}

/* The bytes of (b, p)'s rows and scales from src's cache to dst's (sequence sb). */
static void lc_copy(tcase *dst, int32_t b, const tcase *src, int32_t sb, int32_t p) {
  for (int which = 0; which < 2; which++) {
    int32_t w = which ? dst->info.v_dim : dst->info.dim, t = dst->info.dtype_cache;
    for (int32_t h = 0; h < dst->info.heads_kv; h++) {
      unsigned char *ss, *ds;
      unsigned char *s = tu_row(&src->info, which ? src->v : src->k, src->args.page_table, which, sb, p, h, &ss);
      unsigned char *d = tu_row(&dst->info, which ? dst->v : dst->k, dst->args.page_table, which, b, p, h, &ds);
      memcpy(d, s, tu_row_bytes(t, w));
      if (ss)
        memcpy(ds, ss, tu_scale_bytes(t, w));
    }
  }
}

static void ref_ok(tcase *c) {
  int rc = attnrt_reference(&c->info, &c->args);
  ck_assert_msg(rc == 0, "reference: %s (%s)", attnrt_strerror(rc), attnrt_last_error());
}

/* Both references wrote the same bits, and no NaN. */
static void same_outputs(const tcase *a, const tcase *b) {
  size_t rows = (size_t)a->total_q * (size_t)a->info.heads_q;
  ck_assert_mem_eq(a->out, b->out, rows * (size_t)a->info.v_dim * sizeof(float));
  ck_assert_mem_eq(a->lse, b->lse, rows * sizeof(float));
  for (size_t i = 0; i < rows * (size_t)a->info.v_dim; i++)
    ck_assert_msg(!isnan(((float *)a->out)[i]), "out[%zu] is NaN", i);
}

/* attnrt_run with the scalar tile (its contract checked) against the reference. */
static void run_ok(tcase *c, int32_t threads, int32_t q_tile, int32_t key_align, int32_t min_split) {
  scalar_tile_info = &c->info;
  attn_kernel k = tu_kernel(&c->info, q_tile, 0, key_align, min_split);
  atomic_store(&scalar_tile_bad, 0);
  atomic_store(&scalar_tile_partial, 0);
  tc_poison(c);
  c->args.num_threads = threads;
  int rc = attnrt_run(&k, &c->args);
  ck_assert_msg(rc == 0, "run: %s (%s)", attnrt_strerror(rc), attnrt_last_error());
  ck_assert_int_eq(atomic_load(&scalar_tile_bad), 0);
  char msg[256];
  ck_assert_msg(tc_compare(c, msg, sizeof msg, NULL) == 0, "%s", msg);
}

/* _i: cache type (6) x page size (1, 16, 256); decode or mixed, both
 * orders, with and without a window.  Sequence 1 shares sequence 0's first
 * pages; pages are handed out in a random order; entries past a sequence's
 * last page are -1 (never read). */
START_TEST(paged_equals_contiguous) {
  static const int32_t PS[3] = {1, 16, 256}, SHARED[3] = {40, 3, 1};
  int32_t ps = PS[_i % 3], shared = SHARED[_i % 3], cap = 300, P = (cap + ps - 1) / ps;
  int32_t phase = _i % 2 ? ATTN_DECODE : ATTN_MIXED, kv[3] = {300, 280, 77}, ql[3] = {5, 3, 7};
  attn_info ci = tu_info(4, 2, 32, 32, phase, cap), pi;
  ci.dtype_cache = TYPES[_i / 3];
  ci.causal = 1;
  ci.lse = 1;
  ci.order = _i % 4 < 2 ? ATTN_TOKEN_MAJOR : ATTN_HEAD_MAJOR;
  ci.window = _i % 5 == 1 ? 50 : 0;
  pi = ci;
  pi.layout = ATTN_PAGED;
  pi.page_size = ps;
  int32_t need = 0;
  for (int b = 0; b < 3; b++)
    need += (kv[b] + ps - 1) / ps - (b == 1 ? shared : 0);
  int32_t num_pages = need + 5, *perm = malloc(sizeof(int32_t) * (size_t)num_pages), *table = malloc(sizeof(int32_t) * 3 * (size_t)P);
  uint64_t rng = tu_seed() + (uint64_t)_i;
  for (int32_t i = 0; i < num_pages; i++)
    perm[i] = i;
  for (int32_t i = num_pages - 1; i > 0; i--) {
    int32_t j = (int32_t)(tu_next(&rng) % (uint64_t)(i + 1)), t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  int32_t next = 0;
  for (int32_t b = 0; b < 3; b++)
    for (int32_t j = 0; j < P; j++)
      table[b * P + j] = j * ps >= kv[b] ? -1 : b == 1 && j < shared ? table[j] : perm[next++];
  ck_assert_int_eq(next, need);
  tcase cc, pc;
  lc_init(&cc, &ci, 3, kv, phase == ATTN_MIXED ? ql : NULL, 3, 7);
  lc_init(&pc, &pi, 3, kv, phase == ATTN_MIXED ? ql : NULL, num_pages, 7);
  pc.args.page_table = table;
  pc.args.num_pages = num_pages;
  for (int32_t b = 0; b < 3; b++)
    for (int32_t p = 0; p < kv[b]; p++) {
      if (b == 1 && p < shared * ps)
        lc_copy(&cc, 1, &cc, 0, p); /* the shared prefix */
      else
        lc_fill(&cc, b, p, &rng);
      lc_copy(&pc, b, &cc, b, p);
    }
  ref_ok(&cc);
  ref_ok(&pc);
  same_outputs(&cc, &pc);
  run_ok(&pc, 8, 4, 4, 8);
  if (phase == ATTN_DECODE)
    ck_assert_int_gt(atomic_load(&scalar_tile_partial), 0); /* 6 units on 8 threads: split */
  pc.args.page_table = NULL;
  ck_assert_int_eq(attnrt_reference(&pc.info, &pc.args), ATTN_E_NULL);
  pc.args.page_table = table;
  table[2 * P + (76 / ps)] = num_pages; /* sequence 2's last page */
  ck_assert_int_eq(attnrt_reference(&pc.info, &pc.args), ATTN_E_PAGE);
  tc_free(&cc);
  tc_free(&pc);
  free(perm);
  free(table);
}
END_TEST

/* A ring of 64 with window 40 past its capacity (kv_len 200, 131) equals a
 * contiguous cache of the unwrapped positions under the same window; the
 * contiguous cache holds only the positions the ring holds (the rest NaN),
 * so neither reads outside the window.  _i: cache type x order x causal. */
START_TEST(ring_equals_unwrapped) {
  int32_t kv[4] = {200, 64, 30, 131}, ql[4] = {20, 25, 30, 1};
  attn_info ci = tu_info(4, 2, 32, 32, ATTN_MIXED, 200), ri;
  ci.dtype_cache = TYPES[_i % 6];
  ci.order = _i / 6 % 2 ? ATTN_HEAD_MAJOR : ATTN_TOKEN_MAJOR;
  ci.causal = _i / 12;
  ci.lse = 1;
  ci.window = 40;
  ri = ci;
  ri.layout = ATTN_RING;
  ri.capacity = 64;
  uint64_t rng = tu_seed() + 100 + (uint64_t)_i;
  for (int decode = 0; decode < 2; decode++) {
    ci.phase = ri.phase = decode ? ATTN_DECODE : ATTN_MIXED;
    tcase cc, rc;
    lc_init(&cc, &ci, 4, kv, decode ? NULL : ql, 4, 9);
    lc_init(&rc, &ri, 4, kv, decode ? NULL : ql, 4, 9);
    for (int32_t b = 0; b < 4; b++)
      for (int32_t p = kv[b] > 64 ? kv[b] - 64 : 0; p < kv[b]; p++) {
        lc_fill(&cc, b, p, &rng);
        lc_copy(&rc, b, &cc, b, p);
      }
    ref_ok(&cc);
    ref_ok(&rc);
    same_outputs(&cc, &rc);
    run_ok(&rc, decode ? 16 : 4, 4, 4, 4); /* decode: 8 units on 16 threads, split */
    if (decode)
      ck_assert_int_gt(atomic_load(&scalar_tile_partial), 0);
    tc_free(&cc);
    tc_free(&rc);
  }
}
END_TEST

/* A ring call whose first query would need an overwritten key is refused
 * before anything is written. */
START_TEST(ring_refuses_lost_keys) {
  attn_info ri = tu_info(2, 1, 32, 32, ATTN_MIXED, 16);
  ri.layout = ATTN_RING;
  ri.window = 8;
  ri.causal = 1;
  tcase c;
  lc_init(&c, &ri, 1, (int32_t[]){40}, (int32_t[]){10}, 1, 3); /* 10 + 8 - 1 > 16 */
  scalar_tile_info = &c.info;
  attn_kernel k = tu_kernel(&c.info, 4, 0, 1, 1);
  ck_assert_int_eq(attnrt_run(&k, &c.args), ATTN_E_RANGE);
  ck_assert_str_eq(attnrt_last_error(), "kv_len[0] = 40 with 10 queries: the query at position 30 needs keys from "
                                        "position 23 (window 8), but the ring (capacity 16) holds positions 24 .. 39 only");
  ck_assert_int_eq(attnrt_reference(&c.info, &c.args), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_tasks(&k, &c.args), ATTN_E_RANGE);
  for (size_t i = 0; i < 10 * 2 * 32; i++)
    ck_assert(isnan(((float *)c.out)[i]));
  c.q_len[0] = 9; /* 9 + 8 - 1 = 16: fits */
  uint64_t rng = 5;
  for (int32_t p = 24; p < 40; p++)
    lc_fill(&c, 0, p, &rng);
  ref_ok(&c);
  tc_free(&c);
}
END_TEST

/* q = 0: every visible key scores 0, so out is the mean of the visible
 * values and lse = ln(count).  Visible: pos - window + 1 <= j, and j <= pos
 * (causal) or j < kv_len. */
static const int32_t WINDOWS[][3] = {/* phase, causal, window */
                                     {ATTN_PREFILL, 1, 1}, {ATTN_PREFILL, 1, 5},  {ATTN_PREFILL, 0, 4},
                                     {ATTN_MIXED, 0, 3},   {ATTN_MIXED, 1, 100}, {ATTN_DECODE, 1, 7},
                                     {ATTN_MIXED, 1, 6}};

START_TEST(window_masks) {
  const int32_t *w = WINDOWS[_i];
  attn_info in = tu_info(2, 1, 8, 4, w[0], 32);
  in.causal = w[1];
  in.window = w[2];
  in.lse = 1;
  int32_t kv[2] = {20, 9}, ql[2] = {6, 9};
  tcase c, nw;
  tc_init(&c, &in, 2, kv, w[0] == ATTN_MIXED ? ql : NULL, 21);
  memset(c.q, 0, sizeof(float) * (size_t)c.total_q * 2 * 8);
  ref_ok(&c);
  int64_t row = 0;
  for (int32_t b = 0; b < 2; b++)
    for (int32_t i = 0; i < c.q_len[b]; i++, row++) {
      int32_t pos = kv[b] - c.q_len[b] + i, lo = pos - w[2] + 1 > 0 ? pos - w[2] + 1 : 0;
      int32_t hi = w[1] ? pos + 1 : kv[b];
      for (int32_t h = 0; h < 2; h++) {
        for (int32_t d = 0; d < 4; d++) {
          double mean = 0;
          for (int32_t j = lo; j < hi; j++)
            mean += ((float *)c.v)[((size_t)b * 32 + (size_t)j) * 4 + (size_t)d];
          ck_assert_double_eq_tol(((float *)c.out)[((size_t)row * 2 + (size_t)h) * 4 + (size_t)d], mean / (hi - lo), 1e-6);
        }
        ck_assert_double_eq_tol(c.lse[row * 2 + h], log((double)(hi - lo)), 1e-6);
      }
    }
  run_ok(&c, 8, 2, 2, 1);
  run_ok(&c, 1, 3, 1, 1);
  if (w[2] >= 20) { /* a window past every kv_len is no window */
    in.window = 0;
    tc_init(&nw, &in, 2, kv, w[0] == ATTN_MIXED ? ql : NULL, 21);
    memset(nw.q, 0, sizeof(float) * (size_t)nw.total_q * 2 * 8);
    ref_ok(&nw);
    ref_ok(&c);
    same_outputs(&c, &nw);
    tc_free(&nw);
  }
  tc_free(&c);
}
END_TEST

/* Random q: windowed prefill through the runtime with splits (k_begin of
 * the units > 0) against the reference, several tile shapes. */
START_TEST(window_dispatch) {
  attn_info in = tu_info(8, 2, 16, 8, _i ? ATTN_MIXED : ATTN_DECODE, 128);
  in.causal = 1;
  in.window = 13;
  in.lse = 1;
  in.dtype_cache = ATTN_F16;
  tcase c;
  tc_init(&c, &in, 3, (int32_t[]){128, 40, 7}, _i ? (int32_t[]){33, 40, 2} : NULL, 22);
  run_ok(&c, 16, 4, 8, 2);
  run_ok(&c, 3, 16, 4, 1);
  run_ok(&c, 1, 5, 1, 1);
  tc_free(&c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime_layouts");
  TCase *tc = tcase_create("layouts");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, paged_equals_contiguous, 0, 18);
  tcase_add_loop_test(tc, ring_equals_unwrapped, 0, 24);
  tcase_add_test(tc, ring_refuses_lost_keys);
  tcase_add_loop_test(tc, window_masks, 0, (int)(sizeof WINDOWS / sizeof WINDOWS[0]));
  tcase_add_loop_test(tc, window_dispatch, 0, 2);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
