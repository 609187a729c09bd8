/*
 * The attention tile for CPUs, in explicit vectors of the plan's width.
 *
 * For one attn_work (rows = queries x heads of one KV group, keys
 * [k_begin, k_end)) it computes, per row r with query q_r:
 *
 *   s_rj = (scale * log2 e) * q_r . k_j          (scores in log2 units)
 *   m_r  = max_j s_rj,  l_r = sum_j 2^(s_rj - m_r),  acc_r = sum_j 2^(s_rj - m_r) v_j
 *
 * online (flash attention): keys are visited a vector block at a time, and
 * when the running max grows, l and acc are rescaled by 2^(m_old - m_new).
 * out_r = acc_r / l_r, lse_r = ln 2 * (m_r + log2 l_r).
 *
 * Causal masking is loop bounds first: a row block visits keys up to the
 * largest limit of its rows; blocks below the smallest limit run without a
 * mask, the rest (the diagonal) masks per lane.  Masked lanes read a valid
 * key (clamped to k_end - 1) and get score -inf, so 2^(-inf) = 0 exactly.
 */
#include <stddef.h>
#include <stdio.h>

#include "cg.h"

/* Values of the work item and the arguments, loaded once at entry. */
typedef struct tile_env {
  LLVMValueRef args, work;
  LLVMValueRef q_row0, g, h_begin, nh, q_begin, nrows, q_pos0, k_begin, k_end, part;
  LLVMValueRef q, out, lse;
  LLVMValueRef kbase, kstride, vbase, vstride; /* i8* and i64 bytes */
  LLVMValueRef qs, ms, ls, accs;               /* per-row state on the stack */
  /* row block state, promoted to registers */
  LLVMValueRef bm, bl, bacc, blim;
  LLVMValueRef rb0;
} tile_env;

static int dtype_bytes(attn_dtype t) { return t == ATTN_F32 ? 4 : 2; }

static LLVMValueRef work_i32(cg *g, tile_env *e, size_t off, const char *n) {
  return cg_field(g, g->i32, e->work, off, n);
}

/* Elements valid in vector chunk c of a row of n elements. */
static int chunk_len(cg *g, int n, int c) { return n - c * g->vl < g->vl ? n - c * g->vl : g->vl; }

/* Base pointer and stride (bytes) of one KV head's rows for this sequence. */
static void cache_rows(cg *g, tile_env *e, LLVMValueRef cache, LLVMValueRef seq, int dim,
                       LLVMValueRef *base, LLVMValueRef *stride) {
  const attn_spec *s = g->plan->spec;
  LLVMBuilderRef b = g->b;
  long long eb = dtype_bytes(s->type_cache);
  LLVMValueRef seq64 = LLVMBuildSExt(b, seq, g->i64, "");
  LLVMValueRef g64 = LLVMBuildSExt(b, e->g, g->i64, "");
  LLVMValueRef off;
  if (s->order == ATTN_TOKEN_MAJOR) {
    /* [b][token][kv_head][dim] */
    off = LLVMBuildMul(b, seq64, cg_i64(g, (long long)s->capacity * s->heads_kv), "");
    off = LLVMBuildAdd(b, off, g64, "");
    *stride = cg_i64(g, (long long)s->heads_kv * dim * eb);
  } else {
    /* [b][kv_head][token][dim] */
    off = LLVMBuildMul(b, seq64, cg_i64(g, s->heads_kv), "");
    off = LLVMBuildMul(b, LLVMBuildAdd(b, off, g64, ""), cg_i64(g, s->capacity), "");
    *stride = cg_i64(g, (long long)dim * eb);
  }
  off = LLVMBuildMul(b, off, cg_i64(g, (long long)dim * eb), "");
  *base = cg_byte_gep(g, cache, off);
}

/* Row r of the work item -> (packed query row index * Hq + query head),
 * i.e. the row's index in out/lse, as i64. */
