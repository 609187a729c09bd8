/*
 * PLAN_LANES: rows in vector lanes (prefill, mixed, MQA decode).  With
 * R = rv * vl rows per task (query-major, head-minor), per task:
 *
 *   Q^T   the scaled queries, transposed once: Qt[d][r];
 * and per key tile of key_tile keys:
 *   pack  K rows copied (converted to f32, or kept as bf16) into a padded
 *         buffer; V rows converted to f32, or interleaved as bf16 key pairs;
 *   S     S^T[j][r] = sum_d K[j][d] * Qt[d][r]: a kj x rv block of
 *         accumulators, one broadcast K element and rv Q^T vectors per d;
 *   soft  mask, max, exp2 and sums along S^T's rows: vectors of rows, no
 *         horizontal reductions; alpha = 2^(m_old - m_new) per lane;
 *   PV    O^T[c][r] = alpha * O^T[c][r] + sum_j V[j][c] * P^T[j][r]: a
 *         db x rv block, one broadcast V element and rv P^T vectors per key.
 *
 * With bf16 dot products (plan.bf16_dot) Qt, K and P^T/V hold bf16 pairs
 * and each vdpbf16ps does two steps of d (or of j) at once; scores are
 * scaled after the dot product so bf16 queries stay exact.  P is rounded to
 * bf16 for P.V (relative error 2^-9 per weight; docs/architecture.md).
 */
#include "tile.h"

typedef struct lanes_ctx {
  LLVMValueRef ot, rowbuf;
} lanes_ctx;

static LLVMValueRef i64v(cg *g, LLVMValueRef v) { return tile_idx(g, v, 0, v); }

/* &buf[(a * n + c) * size] (a, c: i32/i64 values; size 2 or 4): a typed GEP,
 * so the scaling by size folds into the machine's addressing. */
static LLVMValueRef at(cg *g, LLVMValueRef buf, LLVMValueRef a, long long n, LLVMValueRef c,
                       int size) {
  return cg_gep(g, size == 4 ? g->i32 : g->i16, buf, tile_idx(g, a, n, c));
}

/* base + constant element offset (elements of `size` bytes) */
static LLVMValueRef off(cg *g, LLVMValueRef base, long long elems, int size) {
  return elems ? cg_gep(g, size == 4 ? g->i32 : g->i16, base, cg_i64(g, elems)) : base;
}

static LLVMValueRef lanes_acc_row(cg *g, tile_env *e, LLVMValueRef r, void *vctx) {
  (void)e;
  lanes_ctx *c = vctx;
  const attn_plan *p = g->plan;
  cg_loop l;
  const int R = p->rv * g->vl;
  LLVMValueRef blk = LLVMBuildSDiv(g->b, r, cg_i32(g, R), ""), rr = LLVMBuildSRem(g->b, r, cg_i32(g, R), "");
  LLVMValueRef otb = at(g, c->ot, blk, (long long)p->spec->v_dim * R, cg_i64(g, 0), 4);
  LLVMValueRef dv = cg_for(g, &l, cg_i32(g, 0), cg_i32(g, p->spec->v_dim), cg_i32(g, 1), "otrow");
  LLVMValueRef x = LLVMBuildLoad2(g->b, g->f32, at(g, otb, dv, R, rr, 4), "");
  LLVMBuildStore(g->b, x, at(g, c->rowbuf, cg_i64(g, 0), 0, dv, 4));
  cg_next(g, &l);
  return c->rowbuf;
}

