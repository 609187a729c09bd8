#define _GNU_SOURCE
#include "kcheck.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double kc_tolerance(int t) { return t == ATTN_F32 ? 1e-5 : t == ATTN_F16 ? 2e-3 : 1.6e-2; }

static unsigned long long rng_state;
static double rnd(void) { /* xorshift64*, uniform in [-1, 1) */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (double)((rng_state * 2685821657736338717ull) >> 11) / 9007199254740992.0 * 2 - 1;
}

static void fill(void *p, int dtype, size_t n, double amp) {
  for (size_t i = 0; i < n; i++) attnrt_store(p, dtype, i, (float)(amp * rnd()));
}

/* ABI 7's run-time masks, random where the kernel reads them: prefixes from
 * 0 to past kv_len, documents as runs of 1 to 48 positions (some ids
 * skipped: empty documents), block rows listing each key block with
 * probability 0.35 (and every eighth row empty: its queries see nothing). */
typedef struct kc_masks {
  int32_t *prefix, *doc, *brow, *bcol;
} kc_masks;

static int32_t rnd_int(int32_t n) { return (int32_t)((rnd() + 1) / 2 * (double)n) % (n > 0 ? n : 1); }

static kc_masks given; /* kc_use_masks: set arrays, used instead of random ones */

void kc_use_masks(const int32_t *prefix_len, const int32_t *doc_id, const int32_t *block_row,
                  const int32_t *block_col) {
  given = (kc_masks){(int32_t *)prefix_len, (int32_t *)doc_id, (int32_t *)block_row, (int32_t *)block_col};
}

static kc_masks kc_masks_make(const attn_info *in, int batch, const int32_t *kv, attn_args *a) {
  kc_masks m = {0};
  if (given.prefix || given.doc || given.brow) { /* the caller's, not freed here */
    a->prefix_len = given.prefix, a->doc_id = given.doc, a->block_row = given.brow, a->block_col = given.bcol;
    return m;
  }
  if (in->prefix_lm) {
    m.prefix = calloc((size_t)batch + 1, sizeof *m.prefix);
    for (int b = 0; b < batch; b++) m.prefix[b] = rnd_int(kv[b] + 9);
    a->prefix_len = m.prefix;
  }
  if (in->documents) {
    m.doc = calloc((size_t)batch * in->capacity + 1, sizeof *m.doc);
    for (int b = 0; b < batch; b++) {
      int32_t *d = m.doc + (size_t)b * in->capacity, run = 1 + rnd_int(48);
      d[0] = rnd_int(3);
      for (int32_t p = 1; p < in->capacity; p++) d[p] = d[p - 1] + (rnd_int(run) == 0 ? 1 + rnd_int(2) : 0);
    }
    a->doc_id = m.doc;
  }
  if (in->block_size) {
    int32_t nb = (in->capacity + in->block_size - 1) / in->block_size, n = 0;
    m.brow = calloc((size_t)batch * (nb + 1) + 1, sizeof *m.brow);
    m.bcol = calloc((size_t)batch * nb * nb + 1, sizeof *m.bcol);
    for (int b = 0; b < batch; b++)
      for (int32_t i = 0; i <= nb; i++) {
        m.brow[b * (nb + 1) + i] = n;
        for (int32_t c = 0; i < nb && i % 8 != 5 && c < nb; c++)
          if (rnd() < -0.3) m.bcol[n++] = c;
      }
    a->block_row = m.brow, a->block_col = m.bcol;
  }
  return m;
}

static void kc_masks_free(kc_masks *m) { free(m->prefix), free(m->doc), free(m->brow), free(m->bcol); }

kc_result kc_run(const attncc_fns *fns, int batch, const int *kv_len, const int *q_len,
                 int threads, int use_tasks, unsigned seed) {
  return kc_run_keep(fns, batch, kv_len, q_len, threads, use_tasks, seed, NULL);
}

kc_result kc_run_keep(const attncc_fns *fns, int batch, const int *kv_len, const int *q_len,
                      int threads, int use_tasks, unsigned seed, void **keep) {
  return kc_run_mods(fns, batch, kv_len, q_len, threads, use_tasks, seed, NULL, NULL, keep);
}

