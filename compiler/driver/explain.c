/*
 * attncc explain: what the planner chose for a spec and what it costs:
 * cache bytes per token, sequence and model, the memory budget's largest
 * context and batch, bytes and FLOPs of a decode step and a prefill token,
 * and the time this machine's roofline predicts (compiler/plan/cost.h;
 * docs/explain.md).  Text by default, one JSON object with --json.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"

int drv_load(cc_arena *a, LLVMContextRef ctx, const char *path, const attncc_options *o,
             const drv_opts *opt, drv_spec *s, attncc_diags *d) {
  (void)ctx;
  memset(s, 0, sizeof *s);
  s->path = path;
  size_t len = 0;
  char *text = cc_read_file(path, 1u << 20, &len, d);
  if (!text) return -1;
  be_build *b = &s->bb;
  int rc = spec_parse(a, text, len, path, o->defines, o->n_defines, &b->spec, d) ||
                   be_target_init(a, o->triple, o->cpu, o->features, o->l1d_bytes, o->l2_bytes, &b->target, d)
               ? -1
               : 0;
  free(text);
  if (rc) return -1;
  plan_make(&b->spec, &b->target.facts, &b->plan);
  cost_layer_of(&b->spec, &b->plan, &s->layer);
  s->ctx = opt->context > 0 ? opt->context : b->spec.capacity;
  return 0;
}

/* --- text ------------------------------------------------------------------- */

static const char *bytes_str(char *buf, double b) {
  static const char *unit[] = {"KiB", "MiB", "GiB", "TiB"};
  if (b < 1024) {
    snprintf(buf, 32, "%.0f bytes", b);
    return buf;
  }
  int u = 0;
  for (b /= 1024; b >= 1024 && u < 3; u++) b /= 1024;
  snprintf(buf, 32, "%.2f %s", b, unit[u]);
  return buf;
}

static const char *time_str(char *buf, double t) {
  if (t >= 1) snprintf(buf, 32, "%.3g s", t);
  else if (t >= 1e-3) snprintf(buf, 32, "%.3g ms", t * 1e3);
  else snprintf(buf, 32, "%.3g us", t * 1e6);
  return buf;
}

/* k_only (slim attention): what the cache saves, what each order costs for
 * one sequence of the spec's phase, and the order the planner takes
 * (docs/slim.md §orders). */
static void explain_slim(const attn_spec *s, const attn_plan *p, const cost_layer *c) {
  static const char *names[2] = {"scores_first", "values_first"};
  plan_slim_cost k;
  plan_slim_costs(s, p->target, &k);
  printf("slim attention (cache.store: k_only, V = K W_kv)\n");
  printf("  cache per token      %.0f bytes, K only (a K+V cache: %.0f bytes, %.2fx)\n", c->tok_bytes,
         c->kv_tok_bytes, c->kv_tok_bytes / c->tok_bytes);
  printf("  costed               one sequence, %.0f quer%s against %.0f keys (%s)\n", k.q, k.q == 1 ? "y" : "ies",
         k.n, s->phase == ATTN_DECODE ? "a decode step" : s->phase == ATTN_PREFILL ? "a whole prefill" : "a 128-token chunk");
  printf("  scores_first         %.4g GFLOP, %.4g GB of K rows (%d passes: %d heads a task); u = p.K over\n"
         "                       whole K rows (2 Hq (D + E) a key), then u W_kv (2 E Dv a query and head)\n",
         k.flops[0] / 1e9, k.bytes[0] / 1e9, k.sf_passes, s->heads_q / k.sf_passes);
  printf("  values_first         %.4g GFLOP, %.4g GB of K rows; V = K W_kv (2 E Dv a key and head) once\n"
         "                       per task of %d quer%s, then S and P.V over D\n",
         k.flops[1] / 1e9, k.bytes[1] / 1e9, k.vf_q_tile, k.vf_q_tile == 1 ? "y" : "ies");
  int win = k.time[1] < k.time[0];
  printf("  predicted            time ~ max(FLOP, %.0f FLOP/byte x bytes), in GFLOP: scores_first %.4g,\n"
         "                       values_first %.4g (%s bound, %s bound): %s %.1fx faster\n",
         k.ridge, k.time[0] / 1e9, k.time[1] / 1e9, k.flops[0] >= k.ridge * k.bytes[0] ? "compute" : "memory",
         k.flops[1] >= k.ridge * k.bytes[1] ? "compute" : "memory", names[win],
         win ? k.time[0] / k.time[1] : k.time[1] / k.time[0]);
  printf("  order                %s (%s)\n", names[p->values_first],
         s->slim_order == SPEC_SLIM_AUTO ? "auto: the faster prediction" : "as written");
  if (!p->values_first)
    printf("  this tile            %d heads a task, so K rows stream %d times per step (from L2/L3 when\n"
           "                       they fit); a tile sharing rows across all heads is planned\n",
           p->head_block, s->heads_q / p->head_block);
}

