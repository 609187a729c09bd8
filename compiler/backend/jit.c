/*
 * The JIT behind include/attncc/attncc.h.  A context owns one ORC LLJIT and
 * the target machines of one target.  A kernel is one or two object files —
 * the code generation of `attncc -o` (be_emit_object), with the module's
 * functions split into two parts compiled side by side on a machine of
 * several cores (be_build_part), or the same bytes from the kernel cache
 * (cache.c) — linked into a JITDylib of its own, under a resource tracker:
 * kernels of the same name never clash, and attncc_kernel_free removes
 * exactly that kernel's code.  Every kernel dylib binds the runtime's entry
 * points as absolute symbols (no -rdynamic needed); anything else the code
 * calls (logf, memset) resolves from the host process.
 *
 * attncc_jit_string/attncc_jit_file compile in a process-wide default
 * context per target, created on first use and kept until exit, so the
 * LLJIT is set up once rather than once per kernel.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>

#include "attncc/attnrt.h"
#include "backend.h"

struct attncc_context {
  /* Constant once created. */
  cc_arena *arena;            /* target strings, defines, key */
  be_target target;
  int opt_level;
  int parts;                  /* a kernel's module is compiled in this many parts */
  const char *const *defines; /* -D overrides of attncc_context_jit_* */
  int n_defines;
  LLVMOrcLLJITRef jit;
  const char *key;            /* default contexts: triple, cpu, features, level */
  attncc_context *next;       /* default contexts: the list */
  /* Guarded by mu: ORC calls (add, lookup, remove), and these. */
  pthread_mutex_t mu;
  LLVMOrcJITDylibRef *idle;   /* emptied dylibs of freed kernels, reused */
  int n_idle, cap_idle;
  LLVMTargetMachineRef *tms;  /* target machines not in use by a compile */
  int n_tms, cap_tms;
  long n_dylibs, live;
  be_jit_stats stats;
};

struct attncc_kernel {
  attncc_context *ctx;
  LLVMOrcJITDylibRef jd;
  LLVMOrcResourceTrackerRef rt;
  int from_cache;
  attncc_fns fns;
};

void attncc_options_init(attncc_options *o) {
  memset(o, 0, sizeof *o);
  o->opt_level = 2;
}

const char *attncc_version(void) {
  return ATTNCC_VERSION_STRING " (LLVM " ATTNCC_LLVM_VERSION ")";
}

static long long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long long)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void hand_diags(attncc_diags *d, attncc_diags **out) {
  if (out)
    *out = d;
  else
    attncc_diags_free(d);
}

static int llvm_error(attncc_diags *d, const char *file, const char *what, LLVMErrorRef err) {
  char *m = LLVMGetErrorMessage(err);
  cc_diag(d, ATTNCC_ERROR, file, NULL, 0, 0, 0, "%s: %s", what, m);
  LLVMDisposeErrorMessage(m);
  return -1;
}

/* ORC's errors without a caller (a symbol the linker cannot resolve) would
 * go to stderr; they are kept for the diagnostic of the failing lookup,
 * which runs on the same thread (LLJIT links in place). */
static _Thread_local char jit_error[512];

static void report_error(void *ctx, LLVMErrorRef err) {
  char *m = LLVMGetErrorMessage(err);
  snprintf(jit_error, sizeof jit_error, "%s", m);
  LLVMDisposeErrorMessage(m);
}

/* --- contexts ---------------------------------------------------------------- */

/* "x86_64-pc-linux-gnu" -> field i ("x86_64", "pc", "linux"), len in *n. */
static const char *triple_field(const char *t, int i, size_t *n) {
  for (; i > 0 && t; i--) {
    t = strchr(t, '-');
    if (t) t++;
  }
  if (!t) t = "";
  *n = strcspn(t, "-");
  return t;
}

/* JIT code runs here: the target must be this machine's architecture, and
 * its OS (or none named: "x86_64" normalizes to x86_64-unknown-unknown). */
static int check_host(const be_target *t, attncc_diags *d) {
  char *host = LLVMGetDefaultTargetTriple();
  size_t n, m;
  const char *a = triple_field(t->facts.triple, 0, &n), *b = triple_field(host, 0, &m);
  int ok = n == m && !strncmp(a, b, n);
  a = triple_field(t->facts.triple, 2, &n);
  b = triple_field(host, 2, &m);
  ok = ok && ((n == m && !strncmp(a, b, n)) || n == 0 || (n == 7 && !strncmp(a, "unknown", 7)));
  if (!ok)
    cc_diag(d, ATTNCC_ERROR, "<command line>", NULL, 0, 0, 0,
            "cannot JIT for '%s' on this '%s' host (compile it ahead of time with attncc -o)",
            t->facts.triple, host);
  LLVMDisposeMessage(host);
  return ok ? 0 : -1;
}

