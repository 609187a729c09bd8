/*
 * Compile latency of every spec in specs/, median of --reps runs (default
 * 20), in a private cache directory:
 *
 *   context   attncc_context_new + free (LLJIT and target set-up)
 *   fresh     a cold compile in a new context each time (what every
 *             attncc_jit_* call paid when each kernel owned its LLJIT)
 *   cold      a cold compile in a reused context (ATTNCC_CACHE=off)
 *   hit       a compile served by the kernel cache, reused context
 *   jit_file  attncc_jit_file served by the cache (the process-wide context)
 *
 * then where a cold compile's time goes (means: parse, plan + IR + passes,
 * object code, linking) and a hit's (parse, cache lookup and read, linking).  Exits 1 when a
 * compile fails or a repeated compile was not a cache hit.
 * Usage: jit_timing [--reps N] [SPEC.yaml ...]
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/backend.h"
#include "jtest.h"

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int failed;

static attncc_kernel *jit(attncc_context *c, const char *path, int want_hit) {
  attncc_kernel *k = attncc_context_jit_file(c, path, NULL);
  if (!k || be_kernel_from_cache(k) != want_hit) {
    fprintf(stderr, "%s: %s\n", path, !k ? "does not compile" : "unexpected cache result");
    failed = 1;
  }
  return k;
}

/* Mean ms per compile of one step between two snapshots of the stats. */
#define STEP(after, before, f, n) ((double)((after).f - (before).f) / (n) / 1e6)

static void time_spec(const char *path, int reps) {
  double *t[5];
  for (int i = 0; i < 5; i++) t[i] = calloc((size_t)reps, sizeof *t[i]);
  setenv("ATTNCC_CACHE", "off", 1);
  for (int r = 0; r < reps; r++) {
    double t0 = attnrt_now();
    attncc_context *c = attncc_context_new(NULL, NULL);
    double t1 = attnrt_now();
    attncc_context_free(c);
    t[0][r] = t1 - t0;
    t0 = attnrt_now();
    c = attncc_context_new(NULL, NULL);
    attncc_kernel_free(jit(c, path, 0));
    attncc_context_free(c);
    t[1][r] = attnrt_now() - t0;
  }
  attncc_context *c = attncc_context_new(NULL, NULL);
  attncc_kernel_free(jit(c, path, 0)); /* warm-up */
  be_jit_stats s0, s1, s2, s3;
  be_jit_stats_get(c, &s0);
  for (int r = 0; r < reps; r++) {
    double t0 = attnrt_now();
    attncc_kernel *k = jit(c, path, 0);
    t[2][r] = attnrt_now() - t0;
    attncc_kernel_free(k);
  }
  be_jit_stats_get(c, &s1);
  unsetenv("ATTNCC_CACHE");
  attncc_kernel_free(jit(c, path, 0)); /* stores the entry */
  be_jit_stats_get(c, &s2);
  for (int r = 0; r < reps; r++) {
    double t0 = attnrt_now();
    attncc_kernel *k = jit(c, path, 1);
    t[3][r] = attnrt_now() - t0;
    attncc_kernel_free(k);
  }
  be_jit_stats_get(c, &s3);
  for (int r = 0; r < reps; r++) {
    double t0 = attnrt_now();
    attncc_kernel *k = attncc_jit_file(path, NULL, NULL);
    t[4][r] = attnrt_now() - t0;
    if (!k) failed = 1;
    attncc_kernel_free(k);
  }
  attncc_context_free(c);
  const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  printf("%-18s %8.2f %8.1f %8.1f %8.2f %8.2f", name, median(t[0], reps) * 1e3,
         median(t[1], reps) * 1e3, median(t[2], reps) * 1e3, median(t[3], reps) * 1e3,
         median(t[4], reps) * 1e3);
  printf(" | %6.2f %7.1f %7.1f %6.2f", STEP(s1, s0, ns_parse, reps),
         STEP(s1, s0, ns_codegen, reps), STEP(s1, s0, ns_emit, reps), STEP(s1, s0, ns_link, reps));
  printf(" | %6.2f %6.2f %6.2f\n", STEP(s3, s2, ns_parse, reps), STEP(s3, s2, ns_cache, reps),
         STEP(s3, s2, ns_link, reps));
  fflush(stdout);
  for (int i = 0; i < 5; i++) free(t[i]);
}

int main(int argc, char **argv) {
  int reps = 20, first = 1;
  if (argc > 2 && !strcmp(argv[1], "--reps")) {
    reps = atoi(argv[2]);
    first = 3;
  }
  if (reps < 1) reps = 1;
  char *dir = jt_cache_dir();
  printf("ms; wall: median of %d   ------------- wall ---------------   ---- cold: mean per step ----"
         "   -- hit: mean per step --\n", reps);
  printf("%-18s %8s %8s %8s %8s %8s | %6s %7s %7s %6s | %6s %6s %6s\n", "spec", "context", "fresh",
         "cold", "hit", "jit_file", "parse", "IR+opt", "object", "link", "parse", "cache", "link");
  if (first < argc) {
    for (int i = first; i < argc; i++) time_spec(argv[i], reps);
  } else {
    DIR *d = opendir(ATTNCC_SPECS_DIR);
    char paths[64][512];
    int n = 0;
    for (struct dirent *e; d && (e = readdir(d)) && n < 64;) {
      size_t l = strlen(e->d_name);
      if (l > 5 && !strcmp(e->d_name + l - 5, ".yaml"))
        snprintf(paths[n++], sizeof paths[0], "%s/%s", ATTNCC_SPECS_DIR, e->d_name);
    }
    if (d) closedir(d);
    qsort(paths, (size_t)n, sizeof paths[0], (int (*)(const void *, const void *))strcmp);
    for (int i = 0; i < n; i++) time_spec(paths[i], reps);
  }
  jt_cache_rm(dir);
  return failed;
}
