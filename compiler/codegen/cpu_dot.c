/*
 * PLAN_DOT: few rows (decode, GQA groups below a vector).  Per block of
 * kblock keys:
 *
 *   S   for each key j: its K row is loaded (converted) once and dotted with
 *       every row's query: d_rj = sum_c q_r[c] * k_j[c], a vector of partial
 *       sums over the head dimension, stored to a small L1 buffer;
 *   red per row: the transpose-add tree turns vl such vectors into one score
 *       vector with keys in lanes; mask; online-softmax update; p to a buffer;
 *   PV  for each key j below the task's limit: its V row is loaded once and
 *       acc_r += p_rj * v_j for every row (p broadcast from memory), in
 *       passes of pv_chunks accumulator vectors per row held in registers.
 *
 * A unit is one KV head's rows against one block; a task of several KV
 * heads (plan->kv_heads, token-major decode) runs the block's units head
 * after head, so each block's cache rows are read whole.
 *
 * Prefetch (plan->prefetch keys ahead): K rows into L1 ahead of S, each
 * P.V pass's part of the V row into L1 ahead of that pass (see plan_dot for
 * why V does not go to L1 during S).  Into L2 (plan->prefetch_next):
 * token-major, the next unit's K rows during S and V rows during P.V;
 * head-major, the block's V rows during S.
 *
 * Each K and V element is read from memory once per task; the loops are
 * runtime loops with short bodies (compile time scales with rows x chunks,
 * not with keys).
 */
#include "tile.h"

typedef struct dot_ctx {
  LLVMValueRef accs; /* f32 [rows][ncv * vl] */
} dot_ctx;

static LLVMValueRef dot_acc_row(cg *g, tile_env *e, LLVMValueRef r, void *vctx) {
  (void)e;
  dot_ctx *c = vctx;
  LLVMValueRef off = LLVMBuildMul(g->b, LLVMBuildSExt(g->b, r, g->i64, ""),
                                  cg_i64(g, (long long)g->plan->ncv * g->vl), "");
  return cg_gep(g, g->f32, c->accs, off);
}

typedef struct pv_ctx {
  tile_env *e;
  int R, cw, KB, cb;
  LLVMValueRef kb, k_hi, k_last, accs, pbuf, alphas, jend;
  /* where the block's value rows are: the cache (row of key kb + j), or
   * values_first's computed tile (vbuf: row j, f32, cw floats a row) */
  const tile_kv *vkv;
  LLVMValueRef vbuf;
  LLVMValueRef *vslice; /* v_only: row rr's values from element vslice[rr] of the row; else null */
  LLVMValueRef nkb;     /* next unit: first key (prefetch_next) */
  const tile_kv *nv;    /* next unit's V rows (prefetch_next), else null */
} pv_ctx;

/* Bytes of n cache elements (n an i64 value; whole bytes where it is used). */
static LLVMValueRef el_bytes(cg *g, LLVMValueRef n) {
  return LLVMBuildSDiv(g->b, LLVMBuildMul(g->b, n, cg_i64(g, tile_cache_bits(g)), ""), cg_i64(g, 8), "");
}

/* One P.V pass over the block: acc[r][c0 .. c0+nc) += sum_j p_rj v_j, the
 * accumulators in registers (pacc).  c0 is an i64 value (a constant when
 * unrolled); full: every chunk is vl wide, else the last one ends at
 * v_dim. */
