/*
 * attncc-bench internals: machine ceilings (ceiling.c), the OpenBLAS
 * attention baseline (baseline.c) and small helpers shared with main.c.
 * ceiling.c and baseline.c are compiled with -O3 -march=native.
 */
#ifndef ATTNCC_BENCH_H
#define ATTNCC_BENCH_H

#include <stddef.h>
#include <stdint.h>

/* ---- memory ---------------------------------------------------------- */

/* Allocation aligned to 2 MiB and advised for transparent huge pages (the
 * same treatment for ceiling arrays, kernel data and baseline data).
 * Exits with a message when out of memory.  Free with free(). */
void *bench_alloc(size_t bytes);

/* ---- ceilings (ceiling.c) -------------------------------------------- */

/* a[0..n) = deterministic values, first-touched by the threads that read it
 * (the same static partition as bench_read / bench_copy).  n % 256 == 0. */
void bench_fill_parallel(float *a, size_t n, int threads);
/* Sum of a[0..n) with `threads` OpenMP threads, 8 independent vector
 * accumulators each; returns the sum (so the loads cannot be dropped). */
double bench_read(const float *a, size_t n, int threads);
/* b[i] = a[i], STREAM-copy style (the caller counts 2 * n * 4 bytes). */
void bench_copy(float *b, const float *a, size_t n, int threads);

/* Independent FMA chains on vector registers: every thread runs `iters`
 * iterations of `chains` fused multiply-adds on `lanes`-wide f32 vectors.
 * Returns a checksum; *flops_per_iter (all threads) is set to
 * threads * chains * lanes * 2. */
double bench_fma_f32(long iters, int threads, double *flops_per_iter);
/* Which code path bench_fma_f32 uses ("avx512f 16 zmm chains", ...). */
const char *bench_fma_f32_path(void);

/* bf16 dot products (vdpbf16ps, 16 chains of zmm): each instruction does, in
 * each of its 16 f32 lanes, 2 bf16 multiplies and 2 adds = 4 FLOPs, i.e.
 * 64 FLOPs per instruction.  Returns -1 (and leaves *flops_per_iter 0) when
 * the CPU lacks avx512bf16. */
double bench_dot_bf16(long iters, int threads, double *flops_per_iter);

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
  int prefill;             /* 0: decode (one query per sequence, the last position) */
  const int32_t *kv_len;
  const float *q, *k, *v;  /* q: [total_q][Hq][D] */
  float *out;              /* [total_q][Hq][Dv] */
  float scale;
  int threads;
  blas_style style;
  float **scratch;         /* [threads] score buffers, blas_scratch_floats() each */
} blas_attn;

size_t blas_scratch_floats(const blas_attn *a);
void blas_attention(const blas_attn *a);
/* OpenBLAS' name for the kernels it picked at load ("SkylakeX", "Zen", ...). */
const char *blas_corename(void);
/* openblas_get_config(): version and build options. */
const char *blas_config(void);

#endif /* ATTNCC_BENCH_H */
