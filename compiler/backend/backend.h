/*
 * compiler/backend: target machines, the pass pipeline, emission of object /
 * assembly / IR / header files (atomically), and the JIT behind
 * include/attncc/attncc.h.  be_build runs the whole pipeline
 * spec -> plan -> codegen -> verify -> optimize for the driver and the JIT.
 */
#ifndef ATTNCC_BACKEND_H
#define ATTNCC_BACKEND_H

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

/* The pass pipeline for an optimization level (docs/architecture.md). */
const char *be_pipeline(int opt_level);

typedef enum be_kind { BE_OBJECT, BE_ASSEMBLY, BE_LLVM_IR } be_kind;
/* The module as an object, assembly or IR text (malloc'd, *size bytes). */
char *be_emit_buffer(LLVMModuleRef m, const be_target *t, int opt_level, be_kind k, size_t *size,
                     attncc_diags *d);
/* Writes n files all-or-nothing as far as the file system allows: every one
 * goes to a temporary beside its path first, and only when all are written
 * are they renamed into place; on failure no temporary is left behind. */
int be_write_files(int n, const char *const *paths, const void *const *data, const size_t *size,
                   attncc_diags *d);
/* The C header declaring NAME, NAME_tasks, ... (malloc'd text). */
char *be_header_text(const attn_spec *s);
int be_write_atomic(const char *path, const void *data, size_t n, attncc_diags *d);

#endif
