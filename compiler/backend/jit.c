/*
 * The JIT behind include/attncc/attncc.h: spec text -> module (be_build_module)
 * -> ORC LLJIT -> typed entry points.  Each kernel owns its LLJIT and its
 * ThreadSafeContext, so kernels compile concurrently from several threads and
 * two kernels with the same name never clash.  The runtime's entry points are
 * bound as absolute symbols (no -rdynamic needed); anything else the code
 * calls (logf) resolves from the host process.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>

#include "attncc/attnrt.h"
#include "backend.h"

struct attncc_kernel {
  LLVMOrcThreadSafeContextRef tsc;
  LLVMOrcLLJITRef jit;
  attncc_fns fns;
};

void attncc_options_init(attncc_options *o) {
  memset(o, 0, sizeof *o);
  o->opt_level = 2;
}

const char *attncc_version(void) {
  return ATTNCC_VERSION_STRING " (LLVM " ATTNCC_LLVM_VERSION ")";
}

static int llvm_error(attncc_diags *d, const char *file, const char *what, LLVMErrorRef err) {
  char *m = LLVMGetErrorMessage(err);
  cc_diag(d, ATTNCC_ERROR, file, NULL, 0, 0, 0, "%s: %s", what, m);
  LLVMDisposeErrorMessage(m);
  return -1;
}

/* Runtime functions generated code calls, bound by address. */
static int define_runtime(LLVMOrcLLJITRef jit, attncc_diags *d, const char *file) {
  static const struct {
    const char *name;
    void *addr;
  } syms[] = {
      {"attnrt_run", (void *)attnrt_run},
      {"attnrt_tasks", (void *)attnrt_tasks},
      {"attnrt_task", (void *)attnrt_task},
      {"attnrt_workspace", (void *)attnrt_workspace},
      {"attnrt_append", (void *)attnrt_append},
      {"attnrt_f32_to_f16", (void *)attnrt_f32_to_f16},
  };
  enum { N = sizeof syms / sizeof syms[0] };
  LLVMOrcCSymbolMapPair pairs[N];
  for (int i = 0; i < N; i++) {
    pairs[i].Name = LLVMOrcLLJITMangleAndIntern(jit, syms[i].name);
    pairs[i].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)syms[i].addr;
    pairs[i].Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
    pairs[i].Sym.Flags.TargetFlags = 0;
  }
  LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(jit);
  LLVMErrorRef err = LLVMOrcJITDylibDefine(jd, LLVMOrcAbsoluteSymbols(pairs, N));
  if (err) return llvm_error(d, file, "cannot bind the runtime", err);
  LLVMOrcDefinitionGeneratorRef gen = NULL;
  err = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, LLVMOrcLLJITGetGlobalPrefix(jit),
                                                            NULL, NULL);
  if (err) return llvm_error(d, file, "cannot search the host process", err);
  LLVMOrcJITDylibAddGenerator(jd, gen);
  return 0;
}

static int lookup(attncc_kernel *k, const char *name, const char *suffix, void **out,
                  attncc_diags *d, const char *file) {
  char buf[160];
  snprintf(buf, sizeof buf, "%s%s", name, suffix);
  LLVMOrcExecutorAddress addr = 0;
  LLVMErrorRef err = LLVMOrcLLJITLookup(k->jit, &addr, buf);
  if (err) return llvm_error(d, file, "symbol lookup failed", err);
  *out = (void *)(uintptr_t)addr;
  return 0;
}

attncc_kernel *attncc_jit_string(const char *text, size_t len, const char *filename,
                                 const attncc_options *o, attncc_diags **diags) {
  attncc_options defaults;
  if (!o) {
    attncc_options_init(&defaults);
    o = &defaults;
  }
  const char *file = filename ? filename : "<string>";
  attncc_diags *d = cc_diags_new();
  cc_arena *a = cc_arena_new();
  attncc_kernel *k = calloc(1, sizeof *k);
  if (!k) cc_die("out of memory");
  k->tsc = LLVMOrcCreateNewThreadSafeContext();
  LLVMContextRef ctx = LLVMOrcThreadSafeContextGetContext(k->tsc);
  be_build bb;
  int ok = be_build_module(a, ctx, text, len, file, o, 0, NULL, &bb, d) == 0;
  if (ok) {
    LLVMOrcLLJITBuilderRef jb = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(
        jb, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(
                be_target_machine(&bb.target, o->opt_level)));
    LLVMErrorRef err = LLVMOrcCreateLLJIT(&k->jit, jb); /* consumes jb */
    if (err) {
      llvm_error(d, file, "cannot create the JIT", err);
      k->jit = NULL;
      ok = 0;
    }
  }
  if (ok) ok = define_runtime(k->jit, d, file) == 0;
  if (ok) {
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(bb.mod, k->tsc);
    bb.mod = NULL;
    /* AddLLVMIRModule takes the module even when it fails: never dispose it. */
    LLVMErrorRef err = LLVMOrcLLJITAddLLVMIRModule(k->jit, LLVMOrcLLJITGetMainJITDylib(k->jit), tsm);
    if (err) ok = llvm_error(d, file, "cannot add the module", err) == 0;
  } else if (bb.mod) {
    LLVMDisposeModule(bb.mod);
  }
  if (ok) {
    const char *n = bb.spec.name;
    void *p[6];
    ok = !lookup(k, n, "", &p[0], d, file) && !lookup(k, n, "_tasks", &p[1], d, file) &&
         !lookup(k, n, "_task", &p[2], d, file) && !lookup(k, n, "_workspace", &p[3], d, file) &&
         !lookup(k, n, "_append", &p[4], d, file) && !lookup(k, n, "_info", &p[5], d, file);
    if (ok) {
      /* Object pointers to function pointers: the JIT hands out addresses. */
      memcpy(&k->fns.run, &p[0], sizeof p[0]);
      memcpy(&k->fns.tasks, &p[1], sizeof p[1]);
      memcpy(&k->fns.task, &p[2], sizeof p[2]);
      memcpy(&k->fns.workspace, &p[3], sizeof p[3]);
      memcpy(&k->fns.append, &p[4], sizeof p[4]);
      memcpy(&k->fns.info, &p[5], sizeof p[5]);
    }
  }
  cc_arena_free(a);
  if (diags)
    *diags = d;
  else
    attncc_diags_free(d);
  if (!ok) {
    attncc_kernel_free(k);
    return NULL;
  }
  return k;
}

attncc_kernel *attncc_jit_file(const char *path, const attncc_options *o, attncc_diags **diags) {
  attncc_diags *d = cc_diags_new();
  size_t n = 0;
  char *buf = cc_read_file(path, 1u << 20, &n, d);
  if (!buf) {
    if (diags)
      *diags = d;
    else
      attncc_diags_free(d);
    return NULL;
  }
  attncc_diags_free(d);
  attncc_kernel *k = attncc_jit_string(buf, n, path, o, diags);
  free(buf);
  return k;
}

const attncc_fns *attncc_kernel_fns(const attncc_kernel *k) { return k ? &k->fns : NULL; }

void attncc_kernel_free(attncc_kernel *k) {
  if (!k) return;
  if (k->jit) { /* before its context */
    LLVMErrorRef err = LLVMOrcDisposeLLJIT(k->jit);
    if (err) LLVMConsumeError(err);
  }
  LLVMOrcDisposeThreadSafeContext(k->tsc);
  free(k);
}
