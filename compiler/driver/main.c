/*
 * attncc: the command line.  Ahead-of-time compilation of a spec into an
 * object (or assembly, or LLVM IR) plus a C header; dumps of every stage.
 * Only the driver prints; the library returns diagnostics as data.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Core.h>

#include "backend/backend.h"

static const char usage[] =
    "usage: attncc [options] SPEC.yaml\n"
    "       attncc explain [options] SPEC.yaml [SPEC.yaml ...]\n"
    "\n"
    "Compiles an attention spec into a kernel object and its C header; `explain`\n"
    "prints the target facts, the tile plan and the cache costs instead, and for\n"
    "several specs (the attention layers of one model) or model.layers > 1 the\n"
    "whole model's cache against a K+V cache.\n"
    "\n"
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

/* k_only (slim attention): what the cache saves, what each order costs for
 * one sequence of the spec's phase, and the order the planner takes
 * (docs/slim.md §orders). */
static void explain_slim(const attn_spec *s, const attn_plan *p) {
  static const char *names[2] = {"scores_first", "values_first"};
  int eb = s->type_cache == ATTN_F32 ? 4 : 2;
  long long E = (long long)s->heads_q * s->dim;
  long long k_tok = E * eb, kv_tok = (long long)s->heads_kv * (s->dim + s->v_dim) * eb;
  plan_slim_cost c;
  plan_slim_costs(s, p->target, &c);
  printf("slim attention (cache.store: k_only, V = K W_kv)\n");
  printf("  cache per token      %lld bytes, K only (a K+V cache: %lld bytes, %.2fx)\n", k_tok, kv_tok,
         (double)kv_tok / k_tok);
  printf("  costed               one sequence, %.0f quer%s against %.0f keys (%s)\n", c.q, c.q == 1 ? "y" : "ies",
         c.n, s->phase == ATTN_DECODE ? "a decode step" : s->phase == ATTN_PREFILL ? "a whole prefill" : "a 128-token chunk");
  printf("  scores_first         %.4g GFLOP, %.4g GB of K rows (%d passes: %d heads a task); u = p.K over\n"
         "                       whole K rows (2 Hq (D + E) a key), then u W_kv (2 E Dv a query and head)\n",
         c.flops[0] / 1e9, c.bytes[0] / 1e9, c.sf_passes, s->heads_q / c.sf_passes);
  printf("  values_first         %.4g GFLOP, %.4g GB of K rows; V = K W_kv (2 E Dv a key and head) once\n"
         "                       per task of %d quer%s, then S and P.V over D\n",
         c.flops[1] / 1e9, c.bytes[1] / 1e9, c.vf_q_tile, c.vf_q_tile == 1 ? "y" : "ies");
  int win = c.time[1] < c.time[0];
  printf("  predicted            time ~ max(FLOP, %.0f FLOP/byte x bytes), in GFLOP: scores_first %.4g,\n"
         "                       values_first %.4g (%s bound, %s bound): %s %.1fx faster\n",
         c.ridge, c.time[0] / 1e9, c.time[1] / 1e9, c.flops[0] >= c.ridge * c.bytes[0] ? "compute" : "memory",
         c.flops[1] >= c.ridge * c.bytes[1] ? "compute" : "memory", names[win],
         win ? c.time[0] / c.time[1] : c.time[1] / c.time[0]);
  printf("  order                %s (%s)\n", names[p->values_first],
         s->slim_order == SPEC_SLIM_AUTO ? "auto: the faster prediction" : "as written");
  if (!p->values_first)
    printf("  this tile            %d heads a task, so K rows stream %d times per step (from L2/L3 when\n"
           "                       they fit); a tile sharing rows across all heads is planned\n",
           p->head_block, s->heads_q / p->head_block);
}

/* v_only: the values cached, the keys recovered through W_vk (docs/slim.md). */
static void explain_v_only(const attn_spec *s, const attn_plan *p) {
  int eb = s->type_cache == ATTN_F32 ? 4 : 2;
  long long E = p->row_dim, n = s->capacity;
  long long row_tok = E * eb, kv_tok = (long long)s->heads_kv * (s->dim + s->v_dim) * eb;
  double per_key = 2.0 * s->heads_q * (E + s->v_dim), fixed = 2.0 * s->heads_q * s->dim * E;
  printf("slim attention, V only (cache.store: v_only, K = V W_vk)\n");
  printf("  cache per token      %lld bytes, V only without its bias (a K+V cache: %lld bytes, %.2fx)\n", row_tok,
         kv_tok, (double)kv_tok / row_tok);
  printf("  decode step          %.2f MiB read, %.1f MFLOP at context %lld: scores of q~ = q W_vk,h^T over whole\n"
         "                       rows (2 Hq (E + Dv) per key) plus absorbing q (%.1f MFLOP)\n",
         row_tok * (double)n / (1 << 20), (per_key * n + fixed) / 1e6, n, fixed / 1e6);
  printf("  this tile            %d heads a task: rows stream %d time%s per step\n", p->head_block,
         s->heads_q / p->head_block, s->heads_q / p->head_block == 1 ? "" : "s");
}