static void pv_pass(cg *g, const pv_ctx *c, LLVMValueRef c0, int nc, int full) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMBuilderRef b = g->b;
  tile_env *e = c->e;
  const int R = c->R, vl = g->vl, cb = c->cb;
  LLVMValueRef c0e = LLVMBuildMul(b, c0, cg_i64(g, vl), "c0e"); /* first element of the pass */
  LLVMValueRef c0b = el_bytes(g, c0e);                          /* ... its byte offset in a cache row */
  LLVMValueRef pacc = cg_alloca(g, g->vf, R * nc, "pacc");
  for (int rr = 0; rr < R; rr++) {
    LLVMValueRef al = cg_splat(g, LLVMBuildLoad2(b, g->f32, cg_gep(g, g->f32, c->alphas, cg_i64(g, rr)), ""));
    for (int k = 0; k < nc; k++) {
      LLVMValueRef at = LLVMBuildAdd(b, c0e, cg_i64(g, (long long)rr * c->cw + k * vl), "");
      LLVMValueRef a = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->f32, c->accs, at), "");
      LLVMBuildStore(b, LLVMBuildFMul(b, a, al, ""), cg_gep(g, g->vf, pacc, cg_i64(g, rr * nc + k)));
    }
  }
  cg_loop lj;
  LLVMValueRef j = cg_for(g, &lj, cg_i32(g, 0), c->jend, cg_i32(g, 1), "kpv");
  LLVMValueRef key = LLVMBuildAdd(b, c->kb, j, "");
  tile_row vr = {0};
  LLVMValueRef vp = NULL; /* values_first: the computed row's pass */
  if (p->values_first)
    vp = cg_gep(g, g->f32, tile_key_row(g, c->vbuf, cg_i64(g, (long long)c->cw * 4), j), c0e);
  else
    vr = tile_kv_row(g, c->vkv, key);
  const int pass_bytes = nc * vl * cb / 8; /* cb: bits per element */
  if (p->prefetch && !p->values_first) {
    tile_kv vfar = e->v; /* keys past the block: no table */
    vfar.rowtab = NULL;
    tile_row ahead = tile_kv_row(g, &vfar, cg_smin(g, LLVMBuildAdd(b, key, cg_i32(g, p->prefetch), ""), c->k_last));
    cg_prefetch_row(g, cg_byte_gep(g, ahead.p, c0b), pass_bytes, 3);
  }
  if (c->nv) { /* the next unit's V rows, this pass's part */
    LLVMValueRef nkey = cg_smin(g, LLVMBuildAdd(b, c->nkb, j, ""), c->k_last);
    cg_prefetch_row(g, cg_byte_gep(g, tile_kv_row(g, c->nv, nkey).p, c0b), pass_bytes, p->prefetch_next);
  }
  LLVMValueRef pr[16], vs = vp ? NULL : tile_row_scale(g, vr); /* i8: the row's scale, folded into p */
  for (int rr = 0; rr < R; rr++) {
    pr[rr] = cg_splat(g, LLVMBuildLoad2(b, g->f32, cg_gep(g, g->f32, c->pbuf, tile_idx(g, cg_i64(g, rr), c->KB, j)), "p"));
    if (vs) pr[rr] = LLVMBuildFMul(b, pr[rr], vs, "");
  }
  for (int k = 0; k < nc; k++) {
    int len = full || k < nc - 1 ? vl : s->v_dim % vl;
    LLVMValueRef vv = NULL;
    for (int rr = 0; rr < R; rr++) {
      if (!vv || c->vslice) { /* shared by the rows, or each row's own slice (v_only) */
        LLVMValueRef el = cg_i64(g, (long long)k * vl);
        if (c->vslice) el = LLVMBuildAdd(b, el, c->vslice[rr], "");
        vv = vp ? cg_load_vec(g, cg_gep(g, g->f32, vp, el), ATTN_F32, len)
                : tile_load_row_unscaled(g, vr, LLVMBuildAdd(b, c0e, el, ""), len);
      }
      LLVMValueRef pa = cg_gep(g, g->vf, pacc, cg_i64(g, rr * nc + k));
      LLVMBuildStore(b, cg_fmuladd(g, pr[rr], vv, LLVMBuildLoad2(b, g->vf, pa, "")), pa);
    }
  }
  cg_next(g, &lj);
  for (int rr = 0; rr < R; rr++)
    for (int k = 0; k < nc; k++)
      LLVMBuildStore(b, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, pacc, cg_i64(g, rr * nc + k)), ""),
                     cg_gep(g, g->f32, c->accs, LLVMBuildAdd(b, c0e, cg_i64(g, (long long)rr * c->cw + k * vl), "")));
}

/* The task's buffers (cg_tile_dot); per KV head hh of the task its rows'
 * queries, accumulators, m, l are at hh * R rows. */
typedef struct dot_bufs {
  LLVMValueRef qs, dbuf, pbuf, accs, alphas, vbuf, kbuf;
  tile_facts facts;          /* each row's limit, window start, ... (tile_score) */
  LLVMValueRef ktab, kstab, vtab, vstab; /* paged, ring: the block's row (and scale) addresses */
} dot_bufs;

