/*
 * Compiler contexts: kernels of the same name side by side in one context,
 * freed kernels' libraries reused, the context's defines, concurrent
 * compiles into one context (cold and from the cache), and targets a
 * context cannot JIT for reported as diagnostics.
 */
#define _GNU_SOURCE
#include <check.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/backend.h"
#include "jtest.h"

static void check_kernel(attncc_kernel *k, int kv, int dim) {
  ck_assert_ptr_nonnull(k);
  const attncc_fns *f = attncc_kernel_fns(k);
  ck_assert_int_eq(f->info()->heads_kv, kv);
  ck_assert_int_eq(f->info()->dim, dim);
  jt_run_out r = jt_run(f, 11);
  ck_assert_int_eq(r.rc, 0);
  ck_assert_msg(r.max_err <= 1e-5, "max error %g", r.max_err);
  jt_run_free(&r);
}

START_TEST(same_name_twice) {
  char *dir = jt_cache_dir();
  setenv("ATTNCC_CACHE", "off", 1);
  attncc_context *c = attncc_context_new(NULL, NULL);
  ck_assert_ptr_nonnull(c);
  char *a = jt_spec("twin", 2, 32), *b = jt_spec("twin", 8, 64);
  attncc_kernel *ka = jt_jit(c, a), *kb = jt_jit(c, b);
  check_kernel(ka, 2, 32);
  check_kernel(kb, 8, 64);
  check_kernel(ka, 2, 32); /* still itself after the second was linked */
  attncc_kernel_free(ka);
  check_kernel(kb, 8, 64); /* and the other survives the first's removal */
  /* Freed kernels' libraries are reused: no growth over many compiles. */
  for (int i = 0; i < 4; i++) {
    attncc_kernel *k = jt_jit(c, i % 2 ? a : b);
    check_kernel(k, i % 2 ? 2 : 8, i % 2 ? 32 : 64);
    attncc_kernel_free(k);
  }
  attncc_kernel_free(kb);
  be_jit_stats s;
  be_jit_stats_get(c, &s);
  ck_assert_int_eq(s.compiles, 6);
  ck_assert_int_eq(s.dylibs, 2);
  attncc_context_free(c);
  free(a), free(b);
  jt_cache_rm(dir);
}
END_TEST

START_TEST(context_defines) {
  char *dir = jt_cache_dir();
  attncc_options o;
  attncc_options_init(&o);
  const char *defs[] = {"heads.kv=4", "heads.dim=48"};
  o.defines = defs;
  o.n_defines = 2;
  attncc_context *c = attncc_context_new(&o, NULL);
  ck_assert_ptr_nonnull(c);
  char *text = jt_spec("defined", 2, 32);
  attncc_kernel *k = jt_jit(c, text);
  check_kernel(k, 4, 48);
  attncc_kernel_free(k);
  /* A define that does not apply is the spec's error, with its position. */
  const char *bad[] = {"heads.kv=3"};
  o.defines = bad;
  o.n_defines = 1;
  attncc_context *c2 = attncc_context_new(&o, NULL);
  attncc_diags *d = NULL;
  ck_assert_ptr_null(attncc_context_jit_string(c2, text, strlen(text), "x.yaml", &d));
  ck_assert_uint_ge(attncc_diags_count(d), 1);
  ck_assert_int_eq(attncc_diags_get(d, 0)->severity, ATTNCC_ERROR);
  attncc_diags_free(d);
  attncc_context_free(c2);
  attncc_context_free(c);
  free(text);
  jt_cache_rm(dir);
}
END_TEST

enum { THREADS = 4, ROUNDS = 3 };

typedef struct job {
  attncc_context *c;
  int id;
  int failures;
} job;

/* Each thread compiles a shared spec (every thread races on its cache
 * entry) and one of its own, checks both, frees them. */
static void *compile_job(void *p) {
  job *j = p;
  char name[32];
  snprintf(name, sizeof name, "own%d", j->id);
  char *shared = jt_spec("shared", 2, 32);
  char *own = jt_spec(name, j->id % 2 ? 1 : 4, 16 * (j->id + 1));
  for (int r = 0; r < ROUNDS; r++) {
    attncc_kernel *k[2] = {jt_jit(j->c, shared), jt_jit(j->c, own)};
    for (int i = 0; i < 2; i++) {
      if (!k[i]) {
        j->failures++;
        continue;
      }
      jt_run_out o = jt_run(attncc_kernel_fns(k[i]), (unsigned)j->id);
      j->failures += o.rc != 0 || !(o.max_err <= 1e-5);
      jt_run_free(&o);
      attncc_kernel_free(k[i]);
    }
  }
  free(shared), free(own);
  return NULL;
}

