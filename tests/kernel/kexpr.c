/* kexpr.h: the compiler's interpreter as the reference's callbacks. */
#include "kexpr.h"

#include <check.h>
#include <string.h>

#include "kcheck.h"

const attnrt_ref_mods *kx_mods(kx_exprs *x, const expr *mask, const expr *score) {
  x->pair = (expr_pair){mask, score, x->buf};
  x->mods = (attnrt_ref_mods){&x->pair, mask ? expr_pair_visible : NULL, score ? expr_pair_score : NULL};
  return mask || score ? &x->mods : NULL;
}

const attnrt_ref_mods *kx_mods_of(cc_arena *a, const attn_info *in, kx_exprs *x) {
  attncc_diags *d = cc_diags_new();
  attn_spec s;
  int rc = spec_parse(a, in->spec_text, strlen(in->spec_text), "<spec_text>", NULL, 0, &s, d);
  attncc_diags_free(d);
  ck_assert_msg(rc == 0, "%s: its canonical spec text does not parse", in->name);
  return kx_mods(x, s.mask_expr, s.score_expr);
}

const void *const *kx_tensors(kx_exprs *x, cc_arena *a, const attn_info *in, int batch, int hi, unsigned seed) {
  unsigned long long r = 0x2545f4914f6cdd1dull ^ seed;
  for (int i = 0; i < in->n_tensors; i++) {
    const attn_tensor *t = &in->tensor[i];
    size_t n = 1, last = (size_t)t->dims[t->rank - 1] == (size_t)ATTN_TENSOR_BATCH ? (size_t)batch
                                                                                  : (size_t)t->dims[t->rank - 1];
    for (int k = 0; k < t->rank; k++) {
      x->buf[i].dim[k] = t->dims[k] == ATTN_TENSOR_BATCH ? batch : t->dims[k];
      n *= (size_t)x->buf[i].dim[k];
    }
    void *p = cc_alloc(a, n * 4 + 4);
    int32_t run = 0;
    for (size_t j = 0; j < n; j++) {
      r ^= r >> 12, r ^= r << 25, r ^= r >> 27; /* xorshift64* */
      unsigned long long u = r * 2685821657736338717ull >> 11;
      if (!t->is_int) ((float *)p)[j] = (float)((double)u / 9007199254740992.0 * 2 - 1);
      else ((int32_t *)p)[j] = run = j % last == 0 ? (int32_t)(u % (unsigned long long)(hi + 3)) - 2 : run + (u % 4 == 0);
    }
    x->buf[i].data = x->ptr[i] = p;
  }
  return in->n_tensors ? x->ptr : NULL;
}

const kx_set kx_sets[KX_NSETS] = {
    {3, {2, 9, 300}, {1, 0, 40}},
    {4, {70, 141, 47, 320}, {1, 9, 47, 2}},
    {1, {257}, {1}},
};

void kx_q_lens(const attn_info *in, int s, int *q) {
  for (int b = 0; b < kx_sets[s].batch; b++)
    q[b] = in->phase == ATTN_DECODE ? 1 : in->phase == ATTN_PREFILL ? kx_sets[s].kv[b] : kx_sets[s].q[b];
}

void kx_check_sets(const attncc_fns *f, kx_exprs *x, cc_arena *a, unsigned seed, const char *what, const char *spec) {
  const attn_info *in = f->info();
  for (int s = 0; s < KX_NSETS; s++) {
    int q[4];
    kx_q_lens(in, s, q);
    for (int threads = 1; threads <= 8; threads *= 2) {
      if (threads == 4) continue;
      for (int tasks = 0; tasks <= 1; tasks++) {
        unsigned sd = seed + 3u * (unsigned)s + (unsigned)threads + (unsigned)tasks;
        const void *const *t = kx_tensors(x, a, in, kx_sets[s].batch, 200, sd);
        kc_result r = kc_run_mods(f, kx_sets[s].batch, kx_sets[s].kv, q, threads, tasks, sd, &x->mods, t, NULL);
        ck_assert_msg(r.rc == 0, "%s set %d: status %d (%s: %s)\n%s", what, s, r.rc, attnrt_strerror(r.rc),
                      attnrt_last_error(), spec);
        ck_assert_msg(r.max_err <= r.tol && r.max_lse_err <= 1e-4,
                      "%s set %d threads %d tasks %d: max error %.3g (tol %.3g), lse error %.3g\n%s", what, s, threads,
                      tasks, r.max_err, r.tol, r.max_lse_err, spec);
      }
    }
  }
}
