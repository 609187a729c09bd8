/* The pipeline driver (be_build_module), pass pipelines, and file emission. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "../codegen/cg.h"
#include "backend.h"

/*
 * Generated code is already tiled, unrolled and explicitly vectorized, so it
 * needs SSA promotion and clean-up, not O2's loop vectorizer and inliner.
 * -O2 is that short list (about 3 ms on a decode kernel, LLVM.md); -O3 adds
 * LLVM's whole default<O3> for comparison.
 */
const char *be_pipeline(int opt_level) {
  /* docs/architecture.md, "Pass pipeline": the IR is already what we want
   * the machine to run; SROA promotes the register blocks, early-cse merges
   * repeated address arithmetic, simplifycfg tidies the loop skeletons. */
  switch (opt_level) {
  case 0:
    return NULL;
  case 1:
    return "function(sroa,simplifycfg)";
  case 2:
    return "function(sroa,early-cse,simplifycfg)";
  default:
    return "default<O3>";
  }
}

static void dump_text(void *f, const char *title, const char *text) {
  if (!f) return;
  fprintf(f, ";; ---- %s ----\n%s", title, text);
}

int be_build_module(cc_arena *a, LLVMContextRef ctx, const char *text, size_t len,
                    const char *file, const attncc_options *o, int dump, void *dumpf,
                    be_build *out, attncc_diags *d) {
  memset(out, 0, sizeof *out);
  if (spec_parse(a, text, len, file, o->defines, o->n_defines, &out->spec, d)) return -1;
  if (dump & BE_DUMP_SPEC) dump_text(dumpf, "spec", out->spec.canonical);
  if (be_target_init(a, o->triple, o->cpu, o->features, o->l1d_bytes, o->l2_bytes, &out->target, d)) return -1;
  be_build_codegen(ctx, o->opt_level, NULL, dump, dumpf, out);
  return 0;
}

void be_build_codegen(LLVMContextRef ctx, int opt_level, LLVMTargetMachineRef tm, int dump,
                      void *dumpf, be_build *out) {
  plan_make(&out->spec, &out->target.facts, &out->plan);
  if (dump & BE_DUMP_PLAN) {
    fprintf(dumpf, ";; ---- plan ----\n");
    plan_print(&out->plan, dumpf);
  }
  out->mod = be_build_part(ctx, out, opt_level, tm, 0, 1);
  if (dump & BE_DUMP_IR) {
    char *ir = LLVMPrintModuleToString(out->mod);
    dump_text(dumpf, "ir", ir);
    LLVMDisposeMessage(ir);
  }
}

/* The defined functions of m in module order (malloc'd), their count in *n. */
static LLVMValueRef *defined_functions(LLVMModuleRef m, int *n) {
  int k = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) k += !LLVMIsDeclaration(f);
  LLVMValueRef *fs = malloc((size_t)(k ? k : 1) * sizeof *fs);
  if (!fs) cc_die("out of memory");
  k = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
    if (!LLVMIsDeclaration(f)) fs[k++] = f;
  *n = k;
  return fs;
}

static long instructions(LLVMValueRef f) {
  long n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) n++;
  return n;
}

/*
 * Which part compiles each of the n functions: code generation time grows
 * with a function's instructions, so the heaviest function goes first, each
 * into the part with the fewest instructions so far (ties: the lower part).
 * Returns the part with the fewest instructions (ties: the higher), which
 * verifies the whole module: off the critical path where the parts differ.
 */
static int partition(LLVMValueRef *fs, int n, int parts, int *owner) {
  long load[BE_PARTS_MAX] = {0}, *w = malloc((size_t)(n ? n : 1) * sizeof *w);
  if (!w) cc_die("out of memory");
  for (int i = 0; i < n; i++) {
    w[i] = instructions(fs[i]);
    owner[i] = -1;
  }
  for (int k = 0; k < n; k++) {
    int best = -1, to = 0;
    for (int i = 0; i < n; i++)
      if (owner[i] < 0 && (best < 0 || w[i] > w[best])) best = i;
    for (int p = 1; p < parts; p++)
      if (load[p] < load[to]) to = p;
    owner[best] = to;
    load[to] += w[best];
  }
  int light = 0;
  for (int p = 1; p < parts; p++)
    if (load[p] <= load[light]) light = p;
  free(w);
  return light;
}

