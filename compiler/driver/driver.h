/*
 * compiler/driver: the attncc command line.  main.c parses the options and
 * compiles ahead of time; explain.c prints one spec's plan and costs;
 * explore.c compares several; plot.c draws them (PLplot); measure.c times
 * JIT-compiled decode steps; machine.c reads, writes and measures machine
 * profiles (docs/explain.md).  Only the driver prints.
 */
#ifndef ATTNCC_DRIVER_H
#define ATTNCC_DRIVER_H

#include <stdio.h>

#include <llvm-c/Core.h>

#include "backend/backend.h"
#include "plan/cost.h"

/* --- machine profiles (machine.c) --------------------------------------- */

#define MACH_VERSION 1

/* A machine's ceilings as the files of docs/machines/ and `attncc calibrate` write
 * them: bandwidths in GB/s (1e9 bytes/s), peaks in GFLOP/s. */
typedef struct mach_profile {
  char name[128], description[256], measured[256], source[512];
  char path[4096];   /* the file it was read from */
  int threads;       /* 0: not given */
  double read_bw, copy_bw, fma_f32, dot_bf16; /* copy_bw, dot_bf16: 0 when not given */
  /* The decode tile's compute ceiling by cache type, GFLOP/s (0: not given):
   * keys decode_f32 ... decode_q4, measured by calibrate (measure_tile). */
  double decode_f32, decode_f16, decode_bf16, decode_i8, decode_fp8_e4m3, decode_fp8_e5m2, decode_q4;
  double decode_lanes;   /* the lanes tile's one-query decode (MQA shape), GFLOP/s (0: not given) */
  double decode_call_us; /* fixed cost of a decode call, microseconds (0: not given) */
} mach_profile;
/* &m->decode_TYPE of rate r (an attn_dtype, or COST_LANES: &m->decode_lanes;
 * null for another r) and its key's name (decode_f16, decode_lanes). */
double *mach_decode_rate(mach_profile *m, int r);
const char *mach_rate_key(int r, char buf[32]);

/* Reads and checks a profile; errors (file:line:col) go to d.  0 or -1. */
int mach_load(const char *path, mach_profile *m, attncc_diags *d);
/* The profile as YAML (malloc'd). */
char *mach_yaml(const mach_profile *m);
/* $cache_dir/machine.yaml (be_cache_dir); -1 when there is no cache dir. */
int mach_default_path(char *buf, size_t size);
/* The ceilings for the cost model. */
cost_machine mach_ceilings(const mach_profile *m);
/* attncc calibrate [--quick] [-o FILE]: measures, writes, prints. */
int mach_calibrate(int quick, const char *out, attncc_diags *d);

/* --- one spec's figures (explain.c) -------------------------------------- */

/* Options shared by explain and explore. */
typedef struct drv_opts {
  int json, csv, measure;
  double memory;          /* --memory bytes; 0: not given */
  long long context;      /* --context N; 0: each spec's capacity */
  const char *plot;       /* --plot FILE */
  const mach_profile *machine; /* null: not calibrated */
  const char *machine_note;    /* why there is none, or where it came from */
} drv_opts;

/* A spec read and planned, with its cost figures. */
typedef struct drv_spec {
  const char *path;
  be_build bb;            /* spec, target, plan (mod disposed) */
  cost_layer layer;
  long long ctx;          /* context the figures are at */
} drv_spec;

/* Parses, plans and generates the module of `path` (for the plan text) and
 * fills the costs; 0, or -1 with diagnostics in d. */
int drv_load(cc_arena *a, LLVMContextRef ctx, const char *path, const attncc_options *o,
             const drv_opts *opt, drv_spec *s, attncc_diags *d);

/* attncc explain: each spec in text or one JSON object; 0, or 1 when a spec
 * failed. */
int drv_explain(cc_arena *a, LLVMContextRef ctx, const char *const *ins, int n,
                const attncc_options *o, const drv_opts *opt, attncc_diags *d);

