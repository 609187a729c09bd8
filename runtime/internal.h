/*
 * libattnrt internals, shared by the runtime's files and nobody else.
 *
 *   error.c      thread-local error detail, status names
 *   convert.c    f16/bf16/fp8 <-> f32, typed load/store
 *   cache.c      where a cache row lives (layouts), quantize/dequantize rows
 *   pages.c      the page pool an engine keeps for a paged cache
 *   check.c      argument checks, total_q, per-phase query counts
 *   reference.c  the double-precision oracle
 *   plan.c       work decomposition: units, split-KV, workspace layout
 *   dispatch.c   tasks, one task, the merge, the threaded run
 *   append.c     writing new K/V into the cache
 *   slim.c       slim attention's weight folding and absorption (LAPACK)
 *
 * Everything here is hidden (STYLE.md 18): the library exports attnrt.h only.
 */
#ifndef ATTNRT_INTERNAL_H
#define ATTNRT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "attncc/attnrt.h"

#if defined(__GNUC__)
#define RT_HIDDEN __attribute__((visibility("hidden")))
#define RT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define RT_HIDDEN
#define RT_PRINTF(f, a)
#endif

/* --- error.c ------------------------------------------------------------ */
/* Records the calling thread's detail message and returns `status`, so that
 * checks read `return rt_fail(ATTN_E_NULL, "q is null");`. */
RT_HIDDEN int rt_fail(int status, const char *fmt, ...) RT_PRINTF(2, 3);
/* Replaces the calling thread's detail with `text` (copied, truncated). */
RT_HIDDEN void rt_set_detail(const char *text);

/* --- check.c ------------------------------------------------------------ */
/* abi_version/struct_size of `a` (ATTN_E_ABI); a must be non-null. */
RT_HIDDEN int rt_check_abi(const attn_args *a);
/* The static metadata is one this runtime can serve: known dtypes, phase,
 * layout and order, heads_q a multiple of heads_kv, positive dims. */
RT_HIDDEN int rt_check_info(const attn_info *info);
/* A kernel descriptor: info valid, tile present, q_tile/key_align/min_split
 * >= 1, head_block divides heads_q/heads_kv. */
RT_HIDDEN int rt_check_kernel(const attn_kernel *k);
/* ABI, batch/num_threads, kv_len (and q_len for mixed) present, and every
 * length in range.  Needs none of the data pointers; *total_q gets the row
 * count.  What attnrt_total_q and attnrt_workspace need. */
RT_HIDDEN int rt_check_lengths(const attn_info *info, const attn_args *a, int64_t *total_q);

/* Everything attnrt_check_args checks except the per-sequence lengths:
 * O(1), what each NAME_task call affords. */
RT_HIDDEN int rt_check_pointers(const attn_info *info, const attn_args *a);

/* The lengths of sequence b alone (pointers already checked); adds its
 * query rows to *total.  Ring: its queries' windows still in the ring. */
RT_HIDDEN int rt_check_seq(const attn_info *info, const attn_args *a, int32_t b, int64_t *total);
/* Paged: the page-table entries of sequence b's positions < kv_len[b] (lengths checked). */
RT_HIDDEN int rt_check_pages(const attn_info *info, const attn_args *a, int32_t b);

/* --- masks.c: the masks given at run time (ABI 7) ------------------------ */
/* prefix_len, doc_id, block_row/block_col non-null where the kernel reads them. */
RT_HIDDEN int rt_check_mask_pointers(const attn_info *in, const attn_args *a);
/* Sequence b's mask data (lengths checked): prefix_len[b] >= 0, doc ids
 * non-decreasing over positions < kv_len[b], block rows of the positions
 * < kv_len[b] increasing with their columns in range and increasing. */
RT_HIDDEN int rt_check_masks(const attn_info *in, const attn_args *a, int32_t b);
/* mask.documents (checked data): the first position of pos's document, and
 * one past its last position below kv. */
