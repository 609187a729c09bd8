/*
 * The on-disk kernel cache (docs/architecture.md, "JIT and kernel cache"):
 * the object code of a compiled kernel, filed under the hash of everything
 * that determines it, so compiling the same spec for the same target again
 * skips code generation.  Entries are written to a temporary in the cache
 * directory and renamed into place (never a partial entry under an entry's
 * name), checked in full on every read (magic, format, the exact key, size,
 * checksum), and the directory is kept under ATTNCC_CACHE_MAX bytes by
 * evicting the least recently used entries.  The cache never fails a
 * compile: every problem is a miss.
 *
 * Entry file DIR/<16 hex digits of FNV-1a(key)>.kernel, integers little
 * endian:
 *
 *   0   8  magic "ATTNCCK\n"
 *   8   4  format version (CACHE_FORMAT)
 *  12   4  key length K
 *  16   8  object length P
 *  24   8  FNV-1a 64 of the key
 *  32   8  FNV-1a 64 of the object
 *  40   K  the key material (text)
 *  40+K P  the objects: their count N (4 bytes, 1 <= N <= BE_PARTS_MAX), N
 *          lengths (8 bytes each, none 0), then the N objects back to back
 *          (ELF, as attncc -o writes one; the JIT compiles a kernel in parts)
 *
 * and the file is exactly 40 + K + P bytes long, P = 4 + 8 N + the lengths.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "backend.h"

enum {
  CACHE_FORMAT = 2, /* 2: several objects per entry (1: one) */
  HDR = 40,
  STALE_TEMP_S = 3600, /* a temporary this old belongs to a writer that died */
};
static const char magic[8] = {'A', 'T', 'T', 'N', 'C', 'C', 'K', '\n'};
#define DEFAULT_MAX ((uint64_t)256 << 20)
#define ENTRY_MAX ((uint64_t)1 << 30) /* larger files are not entries we wrote */

/* --- configuration ---------------------------------------------------------- */

static int is_off(const char *v) {
  return v && (!strcasecmp(v, "off") || !strcmp(v, "0") || !strcasecmp(v, "no") ||
               !strcasecmp(v, "false"));
}

/* mkdir -p with mode 0700 for every directory it creates. */
static int make_dirs(char *path) {
  for (char *p = path + 1; *p; p++) {
    if (*p != '/') continue;
    *p = 0;
    int r = mkdir(path, 0700);
    *p = '/';
    if (r && errno != EEXIST) return -1;
  }
  return mkdir(path, 0700) && errno != EEXIST ? -1 : 0;
}

int be_cache_dir(char *dir, size_t size) {
  const char *env = getenv("ATTNCC_CACHE_DIR"), *xdg = getenv("XDG_CACHE_HOME"),
             *home = getenv("HOME");
  int n;
  if (env && *env)
    n = snprintf(dir, size, "%s", env);
  else if (xdg && xdg[0] == '/') /* XDG: relative paths are to be ignored */
    n = snprintf(dir, size, "%s/attncc", xdg);
  else if (home && home[0] == '/')
    n = snprintf(dir, size, "%s/.cache/attncc", home);
  else
    n = -1;
  if (n <= 0 || (size_t)n >= size - 64 || make_dirs(dir)) {
    if (size) dir[0] = 0;
    return -1;
  }
  return 0;
}

void be_cache_open(be_cache *c, attncc_diags *d) {
  memset(c, 0, sizeof *c);
  c->max_bytes = DEFAULT_MAX;
  if (is_off(getenv("ATTNCC_CACHE"))) return;
  const char *max = getenv("ATTNCC_CACHE_MAX");
  if (max && *max && cc_parse_size(max, &c->max_bytes)) {
    cc_diag(d, ATTNCC_WARNING, "<environment>", NULL, 0, 0, 0,
            "ATTNCC_CACHE_MAX='%s' is not a size in bytes (like 268435456 or 256M); "
            "using 256M", max);
    c->max_bytes = DEFAULT_MAX;
  }
  if (c->max_bytes == 0) return;
  if (be_cache_dir(c->dir, sizeof c->dir)) {
    c->dir[0] = 0; /* no usable directory: compile without caching */
    return;
  }
  /* Entries are loaded as machine code: only from a directory that nobody
   * else can write to. */
  struct stat st;
  if (stat(c->dir, &st) || !S_ISDIR(st.st_mode)) {
    c->dir[0] = 0;
  } else if (st.st_uid != geteuid() || (st.st_mode & 022)) {
    cc_diag(d, ATTNCC_WARNING, "<environment>", NULL, 0, 0, 0,
            "kernel cache '%s' is not a private directory of this user (owner or mode); "
            "compiling without the cache", c->dir);
    c->dir[0] = 0;
  }
}

