/* Argument checks: every status for every cause, with its detail message;
 * status names; the thread-local detail; workspace and task errors. */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static float dummy[64];
static int32_t kv[4], ql[4];
static float lse_buf[16];

/* A valid mixed call of 4 sequences against capacity 4096; tests break one thing. */
static attn_info info;
static attn_args args;

static void setup(void) {
  info = tu_info(4, 2, 8, 8, ATTN_MIXED, 4096);
  info.lse = 1;
  int32_t k0[4] = {10, 4096, 1, 7}, q0[4] = {2, 1, 0, 7};
  memcpy(kv, k0, sizeof kv);
  memcpy(ql, q0, sizeof ql);
  args = (attn_args){.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args), .batch = 4,
                     .kv_len = kv, .q_len = ql, .q = dummy, .out = dummy, .lse = lse_buf,
                     .k_cache = dummy, .v_cache = dummy};
}

static void expect(int status, const char *detail) {
  int rc = attnrt_check_args(&info, &args);
  ck_assert_msg(rc == status, "got %s, want %s (%s)", attnrt_strerror(rc), attnrt_strerror(status),
                attnrt_last_error());
  if (detail)
    ck_assert_str_eq(attnrt_last_error(), detail);
}

START_TEST(status_names) {
  ck_assert_str_eq(attnrt_strerror(ATTN_OK), "ATTN_OK: success");
  ck_assert_str_eq(attnrt_strerror(ATTN_E_NULL), "ATTN_E_NULL: a required pointer is null");
  ck_assert_str_eq(attnrt_strerror(ATTN_E_ABI),
                   "ATTN_E_ABI: argument struct has an ABI version or size this kernel cannot read");
  ck_assert_str_eq(attnrt_strerror(ATTN_E_RANGE), "ATTN_E_RANGE: a length or count is out of range");
  ck_assert_str_eq(attnrt_strerror(ATTN_E_CAPACITY), "ATTN_E_CAPACITY: a sequence would exceed the cache capacity");
  ck_assert_str_eq(attnrt_strerror(ATTN_E_WORKSPACE), "ATTN_E_WORKSPACE: the workspace is too small");
  ck_assert_str_eq(attnrt_strerror(ATTN_E_NOMEM), "ATTN_E_NOMEM: out of memory");
  ck_assert_str_eq(attnrt_strerror(ATTN_E_TASK), "ATTN_E_TASK: task index out of range");
  ck_assert_str_eq(attnrt_strerror(ATTN_E_PAGE),
                   "ATTN_E_PAGE: a page index is outside the pool, or a page to write is shared");
  ck_assert_str_eq(attnrt_strerror(-99), "unknown attncc status -99");
  ck_assert_str_eq(attnrt_strerror(5), "unknown attncc status 5");
}
END_TEST

static void *fail_in_thread(void *arg) {
  (void)arg;
  char before = attnrt_last_error()[0];
  attn_args a = {.abi_version = 8, .struct_size = sizeof a};
  int rc = attnrt_check_args(&info, &a);
  return (void *)(intptr_t)(before == 0 && rc == ATTN_E_ABI && strstr(attnrt_last_error(), "abi_version = 8"));
}

START_TEST(detail_is_per_thread) {
  args.kv_len = NULL;
  expect(ATTN_E_NULL, "kv_len is null (batch = 4)");
  pthread_t t;
  void *ok;
  ck_assert_int_eq(pthread_create(&t, NULL, fail_in_thread, NULL), 0);
  pthread_join(t, &ok);
  ck_assert_msg(ok, "a new thread starts with \"\" and records its own detail");
  ck_assert_str_eq(attnrt_last_error(), "kv_len is null (batch = 4)");
  args.kv_len = kv;
  expect(ATTN_OK, NULL);
  ck_assert_str_eq(attnrt_last_error(), "kv_len is null (batch = 4)"); /* success keeps it, like errno */
}
END_TEST

