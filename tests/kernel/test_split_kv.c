/*
 * Split-KV and its merge (runtime/plan.c, runtime/dispatch.c) with JIT-compiled
 * kernels: one KV group, causal decode and mixed kernels in f32 and f16, on
 * num_threads = 2, 4, 8, 16 (the split count follows the requested threads,
 * whatever OpenMP runs physically), with lengths chosen around the plan's
 * key_align and min_split so that
 *   - every thread count splits some call, up to nsplit = T;
 *   - a unit's last split is nearly empty (kv_len one past a multiple of
 *     key_align);
 *   - whole splits are empty: nsplit is one per call (from the longest
 *     sequence), so a short sequence (kv_len 1, key_align + 1, or fewer
 *     than nsplit * key_align keys) next to a long one, or an early query
 *     tile of a causal mixed call, has fewer keys than splits.  A single
 *     sequence cannot show it: a split needs min_split keys (256 today)
 *     and a unit's split length is rounded up by less than key_align, so
 *     with batch 1 and T <= 16 no split of the long unit is empty; hence
 *     the two-sequence cases (batch 1 cases still cover nsplit = T and
 *     kv_len 1, which does not split);
 *   - under the causal mask some rows see no key of a non-empty split
 *     (their partial is m = -inf, l = 0).
 * The premise is asserted, not assumed: the test recomputes units, nsplit,
 * empty splits and blind rows from plan.c's formulas with the kernel's own
 * plan (q_tile, head_block, key_align, min_split), checks nsplit against the
 * task count NAME_tasks returns, and checks that the cases above occur.
 *
 * Every call runs four ways on the same inputs: NAME, and NAME_tasks +
 * NAME_task in forward, reverse and shuffled order (the last finisher of a
 * unit merges, so the merging split differs); all four must match the
 * double-precision reference (out within kc_tolerance, lse within 1e-4) and
 * each other bit for bit (the merge reads splits in split order).  Outputs
 * start as NaN, cache slots past kv_len hold NaN, and so does the workspace
 * the tasks paths hand to NAME_tasks (a partial slot nobody wrote shows).
 *
 * Links attncc_core (not the shared libattncc) to read the plan: kcheck.c
 * is compiled in, so the process has one copy of the compiler.
 */
#include <check.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/backend.h"
#include "kcheck.h"
#include "spec/spec.h"

/* The kernel's task shape, from the same plan the JIT builds. */
typedef struct kparams {
  int group, q_tile, head_block, key_align, min_split;
  int kv_heads; /* KV heads per task: the runtime schedules heads_kv / kv_heads groups */
} kparams;

static kparams plan_of(const char *text) {
  cc_arena *a = cc_arena_new();
  attncc_diags *d = cc_diags_new();
  attn_spec s;
  be_target t;
  attn_plan p;
  ck_assert(spec_parse(a, text, strlen(text), "<test>", NULL, 0, &s, d) == 0);
  ck_assert(be_target_init(a, NULL, NULL, NULL, 0, 0, &t, d) == 0); /* host, as kc_jit(text, NULL) */
  plan_make(&s, &t.facts, &p);
  kparams k = {p.group, p.q_tile, p.head_block, p.key_align, p.min_split, p.kv_heads};
  attncc_diags_free(d);
  cc_arena_free(a);
  return k;
}

static int64_t ceil_div(int64_t x, int64_t y) { return (x + y - 1) / y; }

/* What runtime/plan.c decides for a call, recomputed (its header comment). */
typedef struct model {
  int64_t units;
  int32_t nsplit;
  int64_t splits;   /* non-empty (unit, split) pairs */
  int64_t empty;    /* (unit, split) pairs without a key */
  int64_t blind;    /* (row, split) pairs: the split has keys, the causal row sees none */
  int32_t min_keys; /* fewest keys in a non-empty split */
} model;

