/*
 * The attention tile for CPUs, in explicit vectors of the plan's width.
 *
 * For one attn_work (rows = queries x heads of one KV group, keys
 * [k_begin, k_end)) it computes, per row r with query q_r:
 *
 *   s_rj = (scale * log2 e) * q_r . k_j          (scores in log2 units)
 *   m_r  = max_j s_rj,  l_r = sum_j 2^(s_rj - m_r),  acc_r = sum_j 2^(s_rj - m_r) v_j
 *
 * online (flash attention): keys are visited a block at a time, and when the
 * running max grows, l and acc are rescaled by 2^(m_old - m_new).
 * out_r = acc_r / l_r, lse_r = ln 2 * (m_r + log2 l_r).
 *
 * Causal masking: a task visits keys up to the largest limit of its rows;
 * scores past a row's own limit become -inf, so 2^(-inf) = 0 exactly.  Keys
 * read for padding lanes are clamped to the task's last key (never memory
 * past it), and values are read only for keys below the task's limit.
 *
 * This file holds what both tile shapes share; cpu_dot.c and cpu_lanes.c
 * build the key loops (compiler/plan/plan.h says which one a plan uses).
 */
#include <stddef.h>
#include <stdio.h>

#include "tile.h"

int tile_dtype_bytes(attn_dtype t) { return t == ATTN_F32 ? 4 : 2; }

int tile_chunk_len(cg *g, int n, int c) { return n - c * g->vl < g->vl ? n - c * g->vl : g->vl; }

static LLVMValueRef work_i32(cg *g, tile_env *e, size_t off, const char *n) {
  return cg_field(g, g->i32, e->work, off, n);
}

int tile_cache_bits(cg *g) { return spec_dtype_bits(g->plan->spec->type_cache); }
int tile_kv_row_bytes(cg *g, const tile_kv *kv) { return kv->w * tile_cache_bits(g) / 8; }

/* Tokens per block, rows per slot (all KV heads token-major, one head-major),
 * and a block's bytes. */
static long long kv_tokens(const attn_spec *s) { return s->layout == ATTN_PAGED ? s->page_size : s->capacity; }
static long long kv_slot_rows(const attn_spec *s) { return s->order == ATTN_TOKEN_MAJOR ? s->heads_kv : 1; }
static long long kv_block_bytes(cg *g, const tile_kv *kv) {
  const attn_spec *s = g->plan->spec;
  return kv_tokens(s) * s->heads_kv * (tile_kv_row_bytes(g, kv) + spec_row_scale_bytes(s->type_cache, kv->w));
}

/* One side of the cache for this sequence's KV head e->g, rows of w
 * elements: contiguous and ring, the sequence's block; paged, the pool and
 * the sequence's page-table row. */
static tile_kv cache_kv(cg *g, tile_env *e, LLVMValueRef cache, LLVMValueRef seq, int w) {
  const attn_spec *s = g->plan->spec;
  LLVMBuilderRef b = g->b;
  tile_kv kv = {.blocks = cache, .w = w};
  LLVMValueRef seq64 = LLVMBuildSExt(b, seq, g->i64, "");
  if (s->layout == ATTN_PAGED) {
    long long per_seq = (s->capacity + s->page_size - 1) / s->page_size;
    LLVMValueRef tab = cg_field(g, g->ptr, e->args, offsetof(attn_args, page_table), "page_table");
    kv.ptab = cg_gep(g, g->i32, tab, LLVMBuildMul(b, seq64, cg_i64(g, per_seq), ""));
  } else {
    kv.blocks = cg_byte_gep(g, cache, LLVMBuildMul(b, seq64, cg_i64(g, kv_block_bytes(g, &kv)), ""));
  }
  LLVMValueRef h = LLVMBuildSExt(b, e->g, g->i64, "");
  kv.head = s->order == ATTN_TOKEN_MAJOR ? h : LLVMBuildMul(b, h, cg_i64(g, kv_tokens(s)), "");
  return kv;
}

tile_kv tile_kv_head(cg *g, const tile_kv *kv, LLVMValueRef hh) {
  const attn_spec *s = g->plan->spec;
  LLVMBuilderRef b = g->b;
  long long step = s->order == ATTN_TOKEN_MAJOR ? 1 : kv_tokens(s);
  tile_kv r = *kv;
  LLVMValueRef rows = LLVMBuildMul(b, LLVMBuildSExt(b, hh, g->i64, ""), cg_i64(g, step), "");
  r.head = LLVMBuildAdd(b, kv->head, rows, "");
  if (kv->rowtab) {
    r.delta = LLVMBuildAdd(b, kv->delta, LLVMBuildMul(b, rows, cg_i64(g, tile_kv_row_bytes(g, kv)), ""), "");
    r.sdelta = LLVMBuildAdd(b, kv->sdelta, LLVMBuildMul(b, rows, cg_i64(g, spec_row_scale_bytes(s->type_cache, kv->w)), ""), "");
  }
  return r;
}

tile_kv tile_kv_rows(cg *g, const tile_kv *kv, LLVMValueRef rowtab, LLVMValueRef stab, LLVMValueRef key0, int n,
                     LLVMValueRef k_last) {
  LLVMBuilderRef b = g->b;
  cg_loop l;
  LLVMValueRef j = cg_for(g, &l, cg_i32(g, 0), cg_i32(g, n), cg_i32(g, 1), "rowtab");
  tile_row r = tile_kv_row(g, kv, cg_smin(g, LLVMBuildAdd(b, key0, j, ""), k_last));
  LLVMBuildStore(b, r.p, cg_gep(g, g->ptr, rowtab, j));
  if (stab) LLVMBuildStore(b, r.scale, cg_gep(g, g->ptr, stab, j));
  cg_next(g, &l);
  tile_kv t = *kv;
  t.rowtab = rowtab, t.stab = stab, t.key0 = key0, t.delta = cg_i64(g, 0), t.sdelta = cg_i64(g, 0);
  return t;
}

tile_row tile_kv_row(cg *g, const tile_kv *kv, LLVMValueRef key) {
  const attn_spec *s = g->plan->spec;
  LLVMBuilderRef b = g->b;
  if (kv->rowtab) { /* the block's table */
    LLVMValueRef j = LLVMBuildSub(b, key, kv->key0, "");
    tile_row r = {cg_byte_gep(g, LLVMBuildLoad2(b, g->ptr, cg_gep(g, g->ptr, kv->rowtab, j), "row"), kv->delta), NULL};
    if (kv->stab) r.scale = cg_byte_gep(g, LLVMBuildLoad2(b, g->ptr, cg_gep(g, g->ptr, kv->stab, j), "srow"), kv->sdelta);
    return r;
  }
  long long T = kv_tokens(s), rb = tile_kv_row_bytes(g, kv), sb = spec_row_scale_bytes(s->type_cache, kv->w);
  LLVMValueRef blk = kv->blocks, slot = key;
  if (s->layout == ATTN_RING) {
    slot = T & (T - 1) ? LLVMBuildURem(b, key, cg_i32(g, T), "slot") : LLVMBuildAnd(b, key, cg_i32(g, T - 1), "slot");
  } else if (s->layout == ATTN_PAGED) {
    int lg = 0;
    while ((1LL << lg) < T) lg++;
    LLVMValueRef pg = LLVMBuildLoad2(b, g->i32, cg_gep(g, g->i32, kv->ptab, LLVMBuildSExt(b, LLVMBuildAShr(b, key, cg_i32(g, lg), ""), g->i64, "")), "page");
    blk = cg_byte_gep(g, kv->blocks, LLVMBuildMul(b, LLVMBuildSExt(b, pg, g->i64, ""), cg_i64(g, kv_block_bytes(g, kv)), ""));
    slot = LLVMBuildAnd(b, key, cg_i32(g, T - 1), "slot");
  }
  LLVMValueRef row = LLVMBuildAdd(b, kv->head, LLVMBuildMul(b, LLVMBuildSExt(b, slot, g->i64, ""), cg_i64(g, kv_slot_rows(s)), ""), "row");
  tile_row r = {cg_byte_gep(g, blk, LLVMBuildMul(b, row, cg_i64(g, rb), "")), NULL};
  if (sb) {
    LLVMValueRef so = LLVMBuildAdd(b, cg_i64(g, T * s->heads_kv * rb), LLVMBuildMul(b, row, cg_i64(g, sb), ""), "");
    r.scale = cg_byte_gep(g, blk, so);
  }
  return r;
}