static LLVMValueRef row_index(cg *g, tile_env *e, LLVMValueRef r, LLVMValueRef *qi_out) {
  const attn_plan *p = g->plan;
  LLVMBuilderRef b = g->b;
  LLVMValueRef qi = LLVMBuildAdd(b, e->q_begin, LLVMBuildSDiv(b, r, e->nh, ""), "qi");
  LLVMValueRef h = LLVMBuildAdd(b, e->h_begin, LLVMBuildSRem(b, r, e->nh, ""), "h");
  LLVMValueRef hq = LLVMBuildAdd(b, LLVMBuildMul(b, e->g, cg_i32(g, p->group), ""), h, "hq");
  LLVMValueRef row = LLVMBuildAdd(b, e->q_row0, LLVMBuildSExt(b, qi, g->i64, ""), "");
  row = LLVMBuildMul(b, row, cg_i64(g, p->spec->heads_q), "");
  if (qi_out) *qi_out = qi;
  return LLVMBuildAdd(b, row, LLVMBuildSExt(b, hq, g->i64, ""), "orow");
}

/* Key limit (exclusive) of row r: causal rows see keys <= their position. */
static LLVMValueRef row_limit(cg *g, tile_env *e, LLVMValueRef r) {
  if (!g->plan->spec->causal) return e->k_end;
  LLVMBuilderRef b = g->b;
  LLVMValueRef qi = LLVMBuildAdd(b, e->q_begin, LLVMBuildSDiv(b, r, e->nh, ""), "");
  LLVMValueRef lim = LLVMBuildAdd(b, LLVMBuildAdd(b, e->q_pos0, qi, ""), cg_i32(g, 1), "");
  return cg_smin(g, lim, e->k_end);
}

/* Scaled queries into qs[rows_pad][nck] (zero beyond dim and for padding
 * rows), and the initial state m = -inf, l = 0, acc = 0. */
static void load_queries(cg *g, tile_env *e, LLVMValueRef nrows_pad) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMBuilderRef b = g->b;
  cg_loop lr;
  LLVMValueRef r = cg_for(g, &lr, cg_i32(g, 0), nrows_pad, cg_i32(g, 1), "qrow");
  LLVMValueRef valid = LLVMBuildICmp(b, LLVMIntSLT, r, e->nrows, "");
  LLVMValueRef rc = cg_smin(g, r, LLVMBuildSub(b, e->nrows, cg_i32(g, 1), ""));
  LLVMValueRef orow = row_index(g, e, rc, NULL);
  LLVMValueRef qp = cg_byte_gep(g, e->q, LLVMBuildMul(b, orow, cg_i64(g, (long long)s->dim * dtype_bytes(s->type_q)), ""));
  LLVMValueRef sc = cg_splat(g, LLVMBuildSelect(b, valid, cg_f32(g, p->qscale), cg_f32(g, 0.0), ""));
  LLVMValueRef r64 = LLVMBuildSExt(b, r, g->i64, "");
  for (int c = 0; c < p->nck; c++) {
    LLVMValueRef src = cg_byte_gep(g, qp, cg_i64(g, (long long)c * g->vl * dtype_bytes(s->type_q)));
    LLVMValueRef v = LLVMBuildFMul(b, cg_load_vec(g, src, s->type_q, chunk_len(g, s->dim, c)), sc, "");
    LLVMValueRef idx = LLVMBuildAdd(b, LLVMBuildMul(b, r64, cg_i64(g, p->nck), ""), cg_i64(g, c), "");
    LLVMBuildStore(b, v, cg_gep(g, g->vf, e->qs, idx));
  }
  for (int c = 0; c < p->ncv; c++) {
    LLVMValueRef idx = LLVMBuildAdd(b, LLVMBuildMul(b, r64, cg_i64(g, p->ncv), ""), cg_i64(g, c), "");
    LLVMBuildStore(b, LLVMConstNull(g->vf), cg_gep(g, g->vf, e->accs, idx));
  }
  LLVMBuildStore(b, cg_f32(g, -__builtin_inf()), cg_gep(g, g->f32, e->ms, r64));
  LLVMBuildStore(b, LLVMConstNull(g->vf), cg_gep(g, g->vf, e->ls, r64));
  cg_next(g, &lr);
}

/* Moves the state of rows rb0 .. rb0+row_block-1 between the per-row arrays
 * and the block's promotable allocas (to_block) or back. */
