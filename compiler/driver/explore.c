/*
 * attncc explore: several specs side by side with the cost model of
 * explain (compiler/plan/cost.h): sorted by the predicted time of a decode
 * step (by bytes read when no machine is known), with ratios against the
 * first spec given; as a table, --csv or --json; --plot draws cache bytes
 * and predicted time against context (plot.c); --measure times each spec's
 * JIT-compiled decode at three contexts beside the prediction (measure.c).
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"

enum { NMEAS = 3, NPLOT = 33 };

typedef struct row {
  drv_spec *s;
  cost_step dec;
  cost_time t;      /* valid when a machine is known */
  double key;       /* sort key: predicted time, else decode bytes */
  int order;        /* position on the command line */
  int nmeas;        /* contexts measured (the first nmeas of mctx ...) */
  long long mctx[NMEAS], keys[NMEAS];
  double measured[NMEAS], best[NMEAS], predicted[NMEAS], read_bw[NMEAS];
  double predicted_bw[NMEAS]; /* predicted with read_bw = what the eviction reads saw meanwhile */
  int clean[NMEAS], tries[NMEAS];
  char why[512];    /* why it was not measured (or, after nmeas contexts, why no further) */
} row;

static const mach_profile *g_machine;
static int cmp_rows(const void *a, const void *b) {
  const row *x = *(row *const *)a, *y = *(row *const *)b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return x->order - y->order;
}

/* read_bw > 0: instead of the profile's (bytes/s). */
static double predict_bw(const drv_spec *s, long long ctx, double read_bw, cost_time *t) {
  cost_step st;
  cost_decode(&s->bb.spec, &s->layer, ctx, 1, &st);
  cost_machine m = mach_ceilings(g_machine);
  if (read_bw > 0) m.read_bw = read_bw;
  cost_predict_decode(&m, &s->layer, &st, t);
  return t->t;
}

static double predict(const drv_spec *s, long long ctx, cost_time *t) { return predict_bw(s, ctx, 0, t); }

static const char *layout_of(const attn_spec *s) {
  return s->layout == ATTN_PAGED ? "paged" : s->layout == ATTN_RING ? "ring" : "contiguous";
}

