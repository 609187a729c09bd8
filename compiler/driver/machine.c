/*
 * Machine profiles (docs/explain.md §machine profile): a flat YAML mapping
 * of a machine's ceilings, read with libyaml, errors at file:line:col like a
 * spec's; `attncc calibrate` measures this machine with tools/ceiling and
 * writes one atomically into the cache directory (be_cache_dir).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <yaml.h>

#include "ceiling.h"
#include "driver.h"

enum { K_INT, K_NUM, K_STR };

/* The profile's keys: name, kind, where, required, lower bound (numbers). */
static const struct mkey {
  const char *name;
  int kind;
  size_t off, size;
  int required;
  double min;
} mkeys[] = {
#define STR(f, req) {#f, K_STR, offsetof(mach_profile, f), sizeof(((mach_profile *)0)->f), req, 0}
#define NUM(f, req, lo) {#f, K_NUM, offsetof(mach_profile, f), 0, req, lo}
    {"attncc_machine", K_INT, 0, 0, 1, MACH_VERSION},
    STR(name, 1),
    STR(description, 0),
    {"threads", K_INT, offsetof(mach_profile, threads), 0, 0, 1},
    NUM(read_bw, 1, 1e-3),
    NUM(copy_bw, 0, 0),
    NUM(fma_f32, 1, 1e-3),
    NUM(dot_bf16, 0, 0),
    NUM(decode_f32, 0, 0),
    NUM(decode_f16, 0, 0),
    NUM(decode_bf16, 0, 0),
    NUM(decode_i8, 0, 0),
    NUM(decode_fp8_e4m3, 0, 0),
    NUM(decode_fp8_e5m2, 0, 0),
    NUM(decode_q4, 0, 0),
    NUM(decode_lanes, 0, 0),
    NUM(decode_call_us, 0, 0),
    STR(measured, 0),
    STR(source, 0),
#undef STR
#undef NUM
};
enum { NKEYS = sizeof mkeys / sizeof mkeys[0] };

typedef struct mparse {
  const char *file, *text;
  size_t len;
  attncc_diags *d;
  int errors;
} mparse;

static void merr(mparse *p, yaml_mark_t m, const char *fmt, const char *arg) {
  cc_diag(p->d, ATTNCC_ERROR, p->file, p->text, p->len, (int)m.line + 1, (int)m.column + 1, fmt, arg);
  p->errors++;
}

/* One key's value into m. */
static void set_key(mparse *p, const struct mkey *k, const yaml_event_t *v, mach_profile *m) {
  const char *s = (const char *)v->data.scalar.value;
  char *end = NULL;
  if (k->kind == K_STR) {
    if (strlen(s) >= k->size) merr(p, v->start_mark, "value of '%s' is too long", k->name);
    else memcpy((char *)m + k->off, s, strlen(s) + 1);
    return;
  }
  errno = 0;
  double x = strtod(s, &end);
  if (!*s || *end || errno || !isfinite(x)) {
    merr(p, v->start_mark, "'%s' needs a number", k->name);
    return;
  }
  if (k->kind == K_INT) {
    if (x != floor(x) || x < k->min || x > 1e6 || (!k->off && x != MACH_VERSION)) {
      merr(p, v->start_mark, k->off ? "'%s' must be a whole number >= 1"
                                    : "'%s' must be 1 (the profile format this attncc reads)", k->name);
      return;
    }
    if (k->off) *(int *)((char *)m + k->off) = (int)x;
    return;
  }
  if (x < k->min || (k->min > 0 && x <= 0)) {
    merr(p, v->start_mark, k->min > 0 ? "'%s' must be positive" : "'%s' must not be negative", k->name);
    return;
  }
  *(double *)((char *)m + k->off) = x;
}