START_TEST(concurrent_compiles) {
  char *dir = jt_cache_dir();
  attncc_context *c = attncc_context_new(NULL, NULL);
  ck_assert_ptr_nonnull(c);
  pthread_t t[THREADS];
  job jobs[THREADS];
  for (int i = 0; i < THREADS; i++) {
    jobs[i] = (job){c, i, 0};
    ck_assert_int_eq(pthread_create(&t[i], NULL, compile_job, &jobs[i]), 0);
  }
  for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < THREADS; i++) ck_assert_int_eq(jobs[i].failures, 0);
  be_jit_stats s;
  be_jit_stats_get(c, &s);
  ck_assert_int_eq(s.compiles, THREADS * ROUNDS * 2);
  ck_assert_int_ge(s.hits, THREADS * (ROUNDS - 1)); /* every later round hits */
  ck_assert_int_eq(s.bad, 0);
  ck_assert_int_eq(jt_entries(dir, NULL, NULL, 0), THREADS + 1);
  attncc_context_free(c);
  jt_cache_rm(dir);
}
END_TEST

/* Targets a context cannot JIT for are diagnostics, for contexts and for
 * attncc_jit_string alike. */
START_TEST(bad_target) {
  static const struct {
    const char *triple, *cpu, *want;
  } cases[] = {
      {"nonsense-unknown-none", NULL, "unknown target"},
#if defined(__x86_64__)
      {"aarch64-unknown-linux-gnu", NULL, "cannot JIT"},
#else
      {"x86_64-unknown-linux-gnu", NULL, "cannot JIT"},
#endif
      {"riscv64-unknown-linux-gnu", NULL, "not supported"},
  };
  char *text = jt_spec("target", 2, 32);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    attncc_options o;
    attncc_options_init(&o);
    o.triple = cases[i].triple;
    attncc_diags *d = NULL;
    ck_assert_ptr_null(attncc_context_new(&o, &d));
    ck_assert_uint_ge(attncc_diags_count(d), 1);
    ck_assert_int_eq(attncc_diags_get(d, 0)->severity, ATTNCC_ERROR);
    ck_assert_msg(strstr(attncc_diags_get(d, 0)->message, cases[i].want), "%s: %s",
                  cases[i].triple, attncc_diags_get(d, 0)->message);
    attncc_diags_free(d);
    d = NULL;
    ck_assert_ptr_null(attncc_jit_string(text, strlen(text), NULL, &o, &d));
    ck_assert_uint_ge(attncc_diags_count(d), 1);
    ck_assert_msg(strstr(attncc_diags_get(d, 0)->message, cases[i].want), "%s", cases[i].triple);
    attncc_diags_free(d);
  }
  attncc_context_free(NULL);
  attncc_kernel_free(NULL);
  attncc_diags *d = NULL;
  ck_assert_ptr_null(attncc_context_jit_string(NULL, text, strlen(text), NULL, &d));
  ck_assert_uint_eq(attncc_diags_count(d), 1);
  attncc_diags_free(d);
  free(text);
}
END_TEST

/* Freeing a context under a live kernel would unmap the kernel's code: the
 * process stops with a message instead. */
START_TEST(context_outlived) {
  setenv("ATTNCC_CACHE", "off", 1);
  attncc_context *c = attncc_context_new(NULL, NULL);
  char *text = jt_spec("orphan", 2, 32);
  attncc_kernel *k = jt_jit(c, text);
  ck_assert_ptr_nonnull(k);
  free(text);
  attncc_context_free(c); /* aborts */
}
END_TEST

/* A bare architecture (no OS) is this machine's too. */
START_TEST(bare_architecture) {
  attncc_options o;
  attncc_options_init(&o);
#if defined(__x86_64__)
  o.triple = "x86_64";
#elif defined(__aarch64__)
  o.triple = "aarch64";
#endif
  attncc_diags *d = NULL;
  attncc_context *c = attncc_context_new(&o, &d);
  ck_assert_ptr_nonnull(c);
  ck_assert_uint_eq(attncc_diags_count(d), 0);
  attncc_diags_free(d);
  attncc_context_free(c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("jit_context");
  TCase *tc = tcase_create("context");
  tcase_set_timeout(tc, 300);
  tcase_add_unchecked_fixture(tc, jt_suite_setup, jt_suite_teardown);
  tcase_add_test(tc, same_name_twice);
  tcase_add_test(tc, context_defines);
  tcase_add_test(tc, concurrent_compiles);
  tcase_add_test(tc, bad_target);
  tcase_add_test(tc, bare_architecture);
  tcase_add_test_raise_signal(tc, context_outlived, SIGABRT);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
