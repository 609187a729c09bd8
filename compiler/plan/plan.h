/*
 * compiler/plan: attn_spec + target facts -> attn_plan, the decisions the code
 * generator carries out.  Pure: the same inputs give the same plan.
 *
 * A task covers q_tile queries x head_block query heads of one KV group
 * ("rows", query-major, head-minor) against a key range.  Two tile shapes
 * (docs/architecture.md §plan):
 *
 *   PLAN_DOT    few rows (decode): each key's dot products with every row
 *               are vectors over the head dimension, reduced by a
 *               transpose-add tree into scores with keys in lanes; K and V
 *               stream through once, shared by the rows of the group.
 *   PLAN_LANES  rows >= a vector (prefill, mixed, MQA decode): rows in
 *               lanes.  Q is transposed once per task; a key tile is
 *               converted into f32 (or kept as bf16 pairs), then
 *               register-blocked micro-kernels compute S^T = K.Q^T and
 *               O^T += V^T.P^T with broadcasts, the softmax running along
 *               vectors of rows without horizontal reductions.
 */
#ifndef ATTNCC_PLAN_H
#define ATTNCC_PLAN_H

#include <stdio.h>

#include "../spec/spec.h"
#include "../target.h"

typedef enum plan_kind { PLAN_DOT = 0, PLAN_LANES = 1 } plan_kind;

/*
 * Row stores (cache.store k_only, x, latent): the cache holds one row of R
 * floats per token that every head reads whole for its values, so the tile
 * sees one KV group of all Hq heads: `spec` is then `core`, a copy of the
 * user's spec with heads_kv = 1 and v_dim = U (the accumulator width: the
 * row's first U floats), and `user` keeps the spec NAME_info reports.  The
 * output is out = u W_out,g + b by the generated projection (NAME's
 * descriptor `project`), g the head's KV head.
 *
 *   k_only  R = U = E = Hq * D; scores read head h's slice of the row
 *           (D columns at h * D), core.dim = D.  Scores first.
 *   x       R = U = model.d_model; core.dim = R: each query is absorbed,
 *   latent  q~ = (q_nope W_absorb,g^T ++ q_rope), and scores against the
 *           whole row; latent: R = latent_dim + rope_dim, U = latent_dim.
 *   v_only  R = E = Hq * Dv, core.dim = R: q~_h = q_h W_vk,h^T scores
 *           against the whole row; values are head h's slice of the row
 *           (Dv columns at h * Dv, core.v_dim = Dv), out = u + b_h.
 *
 * k_only in the values-first order (values_first) is not a row store: the
 * tile is the user's MHA spec (K read as a token-major K cache of Hq heads),
 * and each visited key tile's values V = K W_kv,h + b_h are computed in the
 * tile (tile_values, cpu.c) instead of read; row_dim is still E.
 *
 * A plan is used where it was made (spec may point into it).
 */
typedef struct attn_plan {
  const attn_spec *spec;  /* what the tile computes */
  const attn_spec *user;  /* what the user wrote (== spec unless a row store) */
  attn_spec core;
  int row_store;    /* k_only, x or latent: one cache row per token, projected output */
  int k_only;       /* k_only: scores on the head's slice of the row */
  int absorb;       /* x, latent, v_only: queries absorbed (R = core.dim floats) */
  int v_only;       /* v_only: values are each head's slice of the row, out = u + b */
  int row_dim;      /* R: floats per cached token row of a row store; 0 for kv */
  int values_first; /* k_only, values first: V tiles computed from K in the tile */
  const cc_target *target;
  plan_kind kind;
  int group;        /* heads_q / heads_kv: query heads sharing one KV head */
  int vl;           /* floats per vector register */
  int nck, ncv;     /* vector chunks of dim and of v_dim (last may be partial) */
  int q_tile;       /* queries per task */
  int head_block;   /* query heads per task (divides group) */
  int rows_max;     /* q_tile * head_block */
  int rows_pad;     /* rows of the task's buffers: rows_max (DOT), rv * vl (LANES) */
  int acc_regs;     /* vector registers a micro-kernel may hold accumulators in */
  /* PLAN_DOT */
  int kblock;       /* keys per softmax block (multiple of vl) */
  int pv_chunks;    /* Dv chunks accumulated per pass over a block's values */
  int s_keys;       /* keys per S iteration, sharing each query load (1 or 2) */
  int s_chains;     /* independent FMA chains per row and key (1 or 2) */
  int prefetch;     /* keys ahead to prefetch K and V rows into L1; 0: none */
  int prefetch_next; /* prefetch the next unit's K rows during S and V rows during P.V:
                        llvm.prefetch locality (3: L1, 2: L2); 0: none */
  int kv_heads;     /* KV heads per task (token-major kv decode: a block's rows are read whole) */
  /* PLAN_LANES */
  int rv;           /* vectors of rows in a row block */
  int rblocks;      /* row blocks per task, sharing each packed K/V tile */
  int key_tile;     /* keys per converted tile */
  int kj;           /* keys per S micro-kernel block (kj x rv accumulators) */
  int db;           /* Dv columns per P.V micro-kernel block (db x rv accumulators) */
  int bf16_dot;     /* S and P.V by bf16 pair dot products (vdpbf16ps) */
  int one_query;    /* units of one query (mixed-phase decode rows, a prefill's last
                       query) run the dot tile of plan_one_query */
  /* both */
  int key_align;    /* split boundaries: a multiple of vl */
  int min_split;    /* fewest keys worth a split of their own */
  long stack_bytes; /* scratch the tile keeps on the stack */
  double qscale;    /* scale * log2(e): scores in log2 units feed exp2 */
  int f16_hw;       /* convert f16 with the target's vector instruction */
  /* values_first */
  int vj, vcols;    /* V micro-kernel: vj keys x vcols Dv vectors of accumulators */
  /* rope (docs/architecture.md §rope): queries are rotated as they are
   * loaded; rope_read: keys too, as each key tile is converted to f32 */
  int rope, rope_read;
  int rope_off;     /* first rotated element of the tile's query and key rows
                       (latent: latent_dim, the RoPE part; else 0) */
  int rope_levels;  /* base-64 digits of a position: cos/sin tables of 64 rows each */
} attn_plan;

/*
 * k_only: what each order costs for one sequence of the spec's phase at
 * context n = capacity (decode: 1 query; prefill: n queries; mixed: 128),
 * per docs/slim.md §orders.  [0] scores_first, [1] values_first.  Time is
 * in FLOP-equivalents, max(flops, ridge * bytes): the larger of compute and
 * memory, with ridge the target's FLOP per byte of memory traffic.
 */
typedef struct plan_slim_cost {
  double q, n;
  double flops[2], bytes[2], time[2];
  double ridge;
  int vf_q_tile;   /* queries sharing each recomputed V tile (values_first) */
  int sf_passes;   /* passes over the K rows per query (scores_first: Hq / heads per task) */
} plan_slim_cost;
void plan_slim_costs(const attn_spec *s, const cc_target *t, plan_slim_cost *c);

/* Never fails for a validated spec. */
void plan_make(const attn_spec *spec, const cc_target *t, attn_plan *p);
/* p->one_query: the plan of the dot tile that p's units of one query run,
 * made for a copy of p's spec with phase decode kept in *spec (d points into
 * it) and one KV head a task, as the runtime schedules p's units. */
void plan_one_query(const attn_plan *p, attn_spec *spec, attn_plan *d);
/* Human-readable plan, as `attncc --dump=plan` / `attncc explain` print it. */
void plan_print(const attn_plan *p, FILE *f);

#endif