static void block_state(cg *g, tile_env *e, int to_block) {
  const attn_plan *p = g->plan;
  LLVMBuilderRef b = g->b;
  LLVMValueRef rb0 = LLVMBuildSExt(b, e->rb0, g->i64, "");
  for (int rr = 0; rr < p->row_block; rr++) {
    LLVMValueRef r = LLVMBuildAdd(b, rb0, cg_i64(g, rr), "");
    LLVMValueRef pairs[][3] = {
        {cg_gep(g, g->f32, e->ms, r), cg_gep(g, g->f32, e->bm, cg_i64(g, rr)), (LLVMValueRef)g->f32},
        {cg_gep(g, g->vf, e->ls, r), cg_gep(g, g->vf, e->bl, cg_i64(g, rr)), (LLVMValueRef)g->vf},
    };
    for (int i = 0; i < 2; i++) {
      LLVMValueRef from = pairs[i][to_block ? 0 : 1], to = pairs[i][to_block ? 1 : 0];
      LLVMBuildStore(b, LLVMBuildLoad2(b, (LLVMTypeRef)pairs[i][2], from, ""), to);
    }
    for (int c = 0; c < p->ncv; c++) {
      LLVMValueRef big = cg_gep(g, g->vf, e->accs,
                                LLVMBuildAdd(b, LLVMBuildMul(b, r, cg_i64(g, p->ncv), ""), cg_i64(g, c), ""));
      LLVMValueRef small = cg_gep(g, g->vf, e->bacc, cg_i64(g, rr * p->ncv + c));
      LLVMValueRef from = to_block ? big : small, to = to_block ? small : big;
      LLVMBuildStore(b, LLVMBuildLoad2(b, g->vf, from, ""), to);
    }
    if (to_block) {
      LLVMValueRef rc = cg_smin(g, LLVMBuildTrunc(b, r, g->i32, ""), LLVMBuildSub(b, e->nrows, cg_i32(g, 1), ""));
      LLVMBuildStore(b, row_limit(g, e, rc), cg_gep(g, g->i32, e->blim, cg_i64(g, rr)));
    }
  }
}

/* Pointer to key `key` (i32) of a cache head, clamped to k_end-1 if masked. */
static LLVMValueRef key_row(cg *g, tile_env *e, LLVMValueRef base, LLVMValueRef stride,
                            LLVMValueRef key, int masked) {
  LLVMBuilderRef b = g->b;
  if (masked) key = cg_smin(g, key, LLVMBuildSub(b, e->k_end, cg_i32(g, 1), ""));
  return cg_byte_gep(g, base, LLVMBuildMul(b, LLVMBuildSExt(b, key, g->i64, ""), stride, ""));
}

/* One vector block of keys kb .. kb+vl-1 for the row block in registers:
 * scores, online-softmax update, and acc += p . V. */
