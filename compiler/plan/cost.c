/*
 * The cost model of `attncc explain` and `attncc explore` (cost.h;
 * docs/explain.md §model).  Cache bytes follow docs/layouts.md byte by
 * byte; FLOPs count the multiply-adds of scores and values (2 per pair of
 * elements), as docs/slim.md does for the row stores.
 */
#include <math.h>

#include "cost.h"

double cost_row_bytes(attn_dtype t, long long w) {
  return (double)w * spec_dtype_bits(t) / 8 + spec_row_scale_bytes(t, (int)w);
}

int cost_elem_bytes(attn_dtype t) { return spec_dtype_bits(t) >= 8 ? spec_dtype_bits(t) / 8 : 1; }

/* The row stores: the row cached per token and what a decode step computes
 * besides it (the figures explain printed per store before this module). */
static void row_store(const attn_spec *s, const attn_plan *p, cost_layer *c) {
  double Hq = s->heads_q, Hkv = s->heads_kv, D = s->dim, Dv = s->v_dim;
  double R = p->row_dim;
  c->row_dim = p->row_dim;
  c->tok_bytes = c->k_bytes = cost_row_bytes(s->type_cache, p->row_dim);
  c->v_bytes = 0;
  if (s->store == ATTN_STORE_K_ONLY) { /* R = E = Hq D; W_kv is E x Hq Dv */
    c->weight_bytes = 4.0 * R * Hq * Dv;
    if (p->values_first) {
      /* S and P.V over D, Dv; each key's V = K W_kv,h for every head */
      c->flops_key = 2 * Hq * (D + Dv) + 2 * Hq * R * Dv;
    } else {
      /* u = p.K over whole rows (2 Hq (D + E) a key), then u W_kv */
      c->flops_key = 2 * Hq * (D + R);
      c->flops_fixed = 2 * Hq * R * Dv;
    }
  } else if (s->store == ATTN_STORE_V_ONLY) { /* R = E = Hq Dv; W_vk is E x Hq D */
    c->weight_bytes = 4.0 * R * Hq * D;
    c->flops_key = 2 * Hq * (R + Dv);
    c->flops_fixed = 2 * Hq * D * R; /* q~_h = q_h W_vk,h^T */
  } else { /* x, latent: U = the row's value part, Dn the non-RoPE query part */
    double U = p->spec->v_dim, Dn = s->dim - s->rope_dim;
    c->weight_bytes = 4.0 * U * Hkv * (Dn + Dv);
    c->flops_key = 2 * Hq * (R + U);
    c->flops_fixed = 2 * Hq * (Dn * U + U * Dv);
  }
}

void cost_layer_of(const attn_spec *s, const attn_plan *p, cost_layer *c) {
  *c = (cost_layer){0};
  double Hq = s->heads_q, Hkv = s->heads_kv, D = s->dim, Dv = s->v_dim;
  c->kv_tok_bytes = Hkv * (cost_row_bytes(s->type_cache, s->dim) + cost_row_bytes(s->type_cache, s->v_dim));
  if (p->row_dim) {
    row_store(s, p, c);
  } else {
    c->k_bytes = Hkv * cost_row_bytes(s->type_cache, s->dim);
    c->v_bytes = Hkv * cost_row_bytes(s->type_cache, s->v_dim);
    c->tok_bytes = c->kv_tok_bytes;
    c->flops_key = 2 * Hq * (D + Dv);
  }
  if (s->layout == ATTN_PAGED) c->page_size = s->page_size, c->page_entry = 4;
  c->q_bytes = Hq * D * cost_elem_bytes(s->type_q);
  c->out_bytes = Hq * Dv * cost_elem_bytes(s->type_out) + (s->lse ? 4 * Hq : 0);
  c->prefill_flops_pair = 2 * Hq * (D + Dv);
  c->layers = s->layers > 0 ? s->layers : 1;
  c->held = s->shared_layers ? 1 : c->layers;
  c->bf16 = p->bf16_dot;
  c->decode_rate = p->row_dim ? -1 : p->kind == PLAN_DOT || p->one_query ? (int)s->type_cache : COST_LANES;
  c->cache_type = s->type_cache;
}

long long cost_keys(const attn_spec *s, long long ctx) {
  long long n = ctx < 0 ? 0 : ctx;
  if (s->window > 0 && n > s->window) /* the window, and the sinks before it */
    n = s->window + (n - s->window < s->sinks ? n - s->window : s->sinks);
  if (s->layout == ATTN_RING && n > s->capacity) n = s->capacity;
  return n;
}