/* One unit: the R rows of one KV head of the task (e's K/V rows and m/l,
 * qs and accs offset to them) against keys [kb, kb + KB) below k_hi.  nkb,
 * nk, nv: the next unit's first key and K/V rows, prefetched
 * (plan->prefetch_next) while this one runs; null: none. */
static void dot_unit(cg *g, tile_env *e, const dot_bufs *bf, LLVMValueRef kb, LLVMValueRef k_hi,
                     LLVMValueRef k_last, LLVMValueRef nkb, const tile_kv *nk, const tile_kv *nv) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMBuilderRef b = g->b;
  const int R = p->rows_pad, vl = g->vl, KB = p->kblock, NB = KB / vl;
  const int cb = tile_cache_bits(g), cw = p->ncv * vl; /* cb: bits per cache element */
  LLVMValueRef ninf = cg_f32(g, -__builtin_inf());
  LLVMValueRef qs = bf->qs, dbuf = bf->dbuf, pbuf = bf->pbuf, accs = bf->accs, alphas = bf->alphas,
               kbuf = bf->kbuf;
  const int NS = p->k_only ? R : 1, kw = p->nck * vl;

  /* S: d_rj for the block's keys (clamped to the last key; masked later),
   * s_keys keys per iteration sharing each query load.  k_only: row rr's
   * keys are its head's D columns of the whole K row, from element
   * slice[rr]. */
  LLVMValueRef slice[16] = {0};
  for (int rr = 0; rr < R && (p->k_only || p->v_only); rr++) { /* v_only: the slice of its values */
    LLVMValueRef h = LLVMBuildAdd(b, e->h_begin, cg_i32(g, rr), "");
    slice[rr] = LLVMBuildMul(b, LLVMBuildSExt(b, h, g->i64, ""), cg_i64(g, p->k_only ? s->dim : s->v_dim), "slice");
  }
  if (kbuf) {
    cg_loop lj;
    LLVMValueRef j = cg_for(g, &lj, cg_i32(g, 0), cg_i32(g, KB), cg_i32(g, 1), "krot");
    LLVMValueRef key = cg_smin(g, LLVMBuildAdd(b, kb, j, ""), k_last);
    LLVMValueRef krow = tile_kv_row(g, &e->k, key).p;
    tile_rope_cs(g, key, e->rope_cs);
    for (int ns = 0; ns < NS; ns++)
      tile_rope_key(g, e, p->k_only ? cg_byte_gep(g, krow, el_bytes(g, slice[ns])) : krow,
                    cg_gep(g, g->f32, kbuf, tile_idx(g, j, (long long)NS * kw, cg_i64(g, (long long)ns * kw))), s->dim);
    cg_next(g, &lj);
  }
  /* where S reads keys: the cache, or the rotated block (f32); element offsets */
  LLVMValueRef kslice[16];
  for (int rr = 0; rr < R && p->k_only; rr++) kslice[rr] = kbuf ? cg_i64(g, (long long)rr * kw) : slice[rr];
  {
    const int KU = p->s_keys, CH = p->s_chains;
    cg_loop lj;
    LLVMValueRef j = cg_for(g, &lj, cg_i32(g, 0), cg_i32(g, KB), cg_i32(g, KU), "kdot");
    tile_row kp[4];
    for (int u = 0; u < KU; u++) {
      LLVMValueRef ju = LLVMBuildAdd(b, j, cg_i32(g, u), "");
      LLVMValueRef key = cg_smin(g, LLVMBuildAdd(b, kb, ju, ""), k_last);
      if (kbuf) kp[u] = (tile_row){cg_gep(g, g->f32, kbuf, tile_idx(g, ju, (long long)NS * kw, cg_i64(g, 0))), NULL};
      else kp[u] = tile_kv_row(g, &e->k, key);
      if (p->prefetch) {
        LLVMValueRef ahead = cg_smin(g, LLVMBuildAdd(b, key, cg_i32(g, p->prefetch), ""), k_last);
        tile_kv kfar = e->k; /* keys past the block: no table */
        kfar.rowtab = NULL;
        cg_prefetch_row(g, tile_kv_row(g, &kfar, ahead).p, tile_kv_row_bytes(g, &e->k), 3);
        if (!nv && !p->values_first) /* no next-unit prefetch (head-major): V to L2 during S */
          cg_prefetch_row(g, tile_kv_row(g, &e->v, key).p, tile_kv_row_bytes(g, &e->v), 2);
      }
      if (nk) /* the next unit's K rows */
        cg_prefetch_row(g, tile_kv_row(g, nk, cg_smin(g, LLVMBuildAdd(b, nkb, ju, ""), k_last)).p,
                        tile_kv_row_bytes(g, nk), p->prefetch_next);
    }
    LLVMValueRef d[16][4][2] = {{{0}}};
    for (int c = 0; c < p->nck; c++) {
      LLVMValueRef kc[4];
      const int len = tile_chunk_len(g, s->dim, c);
      for (int u = 0; u < KU; u++) kc[u] = NULL;
      int ch = c % CH;
      for (int rr = 0; rr < R; rr++) {
        LLVMValueRef q = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, qs, cg_i64(g, rr * p->nck + c)), "q");
        for (int u = 0; u < KU; u++) { /* shared by the rows, or (k_only) row rr's own head slice of the K row */
          if (kc[u] && !p->k_only) continue;
          LLVMValueRef el = cg_i64(g, (long long)c * vl);
          if (p->k_only) el = LLVMBuildAdd(b, kslice[rr], el, "");
          kc[u] = kbuf ? cg_load_vec(g, cg_gep(g, g->f32, kp[u].p, el), ATTN_F32, len)
                       : tile_load_row_unscaled(g, kp[u], el, len);
        }
        for (int u = 0; u < KU; u++)
          d[rr][u][ch] = d[rr][u][ch] ? cg_fmuladd(g, q, kc[u], d[rr][u][ch]) : LLVMBuildFMul(b, q, kc[u], "");
      }
    }
    LLVMValueRef ks[4] = {0}; /* i8: each key row's scale, once per partial-sum vector */
    for (int u = 0; u < KU && !kbuf; u++) ks[u] = tile_row_scale(g, kp[u]);
    for (int rr = 0; rr < R; rr++)
      for (int u = 0; u < KU; u++) {
        LLVMValueRef v = d[rr][u][0];
        if (d[rr][u][1]) v = LLVMBuildFAdd(b, v, d[rr][u][1], "");
        if (ks[u]) v = LLVMBuildFMul(b, v, ks[u], "");
        LLVMValueRef ix = tile_idx(g, cg_i64(g, rr), KB, LLVMBuildAdd(b, j, cg_i32(g, u), ""));
        LLVMBuildStore(b, v, cg_gep(g, g->vf, dbuf, ix));
      }
    cg_next(g, &lj);
  }

  /* Scores, mask and the online-softmax step, in flat loops over (row,
   * vector of keys) whose iterations are independent: the transpose-add
   * trees of different rows overlap instead of each row's chain running
   * alone. */
  {
    LLVMValueRef smax = cg_alloca(g, g->vf, R, "smax"), lsum = cg_alloca(g, g->vf, R, "lsum");
    LLVMValueRef muses = cg_alloca(g, g->f32, R, "muse");
    cg_loop l;
    /* scores: hsum, mask, running max per row */
    LLVMValueRef it = cg_for(g, &l, cg_i64(g, 0), cg_i64(g, R * NB), cg_i64(g, 1), "score");
    LLVMValueRef rr64 = LLVMBuildSDiv(b, it, cg_i64(g, NB), ""), nb = LLVMBuildSRem(b, it, cg_i64(g, NB), "");
    LLVMValueRef blk = tile_idx(g, rr64, KB, LLVMBuildMul(b, nb, cg_i64(g, vl), ""));
    cg_hsum hs = {0};
    for (int i = 0; i < vl; i++)
      cg_hsum_push(g, &hs, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, dbuf, LLVMBuildAdd(b, blk, cg_i64(g, i), "")), ""));
    tile_rows rw = tile_facts_rows(g, e, &bf->facts, rr64, 1, k_hi);
    LLVMValueRef k0 = LLVMBuildAdd(b, kb, LLVMBuildTrunc(b, LLVMBuildMul(b, nb, cg_i64(g, vl), ""), g->i32, ""), "");
    LLVMValueRef kpos = LLVMBuildAdd(b, cg_splat(g, k0), cg_lane_iota(g), "");
    LLVMValueRef sc = tile_score(g, cg_hsum_result(g, &hs), kpos, &rw);
    LLVMBuildStore(b, sc, cg_gep(g, g->f32, pbuf, blk));
    LLVMValueRef ps = cg_gep(g, g->vf, smax, rr64);
    LLVMValueRef first = LLVMBuildICmp(b, LLVMIntEQ, nb, cg_i64(g, 0), "");
    LLVMValueRef prev = LLVMBuildSelect(b, first, cg_splat(g, ninf), LLVMBuildLoad2(b, g->vf, ps, ""), "");
    LLVMBuildStore(b, cg_fmax(g, prev, sc), ps);
    cg_next(g, &l);

    /* per row: new max, the reference to subtract, alpha */
    LLVMValueRef rr = cg_for(g, &l, cg_i64(g, 0), cg_i64(g, R), cg_i64(g, 1), "rmax");
    LLVMValueRef pm = cg_gep(g, g->f32, e->ms, rr);
    LLVMValueRef m = LLVMBuildLoad2(b, g->f32, pm, "m");
    LLVMValueRef mnew = cg_fmax(g, m, cg_reduce_max(g, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, smax, rr), "")));
    LLVMValueRef muse = tile_m_use(g, mnew);
    LLVMValueRef alpha = LLVMBuildExtractElement(
        b, cg_exp2(g, cg_splat(g, LLVMBuildFSub(b, m, muse, ""))), cg_i32(g, 0), "alpha");
    LLVMBuildStore(b, mnew, pm);
    LLVMBuildStore(b, muse, cg_gep(g, g->f32, muses, rr));
    LLVMBuildStore(b, alpha, cg_gep(g, g->f32, alphas, rr));
    cg_next(g, &l);

    /* p = 2^(s - m'), sums per row */
    it = cg_for(g, &l, cg_i64(g, 0), cg_i64(g, R * NB), cg_i64(g, 1), "pexp");
    rr64 = LLVMBuildSDiv(b, it, cg_i64(g, NB), "");
    nb = LLVMBuildSRem(b, it, cg_i64(g, NB), "");
    LLVMValueRef pp = cg_gep(g, g->f32, pbuf, tile_idx(g, rr64, KB, LLVMBuildMul(b, nb, cg_i64(g, vl), "")));
    LLVMValueRef mu = cg_splat(g, LLVMBuildLoad2(b, g->f32, cg_gep(g, g->f32, muses, rr64), ""));
    LLVMValueRef pv = cg_exp2(g, LLVMBuildFSub(b, LLVMBuildLoad2(b, g->vf, pp, ""), mu, ""));
    LLVMBuildStore(b, pv, pp);
    LLVMValueRef pl = cg_gep(g, g->vf, lsum, rr64);
    first = LLVMBuildICmp(b, LLVMIntEQ, nb, cg_i64(g, 0), "");
    prev = LLVMBuildSelect(b, first, LLVMConstNull(g->vf), LLVMBuildLoad2(b, g->vf, pl, ""), "");
    LLVMBuildStore(b, LLVMBuildFAdd(b, prev, pv, ""), pl);
    cg_next(g, &l);

    /* l = l * alpha + sum p */
    rr = cg_for(g, &l, cg_i64(g, 0), cg_i64(g, R), cg_i64(g, 1), "lsum");
    LLVMValueRef plr = cg_gep(g, g->f32, e->ls, rr);
    LLVMValueRef al = LLVMBuildLoad2(b, g->f32, cg_gep(g, g->f32, alphas, rr), "");
    LLVMValueRef tot = cg_reduce_add(g, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, lsum, rr), ""));
    LLVMBuildStore(b, cg_fmuladd(g, LLVMBuildLoad2(b, g->f32, plr, "l"), al, tot), plr);
    cg_next(g, &l);
  }

  /* P.V over the block's keys below the task's limit, in passes of
   * pv_chunks accumulator vectors per row.  Many passes (wide values: row
   * stores) run as a runtime loop over the passes of full chunks, so the
   * code (and the compile time) does not grow with them; the rest, or all
   * passes when there are at most two, are unrolled. */
  pv_ctx pc = {e, R, cw, KB, cb, kb, k_hi, k_last, accs, pbuf, alphas,
               cg_smin(g, cg_i32(g, KB), LLVMBuildSub(b, k_hi, kb, "")), &e->v, NULL,
               p->v_only ? slice : NULL, nkb, nv};
  if (p->values_first) { /* this block's values, computed from its K rows */
    tile_values(g, e, kb, pc.jend, bf->vbuf);
    pc.vbuf = bf->vbuf;
  }
  const int npass = (p->ncv + p->pv_chunks - 1) / p->pv_chunks;
  int c0 = 0;
  if (npass > 2) {
    int full = s->v_dim / vl / p->pv_chunks;
    cg_loop lp;
    LLVMValueRef pi = cg_for(g, &lp, cg_i64(g, 0), cg_i64(g, full), cg_i64(g, 1), "pvpass");
    pv_pass(g, &pc, LLVMBuildMul(b, pi, cg_i64(g, p->pv_chunks), "c0"), p->pv_chunks, 1);
    cg_next(g, &lp);
    c0 = full * p->pv_chunks;
  }
  for (; c0 < p->ncv; c0 += p->pv_chunks) {
    int nc = c0 + p->pv_chunks < p->ncv ? p->pv_chunks : p->ncv - c0;
    pv_pass(g, &pc, cg_i64(g, c0), nc, c0 + nc == p->ncv && s->v_dim % vl ? 0 : 1);
  }
}

