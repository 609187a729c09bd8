/*
 * What the two CPU tile shapes share (cpu.c): the work item's fields, cache
 * addressing, row bookkeeping and the final write of out/lse or partials.
 * cpu_dot.c and cpu_lanes.c build the key loop of PLAN_DOT / PLAN_LANES
 * (compiler/plan/plan.h) between tile_begin and tile_write_rows.
 */
#ifndef ATTNCC_TILE_H
#define ATTNCC_TILE_H

#include "cg.h"

/* One side (K or V) of the cache as the tile reads it (docs/layouts.md):
 * blocks of T tokens (the sequence's block, or the pool of pages), rows of
 * w elements, the current KV head's slot-0 row index within a block. */
typedef struct tile_kv {
  LLVMValueRef blocks; /* i8*: this sequence's block (contiguous, ring) or the page pool (paged) */
  LLVMValueRef ptab;   /* paged: the sequence's page-table row (i32*); else null */
  LLVMValueRef head;   /* i64: row index of the KV head's slot 0 in a block */
  int w;               /* elements per row */
  /* Optional (tile_kv_rows): the rows of keys key0 .. key0 + n - 1 for the
   * KV head the table was built for, looked up once per block instead of
   * per key and pass (paged: a page-table load and a multiply; ring: a
   * remainder); delta/sdelta: bytes from that head to this one. */
  LLVMValueRef rowtab, stab, key0, delta, sdelta;
} tile_kv;

/* A cache row: its first element, and (i8, q4) its scale, else null. */
typedef struct tile_row {
  LLVMValueRef p, scale;
} tile_row;

typedef struct tile_env {
  LLVMValueRef args, work;
  LLVMValueRef q_row0, seq, g, h_begin, nh, q_begin, q_end, nrows, q_pos0, k_begin, k_end, sink_end, part;
  LLVMValueRef q, out, lse;
  tile_kv k, v;                                /* the task's (first) KV head's key and value rows */
  tile_kv kall;                                /* values_first: whole K rows (all heads) */
  LLVMValueRef ms, ls;                         /* f32 [rows_pad]: m (log2 units) and l per row */
  LLVMValueRef rope_cs;                        /* rope: f32 [tile_rope_cs_floats]: one position's cos/sin */
  /* ABI 7's run-time masks, where the spec has them: the sequence's prefix
   * length (i32), its document ids (ptr), its kv_len (i32, documents
   * without causal), its block row (ptr to nb + 1 entries) and block_col;
   * qblk: the query block whose row tile_ranges_begin is visiting (i32). */
  LLVMValueRef prefix, docs, seq_kv, brow, bcol, qblk;
} tile_env;

int tile_dtype_bytes(attn_dtype t);
/* Elements valid in vector chunk c of a row of n elements. */
int tile_chunk_len(cg *g, int n, int c);
/* a * n + c as i64 (a, c: i32 or i64 values; n constant, 0: just c). */
LLVMValueRef tile_idx(cg *g, LLVMValueRef a, long long n, LLVMValueRef c);
/* Pointer to row `key` (i32) of a contiguous f32 buffer of rows `stride` bytes apart. */
LLVMValueRef tile_key_row(cg *g, LLVMValueRef base, LLVMValueRef stride, LLVMValueRef key);
/* The cache row of position `key` (i32) for kv's KV head: contiguous slot
 * key, ring slot key mod capacity, paged slot key mod page_size of page
 * ptab[key / page_size]. */
tile_row tile_kv_row(cg *g, const tile_kv *kv, LLVMValueRef key);
/* kv moved hh (i32) KV heads on. */
tile_kv tile_kv_head(cg *g, const tile_kv *kv, LLVMValueRef hh);
/* Fills tables (allocas of n pointers, made once by the caller: rowtab, and
 * stab for scaled types) with the rows of keys min(key0 + j, k_last) and
 * returns kv using them; keys outside [key0, key0 + n) must go through
 * tile_kv_row on a kv without tables.  Only worth it off contiguous layouts. */
tile_kv tile_kv_rows(cg *g, const tile_kv *kv, LLVMValueRef rowtab, LLVMValueRef stab, LLVMValueRef key0, int n,
                     LLVMValueRef k_last);
