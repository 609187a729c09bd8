/*
 * explore --measure: a spec's decode step timed through the public JIT API
 * (include/attncc/attncc.h), B = 1, on random data that NAME_append writes
 * into the cache, so every layout and cache type is filled the way an
 * engine fills it (quantized by the kernel's own append):
 *
 *   contiguous  one block of attnrt_block_bytes;
 *   ring        one block of capacity tokens; a context past the capacity
 *               is appended in chunks of at most capacity tokens, its last
 *               1.5 capacity positions (the earlier ones would be
 *               overwritten), so the ring wraps (kv_len counts every
 *               position, the kernel reads the last window);
 *   paged       a pool of ceil(capacity / page_size) pages (attnrt_pages)
 *               churned first: every page allocated, then released in a
 *               shuffled order, so the sequence's pages come out of the
 *               pool scattered as in an engine that has run a while; the
 *               page table, num_pages and page_refs are passed to
 *               NAME_append and NAME.
 *
 * Each repetition runs after a 96 MiB read that evicts the cache from the
 * CPU caches, as the cost model assumes (a decode step of one layer among
 * many); the median and the best of REPS are reported.  On a shared machine
 * another process may take a core from one of the kernel's threads for a
 * scheduler slice (milliseconds, against a step of 0.1 - 10 ms): a
 * repetition during which the process was switched out involuntarily
 * (getrusage's ru_nivcsw, summed over its threads) is done again, up to
 * 5 REPS tries, 50 ms apart; the result says how many were clean (fewer
 * than half: the median of all).  The eviction read is timed too: the read
 * bandwidth the machine gave while the step was measured.  The output of a
 * warm-up call is checked against attnrt_reference first.
 *
 * calibrate's figures (measure_calibration) come from the same code: the
 * decode tile of every cache type timed hot, and a decode call's fixed cost.
 */
#define _GNU_SOURCE
#include <math.h>
#include <omp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "attncc/attnrt.h"
#include "ceiling.h"
#include "driver.h"
#include "spec/expr.h"

enum { REPS = 11, FLUSH_BYTES = 96 << 20 };

struct measure_kernel {
  attncc_kernel *k;
  const attncc_fns *f;
  const attn_info *in;
  float *flush;
  expr_pair exprs; /* the spec's mask.expr and score.expr, or null */
};

static measure_kernel *wrap(attncc_kernel *k, int flush_too, char *why, size_t why_size);

measure_kernel *measure_open(const char *path, const attn_spec *s, const attncc_options *o, attncc_diags **d,
                             char *why, size_t why_size) {
  attncc_kernel *k = attncc_jit_file(path, o, d);
  if (!k) {
    snprintf(why, why_size, "does not compile (the compiler's error above)");
    return NULL;
  }
  measure_kernel *m = wrap(k, 1, why, why_size);
  if (m) m->exprs = (expr_pair){s->mask_expr, s->score_expr, NULL}; /* no tensors: wrap refuses them */
  return m;
}

/* k as a measure_kernel (k freed when it cannot be measured), with an
 * eviction buffer when flush. */
static measure_kernel *wrap(attncc_kernel *k, int flush_too, char *why, size_t why_size) {
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *in = f->info();
  const char *no = in->store != ATTN_STORE_KV ? "a row store (its weights are not modelled here)"
                   : in->phase == ATTN_PREFILL ? "a prefill spec (no decode step)"
                   : in->prefix_lm || in->documents || in->block_size
                       ? "a run-time mask (the keys a step reads depend on its prefix, documents or block rows)"
                   : in->n_tensors ? "a spec with tensors (their contents are not modelled here)"
                                   : NULL;
  if (no) {
    snprintf(why, why_size, "not measured: %s", no);
    attncc_kernel_free(k);
    return NULL;
  }
  measure_kernel *m = calloc(1, sizeof *m);
  float *flush = flush_too ? ceil_alloc(FLUSH_BYTES) : NULL;
  if (!m || (flush_too && !flush)) {
    snprintf(why, why_size, "not measured: out of memory for the %d MiB eviction buffer", FLUSH_BYTES >> 20);
    free(m), free(flush), attncc_kernel_free(k);
    return NULL;
  }
  *m = (measure_kernel){.k = k, .f = f, .in = in, .flush = flush};
  if (flush) ceil_fill(m->flush, FLUSH_BYTES / sizeof(float), omp_get_max_threads());
  return m;
}

