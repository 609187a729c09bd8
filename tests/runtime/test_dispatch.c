/*
 * Dispatch: attnrt_run and attnrt_tasks/attnrt_task around scalar_tile,
 * against attnrt_reference, over head shapes (MHA, GQA, MQA), phases with
 * ragged lengths, masks, tile descriptors and thread counts, so that split-KV
 * (with empty splits) and the merge run.
 *
 * Tolerance (testutil.c, tu_tol): both sides read the same converted inputs,
 * so the cache dtype does not loosen it; out in f32 1e-5 relative to
 * max(1, |ref|), f16 2e-3, bf16 1.6e-2 (two units in the last place: both
 * round an f32 result); lse 1e-5.
 */
#include <check.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define CAP 128

typedef struct heads { int32_t hq, hkv, d, dv; const char *name; } heads;
static const heads HEADS[] = {{4, 4, 16, 16, "MHA"}, {8, 2, 16, 8, "GQA"}, {4, 1, 8, 24, "MQA"}};

typedef struct lengths { int32_t phase, batch, kv[4], q[4]; } lengths;
static const lengths LENGTHS[] = {
    {ATTN_DECODE, 3, {1, 37, 100}, {0}},
    {ATTN_DECODE, 1, {100}, {0}},
    {ATTN_PREFILL, 3, {0, 1, 45}, {0}},
    {ATTN_PREFILL, 1, {70}, {0}},
    {ATTN_MIXED, 4, {5, 3, 40, 17}, {0, 3, 1, 17}},
    {ATTN_MIXED, 1, {90}, {2}},
};

/* q_tile, head_block (0: the group; -1: half the group or 1), key_align, min_split */
static const int32_t PARAMS[][4] = {{1, 1, 1, 1}, {4, 0, 8, 4}, {16, -1, 16, 32}, {3, 1, 4, 1}};

static const int32_t DTYPES[][3] = {{ATTN_F32, ATTN_F32, ATTN_F32}, {ATTN_F32, ATTN_F16, ATTN_F32},
                                    {ATTN_F32, ATTN_BF16, ATTN_F32}, {ATTN_F16, ATTN_F16, ATTN_F16},
                                    {ATTN_BF16, ATTN_BF16, ATTN_BF16}};

#define N_HEADS 3
#define N_LENGTHS 6
#define N_PARAMS 4
#define N_CONFIGS (N_HEADS * N_LENGTHS * 2 * N_PARAMS)

typedef struct config {
  attn_info info;
  const lengths *len;
  int32_t params[4];
  char name[160];
} config;

static void make_config(int i, int variant, config *c) {
  const heads *h = &HEADS[i % N_HEADS];
  c->len = &LENGTHS[i / N_HEADS % N_LENGTHS];
  int causal = i / (N_HEADS * N_LENGTHS) % 2;
  memcpy(c->params, PARAMS[i / (N_HEADS * N_LENGTHS * 2)], sizeof c->params);
  int32_t group = h->hq / h->hkv;
  if (c->params[1] == -1)
    c->params[1] = group % 2 ? 1 : group / 2;
  const int32_t *dt = DTYPES[(i + 2 * variant) % 5];
  c->info = tu_info(h->hq, h->hkv, h->d, h->dv, c->len->phase, CAP);
  c->info.dtype_q = dt[0];
  c->info.dtype_cache = dt[1];
  c->info.dtype_out = dt[2];
  c->info.order = variant ? ATTN_HEAD_MAJOR : ATTN_TOKEN_MAJOR;
  c->info.causal = causal;
  c->info.lse = (i + variant) % 2;
  c->info.scale *= 1.5f;
  snprintf(c->name, sizeof c->name, "config %d.%d: %s %s batch %d causal %d lse %d dtypes %d/%d/%d order %d tile %d/%d/%d/%d",
           i, variant, h->name, c->len->phase == ATTN_DECODE ? "decode" : c->len->phase == ATTN_PREFILL ? "prefill" : "mixed",
           (int)c->len->batch, causal, (int)c->info.lse, (int)dt[0], (int)dt[1], (int)dt[2], variant, (int)c->params[0],
           (int)c->params[1], (int)c->params[2], (int)c->params[3]);
}

static void init_case(tcase *c, const config *cf, uint64_t seed) {
  tc_init(c, &cf->info, cf->len->batch, cf->len->kv, cf->len->phase == ATTN_MIXED ? cf->len->q : NULL, seed);
  scalar_tile_info = &c->info;
  atomic_store(&scalar_tile_calls, 0);
  atomic_store(&scalar_tile_partial, 0);
  atomic_store(&scalar_tile_bad, 0);
}