LLVMValueRef tile_row_scale(cg *g, tile_row r) {
  if (g->plan->spec->type_cache != ATTN_I8) return NULL;
  return cg_splat(g, LLVMBuildLoad2(g->b, g->f32, r.scale, "s"));
}

LLVMValueRef tile_load_row_unscaled(cg *g, tile_row r, LLVMValueRef e0, int n) {
  if (g->plan->spec->type_cache != ATTN_I8) return tile_load_row(g, r, e0, n);
  LLVMValueRef p = cg_byte_gep(g, r.p, e0);
  return LLVMBuildSIToFP(g->b, LLVMBuildSExt(g->b, cg_load_raw(g, p, g->i8, 1, n), g->vi, ""), g->vf, "i8");
}

LLVMValueRef tile_load_row(cg *g, tile_row r, LLVMValueRef e0, int n) {
  attn_dtype t = g->plan->spec->type_cache;
  LLVMBuilderRef b = g->b;
  if (t == ATTN_Q4) {
    LLVMValueRef d = LLVMBuildLoad2(b, g->i16, cg_byte_gep(g, r.scale, LLVMBuildMul(b, LLVMBuildSDiv(b, e0, cg_i64(g, 32), ""), cg_i64(g, 2), "")), "d");
    cc_assert(n == g->vl);
    LLVMValueRef n4 = cg_q4_load(g, cg_byte_gep(g, r.p, LLVMBuildSDiv(b, e0, cg_i64(g, 2), "")));
    /* (nibble - 8) scale = nibble scale + (-8 scale): one FMA */
    LLVMValueRef sc = cg_f16_bits_to_f32(g, cg_splat(g, d));
    return cg_fmuladd(g, n4, sc, LLVMBuildFMul(b, sc, cg_vconst(g, -8.0), ""));
  }
  if (t == ATTN_I8)
    return LLVMBuildFMul(b, tile_load_row_unscaled(g, r, e0, n), tile_row_scale(g, r), "i8");
  LLVMValueRef p = cg_byte_gep(g, r.p, LLVMBuildMul(b, e0, cg_i64(g, spec_dtype_bits(t) / 8), ""));
  if (t == ATTN_FP8_E4M3 || t == ATTN_FP8_E5M2)
    return cg_fp8_to_f32(g, cg_load_raw(g, p, g->i8, 1, n), t);
  return cg_load_vec(g, p, t, n);
}

LLVMValueRef tile_idx(cg *g, LLVMValueRef a, long long n, LLVMValueRef c) {
  LLVMBuilderRef b = g->b;
  if (LLVMTypeOf(c) != g->i64) c = LLVMBuildSExt(b, c, g->i64, "");
  if (!n) return c;
  if (LLVMTypeOf(a) != g->i64) a = LLVMBuildSExt(b, a, g->i64, "");
  return LLVMBuildAdd(b, LLVMBuildMul(b, a, cg_i64(g, n), ""), c, "");
}

LLVMValueRef tile_key_row(cg *g, LLVMValueRef base, LLVMValueRef stride, LLVMValueRef key) {
  LLVMBuilderRef b = g->b;
  return cg_byte_gep(g, base, LLVMBuildMul(b, LLVMBuildSExt(b, key, g->i64, ""), stride, ""));
}

LLVMValueRef tile_row_index(cg *g, tile_env *e, LLVMValueRef r) {
  const attn_plan *p = g->plan;
  LLVMBuilderRef b = g->b;
  LLVMValueRef qi = LLVMBuildAdd(b, e->q_begin, LLVMBuildSDiv(b, r, e->nh, ""), "qi");
  LLVMValueRef hq = tile_row_head(g, e, r);
  LLVMValueRef row = LLVMBuildAdd(b, e->q_row0, LLVMBuildSExt(b, qi, g->i64, ""), "");
  row = LLVMBuildMul(b, row, cg_i64(g, p->spec->heads_q), "");
  return LLVMBuildAdd(b, row, LLVMBuildSExt(b, hq, g->i64, ""), "orow");
}

/* mask.documents: binary search of the sequence's (non-decreasing) ids for
 * the first position in [lo, hi) whose id is >= id (upper: > id), hi if
 * none; a fixed number of halvings, enough for any range of the cache. */
static LLVMValueRef doc_search(cg *g, tile_env *e, LLVMValueRef id, LLVMValueRef lo, LLVMValueRef hi, int upper) {
  LLVMBuilderRef b = g->b;
  int steps = 1;
  while ((1LL << steps) <= g->plan->spec->capacity) steps++;
  LLVMValueRef alo = cg_alloca(g, g->i32, 1, "doc_lo"), ahi = cg_alloca(g, g->i32, 1, "doc_hi");
  LLVMBuildStore(b, lo, alo);
  LLVMBuildStore(b, hi, ahi);
  cg_loop l;
  cg_for(g, &l, cg_i32(g, 0), cg_i32(g, steps), cg_i32(g, 1), "doc_search");
  LLVMValueRef l0 = LLVMBuildLoad2(b, g->i32, alo, ""), h0 = LLVMBuildLoad2(b, g->i32, ahi, "");
  LLVMValueRef live = LLVMBuildICmp(b, LLVMIntSLT, l0, h0, "");
  LLVMValueRef mid = LLVMBuildAdd(b, l0, LLVMBuildLShr(b, LLVMBuildSub(b, h0, l0, ""), cg_i32(g, 1), ""), "mid");
  LLVMValueRef at = LLVMBuildSelect(b, live, mid, lo, ""); /* a position that exists when the range is empty */
  LLVMValueRef v = LLVMBuildLoad2(b, g->i32, cg_gep(g, g->i32, e->docs, LLVMBuildSExt(b, at, g->i64, "")), "doc");
  LLVMValueRef right = LLVMBuildICmp(b, upper ? LLVMIntSLE : LLVMIntSLT, v, id, "");
  LLVMBuildStore(b, LLVMBuildSelect(b, LLVMBuildAnd(b, live, right, ""), LLVMBuildAdd(b, mid, cg_i32(g, 1), ""), l0, ""), alo);
  LLVMBuildStore(b, LLVMBuildSelect(b, LLVMBuildAnd(b, live, LLVMBuildNot(b, right, ""), ""), mid, h0, ""), ahi);
  cg_next(g, &l);
  return LLVMBuildLoad2(b, g->i32, alo, "doc_at");
}

static LLVMValueRef doc_id(cg *g, tile_env *e, LLVMValueRef pos) {
  return LLVMBuildLoad2(g->b, g->i32, cg_gep(g, g->i32, e->docs, LLVMBuildSExt(g->b, pos, g->i64, "")), "doc_q");
}

LLVMValueRef tile_row_limit(cg *g, tile_env *e, LLVMValueRef r) {
  const attn_spec *s = g->plan->spec;
  LLVMBuilderRef b = g->b;
  if (!s->causal && !s->documents) return e->k_end;
  LLVMValueRef pos = tile_row_pos(g, e, r);
  if (!s->causal) {
    LLVMValueRef next = LLVMBuildAdd(b, pos, cg_i32(g, 1), "");
    return cg_smin(g, doc_search(g, e, doc_id(g, e, pos), next, e->seq_kv, 1), e->k_end);
  }
  LLVMValueRef lim = LLVMBuildAdd(b, pos, cg_i32(g, 1), ""); /* a document ends after its query */
  if (s->prefix_lm) lim = cg_smax(g, lim, e->prefix);
  return cg_smin(g, lim, e->k_end);
}