/* The document: one mapping of known scalar keys to scalar values. */
static void parse_events(mparse *p, yaml_parser_t *y, mach_profile *m) {
  yaml_event_t e;
  int depth = 0, seen[NKEYS] = {0}, done = 0;
  const struct mkey *key = NULL;
  yaml_mark_t start = {0};
  while (!done && !p->errors) {
    if (!yaml_parser_parse(y, &e)) {
      cc_diag(p->d, ATTNCC_ERROR, p->file, p->text, p->len, (int)y->problem_mark.line + 1,
              (int)y->problem_mark.column + 1, "%s", y->problem ? y->problem : "malformed YAML");
      p->errors++;
      return;
    }
    switch (e.type) {
    case YAML_STREAM_END_EVENT: done = 1; break;
    case YAML_MAPPING_START_EVENT:
      if (depth++ || key) merr(p, e.start_mark, "%s", "a machine profile is a flat mapping of keys to values");
      else start = e.start_mark;
      break;
    case YAML_MAPPING_END_EVENT: depth--; break;
    case YAML_SEQUENCE_START_EVENT:
    case YAML_ALIAS_EVENT:
      merr(p, e.start_mark, "%s", "a machine profile is a flat mapping of keys to values");
      break;
    case YAML_SCALAR_EVENT:
      if (!depth) {
        merr(p, e.start_mark, "%s", "a machine profile is a mapping (attncc_machine: 1, name: ..., ...)");
      } else if (!key) {
        const char *s = (const char *)e.data.scalar.value;
        for (int i = 0; i < NKEYS && !key; i++)
          if (!strcmp(s, mkeys[i].name)) {
            if (seen[i]) merr(p, e.start_mark, "'%s' given twice", s);
            seen[i] = 1, key = &mkeys[i];
          }
        if (!key && !p->errors)
          merr(p, e.start_mark,
               "unknown key '%s' (attncc_machine, name, description, threads, read_bw, copy_bw, "
               "fma_f32, dot_bf16, decode_f32, decode_f16, decode_bf16, decode_i8, decode_fp8_e4m3, "
               "decode_fp8_e5m2, decode_q4, decode_lanes, decode_call_us, measured, source)", s);
      } else {
        set_key(p, key, &e, m);
        key = NULL;
      }
      break;
    default: break;
    }
    yaml_event_delete(&e);
  }
  if (p->errors) return;
  for (int i = 0; i < NKEYS; i++)
    if (mkeys[i].required && !seen[i]) merr(p, start, "missing key '%s'", mkeys[i].name);
}

int mach_load(const char *path, mach_profile *m, attncc_diags *d) {
  size_t len = 0;
  memset(m, 0, sizeof *m);
  char *text = cc_read_file(path, 1u << 16, &len, d);
  if (!text) return -1;
  mparse p = {.file = path, .text = text, .len = len, .d = d};
  if (len > (1u << 16)) {
    cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0, "a machine profile is at most 64 KiB");
    free(text);
    return -1;
  }
  yaml_parser_t y;
  if (!yaml_parser_initialize(&y)) cc_die("out of memory");
  yaml_parser_set_input_string(&y, (const unsigned char *)text, len);
  parse_events(&p, &y, m);
  yaml_parser_delete(&y);
  free(text);
  snprintf(m->path, sizeof m->path, "%s", path);
  return p.errors ? -1 : 0;
}

/* A YAML double-quoted scalar. */
static void yaml_quoted(char *buf, size_t size, size_t *pos, const char *s) {
  size_t n = *pos;
  if (n < size) buf[n] = '"';
  n++;
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') {
      if (n < size) buf[n] = '\\';
      n++;
    }
    if (n < size) buf[n] = (unsigned char)*s < 0x20 ? ' ' : *s;
    n++;
  }
  if (n < size) buf[n] = '"';
  *pos = n + 1;
}