/* --- the key ---------------------------------------------------------------- */

/*
 * Which attncc built the code: the GNU build ID of the binary holding this
 * function (libattncc.so, or a program linking attncc statically), a hash of
 * its whole contents, so any change to attncc's code changes every key.
 * Without one, the binary's path, size and modification time.
 */
static char build_id[96];
static pthread_once_t build_once = PTHREAD_ONCE_INIT;

static size_t align_up(size_t n, size_t a) { return (n + a - 1) / a * a; }

static int phdr_note(struct dl_phdr_info *info, size_t sz, void *p) {
  uintptr_t addr = *(uintptr_t *)p, base = info->dlpi_addr;
  int mine = 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type == PT_LOAD && addr >= base + ph->p_vaddr &&
        addr < base + ph->p_vaddr + ph->p_memsz)
      mine = 1;
  }
  if (!mine) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_NOTE) continue;
    size_t al = ph->p_align == 8 ? 8 : 4;
    const char *q = (const char *)(base + ph->p_vaddr), *end = q + ph->p_memsz;
    while ((size_t)(end - q) >= sizeof(ElfW(Nhdr))) {
      const ElfW(Nhdr) *nh = (const void *)q;
      const char *name = q + sizeof *nh;
      const unsigned char *desc = (const unsigned char *)name + align_up(nh->n_namesz, al);
      if ((const char *)desc + nh->n_descsz > end) break;
      if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && !memcmp(name, "GNU", 4) &&
          nh->n_descsz * 2 < sizeof build_id) {
        for (size_t j = 0; j < nh->n_descsz; j++)
          snprintf(build_id + 2 * j, 3, "%02x", desc[j]);
        return 1;
      }
      q = (const char *)desc + align_up(nh->n_descsz, al);
    }
  }
  return 1;
}

static void find_build_id(void) {
  uintptr_t addr = (uintptr_t)(void *)find_build_id;
  dl_iterate_phdr(phdr_note, &addr);
  if (build_id[0]) return;
  Dl_info di;
  struct stat st;
  if (dladdr((void *)find_build_id, &di) && di.dli_fname && !stat(di.dli_fname, &st)) {
    uint64_t h = cc_fnv1a64(di.dli_fname, strlen(di.dli_fname));
    snprintf(build_id, sizeof build_id, "file-%016llx-%lld-%lld.%09ld", (unsigned long long)h,
             (long long)st.st_size, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  }
}

/*
 * Everything the object depends on.  The target's facts are all derived from
 * triple, cpu, features and the host's cache sizes, so those inputs are the
 * key; a fact that comes from anywhere else must be added here.
 */
const char *be_cache_key(cc_arena *a, const attn_spec *s, const cc_target *t, int opt_level) {
  pthread_once(&build_once, find_build_id);
  if (!build_id[0]) return NULL;
  unsigned maj = 0, min = 0, pat = 0;
  LLVMGetVersion(&maj, &min, &pat);
  return cc_sprintf(a,
                    "attncc kernel cache %d\n"
                    "attncc %s build %s\n"
                    "llvm %u.%u.%u\n"
                    "abi %d spec %d\n"
                    "triple %s\ncpu %s\nfeatures %s\n"
                    "facts vec_bytes=%d vregs=%d fma=%d f16_convert=%d bf16_dot=%d x86=%d "
                    "l1d=%d l2=%d\n"
                    "opt %d\n"
                    "spec\n%s",
                    CACHE_FORMAT, ATTNCC_VERSION_STRING, build_id, maj, min, pat,
                    ATTN_ABI_VERSION, ATTNCC_SPEC_VERSION, t->triple, t->cpu, t->features,
                    t->vec_bytes, t->vregs, t->has_fma, t->has_f16_convert, t->has_bf16_dot,
                    t->x86, t->l1d_bytes, t->l2_bytes, opt_level, s->canonical);
}

/* --- entries ---------------------------------------------------------------- */

static void put32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> 8 * i);
}
static void put64(unsigned char *p, uint64_t v) {
  for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> 8 * i);
}
static uint32_t get32(const unsigned char *p) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; i--) v = v << 8 | p[i];
  return v;
}
static uint64_t get64(const unsigned char *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--) v = v << 8 | p[i];
  return v;
}