void measure_close(measure_kernel *m) {
  if (!m) return;
  attncc_kernel_free(m->k);
  free(m->flush);
  free(m);
}

long long measure_context(const measure_kernel *m, long long ctx) {
  if (ctx < 1) ctx = 1;
  return m->in->layout != ATTN_RING && ctx > m->in->capacity ? m->in->capacity : ctx;
}

static unsigned step(unsigned *s) { return *s = *s * 1664525u + 1013904223u; }
static float rnd(unsigned *s) { return (float)(step(s) >> 8) / 8388608.0f - 1.0f; }

/* n random elements in [-1, 1) of dtype (types.q: f32, f16 or bf16). */
static void *fill(size_t n, int dtype, unsigned *seed) {
  void *p = ceil_alloc(n * 4 + 64);
  if (!p) return NULL;
  for (size_t i = 0; i < n; i++) attnrt_store(p, dtype, i, rnd(seed));
  return p;
}

static long preempted(void) {
  struct rusage u;
  return getrusage(RUSAGE_SELF, &u) ? 0 : u.ru_nivcsw;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* A pool of n pages after churn: all allocated, released in a shuffled
 * order; the next allocations then come out in that order reversed. */
static int churned_pool(attnrt_pages *pool, int32_t n, unsigned *seed) {
  int rc = attnrt_pages_init(pool, n);
  int32_t *all = rc ? NULL : malloc((size_t)n * sizeof *all);
  if (rc || !all) return rc ? rc : ATTN_E_NOMEM;
  for (int32_t i = 0; i < n; i++) all[i] = attnrt_page_alloc(pool);
  for (int32_t i = n - 1; i > 0; i--) {
    int32_t j = (int32_t)(step(seed) % (unsigned)(i + 1)), t = all[i];
    all[i] = all[j], all[j] = t;
  }
  for (int32_t i = 0; i < n && !rc; i++) rc = attnrt_page_release(pool, all[i]);
  free(all);
  return rc;
}

/* Everything one measurement allocates (null when not allocated). */
typedef struct bufs {
  void *kc, *vc, *kn, *vn, *q, *out;
  float *lse;
  int32_t *table;
  attnrt_pages pool;
} bufs;

static void bufs_free(bufs *b) {
  free(b->kc), free(b->vc), free(b->kn), free(b->vn), free(b->q), free(b->out), free(b->lse), free(b->table);
  attnrt_pages_destroy(&b->pool);
}

static int fail(char *why, size_t why_size, const char *what, int rc) {
  if (rc) snprintf(why, why_size, "%s: %s (%s)", what, attnrt_strerror(rc), attnrt_last_error());
  else snprintf(why, why_size, "%s", what);
  return -1;
}

/* Fills the cache of a->batch = 1 with L tokens through NAME_append. */
static int fill_cache(measure_kernel *m, attn_args *a, bufs *b, int32_t L, unsigned *seed, char *why, size_t ws) {
  const attn_info *in = m->in;
  int paged = in->layout == ATTN_PAGED, ring = in->layout == ATTN_RING;
  int32_t T = paged ? in->page_size : in->capacity, P = paged ? (in->capacity + T - 1) / T : 1;
  size_t kb = attnrt_block_bytes(in, 0), vb = attnrt_block_bytes(in, 1);
  if (!kb || !vb) return fail(why, ws, "attnrt_block_bytes", ATTN_E_RANGE);
  b->kc = ceil_alloc(kb * (size_t)P), b->vc = ceil_alloc(vb * (size_t)P);
  if (!b->kc || !b->vc) {
    snprintf(why, ws, "out of memory for a cache of %zu MiB", (kb + vb) * (size_t)P >> 20);
    return -1;
  }
  memset(b->kc, 0, kb * (size_t)P), memset(b->vc, 0, vb * (size_t)P);
  a->k_cache = b->kc, a->v_cache = b->vc;
  if (paged) {
    int rc = churned_pool(&b->pool, P, seed);
    if (rc) return fail(why, ws, "page pool", rc);
    if (!(b->table = malloc((size_t)P * sizeof *b->table))) return fail(why, ws, "out of memory", 0);
    for (int32_t j = 0; j < P; j++) b->table[j] = -1; /* past the last page: never read */
    for (int32_t j = 0; j < (L + T - 1) / T; j++)
      if ((b->table[j] = attnrt_page_alloc(&b->pool)) < 0) return fail(why, ws, "page pool", b->table[j]);
    a->page_table = b->table, a->num_pages = b->pool.num_pages, a->page_refs = b->pool.refs;
  }
  /* New rows in chunks a ring accepts (at most capacity a call); one call
   * otherwise.  A ring past its capacity gets only its last 1.5 capacity
   * positions (what it keeps, and the wrap of a second call over the first:
   * the positions before are overwritten whatever they held). */
  int32_t chunk = ring && L > in->capacity ? in->capacity : L;
  int32_t start = ring && L > in->capacity + in->capacity / 2 ? L - in->capacity - in->capacity / 2 : 0;
  size_t hkv = (size_t)in->heads_kv;
  b->kn = fill((size_t)chunk * hkv * (size_t)in->dim, in->dtype_q, seed);
  b->vn = fill((size_t)chunk * hkv * (size_t)in->v_dim, in->dtype_q, seed);
  if (!b->kn || !b->vn) return fail(why, ws, "out of memory for the new keys and values", 0);
  a->k_new = b->kn, a->v_new = b->vn;
  for (int32_t done = start; done < L;) {
    int32_t len = L - done < chunk ? L - done : chunk;
    a->kv_len = &done, a->new_len = &len;
    int rc = m->f->append(a);
    if (rc < 0) return fail(why, ws, "NAME_append", rc);
    done += len;
  }
  a->kv_len = NULL, a->new_len = NULL, a->k_new = a->v_new = NULL;
  return 0;
}

/* What was timed computes attention: NAME's output (f32, f16 or bf16)
 * against attnrt_reference on the same cache (with the spec's expressions
 * through the interpreter), within 1e-2 (values in [-1, 1)): a cache
 * filled wrongly, or a kernel that reads the wrong rows, is reported
 * instead of timed. */
static int check_output(const measure_kernel *m, const attn_args *a, const void *out, char *why, size_t why_size) {
  const attn_info *in = m->in;
  size_t n = (size_t)in->heads_q * (size_t)in->v_dim;
  float *ref = malloc(n * 4 + 64), *lse = calloc((size_t)in->heads_q, sizeof *lse);
  if (!ref || !lse) {
    free(ref), free(lse);
    return fail(why, why_size, "out of memory", 0);
  }
  attn_args r = *a;
  r.out = ref, r.lse = in->lse ? lse : NULL;
  attn_info ri = *in;
  ri.dtype_out = ATTN_F32;
  const expr_pair *x = &m->exprs;
  attnrt_ref_mods mods = {(void *)x, x->mask ? expr_pair_visible : NULL, x->score ? expr_pair_score : NULL};
  int rc = attnrt_reference_ex(&ri, &r, x->mask || x->score ? &mods : NULL);
  double worst = 0;
  for (size_t i = 0; i < n && !rc; i++) {
    double d = fabs((double)attnrt_load(out, in->dtype_out, i) - ref[i]);
    if (!(d <= worst)) worst = d; /* NaN too */
  }
  free(ref), free(lse);
  if (rc) return fail(why, why_size, "attnrt_reference", rc);
  if (!(worst <= 1e-2)) {
    snprintf(why, why_size, "NAME's output differs from attnrt_reference by %.3g: not timed", worst);
    return -1;
  }
  return 0;
}

/* reps clean runs of NAME (at most 5 reps tries), each after an eviction
 * read unless hot; *r but its context. */
static int time_runs(measure_kernel *m, const attn_args *a, int hot, int reps, measure_result *r, char *why,
                     size_t why_size) {
  int tries_max = 5 * reps, clean = 0, dirty = 0, rc = 0;
  double *t = malloc(2 * (size_t)tries_max * sizeof *t), *bw = t + tries_max;
  if (!t) return fail(why, why_size, "out of memory", 0);
  /* clean runs first in t, the preempted ones from the back */
  volatile double sink = 0;
  for (int i = 0; i < tries_max && clean < reps && !rc; i++) {
    double f0 = attnrt_now();
    if (!hot) sink += ceil_read(m->flush, FLUSH_BYTES / sizeof(float), omp_get_max_threads());
    long c0 = preempted();
    double t0 = attnrt_now();
    int st = m->f->run(a);
    double t1 = attnrt_now();
    if (st < 0) rc = fail(why, why_size, "NAME", st);
    bw[i] = hot ? 0 : FLUSH_BYTES / (t0 - f0);
    if (preempted() == c0) {
      t[clean++] = t1 - t0;
    } else { /* let the other process have the core a while before the next try */
      t[tries_max - 1 - dirty++] = t1 - t0;
      nanosleep(&(struct timespec){.tv_nsec = 50 * 1000 * 1000}, NULL);
    }
  }
  (void)sink;
  if (!rc) {
    int tries = clean + dirty, n = clean;
    if (clean < reps / 2) /* mostly preempted: every try, as it came */
      memmove(t + clean, t + tries_max - dirty, (size_t)dirty * sizeof *t), n = tries;
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    qsort(bw, (size_t)tries, sizeof *bw, cmp_double);
    *r = (measure_result){.median = t[n / 2], .best = t[0], .clean = clean, .tries = tries, .read_bw = bw[tries / 2]};
  }
  free(t);
  return rc;
}

int measure_decode(measure_kernel *m, long long ctx, measure_result *r, char *why, size_t why_size) {
  const attn_info *in = m->in;
  long long lc = measure_context(m, ctx);
  if (lc > 1 << 30) return fail(why, why_size, "context too long to measure", 0);
  int32_t L = (int32_t)lc, one = 1;
  unsigned seed = 7;
  bufs b = {0};
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = 1;
  size_t hq = (size_t)in->heads_q;
  int rc = 0;
  if (fill_cache(m, &a, &b, L, &seed, why, why_size)) rc = -1;
  if (!rc) {
    b.q = fill(hq * (size_t)in->dim, in->dtype_q, &seed);
    b.out = fill(hq * (size_t)in->v_dim, ATTN_F32, &seed);
    b.lse = calloc(hq, sizeof *b.lse);
    if (!b.q || !b.out || !b.lse) rc = fail(why, why_size, "out of memory", 0);
  }
  if (!rc) {
    a.kv_len = &L, a.q_len = in->phase == ATTN_MIXED ? &one : NULL;
    a.q = b.q, a.out = b.out, a.lse = in->lse ? b.lse : NULL;
    int st = m->f->run(&a); /* warm-up: code, workspace, page tables */
    if (st < 0) rc = fail(why, why_size, "NAME", st);
  }
  if (!rc) rc = check_output(m, &a, b.out, why, why_size);
  if (!rc) rc = time_runs(m, &a, 0, REPS, r, why, why_size);
  if (!rc) r->context = lc;
  bufs_free(&b);
  return rc;
}

/* One calibration kernel: for rate r a cache type, the spec of that cache
 * type (Hq 32, Hkv 8, D = Dv = 128: the dot tile); for COST_LANES an MQA
 * spec (Hq 16, Hkv 1, D = Dv = 128, bf16 cache: the lanes tile); f32
 * queries and outputs, lse, capacity MEASURE_TILE_CONTEXT, compiled for
 * this machine, its cache filled to L. */
typedef struct calib {
  measure_kernel *m;
  bufs b;
  attn_args a;
  int32_t L;
  double flops; /* of one step */
} calib;

static void calib_close(calib *c) {
  bufs_free(&c->b);
  measure_close(c->m);
  memset(c, 0, sizeof *c);
}

static int calib_open(calib *c, int r, int32_t L, int cold, char *why, size_t why_size) {
  int lanes = r == COST_LANES;
  const char *type = lanes ? "lanes" : spec_dtype_name((attn_dtype)r);
  char text[512];
  snprintf(text, sizeof text,
           "attncc: 1\nname: calibrate_%s\nphase: decode\nheads: {q: %d, kv: %d, dim: 128}\n"
           "types: {q: f32, cache: %s, out: f32}\n"
           "cache: {layout: contiguous, order: token_major, capacity: %d}\nmask: {causal: true}\n"
           "output: {lse: true}\n",
           type, lanes ? 16 : 32, lanes ? 1 : 8, lanes ? "bf16" : type, MEASURE_TILE_CONTEXT);
  memset(c, 0, sizeof *c);
  attncc_options o;
  attncc_options_init(&o);
  attncc_diags *d = NULL;
  attncc_kernel *k = attncc_jit_string(text, strlen(text), "<calibrate>", &o, &d);
  if (!k && d && attncc_diags_count(d)) {
    char msg[512];
    attncc_diag_format(attncc_diags_get(d, 0), msg, sizeof msg);
    snprintf(why, why_size, "the %s decode tile does not compile: %.160s", type, msg);
  } else if (!k) {
    snprintf(why, why_size, "the %s decode tile does not compile", type);
  }
  attncc_diags_free(d);
  if (!k || !(c->m = wrap(k, cold, why, why_size))) return -1;
  const attn_info *in = c->m->in;
  unsigned seed = 11;
  c->L = L;
  c->a = (attn_args){.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args), .batch = 1};
  size_t hq = (size_t)in->heads_q;
  int rc = fill_cache(c->m, &c->a, &c->b, L, &seed, why, why_size);
  if (!rc) {
    c->b.q = fill(hq * (size_t)in->dim, in->dtype_q, &seed);
    c->b.out = fill(hq * (size_t)in->v_dim, ATTN_F32, &seed);
    c->b.lse = calloc(hq, sizeof *c->b.lse);
    if (!c->b.q || !c->b.out || !c->b.lse) rc = fail(why, why_size, "out of memory", 0);
  }
  c->a.kv_len = &c->L, c->a.q = c->b.q, c->a.out = c->b.out, c->a.lse = c->b.lse;
  c->flops = 2.0 * (double)hq * (in->dim + in->v_dim) * L;
  if (rc) calib_close(c);
  return rc;
}