/* v_only: the values cached, the keys recovered through W_vk (docs/slim.md). */
static void explain_v_only(const attn_spec *s, const attn_plan *p, const cost_layer *c) {
  double n = s->capacity;
  printf("slim attention, V only (cache.store: v_only, K = V W_vk)\n");
  printf("  cache per token      %.0f bytes, V only without its bias (a K+V cache: %.0f bytes, %.2fx)\n",
         c->tok_bytes, c->kv_tok_bytes, c->kv_tok_bytes / c->tok_bytes);
  printf("  decode step          %.2f MiB read, %.1f MFLOP at context %.0f: scores of q~ = q W_vk,h^T over whole\n"
         "                       rows (2 Hq (E + Dv) per key) plus absorbing q (%.1f MFLOP)\n",
         c->tok_bytes * n / (1 << 20), (c->flops_key * n + c->flops_fixed) / 1e6, n, c->flops_fixed / 1e6);
  printf("  this tile            %d heads a task: rows stream %d time%s per step\n", p->head_block,
         s->heads_q / p->head_block, s->heads_q / p->head_block == 1 ? "" : "s");
}

/* x / latent: the row cached per token against the K+V it replaces, and
 * the absorbed kernel's work per decode step (docs/slim.md). */
static void explain_absorbed(const attn_spec *s, const attn_plan *p, const cost_layer *c) {
  int x = s->store == ATTN_STORE_X;
  double n = s->capacity;
  printf("%s (cache.store: %s)\n", x ? "X-cache" : "latent cache (MLA)", x ? "x" : "latent");
  if (x)
    printf("  cache per token      %.0f bytes: the layer input, model.d_model = %d\n", c->tok_bytes, p->row_dim);
  else
    printf("  cache per token      %.0f bytes: latent %d + RoPE key %d\n", c->tok_bytes, s->latent_dim, s->rope_dim);
  printf("  instead of K+V       %.0f bytes (Hkv %d x (D %d + Dv %d)): %.2fx smaller\n", c->kv_tok_bytes, s->heads_kv,
         s->dim, s->v_dim, c->kv_tok_bytes / c->tok_bytes);
  printf("  decode step          %.2f MiB read, %.1f MFLOP at context %.0f: scores and u over whole rows\n"
         "                       (2 Hq (R + U) per key) plus absorbing q and projecting u (%.1f MFLOP)\n",
         c->tok_bytes * n / (1 << 20), (c->flops_key * n + c->flops_fixed) / 1e6, n, c->flops_fixed / 1e6);
  printf("  this tile            %d heads a task: rows stream %d time%s per step\n", p->head_block,
         s->heads_q / p->head_block, s->heads_q / p->head_block == 1 ? "" : "s");
}

static const char *layout_name(attn_layout l) {
  return l == ATTN_PAGED ? "paged" : l == ATTN_RING ? "ring" : "contiguous";
}

/* The memory budget line: largest context at batch 1, largest batch at ctx. */
static void explain_memory(const drv_spec *d, const drv_opts *opt) {
  const attn_spec *s = &d->bb.spec;
  char b0[32], b1[32];
  long long mc = cost_max_context(s, &d->layer, opt->memory);
  long long mb = cost_max_batch(s, &d->layer, opt->memory, d->ctx);
  printf("  memory %-13s ", bytes_str(b0, opt->memory));
  if (mc < 0) printf("any context at batch 1 (a ring holds %d tokens)", s->capacity);
  else printf("context up to %lld at batch 1 (capacity %d)", mc, s->capacity);
  printf("; batch up to %lld at context %lld (%s a sequence)\n", mb, d->ctx,
         bytes_str(b1, cost_model_seq_bytes(s, &d->layer, d->ctx)));
}