/* x / latent: the row cached per token against the K+V it replaces, and
 * the absorbed kernel's work per decode step (docs/slim.md). */
static void explain_absorbed(const attn_spec *s, const attn_plan *p) {
  int eb = s->type_cache == ATTN_F32 ? 4 : 2, x = s->store == ATTN_STORE_X;
  long long R = p->row_dim, U = p->spec->v_dim, n = s->capacity, Dn = s->dim - s->rope_dim;
  long long row_tok = R * eb, kv_tok = (long long)s->heads_kv * (s->dim + s->v_dim) * eb;
  double per_key = 2.0 * s->heads_q * (R + U), fixed = 2.0 * s->heads_q * (Dn * U + U * s->v_dim);
  printf("%s (cache.store: %s)\n", x ? "X-cache" : "latent cache (MLA)", x ? "x" : "latent");
  if (x)
    printf("  cache per token      %lld bytes: the layer input, model.d_model = %lld\n", row_tok, R);
  else
    printf("  cache per token      %lld bytes: latent %d + RoPE key %d\n", row_tok, s->latent_dim, s->rope_dim);
  printf("  instead of K+V       %lld bytes (Hkv %d x (D %d + Dv %d)): %.2fx smaller\n", kv_tok, s->heads_kv,
         s->dim, s->v_dim, (double)kv_tok / row_tok);
  printf("  decode step          %.2f MiB read, %.1f MFLOP at context %lld: scores and u over whole rows\n"
         "                       (2 Hq (R + U) per key) plus absorbing q and projecting u (%.1f MFLOP)\n",
         row_tok * (double)n / (1 << 20), (per_key * n + fixed) / 1e6, n, fixed / 1e6);
  printf("  this tile            %d heads a task: rows stream %d time%s per step\n", p->head_block,
         s->heads_q / p->head_block, s->heads_q / p->head_block == 1 ? "" : "s");
}

/* One spec's share of a model's cache: bytes per token as stored and with a
 * K+V cache of the same heads, times its layers (once when the cache is
 * shared by them) and its context (cache.capacity). */
typedef struct model_part {
  const char *name;
  int layers, context, shared;
  double bytes, kv_bytes; /* whole model, this spec's layers */
} model_part;

static model_part model_share(const attn_spec *s, const attn_plan *p) {
  int eb = s->type_cache == ATTN_F32 ? 4 : 2;
  double kv_tok = (double)s->heads_kv * (s->dim + s->v_dim) * eb;
  double tok = p->row_dim ? (double)p->row_dim * eb : kv_tok;
  int mult = s->shared_layers ? 1 : s->layers;
  return (model_part){s->name, s->layers, s->capacity, s->shared_layers, tok * s->capacity * mult,
                      kv_tok * s->capacity * s->layers};
}

/* The model's cache, part by part, against K+V caches everywhere (the
 * factors of docs/slim.md's table). */
static void explain_model(const model_part *m, int n) {
  double bytes = 0, kv = 0, shared = 0;
  printf("model (%d spec%s: the layers of one model at full context)\n", n, n == 1 ? "" : "s");
  printf("  %-24s %7s %8s %14s %14s %8s\n", "spec", "layers", "context", "cache MiB", "K+V MiB", "factor");
  for (int i = 0; i < n; i++) {
    printf("  %-24s %7d %8d %14.2f %14.2f %7.2fx%s\n", m[i].name, m[i].layers, m[i].context,
           m[i].bytes / (1 << 20), m[i].kv_bytes / (1 << 20), m[i].kv_bytes / m[i].bytes,
           m[i].shared ? "  (one cache for all layers)" : "");
    bytes += m[i].bytes, kv += m[i].kv_bytes;
    if (m[i].shared) shared += m[i].bytes;
  }
  printf("  %-24s %7s %8s %14.2f %14.2f %7.2fx\n", "total", "", "", bytes / (1 << 20), kv / (1 << 20), kv / bytes);
  if (shared > 0 && bytes > shared)
    printf("  without the shared caches (an encoder output held anyway): %.2fx\n", kv / (bytes - shared));
}

