/*
 * attncc kernel ABI, version 7 (docs/abi.md lists what changed since 1).
 *
 * Every kernel attncc emits, ahead of time or in the JIT, is called through
 * this header.  Everything that varies at run time travels in one versioned
 * argument struct, `attn_args`; everything the spec fixes (heads, dims, dtypes,
 * layout, mask) is baked into the code.  For a spec named NAME the compiler
 * emits (see docs/abi.md):
 *
 *   int         NAME(const attn_args *a);              whole operation, threaded
 *   int64_t     NAME_tasks(const attn_args *a);        task count (>= 0) or error
 *   int         NAME_task(const attn_args *a, int64_t i);  one task
 *   int64_t     NAME_workspace(const attn_args *a);    scratch bytes (>= 0) or error
 *   int         NAME_append(const attn_args *a);       write new K/V into the cache
 *   const attn_info *NAME_info(void);                  static metadata
 *
 * Errors are negative `attn_status` codes; `attnrt_strerror` names them and
 * `attnrt_last_error` gives the calling thread's detail message.
 *
 * Rule: a field's meaning never changes without bumping ATTN_ABI_VERSION.
 */
#ifndef ATTNCC_KERNEL_H
#define ATTNCC_KERNEL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ATTN_ABI_VERSION 7

/* Status codes: 0 is success, errors are negative. X-macro: code, name, text. */
#define ATTN_STATUS_LIST(X)                                                    \
  X(ATTN_OK, 0, "success")                                                     \
  X(ATTN_E_ABI, -1, "argument struct has an ABI version or size this kernel cannot read") \
  X(ATTN_E_NULL, -2, "a required pointer is null")                            \
  X(ATTN_E_RANGE, -3, "a length or count is out of range")                   \
  X(ATTN_E_CAPACITY, -4, "a sequence would exceed the cache capacity")        \
  X(ATTN_E_WORKSPACE, -5, "the workspace is too small")                       \
  X(ATTN_E_NOMEM, -6, "out of memory")                                        \
  X(ATTN_E_TASK, -7, "task index out of range")                             \
  X(ATTN_E_SINGULAR, -8, "a matrix to invert is singular (or numerically so)") \
  X(ATTN_E_PAGE, -9, "a page index is outside the pool, or a page to write is shared")

typedef enum attn_status {
#define ATTN_X_(sym, val, text) sym = val,
  ATTN_STATUS_LIST(ATTN_X_)
#undef ATTN_X_
} attn_status;

/* Element types of queries, cache and outputs.  The quantized types (ABI 5)
 * are cache types only; docs/layouts.md gives their bytes and error bounds. */
typedef enum attn_dtype {
  ATTN_F32 = 0,
  ATTN_F16 = 1,       /* IEEE binary16 */
  ATTN_BF16 = 2,      /* bfloat16: the upper half of a binary32 */
  ATTN_I8 = 3,        /* int8, symmetric, an f32 scale per token and KV head */
  ATTN_FP8_E4M3 = 4,  /* OCP E4M3FN: bias 7, max 448, no infinities */
  ATTN_FP8_E5M2 = 5,  /* OCP E5M2: bias 15 (the upper byte of a binary16) */
  ATTN_Q4 = 6         /* 4-bit, groups of 32 elements with an f16 scale each */
} attn_dtype;

typedef enum attn_phase {
  ATTN_DECODE = 0,  /* one new query per sequence, the last position */
  ATTN_PREFILL = 1, /* a query for every cached position */
  ATTN_MIXED = 2    /* q_len[b] >= 0 new queries: the last q_len[b] positions */
} attn_phase;

/* Where a sequence's tokens live (spec cache.layout; paged and ring: ABI 5). */
typedef enum attn_layout {
  ATTN_CONTIGUOUS = 0, /* a block of `capacity` tokens per sequence */
  ATTN_PAGED = 1,      /* pages of `page_size` tokens from a shared pool, by page_table */
  ATTN_RING = 2        /* a block of `capacity` tokens per sequence; position p in slot p % capacity */
} attn_layout;

