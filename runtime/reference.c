/*
 * Reference attention: the oracle every kernel test compares against.
 * Plain loops over every (row, head), double accumulation, two passes
 * (scores and their max, then exp and sums); independent of the dispatch
 * code on purpose.
 *
 * For query i of sequence b at key position p = kv_len[b] - q_len[b] + i and
 * query head h (KV head g = h / (heads_q / heads_kv)), over the visible keys
 * j (causal: j <= p; otherwise every j < kv_len[b]):
 *   s_j = scale * q . k_j,   m = max s_j,   L = sum exp(s_j - m)
 *   out = sum exp(s_j - m) v_j / L,   lse = m + ln L
 * A row without visible keys gets out = 0 and lse = -inf.
 */
#include <math.h>
#include <stdlib.h>

#include "internal.h"

typedef struct ref_row {
  const attn_info *info;
  const attn_args *a;
  int32_t seq, head, nkeys;
  int64_t row;    /* packed query row */
  double *score;  /* [max kv_len] */
  double *acc;    /* [v_dim] */
} ref_row;

static void ref_one(const ref_row *r) {
  const attn_info *in = r->info;
  const attn_args *a = r->a;
  int32_t D = in->dim, Dv = in->v_dim, g = r->head / (in->heads_q / in->heads_kv);
  size_t qbase = ((size_t)r->row * (size_t)in->heads_q + (size_t)r->head) * (size_t)D;
  size_t obase = ((size_t)r->row * (size_t)in->heads_q + (size_t)r->head) * (size_t)Dv;
  double m = -INFINITY;
  for (int32_t j = 0; j < r->nkeys; j++) {
    double dot = 0;
    for (int32_t d = 0; d < D; d++)
      dot += (double)attnrt_load(a->q, in->dtype_q, qbase + (size_t)d) *
             (double)attnrt_load(a->k_cache, in->dtype_cache, rt_cache_index(in, D, r->seq, j, g, d));
    r->score[j] = (double)in->scale * dot;
    m = fmax(m, r->score[j]);
  }
  double sum = 0;
  for (int32_t d = 0; d < Dv; d++)
    r->acc[d] = 0;
  for (int32_t j = 0; j < r->nkeys; j++) {
    double p = exp(r->score[j] - m);
    sum += p;
    for (int32_t d = 0; d < Dv; d++)
      r->acc[d] += p * (double)attnrt_load(a->v_cache, in->dtype_cache, rt_cache_index(in, Dv, r->seq, j, g, d));
  }
  for (int32_t d = 0; d < Dv; d++)
    attnrt_store(a->out, in->dtype_out, obase + (size_t)d, r->nkeys ? (float)(r->acc[d] / sum) : 0.0f);
  if (in->lse)
    a->lse[(size_t)r->row * (size_t)in->heads_q + (size_t)r->head] =
        r->nkeys ? (float)(m + log(sum)) : -INFINITY;
}

int attnrt_reference(const attn_info *info, const attn_args *a) {
  int rc = attnrt_check_args(info, a);
  if (rc || a->batch == 0)
    return rc;
  int32_t max_kv = 1;
  for (int32_t b = 0; b < a->batch; b++)
    max_kv = a->kv_len[b] > max_kv ? a->kv_len[b] : max_kv;
  ref_row r = {.info = info, .a = a};
  r.score = malloc(sizeof(double) * (size_t)max_kv);
  r.acc = malloc(sizeof(double) * (size_t)info->v_dim);
  if (!r.score || !r.acc) {
    free(r.score);
    free(r.acc);
    return rt_fail(ATTN_E_NOMEM, "reference: no memory for %d scores", (int)max_kv);
  }
  int64_t row0 = 0;
  for (int32_t b = 0; b < a->batch; b++) {
    int32_t kv = a->kv_len[b], ql = rt_q_len(info, a, b);
    for (int32_t i = 0; i < ql; i++) {
      int32_t pos = kv - ql + i;
      r.seq = b;
      r.row = row0 + i;
      r.nkeys = info->causal ? (pos + 1 < kv ? pos + 1 : kv) : kv;
      for (r.head = 0; r.head < info->heads_q; r.head++)
        ref_one(&r);
    }
    row0 += ql;
  }
  free(r.score);
  free(r.acc);
  return ATTN_OK;
}
