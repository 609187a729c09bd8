/*
 * The module around the tile: static metadata (NAME_info), the runtime
 * descriptor, and the ABI entry points, each a one-line forward to libattnrt
 * with the descriptor, e.g.
 *   int NAME(const attn_args *a) { return attnrt_run(&NAME_kernel, a); }
 */
#include <stdio.h>
#include <string.h>

#include "cg.h"

static const char *sym(char *buf, size_t n, const char *name, const char *suffix) {
  snprintf(buf, n, "%s%s", name, suffix);
  return buf;
}

static LLVMValueRef const_string(cg *g, const char *s, const char *name) {
  LLVMValueRef str = LLVMConstStringInContext(g->ctx, s, (unsigned)strlen(s), 0);
  LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(str), name);
  LLVMSetInitializer(gv, str);
  LLVMSetGlobalConstant(gv, 1);
  LLVMSetLinkage(gv, LLVMPrivateLinkage);
  LLVMSetUnnamedAddress(gv, LLVMGlobalUnnamedAddr);
  return gv;
}

/* A constant struct global whose LLVM layout (natural alignment) equals the C
 * struct's; the kernel tests read NAME_info() back field by field. */
static LLVMValueRef struct_global(cg *g, LLVMValueRef *f, int n, const char *name) {
  LLVMTypeRef ft[48];
  cc_assert(n <= 48);
  for (int i = 0; i < n; i++) ft[i] = LLVMTypeOf(f[i]);
  LLVMTypeRef t = LLVMStructTypeInContext(g->ctx, ft, (unsigned)n, 0);
  LLVMValueRef gv = LLVMAddGlobal(g->mod, t, name);
  LLVMSetInitializer(gv, LLVMConstStructInContext(g->ctx, f, (unsigned)n, 0));
  LLVMSetGlobalConstant(gv, 1);
  LLVMSetLinkage(gv, LLVMInternalLinkage);
  LLVMSetAlignment(gv, 8);
  return gv;
}

/* attn_rope and its inv_freq array (rope.scaling applied), or null. */
static LLVMValueRef rope_global(cg *g, const char *name) {
  const attn_spec *s = g->plan->user;
  if (!s->rope) return LLVMConstNull(g->ptr);
  char buf[128];
  int half = s->rope_dims / 2;
  double f[256];
  LLVMValueRef fv[256];
  spec_rope_inv_freq(s, f);
  LLVMTypeRef dt = LLVMDoubleTypeInContext(g->ctx);
  for (int i = 0; i < half; i++) fv[i] = LLVMConstReal(dt, f[i]);
  LLVMValueRef arr = LLVMConstArray2(dt, fv, (uint64_t)half);
  LLVMValueRef ga = LLVMAddGlobal(g->mod, LLVMTypeOf(arr), sym(buf, sizeof buf, name, "_rope_inv_freq"));
  LLVMSetInitializer(ga, arr);
  LLVMSetGlobalConstant(ga, 1);
  LLVMSetLinkage(ga, LLVMInternalLinkage);
  LLVMValueRef fl[] = {cg_i32(g, s->rope_dims), cg_i32(g, s->rope_style), cg_i32(g, s->rope_apply), cg_i32(g, 0), ga};
  return struct_global(g, fl, 5, sym(buf, sizeof buf, name, "_rope"));
}

/* attn_tensor[n_tensors] (ABI 7): each tensor's name, element type, rank
 * and dimensions, heads, kv_heads and capacity resolved, the call's batch
 * ATTN_TENSOR_BATCH; null when the spec declares none. */
