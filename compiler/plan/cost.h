/*
 * compiler/plan/cost: what a spec costs in memory, bytes moved and FLOPs,
 * and the time a roofline of this machine predicts for it (docs/explain.md
 * gives every formula).  Functions, not printing: `attncc explain` and
 * `attncc explore` share them, and tests/plan checks them against numbers
 * computed by hand.  Pure: the same spec and plan give the same figures.
 *
 * Units: bytes and FLOPs as doubles (exact integers below 2^53), contexts
 * and batches as long long, times in seconds, ceilings in bytes/s and FLOP/s.
 */
#ifndef ATTNCC_COST_H
#define ATTNCC_COST_H

#include "plan.h"

/* Bytes of one cached row of w elements of type t (docs/layouts.md): f32
 * 4w, f16/bf16 2w, i8 w + 4 (an f32 scale), fp8 w, q4 w/2 + 2 (w/32) (an
 * f16 scale per 32 elements). */
double cost_row_bytes(attn_dtype t, long long w);
/* Bytes of one element of a query or output (types.q, types.out). */
int cost_elem_bytes(attn_dtype t);

/* One layer of a spec: what its cache holds per token and what a decode
 * step does besides reading it. */
typedef struct cost_layer {
  double tok_bytes;    /* cache bytes per token: K + V, or the row store's row */
  double k_bytes, v_bytes;  /* kv: the K and V parts; row stores: tok_bytes, 0 */
  double kv_tok_bytes; /* K + V bytes per token of the same heads in types.cache */
  long long row_dim;   /* elements of a row store's row; 0 for kv */
  int page_size;       /* paged: tokens per page; else 0 */
  double page_entry;   /* paged: page-table bytes per page (4); else 0 */
  double q_bytes;      /* one query token: Hq D elements of types.q */
  double out_bytes;    /* one output token: Hq Dv of types.out (+ Hq f32 lse) */
  double weight_bytes; /* f32 weights a decode step reads (absorbed and slim stores) */
  double flops_key;    /* decode FLOPs per key read */
  double flops_fixed;  /* decode FLOPs per step whatever the context (absorbing q, projecting u) */
  double prefill_flops_pair; /* FLOPs per (query, key) pair of a prefill: 2 Hq (D + Dv) */
  int layers;          /* model.layers */
  int held;            /* layers whose cache is held: 1 when shared_across_layers */
  int bf16;            /* the plan computes by bf16 pair dot products */
  /* The calibrated rate (cost_machine.tile_decode) a one-query decode step
   * runs at: the cache type's when it runs the dot tile on a kv store
   * (decode, or plan.one_query), COST_LANES when the lanes tile (MQA and
   * other groups of a vector or more), -1 for the row stores. */
  int decode_rate;
  attn_dtype cache_type; /* types.cache */
} cost_layer;

/* p: the plan of s (row stores and the k_only order need it). */
void cost_layer_of(const attn_spec *s, const attn_plan *p, cost_layer *c);

/* Keys a decode step at context ctx reads: ctx, at most mask.window plus
 * the mask.sinks before it (and a
 * ring's capacity). */
long long cost_keys(const attn_spec *s, long long ctx);

/* Bytes one sequence of context ctx holds in one layer: ctx tokens
 * (contiguous: a block sized to ctx; paged: whole pages plus a page-table
 * entry each; ring: min(ctx, capacity) tokens). */
double cost_seq_bytes(const attn_spec *s, const cost_layer *c, long long ctx);

/* The same for the whole model: times the layers that hold a cache. */
double cost_model_seq_bytes(const attn_spec *s, const cost_layer *c, long long ctx);

/* Largest context one sequence can have in `budget` bytes of the whole
 * model's cache: 0 when not even one token (page) fits, -1 when any context
 * fits (a ring holds at most capacity tokens). */
long long cost_max_context(const attn_spec *s, const cost_layer *c, double budget);
/* Most sequences of context ctx that fit in `budget` bytes (whole model). */
long long cost_max_batch(const attn_spec *s, const cost_layer *c, double budget, long long ctx);

/* Work of one layer: bytes moved to and from memory and FLOPs. */
typedef struct cost_step {
  double keys;      /* keys read per sequence */
  double bytes;     /* cache read + queries + outputs (+ weights, page table) */
  double flops;
  double intensity; /* flops / bytes */
} cost_step;

/* One decode step of `batch` sequences at context ctx, one layer. */
void cost_decode(const attn_spec *s, const cost_layer *c, long long ctx, int batch, cost_step *st);
/* One token of a prefill of len tokens (its average share), one layer: the
 * cache written and read once, q and out once, 2 Hq (D + Dv) per visible
 * key (causal: (len + 1) / 2 keys on average; window: at most window). */
void cost_prefill_token(const attn_spec *s, const cost_layer *c, long long len, cost_step *st);

/* Calibrated rates: one per cache type for the dot tile, then the lanes tile's. */
enum { COST_NTYPES = ATTN_Q4 + 1, COST_LANES = COST_NTYPES, COST_NRATES };

/* A machine's ceilings (a profile of docs/machines/, or `attncc calibrate`). */
typedef struct cost_machine {
  double read_bw;    /* bytes/s */
  double flops_f32;  /* f32 FMA peak, FLOP/s */
  double flops_bf16; /* bf16 dot-product peak, FLOP/s; 0: none (f32 used) */
  /* The decode tile's own compute ceiling by cache type (attn_dtype), FLOP/s:
   * what attncc's PLAN_DOT decode tile reaches with its cache in L2/L3 (so
   * loads cost no DRAM time), conversions and reductions included; 0: not
   * calibrated (flops_f32 used).  `attncc calibrate` measures it. */
  double tile_decode[COST_NRATES]; /* [COST_LANES]: the lanes tile's one-query decode */
  /* The fixed cost of a decode call, seconds (0: not calibrated): added to
   * every decode step cost_predict_decode predicts. */
  double call;
} cost_machine;

/* Roofline: t = max(bytes / read_bw, flops / peak), peak the bf16 dot rate
 * when bf16 and the machine has one, else the f32 FMA peak. */
typedef struct cost_time {
  double t, t_mem, t_comp;
  double t_call;    /* cost_predict_decode: the machine's fixed call cost, in t */
  int compute;      /* 1: compute bound, 0: memory bound */
  int tile;         /* 1: the compute side is the calibrated decode-tile rate */
} cost_time;
void cost_predict(const cost_machine *m, const cost_step *st, int bf16, cost_time *t);
/* A decode step of layer c: as cost_predict, but when m has a calibrated
 * rate for c->decode_rate, that rate is the compute side (t->tile = 1) and
 * the sides combine in quadrature: t = call + sqrt(t_mem^2 + t_comp^2),
 * t_mem = bytes / read_bw, t_comp = flops / tile rate; call the machine's
 * fixed call cost (0 when not calibrated, and without a tile rate t = call
 * + max(t_mem, t_comp)). */
void cost_predict_decode(const cost_machine *m, const cost_layer *c, const cost_step *st, cost_time *t);

#endif