char *mach_yaml(const mach_profile *m) {
  size_t size = 4096, n = 0;
  char *b = malloc(size);
  if (!b) cc_die("out of memory");
#define PUT(...) (n += (size_t)snprintf(b + n, n < size ? size - n : 0, __VA_ARGS__))
  PUT("# attncc machine profile (docs/explain.md, \"Machine profiles\").  Bandwidths in GB/s\n"
      "# (1e9 bytes/s, all threads), peaks in GFLOP/s.\n");
  PUT("attncc_machine: %d\nname: ", MACH_VERSION);
  yaml_quoted(b, size, &n, m->name);
  if (m->description[0]) PUT("\ndescription: "), yaml_quoted(b, size, &n, m->description);
  if (m->threads) PUT("\nthreads: %d", m->threads);
  PUT("\nread_bw: %.4g     # summing pass over a large array\n", m->read_bw);
  if (m->copy_bw > 0) PUT("copy_bw: %.4g     # read + write bytes counted\n", m->copy_bw);
  PUT("fma_f32: %.4g     # f32 FMA peak\n", m->fma_f32);
  if (m->dot_bf16 > 0) PUT("dot_bf16: %.4g    # bf16 dot products\n", m->dot_bf16);
  int tiles = 0;
  for (int t = 0; t < COST_NRATES; t++) {
    double v = *mach_decode_rate((mach_profile *)m, t);
    char key[32];
    if (v <= 0) continue;
    if (!tiles++)
      PUT("# The decode tile's compute ceiling by cache type, GFLOP/s: Hq 32, Hkv 8, D 128, context %d,\n"
          "# its cache in L2/L3 (explore uses it for decode plans of the dot tile); decode_lanes: the\n"
          "# lanes tile on an MQA decode (Hq 16, Hkv 1, D 128, bf16), for lanes decode plans.\n",
          MEASURE_TILE_CONTEXT);
    PUT("%s: %.4g\n", mach_rate_key(t, key), v);
  }
  if (m->decode_call_us > 0)
    PUT("decode_call_us: %.4g   # a decode call's fixed cost, cold (context %d)\n", m->decode_call_us,
        MEASURE_CALL_CONTEXT);
  if (m->measured[0]) PUT("measured: "), yaml_quoted(b, size, &n, m->measured), PUT("\n");
  if (m->source[0]) PUT("source: "), yaml_quoted(b, size, &n, m->source), PUT("\n");
#undef PUT
  if (n >= size) cc_die("machine profile longer than %zu bytes", size);
  return b;
}

int mach_default_path(char *buf, size_t size) {
  if (be_cache_dir(buf, size)) return -1;
  size_t n = strlen(buf);
  snprintf(buf + n, size - n, "/machine.yaml");
  return 0;
}

const char *mach_rate_key(int r, char buf[32]) {
  if (r == COST_LANES) snprintf(buf, 32, "decode_lanes");
  else snprintf(buf, 32, "decode_%s", spec_dtype_name((attn_dtype)r));
  return buf;
}

double *mach_decode_rate(mach_profile *m, int r) {
  switch (r) {
  case ATTN_F32: return &m->decode_f32;
  case ATTN_F16: return &m->decode_f16;
  case ATTN_BF16: return &m->decode_bf16;
  case ATTN_I8: return &m->decode_i8;
  case ATTN_FP8_E4M3: return &m->decode_fp8_e4m3;
  case ATTN_FP8_E5M2: return &m->decode_fp8_e5m2;
  case ATTN_Q4: return &m->decode_q4;
  case COST_LANES: return &m->decode_lanes;
  default: return NULL;
  }
}

cost_machine mach_ceilings(const mach_profile *m) {
  cost_machine c = {.read_bw = m->read_bw * 1e9, .flops_f32 = m->fma_f32 * 1e9, .flops_bf16 = m->dot_bf16 * 1e9};
  for (int t = 0; t < COST_NRATES; t++) c.tile_decode[t] = *mach_decode_rate((mach_profile *)m, t) * 1e9;
  c.call = m->decode_call_us * 1e-6;
  return c;
}

