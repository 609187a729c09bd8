/*
 * The on-disk kernel cache: a hit runs bit for bit like the cold compile it
 * came from; ATTNCC_CACHE=off writes nothing; truncated, corrupted and
 * foreign entries are detected, recompiled and replaced; the size bound
 * evicts the least recently used entries; a cache that cannot be used never
 * fails a compile.  Every test works in a directory of its own.
 */
#define _GNU_SOURCE
#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "backend/backend.h"
#include "jtest.h"

static attncc_context *new_context(void) {
  attncc_diags *d = NULL;
  attncc_context *c = attncc_context_new(NULL, &d);
  ck_assert_ptr_nonnull(c);
  ck_assert_uint_eq(attncc_diags_count(d), 0);
  attncc_diags_free(d);
  return c;
}

static be_jit_stats stats(attncc_context *c) {
  be_jit_stats s;
  be_jit_stats_get(c, &s);
  return s;
}

/* Compiles text in c and checks the kernel against the reference and,
 * when `like` is given, bit for bit against it. */
static attncc_kernel *compile_checked(attncc_context *c, const char *text, int want_hit,
                                      jt_run_out *like) {
  attncc_kernel *k = jt_jit(c, text);
  ck_assert_ptr_nonnull(k);
  ck_assert_int_eq(be_kernel_from_cache(k), want_hit);
  jt_run_out r = jt_run(attncc_kernel_fns(k), 7);
  ck_assert_int_eq(r.rc, 0);
  ck_assert_msg(r.max_err <= 1e-5, "max error %g", r.max_err);
  if (like) ck_assert_msg(jt_same(&r, like), "outputs differ from the cold compile's");
  jt_run_free(&r);
  return k;
}

static void sleep_ms(int ms) { /* file times advance by kernel ticks */
  struct timespec t = {0, ms * 1000000L};
  nanosleep(&t, NULL);
}

static uint64_t le(const unsigned char *p, int n) {
  uint64_t v = 0;
  for (int i = n - 1; i >= 0; i--) v = v << 8 | p[i];
  return v;
}

/* The entry file is laid out as docs/architecture.md says, and its key
 * names this build of attncc and the spec. */
static void check_entry_format(const char *dir) {
  char path[4096];
  size_t size = 0;
  ck_assert_int_eq(jt_entries(dir, &size, path, sizeof path), 1);
  unsigned char *b = malloc(size);
  FILE *f = fopen(path, "rb");
  ck_assert_ptr_nonnull(f);
  ck_assert_uint_eq(fread(b, 1, size, f), size);
  fclose(f);
  ck_assert_int_eq(memcmp(b, "ATTNCCK\n", 8), 0);
  ck_assert_int_eq(le(b + 8, 4), 2);
  uint64_t kl = le(b + 12, 4), pl = le(b + 16, 8);
  ck_assert_uint_eq(40 + kl + pl, size);
  char *key = strndup((const char *)b + 40, kl);
  char name[32];
  snprintf(name, sizeof name, "%016llx.kernel", (unsigned long long)le(b + 24, 8));
  ck_assert_str_eq(strrchr(path, '/') + 1, name);
  /* the payload: object count, their lengths, the objects (each ELF) */
  const unsigned char *p = b + 40 + kl;
  uint64_t n = le(p, 4), at = 4 + 8 * n;
  ck_assert(n >= 1 && n <= BE_PARTS_MAX);
  for (uint64_t i = 0; i < n; i++) {
    ck_assert_int_eq(memcmp(p + at, "\177ELF", 4), 0);
    at += le(p + 4 + 8 * i, 8);
  }
  ck_assert_uint_eq(at, pl);
  const char *build = strstr(key, " build ");
  ck_assert_ptr_nonnull(build);
  size_t hex = strspn(build + 7, "0123456789abcdef"); /* a GNU build ID, not the fallback */
  ck_assert_uint_ge(hex, 16);
  ck_assert_int_eq(build[7 + hex], '\n');
  ck_assert_ptr_nonnull(strstr(key, "\ntriple "));
  ck_assert_ptr_nonnull(strstr(key, "\nopt 2\n"));
  ck_assert_ptr_nonnull(strstr(key, "\nspec\nattncc: 1\nname: cached\n"));
  free(key);
  free(b);
}

