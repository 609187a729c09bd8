/*
 * Shared by the runtime's test suites: deterministic random cases, output
 * poisoning, the comparison against attnrt_reference, and `scalar_tile`, a
 * plain C tile function that implements the attn_work contract of kernel.h
 * the way generated code must (f32 accumulation, online softmax in log2
 * units), so dispatch can be tested without the compiler.
 */
#ifndef ATTNRT_TESTUTIL_H
#define ATTNRT_TESTUTIL_H

#include <stdatomic.h>
#include <stdint.h>

#include "attncc/attnrt.h"

#define TC_MAX_BATCH 8

/* splitmix64; the base seed is ATTNCC_TEST_SEED or a fixed default. */
uint64_t tu_seed(void);
uint64_t tu_next(uint64_t *s);
float tu_uniform(uint64_t *s); /* [-1, 1) */

attn_info tu_info(int32_t hq, int32_t hkv, int32_t dim, int32_t v_dim, int32_t phase, int32_t capacity);

/* One call's arguments with the buffers behind them. */
typedef struct tcase {
  attn_info info;
  attn_args args;
  int32_t kv_len[TC_MAX_BATCH], q_len[TC_MAX_BATCH];
  int64_t total_q;
  void *q, *k, *v, *out;
  float *lse;
} tcase;

/* Allocates and fills a case: q and the first kv_len[b] cache positions
 * random in [-1, 1), cache positions beyond kv_len[b] NaN (so reading them
 * shows), out/lse poisoned with NaN.  q_len may be null (decode/prefill). */
void tc_init(tcase *c, const attn_info *info, int32_t batch, const int32_t *kv_len,
             const int32_t *q_len, uint64_t seed);
void tc_poison(tcase *c);
void tc_free(tcase *c);

/* Tolerance on out for a dtype, relative to max(1, |ref|); lse uses TOL_LSE. */
double tu_tol(int32_t dtype_out);
#define TOL_LSE 1e-5

/* Runs attnrt_reference on the same inputs and compares out/lse.  Returns
 * the number of mismatching elements (NaN counts), the first described in
 * msg; *max_err gets the largest relative error seen (may be null). */
int tc_compare(const tcase *c, char *msg, size_t msg_size, double *max_err);

/* ---- cache format, written out again from docs/layouts.md -------------- */

/* Bytes of a row's elements and of its scales for `dtype` and width w. */
size_t tu_row_bytes(int32_t dtype, int32_t w);
size_t tu_scale_bytes(int32_t dtype, int32_t w);
/* Row (seq b, position p, KV head h) of the K (which 0) or V cache `cache`
 * (kv store) in info's layout; table: the page table (paged).  *scale gets
 * the row's scales (i8, q4) or null. */
unsigned char *tu_row(const attn_info *in, void *cache, const int32_t *table, int which, int32_t b, int32_t p,
                      int32_t h, unsigned char **scale);
/* Encodes x[0..w) as a row of dtype (i8 and q4 with their scales) and
 * decodes element k of such a row: the quantizers of docs/layouts.md. */
void tu_encode(int32_t dtype, int32_t w, const float *x, unsigned char *row, unsigned char *scale);
float tu_decode(int32_t dtype, const unsigned char *row, const unsigned char *scale, int32_t k);

/* The scalar tile reads its shapes from here (generated code bakes them in). */
extern const attn_info *scalar_tile_info;
extern atomic_long scalar_tile_calls;   /* calls */
extern atomic_long scalar_tile_partial; /* calls with part != null */
extern atomic_long scalar_tile_bad;     /* calls that broke the contract */
void scalar_tile(const attn_args *a, const attn_work *w);

/* A descriptor around scalar_tile; head_block 0 means the whole group. */
attn_kernel tu_kernel(const attn_info *info, int32_t q_tile, int32_t head_block, int32_t key_align,
                      int32_t min_split);

#endif