LLVMValueRef tile_row_low(cg *g, tile_env *e, LLVMValueRef r) {
  const attn_spec *s = g->plan->spec;
  LLVMValueRef pos = tile_row_pos(g, e, r), low = e->k_begin;
  if (s->window) low = cg_smax(g, LLVMBuildSub(g->b, pos, cg_i32(g, s->window - 1), ""), low);
  if (s->documents) low = cg_smax(g, doc_search(g, e, doc_id(g, e, pos), cg_i32(g, 0), pos, 0), low);
  return low;
}

LLVMValueRef tile_row_pos(cg *g, tile_env *e, LLVMValueRef r) {
  LLVMBuilderRef b = g->b;
  return LLVMBuildAdd(b, e->q_pos0, LLVMBuildAdd(b, e->q_begin, LLVMBuildSDiv(b, r, e->nh, ""), ""), "qpos");
}

LLVMValueRef tile_row_head(cg *g, tile_env *e, LLVMValueRef r) {
  LLVMBuilderRef b = g->b;
  LLVMValueRef h = LLVMBuildAdd(b, e->h_begin, LLVMBuildSRem(b, r, e->nh, ""), "");
  return LLVMBuildAdd(b, LLVMBuildMul(b, e->g, cg_i32(g, g->plan->group), ""), h, "hq");
}

LLVMValueRef tile_row_slope(cg *g, tile_env *e, LLVMValueRef r) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->user;
  LLVMBuilderRef b = g->b;
  if (!g->alibi_tab) {
    LLVMValueRef m[256];
    for (int h = 0; h < s->heads_q; h++) m[h] = cg_f32(g, 1.4426950408889634 * spec_alibi_slope(s, h));
    LLVMValueRef arr = LLVMConstArray2(g->f32, m, (uint64_t)s->heads_q);
    g->alibi_tab = LLVMAddGlobal(g->mod, LLVMTypeOf(arr), "alibi_slopes");
    LLVMSetInitializer(g->alibi_tab, arr);
    LLVMSetGlobalConstant(g->alibi_tab, 1);
    LLVMSetLinkage(g->alibi_tab, LLVMInternalLinkage);
  }
  LLVMValueRef hq = tile_row_head(g, e, r);
  return LLVMBuildLoad2(b, g->f32, cg_gep(g, g->f32, g->alibi_tab, LLVMBuildSExt(b, hq, g->i64, "")), "slope");
}

int tile_expr_reads(cg *g, expr_var v) {
  const attn_spec *s = g->plan->spec;
  unsigned bit = 1u << v;
  return (s->mask_expr && (expr_uses(s->mask_expr).vars & bit)) || (s->score_expr && (expr_uses(s->score_expr).vars & bit));
}

LLVMValueRef tile_score(cg *g, LLVMValueRef x, LLVMValueRef kpos, const tile_rows *r) {
  const attn_spec *s = g->plan->spec;
  LLVMBuilderRef b = g->b;
  const double log2e = 1.4426950408889634;
  LLVMValueRef ok = LLVMBuildICmp(b, LLVMIntSLT, kpos, r->lim, "");
  if (r->low) { /* mask.window and mask.documents, or a sink */
    LLVMValueRef in = LLVMBuildICmp(b, LLVMIntSGE, kpos, r->low, "");
    if (s->sinks) in = LLVMBuildOr(b, in, LLVMBuildICmp(b, LLVMIntSLT, kpos, cg_splat(g, cg_i32(g, s->sinks)), ""), "");
    ok = LLVMBuildAnd(b, ok, in, "");
  }
  if (r->qblk) /* block_sparse: the key block is in the visited query block's row */
    ok = LLVMBuildAnd(b, ok, LLVMBuildICmp(b, LLVMIntEQ, r->qblk, r->qblk_cur, ""), "");
  cg_expr_env env = {r->seq, r->head, r->qpos, kpos, NULL, g->tensor, g->batch};
  if (s->mask_expr) ok = LLVMBuildAnd(b, ok, cg_expr(g, s->mask_expr, &env), "mask_expr");
  if (s->score_expr) { /* s in natural units, the result back in log2 units */
    env.s = LLVMBuildFMul(b, x, cg_vconst(g, 0.6931471805599453), "s");
    x = LLVMBuildFMul(b, cg_expr(g, s->score_expr, &env), cg_vconst(g, log2e), "score_expr");
  }
  if (r->slope) x = cg_fmuladd(g, r->slope, LLVMBuildSIToFP(b, LLVMBuildSub(b, kpos, r->qpos, ""), g->vf, ""), x);
  if (s->softcap > 0) x = cg_softcap(g, x, s->softcap * log2e);
  return LLVMBuildSelect(b, ok, x, cg_vconst(g, -__builtin_inf()), "");
}

tile_facts tile_facts_alloc(cg *g, int n) {
  const attn_spec *s = g->plan->spec;
  return (tile_facts){
      .lim = cg_alloca(g, g->i32, n, "lims"),
      .low = s->window || s->documents ? cg_alloca(g, g->i32, n, "lows") : NULL, /* rows' own first keys */
      .qpos = s->alibi || tile_expr_reads(g, EXPR_V_Q_POS) ? cg_alloca(g, g->i32, n, "qpos") : NULL,
      .slope = s->alibi ? cg_alloca(g, g->f32, n, "slopes") : NULL,
      .head = tile_expr_reads(g, EXPR_V_H) ? cg_alloca(g, g->i32, n, "heads") : NULL,
      .qblk = s->block_size ? cg_alloca(g, g->i32, n, "qblks") : NULL,
  };
}

void tile_facts_store(cg *g, tile_env *e, const tile_facts *f, LLVMValueRef r) {
  LLVMBuilderRef b = g->b;
  LLVMValueRef rc = tile_row_clamp(g, e, r), i = LLVMBuildSExt(b, r, g->i64, "");
  LLVMBuildStore(b, tile_row_limit(g, e, rc), cg_gep(g, g->i32, f->lim, i));
  if (f->low) LLVMBuildStore(b, tile_row_low(g, e, rc), cg_gep(g, g->i32, f->low, i));
  if (f->qpos) LLVMBuildStore(b, tile_row_pos(g, e, rc), cg_gep(g, g->i32, f->qpos, i));
  if (f->slope) LLVMBuildStore(b, tile_row_slope(g, e, rc), cg_gep(g, g->f32, f->slope, i));
  if (f->head) LLVMBuildStore(b, tile_row_head(g, e, rc), cg_gep(g, g->i32, f->head, i));
  if (f->qblk)
    LLVMBuildStore(b, LLVMBuildSDiv(b, tile_row_pos(g, e, rc), cg_i32(g, g->plan->spec->block_size), ""),
                   cg_gep(g, g->i32, f->qblk, i));
}

LLVMValueRef tile_fact(cg *g, LLVMValueRef arr, LLVMValueRef r) {
  return LLVMBuildLoad2(g->b, g->i32, cg_gep(g, g->i32, arr, LLVMBuildSExt(g->b, r, g->i64, "")), "fact");
}

LLVMValueRef tile_facts_lo(cg *g, tile_env *e, const tile_facts *f) {
  return f->low ? tile_fact(g, f->low, cg_i32(g, 0)) : e->k_begin;
}

LLVMValueRef tile_facts_hi(cg *g, tile_env *e, const tile_facts *f) {
  return tile_fact(g, f->lim, LLVMBuildSub(g->b, e->nrows, cg_i32(g, 1), ""));
}

tile_facts tile_facts_from(cg *g, const tile_facts *f, LLVMValueRef row0) {
  tile_facts t = *f;
  LLVMValueRef *a[] = {&t.lim, &t.low, &t.qpos, &t.slope, &t.head, &t.qblk};
  for (int k = 0; k < 6; k++)
    if (*a[k]) *a[k] = cg_gep(g, k == 3 ? g->f32 : g->i32, *a[k], row0);
  return t;
}