START_TEST(hit_equals_cold) {
  char *dir = jt_cache_dir();
  char *text = jt_spec("cached", 2, 64);
  attncc_context *c = new_context();
  attncc_kernel *cold = jt_jit(c, text);
  ck_assert_ptr_nonnull(cold);
  ck_assert(!be_kernel_from_cache(cold));
  be_jit_stats s = stats(c);
  ck_assert_int_eq(s.misses, 1);
  ck_assert_int_eq(s.stores, 1);
  check_entry_format(dir);
  jt_run_out r = jt_run(attncc_kernel_fns(cold), 7);
  ck_assert_int_eq(r.rc, 0);
  ck_assert_msg(r.max_err <= 1e-5, "max error %g", r.max_err);

  /* Same context, the cold kernel still loaded: a second kernel of the same
   * name from the cache. */
  attncc_kernel *hot = compile_checked(c, text, 1, &r);
  s = stats(c);
  ck_assert_int_eq(s.hits, 1);
  ck_assert_int_eq(s.misses, 1);
  ck_assert_int_eq(jt_entries(dir, NULL, NULL, 0), 1);
  attncc_kernel_free(hot);
  attncc_kernel_free(cold);
  attncc_context_free(c);

  /* A new context (a new JIT) and the process-wide one hit as well. */
  c = new_context();
  attncc_kernel_free(compile_checked(c, text, 1, &r));
  attncc_context_free(c);
  attncc_kernel *k = attncc_jit_string(text, strlen(text), NULL, NULL, NULL);
  ck_assert_ptr_nonnull(k);
  ck_assert(be_kernel_from_cache(k));
  attncc_kernel_free(k);

  /* Another opt level, another define: other keys. */
  attncc_options o;
  attncc_options_init(&o);
  o.opt_level = 1;
  const char *def[] = {"heads.kv=4"};
  for (int i = 0; i < 2; i++) {
    if (i) {
      o.opt_level = 2;
      o.defines = def;
      o.n_defines = 1;
    }
    c = attncc_context_new(&o, NULL);
    attncc_kernel_free(compile_checked(c, text, 0, NULL));
    attncc_context_free(c);
  }
  ck_assert_int_eq(jt_entries(dir, NULL, NULL, 0), 3);
  jt_run_free(&r);
  free(text);
  jt_cache_rm(dir);
}
END_TEST

START_TEST(off_writes_nothing) {
  char *dir = jt_cache_dir();
  char *sub = NULL;
  if (asprintf(&sub, "%s/not-created", dir) < 0) abort();
  setenv("ATTNCC_CACHE_DIR", sub, 1);
  char *text = jt_spec("uncached", 2, 32);
  static const char *const offs[] = {"off", "0", "OFF", "false", "no"};
  attncc_context *c = new_context();
  for (int i = 0; i < 5; i++) {
    setenv("ATTNCC_CACHE", offs[i], 1);
    attncc_kernel_free(compile_checked(c, text, 0, NULL));
  }
  be_jit_stats s = stats(c);
  ck_assert_int_eq(s.hits + s.stores + s.bad, 0);
  struct stat st;
  ck_assert_int_ne(stat(sub, &st), 0);
  /* ATTNCC_CACHE_MAX=0 stores nothing either. */
  unsetenv("ATTNCC_CACHE");
  setenv("ATTNCC_CACHE_DIR", dir, 1);
  setenv("ATTNCC_CACHE_MAX", "0", 1);
  attncc_kernel_free(compile_checked(c, text, 0, NULL));
  ck_assert_int_eq(jt_entries(dir, NULL, NULL, 0), 0);
  attncc_context_free(c);
  free(text);
  free(sub);
  jt_cache_rm(dir);
}
END_TEST

