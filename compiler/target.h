/*
 * What the planner and the IR helpers may know of a target: facts, never its
 * name (STYLE.md 4).  compiler/backend fills one from LLVM's view of the host
 * or from --target/--cpu/--features.
 */
#ifndef ATTNCC_TARGET_H
#define ATTNCC_TARGET_H

typedef struct cc_target {
  const char *triple;
  const char *cpu;
  const char *features;  /* LLVM feature string, "+avx2,+fma,..." */
  int vec_bytes;         /* widest float vector worth using: 64, 32 or 16 */
  int vregs;             /* vector registers of that width */
  int has_fma;           /* fused multiply-add in hardware */
  int has_f16_convert;   /* vector f16 <-> f32 conversion (F16C / AVX-512 / NEON) */
  int has_bf16_dot;      /* vdpbf16ps-class instructions */
  int l1d_bytes, l2_bytes;
  int x86;               /* x86-64: allows `fpext half` without libcalls only with f16 convert */
} cc_target;

#endif