tile_rows tile_facts_rows(cg *g, tile_env *e, const tile_facts *f, LLVMValueRef i, int splat, LLVMValueRef hi) {
  LLVMBuilderRef b = g->b;
  LLVMValueRef src[] = {f->lim, f->low, f->qpos, f->slope, f->head, f->qblk}, v[6] = {0};
  for (int k = 0; k < 6; k++) {
    if (!src[k]) continue;
    LLVMTypeRef el = k == 3 ? g->f32 : g->i32;
    LLVMValueRef p = cg_gep(g, el, src[k], i);
    v[k] = splat ? cg_splat(g, LLVMBuildLoad2(b, el, p, "")) : LLVMBuildLoad2(b, k == 3 ? g->vf : g->vi, p, "");
  }
  const attn_spec *s = g->plan->spec;
  if (s->sinks || s->block_size) v[0] = cg_smin(g, v[0], cg_splat(g, hi)); /* ranges below the limit */
  return (tile_rows){v[0], v[1], v[2], v[3], v[4], tile_expr_reads(g, EXPR_V_B) ? cg_splat(g, e->seq) : NULL,
                     v[5], v[5] ? cg_splat(g, e->qblk) : NULL};
}

LLVMValueRef tile_expr_skip(cg *g, tile_env *e, LLVMValueRef k0, LLVMValueRef k1) {
  const attn_spec *s = g->plan->spec;
  LLVMBuilderRef b = g->b;
  LLVMValueRef last = LLVMBuildSub(b, e->nrows, cg_i32(g, 1), ""), h0 = tile_row_head(g, e, cg_i32(g, 0));
  /* rows are query-major: heads h0 .. h0 + nh - 1 at every query */
  cg_expr_box box = {{e->seq, h0, tile_row_pos(g, e, cg_i32(g, 0)), k0},
                     {e->seq, LLVMBuildAdd(b, h0, LLVMBuildSub(b, e->nh, cg_i32(g, 1), ""), ""), tile_row_pos(g, e, last), k1}};
  return cg_expr_bounds(g, s->mask_expr, &box).always_false;
}

void tile_ranges_begin(cg *g, tile_env *e, tile_ranges *r, LLVMValueRef lo, LLVMValueRef hi) {
  LLVMBuilderRef b = g->b;
  const int bs = g->plan->spec->block_size;
  r->l.head = r->l2.head = NULL;
  if (bs) { /* the query blocks of the first and the last row, each block row's key blocks */
    LLVMValueRef q0 = LLVMBuildSDiv(b, tile_row_pos(g, e, cg_i32(g, 0)), cg_i32(g, bs), "qb0");
    LLVMValueRef q1 = LLVMBuildSDiv(b, tile_row_pos(g, e, LLVMBuildSub(b, e->nrows, cg_i32(g, 1), "")), cg_i32(g, bs), "");
    e->qblk = cg_for(g, &r->l, q0, LLVMBuildAdd(b, q1, cg_i32(g, 1), ""), cg_i32(g, 1), "qblock");
    LLVMValueRef at = LLVMBuildSExt(b, e->qblk, g->i64, "");
    LLVMValueRef j0 = LLVMBuildLoad2(b, g->i32, cg_gep(g, g->i32, e->brow, at), "");
    LLVMValueRef j1 = LLVMBuildLoad2(b, g->i32, cg_gep(g, g->i32, e->brow, LLVMBuildAdd(b, at, cg_i64(g, 1), "")), "");
    LLVMValueRef j = cg_for(g, &r->l2, j0, j1, cg_i32(g, 1), "kblocks");
    LLVMValueRef c = LLVMBuildLoad2(b, g->i32, cg_gep(g, g->i32, e->bcol, LLVMBuildSExt(b, j, g->i64, "")), "kblk");
    LLVMValueRef k0 = LLVMBuildMul(b, c, cg_i32(g, bs), "");
    r->lo = cg_smax(g, lo, k0);
    r->hi = cg_smin(g, hi, LLVMBuildAdd(b, k0, cg_i32(g, bs), ""));
    return;
  }
  if (!g->plan->spec->sinks) {
    r->lo = lo, r->hi = hi;
    return;
  }
  LLVMValueRef i = cg_for(g, &r->l, cg_i32(g, 0), cg_i32(g, 2), cg_i32(g, 1), "krange");
  LLVMValueRef sinks = LLVMBuildICmp(b, LLVMIntEQ, i, cg_i32(g, 0), "");
  r->lo = LLVMBuildSelect(b, sinks, cg_i32(g, 0), lo, "range_lo");
  r->hi = LLVMBuildSelect(b, sinks, cg_smin(g, e->sink_end, hi), hi, "range_hi");
}

void tile_ranges_end(cg *g, tile_ranges *r) {
  if (r->l2.head) cg_next(g, &r->l2);
  if (r->l.head) cg_next(g, &r->l);
}

LLVMValueRef tile_row_clamp(cg *g, tile_env *e, LLVMValueRef r) {
  return cg_smin(g, r, LLVMBuildSub(g->b, e->nrows, cg_i32(g, 1), ""));
}

typedef struct rowio {
  LLVMValueRef src, dst, scale; /* byte pointers; scale: <vl x float> or null */
  attn_dtype t;
  int eb;
} rowio;

/* dst[c] (f32 vectors) = load(src chunk c, t) * scale */
static void load_chunk(cg *g, LLVMValueRef c, int len, void *vctx) {
  rowio *io = vctx;
  LLVMValueRef src = cg_byte_gep(g, io->src, LLVMBuildMul(g->b, c, cg_i64(g, (long long)g->vl * io->eb), ""));
  LLVMValueRef v = cg_load_vec(g, src, io->t, len);
  if (io->scale) v = LLVMBuildFMul(g->b, v, io->scale, "");
  LLVMBuildStore(g->b, v, cg_gep(g, g->vf, io->dst, c));
}

/* store(dst chunk c, t) = src[c] (f32 vectors) * scale, first len lanes */
static void store_chunk(cg *g, LLVMValueRef c, int len, void *vctx) {
  rowio *io = vctx;
  LLVMValueRef v = LLVMBuildLoad2(g->b, g->vf, cg_gep(g, g->vf, io->src, c), "");
  if (io->scale) v = LLVMBuildFMul(g->b, v, io->scale, "");
  LLVMValueRef dst = cg_byte_gep(g, io->dst, LLVMBuildMul(g->b, c, cg_i64(g, (long long)g->vl * io->eb), ""));
  cg_store_vec(g, dst, v, io->t, len);
}

/* x / latent / v_only: dst = the absorbed query of row r, R = core.dim floats:
 *   dst[c]     = sum_t q[t] W_absorb[c][g*Dn + t]   (c < U, q = q_nope)
 *   dst[U + t] = q[Dn + t]                           (t < rope_dim)
 * all times scale (0 for padding rows).  Sixteen (vl) outputs at a time:
 * each is a dot product along a contiguous row of W_absorb, and the
 * transpose-add tree turns their vl partial vectors into one vector.  Once
 * per row and task: the loops are runtime loops, the code stays small. */