RT_HIDDEN int32_t rt_doc_first(const attn_info *in, const attn_args *a, int32_t b, int32_t pos);
RT_HIDDEN int32_t rt_doc_end(const attn_info *in, const attn_args *a, int32_t b, int32_t pos, int32_t kv);
/* The keys [rt_key_lo, rt_key_end) a query of sequence b at position pos
 * may see, by mask.causal, window, prefix_lm and documents (the sinks and
 * block_sparse are outside: a subset of the range, or keys below it). */
RT_HIDDEN int32_t rt_key_lo(const attn_info *in, const attn_args *a, int32_t b, int32_t pos);
RT_HIDDEN int32_t rt_key_end(const attn_info *in, const attn_args *a, int32_t b, int32_t pos, int32_t kv);
/* mask.block_sparse (checked data): whether sequence b's layout lets the
 * query at qpos see the key at kpos. */
RT_HIDDEN int rt_block_visible(const attn_info *in, const attn_args *a, int32_t b, int32_t qpos, int32_t kpos);

/* New queries of sequence b, for arguments that passed the checks: decode 1,
 * prefill kv_len[b] (q_len may be null), mixed q_len[b]. */
static inline int32_t rt_q_len(const attn_info *info, const attn_args *a, int32_t b) {
  if (info->phase == ATTN_DECODE)
    return 1;
  if (info->phase == ATTN_PREFILL)
    return a->kv_len[b];
  return a->q_len[b];
}

/* Row stores whose keys are the row times w_absorb: x, latent, v_only. */
static inline int rt_absorbs(const attn_info *info) {
  return info->store == ATTN_STORE_X || info->store == ATTN_STORE_LATENT || info->store == ATTN_STORE_V_ONLY;
}

/* The window's first key for a query at position pos (0 without a window):
 * it sees keys pos - window + 1 .. (causal: pos; else kv_len - 1). */
static inline int32_t rt_window_lo(const attn_info *info, int32_t pos) {
  int64_t lo = info->window ? (int64_t)pos - info->window + 1 : 0;
  return lo > 0 ? (int32_t)lo : 0;
}

/* --- cache.c ------------------------------------------------------------ */
/* Widest row of an i8 or q4 cache (dim, v_dim; the spec's limit), so that
 * NAME_append quantizes a row from a stack buffer. */
#define RT_QROW_MAX 512
/* Rows per token of a block (kv: heads_kv; row stores: 1), tokens per block
 * (paged: page_size; else capacity), page-table entries per sequence. */
static inline int32_t rt_row_heads(const attn_info *in) {
  return in->store == ATTN_STORE_KV ? in->heads_kv : 1;
}
static inline int32_t rt_block_tokens(const attn_info *in) {
  return in->layout == ATTN_PAGED ? in->page_size : in->capacity;
}
static inline int32_t rt_pages_per_seq(const attn_info *in) {
  return (int32_t)(((int64_t)in->capacity + in->page_size - 1) / in->page_size);
}
/* Elements per row of the K (which 0) or V (1) cache: dim / v_dim (kv),
 * cache_dim / 0 (row stores: no V cache). */
RT_HIDDEN int32_t rt_row_width(const attn_info *in, int which);
/* Bytes of a row's elements and of its scales (i8: an f32; q4: an f16 per 32). */
RT_HIDDEN size_t rt_row_elem_bytes(int32_t dtype, int32_t w);
RT_HIDDEN size_t rt_row_scale_bytes(int32_t dtype, int32_t w);
RT_HIDDEN size_t rt_block_bytes(const attn_info *in, int which);
/* Row (sequence b, position p, head h) of the K or V cache, for checked
 * arguments (paged: the entry in range): its first element byte; *scale
 * (when scale is non-null) its scales, null for the unscaled types. */
RT_HIDDEN char *rt_cache_row(const attn_info *in, const attn_args *a, int which, int32_t b, int32_t p, int32_t h,
                             char **scale);
