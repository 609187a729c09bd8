/*
 * Rotary position embedding in the tile (spec `rope:`, kernel.h attn_rope).
 *
 * cos and sin of p * f_i for a position p < capacity (a ring: any int32
 * position) come from tables made
 * at compile time, one of 64 rows per base-64 digit of p (plan.rope_levels):
 * level l, row d holds cos and sin of d * 64^l * f_i, computed in double and
 * rounded to f32.  With p = sum_l d_l 64^l the angle is the sum of the
 * digits' angles, so
 *   cos + i sin = prod_l (cos_l,d_l + i sin_l,d_l)
 * one complex product per level beyond the first: each factor within half
 * an ULP of the exact value, the product within a few 1e-7 (absolute) for
 * any position -- no f32 angle whose rounding grows with p (p * 2^-24
 * radians), no polynomial range reduction, no libm call in the kernel.  Tables are 64 * levels rows of rope.dims floats (a
 * capacity of 16384, dims 128: 3 levels, 96 KiB), read a row per level per
 * position: for a decode key that is 3 rows while its K row streams in.
 *
 * Pairs: neox rotates (i, i + dims/2), gptj (2i, 2i + 1), as kernel.h says.
 */
#include <math.h>
#include <stdlib.h>

#include "tile.h"

/* Floats per cos (or sin) half of a table row: the pairs, padded to vectors. */
static int rope_hp(cg *g) {
  int half = g->plan->user->rope_dims / 2;
  return (half + g->vl - 1) / g->vl * g->vl;
}

/* The module's table: rows [level * 64 + digit][cos hp | sin hp], f32. */
static LLVMValueRef rope_table(cg *g) {
  if (g->rope_tab) return g->rope_tab;
  const attn_plan *p = g->plan;
  const int half = p->user->rope_dims / 2, hp = rope_hp(g), rows = 64 * p->rope_levels;
  double *f = malloc(sizeof(double) * (size_t)half);
  float *t = calloc((size_t)rows * 2 * (size_t)hp, sizeof(float));
  if (!f || !t) cc_die("out of memory");
  spec_rope_inv_freq(p->user, f);
  for (int l = 0; l < p->rope_levels; l++)
    for (int d = 0; d < 64; d++) {
      float *row = t + (size_t)(l * 64 + d) * 2 * (size_t)hp;
      double step = ldexp((double)d, 6 * l); /* d * 64^l */
      for (int i = 0; i < half; i++) {
        row[i] = (float)cos(step * f[i]);
        row[hp + i] = (float)sin(step * f[i]);
      }
    }
  unsigned bytes = (unsigned)((size_t)rows * 2 * (size_t)hp * sizeof(float));
  LLVMValueRef init = LLVMConstStringInContext(g->ctx, (const char *)t, bytes, 1);
  LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), "rope_cos_sin");
  LLVMSetInitializer(gv, init);
  LLVMSetGlobalConstant(gv, 1);
  LLVMSetLinkage(gv, LLVMPrivateLinkage);
  LLVMSetUnnamedAddress(gv, LLVMGlobalUnnamedAddr);
  LLVMSetAlignment(gv, 64);
  free(f);
  free(t);
  return g->rope_tab = gv;
}

int tile_rope_cs_floats(cg *g) { return 2 * rope_hp(g); }

/* (x + i y)(c + i s): *nx = x c - y s, *ny = x s + y c.  A rotation of the
 * pair (x, y) by the angle whose cos and sin are c and s, and the product of
 * two table entries alike. */
static void cmul(cg *g, LLVMValueRef x, LLVMValueRef y, LLVMValueRef c, LLVMValueRef s, LLVMValueRef *nx,
                 LLVMValueRef *ny) {
  LLVMBuilderRef b = g->b;
  *nx = LLVMBuildFSub(b, LLVMBuildFMul(b, x, c, ""), LLVMBuildFMul(b, y, s, ""), "");
  *ny = cg_fmuladd(g, x, s, LLVMBuildFMul(b, y, c, ""));
}

typedef struct cs_ctx {
  LLVMValueRef tab, pos, cs;
  int hp;
} cs_ctx;

static void cs_chunk(cg *g, LLVMValueRef c, int len, void *vctx) {
  (void)len; /* table rows and cs are padded to whole vectors */
  cs_ctx *x = vctx;
  LLVMBuilderRef b = g->b;
  const int levels = g->plan->rope_levels;
  LLVMValueRef c0 = LLVMBuildMul(b, c, cg_i64(g, g->vl), "");
  LLVMValueRef co = NULL, si = NULL;
  for (int l = 0; l < levels; l++) {
    LLVMValueRef d = LLVMBuildAnd(b, LLVMBuildLShr(b, x->pos, cg_i32(g, 6 * l), ""), cg_i32(g, 63), "digit");
    LLVMValueRef row = tile_idx(g, LLVMBuildAdd(b, d, cg_i32(g, 64 * l), ""), 2LL * x->hp, c0);
    LLVMValueRef tc = cg_load_vec(g, cg_gep(g, g->f32, x->tab, row), ATTN_F32, g->vl);
    LLVMValueRef ts = cg_load_vec(g, cg_gep(g, g->f32, x->tab, LLVMBuildAdd(b, row, cg_i64(g, x->hp), "")), ATTN_F32, g->vl);
    if (!co) {
      co = tc;
      si = ts;
    } else {
      cmul(g, co, si, tc, ts, &co, &si);
    }
  }
  LLVMBuildStore(b, co, cg_gep(g, g->f32, x->cs, c0));
  LLVMBuildStore(b, si, cg_gep(g, g->f32, x->cs, LLVMBuildAdd(b, c0, cg_i64(g, x->hp), "")));
}

