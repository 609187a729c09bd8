/*
 * slim_check: which slim-attention direction can one layer afford?
 * Folds W_kv = W_k^-1 W_v and W_vk = W_v^-1 W_k with attnrt_slim_fold and
 * prints the condition numbers, the largest folded entries, the measured
 * errors of V-from-K (k_only) and K-from-V (v_only), and a recommendation.
 *
 *   slim_check FILE [--threshold T]     one layer in the ATTNW001 format (docs/slim.md)
 *   slim_check --demo D [--threshold T] [--write FILE]
 *                                       a random layer of width D, then the same
 *                                       layer with an ill-conditioned W_k (no
 *                                       file needed); --write saves the first
 *                                       in the format
 *
 * Exit status: 0 a direction is usable, 2 neither is (keep K and V),
 * 1 bad usage or input, 3 the demo's layers did not behave as documented.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attncc/attnrt.h"

#define MAGIC "ATTNW001"
#define HEADER_BYTES 16
#define D_MAX 16384
#define DEMO_D_MAX 4096
#define FLAG_BV 1u

typedef struct layer {
  int d;
  float *w_k, *w_v, *b_v; /* b_v may be null */
} layer;

static void layer_free(layer *l) {
  free(l->w_k);
  free(l->w_v);
  free(l->b_v);
  memset(l, 0, sizeof *l);
}

static uint32_t get_le32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put_le32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; i++)
    p[i] = (unsigned char)(v >> (8 * i));
}

static void decode_f32(float *dst, const unsigned char *src, size_t n) {
  for (size_t i = 0; i < n; i++) {
    uint32_t u = get_le32(src + 4 * i);
    memcpy(&dst[i], &u, sizeof u);
  }
}

/* Reads one layer; on failure prints why and returns -1. */
static int read_layer(const char *path, layer *l) {
  memset(l, 0, sizeof *l);
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "slim_check: %s: %s\n", path, strerror(errno));
    return -1;
  }
  unsigned char hdr[HEADER_BYTES];
  unsigned char *raw = NULL;
  int rc = -1;
  size_t got = fread(hdr, 1, sizeof hdr, f);
  if (got < sizeof hdr) {
    fprintf(stderr, "slim_check: %s: truncated header: %zu of %d bytes\n", path, got, HEADER_BYTES);
    goto out;
  }
  if (memcmp(hdr, MAGIC, 8) != 0) {
    fprintf(stderr, "slim_check: %s: bad magic (want \"%s\"): not a slim_check weight file\n", path, MAGIC);
    goto out;
  }
  int32_t d = (int32_t)get_le32(hdr + 8);
  uint32_t flags = get_le32(hdr + 12);
  if (d < 1 || d > D_MAX) {
    fprintf(stderr, "slim_check: %s: d = %d, want 1 .. %d\n", path, (int)d, D_MAX);
    goto out;
  }
  if (flags & ~FLAG_BV) {
    fprintf(stderr, "slim_check: %s: unknown flag bits 0x%x (only bit 0, b_v present, is defined)\n",
            path, (unsigned)(flags & ~FLAG_BV));
    goto out;
  }
  size_t n = (size_t)d, floats = 2 * n * n + ((flags & FLAG_BV) ? n : 0), bytes = 4 * floats;
  /* The size first (when the file is seekable): no large allocation for a
   * file that cannot hold the weights. */
  long here = ftell(f);
  if (here >= 0 && fseek(f, 0, SEEK_END) == 0) {
    long end = ftell(f);
    if (end >= 0 && (size_t)(end - here) != bytes) {
      size_t have = (size_t)(end - here);
      if (have < bytes)
        fprintf(stderr,
                "slim_check: %s: truncated: d = %d%s needs %zu bytes of weights after the header, "
                "found %zu\n",
                path, (int)d, (flags & FLAG_BV) ? " with b_v" : "", bytes, have);
      else
        fprintf(stderr, "slim_check: %s: %zu unexpected bytes after the weights (d = %d%s)\n", path,
                have - bytes, (int)d, (flags & FLAG_BV) ? " with b_v" : "");
      goto out;
    }
    if (fseek(f, here, SEEK_SET) != 0) {
      fprintf(stderr, "slim_check: %s: cannot seek back to the weights\n", path);
      goto out;
    }
  }
  raw = malloc(bytes);
  l->w_k = malloc(n * n * sizeof *l->w_k);
  l->w_v = malloc(n * n * sizeof *l->w_v);
  l->b_v = (flags & FLAG_BV) ? malloc(n * sizeof *l->b_v) : NULL;
  if (!raw || !l->w_k || !l->w_v || ((flags & FLAG_BV) && !l->b_v)) {
    fprintf(stderr, "slim_check: %s: out of memory for d = %d\n", path, (int)d);
    goto out;
  }
  got = fread(raw, 1, bytes, f);
  if (got < bytes) {
    fprintf(stderr,
            "slim_check: %s: truncated: d = %d%s needs %zu bytes of weights after the header, "
            "found %zu\n",
            path, (int)d, (flags & FLAG_BV) ? " with b_v" : "", bytes, got);
    goto out;
  }
  size_t extra = 0;
  while (fgetc(f) != EOF)
    extra++;
  if (extra) {
    fprintf(stderr, "slim_check: %s: %zu unexpected bytes after the weights (d = %d%s)\n", path, extra,
            (int)d, (flags & FLAG_BV) ? " with b_v" : "");
    goto out;
  }
  if (ferror(f)) {
    fprintf(stderr, "slim_check: %s: read error\n", path);
    goto out;
  }
  l->d = d;
  decode_f32(l->w_k, raw, n * n);
  decode_f32(l->w_v, raw + 4 * n * n, n * n);
  if (l->b_v)
    decode_f32(l->b_v, raw + 8 * n * n, n);
  rc = 0;