/* Damages the one entry in dir by `how`, then checks that the next compile
 * notices, recompiles, replaces the entry, and that the one after hits. */
typedef enum damage { TRUNCATE_HALF, TRUNCATE_HEADER, EMPTY, FLIP, APPEND, FORGE } damage;

/* Writes object count n (-1: one more or one less than the entry has) into
 * the entry's payload and a checksum that matches: only the payload's layout
 * (count, lengths) is wrong. */
static void forge_count(FILE *f, size_t size, long n) {
  unsigned char *b = malloc(size);
  fseek(f, 0, SEEK_SET);
  ck_assert_uint_eq(fread(b, 1, size, f), size);
  uint64_t kl = le(b + 12, 4), pl = le(b + 16, 8), h;
  unsigned char *p = b + 40 + kl;
  uint64_t had = le(p, 4);
  if (n < 0) n = had == 1 ? 2 : (long)had - 1;
  for (int i = 0; i < 4; i++) p[i] = (unsigned char)((uint64_t)n >> 8 * i);
  h = cc_fnv1a64(p, pl);
  for (int i = 0; i < 8; i++) b[32 + i] = (unsigned char)(h >> 8 * i);
  fseek(f, 0, SEEK_SET);
  ck_assert_uint_eq(fwrite(b, 1, size, f), size);
  free(b);
}

static void damaged_entry(damage how, long at) {
  char *dir = jt_cache_dir();
  char *text = jt_spec("damaged", 2, 32);
  attncc_context *c = new_context();
  attncc_kernel *k = jt_jit(c, text);
  ck_assert_ptr_nonnull(k);
  jt_run_out r = jt_run(attncc_kernel_fns(k), 7);
  attncc_kernel_free(k);
  char path[4096];
  size_t good = 0, now = 0;
  ck_assert_int_eq(jt_entries(dir, &good, path, sizeof path), 1);
  FILE *f = fopen(path, "r+b");
  ck_assert_ptr_nonnull(f);
  long off = at >= 0 ? at : (long)good + at;
  switch (how) {
  case TRUNCATE_HALF: ck_assert_int_eq(ftruncate(fileno(f), (off_t)good / 2), 0); break;
  case TRUNCATE_HEADER: ck_assert_int_eq(ftruncate(fileno(f), 20), 0); break;
  case EMPTY: ck_assert_int_eq(ftruncate(fileno(f), 0), 0); break;
  case FLIP: {
    fseek(f, off, SEEK_SET);
    int ch = fgetc(f);
    fseek(f, off, SEEK_SET);
    fputc(ch ^ 0x10, f);
    break;
  }
  case APPEND: fseek(f, 0, SEEK_END); fputc(0, f); break;
  case FORGE: forge_count(f, good, at); break;
  }
  fclose(f);

  attncc_kernel_free(compile_checked(c, text, 0, &r));
  be_jit_stats s = stats(c);
  ck_assert_int_eq(s.bad, 1);
  ck_assert_int_eq(s.stores, 2);
  ck_assert_int_eq(jt_entries(dir, &now, NULL, 0), 1);
  ck_assert_uint_eq(now, good);
  attncc_kernel_free(compile_checked(c, text, 1, &r));
  attncc_context_free(c);
  jt_run_free(&r);
  free(text);
  jt_cache_rm(dir);
}

START_TEST(truncated_entry) {
  damaged_entry(TRUNCATE_HALF, 0);
  damaged_entry(TRUNCATE_HEADER, 0);
  damaged_entry(EMPTY, 0);
  damaged_entry(APPEND, 0);
}
END_TEST

/* One flipped bit in every field of the header, the key and the object. */
START_TEST(flipped_entry) {
  static const long at[] = {0, 8, 12, 16, 24, 32, 40, 100, -1, -5000};
  damaged_entry(FLIP, at[_i]);
}
END_TEST

