/*
 * Reference attention: the oracle every kernel test compares against.
 * Plain loops over every (row, head), double accumulation, two passes
 * (scores and their max, then exp and sums); independent of the dispatch
 * code on purpose.
 *
 * For query i of sequence b at key position p = kv_len[b] - q_len[b] + i and
 * query head h (KV head g = h / (heads_q / heads_kv)), over the visible keys
 * j (causal: j <= p; otherwise every j < kv_len[b]; with mask.window also
 * j >= p - window + 1, or j < sinks with mask.sinks; with mask.prefix_lm
 * also j < prefix_len[b]; with mask.documents only j of p's document id,
 * with mask.block_sparse only j in a block p's block row lists):
 *   s_j = scale * q . k_j  (+ m_h (j - p) with score.alibi; then
 *         c tanh(s_j / c) with score.softcap c),
 *   m = max s_j,   L = sum exp(s_j - m)
 *   out = sum exp(s_j - m) v_j / L,   lse = m + ln L
 * A row without visible keys gets out = 0 and lse = -inf.  attnrt_reference_ex
 * also asks its callbacks: a key counts only where visible() says so, and
 * score() replaces s_j = scale * q . k_j before ALiBi and the soft cap (a
 * key it scores -inf counts as masked).
 *
 * k_only: v_j is computed from the whole K row of token j (E = Hq*D values,
 * all heads) as v_j[d] = sum_c K_j[c] w_out[c][head*Dv + d], plus out_bias
 * (when set) on rows that see a key: the values-first order, independent of
 * the kernel's scores-first one.  x and latent: the unabsorbed layer, keys
 * k_j = (X_j[0..U) W_absorb,g ++ X_j[U..R)) and values X_j[0..U) W_out,g
 * recomputed per key (the kernel absorbs the weights into q and out).  Each
 * sequence's recomputed rows are tabulated once (up to 64 MiB; beyond that
 * they are recomputed per query, head and key: slower, the same numbers).
 *
 * Keys and values are read through the cache layout (cache.c: contiguous,
 * ring slot p % capacity, paged by page_table) and dequantized (i8, q4,
 * fp8) as docs/layouts.md says; positions, not slots, are what the mask and
 * RoPE see.
 *
 * rope: the query's RoPE part is rotated to its position p, and (on_read)
 * each key's to its position j, by rt_rope_rotate with cos/sin of the
 * exact angle in double; on_write caches already hold rotated keys.  k_only
 * values come from the raw (un-rotated) K rows.
 *
 * ALiBi slopes (Press et al., "Train Short, Test Long", ICLR 2022, and
 * their reference code's get_slopes): for n heads, P the largest power of
 * two <= n, head h < P has m_h = 2^(-8 (h + 1) / P) and head P + k has
 * m = 2^(-8 (2k + 1) / (2P)) (every other slope of 2P heads).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct ref_row {
  const attn_info *info;
  const attn_args *a;
  int32_t seq, head;
  int32_t k_lo, nkeys; /* this row's visible keys: positions k_lo .. k_lo + nkeys - 1, */
  int32_t nsink;       /* after the sink positions 0 .. nsink - 1 (mask.sinks, below k_lo) */
  int32_t base;   /* the sequence's first needed position: rcs, vtab and ktab start there */
  const attnrt_ref_mods *mods; /* attnrt_reference_ex's callbacks, or null */
  int64_t row;    /* packed query row */
  double *score;  /* [span]: a row's scores, span = most positions a sequence needs */
  double *acc;    /* [v_dim] */
  double *vrow;   /* [v_dim]: a value row (read, or recomputed for row stores) */
  double *krow;   /* [dim]: a key row (read, or recomputed for x and latent) */
  double *qrow;   /* [dim]: the query */
  int32_t qpos;   /* the query's position */
  double *rcs;    /* rope: [span][dims] cos/sin of positions base ..; else null */
  /* Row stores: the sequence's recomputed values [span][Hkv][Dv] (and
   * keys [span][Hkv][D] for x/latent), once per sequence instead of once
   * per (query, head, key); null when they would exceed REF_TABLE_BYTES. */
  double *vtab, *ktab;
} ref_row;

enum { REF_TABLE_BYTES = 64 << 20 };

/* Elements [c0, c0 + n) of row (position j, head g) of the K (which 0) or V
 * cache, dequantized (row stores: g = 0, the token's row of cache_dim). */
