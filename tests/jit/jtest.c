#define _GNU_SOURCE
#include "jtest.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void rm_tree(const char *path);

/* jt_suite_setup's directory, inherited by the tests Check forks. */
static char *suite_root;

void jt_suite_setup(void) {
  const char *t = getenv("TMPDIR");
  if (asprintf(&suite_root, "%s/attncc-jit-tests.XXXXXX", t && *t ? t : "/tmp") < 0 ||
      !mkdtemp(suite_root))
    abort();
}

void jt_suite_teardown(void) {
  rm_tree(suite_root);
  free(suite_root);
  suite_root = NULL;
}

char *jt_cache_dir(void) {
  const char *t = getenv("TMPDIR");
  char *dir = NULL;
  if (asprintf(&dir, "%s/attncc-cache-test.XXXXXX",
               suite_root ? suite_root : t && *t ? t : "/tmp") < 0 ||
      !mkdtemp(dir))
    abort();
  setenv("ATTNCC_CACHE_DIR", dir, 1);
  unsetenv("ATTNCC_CACHE");
  unsetenv("ATTNCC_CACHE_MAX");
  return dir;
}

static void rm_tree(const char *path) {
  struct stat st;
  if (lstat(path, &st)) return;
  if (S_ISDIR(st.st_mode)) {
    chmod(path, 0700);
    DIR *d = opendir(path);
    for (struct dirent *e; d && (e = readdir(d));) {
      if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
      char *p = NULL;
      if (asprintf(&p, "%s/%s", path, e->d_name) < 0) abort();
      rm_tree(p);
      free(p);
    }
    if (d) closedir(d);
    rmdir(path);
  } else {
    unlink(path);
  }
}

void jt_cache_rm(char *dir) {
  rm_tree(dir);
  free(dir);
}

int jt_entries(const char *dir, size_t *bytes, char *path, size_t path_size) {
  int n = 0;
  size_t total = 0;
  DIR *d = opendir(dir);
  for (struct dirent *e; d && (e = readdir(d));) {
    size_t l = strlen(e->d_name);
    if (l < 8 || strcmp(e->d_name + l - 7, ".kernel")) continue;
    char p[4096];
    struct stat st;
    snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
    if (stat(p, &st)) continue;
    if (!n && path) snprintf(path, path_size, "%s", p);
    total += (size_t)st.st_size;
    n++;
  }
  if (d) closedir(d);
  if (bytes) *bytes = total;
  return n;
}

char *jt_spec(const char *name, int kv, int dim) {
  char *s = NULL;
  if (asprintf(&s,
               "attncc: 1\nname: %s\nphase: decode\nheads: {q: 8, kv: %d, dim: %d}\n"
               "cache: {capacity: 256}\noutput: {lse: true}\n",
               name, kv, dim) < 0)
    abort();
  return s;
}

attncc_kernel *jt_jit(attncc_context *c, const char *text) {
  attncc_diags *d = NULL;
  attncc_kernel *k = attncc_context_jit_string(c, text, strlen(text), "<test>", &d);
  char buf[4096];
  for (size_t i = 0; !k && i < attncc_diags_count(d); i++) {
    attncc_diag_format(attncc_diags_get(d, i), buf, sizeof buf);
    fputs(buf, stderr);
  }
  attncc_diags_free(d);
  return k;
}

static unsigned long long rng;
static float rnd(void) { /* xorshift64*, uniform in [-1, 1) */
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return (float)((double)((rng * 2685821657736338717ull) >> 11) / 9007199254740992.0 * 2 - 1);
}

jt_run_out jt_run(const attncc_fns *f, unsigned seed) {
  const attn_info *in = f->info();
  jt_run_out r = {0};
  rng = 0x9e3779b97f4a7c15ull ^ seed;
  enum { B = 2 };
  int32_t kv[B] = {in->capacity < 200 ? in->capacity : 200, 37};
  size_t kn = (size_t)B * in->capacity * in->heads_kv * in->dim;
  size_t vn = (size_t)B * in->capacity * in->heads_kv * in->v_dim;
  size_t qn = (size_t)B * in->heads_q * in->dim;
  r.n_out = (size_t)B * in->heads_q * in->v_dim;
  r.n_lse = (size_t)B * in->heads_q;
  float *k = malloc(kn * 4), *v = malloc(vn * 4), *q = malloc(qn * 4);
  float *ref = malloc(r.n_out * 4), *lref = malloc(r.n_lse * 4);
  r.out = malloc(r.n_out * 4);
  r.lse = malloc(r.n_lse * 4);
  for (size_t i = 0; i < kn; i++) k[i] = rnd();
  for (size_t i = 0; i < vn; i++) v[i] = rnd();
  for (size_t i = 0; i < qn; i++) q[i] = 2 * rnd();
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = B;
  a.num_threads = 2;
  a.kv_len = kv;
  a.q = q;
  a.k_cache = k;
  a.v_cache = v;
  a.out = r.out;
  a.lse = r.lse;
  r.rc = f->run(&a);
  a.out = ref;
  a.lse = lref;
  if (!r.rc) r.rc = attnrt_reference(in, &a);
  for (size_t i = 0; !r.rc && i < r.n_out; i++) {
    double e = fabs((double)r.out[i] - ref[i]);
    r.max_err = e > r.max_err || e != e ? e : r.max_err;
  }
  for (size_t i = 0; !r.rc && i < r.n_lse; i++) {
    double e = fabs((double)r.lse[i] - lref[i]) / 10; /* lse: 1e-4 */
    r.max_err = e > r.max_err || e != e ? e : r.max_err;
  }
  free(k), free(v), free(q), free(ref), free(lref);
  return r;
}

int jt_same(const jt_run_out *a, const jt_run_out *b) {
  return a->n_out == b->n_out && a->n_lse == b->n_lse &&
         !memcmp(a->out, b->out, a->n_out * sizeof *a->out) &&
         !memcmp(a->lse, b->lse, a->n_lse * sizeof *a->lse);
}

void jt_run_free(jt_run_out *r) {
  free(r->out);
  free(r->lse);
  r->out = r->lse = NULL;
}