static void key_block(cg *g, tile_env *e, LLVMValueRef kb, int masked) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMBuilderRef b = g->b;
  int rbk = p->row_block, vl = g->vl, cb = dtype_bytes(s->type_cache);
  LLVMValueRef rb0 = LLVMBuildSExt(b, e->rb0, g->i64, "");

  /* q chunks of the block's rows (from L1; the backend folds the loads). */
  LLVMValueRef qv[8][128];
  for (int rr = 0; rr < rbk; rr++)
    for (int c = 0; c < p->nck; c++) {
      LLVMValueRef idx = LLVMBuildAdd(b, LLVMBuildMul(b, LLVMBuildAdd(b, rb0, cg_i64(g, rr), ""), cg_i64(g, p->nck), ""), cg_i64(g, c), "");
      qv[rr][c] = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, e->qs, idx), "q");
    }

  /* s[rr] lane j = q_rr . k_(kb+j): per key a dot product across the
   * chunks, then a transpose-add tree turns vl such vectors into one. */
  cg_hsum hs[8] = {0};
  for (int j = 0; j < vl; j++) {
    LLVMValueRef kp = key_row(g, e, e->kbase, e->kstride, LLVMBuildAdd(b, kb, cg_i32(g, j), ""), masked);
    LLVMValueRef kv[128];
    for (int c = 0; c < p->nck; c++)
      kv[c] = cg_load_vec(g, cg_byte_gep(g, kp, cg_i64(g, (long long)c * vl * cb)), s->type_cache,
                          chunk_len(g, s->dim, c));
    for (int rr = 0; rr < rbk; rr++) {
      LLVMValueRef d = LLVMBuildFMul(b, qv[rr][0], kv[0], "");
      for (int c = 1; c < p->nck; c++) d = cg_fmuladd(g, qv[rr][c], kv[c], d);
      cg_hsum_push(g, &hs[rr], d);
    }
  }

  LLVMValueRef prob[8];
  LLVMValueRef ninf = cg_f32(g, -__builtin_inf());
  for (int rr = 0; rr < rbk; rr++) {
    LLVMValueRef sc = cg_hsum_result(g, &hs[rr]);
    if (masked) {
      LLVMValueRef kpos = LLVMBuildAdd(b, cg_splat(g, kb), cg_lane_iota(g), "");
      LLVMValueRef lim = LLVMBuildLoad2(b, g->i32, cg_gep(g, g->i32, e->blim, cg_i64(g, rr)), "");
      LLVMValueRef ok = LLVMBuildICmp(b, LLVMIntSLT, kpos, cg_splat(g, lim), "");
      sc = LLVMBuildSelect(b, ok, sc, cg_splat(g, ninf), "");
    }
    LLVMValueRef pm = cg_gep(g, g->f32, e->bm, cg_i64(g, rr));
    LLVMValueRef pl = cg_gep(g, g->vf, e->bl, cg_i64(g, rr));
    LLVMValueRef m = LLVMBuildLoad2(b, g->f32, pm, "m");
    LLVMValueRef mnew = cg_fmax(g, m, cg_reduce_max(g, sc));
    LLVMValueRef muse = mnew;
    if (masked) /* a row with nothing visible yet keeps m = -inf; avoid -inf - -inf */
      muse = LLVMBuildSelect(b, LLVMBuildFCmp(b, LLVMRealOEQ, mnew, ninf, ""), cg_f32(g, 0.0), mnew, "");
    LLVMValueRef alpha = cg_exp2(g, cg_splat(g, LLVMBuildFSub(b, m, muse, "")));
    prob[rr] = cg_exp2(g, LLVMBuildFSub(b, sc, cg_splat(g, muse), ""));
    LLVMValueRef l = LLVMBuildLoad2(b, g->vf, pl, "l");
    LLVMBuildStore(b, cg_fmuladd(g, l, alpha, prob[rr]), pl);
    LLVMBuildStore(b, mnew, pm);
    for (int c = 0; c < p->ncv; c++) {
      LLVMValueRef pa = cg_gep(g, g->vf, e->bacc, cg_i64(g, rr * p->ncv + c));
      LLVMBuildStore(b, LLVMBuildFMul(b, LLVMBuildLoad2(b, g->vf, pa, ""), alpha, ""), pa);
    }
  }

  /* acc_rr += p_rr[j] * v_(kb+j) */
  for (int j = 0; j < vl; j++) {
    LLVMValueRef vp = key_row(g, e, e->vbase, e->vstride, LLVMBuildAdd(b, kb, cg_i32(g, j), ""), masked);
    for (int c = 0; c < p->ncv; c++) {
      LLVMValueRef vv = cg_load_vec(g, cg_byte_gep(g, vp, cg_i64(g, (long long)c * vl * cb)),
                                    s->type_cache, chunk_len(g, s->v_dim, c));
      for (int rr = 0; rr < rbk; rr++) {
        LLVMValueRef pa = cg_gep(g, g->vf, e->bacc, cg_i64(g, rr * p->ncv + c));
        LLVMValueRef acc = LLVMBuildLoad2(b, g->vf, pa, "");
        LLVMBuildStore(b, cg_fmuladd(g, cg_broadcast_lane(g, prob[rr], j), vv, acc), pa);
      }
    }
  }
}

/* Keys [lo, hi) in vector blocks, masked or not. */
static void key_loop(cg *g, tile_env *e, LLVMValueRef lo, LLVMValueRef hi, int masked) {
  cg_loop l;
  LLVMValueRef kb = cg_for(g, &l, lo, hi, cg_i32(g, g->vl), masked ? "kmask" : "kfull");
  key_block(g, e, kb, masked);
  cg_next(g, &l);
}

