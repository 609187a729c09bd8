/*
 * attncc compiler API: spec text -> specialized attention kernel, in process.
 *
 * The library never prints: every problem comes back as attncc_diag data
 * with a position, and attncc_diag_format renders the usual
 * `file:line:col: error: message` + source line + caret form.
 * Kernels compiled here share their ABI with ahead-of-time objects
 * (attncc/kernel.h) and call into libattnrt, which must be linked into the
 * host (its symbols are bound explicitly, no -rdynamic needed).
 *
 * Thread safety: every function here may be called from several threads at
 * once, compiles into the same context too (only a context or kernel being
 * freed must not be in use).  A kernel's functions may be called
 * concurrently once it is returned.
 *
 * Kernel cache: compiled kernels are kept on disk (object code under a hash
 * of the canonical spec, the target, the optimization level and the attncc
 * and LLVM builds), so compiling the same spec for the same target again
 * skips code generation (a fraction of a millisecond instead of tens).
 * The environment controls it, read at each compile:
 *   ATTNCC_CACHE=off        no cache (also 0, no, false)
 *   ATTNCC_CACHE_DIR=path   where (default $XDG_CACHE_HOME/attncc, else
 *                           $HOME/.cache/attncc); must be owned by the user
 *                           and not writable by others, or it is not used
 *   ATTNCC_CACHE_MAX=bytes  size bound (default 256M; suffixes K, M, G; 0:
 *                           no cache); least recently used entries go first
 * A problem with the cache (unwritable, full, a damaged entry) never fails
 * a compile: the kernel is compiled as if there were no cache.
 * docs/architecture.md ("JIT and kernel cache") has the details.
 */
#ifndef ATTNCC_ATTNCC_H
#define ATTNCC_ATTNCC_H

#include <stddef.h>
#include "kernel.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Exported from libattncc.so; everything else in the library is hidden. */
#if defined(__GNUC__)
#define ATTNCC_API __attribute__((visibility("default")))
#else
#define ATTNCC_API
#endif

#define ATTNCC_VERSION_MAJOR 0
#define ATTNCC_VERSION_MINOR 13
#define ATTNCC_VERSION_PATCH 0
#define ATTNCC_VERSION_STRING "0.13.0"
/* Spec language versions this compiler reads. */
#define ATTNCC_SPEC_VERSION 1

typedef enum attncc_severity { ATTNCC_ERROR = 0, ATTNCC_WARNING = 1, ATTNCC_NOTE = 2 } attncc_severity;

/* One diagnostic.  line/col are 1-based; 0 when there is no position. */
typedef struct attncc_diag {
  attncc_severity severity;
  const char *file;         /* spec path, "<string>", or "<command line>" */
  int line, col;
  const char *message;
  const char *source_line;  /* the offending line without its newline, or null */
} attncc_diag;

typedef struct attncc_diags attncc_diags;
ATTNCC_API size_t attncc_diags_count(const attncc_diags *d);
ATTNCC_API const attncc_diag *attncc_diags_get(const attncc_diags *d, size_t i);
ATTNCC_API void attncc_diags_free(attncc_diags *d);
/* Renders one diagnostic (with source line and caret when known), like
 * snprintf: returns the length it needed. */
ATTNCC_API int attncc_diag_format(const attncc_diag *d, char *buf, size_t size);

typedef struct attncc_options {
  const char *triple;        /* null: host */
  const char *cpu;           /* null: host CPU */
  const char *features;      /* null: host features ("+avx2,-avx512f" to adjust) */
  int opt_level;             /* 0..3; default (0 in a zeroed struct means O0) */
  const char *const *defines; /* "key.path=value" overrides, like attncc -D */
  int n_defines;
  /* Cache sizes the tile planner assumes, in bytes; 0: this machine's (read
   * from the host for the host target, else 32 KiB / 1 MiB).  Since 0.2. */
  int l1d_bytes, l2_bytes;
} attncc_options;

/* Fills the defaults: host target, O2, no overrides. */
ATTNCC_API void attncc_options_init(attncc_options *o);

typedef struct attncc_kernel attncc_kernel;

/* Typed entry points of a JIT-compiled kernel (same meaning as NAME, ...). */
typedef struct attncc_fns {
  int (*run)(const attn_args *);
  int64_t (*tasks)(const attn_args *);
  int (*task)(const attn_args *, int64_t);
  int64_t (*workspace)(const attn_args *);
  int (*append)(const attn_args *);
  const attn_info *(*info)(void);
} attncc_fns;

/* Compile a spec file / spec text into a kernel.  On failure returns null;
 * *diags (if diags is non-null) receives the diagnostics either way and is
 * freed by attncc_diags_free.  These compile in a process-wide context per
 * target (triple, cpu, features, opt_level), created on first use and kept
 * until the process exits; o->defines apply to this compile only. */
ATTNCC_API attncc_kernel *attncc_jit_file(const char *path, const attncc_options *o,
                               attncc_diags **diags);
ATTNCC_API attncc_kernel *attncc_jit_string(const char *text, size_t len,
                                 const char *filename, const attncc_options *o,
                                 attncc_diags **diags);
ATTNCC_API const attncc_fns *attncc_kernel_fns(const attncc_kernel *k);
/* Frees a kernel and unmaps its code (its functions must no longer run). */
ATTNCC_API void attncc_kernel_free(attncc_kernel *k);

/*
 * A compiler context: one target (o's triple, cpu, features and opt_level),
 * one JIT and its target machines, set up once and shared by every kernel
 * compiled in it; o's defines apply to every compile in it.  Each kernel is
 * linked into a library of its own, so kernels with the same spec name
 * coexist, and attncc_kernel_free removes its code.
 *
 * A kernel must not outlive its context: free every kernel of a context
 * before the context (attncc_context_free aborts the process when one is
 * left).  o null: attncc_options_init's defaults.  Returns null with an
 * error in *diags for a target this machine cannot run (another
 * architecture or OS) or that LLVM does not know.
 */
typedef struct attncc_context attncc_context;
ATTNCC_API attncc_context *attncc_context_new(const attncc_options *o, attncc_diags **diags);
ATTNCC_API void attncc_context_free(attncc_context *c);
/* As attncc_jit_string / attncc_jit_file, in context c. */
ATTNCC_API attncc_kernel *attncc_context_jit_string(attncc_context *c, const char *text,
                                                   size_t len, const char *filename,
                                                   attncc_diags **diags);
ATTNCC_API attncc_kernel *attncc_context_jit_file(attncc_context *c, const char *path,
                                                 attncc_diags **diags);

/* "0.1.0 (LLVM 19.1.7)" */
ATTNCC_API const char *attncc_version(void);

#ifdef __cplusplus
}
#endif
#endif /* ATTNCC_ATTNCC_H */
