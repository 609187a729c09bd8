/*
 * The OpenBLAS attention baseline: what a user writes without attncc.
 * Per sequence and KV head: S = scale * Q Kᵀ with cblas_sgemm (for GQA the
 * G query heads of a group are G rows of one GEMM), a plain-C row softmax
 * with max subtraction (causal: keys after the query's position are set to
 * -inf first, the usual "masked_fill then softmax"), O = P V with
 * cblas_sgemm.  Full S×S scores for causal prefill: a user does not skip
 * the masked half.  A sliding window: decode multiplies only the window's
 * keys (a pointer offset, what a user would write); prefill masks the keys
 * before each query's window like the causal half; documents and block
 * layouts are a mask applied the same way (what a user's mask tensor does).
 * Compiled with -O3
 * -march=native, like the ceilings.
 */
#include "bench.h"

#include <cblas.h>
#include <math.h>
#include <omp.h>
#include <stdlib.h>

const char *blas_corename(void) { return openblas_get_corename(); }
const char *blas_config(void) { return openblas_get_config(); }

/* Rows of scores one task holds: G (decode) or kv_len (prefill, one query
 * head at a time). */
size_t blas_scratch_floats(const blas_attn *a) {
  int maxlen = 0;
  for (int b = 0; b < a->batch; b++)
    if (a->kv_len[b] > maxlen) maxlen = a->kv_len[b];
  size_t rows = a->prefill ? (size_t)maxlen : (size_t)(a->hq / a->hkv);
  return rows * (size_t)maxlen;
}

static void softmax_rows(const blas_attn *a, int b, float *s, int rows, int len, int ld, int pos0, int group) {
  int causal = a->causal, window = a->window;
  for (int r = 0; r < rows; r++) {
    float *row = s + (size_t)r * (size_t)ld;
    int pos = pos0 + r / group; /* key position of this row's query */
    if (causal) {
      for (int j = pos + 1; j < len; j++) row[j] = -INFINITY;
      for (int j = 0; window && j <= pos - window; j++) row[j] = -INFINITY;
    }
    for (int j = 0; (a->doc_id || a->block_row) && j < len; j++) /* a mask tensor, as masked_fill */
      if (!blas_visible(a, b, pos, j)) row[j] = -INFINITY;
    float m = -INFINITY;
    for (int j = 0; j < len; j++) m = row[j] > m ? row[j] : m;
    float sum = 0;
    for (int j = 0; j < len; j++) {
      row[j] = expf(row[j] - m);
      sum += row[j];
    }
    float inv = 1.0f / sum;
    for (int j = 0; j < len; j++) row[j] *= inv;
  }
}

/* One (sequence, KV head): decode rows are the G heads of the group for the
 * single query; prefill handles one query head at a time (G GEMM pairs). */
static void task(const blas_attn *a, int b, int kvh, int64_t row0, float *s) {
  int g = a->hq / a->hkv, len = a->kv_len[b];
  const float *k = a->k + ((size_t)b * (size_t)a->capacity * (size_t)a->hkv + (size_t)kvh) * (size_t)a->d;
  const float *v = a->v + ((size_t)b * (size_t)a->capacity * (size_t)a->hkv + (size_t)kvh) * (size_t)a->dv;
  int ldk = a->hkv * a->d, ldv = a->hkv * a->dv;
  if (!a->prefill) {
    const float *q = a->q + ((size_t)row0 * (size_t)a->hq + (size_t)kvh * (size_t)g) * (size_t)a->d;
    float *o = a->out + ((size_t)row0 * (size_t)a->hq + (size_t)kvh * (size_t)g) * (size_t)a->dv;
    int lo = a->window && len > a->window ? len - a->window : 0; /* the window's keys only */
    k += (size_t)lo * (size_t)ldk, v += (size_t)lo * (size_t)ldv, len -= lo;
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, g, len, a->d, a->scale, q, a->d, k, ldk, 0.0f, s,
                len);
    blas_attn w = *a; /* the window is the pointer offset above */
    w.window = 0;
    softmax_rows(&w, b, s, g, len, len, len - 1, g);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, g, a->dv, len, 1.0f, s, len, v, ldv, 0.0f, o,
                a->dv);
    return;
  }
  for (int hh = 0; hh < g; hh++) {
    int h = kvh * g + hh;
    const float *q = a->q + ((size_t)row0 * (size_t)a->hq + (size_t)h) * (size_t)a->d;
    float *o = a->out + ((size_t)row0 * (size_t)a->hq + (size_t)h) * (size_t)a->dv;
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, len, len, a->d, a->scale, q, a->hq * a->d, k, ldk,
                0.0f, s, len);
    softmax_rows(a, b, s, len, len, len, 0, 1);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, len, a->dv, len, 1.0f, s, len, v, ldv, 0.0f, o,
                a->hq * a->dv);
  }
}

void blas_attention(const blas_attn *a) {
  int ntask = a->batch * a->hkv;
  int64_t *rows = malloc(sizeof(int64_t) * (size_t)(a->batch > 0 ? a->batch : 1));
  if (!rows) abort();
  int64_t r = 0;
  for (int b = 0; b < a->batch; b++) {
    rows[b] = r;
    r += a->prefill ? a->kv_len[b] : 1;
  }
  if (a->style == BLAS_STYLE_OPENBLAS) {
    openblas_set_num_threads(a->threads);
    for (int t = 0; t < ntask; t++) task(a, t / a->hkv, t % a->hkv, rows[t / a->hkv], a->scratch[0]);
  } else {
    openblas_set_num_threads(1);
#pragma omp parallel for schedule(dynamic, 1) num_threads(a->threads)
    for (int t = 0; t < ntask; t++)
      task(a, t / a->hkv, t % a->hkv, rows[t / a->hkv], a->scratch[omp_get_thread_num()]);
  }
  free(rows);
}