static void load_query_absorbed(cg *g, tile_env *e, LLVMValueRef qp, LLVMValueRef orow, LLVMValueRef sc,
                                LLVMValueRef dst) {
  const attn_plan *p = g->plan;
  const attn_spec *us = p->user, *s = p->spec;
  LLVMBuilderRef b = g->b;
  const int vl = g->vl, qb = tile_dtype_bytes(us->type_q), dr = us->rope_dim, Dn = us->dim - dr;
  const int U = s->dim - dr, nq = (Dn + vl - 1) / vl, nk = (s->dim + vl - 1) / vl; /* U: absorbed width */
  LLVMValueRef qn = cg_alloca(g, g->vf, nq, "qnope"), dots = cg_alloca(g, g->vf, vl, "dots");
  rowio io = {qp, qn, sc, us->type_q, qb};
  cg_for_chunks(g, Dn, load_chunk, &io);
  for (int c = (U + vl - 1) / vl; c < nk; c++) /* the RoPE part's chunks (and padding) */
    LLVMBuildStore(b, LLVMConstNull(g->vf), cg_gep(g, g->vf, dst, cg_i64(g, c)));
  LLVMValueRef head = LLVMBuildSRem(b, orow, cg_i64(g, us->heads_q), "");
  LLVMValueRef kvh = LLVMBuildSDiv(b, head, cg_i64(g, us->heads_q / us->heads_kv), "kvh");
  LLVMValueRef w = cg_field(g, g->ptr, e->args, offsetof(attn_args, w_absorb), "w_absorb");
  w = cg_gep(g, g->f32, w, LLVMBuildMul(b, kvh, cg_i64(g, Dn), ""));
  const long long ld = (long long)us->heads_kv * Dn;
  cg_loop lc;
  LLVMValueRef oc = cg_for(g, &lc, cg_i64(g, 0), cg_i64(g, (U + vl - 1) / vl), cg_i64(g, 1), "absorb");
  LLVMValueRef c0 = LLVMBuildMul(b, oc, cg_i64(g, vl), "");
  cg_loop li; /* one output a step (a runtime loop: code size), its partial vector to dots[i] */
  LLVMValueRef i = cg_for(g, &li, cg_i64(g, 0), cg_i64(g, vl), cg_i64(g, 1), "absorb_out");
  LLVMValueRef c = cg_smin(g, LLVMBuildAdd(b, c0, i, ""), cg_i64(g, U - 1));
  LLVMValueRef wrow = cg_gep(g, g->f32, w, LLVMBuildMul(b, c, cg_i64(g, ld), ""));
  LLVMValueRef acc = NULL;
  for (int t = 0; t < nq; t++) {
    LLVMValueRef wv = cg_load_vec(g, cg_gep(g, g->f32, wrow, cg_i64(g, (long long)t * vl)), ATTN_F32,
                                  tile_chunk_len(g, Dn, t));
    LLVMValueRef qv = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, qn, cg_i64(g, t)), "");
    acc = acc ? cg_fmuladd(g, qv, wv, acc) : LLVMBuildFMul(b, qv, wv, "");
  }
  LLVMBuildStore(b, acc, cg_gep(g, g->vf, dots, i));
  cg_next(g, &li);
  cg_hsum hs = {0};
  for (int k = 0; k < vl; k++)
    cg_hsum_push(g, &hs, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, dots, cg_i64(g, k)), ""));
  LLVMValueRef lane = LLVMBuildAdd(b, cg_splat(g, LLVMBuildTrunc(b, c0, g->i32, "")), cg_lane_iota(g), "");
  LLVMValueRef in = LLVMBuildICmp(b, LLVMIntSLT, lane, cg_splat(g, cg_i32(g, U)), "");
  LLVMBuildStore(b, LLVMBuildSelect(b, in, cg_hsum_result(g, &hs), LLVMConstNull(g->vf), ""),
                 cg_gep(g, g->vf, dst, oc));
  cg_next(g, &lc);
  if (dr) { /* the RoPE part passes through, after the latent (rotated by tile_load_query) */
    LLVMValueRef scal = LLVMBuildExtractElement(b, sc, cg_i32(g, 0), "");
    cg_loop lt;
    LLVMValueRef t = cg_for(g, &lt, cg_i64(g, 0), cg_i64(g, dr), cg_i64(g, 1), "rope");
    LLVMValueRef qe = cg_byte_gep(g, qp, LLVMBuildMul(b, LLVMBuildAdd(b, t, cg_i64(g, Dn), ""), cg_i64(g, qb), ""));
    LLVMValueRef qv = LLVMBuildExtractElement(b, cg_load_vec(g, qe, us->type_q, 1), cg_i32(g, 0), "");
    LLVMBuildStore(b, LLVMBuildFMul(b, qv, scal, ""), cg_gep(g, g->f32, dst, LLVMBuildAdd(b, t, cg_i64(g, U), "")));
    cg_next(g, &lt);
  }
}

void tile_load_query(cg *g, tile_env *e, LLVMValueRef r, double scale, LLVMValueRef dst) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->user;
  LLVMBuilderRef b = g->b;
  int qb = tile_dtype_bytes(s->type_q);
  LLVMValueRef valid = LLVMBuildICmp(b, LLVMIntSLT, r, e->nrows, "");
  LLVMValueRef orow = tile_row_index(g, e, tile_row_clamp(g, e, r));
  LLVMValueRef qp = cg_byte_gep(g, e->q, LLVMBuildMul(b, orow, cg_i64(g, (long long)s->dim * qb), ""));
  LLVMValueRef sc = cg_splat(g, LLVMBuildSelect(b, valid, cg_f32(g, scale), cg_f32(g, 0.0), ""));
  if (p->absorb) {
    load_query_absorbed(g, e, qp, orow, sc, dst);
  } else {
    rowio io = {qp, dst, sc, s->type_q, qb};
    cg_for_chunks(g, s->dim, load_chunk, &io);
  }
  if (p->rope) { /* at the query's position (a rotation commutes with the scale) */
    LLVMValueRef qi = LLVMBuildAdd(b, e->q_begin, LLVMBuildSDiv(b, tile_row_clamp(g, e, r), e->nh, ""), "");
    tile_rope_cs(g, LLVMBuildAdd(b, e->q_pos0, qi, "qpos"), e->rope_cs);
    tile_rope_rotate(g, e->rope_cs, cg_gep(g, g->f32, dst, cg_i64(g, p->rope_off)));
  }
}

void tile_rope_key(cg *g, tile_env *e, LLVMValueRef src, LLVMValueRef dst, int n) {
  const attn_spec *s = g->plan->spec;
  rowio io = {src, dst, NULL, s->type_cache, tile_dtype_bytes(s->type_cache)};
  cg_for_chunks(g, n, load_chunk, &io);
  tile_rope_rotate(g, e->rope_cs, cg_gep(g, g->f32, dst, cg_i64(g, g->plan->rope_off)));
}

typedef struct values_ctx {
  LLVMValueRef krow[4]; /* the micro-block's K rows (byte pointers) */
  LLVMValueRef wcol;    /* &W_kv[0][h Dv + first column of the pass] (f32) */
  LLVMValueRef acc;     /* vj x nc accumulator vectors */
  int nc, last_len;     /* column vectors in the pass; lanes of its last one */
  long long ldw;        /* floats per W_kv row */
} values_ctx;

/* One chunk of E: vl (or len) steps t, each W row's nc vectors against a
 * broadcast lane of every key's converted K chunk. */
static void values_chunk(cg *g, LLVMValueRef c, int len, void *vctx) {
  values_ctx *x = vctx;
  const attn_plan *p = g->plan;
  LLVMBuilderRef b = g->b;
  const int VJ = p->vj, vl = g->vl, cb = tile_dtype_bytes(p->spec->type_cache);
  LLVMValueRef t0 = LLVMBuildMul(b, c, cg_i64(g, vl), "t0");
  LLVMValueRef kv[4];
  for (int u = 0; u < VJ; u++)
    kv[u] = cg_load_vec(g, cg_byte_gep(g, x->krow[u], LLVMBuildMul(b, t0, cg_i64(g, cb), "")), p->spec->type_cache, len);
  LLVMValueRef acc[4][24];
  for (int u = 0; u < VJ; u++)
    for (int k = 0; k < x->nc; k++)
      acc[u][k] = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, x->acc, cg_i64(g, u * x->nc + k)), "");
  for (int l = 0; l < len; l++) {
    LLVMValueRef wrow = cg_gep(g, g->f32, x->wcol, LLVMBuildMul(b, LLVMBuildAdd(b, t0, cg_i64(g, l), ""), cg_i64(g, x->ldw), ""));
    LLVMValueRef kb[4];
    for (int u = 0; u < VJ; u++) kb[u] = cg_broadcast_lane(g, kv[u], l);
    for (int k = 0; k < x->nc; k++) {
      LLVMValueRef w = cg_load_vec(g, cg_gep(g, g->f32, wrow, cg_i64(g, (long long)k * vl)), ATTN_F32,
                                   k == x->nc - 1 ? x->last_len : vl);
      for (int u = 0; u < VJ; u++) acc[u][k] = cg_fmuladd(g, kb[u], w, acc[u][k]);
    }
  }
  for (int u = 0; u < VJ; u++)
    for (int k = 0; k < x->nc; k++)
      LLVMBuildStore(b, acc[u][k], cg_gep(g, g->vf, x->acc, cg_i64(g, u * x->nc + k)));
}