/* A payload whose checksum holds but whose layout does not: no objects, more
 * than a kernel has parts, one count more or less than it has objects. */
START_TEST(forged_entry) {
  static const long count[] = {0, BE_PARTS_MAX + 1, 0xffffffff, -1};
  damaged_entry(FORGE, count[_i]);
}
END_TEST

START_TEST(size_bound_evicts) {
  char *dir = jt_cache_dir();
  attncc_context *c = new_context();
  char *a = jt_spec("evict_a", 2, 32), *b = jt_spec("evict_b", 2, 32),
       *x = jt_spec("evict_c", 2, 32);
  attncc_kernel_free(compile_checked(c, a, 0, NULL));
  size_t one = 0, total = 0;
  ck_assert_int_eq(jt_entries(dir, &one, NULL, 0), 1);
  /* Room for two entries of this size, not three. */
  char max[32];
  snprintf(max, sizeof max, "%zu", one * 5 / 2);
  setenv("ATTNCC_CACHE_MAX", max, 1);
  sleep_ms(20);
  attncc_kernel_free(compile_checked(c, b, 0, NULL));
  ck_assert_int_eq(jt_entries(dir, NULL, NULL, 0), 2);
  sleep_ms(20);
  attncc_kernel_free(compile_checked(c, a, 1, NULL)); /* a is now the most recent */
  sleep_ms(20);
  attncc_kernel_free(compile_checked(c, x, 0, NULL)); /* evicts b */
  ck_assert_int_eq(jt_entries(dir, &total, NULL, 0), 2);
  ck_assert_uint_le(total, one * 5 / 2);
  attncc_kernel_free(compile_checked(c, a, 1, NULL));
  attncc_kernel_free(compile_checked(c, x, 1, NULL));
  attncc_kernel_free(compile_checked(c, b, 0, NULL));
  ck_assert_int_eq(jt_entries(dir, &total, NULL, 0), 2);
  ck_assert_uint_le(total, one * 5 / 2);

  /* An entry larger than the bound is not stored at all, and evicts none. */
  setenv("ATTNCC_CACHE_MAX", "1K", 1);
  char *big = jt_spec("evict_d", 2, 32);
  be_jit_stats before = stats(c);
  attncc_kernel_free(compile_checked(c, big, 0, NULL));
  ck_assert_int_eq(stats(c).stores, before.stores);
  ck_assert_int_eq(jt_entries(dir, NULL, NULL, 0), 2);
  attncc_context_free(c);
  free(a), free(b), free(x), free(big);
  jt_cache_rm(dir);
}
END_TEST

START_TEST(stale_temporaries) {
  char *dir = jt_cache_dir();
  char old[4096], young[4096], other[4096];
  snprintf(old, sizeof old, "%s/0123456789abcdef.kernel.tmp.AbC123", dir);
  snprintf(young, sizeof young, "%s/fedcba9876543210.kernel.tmp.XyZ789", dir);
  snprintf(other, sizeof other, "%s/notes.txt", dir);
  const char *files[] = {old, young, other};
  for (int i = 0; i < 3; i++) {
    FILE *f = fopen(files[i], "w");
    ck_assert_ptr_nonnull(f);
    fputs("partial", f);
    fclose(f);
  }
  struct timespec t[2] = {{time(NULL) - 7200, 0}, {time(NULL) - 7200, 0}};
  ck_assert_int_eq(utimensat(AT_FDCWD, old, t, 0), 0);
  char *text = jt_spec("temps", 2, 32);
  attncc_context *c = new_context();
  attncc_kernel_free(compile_checked(c, text, 0, NULL));
  attncc_context_free(c);
  struct stat st;
  ck_assert_int_ne(stat(old, &st), 0);   /* a dead writer's: removed */
  ck_assert_int_eq(stat(young, &st), 0); /* maybe a live writer's: kept */
  ck_assert_int_eq(stat(other, &st), 0); /* not ours: never touched */
  free(text);
  jt_cache_rm(dir);
}
END_TEST