/* attncc explain: what the planner chose and what the layout costs. */
static void explain(const be_build *bb, const char *path) {
  const attn_spec *s = &bb->spec;
  const attn_plan *p = &bb->plan;
  int eb = s->type_cache == ATTN_F32 ? 4 : 2;
  long long kv_tok = (long long)s->heads_kv * (s->dim + s->v_dim) * eb;
  long long flops_tok = 2LL * s->heads_q * (s->dim + s->v_dim); /* per query and key */
  printf("spec '%s' from %s (spec hash %016llx)\n", s->name, path, (unsigned long long)s->hash);
  plan_print(p, stdout);
  printf("costs (one layer of this spec%s)\n",
         p->row_dim ? " with a K+V cache; the cache it has: below" : "");
  printf("  cache per token      %lld bytes (K %lld + V %lld)\n", kv_tok,
         (long long)s->heads_kv * s->dim * eb, (long long)s->heads_kv * s->v_dim * eb);
  printf("  cache per sequence   %.2f MiB at capacity %d\n", kv_tok * (double)s->capacity / (1 << 20),
         s->capacity);
  printf("  decode step          %.2f MiB read, %.1f MFLOP at context %d: %.2f FLOP/byte\n",
         kv_tok * (double)s->capacity / (1 << 20), flops_tok * (double)s->capacity / 1e6,
         s->capacity, (double)flops_tok / kv_tok);
  printf("  prefill              %.1f GFLOP for %d tokens (%s, unmasked work)\n",
         flops_tok * (double)s->capacity * (s->causal ? (s->capacity + 1) / 2.0 : s->capacity) / 1e9,
         s->capacity, s->causal ? "causal" : "non-causal");
  if (s->store == ATTN_STORE_K_ONLY) explain_slim(s, p);
  if (p->v_only) explain_v_only(s, p);
  else if (p->absorb) explain_absorbed(s, p);
}

/* attncc explain A.yaml [B.yaml ...]: each spec, then the model they form.
 * Nothing is printed for the model unless every spec was read. */
static int explain_all(cc_arena *arena, LLVMContextRef ctx, const char *const *ins, int n,
                       const attncc_options *o, attncc_diags *d) {
  model_part parts[64];
  int ok = 1, layered = 0;
  for (int i = 0; i < n; i++) {
    size_t len = 0;
    char *text = cc_read_file(ins[i], 1u << 20, &len, d);
    be_build bb;
    if (text && be_build_module(arena, ctx, text, len, ins[i], o, 0, stdout, &bb, d) == 0) {
      if (i) printf("\n");
      explain(&bb, ins[i]);
      parts[i] = model_share(&bb.spec, &bb.plan);
      layered |= bb.spec.layers > 1;
      LLVMDisposeModule(bb.mod);
    } else {
      ok = 0;
    }
    free(text);
  }
  if (ok && (n > 1 || layered)) {
    printf("\n");
    explain_model(parts, n);
  }
  return ok ? 0 : 1;
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

int main(int argc, char **argv) {
  attncc_options o;
  attncc_options_init(&o);
  const char *in = NULL, *out = NULL, *hdr = NULL;
  be_kind kind = BE_OBJECT;
  int dump = 0, dump_asm = 0, ndef = 0, do_explain = 0, nin = 0;
  static const char *ins[64];
  static const char *defs[256];

  int first = 1;
  if (argc > 1 && !strcmp(argv[1], "explain")) do_explain = 1, first = 2;
  for (int i = first; i < argc; i++) {
    const char *a = argv[i];
#define NEXT() (i + 1 < argc ? argv[++i] : (die_usage("%s needs an argument", a), ""))
    if (!strcmp(a, "-o")) out = NEXT();
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
    else if (in && !do_explain) die_usage("more than one spec given ('%s')", a);
    else if (nin == (int)(sizeof ins / sizeof ins[0])) die_usage("%s", "too many specs (64 at most)");
    else in = ins[nin++] = a;
#undef NEXT
  }
  if (!in) die_usage("%s", "no spec given");
  o.defines = defs;
  o.n_defines = ndef;

  attncc_diags *d = cc_diags_new();
  cc_arena *arena = cc_arena_new();
  LLVMContextRef ctx = LLVMContextCreate();
  int rc = 1;

  if (do_explain) {
    rc = explain_all(arena, ctx, ins, nin, &o, d);
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
