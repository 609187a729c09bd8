/*
 * Target facts from LLVM: the host's CPU and features, or the user's
 * --target/--cpu/--features.  The C API cannot list a named CPU's features,
 * so for --cpu without --features the facts come from a small table of CPU
 * families; an unknown CPU gets conservative facts (correct, narrower code).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/Support.h>
#include <llvm-c/Target.h>

#include "backend.h"

static pthread_once_t llvm_once = PTHREAD_ONCE_INIT;

/*
 * The post-RA list scheduler took half of code generation on the first,
 * fully unrolled tiles (llc -time-passes: 250 of 500 ms), and the pre-RA
 * machine scheduler costs ~6% of a cold compile now; neither changed the
 * kernels' speed on out-of-order cores (prefill 290 GFLOP/s, decode 28 GB/s
 * with and without).  Both are off for attncc's use of LLVM (process-wide
 * LLVM options: docs/architecture.md).
 */
static void init_llvm(void) {
  const char *argv[] = {"attncc", "-post-RA-scheduler=false", "-enable-misched=false"};
  LLVMParseCommandLineOptions(3, argv, NULL);
  LLVMInitializeAllTargetInfos();
  LLVMInitializeAllTargets();
  LLVMInitializeAllTargetMCs();
  LLVMInitializeAllAsmPrinters();
}

void be_init_llvm(void) { pthread_once(&llvm_once, init_llvm); }

/* Is "+name" in a comma-separated feature string (and not later "-name")? */
static int has_feature(const char *fs, const char *name) {
  int on = 0;
  size_t n = strlen(name);
  for (const char *p = fs; p && *p;) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len == n + 1 && strncmp(p + 1, name, n) == 0) on = p[0] == '+';
    p = e ? e + 1 : NULL;
  }
  return on;
}

/* Features implied by x86 CPU names, for --cpu without --features.  Every
 * AVX2 entry names +avx too: the plan's vector width comes from "avx" (a
 * --cpu znver3 build without it planned 4-lane vectors). */
static const struct {
  const char *prefix;
  const char *features;
} cpu_table[] = {
    {"x86-64-v4", "+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c"},
    {"x86-64-v3", "+avx,+avx2,+fma,+f16c"},
    {"x86-64-v2", "+sse4.2"},
    {"x86-64", "+sse2"},
    {"sapphirerapids", "+avx512f,+evex512,+avx512bw,+avx512vl,+avx512bf16,+avx,+avx2,+fma,+f16c"},
    {"znver4", "+avx512f,+evex512,+avx512bw,+avx512vl,+avx512bf16,+avx,+avx2,+fma,+f16c"},
    {"znver5", "+avx512f,+evex512,+avx512bw,+avx512vl,+avx512bf16,+avx,+avx2,+fma,+f16c"},
    {"cooperlake", "+avx512f,+evex512,+avx512bw,+avx512vl,+avx512bf16,+avx,+avx2,+fma,+f16c"},
    {"skylake-avx512", "+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c"},
    {"cascadelake", "+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c"},
    {"icelake", "+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c"},
    {"tigerlake", "+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c"},
    {"haswell", "+avx,+avx2,+fma,+f16c"},
    {"broadwell", "+avx,+avx2,+fma,+f16c"},
    {"skylake", "+avx,+avx2,+fma,+f16c"},
    {"alderlake", "+avx,+avx2,+fma,+f16c"},
    {"znver1", "+avx,+avx2,+fma,+f16c"},
    {"znver2", "+avx,+avx2,+fma,+f16c"},
    {"znver3", "+avx,+avx2,+fma,+f16c"},
};

static const char *cpu_features(const char *cpu) {
  for (size_t i = 0; i < sizeof cpu_table / sizeof cpu_table[0]; i++)
    if (strcmp(cpu, cpu_table[i].prefix) == 0) return cpu_table[i].features;
  return "";
}