kc_result kc_run_mods(const attncc_fns *fns, int batch, const int *kv_len, const int *q_len,
                      int threads, int use_tasks, unsigned seed, const attnrt_ref_mods *mods,
                      const void *const *tensors, void **keep) {
  const attn_info *in = fns->info();
  kc_result r = {0};
  rng_state = 0x9e3779b97f4a7c15ull ^ seed;
  int32_t *kv = calloc((size_t)batch + 1, sizeof *kv), *ql = calloc((size_t)batch + 1, sizeof *ql);
  long long tq = 0;
  for (int b = 0; b < batch; b++) {
    kv[b] = kv_len[b];
    ql[b] = in->phase == ATTN_DECODE ? 1 : in->phase == ATTN_PREFILL ? kv[b] : q_len[b];
    tq += ql[b];
  }
  size_t cs = attnrt_dtype_size(in->dtype_cache);
  /* x and latent: one row of cache_dim per token instead of per-head keys */
  int absorb = in->store == ATTN_STORE_X || in->store == ATTN_STORE_LATENT || in->store == ATTN_STORE_V_ONLY;
  size_t kn = (size_t)batch * in->capacity * (absorb ? (size_t)in->cache_dim : (size_t)in->heads_kv * in->dim);
  size_t vn = in->store != ATTN_STORE_KV ? 0 : (size_t)batch * in->capacity * in->heads_kv * in->v_dim;
  /* kv caches in blocks (docs/layouts.md): a sequence's, or pages of a pool
   * handed out in a shuffled order; element counts in bytes (cs = 1) */
  int32_t per_seq = in->layout == ATTN_PAGED ? (in->capacity + in->page_size - 1) / in->page_size : 0;
  int32_t npages = batch * per_seq;
  int32_t *table = calloc((size_t)npages + 1, sizeof *table);
  if (in->store == ATTN_STORE_KV) {
    size_t blocks = in->layout == ATTN_PAGED ? (size_t)npages : (size_t)batch;
    kn = blocks * attnrt_block_bytes(in, 0), vn = blocks * attnrt_block_bytes(in, 1), cs = 1;
    for (int32_t i = 0; i < npages; i++) table[i] = i;
    for (int32_t i = npages - 1; i > 0; i--) {
      int32_t j = (int32_t)((rnd() + 1) / 2 * (double)(i + 1)) % (i + 1), t = table[i];
      table[i] = table[j];
      table[j] = t;
    }
  }
  size_t qn = (size_t)tq * in->heads_q * in->dim, on = (size_t)tq * in->heads_q * in->v_dim;
  size_t ln = (size_t)tq * in->heads_q;
  void *k = malloc(kn * cs + 1), *v = malloc(vn * cs + 1);
  void *q = malloc(qn * attnrt_dtype_size(in->dtype_q) + 1);
  size_t os = attnrt_dtype_size(in->dtype_out);
  void *out = malloc(on * os + 1), *ref = malloc(on * os + 1);
  float *lse = malloc(ln * 4 + 4), *lref = malloc(ln * 4 + 4);
  /* Slots past kv_len hold NaN: a kernel that reads them shows it. */
  memset(k, 0xff, kn * cs);
  memset(v, 0xff, vn * cs);
  for (int b = 0; b < batch; b++)
    for (size_t t = 0; t < (size_t)kv[b] && absorb; t++)
      fill((char *)k + ((size_t)b * in->capacity + t) * in->cache_dim * cs, in->dtype_cache,
           (size_t)in->cache_dim, 1.0);
  attn_args ca = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args), .batch = batch,
                  .k_cache = k, .v_cache = v, .page_table = table, .num_pages = npages};
  float *rowf = malloc(sizeof(float) * (size_t)(in->dim > in->v_dim ? in->dim : in->v_dim));
  for (int b = 0; b < batch && in->store == ATTN_STORE_KV; b++)
    for (int32_t t = in->layout == ATTN_RING && kv[b] > in->capacity ? kv[b] - in->capacity : 0; t < kv[b]; t++)
      for (int h = 0; h < in->heads_kv; h++)
        for (int w = 0; w < 2; w++) {
          fill(rowf, ATTN_F32, (size_t)(w ? in->v_dim : in->dim), 1.0);
          if (attnrt_cache_write_row(in, &ca, w, b, t, h, rowf))
            fprintf(stderr, "kcheck: cache row (%d, %d, %d): %s\n", b, (int)t, h, attnrt_last_error()), abort();
        }
  free(rowf);
  for (int b = 0; b < batch; b++)
    for (size_t t = 0; t < (size_t)kv[b] && !absorb && in->store != ATTN_STORE_KV; t++)
      for (int h = 0; h < in->heads_kv; h++) {
        size_t row = in->order == ATTN_TOKEN_MAJOR
                         ? ((size_t)b * in->capacity + t) * in->heads_kv + h
                         : ((size_t)b * in->heads_kv + h) * in->capacity + t;
        fill((char *)k + row * in->dim * cs, in->dtype_cache, (size_t)in->dim, 1.0);
        if (vn) fill((char *)v + row * in->v_dim * cs, in->dtype_cache, (size_t)in->v_dim, 1.0);
      }
  fill(q, in->dtype_q, qn, 2.0);
  /* Row stores: no V cache at all (null: the kernel must not read it); a
   * random W_out [U][Hkv*Dv] (U = the row's value part) scaled so outputs
   * stay O(1), a random bias, and for x/latent a random W_absorb
   * [U][Hkv*(D - rope_dim)] scaled the same way. */
  int rows = in->store != ATTN_STORE_KV;
  size_t U = (size_t)(in->cache_dim - in->rope_dim), Dn = (size_t)(in->dim - in->rope_dim);
  size_t wn = rows ? U * in->heads_kv * in->v_dim : 0, an = absorb ? U * in->heads_kv * Dn : 0;
  size_t bn = rows ? (size_t)in->heads_kv * in->v_dim : 0;
  float *wkv = malloc(wn * 4 + 4), *bias = malloc(bn * 4 + 4), *wabs = malloc(an * 4 + 4);
  fill(wkv, ATTN_F32, wn, 1.0 / sqrt((double)(U ? U : 1)));
  fill(bias, ATTN_F32, bn, 0.5);
  fill(wabs, ATTN_F32, an, 1.0 / sqrt((double)(U ? U : 1)));
  memset(out, 0xff, on * os);
  memset(lse, 0xff, ln * 4);

  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = batch;
  a.num_threads = threads;
  a.kv_len = kv;
  a.q_len = in->phase == ATTN_MIXED ? ql : NULL;
  a.q = q;
  a.k_cache = k;
  a.v_cache = rows ? NULL : v;
  if (in->layout == ATTN_PAGED) a.page_table = table, a.num_pages = npages;
  a.w_out = rows && in->store != ATTN_STORE_V_ONLY ? wkv : NULL; /* v_only reads no W_out */
  a.out_bias = rows ? bias : NULL;
  a.w_absorb = absorb ? wabs : NULL;
  a.tensors = tensors;
  a.out = out;
  a.lse = in->lse ? lse : NULL;
  kc_masks masks = kc_masks_make(in, batch, kv, &a);
  if (!use_tasks) {
    r.rc = fns->run(&a);
  } else {
    int64_t ws = fns->workspace(&a);
    void *w = ws > 0 ? aligned_alloc(64, ((size_t)ws + 63) / 64 * 64) : NULL;
    a.workspace = w;
    a.workspace_size = ws > 0 ? (size_t)ws : 0;
    int64_t n = fns->tasks(&a);
    r.rc = n < 0 ? (int)n : 0;
    int64_t *order = malloc(((size_t)(n > 0 ? n : 0) + 1) * sizeof *order);
    for (int64_t i = 0; i < n; i++) order[i] = i;
    for (int64_t i = n - 1; i > 0; i--) { /* shuffled: tasks are independent */
      int64_t j = (int64_t)((rnd() + 1) / 2 * (double)(i + 1)) % (i + 1);
      int64_t t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int64_t i = 0; i < n && !r.rc; i++) r.rc = fns->task(&a, order[i]);
    free(order);
    free(w);
    a.workspace = NULL;
    a.workspace_size = 0;
  }
  r.tol = kc_tolerance(in->dtype_out);
  r.rows = tq;
  if (r.rc == 0) {
    a.out = ref;
    a.lse = in->lse ? lref : NULL;
    int rr = attnrt_reference_ex(in, &a, mods);
    if (rr) {
      fprintf(stderr, "reference failed: %s (%s)\n", attnrt_strerror(rr), attnrt_last_error());
      r.rc = rr;
    }
    for (size_t i = 0; i < on; i++) {
      double e = fabs((double)attnrt_load(out, in->dtype_out, i) - attnrt_load(ref, in->dtype_out, i));
      if (!(e <= 1e30)) e = 1e30;
      if (e > r.max_err) r.max_err = e;
    }
    for (size_t i = 0; in->lse && i < ln; i++) {
      double e = lse[i] == lref[i] ? 0 : fabs((double)lse[i] - lref[i]);
      if (!(e <= 1e30)) e = 1e30;
      if (e > r.max_lse_err) r.max_lse_err = e;
    }
  }
  if (keep) {
    *keep = r.rc == 0 ? out : NULL;
    if (r.rc == 0) out = NULL;
  }
  free(kv), free(ql), free(k), free(v), free(q), free(out), free(ref), free(lse), free(lref);
  free(wkv), free(bias), free(wabs), free(table);
  kc_masks_free(&masks);
  return r;
}

