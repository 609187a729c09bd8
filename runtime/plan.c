/*
 * Work decomposition: how one call is cut into independent tasks.
 *
 * With G = heads_q / groups (groups = heads_kv, or 1 for k_only: the
 * descriptor's view), the units are, in this order,
 *   for b < batch, for qt < ceil(q_len[b] / q_tile), for g < groups,
 *   for hb < G / head_block:
 * queries [qt*q_tile, min(q_len, (qt+1)*q_tile)) of sequence b times the
 * query heads [hb*head_block, (hb+1)*head_block) of KV head g's group.
 * A unit's key end E is kv_len[b], or under a causal mask one past the
 * position of its last query (its rows see no key beyond that; with
 * mask.prefix_lm at least prefix_len[b]; with mask.documents at most the end
 * of the last query's document).  Its key begin B is 0, or with mask.window
 * the first key its first query sees, max(0, q_pos0 + q_begin - window + 1)
 * (its other rows see no key before that), or later the start of the first
 * query's document (mask.documents; masks.c rt_key_lo/rt_key_end): decode
 * gets [max(0, kv_len - window), kv_len).  Keys are positions
 * (a ring's kv_len may exceed its capacity; the tile reads slot p % capacity),
 * and B < E always (a query sees itself), so a unit's range is never empty.
 *
 * With T threads (num_threads, or omp_get_max_threads() when 0), a call
 * with fewer units than threads splits every unit's keys into nsplit parts
 * (flash-decoding):
 *   nsplit = min(ceil(T / units), max(1, maxK / min_split))
 * and 1 when units >= T or units == 0, where maxK bounds the keys of a unit,
 * E - B, over the call (maxE without a window).  One nsplit per call keeps task
 * indices O(1) to decode; we do not over-split (2T) for balance, since each
 * split costs a partial write and a share of the merge.
 * With A = B rounded down to key_align, split s covers keys
 * [max(B, A + s*C), min(A + (s+1)*C, E)), C = ceil((E - A) / nsplit) rounded
 * up to key_align: boundaries inside the range stay multiples of key_align,
 * and splits near the end may be empty.  Without a window A = B = 0.
 */
#include <omp.h>

#include "internal.h"

static int64_t ceil_div(int64_t x, int64_t y) {
  return (x + y - 1) / y;
}

static int64_t round_up(int64_t x, int64_t m) {
  return ceil_div(x, m) * m;
}

size_t rt_ws_counters_offset(void) {
  return RT_WS_ALIGN; /* after the header */
}

size_t rt_ws_partials_offset(const rt_plan *p) {
  return RT_WS_ALIGN + (size_t)round_up(p->units * (int64_t)sizeof(int32_t), RT_WS_ALIGN);
}

/* The most keys E - B a unit of a sequence with kv_len kv and ql >= 1
 * queries can have (a bound: nsplit only needs its size).  No window: kv,
 * the last tile's.  Causal: a tile of n queries sees n + window - 1 keys at
 * most.  Otherwise every tile ends at kv and the first begins earliest. */
static int32_t unit_keys_max(const attn_kernel *k, int32_t kv, int32_t ql) {
  const attn_info *in = k->info;
  if (!in->window || in->prefix_lm) /* a prefix may reach past the window's end */
    return kv;
  if (in->causal) {
    int64_t n = ql < k->q_tile ? ql : k->q_tile, most = n + in->window - 1;
    return most < kv ? (int32_t)most : kv;
  }
  return kv - rt_window_lo(in, kv - ql);
}

