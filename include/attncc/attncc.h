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
 * Thread safety: attncc_jit_* may be called from several threads at once;
 * each kernel owns its JIT instance.  A kernel's functions may be called
 * concurrently once it is returned.
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
#define ATTNCC_VERSION_MINOR 1
#define ATTNCC_VERSION_PATCH 0
#define ATTNCC_VERSION_STRING "0.1.0"
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
 * freed by attncc_diags_free. */
ATTNCC_API attncc_kernel *attncc_jit_file(const char *path, const attncc_options *o,
                               attncc_diags **diags);
ATTNCC_API attncc_kernel *attncc_jit_string(const char *text, size_t len,
                                 const char *filename, const attncc_options *o,
                                 attncc_diags **diags);
ATTNCC_API const attncc_fns *attncc_kernel_fns(const attncc_kernel *k);
ATTNCC_API void attncc_kernel_free(attncc_kernel *k);

/* "0.1.0 (LLVM 19.1.7)" */
ATTNCC_API const char *attncc_version(void);

#ifdef __cplusplus
}
#endif
#endif /* ATTNCC_ATTNCC_H */
