/*
 * Cache layouts, quantized caches and sliding windows (kernel ABI 5,
 * docs/layouts.md) through JIT-compiled kernels.
 *
 * Each case compiles a spec, fills its cache the way an engine would, with
 * NAME_append from random f32 tokens (in several appends, so rings wrap and
 * pages fill one after another; paged caches take pages from an attnrt_pages
 * pool in a shuffled order, and the second sequence shares the first one's
 * prefix pages by attnrt_pages_fork), then runs NAME on 1 and 2 threads into
 * poisoned outputs and compares:
 *   - with attnrt_reference on the same cache (it dequantizes through the
 *     runtime's own addressing, independent of the generated code):
 *     out within kc_tolerance, lse within 1e-4;
 *   - with the reference on the unquantized tokens (an f32 contiguous cache):
 *     within the bound the quantization errors allow.  If each score moves
 *     by at most eps (natural units; eps = scale * max over rows and keys of
 *     sum_d |q_d| |dk_d|) and each value element by at most dv, then
 *       |out - out_f32| <= dv + (e^(2 eps) - 1) max |v|
 *     (softmax weights change by a factor within e^(+-2 eps)); the test
 *     measures dk, dv from the cache and checks that bound (plus the f32
 *     tolerance).  With rope on write the comparison cache holds the keys
 *     rotated in double, as the cache does.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kcheck.h"

typedef struct lcase {
  const char *phase;
  int hq, hkv, dim, v_dim;
  const char *tq, *tc, *to;
  const char *layout;
  int page_size; /* paged */
  const char *order;
  int capacity, window; /* window 0: none */
  const char *features; /* null: host */
  const char *extra;    /* more spec text (rope), or null */
} lcase;

static const lcase CASES[] = {
    /* paged: page sizes 1, 16, 256; both tile shapes; both orders */
    {"decode", 8, 2, 64, 64, "f32", "f16", "f32", "paged", 16, "token_major", 1024, 0, NULL, NULL},
    {"decode", 32, 8, 128, 128, "f32", "f16", "f32", "paged", 16, "token_major", 1024, 0, NULL, NULL},
    {"mixed", 8, 2, 64, 64, "f32", "f32", "f32", "paged", 1, "head_major", 512, 0, NULL, NULL},
    {"prefill", 4, 4, 32, 32, "f32", "bf16", "f32", "paged", 256, "token_major", 768, 0, NULL, NULL},
    {"decode", 8, 1, 48, 40, "f32", "f32", "f32", "paged", 256, "head_major", 1024, 0, NULL, NULL},
    /* quantized caches, contiguous and paged */
    {"decode", 32, 8, 128, 128, "f32", "i8", "f32", "contiguous", 0, "token_major", 1024, 0, NULL, NULL},
    {"decode", 8, 2, 64, 64, "f32", "q4", "f32", "contiguous", 0, "head_major", 512, 0, NULL, NULL},
    {"decode", 8, 2, 64, 64, "f32", "fp8_e4m3", "f32", "paged", 16, "token_major", 512, 0, NULL, NULL},
    {"decode", 8, 2, 64, 64, "f16", "fp8_e5m2", "f16", "contiguous", 0, "token_major", 512, 0, NULL, NULL},
    {"mixed", 8, 2, 64, 64, "f32", "i8", "f32", "paged", 16, "head_major", 512, 0, NULL, NULL},
    {"prefill", 4, 4, 64, 32, "f32", "q4", "bf16", "contiguous", 0, "token_major", 384, 0, NULL, NULL},
    {"mixed", 4, 1, 40, 40, "f32", "fp8_e4m3", "f32", "contiguous", 0, "head_major", 256, 0, NULL, NULL},
    {"decode", 8, 8, 64, 64, "f32", "q4", "f32", "paged", 16, "token_major", 512, 0, NULL, NULL},
    /* sliding windows (contiguous), and rings past their capacity */
    {"decode", 8, 2, 64, 64, "f32", "f16", "f32", "contiguous", 0, "token_major", 1024, 100, NULL, NULL},
    {"mixed", 8, 2, 64, 64, "f32", "f32", "f32", "contiguous", 0, "token_major", 512, 37, NULL, NULL},
    {"prefill", 4, 4, 32, 32, "f32", "f16", "f32", "contiguous", 0, "head_major", 300, 64, NULL, NULL},
    {"decode", 8, 2, 64, 64, "f32", "f16", "f32", "ring", 0, "token_major", 128, 128, NULL, NULL},
    {"decode", 32, 8, 128, 128, "f32", "i8", "f32", "ring", 0, "token_major", 96, 80, NULL, NULL},
    {"mixed", 8, 2, 64, 64, "f32", "f32", "f32", "ring", 0, "head_major", 100, 60, NULL, NULL},
    {"decode", 8, 2, 32, 32, "f32", "q4", "f32", "paged", 4, "token_major", 256, 50, NULL, NULL},
    /* other targets: AVX2 (8 lanes) and no vector extensions (4 lanes) */
    {"decode", 8, 2, 64, 64, "f32", "q4", "f32", "paged", 16, "head_major", 256, 0, "-avx512f", NULL},
    {"mixed", 8, 2, 64, 64, "f32", "i8", "f32", "ring", 0, "token_major", 64, 40, "-avx512f", NULL},
    {"decode", 4, 1, 32, 32, "f32", "fp8_e4m3", "f32", "contiguous", 0, "token_major", 128, 0,
     "-avx512f,-avx2,-avx,-f16c,-fma", NULL},
    {"prefill", 4, 2, 32, 32, "f32", "fp8_e5m2", "f32", "paged", 8, "head_major", 128, 20,
     "-avx512f,-avx2,-avx,-f16c,-fma", NULL},
    {"mixed", 8, 2, 64, 64, "f32", "q4", "f32", "contiguous", 0, "token_major", 256, 0,
     "-avx512f,-avx2,-avx,-f16c,-fma", NULL},
    /* RoPE at positions past a ring's capacity (queries always; keys on
     * read): a capacity of 64 would need one table level, positions up to
     * 199 need two; and over pages */
    {"decode", 8, 2, 64, 64, "f32", "f16", "f32", "ring", 0, "token_major", 64, 50, NULL,
     "rope: {theta: 10000, apply: on_write}\n"},
    {"mixed", 8, 2, 64, 64, "f32", "f16", "f32", "ring", 0, "head_major", 64, 40, NULL,
     "rope: {theta: 500000, apply: on_read, scaling: {type: llama3}}\n"},
    {"decode", 8, 2, 64, 64, "f32", "i8", "f32", "paged", 16, "token_major", 512, 0, NULL,
     "rope: {theta: 500000, apply: on_write}\n"},
};
enum { NCASES = sizeof CASES / sizeof CASES[0], B = 3 };