static void print_table(row **r, int n, const drv_opts *opt) {
  const row *first = NULL;
  for (int i = 0; i < n; i++)
    if (r[i]->order == 0) first = r[i];
  printf("%-22s %-10s %-8s %10s %12s %8s %11s %9s %7s %11s %-7s %8s\n", "spec", "layout", "cache", "B/token",
         "model GiB", "context", "decode MiB", "MFLOP", "FLOP/B", "predicted", "bound", "vs first");
  for (int i = 0; i < n; i++) {
    const row *x = r[i];
    const attn_spec *s = &x->s->bb.spec;
    char pred[32] = "-", ratio[32] = "-";
    if (g_machine) snprintf(pred, sizeof pred, "%.4g ms", x->t.t * 1e3);
    if (first && first->key > 0) snprintf(ratio, sizeof ratio, "%.2fx", x->key / first->key);
    printf("%-22s %-10s %-8s %10.0f %12.3f %8lld %11.2f %9.1f %7.3g %11s %-7s %8s\n", s->name, layout_of(s),
           spec_dtype_name(s->type_cache), x->s->layer.tok_bytes,
           cost_model_seq_bytes(s, &x->s->layer, x->s->ctx) / (1 << 30), x->s->ctx, x->dec.bytes / (1 << 20),
           x->dec.flops / 1e6, x->dec.intensity, pred, g_machine ? (x->t.compute ? "compute" : "memory") : "-", ratio);
  }
  printf("(one layer, B = 1; model GiB: one sequence at the context, all model.layers; vs first: %s\n"
         " against %s, the first spec given)\n",
         g_machine ? "predicted time" : "decode bytes", first ? first->s->bb.spec.name : "-");
  printf("machine: %s%s%s\n", g_machine ? g_machine->name : "", g_machine ? " " : "", opt->machine_note);
  if (opt->memory > 0) {
    printf("\nmemory budget %.4g GiB for the whole model's cache\n", opt->memory / (1 << 30));
    printf("%-22s %14s %10s %8s\n", "spec", "max context", "max batch", "context");
    for (int i = 0; i < n; i++) {
      const drv_spec *d = r[i]->s;
      long long mc = cost_max_context(&d->bb.spec, &d->layer, opt->memory);
      char mcs[32];
      if (mc < 0) snprintf(mcs, sizeof mcs, "any (ring)");
      else snprintf(mcs, sizeof mcs, "%lld", mc);
      printf("%-22s %14s %10lld %8lld\n", d->bb.spec.name, mcs, cost_max_batch(&d->bb.spec, &d->layer, opt->memory, d->ctx),
             d->ctx);
    }
  }
  if (!opt->measure) return;
  printf("\nmeasured decode step (B = 1, JIT, cache evicted before each call; median and best of 11 clean runs)\n");
  printf("%-22s %8s %8s %12s %12s %12s %8s %6s %6s %8s\n", "spec", "context", "keys", "predicted", "measured", "best",
         "error", "clean", "GB/s", "err@GB/s");
  for (int i = 0; i < n; i++) {
    const row *x = r[i];
    for (int j = 0; j < x->nmeas; j++) {
      char pred[32] = "-", err[32] = "-", errbw[32] = "-";
      if (g_machine) {
        snprintf(pred, sizeof pred, "%.4g ms", x->predicted[j] * 1e3);
        snprintf(err, sizeof err, "%+.0f%%", (x->predicted[j] / x->measured[j] - 1) * 100);
        snprintf(errbw, sizeof errbw, "%+.0f%%", (x->predicted_bw[j] / x->measured[j] - 1) * 100);
      }
      char clean[16];
      snprintf(clean, sizeof clean, "%d/%d", x->clean[j], x->tries[j]);
      printf("%-22s %8lld %8lld %12s %9.4g ms %9.4g ms %8s %6s %6.1f %8s\n", x->s->bb.spec.name, x->mctx[j],
             x->keys[j], pred, x->measured[j] * 1e3, x->best[j] * 1e3, err, clean, x->read_bw[j] / 1e9, errbw);
    }
    if (x->why[0]) printf("%-22s %s\n", x->s->bb.spec.name, x->why);
  }
  printf("(%skeys: keys a step reads; clean: runs not preempted by another process, of those tried;\n"
         " GB/s: the read bandwidth the eviction passes saw meanwhile; err@GB/s: the error of a prediction at that\n"
         " bandwidth instead of the profile's)\n",
         g_machine ? "error: predicted / measured (median) - 1; " : "");
}

static void print_csv(row **r, int n) {
  const row *first = NULL;
  for (int i = 0; i < n; i++)
    if (r[i]->order == 0) first = r[i];
  printf("spec,path,layout,type_cache,store,bytes_per_token,model_bytes_per_token,context,model_sequence_bytes,"
         "decode_bytes,decode_flops,intensity,predicted_s,bound,vs_first");
  for (int j = 0; j < NMEAS; j++) printf(",measured_context_%d,measured_s_%d,predicted_s_%d", j + 1, j + 1, j + 1);
  printf("\n");
  for (int i = 0; i < n; i++) {
    const row *x = r[i];
    const attn_spec *s = &x->s->bb.spec;
    printf("%s,%s,%s,%s,%s,%.0f,%.0f,%lld,%.0f,%.0f,%.0f,%.6g,", s->name, x->s->path, layout_of(s),
           spec_dtype_name(s->type_cache), spec_store_name(s->store), x->s->layer.tok_bytes,
           x->s->layer.tok_bytes * x->s->layer.held, x->s->ctx, cost_model_seq_bytes(s, &x->s->layer, x->s->ctx),
           x->dec.bytes, x->dec.flops, x->dec.intensity);
    if (g_machine) printf("%.6g,%s,", x->t.t, x->t.compute ? "compute" : "memory");
    else printf(",,");
    if (first && first->key > 0) printf("%.4f", x->key / first->key);
    for (int j = 0; j < NMEAS; j++) {
      if (j < x->nmeas) printf(",%lld,%.6g,", x->mctx[j], x->measured[j]);
      else printf(",,,");
      if (j < x->nmeas && g_machine) printf("%.6g", x->predicted[j]);
    }
    printf("\n");
  }
}

