/*
 * docs/spec.md and docs/spec.schema.json come from the schema table.
 *
 *   spec_docs --write spec.md spec.schema.json   regenerate them
 *   spec_docs --check spec.md spec.schema.json   fail if they differ from
 *                                                what the code generates
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spec/spec.h"

/* The whole of f from its start, malloc'd and NUL-terminated. */
static char *slurp(FILE *f) {
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  rewind(f);
  for (size_t r; (r = fread(buf + n, 1, cap - n - 1, f)) > 0;) {
    n += r;
    if (n + 1 == cap) buf = realloc(buf, cap *= 2);
  }
  buf[n] = 0;
  return buf;
}

static int one(const char *path, void (*gen)(FILE *), int write) {
  FILE *f = write ? fopen(path, "wb") : tmpfile();
  if (!f) {
    perror(path);
    return 0;
  }
  gen(f);
  if (write) return fclose(f) == 0;
  char *want = slurp(f);
  fclose(f);
  FILE *g = fopen(path, "rb");
  char *have = g ? slurp(g) : NULL;
  if (g) fclose(g);
  int ok = have && !strcmp(want, have);
  if (!ok)
    fprintf(stderr,
            "%s differs from what compiler/spec/spec_schema.def generates; "
            "run `cmake --build <build> --target spec_docs` and commit the result\n",
            path);
  free(want);
  free(have);
  return ok;
}

int main(int argc, char **argv) {
  if (argc != 4 || (strcmp(argv[1], "--write") && strcmp(argv[1], "--check"))) {
    fprintf(stderr, "usage: spec_docs --write|--check spec.md spec.schema.json\n");
    return 2;
  }
  int write = !strcmp(argv[1], "--write");
  int ok = one(argv[2], spec_schema_markdown, write);
  ok &= one(argv[3], spec_schema_json, write);
  return ok ? 0 : 1;
}