static LLVMValueRef tensor_table(cg *g, const char *name) {
  const attn_spec *s = g->plan->user;
  if (!s->n_tensors) return LLVMConstNull(g->ptr);
  char buf[192];
  const expr_sizes sz = {s->heads_q, s->heads_kv, s->capacity, ATTN_TENSOR_BATCH};
  LLVMTypeRef dims_t = LLVMArrayType2(g->i32, ATTN_TENSOR_MAX_RANK);
  LLVMTypeRef ft[] = {g->ptr, g->i32, g->i32, dims_t};
  LLVMTypeRef t = LLVMStructTypeInContext(g->ctx, ft, 4, 0);
  LLVMValueRef row[EXPR_MAX_TENSORS];
  for (int i = 0; i < s->n_tensors; i++) {
    const expr_tensor *x = &s->tensors[i];
    LLVMValueRef d[ATTN_TENSOR_MAX_RANK];
    for (int k = 0; k < ATTN_TENSOR_MAX_RANK; k++)
      d[k] = cg_i32(g, k < x->rank ? expr_dim_resolve(x->dim[k], &sz) : 0);
    snprintf(buf, sizeof buf, "%s.tensor.%s", name, x->name);
    LLVMValueRef f[] = {const_string(g, x->name, buf), cg_i32(g, x->elem == EXPR_I32), cg_i32(g, x->rank),
                        LLVMConstArray2(g->i32, d, ATTN_TENSOR_MAX_RANK)};
    row[i] = LLVMConstNamedStruct(t, f, 4);
  }
  LLVMValueRef arr = LLVMConstArray2(t, row, (uint64_t)s->n_tensors);
  LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(arr), sym(buf, sizeof buf, name, "_tensors"));
  LLVMSetInitializer(gv, arr);
  LLVMSetGlobalConstant(gv, 1);
  LLVMSetLinkage(gv, LLVMInternalLinkage);
  LLVMSetAlignment(gv, 8);
  return gv;
}

/* attn_info (include/attncc/kernel.h), field for field. */
static LLVMValueRef info_global(cg *g, const char *name) {
  const attn_spec *s = g->plan->user;
  char buf[128];
  LLVMValueRef f[] = {
      LLVMConstInt(g->i32, ATTN_ABI_VERSION, 0),
      LLVMConstInt(g->i32, (unsigned)s->version, 0),
      LLVMConstInt(g->i64, s->hash, 0),
      const_string(g, s->name, sym(buf, sizeof buf, name, ".name")),
      const_string(g, s->canonical, sym(buf, sizeof buf, name, ".spec")),
      cg_i32(g, s->heads_q), cg_i32(g, s->heads_kv), cg_i32(g, s->dim), cg_i32(g, s->v_dim),
      cg_i32(g, s->type_q), cg_i32(g, s->type_cache), cg_i32(g, s->type_out),
      cg_i32(g, s->phase), cg_i32(g, s->layout), cg_i32(g, s->order), cg_i32(g, s->capacity),
      cg_i32(g, s->causal), cg_i32(g, s->lse),
      cg_f32(g, s->scale),
      cg_i32(g, s->store),
      cg_i32(g, g->plan->row_dim),
      cg_i32(g, s->rope_dim),
      rope_global(g, name),
      cg_i32(g, s->layout == ATTN_PAGED ? s->page_size : 0),
      cg_i32(g, s->window),
      cg_i32(g, s->sinks),
      cg_i32(g, s->alibi),
      cg_f32(g, s->softcap),
      cg_i32(g, (s->mask_expr ? 1 : 0) | (s->score_expr ? 2 : 0)),
      cg_i32(g, s->prefix_lm),
      cg_i32(g, s->documents),
      cg_i32(g, s->block_size),
      cg_i32(g, s->n_tensors),
      tensor_table(g, name),
  };
  return struct_global(g, f, (int)(sizeof f / sizeof f[0]), sym(buf, sizeof buf, name, "_info_data"));
}

/* attn_kernel: what attnrt_* need to schedule this kernel. */
static LLVMValueRef kernel_global(cg *g, const char *name, LLVMValueRef info, LLVMValueRef tile) {
  const attn_plan *p = g->plan;
  char buf[128];
  /* kv_heads > 1: the runtime sees groups of kv_heads KV heads (their
   * query heads are consecutive) */
  LLVMValueRef f[] = {info, tile, cg_i32(g, p->q_tile), cg_i32(g, p->head_block * p->kv_heads),
                      cg_i32(g, p->key_align), cg_i32(g, p->min_split),
                      cg_i32(g, p->spec->heads_kv / p->kv_heads), cg_i32(g, p->spec->v_dim),
                      g->project ? g->project : LLVMConstNull(g->ptr)};
  return struct_global(g, f, 9, sym(buf, sizeof buf, name, "_kernel"));
}