void tile_rope_cs(cg *g, LLVMValueRef pos, LLVMValueRef cs) {
  cs_ctx x = {rope_table(g), pos, cs, rope_hp(g)};
  cg_for_chunks(g, g->plan->user->rope_dims / 2, cs_chunk, &x);
}

typedef struct rot_ctx {
  LLVMValueRef cs, x; /* f32 pointers */
  int hp, half;
} rot_ctx;

static LLVMValueRef f32_at(cg *g, LLVMValueRef base, LLVMValueRef i) { return cg_gep(g, g->f32, base, i); }

/* The cos and sin vectors of the chunk of pairs starting at pair i0. */
static void load_cs(cg *g, const rot_ctx *r, LLVMValueRef i0, LLVMValueRef *co, LLVMValueRef *si) {
  *co = LLVMBuildLoad2(g->b, g->vf, f32_at(g, r->cs, i0), "cos");
  *si = LLVMBuildLoad2(g->b, g->vf, f32_at(g, r->cs, LLVMBuildAdd(g->b, i0, cg_i64(g, r->hp), "")), "sin");
}

/* neox: x[i], x[i + half] for the chunk's pairs */
static void rot_neox(cg *g, LLVMValueRef c, int len, void *vctx) {
  rot_ctx *r = vctx;
  LLVMBuilderRef b = g->b;
  LLVMValueRef i0 = LLVMBuildMul(b, c, cg_i64(g, g->vl), "");
  LLVMValueRef i1 = LLVMBuildAdd(b, i0, cg_i64(g, r->half), ""), co, si, nx, ny;
  load_cs(g, r, i0, &co, &si);
  LLVMValueRef x = cg_load_vec(g, f32_at(g, r->x, i0), ATTN_F32, len);
  LLVMValueRef y = cg_load_vec(g, f32_at(g, r->x, i1), ATTN_F32, len);
  cmul(g, x, y, co, si, &nx, &ny);
  cg_store_vec(g, f32_at(g, r->x, i0), nx, ATTN_F32, len);
  cg_store_vec(g, f32_at(g, r->x, i1), ny, ATTN_F32, len);
}

static LLVMValueRef lanes_mask(cg *g, int first, int step, int n) {
  LLVMValueRef m[64];
  for (int i = 0; i < n; i++) m[i] = cg_i32(g, first + step * i);
  return LLVMConstVector(m, (unsigned)n);
}

/* gptj: x[2i], x[2i + 1] for the chunk's pairs: 2 len elements from 2 i0 */
static void rot_gptj(cg *g, LLVMValueRef c, int len, void *vctx) {
  rot_ctx *r = vctx;
  LLVMBuilderRef b = g->b;
  const int vl = g->vl, n = 2 * len, na = n < vl ? n : vl, nb = n - na;
  LLVMValueRef i0 = LLVMBuildMul(b, c, cg_i64(g, vl), "");
  LLVMValueRef e0 = LLVMBuildMul(b, i0, cg_i64(g, 2), "");
  LLVMValueRef e1 = LLVMBuildAdd(b, e0, cg_i64(g, vl), ""), co, si, nx, ny;
  load_cs(g, r, i0, &co, &si);
  LLVMValueRef va = cg_load_vec(g, f32_at(g, r->x, e0), ATTN_F32, na);
  LLVMValueRef vb = nb ? cg_load_vec(g, f32_at(g, r->x, e1), ATTN_F32, nb) : LLVMConstNull(g->vf);
  LLVMValueRef x = LLVMBuildShuffleVector(b, va, vb, lanes_mask(g, 0, 2, vl), "even");
  LLVMValueRef y = LLVMBuildShuffleVector(b, va, vb, lanes_mask(g, 1, 2, vl), "odd");
  cmul(g, x, y, co, si, &nx, &ny);
  LLVMValueRef il = cg_interleave(g, nx, ny);
  LLVMValueRef undef = LLVMGetUndef(LLVMTypeOf(il));
  cg_store_vec(g, f32_at(g, r->x, e0), LLVMBuildShuffleVector(b, il, undef, lanes_mask(g, 0, 1, vl), ""), ATTN_F32, na);
  if (nb)
    cg_store_vec(g, f32_at(g, r->x, e1), LLVMBuildShuffleVector(b, il, undef, lanes_mask(g, vl, 1, vl), ""), ATTN_F32, nb);
}

void tile_rope_rotate(cg *g, LLVMValueRef cs, LLVMValueRef x) {
  const attn_spec *u = g->plan->user;
  rot_ctx r = {cs, x, rope_hp(g), u->rope_dims / 2};
  cg_for_chunks(g, r.half, u->rope_style == ATTN_ROPE_GPTJ ? rot_gptj : rot_neox, &r);
}