int mach_calibrate(int quick, const char *out, attncc_diags *d) {
  char path[4096];
  if (out) snprintf(path, sizeof path, "%s", out);
  else if (mach_default_path(path, sizeof path)) {
    cc_diag(d, ATTNCC_ERROR, "<environment>", NULL, 0, 0, 0,
            "no cache directory (ATTNCC_CACHE_DIR, XDG_CACHE_HOME or HOME) to keep machine.yaml in; "
            "give one with -o FILE");
    return 1;
  }
  ceil_opts o = {.read_bytes = (size_t)(quick ? 256 : 1024) << 20, .reps = quick ? 3 : 11,
                 .fma_pass_s = quick ? 0.005 : 0.02};
  ceil_result r = {0};
  int busy = 0, steady = 0;
  /* On an idle machine the passes agree: an FMA median below 90% of its best
   * pass, or a read median below 85% of its best, means another process had
   * a core meanwhile.  Up to 3 attempts; the one with the highest FMA median. */
  for (int attempt = 0; attempt < 3 && !steady; attempt++) {
    ceil_result x;
    if (ceil_measure(&o, &x)) {
      cc_diag(d, ATTNCC_ERROR, "<calibrate>", NULL, 0, 0, 0, "out of memory for the %zu MiB read array",
              o.read_bytes >> 20);
      return 1;
    }
    steady = x.fma_gflops >= 0.9 * x.fma_best && x.read_gbs >= 0.85 * x.read_best;
    if (x.fma_gflops > r.fma_gflops) r = x;
  }
  if (!steady)
    cc_diag(d, ATTNCC_WARNING, "<calibrate>", NULL, 0, 0, 0,
            "the machine was busy (3 attempts; kept: FMA median %.4g of best %.4g GFLOP/s, read median %.4g of best "
            "%.4g GB/s): calibrate again when it is idle", r.fma_gflops, r.fma_best, r.read_gbs, r.read_best);
  struct rusage u0;
  long nivcsw0 = getrusage(RUSAGE_SELF, &u0) ? 0 : u0.ru_nivcsw;
  mach_profile m = {.threads = r.threads, .read_bw = r.read_gbs, .copy_bw = r.copy_gbs,
                    .fma_f32 = r.fma_gflops, .dot_bf16 = r.bf16_gflops};
  /* The decode tile of every cache type with its cache in L2/L3: its compute
   * ceiling; the fixed cost of a call (a figure not measured is left out,
   * with a warning that says why). */
  double rate[COST_NRATES], call = 0;
  char why[COST_NRATES + 1][256];
  busy = measure_calibration(quick, rate, &call, why);
  for (int t = 0; t <= COST_NRATES; t++) {
    double v = t < COST_NRATES ? rate[t] : call;
    char key[32] = "decode_call_us";
    if (t < COST_NRATES) mach_rate_key(t, key);
    if (v <= 0)
      cc_diag(d, ATTNCC_WARNING, "<calibrate>", NULL, 0, 0, 0, "%s not measured: %s", key, why[t]);
    else if (t < COST_NRATES) *mach_decode_rate(&m, t) = v / 1e9;
    else m.decode_call_us = v * 1e6;
  }
  struct rusage u;
  long switched = getrusage(RUSAGE_SELF, &u) ? 0 : u.ru_nivcsw - nivcsw0;
  if (busy)
    cc_diag(d, ATTNCC_WARNING, "<calibrate>", NULL, 0, 0, 0,
            "other processes took this process's cores %ld times while it timed the decode tiles (%d of the %d "
            "figures had more than a quarter of their runs preempted): calibrate again when the machine is idle",
            switched, busy, COST_NRATES + 1);
  char host[64] = "this machine", date[32] = "";
  if (gethostname(host, sizeof host - 1)) snprintf(host, sizeof host, "this machine");
  time_t now = time(NULL);
  struct tm tm;
  if (gmtime_r(&now, &tm)) strftime(date, sizeof date, "%Y-%m-%d", &tm);
  snprintf(m.name, sizeof m.name, "%s", host);
  snprintf(m.description, sizeof m.description, "%d threads; FMA path: %s", r.threads, r.fma_path);
  snprintf(m.measured, sizeof m.measured,
           "%s by attncc calibrate%s: medians of %d passes, read array %zu MiB; decode tiles: median of %d "
           "rounds of %d runs",
           date, quick ? " --quick" : "", r.reps, r.read_bytes >> 20, quick ? 1 : 5, quick ? 11 : 21);
  char *y = mach_yaml(&m);
  int rc = be_write_atomic(path, y, strlen(y), d) ? 1 : 0;
  if (!rc) printf("# written to %s\n%s", path, y);
  free(y);
  return rc;
}
