/* Tile planner: chooses tile shapes from the spec and the target's facts. */
#include <math.h>

#include "plan.h"

static int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
static int ceil_div(int a, int b) { return (a + b - 1) / b; }

/* Largest divisor of n that is <= cap. */
static int divisor_at_most(int n, int cap) {
  for (int d = cap < n ? cap : n; d > 1; d--)
    if (n % d == 0) return d;
  return 1;
}


/* Scratch a task may keep on the stack for K/V tiles and scores; the rest
 * (queries, accumulators) scales with the head dims.  Host thread pools
 * commonly give >= 512 KiB stacks; docs/architecture.md states the bound. */
enum { TILE_BUDGET = 64 * 1024 };

static void plan_dot(attn_plan *p, int one_kv_head) {
  const attn_spec *s = p->spec;
  int R = p->rows_max, vb = p->target->vec_bytes;
  p->rows_pad = R;
  /* Per-key dot vectors of a block (R x kblock vectors) stay in L1. */
  int kb = p->target->l1d_bytes / 2 / (R * vb);
  p->kblock = clampi(kb / p->vl * p->vl, p->vl, 4 * p->vl);
  int npass = ceil_div(R * p->ncv, p->acc_regs);
  p->pv_chunks = ceil_div(p->ncv, npass);
  /* Many passes (wide values) run as one runtime loop over passes of full
   * chunks (cpu_dot.c): a pass width dividing the full chunks leaves no
   * unrolled remainder pass (compile time; E = 4096: 7 -> 4 a pass). */
  int per = p->acc_regs / R, d = divisor_at_most(s->v_dim / p->vl, per);
  if (npass > 2 && d * 2 > per) p->pv_chunks = d;
  /* S: two keys per iteration halve the query loads when their 2R dot
   * accumulators fit; a second chain per dot only for a single row. */
  p->s_keys = 2 * R + 4 <= p->target->vregs ? 2 : 1;
  p->s_chains = p->s_keys * R < 4 && p->nck > 1 ? 2 : 1;
  /* Decode streams K and V from memory once: software prefetch ~4 KiB of
   * row data ahead (measured on the 2-core Zen 5: f16 B=1 L=16384 decode
   * 21 -> 31 GB/s token-major, 13 -> 21 GB/s per thread head-major).  K
   * goes to L1 that far ahead of S; V goes to L2 during S and to L1 that
   * far ahead of each P.V pass: token-major rows Hkv*D*bytes apart (2 KiB
   * for Llama shapes) map to 8 of L1's 64 sets, so a block's V prefetched
   * into L1 during S was evicted before P.V (29 -> 41 GB/s; a
   * non-power-of-two stride, Hkv = 9, ran at 43 GB/s before the change). */
  int row_bytes = s->dim * (s->type_cache == ATTN_F32 ? 4 : 2);
  p->prefetch = clampi(4096 / row_bytes, 4, 32);
  /* The L2 prefetches were issued only during S, leaving memory idle during
   * softmax and P.V (the phases' times added up: S alone 29, P.V alone 23,
   * softmax 10, all three 52 cycles per key and KV head in L3).  Token-major
   * rows, one per 2 KiB, defeat the hardware streamers, so the next unit's
   * rows go to L2 (next block, or next head below) while this one runs (its
   * K rows during S, V rows during P.V; with one head a task, K during the
   * first half of the P.V passes measured f16 B=1 L=16384 31 -> 37 GB/s,
   * B=8 L=4096 27 -> 34, f32 30-39 -> 38-41, interleaved A/B, 2 threads).
   * Head-major rows are contiguous and the streamers do better alone (47 ->
   * 44 with it): there V goes to L2 during S. */
  p->prefetch_next = s->order == ATTN_TOKEN_MAJOR ? 2 : 0;
  /* Token-major kv decode: a task covers several KV heads (all of them
   * when their queries and accumulators fit 32 KiB), each block's rows
   * read whole, head after head, the next head's part going to L2 during
   * this one (cpu_dot.c).  A task of one KV head reads 256 bytes of every
   * 2 KiB row (Llama shapes) and draws half the read bandwidth; contiguous
   * rows is what a streaming kernel needs (scratch model of the loop: 0.49
   * -> 0.9 of the read pass).  Interleaved A/B on the 2-core Zen 5, B=1
   * L=16384, Hq 32 / Hkv 8: f16 0.50 -> 0.66, f32 0.54 -> 0.71, B=8
   * L=4096 f16 0.56 -> 0.71 of the paired read pass; blocks of 32 keys beat
   * 16, 48 and 64 (a head's block is then 8 KiB of K and of V), and an L1
   * prefetch within the block adds nothing once the next unit is in L2.
   * rope on_read recomputes a key's cos/sin per unit, so it keeps one head
   * a task. */
  if (s->store == ATTN_STORE_KV && !p->rope_read && s->order == ATTN_TOKEN_MAJOR && s->phase == ATTN_DECODE &&
      p->head_block == p->group && s->heads_kv > 1 && !one_kv_head) {
    long per_head = (long)R * (p->nck + p->ncv) * vb;
    p->kv_heads = divisor_at_most(s->heads_kv, (int)(32 * 1024 / per_head));
    if (p->kv_heads > 1) {
      p->kblock = 2 * p->vl;
      p->prefetch = 0;
    }
  }
  if (p->row_store) p->prefetch = p->prefetch_next = 0; /* wide rows, read in passes from L2 */
  p->stack_bytes = (long)R * vb * (p->kv_heads * (p->nck + p->ncv) + p->kblock) + (long)R * p->kblock * 4 +
                   16L * R * p->kv_heads;
  if (p->values_first) p->stack_bytes += (long)(p->kblock + p->vj) * p->ncv * vb;
  if (p->rope_read) p->stack_bytes += (long)p->kblock * (p->k_only ? R : 1) * p->nck * vb; /* rotated keys */
}