/* Element k of a row, dequantized. */
RT_HIDDEN float rt_row_get(int32_t dtype, const char *row, const char *scale, int32_t k);
/* Quantizes x[0..w) into a row and its scales (docs/layouts.md). */
RT_HIDDEN void rt_row_put(int32_t dtype, int32_t w, char *row, char *scale, const float *x);
/* Paged: ATTN_E_PAGE unless the entry holding (b, p) lies in [0, num_pages). */
RT_HIDDEN int rt_check_entry(const attn_info *in, const attn_args *a, int32_t b, int32_t p);

/* --- rope.c ------------------------------------------------------------- */
/* cs[0..dims/2) = cos, cs[dims/2..dims) = sin of pos * inv_freq[i]. */
RT_HIDDEN void rt_rope_cs(const attn_rope *r, int32_t pos, double *cs);
/* Rotates x[0..dims) in place by cs, pairs as r->style says. */
RT_HIDDEN void rt_rope_rotate(const attn_rope *r, const double *cs, double *x);
/* First rotated element of a query head (latent: dim - rope_dim; else 0). */
RT_HIDDEN int32_t rt_rope_offset(const attn_info *info);

/* --- plan.c ------------------------------------------------------------- */
/*
 * How one call is cut into tasks (docs/abi.md, "Work decomposition").
 * A unit is (sequence, query tile, kv head, head block); a task is one split
 * of one unit's key range: task = unit * nsplit + split.
 */
typedef struct rt_plan {
  int32_t group;      /* G = heads_q / heads_kv */
  int32_t blocks;     /* head blocks per group: G / head_block */
  int32_t threads;    /* T */
  int32_t nsplit;     /* key splits per unit, >= 1 */
  int32_t rows_max;   /* rows of the largest unit: min(q_tile, max q_len) * head_block */
  int64_t units;
  int64_t tasks;      /* units * nsplit */
  int64_t ws_bytes;   /* workspace bytes; 0 when nsplit == 1 */
} rt_plan;

/* One unit located in the arguments. */
typedef struct rt_unit {
  int32_t seq, kv_head;
  int32_t q_begin, q_end;  /* queries of the sequence, relative to its first */
  int32_t h_begin, h_end;  /* query heads, relative to the group */
  int32_t q_pos0;          /* kv_len - q_len */
  int32_t key_begin;       /* the first key any of its rows sees (window; else 0) */
  int32_t key_end;         /* E: one past the last key any of its rows sees */
  int32_t sink_end;        /* mask.sinks: keys [0, sink_end) too, min(sinks, key_begin) */
  int64_t q_row0;          /* packed row of the sequence's query 0 */
} rt_unit;

/* Workspace layout: a 64-byte header, then units int32 counters padded to
 * 64 bytes, then units * nsplit partial slots of rows_max * (Dv + 2) floats. */
#define RT_WS_ALIGN 64
#define RT_WS_MAGIC 0x61747731u /* "atw1" */
typedef struct rt_ws_header {
  uint32_t magic;
  int32_t nsplit;
  int64_t units;
  int64_t bytes;
} rt_ws_header;

/* Fills *p for arguments that passed rt_check_lengths and a kernel that
 * passed rt_check_kernel.  O(1) for decode with units >= T, else O(batch). */
RT_HIDDEN void rt_plan_make(const attn_kernel *k, const attn_args *a, rt_plan *p);
/* Locates unit `unit` (< p->units).  O(1) for decode, else O(batch). */
RT_HIDDEN void rt_unit_find(const attn_kernel *k, const attn_args *a, const rt_plan *p,
                            int64_t unit, rt_unit *u);
/* Key range [*kb, *ke) of split s of a unit, within [key_begin, key_end)
 * (may be empty). */
RT_HIDDEN void rt_split_range(const attn_kernel *k, const rt_plan *p, const rt_unit *u,
                              int32_t s, int32_t *kb, int32_t *ke);
/* Offsets into the workspace. */
RT_HIDDEN size_t rt_ws_counters_offset(void);
RT_HIDDEN size_t rt_ws_partials_offset(const rt_plan *p);

#endif /* ATTNRT_INTERNAL_H */