/* Chunks of E per block of the V micro-kernel's reduction: a block's rows
 * of W_kv,h (16 x vl x Dv floats: 128 KiB for Dv = 128) stay in L2 while
 * every key of the tile uses them, instead of all E rows (2 MiB for
 * E = 4096) streaming from L3 for each vj keys (MHA 32 x 128 decode at
 * L = 16384: 0.17 -> 0.57 of the FMA peak). */
enum { VALUES_E_CHUNKS = 16 };

/* Every key of the tile against W rows of chunks [c_lo, c_hi) (len lanes
 * each): accumulators start from the bias (first) or from dst. */
static void values_keys(cg *g, tile_env *e, values_ctx *x, LLVMValueRef k0, LLVMValueRef n, LLVMValueRef dst,
                        LLVMValueRef bvec, LLVMValueRef w, LLVMValueRef c_lo, LLVMValueRef c_hi, int len,
                        LLVMValueRef first) {
  const attn_plan *p = g->plan;
  LLVMBuilderRef b = g->b;
  const int VJ = p->vj, vl = g->vl, cw = p->ncv * vl;
  LLVMValueRef k_last = LLVMBuildSub(b, LLVMBuildAdd(b, k0, n, ""), cg_i32(g, 1), "");
  cg_loop lj;
  LLVMValueRef jb = cg_for(g, &lj, cg_i32(g, 0), n, cg_i32(g, VJ), "vkeys");
  for (int u = 0; u < VJ; u++) {
    LLVMValueRef key = cg_smin(g, LLVMBuildAdd(b, k0, LLVMBuildAdd(b, jb, cg_i32(g, u), ""), ""), k_last);
    x->krow[u] = tile_kv_row(g, &e->kall, key).p;
  }
  for (int c0 = 0; c0 < p->ncv; c0 += p->vcols) {
    x->nc = c0 + p->vcols < p->ncv ? p->vcols : p->ncv - c0;
    x->last_len = tile_chunk_len(g, p->spec->v_dim, c0 + x->nc - 1);
    x->wcol = cg_gep(g, g->f32, w, cg_i64(g, (long long)c0 * vl));
    LLVMValueRef drow[4];
    for (int u = 0; u < VJ; u++) {
      drow[u] = cg_gep(g, g->f32, dst, tile_idx(g, LLVMBuildAdd(b, jb, cg_i32(g, u), ""), cw, cg_i64(g, (long long)c0 * vl)));
      for (int k = 0; k < x->nc; k++) {
        LLVMValueRef old = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->f32, drow[u], cg_i64(g, (long long)k * vl)), "");
        LLVMValueRef bv = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, bvec, cg_i64(g, c0 + k)), "");
        LLVMBuildStore(b, LLVMBuildSelect(b, first, bv, old, ""), cg_gep(g, g->vf, x->acc, cg_i64(g, u * x->nc + k)));
      }
    }
    cg_loop lc;
    LLVMValueRef c = cg_for(g, &lc, c_lo, c_hi, cg_i64(g, 1), "vchunk");
    values_chunk(g, c, len, x);
    cg_next(g, &lc);
    for (int u = 0; u < VJ; u++)
      for (int k = 0; k < x->nc; k++)
        LLVMBuildStore(b, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, x->acc, cg_i64(g, u * x->nc + k)), ""),
                       cg_gep(g, g->f32, drow[u], cg_i64(g, (long long)k * vl)));
  }
  cg_next(g, &lj);
}

void tile_values(cg *g, tile_env *e, LLVMValueRef k0, LLVMValueRef n, LLVMValueRef dst) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMBuilderRef b = g->b;
  const int vl = g->vl, Dv = s->v_dim, E = p->row_dim, full = E / vl, tail = E % vl;
  const long long ldw = (long long)s->heads_kv * Dv;
  LLVMValueRef col = LLVMBuildMul(b, LLVMBuildSExt(b, e->g, g->i64, ""), cg_i64(g, Dv), "vcol");
  LLVMValueRef w = cg_gep(g, g->f32, cg_field(g, g->ptr, e->args, offsetof(attn_args, w_out), "w_out"), col);
  LLVMValueRef bias = cg_field(g, g->ptr, e->args, offsetof(attn_args, out_bias), "out_bias");
  LLVMValueRef has_bias = LLVMBuildIsNotNull(b, bias, "");
  LLVMValueRef bcol = cg_gep(g, g->f32, bias, col);
  values_ctx x = {.ldw = ldw, .acc = cg_alloca(g, g->vf, p->vj * p->vcols, "vacc")};
  /* the head's bias as vectors (0 without one) */
  LLVMValueRef bvec = cg_alloca(g, g->vf, p->ncv, "vbias");
  for (int k = 0; k < p->ncv; k++) {
    LLVMValueRef slot = cg_gep(g, g->vf, bvec, cg_i64(g, k));
    LLVMBuildStore(b, LLVMConstNull(g->vf), slot);
    cg_if_t hb;
    cg_if(g, &hb, has_bias, "vbias");
    LLVMBuildStore(b, cg_load_vec(g, cg_gep(g, g->f32, bcol, cg_i64(g, (long long)k * vl)), ATTN_F32,
                                  tile_chunk_len(g, Dv, k)), slot);
    cg_endif(g, &hb);
  }
  if (full > 0) {
    cg_loop le;
    LLVMValueRef cb0 = cg_for(g, &le, cg_i64(g, 0), cg_i64(g, full), cg_i64(g, VALUES_E_CHUNKS), "vblock");
    LLVMValueRef first = LLVMBuildICmp(b, LLVMIntEQ, cb0, cg_i64(g, 0), "");
    LLVMValueRef cend = LLVMBuildAdd(b, cb0, cg_i64(g, VALUES_E_CHUNKS), "");
    cend = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSLT, cend, cg_i64(g, full), ""), cend, cg_i64(g, full), "");
    values_keys(g, e, &x, k0, n, dst, bvec, w, cb0, cend, vl, first);
    cg_next(g, &le);
  }
  if (tail)
    values_keys(g, e, &x, k0, n, dst, bvec, w, cg_i64(g, full), cg_i64(g, full + 1), tail,
                LLVMConstInt(g->i1, full == 0, 0));
}

LLVMValueRef tile_m_use(cg *g, LLVMValueRef mnew) {
  LLVMTypeRef t = LLVMTypeOf(mnew);
  int vec = LLVMGetTypeKind(t) == LLVMVectorTypeKind;
  LLVMValueRef ninf = vec ? cg_vconst(g, -__builtin_inf()) : cg_f32(g, -__builtin_inf());
  LLVMValueRef zero = vec ? cg_vconst(g, 0.0) : cg_f32(g, 0.0);
  LLVMValueRef none = LLVMBuildFCmp(g->b, LLVMRealOEQ, mnew, ninf, "");
  return LLVMBuildSelect(g->b, none, zero, mnew, "muse");
}