static int is_local(LLVMValueRef g) {
  LLVMLinkage l = LLVMGetLinkage(g);
  return l == LLVMInternalLinkage || l == LLVMPrivateLinkage;
}

/*
 * Replaces the definition g (a function or a global variable) by a new
 * declaration of the same name and type.  A new one, because a definition
 * that had local linkage stays dso_local after LLVMSetLinkage, and a
 * dso_local declaration is reached PC-relative, which the JIT's linker
 * cannot always do between two objects; a plain declaration goes through
 * the GOT or a stub, which JITLink relaxes to a direct reference in range.
 */
static void declare_instead(LLVMModuleRef m, LLVMValueRef g) {
  size_t len;
  const char *name = LLVMGetValueName2(g, &len);
  char *keep = strndup(name, len);
  if (!keep) cc_die("out of memory");
  LLVMValueRef decl;
  if (LLVMIsAFunction(g)) {
    decl = LLVMAddFunction(m, "", LLVMGlobalGetValueType(g));
  } else {
    decl = LLVMAddGlobal(m, LLVMGlobalGetValueType(g), "");
    LLVMSetAlignment(decl, LLVMGetAlignment(g));
    LLVMSetGlobalConstant(decl, LLVMIsGlobalConstant(g));
  }
  LLVMReplaceAllUsesWith(g, decl);
  if (LLVMIsAFunction(g))
    LLVMDeleteFunction(g);
  else
    LLVMDeleteGlobal(g);
  LLVMSetValueName2(decl, keep, len);
  free(keep);
}

/*
 * Cuts m down to the functions of `part`: every other function becomes a
 * declaration, and the global variables are defined by part 0 only.  What
 * one part defines and another uses gets external linkage (default
 * visibility), so the parts' objects link into one JITDylib as if they were
 * one object.
 */
static void keep_part(LLVMModuleRef m, LLVMValueRef *fs, int n, const int *owner, int part) {
  for (int i = 0; i < n; i++)
    if (owner[i] != part)
      declare_instead(m, fs[i]);
    else if (is_local(fs[i]))
      LLVMSetLinkage(fs[i], LLVMExternalLinkage);
  for (LLVMValueRef g = LLVMGetFirstGlobal(m), next; g; g = next) {
    next = LLVMGetNextGlobal(g); /* declarations added by declare_instead come last */
    if (LLVMIsDeclaration(g)) continue;
    if (part)
      declare_instead(m, g);
    else if (is_local(g))
      LLVMSetLinkage(g, LLVMExternalLinkage);
  }
}

LLVMModuleRef be_build_part(LLVMContextRef ctx, const be_build *b, int opt_level,
                            LLVMTargetMachineRef tm, int part, int parts) {
  if (parts < 1 || parts > BE_PARTS_MAX || part < 0 || part >= parts)
    cc_die("be_build_part: part %d of %d", part, parts);
  LLVMModuleRef m = cg_module(&b->plan, ctx);
  int n = 0, verifier = 0, *owner = NULL;
  LLVMValueRef *fs = NULL;
  if (parts > 1) {
    fs = defined_functions(m, &n);
    owner = malloc((size_t)(n ? n : 1) * sizeof *owner);
    if (!owner) cc_die("out of memory");
    verifier = partition(fs, n, parts, owner);
  }
  char *msg = NULL;
  if (part == verifier && LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
    /* Generated IR that does not verify is attncc's bug, not the user's. */
    cc_die("generated module for '%s' does not verify:\n%s", b->spec.name, msg);
  }
  LLVMDisposeMessage(msg);
  if (parts > 1) keep_part(m, fs, n, owner, part);
  free(fs);
  free(owner);
  const char *pipe = be_pipeline(opt_level);
  if (pipe) {
    LLVMTargetMachineRef own = tm ? NULL : be_target_machine(&b->target, opt_level);
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef err = LLVMRunPasses(m, pipe, tm ? tm : own, po);
    LLVMDisposePassBuilderOptions(po);
    if (own) LLVMDisposeTargetMachine(own);
    if (err) {
      char *e = LLVMGetErrorMessage(err);
      cc_die("pass pipeline '%s' failed: %s", pipe, e);
    }
  }
  return m;
}

