/* Shared by the JIT suites: a private cache directory per test, small specs,
 * and running a kernel on seeded random data next to the reference. */
#ifndef JTEST_H
#define JTEST_H
#include <stddef.h>

#include "attncc/attncc.h"
#include "attncc/attnrt.h"

/* A fresh directory made the kernel cache of this process: ATTNCC_CACHE_DIR
 * points at it, ATTNCC_CACHE and ATTNCC_CACHE_MAX are unset.  jt_cache_rm
 * deletes it with its contents and frees the path.  Inside the suite's
 * directory when there is one, else under $TMPDIR (or /tmp). */
char *jt_cache_dir(void);
void jt_cache_rm(char *dir);
/* Check's unchecked fixture (runs in the parent, around every forked test):
 * one directory for the suite's cache directories, removed at the end even
 * when a failed test never reached its jt_cache_rm. */
void jt_suite_setup(void);
void jt_suite_teardown(void);

/* Entry files (*.kernel) in dir: their count, total bytes, and the path of
 * the first one (when path is non-null). */
int jt_entries(const char *dir, size_t *bytes, char *path, size_t path_size);

/* A small decode spec named `name` with `kv` KV heads (malloc'd text). */
char *jt_spec(const char *name, int kv, int dim);

/* Compiles text in c; prints the diagnostics of a failure to stderr. */
attncc_kernel *jt_jit(attncc_context *c, const char *text);

/* One run of a kernel on data seeded by `seed`: its outputs and its largest
 * difference from attnrt_reference (which must stay within 1e-5). */
typedef struct jt_run_out {
  int rc;
  float *out, *lse;
  size_t n_out, n_lse;
  double max_err;
} jt_run_out;
jt_run_out jt_run(const attncc_fns *f, unsigned seed);
/* Bit for bit the same outputs. */
int jt_same(const jt_run_out *a, const jt_run_out *b);
void jt_run_free(jt_run_out *r);
#endif