/* What the cache holds (spec cache.store). */
typedef enum attn_store {
  ATTN_STORE_KV = 0,     /* keys and values */
  ATTN_STORE_K_ONLY = 1, /* keys only; values V = K * W_kv (slim attention, MHA) */
  ATTN_STORE_X = 2,      /* the layer input X (X-cache, ABI 3) */
  ATTN_STORE_LATENT = 3, /* a latent plus a decoupled RoPE key (MLA, ABI 3) */
  ATTN_STORE_V_ONLY = 4  /* values only, without their bias; keys K = V W_vk (attncc 0.5) */
} attn_store;

typedef enum attn_order {
  ATTN_TOKEN_MAJOR = 0, /* cache[b][token][kv_head][dim] */
  ATTN_HEAD_MAJOR = 1   /* cache[b][kv_head][token][dim] */
} attn_order;

/* Rotary position embedding (spec `rope:`, ABI 4).  Position p rotates
 * each pair (x, y) of a vector by the angle p * inv_freq[i]:
 *   (x, y) -> (x cos - y sin, x sin + y cos)
 * pair i being elements (i, i + dims/2) (neox) or (2i, 2i + 1) (gptj) of the
 * rotated part: the first `dims` elements of each query and key head (kv,
 * k_only), or the decoupled RoPE part (latent: the last rope_dim elements of
 * each query head and of each cache row).  A key sits at its position p
 * (its cache index for contiguous caches; a ring's slot p % capacity and a
 * page's slot hold position p); query i of sequence b at
 * kv_len[b] - q_len[b] + i.  Queries
 * arrive un-rotated; the kernel rotates them.  on_read: the cache holds
 * un-rotated keys and the kernel rotates each key it scores (k_only: the
 * values still come from the un-rotated keys).  on_write: NAME_append
 * rotates keys as it writes them and the kernel reads them as they are. */
typedef enum attn_rope_style {
  ATTN_ROPE_NEOX = 0, /* rotate_half: pairs (i, i + dims/2) */
  ATTN_ROPE_GPTJ = 1  /* interleaved: pairs (2i, 2i + 1) */
} attn_rope_style;

typedef enum attn_rope_apply {
  ATTN_ROPE_ON_READ = 0,
  ATTN_ROPE_ON_WRITE = 1
} attn_rope_apply;

typedef struct attn_rope {
  int32_t dims;             /* rotated elements (even) */
  int32_t style;            /* attn_rope_style */
  int32_t apply;            /* attn_rope_apply */
  int32_t reserved;         /* 0 */
  const double *inv_freq;   /* [dims/2] radians per position, rope.scaling applied */
} attn_rope;