/* reps clean runs, after a warm-up (code, workspace; hot: the cache into L2/L3). */
static int calib_time(calib *c, int reps, measure_result *r, char *why, size_t why_size) {
  for (int i = 0; i < 5; i++) {
    int st = c->m->f->run(&c->a);
    if (st < 0) return fail(why, why_size, "NAME", st);
  }
  return time_runs(c->m, &c->a, !c->m->flush, reps, r, why, why_size);
}

int measure_calibration(int quick, double rate[COST_NRATES], double *call, char why[COST_NRATES + 1][256]) {
  enum { ROUNDS = 5 };
  calib c[COST_NRATES];
  int rounds = quick ? 1 : ROUNDS, reps = quick ? 11 : 21, busy = 0;
  int tries[COST_NRATES + 1] = {0}, clean[COST_NRATES + 1] = {0};
  double med[COST_NRATES][ROUNDS];
  for (int t = 0; t <= COST_NRATES; t++) why[t][0] = 0;
  for (int t = 0; t < COST_NRATES; t++) {
    rate[t] = 0;
    if (calib_open(&c[t], t, MEASURE_TILE_CONTEXT, 0, why[t], sizeof why[t])) c[t].m = NULL;
  }
  /* rounds over the types, so that a slow spell of the machine lowers one
   * round of each rather than every round of one type */
  for (int r = 0; r < rounds; r++)
    for (int t = 0; t < COST_NRATES; t++) {
      measure_result mr;
      if (!c[t].m) continue;
      if (calib_time(&c[t], reps, &mr, why[t], sizeof why[t])) {
        calib_close(&c[t]);
        continue;
      }
      med[t][r] = mr.median, tries[t] += mr.tries, clean[t] += mr.clean;
    }
  for (int t = 0; t < COST_NRATES; t++) {
    if (!c[t].m) continue;
    qsort(med[t], (size_t)rounds, sizeof med[t][0], cmp_double);
    rate[t] = c[t].flops / med[t][rounds / 2];
    calib_close(&c[t]);
  }
  /* the call: cold, at a context of MEASURE_CALL_CONTEXT keys */
  *call = 0;
  calib k;
  if (!calib_open(&k, ATTN_F16, MEASURE_CALL_CONTEXT, 1, why[COST_NRATES], sizeof why[0])) {
    measure_result mr;
    if (!calib_time(&k, quick ? 5 : 31, &mr, why[COST_NRATES], sizeof why[0]))
      *call = mr.median, tries[COST_NRATES] = mr.tries, clean[COST_NRATES] = mr.clean;
    calib_close(&k);
  }
  for (int t = 0; t <= COST_NRATES; t++)
    if (4 * (tries[t] - clean[t]) > tries[t]) {
      busy++;
      snprintf(why[t], sizeof why[t], "%d of %d runs preempted by other processes", tries[t] - clean[t], tries[t]);
    }
  return busy;
}