static void set_target_attrs(cg *g, LLVMValueRef fn) {
  const cc_target *t = g->plan->target;
  LLVMAddTargetDependentFunctionAttr(fn, "target-cpu", t->cpu);
  LLVMAddTargetDependentFunctionAttr(fn, "target-features", t->features);
  unsigned kind = LLVMGetEnumAttributeKindForName("nounwind", 8);
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->ctx, kind, 0));
}

/* `ret NAME<suffix>(args...)` forwarding to `rt(&kernel, args...)`. */
static void forward(cg *g, const char *name, const char *suffix, const char *rt, LLVMTypeRef ret,
                    LLVMTypeRef *params, int np, LLVMValueRef kernel) {
  char buf[128];
  LLVMTypeRef rtp[4] = {g->ptr};
  for (int i = 0; i < np; i++) rtp[i + 1] = params[i];
  LLVMTypeRef rtt = LLVMFunctionType(ret, rtp, (unsigned)np + 1, 0);
  LLVMValueRef rfn = LLVMGetNamedFunction(g->mod, rt);
  if (!rfn) rfn = LLVMAddFunction(g->mod, rt, rtt);
  LLVMValueRef fn = LLVMAddFunction(g->mod, sym(buf, sizeof buf, name, suffix),
                                    LLVMFunctionType(ret, params, (unsigned)np, 0));
  set_target_attrs(g, fn);
  LLVMPositionBuilderAtEnd(g->b, LLVMAppendBasicBlockInContext(g->ctx, fn, "entry"));
  LLVMValueRef args[4] = {kernel};
  for (int i = 0; i < np; i++) args[i + 1] = LLVMGetParam(fn, (unsigned)i);
  LLVMBuildRet(g->b, LLVMBuildCall2(g->b, rtt, rfn, args, (unsigned)np + 1, ""));
}

LLVMModuleRef cg_module(const attn_plan *p, LLVMContextRef ctx) {
  const attn_spec *s = p->user;
  LLVMModuleRef mod = LLVMModuleCreateWithNameInContext(s->name, ctx);
  LLVMSetTarget(mod, p->target->triple);
  cg g;
  cg_init(&g, ctx, mod, p);
  char buf[128];

  if (p->row_store) set_target_attrs(&g, cg_project_cpu(&g, sym(buf, sizeof buf, s->name, "_project")));
  LLVMValueRef one = NULL;
  attn_spec one_spec;
  attn_plan one_plan;
  if (p->one_query) { /* its units of one query run a dot tile of their own */
    plan_one_query(p, &one_spec, &one_plan);
    g.plan = &one_plan;
    one = cg_tile_cpu(&g, sym(buf, sizeof buf, s->name, "_tile_one"), NULL);
    set_target_attrs(&g, one);
    g.plan = p;
  }
  LLVMValueRef tile = cg_tile_cpu(&g, sym(buf, sizeof buf, s->name, "_tile"), one);
  set_target_attrs(&g, tile);
  LLVMValueRef info = info_global(&g, s->name);
  LLVMValueRef kernel = kernel_global(&g, s->name, info, tile);

  LLVMTypeRef a1[] = {g.ptr}, a2[] = {g.ptr, g.i64};
  forward(&g, s->name, "", "attnrt_run", g.i32, a1, 1, kernel);
  forward(&g, s->name, "_tasks", "attnrt_tasks", g.i64, a1, 1, kernel);
  forward(&g, s->name, "_task", "attnrt_task", g.i32, a2, 2, kernel);
  forward(&g, s->name, "_workspace", "attnrt_workspace", g.i64, a1, 1, kernel);
  forward(&g, s->name, "_append", "attnrt_append", g.i32, a1, 1, kernel);

  /* const attn_info *NAME_info(void) */
  LLVMValueRef fi = LLVMAddFunction(mod, sym(buf, sizeof buf, s->name, "_info"),
                                    LLVMFunctionType(g.ptr, NULL, 0, 0));
  set_target_attrs(&g, fi);
  LLVMPositionBuilderAtEnd(g.b, LLVMAppendBasicBlockInContext(ctx, fi, "entry"));
  LLVMBuildRet(g.b, info);
  cg_fini(&g);
  return mod;
}