/* Nothing about the cache can fail a compile. */
START_TEST(unusable_cache) {
  char *dir = jt_cache_dir();
  char *text = jt_spec("unusable", 2, 32);
  attncc_context *c = new_context();
  attncc_diags *d = NULL;

  /* Under a regular file: cannot be created. */
  char file[4096], under[4200];
  snprintf(file, sizeof file, "%s/file", dir);
  FILE *f = fopen(file, "w");
  ck_assert_ptr_nonnull(f);
  fclose(f);
  snprintf(under, sizeof under, "%s/cache", file);
  setenv("ATTNCC_CACHE_DIR", under, 1);
  attncc_kernel_free(compile_checked(c, text, 0, NULL));

  /* Writable by others: not used, with a warning. */
  char shared[4096];
  snprintf(shared, sizeof shared, "%s/shared", dir);
  ck_assert_int_eq(mkdir(shared, 0700), 0);
  ck_assert_int_eq(chmod(shared, 0777), 0);
  setenv("ATTNCC_CACHE_DIR", shared, 1);
  attncc_kernel *k = attncc_context_jit_string(c, text, strlen(text), NULL, &d);
  ck_assert_ptr_nonnull(k);
  ck_assert_uint_eq(attncc_diags_count(d), 1);
  ck_assert_int_eq(attncc_diags_get(d, 0)->severity, ATTNCC_WARNING);
  ck_assert_ptr_nonnull(strstr(attncc_diags_get(d, 0)->message, "not a private directory"));
  attncc_diags_free(d);
  attncc_kernel_free(k);
  ck_assert_int_eq(jt_entries(shared, NULL, NULL, 0), 0);

  /* A directory where the entry goes: neither loaded nor replaced, and the
   * compile goes on. */
  setenv("ATTNCC_CACHE_DIR", dir, 1);
  attncc_kernel_free(compile_checked(c, text, 0, NULL));
  char path[4096];
  ck_assert_int_eq(jt_entries(dir, NULL, path, sizeof path), 1);
  ck_assert_int_eq(unlink(path), 0);
  ck_assert_int_eq(mkdir(path, 0700), 0);
  be_jit_stats before = stats(c);
  attncc_kernel_free(compile_checked(c, text, 0, NULL));
  be_jit_stats s = stats(c);
  ck_assert_int_eq(s.store_failures, before.store_failures + 1);

  /* A malformed bound: a warning, and the default. */
  setenv("ATTNCC_CACHE_MAX", "lots", 1);
  k = attncc_context_jit_string(c, text, strlen(text), NULL, &d);
  ck_assert_ptr_nonnull(k);
  ck_assert_uint_eq(attncc_diags_count(d), 1);
  ck_assert_int_eq(attncc_diags_get(d, 0)->severity, ATTNCC_WARNING);
  attncc_diags_free(d);
  attncc_kernel_free(k);
  attncc_context_free(c);
  free(text);
  jt_cache_rm(dir);
}
END_TEST

int main(void) {
  Suite *s = suite_create("jit_cache");
  TCase *tc = tcase_create("cache");
  tcase_set_timeout(tc, 300);
  tcase_add_unchecked_fixture(tc, jt_suite_setup, jt_suite_teardown);
  tcase_add_test(tc, hit_equals_cold);
  tcase_add_test(tc, off_writes_nothing);
  tcase_add_test(tc, truncated_entry);
  tcase_add_loop_test(tc, flipped_entry, 0, 10);
  tcase_add_loop_test(tc, forged_entry, 0, 4);
  tcase_add_test(tc, size_bound_evicts);
  tcase_add_test(tc, stale_temporaries);
  tcase_add_test(tc, unusable_cache);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