out:
  free(raw);
  fclose(f);
  if (rc)
    layer_free(l);
  return rc;
}

static int write_layer(const char *path, const layer *l) {
  FILE *f = fopen(path, "wb");
  if (!f) {
    fprintf(stderr, "slim_check: %s: %s\n", path, strerror(errno));
    return -1;
  }
  unsigned char hdr[HEADER_BYTES], w[4];
  memcpy(hdr, MAGIC, 8);
  put_le32(hdr + 8, (uint32_t)l->d);
  put_le32(hdr + 12, l->b_v ? FLAG_BV : 0);
  int ok = fwrite(hdr, 1, sizeof hdr, f) == sizeof hdr;
  size_t n = (size_t)l->d;
  const float *parts[3] = {l->w_k, l->w_v, l->b_v};
  size_t counts[3] = {n * n, n * n, l->b_v ? n : 0};
  for (int p = 0; p < 3 && ok; p++)
    for (size_t i = 0; i < counts[p] && ok; i++) {
      uint32_t u;
      memcpy(&u, &parts[p][i], sizeof u);
      put_le32(w, u);
      ok = fwrite(w, 1, 4, f) == 4;
    }
  if (fclose(f) != 0 || !ok) {
    fprintf(stderr, "slim_check: %s: write failed\n", path);
    return -1;
  }
  return 0;
}