/* Final per-row output: normalized out and lse, or the partial state. */
static void write_rows(cg *g, tile_env *e) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMBuilderRef b = g->b;
  int ob = dtype_bytes(s->type_out);
  cg_loop lr;
  LLVMValueRef r = cg_for(g, &lr, cg_i32(g, 0), e->nrows, cg_i32(g, 1), "orow");
  LLVMValueRef r64 = LLVMBuildSExt(b, r, g->i64, "");
  LLVMValueRef m = LLVMBuildLoad2(b, g->f32, cg_gep(g, g->f32, e->ms, r64), "m");
  LLVMValueRef l = cg_reduce_add(g, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, e->ls, r64), ""));
  LLVMValueRef acc[128];
  for (int c = 0; c < p->ncv; c++)
    acc[c] = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, e->accs, LLVMBuildAdd(b, LLVMBuildMul(b, r64, cg_i64(g, p->ncv), ""), cg_i64(g, c), "")), "");

  LLVMBasicBlockRef bpart = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "partial");
  LLVMBasicBlockRef bfinal = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "final");
  LLVMBasicBlockRef bjoin = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "written");
  LLVMBuildCondBr(b, LLVMBuildIsNotNull(b, e->part, ""), bpart, bfinal);

  /* partial: acc[rows][Dv] | m[rows] | l[rows], f32 */
  LLVMPositionBuilderAtEnd(b, bpart);
  LLVMValueRef nrows64 = LLVMBuildSExt(b, e->nrows, g->i64, "");
  LLVMValueRef prow = cg_gep(g, g->f32, e->part, LLVMBuildMul(b, r64, cg_i64(g, s->v_dim), ""));
  for (int c = 0; c < p->ncv; c++)
    cg_store_vec(g, cg_gep(g, g->f32, prow, cg_i64(g, (long long)c * g->vl)), acc[c], ATTN_F32,
                 chunk_len(g, s->v_dim, c));
  LLVMValueRef mpos = LLVMBuildAdd(b, LLVMBuildMul(b, nrows64, cg_i64(g, s->v_dim), ""), r64, "");
  LLVMBuildStore(b, m, cg_gep(g, g->f32, e->part, mpos));
  LLVMBuildStore(b, l, cg_gep(g, g->f32, e->part, LLVMBuildAdd(b, mpos, nrows64, "")));
  LLVMBuildBr(b, bjoin);

  /* final: out = acc / l; a row that saw no key (l == 0) gets 0 and -inf */
  LLVMPositionBuilderAtEnd(b, bfinal);
  LLVMValueRef orow = row_index(g, e, r, NULL);
  LLVMValueRef empty = LLVMBuildFCmp(b, LLVMRealOEQ, l, cg_f32(g, 0.0), "");
  LLVMValueRef inv = LLVMBuildSelect(b, empty, cg_f32(g, 0.0), LLVMBuildFDiv(b, cg_f32(g, 1.0), l, ""), "");
  LLVMValueRef op = cg_byte_gep(g, e->out, LLVMBuildMul(b, orow, cg_i64(g, (long long)s->v_dim * ob), ""));
  for (int c = 0; c < p->ncv; c++)
    cg_store_vec(g, cg_byte_gep(g, op, cg_i64(g, (long long)c * g->vl * ob)),
                 LLVMBuildFMul(b, acc[c], cg_splat(g, inv), ""), s->type_out, chunk_len(g, s->v_dim, c));
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