static void expect_matches_reference(const tcase *c, const char *what, const char *name) {
  char msg[256] = "";
  double worst;
  int bad = tc_compare(c, msg, sizeof msg, &worst);
  ck_assert_msg(bad == 0, "%s, %s: %d mismatches, first: %s", name, what, bad, msg);
  ck_assert_msg(atomic_load(&scalar_tile_bad) == 0, "%s, %s: tile got work outside its contract", name, what);
}

/* The host-thread-pool path: tasks once, then every task in shuffled order. */
static void run_via_tasks(const attn_kernel *k, tcase *c, uint64_t seed, const char *name) {
  int64_t ws = attnrt_workspace(k, &c->args);
  ck_assert_msg(ws >= 0, "%s: workspace %lld (%s)", name, (long long)ws, attnrt_last_error());
  void *buf = ws ? aligned_alloc(64, (size_t)ws) : NULL;
  c->args.workspace = buf;
  c->args.workspace_size = (size_t)ws;
  int64_t n = attnrt_tasks(k, &c->args);
  ck_assert_msg(n >= 0, "%s: tasks %lld (%s)", name, (long long)n, attnrt_last_error());
  int64_t *order = malloc(sizeof(int64_t) * (size_t)(n ? n : 1));
  for (int64_t i = 0; i < n; i++)
    order[i] = i;
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = (int64_t)(tu_next(&seed) % (uint64_t)(i + 1)), t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  for (int64_t i = 0; i < n; i++) {
    int rc = attnrt_task(k, &c->args, order[i]);
    ck_assert_msg(rc == 0, "%s: task %lld: %s", name, (long long)order[i], attnrt_last_error());
  }
  free(order);
  free(buf);
  c->args.workspace = NULL;
  c->args.workspace_size = 0;
}

START_TEST(run_matches_reference) {
  static const int32_t threads[] = {1, 2, 4, 8};
  for (int variant = 0; variant < 2; variant++) {
    config cf;
    make_config(_i, variant, &cf);
    for (int t = 0; t < 4; t++) {
      uint64_t seed = tu_seed() + (uint64_t)(_i * 64 + variant * 8 + t);
      char name[200];
      snprintf(name, sizeof name, "%s threads %d seed %#llx", cf.name, (int)threads[t], (unsigned long long)seed);
      tcase c;
      init_case(&c, &cf, seed);
      attn_kernel k = tu_kernel(&c.info, cf.params[0], cf.params[1], cf.params[2], cf.params[3]);
      c.args.num_threads = threads[t];
      int rc = attnrt_run(&k, &c.args);
      ck_assert_msg(rc == 0, "%s: run: %s (%s)", name, attnrt_strerror(rc), attnrt_last_error());
      expect_matches_reference(&c, "run", name);
      tc_poison(&c);
      run_via_tasks(&k, &c, seed, name);
      expect_matches_reference(&c, "tasks", name);
      tc_free(&c);
    }
  }
}
END_TEST

/* MQA decode of one sequence of 5 keys on 8 threads, key_align 4: 5 splits
 * of C = 4 keys, [0,4) and [4,5) non-empty, three empty ones. */
START_TEST(split_kv_with_empty_splits) {
  attn_info in = tu_info(4, 1, 8, 8, ATTN_DECODE, 16);
  in.lse = 1;
  tcase c;
  tc_init(&c, &in, 1, (int32_t[]){5}, NULL, tu_seed());
  scalar_tile_info = &c.info;
  atomic_store(&scalar_tile_calls, 0);
  atomic_store(&scalar_tile_partial, 0);
  attn_kernel k = tu_kernel(&c.info, 1, 0, 4, 1);
  c.args.num_threads = 8;
  ck_assert_int_gt(attnrt_workspace(&k, &c.args), 0);
  ck_assert_int_eq(attnrt_run(&k, &c.args), 0);
  ck_assert_int_eq(atomic_load(&scalar_tile_calls), 2);
  ck_assert_int_eq(atomic_load(&scalar_tile_partial), 2);
  expect_matches_reference(&c, "empty splits", "MQA decode kv 5");
  c.args.num_threads = 1; /* one thread: no split */
  ck_assert_int_eq(attnrt_workspace(&k, &c.args), 0);
  tc_free(&c);
}
END_TEST

/* min_split caps the split count: 100 keys, min_split 40 -> 2 splits. */
START_TEST(min_split_caps_splits) {
  attn_info in = tu_info(2, 1, 8, 8, ATTN_DECODE, 128);
  tcase c;
  tc_init(&c, &in, 1, (int32_t[]){100}, NULL, tu_seed() + 1);
  scalar_tile_info = &c.info;
  atomic_store(&scalar_tile_calls, 0);
  attn_kernel k = tu_kernel(&c.info, 1, 0, 1, 40);
  c.args.num_threads = 8;
  ck_assert_int_eq(attnrt_tasks(&k, &(attn_args){0}), ATTN_E_ABI);
  void *ws = aligned_alloc(64, 4096);
  c.args.workspace = ws;
  c.args.workspace_size = 4096;
  ck_assert_int_eq(attnrt_tasks(&k, &c.args), 2);
  ck_assert_int_eq(attnrt_run(&k, &c.args), 0); /* the host's workspace */
  ck_assert_int_eq(atomic_load(&scalar_tile_calls), 2);
  expect_matches_reference(&c, "min_split", "decode kv 100");
  k.min_split = 200; /* fewer keys than one split: no split */
  ck_assert_int_eq(attnrt_tasks(&k, &c.args), 1);
  free(ws);
  tc_free(&c);
}
END_TEST