/* CPUs this process may run on: the parts of a kernel compile on threads of
 * their own, and on one CPU they would only repeat the IR generation. */
static int cpus_usable(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return CPU_COUNT(&set);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

static attncc_context *context_new(const attncc_options *o, const char *const *defines,
                                   int n_defines, attncc_diags *d) {
  attncc_context *c = calloc(1, sizeof *c);
  if (!c) cc_die("out of memory");
  c->arena = cc_arena_new();
  c->opt_level = o->opt_level < 0 ? 0 : o->opt_level > 3 ? 3 : o->opt_level;
  if (be_target_init(c->arena, o->triple, o->cpu, o->features, o->l1d_bytes, o->l2_bytes, &c->target, d) ||
      check_host(&c->target, d)) {
    cc_arena_free(c->arena);
    free(c);
    return NULL;
  }
  c->parts = cpus_usable() >= BE_PARTS_MAX ? BE_PARTS_MAX : 1;
  if (!defines || n_defines < 0) n_defines = 0;
  const char **defs = cc_alloc(c->arena, (size_t)(n_defines + 1) * sizeof *defs);
  for (int i = 0; i < n_defines; i++) defs[i] = cc_strdup(c->arena, defines[i]);
  c->defines = defs;
  c->n_defines = n_defines;
  /* The JIT never compiles IR (it links our objects); its target machine
   * builder only names the target. */
  LLVMOrcLLJITBuilderRef jb = LLVMOrcCreateLLJITBuilder();
  LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(
      jb, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(
              be_target_machine(&c->target, c->opt_level)));
  LLVMErrorRef err = LLVMOrcCreateLLJIT(&c->jit, jb); /* consumes jb */
  if (err) {
    llvm_error(d, "<command line>", "cannot create the JIT", err);
    cc_arena_free(c->arena);
    free(c);
    return NULL;
  }
  LLVMOrcExecutionSessionSetErrorReporter(LLVMOrcLLJITGetExecutionSession(c->jit), report_error,
                                          NULL);
  pthread_mutex_init(&c->mu, NULL);
  return c;
}

attncc_context *attncc_context_new(const attncc_options *o, attncc_diags **diags) {
  attncc_options defaults;
  if (!o) {
    attncc_options_init(&defaults);
    o = &defaults;
  }
  attncc_diags *d = cc_diags_new();
  attncc_context *c = context_new(o, o->defines, o->n_defines, d);
  hand_diags(d, diags);
  return c;
}

void attncc_context_free(attncc_context *c) {
  if (!c) return;
  /* A live kernel's code would be unmapped under it. */
  if (c->live)
    cc_die("attncc_context_free: %ld kernel(s) of this context not freed (a kernel must not "
           "outlive its context)", c->live);
  LLVMErrorRef err = LLVMOrcDisposeLLJIT(c->jit);
  if (err) LLVMConsumeError(err);
  for (int i = 0; i < c->n_tms; i++) LLVMDisposeTargetMachine(c->tms[i]);
  free(c->tms);
  free(c->idle);
  pthread_mutex_destroy(&c->mu);
  cc_arena_free(c->arena);
  free(c);
}

void be_jit_stats_get(attncc_context *c, be_jit_stats *s) {
  pthread_mutex_lock(&c->mu);
  *s = c->stats;
  s->dylibs = c->n_dylibs;
  pthread_mutex_unlock(&c->mu);
}

int be_kernel_from_cache(const attncc_kernel *k) { return k->from_cache; }

/* Process-wide contexts of attncc_jit_*, one per target and level. */
static pthread_mutex_t defaults_mu = PTHREAD_MUTEX_INITIALIZER;
static attncc_context *default_list;

static attncc_context *default_context(const attncc_options *o, attncc_diags *d) {
  const char *tr = o->triple ? o->triple : "", *cpu = o->cpu ? o->cpu : "",
             *fs = o->features ? o->features : "";
  size_t n = strlen(tr) + strlen(cpu) + strlen(fs) + 64;
  char *key = malloc(n);
  if (!key) cc_die("out of memory");
  snprintf(key, n, "%s\n%s\n%s\n%d\n%d\n%d", tr, cpu, fs, o->opt_level, o->l1d_bytes, o->l2_bytes);
  pthread_mutex_lock(&defaults_mu);
  attncc_context *c = default_list;
  while (c && strcmp(c->key, key)) c = c->next;
  if (!c && (c = context_new(o, NULL, 0, d))) {
    c->key = cc_strdup(c->arena, key);
    c->next = default_list;
    default_list = c;
  }
  pthread_mutex_unlock(&defaults_mu);
  free(key);
  return c;
}

/* --- target machines: one per compiling thread, reused ------------------------ */

static LLVMTargetMachineRef tm_take(attncc_context *c) {
  pthread_mutex_lock(&c->mu);
  LLVMTargetMachineRef tm = c->n_tms ? c->tms[--c->n_tms] : NULL;
  pthread_mutex_unlock(&c->mu);
  return tm ? tm : be_target_machine(&c->target, c->opt_level);
}

static void tm_give(attncc_context *c, LLVMTargetMachineRef tm) {
  pthread_mutex_lock(&c->mu);
  if (c->n_tms == c->cap_tms) {
    c->cap_tms = c->cap_tms ? 2 * c->cap_tms : 4;
    c->tms = realloc(c->tms, (size_t)c->cap_tms * sizeof *c->tms);
    if (!c->tms) cc_die("out of memory");
  }
  c->tms[c->n_tms++] = tm;
  pthread_mutex_unlock(&c->mu);
}

/* --- kernels: one dylib each ----------------------------------------------------- */

/* Runtime functions generated code calls, bound by address in jd. */
static int define_runtime(LLVMOrcLLJITRef jit, LLVMOrcJITDylibRef jd, attncc_diags *d,
                          const char *file) {
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
  LLVMOrcMaterializationUnitRef mu = LLVMOrcAbsoluteSymbols(pairs, N);
  LLVMErrorRef err = LLVMOrcJITDylibDefine(jd, mu);
  if (err) {
    LLVMOrcDisposeMaterializationUnit(mu);
    return llvm_error(d, file, "cannot bind the runtime", err);
  }
  LLVMOrcDefinitionGeneratorRef gen = NULL;
  err = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, LLVMOrcLLJITGetGlobalPrefix(jit),
                                                            NULL, NULL);
  if (err) return llvm_error(d, file, "cannot search the host process", err);
  LLVMOrcJITDylibAddGenerator(jd, gen);
  return 0;
}