LLVMValueRef cg_tile_cpu(cg *g, const char *name) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMTypeRef params[] = {g->ptr, g->ptr};
  LLVMValueRef fn = LLVMAddFunction(g->mod, name, LLVMFunctionType(g->void_t, params, 2, 0));
  LLVMSetLinkage(fn, LLVMInternalLinkage);
  g->fn = fn;
  LLVMBuilderRef b = g->b;
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(g->ctx, fn, "entry"));

  tile_env e = {.args = LLVMGetParam(fn, 0), .work = LLVMGetParam(fn, 1)};
  e.q_row0 = cg_field(g, g->i64, e.work, offsetof(attn_work, q_row0), "q_row0");
  LLVMValueRef seq = work_i32(g, &e, offsetof(attn_work, seq), "seq");
  e.g = work_i32(g, &e, offsetof(attn_work, kv_head), "kv_head");
  e.h_begin = work_i32(g, &e, offsetof(attn_work, h_begin), "h_begin");
  e.nh = LLVMBuildSub(b, work_i32(g, &e, offsetof(attn_work, h_end), "h_end"), e.h_begin, "nh");
  e.q_begin = work_i32(g, &e, offsetof(attn_work, q_begin), "q_begin");
  LLVMValueRef q_end = work_i32(g, &e, offsetof(attn_work, q_end), "q_end");
  e.nrows = LLVMBuildMul(b, LLVMBuildSub(b, q_end, e.q_begin, ""), e.nh, "nrows");
  e.q_pos0 = work_i32(g, &e, offsetof(attn_work, q_pos0), "q_pos0");
  e.k_begin = work_i32(g, &e, offsetof(attn_work, k_begin), "k_begin");
  e.k_end = work_i32(g, &e, offsetof(attn_work, k_end), "k_end");
  e.part = cg_field(g, g->ptr, e.work, offsetof(attn_work, part), "part");
  e.q = cg_field(g, g->ptr, e.args, offsetof(attn_args, q), "q");
  e.out = cg_field(g, g->ptr, e.args, offsetof(attn_args, out), "out");
  e.lse = cg_field(g, g->ptr, e.args, offsetof(attn_args, lse), "lse");
  cache_rows(g, &e, cg_field(g, g->ptr, e.args, offsetof(attn_args, k_cache), "k_cache"), seq,
             s->dim, &e.kbase, &e.kstride);
  cache_rows(g, &e, cg_field(g, g->ptr, e.args, offsetof(attn_args, v_cache), "v_cache"), seq,
             s->v_dim, &e.vbase, &e.vstride);

  e.qs = cg_alloca(g, g->vf, p->rows_pad * p->nck, "qs");
  e.accs = cg_alloca(g, g->vf, p->rows_pad * p->ncv, "accs");
  e.ls = cg_alloca(g, g->vf, p->rows_pad, "ls");
  e.ms = cg_alloca(g, g->f32, p->rows_pad, "ms");
  e.bm = cg_alloca(g, g->f32, p->row_block, "bm");
  e.bl = cg_alloca(g, g->vf, p->row_block, "bl");
  e.bacc = cg_alloca(g, g->vf, p->row_block * p->ncv, "bacc");
  e.blim = cg_alloca(g, g->i32, p->row_block, "blim");

  LLVMBasicBlockRef work = LLVMAppendBasicBlockInContext(g->ctx, fn, "work");
  LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->ctx, fn, "done");
  LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSGT, e.nrows, cg_i32(g, 0), ""), work, done);
  LLVMPositionBuilderAtEnd(b, work);

  int rbk = p->row_block;
  LLVMValueRef nrows_pad = LLVMBuildMul(
      b, LLVMBuildSDiv(b, LLVMBuildAdd(b, e.nrows, cg_i32(g, rbk - 1), ""), cg_i32(g, rbk), ""),
      cg_i32(g, rbk), "nrows_pad");
  load_queries(g, &e, nrows_pad);

  /* Keys any row sees: up to the last query's position (causal). */
  LLVMValueRef k_all = s->causal ? cg_smin(g, e.k_end, LLVMBuildAdd(b, e.q_pos0, q_end, "")) : e.k_end;
  cg_loop lt, lb;
  LLVMValueRef kt0 = cg_for(g, &lt, e.k_begin, k_all, cg_i32(g, p->key_tile), "ktile");
  e.rb0 = cg_for(g, &lb, cg_i32(g, 0), nrows_pad, cg_i32(g, rbk), "rblock");
  {
    LLVMValueRef last = LLVMBuildSub(b, e.nrows, cg_i32(g, 1), "");
    LLVMValueRef lo_lim = row_limit(g, &e, cg_smin(g, e.rb0, last));
    LLVMValueRef hi_lim = row_limit(g, &e, cg_smin(g, LLVMBuildAdd(b, e.rb0, cg_i32(g, rbk - 1), ""), last));
    LLVMValueRef tile_hi = LLVMBuildAdd(b, kt0, cg_i32(g, p->key_tile), "");
    LLVMValueRef tend = cg_smin(g, tile_hi, hi_lim);
    /* unmasked blocks: whole vector blocks below every row's limit */
    LLVMValueRef fspan = cg_smax(g, LLVMBuildSub(b, cg_smin(g, tile_hi, lo_lim), kt0, ""), cg_i32(g, 0));
    LLVMValueRef fend = LLVMBuildAdd(b, kt0, LLVMBuildMul(b, LLVMBuildSDiv(b, fspan, cg_i32(g, g->vl), ""), cg_i32(g, g->vl), ""), "fend");
    fend = cg_smin(g, fend, tend);
    cg_if_t any;
    cg_if(g, &any, LLVMBuildICmp(b, LLVMIntSLT, kt0, tend, ""), "visit");
    block_state(g, &e, 1);
    key_loop(g, &e, kt0, fend, 0);
    key_loop(g, &e, fend, tend, 1);
    block_state(g, &e, 0);
    cg_endif(g, &any);
  }
  cg_next(g, &lb);
  cg_next(g, &lt);

  write_rows(g, &e);
  LLVMBuildBr(b, done);
  LLVMPositionBuilderAtEnd(b, done);
  LLVMBuildRetVoid(b);
  return fn;
}
