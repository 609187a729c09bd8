/*
 * Ahead-of-time: the build ran `attncc specs/llama3_8b.yaml -o llama3_8b.o`
 * and linked the object here; llama3_8b.h declares its entry points.
 *
 * An engine's loop in miniature: append a prompt's K/V to the cache and run a
 * causal prefill over it (mixed phase, q_len = prompt length), then generate
 * tokens one at a time (q_len = 1), checking each step against the reference.
 */
#include "../common.h"
#include "llama3_8b.h"

enum { B = 2, PROMPT = 500, STEPS = 4 };

int main(void) {
  const attn_info *in = llama3_8b_info();
  int hq = in->heads_q, hkv = in->heads_kv, d = in->dim, cap = in->capacity;
  printf("AOT kernel '%s': %d query heads, %d KV heads (GQA-%d), dim %d, %s cache, capacity %d\n",
         in->name, hq, hkv, hq / hkv, d, in->dtype_cache == ATTN_F16 ? "f16" : "other", cap);

  size_t cache_elems = (size_t)B * cap * hkv * d;
  void *kc = calloc(cache_elems, 2), *vc = calloc(cache_elems, 2);
  size_t rows = (size_t)B * PROMPT;
  float *knew = malloc(rows * hkv * d * 4), *vnew = malloc(rows * hkv * d * 4);
  float *q = malloc(rows * hq * d * 4), *out = malloc(rows * hq * d * 4), *ref = malloc(rows * hq * d * 4);
  float *lse = malloc(rows * hq * 4), *lref = malloc(rows * hq * 4);
  unsigned seed = 1;
  int32_t kv_len[B] = {0, 0}, q_len[B], new_len[B];

  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = B;
  a.kv_len = kv_len;
  a.q_len = q_len;
  a.k_cache = kc;
  a.v_cache = vc;
  a.new_len = new_len;
  a.k_new = knew;
  a.v_new = vnew;
  a.q = q;
  a.lse = lse;

  for (int step = 0; step <= STEPS; step++) {
    int n = step == 0 ? PROMPT : 1; /* prompt first, then one token at a time */
    for (int b = 0; b < B; b++) new_len[b] = q_len[b] = n;
    ex_fill(knew, ATTN_F32, (size_t)B * n * hkv * d, &seed);
    ex_fill(vnew, ATTN_F32, (size_t)B * n * hkv * d, &seed);
    ex_fill(q, ATTN_F32, (size_t)B * n * hq * d, &seed);
    ex_check(llama3_8b_append(&a), "append"); /* f32 -> f16 into the cache */
    for (int b = 0; b < B; b++) kv_len[b] += n;

    a.out = out;
    a.lse = lse;
    double t0 = attnrt_now();
    ex_check(llama3_8b(&a), "llama3_8b");
    double t = attnrt_now() - t0;
    a.out = ref;
    a.lse = lref;
    ex_check(attnrt_reference(in, &a), "reference");
    double err = ex_max_err(out, ref, ATTN_F32, (size_t)B * n * hq * d);
    printf("  %-8s %d sequences x %3d new tokens, KV length %d: %8.3f ms, max error vs reference %.2e %s\n",
           step == 0 ? "prefill" : "decode", B, n, kv_len[0], t * 1e3, err, err < 1e-4 ? "ok" : "WRONG");
    if (!(err < 1e-4)) return 1;
  }
  free(kc), free(vc), free(knew), free(vnew), free(q), free(out), free(ref), free(lse), free(lref);
  return 0;
}