static unsigned long long rng;
static float rnd(void) { /* xorshift64*, uniform in [-1, 1) */
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return (float)((double)((rng * 2685821657736338717ull) >> 11) / 9007199254740992.0 * 2 - 1);
}

static char *spec_of(const lcase *c, int i) {
  char *t = malloc(1024);
  int n = snprintf(t, 1024,
                   "attncc: 1\nname: lay%d\nphase: %s\nheads: {q: %d, kv: %d, dim: %d, v_dim: %d}\n"
                   "types: {q: %s, cache: %s, out: %s}\ncache: {layout: %s, order: %s, capacity: %d",
                   i, c->phase, c->hq, c->hkv, c->dim, c->v_dim, c->tq, c->tc, c->to, c->layout, c->order,
                   c->capacity);
  if (c->page_size) n += snprintf(t + n, 1024 - (size_t)n, ", page_size: %d", c->page_size);
  n += snprintf(t + n, 1024 - (size_t)n, "}\nmask: {causal: true");
  if (c->window) n += snprintf(t + n, 1024 - (size_t)n, ", window: %d", c->window);
  n += snprintf(t + n, 1024 - (size_t)n, "}\noutput: {lse: true}\n");
  if (c->extra) snprintf(t + n, 1024 - (size_t)n, "%s", c->extra);
  return t;
}

/* What the case's lengths are: ring sequences run past the capacity. */
static void lengths(const lcase *c, int32_t *kv, int32_t *ql) {
  int cap = c->capacity, ring = !strcmp(c->layout, "ring");
  int32_t base[B] = {ring ? 3 * cap + 7 : cap - 5, ring ? cap + 1 : cap / 2 + 3, ring ? 2 : 17};
  for (int b = 0; b < B; b++) {
    kv[b] = base[b];
    if (!strcmp(c->phase, "decode")) ql[b] = 1;
    else if (!strcmp(c->phase, "prefill")) ql[b] = kv[b];
    else ql[b] = b == 0 ? 1 : b == 1 ? 0 : kv[b] < 9 ? kv[b] : 9;
    /* a ring's queries must find their windows still in the ring */
    if (ring && ql[b] + c->window - 1 > cap) ql[b] = cap - c->window + 1;
  }
}

