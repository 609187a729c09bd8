/* Arena, diagnostics and invariant failures shared by every stage. */
#include "common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- arena --------------------------------------------------------------- */

typedef struct cc_block {
  struct cc_block *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
} cc_block;

struct cc_arena {
  cc_block *head;
};

cc_arena *cc_arena_new(void) {
  cc_arena *a = calloc(1, sizeof *a);
  if (!a) cc_die("out of memory");
  return a;
}

void cc_arena_free(cc_arena *a) {
  if (!a) return;
  for (cc_block *b = a->head, *n; b; b = n) {
    n = b->next;
    free(b);
  }
  free(a);
}

void cc_arena_adopt(cc_arena *dst, cc_arena *src) {
  cc_block **tail = &src->head; /* src's blocks go behind dst's current one */
  while (*tail) tail = &(*tail)->next;
  if (dst->head) {
    *tail = dst->head->next;
    dst->head->next = src->head;
  } else {
    dst->head = src->head;
  }
  free(src);
}

void *cc_alloc(cc_arena *a, size_t n) {
  n = (n + 15) & ~(size_t)15;
  cc_block *b = a->head;
  if (!b || b->size - b->used < n) {
    size_t size = n > 65536 ? n : 65536;
    b = malloc(sizeof *b + size);
    if (!b) cc_die("out of memory");
    b->used = 0;
    b->size = size;
    b->next = a->head;
    a->head = b;
  }
  void *p = b->data + b->used;
  b->used += n;
  memset(p, 0, n);
  return p;
}

char *cc_strndup(cc_arena *a, const char *s, size_t n) {
  char *p = cc_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *cc_strdup(cc_arena *a, const char *s) { return cc_strndup(a, s, strlen(s)); }

char *cc_sprintf(cc_arena *a, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = cc_alloc(a, (size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return p;
}

/* --- diagnostics ------------------------------------------------------- */

struct attncc_diags {
  attncc_diag *v;
  size_t n, cap;
};

attncc_diags *cc_diags_new(void) {
  attncc_diags *d = calloc(1, sizeof *d);
  if (!d) cc_die("out of memory");
  return d;
}

static char *xstrndup(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) cc_die("out of memory");
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

/* The text of line `line` (1-based) of src, or null. */
static char *source_line(const char *src, size_t len, int line) {
  if (!src || line < 1) return NULL;
  size_t i = 0;
  for (int l = 1; l < line; l++) {
    while (i < len && src[i] != '\n') i++;
    if (i >= len) return NULL;
    i++;
  }
  size_t e = i;
  while (e < len && src[e] != '\n' && src[e] != '\r') e++;
  return xstrndup(src + i, e - i);
}

void cc_vdiag(attncc_diags *d, attncc_severity sev, const char *file,
              const char *src, size_t src_len, int line, int col,
              const char *fmt, va_list ap) {
  if (!d) return;
  if (d->n == d->cap) {
    size_t cap = d->cap ? 2 * d->cap : 8;
    attncc_diag *v = realloc(d->v, cap * sizeof *v);
    if (!v) cc_die("out of memory");
    d->v = v;
    d->cap = cap;
  }
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  char *msg = malloc((size_t)n + 1);
  if (!msg) cc_die("out of memory");
  vsnprintf(msg, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  attncc_diag *g = &d->v[d->n++];
  g->severity = sev;
  g->file = xstrndup(file ? file : "<input>", strlen(file ? file : "<input>"));
  g->line = line;
  g->col = col;
  g->message = msg;
  g->source_line = source_line(src, src_len, line);
}

void cc_diag(attncc_diags *d, attncc_severity sev, const char *file,
             const char *src, size_t src_len, int line, int col,
             const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  cc_vdiag(d, sev, file, src, src_len, line, col, fmt, ap);
  va_end(ap);
}

int cc_diags_errors(const attncc_diags *d) {
  int n = 0;
  for (size_t i = 0; d && i < d->n; i++) n += d->v[i].severity == ATTNCC_ERROR;
  return n;
}

size_t attncc_diags_count(const attncc_diags *d) { return d ? d->n : 0; }

const attncc_diag *attncc_diags_get(const attncc_diags *d, size_t i) {
  return d && i < d->n ? &d->v[i] : NULL;
}

void attncc_diags_free(attncc_diags *d) {
  if (!d) return;
  for (size_t i = 0; i < d->n; i++) {
    free((char *)d->v[i].file);
    free((char *)d->v[i].message);
    free((char *)d->v[i].source_line);
  }
  free(d->v);
  free(d);
}

/* file:line:col: error: message
 *   source line
 *       ^          (tabs in the source line are kept so the caret lines up) */
int attncc_diag_format(const attncc_diag *g, char *buf, size_t size) {
  static const char *const sev[] = {"error", "warning", "note"};
  char pos[64] = "";
  if (g->line > 0 && g->col > 0)
    snprintf(pos, sizeof pos, "%d:%d:", g->line, g->col);
  else if (g->line > 0)
    snprintf(pos, sizeof pos, "%d:", g->line);
  int n = snprintf(buf, size, "%s:%s %s: %s\n", g->file, pos,
                   sev[g->severity], g->message);
  if (g->source_line && g->col > 0) {
    size_t off = n > 0 && (size_t)n < size ? (size_t)n : size;
    n += snprintf(buf ? buf + off : NULL, size - off, "%5d | %s\n      | ",
                  g->line, g->source_line);
    size_t sl = strlen(g->source_line);
    for (int c = 1; c < g->col; c++) {
      char ch = (size_t)(c - 1) < sl && g->source_line[c - 1] == '\t' ? '\t' : ' ';
      if ((size_t)n + 1 < size) buf[n] = ch;
      n++;
    }
    if ((size_t)n + 2 < size) {
      buf[n] = '^';
      buf[n + 1] = '\n';
      buf[n + 2] = 0;
    } else if (size) {
      buf[size - 1] = 0;
    }
    n += 2;
  }
  return n;
}

/* --- invariants ---------------------------------------------------------- */

void cc_die_at(const char *file, int line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "attncc: internal error at %s:%d: ", file, line);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  abort();
}

uint64_t cc_fnv1a64(const void *p, size_t n) {
  const unsigned char *s = p;
  uint64_t h = 0xcbf29ce484222325ull;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 0x100000001b3ull;
  }
  return h;
}

char *cc_read_file(const char *path, size_t max, size_t *len, attncc_diags *d) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0, "cannot read '%s': %s", path, strerror(errno));
    return NULL;
  }
  char *buf = malloc(max + 2);
  if (!buf) cc_die("out of memory");
  *len = fread(buf, 1, max + 1, f);
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0, "cannot read '%s': read error", path);
    free(buf);
    return NULL;
  }
  buf[*len] = 0;
  return buf;
}

int cc_parse_size(const char *v, uint64_t *out) {
  char *end = NULL;
  errno = 0;
  unsigned long long n = strtoull(v, &end, 10);
  if (errno || end == v || *v == '-') return -1;
  unsigned shift = 0;
  switch (*end) {
  case 'k': case 'K': shift = 10; end++; break;
  case 'm': case 'M': shift = 20; end++; break;
  case 'g': case 'G': shift = 30; end++; break;
  default: break;
  }
  if (*end || (shift && n > (~0ull >> shift))) return -1;
  *out = (uint64_t)n << shift;
  return 0;
}
