/*
 * attncc: the command line.  Ahead-of-time compilation of a spec into an
 * object (or assembly, or LLVM IR) plus a C header; dumps of every stage;
 * `explain`, `explore` and `calibrate` (explain.c, explore.c, machine.c).
 * Only the driver prints; the library returns diagnostics as data.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/Core.h>

#include "driver.h"

static const char usage[] =
    "usage: attncc [options] SPEC.yaml\n"
    "       attncc explain [--json] [--memory SIZE] [--context N] [--machine FILE] [options] SPEC.yaml...\n"
    "       attncc explore [--csv|--json] [--plot FILE] [--measure] [--context N] [--memory SIZE]\n"
    "                      [--machine FILE] [options] SPEC.yaml...\n"
    "       attncc calibrate [--quick] [-o FILE]\n"
    "\n"
    "Compiles an attention spec into a kernel object and its C header.\n"
    "`explain` prints the target facts, the tile plan and the cost model instead:\n"
    "cache bytes per token, sequence and model, bytes and FLOPs of a decode step\n"
    "and a prefill token, and the time this machine's roofline predicts; for\n"
    "several specs (the attention layers of one model) or model.layers > 1 the\n"
    "whole model's cache against a K+V cache.  `explore` compares specs side by\n"
    "side; `calibrate` measures this machine's ceilings into the cache directory\n"
    "(docs/explain.md).\n"
    "\n"
    "explain and explore:\n"
    "  --json             one JSON object (explore: --csv for CSV)\n"
    "  --memory SIZE      a memory budget for the whole model's cache (24GiB, 512M, 1.5T):\n"
    "                     the largest context at batch 1 and batch at the context\n"
    "  --context N        figures at context N (default: each spec's capacity)\n"
    "  --machine FILE     ceilings from a profile (docs/machines/); default: the one\n"
    "                     attncc calibrate wrote, else no predicted times\n"
    "  --plot FILE        explore: cache bytes and predicted time vs context, .png or .svg\n"
    "  --measure          explore: time each spec's JIT-compiled decode at 3 contexts\n"
    "calibrate:\n"
    "  --quick            a 256 MiB read and 3 passes (default 1 GiB, 11 passes)\n"
    "  -o FILE            where to write the profile (default: CACHE_DIR/machine.yaml)\n"
    "\n"
    "Compiling (and explain/explore's plans):\n"
    "  -o FILE            output (default NAME.o, NAME.s with -S, NAME.ll with --emit-llvm)\n"
    "  -H FILE            header path (default: the output path with .h)\n"
    "  -S                 write assembly\n"
    "  --emit-llvm        write LLVM IR (optimized at the -O level)\n"
    "  -D KEY=VALUE       override a spec key, e.g. -D heads.kv=4 (repeatable)\n"
    "  -O0 -O1 -O2 -O3    optimization level (default -O2)\n"
    "  --target TRIPLE    target triple (default: this machine)\n"
    "  --cpu NAME         target CPU (default: this machine's)\n"
    "  --features LIST    LLVM feature list, e.g. +avx2,-avx512f\n"
    "  --l1d SIZE, --l2 SIZE   cache sizes the planner assumes (bytes, or 48K, 2M;\n"
    "                     default: this machine's)\n"
    "  --dump=LIST        print stages to stdout: spec,plan,ir,asm (no files written)\n"
    "  --print-schema=markdown|json   the spec reference (docs/spec.md, docs/spec.schema.json)\n"
    "  --version, --help\n"
    "\n"
    "Exit status: 0 on success, 1 on a bad spec or failed write, 2 on bad usage.\n";

static int print_diags(const attncc_diags *d) {
  char buf[8192];
  for (size_t i = 0; i < attncc_diags_count(d); i++) {
    attncc_diag_format(attncc_diags_get(d, i), buf, sizeof buf);
    fputs(buf, stderr);
  }
  return cc_diags_errors(d) ? 1 : 0;
}

static void die_usage(const char *fmt, const char *arg) {
  fprintf(stderr, "attncc: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\n(attncc --help shows the options)\n");
  exit(2);
}

/* "dir/base.ext" -> "dir/base" + ext */
static char *replace_ext(const char *path, const char *ext) {
  const char *slash = strrchr(path, '/');
  const char *dot = strrchr(path, '.');
  size_t n = dot && (!slash || dot > slash) ? (size_t)(dot - path) : strlen(path);
  char *r = malloc(n + strlen(ext) + 1);
  if (!r) cc_die("out of memory");
  memcpy(r, path, n);
  strcpy(r + n, ext);
  return r;
}