void tile_write_rows(cg *g, tile_env *e, tile_acc_row_fn acc_row, void *ctx) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMBuilderRef b = g->b;
  int ob = tile_dtype_bytes(s->type_out);
  cg_loop lr;
  LLVMValueRef r = cg_for(g, &lr, cg_i32(g, 0), e->nrows, cg_i32(g, 1), "orow");
  LLVMValueRef r64 = LLVMBuildSExt(b, r, g->i64, "");
  LLVMValueRef m = LLVMBuildLoad2(b, g->f32, cg_gep(g, g->f32, e->ms, r64), "m");
  LLVMValueRef l = LLVMBuildLoad2(b, g->f32, cg_gep(g, g->f32, e->ls, r64), "l");
  LLVMValueRef arow = acc_row(g, e, r, ctx);

  LLVMBasicBlockRef bpart = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "partial");
  LLVMBasicBlockRef bfinal = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "final");
  LLVMBasicBlockRef bjoin = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "written");
  LLVMBuildCondBr(b, LLVMBuildIsNotNull(b, e->part, ""), bpart, bfinal);

  /* partial: acc[rows][Dv] | m[rows] | l[rows], f32 */
  LLVMPositionBuilderAtEnd(b, bpart);
  LLVMValueRef nrows64 = LLVMBuildSExt(b, e->nrows, g->i64, "");
  LLVMValueRef prow = cg_gep(g, g->f32, e->part, LLVMBuildMul(b, r64, cg_i64(g, s->v_dim), ""));
  rowio pio = {arow, prow, NULL, ATTN_F32, 4};
  cg_for_chunks(g, s->v_dim, store_chunk, &pio);
  LLVMValueRef mpos = LLVMBuildAdd(b, LLVMBuildMul(b, nrows64, cg_i64(g, s->v_dim), ""), r64, "");
  LLVMBuildStore(b, m, cg_gep(g, g->f32, e->part, mpos));
  LLVMBuildStore(b, l, cg_gep(g, g->f32, e->part, LLVMBuildAdd(b, mpos, nrows64, "")));
  LLVMBuildBr(b, bjoin);

  /* final: out = acc / l; a row that saw no key (l == 0) gets 0 and -inf.
   * k_only: u = acc / l in place, then out = project(u). */
  LLVMPositionBuilderAtEnd(b, bfinal);
  LLVMValueRef orow = tile_row_index(g, e, r);
  LLVMValueRef empty = LLVMBuildFCmp(b, LLVMRealOEQ, l, cg_f32(g, 0.0), "");
  LLVMValueRef inv = LLVMBuildSelect(b, empty, cg_f32(g, 0.0), LLVMBuildFDiv(b, cg_f32(g, 1.0), l, ""), "");
  if (g->project) {
    rowio uio = {arow, arow, cg_splat(g, inv), ATTN_F32, 4};
    cg_for_chunks(g, s->v_dim, store_chunk, &uio);
    LLVMValueRef u = LLVMBuildSelect(b, empty, LLVMConstNull(g->ptr), arow, "u");
    LLVMTypeRef pt[] = {g->ptr, g->ptr, g->i64};
    LLVMValueRef cargs[] = {e->args, u, orow};
    LLVMBuildCall2(b, LLVMFunctionType(g->void_t, pt, 3, 0), g->project, cargs, 3, "");
  } else {
    LLVMValueRef op = cg_byte_gep(g, e->out, LLVMBuildMul(b, orow, cg_i64(g, (long long)s->v_dim * ob), ""));
    rowio fio = {arow, op, cg_splat(g, inv), s->type_out, ob};
    cg_for_chunks(g, s->v_dim, store_chunk, &fio);
  }
  if (s->lse) {
    LLVMTypeRef ft = g->f32;
    LLVMValueRef lnl = cg_call(g, "llvm.log", &ft, 1, &l, 1);
    LLVMValueRef lse = cg_fmuladd(g, m, cg_f32(g, 0.6931471805599453), lnl);
    lse = LLVMBuildSelect(b, empty, cg_f32(g, -__builtin_inf()), lse, "lse");
    LLVMBuildStore(b, lse, cg_gep(g, g->f32, e->lse, orow));
  }
  LLVMBuildBr(b, bjoin);
  LLVMPositionBuilderAtEnd(b, bjoin);
  cg_next(g, &lr);
}

/* ABI 7: the sequence's run-time mask data (attn_args), where the spec has it. */
static void tile_env_masks(cg *g, tile_env *e) {
  const attn_spec *s = g->plan->spec;
  LLVMBuilderRef b = g->b;
  LLVMValueRef seq = LLVMBuildSExt(b, e->seq, g->i64, "");
  if (s->prefix_lm) {
    LLVMValueRef pl = cg_field(g, g->ptr, e->args, offsetof(attn_args, prefix_len), "prefix_len");
    e->prefix = LLVMBuildLoad2(b, g->i32, cg_gep(g, g->i32, pl, seq), "prefix");
  }
  if (s->documents) {
    LLVMValueRef d = cg_field(g, g->ptr, e->args, offsetof(attn_args, doc_id), "doc_id");
    e->docs = cg_gep(g, g->i32, d, LLVMBuildMul(b, seq, cg_i64(g, s->capacity), ""));
    LLVMValueRef kl = cg_field(g, g->ptr, e->args, offsetof(attn_args, kv_len), "kv_len");
    e->seq_kv = LLVMBuildLoad2(b, g->i32, cg_gep(g, g->i32, kl, seq), "seq_kv");
  }
  if (s->block_size) {
    long long nb = ((long long)s->capacity + s->block_size - 1) / s->block_size;
    LLVMValueRef br = cg_field(g, g->ptr, e->args, offsetof(attn_args, block_row), "block_row");
    e->brow = cg_gep(g, g->i32, br, LLVMBuildMul(b, seq, cg_i64(g, nb + 1), ""));
    e->bcol = cg_field(g, g->ptr, e->args, offsetof(attn_args, block_col), "block_col");
  }
}

LLVMValueRef cg_tile_cpu(cg *g, const char *name, LLVMValueRef one_query) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMTypeRef params[] = {g->ptr, g->ptr};
  LLVMValueRef fn = LLVMAddFunction(g->mod, name, LLVMFunctionType(g->void_t, params, 2, 0));
  LLVMSetLinkage(fn, LLVMInternalLinkage);
  g->fn = fn;
  LLVMBuilderRef b = g->b;
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(g->ctx, fn, "entry"));

  tile_env e = {.args = LLVMGetParam(fn, 0), .work = LLVMGetParam(fn, 1)};
  cg_expr_args(g, e.args); /* the tensors the expressions read */
  e.q_row0 = cg_field(g, g->i64, e.work, offsetof(attn_work, q_row0), "q_row0");
  LLVMValueRef seq = e.seq = work_i32(g, &e, offsetof(attn_work, seq), "seq");
  e.g = work_i32(g, &e, offsetof(attn_work, kv_head), "kv_head");
  if (p->kv_heads > 1) /* the runtime's group kv_head is KV heads kv_head * kv_heads + [0, kv_heads) */
    e.g = LLVMBuildMul(b, e.g, cg_i32(g, p->kv_heads), "kv_head0");
  e.h_begin = work_i32(g, &e, offsetof(attn_work, h_begin), "h_begin");
  e.nh = LLVMBuildSub(b, work_i32(g, &e, offsetof(attn_work, h_end), "h_end"), e.h_begin, "nh");
  e.q_begin = work_i32(g, &e, offsetof(attn_work, q_begin), "q_begin");
  e.q_end = work_i32(g, &e, offsetof(attn_work, q_end), "q_end");
  if (one_query) { /* a unit of one query: the dot tile (plan.one_query) */
    LLVMValueRef one = LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildSub(b, e.q_end, e.q_begin, ""), cg_i32(g, 1), "one");
    LLVMBasicBlockRef bone = LLVMAppendBasicBlockInContext(g->ctx, fn, "one_query");
    LLVMBasicBlockRef rows = LLVMAppendBasicBlockInContext(g->ctx, fn, "rows");
    LLVMBuildCondBr(b, one, bone, rows);
    LLVMPositionBuilderAtEnd(b, bone);
    LLVMValueRef cargs[] = {e.args, e.work};
    LLVMBuildCall2(b, LLVMGlobalGetValueType(one_query), one_query, cargs, 2, "");
    LLVMBuildRetVoid(b);
    LLVMPositionBuilderAtEnd(b, rows);
  }
  e.nrows = LLVMBuildMul(b, LLVMBuildSub(b, e.q_end, e.q_begin, ""), e.nh, "nrows");
  e.q_pos0 = work_i32(g, &e, offsetof(attn_work, q_pos0), "q_pos0");
  e.k_begin = work_i32(g, &e, offsetof(attn_work, k_begin), "k_begin");
  e.k_end = work_i32(g, &e, offsetof(attn_work, k_end), "k_end");
  e.sink_end = work_i32(g, &e, offsetof(attn_work, sink_end), "sink_end");
  e.part = cg_field(g, g->ptr, e.work, offsetof(attn_work, part), "part");
  tile_env_masks(g, &e);
  e.q = cg_field(g, g->ptr, e.args, offsetof(attn_args, q), "q");
  e.out = cg_field(g, g->ptr, e.args, offsetof(attn_args, out), "out");
  e.lse = cg_field(g, g->ptr, e.args, offsetof(attn_args, lse), "lse");
  LLVMValueRef kc = cg_field(g, g->ptr, e.args, offsetof(attn_args, k_cache), "k_cache");
  if (p->row_store) { /* one row per token for both (k_only: S reads each head's slice) */
    e.k = e.v = cache_kv(g, &e, kc, seq, p->row_dim);
  } else if (p->values_first) { /* K as a token-major cache of Hq heads; V computed (tile_values) */
    e.k = cache_kv(g, &e, kc, seq, s->dim);
    e.kall = e.k;
    e.kall.head = cg_i64(g, 0);
  } else {
    e.k = cache_kv(g, &e, kc, seq, s->dim);
    e.v = cache_kv(g, &e, cg_field(g, g->ptr, e.args, offsetof(attn_args, v_cache), "v_cache"), seq, s->v_dim);
  }
  if (p->rope) e.rope_cs = cg_alloca(g, g->f32, tile_rope_cs_floats(g), "rope_cs");
  e.ms = cg_alloca(g, g->f32, p->rows_pad * p->kv_heads, "ms");
  e.ls = cg_alloca(g, g->f32, p->rows_pad * p->kv_heads, "ls");

  LLVMBasicBlockRef work = LLVMAppendBasicBlockInContext(g->ctx, fn, "work");
  LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->ctx, fn, "done");
  LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSGT, e.nrows, cg_i32(g, 0), ""), work, done);
  LLVMPositionBuilderAtEnd(b, work);
  if (p->kind == PLAN_LANES)
    cg_tile_lanes(g, &e);
  else
    cg_tile_dot(g, &e);
  LLVMBuildBr(b, done);
  LLVMPositionBuilderAtEnd(b, done);
  LLVMBuildRetVoid(b);
  return fn;
}