/* rope on_write: the key row (D floats) of position pos rotated as NAME_append
 * does (kernel.h attn_rope), in double, for the unquantized comparison. */
static void rotate(const attn_rope *r, float *x, int32_t pos) {
  int half = r->dims / 2;
  for (int i = 0; i < half; i++) {
    int a = r->style == ATTN_ROPE_NEOX ? i : 2 * i, b = r->style == ATTN_ROPE_NEOX ? i + half : 2 * i + 1;
    double t = (double)pos * r->inv_freq[i], c = cos(t), s = sin(t), xa = x[a], xb = x[b];
    x[a] = (float)(xa * c - xb * s);
    x[b] = (float)(xa * s + xb * c);
  }
}

START_TEST(layout_case) {
  const lcase *c = &CASES[_i];
  char *spec = spec_of(c, _i);
  attncc_kernel *k = kc_jit(spec, c->features);
  ck_assert_msg(k != NULL, "does not compile:\n%s", spec);
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *in = f->info();
  rng = 0x9e3779b97f4a7c15ull ^ (unsigned long long)(_i * 7919 + 1);
  int32_t kv[B], ql[B];
  lengths(c, kv, ql);
  int paged = in->layout == ATTN_PAGED, ring = in->layout == ATTN_RING;
  const int Hq = in->heads_q, Hkv = in->heads_kv, D = in->dim, Dv = in->v_dim;

  /* the unquantized tokens, [b][pos][Hkv][D or Dv] */
  int32_t maxkv = 0;
  for (int b = 0; b < B; b++) maxkv = kv[b] > maxkv ? kv[b] : maxkv;
  size_t tk = (size_t)B * maxkv * Hkv;
  float *kf = malloc(tk * D * 4), *vf = malloc(tk * Dv * 4);
  for (size_t i = 0; i < tk * D; i++) kf[i] = rnd();
  for (size_t i = 0; i < tk * Dv; i++) vf[i] = rnd();

  /* the cache, garbage first */
  int32_t per_seq = paged ? (in->capacity + in->page_size - 1) / in->page_size : 0;
  int32_t npages = paged ? B * per_seq + 3 : 0;
  size_t blocks = paged ? (size_t)npages : B;
  size_t kb = attnrt_block_bytes(in, 0), vb = attnrt_block_bytes(in, 1);
  void *kc = malloc(blocks * kb), *vc = malloc(blocks * vb);
  memset(kc, 0xff, blocks * kb);
  memset(vc, 0xff, blocks * vb);
  attnrt_pages pool = {0};
  int32_t *table = NULL;
  int shared = 0; /* sequence 1 shares sequence 0's first `shared` pages */
  if (paged) {
    ck_assert_int_eq(attnrt_pages_init(&pool, npages), 0);
    /* take every page once, then give them back in a shuffled order, so
     * that sequences get pages out of order */
    int32_t *all = malloc(sizeof(int32_t) * (size_t)npages);
    for (int32_t i = 0; i < npages; i++) all[i] = attnrt_page_alloc(&pool);
    for (int32_t i = npages - 1; i > 0; i--) {
      int32_t j = (int32_t)((rnd() + 1) / 2 * (float)(i + 1)) % (i + 1), t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    for (int32_t i = 0; i < npages; i++) attnrt_page_release(&pool, all[i]);
    free(all);
    table = malloc(sizeof(int32_t) * (size_t)(B * per_seq));
    for (int i = 0; i < B * per_seq; i++) table[i] = -1; /* never read: beyond kv_len */
    shared = kv[1] / in->page_size / 2;
    if (shared > kv[0] / in->page_size) shared = kv[0] / in->page_size;
  }

  /* append in chunks, sequence by sequence */
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.k_cache = kc, a.v_cache = vc, a.page_table = table, a.num_pages = npages, a.page_refs = pool.refs;
  a.batch = B;
  int32_t cur[B] = {0}, nl[B];
  size_t rowk = (size_t)Hkv * D, rowv = (size_t)Hkv * Dv;
  void *kq = malloc(rowk * 4 * (size_t)in->capacity), *vq = malloc(rowv * 4 * (size_t)in->capacity);
  for (int b = 0; b < B; b++) {
    if (paged && b == 1 && shared) { /* the prefix: sequence 0's pages, and its tokens */
      ck_assert_int_eq(attnrt_pages_fork(&pool, table, table + per_seq, shared), 0);
      cur[1] = shared * in->page_size;
      memcpy(kf + (size_t)1 * maxkv * rowk, kf, (size_t)cur[1] * rowk * 4);
      memcpy(vf + (size_t)1 * maxkv * rowv, vf, (size_t)cur[1] * rowv * 4);
    }
    while (cur[b] < kv[b]) {
      int32_t chunk = 1 + (int32_t)((rnd() + 1) / 2 * 40);
      if (chunk > kv[b] - cur[b]) chunk = kv[b] - cur[b];
      if (chunk > in->capacity) chunk = in->capacity;
      for (int32_t p = cur[b] / (paged ? in->page_size : 1); paged && p * in->page_size < cur[b] + chunk; p++)
        if (table[b * per_seq + p] < 0) table[b * per_seq + p] = attnrt_page_alloc(&pool);
      for (int x = 0; x < B; x++) nl[x] = x == b ? chunk : 0;
      /* the new tokens in types.q */
      for (size_t i = 0; i < (size_t)chunk * rowk; i++)
        attnrt_store(kq, in->dtype_q, i, kf[((size_t)b * maxkv + cur[b]) * rowk + i]);
      for (size_t i = 0; i < (size_t)chunk * rowv; i++)
        attnrt_store(vq, in->dtype_q, i, vf[((size_t)b * maxkv + cur[b]) * rowv + i]);
      /* the f32 originals are what types.q holds */
      for (size_t i = 0; i < (size_t)chunk * rowk; i++)
        kf[((size_t)b * maxkv + cur[b]) * rowk + i] = attnrt_load(kq, in->dtype_q, i);
      for (size_t i = 0; i < (size_t)chunk * rowv; i++)
        vf[((size_t)b * maxkv + cur[b]) * rowv + i] = attnrt_load(vq, in->dtype_q, i);
      a.kv_len = cur, a.new_len = nl, a.k_new = kq, a.v_new = vq;
      int rc = f->append(&a);
      ck_assert_msg(rc == 0, "append seq %d at %d + %d: %s (%s)\n%s", b, cur[b], chunk, attnrt_strerror(rc),
                    attnrt_last_error(), spec);
      cur[b] += chunk;
    }
  }

  /* queries, outputs */
  int64_t rows = 0;
  for (int b = 0; b < B; b++) rows += ql[b];
  size_t qn = (size_t)rows * Hq * D, on = (size_t)rows * Hq * Dv, ln = (size_t)rows * Hq;
  void *q = malloc(qn * 4 + 4), *out = malloc(on * 4 + 4), *ref = malloc(on * 4 + 4), *ideal = malloc(on * 4 + 4);
  float *lse = malloc(ln * 4 + 4), *lref = malloc(ln * 4 + 4);
  for (size_t i = 0; i < qn; i++) attnrt_store(q, in->dtype_q, i, 2 * rnd());
  a.kv_len = kv, a.q_len = in->phase == ATTN_MIXED ? ql : NULL, a.q = q, a.new_len = NULL;
  a.k_new = a.v_new = NULL, a.page_refs = NULL;

  /* the reference on this cache (f32 output) */
  attn_info ri = *in;
  ri.dtype_out = ATTN_F32;
  a.out = ref, a.lse = lref;
  int rc = attnrt_reference(&ri, &a);
  ck_assert_msg(rc == 0, "reference: %s (%s)", attnrt_strerror(rc), attnrt_last_error());
  double tol = kc_tolerance(in->dtype_out), err = 0;
  for (int threads = 1; threads <= 2; threads++) {
    memset(out, 0xff, on * 4);
    memset(lse, 0xff, ln * 4);
    a.out = out, a.lse = lse, a.num_threads = threads;
    rc = f->run(&a);
    ck_assert_msg(rc == 0, "run: %s (%s)\n%s", attnrt_strerror(rc), attnrt_last_error(), spec);
    double oe = 0, le = 0;
    size_t worst = 0;
    for (size_t i = 0; i < on; i++) {
      double e = fabs((double)attnrt_load(out, in->dtype_out, i) - ((float *)ref)[i]);
      if (!(e <= 1e30)) e = 1e30;
      if (e > oe) oe = e, worst = i;
    }
    for (size_t i = 0; i < ln; i++) {
      double e = lse[i] == lref[i] ? 0 : fabs((double)lse[i] - lref[i]);
      if (!(e <= 1e30)) e = 1e30;
      if (e > le) le = e;
    }
    ck_assert_msg(oe <= tol && le <= 1e-4,
                  "case %d, %d threads: max error %.3g at %zu (got %g want %g, tol %.3g), lse error %.3g\n%s", _i,
                  threads, oe, worst, (double)attnrt_load(out, in->dtype_out, worst), (double)((float *)ref)[worst],
                  tol, le, spec);
    err = oe > err ? oe : err;
  }

  /* against the unquantized tokens: an f32 contiguous cache of them */
  attn_info fi = *in;
  fi.dtype_cache = ATTN_F32, fi.dtype_out = ATTN_F32, fi.layout = ATTN_CONTIGUOUS, fi.page_size = 0;
  fi.order = ATTN_TOKEN_MAJOR, fi.capacity = maxkv;
  float *fk = malloc(tk * D * 4), *fv = malloc(tk * Dv * 4);
  memcpy(fk, kf, tk * D * 4);
  if (in->rope && in->rope->apply == ATTN_ROPE_ON_WRITE) /* the cache holds rotated keys: so does this one */
    for (int b = 0; b < B; b++)
      for (int32_t pos = 0; pos < kv[b]; pos++)
        for (int h = 0; h < Hkv; h++) rotate(in->rope, fk + (((size_t)b * maxkv + pos) * Hkv + h) * D, pos);
  memcpy(fv, vf, tk * Dv * 4);
  attn_args fa = a;
  fa.k_cache = fk, fa.v_cache = fv, fa.page_table = NULL, fa.num_pages = 0, fa.out = ideal, fa.lse = NULL;
  fi.lse = 0;
  rc = attnrt_reference(&fi, &fa);
  ck_assert_msg(rc == 0, "f32 reference: %s (%s)", attnrt_strerror(rc), attnrt_last_error());
  /* the quantization's errors, from the cache itself (positions still held) */
  double dk = 0, dv = 0, vmax = 0, qmax = 0;
  for (int b = 0; b < B; b++)
    for (int32_t pos = ring && kv[b] > in->capacity ? kv[b] - in->capacity : 0; pos < kv[b]; pos++)
      for (int h = 0; h < Hkv; h++) {
        double rk = 0;
        for (int d = 0; d < D; d++) {
          double e = fabs(attnrt_cache_load(in, &a, 0, b, pos, h, d) - fk[(((size_t)b * maxkv + pos) * Hkv + h) * D + d]);
          rk = e > rk ? e : rk;
        }
        dk = rk > dk ? rk : dk;
        for (int d = 0; d < Dv; d++) {
          float x = vf[(((size_t)b * maxkv + pos) * Hkv + h) * Dv + d];
          double e = fabs(attnrt_cache_load(in, &a, 1, b, pos, h, d) - x);
          dv = e > dv ? e : dv;
          vmax = fabs(x) > vmax ? fabs(x) : vmax;
        }
      }
  for (size_t i = 0; i < qn; i++) qmax = fabs(attnrt_load(q, in->dtype_q, i)) > qmax ? fabs(attnrt_load(q, in->dtype_q, i)) : qmax;
  double eps = in->scale * qmax * D * dk;
  double bound = dv + expm1(2 * eps) * vmax + tol;
  double qe = 0;
  for (size_t i = 0; i < on; i++) {
    double e = fabs((double)attnrt_load(out, in->dtype_out, i) - ((float *)ideal)[i]);
    if (!(e <= 1e30)) e = 1e30;
    qe = e > qe ? e : qe;
  }
  ck_assert_msg(qe <= bound, "case %d: %.3g from the unquantized result, bound %.3g (dk %.3g, dv %.3g)\n%s", _i, qe,
                bound, dk, dv, spec);
  printf("layouts %2d: %-8s %-10s %-11s %-9s T %-3d window %-3d: error %.2g (tol %.2g), vs f32 %.3g (bound %.3g)\n",
         _i, c->phase, c->layout, c->order, c->tc, c->page_size, c->window, err, tol, qe, bound);
  fflush(stdout);

  free(fk), free(fv), free(q), free(out), free(ref), free(ideal), free(lse), free(lref);
  free(kq), free(vq), free(kf), free(vf), free(kc), free(vc), free(table);
  if (paged) attnrt_pages_destroy(&pool);
  attncc_kernel_free(k);
  free(spec);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kernel_layouts");
  TCase *tc = tcase_create("layouts");
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, layout_case, 0, NCASES);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