static model model_of(const kparams *kp, const attn_info *in, int batch, const int32_t *kv,
                      const int32_t *ql, int threads) {
  model m = {0};
  /* the descriptor's view: groups of kv_heads KV heads, head_block * kv_heads heads a unit */
  int64_t per_tile = (int64_t)(in->heads_kv / kp->kv_heads) * (kp->group / kp->head_block);
  int32_t max_e = 0;
  for (int b = 0; b < batch; b++) {
    if (ql[b] == 0) continue;
    m.units += (in->phase == ATTN_DECODE ? 1 : ceil_div(ql[b], kp->q_tile)) * per_tile;
    if (kv[b] > max_e) max_e = kv[b];
  }
  m.nsplit = 1;
  if (m.units > 0 && m.units < threads) {
    int64_t want = ceil_div(threads, m.units), most = max_e / kp->min_split;
    m.nsplit = (int32_t)(want < most ? want : most > 1 ? most : 1);
  }
  m.min_keys = INT32_MAX;
  for (int b = 0; b < batch; b++)
    for (int32_t q0 = 0; q0 < ql[b]; q0 += kp->q_tile) {
      int32_t q1 = ql[b] - q0 < kp->q_tile ? ql[b] : q0 + kp->q_tile, pos0 = kv[b] - ql[b];
      int64_t e = in->causal && pos0 + q1 < kv[b] ? pos0 + q1 : kv[b];
      int64_t c = ceil_div(ceil_div(e, m.nsplit), kp->key_align) * kp->key_align;
      for (int32_t s = 0; s < m.nsplit; s++) {
        int64_t lo = s * c < e ? s * c : e, hi = (s + 1) * c < e ? (s + 1) * c : e;
        if (lo >= hi) {
          m.empty += per_tile;
          continue;
        }
        m.splits += per_tile;
        if (hi - lo < m.min_keys) m.min_keys = (int32_t)(hi - lo);
        for (int32_t qi = q0; qi < q1; qi++)
          if (in->causal && pos0 + qi + 1 <= lo) m.blind += per_tile * kp->head_block * kp->kv_heads;
      }
    }
  return m;
}

/* --- one call's inputs, run four ways -------------------------------------- */

static unsigned long long rng;
static double rnd(void) { /* xorshift64*, uniform in [-1, 1) */
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return (double)((rng * 2685821657736338717ull) >> 11) / 9007199254740992.0 * 2 - 1;
}

enum { MAXB = 2 };

typedef struct call {
  const attn_info *in;
  attn_args a;
  int32_t kv[MAXB], ql[MAXB];
  int64_t rows;
  size_t on, ln;
  void *q, *k, *v, *out, *ref;
  float *lse, *lref;
} call;

