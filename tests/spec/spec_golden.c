/*
 * Golden runner for spec diagnostics.
 *
 *   spec_golden FILE.yaml...           print each file's diagnostics
 *   spec_golden --check FILE.yaml...   compare them with FILE.err beside it;
 *                                      with UPDATE_GOLDEN=1, rewrite FILE.err
 *   spec_golden --good FILE.yaml...    the file must parse; print its
 *                                      canonical text
 *
 * A spec whose first line is "# defines: a.b=1 c=2" is parsed with those
 * -D overrides, so define errors have goldens too.  File names are printed
 * as given: run it from the folder of the specs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spec/spec.h"

enum { MAX_DEFINES = 16 };

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  for (size_t r; buf && (r = fread(buf + n, 1, cap - n, f)) > 0;) {
    n += r;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  if (buf) buf[n < cap ? n : cap - 1] = 0;
  *len = n;
  return buf;
}

/* The "# defines:" line of `text`, split in place into defs. */
static int find_defines(char *line, const char *defs[MAX_DEFINES]) {
  static const char tag[] = "# defines:";
  if (strncmp(line, tag, sizeof tag - 1)) return 0;
  int n = 0;
  for (char *t = strtok(line + sizeof tag - 1, " \n"); t && n < MAX_DEFINES; t = strtok(NULL, " \n"))
    defs[n++] = t;
  return n;
}

/* Parses `path`; returns the formatted diagnostics (malloc'd) and sets *rc,
 * or puts the canonical text in *canon when it parses. */
static char *run(const char *path, int *rc, char **canon) {
  char line[512] = "";
  FILE *f = fopen(path, "rb");
  if (f) {
    if (!fgets(line, sizeof line, f)) line[0] = 0;
    fclose(f);
  }
  const char *defs[MAX_DEFINES];
  int n_defs = find_defines(line, defs);
  cc_arena *a = cc_arena_new();
  attncc_diags *d = cc_diags_new();
  attn_spec s;
  *rc = spec_parse_file(a, path, defs, n_defs, &s, d);
  *canon = NULL;
  if (*rc == 0 && (*canon = malloc(strlen(s.canonical) + 1))) strcpy(*canon, s.canonical);
  size_t total = 1;
  for (size_t i = 0; i < attncc_diags_count(d); i++)
    total += (size_t)attncc_diag_format(attncc_diags_get(d, i), NULL, 0) + 1;
  char *out = malloc(total), *o = out;
  *o = 0;
  for (size_t i = 0; i < attncc_diags_count(d); i++)
    o += attncc_diag_format(attncc_diags_get(d, i), o, total - (size_t)(o - out));
  attncc_diags_free(d);
  cc_arena_free(a);
  return out;
}

static int check(const char *path, int update) {
  int rc;
  char *canon, *got = run(path, &rc, &canon);
  free(canon);
  size_t plen = strlen(path), elen;
  char *err_path = malloc(plen + 8);
  memcpy(err_path, path, plen + 1);
  if (plen > 5 && !strcmp(path + plen - 5, ".yaml")) err_path[plen - 5] = 0;
  strcat(err_path, ".err");
  int ok = 1;
  if (rc == 0) {
    fprintf(stderr, "%s: parsed without error, but a golden spec must fail\n", path);
    ok = 0;
  } else if (update) {
    FILE *f = fopen(err_path, "wb");
    if (!f || fputs(got, f) < 0 || fclose(f)) {
      fprintf(stderr, "%s: cannot write\n", err_path);
      ok = 0;
    } else {
      printf("updated %s\n", err_path);
    }
  } else {
    char *want = read_all(err_path, &elen);
    if (!want) {
      fprintf(stderr, "%s: missing golden %s (run with UPDATE_GOLDEN=1)\n", path, err_path);
      ok = 0;
    } else if (strcmp(want, got)) {
      fprintf(stderr, "%s: diagnostics differ from %s\n--- expected\n%s--- got\n%s", path,
              err_path, want, got);
      ok = 0;
    }
    free(want);
  }
  free(err_path);
  free(got);
  return ok;
}

int main(int argc, char **argv) {
  int mode = 0, fails = 0; /* 0 print, 1 check, 2 good */
  const char *u = getenv("UPDATE_GOLDEN");
  int update = u && *u && strcmp(u, "0");
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--check")) mode = 1;
    else if (!strcmp(argv[i], "--good")) mode = 2;
    else if (mode == 1) fails += !check(argv[i], update);
    else {
      int rc;
      char *canon, *out = run(argv[i], &rc, &canon);
      fputs(out, stdout);
      if (mode == 2 && rc) {
        fprintf(stderr, "%s: a good spec failed to parse\n", argv[i]);
        fails++;
      }
      if (mode == 2 && canon) fputs(canon, stdout);
      free(out);
      free(canon);
    }
  }
  return fails ? 1 : 0;
}