/* Units, the longest query run and the most keys of a unit over the batch. */
static void count_units(const attn_kernel *k, const attn_args *a, const rt_plan *p, int64_t *units,
                        int32_t *max_q, int32_t *max_e) {
  const attn_info *in = k->info;
  int64_t per_tile = (int64_t)k->groups * p->blocks;
  *units = 0;
  *max_q = *max_e = 0;
  if (in->phase == ATTN_DECODE) { /* one query tile per sequence: O(1) */
    *units = (int64_t)a->batch * per_tile;
    *max_q = a->batch > 0;
    if (*units == 0 || *units >= p->threads)
      return; /* no split, so E does not matter (and batch < T below) */
  }
  for (int32_t b = 0; b < a->batch; b++) {
    int32_t ql = rt_q_len(in, a, b);
    if (ql == 0)
      continue;
    if (in->phase != ATTN_DECODE)
      *units += ceil_div(ql, k->q_tile) * per_tile;
    if (ql > *max_q)
      *max_q = ql;
    int32_t keys = unit_keys_max(k, a->kv_len[b], ql);
    if (keys > *max_e)
      *max_e = keys;
  }
}

void rt_plan_make(const attn_kernel *k, const attn_args *a, rt_plan *p) {
  const attn_info *in = k->info;
  int32_t max_q, max_e;
  p->group = in->heads_q / k->groups;
  p->blocks = p->group / k->head_block;
  p->threads = a->num_threads > 0 ? a->num_threads : omp_get_max_threads();
  if (p->threads < 1)
    p->threads = 1;
  count_units(k, a, p, &p->units, &max_q, &max_e);
  p->nsplit = 1;
  if (p->units > 0 && p->units < p->threads) {
    int64_t want = ceil_div(p->threads, p->units), most = max_e / k->min_split;
    p->nsplit = (int32_t)(want < most ? want : most > 1 ? most : 1);
  }
  p->rows_max = (max_q < k->q_tile ? max_q : k->q_tile) * k->head_block;
  p->tasks = p->units * p->nsplit;
  p->ws_bytes = 0;
  if (p->nsplit > 1) {
    int64_t slot = (int64_t)p->rows_max * (k->acc_dim + 2) * (int64_t)sizeof(float);
    p->ws_bytes = round_up((int64_t)rt_ws_partials_offset(p) + p->tasks * slot, RT_WS_ALIGN);
  }
}

void rt_unit_find(const attn_kernel *k, const attn_args *a, const rt_plan *p, int64_t unit,
                  rt_unit *u) {
  const attn_info *in = k->info;
  int64_t per_tile = (int64_t)k->groups * p->blocks;
  int32_t b = 0, ql = 1;
  int64_t row0 = 0;
  if (in->phase == ATTN_DECODE) {
    b = (int32_t)(unit / per_tile);
    row0 = b;
    unit %= per_tile;
  } else {
    for (;; b++) { /* the unit lies in some sequence: the caller checked the range */
      ql = rt_q_len(in, a, b);
      int64_t n = ceil_div(ql, k->q_tile) * per_tile;
      if (unit < n)
        break;
      unit -= n;
      row0 += ql;
    }
  }
  int32_t qt = (int32_t)(unit / per_tile), rest = (int32_t)(unit % per_tile);
  int32_t kv = a->kv_len[b];
  u->seq = b;
  u->q_row0 = row0;
  u->kv_head = rest / p->blocks;
  u->h_begin = (rest % p->blocks) * k->head_block;
  u->h_end = u->h_begin + k->head_block;
  u->q_begin = qt * k->q_tile;
  u->q_end = ql - u->q_begin < k->q_tile ? ql : u->q_begin + k->q_tile;
  u->q_pos0 = kv - ql;
  u->key_end = rt_key_end(in, a, b, u->q_pos0 + u->q_end - 1, kv);
  u->key_begin = rt_key_lo(in, a, b, u->q_pos0 + u->q_begin);
  u->sink_end = in->sinks < u->key_begin ? in->sinks : u->key_begin;
}

void rt_split_range(const attn_kernel *k, const rt_plan *p, const rt_unit *u, int32_t s,
                    int32_t *kb, int32_t *ke) {
  int64_t b = u->key_begin, e = u->key_end, base = b / k->key_align * k->key_align;
  int64_t c = round_up(ceil_div(e - base, p->nsplit), k->key_align);
  int64_t lo = base + s * c, hi = lo + c;
  if (lo < b)
    lo = b;
  *kb = (int32_t)(lo < e ? lo : e);
  *ke = (int32_t)(hi < e ? hi : e);
}