static void entry_path(const be_cache *c, const char *key, char *path, size_t size) {
  snprintf(path, size, "%s/%016llx.kernel", c->dir,
           (unsigned long long)cc_fnv1a64(key, strlen(key)));
}

/* The objects of a payload of n bytes, or 0 when it is not laid out as
 * the format says. */
static int payload_objects(const unsigned char *p, uint64_t n, be_objects *objs) {
  if (n < 4) return 0;
  uint32_t k = get32(p);
  if (k < 1 || k > BE_PARTS_MAX || n < 4 + 8 * (uint64_t)k) return 0;
  uint64_t at = 4 + 8 * (uint64_t)k;
  objs->n = (int)k;
  for (uint32_t i = 0; i < k; i++) {
    uint64_t len = get64(p + 4 + 8 * i);
    if (len == 0 || len > n - at) return 0;
    objs->data[i] = p + at;
    objs->size[i] = (size_t)len;
    at += len;
  }
  return at == n;
}

/* Is this entry whole and the one for key?  Fills *objs. */
static int entry_ok(const unsigned char *b, size_t n, const char *key, be_objects *objs) {
  size_t kl = strlen(key);
  if (n < HDR || memcmp(b, magic, sizeof magic) || get32(b + 8) != CACHE_FORMAT ||
      get32(b + 12) != kl || n - HDR < kl)
    return 0;
  uint64_t pl = get64(b + 16);
  if (pl == 0 || pl != n - HDR - kl || get64(b + 24) != cc_fnv1a64(key, kl) ||
      memcmp(b + HDR, key, kl) || get64(b + 32) != cc_fnv1a64(b + HDR + kl, pl))
    return 0;
  return payload_objects(b + HDR + kl, pl, objs);
}

static int read_all(int fd, unsigned char *p, size_t n) {
  while (n) {
    ssize_t r = read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return -1;
    p += r;
    n -= (size_t)r;
  }
  return 0;
}

void *be_cache_load(const be_cache *c, const char *key, be_objects *objs, be_cache_status *st) {
  *st = BE_CACHE_MISS;
  if (!c->dir[0] || !key) return NULL;
  char path[sizeof c->dir + 32];
  entry_path(c, key, path, sizeof path);
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return NULL;
  struct stat sb;
  unsigned char *b = NULL;
  int ok = 0;
  if (!fstat(fd, &sb) && S_ISREG(sb.st_mode) && sb.st_size >= HDR &&
      (uint64_t)sb.st_size <= ENTRY_MAX) {
    b = malloc((size_t)sb.st_size);
    if (!b) cc_die("out of memory");
    ok = !read_all(fd, b, (size_t)sb.st_size) && entry_ok(b, (size_t)sb.st_size, key, objs);
  }
  if (ok) futimens(fd, NULL); /* used now: last to be evicted */
  close(fd);
  if (!ok) {
    free(b);
    unlink(path); /* truncated, corrupt, or another key's: replaced by this compile */
    *st = BE_CACHE_BAD;
    return NULL;
  }
  *st = BE_CACHE_HIT;
  return b;
}

void be_cache_drop(const be_cache *c, const char *key) {
  if (!c->dir[0] || !key) return;
  char path[sizeof c->dir + 32];
  entry_path(c, key, path, sizeof path);
  unlink(path);
}