/* Predicted times of a decode step and a prefill token (per layer, model). */
static void explain_times(const drv_spec *d, const cost_step *dec, const cost_step *pre, const drv_opts *opt) {
  char b0[32], b1[32], b2[32];
  const mach_profile *m = opt->machine;
  if (!m) {
    printf("machine: %s\n", opt->machine_note);
    return;
  }
  cost_machine cm = mach_ceilings(m);
  printf("machine '%s' (%s): read %.*f GB/s, f32 FMA %.*f GFLOP/s", m->name, m->path, m->read_bw < 1e3 ? 2 : 0,
         m->read_bw, m->fma_f32 < 1e3 ? 1 : 0, m->fma_f32);
  if (m->dot_bf16 > 0) printf(", bf16 dot %.*f GFLOP/s", m->dot_bf16 < 1e3 ? 1 : 0, m->dot_bf16);
  printf("; ridge %.2f FLOP/byte\n", m->fma_f32 / m->read_bw);
  int r = d->layer.decode_rate;
  double tile = r >= 0 ? *mach_decode_rate((mach_profile *)m, r) : 0;
  if (tile > 0 && r == COST_LANES)
    printf("  decode tile (lanes), calibrated: %.*f GFLOP/s with its cache in L2/L3\n", tile < 1e3 ? 1 : 0, tile);
  else if (tile > 0)
    printf("  decode tile (%s cache), calibrated: %.*f GFLOP/s with its cache in L2/L3\n",
           spec_dtype_name(d->layer.cache_type), tile < 1e3 ? 1 : 0, tile);
  int L = d->layer.layers;
  cost_time t;
  cost_predict_decode(&cm, &d->layer, dec, &t);
  printf("  decode step          %s (%s bound; memory %s, compute %s%s", time_str(b0, t.t),
         t.compute ? "compute" : "memory", time_str(b1, t.t_mem), time_str(b2, t.t_comp),
         t.tile ? " at the calibrated decode-tile rate" : "");
  if (t.t_call > 0) printf("; + %s a call", time_str(b1, t.t_call));
  printf(")");
  if (L > 1) printf("; %d layers: %s a token", L, time_str(b0, t.t * L));
  printf("\n");
  cost_predict(&cm, pre, d->layer.bf16, &t);
  printf("  prefill token        %s (%s bound%s)", time_str(b0, t.t), t.compute ? "compute" : "memory",
         d->layer.bf16 ? ", bf16 dot peak" : "");
  printf("; %lld tokens: %s", d->ctx, time_str(b1, t.t * (double)d->ctx * L));
  if (L > 1) printf(" (%d layers)", L);
  printf("\n");
}