/* An emptied dylib of a freed kernel, or a new one with the runtime bound.
 * Called with c->mu held. */
static LLVMOrcJITDylibRef dylib_take(attncc_context *c, attncc_diags *d, const char *file) {
  if (c->n_idle) return c->idle[--c->n_idle];
  char name[32];
  snprintf(name, sizeof name, "attncc.kernel.%ld", c->n_dylibs++);
  LLVMOrcJITDylibRef jd =
      LLVMOrcExecutionSessionCreateBareJITDylib(LLVMOrcLLJITGetExecutionSession(c->jit), name);
  /* A dylib whose set-up failed stays unused in the session. */
  return define_runtime(c->jit, jd, d, file) ? NULL : jd;
}

/* Removes k's code; its dylib, now empty but for the runtime, is kept for
 * the next kernel.  Called with c->mu held. */
static void kernel_unlink(attncc_context *c, attncc_kernel *k) {
  if (k->rt) {
    LLVMErrorRef err = LLVMOrcResourceTrackerRemove(k->rt);
    LLVMOrcReleaseResourceTracker(k->rt);
    k->rt = NULL;
    if (err) { /* something stayed: never reuse that dylib */
      LLVMConsumeError(err);
      return;
    }
  }
  if (!k->jd) return;
  if (c->n_idle == c->cap_idle) {
    c->cap_idle = c->cap_idle ? 2 * c->cap_idle : 8;
    c->idle = realloc(c->idle, (size_t)c->cap_idle * sizeof *c->idle);
    if (!c->idle) cc_die("out of memory");
  }
  c->idle[c->n_idle++] = k->jd;
  k->jd = NULL;
}

enum { N_ENTRY = 6 };
static const char *const entry_suffix[N_ENTRY] = {"", "_tasks", "_task", "_workspace", "_append",
                                                  "_info"};

typedef struct lookup_wait {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int done;
  LLVMOrcSymbolStringPoolEntryRef names[N_ENTRY];
  LLVMOrcExecutorAddress addr[N_ENTRY];
  char error[512];
} lookup_wait;

