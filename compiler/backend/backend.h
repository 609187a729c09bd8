/*
 * compiler/backend: target machines, the pass pipeline, emission of object /
 * assembly / IR / header files (atomically), the JIT behind
 * include/attncc/attncc.h and its on-disk kernel cache.  be_build runs the
 * whole pipeline spec -> plan -> codegen -> verify -> optimize for the driver
 * and the JIT.
 */
#ifndef ATTNCC_BACKEND_H
#define ATTNCC_BACKEND_H

#include <stdint.h>

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

#include "../plan/plan.h"

typedef struct be_target {
  cc_target facts;      /* what the planner sees */
  LLVMTargetRef target;
} be_target;

/* LLVM's one-time initialization (thread-safe). */
void be_init_llvm(void);

/* Resolves triple/cpu/features (null: host) into facts; errors as diags. */
int be_target_init(cc_arena *a, const char *triple, const char *cpu, const char *features,
                   int l1d_bytes, int l2_bytes,
                   be_target *t, attncc_diags *d);
LLVMTargetMachineRef be_target_machine(const be_target *t, int opt_level);

typedef struct be_build {
  attn_spec spec;
  be_target target;
  attn_plan plan;
  LLVMModuleRef mod;    /* verified; optimized unless opt_level is 0 */
} be_build;

/* Text -> optimized module in ctx.  dump: bit set of BE_DUMP_* printed to
 * `dumpf` as the stages finish (the driver's --dump). */
enum { BE_DUMP_SPEC = 1, BE_DUMP_PLAN = 2, BE_DUMP_IR = 4 };
int be_build_module(cc_arena *a, LLVMContextRef ctx, const char *text, size_t len,
                    const char *file, const attncc_options *o, int dump, void *dumpf,
                    be_build *out, attncc_diags *d);

/* The part of be_build_module after parsing: out->spec and out->target set,
 * fills out->plan and out->mod (plan, codegen, verify, optimize).  tm: the
 * target machine for the passes, or null to make one for this call. */
void be_build_codegen(LLVMContextRef ctx, int opt_level, LLVMTargetMachineRef tm, int dump,
                      void *dumpf, be_build *out);

/* A kernel's code as objects: one from attncc -o, up to BE_PARTS_MAX from the
 * JIT, which compiles parts of the module on threads of their own and links
 * their objects into one JITDylib (docs/architecture.md, "Pass pipeline"). */
enum { BE_PARTS_MAX = 2 };
typedef struct be_objects {
  int n;
  const void *data[BE_PARTS_MAX];
  size_t size[BE_PARTS_MAX];
} be_objects;

/* Part `part` of `parts` (1 <= parts <= BE_PARTS_MAX) of b's module, made in
 * ctx from b->plan: codegen, then only the functions of that part kept
 * (the others declared; what parts share made external), then the passes.
 * Every part builds the whole module and partitions it the same way, so the
 * parts need no shared LLVM context and can be built on different threads;
 * one of them verifies the whole module first.  parts == 1: the whole module,
 * as be_build_codegen makes it. */
LLVMModuleRef be_build_part(LLVMContextRef ctx, const be_build *b, int opt_level,
                            LLVMTargetMachineRef tm, int part, int parts);

/* The pass pipeline for an optimization level (docs/architecture.md). */
const char *be_pipeline(int opt_level);

typedef enum be_kind { BE_OBJECT, BE_ASSEMBLY, BE_LLVM_IR } be_kind;
/* The module as an object, assembly or IR text (malloc'd, *size bytes). */
char *be_emit_buffer(LLVMModuleRef m, const be_target *t, int opt_level, be_kind k, size_t *size,
                     attncc_diags *d);
/* The module as an object from tm, without a clone: m is changed and is the
 * caller's to dispose.  tm must not be used by another thread meanwhile. */
char *be_emit_object(LLVMModuleRef m, LLVMTargetMachineRef tm, size_t *size, attncc_diags *d);
/* Writes n files all-or-nothing as far as the file system allows: every one
 * goes to a temporary beside its path first, and only when all are written
 * are they renamed into place; on failure no temporary is left behind. */
int be_write_files(int n, const char *const *paths, const void *const *data, const size_t *size,
                   attncc_diags *d);
/* The C header declaring NAME, NAME_tasks, ... (malloc'd text). */
char *be_header_text(const attn_spec *s);
int be_write_atomic(const char *path, const void *data, size_t n, attncc_diags *d);

/* --- the kernel cache (cache.c; docs/architecture.md, "JIT and kernel
 * cache"): object code filed under the hash of everything it depends on -------- */

/* Where and how much, from ATTNCC_CACHE, ATTNCC_CACHE_DIR, ATTNCC_CACHE_MAX,
 * XDG_CACHE_HOME and HOME, read at each compile.  dir[0] == 0: caching is
 * off (asked for, or no usable private directory). */
typedef struct be_cache {
  char dir[4096];
  uint64_t max_bytes;
} be_cache;

/* The cache directory from ATTNCC_CACHE_DIR, else $XDG_CACHE_HOME/attncc,
 * else $HOME/.cache/attncc, created (0700) when missing; 0, or -1 with
 * dir[0] == 0 when there is none (or it cannot be made).  Also where
 * `attncc calibrate` keeps machine.yaml.  size leaves 64 bytes for names. */
int be_cache_dir(char *dir, size_t size);
/* Fills c; creates the directory (0700) when missing.  Problems turn the
 * cache off and are at most warnings in d: the cache never fails a compile. */
void be_cache_open(be_cache *c, attncc_diags *d);
/* The key material: attncc build, LLVM, ABI, target facts, optimization
 * level and the canonical spec text (which carries the -D overrides).  Null
 * when this build of attncc cannot be identified (then nothing is cached). */
const char *be_cache_key(cc_arena *a, const attn_spec *s, const cc_target *t, int opt_level);

typedef enum be_cache_status { BE_CACHE_MISS, BE_CACHE_HIT, BE_CACHE_BAD } be_cache_status;
/* The objects stored under key: returns the entry's bytes (malloc'd; free
 * them) with *objs pointing into them, on BE_CACHE_HIT.  An entry that is
 * truncated, corrupt or holds another key is deleted (BE_CACHE_BAD). */
void *be_cache_load(const be_cache *c, const char *key, be_objects *objs, be_cache_status *st);
/* Stores a kernel's objects under key atomically (one entry file), then
 * evicts least recently used entries beyond c->max_bytes.  0, or -1 when
 * nothing was stored. */
int be_cache_store(const be_cache *c, const char *key, const be_objects *objs);
/* Deletes the entry of key (an object the JIT could not link). */
void be_cache_drop(const be_cache *c, const char *key);

/* --- JIT contexts (jit.c) --------------------------------------------------- */

/* What a context did: counts and time (ns) per step, for tests and timing. */
typedef struct be_jit_stats {
  long compiles, hits, misses, bad, stores, store_failures;
  long dylibs; /* JIT libraries made (freed kernels' are reused) */
  long long ns_parse, ns_codegen, ns_emit, ns_cache, ns_link;
} be_jit_stats;
void be_jit_stats_get(attncc_context *c, be_jit_stats *s);
/* Whether a kernel's code came from the cache. */
int be_kernel_from_cache(const attncc_kernel *k);

#endif