/* The cost model's figures for one spec at its context. */
static void explain_costs(const drv_spec *d, const drv_opts *opt) {
  const attn_spec *s = &d->bb.spec;
  const cost_layer *c = &d->layer;
  char b0[32], b1[32];
  int L = c->layers;
  cost_step dec, pre;
  cost_decode(s, c, d->ctx, 1, &dec);
  cost_prefill_token(s, c, d->ctx, &pre);
  printf("costs (docs/explain.md: one layer; \"model\" is model.layers = %d", L);
  if (c->held != L) printf(", one cache shared by them");
  printf(")\n");
  printf("  cache                %s, %s, %s", layout_name(s->layout), spec_order_name(s->order),
         spec_dtype_name(s->type_cache));
  if (s->layout == ATTN_PAGED) printf(", pages of %d tokens", s->page_size);
  if (s->window) printf(", window %d", s->window);
  printf(", capacity %d\n", s->capacity);
  if (c->row_dim)
    printf("  cache per token      %.0f bytes (a row of %lld; a K+V cache of these heads: %.0f bytes)\n",
           c->tok_bytes, c->row_dim, c->kv_tok_bytes);
  else
    printf("  cache per token      %.0f bytes (K %.0f + V %.0f)\n", c->tok_bytes, c->k_bytes, c->v_bytes);
  if (L > 1) printf("  model per token      %s\n", bytes_str(b0, c->tok_bytes * c->held));
  printf("  cache per sequence   %s at capacity %d", bytes_str(b0, cost_seq_bytes(s, c, s->capacity)), s->capacity);
  if (L > 1) printf("; model %s", bytes_str(b1, cost_model_seq_bytes(s, c, s->capacity)));
  printf("\n");
  if (opt->memory > 0) explain_memory(d, opt);
  printf("  decode step          context %lld (%.0f keys read): %s, %.4g MFLOP, %.3g FLOP/byte\n", d->ctx, dec.keys,
         bytes_str(b0, dec.bytes), dec.flops / 1e6, dec.intensity);
  printf("  prefill token        of %lld tokens (%s): %s, %.4g MFLOP, %.3g FLOP/byte\n", d->ctx,
         s->causal ? "causal" : "non-causal", bytes_str(b0, pre.bytes), pre.flops / 1e6, pre.intensity);
  if (s->prefix_lm || s->documents || s->block_size)
    printf("  run-time mask        %s%s%s%s%s: the figures above count every key the causal mask and the "
           "window allow; a call reads %s\n",
           s->prefix_lm ? "prefix_lm" : "", s->prefix_lm && (s->documents || s->block_size) ? ", " : "",
           s->documents ? "documents" : "", s->documents && s->block_size ? ", " : "",
           s->block_size ? "block_sparse" : "",
           s->block_size ? "only the key blocks its block rows list (density x these)"
           : s->documents ? "only its queries' documents (at most these)"
                          : "also the prefix past the causal limit (prefill: up to prefix_len^2 / 2 more pairs)");
  explain_times(d, &dec, &pre, opt);
}

/* One spec's share of a model's cache: bytes per token as stored and with a
 * K+V cache of the same heads, times its layers (once when the cache is
 * shared by them) and its context (cache.capacity). */
static void explain_model(const drv_spec *ds, int n) {
  double bytes = 0, kv = 0, shared = 0;
  printf("model (%d spec%s: the layers of one model at full context)\n", n, n == 1 ? "" : "s");
  printf("  %-24s %7s %8s %14s %14s %8s\n", "spec", "layers", "context", "cache MiB", "K+V MiB", "factor");
  for (int i = 0; i < n; i++) {
    const attn_spec *s = &ds[i].bb.spec;
    const cost_layer *c = &ds[i].layer;
    double b = cost_model_seq_bytes(s, c, s->capacity), k = c->kv_tok_bytes * s->capacity * c->layers;
    printf("  %-24s %7d %8d %14.2f %14.2f %7.2fx%s\n", s->name, c->layers, s->capacity, b / (1 << 20),
           k / (1 << 20), k / b, s->shared_layers ? "  (one cache for all layers)" : "");
    bytes += b, kv += k;
    if (s->shared_layers) shared += b;
  }
  printf("  %-24s %7s %8s %14.2f %14.2f %7.2fx\n", "total", "", "", bytes / (1 << 20), kv / (1 << 20), kv / bytes);
  if (shared > 0 && bytes > shared)
    printf("  without the shared caches (an encoder output held anyway): %.2fx\n", kv / (bytes - shared));
}

static void explain_text(const drv_spec *d, const drv_opts *opt) {
  const attn_spec *s = &d->bb.spec;
  const attn_plan *p = &d->bb.plan;
  printf("spec '%s' from %s (spec hash %016llx)\n", s->name, d->path, (unsigned long long)s->hash);
  plan_print(p, stdout);
  explain_costs(d, opt);
  if (s->store == ATTN_STORE_K_ONLY) explain_slim(s, p, &d->layer);
  if (p->v_only) explain_v_only(s, p, &d->layer);
  else if (p->absorb) explain_absorbed(s, p, &d->layer);
}

/* --- JSON ------------------------------------------------------------------- */

void drv_json_str(FILE *f, const char *s) {
  fputc('"', f);
  for (; s && *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\') fprintf(f, "\\%c", ch);
    else if (ch < 0x20) fprintf(f, "\\u%04x", ch);
    else fputc(ch, f);
  }
  fputc('"', f);
}

void drv_json_num(FILE *f, double v) {
  if (!isfinite(v)) fputs("null", f);
  else if (v == floor(v) && fabs(v) < 9e15) fprintf(f, "%.0f", v);
  else fprintf(f, "%.6g", v);
}