/* "49152", "48K", "2M" -> bytes (1 .. 1 GiB); exits with a usage error otherwise. */
static int parse_size(const char *opt, const char *v) {
  uint64_t n = 0;
  if (cc_parse_size(v, &n) || n == 0 || n > (1u << 30)) die_usage("bad size for %s", opt);
  return (int)n;
}

static int dump_flags(const char *list, int *asm_out) {
  int f = 0;
  char buf[256];
  snprintf(buf, sizeof buf, "%s", list);
  for (char *t = strtok(buf, ","); t; t = strtok(NULL, ",")) {
    if (!strcmp(t, "spec")) f |= BE_DUMP_SPEC;
    else if (!strcmp(t, "plan")) f |= BE_DUMP_PLAN;
    else if (!strcmp(t, "ir")) f |= BE_DUMP_IR;
    else if (!strcmp(t, "asm")) *asm_out = 1;
    else die_usage("unknown --dump stage '%s' (spec, plan, ir, asm)", t);
  }
  return f;
}

/* --memory: a number with an optional binary suffix, K/M/G/T, KiB/MiB/GiB/TiB
 * (powers of 1024), or KB/MB/GB/TB (powers of 1000). */
static double parse_memory(const char *v) {
  char *end = NULL;
  errno = 0;
  double x = strtod(v, &end);
  if (errno || end == v || !(x > 0) || !isfinite(x)) die_usage("bad size for --memory: '%s' (like 24GiB)", v);
  static const char *const units = "KMGT";
  const char *u = *end ? strchr(units, end[0] & ~0x20) : NULL;
  if (*end && !u) die_usage("bad size for --memory: '%s' (like 24GiB)", v);
  if (u) {
    int k = (int)(u - units) + 1;
    const char *rest = end + 1;
    double base = !*rest || !strcmp(rest, "iB") ? 1024 : !strcmp(rest, "B") ? 1000 : 0;
    if (!base) die_usage("bad size for --memory: '%s' (like 24GiB)", v);
    x *= pow(base, k);
  }
  return x;
}

static long long parse_count(const char *opt, const char *v) {
  char *end = NULL;
  errno = 0;
  long long n = strtoll(v, &end, 10);
  if (errno || end == v || *end || n < 1 || n > (1LL << 31) - 1) die_usage("bad count for %s", opt);
  return n;
}

/* The machine profile: --machine FILE, else the calibrated one, else none
 * (and a note that says so: no silent guess). */
static int find_machine(const char *path, mach_profile *m, drv_opts *opt, attncc_diags *d) {
  static char note[4200];
  char def[4096];
  if (path) {
    if (mach_load(path, m, d)) return -1;
    opt->machine = m;
    snprintf(note, sizeof note, "from --machine %s", path);
  } else if (!mach_default_path(def, sizeof def) && access(def, F_OK) == 0) {
    if (mach_load(def, m, d)) {
      cc_diag(d, ATTNCC_NOTE, def, NULL, 0, 0, 0, "run attncc calibrate to measure this machine again");
      return -1;
    }
    opt->machine = m;
    snprintf(note, sizeof note, "calibrated, %s", def);
  } else {
    snprintf(note, sizeof note, "not calibrated: run attncc calibrate (or give --machine FILE); no times predicted");
  }
  opt->machine_note = note;
  return 0;
}