static void plan_lanes(attn_plan *p) {
  const attn_spec *s = p->spec;
  const cc_target *t = p->target;
  p->rv = ceil_div(p->rows_max, p->vl);
  /* Row blocks: a task packs each K/V tile once for rblocks blocks of
   * rv * vl rows.  With one block, a causal S = 2048 prefill spent a third
   * of its time re-reading (from L3) and packing the head's K/V once per 32
   * queries; four blocks cut that to a quarter.  Decode has one query. */
  p->rblocks = s->phase == ATTN_DECODE ? 1 : 4;
  /* Wide rows (absorbed x/latent queries, wide values): keep each row
   * block's queries and accumulators within 128 KiB of stack. */
  long per_block = 4L * p->rv * p->vl * (s->dim + s->v_dim);
  p->rblocks = clampi((int)(128 * 1024 / per_block), 1, p->rblocks);
  /* values_first computes each V tile (2 E Dv FLOP a key) once per task:
   * twice the rows halve that (8 blocks of MHA d128: 256 queries, 320 KiB
   * of stack). */
  if (p->values_first && s->phase != ATTN_DECODE) p->rblocks = clampi((int)(256 * 1024 / per_block), 1, 8);
  /* mask.block_sparse: a task's rows in as few query blocks as can be (each
   * block a task spans is a pass over all its rows, the others masked) */
  while (s->block_size && p->rblocks > 1 && p->q_tile * p->rblocks > s->block_size) p->rblocks--;
  p->q_tile *= p->rblocks;
  p->rows_max = p->q_tile * p->head_block;
  p->rows_pad = p->rblocks * p->rv * p->vl;
  int per = p->acc_regs / p->rv;
  p->kj = clampi(per, 1, 12);
  int d = divisor_at_most(s->v_dim, per);
  p->db = d * 2 > per ? d : per;
  /* rope: rotated queries and keys are not bf16 values any more */
  p->bf16_dot = t->has_bf16_dot && p->vl == 16 && s->type_cache == ATTN_BF16 &&
                s->type_q == ATTN_BF16 && s->dim % 2 == 0 && !p->values_first && !p->rope;
  /* K and V tiles are always packed: K padded to a multiple of kj with a
   * valid key (no clamp in the S micro-kernel), V because the P.V kernel
   * walks a tile's rows once per column block and cache rows Hkv*Dv*4 bytes
   * apart (a multiple of 4 KiB for common shapes) share L1 sets. */
  int R = p->rv * p->vl;
  int per_key = R * 4 + (p->bf16_dot ? s->dim * 2 + s->v_dim * 2 : s->dim * 4 + s->v_dim * 4);
  int step = p->bf16_dot ? 2 * p->kj : p->kj;
  int kt = TILE_BUDGET / per_key / step * step;
  p->key_tile = clampi(kt, step, 256 / step * step > step ? 256 / step * step : step);
  if (s->block_size) { /* a key block in equal tiles: 64 keys as one tile of 72, not 60 + 4 padded to 12 */
    int n = ceil_div(s->block_size, p->key_tile), want = ceil_div(ceil_div(s->block_size, n), step) * step;
    p->key_tile = want < p->key_tile ? want : p->key_tile;
  }
  int dpair = (s->dim + 1) / 2;
  long q_bytes = p->bf16_dot ? (long)dpair * R * 4 : (long)s->dim * R * 4;
  p->stack_bytes = p->rblocks * (q_bytes + (long)s->v_dim * R * 4 + 8L * R) +
                   (long)(p->key_tile + p->kj) * per_key +
                   (long)p->ncv * p->vl * 4 + 64L * R;
  if (p->values_first) p->stack_bytes += (long)p->vj * p->ncv * p->vl * 4;
}