/*
 * Run-time arguments.  Set abi_version = ATTN_ABI_VERSION and
 * struct_size = sizeof(attn_args) first; zero-initialize the rest so that
 * optional pointers are null.  Shapes (Hq, Hkv, D, Dv, capacity from the spec):
 *
 *   q      [total_q][Hq][D]    in types.q   (rows packed by sequence)
 *   out    [total_q][Hq][Dv]   in types.out
 *   lse    [total_q][Hq]       float, natural log; -inf for a row with no key
 *   k_cache, v_cache: blocks of T tokens, T = capacity (contiguous, ring;
 *          block b is sequence b's) or page_size (paged; block i is page i
 *          of the pool, sequence b's token p in page page_table[b][p / T]).
 *          A block, per `cache.order`, in types.cache:
 *            token_major: [T][Hkv][D or Dv]
 *            head_major:  [Hkv][T][D or Dv]
 *          i8 and q4 blocks hold their scales after the elements (i8: an
 *          f32 per token and head, [T][Hkv] or [Hkv][T]; q4: an f16 per 32
 *          elements, [T][Hkv][D/32] or [Hkv][T][D/32]); q4 packs elements
 *          2i and 2i+1 in the low and high nibble of byte i; the block's
 *          size is attnrt_block_bytes.  docs/layouts.md, byte by byte.
 *          ring: position p of a sequence sits in slot p % capacity, and
 *          kv_len may exceed capacity (the last capacity tokens are kept).
 *
 * cache.store: k_only (slim attention; MHA, token_major): only k_cache is
 * read (v_cache and v_new are ignored).  Head h's values are
 * V_h = K W_kv[:, h*Dv .. h*Dv+Dv) + b_h, where a K row is all heads' keys
 * of a token (E = Hq*D floats) and
 *   w_out    [E][Hq*Dv]  float, W_kv = W_k^-1 W_v (attnrt_slim_fold)
 *   out_bias [Hq*Dv]     float or null: b = b_v - b_k W_kv (docs/slim.md)
 * A row that sees no key still gets out = 0 (the bias is not added).
 *
 * cache.store: v_only (attncc 0.5; MHA, token_major): k_cache holds each
 * token's values without their bias, one row of E = Hq*Dv floats,
 * [batch][capacity][E] (V - b_v = X W_v: NAME_append writes v_new rows
 * minus out_bias); v_cache and w_out are ignored.  Head h's keys are
 * K_h = row W_vk[:, h*D .. h*D+D) and its values the row's h*Dv .. h*Dv+Dv
 * slice, with
 *   w_absorb [E][Hq*D]  float, W_vk = W_v^-1 W_k (attnrt_slim_fold)
 *   out_bias [Hq*Dv]    float or null: b_v, added to rows that see a key
 * The kernel absorbs W_vk into each query (q~_h = q_h W_vk,h^T against the
 * whole row).  Keys carry no K bias: lse is lower by scale q.b_k than with
 * K = X W_k + b_k (the outputs are the same).
 *
 * cache.store: x and latent (ABI 3): k_cache holds one row of R = cache_dim
 * floats per token, [batch][capacity][R] (both orders are this one layout),
 * and v_cache is ignored.  With Dn = D - rope_dim, head h of KV head
 * g = h / (Hq/Hkv) uses
 *   w_absorb [U][Hkv*Dn] float: x: W_k (U = R = model.d_model);
 *                               latent: W_uk (U = R - rope_dim = latent_dim)
 *   w_out    [U][Hkv*Dv] float: x: W_v; latent: W_uv
 *   out_bias [Hkv*Dv]    float or null: x: b_v (b_k cancels in the softmax)
 * keys k_j = (X_j[0..U) W_absorb,g  ++  X_j[U..R))   (the second part: the
 * latent's RoPE key; empty for x), values v_j = X_j[0..U) W_out,g + b_g,
 * where W_.,g are the columns g*Dn .. g*Dn+Dn (g*Dv .. for W_out).  The
 * kernel absorbs W_absorb into each query and W_out into each output
 * (docs/slim.md); q holds q_h = (q_nope ++ q_rope), D = Dn + rope_dim.
 *
 * total_q is batch (decode), sum kv_len (prefill), sum q_len (mixed).
 * Query i of sequence b sits at key position kv_len[b] - q_len[b] + i.
 */
typedef struct attn_args {
  uint32_t abi_version;   /* ATTN_ABI_VERSION */
  uint32_t struct_size;   /* sizeof(attn_args) */
  int32_t batch;          /* number of sequences, >= 0 */
  int32_t num_threads;    /* 0: OMP_NUM_THREADS or the OpenMP default */
  const int32_t *kv_len;  /* [batch] keys visible to the sequence, incl. new ones */
  const int32_t *q_len;   /* [batch] new queries (mixed; null for decode/prefill) */
  const void *q;
  void *out;
  float *lse;             /* null unless the spec has output.lse */
  void *k_cache;
  void *v_cache;
  void *workspace;        /* NAME_workspace() bytes, 64-byte aligned; null: NAME uses a
                             buffer the runtime keeps per calling thread (NAME_tasks/NAME_task
                             need it when it is > 0) */
  size_t workspace_size;
  /* NAME_append: new_len[b] tokens of k_new/v_new ([sum new_len][Hkv][D|Dv],
   * in types.q) are written at positions kv_len[b] .. kv_len[b]+new_len[b]-1. */
  const int32_t *new_len;
  const void *k_new;
  const void *v_new;
  /* ABI 2: the output projection of k_only (W_kv), x (W_v), latent (W_uv); else unused. */
  const float *w_out;
  const float *out_bias;
  /* ABI 3: weights absorbed into the queries (store x, latent; else unused). */
  const float *w_absorb;
  /* ABI 5, cache.layout paged (else unused): sequence b's page j (tokens
   * j*page_size ..) is page page_table[b * pages_per_seq + j] of the pools
   * k_cache and v_cache point to, pages_per_seq = ceil(capacity / page_size).
   * Entries for positions a call reads or writes must lie in [0, num_pages)
   * (ATTN_E_PAGE otherwise, before anything is written).  page_refs
   * [num_pages] (attnrt_pages keeps it) is required by NAME_append, which
   * refuses to write into a page whose count is not 1 (ATTN_E_PAGE: copy it
   * first, attnrt_page_unshare). */
  const int32_t *page_table;
  int32_t num_pages;
  int32_t reserved5;      /* 0 */
  const int32_t *page_refs;
  /* ABI 7 (attncc 0.13), the run-time parts of the mask; each is read only
   * when the spec has the key (attn_info says which), else unused:
   * mask.prefix_lm: prefix_len[batch]; sequence b's keys at positions
   *   0 .. prefix_len[b] - 1 are visible to all its queries (>= 0; the
   *   causal mask still applies to the others).
   * mask.documents: doc_id[batch * capacity]; doc_id[b * capacity + p] is
   *   the document of sequence b's token at position p, non-decreasing in p
   *   over p < kv_len[b] (packed sequences; ATTN_E_RANGE otherwise); a
   *   query sees only keys of its own document.
   * mask.block_sparse: a BSR layout per sequence over blocks of
   *   info->block_size positions, nb = ceil(capacity / block_size) block
   *   rows: query block i of sequence b sees key blocks
   *   block_col[block_row[b * (nb + 1) + i] .. block_row[b * (nb + 1) + i + 1] - 1],
   *   strictly increasing, each in [0, nb) (ATTN_E_RANGE otherwise).
   * tensors: the spec's tensors in declaration order (info->tensor[i]
   *   gives each one's shape and type), row-major; non-null. */
  const int32_t *prefix_len;
  const int32_t *doc_id;
  const int32_t *block_row;
  const int32_t *block_col;
  const void *const *tensors;
} attn_args;