static void call_init(call *c, const attn_info *in, int batch, const int32_t *kv, const int32_t *ql,
                      int threads, unsigned seed) {
  memset(c, 0, sizeof *c);
  c->in = in;
  rng = 0x9e3779b97f4a7c15ull ^ seed;
  for (int b = 0; b < batch; b++) {
    c->kv[b] = kv[b];
    c->ql[b] = in->phase == ATTN_DECODE ? 1 : ql[b];
    c->rows += c->ql[b];
  }
  size_t cs = attnrt_dtype_size(in->dtype_cache), os = attnrt_dtype_size(in->dtype_out);
  size_t kw = (size_t)in->heads_kv * in->dim, vw = (size_t)in->heads_kv * in->v_dim; /* a token's row */
  size_t kn = (size_t)batch * in->capacity * kw;
  size_t vn = (size_t)batch * in->capacity * vw;
  size_t qn = (size_t)c->rows * in->heads_q * in->dim;
  c->on = (size_t)c->rows * in->heads_q * in->v_dim;
  c->ln = (size_t)c->rows * in->heads_q;
  c->k = malloc(kn * cs);
  c->v = malloc(vn * cs);
  c->q = malloc(qn * attnrt_dtype_size(in->dtype_q) + 1);
  c->out = malloc(c->on * os + 1);
  c->ref = malloc(c->on * os + 1);
  c->lse = malloc(c->ln * 4 + 4);
  c->lref = malloc(c->ln * 4 + 4);
  /* Slots past kv_len hold NaN (all-ones bits, f32 and f16 alike). */
  memset(c->k, 0xff, kn * cs);
  memset(c->v, 0xff, vn * cs);
  for (int b = 0; b < batch; b++)
    for (size_t t = 0; t < (size_t)kv[b]; t++) /* token_major */
      for (size_t i = 0; i < kw; i++)
        attnrt_store(c->k, in->dtype_cache, ((size_t)b * in->capacity + t) * kw + i, (float)rnd());
  for (int b = 0; b < batch; b++)
    for (size_t t = 0; t < (size_t)kv[b]; t++)
      for (size_t i = 0; i < vw; i++)
        attnrt_store(c->v, in->dtype_cache, ((size_t)b * in->capacity + t) * vw + i, (float)rnd());
  for (size_t i = 0; i < qn; i++) attnrt_store(c->q, in->dtype_q, i, (float)(2 * rnd()));
  c->a = (attn_args){.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  c->a.batch = batch;
  c->a.num_threads = threads;
  c->a.kv_len = c->kv;
  c->a.q_len = in->phase == ATTN_MIXED ? c->ql : NULL;
  c->a.q = c->q;
  c->a.k_cache = c->k;
  c->a.v_cache = c->v;
  c->a.out = c->ref;
  c->a.lse = c->lref;
  int rc = attnrt_reference(in, &c->a);
  ck_assert_msg(rc == 0, "reference: %s (%s)", attnrt_strerror(rc), attnrt_last_error());
  c->a.out = c->out;
  c->a.lse = c->lse;
}

static void call_free(call *c) {
  free(c->q), free(c->k), free(c->v), free(c->out), free(c->ref), free(c->lse), free(c->lref);
}

typedef enum mode { RUN, FORWARD, REVERSE, SHUFFLED, NMODES } mode;
static const char *const MODE_NAME[] = {"NAME", "tasks forward", "tasks reversed", "tasks shuffled"};

/* Runs the call one way into poisoned out/lse; *tasks gets NAME_tasks's
 * count (-1 for NAME).  Returns the first error status. */
static int call_run(call *c, const attncc_fns *f, mode md, int64_t *tasks, int64_t *ws_bytes) {
  memset(c->out, 0xff, c->on * attnrt_dtype_size(c->in->dtype_out));
  memset(c->lse, 0xff, c->ln * 4);
  *ws_bytes = f->workspace(&c->a);
  *tasks = -1;
  if (md == RUN) return f->run(&c->a);
  if (*ws_bytes < 0) return (int)*ws_bytes;
  void *w = *ws_bytes > 0 ? aligned_alloc(64, (size_t)*ws_bytes) : NULL; /* a multiple of 64 */
  if (w) memset(w, 0xff, (size_t)*ws_bytes); /* NaN: a slot nobody wrote shows */
  c->a.workspace = w;
  c->a.workspace_size = (size_t)*ws_bytes;
  int64_t n = f->tasks(&c->a);
  int rc = n < 0 ? (int)n : 0;
  *tasks = n;
  int64_t *order = malloc(sizeof *order * (size_t)(n > 0 ? n : 1));
  for (int64_t i = 0; i < n; i++) order[i] = md == REVERSE ? n - 1 - i : i;
  for (int64_t i = n - 1; md == SHUFFLED && i > 0; i--) {
    int64_t j = (int64_t)((rnd() + 1) / 2 * (double)(i + 1)) % (i + 1), t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  for (int64_t i = 0; i < n && !rc; i++) rc = f->task(&c->a, order[i]);
  free(order);
  free(w);
  c->a.workspace = NULL;
  c->a.workspace_size = 0;
  return rc;
}

/* Max |out - ref| (NaN counts as 1e30) and max lse error. */
static void call_errors(const call *c, double *out_err, double *lse_err) {
  *out_err = *lse_err = 0;
  for (size_t i = 0; i < c->on; i++) {
    double e = fabs((double)attnrt_load(c->out, c->in->dtype_out, i) - attnrt_load(c->ref, c->in->dtype_out, i));
    if (!(e <= 1e30)) e = 1e30;
    if (e > *out_err) *out_err = e;
  }
  for (size_t i = 0; i < c->ln; i++) {
    double e = c->lse[i] == c->lref[i] ? 0 : fabs((double)c->lse[i] - c->lref[i]);
    if (!(e <= 1e30)) e = 1e30;
    if (e > *lse_err) *lse_err = e;
  }
}

/* --- the cases -------------------------------------------------------------- */

typedef struct kspec {
  const char *phase, *tq, *tc, *to;
  int hq, hkv, dim;
} kspec;

/* hkv > 1 (decode): tasks of several KV heads (plan kv_heads, asserted) */
static const kspec SPECS[] = {
    {"decode", "f32", "f32", "f32", 4, 1, 64},
    {"decode", "f16", "f16", "f16", 4, 1, 40},
    {"mixed", "f32", "f32", "f32", 4, 1, 64},
    {"mixed", "f32", "f16", "f16", 4, 1, 72},
    {"decode", "f32", "f16", "f32", 8, 4, 64},
    {"decode", "bf16", "bf16", "bf16", 6, 3, 80},
};
enum { NSPECS = sizeof SPECS / sizeof SPECS[0] };
static const int THREADS[] = {2, 4, 8, 16};
enum { NTHREADS = sizeof THREADS / sizeof THREADS[0] };

typedef struct lens {
  int batch;
  int32_t kv[MAXB], q[MAXB];
  const char *what;
} lens;

static int32_t min32(int64_t a, int64_t b) { return (int32_t)(a < b ? a : b); }

/* Lengths for a thread count T from the plan: L = min_split, A = key_align,
 * Q = q_tile. */
static int cases_for(const kparams *kp, int phase, int T, lens *out) {
  int32_t L = kp->min_split, A = kp->key_align, Q = kp->q_tile, n = 0;
  int32_t half = (int32_t)ceil_div(T, 2); /* nsplit of a two-unit call with a long sequence */
  if (phase == ATTN_DECODE) {
    out[n++] = (lens){1, {L * T + 1}, {1}, "T splits, the last one past a multiple of key_align"};
    out[n++] = (lens){1, {2 * L + 1}, {1}, "2 splits"};
    out[n++] = (lens){1, {1}, {1}, "kv_len 1: too short to split"};
    out[n++] = (lens){2, {L * T, 1}, {1, 1}, "kv_len 1 beside a long sequence"};
    out[n++] = (lens){2, {L * T + 1, A + 1}, {1, 1}, "kv_len key_align + 1 beside a long sequence"};
    out[n++] = (lens){2, {L * T + 3, half * A - 1}, {1, 1}, "kv_len nsplit * key_align - 1"};
  } else {
    out[n++] = (lens){1, {L * T + 1}, {3}, "3 queries, T splits"};
    /* T-1 units split 2 ways: 2 * min_split keys suffice (and keep the
     * reference's queries x keys small). */
    out[n++] = (lens){1, {2 * L + 1}, {min32(Q * (T - 2) + 1, 2 * L + 1)}, "T-1 query tiles, the last of one query"};
    out[n++] = (lens){1, {2 * L + 5}, {min32(Q * (T - 1), 2 * L + 5)}, "T-1 full query tiles"};
    out[n++] = (lens){2, {L * T + 1, 5 * Q + 5}, {1, 5 * Q}, "early query tiles beside a long sequence"};
    out[n++] = (lens){2, {L * T, 1}, {1, 1}, "kv_len 1 beside a long sequence"};
    out[n++] = (lens){2, {L * T + 1, A + 1}, {1, Q < A ? Q : A}, "queries before key_align, a split at key_align"};
    out[n++] = (lens){2, {L * T + 7, 2 * A + 3}, {2, 0}, "no queries beside a long sequence"};
  }
  return n;
}

typedef struct tally {
  int calls, split_calls, max_nsplit;
  int32_t min_keys; /* fewest keys in a non-empty split of a split call */
  int64_t empty, blind;
} tally;

START_TEST(split_kv) {
  const kspec *ks = &SPECS[_i];
  /* The capacity fits the longest sequence of the largest T. */
  char *spec = kc_spec("split", ks->phase, ks->hq, ks->hkv, ks->dim, ks->dim, ks->tq, ks->tc, ks->to, 1, 1,
                       "token_major", 1);
  int cap = plan_of(spec).min_split * THREADS[NTHREADS - 1] + 64;
  free(spec);
  spec = kc_spec("split", ks->phase, ks->hq, ks->hkv, ks->dim, ks->dim, ks->tq, ks->tc, ks->to, 1, 1, "token_major", cap);
  kparams kp = plan_of(spec);
  attncc_kernel *k = kc_jit(spec, NULL);
  ck_assert_msg(k != NULL, "does not compile:\n%s", spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *in = f->info();
  double tol = kc_tolerance(in->dtype_out);
  printf("split_kv %s %s/%s/%s Hq %d Hkv %d: q_tile %d, head_block %d, kv_heads %d, key_align %d, min_split %d\n",
         ks->phase, ks->tq, ks->tc, ks->to, ks->hq, ks->hkv, kp.q_tile, kp.head_block, kp.kv_heads, kp.key_align,
         kp.min_split);
  if (ks->hkv > 1) ck_assert_msg(kp.kv_heads > 1, "Hkv %d decode: the plan keeps one KV head a task", ks->hkv);

  for (int ti = 0; ti < NTHREADS; ti++) {
    int T = THREADS[ti];
    lens cs[8];
    int ncases = cases_for(&kp, in->phase, T, cs);
    tally tl = {.min_keys = INT32_MAX};
    for (int ci = 0; ci < ncases; ci++) {
      const lens *l = &cs[ci];
      char name[256];
      snprintf(name, sizeof name, "%s %s/%s/%s, T %d, kv {%d, %d} q {%d, %d} (%s)", ks->phase, ks->tq, ks->tc,
               ks->to, T, (int)l->kv[0], l->batch > 1 ? (int)l->kv[1] : -1, (int)l->q[0],
               l->batch > 1 ? (int)l->q[1] : -1, l->what);
      call c;
      call_init(&c, in, l->batch, l->kv, l->q, T, 7919u * (unsigned)(_i * 64 + ti * 8 + ci));
      model m = model_of(&kp, in, l->batch, c.kv, c.ql, T);
      tl.calls++;
      tl.split_calls += m.nsplit > 1;
      tl.max_nsplit = m.nsplit > tl.max_nsplit ? m.nsplit : tl.max_nsplit;
      tl.empty += m.empty;
      tl.blind += m.blind;
      if (m.nsplit > 1 && m.min_keys < tl.min_keys) tl.min_keys = m.min_keys;
      void *first = malloc(c.on * attnrt_dtype_size(in->dtype_out) + 1);
      float *first_lse = malloc(c.ln * 4 + 4);
      for (int md = 0; md < NMODES; md++) {
        int64_t tasks, ws;
        int rc = call_run(&c, f, (mode)md, &tasks, &ws);
        ck_assert_msg(rc == 0, "%s, %s: status %d (%s: %s)", name, MODE_NAME[md], rc, attnrt_strerror(rc),
                      attnrt_last_error());
        /* The premise: the runtime split as plan.c's formula says. */
        ck_assert_msg((ws > 0) == (m.nsplit > 1), "%s: workspace %lld but the model has nsplit %d", name,
                      (long long)ws, (int)m.nsplit);
        if (md != RUN)
          ck_assert_msg(tasks == m.units * m.nsplit, "%s: %lld tasks, the model has %lld units x %d splits", name,
                        (long long)tasks, (long long)m.units, (int)m.nsplit);
        double oe, le;
        call_errors(&c, &oe, &le);
        ck_assert_msg(oe <= tol && le <= 1e-4,
                      "%s, %s: nsplit %d (%lld empty splits, %lld blind rows): max error %.3g (tol %.3g), "
                      "lse error %.3g\n%s",
                      name, MODE_NAME[md], (int)m.nsplit, (long long)m.empty, (long long)m.blind, oe, tol, le, spec);
        size_t ob = c.on * attnrt_dtype_size(in->dtype_out);
        if (md == RUN) {
          memcpy(first, c.out, ob);
          memcpy(first_lse, c.lse, c.ln * 4);
        } else {
          ck_assert_msg(memcmp(first, c.out, ob) == 0 && memcmp(first_lse, c.lse, c.ln * 4) == 0,
                        "%s: %s differs from NAME in some bit (the merge must not depend on order)", name,
                        MODE_NAME[md]);
        }
      }
      free(first);
      free(first_lse);
      call_free(&c);
    }
    printf("  T %2d: %d calls, %d split (nsplit up to %d, smallest split %d keys), %lld empty splits, "
           "%lld (row, split) pairs seeing no key\n",
           T, tl.calls, tl.split_calls, tl.max_nsplit, (int)tl.min_keys, (long long)tl.empty, (long long)tl.blind);
    fflush(stdout);
    /* The cases reach what they are here for. */
    ck_assert_msg(tl.max_nsplit == T, "T %d: no call split T ways (max %d)", T, tl.max_nsplit);
    if (T >= 4) ck_assert_msg(tl.empty > 0 && tl.min_keys == 1, "T %d: no empty split or none of 1 key", T);
    if (T >= 4 && in->phase == ATTN_MIXED) ck_assert_msg(tl.blind > 0, "T %d: no row blind to a split", T);
  }
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

/* Host threads calling one kernel at once, each with its own inputs and
 * lengths: two through NAME (each with the workspace the runtime keeps for
 * its thread), one through NAME_tasks + NAME_task with its own workspace;
 * the thread counts alternate 2 and 8 so consecutive calls split another
 * number of ways.  Every call is checked against the reference on poisoned
 * outputs. */
enum { HOSTS = 3, HOST_CALLS = 24 };
typedef struct host {
  call c;
  const attncc_fns *f;
  mode md;
  double tol;
  int bad;
  char first[200];
} host;

static void *host_main(void *arg) {
  host *h = arg;
  for (int i = 0; i < HOST_CALLS && !h->bad; i++) {
    h->c.a.num_threads = i % 2 ? 8 : 2;
    int64_t tasks, ws;
    int rc = call_run(&h->c, h->f, h->md, &tasks, &ws);
    double oe = 0, le = 0;
    if (!rc) call_errors(&h->c, &oe, &le);
    if (rc || oe > h->tol || le > 1e-4)
      snprintf(h->first, sizeof h->first, "call %d, %s, %d threads, workspace %lld: status %d, error %.3g, lse %.3g",
               i, MODE_NAME[h->md], (int)h->c.a.num_threads, (long long)ws, rc, oe, le), h->bad = 1;
  }
  return NULL;
}

START_TEST(host_threads_at_once) {
  const kspec *ks = &SPECS[_i ? 3 : 4]; /* GQA decode with tasks of several KV heads; mixed */
  char *spec = kc_spec("hosts", ks->phase, ks->hq, ks->hkv, ks->dim, ks->dim, ks->tq, ks->tc, ks->to, 1, 1,
                       "token_major", 1);
  int32_t L = plan_of(spec).min_split;
  free(spec);
  spec = kc_spec("hosts", ks->phase, ks->hq, ks->hkv, ks->dim, ks->dim, ks->tq, ks->tc, ks->to, 1, 1,
                 "token_major", 8 * L + 64);
  attncc_kernel *k = kc_jit(spec, NULL);
  ck_assert_msg(k != NULL, "does not compile:\n%s", spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *in = f->info();
  const int32_t kv[HOSTS][MAXB] = {{8 * L + 1, 3}, {2 * L + 7, 5 * L}, {1, 4 * L + 9}};
  const int32_t ql[HOSTS][MAXB] = {{3, 1}, {1, 9}, {1, 17}};
  host hs[HOSTS];
  for (int t = 0; t < HOSTS; t++) {
    hs[t] = (host){.f = f, .md = t == 0 ? FORWARD : RUN, .tol = kc_tolerance(in->dtype_out)};
    call_init(&hs[t].c, in, 2, kv[t], ql[t], 2, 104729u * (unsigned)(t + 1)); /* rng is not thread-safe */
  }
  pthread_t th[HOSTS];
  for (int t = 0; t < HOSTS; t++) ck_assert_int_eq(pthread_create(&th[t], NULL, host_main, &hs[t]), 0);
  for (int t = 0; t < HOSTS; t++) pthread_join(th[t], NULL);
  for (int t = 0; t < HOSTS; t++) {
    ck_assert_msg(!hs[t].bad, "%s host thread %d: %s", ks->phase, t, hs[t].first);
    call_free(&hs[t].c);
  }
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_split_kv");
  TCase *tc = tcase_create("split_kv");
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, split_kv, 0, NSPECS);
  tcase_add_loop_test(tc, host_threads_at_once, 0, 2);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
