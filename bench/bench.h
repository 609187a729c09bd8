/*
 * attncc-bench internals: machine ceilings (tools/ceiling), the OpenBLAS
 * attention baseline (baseline.c) and small helpers shared with main.c.
 * baseline.c is compiled with -O3 -march=native.
 */
#ifndef ATTNCC_BENCH_H
#define ATTNCC_BENCH_H

#include <stddef.h>
#include <stdint.h>

#include "ceiling.h"

/* ---- memory ---------------------------------------------------------- */

/* Allocation aligned to 2 MiB and advised for transparent huge pages (the
 * same treatment for ceiling arrays, kernel data and baseline data).
 * Exits with a message when out of memory.  Free with free(). */
void *bench_alloc(size_t bytes);

/* ---- ceilings (tools/ceiling, shared with `attncc calibrate`) -------- */

/* The bench's names for tools/ceiling/ceiling.h (same meaning). */
static inline void bench_fill_parallel(float *a, size_t n, int threads) { ceil_fill(a, n, threads); }
static inline double bench_read(const float *a, size_t n, int threads) { return ceil_read(a, n, threads); }
static inline void bench_copy(float *b, const float *a, size_t n, int threads) { ceil_copy(b, a, n, threads); }
static inline double bench_fma_f32(long iters, int threads, double *flops_per_iter) {
  return ceil_fma_f32(iters, threads, flops_per_iter);
}
static inline const char *bench_fma_f32_path(void) { return ceil_fma_f32_path(); }
static inline double bench_dot_bf16(long iters, int threads, double *flops_per_iter) {
  return ceil_dot_bf16(iters, threads, flops_per_iter);
}

/* ---- OpenBLAS baseline (baseline.c) ---------------------------------- */

typedef enum blas_style {
  BLAS_STYLE_OMP = 0,     /* OpenMP over (sequence, KV head); OpenBLAS at 1 thread */
  BLAS_STYLE_OPENBLAS = 1 /* serial loop over heads; OpenBLAS threads the GEMMs */
} blas_style;

/* Attention the way a user writes it with a BLAS: S = scale * Q Kᵀ (sgemm),
 * row softmax in plain C with max subtraction (causal: keys past the
 * query's position set to -inf first), O = P V (sgemm).  f32 everything;
 * caches token-major [batch][capacity][Hkv][D]. */
typedef struct blas_attn {
  int batch, hq, hkv, d, dv, capacity;
  int causal;
  int window;              /* mask.window (0: none): keys from the query's position - window + 1 */
  int prefill;             /* 0: decode (one query per sequence, the last position) */
  const int32_t *kv_len;
  const float *q, *k, *v;  /* q: [total_q][Hq][D] */
  float *out;              /* [total_q][Hq][Dv] */
  float scale;
  int threads;
  blas_style style;
  float **scratch;         /* [threads] score buffers, blas_scratch_floats() each */
  /* issue 7's run-time masks (null: none), as attn_args has them */
  const int32_t *doc_id;   /* [batch][capacity] */
  const int32_t *block_row, *block_col;
  int block_size;
} blas_attn;

/* Whether query position i of sequence b sees key j by the documents and the
 * block layout (causal and window are the callers'); a user's mask tensor. */
static inline int blas_visible(const blas_attn *a, int b, int i, int j) {
  if (a->doc_id && a->doc_id[(size_t)b * (size_t)a->capacity + (size_t)i] !=
                       a->doc_id[(size_t)b * (size_t)a->capacity + (size_t)j])
    return 0;
  if (a->block_row) {
    int nb = (a->capacity + a->block_size - 1) / a->block_size, want = j / a->block_size;
    const int32_t *row = a->block_row + (size_t)b * (size_t)(nb + 1) + i / a->block_size;
    for (int32_t t = row[0]; t < row[1]; t++)
      if (a->block_col[t] == want) return 1;
    return 0;
  }
  return 1;
}

size_t blas_scratch_floats(const blas_attn *a);
void blas_attention(const blas_attn *a);
/* OpenBLAS' name for the kernels it picked at load ("SkylakeX", "Zen", ...). */
const char *blas_corename(void);
/* openblas_get_config(): version and build options. */
const char *blas_config(void);

#endif /* ATTNCC_BENCH_H */