static void ref_read(const ref_row *r, int which, int32_t j, int32_t g, int32_t c0, int32_t n, double *dst) {
  char *scale, *row = rt_cache_row(r->info, r->a, which, r->seq, j, g, &scale);
  for (int32_t c = 0; c < n; c++)
    dst[c] = (double)rt_row_get(r->info->dtype_cache, row, scale, c0 + c);
}

/* Row stores: element c of token j's cache row. */
static double ref_row_elem(const ref_row *r, int32_t j, int32_t c) {
  double x;
  ref_read(r, 0, j, 0, c, 1, &x);
  return x;
}

/* dst[0..n) = sum_{c < U} row_j[c] w[c][col + d]   (w row-major, ld floats a row) */
static void ref_project_row(const ref_row *r, int32_t j, const float *w, size_t ld, size_t col, int32_t n,
                            double *dst) {
  int32_t U = r->info->cache_dim - r->info->rope_dim;
  char *scale, *row = rt_cache_row(r->info, r->a, 0, r->seq, j, 0, &scale);
  for (int32_t d = 0; d < n; d++)
    dst[d] = 0;
  for (int32_t c = 0; c < U; c++) {
    double xc = (double)rt_row_get(r->info->dtype_cache, row, scale, c);
    const float *wr = w + (size_t)c * ld + col;
    for (int32_t d = 0; d < n; d++)
      dst[d] += xc * (double)wr[d];
  }
}

/* Key j of this row's head (KV head g). */
static const double *ref_key(const ref_row *r, int32_t j, int32_t g) {
  const attn_info *in = r->info;
  int32_t D = in->dim;
  if (r->ktab) return r->ktab + ((size_t)(j - r->base) * (size_t)in->heads_kv + (size_t)g) * (size_t)D;
  if (rt_absorbs(in)) { /* k = (X_j[0..U) W_absorb,g ++ X_j[U..R)) */
    int32_t dr = in->rope_dim, Dn = D - dr, U = in->cache_dim - dr;
    ref_project_row(r, j, r->a->w_absorb, (size_t)in->heads_kv * (size_t)Dn, (size_t)g * (size_t)Dn, Dn, r->krow);
    for (int32_t t = 0; t < dr; t++)
      r->krow[Dn + t] = ref_row_elem(r, j, U + t);
  } else if (in->store == ATTN_STORE_K_ONLY) { /* the head's slice of the K row (g == head) */
    ref_read(r, 0, j, 0, g * D, D, r->krow);
  } else {
    ref_read(r, 0, j, g, 0, D, r->krow);
  }
  if (r->rcs && in->rope->apply == ATTN_ROPE_ON_READ)
    rt_rope_rotate(in->rope, r->rcs + (size_t)(j - r->base) * (size_t)in->rope->dims, r->krow + rt_rope_offset(in));
  return r->krow;
}

/* Value j of this row's head: read (kv) or recomputed from the row (the
 * bias is added to the output instead: the weights sum to 1). */
static const double *ref_value(const ref_row *r, int32_t j, int32_t g) {
  const attn_info *in = r->info;
  int32_t Dv = in->v_dim;
  if (r->vtab) return r->vtab + ((size_t)(j - r->base) * (size_t)in->heads_kv + (size_t)g) * (size_t)Dv;
  if (in->store == ATTN_STORE_V_ONLY) /* the head's slice of the row (its bias goes to the output) */
    ref_read(r, 0, j, 0, g * Dv, Dv, r->vrow);
  else if (in->store != ATTN_STORE_KV)
    ref_project_row(r, j, r->a->w_out, (size_t)in->heads_kv * (size_t)Dv, (size_t)g * (size_t)Dv, Dv, r->vrow);
  else
    ref_read(r, 1, j, g, 0, Dv, r->vrow);
  return r->vrow;
}

/* Position of the row's visible key j (0 <= j < nsink + nkeys). */
static int32_t ref_pos(const ref_row *r, int32_t j) { return j < r->nsink ? j : r->k_lo + (j - r->nsink); }

/* The per-pair masks, beyond the row's key range: mask.documents (the ids
 * compared, not the runs the kernel and the planner search), the block
 * layout, and the caller's mask.expr. */
static int ref_visible(const ref_row *r, int32_t pj) {
  const attn_info *in = r->info;
  const attn_args *a = r->a;
  const int32_t *doc = in->documents ? a->doc_id + (size_t)r->seq * (size_t)in->capacity : NULL;
  if (doc && doc[pj] != doc[r->qpos]) return 0;
  if (in->block_size && !rt_block_visible(in, a, r->seq, r->qpos, pj)) return 0;
  const attnrt_ref_mods *mods = r->mods;
  return !(mods && mods->visible && !mods->visible(mods->ctx, r->seq, r->head, r->qpos, pj));
}