static void derive_facts(cc_target *f, const char *fs, int x86, int aarch64) {
  f->x86 = x86;
  if (x86 && has_feature(fs, "avx512f") && has_feature(fs, "evex512")) {
    f->vec_bytes = 64;
    f->vregs = 32;
  } else if (x86 && has_feature(fs, "avx")) {
    f->vec_bytes = 32;
    f->vregs = 16;
  } else {
    f->vec_bytes = 16;
    f->vregs = aarch64 ? 32 : 16;
  }
  f->has_fma = aarch64 || (x86 && has_feature(fs, "fma"));
  f->has_f16_convert = aarch64 || (x86 && (has_feature(fs, "f16c") || has_feature(fs, "avx512f")));
  f->has_bf16_dot = x86 && has_feature(fs, "avx512bf16");
}

int be_target_init(cc_arena *a, const char *triple, const char *cpu, const char *features,
                   int l1d_bytes, int l2_bytes,
                   be_target *t, attncc_diags *d) {
  be_init_llvm();
  memset(t, 0, sizeof *t);
  int host = !triple || !*triple;
  char *tr = host ? LLVMGetDefaultTargetTriple() : LLVMNormalizeTargetTriple(triple);
  t->facts.triple = cc_strdup(a, tr);
  LLVMDisposeMessage(tr);
  char *err = NULL;
  if (LLVMGetTargetFromTriple(t->facts.triple, &t->target, &err)) {
    cc_diag(d, ATTNCC_ERROR, "<command line>", NULL, 0, 0, 0, "unknown target '%s': %s",
            t->facts.triple, err ? err : "");
    LLVMDisposeMessage(err);
    return -1;
  }
  int x86 = strncmp(t->facts.triple, "x86_64", 6) == 0;
  int aarch64 = strncmp(t->facts.triple, "aarch64", 7) == 0;
  if (!x86 && !aarch64) {
    cc_diag(d, ATTNCC_ERROR, "<command line>", NULL, 0, 0, 0,
            "target '%s' is not supported yet (x86_64 and aarch64 are)", t->facts.triple);
    return -1;
  }

  const char *fs;
  if (host && (!cpu || !*cpu)) {
    char *c = LLVMGetHostCPUName(), *f = LLVMGetHostCPUFeatures();
    t->facts.cpu = cc_strdup(a, c);
    fs = cc_strdup(a, f);
    LLVMDisposeMessage(c);
    LLVMDisposeMessage(f);
  } else {
    t->facts.cpu = cc_strdup(a, cpu && *cpu ? cpu : (x86 ? "x86-64" : "generic"));
    fs = x86 ? cpu_features(t->facts.cpu) : "";
  }
  if (features && *features) fs = cc_sprintf(a, "%s%s%s", fs, *fs ? "," : "", features);
  /* AVX-512 without +evex512 aborts LLVM 19's code generator: imply it. */
  if (x86 && has_feature(fs, "avx512f") && !has_feature(fs, "evex512") &&
      !strstr(fs, "-evex512"))
    fs = cc_sprintf(a, "%s,+evex512", fs);
  t->facts.features = fs;
  derive_facts(&t->facts, fs, x86, aarch64);

  t->facts.l1d_bytes = 32 * 1024;
  t->facts.l2_bytes = 1024 * 1024;
  if (host) {
#ifdef _SC_LEVEL1_DCACHE_SIZE
    long l1 = sysconf(_SC_LEVEL1_DCACHE_SIZE), l2 = sysconf(_SC_LEVEL2_CACHE_SIZE);
    if (l1 > 0) t->facts.l1d_bytes = (int)l1;
    if (l2 > 0) t->facts.l2_bytes = (int)l2;
#endif
  }
  if (l1d_bytes > 0) t->facts.l1d_bytes = l1d_bytes;
  if (l2_bytes > 0) t->facts.l2_bytes = l2_bytes;
  return 0;
}

LLVMTargetMachineRef be_target_machine(const be_target *t, int opt_level) {
  static const LLVMCodeGenOptLevel lv[] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
                                           LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive};
  return LLVMCreateTargetMachine(t->target, t->facts.triple, t->facts.cpu, t->facts.features,
                                 lv[opt_level < 0 ? 0 : opt_level > 3 ? 3 : opt_level],
                                 LLVMRelocPIC, LLVMCodeModelDefault);
}