/* The P.V block: O^T[dv0 .. dv0+w) (w columns) for the tile's n keys. */
static void pv_block(cg *g, LLVMValueRef dv0, int w, LLVMValueRef n, LLVMValueRef ot,
                     LLVMValueRef alpha, LLVMValueRef pbuf, LLVMValueRef vrow0,
                     LLVMValueRef vstride) {
  const attn_plan *p = g->plan;
  LLVMBuilderRef b = g->b;
  const int RV = p->rv, vl = g->vl, R = RV * vl;
  LLVMValueRef o = cg_alloca(g, g->vf, w * RV, "o");
  LLVMValueRef al[8];
  for (int v = 0; v < RV; v++) al[v] = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, alpha, cg_i64(g, v)), "");
  LLVMValueRef orow = at(g, ot, dv0, R, cg_i64(g, 0), 4);
  for (int dd = 0; dd < w; dd++)
    for (int v = 0; v < RV; v++) {
      LLVMValueRef x = LLVMBuildLoad2(b, g->vf, off(g, orow, (long long)dd * R + v * vl, 4), "");
      LLVMBuildStore(b, LLVMBuildFMul(b, x, al[v], ""), cg_gep(g, g->vf, o, cg_i64(g, dd * RV + v)));
    }
  /* keys (f32) or key pairs (bf16) */
  LLVMValueRef steps = n;
  if (p->bf16_dot)
    steps = LLVMBuildSDiv(b, LLVMBuildAdd(b, n, cg_i32(g, 1), ""), cg_i32(g, 2), "npairs");
  cg_loop l;
  LLVMValueRef j = cg_for(g, &l, cg_i32(g, 0), steps, cg_i32(g, 1), "kpv");
  LLVMValueRef pr[8];
  for (int v = 0; v < RV; v++)
    pr[v] = LLVMBuildLoad2(b, p->bf16_dot ? g->vi : g->vf, at(g, pbuf, j, R, cg_i64(g, v * vl), 4), "p");
  LLVMValueRef vrow = cg_byte_gep(g, vrow0, LLVMBuildMul(b, i64v(g, j), vstride, ""));
  LLVMValueRef vcol = at(g, vrow, cg_i64(g, 0), 0, dv0, 4);
  for (int dd = 0; dd < w; dd++) {
    LLVMValueRef x = LLVMBuildLoad2(b, p->bf16_dot ? g->i32 : g->f32, off(g, vcol, dd, 4), "v");
    LLVMValueRef vb = cg_splat(g, x);
    for (int v = 0; v < RV; v++) {
      LLVMValueRef pa = cg_gep(g, g->vf, o, cg_i64(g, dd * RV + v));
      LLVMValueRef acc = LLVMBuildLoad2(b, g->vf, pa, "");
      acc = p->bf16_dot ? cg_dot_bf16(g, acc, pr[v], vb) : cg_fmuladd(g, pr[v], vb, acc);
      LLVMBuildStore(b, acc, pa);
    }
  }
  cg_next(g, &l);
  for (int dd = 0; dd < w; dd++)
    for (int v = 0; v < RV; v++)
      LLVMBuildStore(b, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, o, cg_i64(g, dd * RV + v)), ""),
                     off(g, orow, (long long)dd * R + v * vl, 4));
}

/* Packing one cache row (or a pair of rows, interleaved as bf16 pairs) into
 * a tile buffer, chunk by chunk. */
typedef struct pack_row {
  tile_row src;                /* the cache row */
  LLVMValueRef src2, dst;      /* byte pointers; src2: the pair's second row (bf16), or null */
  int db;                      /* bytes per element written */
  int raw;                     /* keep the bf16 bits (no conversion to f32) */
} pack_row;

static void pack_chunk(cg *g, LLVMValueRef c, int len, void *vctx) {
  pack_row *pr = vctx;
  LLVMBuilderRef b = g->b;
  LLVMValueRef e0 = LLVMBuildMul(b, c, cg_i64(g, g->vl), "");
  LLVMValueRef so = LLVMBuildMul(b, e0, cg_i64(g, 2), ""), dof = LLVMBuildMul(b, e0, cg_i64(g, pr->db), "");
  LLVMValueRef x;
  if (pr->src2) /* bf16 rows */
    x = cg_interleave(g, cg_load_raw(g, cg_byte_gep(g, pr->src.p, so), g->i16, 2, len),
                      cg_load_raw(g, cg_byte_gep(g, pr->src2, so), g->i16, 2, len));
  else if (pr->raw)
    x = cg_load_raw(g, cg_byte_gep(g, pr->src.p, so), g->i16, 2, len);
  else
    x = tile_load_row(g, pr->src, e0, len);
  LLVMBuildStore(b, x, cg_byte_gep(g, pr->dst, dof));
}