int main(int argc, char **argv) {
  attncc_options o;
  attncc_options_init(&o);
  const char *in = NULL, *out = NULL, *hdr = NULL;
  be_kind kind = BE_OBJECT;
  int dump = 0, dump_asm = 0, ndef = 0, nin = 0, quick = 0;
  static const char *ins[64];
  static const char *defs[256];
  enum { COMPILE, EXPLAIN, EXPLORE, CALIBRATE } cmd = COMPILE;
  drv_opts opt = {0};
  const char *machine = NULL;

  int first = 1;
  if (argc > 1 && !strcmp(argv[1], "explain")) cmd = EXPLAIN, first = 2;
  else if (argc > 1 && !strcmp(argv[1], "explore")) cmd = EXPLORE, first = 2;
  else if (argc > 1 && !strcmp(argv[1], "calibrate")) cmd = CALIBRATE, first = 2;
  int report = cmd == EXPLAIN || cmd == EXPLORE;
  for (int i = first; i < argc; i++) {
    const char *a = argv[i];
#define NEXT() (i + 1 < argc ? argv[++i] : (die_usage("%s needs an argument", a), ""))
#define ONLY(ok, what) if (!(ok)) die_usage("%s is an option of " what, a)
    if (!strcmp(a, "--json")) { ONLY(report, "attncc explain and attncc explore"); opt.json = 1; }
    else if (!strcmp(a, "--csv")) { ONLY(cmd == EXPLORE, "attncc explore"); opt.csv = 1; }
    else if (!strcmp(a, "--measure")) { ONLY(cmd == EXPLORE, "attncc explore"); opt.measure = 1; }
    else if (!strcmp(a, "--plot")) { ONLY(cmd == EXPLORE, "attncc explore"); opt.plot = NEXT(); }
    else if (!strncmp(a, "--plot=", 7)) { ONLY(cmd == EXPLORE, "attncc explore"); opt.plot = a + 7; }
    else if (!strcmp(a, "--memory")) { ONLY(report, "attncc explain and attncc explore"); opt.memory = parse_memory(NEXT()); }
    else if (!strncmp(a, "--memory=", 9)) { ONLY(report, "attncc explain and attncc explore"); opt.memory = parse_memory(a + 9); }
    else if (!strcmp(a, "--context")) { ONLY(report, "attncc explain and attncc explore"); opt.context = parse_count(a, NEXT()); }
    else if (!strncmp(a, "--context=", 10)) { ONLY(report, "attncc explain and attncc explore"); opt.context = parse_count("--context", a + 10); }
    else if (!strcmp(a, "--machine")) { ONLY(report, "attncc explain and attncc explore"); machine = NEXT(); }
    else if (!strncmp(a, "--machine=", 10)) { ONLY(report, "attncc explain and attncc explore"); machine = a + 10; }
    else if (!strcmp(a, "--quick")) { ONLY(cmd == CALIBRATE, "attncc calibrate"); quick = 1; }
    else if (cmd == CALIBRATE && strcmp(a, "-o") && strcmp(a, "--help") && strcmp(a, "-h"))
      die_usage("attncc calibrate takes --quick and -o FILE, not '%s'", a);
    else if (!strcmp(a, "-o")) out = NEXT();
    else if (!strcmp(a, "-H")) hdr = NEXT();
    else if (!strcmp(a, "-S")) kind = BE_ASSEMBLY;
    else if (!strcmp(a, "--emit-llvm")) kind = BE_LLVM_IR;
    else if (!strncmp(a, "-D", 2) && ndef == (int)(sizeof defs / sizeof defs[0]))
      die_usage("%s", "too many -D options (256 at most)");
    else if (!strcmp(a, "-D")) defs[ndef++] = NEXT();
    else if (!strncmp(a, "-D", 2)) defs[ndef++] = a + 2;
    else if (!strcmp(a, "--target")) o.triple = NEXT();
    else if (!strcmp(a, "--cpu")) o.cpu = NEXT();
    else if (!strcmp(a, "--features")) o.features = NEXT();
    else if (!strncmp(a, "--target=", 9)) o.triple = a + 9;
    else if (!strncmp(a, "--cpu=", 6)) o.cpu = a + 6;
    else if (!strncmp(a, "--features=", 11)) o.features = a + 11;
    else if (!strcmp(a, "--l1d")) o.l1d_bytes = parse_size(a, NEXT());
    else if (!strcmp(a, "--l2")) o.l2_bytes = parse_size(a, NEXT());
    else if (!strncmp(a, "--l1d=", 6)) o.l1d_bytes = parse_size("--l1d", a + 6);
    else if (!strncmp(a, "--l2=", 5)) o.l2_bytes = parse_size("--l2", a + 5);
    else if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3]) o.opt_level = a[2] - '0';
    else if (!strncmp(a, "--dump=", 7)) dump = dump_flags(a + 7, &dump_asm);
    else if (!strcmp(a, "--print-schema=markdown")) { spec_schema_markdown(stdout); return 0; }
    else if (!strcmp(a, "--print-schema=json")) { spec_schema_json(stdout); return 0; }
    else if (!strcmp(a, "--version")) { printf("attncc %s\n", attncc_version()); return 0; }
    else if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(usage, stdout); return 0; }
    else if (a[0] == '-' && a[1]) die_usage("unknown option '%s'", a);
    else if (in && !report) die_usage("more than one spec given ('%s')", a);
    else if (nin == (int)(sizeof ins / sizeof ins[0])) die_usage("%s", "too many specs (64 at most)");
    else in = ins[nin++] = a;