/* ABI 7: one run-time tensor of a spec's `tensors:` (expressions index it). */
enum { ATTN_TENSOR_MAX_RANK = 4, ATTN_TENSOR_BATCH = -1 };
typedef struct attn_tensor {
  const char *name;
  int32_t is_int;  /* 0: f32 elements, 1: int32 */
  int32_t rank;    /* 1 .. ATTN_TENSOR_MAX_RANK */
  int32_t dims[ATTN_TENSOR_MAX_RANK]; /* > 0, or ATTN_TENSOR_BATCH: the call's batch */
} attn_tensor;

/* Static metadata of a compiled kernel: NAME_info(). */
typedef struct attn_info {
  uint32_t abi_version;
  uint32_t spec_version;  /* the spec's `attncc:` format version */
  uint64_t spec_hash;     /* FNV-1a 64 of the canonical spec text */
  const char *name;
  const char *spec_text;  /* canonical spec (all keys, defaults filled in) */
  int32_t heads_q, heads_kv, dim, v_dim;
  int32_t dtype_q, dtype_cache, dtype_out; /* attn_dtype */
  int32_t phase;          /* attn_phase */
  int32_t layout, order;  /* attn_layout, attn_order */
  int32_t capacity;
  int32_t causal, lse;    /* 0 or 1 */
  float scale;
  int32_t store;          /* attn_store (ABI 2) */
  /* ABI 3: floats per cached token row for k_only (Hq*D), x (model.d_model)
   * and latent (latent_dim + rope_dim); 0 for kv.  rope_dim: latent only. */
  int32_t cache_dim, rope_dim;
  /* ABI 4: the spec's `rope:`; null when it has none. */
  const attn_rope *rope;
  /* ABI 5: tokens per page (paged; else 0) and mask.window (keys within the
   * last `window` positions of a query, its own included; 0: no window). */
  int32_t page_size, window;
  /* ABI 6 (attncc 0.12; docs/abi.md gives the formulas):
   * sinks: mask.sinks, positions 0 .. sinks - 1 stay visible to every query
   *   outside its window (the causal mask still applies); 0: none.
   * alibi: score.alibi, 1: s += m_h * (j - p) for key position j, query
   *   position p and query head h, m_h the ALiBi slopes of heads_q heads;
   *   0: none.
   * softcap: score.softcap c > 0: s -> c * tanh(s / c), after ALiBi; 0: none.
   * s is the scaled score scale * q.k.
   * exprs: bit 0 the spec has mask.expr, bit 1 score.expr (their text is in
   *   spec_text; attnrt_reference refuses such a kernel, attnrt_reference_ex
   *   needs callbacks that evaluate them). */
  int32_t sinks, alibi;
  float softcap;
  int32_t exprs;
  /* ABI 7 (attncc 0.13): mask.prefix_lm and mask.documents (0 or 1),
   * mask.block_sparse's block size (0: none), and the spec's tensors
   * (attn_args gives the arrays). */
  int32_t prefix_lm, documents, block_size;
  int32_t n_tensors;
  const attn_tensor *tensor;
} attn_info;

