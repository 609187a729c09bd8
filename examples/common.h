/* Helpers shared by the examples: random fill, a run against the reference. */
#ifndef EXAMPLES_COMMON_H
#define EXAMPLES_COMMON_H
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attncc/attnrt.h"

static inline float ex_rand(unsigned *s) {
  *s = *s * 1664525u + 1013904223u;
  return (float)(*s >> 8) / 8388608.0f - 1.0f;
}

static inline void ex_fill(void *p, int dtype, size_t n, unsigned *seed) {
  for (size_t i = 0; i < n; i++) attnrt_store(p, dtype, i, ex_rand(seed));
}

/* Max |a - b| over n outputs of `dtype`. */
static inline double ex_max_err(const void *a, const void *b, int dtype, size_t n) {
  double m = 0;
  for (size_t i = 0; i < n; i++) {
    double e = fabs((double)attnrt_load(a, dtype, i) - attnrt_load(b, dtype, i));
    if (!(e <= m)) m = e;
  }
  return m;
}

static inline int ex_check(int rc, const char *what) {
  if (rc < 0) {
    fprintf(stderr, "%s failed: %s (%s)\n", what, attnrt_strerror(rc), attnrt_last_error());
    exit(1);
  }
  return rc;
}
#endif
