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
} mach_profile;

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

/* Decode time of a JIT-compiled spec at context ctx, B = 1, median of reps
 * (cold cache: a 96 MiB read between repetitions).  0 with *seconds, or -1
 * with the reason in why (compile errors in *d).  o: explore's options
 * (target, -D overrides). */
typedef struct measure_kernel measure_kernel;
measure_kernel *measure_open(const char *path, const attncc_options *o, attncc_diags **d, char *why,
                             size_t why_size);
int measure_decode(measure_kernel *k, long long ctx, double *seconds, char *why, size_t why_size);
void measure_close(measure_kernel *k);

#endif