/* Bits per cache element (4 for q4). */
int tile_cache_bits(cg *g);
/* Bytes of a row's elements (prefetch extents). */
int tile_kv_row_bytes(cg *g, const tile_kv *kv);
/* Elements [e0, e0 + n) of a cache row as <vl x float> (n <= vl, zero
 * past n; e0 an i64 value), dequantized: i8 times the row's scale, q4 the
 * nibbles minus 8 times their group's scale (n = vl and e0 a multiple of
 * vl then), fp8 through binary16. */
LLVMValueRef tile_load_row(cg *g, tile_row r, LLVMValueRef e0, int n);
/* i8: the row's scale as a vector (null for other types), and its elements
 * without it, for loops that fold one scale per row into a score or a
 * weight instead of multiplying every vector (other types: tile_load_row). */
LLVMValueRef tile_row_scale(cg *g, tile_row r);
LLVMValueRef tile_load_row_unscaled(cg *g, tile_row r, LLVMValueRef e0, int n);
/* Row r's index in out/lse (packed query row * Hq + query head), i64. */
LLVMValueRef tile_row_index(cg *g, tile_env *e, LLVMValueRef r);
/* Key limit (exclusive) of row r, r < nrows: causal rows see keys <= their
 * position; never beyond k_end. */
LLVMValueRef tile_row_limit(cg *g, tile_env *e, LLVMValueRef r);
/* mask.window (spec window > 0 only): the first key row r sees, position
 * - window + 1, never below k_begin.  Rows are query-major, so row 0's is
 * the task's first key. */
LLVMValueRef tile_row_low(cg *g, tile_env *e, LLVMValueRef r);
/* Row r's query position (i32). */
LLVMValueRef tile_row_pos(cg *g, tile_env *e, LLVMValueRef r);
/* Row r's query head in the whole of heads.q (i32): h of the expressions. */
LLVMValueRef tile_row_head(cg *g, tile_env *e, LLVMValueRef r);
/* score.alibi: row r's slope times log2(e) (f32; scores are in log2 units). */
LLVMValueRef tile_row_slope(cg *g, tile_env *e, LLVMValueRef r);
/* Whether mask.expr or score.expr reads variable v: the tile keeps that
 * per-row value (q_pos, h) only then. */
int tile_expr_reads(cg *g, expr_var v);
/* What tile_score applies to a vector of scores: per lane (a scalar side
 * splatted) the rows' key limits lim, first keys low (null without
 * mask.window or mask.documents), positions qpos (null unless score.alibi or an expression
 * reads q_pos), tile_row_slope slopes slope (null without score.alibi),
 * query heads head (null unless an expression reads h), and the
 * sequence seq (null unless an expression reads b); <vl x i32>, slope
 * <vl x float>. */
typedef struct tile_rows {
  LLVMValueRef lim, low, qpos, slope, head, seq;
  LLVMValueRef qblk, qblk_cur; /* block_sparse: the rows' query blocks and the one being visited */
} tile_rows;
/* Each row's facts tile_score needs, in arrays of one entry a row filled
 * once per task: key limits, and where the spec needs them window starts,
 * positions, ALiBi slopes (f32) and query heads (i32 otherwise; null when
 * not needed, as tile_rows says). */
typedef struct tile_facts {
  LLVMValueRef lim, low, qpos, slope, head, qblk;
} tile_facts;
tile_facts tile_facts_alloc(cg *g, int n);
/* Entry r (i32) of every array: the facts of row tile_row_clamp(r). */
void tile_facts_store(cg *g, tile_env *e, const tile_facts *f, LLVMValueRef r);
/* Entry r (i32) of one of the i32 arrays. */
LLVMValueRef tile_fact(cg *g, LLVMValueRef arr, LLVMValueRef r);
/* The keys any row of the task sees, from the stored facts (rows are
 * query-major): the first row's first key (k_begin without a low), and the
 * last row's limit. */
LLVMValueRef tile_facts_lo(cg *g, tile_env *e, const tile_facts *f);
LLVMValueRef tile_facts_hi(cg *g, tile_env *e, const tile_facts *f);
/* The arrays from entry row0 (i64) on. */
tile_facts tile_facts_from(cg *g, const tile_facts *f, LLVMValueRef row0);
/* What tile_score reads for the rows at entry i (i64): entries i .. i + vl
 * - 1 as vectors (rows in lanes), or entry i splatted (splat: keys in
 * lanes); with mask.sinks or mask.block_sparse the limits also stop at hi,
 * the end of the key range (its last block reaches past it). */