static void print_json(row **r, int n, const drv_opts *opt) {
  const row *first = NULL;
  for (int i = 0; i < n; i++)
    if (r[i]->order == 0) first = r[i];
  fputs("{\"machine\":", stdout), drv_json_machine(stdout, g_machine);
  fputs(",\"machine_note\":", stdout), drv_json_str(stdout, opt->machine_note);
  fprintf(stdout, ",\"sorted_by\":\"%s\",\"first\":", g_machine ? "predicted decode time" : "decode bytes");
  drv_json_str(stdout, first ? first->s->bb.spec.name : "");
  fputs(",\"specs\":[", stdout);
  for (int i = 0; i < n; i++) {
    const row *x = r[i];
    if (i) fputs(",", stdout);
    fputs("{\"figures\":", stdout);
    drv_json_spec(stdout, x->s, opt);
    fputs(",\"vs_first\":", stdout), drv_json_num(stdout, first && first->key > 0 ? x->key / first->key : NAN);
    fputs(",\"measured\":", stdout);
    if (!opt->measure) {
      fputs("null}", stdout);
      continue;
    }
    if (!x->nmeas) {
      fputs("{\"error\":", stdout), drv_json_str(stdout, x->why), fputs("}}", stdout);
      continue;
    }
    fputs("[", stdout);
    for (int j = 0; j < x->nmeas; j++) {
      fprintf(stdout, "%s{\"context\":%lld,\"keys\":%lld,\"seconds\":", j ? "," : "", x->mctx[j], x->keys[j]);
      drv_json_num(stdout, x->measured[j]);
      fputs(",\"best_seconds\":", stdout), drv_json_num(stdout, x->best[j]);
      fprintf(stdout, ",\"clean\":%d,\"tries\":%d,\"read_bw\":", x->clean[j], x->tries[j]);
      drv_json_num(stdout, x->read_bw[j] / 1e9);
      fputs(",\"predicted_seconds\":", stdout), drv_json_num(stdout, g_machine ? x->predicted[j] : NAN);
      fputs(",\"predicted_seconds_at_read_bw\":", stdout), drv_json_num(stdout, g_machine ? x->predicted_bw[j] : NAN);
      fputs(",\"error\":", stdout);
      drv_json_num(stdout, g_machine ? x->predicted[j] / x->measured[j] - 1 : NAN);
      fputs("}", stdout);
    }
    if (x->why[0]) fputs(",{\"error\":", stdout), drv_json_str(stdout, x->why), fputs("}", stdout);
    fputs("]}", stdout);
  }
  fputs("]}\n", stdout);
}

/* Three contexts for --measure: ctx / 16, ctx / 4 and ctx (at least 256,
 * at most the capacity); a ring: ctx / 4, ctx and 2 ctx, the last past its
 * capacity (the ring wrapped; a step still reads the window). */
static void measure_row(row *x, const attncc_options *o) {
  attncc_diags *jd = NULL;
  measure_kernel *k = measure_open(x->s->path, &x->s->bb.spec, o, &jd, x->why, sizeof x->why);
  for (size_t i = 0; jd && i < attncc_diags_count(jd); i++) {
    char buf[4096];
    attncc_diag_format(attncc_diags_get(jd, i), buf, sizeof buf);
    fputs(buf, stderr); /* the compiler's own words, then the row says so */
  }
  attncc_diags_free(jd);
  if (!k) return;
  const attn_spec *s = &x->s->bb.spec;
  int ring = s->layout == ATTN_RING;
  for (int j = 0; j < NMEAS; j++) {
    long long c = ring ? x->s->ctx * (j ? j : 1) / (j ? 1 : 4) : x->s->ctx >> (2 * (NMEAS - 1 - j));
    if (c < 256) c = x->s->ctx < 256 ? x->s->ctx : 256;
    measure_result mr;
    char why[256];
    if (measure_decode(k, c, &mr, why, sizeof why)) {
      snprintf(x->why, sizeof x->why, "not measured at context %lld: %s", c, why);
      break;
    }
    x->mctx[j] = mr.context, x->keys[j] = cost_keys(s, mr.context);
    x->measured[j] = mr.median, x->best[j] = mr.best, x->read_bw[j] = mr.read_bw;
    x->clean[j] = mr.clean, x->tries[j] = mr.tries;
    if (g_machine) {
      cost_time t;
      x->predicted[j] = predict(x->s, mr.context, &t);
      x->predicted_bw[j] = predict_bw(x->s, mr.context, mr.read_bw, &t);
    }
    x->nmeas = j + 1;
  }
  measure_close(k);
}