/* FLOP per byte of memory traffic where a core's compute and its share of
 * memory bandwidth bind alike: two FMA pipes of vl lanes (4 vl FLOP a
 * cycle) against about 8 bytes a cycle.  An estimate from the vector width
 * until measured ceilings reach the compiler (this 2-core AVX-512 machine
 * measures 9: docs/performance.md). */
static double target_ridge(const cc_target *t) {
  return 4.0 * (t->vec_bytes / 4) / 8.0;
}

/* Keys visited, summed over the query tiles of T queries of a sequence of
 * q queries ending at key n (causal: tile i sees up to its last query). */
static double tile_keys(const attn_spec *s, double q, double n, int T) {
  double tiles = ceil(q / T), sum = 0;
  if (!s->causal) return tiles * n;
  for (double i = 0; i < tiles; i++) {
    double last = fmin((i + 1) * T, q); /* queries sit at n - q .. n - 1 */
    sum += n - q + last;
  }
  return sum;
}

void plan_slim_costs(const attn_spec *s, const cc_target *t, plan_slim_cost *c) {
  attn_spec o = *s;
  attn_plan ps, pv;
  o.slim_order = SPEC_SLIM_SCORES_FIRST;
  plan_make(&o, t, &ps);
  o.slim_order = SPEC_SLIM_VALUES_FIRST;
  plan_make(&o, t, &pv);
  double n = s->capacity > 0 ? s->capacity : 1, q = s->phase == ATTN_DECODE ? 1 : s->phase == ATTN_PREFILL ? n : fmin(n, 128);
  double Hq = s->heads_q, D = s->dim, Dv = s->v_dim, E = Hq * D, eb = s->type_cache == ATTN_F32 ? 4 : 2;
  /* (query, key) pairs a head scores: causal rows see keys up to themselves */
  double pairs = s->causal ? q * (n - q) + q * (q + 1) / 2 : q * n;
  *c = (plan_slim_cost){.q = q, .n = n, .ridge = target_ridge(t), .vf_q_tile = pv.q_tile,
                        .sf_passes = s->heads_q / ps.head_block};
  /* scores_first: S over D, u over E per pair; u W_kv per row; each task
   * (head_block heads) streams the K rows its queries see. */
  c->flops[0] = Hq * (pairs * 2 * (D + E) + q * 2 * E * Dv);
  c->bytes[0] = c->sf_passes * tile_keys(s, q, n, ps.q_tile) * E * eb;
  /* values_first: S and P.V over D and Dv per pair; V = K W_kv per key
   * visited by each task (one head, vf_q_tile queries). */
  double vkeys = tile_keys(s, q, n, pv.q_tile);
  c->flops[1] = Hq * (pairs * 2 * (D + Dv) + vkeys * 2 * E * Dv);
  c->bytes[1] = Hq * vkeys * E * eb;
  for (int i = 0; i < 2; i++) c->time[i] = fmax(c->flops[i], c->ridge * c->bytes[i]);
}