START_TEST(abi) {
  expect(ATTN_OK, NULL);
  args.abi_version = 1;
  expect(ATTN_E_ABI, "attn_args.abi_version = 1, this runtime reads 7");
  args.abi_version = ATTN_ABI_VERSION;
  args.struct_size = sizeof(attn_args) - 8;
  char want[96];
  snprintf(want, sizeof want, "attn_args.struct_size = %zu, this runtime reads %zu", sizeof(attn_args) - 8,
           sizeof(attn_args));
  expect(ATTN_E_ABI, want);
  args.struct_size = sizeof(attn_args) + 8;
  expect(ATTN_E_ABI, NULL);
  args.struct_size = sizeof(attn_args);
  info.abi_version = 0;
  expect(ATTN_E_ABI, "attn_info.abi_version = 0, this runtime reads 7");
  ck_assert_int_eq(attnrt_check_args(&info, NULL), ATTN_E_NULL);
  info.abi_version = ATTN_ABI_VERSION;
  ck_assert_int_eq(attnrt_check_args(NULL, &args), ATTN_E_NULL);
  ck_assert_str_eq(attnrt_last_error(), "attn_info is null");
}
END_TEST

START_TEST(counts) {
  args.batch = -1;
  expect(ATTN_E_RANGE, "batch = -1 is negative");
  args.batch = 4;
  args.num_threads = -2;
  expect(ATTN_E_RANGE, "num_threads = -2 is negative");
  args.num_threads = 0;
  args = (attn_args){.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  expect(ATTN_OK, NULL); /* batch 0 needs no pointer at all */
}
END_TEST

START_TEST(null_pointers) {
  const void **fields[] = {(const void **)&args.q, (const void **)&args.out, (const void **)&args.k_cache,
                           (const void **)&args.v_cache};
  const char *details[] = {"q is null (batch = 4)", "out is null (batch = 4)", "k_cache is null (batch = 4)",
                           "v_cache is null (batch = 4)"};
  for (int i = 0; i < 4; i++) {
    const void *keep = *fields[i];
    *fields[i] = NULL;
    expect(ATTN_E_NULL, details[i]);
    *fields[i] = keep;
  }
  args.q_len = NULL;
  expect(ATTN_E_NULL, "q_len is null, but phase mixed needs it");
  args.q_len = ql;
  args.lse = NULL;
  expect(ATTN_E_NULL, "lse is null, but the kernel has output.lse");
  info.lse = 0;
  expect(ATTN_OK, NULL);
  args.lse = lse_buf;
  expect(ATTN_E_NULL, "lse is set, but the kernel has no output.lse and would never write it");
}
END_TEST

START_TEST(lengths) {
  kv[3] = 5000;
  expect(ATTN_E_CAPACITY, "kv_len[3] = 5000 exceeds cache.capacity 4096");
  kv[3] = -1;
  expect(ATTN_E_RANGE, "kv_len[3] = -1 is negative");
  kv[3] = 7;
  ql[0] = 11;
  expect(ATTN_E_RANGE, "q_len[0] = 11 is outside 0 .. kv_len[0] = 10");
  ql[0] = -1;
  expect(ATTN_E_RANGE, "q_len[0] = -1 is outside 0 .. kv_len[0] = 10");
  ql[0] = 2;
  info.phase = ATTN_PREFILL;
  expect(ATTN_E_RANGE, "q_len[0] = 2, but prefill needs q_len == kv_len[0] = 10");
  args.q_len = NULL;
  expect(ATTN_OK, NULL);
  info.phase = ATTN_DECODE;
  kv[2] = 0;
  expect(ATTN_E_RANGE, "kv_len[2] = 0, but decode needs the new token in the cache (kv_len >= 1)");
  kv[2] = 1;
  args.q_len = ql;
  expect(ATTN_E_RANGE, "q_len[0] = 2, but decode has one query per sequence");
  int32_t ones[4] = {1, 1, 1, 1};
  args.q_len = ones;
  expect(ATTN_OK, NULL);
}
END_TEST

START_TEST(bad_info) {
  info.heads_q = 6;
  info.heads_kv = 4;
  expect(ATTN_E_RANGE, "attn_info: heads_q = 6 is not a positive multiple of heads_kv = 4");
  info.heads_kv = 2;
  info.heads_q = 4;
  info.dtype_cache = 7;
  expect(ATTN_E_RANGE, "attn_info: unknown dtype (q 0, cache 7, out 0)");
  info.dtype_cache = ATTN_F32;
  info.dtype_q = ATTN_I8; /* quantized types are cache types only */
  expect(ATTN_E_RANGE, "attn_info: unknown dtype (q 3, cache 0, out 0)");
  info.dtype_q = ATTN_F32;
  info.dtype_cache = ATTN_Q4; /* dim 8: no whole group of 32 */
  expect(ATTN_E_RANGE, "attn_info: a q4 cache needs dim and v_dim multiples of 32 (8, 8)");
  info.dtype_cache = ATTN_I8;
  info.v_dim = 1024;
  expect(ATTN_E_RANGE, "attn_info: an i8 or q4 cache needs dim and v_dim <= 512 (8, 1024)");
  info.v_dim = 8;
  info.dtype_cache = ATTN_F16;
  info.order = 2;
  expect(ATTN_E_RANGE, "attn_info: unknown cache order 2");
  info.order = ATTN_HEAD_MAJOR;
  info.v_dim = 0;
  expect(ATTN_E_RANGE, "attn_info: dim = 8, v_dim = 0, both must be >= 1");
  info.v_dim = 8;
  info.phase = 3;
  expect(ATTN_E_RANGE, "attn_info: unknown phase 3");
  info.phase = ATTN_MIXED;
  info.layout = 3;
  expect(ATTN_E_RANGE, "attn_info: unknown cache layout 3");
  info.layout = ATTN_PAGED;
  expect(ATTN_E_RANGE, "attn_info: page_size = 0, but cache layout 1 needs a power of two from 1 to 512");
  info.page_size = 24;
  expect(ATTN_E_RANGE, "attn_info: page_size = 24, but cache layout 1 needs a power of two from 1 to 512");
  info.page_size = 1024;
  expect(ATTN_E_RANGE, NULL);
  info.layout = ATTN_CONTIGUOUS;
  expect(ATTN_E_RANGE, "attn_info: page_size = 1024, but cache layout 0 needs 0");
  info.page_size = 0;
  info.window = -1;
  expect(ATTN_E_RANGE, "attn_info: window = -1 is negative");
  info.window = 0;
  info.layout = ATTN_RING;
  expect(ATTN_E_RANGE, "attn_info: a ring cache needs 1 <= window <= capacity (window 0, capacity 4096)");
  info.window = 4097;
  expect(ATTN_E_RANGE, "attn_info: a ring cache needs 1 <= window <= capacity (window 4097, capacity 4096)");
  info.window = 0;
  info.layout = ATTN_CONTIGUOUS;
  /* ABI 6: sinks beside a window and not in a ring; alibi 0/1; softcap 0 or finite > 0 */
  info.sinks = 4;
  expect(ATTN_E_RANGE, "attn_info: sinks = 4 needs >= 0, a window, and no ring (window 0, layout 0)");
  info.window = 64;
  expect(ATTN_OK, NULL);
  info.layout = ATTN_RING;
  expect(ATTN_E_RANGE, "attn_info: sinks = 4 needs >= 0, a window, and no ring (window 64, layout 2)");
  info.layout = ATTN_CONTIGUOUS;
  info.sinks = -1;
  expect(ATTN_E_RANGE, "attn_info: sinks = -1 needs >= 0, a window, and no ring (window 64, layout 0)");
  info.sinks = 0, info.window = 0;
  info.alibi = 2;
  expect(ATTN_E_RANGE, "attn_info: alibi = 2 (0 or 1) or softcap = 0 (0 or finite > 0) is out of range");
  info.alibi = 1, info.softcap = -1.0f;
  expect(ATTN_E_RANGE, "attn_info: alibi = 1 (0 or 1) or softcap = -1 (0 or finite > 0) is out of range");
  info.softcap = NAN;
  expect(ATTN_E_RANGE, NULL);
  info.softcap = INFINITY;
  expect(ATTN_E_RANGE, NULL);
  info.softcap = 30.0f;
  expect(ATTN_OK, NULL);
  info.alibi = 0, info.softcap = 0;
  /* ABI 7: prefix_lm needs causal; documents and block_sparse no sinks; none in a ring */
  static int32_t zeros[4 * 4097];
  args.prefix_len = args.doc_id = args.block_row = args.block_col = zeros;
  info.prefix_lm = 1;
  expect(ATTN_E_RANGE, "attn_info: prefix_lm = 1, documents = 0, block_size = 0 with causal 0, sinks 0, layout 0 is "
                       "not a combination attncc builds");
  info.causal = 1;
  expect(ATTN_OK, NULL);
  info.documents = 1, info.block_size = 64;
  expect(ATTN_OK, NULL);
  info.window = 64, info.sinks = 4;
  expect(ATTN_E_RANGE, NULL);
  info.documents = 0;
  expect(ATTN_E_RANGE, NULL);
  info.block_size = 0;
  expect(ATTN_OK, NULL);
  info.sinks = 0, info.layout = ATTN_RING;
  expect(ATTN_E_RANGE, NULL);
  info.layout = ATTN_CONTIGUOUS, info.window = 0, info.prefix_lm = 0, info.causal = 0;
  info.block_size = -1;
  expect(ATTN_E_RANGE, NULL);
  info.block_size = 0, info.documents = 2;
  expect(ATTN_E_RANGE, NULL);
  info.documents = 0, info.n_tensors = 1;
  expect(ATTN_E_RANGE, "attn_info: n_tensors = 1 (0 .. 16, with tensor set)");
  info.n_tensors = 0;
  /* cache stores: widths must agree with the store */
  info.store = 5;
  expect(ATTN_E_RANGE, "attn_info: unknown cache store 5");
  info.store = ATTN_STORE_V_ONLY; /* GQA: no square W_v */
  expect(ATTN_E_RANGE, "attn_info: store v_only needs heads_kv == heads_q (2, 4), token_major, cache_dim = Hq * Dv "
                       "(0) and rope_dim = 0 (0)");
  info.store = ATTN_STORE_KV;
  info.cache_dim = 16;
  expect(ATTN_E_RANGE, "attn_info: store kv has cache_dim = 16, rope_dim = 0 (both must be 0)");
  info.store = ATTN_STORE_LATENT;
  info.rope_dim = 8; /* dim is 8: no latent-scored part left */
  expect(ATTN_E_RANGE, "attn_info: store latent with cache_dim = 16, rope_dim = 8, dim = 8");
  info.rope_dim = 4;
  info.store = ATTN_STORE_X;
  expect(ATTN_E_RANGE, "attn_info: store x with cache_dim = 16, rope_dim = 4, dim = 8");
  info.rope_dim = 0;
  args.w_out = args.w_absorb = NULL;
  expect(ATTN_E_NULL, "w_out is null (batch = 4)");
  static const float w[1];
  args.w_out = w;
  expect(ATTN_E_NULL, "w_absorb is null (batch = 4)");
  args.w_absorb = w;
  args.v_cache = NULL; /* not read by row stores */
  expect(ATTN_OK, NULL);
  info.dtype_cache = ATTN_FP8_E4M3; /* row stores stay unquantized and contiguous */
  expect(ATTN_E_RANGE, "attn_info: cache store 2 needs layout contiguous and cache type f32, f16 or bf16 (layout 0, type 4)");
  info.dtype_cache = ATTN_F16;
  info.layout = ATTN_RING;
  info.window = 16;
  expect(ATTN_E_RANGE, "attn_info: cache store 2 needs layout contiguous and cache type f32, f16 or bf16 (layout 2, type 1)");
}
END_TEST

/* ABI 5 arguments: reserved5, the page table of a paged cache. */
START_TEST(paged_args) {
  expect(ATTN_OK, NULL);
  args.reserved5 = 1;
  expect(ATTN_E_RANGE, "reserved5 = 1, must be 0");
  args.reserved5 = 0;
  info.layout = ATTN_PAGED;
  info.page_size = 512; /* 8 entries per sequence */
  expect(ATTN_E_NULL, "page_table is null, but cache.layout paged needs it (batch = 4)");
  int32_t table[32];
  for (int i = 0; i < 32; i++)
    table[i] = 99; /* past kv_len: never read */
  int32_t used[] = {0, 8, 9, 10, 11, 12, 13, 14, 15, 16, 24};
  for (int i = 0; i < 11; i++)
    table[used[i]] = i % 7;
  table[17] = -1;
  args.page_table = table;
  expect(ATTN_E_RANGE, "num_pages = 0, but cache.layout paged needs >= 1");
  args.num_pages = 7;
  expect(ATTN_OK, NULL);
  table[15] = 7;
  expect(ATTN_E_PAGE, "page_table[15] (sequence 1, entry 7) = 7 is outside 0 .. num_pages - 1 = 6");
  ck_assert_int_eq(attnrt_total_q(&info, &args), 10); /* lengths only: no page table read */
  table[15] = 4;
  kv[2] = 513; /* sequence 2's second entry is now read */
  ql[2] = 1;
  expect(ATTN_E_PAGE, "page_table[17] (sequence 2, entry 1) = -1 is outside 0 .. num_pages - 1 = 6");
  kv[2] = 512;
  expect(ATTN_OK, NULL);
  kv[1] = 4097; /* paged keeps the capacity rule */
  expect(ATTN_E_CAPACITY, "kv_len[1] = 4097 exceeds cache.capacity 4096");
}
END_TEST

/* A ring's kv_len may exceed its capacity while every query's window is
 * still in the ring. */
START_TEST(ring_lengths) {
  info.layout = ATTN_RING;
  info.capacity = 64;
  info.window = 16;
  info.causal = 1;
  int32_t k1[4] = {1000, 64, 65, 7}, q1[4] = {49, 1, 49, 7};
  memcpy(kv, k1, sizeof kv);
  memcpy(ql, q1, sizeof ql);
  expect(ATTN_OK, NULL); /* 1000: first query at 951 needs 936 = 1000 - 64 */
  ql[0] = 50;
  expect(ATTN_E_RANGE, "kv_len[0] = 1000 with 50 queries: the query at position 950 needs keys from position 935 "
                       "(window 16), but the ring (capacity 64) holds positions 936 .. 999 only");
  ql[0] = 0; /* no query needs anything */
  expect(ATTN_OK, NULL);
  ql[2] = 50;
  expect(ATTN_E_RANGE, NULL);
  ql[2] = 49;
  info.phase = ATTN_DECODE;
  args.q_len = NULL;
  expect(ATTN_OK, NULL); /* decode: window <= capacity always fits */
  info.phase = ATTN_PREFILL;
  expect(ATTN_E_RANGE, "kv_len[0] = 1000 with 1000 queries: the query at position 0 needs keys from position 0 "
                       "(window 16), but the ring (capacity 64) holds positions 936 .. 999 only");
  info.layout = ATTN_CONTIGUOUS;
  info.capacity = 4096;
  expect(ATTN_OK, NULL);
}
END_TEST

/* ABI 7: the run-time mask data, checked over each sequence's positions < kv_len. */
START_TEST(mask_args) {
  info.capacity = 16;
  int32_t k1[4] = {10, 16, 1, 7}, q1[4] = {2, 1, 0, 7};
  memcpy(kv, k1, sizeof kv);
  memcpy(ql, q1, sizeof ql);
  info.causal = info.prefix_lm = 1;
  expect(ATTN_E_NULL, "prefix_len is null, but the kernel has mask.prefix_lm");
  int32_t prefix[4] = {0, 20, 3, 0};
  args.prefix_len = prefix;
  expect(ATTN_OK, NULL); /* beyond kv_len is allowed: every key is then in the prefix */
  prefix[2] = -1;
  expect(ATTN_E_RANGE, "prefix_len[2] = -1 is negative");
  prefix[2] = 0, info.prefix_lm = 0;
  info.documents = 1;
  expect(ATTN_E_NULL, "doc_id is null, but the kernel has mask.documents");
  int32_t doc[4 * 16] = {0};
  for (int p = 0; p < 16; p++) doc[16 + p] = p / 5; /* sequence 1: 0 0 0 0 0 1 .. 3 */
  doc[10] = -5;                                    /* sequence 0 past its kv_len: not read */
  args.doc_id = doc;
  expect(ATTN_OK, NULL);
  doc[16 + 11] = 1;
  expect(ATTN_E_RANGE, "doc_id[1 * capacity + 11] = 1 is below the id before it (2): a sequence's document ids must "
                       "not decrease along positions (packed documents are runs)");
  doc[16 + 11] = 2, info.documents = 0;
  info.block_size = 4; /* 4 block rows of 5 entries a sequence */
  expect(ATTN_E_NULL, "block_row is null, but the kernel has mask.block_sparse");
  int32_t rows[4 * 5] = {0, 1, 2, 3, 4, /**/ 4, 5, 6, 8, 10, /**/ 10, 10, 10, 10, 10, /**/ 10, 11, 12, 13, 14};
  int32_t cols[14] = {0, 1, 2, 3, /**/ 0, 1, 0, 2, 1, 3, /**/ 0, 1, 2, 3};
  args.block_row = rows;
  expect(ATTN_E_NULL, "block_col is null, but the kernel has mask.block_sparse");
  args.block_col = cols;
  expect(ATTN_OK, NULL);
  cols[9] = 4;
  expect(ATTN_E_RANGE, "block_col[9] = 4 (sequence 1, query block 3): key blocks must be in 0 .. 3 and strictly "
                       "increasing along a row");
  cols[9] = 1; /* repeated */
  expect(ATTN_E_RANGE, NULL);
  cols[9] = 3, rows[7] = 4;
  expect(ATTN_E_RANGE, "block_row of sequence 1 decreases at block 1 (5, then 4)");
  rows[7] = 6;
  kv[0] = 4, ql[0] = 2; /* sequence 0's rows past kv_len are not read */
  rows[2] = -7;
  expect(ATTN_OK, NULL);
  rows[0] = -1;
  expect(ATTN_E_RANGE, "block_row[0 * 5] = -1 is negative");
}
END_TEST

START_TEST(total_q) {
  ck_assert_int_eq(attnrt_total_q(&info, &args), 2 + 1 + 0 + 7);
  args.q = args.out = NULL; /* rows are known before q and out exist */
  ck_assert_int_eq(attnrt_total_q(&info, &args), 10);
  info.phase = ATTN_PREFILL;
  args.q_len = NULL;
  ck_assert_int_eq(attnrt_total_q(&info, &args), 10 + 4096 + 1 + 7);
  info.phase = ATTN_DECODE;
  ck_assert_int_eq(attnrt_total_q(&info, &args), 4);
  kv[1] = 4097;
  ck_assert_int_eq(attnrt_total_q(&info, &args), -1);
  ck_assert_str_eq(attnrt_last_error(), "kv_len[1] = 4097 exceeds cache.capacity 4096");
  args.batch = 0;
  ck_assert_int_eq(attnrt_total_q(&info, &args), 0);
}
END_TEST

/* The kernel descriptor is checked by every dispatch entry point. */
START_TEST(bad_kernel) {
  attn_kernel k = tu_kernel(&info, 4, 1, 4, 8);
  ck_assert_int_eq(attnrt_run(NULL, &args), ATTN_E_NULL);
  ck_assert_str_eq(attnrt_last_error(), "attn_kernel is null");
  k.head_block = 3;
  ck_assert_int_eq(attnrt_tasks(&k, &args), ATTN_E_RANGE);
  ck_assert_str_eq(attnrt_last_error(), "attn_kernel: head_block = 3 does not divide the group of 2 heads");
  k.head_block = 2;
  k.q_tile = 0;
  ck_assert_int_eq(attnrt_workspace(&k, &args), ATTN_E_RANGE);
  ck_assert_str_eq(attnrt_last_error(), "attn_kernel: q_tile = 0, key_align = 4, min_split = 8, all must be >= 1");
  k.q_tile = 4;
  k.tile = NULL;
  ck_assert_int_eq(attnrt_task(&k, &args, 0), ATTN_E_NULL);
  ck_assert_str_eq(attnrt_last_error(), "attn_kernel.tile is null");
  k.tile = scalar_tile;
  k.info = NULL;
  ck_assert_int_eq(attnrt_run(&k, &args), ATTN_E_NULL);
  ck_assert_str_eq(attnrt_last_error(), "attn_info is null");
}
END_TEST

/* Entry points pass the argument checks' status through. */
START_TEST(entry_points_check) {
  attn_kernel k = tu_kernel(&info, 4, 1, 4, 8);
  kv[0] = 4097;
  ck_assert_int_eq(attnrt_run(&k, &args), ATTN_E_CAPACITY);
  ck_assert_int_eq(attnrt_tasks(&k, &args), ATTN_E_CAPACITY);
  ck_assert_int_eq(attnrt_workspace(&k, &args), ATTN_E_CAPACITY);
  ck_assert_int_eq(attnrt_reference(&info, &args), ATTN_E_CAPACITY);
  kv[0] = 10;
  args.abi_version = 0;
  ck_assert_int_eq(attnrt_run(&k, &args), ATTN_E_ABI);
  ck_assert_int_eq(attnrt_task(&k, &args, 0), ATTN_E_ABI);
  ck_assert_int_eq(attnrt_append(&k, &args), ATTN_E_ABI);
  args.abi_version = ATTN_ABI_VERSION;
  ql[3] = 8; /* a task checks the lengths too */
  ck_assert_int_eq(attnrt_task(&k, &args, 0), ATTN_E_RANGE);
  ck_assert_str_eq(attnrt_last_error(), "q_len[3] = 8 is outside 0 .. kv_len[3] = 7");
  ql[3] = 7;
  info.phase = ATTN_DECODE; /* decode: the task's own sequence, O(1) */
  args.q_len = NULL;
  args.num_threads = 1;
  kv[1] = 0;
  ck_assert_int_eq(attnrt_task(&k, &args, 4), ATTN_E_RANGE); /* 4 units per sequence */
  ck_assert_str_eq(attnrt_last_error(), "kv_len[1] = 0, but decode needs the new token in the cache (kv_len >= 1)");
  kv[1] = 4096;
  info.phase = ATTN_MIXED;
  args.q_len = ql;
  args.out = NULL;
  ck_assert_int_eq(attnrt_task(&k, &args, 0), ATTN_E_NULL);
  args.num_threads = 1;
  ck_assert_int_eq(attnrt_workspace(&k, &args), 0); /* needs the lengths only */
}
END_TEST

/* Split-KV calls need a big enough, aligned workspace prepared by tasks. */
START_TEST(workspace_and_tasks) {
  tcase c;
  attn_info in = tu_info(2, 1, 8, 8, ATTN_DECODE, 64);
  tc_init(&c, &in, 1, (int32_t[]){64}, NULL, 1);
  scalar_tile_info = &c.info;
  attn_kernel k = tu_kernel(&c.info, 1, 0, 8, 8);
  c.args.num_threads = 4; /* one unit, 4 threads: 4 splits */
  int64_t need = attnrt_workspace(&k, &c.args);
  ck_assert_int_gt(need, 0);
  ck_assert_int_eq(need % 64, 0);
  ck_assert_int_eq(attnrt_tasks(&k, &c.args), ATTN_E_WORKSPACE);
  char want[128];
  snprintf(want, sizeof want, "workspace is null, but this call splits keys 4 ways and needs %lld bytes", (long long)need);
  ck_assert_str_eq(attnrt_last_error(), want);
  char *buf = aligned_alloc(64, (size_t)need + 64);
  memset(buf, 0, (size_t)need + 64);
  c.args.workspace = buf;
  c.args.workspace_size = (size_t)need - 1;
  ck_assert_int_eq(attnrt_tasks(&k, &c.args), ATTN_E_WORKSPACE);
  ck_assert_int_eq(attnrt_run(&k, &c.args), ATTN_E_WORKSPACE); /* a host's small workspace is not replaced */
  snprintf(want, sizeof want, "workspace_size = %lld, but this call needs %lld bytes", (long long)need - 1, (long long)need);
  ck_assert_str_eq(attnrt_last_error(), want);
  c.args.workspace = buf + 4;
  c.args.workspace_size = (size_t)need;
  ck_assert_int_eq(attnrt_tasks(&k, &c.args), ATTN_E_WORKSPACE);
  c.args.workspace = buf;
  ck_assert_int_eq(attnrt_task(&k, &c.args, 0), ATTN_E_WORKSPACE); /* tasks() not called */
  ck_assert_str_eq(attnrt_last_error(), "workspace was not prepared by NAME_tasks for these arguments (1 units x 4 splits)");
  ck_assert_int_eq(attnrt_tasks(&k, &c.args), 4);
  ck_assert_int_eq(attnrt_task(&k, &c.args, 4), ATTN_E_TASK);
  ck_assert_str_eq(attnrt_last_error(), "task 4 is outside 0 .. 3");
  ck_assert_int_eq(attnrt_task(&k, &c.args, -1), ATTN_E_TASK);
  for (int i = 3; i >= 0; i--)
    ck_assert_int_eq(attnrt_task(&k, &c.args, i), 0);
  char msg[256];
  ck_assert_msg(tc_compare(&c, msg, sizeof msg, NULL) == 0, "%s", msg);
  free(buf);
  tc_free(&c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime_check");
  TCase *tc = tcase_create("check");
  tcase_add_checked_fixture(tc, setup, NULL);
  tcase_add_test(tc, status_names);
  tcase_add_test(tc, detail_is_per_thread);
  tcase_add_test(tc, abi);
  tcase_add_test(tc, counts);
  tcase_add_test(tc, null_pointers);
  tcase_add_test(tc, lengths);
  tcase_add_test(tc, bad_info);
  tcase_add_test(tc, paged_args);
  tcase_add_test(tc, ring_lengths);
  tcase_add_test(tc, total_q);
  tcase_add_test(tc, mask_args);
  tcase_add_test(tc, bad_kernel);
  tcase_add_test(tc, entry_points_check);
  tcase_add_test(tc, workspace_and_tasks);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
