/*
 * tools/ceiling: this machine's ceilings, measured the way attncc-bench and
 * `attncc calibrate` both need them (docs/performance.md, docs/explain.md):
 * read and copy bandwidth over arrays far larger than the caches, with all
 * threads; the f32 FMA peak; the bf16 dot-product peak where the CPU has
 * vdpbf16ps.  Prefix ceil_.  Never prints, never exits.
 */
#ifndef ATTNCC_CEILING_H
#define ATTNCC_CEILING_H

#include <stddef.h>

/* Allocation aligned to 2 MiB and advised for transparent huge pages;
 * null when out of memory.  Free with free(). */
void *ceil_alloc(size_t bytes);

/* a[0..n) = deterministic values, first-touched by the threads that read it
 * (the same static partition as ceil_read / ceil_copy).  n % 256 == 0. */
void ceil_fill(float *a, size_t n, int threads);
/* Sum of a[0..n) with `threads` OpenMP threads, 8 independent vector
 * accumulators each; returns the sum (so the loads cannot be dropped). */
double ceil_read(const float *a, size_t n, int threads);
/* b[i] = a[i], STREAM-copy style (the caller counts 2 * n * 4 bytes). */
void ceil_copy(float *b, const float *a, size_t n, int threads);

/* Independent FMA chains on vector registers: every thread runs `iters`
 * iterations of `chains` fused multiply-adds on `lanes`-wide f32 vectors.
 * Returns a checksum; *flops_per_iter (all threads) is set to
 * threads * chains * lanes * 2. */
double ceil_fma_f32(long iters, int threads, double *flops_per_iter);
/* Which code path ceil_fma_f32 uses ("avx512f fma, 16 zmm chains", ...). */
const char *ceil_fma_f32_path(void);

/* bf16 dot products (vdpbf16ps, 16 chains of zmm): each instruction does, in
 * each of its 16 f32 lanes, 2 bf16 multiplies and 2 adds = 4 FLOPs, i.e.
 * 64 FLOPs per instruction.  Returns -1 (and leaves *flops_per_iter 0) when
 * the CPU lacks avx512bf16. */
double ceil_dot_bf16(long iters, int threads, double *flops_per_iter);

/* A whole calibration: `reps` timed passes of each ceiling after a warm-up. */
typedef struct ceil_opts {
  int threads;        /* 0: the OpenMP default (all cores) */
  size_t read_bytes;  /* read array (the copy moves half of it each way) */
  int reps;           /* 1..64 */
  double fma_pass_s;  /* seconds per FMA / bf16 pass (0: 0.02) */
} ceil_opts;

typedef struct ceil_result {
  int threads, reps;
  size_t read_bytes;
  double read_gbs, read_best;     /* GB/s (1e9 bytes), median and best */
  double copy_gbs, copy_best;     /* read + write bytes counted */
  double fma_gflops, fma_best;    /* f32 FMA, 2 FLOPs per lane */
  double bf16_gflops, bf16_best;  /* 0: no avx512bf16 */
  const char *fma_path;
} ceil_result;

/* 0, or -1 when the arrays cannot be allocated. */
int ceil_measure(const ceil_opts *o, ceil_result *r);

#endif