/* The merge reads splits in order: the same call gives the same bits. */
START_TEST(split_merge_is_deterministic) {
  attn_info in = tu_info(8, 2, 16, 16, ATTN_MIXED, 128);
  in.lse = 1;
  in.causal = 1;
  tcase c;
  tc_init(&c, &in, 2, (int32_t[]){128, 77}, (int32_t[]){3, 1}, tu_seed() + 2);
  scalar_tile_info = &c.info;
  attn_kernel k = tu_kernel(&c.info, 4, 0, 8, 8);
  c.args.num_threads = 8;
  ck_assert_int_gt(attnrt_workspace(&k, &c.args), 0);
  size_t n = (size_t)c.total_q * 8 * 16;
  float *first = malloc(n * sizeof(float)), *lse = malloc((size_t)c.total_q * 8 * sizeof(float));
  ck_assert_int_eq(attnrt_run(&k, &c.args), 0);
  memcpy(first, c.out, n * sizeof(float));
  memcpy(lse, c.lse, (size_t)c.total_q * 8 * sizeof(float));
  for (int rep = 0; rep < 20; rep++) {
    tc_poison(&c);
    ck_assert_int_eq(attnrt_run(&k, &c.args), 0);
    ck_assert_mem_eq(first, c.out, n * sizeof(float));
    ck_assert_mem_eq(lse, c.lse, (size_t)c.total_q * 8 * sizeof(float));
  }
  expect_matches_reference(&c, "deterministic", "mixed causal");
  free(first);
  free(lse);
  tc_free(&c);
}
END_TEST

/* Decode with q_len given as all ones, and num_threads 0 (OpenMP default). */
START_TEST(decode_q_len_ones_default_threads) {
  attn_info in = tu_info(4, 2, 8, 8, ATTN_DECODE, 32);
  tcase c;
  tc_init(&c, &in, 3, (int32_t[]){32, 1, 9}, (int32_t[]){1, 1, 1}, tu_seed() + 3);
  scalar_tile_info = &c.info;
  attn_kernel k = tu_kernel(&c.info, 8, 1, 4, 2);
  ck_assert_int_eq(attnrt_run(&k, &c.args), 0);
  expect_matches_reference(&c, "q_len ones", "decode");
  tc_free(&c);
}
END_TEST

/* Without a host workspace, attnrt_run keeps one per calling thread: a
 * call that needs more grows it (2 then 8 then 3 splits) and later calls
 * reuse it.  Every call checked against the reference on poisoned outputs.
 */
static void run_own_workspace(tcase *c, const attn_kernel *k, int threads, const char *what) {
  c->args.workspace = NULL;
  c->args.workspace_size = 0;
  c->args.num_threads = threads;
  ck_assert_int_gt(attnrt_workspace(k, &c->args), 0);
  tc_poison(c);
  ck_assert_msg(attnrt_run(k, &c->args) == 0, "%s: %s", what, attnrt_last_error());
  expect_matches_reference(c, what, "own workspace");
}

START_TEST(own_workspace_grows_and_is_reused) {
  attn_info in = tu_info(8, 1, 16, 16, ATTN_DECODE, 128); /* MQA: one unit, splits = threads */
  in.lse = 1;
  tcase c;
  tc_init(&c, &in, 1, (int32_t[]){120}, NULL, tu_seed() + 4);
  scalar_tile_info = &c.info;
  attn_kernel k = tu_kernel(&c.info, 1, 0, 4, 4);
  run_own_workspace(&c, &k, 2, "2 threads");
  run_own_workspace(&c, &k, 8, "8 threads (grown)");
  run_own_workspace(&c, &k, 3, "3 threads (reused)");
  tc_free(&c);
}
END_TEST

/* Host threads calling attnrt_run at once on the same descriptor, each
 * with its own buffers, thread counts alternating so that every call plans
 * another split count: each thread's own workspace and the per-unit
 * counters must keep the calls apart.  Decode and mixed (causal), the
 * threads' lengths differ; every call is checked on poisoned outputs. */
#define HOST_THREADS 3
#define HOST_CALLS 40
typedef struct host_job {
  const attn_kernel *k;
  tcase c;
  int own; /* 1: no workspace (attnrt_run's own); 0: one from the host */
  int bad_calls;
  char first[256];
} host_job;