/* Chunks of an n-element row: unrolled for the usual head dims (the
 * packing loops are hot), a runtime loop beyond 16 chunks (wide rows of
 * x/latent caches: code size and compile time). */
static void pack_chunks(cg *g, int n, cg_chunk_fn body, void *ctx) {
  int nch = (n + g->vl - 1) / g->vl;
  if (nch > 16) {
    cg_for_chunks(g, n, body, ctx);
    return;
  }
  for (int c = 0; c < nch; c++) body(g, cg_i64(g, c), tile_chunk_len(g, n, c), ctx);
}

void cg_tile_lanes(cg *g, tile_env *e) {
  const attn_plan *p = g->plan;
  const attn_spec *s = p->spec;
  LLVMBuilderRef b = g->b;
  const int RV = p->rv, vl = g->vl, R = RV * vl, KT = p->key_tile, KJ = p->kj;
  const int NRB = p->rblocks, RT = p->rows_pad; /* row blocks of R rows; all rows */
  const int D = s->dim, Dv = s->v_dim, bf = p->bf16_dot;
  const int kw = p->nck * vl, cw = p->ncv * vl;
  const int nd = bf ? D / 2 : D;     /* steps of the S micro-kernel */
  const int kel = bf ? 2 : 4;        /* bytes per packed K element */
  LLVMValueRef ninf = cg_vconst(g, -__builtin_inf());

  LLVMValueRef qt = cg_alloca(g, g->i8, NRB * nd * R * 4, "qt");
  LLVMValueRef kbuf = cg_alloca(g, g->i8, (KT + KJ) * kw * kel, "kbuf");
  LLVMValueRef vbuf = cg_alloca(g, g->i8, (bf ? KT / 2 : KT + p->vj) * cw * 4, "vbuf");
  LLVMValueRef st = cg_alloca(g, g->i8, (KT + KJ) * R * 4, "st");
  LLVMValueRef pp = bf ? cg_alloca(g, g->i8, KT / 2 * R * 4, "pp") : st;
  LLVMValueRef ot = cg_alloca(g, g->i8, NRB * Dv * R * 4, "ot");
  LLVMValueRef rowbuf = cg_alloca(g, g->vf, kw > cw ? p->nck : p->ncv, "rowbuf");
  tile_facts facts = tile_facts_alloc(g, RT);
  LLVMValueRef mvs = cg_alloca(g, g->vf, NRB * RV, "mv"), lvs = cg_alloca(g, g->vf, NRB * RV, "lv");
  LLVMValueRef alpha = cg_alloca(g, g->vf, RV, "alpha"), muse = cg_alloca(g, g->vf, RV, "muse");
  LLVMValueRef tmax = cg_alloca(g, g->vf, RV, "tmax"), lsum = cg_alloca(g, g->vf, RV, "lsum");
  LLVMValueRef acc = cg_alloca(g, g->vf, KJ * RV, "sacc");

  /* Q^T (scaled unless bf16), row limits. */
  {
    cg_loop lr, ld;
    LLVMValueRef r = cg_for(g, &lr, cg_i32(g, 0), cg_i32(g, RT), cg_i32(g, 1), "qrow");
    tile_load_query(g, e, r, bf ? 1.0 : p->qscale, rowbuf);
    tile_facts_store(g, e, &facts, r);
    LLVMValueRef qtr = at(g, qt, LLVMBuildSDiv(b, r, cg_i32(g, R), ""), (long long)nd * R, cg_i64(g, 0), 4);
    LLVMValueRef rr = LLVMBuildSRem(b, r, cg_i32(g, R), "");
    LLVMValueRef d = cg_for(g, &ld, cg_i32(g, 0), cg_i32(g, nd), cg_i32(g, 1), "qcol");
    if (!bf) {
      LLVMValueRef x = LLVMBuildLoad2(b, g->f32, at(g, rowbuf, cg_i64(g, 0), 0, d, 4), "");
      LLVMBuildStore(b, x, at(g, qtr, d, R, rr, 4));
    } else {
      LLVMValueRef d2 = LLVMBuildMul(b, d, cg_i32(g, 2), "");
      LLVMValueRef lo = LLVMBuildLoad2(b, g->i32, at(g, rowbuf, cg_i64(g, 0), 0, d2, 4), "");
      LLVMValueRef hi = LLVMBuildLoad2(b, g->i32, at(g, rowbuf, cg_i64(g, 0), 0, LLVMBuildAdd(b, d2, cg_i32(g, 1), ""), 4), "");
      /* bf16 values are exact in f32: their bits are the upper halves */
      LLVMValueRef w = LLVMBuildOr(b, LLVMBuildLShr(b, lo, cg_i32(g, 16), ""),
                                   LLVMBuildAnd(b, hi, cg_i32(g, (long long)0xffff0000u), ""), "");
      LLVMBuildStore(b, w, at(g, qtr, d, R, rr, 4));
    }
    cg_next(g, &ld);
    cg_next(g, &lr);
  }
  {
    cg_loop lz;
    LLVMValueRef i = cg_for(g, &lz, cg_i32(g, 0), cg_i32(g, NRB * Dv * RV), cg_i32(g, 1), "otzero");
    LLVMBuildStore(b, LLVMConstNull(g->vf), at(g, ot, i, vl, cg_i64(g, 0), 4));
    cg_next(g, &lz);
  }
  tile_rows rows[8];
  for (int v = 0; v < NRB * RV; v++) {
    LLVMBuildStore(b, ninf, cg_gep(g, g->vf, mvs, cg_i64(g, v)));
    LLVMBuildStore(b, LLVMConstNull(g->vf), cg_gep(g, g->vf, lvs, cg_i64(g, v)));
  }

  /* Keys up to the last row's limit, from the first row's first key
   * (mask.window; rows are query-major), after the sinks. */
  tile_ranges kr;
  tile_ranges_begin(g, e, &kr, tile_facts_lo(g, e, &facts), tile_facts_hi(g, e, &facts));
  LLVMValueRef k_lo = kr.lo, k_hi = kr.hi;
  LLVMValueRef k_last = LLVMBuildSub(b, k_hi, cg_i32(g, 1), "k_last");
  cg_loop lt;
  LLVMValueRef kt = cg_for(g, &lt, k_lo, k_hi, cg_i32(g, KT), "ktile");
  LLVMValueRef n = cg_smin(g, cg_i32(g, KT), LLVMBuildSub(b, k_hi, kt, ""));
  /* mask.expr: a tile no row of the task sees is neither packed nor scored */
  LLVMValueRef skip =
      s->mask_expr ? tile_expr_skip(g, e, kt, LLVMBuildSub(b, LLVMBuildAdd(b, kt, n, ""), cg_i32(g, 1), "")) : NULL;
  cg_if_t seen;
  if (skip) cg_if(g, &seen, LLVMBuildNot(b, skip, ""), "kseen");

  /* pack K: rows up to a multiple of kj, past n repeating the last key */
  {
    LLVMValueRef nk = LLVMBuildMul(b, LLVMBuildSDiv(b, LLVMBuildAdd(b, n, cg_i32(g, KJ - 1), ""), cg_i32(g, KJ), ""), cg_i32(g, KJ), "");
    cg_loop l;
    LLVMValueRef j = cg_for(g, &l, cg_i32(g, 0), nk, cg_i32(g, 1), "kpack");
    LLVMValueRef key = cg_smin(g, LLVMBuildAdd(b, kt, j, ""), k_last);
    pack_row pk = {tile_kv_row(g, &e->k, key), NULL, at(g, kbuf, j, kw, cg_i64(g, 0), kel), kel, bf};
    pack_chunks(g, D, pack_chunk, &pk);
    if (p->rope_read) { /* the packed key's RoPE part, rotated in place (f32: no bf16 pairs with rope) */
      tile_rope_cs(g, key, e->rope_cs);
      tile_rope_rotate(g, e->rope_cs, at(g, kbuf, j, kw, cg_i64(g, p->rope_off), 4));
    }
    cg_next(g, &l);
  }
  /* pack V: f32 rows, or bf16 key pairs interleaved per column */
  {
    cg_loop l;
    if (p->values_first) { /* computed from the K rows (no bf16 pairs then) */
      tile_values(g, e, kt, n, vbuf);
    } else if (!bf) {
      LLVMValueRef j = cg_for(g, &l, cg_i32(g, 0), n, cg_i32(g, 1), "vpack");
      pack_row pv = {tile_kv_row(g, &e->v, LLVMBuildAdd(b, kt, j, "")), NULL, at(g, vbuf, j, cw, cg_i64(g, 0), 4), 4, 0};
      pack_chunks(g, Dv, pack_chunk, &pv);
      cg_next(g, &l);
    } else {
      LLVMValueRef np = LLVMBuildSDiv(b, LLVMBuildAdd(b, n, cg_i32(g, 1), ""), cg_i32(g, 2), "");
      LLVMValueRef jp = cg_for(g, &l, cg_i32(g, 0), np, cg_i32(g, 1), "vpair");
      LLVMValueRef j0 = LLVMBuildAdd(b, kt, LLVMBuildMul(b, jp, cg_i32(g, 2), ""), "");
      LLVMValueRef j1 = cg_smin(g, LLVMBuildAdd(b, j0, cg_i32(g, 1), ""), k_last);
      pack_row pp2 = {tile_kv_row(g, &e->v, j0), tile_kv_row(g, &e->v, j1).p, at(g, vbuf, jp, cw, cg_i64(g, 0), 4), 4, 1};
      pack_chunks(g, Dv, pack_chunk, &pp2);
      cg_next(g, &l);
    }
  }
  LLVMValueRef vstride = cg_i64(g, (long long)cw * 4);

  /* Each row block against the packed tile, up to its own last row's limit
   * (under a causal mask earlier blocks see fewer keys). */
  LLVMValueRef nblk = LLVMBuildSDiv(b, LLVMBuildAdd(b, e->nrows, cg_i32(g, R - 1), ""), cg_i32(g, R), "nblk");
  cg_loop lrb;
  LLVMValueRef rb = cg_for(g, &lrb, cg_i32(g, 0), nblk, cg_i32(g, 1), "rblock");
  LLVMValueRef rb64 = i64v(g, rb);
  LLVMValueRef khb = tile_fact(g, facts.lim, LLVMBuildAdd(b, LLVMBuildMul(b, rb, cg_i32(g, R), ""), cg_i32(g, R - 1), ""));
  LLVMValueRef nt = n;
  n = cg_smin(g, nt, LLVMBuildSub(b, khb, kt, ""));
  cg_if_t vis;
  cg_if(g, &vis, LLVMBuildICmp(b, LLVMIntSGT, n, cg_i32(g, 0), ""), "rvisit");
  LLVMValueRef qt_b = at(g, qt, rb64, (long long)nd * R, cg_i64(g, 0), 4);
  LLVMValueRef ot_b = at(g, ot, rb64, (long long)Dv * R, cg_i64(g, 0), 4);
  LLVMValueRef mv = cg_gep(g, g->vf, mvs, LLVMBuildMul(b, rb64, cg_i64(g, RV), ""));
  LLVMValueRef lv = cg_gep(g, g->vf, lvs, LLVMBuildMul(b, rb64, cg_i64(g, RV), ""));
  for (int v = 0; v < RV; v++) rows[v] = tile_facts_rows(g, e, &facts, tile_idx(g, rb64, R, cg_i64(g, v * vl)), 0, k_hi);

  /* S^T = K . Q^T, kj keys x rv row vectors at a time */
  {
    cg_loop lj, ld;
    LLVMValueRef jb = cg_for(g, &lj, cg_i32(g, 0), n, cg_i32(g, KJ), "sblock");
    LLVMValueRef kbp = at(g, kbuf, jb, kw, cg_i64(g, 0), kel);
    for (int i = 0; i < KJ * RV; i++) LLVMBuildStore(b, LLVMConstNull(g->vf), cg_gep(g, g->vf, acc, cg_i64(g, i)));
    LLVMValueRef d = cg_for(g, &ld, cg_i32(g, 0), cg_i32(g, nd), cg_i32(g, 1), "sdim");
    LLVMValueRef qv[8];
    LLVMValueRef qrow = at(g, qt_b, d, R, cg_i64(g, 0), 4);
    for (int v = 0; v < RV; v++)
      qv[v] = LLVMBuildLoad2(b, bf ? g->vi : g->vf, off(g, qrow, v * vl, 4), "qt");
    LLVMValueRef kcol = at(g, kbp, cg_i64(g, 0), 0, d, 4);
    for (int jj = 0; jj < KJ; jj++) {
      LLVMValueRef x = LLVMBuildLoad2(b, bf ? g->i32 : g->f32, off(g, kcol, (long long)jj * kw * kel / 4, 4), "k");
      LLVMValueRef kb = cg_splat(g, x);
      for (int v = 0; v < RV; v++) {
        LLVMValueRef pa = cg_gep(g, g->vf, acc, cg_i64(g, jj * RV + v));
        LLVMValueRef a = LLVMBuildLoad2(b, g->vf, pa, "");
        LLVMBuildStore(b, bf ? cg_dot_bf16(g, a, qv[v], kb) : cg_fmuladd(g, qv[v], kb, a), pa);
      }
    }
    cg_next(g, &ld);
    LLVMValueRef srow = at(g, st, jb, R, cg_i64(g, 0), 4);
    for (int jj = 0; jj < KJ; jj++)
      for (int v = 0; v < RV; v++)
        LLVMBuildStore(b, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, acc, cg_i64(g, jj * RV + v)), ""),
                       off(g, srow, (long long)jj * R + v * vl, 4));
    cg_next(g, &lj);
  }

  /* mask (and scale, bf16), tile max */
  {
    for (int v = 0; v < RV; v++) LLVMBuildStore(b, ninf, cg_gep(g, g->vf, tmax, cg_i64(g, v)));
    cg_loop l;
    LLVMValueRef j = cg_for(g, &l, cg_i32(g, 0), n, cg_i32(g, 1), "smask");
    LLVMValueRef kpos = cg_splat(g, LLVMBuildAdd(b, kt, j, ""));
    for (int v = 0; v < RV; v++) {
      LLVMValueRef sp = at(g, st, j, R, cg_i64(g, v * vl), 4);
      LLVMValueRef x = LLVMBuildLoad2(b, g->vf, sp, "s");
      if (bf) x = LLVMBuildFMul(b, x, cg_vconst(g, p->qscale), "");
      x = tile_score(g, x, kpos, &rows[v]);
      LLVMBuildStore(b, x, sp);
      LLVMValueRef pt = cg_gep(g, g->vf, tmax, cg_i64(g, v));
      LLVMBuildStore(b, cg_fmax(g, LLVMBuildLoad2(b, g->vf, pt, ""), x), pt);
    }
    cg_next(g, &l);
  }
  /* online-softmax step per lane */
  for (int v = 0; v < RV; v++) {
    LLVMValueRef ix = cg_i64(g, v);
    LLVMValueRef m = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, mv, ix), "m");
    LLVMValueRef mnew = cg_fmax(g, m, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, tmax, ix), ""));
    LLVMValueRef mu = tile_m_use(g, mnew);
    LLVMBuildStore(b, cg_exp2(g, LLVMBuildFSub(b, m, mu, "")), cg_gep(g, g->vf, alpha, ix));
    LLVMBuildStore(b, mu, cg_gep(g, g->vf, muse, ix));
    LLVMBuildStore(b, mnew, cg_gep(g, g->vf, mv, ix));
    LLVMBuildStore(b, LLVMConstNull(g->vf), cg_gep(g, g->vf, lsum, ix));
  }
  {
    cg_loop l;
    LLVMValueRef mu[8];
    for (int v = 0; v < RV; v++) mu[v] = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, muse, cg_i64(g, v)), "");
    if (!bf) {
      LLVMValueRef j = cg_for(g, &l, cg_i32(g, 0), n, cg_i32(g, 1), "sexp");
      for (int v = 0; v < RV; v++) {
        LLVMValueRef sp = at(g, st, j, R, cg_i64(g, v * vl), 4);
        LLVMValueRef pv = cg_exp2(g, LLVMBuildFSub(b, LLVMBuildLoad2(b, g->vf, sp, ""), mu[v], ""));
        LLVMBuildStore(b, pv, sp);
        LLVMValueRef ps = cg_gep(g, g->vf, lsum, cg_i64(g, v));
        LLVMBuildStore(b, LLVMBuildFAdd(b, LLVMBuildLoad2(b, g->vf, ps, ""), pv, ""), ps);
      }
    } else {
      LLVMValueRef np = LLVMBuildSDiv(b, LLVMBuildAdd(b, n, cg_i32(g, 1), ""), cg_i32(g, 2), "");
      LLVMValueRef jp = cg_for(g, &l, cg_i32(g, 0), np, cg_i32(g, 1), "sexp2");
      LLVMValueRef j0 = LLVMBuildMul(b, jp, cg_i32(g, 2), "");
      LLVMValueRef j1 = LLVMBuildAdd(b, j0, cg_i32(g, 1), "");
      LLVMValueRef has1 = LLVMBuildICmp(b, LLVMIntSLT, j1, n, "");
      for (int v = 0; v < RV; v++) {
        LLVMValueRef s0 = LLVMBuildLoad2(b, g->vf, at(g, st, j0, R, cg_i64(g, v * vl), 4), "");
        LLVMValueRef s1 = LLVMBuildLoad2(b, g->vf, at(g, st, j1, R, cg_i64(g, v * vl), 4), "");
        LLVMValueRef p0 = cg_exp2(g, LLVMBuildFSub(b, s0, mu[v], ""));
        LLVMValueRef p1 = cg_exp2(g, LLVMBuildFSub(b, s1, mu[v], ""));
        p1 = LLVMBuildSelect(b, has1, p1, LLVMConstNull(g->vf), "");
        LLVMBuildStore(b, cg_pack_bf16_pairs(g, p0, p1), at(g, pp, jp, R, cg_i64(g, v * vl), 4));
        LLVMValueRef ps = cg_gep(g, g->vf, lsum, cg_i64(g, v));
        LLVMValueRef sum = LLVMBuildFAdd(b, LLVMBuildLoad2(b, g->vf, ps, ""), LLVMBuildFAdd(b, p0, p1, ""), "");
        LLVMBuildStore(b, sum, ps);
      }
    }
    cg_next(g, &l);
  }
  for (int v = 0; v < RV; v++) {
    LLVMValueRef ix = cg_i64(g, v);
    LLVMValueRef l = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, lv, ix), "");
    LLVMValueRef a = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, alpha, ix), "");
    LLVMValueRef ls = LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, lsum, ix), "");
    LLVMBuildStore(b, cg_fmuladd(g, l, a, ls), cg_gep(g, g->vf, lv, ix));
  }

  /* O^T = alpha * O^T + V^T . P^T, db columns at a time */
  int nfull = Dv / p->db, rem = Dv % p->db;
  if (nfull > 0) {
    cg_loop l;
    LLVMValueRef blk = cg_for(g, &l, cg_i32(g, 0), cg_i32(g, nfull), cg_i32(g, 1), "pvblock");
    pv_block(g, LLVMBuildMul(b, blk, cg_i32(g, p->db), ""), p->db, n, ot_b, alpha, pp, vbuf,
             vstride);
    cg_next(g, &l);
  }
  if (rem) pv_block(g, cg_i32(g, nfull * p->db), rem, n, ot_b, alpha, pp, vbuf, vstride);
  cg_endif(g, &vis);
  cg_next(g, &lrb);
  n = nt;
  if (skip) cg_endif(g, &seen);
  cg_next(g, &lt);
  tile_ranges_end(g, &kr);

  /* m and l per row (lanes) for the shared writer */
  for (int v = 0; v < NRB * RV; v++) {
    LLVMBuildStore(b, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, mvs, cg_i64(g, v)), ""),
                   cg_gep(g, g->f32, e->ms, cg_i64(g, v * vl)));
    LLVMBuildStore(b, LLVMBuildLoad2(b, g->vf, cg_gep(g, g->vf, lvs, cg_i64(g, v)), ""),
                   cg_gep(g, g->f32, e->ls, cg_i64(g, v * vl)));
  }
  lanes_ctx ctx = {ot, rowbuf};
  tile_write_rows(g, e, lanes_acc_row, &ctx);
}
