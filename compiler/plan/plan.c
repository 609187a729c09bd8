/* Tile planner: chooses tile shapes from the spec and the target's facts. */
#include "plan.h"

static int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
static int ceil_div(int a, int b) { return (a + b - 1) / b; }

/* Largest divisor of n that is <= cap. */
static int divisor_at_most(int n, int cap) {
  for (int d = cap < n ? cap : n; d > 1; d--)
    if (n % d == 0) return d;
  return 1;
}

void plan_make(const attn_spec *s, const cc_target *t, attn_plan *p) {
  *p = (attn_plan){.spec = s, .target = t};
  p->group = s->heads_q / s->heads_kv;
  p->vl = t->vec_bytes / 4;
  p->nck = ceil_div(s->dim, p->vl);
  p->ncv = ceil_div(s->v_dim, p->vl);

  /* Register block: the accumulators of row_block rows (ncv vectors each)
   * stay in registers across a key block; leave ~8 registers for the key
   * vectors, scores and probabilities. */
  p->row_block = clampi((t->vregs - 8) / p->ncv, 1, 8);

  /* Per-task state (acc, q) lives on the stack: keep it within ~96 KiB, so
   * a group with many heads (MQA) is split into head blocks. */
  int row_bytes = 4 * p->vl * (p->nck + p->ncv + 1);
  int rows_cap = clampi(96 * 1024 / row_bytes, 1, 256);
  p->head_block = divisor_at_most(p->group, rows_cap);
  p->q_tile = s->phase == ATTN_DECODE ? 1 : clampi(rows_cap / p->head_block, 1, 32);
  /* Enough rows per task to fill register blocks, not more than needed. */
  p->rows_max = p->q_tile * p->head_block;
  /* Split the rows into equal register blocks (GQA-4 with room for 3 rows
   * runs 2 + 2, not 3 + 1 padded to 3 + 3). */
  int nblocks = ceil_div(p->rows_max, p->row_block);
  p->row_block = ceil_div(p->rows_max, nblocks);
  p->rows_pad = ceil_div(p->rows_max, p->row_block) * p->row_block;

  /* Key tile: K and V of one tile fit in a quarter of L2, so the row blocks
   * after the first read it from cache. */
  int csize = s->type_cache == ATTN_F32 ? 4 : 2;
  int kt = t->l2_bytes / 4 / ((s->dim + s->v_dim) * csize);
  p->key_tile = clampi(kt / p->vl * p->vl, p->vl, 64 * p->vl);
  p->key_align = p->vl;
  p->min_split = clampi(256, p->vl, 1 << 20);

  p->qscale = s->scale * 1.4426950408889634; /* log2(e) */
  p->f16_hw = t->has_f16_convert;
}

void plan_print(const attn_plan *p, FILE *f) {
  const attn_spec *s = p->spec;
  fprintf(f, "plan for '%s' (%s, Hq %d / Hkv %d, D %d, Dv %d, cache %s)\n", s->name,
          spec_phase_name(s->phase), s->heads_q, s->heads_kv, s->dim, s->v_dim,
          spec_dtype_name(s->type_cache));
  fprintf(f, "  target        %s, cpu %s\n", p->target->triple, p->target->cpu);
  fprintf(f, "  vector        %d x f32 (%d registers, fma %s, f16 convert %s)\n", p->vl,
          p->target->vregs, p->target->has_fma ? "yes" : "no", p->f16_hw ? "hardware" : "integer");
  fprintf(f, "  task          %d quer%s x %d head%s of a group of %d (%d rows)\n", p->q_tile,
          p->q_tile == 1 ? "y" : "ies", p->head_block, p->head_block == 1 ? "" : "s", p->group,
          p->rows_max);
  fprintf(f, "  row block     %d rows x %d accumulator vectors in registers\n", p->row_block, p->ncv);
  fprintf(f, "  key tile      %d keys (%d per vector block)\n", p->key_tile, p->vl);
  fprintf(f, "  split-KV      at multiples of %d keys, at least %d keys a split\n", p->key_align,
          p->min_split);
  fprintf(f, "  softmax       online, exp2 polynomial, scale %.9g (x log2 e = %.9g)\n", s->scale,
          p->qscale);
}