static void *host_thread(void *arg) {
  host_job *j = arg;
  for (int i = 0; i < HOST_CALLS && !j->bad_calls; i++) {
    j->c.args.num_threads = i % 2 ? 8 : 2 + j->own;
    int64_t ws = attnrt_workspace(j->k, &j->c.args);
    void *buf = !j->own && ws > 0 ? aligned_alloc(64, (size_t)ws) : NULL;
    j->c.args.workspace = buf;
    j->c.args.workspace_size = buf ? (size_t)ws : 0;
    tc_poison(&j->c);
    char msg[200] = "";
    int rc = attnrt_run(j->k, &j->c.args);
    if (rc)
      snprintf(msg, sizeof msg, "%s", attnrt_last_error());
    else if (tc_compare(&j->c, msg, sizeof msg, NULL) == 0)
      msg[0] = 0;
    else if (!msg[0])
      snprintf(msg, sizeof msg, "mismatch");
    if (msg[0] && j->bad_calls++ == 0)
      snprintf(j->first, sizeof j->first, "call %d (%d threads, %lld-byte workspace): %s", i,
               (int)j->c.args.num_threads, (long long)ws, msg);
    free(buf);
  }
  return NULL;
}

START_TEST(host_threads_call_at_once) {
  static const int32_t kv[HOST_THREADS][2] = {{128, 93}, {57, 128}, {1, 100}}, q[HOST_THREADS][2] = {
      {3, 1}, {1, 17}, {1, 5}};
  int32_t phase = _i ? ATTN_MIXED : ATTN_DECODE;
  attn_info in = tu_info(8, 2, 16, 16, phase, 128);
  in.lse = 1;
  in.causal = 1;
  host_job jobs[HOST_THREADS];
  for (int t = 0; t < HOST_THREADS; t++) {
    jobs[t] = (host_job){.own = t != 0};
    tc_init(&jobs[t].c, &in, 2, kv[t], phase == ATTN_MIXED ? q[t] : NULL, tu_seed() + 10 + (uint64_t)t);
  }
  scalar_tile_info = &jobs[0].c.info; /* the same shapes in every job */
  atomic_store(&scalar_tile_bad, 0);
  attn_kernel k = tu_kernel(&jobs[0].c.info, 1, 0, 4, 4);
  pthread_t th[HOST_THREADS];
  for (int t = 0; t < HOST_THREADS; t++) {
    jobs[t].k = &k;
    ck_assert_int_eq(pthread_create(&th[t], NULL, host_thread, &jobs[t]), 0);
  }
  for (int t = 0; t < HOST_THREADS; t++)
    pthread_join(th[t], NULL);
  for (int t = 0; t < HOST_THREADS; t++) {
    ck_assert_msg(jobs[t].bad_calls == 0, "host thread %d: %d bad calls, first %s", t, jobs[t].bad_calls,
                  jobs[t].first);
    tc_free(&jobs[t].c);
  }
  ck_assert_int_eq(atomic_load(&scalar_tile_bad), 0);
}
END_TEST

/* Nothing to do: batch 0, or only empty sequences. */
START_TEST(nothing_to_do) {
  attn_info in = tu_info(4, 2, 8, 8, ATTN_MIXED, 32);
  scalar_tile_info = &in;
  atomic_store(&scalar_tile_calls, 0);
  attn_kernel k = tu_kernel(&in, 4, 1, 4, 2);
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof a};
  ck_assert_int_eq(attnrt_run(&k, &a), 0);
  ck_assert_int_eq(attnrt_tasks(&k, &a), 0);
  ck_assert_int_eq(attnrt_workspace(&k, &a), 0);
  tcase c;
  tc_init(&c, &in, 2, (int32_t[]){4, 0}, (int32_t[]){0, 0}, 1);
  ck_assert_int_eq(attnrt_run(&k, &c.args), 0);
  ck_assert_int_eq(attnrt_tasks(&k, &c.args), 0);
  ck_assert_int_eq(atomic_load(&scalar_tile_calls), 0);
  tc_free(&c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime_dispatch");
  TCase *grid = tcase_create("grid");
  tcase_set_timeout(grid, 120);
  tcase_add_loop_test(grid, run_matches_reference, 0, N_CONFIGS);
  suite_add_tcase(s, grid);
  TCase *tc = tcase_create("split");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, split_kv_with_empty_splits);
  tcase_add_test(tc, min_split_caps_splits);
  tcase_add_test(tc, split_merge_is_deterministic);
  tcase_add_test(tc, decode_q_len_ones_default_threads);
  tcase_add_test(tc, nothing_to_do);
  tcase_add_test(tc, own_workspace_grows_and_is_reused);
  tcase_add_loop_test(tc, host_threads_call_at_once, 0, 2);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