/* JSON helpers: a string with escapes; a number (null when not finite). */
void drv_json_str(FILE *f, const char *s);
void drv_json_num(FILE *f, double v);
/* One spec's figures as a JSON object (explain's and explore's). */
void drv_json_spec(FILE *f, const drv_spec *d, const drv_opts *opt);
/* The machine profile as a JSON object (or null). */
void drv_json_machine(FILE *f, const mach_profile *m);

/* --- explore (explore.c), plot (plot.c), measure (measure.c) ------------- */

int drv_explore(cc_arena *a, LLVMContextRef ctx, const char *const *ins, int n,
                const attncc_options *o, const drv_opts *opt, attncc_diags *d);

/* One line of a plot: y(x) at n points. */
typedef struct plot_series {
  const char *label;
  const double *x, *y;
  int n;
} plot_series;
/* Two panels (cache bytes vs context, predicted time vs context; the time
 * panel is left out when times is null) into path, PNG or SVG by its
 * extension, written to a temporary beside it and renamed: never a partial
 * file.  0, or -1 with an error in d. */
int plot_write(const char *path, const plot_series *cache, const plot_series *times, int n,
               attncc_diags *d);

/* Decode time of a JIT-compiled spec, B = 1 (measure.c): the median and
 * the best of its repetitions, each after a 96 MiB read that evicts the
 * cache.  measure_open: null with the reason in why (compile errors in *d;
 * s: the spec as parsed, whose expressions the output check evaluates);
 * o: explore's options (target, -D overrides).  measure_decode: 0 with *r,
 * or -1 with the reason in why. */
typedef struct measure_kernel measure_kernel;
typedef struct measure_result {
  long long context;   /* the context measured (measure_context) */
  double median, best; /* seconds, of the clean repetitions (all when fewer than half were clean) */
  int clean, tries;    /* repetitions not preempted, of those run */
  double read_bw;      /* bytes/s of the eviction reads: the machine's read bandwidth meanwhile (median) */
} measure_result;
measure_kernel *measure_open(const char *path, const attn_spec *s, const attncc_options *o, attncc_diags **d,
                             char *why, size_t why_size);
/* The context a measurement at ctx runs at: at most the capacity, except for
 * a ring (kv_len may exceed it: the ring wraps). */
long long measure_context(const measure_kernel *k, long long ctx);
int measure_decode(measure_kernel *k, long long ctx, measure_result *r, char *why, size_t why_size);
/* calibrate (measure.c): rate[t], the compute ceiling of the PLAN_DOT decode
 * tile for cache type t (attn_dtype), FLOP/s: a decode spec of the Llama
 * shape (Hq 32, Hkv 8, D = Dv = 128, f32 queries and outputs, lse); and
 * rate[COST_LANES], the PLAN_LANES tile's on an MQA decode (Hq 16, Hkv 1,
 * D = Dv = 128, bf16 cache, f32 queries and outputs, lse); each
 * JIT-compiled for this machine, timed at context MEASURE_TILE_CONTEXT with
 * its cache in L2/L3 (back-to-back calls, no eviction): the median of 5
 * rounds over the types (quick: 1), each the median of 21 runs not preempted
 * (quick: 11).  *call, seconds: the fixed cost of a decode call, the f16
 * spec at context MEASURE_CALL_CONTEXT, each run after an eviction read
 * (cold, as explore --measure times it: the parallel region, the split-KV
 * merge, first touches of q, out, workspace and code).  0 where not
 * measured, why[t] (why[COST_NRATES]: the call's) then says why; why[t] also
 * says how many runs were preempted when more than a quarter were.  Returns
 * the number of such busy measurements. */
enum { MEASURE_TILE_CONTEXT = 1024, MEASURE_CALL_CONTEXT = 16 };
int measure_calibration(int quick, double rate[COST_NRATES], double *call, char why[COST_NRATES + 1][256]);
void measure_close(measure_kernel *k);

#endif
