/*
 * explore --measure: a spec's decode step timed through the public JIT API
 * (include/attncc/attncc.h), B = 1, on random data that NAME_append writes
 * into the cache (so every layout and cache type is filled the way an
 * engine fills it, quantized by the kernel).  Each repetition runs after a
 * 96 MiB read that evicts the cache from the CPU caches, as the cost model
 * assumes (a decode step of one layer among many); the median of 7.
 */
#define _GNU_SOURCE
#include <omp.h>
#include <stdlib.h>
#include <string.h>

#include "attncc/attnrt.h"
#include "ceiling.h"
#include "driver.h"

enum { REPS = 7, FLUSH_BYTES = 96 << 20 };

struct measure_kernel {
  attncc_kernel *k;
  const attncc_fns *f;
  const attn_info *in;
  float *flush;
};

measure_kernel *measure_open(const char *path, const attncc_options *o, attncc_diags **d, char *why,
                             size_t why_size) {
  attncc_kernel *k = attncc_jit_file(path, o, d);
  if (!k) {
    snprintf(why, why_size, "does not compile (the compiler's error above)");
    return NULL;
  }
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *in = f->info();
  const char *no = in->store != ATTN_STORE_KV ? "a row store (its weights are not modelled here)"
                   : in->phase == ATTN_PREFILL ? "a prefill spec (no decode step)"
                                               : NULL;
  if (no) {
    snprintf(why, why_size, "not measured: %s", no);
    attncc_kernel_free(k);
    return NULL;
  }
  measure_kernel *m = calloc(1, sizeof *m);
  if (!m) cc_die("out of memory");
  *m = (measure_kernel){.k = k, .f = f, .in = in, .flush = ceil_alloc(FLUSH_BYTES)};
  if (!m->flush) cc_die("out of memory");
  ceil_fill(m->flush, FLUSH_BYTES / sizeof(float), omp_get_max_threads());
  return m;
}

void measure_close(measure_kernel *m) {
  if (!m) return;
  attncc_kernel_free(m->k);
  free(m->flush);
  free(m);
}

static float rnd(unsigned *s) {
  *s = *s * 1664525u + 1013904223u;
  return (float)(*s >> 8) / 8388608.0f - 1.0f;
}

static void *fill(size_t n, int dtype, unsigned *seed) {
  void *p = ceil_alloc(n * 4 + 64);
  if (!p) cc_die("out of memory");
  for (size_t i = 0; i < n; i++) attnrt_store(p, dtype, i, rnd(seed));
  return p;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int measure_decode(measure_kernel *m, long long ctx, double *seconds, char *why, size_t why_size) {
  const attn_info *in = m->in;
  int32_t L = (int32_t)(ctx > in->capacity && in->layout != ATTN_RING ? in->capacity : ctx);
  int paged = in->layout == ATTN_PAGED;
  int32_t T = paged ? in->page_size : in->capacity, blocks = paged ? (in->capacity + T - 1) / T : 1;
  size_t kb = (size_t)T * in->heads_kv * (size_t)cost_row_bytes(in->dtype_cache, in->dim);
  size_t vb = (size_t)T * in->heads_kv * (size_t)cost_row_bytes(in->dtype_cache, in->v_dim);
  void *kc = ceil_alloc(kb * blocks), *vc = ceil_alloc(vb * blocks);
  int32_t *table = calloc((size_t)blocks, sizeof *table), *refs = calloc((size_t)blocks, sizeof *refs);
  if (!kc || !vc || !table || !refs) cc_die("out of memory");
  memset(kc, 0, kb * blocks), memset(vc, 0, vb * blocks);
  for (int32_t i = 0; i < blocks; i++) table[i] = i, refs[i] = 1;
  unsigned seed = 7;
  size_t hq = (size_t)in->heads_q, hkv = (size_t)in->heads_kv;
  void *kn = fill((size_t)L * hkv * in->dim, in->dtype_q, &seed), *vn = fill((size_t)L * hkv * in->v_dim, in->dtype_q, &seed);
  void *q = fill(hq * in->dim, in->dtype_q, &seed), *out = fill(hq * in->v_dim, ATTN_F32, &seed);
  float lse[4096];
  int32_t zero = 0, len = L, one = 1;
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = 1, a.k_cache = kc, a.v_cache = vc;
  if (paged) a.page_table = table, a.page_refs = refs, a.num_pages = blocks;
  a.kv_len = &zero, a.new_len = &len, a.k_new = kn, a.v_new = vn;
  int rc = m->f->append(&a);
  if (rc >= 0) {
    a.kv_len = &len, a.new_len = NULL, a.k_new = a.v_new = NULL;
    a.q_len = in->phase == ATTN_MIXED ? &one : NULL;
    a.q = q, a.out = out, a.lse = in->lse && hq <= 4096 ? lse : NULL;
    rc = m->f->run(&a); /* warm-up: code, workspace, page tables */
  }
  double t[REPS];
  volatile double sink = 0;
  for (int i = 0; i < REPS && rc >= 0; i++) {
    sink += ceil_read(m->flush, FLUSH_BYTES / sizeof(float), omp_get_max_threads());
    double t0 = attnrt_now();
    rc = m->f->run(&a);
    t[i] = attnrt_now() - t0;
  }
  (void)sink;
  if (rc < 0) snprintf(why, why_size, "%s (%s)", attnrt_strerror(rc), attnrt_last_error());
  else qsort(t, REPS, sizeof *t, cmp_double), *seconds = t[REPS / 2];
  free(kc), free(vc), free(table), free(refs), free(kn), free(vn), free(q), free(out);
  return rc < 0 ? -1 : 0;
}