static double pages(long long tokens, int page_size) {
  return (double)((tokens + page_size - 1) / page_size);
}

double cost_seq_bytes(const attn_spec *s, const cost_layer *c, long long ctx) {
  if (ctx < 0) ctx = 0;
  if (s->layout == ATTN_RING && ctx > s->capacity) ctx = s->capacity;
  if (c->page_size) return pages(ctx, c->page_size) * (c->page_size * c->tok_bytes + c->page_entry);
  return (double)ctx * c->tok_bytes;
}

double cost_model_seq_bytes(const attn_spec *s, const cost_layer *c, long long ctx) {
  return c->held * cost_seq_bytes(s, c, ctx);
}

long long cost_max_context(const attn_spec *s, const cost_layer *c, double budget) {
  if (s->layout == ATTN_RING && cost_model_seq_bytes(s, c, s->capacity) <= budget) return -1;
  if (c->page_size) {
    double per_page = c->held * (c->page_size * c->tok_bytes + c->page_entry);
    return (long long)floor(budget / per_page) * c->page_size;
  }
  return (long long)floor(budget / (c->held * c->tok_bytes));
}

long long cost_max_batch(const attn_spec *s, const cost_layer *c, double budget, long long ctx) {
  double per = cost_model_seq_bytes(s, c, ctx);
  return per > 0 ? (long long)floor(budget / per) : 0;
}

static void finish(cost_step *st) { st->intensity = st->bytes > 0 ? st->flops / st->bytes : 0; }

void cost_decode(const attn_spec *s, const cost_layer *c, long long ctx, int batch, cost_step *st) {
  long long n = cost_keys(s, ctx);
  double table = c->page_size ? pages(n, c->page_size) * c->page_entry : 0;
  st->keys = (double)n;
  st->bytes = batch * (n * c->tok_bytes + table + c->q_bytes + c->out_bytes) + c->weight_bytes;
  st->flops = batch * (n * c->flops_key + c->flops_fixed);
  finish(st);
}

void cost_prefill_token(const attn_spec *s, const cost_layer *c, long long len, cost_step *st) {
  double L = len > 0 ? (double)len : 1, w = s->window > 0 && s->window < L ? s->window : L;
  /* average keys a query sees: sum over positions i = 1..L of min(i, w),
   * plus the sinks below the window: sum over t = i - w = 1..L - w of
   * min(sinks, t), k = min(sinks, L - w) */
  double keys = !s->causal ? L : (w * (w + 1) / 2 + (L - w) * w) / L;
  double k = fmin(s->sinks, L - w);
  if (s->causal && k > 0) keys += (k * (k + 1) / 2 + (L - w - k) * k) / L;
  double per_key = c->row_dim ? c->flops_key : c->prefill_flops_pair;
  st->keys = keys;
  st->bytes = c->tok_bytes + (c->page_size ? c->page_entry / c->page_size : 0) + c->q_bytes + c->out_bytes +
              c->weight_bytes / L;
  st->flops = keys * per_key + c->flops_fixed;
  finish(st);
}

void cost_predict(const cost_machine *m, const cost_step *st, int bf16, cost_time *t) {
  double peak = bf16 && m->flops_bf16 > 0 ? m->flops_bf16 : m->flops_f32;
  t->t_mem = st->bytes / m->read_bw;
  t->t_comp = st->flops / peak;
  t->compute = t->t_comp > t->t_mem;
  t->t = t->compute ? t->t_comp : t->t_mem;
  t->tile = 0;
  t->t_call = 0;
}

void cost_predict_decode(const cost_machine *m, const cost_layer *c, const cost_step *st, cost_time *t) {
  int r = c->decode_rate;
  double tile = r >= 0 && r < (int)COST_NRATES ? m->tile_decode[r] : 0;
  if (tile <= 0) {
    cost_predict(m, st, c->bf16, t);
  } else {
    cost_machine own = *m;
    own.flops_f32 = tile, own.flops_bf16 = 0;
    cost_predict(&own, st, 0, t);
    t->tile = 1;
    /* The tile's two halves overlap only in part: a step takes about
     * sqrt(t_mem^2 + t_comp^2) (the maximum where one dominates, 1.41x it
     * where they balance; docs/explain.md has the measurements). */
    t->t = hypot(t->t_mem, t->t_comp);
  }
  t->t_call = m->call > 0 ? m->call : 0;
  t->t += t->t_call;
}