/* Output columns per pass of the projection: accumulators stay in registers. */
enum { PROJ_CHUNKS = 16 };

LLVMValueRef cg_project_cpu(cg *g, const char *name) {
  const attn_plan *p = g->plan;
  const attn_spec *us = p->user;
  LLVMBuilderRef b = g->b;
  const int vl = g->vl, Dv = us->v_dim, E = p->spec->v_dim, ob = tile_dtype_bytes(us->type_out);
  const long long ld = (long long)us->heads_kv * Dv; /* floats per row of W_out */
  LLVMTypeRef params[] = {g->ptr, g->ptr, g->i64};
  LLVMValueRef fn = LLVMAddFunction(g->mod, name, LLVMFunctionType(g->void_t, params, 3, 0));
  LLVMSetLinkage(fn, LLVMInternalLinkage);
  LLVMValueRef saved = g->fn;
  g->fn = fn;
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(g->ctx, fn, "entry"));
  LLVMValueRef a = LLVMGetParam(fn, 0), u = LLVMGetParam(fn, 1), orow = LLVMGetParam(fn, 2);
  LLVMValueRef head = LLVMBuildSRem(b, orow, cg_i64(g, us->heads_q), "head");
  LLVMValueRef out = cg_field(g, g->ptr, a, offsetof(attn_args, out), "out");
  out = cg_byte_gep(g, out, LLVMBuildMul(b, orow, cg_i64(g, (long long)Dv * ob), ""));
  LLVMValueRef w = cg_field(g, g->ptr, a, offsetof(attn_args, w_out), "w_out");
  LLVMValueRef bias = cg_field(g, g->ptr, a, offsetof(attn_args, out_bias), "out_bias");
  /* u null (the row saw no key): no terms and no bias, so the row is 0 */
  LLVMValueRef seen = LLVMBuildIsNotNull(b, u, "");
  LLVMValueRef nk = p->v_only ? NULL : LLVMBuildSelect(b, seen, cg_i64(g, E), cg_i64(g, 0), "nk");
  LLVMValueRef add_bias = LLVMBuildAnd(b, seen, LLVMBuildIsNotNull(b, bias, ""), "");
  LLVMValueRef kvh = LLVMBuildSDiv(b, head, cg_i64(g, us->heads_q / us->heads_kv), "kvh");
  LLVMValueRef col = LLVMBuildMul(b, kvh, cg_i64(g, Dv), "col");
  const int ncv = (Dv + vl - 1) / vl;
  LLVMValueRef acc = cg_alloca(g, g->vf, PROJ_CHUNKS, "pacc");
  for (int c0 = 0; c0 < ncv; c0 += PROJ_CHUNKS) {
    int c1 = c0 + PROJ_CHUNKS < ncv ? c0 + PROJ_CHUNKS : ncv;
    for (int c = c0; c < c1; c++)
      LLVMBuildStore(b, LLVMConstNull(g->vf), cg_gep(g, g->vf, acc, cg_i64(g, c - c0)));
    if (p->v_only) { /* no matrix: out = u + b (u already the head's values) */
      cg_if_t useen;
      cg_if(g, &useen, seen, "u");
      for (int c = c0; c < c1; c++)
        LLVMBuildStore(b, cg_load_vec(g, cg_gep(g, g->f32, u, cg_i64(g, (long long)c * vl)), ATTN_F32, tile_chunk_len(g, Dv, c)),
                       cg_gep(g, g->vf, acc, cg_i64(g, c - c0)));
      cg_endif(g, &useen);
    } else {
      cg_loop lk;
      LLVMValueRef k = cg_for(g, &lk, cg_i64(g, 0), nk, cg_i64(g, 1), "proj_k");
      LLVMValueRef uk = cg_splat(g, LLVMBuildLoad2(b, g->f32, cg_gep(g, g->f32, u, k), "uk"));
      LLVMValueRef wrow = cg_gep(g, g->f32, w, LLVMBuildAdd(b, LLVMBuildMul(b, k, cg_i64(g, ld), ""), col, ""));
      for (int c = c0; c < c1; c++) {
        LLVMValueRef wv = cg_load_vec(g, cg_gep(g, g->f32, wrow, cg_i64(g, (long long)c * vl)), ATTN_F32,
                                      tile_chunk_len(g, Dv, c));
        LLVMValueRef pa = cg_gep(g, g->vf, acc, cg_i64(g, c - c0));
        LLVMBuildStore(b, cg_fmuladd(g, uk, wv, LLVMBuildLoad2(b, g->vf, pa, "")), pa);
      }
      cg_next(g, &lk);
    }
    cg_if_t hb;
    cg_if(g, &hb, add_bias, "bias");
    for (int c = c0; c < c1; c++) {
      LLVMValueRef pa = cg_gep(g, g->vf, acc, cg_i64(g, c - c0));
      LLVMValueRef bv = cg_load_vec(g, cg_gep(g, g->f32, bias, LLVMBuildAdd(b, col, cg_i64(g, (long long)c * vl), "")),
                                    ATTN_F32, tile_chunk_len(g, Dv, c));
      LLVMBuildStore(b, LLVMBuildFAdd(b, LLVMBuildLoad2(b, g->vf, pa, ""), bv, ""), pa);
    }
    cg_endif(g, &hb);
    for (int c = c0; c < c1; c++)
      cg_store_vec(g, cg_byte_gep(g, out, cg_i64(g, (long long)c * vl * ob)),
                   LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, acc, cg_i64(g, c - c0)), ""), us->type_out,
                   tile_chunk_len(g, Dv, c));
  }
  LLVMBuildRetVoid(b);
  g->fn = saved;
  g->project = fn;
  return fn;
}