static uint64_t next(uint64_t *s) {
  uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static float uniform(uint64_t *s) { /* [-1, 1) */
  return (float)((double)(next(s) >> 40) * 0x1p-23 - 1.0);
}

/* A random layer: W entries uniform in [-1, 1) / sqrt(d) (the scale of a
 * trained projection), b_v in [-0.1, 0.1). */
static int demo_layer(int d, uint64_t seed, layer *l) {
  size_t n = (size_t)d;
  l->d = d;
  l->w_k = malloc(n * n * sizeof *l->w_k);
  l->w_v = malloc(n * n * sizeof *l->w_v);
  l->b_v = malloc(n * sizeof *l->b_v);
  if (!l->w_k || !l->w_v || !l->b_v) {
    fprintf(stderr, "slim_check: out of memory for d = %d\n", d);
    layer_free(l);
    return -1;
  }
  float scale = 1.0f / sqrtf((float)d);
  for (size_t i = 0; i < n * n; i++)
    l->w_k[i] = uniform(&seed) * scale;
  for (size_t i = 0; i < n * n; i++)
    l->w_v[i] = uniform(&seed) * scale;
  for (size_t i = 0; i < n; i++)
    l->b_v[i] = 0.1f * uniform(&seed);
  return 0;
}

static const char *usable(const attnrt_fold_report *r, int bit) {
  return (r->warn & bit) ? "FLAGGED" : "ok";
}

/* Prints the report; returns 0 when a direction is usable, 2 when none is,
 * 1 when the fold failed for another reason. */
static int check_layer(const char *label, const layer *l, double threshold, attnrt_fold_report *rep) {
  size_t n = (size_t)l->d;
  float *w_kv = malloc(n * n * sizeof *w_kv), *w_vk = malloc(n * n * sizeof *w_vk);
  if (!w_kv || !w_vk) {
    fprintf(stderr, "slim_check: out of memory for d = %d\n", l->d);
    free(w_kv);
    free(w_vk);
    return 1;
  }
  double t0 = attnrt_now();
  int rc = attnrt_slim_fold(l->d, l->w_k, l->w_v, l->b_v, w_kv, w_vk, threshold, rep);
  double ms = (attnrt_now() - t0) * 1e3;
  free(w_kv);
  free(w_vk);
  if (rc != ATTN_OK && rc != ATTN_E_SINGULAR) {
    fprintf(stderr, "slim_check: %s: %s (%s)\n", label, attnrt_strerror(rc), attnrt_last_error());
    return 1;
  }
  printf("%s: d = %d, b_v %s, folded in %.1f ms, threshold %.1e\n", label, l->d,
         l->b_v ? "present" : "absent", ms, threshold);
  printf("  cond(W_k)          %.3e\n", rep->cond_k);
  printf("  cond(W_v)          %.3e\n", rep->cond_v);
  printf("  max |W_kv|         %.3e\n", rep->max_abs_kv);
  printf("  max |W_vk|         %.3e\n", rep->max_abs_vk);
  printf("  k_only: V from K   err %.3e  (cond(W_k)*2^-24 = %.1e)  %s\n", rep->err_v_from_k,
         rep->cond_k * 0x1p-24, usable(rep, 1));
  printf("  v_only: K from V   err %.3e  (cond(W_v)*2^-24 = %.1e)  %s\n", rep->err_k_from_v,
         rep->cond_v * 0x1p-24, usable(rep, 2));
  const char *k_only = "k_only (cache K, V = K W_kv + b_v)", *v_only = "v_only (cache V, K = (V - b_v) W_vk)";
  const char *rec = "keep K and V (neither direction is accurate enough)";
  if (rep->warn == 0) /* both fine: the lower measured error */
    rec = rep->err_k_from_v < rep->err_v_from_k ? v_only : k_only;
  else if (!(rep->warn & 1))
    rec = k_only;
  else if (!(rep->warn & 2))
    rec = v_only;
  else if (rep->err_v_from_k <= threshold || rep->err_k_from_v <= threshold) /* flagged by the bound only */
    rec = !(rep->err_v_from_k <= threshold) || rep->err_k_from_v < rep->err_v_from_k
              ? "v_only, with care (measured error below the threshold, cond(W_v)*2^-24 above it)"
              : "k_only, with care (measured error below the threshold, cond(W_k)*2^-24 above it)";
  printf("  recommendation:    %s\n", rec);
  printf("  note: %s\n", rep->note);
  return rep->warn == 3 && !(rep->err_v_from_k <= threshold) && !(rep->err_k_from_v <= threshold) ? 2 : 0;
}

static int usage(void) {
  fprintf(stderr, "usage: slim_check FILE [--threshold T]\n"
                  "       slim_check --demo D [--threshold T] [--write FILE]\n"
                  "FILE: one layer in the ATTNW001 format (docs/slim.md); D: 1 .. %d\n",
          DEMO_D_MAX);
  return 1;
}

/* The demo: a random layer, then the same layer with W_k's last column
 * replaced by its first plus 1e-7 noise, which makes cond(W_k) ~ 1e7: at the
 * default threshold V-from-K is flagged there, while K-from-V (W_v is the
 * same matrix) keeps the verdict it had for the random layer. */
static int run_demo(int d, double threshold, const char *write_path) {
  layer l;
  if (demo_layer(d, 0x5113c4ec2026ull, &l))
    return 1;
  if (write_path && write_layer(write_path, &l)) {
    layer_free(&l);
    return 1;
  }
  attnrt_fold_report rep;
  int rc = check_layer("demo layer (random)", &l, threshold, &rep), as_documented = 1;
  if (rc != 1 && d > 1) {
    int warn_random = rep.warn;
    uint64_t s = 0xbadc0dull;
    for (int r = 0; r < d; r++)
      l.w_k[(size_t)r * d + d - 1] = l.w_k[(size_t)r * d] + 1e-7f * uniform(&s);
    printf("\n");
    int rc2 = check_layer("demo layer (ill-conditioned W_k)", &l, threshold, &rep);
    if (rc2 == 1)
      rc = 1;
    else
      as_documented = (rep.warn & 1) && (rep.warn & 2) == (warn_random & 2);
  }
  layer_free(&l);
  if (rc == 1)
    return 1;
  if (threshold == 1e-3 && !as_documented) {
    fprintf(stderr, "slim_check: the demo layers did not behave as documented\n");
    return 3;
  }
  return 0;
}

int main(int argc, char **argv) {
  const char *file = NULL, *write_path = NULL;
  double threshold = 1e-3;
  long demo = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    char *end = NULL;
    if (!strcmp(a, "--threshold") || !strcmp(a, "--demo") || !strcmp(a, "--write")) {
      if (i + 1 >= argc) {
        fprintf(stderr, "slim_check: %s needs a value\n", a);
        return usage();
      }
      const char *v = argv[++i];
      errno = 0;
      if (!strcmp(a, "--threshold")) {
        threshold = strtod(v, &end);
        if (errno || end == v || *end || !(threshold >= 0)) {
          fprintf(stderr, "slim_check: --threshold '%s': want a number >= 0\n", v);
          return 1;
        }
      } else if (!strcmp(a, "--demo")) {
        demo = strtol(v, &end, 10);
        if (errno || end == v || *end || demo < 1 || demo > DEMO_D_MAX) {
          fprintf(stderr, "slim_check: --demo '%s': want a width 1 .. %d\n", v, DEMO_D_MAX);
          return 1;
        }
      } else {
        write_path = v;
      }
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "slim_check: unknown option '%s'\n", a);
      return usage();
    } else if (file) {
      fprintf(stderr, "slim_check: one FILE only ('%s', then '%s')\n", file, a);
      return usage();
    } else {
      file = a;
    }
  }
  if (demo && file) {
    fprintf(stderr, "slim_check: give FILE or --demo D, not both\n");
    return usage();
  }
  if (write_path && !demo) {
    fprintf(stderr, "slim_check: --write goes with --demo\n");
    return usage();
  }
  if (demo)
    return run_demo((int)demo, threshold, write_path);
  if (!file)
    return usage();
  layer l;
  if (read_layer(file, &l))
    return 1;
  attnrt_fold_report rep;
  int rc = check_layer(file, &l, threshold, &rep);
  layer_free(&l);
  return rc;
}