static void lookup_done(LLVMErrorRef err, LLVMOrcCSymbolMapPairs r, size_t n, void *p) {
  lookup_wait *w = p;
  if (err) {
    char *m = LLVMGetErrorMessage(err);
    snprintf(w->error, sizeof w->error, "%s", m);
    LLVMDisposeErrorMessage(m);
  }
  for (size_t i = 0; !err && i < n; i++)
    for (int j = 0; j < N_ENTRY; j++)
      if (r[i].Name == w->names[j]) w->addr[j] = r[i].Sym.Address;
  pthread_mutex_lock(&w->mu);
  w->done = 1;
  pthread_cond_signal(&w->cv);
  pthread_mutex_unlock(&w->mu);
}

/* The six entry points of `name` in k's dylib (links the object).  Called
 * with c->mu held. */
static int lookup_entries(attncc_context *c, attncc_kernel *k, const char *name, attncc_diags *d,
                          const char *file) {
  lookup_wait w = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};
  LLVMOrcCLookupSetElement set[N_ENTRY];
  for (int i = 0; i < N_ENTRY; i++) {
    char buf[160];
    snprintf(buf, sizeof buf, "%s%s", name, entry_suffix[i]);
    w.names[i] = LLVMOrcLLJITMangleAndIntern(c->jit, buf);
    LLVMOrcRetainSymbolStringPoolEntry(w.names[i]); /* one for the lookup to take */
    set[i].Name = w.names[i];
    set[i].LookupFlags = LLVMOrcSymbolLookupFlagsRequiredSymbol;
  }
  LLVMOrcCJITDylibSearchOrderElement order = {k->jd,
                                               LLVMOrcJITDylibLookupFlagsMatchExportedSymbolsOnly};
  jit_error[0] = 0;
  LLVMOrcExecutionSessionLookup(LLVMOrcLLJITGetExecutionSession(c->jit), LLVMOrcLookupKindStatic,
                                &order, 1, set, N_ENTRY, lookup_done, &w);
  pthread_mutex_lock(&w.mu);
  while (!w.done) pthread_cond_wait(&w.cv, &w.mu);
  pthread_mutex_unlock(&w.mu);
  pthread_cond_destroy(&w.cv);
  pthread_mutex_destroy(&w.mu);
  for (int i = 0; i < N_ENTRY; i++) LLVMOrcReleaseSymbolStringPoolEntry(w.names[i]);
  if (w.error[0]) {
    cc_diag(d, ATTNCC_ERROR, file, NULL, 0, 0, 0, "cannot link the kernel: %s%s%s", w.error,
            jit_error[0] ? ": " : "", jit_error);
    return -1;
  }
  void *p[N_ENTRY];
  for (int i = 0; i < N_ENTRY; i++) p[i] = (void *)(uintptr_t)w.addr[i];
  /* Object pointers to function pointers: the JIT hands out addresses. */
  memcpy(&k->fns.run, &p[0], sizeof p[0]);
  memcpy(&k->fns.tasks, &p[1], sizeof p[1]);
  memcpy(&k->fns.task, &p[2], sizeof p[2]);
  memcpy(&k->fns.workspace, &p[3], sizeof p[3]);
  memcpy(&k->fns.append, &p[4], sizeof p[4]);
  memcpy(&k->fns.info, &p[5], sizeof p[5]);
  return 0;
}

/* A kernel of context c from the objects defining `name`'s entry points. */
static attncc_kernel *link_kernel(attncc_context *c, const char *name, const be_objects *objs,
                                  attncc_diags *d, const char *file) {
  attncc_kernel *k = calloc(1, sizeof *k);
  if (!k) cc_die("out of memory");
  k->ctx = c;
  pthread_mutex_lock(&c->mu);
  int ok = (k->jd = dylib_take(c, d, file)) != NULL;
  if (ok) k->rt = LLVMOrcJITDylibCreateResourceTracker(k->jd);
  for (int i = 0; ok && i < objs->n; i++) {
    LLVMMemoryBufferRef mb =
        LLVMCreateMemoryBufferWithMemoryRangeCopy(objs->data[i], objs->size[i], name);
    LLVMErrorRef err = LLVMOrcLLJITAddObjectFileWithRT(c->jit, k->rt, mb); /* takes mb */
    if (err) ok = llvm_error(d, file, "cannot add the kernel's object", err) == 0;
  }
  ok = ok && lookup_entries(c, k, name, d, file) == 0;
  if (ok)
    c->live++;
  else
    kernel_unlink(c, k);
  pthread_mutex_unlock(&c->mu);
  if (!ok) {
    free(k);
    return NULL;
  }
  return k;
}