void drv_json_machine(FILE *f, const mach_profile *m) {
  if (!m) {
    fputs("null", f);
    return;
  }
  fputs("{\"name\":", f), drv_json_str(f, m->name);
  fputs(",\"path\":", f), drv_json_str(f, m->path);
  fputs(",\"read_bw_gbs\":", f), drv_json_num(f, m->read_bw);
  fputs(",\"copy_bw_gbs\":", f), drv_json_num(f, m->copy_bw > 0 ? m->copy_bw : NAN);
  fputs(",\"fma_f32_gflops\":", f), drv_json_num(f, m->fma_f32);
  fputs(",\"dot_bf16_gflops\":", f), drv_json_num(f, m->dot_bf16 > 0 ? m->dot_bf16 : NAN);
  int tiles = 0;
  for (int t = 0; t < COST_NRATES; t++) {
    double v = *mach_decode_rate((mach_profile *)m, t);
    if (v <= 0) continue;
    fprintf(f, "%s\"%s\":", tiles++ ? "," : ",\"decode_tile_gflops\":{",
            t == COST_LANES ? "lanes" : spec_dtype_name((attn_dtype)t));
    drv_json_num(f, v);
  }
  if (tiles) fputs("}", f);
  if (m->decode_call_us > 0) fputs(",\"decode_call_us\":", f), drv_json_num(f, m->decode_call_us);
  fputs("}", f);
}

static void json_step(FILE *f, const char *key, const cost_step *st, const drv_spec *d, const drv_opts *opt,
                      double per_model) {
  fprintf(f, ",\"%s\":{\"keys\":", key), drv_json_num(f, st->keys);
  fputs(",\"bytes\":", f), drv_json_num(f, st->bytes);
  fputs(",\"flops\":", f), drv_json_num(f, st->flops);
  fputs(",\"intensity\":", f), drv_json_num(f, st->intensity);
  fputs(",\"predicted\":", f);
  if (!opt->machine) {
    fputs("null}", f);
    return;
  }
  cost_machine cm = mach_ceilings(opt->machine);
  cost_time t;
  if (!strcmp(key, "decode_step")) cost_predict_decode(&cm, &d->layer, st, &t);
  else cost_predict(&cm, st, d->layer.bf16, &t);
  fputs("{\"seconds\":", f), drv_json_num(f, t.t);
  fputs(",\"model_seconds\":", f), drv_json_num(f, t.t * per_model);
  fputs(",\"memory_seconds\":", f), drv_json_num(f, t.t_mem);
  fputs(",\"compute_seconds\":", f), drv_json_num(f, t.t_comp);
  fprintf(f, ",\"bound\":\"%s\"", t.compute ? "compute" : "memory");
  if (t.tile) fputs(",\"compute_peak\":\"decode tile\"", f);
  if (t.t_call > 0) fputs(",\"call_seconds\":", f), drv_json_num(f, t.t_call);
  fputs("}}", f);
}