/* One series per spec: whole-model cache bytes (GiB) and predicted decode
 * time (ms, one layer) at NPLOT contexts log-spaced up to the largest. */
static int plot_rows(row **r, int n, const char *path, attncc_diags *d) {
  long long hi = 256;
  for (int i = 0; i < n; i++) hi = r[i]->s->ctx > hi ? r[i]->s->ctx : hi;
  double *buf = calloc((size_t)n * NPLOT * 3, sizeof *buf);
  plot_series *cache = calloc((size_t)n, sizeof *cache), *times = calloc((size_t)n, sizeof *times);
  if (!buf || !cache || !times) cc_die("out of memory");
  for (int i = 0; i < n; i++) {
    double *x = buf + (size_t)i * NPLOT * 3, *yc = x + NPLOT, *yt = yc + NPLOT;
    const drv_spec *s = r[i]->s;
    for (int j = 0; j < NPLOT; j++) {
      x[j] = round(128 * pow((double)hi / 128, j / (double)(NPLOT - 1)));
      yc[j] = cost_model_seq_bytes(&s->bb.spec, &s->layer, (long long)x[j]) / (1 << 30);
      if (g_machine) {
        cost_time t;
        yt[j] = predict(s, (long long)x[j], &t) * 1e3;
      }
    }
    cache[i] = (plot_series){s->bb.spec.name, x, yc, NPLOT};
    times[i] = (plot_series){s->bb.spec.name, x, yt, NPLOT};
  }
  int rc = plot_write(path, cache, g_machine ? times : NULL, n, d);
  free(buf), free(cache), free(times);
  return rc;
}

int drv_explore(cc_arena *a, LLVMContextRef ctx, const char *const *ins, int n, const attncc_options *o,
                const drv_opts *opt, attncc_diags *d) {
  g_machine = opt->machine;
  drv_spec *ds = calloc((size_t)n, sizeof *ds);
  row *rows = calloc((size_t)n, sizeof *rows);
  row **r = calloc((size_t)n, sizeof *r);
  if (!ds || !rows || !r) cc_die("out of memory");
  int m = 0, ok = 1;
  for (int i = 0; i < n; i++) {
    if (drv_load(a, ctx, ins[i], o, opt, &ds[i], d)) {
      ok = 0;
      continue;
    }
    row *x = &rows[m];
    x->s = &ds[i];
    x->order = i;
    cost_decode(&ds[i].bb.spec, &ds[i].layer, ds[i].ctx, 1, &x->dec);
    x->key = g_machine ? predict(&ds[i], ds[i].ctx, &x->t) : x->dec.bytes;
    r[m++] = x;
  }
  /* "the first spec given": the first that could be read */
  if (m && rows[0].order) rows[0].order = 0;
  if (opt->measure)
    for (int i = 0; i < m; i++) measure_row(r[i], o);
  qsort(r, (size_t)m, sizeof *r, cmp_rows);
  if (opt->json) print_json(r, m, opt);
  else if (opt->csv) print_csv(r, m);
  else print_table(r, m, opt);
  if (opt->plot && m && plot_rows(r, m, opt->plot, d)) ok = 0;
  free(ds), free(rows), free(r);
  return ok ? 0 : 1;
}