/* Creates path.tmp.XXXXXX beside path and writes data to it. */
static char *write_temp(const char *path, const void *data, size_t n, attncc_diags *d) {
  size_t pl = strlen(path);
  char *tmp = malloc(pl + 16);
  if (!tmp) cc_die("out of memory");
  snprintf(tmp, pl + 16, "%s.tmp.XXXXXX", path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0, "cannot write '%s': %s", path, strerror(errno));
    free(tmp);
    return NULL;
  }
  /* mkstemp creates 0600: give the file the mode a plain open() would. */
  mode_t um = umask(0);
  umask(um);
  fchmod(fd, 0666 & ~um);
  const char *p = data;
  int ok = 1, saved = 0;
  while (n && ok) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      ok = 0;
      saved = w < 0 ? errno : ENOSPC;
    } else {
      p += w;
      n -= (size_t)w;
    }
  }
  if (close(fd) != 0 && ok) {
    ok = 0;
    saved = errno;
  }
  if (!ok) {
    cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0, "cannot write '%s': %s", path, strerror(saved));
    unlink(tmp);
    free(tmp);
    return NULL;
  }
  return tmp;
}

int be_write_files(int n, const char *const *paths, const void *const *data, const size_t *size,
                   attncc_diags *d) {
  char *tmp[8] = {0};
  int ok = n <= 8;
  for (int i = 0; i < n && ok; i++) ok = (tmp[i] = write_temp(paths[i], data[i], size[i], d)) != NULL;
  for (int i = 0; i < n && ok; i++)
    if (rename(tmp[i], paths[i]) != 0) {
      cc_diag(d, ATTNCC_ERROR, paths[i], NULL, 0, 0, 0, "cannot write '%s': %s", paths[i],
              strerror(errno));
      ok = 0;
    } else {
      free(tmp[i]);
      tmp[i] = NULL;
    }
  for (int i = 0; i < n; i++)
    if (tmp[i]) {
      unlink(tmp[i]);
      free(tmp[i]);
    }
  return ok ? 0 : -1;
}

int be_write_atomic(const char *path, const void *data, size_t n, attncc_diags *d) {
  return be_write_files(1, &path, &data, &n, d);
}

/* Machine code of m as an object or assembly (malloc'd); m is changed. */
static char *emit(LLVMModuleRef m, LLVMTargetMachineRef tm, be_kind k, size_t *size,
                  attncc_diags *d) {
  LLVMTargetDataRef dl = LLVMCreateTargetDataLayout(tm);
  LLVMSetModuleDataLayout(m, dl);
  LLVMDisposeTargetData(dl);
  char *err = NULL, *r = NULL;
  LLVMMemoryBufferRef buf = NULL;
  if (LLVMTargetMachineEmitToMemoryBuffer(tm, m, k == BE_OBJECT ? LLVMObjectFile : LLVMAssemblyFile,
                                          &err, &buf)) {
    cc_diag(d, ATTNCC_ERROR, "<output>", NULL, 0, 0, 0, "code generation failed: %s", err ? err : "");
    LLVMDisposeMessage(err);
    return NULL;
  }
  *size = LLVMGetBufferSize(buf);
  r = malloc(*size + 1);
  if (!r) cc_die("out of memory");
  memcpy(r, LLVMGetBufferStart(buf), *size);
  r[*size] = 0;
  LLVMDisposeMemoryBuffer(buf);
  return r;
}

char *be_emit_buffer(LLVMModuleRef m, const be_target *t, int opt_level, be_kind k, size_t *size,
                     attncc_diags *d) {
  if (k == BE_LLVM_IR) {
    char *ir = LLVMPrintModuleToString(m);
    char *r = strdup(ir);
    LLVMDisposeMessage(ir);
    if (!r) cc_die("out of memory");
    *size = strlen(r);
    return r;
  }
  /* Emission mutates the module: emit from a clone so callers may reuse it. */
  LLVMModuleRef c = LLVMCloneModule(m);
  LLVMTargetMachineRef tm = be_target_machine(t, opt_level);
  char *r = emit(c, tm, k, size, d);
  LLVMDisposeTargetMachine(tm);
  LLVMDisposeModule(c);
  return r;
}