tile_rows tile_facts_rows(cg *g, tile_env *e, const tile_facts *f, LLVMValueRef i, int splat, LLVMValueRef hi);
/* The mask and the score modifiers of the spec on scores x (<vl x float>,
 * log2 units) of keys at positions kpos: a key counts when kpos < lim and
 * (kpos >= low, or kpos < sinks) and mask.expr holds; then score.expr of
 * s = x ln 2 (its value times log2 e), x + slope (kpos - qpos) (alibi),
 * then C tanh(x / C) with C = softcap log2(e); -inf where masked. */
LLVMValueRef tile_score(cg *g, LLVMValueRef x, LLVMValueRef kpos, const tile_rows *r);
/* mask.expr over a box of keys [k0, k1] (i32, inclusive) against every
 * row of the task (its positions and heads, its sequence): i1, true when
 * the bounds prove no row sees any of those keys (cg_expr_bounds), so the
 * block can be skipped.  Only with mask.expr. */
LLVMValueRef tile_expr_skip(cg *g, tile_env *e, LLVMValueRef k0, LLVMValueRef k1);
/* The key ranges a task visits: [lo, hi), and before it [0, min(sink_end,
 * hi)) with mask.sinks (a loop of two ranges); with mask.block_sparse, for
 * each query block its rows span (e->qblk), the key blocks its row lists,
 * each clipped to [lo, hi) (two nested loops).  The caller's key loop runs
 * in between tile_ranges_begin and tile_ranges_end on r->lo .. r->hi. */
typedef struct tile_ranges {
  cg_loop l, l2;
  LLVMValueRef lo, hi;
} tile_ranges;
void tile_ranges_begin(cg *g, tile_env *e, tile_ranges *r, LLVMValueRef lo, LLVMValueRef hi);
void tile_ranges_end(cg *g, tile_ranges *r);
/* Row r clamped to the last real row (padding rows repeat it). */
LLVMValueRef tile_row_clamp(cg *g, tile_env *e, LLVMValueRef r);
/* Query row r (clamped), times `scale` (0 for padding rows r >= nrows), as
 * nck vectors stored at dst (f32, zero past dim). */
void tile_load_query(cg *g, tile_env *e, LLVMValueRef r, double scale, LLVMValueRef dst);

/* Writes rows [0, nrows): acc_row(r) emits code returning a pointer to row r's
 * unnormalized accumulator (ncv * vl floats); m and l come from e->ms/e->ls. */
typedef LLVMValueRef (*tile_acc_row_fn)(cg *g, tile_env *e, LLVMValueRef r, void *ctx);
void tile_write_rows(cg *g, tile_env *e, tile_acc_row_fn acc_row, void *ctx);

/* Online-softmax bookkeeping shared by both shapes: given the old max m and
 * the new candidate mnew (scalars or vectors, log2 units), the max to
 * subtract (0 while nothing is visible, so -inf - -inf never happens). */
LLVMValueRef tile_m_use(cg *g, LLVMValueRef mnew);

/* values_first: dst[j][c] = sum_t K_(k0+j)[t] W_kv[t][h Dv + c] + b[h Dv + c]
 * for j < n (n >= 1, i32 values), c < Dv, h the task's head (its KV head):
 * K_ the whole K row (E = Hq D elements), W_kv = args->w_out (E x Hq Dv),
 * b = args->out_bias or 0.  dst holds f32 rows of ncv * vl floats and room
 * for n + vj - 1 rows (the last micro-block repeats the last key). */
void tile_values(cg *g, tile_env *e, LLVMValueRef k0, LLVMValueRef n, LLVMValueRef dst);

/* rope (cpu_rope.c): cos and sin of position pos (i32, < capacity) for the
 * rope.dims/2 pairs into cs (f32, tile_rope_cs_floats of them); then
 * tile_rope_rotate turns the rope.dims floats at x (f32, in place) by them,
 * pairs as rope.style says. */
int tile_rope_cs_floats(cg *g);
void tile_rope_cs(cg *g, LLVMValueRef pos, LLVMValueRef cs);
void tile_rope_rotate(cg *g, LLVMValueRef cs, LLVMValueRef x);
/* rope_read: the n elements of a key row at src (cache type) converted to
 * f32 vectors at dst, its RoPE part (from plan.rope_off) rotated by
 * e->rope_cs, which holds the key's position's cos/sin (tile_rope_cs). */
void tile_rope_key(cg *g, tile_env *e, LLVMValueRef src, LLVMValueRef dst, int n);

void cg_tile_dot(cg *g, tile_env *e);
void cg_tile_lanes(cg *g, tile_env *e);

#endif