#undef NEXT
#undef ONLY
  }
  if (opt.csv && opt.json) die_usage("%s", "--csv and --json: choose one");
  attncc_diags *d = cc_diags_new();
  if (cmd == CALIBRATE) {
    int rc = mach_calibrate(quick, out, d);
    if (print_diags(d)) rc = 1;
    attncc_diags_free(d);
    return rc;
  }
  if (!in) die_usage("%s", "no spec given");
  o.defines = defs;
  o.n_defines = ndef;

  cc_arena *arena = cc_arena_new();
  LLVMContextRef ctx = LLVMContextCreate();
  int rc = 1;
  mach_profile mp;

  if (report) {
    if (out || hdr || dump || dump_asm) die_usage("%s", "-o, -H and --dump are not options of attncc explain/explore");
    if (find_machine(machine, &mp, &opt, d) == 0)
      rc = cmd == EXPLAIN ? drv_explain(arena, ctx, ins, nin, &o, &opt, d) : drv_explore(arena, ctx, ins, nin, &o, &opt, d);
    nin = 0;
  }
  size_t len = 0;
  char *text = nin ? cc_read_file(in, 1u << 20, &len, d) : NULL;
  be_build bb;
  if (text && be_build_module(arena, ctx, text, len, in, &o, dump, stdout, &bb, d) == 0) {
    if (dump || dump_asm) {
      rc = 0;
      if (dump_asm) {
        size_t n = 0;
        char *s = be_emit_buffer(bb.mod, &bb.target, o.opt_level, BE_ASSEMBLY, &n, d);
        if (s) printf(";; ---- asm ----\n%s", s); else rc = 1;
        free(s);
      }
    } else {
      static const char *const ext[] = {".o", ".s", ".ll"};
      char *outp = out ? strdup(out) : replace_ext(bb.spec.name, ext[kind]);
      char *hp = hdr ? strdup(hdr) : replace_ext(outp, ".h");
      char *htext = be_header_text(&bb.spec);
      size_t n = 0;
      char *body = be_emit_buffer(bb.mod, &bb.target, o.opt_level, kind, &n, d);
      if (body) {
        /* Both files or neither: temporaries first, then two renames. */
        const char *paths[] = {outp, hp};
        const void *data[] = {body, htext};
        size_t sizes[] = {n, strlen(htext)};
        rc = be_write_files(2, paths, data, sizes, d) == 0 ? 0 : 1;
      }
      free(body);
      free(htext);
      free(outp);
      free(hp);
    }
    LLVMDisposeModule(bb.mod);
  }
  free(text);
  if (print_diags(d)) rc = 1;
  attncc_diags_free(d);
  cc_arena_free(arena);
  LLVMContextDispose(ctx);
  return rc;
}
