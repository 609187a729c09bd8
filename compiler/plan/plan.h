/*
 * compiler/plan: attn_spec + target facts -> attn_plan, the decisions the code
 * generator carries out.  Pure: the same inputs give the same plan.
 *
 * Tile shapes (docs/architecture.md §plan):
 *   a task covers q_tile queries x head_block query heads of one KV group
 *   ("rows", query-major) against a key range; inside it, keys are visited in
 *   tiles of key_tile keys, rows in register blocks of row_block, keys in
 *   vector blocks of `vl` (one score per lane).
 */
#ifndef ATTNCC_PLAN_H
#define ATTNCC_PLAN_H

#include <stdio.h>

#include "../spec/spec.h"
#include "../target.h"

typedef struct attn_plan {
  const attn_spec *spec;
  const cc_target *target;
  int group;        /* heads_q / heads_kv: query heads sharing one KV head */
  int vl;           /* floats per vector register */
  int nck, ncv;     /* vector chunks of dim and of v_dim (last may be partial) */
  int q_tile;       /* queries per task */
  int head_block;   /* query heads per task (divides group) */
  int rows_max;     /* q_tile * head_block */
  int rows_pad;     /* rows_max rounded up to row_block */
  int row_block;    /* rows whose accumulators live in registers together */
  int key_tile;     /* keys per cache tile (multiple of vl) */
  int key_align;    /* split boundaries: a multiple of vl */
  int min_split;    /* fewest keys worth a split of their own */
  double qscale;    /* scale * log2(e): scores in log2 units feed exp2 */
  int f16_hw;       /* convert f16 with the target's vector instruction */
} attn_plan;

/* Never fails for a validated spec. */
void plan_make(const attn_spec *spec, const cc_target *t, attn_plan *p);
/* Human-readable plan, as `attncc --dump=plan` / `attncc explain` print it. */
void plan_print(const attn_plan *p, FILE *f);

#endif