static int write_all(int fd, const unsigned char *p, size_t n) {
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* --- eviction --------------------------------------------------------------- */

typedef struct cache_file {
  char name[40];
  uint64_t size;
  struct timespec mtime;
} cache_file;

/* <16 hex>.kernel, optionally followed by .tmp.XXXXXX (a temporary). */
static int entry_name(const char *s, int *temp) {
  for (int i = 0; i < 16; i++)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return 0;
  if (strncmp(s + 16, ".kernel", 7)) return 0;
  *temp = s[23] != 0;
  return !s[23] || (!strncmp(s + 23, ".tmp.", 5) && strlen(s) < sizeof((cache_file *)0)->name);
}

static int older(const void *a, const void *b) {
  const struct timespec *x = &((const cache_file *)a)->mtime, *y = &((const cache_file *)b)->mtime;
  if (x->tv_sec != y->tv_sec) return x->tv_sec < y->tv_sec ? -1 : 1;
  return x->tv_nsec < y->tv_nsec ? -1 : x->tv_nsec > y->tv_nsec;
}

/* Deletes the least recently used entries (oldest mtime: a hit touches its
 * entry) until the entries total at most max_bytes, and temporaries left by
 * writers that died. */
static void evict(const be_cache *c) {
  DIR *dir = opendir(c->dir);
  if (!dir) return;
  int dfd = dirfd(dir);
  cache_file *v = NULL;
  size_t n = 0, cap = 0;
  uint64_t total = 0;
  time_t now = time(NULL);
  for (struct dirent *e; (e = readdir(dir));) {
    int temp = 0;
    struct stat st;
    if (!entry_name(e->d_name, &temp) || fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) ||
        !S_ISREG(st.st_mode))
      continue;
    if (temp) {
      if (now - st.st_mtime > STALE_TEMP_S) unlinkat(dfd, e->d_name, 0);
      continue;
    }
    if (n == cap) {
      cap = cap ? 2 * cap : 64;
      v = realloc(v, cap * sizeof *v);
      if (!v) cc_die("out of memory");
    }
    memcpy(v[n].name, e->d_name, 24); /* "<16 hex>.kernel" and its NUL: entry_name said so */
    v[n].size = (uint64_t)st.st_size;
    v[n].mtime = st.st_mtim;
    total += v[n++].size;
  }
  if (total > c->max_bytes) {
    qsort(v, n, sizeof *v, older);
    for (size_t i = 0; i < n && total > c->max_bytes; i++)
      if (!unlinkat(dfd, v[i].name, 0) || errno == ENOENT) total -= v[i].size;
  }
  free(v);
  closedir(dir);
}

int be_cache_store(const be_cache *c, const char *key, const be_objects *objs) {
  if (!c->dir[0] || !key || objs->n < 1 || objs->n > BE_PARTS_MAX) return -1;
  size_t kl = strlen(key), pl = 4 + 8 * (size_t)objs->n;
  for (int i = 0; i < objs->n; i++) {
    if (!objs->size[i]) return -1;
    pl += objs->size[i];
  }
  size_t n = HDR + kl + pl;
  if (n > c->max_bytes || n > ENTRY_MAX) return -1;
  unsigned char *b = malloc(n), *p = b + HDR + kl;
  if (!b) cc_die("out of memory");
  put32(p, (uint32_t)objs->n);
  size_t at = 4 + 8 * (size_t)objs->n;
  for (int i = 0; i < objs->n; i++) {
    put64(p + 4 + 8 * i, objs->size[i]);
    memcpy(p + at, objs->data[i], objs->size[i]);
    at += objs->size[i];
  }
  memcpy(b, magic, sizeof magic);
  put32(b + 8, CACHE_FORMAT);
  put32(b + 12, (uint32_t)kl);
  put64(b + 16, pl);
  put64(b + 24, cc_fnv1a64(key, kl));
  put64(b + 32, cc_fnv1a64(p, pl));
  memcpy(b + HDR, key, kl);
  char path[sizeof c->dir + 32], tmp[sizeof path + 16];
  entry_path(c, key, path, sizeof path);
  snprintf(tmp, sizeof tmp, "%s.tmp.XXXXXX", path);
  /* The temporary is named like the entry, in the same directory: rename is
   * atomic, and a writer that dies leaves only a temporary (evict). */
  int fd = mkostemp(tmp, O_CLOEXEC), ok = fd >= 0;
  if (ok) {
    ok = !write_all(fd, b, n);
    ok = !close(fd) && ok;
    ok = ok && !rename(tmp, path);
    if (!ok) unlink(tmp);
  }
  free(b);
  if (!ok) return -1;
  evict(c);
  return 0;
}
