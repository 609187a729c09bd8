/*
 * Every spec in specs/ JIT-compiled (attncc_jit_file) and checked against the
 * reference (with the spec's mask.expr and score.expr through the
 * compiler's interpreter, kexpr.c), first one after another, then all at
 * once from one thread each (the JIT API promises concurrent compiles).
 */
#define _GNU_SOURCE
#include <check.h>
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kcheck.h"
#include "kexpr.h"

static char paths[64][512];
static int npaths;

static void find_specs(void) {
  DIR *d = opendir(ATTNCC_SPECS_DIR);
  ck_assert_ptr_nonnull(d);
  for (struct dirent *e; (e = readdir(d)) && npaths < 64;) {
    size_t n = strlen(e->d_name);
    if (n > 5 && strcmp(e->d_name + n - 5, ".yaml") == 0)
      snprintf(paths[npaths++], sizeof paths[0], "%s/%s", ATTNCC_SPECS_DIR, e->d_name);
  }
  closedir(d);
}

/* Compiles and checks one spec; returns an error text or null. */
static const char *check_spec(const char *path, unsigned seed) {
  attncc_diags *d = NULL;
  attncc_kernel *k = attncc_jit_file(path, NULL, &d);
  attncc_diags_free(d);
  if (!k) return "does not compile";
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *in = f->info();
  /* row stores: short (the reference recomputes values per head), 2x tol (projection) */
  int rows = in->store != ATTN_STORE_KV, len = rows ? 48 : 700;
  int kv[2] = {in->capacity < len ? in->capacity : len, 1}, q[2] = {9, 1};
  cc_arena *a = cc_arena_new();
  kx_exprs x;
  const attnrt_ref_mods *mods = kx_mods_of(a, in, &x);
  const void *const *t = kx_tensors(&x, a, in, 2, kv[0], seed); /* random, shaped as in->tensor says */
  kc_result r = kc_run_mods(f, 2, kv, q, 2, 0, seed, mods, t, NULL);
  cc_arena_free(a);
  attncc_kernel_free(k);
  if (r.rc) return "kernel returned an error";
  if (!(r.max_err <= (rows ? 2 : 1) * r.tol && r.max_lse_err <= 1e-4)) return "kernel differs from the reference";
  return NULL;
}

START_TEST(each_spec) {
  find_specs();
  ck_assert_int_gt(npaths, 3);
  for (int i = 0; i < npaths; i++) {
    const char *e = check_spec(paths[i], (unsigned)i);
    ck_assert_msg(e == NULL, "%s: %s", paths[i], e);
  }
}
END_TEST

typedef struct job {
  const char *path;
  const char *err;
} job;

static void *run_job(void *p) {
  job *j = p;
  j->err = check_spec(j->path, 99);
  return NULL;
}

START_TEST(concurrent_compiles) {
  find_specs();
  pthread_t t[64];
  job jobs[64];
  for (int i = 0; i < npaths; i++) {
    jobs[i] = (job){paths[i], NULL};
    ck_assert_int_eq(pthread_create(&t[i], NULL, run_job, &jobs[i]), 0);
  }
  for (int i = 0; i < npaths; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < npaths; i++) ck_assert_msg(jobs[i].err == NULL, "%s: %s", jobs[i].path, jobs[i].err);
}
END_TEST

START_TEST(bad_spec_is_data) {
  attncc_diags *d = NULL;
  const char *text = "attncc: 1\nname: x\nheads: {q: 8, kv: 3, dim: 64}\n";
  attncc_kernel *k = attncc_jit_string(text, strlen(text), "bad.yaml", NULL, &d);
  ck_assert_ptr_null(k);
  ck_assert_uint_ge(attncc_diags_count(d), 1);
  const attncc_diag *g = attncc_diags_get(d, 0);
  ck_assert_int_eq(g->severity, ATTNCC_ERROR);
  ck_assert_str_eq(g->file, "bad.yaml");
  ck_assert_int_eq(g->line, 3);
  ck_assert_ptr_nonnull(g->source_line);
  attncc_diags_free(d);
  ck_assert_ptr_null(attncc_jit_file("/nonexistent/x.yaml", NULL, NULL));
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_jit_specs");
  TCase *tc = tcase_create("jit");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, each_spec);
  tcase_add_test(tc, concurrent_compiles);
  tcase_add_test(tc, bad_spec_is_data);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