static void plan_build(const attn_spec *user, const cc_target *t, attn_plan *p, int one_kv_head) {
  *p = (attn_plan){.spec = user, .user = user, .target = t, .kv_heads = 1};
  const attn_spec *s = user;
  if (user->store == ATTN_STORE_K_ONLY && user->slim_order == SPEC_SLIM_AUTO) {
    plan_slim_cost c;
    plan_slim_costs(user, t, &c);
    p->values_first = c.time[1] < c.time[0];
  } else {
    p->values_first = user->store == ATTN_STORE_K_ONLY && user->slim_order == SPEC_SLIM_VALUES_FIRST;
  }
  if (p->values_first) {
    p->row_dim = user->heads_q * user->dim;
  } else if (user->store != ATTN_STORE_KV) {
    p->row_store = 1;
    p->k_only = user->store == ATTN_STORE_K_ONLY;
    p->v_only = user->store == ATTN_STORE_V_ONLY;
    p->absorb = !p->k_only;
    p->core = *user;
    p->core.heads_kv = 1;
    if (p->k_only) {
      p->core.v_dim = user->heads_q * user->dim;
    } else if (p->v_only) {
      p->core.dim = user->heads_q * user->v_dim;
    } else if (user->store == ATTN_STORE_X) {
      p->core.dim = p->core.v_dim = user->d_model;
    } else {
      p->core.dim = user->latent_dim + user->rope_dim;
      p->core.v_dim = user->latent_dim;
    }
    p->row_dim = p->k_only ? p->core.v_dim : p->core.dim; /* v_only: core.dim = E */
    p->spec = s = &p->core;
  }
  p->group = s->heads_q / s->heads_kv;
  p->vl = t->vec_bytes / 4;
  p->nck = ceil_div(s->dim, p->vl);
  p->ncv = ceil_div(s->v_dim, p->vl);
  p->acc_regs = t->vregs - 4;
  if (user->rope) {
    p->rope = 1;
    p->rope_read = user->rope_apply == ATTN_ROPE_ON_READ;
    p->rope_off = user->store == ATTN_STORE_LATENT ? user->latent_dim : 0;
    /* positions < capacity in base 64: one table of 64 rows per digit; a
     * ring's positions grow past its capacity, so any int32 position (6
     * digits) */
    long long most = s->layout == ATTN_RING ? 1LL << 31 : s->capacity;
    p->rope_levels = 1;
    for (long long span = 64; span < most; span *= 64) p->rope_levels++;
  }
  if (p->values_first) {
    /* V = K W_kv micro-kernel: vj keys x vcols column vectors of
     * accumulators, one W row's vcols vectors and vj broadcast K elements
     * per step of E. */
    p->vcols = p->ncv < p->acc_regs - 4 ? p->ncv : p->acc_regs - 4;
    p->vj = clampi(p->acc_regs / p->vcols, 1, 4);
  }

  /* Rows in lanes want two vectors of rows per task: the heads of a group
   * first (they share every K/V load), then queries. */
  int want = 2 * p->vl;
  p->head_block = divisor_at_most(p->group, want);
  p->q_tile = s->phase == ATTN_DECODE ? 1 : clampi(want / p->head_block, 1, want);
  if (p->k_only || p->v_only) {
    /* First k_only tile: the DOT shape with up to 4 heads a task and one
     * query, each task streaming whole K rows for its heads' values (Hq/4
     * passes over the cache; docs/slim.md says what a shared-row tile would
     * save).  v_only the same, whole rows for the scores and each row's
     * slice for its values (rows in lanes cannot read per-row slices). */
    p->head_block = divisor_at_most(p->group, 4);
    p->q_tile = 1;
  }
  p->rows_max = p->q_tile * p->head_block;
  p->kind = p->rows_max >= p->vl && !p->k_only && !p->v_only ? PLAN_LANES : PLAN_DOT;
  /* One query of a small group leaves most of the lanes tile's lanes
   * empty (a 4-head group: 4 of 8 or 16 rows) and packs every key tile for
   * it: the mixed-phase llama3_8b decoded a query 2.5-3x slower than the
   * decode kernel's dot tile on the same cache (docs/explain.md).  Units
   * of one query run the dot tile of plan_one_query instead. */
  p->one_query = p->kind == PLAN_LANES && s->phase != ATTN_DECODE && p->head_block < p->vl && !p->row_store &&
                 !p->values_first;
  if (p->kind == PLAN_LANES)
    plan_lanes(p);
  else
    plan_dot(p, one_kv_head);

  p->key_align = p->vl;
  /* A split is worth about 256 keys of one KV head: a task of kv_heads
   * heads does that much work in 256 / kv_heads keys.  (With 256 keys
   * whatever the heads, B = 1 L = 1024 on 16 threads split only 4 ways.) */
  p->min_split = clampi(256 / p->kv_heads, p->vl, 1 << 20);
  p->qscale = s->scale * 1.4426950408889634; /* log2(e) */
  p->f16_hw = t->has_f16_convert;
}

