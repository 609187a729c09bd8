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