char *be_emit_object(LLVMModuleRef m, LLVMTargetMachineRef tm, size_t *size, attncc_diags *d) {
  return emit(m, tm, BE_OBJECT, size, d);
}

/* Appends printf-formatted text to a growing malloc'd buffer. */
typedef struct sbuf {
  char *p;
  size_t n, cap;
} sbuf;

static void sb_printf(sbuf *s, const char *fmt, ...) CC_PRINTF(2, 3);
static void sb_printf(sbuf *s, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (s->n + (size_t)n + 1 > s->cap) {
    s->cap = (s->n + (size_t)n + 1) * 2;
    s->p = realloc(s->p, s->cap);
    if (!s->p) cc_die("out of memory");
  }
  vsnprintf(s->p + s->n, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  s->n += (size_t)n;
}

char *be_header_text(const attn_spec *s) {
  sbuf b = {0};
  char guard[96];
  size_t i = 0;
  for (const char *p = s->name; *p && i + 1 < sizeof guard; p++)
    guard[i++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
  guard[i] = 0;
  sb_printf(&b, "/* Generated by attncc %s from spec '%s'. Do not edit.\n", ATTNCC_VERSION_STRING,
            s->name);
  sb_printf(&b, " *\n * Spec (canonical form, hash 0x%016llx):\n", (unsigned long long)s->hash);
  for (const char *p = s->canonical; *p;) {
    const char *e = strchr(p, '\n');
    int n = e ? (int)(e - p) : (int)strlen(p);
    sb_printf(&b, " *   %.*s\n", n, p);
    p += n + (e ? 1 : 0);
  }
  sb_printf(&b, " *\n * Link with libattnrt (-lattnrt). ABI: docs/abi.md. */\n");
  sb_printf(&b, "#ifndef ATTNCC_KERNEL_%s_H\n#define ATTNCC_KERNEL_%s_H\n\n", guard, guard);
  sb_printf(&b, "#include <stdint.h>\n\n#include <attncc/kernel.h>\n\n");
  sb_printf(&b, "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n");
  sb_printf(&b, "#define %s_HEADS_Q %d\n#define %s_HEADS_KV %d\n#define %s_DIM %d\n#define %s_V_DIM %d\n",
            guard, s->heads_q, guard, s->heads_kv, guard, s->dim, guard, s->v_dim);
  sb_printf(&b, "#define %s_CAPACITY %d\n#define %s_SPEC_HASH 0x%016llxull\n\n", guard, s->capacity,
            guard, (unsigned long long)s->hash);
  sb_printf(&b, "/* The whole operation, threaded by libattnrt; 0 or a negative attn_status. */\n");
  sb_printf(&b, "int %s(const attn_args *args);\n", s->name);
  sb_printf(&b, "/* Task count for these arguments (prepares the workspace), or an error. */\n");
  sb_printf(&b, "int64_t %s_tasks(const attn_args *args);\n", s->name);
  sb_printf(&b, "/* One task, 0 <= task < %s_tasks(args), on any thread. */\n", s->name);
  sb_printf(&b, "int %s_task(const attn_args *args, int64_t task);\n", s->name);
  sb_printf(&b, "/* Workspace bytes these arguments need (0 if none), or an error. */\n");
  sb_printf(&b, "int64_t %s_workspace(const attn_args *args);\n", s->name);
  sb_printf(&b, "/* Writes new_len[b] tokens of k_new/v_new into the cache at kv_len[b]. */\n");
  sb_printf(&b, "int %s_append(const attn_args *args);\n", s->name);
  sb_printf(&b, "/* Static metadata: shapes, types, the spec text and its hash. */\n");
  sb_printf(&b, "const attn_info *%s_info(void);\n\n", s->name);
  sb_printf(&b, "#ifdef __cplusplus\n}\n#endif\n#endif\n");
  return b.p;
}
