/*
 * Shared by every compiler stage: the compilation arena, diagnostics as
 * data, and the two kinds of failure (STYLE.md 13): cc_error() records bad
 * input and returns; cc_die()/cc_unreachable() abort on a broken invariant.
 */
#ifndef ATTNCC_COMMON_H
#define ATTNCC_COMMON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "attncc/attncc.h"

#if defined(__GNUC__)
#define CC_HIDDEN __attribute__((visibility("hidden")))
#define CC_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define CC_NORETURN __attribute__((noreturn))
#else
#define CC_HIDDEN
#define CC_PRINTF(f, a)
#define CC_NORETURN
#endif

/* --- arena: one compilation's memory, released by one free ------------- */
typedef struct cc_arena cc_arena;
CC_HIDDEN cc_arena *cc_arena_new(void);
CC_HIDDEN void cc_arena_free(cc_arena *a);
/* Zeroed, 16-byte aligned; aborts on out-of-memory (a compiler invariant). */
CC_HIDDEN void *cc_alloc(cc_arena *a, size_t n);
CC_HIDDEN char *cc_strdup(cc_arena *a, const char *s);
CC_HIDDEN char *cc_strndup(cc_arena *a, const char *s, size_t n);
CC_HIDDEN char *cc_sprintf(cc_arena *a, const char *fmt, ...) CC_PRINTF(2, 3);
/* Moves everything src holds into dst and frees src: what was allocated in
 * src stays where it is and is released with dst. */
CC_HIDDEN void cc_arena_adopt(cc_arena *dst, cc_arena *src);

/* --- diagnostics ------------------------------------------------------- */
/* attncc_diags owns its strings (it outlives the arena of a compilation). */
CC_HIDDEN attncc_diags *cc_diags_new(void);
/* Records a diagnostic; `src`/`src_len` is the whole input text the position
 * refers to (the source line is copied from it), or null. */
CC_HIDDEN void cc_diag(attncc_diags *d, attncc_severity sev, const char *file,
                       const char *src, size_t src_len, int line, int col,
                       const char *fmt, ...) CC_PRINTF(8, 9);
CC_HIDDEN void cc_vdiag(attncc_diags *d, attncc_severity sev, const char *file,
                        const char *src, size_t src_len, int line, int col,
                        const char *fmt, va_list ap);
CC_HIDDEN int cc_diags_errors(const attncc_diags *d);

/* --- broken invariants -------------------------------------------------- */
CC_HIDDEN CC_NORETURN void cc_die_at(const char *file, int line, const char *fmt, ...)
    CC_PRINTF(3, 4);
#define cc_die(...) cc_die_at(__FILE__, __LINE__, __VA_ARGS__)
#define cc_unreachable() cc_die_at(__FILE__, __LINE__, "unreachable")
#define cc_assert(c) ((c) ? (void)0 : cc_die_at(__FILE__, __LINE__, "assertion failed: %s", #c))

/* Reads at most `max` bytes of a file (malloc'd, NUL-terminated); a file
 * longer than max is read as max+1 bytes so the caller can reject it.
 * Returns null with a diagnostic when the file cannot be read. */
CC_HIDDEN char *cc_read_file(const char *path, size_t max, size_t *len, attncc_diags *d);

/* FNV-1a, 64 bit: the spec hash in attn_info and the kernel-cache key. */
CC_HIDDEN uint64_t cc_fnv1a64(const void *p, size_t n);
/* "268435456", "256M", "64k", "1G" -> bytes in *out; -1 when malformed or
 * out of range. */
CC_HIDDEN int cc_parse_size(const char *s, uint64_t *out);

#endif
