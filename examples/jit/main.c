/*
 * JIT: compile specs at run time through include/attncc/attncc.h and call
 * them.  Usage: example_jit [SPEC.yaml [-D key=value ...]]
 * Without arguments: specs/mha.yaml (decode), the same with heads.kv=8
 * (turned into GQA by an override), and specs/prefill_d80.yaml (prefill).
 */
#include "../common.h"
#include "attncc/attncc.h"

static int run_spec(const char *path, const char *const *defs, int ndefs) {
  attncc_options o;
  attncc_options_init(&o);
  o.defines = defs;
  o.n_defines = ndefs;
  attncc_diags *d = NULL;
  double t0 = attnrt_now();
  attncc_kernel *k = attncc_jit_file(path, &o, &d);
  double tc = attnrt_now() - t0;
  char buf[4096];
  for (size_t i = 0; i < attncc_diags_count(d); i++) { /* the library never prints */
    attncc_diag_format(attncc_diags_get(d, i), buf, sizeof buf);
    fputs(buf, stderr);
  }
  attncc_diags_free(d);
  if (!k) return 1;
  const attncc_fns *f = attncc_kernel_fns(k);
  const attn_info *in = f->info();
  int B = in->phase == ATTN_DECODE ? 4 : 1;
  int L = in->capacity < 1024 ? in->capacity : 1024;
  int32_t kv[4] = {L, L, L, L}, ql[4] = {1, 1, 1, 1};
  int64_t rows = in->phase == ATTN_DECODE ? B : (int64_t)B * L;
  unsigned seed = 7;
  size_t cs = attnrt_dtype_size(in->dtype_cache);
  size_t kn = (size_t)B * in->capacity * in->heads_kv * in->dim;
  void *k_cache = malloc(kn * cs), *v_cache = malloc((size_t)B * in->capacity * in->heads_kv * in->v_dim * cs);
  ex_fill(k_cache, in->dtype_cache, kn, &seed);
  ex_fill(v_cache, in->dtype_cache, (size_t)B * in->capacity * in->heads_kv * in->v_dim, &seed);
  size_t qn = (size_t)rows * in->heads_q * in->dim, on = (size_t)rows * in->heads_q * in->v_dim;
  void *q = malloc(qn * 4), *out = malloc(on * 4), *ref = malloc(on * 4);
  float *lse = malloc((size_t)rows * in->heads_q * 4);
  ex_fill(q, in->dtype_q, qn, &seed);
  attn_args a = {.abi_version = ATTN_ABI_VERSION, .struct_size = sizeof(attn_args)};
  a.batch = B;
  a.kv_len = kv;
  a.q_len = in->phase == ATTN_MIXED ? ql : NULL;
  a.q = q;
  a.k_cache = k_cache;
  a.v_cache = v_cache;
  a.out = out;
  a.lse = in->lse ? lse : NULL;
  ex_check(f->run(&a), in->name); /* warm */
  int reps = 5;
  double t1 = attnrt_now();
  for (int i = 0; i < reps; i++) ex_check(f->run(&a), in->name);
  double t = (attnrt_now() - t1) / reps;
  a.out = ref;
  ex_check(attnrt_reference(in, &a), "reference");
  double err = ex_max_err(out, ref, in->dtype_out, on);
  printf("JIT '%s' (%s, Hq %d / Hkv %d, dim %d): compiled in %.0f ms; %d x %d keys in %.3f ms; "
         "max error vs reference %.2e %s\n",
         in->name, in->phase == ATTN_DECODE ? "decode" : in->phase == ATTN_PREFILL ? "prefill" : "mixed",
         in->heads_q, in->heads_kv, in->dim, tc * 1e3, B, L, t * 1e3, err, err < 1e-3 ? "ok" : "WRONG");
  free(k_cache), free(v_cache), free(q), free(out), free(ref), free(lse);
  attncc_kernel_free(k);
  return err < 1e-3 ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc > 1) return run_spec(argv[1], (const char *const *)argv + 2, argc - 2);
  const char *gqa[] = {"heads.kv=8", "name=mha_as_gqa"};
  int rc = run_spec(EXAMPLES_SPECS "/mha.yaml", NULL, 0);
  rc |= run_spec(EXAMPLES_SPECS "/mha.yaml", gqa, 2);
  rc |= run_spec(EXAMPLES_SPECS "/prefill_d80.yaml", NULL, 0);
  return rc;
}