void drv_json_spec(FILE *f, const drv_spec *d, const drv_opts *opt) {
  const attn_spec *s = &d->bb.spec;
  const attn_plan *p = &d->bb.plan;
  const cost_layer *c = &d->layer;
  char hash[20];
  snprintf(hash, sizeof hash, "%016llx", (unsigned long long)s->hash);
  fputs("{\"name\":", f), drv_json_str(f, s->name);
  fputs(",\"path\":", f), drv_json_str(f, d->path);
  fputs(",\"hash\":", f), drv_json_str(f, hash);
  fprintf(f, ",\"phase\":\"%s\",\"store\":\"%s\",\"layout\":\"%s\",\"order\":\"%s\",\"type_cache\":\"%s\"",
          spec_phase_name(s->phase), spec_store_name(s->store), layout_name(s->layout), spec_order_name(s->order),
          spec_dtype_name(s->type_cache));
  fprintf(f, ",\"capacity\":%d,\"page_size\":%d,\"window\":%d,\"layers\":%d,\"held_layers\":%d,\"context\":%lld",
          s->capacity, s->page_size, s->window, c->layers, c->held, d->ctx);
  fputs(",\"cache_bytes_per_token\":", f), drv_json_num(f, c->tok_bytes);
  fputs(",\"k_bytes_per_token\":", f), drv_json_num(f, c->k_bytes);
  fputs(",\"v_bytes_per_token\":", f), drv_json_num(f, c->v_bytes);
  fputs(",\"kv_bytes_per_token\":", f), drv_json_num(f, c->kv_tok_bytes);
  fputs(",\"model_bytes_per_token\":", f), drv_json_num(f, c->tok_bytes * c->held);
  fputs(",\"sequence_bytes_at_capacity\":", f), drv_json_num(f, cost_seq_bytes(s, c, s->capacity));
  fputs(",\"model_sequence_bytes_at_capacity\":", f), drv_json_num(f, cost_model_seq_bytes(s, c, s->capacity));
  fputs(",\"memory\":", f);
  if (opt->memory > 0) {
    long long mc = cost_max_context(s, c, opt->memory);
    fputs("{\"budget\":", f), drv_json_num(f, opt->memory);
    fputs(",\"max_context\":", f), mc < 0 ? (void)fputs("\"unbounded\"", f) : drv_json_num(f, (double)mc);
    fputs(",\"max_batch\":", f), drv_json_num(f, (double)cost_max_batch(s, c, opt->memory, d->ctx));
    fprintf(f, ",\"at_context\":%lld}", d->ctx);
  } else {
    fputs("null", f);
  }
  cost_step dec, pre;
  cost_decode(s, c, d->ctx, 1, &dec);
  cost_prefill_token(s, c, d->ctx, &pre);
  json_step(f, "decode_step", &dec, d, opt, c->layers);
  json_step(f, "prefill_token", &pre, d, opt, c->layers);
  fprintf(f, ",\"plan\":{\"kind\":\"%s\",\"q_tile\":%d,\"head_block\":%d,\"kv_heads\":%d,\"kblock\":%d,"
             "\"key_tile\":%d,\"bf16_dot\":%s,\"values_first\":%s,\"row_dim\":%d}}",
          p->kind == PLAN_DOT ? "dot" : "lanes", p->q_tile, p->head_block, p->kv_heads, p->kblock, p->key_tile,
          p->bf16_dot ? "true" : "false", p->values_first ? "true" : "false", p->row_dim);
}

/* attncc explain A.yaml [B.yaml ...]: each spec, then the model they form.
 * Nothing is printed for the model unless every spec was read. */
int drv_explain(cc_arena *a, LLVMContextRef ctx, const char *const *ins, int n, const attncc_options *o,
                const drv_opts *opt, attncc_diags *d) {
  drv_spec *ds = calloc((size_t)n, sizeof *ds);
  if (!ds) cc_die("out of memory");
  int ok = 1, layered = 0, shown = 0;
  if (opt->json) fputs("{\"machine\":", stdout), drv_json_machine(stdout, opt->machine),
                 fputs(",\"machine_note\":", stdout), drv_json_str(stdout, opt->machine_note),
                 fputs(",\"specs\":[", stdout);
  for (int i = 0; i < n; i++) {
    if (drv_load(a, ctx, ins[i], o, opt, &ds[i], d)) {
      ok = 0;
      continue;
    }
    if (opt->json) {
      if (shown) fputs(",", stdout);
      drv_json_spec(stdout, &ds[i], opt);
    } else {
      if (shown) printf("\n");
      explain_text(&ds[i], opt);
    }
    shown++;
    layered |= ds[i].bb.spec.layers > 1;
  }
  if (opt->json) {
    fputs("]", stdout);
    if (ok && (n > 1 || layered)) {
      double bytes = 0, kv = 0;
      for (int i = 0; i < n; i++) {
        const attn_spec *s = &ds[i].bb.spec;
        bytes += cost_model_seq_bytes(s, &ds[i].layer, s->capacity);
        kv += ds[i].layer.kv_tok_bytes * s->capacity * ds[i].layer.layers;
      }
      fputs(",\"model\":{\"cache_bytes\":", stdout), drv_json_num(stdout, bytes);
      fputs(",\"kv_bytes\":", stdout), drv_json_num(stdout, kv);
      fputs(",\"factor\":", stdout), drv_json_num(stdout, kv / bytes);
      fputs("}", stdout);
    }
    fputs("}\n", stdout);
  } else if (ok && (n > 1 || layered)) {
    printf("\n");
    explain_model(ds, n);
  }
  free(ds);
  return ok ? 0 : 1;
}