char *kc_spec(const char *name, const char *phase, int hq, int hkv, int dim, int v_dim,
              const char *tq, const char *tc, const char *to, int causal, int lse,
              const char *order, int capacity) {
  char *s = NULL;
  if (asprintf(&s,
               "attncc: 1\nname: %s\nphase: %s\nheads: {q: %d, kv: %d, dim: %d, v_dim: %d}\n"
               "types: {q: %s, cache: %s, out: %s}\ncache: {order: %s, capacity: %d}\n"
               "mask: {causal: %s}\noutput: {lse: %s}\n",
               name, phase, hq, hkv, dim, v_dim, tq, tc, to, order, capacity,
               causal ? "true" : "false", lse ? "true" : "false") < 0)
    abort();
  return s;
}

attncc_kernel *kc_jit(const char *text, const char *features) {
  attncc_options o;
  attncc_options_init(&o);
  o.features = features;
  attncc_diags *d = NULL;
  attncc_kernel *k = attncc_jit_string(text, strlen(text), "<test>", &o, &d);
  char buf[4096];
  for (size_t i = 0; i < attncc_diags_count(d); i++) {
    attncc_diag_format(attncc_diags_get(d, i), buf, sizeof buf);
    fputs(buf, stderr);
  }
  attncc_diags_free(d);
  return k;
}