void plan_make(const attn_spec *spec, const cc_target *t, attn_plan *p) { plan_build(spec, t, p, 0); }

void plan_one_query(const attn_plan *p, attn_spec *spec, attn_plan *d) {
  *spec = *p->user;
  spec->phase = ATTN_DECODE;
  /* the runtime schedules the lanes plan's units: one KV head each */
  plan_build(spec, p->target, d, 1);
}

void plan_print(const attn_plan *p, FILE *f) {
  const attn_spec *s = p->spec;
  const cc_target *t = p->target;
  fprintf(f, "plan for '%s' (%s, Hq %d / Hkv %d, D %d, Dv %d, cache %s%s%s)\n", s->name,
          spec_phase_name(s->phase), p->user->heads_q, p->user->heads_kv, s->dim, p->user->v_dim,
          spec_dtype_name(s->type_cache), p->user->store != ATTN_STORE_KV ? ", " : "",
          p->user->store != ATTN_STORE_KV ? spec_store_name(p->user->store) : "");
  if (p->values_first)
    fprintf(f, "  slim          values first: per task (one head), each key tile's V = K W_kv,h + b_h "
               "(%d keys x %d column vectors a step of E = %d)\n", p->vj, p->vcols, p->row_dim);
  if (p->k_only)
    fprintf(f, "  slim          scores first: one group of %d heads over whole K rows (E = %d), "
               "out = u W_kv,h + b\n", s->heads_q, s->v_dim);
  if (p->v_only)
    fprintf(f, "  v_only        one group of %d heads; q~ = q W_vk,h^T (%d x %d) against whole rows, values "
               "from each head's %d columns of the row, out = u + b_h\n",
            s->heads_q, p->user->dim, s->dim, s->v_dim);
  else if (p->absorb)
    fprintf(f, "  absorbed      one group of %d heads over rows of %d (values: the first %d); "
               "q~ = q W_absorb,g^T (%d x %d)%s, out = u W_out,g + b\n",
            s->heads_q, s->dim, s->v_dim, p->user->dim - p->user->rope_dim, s->v_dim,
            p->user->rope_dim ? " ++ q_rope" : "");
  if (p->rope)
    fprintf(f, "  rope          %s, %d dims from element %d: queries rotated on load, keys %s (cos/sin of a "
               "position from %d tables of 64 rows)\n",
            p->user->rope_style == ATTN_ROPE_NEOX ? "neox" : "gptj", p->user->rope_dims, p->rope_off,
            p->rope_read ? "rotated as each key tile is converted" : "read rotated (NAME_append rotates them)",
            p->rope_levels);
  fprintf(f, "  target        %s, cpu %s\n", t->triple, t->cpu);
  fprintf(f, "  vector        %d x f32 (%d registers, fma %s, f16 convert %s, bf16 dot %s)\n", p->vl,
          t->vregs, t->has_fma ? "yes" : "no", p->f16_hw ? "hardware" : "integer",
          t->has_bf16_dot ? "yes" : "no");
  fprintf(f, "  caches        L1d %d KiB, L2 %d KiB\n", t->l1d_bytes / 1024, t->l2_bytes / 1024);
  if (p->kv_heads > 1)
    fprintf(f, "  task          %d quer%s x %d KV heads (%d query head%s each, %d rows): each key block's rows "
               "are read whole, head after head\n",
            p->q_tile, p->q_tile == 1 ? "y" : "ies", p->kv_heads, p->head_block, p->head_block == 1 ? "" : "s",
            p->rows_max * p->kv_heads);
  else
    fprintf(f, "  task          %d quer%s x %d head%s of a group of %d (%d rows)\n", p->q_tile,
            p->q_tile == 1 ? "y" : "ies", p->head_block, p->head_block == 1 ? "" : "s", p->group,
            p->rows_max);
  if (p->kind == PLAN_DOT) {
    fprintf(f, "  tile          dot: per-key dot vectors, transpose-add into %d-key score vectors\n",
            p->vl);
    fprintf(f, "  key block     %d keys per softmax step; S: %d key%s per step, %d FMA chain%s per dot\n",
            p->kblock, p->s_keys, p->s_keys == 1 ? "" : "s", p->s_chains, p->s_chains == 1 ? "" : "s");
    if (p->kv_heads > 1)
      fprintf(f, "  prefetch      the next head's K rows of the block into L2 during S, its V rows during P.V\n");
    else if (p->prefetch && p->prefetch_next)
      fprintf(f, "  prefetch      K and V rows %d keys ahead into L1, the next block's K rows into L2 during S, "
                 "V rows during P.V\n", p->prefetch);
    else if (p->prefetch)
      fprintf(f, "  prefetch      K and V rows %d keys ahead into L1, V rows into L2 during S\n", p->prefetch);
    else fprintf(f, "  prefetch      none\n");
    fprintf(f, "  P.V           %d accumulator vectors per row per pass (%d pass%s)\n", p->pv_chunks,
            (p->ncv + p->pv_chunks - 1) / p->pv_chunks,
            (p->ncv + p->pv_chunks - 1) / p->pv_chunks == 1 ? "" : "es");
  } else {
    fprintf(f, "  tile          lanes: %d row block%s of %d row vector%s, K/V tiles of %d keys%s%s\n",
            p->rblocks, p->rblocks == 1 ? "" : "s", p->rv, p->rv == 1 ? "" : "s", p->key_tile, p->bf16_dot ? ", K copied as bf16" : ", K in f32",
            p->bf16_dot ? ", V packed as bf16 key pairs" : ", V in f32");
    fprintf(f, "  micro-kernels S: %d keys x %d row vectors; P.V: %d columns x %d row vectors%s\n",
            p->kj, p->rv, p->db, p->rv, p->bf16_dot ? " (bf16 pair dot products)" : " (f32 FMA)");
  }
  if (p->one_query) {
    attn_spec os;
    attn_plan op;
    plan_one_query(p, &os, &op);
    fprintf(f, "  one query     units of one query (decode rows) run the dot tile: %d-key blocks, S %d key%s a "
               "step, P.V %d vector%s a pass, %ld KiB of stack\n",
            op.kblock, op.s_keys, op.s_keys == 1 ? "" : "s", op.pv_chunks, op.pv_chunks == 1 ? "" : "s",
            (op.stack_bytes + 1023) / 1024);
  }
  fprintf(f, "  stack         %ld KiB per task\n", (p->stack_bytes + 1023) / 1024);
  fprintf(f, "  split-KV      at multiples of %d keys, at least %d keys a split\n", p->key_align,
          p->min_split);
  fprintf(f, "  softmax       online, exp2 polynomial, scale %.9g (x log2 e = %.9g)\n", s->scale,
          p->qscale);
}