void cg_tile_dot(cg *g, tile_env *e) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMBuilderRef b = g->b;
  const int R = p->rows_pad, vl = g->vl, KB = p->kblock, NH = p->kv_heads;
  const int cw = p->ncv * vl, NS = p->k_only ? R : 1, kw = p->nck * vl;
  LLVMValueRef ninf = cg_f32(g, -__builtin_inf());

  dot_bufs bf = {
      .qs = cg_alloca(g, g->vf, NH * R * p->nck, "qs"),
      .dbuf = cg_alloca(g, g->vf, R * KB, "dbuf"),
      .pbuf = cg_alloca(g, g->f32, R * KB, "pbuf"),
      .accs = cg_alloca(g, g->f32, NH * R * cw, "accs"),
      .alphas = cg_alloca(g, g->f32, R, "alpha"),
      .facts = tile_facts_alloc(g, NH * R),
      .vbuf = p->values_first ? cg_alloca(g, g->f32, (KB + p->vj) * cw, "vbuf") : NULL,
      /* rope_read: the block's keys, converted and rotated (k_only: each row's head slice) */
      .kbuf = p->rope_read ? cg_alloca(g, g->f32, KB * NS * kw, "krot") : NULL,
  };

  if (s->layout != ATTN_CONTIGUOUS && !p->values_first && !p->row_store) { /* the block's row tables (below) */
    int scaled = spec_row_scale_bytes(s->type_cache, 32) > 0;
    bf.ktab = cg_alloca(g, g->ptr, KB, "ktab"), bf.vtab = cg_alloca(g, g->ptr, KB, "vtab");
    if (scaled) bf.kstab = cg_alloca(g, g->ptr, KB, "kstab"), bf.vstab = cg_alloca(g, g->ptr, KB, "vstab");
  }

  /* Rows (NH heads of R rows): scaled queries, state m = -inf, l = 0,
   * acc = 0, key limits. */
  cg_loop lr;
  LLVMValueRef r = cg_for(g, &lr, cg_i32(g, 0), cg_i32(g, NH * R), cg_i32(g, 1), "rinit");
  tile_load_query(g, e, r, p->qscale, cg_gep(g, g->vf, bf.qs, tile_idx(g, r, p->nck, cg_i64(g, 0))));
  LLVMValueRef r64 = LLVMBuildSExt(b, r, g->i64, "");
  LLVMBuildStore(b, ninf, cg_gep(g, g->f32, e->ms, r64));
  LLVMBuildStore(b, cg_f32(g, 0.0), cg_gep(g, g->f32, e->ls, r64));
  tile_facts_store(g, e, &bf.facts, r);
  cg_loop lz;
  LLVMValueRef cz = cg_for(g, &lz, cg_i64(g, 0), cg_i64(g, p->ncv), cg_i64(g, 1), "acczero");
  LLVMBuildStore(b, LLVMConstNull(g->vf), cg_gep(g, g->f32, bf.accs, tile_idx(g, r64, cw, LLVMBuildMul(b, cz, cg_i64(g, vl), ""))));
  cg_next(g, &lz);
  cg_next(g, &lr);

  /* Keys any row sees: up to the last row's limit (rows are query-major),
   * from the first row's first key (mask.window), after the sinks. */
  tile_ranges kr;
  tile_ranges_begin(g, e, &kr, tile_facts_lo(g, e, &bf.facts), tile_facts_hi(g, e, &bf.facts));
  LLVMValueRef k_lo = kr.lo, k_hi = kr.hi;
  LLVMValueRef k_last = LLVMBuildSub(b, k_hi, cg_i32(g, 1), "k_last");
  cg_loop lk;
  LLVMValueRef kb = cg_for(g, &lk, k_lo, k_hi, cg_i32(g, KB), "kblock");
  /* mask.expr: a block no row of the task sees is skipped whole */
  LLVMValueRef skip =
      s->mask_expr ? tile_expr_skip(g, e, kb, cg_smin(g, LLVMBuildAdd(b, kb, cg_i32(g, KB - 1), ""), k_last)) : NULL;
  cg_if_t seen;
  if (skip) cg_if(g, &seen, LLVMBuildNot(b, skip, ""), "kseen");
  /* Paged and ring caches: the block's row addresses for the task's first
   * KV head, once (the units below add their head's offset). */
  tile_env et = *e;
  if (bf.ktab) {
    et.k = tile_kv_rows(g, &e->k, bf.ktab, bf.kstab, kb, KB, k_last);
    et.v = tile_kv_rows(g, &e->v, bf.vtab, bf.vstab, kb, KB, k_last);
  }
  /* The task's KV heads in turn over the block (one head: hh = 0, no
   * loop): the block's rows are read whole before the next block.  The
   * next unit is the next head's part of the same rows, or head 0's part of
   * the next block. */
  LLVMValueRef kbn = LLVMBuildAdd(b, kb, cg_i32(g, KB), "");
  cg_loop lh;
  LLVMValueRef hh = NH > 1 ? cg_for(g, &lh, cg_i32(g, 0), cg_i32(g, NH), cg_i32(g, 1), "kvh") : cg_i32(g, 0);
  LLVMValueRef last = LLVMBuildICmp(b, LLVMIntEQ, hh, cg_i32(g, NH - 1), "");
  LLVMValueRef hn = LLVMBuildSelect(b, last, cg_i32(g, 0), LLVMBuildAdd(b, hh, cg_i32(g, 1), ""), "");
  LLVMValueRef nkb = LLVMBuildSelect(b, last, kbn, kb, "kb_next");
  tile_env eh = et;
  dot_bufs bh = bf;
  if (NH > 1) {
    eh.k = tile_kv_head(g, &et.k, hh);
    eh.v = tile_kv_head(g, &et.v, hh);
    LLVMValueRef row0 = LLVMBuildMul(b, LLVMBuildSExt(b, hh, g->i64, ""), cg_i64(g, R), "");
    eh.ms = cg_gep(g, g->f32, e->ms, row0);
    eh.ls = cg_gep(g, g->f32, e->ls, row0);
    bh.qs = cg_gep(g, g->vf, bf.qs, LLVMBuildMul(b, row0, cg_i64(g, p->nck), ""));
    bh.accs = cg_gep(g, g->f32, bf.accs, LLVMBuildMul(b, row0, cg_i64(g, cw), ""));
    bh.facts = tile_facts_from(g, &bf.facts, row0);
  }
  tile_kv nk, nv; /* the next unit's rows (values_first: no V rows to fetch) */
  if (p->prefetch_next) nk = tile_kv_head(g, &e->k, hn);
  if (p->prefetch_next && !p->values_first) nv = tile_kv_head(g, &e->v, hn);
  dot_unit(g, &eh, &bh, kb, k_hi, k_last, nkb, p->prefetch_next ? &nk : NULL,
           p->prefetch_next && !p->values_first ? &nv : NULL);
  if (NH > 1) cg_next(g, &lh);
  if (skip) cg_endif(g, &seen);
  cg_next(g, &lk);
  tile_ranges_end(g, &kr);

  dot_ctx ctx = {bf.accs};
  tile_write_rows(g, e, dot_acc_row, &ctx);
}