static double ref_alibi_slope(int32_t h, int32_t n) {
  int32_t P = 1;
  while (2 * P <= n)
    P *= 2;
  return h < P ? exp2(-8.0 * (h + 1) / P) : exp2(-8.0 * (2 * (h - P) + 1) / (2.0 * P));
}

static void ref_one(const ref_row *r) {
  const attn_info *in = r->info;
  const attn_args *a = r->a;
  int32_t D = in->dim, Dv = in->v_dim, g = r->head / (in->heads_q / in->heads_kv);
  size_t qbase = ((size_t)r->row * (size_t)in->heads_q + (size_t)r->head) * (size_t)D;
  size_t obase = ((size_t)r->row * (size_t)in->heads_q + (size_t)r->head) * (size_t)Dv;
  double m = -INFINITY;
  for (int32_t d = 0; d < D; d++)
    r->qrow[d] = (double)attnrt_load(a->q, in->dtype_q, qbase + (size_t)d);
  if (r->rcs)
    rt_rope_rotate(in->rope, r->rcs + (size_t)(r->qpos - r->base) * (size_t)in->rope->dims,
                   r->qrow + rt_rope_offset(in));
  int32_t nk = r->nsink + r->nkeys;
  const attnrt_ref_mods *mods = r->mods;
  double slope = in->alibi ? ref_alibi_slope(r->head, in->heads_q) : 0.0, cap = (double)in->softcap;
  for (int32_t j = 0; j < nk; j++) {
    int32_t pj = ref_pos(r, j);
    if (!ref_visible(r, pj)) {
      r->score[j] = -INFINITY;
      continue;
    }
    const double *k = ref_key(r, pj, g);
    double dot = 0;
    for (int32_t d = 0; d < D; d++)
      dot += r->qrow[d] * k[d];
    double s = (double)in->scale * dot;
    if (mods && mods->score) s = mods->score(mods->ctx, r->seq, r->head, r->qpos, pj, s);
    s += slope * (double)(pj - r->qpos);
    r->score[j] = cap > 0 ? cap * tanh(s / cap) : s;
    m = fmax(m, r->score[j]);
  }
  int seen = nk && m != -INFINITY; /* a per-pair mask may hide every key */
  double sum = 0;
  for (int32_t d = 0; d < Dv; d++)
    r->acc[d] = 0;
  for (int32_t j = 0; j < nk && seen; j++) {
    if (r->score[j] == -INFINITY) continue;
    double p = exp(r->score[j] - m);
    sum += p;
    const double *v = ref_value(r, ref_pos(r, j), g);
    for (int32_t d = 0; d < Dv; d++)
      r->acc[d] += p * v[d];
  }
  const float *bias = in->store != ATTN_STORE_KV && a->out_bias ? a->out_bias + (size_t)g * (size_t)Dv : NULL;
  for (int32_t d = 0; d < Dv; d++)
    attnrt_store(a->out, in->dtype_out, obase + (size_t)d,
                 seen ? (float)(r->acc[d] / sum + (bias ? (double)bias[d] : 0.0)) : 0.0f);
  if (in->lse)
    a->lse[(size_t)r->row * (size_t)in->heads_q + (size_t)r->head] = seen ? (float)(m + log(sum)) : -INFINITY;
}

/* The first position any query of sequence b needs (its first query's
 * window start; 0 without a window or with sinks). */
static int32_t ref_base(const attn_info *info, const attn_args *a, int32_t b) {
  return info->sinks ? 0 : rt_window_lo(info, a->kv_len[b] - rt_q_len(info, a, b));
}

static void ref_free(ref_row *r) {
  free(r->score);
  free(r->acc);
  free(r->vrow);
  free(r->krow);
  free(r->qrow);
  free(r->rcs);
}

/* Row stores: the recomputed values (and x/latent keys) of positions
 * base .. kv - 1 into tab, pointed to by r->vtab / r->ktab. */
static void ref_tabulate(ref_row *r, double *tab, int32_t span, int32_t kv) {
  const attn_info *info = r->info;
  double *vt = tab, *kt = tab + (size_t)span * (size_t)info->heads_kv * (size_t)info->v_dim;
  for (int32_t j = r->base; j < kv; j++)
    for (int32_t g = 0; g < info->heads_kv; g++) {
      size_t at = (size_t)(j - r->base) * (size_t)info->heads_kv + (size_t)g;
      memcpy(vt + at * (size_t)info->v_dim, ref_value(r, j, g), sizeof(double) * (size_t)info->v_dim);
      if (rt_absorbs(info))
        memcpy(kt + at * (size_t)info->dim, ref_key(r, j, g), sizeof(double) * (size_t)info->dim);
    }
  r->vtab = vt;
  r->ktab = rt_absorbs(info) ? kt : NULL;
}