/* --- Below: the contract between generated code and libattnrt. ---------- */

/*
 * One unit of work for the generated tile function: the query rows
 * [q_begin, q_end) of sequence `seq` for query heads [h_begin, h_end) of KV
 * group `kv_head` (heads relative to the group; G = heads_q / groups heads
 * a group), against keys [k_begin, k_end).  Rows are ordered query-major,
 * head-minor.  part == null: write normalized out (and lse).  Otherwise
 * write the partial state: acc[rows][A] (unnormalized, A = acc_dim), then
 * m[rows] (running max, log2 units of the scaled score), then l[rows] (sum
 * of 2^(s - m)).
 *
 * Spelled out: rows = (q_end - q_begin) * (h_end - h_begin); query qi and
 * group head h form row r = (qi - q_begin) * (h_end - h_begin) + (h - h_begin),
 * reading q and writing out/lse at packed row q_row0 + qi, query head
 * kv_head * G + h.  s = scale * q.k * log2(e); acc is at
 * part, m at part + rows*A, l at part + rows*(A+1).  Query qi sits at key
 * position q_pos0 + qi; under a causal mask it sees only keys <= that
 * position.  A row that sees no key in [k_begin, k_end) writes acc = 0,
 * m = -inf, l = 0 (partial) or out = 0, lse = -inf (final); never NaN.
 * lse is written only when the spec has output.lse.  The runtime never
 * passes an empty key range.  Keys are positions (a ring reads position p
 * at slot p % capacity, a paged cache through the page table); k_begin may
 * be above 0 without a split: with mask.window the runtime starts a unit at
 * the first key its first row sees, and the tile masks each row by its own
 * window (keys >= its position - window + 1, or < sinks).  ABI 6: keys
 * [0, sink_end) are visited too (mask.sinks: the runtime sets sink_end =
 * min(sinks, the unit's first key) for the first split of a unit, else 0).
 */
typedef struct attn_work {
  int64_t q_row0;          /* packed row of the sequence's query 0 */
  int32_t seq, kv_head;
  int32_t h_begin, h_end;
  int32_t q_begin, q_end;
  int32_t q_pos0;          /* key position of query 0: kv_len - q_len */
  int32_t k_begin, k_end;
  int32_t sink_end;        /* ABI 6: also keys [0, sink_end) (mask.sinks); else 0 */
  float *part;
} attn_work;

typedef void (*attn_tile_fn)(const attn_args *, const attn_work *);
/* k_only, x, latent: out row `orow` (packed query row * Hq + head h) =
 * u W_out,g + b_g (g: h's KV head), u the row's normalized value-side
 * accumulator (acc_dim floats); u null: the row saw no key, out = 0. */
typedef void (*attn_project_fn)(const attn_args *, const float *u, int64_t orow);

/* What the runtime needs to know of a kernel; emitted as NAME's descriptor. */
typedef struct attn_kernel {
  const attn_info *info;
  attn_tile_fn tile;
  int32_t q_tile;      /* queries per task (prefill/mixed) */
  int32_t head_block;  /* query heads per task, divides heads_q / heads_kv */
  int32_t key_align;   /* split boundaries are multiples of this */
  int32_t min_split;   /* fewest keys worth a split of its own */
  /* ABI 2.  The tile's own view of the heads, which differs from info's for
   * k_only, x and latent (all heads one group reading whole cache rows): */
  int32_t groups;      /* KV groups the runtime schedules: kv, a divisor of info->heads_kv
                          (a group is heads_kv / groups consecutive KV heads, attncc 0.7);
                          else 1 */
  int32_t acc_dim;     /* floats per row of a partial acc (kv: v_dim; k_only, x:
                          cache_dim; latent: cache_dim - rope_dim).  A k_only kernel
                          in the values-first order (attncc 0.5) has the kv view:
                          groups = heads_kv, acc_dim = v_dim, project null. */
  attn_project_fn project; /* null for kv; else the merge calls it per row */
} attn_kernel;

#ifdef __cplusplus
}
#endif
#endif /* ATTNCC_KERNEL_H */