/* One part of a kernel's module, compiled to an object in an LLVM context
 * of its own (contexts are not thread-safe) with a target machine of its own. */
typedef struct part_job {
  attncc_context *c;
  const be_build *bb;
  int part;
  char *obj;             /* malloc'd; null when code generation failed */
  size_t size;
  attncc_diags *d;
  long long ns_codegen;  /* spec -> module: codegen and passes */
} part_job;

static void *build_part(void *p) {
  part_job *j = p;
  LLVMTargetMachineRef tm = tm_take(j->c);
  LLVMContextRef lc = LLVMContextCreate();
  long long t0 = now_ns();
  LLVMModuleRef m = be_build_part(lc, j->bb, j->c->opt_level, tm, j->part, j->c->parts);
  j->ns_codegen = now_ns() - t0;
  j->obj = be_emit_object(m, tm, &j->size, j->d);
  LLVMDisposeModule(m);
  LLVMContextDispose(lc);
  tm_give(j->c, tm);
  return NULL;
}

/* Spec -> objects: plan here, then each part's codegen, passes and code
 * generation, the first part on this thread and the others on threads of
 * their own (or here, one after another, when a thread cannot be made).
 * Fills job[0 .. parts) and returns parts, or -1 when a part failed (in d);
 * the caller frees every job's object either way. */
static int build_objects(attncc_context *c, be_build *bb, part_job *job, attncc_diags *d,
                         be_jit_stats *st) {
  long long t0 = now_ns();
  plan_make(&bb->spec, &bb->target.facts, &bb->plan);
  long long t1 = now_ns();
  int parts = c->parts < BE_PARTS_MAX ? c->parts : BE_PARTS_MAX;
  pthread_t th[BE_PARTS_MAX];
  int started[BE_PARTS_MAX] = {0};
  for (int i = 0; i < parts; i++) {
    job[i] = (part_job){.c = c, .bb = bb, .part = i, .d = i ? cc_diags_new() : d};
    if (i) started[i] = pthread_create(&th[i], NULL, build_part, &job[i]) == 0;
  }
  build_part(&job[0]);
  int ok = job[0].obj != NULL;
  for (int i = 1; i < parts; i++) {
    if (started[i])
      pthread_join(th[i], NULL);
    else
      build_part(&job[i]);
    for (size_t k = 0; k < attncc_diags_count(job[i].d); k++) {
      const attncc_diag *g = attncc_diags_get(job[i].d, k);
      cc_diag(d, g->severity, g->file, NULL, 0, 0, 0, "%s", g->message);
    }
    attncc_diags_free(job[i].d);
    ok = ok && job[i].obj;
  }
  /* codegen: the plan and the first part's module; emit: the rest of the
   * wall time, until every part's object is made */
  long long codegen = t1 - t0 + job[0].ns_codegen;
  st->ns_codegen += codegen;
  st->ns_emit += now_ns() - t0 - codegen;
  return ok ? parts : -1;
}

/* The kernel of a parsed spec: a cache hit links the stored objects; a miss
 * compiles, links, and stores.  An entry the JIT cannot link is dropped and
 * compiled afresh. */
static attncc_kernel *kernel_for(attncc_context *c, cc_arena *a, be_build *bb, const char *file,
                                 attncc_diags *d, be_jit_stats *st) {
  long long t0 = now_ns();
  be_cache cache;
  be_cache_open(&cache, d);
  const char *key = be_cache_key(a, &bb->spec, &c->target.facts, c->opt_level);
  be_cache_status cs;
  be_objects objs = {0};
  void *entry = be_cache_load(&cache, key, &objs, &cs);
  long long t1 = now_ns();
  st->ns_cache = t1 - t0;
  if (entry) {
    attncc_diags *scratch = cc_diags_new(); /* a failure here is the cache's */
    attncc_kernel *k = link_kernel(c, bb->spec.name, &objs, scratch, file);
    attncc_diags_free(scratch);
    free(entry);
    st->ns_link = now_ns() - t1;
    if (k) {
      k->from_cache = 1;
      st->hits = 1;
      return k;
    }
    be_cache_drop(&cache, key);
    cs = BE_CACHE_BAD;
  }
  st->bad = cs == BE_CACHE_BAD;
  st->misses = 1;
  part_job job[BE_PARTS_MAX] = {0};
  attncc_kernel *k = NULL;
  int parts = build_objects(c, bb, job, d, st);
  if (parts > 0) {
    objs.n = parts;
    for (int i = 0; i < objs.n; i++) {
      objs.data[i] = job[i].obj;
      objs.size[i] = job[i].size;
    }
    long long t2 = now_ns();
    k = link_kernel(c, bb->spec.name, &objs, d, file);
    long long t3 = now_ns();
    st->ns_link += t3 - t2;
    if (k && cache.dir[0] && key) {
      int stored = be_cache_store(&cache, key, &objs) == 0;
      st->stores = stored;
      st->store_failures = !stored;
      st->ns_cache += now_ns() - t3;
    }
  }
  for (int i = 0; i < BE_PARTS_MAX; i++) free(job[i].obj);
  return k;
}