int attnrt_reference(const attn_info *info, const attn_args *a) { return attnrt_reference_ex(info, a, NULL); }

int attnrt_reference_ex(const attn_info *info, const attn_args *a, const attnrt_ref_mods *mods) {
  int rc = attnrt_check_args(info, a);
  if (rc)
    return rc;
  /* expressions the runtime cannot evaluate: the caller's callbacks, or no
   * reference (one without them would compute another attention) */
  for (int bit = 0; bit < 2; bit++) {
    int have = mods && (bit ? mods->score != NULL : mods->visible != NULL);
    if ((info->exprs >> bit & 1) && !have)
      return rt_fail(ATTN_E_RANGE, "the kernel's spec has %s, which the runtime cannot evaluate: pass a %s callback "
                                   "to attnrt_reference_ex",
                     bit ? "score.expr" : "mask.expr", bit ? "score" : "visible");
  }
  if (a->batch == 0)
    return rc;
  /* span: the most positions one sequence's queries need (a ring's kv_len
   * may far exceed it) */
  int32_t span = 1;
  for (int32_t b = 0; b < a->batch; b++)
    span = a->kv_len[b] - ref_base(info, a, b) > span ? a->kv_len[b] - ref_base(info, a, b) : span;
  ref_row r = {.info = info, .a = a, .mods = mods};
  r.score = malloc(sizeof(double) * (size_t)span);
  r.acc = malloc(sizeof(double) * (size_t)info->v_dim);
  r.vrow = malloc(sizeof(double) * (size_t)info->v_dim);
  r.krow = malloc(sizeof(double) * (size_t)info->dim);
  r.qrow = malloc(sizeof(double) * (size_t)info->dim);
  if (info->rope) r.rcs = malloc(sizeof(double) * (size_t)span * (size_t)info->rope->dims);
  if (!r.score || !r.acc || !r.vrow || !r.krow || !r.qrow || (info->rope && !r.rcs)) {
    ref_free(&r);
    return rt_fail(ATTN_E_NOMEM, "reference: no memory for %d scores", (int)span);
  }
  /* Row stores: per-sequence tables of the recomputed keys and values when
   * they fit REF_TABLE_BYTES (the same per-key arithmetic, done once). */
  size_t per_tok = (size_t)info->heads_kv * ((size_t)info->v_dim + (rt_absorbs(info) ? (size_t)info->dim : 0));
  double *tab = NULL;
  if (info->store != ATTN_STORE_KV && (size_t)span * per_tok * sizeof(double) <= REF_TABLE_BYTES)
    tab = malloc((size_t)span * per_tok * sizeof(double)); /* null: recompute per key */
  int64_t row0 = 0;
  for (int32_t b = 0; b < a->batch; b++) {
    int32_t kv = a->kv_len[b], ql = rt_q_len(info, a, b);
    r.seq = b;
    r.base = ref_base(info, a, b);
    r.vtab = r.ktab = NULL;
    for (int32_t p = r.base; r.rcs && ql > 0 && p < kv; p++)
      rt_rope_cs(info->rope, p, r.rcs + (size_t)(p - r.base) * (size_t)info->rope->dims);
    if (tab && ql > 0)
      ref_tabulate(&r, tab, span, kv);
    for (int32_t i = 0; i < ql; i++) {
      int32_t pos = kv - ql + i, hi = info->causal && pos + 1 < kv ? pos + 1 : kv;
      if (info->prefix_lm && a->prefix_len[b] > hi) /* the prefix is visible to every query */
        hi = a->prefix_len[b] < kv ? a->prefix_len[b] : kv;
      r.qpos = pos;
      r.row = row0 + i;
      r.k_lo = rt_window_lo(info, pos);
      r.nkeys = hi > r.k_lo ? hi - r.k_lo : 0;
      r.nsink = info->sinks < r.k_lo ? info->sinks : r.k_lo; /* sinks at or after k_lo are in the window */
      for (r.head = 0; r.head < info->heads_q; r.head++)
        ref_one(&r);
    }
    row0 += ql;
  }
  free(tab);
  ref_free(&r);
  return ATTN_OK;
}