/* Parses (for the cache key and the kernel's name), then kernel_for. */
static attncc_kernel *compile(attncc_context *c, const char *text, size_t len, const char *file,
                              const char *const *defines, int n_defines, attncc_diags *d) {
  be_jit_stats st = {.compiles = 1};
  long long t0 = now_ns();
  cc_arena *a = cc_arena_new();
  be_build bb;
  memset(&bb, 0, sizeof bb);
  attncc_kernel *k = NULL;
  if (!spec_parse(a, text, len, file, defines, n_defines, &bb.spec, d)) {
    bb.target = c->target;
    st.ns_parse = now_ns() - t0;
    k = kernel_for(c, a, &bb, file, d, &st);
  }
  cc_arena_free(a);
  pthread_mutex_lock(&c->mu);
  be_jit_stats *s = &c->stats;
  s->compiles += st.compiles, s->hits += st.hits, s->misses += st.misses, s->bad += st.bad;
  s->stores += st.stores, s->store_failures += st.store_failures;
  s->ns_parse += st.ns_parse, s->ns_codegen += st.ns_codegen, s->ns_emit += st.ns_emit;
  s->ns_cache += st.ns_cache, s->ns_link += st.ns_link;
  pthread_mutex_unlock(&c->mu);
  return k;
}

static char *read_spec(const char *path, size_t *n, attncc_diags *d) {
  return cc_read_file(path, SPEC_MAX_BYTES, n, d);
}

static void no_context(attncc_diags *d) {
  cc_diag(d, ATTNCC_ERROR, "<api>", NULL, 0, 0, 0, "no context (attncc_context_new failed?)");
}

attncc_kernel *attncc_context_jit_string(attncc_context *c, const char *text, size_t len,
                                         const char *filename, attncc_diags **diags) {
  attncc_diags *d = cc_diags_new();
  attncc_kernel *k = NULL;
  if (!c)
    no_context(d);
  else
    k = compile(c, text, len, filename ? filename : "<string>", c->defines, c->n_defines, d);
  hand_diags(d, diags);
  return k;
}

attncc_kernel *attncc_context_jit_file(attncc_context *c, const char *path,
                                       attncc_diags **diags) {
  attncc_diags *d = cc_diags_new();
  size_t n = 0;
  char *buf = NULL;
  if (!c)
    no_context(d);
  else
    buf = read_spec(path, &n, d);
  attncc_kernel *k = buf ? compile(c, buf, n, path, c->defines, c->n_defines, d) : NULL;
  free(buf);
  hand_diags(d, diags);
  return k;
}

attncc_kernel *attncc_jit_string(const char *text, size_t len, const char *filename,
                                 const attncc_options *o, attncc_diags **diags) {
  attncc_options defaults;
  if (!o) {
    attncc_options_init(&defaults);
    o = &defaults;
  }
  attncc_diags *d = cc_diags_new();
  attncc_context *c = default_context(o, d);
  attncc_kernel *k =
      c ? compile(c, text, len, filename ? filename : "<string>", o->defines, o->n_defines, d)
        : NULL;
  hand_diags(d, diags);
  return k;
}

attncc_kernel *attncc_jit_file(const char *path, const attncc_options *o, attncc_diags **diags) {
  attncc_diags *d = cc_diags_new();
  size_t n = 0;
  char *buf = read_spec(path, &n, d);
  if (!buf) {
    hand_diags(d, diags);
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
  attncc_context *c = k->ctx;
  pthread_mutex_lock(&c->mu);
  kernel_unlink(c, k);
  c->live--;
  pthread_mutex_unlock(&c->mu);
  free(k);
}
