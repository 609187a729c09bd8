/*
 * compiler/spec: every key read back, every rule's error, defaults, the
 * canonical text, -D overrides, hostile input, and the generated docs.
 * The exact wording of messages is pinned by the goldens in tests/specs/bad;
 * here we check positions and the part of the message that matters.
 */
#define _POSIX_C_SOURCE 200809L /* mkstemp, fdopen, strdup */
#include <check.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spec/spec.h"

static cc_arena *A;
static attncc_diags *D;
static attn_spec S;

static void setup(void) {
  A = cc_arena_new();
  D = cc_diags_new();
}

static void teardown(void) {
  attncc_diags_free(D);
  cc_arena_free(A);
}

/* Fresh diagnostics for a second parse inside one test. */
static void reset(void) {
  teardown();
  setup();
}

static int parse_d(const char *text, const char *const *defs, int n) {
  return spec_parse(A, text, strlen(text), "t.yaml", defs, n, &S, D);
}

static int parse(const char *text) { return parse_d(text, NULL, 0); }

static const attncc_diag *diag(size_t i) { return attncc_diags_get(D, i); }

static void dump_diags(void) {
  for (size_t i = 0; i < attncc_diags_count(D); i++) {
    char buf[2048];
    attncc_diag_format(diag(i), buf, sizeof buf);
    fputs(buf, stderr);
  }
}

#define MIN "attncc: 1\nname: t\nheads: {q: 32, dim: 128}\n"

/* The spec must fail, its first diagnostic at line:col containing `msg`. */
static void expect_error_at(const char *text_in, int line, int col, const char *msg) {
  char *text = strdup(text_in); /* it may live in the arena reset() frees */
  reset();
  int rc = parse(text);
  if (rc == 0 || !diag(0) || diag(0)->line != line || diag(0)->col != col ||
      !strstr(diag(0)->message, msg)) {
    fprintf(stderr, "--- spec:\n%s--- want %d:%d '%s', got:\n", text, line, col, msg);
    dump_diags();
  }
  ck_assert_int_eq(rc, -1);
  ck_assert_ptr_nonnull(diag(0));
  ck_assert_int_eq(diag(0)->severity, ATTNCC_ERROR);
  ck_assert_int_eq(diag(0)->line, line);
  ck_assert_int_eq(diag(0)->col, col);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, msg));
  free(text);
}

static void expect_ok(const char *text_in) {
  char *text = strdup(text_in);
  reset();
  int rc = parse(text);
  if (rc) {
    fprintf(stderr, "--- spec:\n%s", text);
    dump_diags();
  }
  free(text);
  ck_assert_int_eq(rc, 0);
  ck_assert_uint_eq(attncc_diags_count(D), 0);
}

/* --- valid specs -------------------------------------------------------- */

/* mask.expr and score.expr: absent, null and not in the canonical text
 * (older specs keep their hashes); present, kept as parsed expressions and
 * written in canonical form, in quotes, after the keys before them; that
 * text parses back to itself. */
START_TEST(expr_keys) {
  expect_ok(MIN "mask: {causal: true}\n");
  ck_assert_ptr_null(S.mask_expr);
  ck_assert_ptr_null(S.score_expr);
  ck_assert_ptr_null(strstr(S.canonical, "expr"));
  ck_assert_ptr_null(strstr(S.canonical, "score"));
  expect_ok(MIN "mask: {causal: true, window: 64, expr: '(kv_pos<4)||(q_pos-kv_pos<1024)'}\n"
                "score:\n  softcap: 30\n  expr: |\n    s*2 + (q_pos\n      - kv_pos)\n");
  ck_assert_int_eq(S.mask_expr->kind, EXPR_MASK);
  ck_assert_int_eq(S.score_expr->kind, EXPR_SCORE);
  ck_assert_ptr_nonnull(strstr(S.canonical, "mask: {causal: true, window: 64, expr: \"kv_pos < 4 || q_pos - kv_pos < 1024\"}\n"));
  ck_assert_ptr_nonnull(strstr(S.canonical, "score: {expr: \"s * 2.0 + (q_pos - kv_pos)\", softcap: 30}\n"));
  char *canon = strdup(S.canonical);
  expect_ok(canon);
  ck_assert_str_eq(S.canonical, canon);
  free(canon);
}
END_TEST

/* tensors: absent or empty, none and not in the canonical text (older
 * specs keep their hashes); declared, kept in declaration order with their
 * dimensions unresolved, written out with every type, last (schema order);
 * that text parses back to itself.  A tensor no expression reads is fine. */
START_TEST(tensor_keys) {
  expect_ok(MIN "mask: {causal: true}\n");
  ck_assert_int_eq(S.n_tensors, 0);
  char *canon0 = strdup(S.canonical); /* not in A: reset() frees it */
  uint64_t hash0 = S.hash;
  expect_ok(MIN "mask: {causal: true}\ntensors: {}\n");
  ck_assert_int_eq(S.n_tensors, 0);
  ck_assert_str_eq(S.canonical, canon0);
  ck_assert_uint_eq(S.hash, hash0);
  ck_assert_ptr_null(strstr(S.canonical, "tensors"));
  free(canon0);
  expect_ok(MIN "tensors:\n  doc: {shape: [batch, capacity], type: i32}\n  unused: {shape: [kv_heads, 8, heads, 1]}\n"
                "mask: {causal: true, expr: 'doc[b, q_pos] == doc[b, kv_pos]'}\n");
  ck_assert_int_eq(S.n_tensors, 2);
  ck_assert_str_eq(S.tensors[0].name, "doc");
  ck_assert_int_eq(S.tensors[0].elem, EXPR_I32);
  ck_assert_int_eq(S.tensors[0].rank, 2);
  ck_assert_int_eq(S.tensors[0].dim[0].kind, EXPR_DIM_BATCH);
  ck_assert_int_eq(S.tensors[0].dim[1].kind, EXPR_DIM_CAPACITY);
  ck_assert_str_eq(S.tensors[1].name, "unused");
  ck_assert_int_eq(S.tensors[1].elem, EXPR_F32);
  ck_assert_int_eq(S.tensors[1].dim[1].kind, EXPR_DIM_N);
  ck_assert_int_eq(S.tensors[1].dim[1].n, 8);
  ck_assert_int_eq(S.mask_expr->root->kid[0]->tensor, 0);
  const char *want = "tensors: {doc: {shape: [batch, capacity], type: i32}, unused: {shape: [kv_heads, 8, heads, 1], "
                     "type: f32}}\n";
  ck_assert_msg(strlen(S.canonical) > strlen(want) && !strcmp(S.canonical + strlen(S.canonical) - strlen(want), want),
                "%s", S.canonical);
  char *canon = strdup(S.canonical);
  expect_ok(canon);
  ck_assert_str_eq(S.canonical, canon);
  ck_assert_int_eq(S.n_tensors, 2);
  free(canon);
  /* -D: the whole declaration */
  const char *def[] = {"tensors={bias: {shape: [heads]}}", "score.expr=s + bias[h]"};
  reset();
  ck_assert_int_eq(parse_d(MIN, def, 2), 0);
  ck_assert_int_eq(S.n_tensors, 1);
  ck_assert_str_eq(expr_print(S.score_expr), "s + bias[h]");
}
END_TEST

/* rope: absent by default and then absent from the canonical text (older
 * specs keep their hashes); present, even empty, with every default. */
START_TEST(rope_keys) {
  expect_ok(MIN);
  ck_assert_int_eq(S.rope, 0);
  ck_assert_ptr_null(strstr(S.canonical, "\nrope:"));
  expect_ok(MIN "rope:\n");
  ck_assert_int_eq(S.rope, 1);
  ck_assert_double_eq(S.rope_theta, 10000);
  ck_assert_int_eq(S.rope_dims, 128);
  ck_assert_int_eq(S.rope_style, ATTN_ROPE_NEOX);
  ck_assert_int_eq(S.rope_apply, ATTN_ROPE_ON_READ);
  ck_assert_int_eq(S.rope_scaling, SPEC_ROPE_SCALE_NONE);
  /* the scaling parameters only where the type uses them: the text parses again */
  ck_assert_ptr_nonnull(strstr(S.canonical, "rope: {theta: 10000, dims: 128, style: neox, apply: on_read, scaling: "
                                            "{type: none}}\n"));
  expect_ok(MIN "rope:\n  theta: 5.0e5\n  dims: 64\n  style: gptj\n  apply: on_write\n"
                "  scaling: {type: llama3, factor: 32, low_freq_factor: 1.5, high_freq_factor: 4.25, "
                "original_max_position_embeddings: 4096}\n");
  ck_assert_double_eq(S.rope_theta, 500000);
  ck_assert_int_eq(S.rope_dims, 64);
  ck_assert_int_eq(S.rope_style, ATTN_ROPE_GPTJ);
  ck_assert_int_eq(S.rope_apply, ATTN_ROPE_ON_WRITE);
  ck_assert_int_eq(S.rope_scaling, SPEC_ROPE_SCALE_LLAMA3);
  ck_assert_double_eq(S.rope_factor, 32);
  ck_assert_double_eq(S.rope_low, 1.5);
  ck_assert_double_eq(S.rope_high, 4.25);
  ck_assert_int_eq(S.rope_orig, 4096);
  /* latent: rope.dims defaults to cache.rope_dim */
  expect_ok(MIN "cache: {store: latent, latent_dim: 512, rope_dim: 64}\nrope: {theta: 10000}\n");
  ck_assert_int_eq(S.rope_dims, 64);
  /* a define turns it on */
  reset();
  const char *def = "rope.theta=500000";
  ck_assert_int_eq(parse_d(MIN, &def, 1), 0);
  ck_assert_int_eq(S.rope, 1);
  ck_assert_double_eq(S.rope_theta, 500000);
  /* linear scaling divides every frequency */
  expect_ok(MIN "rope: {dims: 8, theta: 100, scaling: {type: linear, factor: 4}}\n");
  double f[4];
  spec_rope_inv_freq(&S, f);
  for (int i = 0; i < 4; i++) ck_assert_double_eq_tol(f[i], pow(100.0, -2.0 * i / 8) / 4, 1e-15);
}
END_TEST

START_TEST(defaults) {
  expect_ok("attncc: 1\nname: mha\nheads: {q: 32, dim: 128}\n");
  ck_assert_int_eq(S.version, 1);
  ck_assert_str_eq(S.name, "mha");
  ck_assert_int_eq(S.phase, ATTN_DECODE);
  ck_assert_int_eq(S.heads_q, 32);
  ck_assert_int_eq(S.heads_kv, 32);
  ck_assert_int_eq(S.dim, 128);
  ck_assert_int_eq(S.v_dim, 128);
  ck_assert_int_eq(S.type_q, ATTN_F32);
  ck_assert_int_eq(S.type_cache, ATTN_F32);
  ck_assert_int_eq(S.type_out, ATTN_F32);
  ck_assert_int_eq(S.scale_auto, 1);
  ck_assert_double_eq_tol(S.scale, 1 / sqrt(128.0), 1e-15);
  ck_assert_int_eq(S.store, ATTN_STORE_KV);
  ck_assert_int_eq(S.layout, ATTN_CONTIGUOUS);
  ck_assert_int_eq(S.order, ATTN_TOKEN_MAJOR);
  ck_assert_int_eq(S.capacity, 4096);
  ck_assert_int_eq(S.causal, 0);
  ck_assert_int_eq(S.lse, 0);
  ck_assert_str_eq(S.canonical,
                   "attncc: 1\nname: mha\nphase: decode\nkind: self\n"
                   "heads: {q: 32, kv: 32, dim: 128, v_dim: 128}\n"
                   "types: {q: f32, cache: f32, out: f32}\nscale: auto\n"
                   "cache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, "
                   "rope_dim: 0, shared_across_layers: false}\n"
                   "mask: {causal: false}\noutput: {lse: false}\nslim: {order: auto}\n"
                   "model: {layers: 1, d_model: 0}\n");
  ck_assert_uint_eq(S.hash, cc_fnv1a64(S.canonical, strlen(S.canonical)));
}
END_TEST

START_TEST(every_key) {
  expect_ok("attncc: 1\n"
            "name: Every_key9\n"
            "phase: prefill\n"
            "heads:\n  q: 12\n  kv: 4\n  dim: 67\n  v_dim: 13\n"
            "types: {q: f32, cache: bf16, out: bf16}\n"
            "scale: 0.5\n"
            "cache: {store: kv, layout: contiguous, order: head_major, capacity: 16777216}\n"
            "mask: {causal: true}\n"
            "output: {lse: true}\n");
  ck_assert_str_eq(S.name, "Every_key9");
  ck_assert_int_eq(S.phase, ATTN_PREFILL);
  ck_assert_int_eq(S.heads_q, 12);
  ck_assert_int_eq(S.heads_kv, 4);
  ck_assert_int_eq(S.dim, 67);
  ck_assert_int_eq(S.v_dim, 13);
  ck_assert_int_eq(S.type_q, ATTN_F32);
  ck_assert_int_eq(S.type_cache, ATTN_BF16);
  ck_assert_int_eq(S.type_out, ATTN_BF16);
  ck_assert_int_eq(S.scale_auto, 0);
  ck_assert_double_eq(S.scale, 0.5);
  ck_assert_int_eq(S.order, ATTN_HEAD_MAJOR);
  ck_assert_int_eq(S.capacity, 16777216);
  ck_assert_int_eq(S.causal, 1);
  ck_assert_int_eq(S.lse, 1);
  ck_assert_ptr_nonnull(strstr(S.canonical, "scale: 0.5\n"));
  ck_assert_ptr_nonnull(strstr(S.canonical, "heads: {q: 12, kv: 4, dim: 67, v_dim: 13}\n"));
}
END_TEST

START_TEST(enum_values) {
  static const char *const phases[] = {"decode", "prefill", "mixed"};
  for (int i = 0; i < 3; i++) {
    char buf[256];
    snprintf(buf, sizeof buf, MIN "phase: %s\n", phases[i]);
    expect_ok(buf);
    ck_assert_int_eq(S.phase, i);
    ck_assert_str_eq(spec_phase_name(S.phase), phases[i]);
  }
  static const char *const dtypes[] = {"f32", "f16", "bf16"};
  for (int i = 0; i < 3; i++) {
    char buf[256];
    snprintf(buf, sizeof buf, MIN "types: {q: %s, cache: '%s', out: \"%s\"}\n", dtypes[i],
             dtypes[i], dtypes[i]);
    expect_ok(buf);
    ck_assert_int_eq(S.type_q, i);
    ck_assert_int_eq(S.type_cache, i);
    ck_assert_int_eq(S.type_out, i);
    ck_assert_str_eq(spec_dtype_name(S.type_cache), dtypes[i]);
  }
  expect_ok(MIN "types: {cache: f16}\n"); /* f32 queries and output with any cache */
  expect_ok(MIN "cache: {order: head_major}\n");
  ck_assert_str_eq(spec_order_name(S.order), "head_major");
  ck_assert_str_eq(spec_order_name(ATTN_TOKEN_MAJOR), "token_major");
  ck_assert_str_eq(spec_dtype_name((attn_dtype)7), "?");
  ck_assert_str_eq(spec_phase_name((attn_phase)-1), "?");
  ck_assert_str_eq(spec_order_name((attn_order)2), "?");
}
END_TEST

START_TEST(int_ranges) {
  expect_ok("attncc: 1\nname: t\nheads: {q: 256, kv: 1, dim: 512, v_dim: 1}\ncache: {capacity: 1}\n");
  ck_assert_int_eq(S.heads_q, 256);
  ck_assert_int_eq(S.heads_kv, 1);
  ck_assert_int_eq(S.dim, 512);
  ck_assert_int_eq(S.v_dim, 1);
  ck_assert_int_eq(S.capacity, 1);
  expect_ok("attncc: +1\nname: t\nheads: {q: +8, dim: 1}\n");
  ck_assert_int_eq(S.heads_q, 8);
  ck_assert_int_eq(S.dim, 1);
}
END_TEST

START_TEST(scale_numbers) {
  static const struct {
    const char *text;
    double v;
    const char *canon;
  } cases[] = {{"0.125", 0.125, "0.125"},   {"1.25e-1", 0.125, "0.125"},
               {"+.5", 0.5, "0.5"},         {"2", 2, "2"},
               {"1E3", 1000, "1000"},       {"0.0883883476483184", 0.0883883476483184, "0.0883883476"},
               {"3.", 3, "3"}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char buf[256], want[64];
    snprintf(buf, sizeof buf, MIN "scale: %s\n", cases[i].text);
    expect_ok(buf);
    ck_assert_int_eq(S.scale_auto, 0);
    ck_assert_double_eq_tol(S.scale, cases[i].v, 1e-12);
    snprintf(want, sizeof want, "\nscale: %s\n", cases[i].canon);
    ck_assert_ptr_nonnull(strstr(S.canonical, want));
  }
  expect_ok(MIN "scale: auto\n");
  ck_assert_int_eq(S.scale_auto, 1);
  expect_ok(MIN "scale: 'auto'\n");
  ck_assert_int_eq(S.scale_auto, 1);
  ck_assert_double_eq_tol(S.scale, 1 / sqrt(128.0), 1e-15);
}
END_TEST

START_TEST(names) {
  static const char *const ok[] = {"x", "_x", "X1", "mha_decode", "'quoted'", "attn", "attnrt",
                                   "attention_",
                                   "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk",
                                   "\"q\""};
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
    char buf[256];
    snprintf(buf, sizeof buf, "attncc: 1\nname: %s\nheads: {q: 1, dim: 1}\n", ok[i]);
    expect_ok(buf);
  }
  ck_assert_str_eq(S.name, "q");
  static const struct {
    const char *name, *msg;
  } bad[] = {
      {"1x", "not a C identifier"},        {"my-kernel", "not a C identifier"},
      {"'a b'", "not a C identifier"},     {"\"caf\xc3\xa9\"", "not a C identifier"},
      {"int", "keyword"},                  {"class", "keyword"},
      {"_Bool", "keyword"},                {"true", "keyword"},
      {"__x", "reserved"},                 {"_X", "reserved"},
      {"attn_x", "'attn_'"},               {"attnrt_pool", "'attnrt_'"},
      {"''", "expected a C identifier"},   {"~", "expected a C identifier"},
      {"null", "expected a C identifier"}, {"{a: 1}", "got a mapping"},
      {"\"a\\0b\"", "not a C identifier"},
      {"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl", "64 characters long"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char buf[256];
    snprintf(buf, sizeof buf, "attncc: 1\nname: %s\nheads: {q: 1, dim: 1}\n", bad[i].name);
    expect_error_at(buf, 2, 7, bad[i].msg);
    ck_assert_uint_eq(attncc_diags_count(D), 1);
  }
}
END_TEST

/* --- invalid values, one rule each ---------------------------------------- */

/* Appended to MIN (lines 1-3), so line 4 is the first line of `extra`. */
static const struct {
  const char *extra;
  int line, col;
  const char *msg;
} invalid[] = {
    /* wrong type */
    {"phase: 1\n", 4, 8, "phase: '1' is not one of decode, prefill, mixed"},
    {"phase: [decode]\n", 4, 8, "expected one of decode, prefill, mixed, got a list"},
    {"mask: {causal: 1}\n", 4, 16, "expected true or false, got '1'"},
    {"mask: {causal: True}\n", 4, 16, "expected true or false"},
    {"mask: {causal: on}\n", 4, 16, "expected true or false"},
    {"mask: {causal: 'false'}\n", 4, 16, "the quoted string 'false'"},
    {"mask: {causal: }\n", 4, 16, "got an empty value"},
    {"cache: {capacity: 1.5}\n", 4, 19, "expected an integer in 1..16777216, got '1.5'"},
    {"cache: {capacity: 1e3}\n", 4, 19, "got '1e3'"},
    {"cache: {capacity: \"32\"}\n", 4, 19, "the quoted string '32'; write numbers"},
    {"cache: {capacity: 0x10}\n", 4, 19, "got '0x10'"},
    {"cache: {capacity: 010}\n", 4, 19, "without leading zeros"},
    {"cache: {capacity: 1_000}\n", 4, 19, "got '1_000'"},
    {"cache: {capacity: -}\n", 4, 19, "got '-'"},
    {"cache: {capacity: .inf}\n", 4, 19, "got '.inf'"},
    {"cache: 4096\n", 4, 8, "cache: expected a mapping like 'cache: {"},
    {"cache: {order: {a: 1}}\n", 4, 16, "got a mapping"},
    {"output: [lse]\n", 4, 9, "got a list"},
    {"output:\n  lse:\n    really: true\n", 6, 5, "output.lse: expected true or false, got a mapping"},
    {"? [a, b]\n: 1\n", 4, 3, "a key must be a name"},
    /* out of range */
    {"cache: {capacity: 0}\n", 4, 19, "0 is out of range 1..16777216"},
    {"cache: {capacity: 16777217}\n", 4, 19, "out of range"},
    {"cache: {capacity: -5}\n", 4, 19, "-5 is out of range"},
    {"cache: {capacity: 99999999999999999999}\n", 4, 19, "99999999999999999999 is out of range"},
    {"cache: {capacity: -99999999999999999999999999999999}\n", 4, 19, "is out of range"},
    {"cache: {capacity: 9223372036854775808}\n", 4, 19, "is out of range"},
    /* scale */
    {"scale: 0\n", 4, 8, "finite number > 0, got '0'"},
    {"scale: -1\n", 4, 8, "got '-1'"},
    {"scale: 0.0\n", 4, 8, "got '0.0'"},
    {"scale: fast\n", 4, 8, "got 'fast'"},
    {"scale: .nan\n", 4, 8, "got '.nan'"},
    {"scale: .inf\n", 4, 8, "got '.inf'"},
    {"scale: \"0.5\"\n", 4, 8, "the quoted string '0.5'"},
    {"scale: 1e999\n", 4, 8, "too large"},
    {"scale: 1e39\n", 4, 8, "too large"},
    {"scale: 1e-300\n", 4, 8, "too small"},
    {"scale: 1e\n", 4, 8, "got '1e'"},
    {"scale: .\n", 4, 8, "got '.'"},
    {"scale: 0x1p-3\n", 4, 8, "got '0x1p-3'"},
    {"scale: {x: 1}\n", 4, 8, "got a mapping"},
    /* bad enum */
    {"phase: Decode\n", 4, 8, "did you mean 'decode'?"},
    {"phase: prefil\n", 4, 8, "did you mean 'prefill'?"},
    {"phase: streaming\n", 4, 8, "is not one of decode, prefill, mixed"},
    {"types: {cache: fp16}\n", 4, 16, "did you mean 'f16'?"},
    {"cache: {order: tokenmajor}\n", 4, 16, "did you mean 'token_major'?"},
    /* slim attention needs MHA and whole token rows */
    {"cache: {store: k_only, order: head_major}\n", 4, 31, "use cache.order: token_major"},
    {"cache: {store: v_only, order: head_major}\n", 4, 31, "cache.store is v_only, whose keys read"},
    {"cache: {store: v_only}\nmodel: {d_model: 1024}\n", 5, 18, "heads.q x heads.v_dim is 4096"},
    {"slim: {order: scores_first}\n", 4, 15, "slim.order applies only to cache.store: k_only"},
    {"cache: {store: k_only}\nmodel: {d_model: 1024}\n", 5, 18, "heads.q x heads.dim is 4096"},
    /* X-cache and latent caches need their widths */
    {"cache: {store: x}\n", 4, 16, "set model.d_model"},
    {"cache: {store: latent}\n", 4, 16, "needs cache.latent_dim"},
    {"cache: {latent_dim: 512}\n", 4, 21, "cache.latent_dim applies only to cache.store: latent"},
    {"cache: {store: x, rope_dim: 64}\nmodel: {d_model: 64}\n", 4, 29, "cache.rope_dim applies only to"},
    {"cache: {store: latent, latent_dim: 64, rope_dim: 128}\n", 4, 50, "must be less than heads.dim (128)"},
    {"model: {layers: 0}\n", 4, 17, "model.layers"},
    /* layouts and quantized caches (ABI 5): what they need */
    {"types: {cache: i8}\ncache: {store: k_only}\n", 4, 16, "types.cache: i8 with cache.store: k_only is not supported yet"},
    {"types: {cache: fp8_e4m3}\nkind: cross\n", 4, 16, "types.cache: fp8_e4m3 with kind: cross is not supported yet"},
    {"types: {cache: fp8_e5m2}\nrope: {apply: on_read}\n", 4, 16, "use rope.apply: on_write"},
    {"cache: {layout: paged, store: x}\nmodel: {d_model: 64}\n", 4, 17, "cache.layout: paged with cache.store: x is not supported yet"},
    {"cache: {layout: ring}\n", 4, 17, "needs mask.window"},
    {"cache: {layout: ring, capacity: 64}\nmask: {causal: true, window: 65}\n", 5, 30, "mask.window (65) is larger than cache.capacity (64)"},
    {"cache: {layout: paged, page_size: 48}\n", 4, 35, "must be a power of two"},
    {"cache: {layout: paged, page_size: 1024}\n", 4, 35, "out of range 1..512"},
    {"cache: {page_size: 16}\n", 4, 20, "cache.page_size applies only to cache.layout: paged (cache.layout is contiguous, the default)"},
    {"mask: {window: 64}\n", 4, 16, "mask.window needs mask.causal: true"},
    {"mask: {causal: true, window: -1}\n", 4, 30, "out of range"},
    {"cache: {store: k_only}\nmask: {causal: true, window: 8}\n", 5, 30, "mask.window with cache.store: k_only is not supported yet"},
    {"cache: {shared_across_layers: true}\n", 4, 31, "cache.shared_across_layers needs kind: cross and"},
    /* cross attention: no causal mask, no prefill */
    {"kind: cross\nmask: {causal: true}\n", 5, 16, "mask.causal is true but kind is cross"},
    {"kind: cross\nphase: prefill\n", 5, 8, "use phase: mixed"},
    {"kind: cross\ncache: {shared_across_layers: true}\n", 5, 31, "cache.store: x"},
    {"mask: {sinks: 4}\n", 4, 15, "mask.sinks keeps the first positions visible beside a window, so it needs mask.window"},
    {"mask: {causal: true, window: 8, sinks: 2}\ncache: {layout: ring, capacity: 8}\n", 4, 40,
     "mask.sinks with cache.layout: ring is not supported yet"},
    {"mask: {causal: true, window: 8, sinks: -1}\n", 4, 40, "mask.sinks"},
    {"cache: {store: k_only}\nscore: {alibi: true}\n", 5, 16, "score.alibi with cache.store: k_only is not supported yet"},
    {"mask: {block_size: 64}\n", 4, 20, "mask.block_size applies only to mask.block_sparse: runtime"},
    {"mask: {causal: true, window: 8, sinks: 4, block_sparse: runtime}\n", 4, 57,
     "mask.block_sparse with mask.sinks is not supported yet"},
    {"cache: {layout: ring, capacity: 64}\nmask: {causal: true, window: 8, documents: true}\n", 5, 44,
     "mask.documents with cache.layout: ring is not supported yet"},
    {"cache: {store: k_only}\nmask: {expr: \"q_pos > 1\"}\n", 5, 8, "mask.expr with cache.store: k_only is not supported yet"},
    {"cache: {store: x}\nmodel: {d_model: 64}\nscore: {expr: \"s * 0.5\"}\n", 6, 9, "score.expr with cache.store: x is not supported yet"},
    {"mask: {prefix_lm: true}\n", 4, 19, "mask.prefix_lm makes a prefix visible beyond the causal mask"},
    {"cache: {store: k_only}\nmask: {causal: true, prefix_lm: true}\n", 5, 33,
     "mask.prefix_lm with cache.store: k_only is not supported yet"},
    {"score: {softcap: 0}\n", 4, 18, "score.softcap: '0' is out of range; expected a finite number > 0"},
    {"score: {softcap: .nan}\n", 4, 18, "score.softcap"},
    {"score:\n  alibi: true\n  bogus: 1\n", 6, 3, "unknown key 'score.bogus'"},
    {"score: {alibi: 1}\n", 4, 16, "score.alibi"},
    /* rope */
    {"rope: {theta: 0}\n", 4, 15, "rope.theta: '0' is out of range; expected a finite number > 0"},
    {"rope: {theta: -5}\n", 4, 15, "out of range"},
    {"rope: {theta: .inf}\n", 4, 15, "rope.theta: expected a finite number > 0, got '.inf'"},
    {"rope: {theta: \"1e4\"}\n", 4, 15, "got the quoted string '1e4'"},
    {"rope: {theta: 1e999}\n", 4, 15, "out of range"},
    {"rope: {dims: 63}\n", 4, 14, "rope.dims (63) must be even"},
    {"rope: {dims: 256}\n", 4, 14, "rope.dims (256) is larger than heads.dim (128)"},
    {"rope: {style: llama}\n", 4, 15, "rope.style: 'llama' is not one of neox, gptj"},
    {"rope: {apply: on_load}\n", 4, 15, "is not one of on_read, on_write"},
    {"rope: {scaling: {type: yarn}}\n", 4, 24, "rope.scaling.type: 'yarn' is not supported yet"},
    {"rope: {scaling: {factor: 8}}\n", 4, 18, "rope.scaling.factor applies only with rope.scaling.type linear or llama3 (it is none, the default)"},
    {"rope: {scaling: {type: linear, high_freq_factor: 8}}\n", 4, 32, "applies only with rope.scaling.type llama3 (it is linear)"},
    {"rope: {scaling: {type: linear, factor: 0.5}}\n", 4, 40, "expected a number >= 1"},
    {"rope: {scaling: {type: llama3, low_freq_factor: 4, high_freq_factor: 2}}\n", 4, 70,
     "rope.scaling.high_freq_factor (2) must be greater than rope.scaling.low_freq_factor (4)"},
    {"rope: {bogus: 1}\n", 4, 8, "unknown key 'rope.bogus'"},
    {"kind: cross\nrope: {}\n", 5, 1, "rope with kind: cross"},
    {"cache: {store: x}\nmodel: {d_model: 64}\nrope: {}\n", 6, 1, "rope with cache.store: x"},
    {"cache: {store: v_only}\nrope: {}\n", 5, 1, "rope with cache.store: v_only"},
    {"cache: {store: k_only}\nrope: {apply: on_write}\n", 5, 15, "rope.apply: on_write with cache.store: k_only"},
    {"cache: {store: latent, latent_dim: 64}\nrope: {}\n", 5, 1, "cache.rope_dim is 0"},
    {"cache: {store: latent, latent_dim: 64, rope_dim: 32}\nrope: {dims: 16}\n", 5, 14,
     "rope.dims (16) must equal cache.rope_dim (32)"},
    {"kind: attention\n", 4, 7, "is not one of self, cross"},
    {"cache: {store: x}\nmodel: {d_model: 64}\ntensors: {bias: {shape: [heads]}}\n", 6, 1,
     "tensors with cache.store: x is not supported yet"},
    /* mask.expr, score.expr: every error points into the YAML scalar, whatever
     * its style (an escape in double quotes: at the scalar) */
    {"mask:\n  expr: q_pos < qpos\n", 5, 17, "mask.expr: unknown variable 'qpos'; did you mean 'q_pos'?"},
    {"mask: {expr: \"q_ps < 1\"}\n", 4, 15, "mask.expr: unknown variable 'q_ps'"},
    {"mask: {expr: 'kv_pos '' < 1'}\n", 4, 22, "mask.expr: unexpected character '''"},
    {"mask: {expr: \"q_pos < qps\\t\"}\n", 4, 14, "mask.expr: unknown variable 'qps'"},
    {"mask:\n  expr: |\n    q_pos < 1 ||\n      kv_pos < qpos\n", 7, 16, "mask.expr: unknown variable 'qpos'"},
    {"mask:\n  expr: >\n    q_pos < 1 ||\n    kv_pos < qpos\n", 7, 14, "mask.expr: unknown variable 'qpos'"},
    {"mask:\n  expr: q_pos < 1 ||\n    kv_pos < qpos\n", 6, 14, "mask.expr: unknown variable 'qpos'"},
    {"mask: {expr: \"q_pos < 1 ||\n  kv_pos < qpos\"}\n", 5, 12, "mask.expr: unknown variable 'qpos'"},
    {"mask: {expr: \"(q_pos < 1\"}\n", 4, 25, "mask.expr: expected ')', got the end of the expression"},
    {"mask: {expr: \"q_pos < 1 || \xc3\xa9\"}\n", 4, 28, "mask.expr: unexpected character '\xc3\xa9'"},
    {"mask: {expr: \"s > 0\"}\n", 4, 15, "mask.expr: 's' (the score) is not available in a mask"},
    {"mask: {expr: \"q_pos / (4 - 4) < 1\"}\n", 4, 21, "mask.expr: division by zero: the divisor is always 0"},
    {"mask: {expr: \"\\0\"}\n", 4, 14, "mask.expr: the expression contains a NUL character"},
    {"mask: {expr: {a: 1}}\n", 4, 14, "mask.expr: expected an expression like \"kv_pos < 4 || q_pos - kv_pos < 1024\", got a mapping"},
    {"mask: {expr: }\n", 4, 14, "mask.expr: expected an expression like"},
    {"score: {expr: \"s + bias[h]\"}\n", 4, 20, "score.expr: unknown tensor 'bias' (declare it under 'tensors:')"},
    {"score: {expr: \"s < 1.0\"}\n", 4, 16, "score.expr: a score expression must be float"},
    {"tensors: {bias: {shape: [heads]}}\nscore: {expr: \"s + bias[h, b]\"}\n", 5, 20,
     "score.expr: 'bias' has 1 dimension [heads]; got 2 indices"},
    {"tensors: {bias: {shape: [heads]}}\nmask: {expr: \"bias[h] > 0\"}\nscore: {expr: \"s + bais[h]\"}\n", 6, 20,
     "score.expr: unknown tensor 'bais'; did you mean 'bias'?"},
    /* tensors: */
    {"tensors: {bias: {shape: [h], type: f32}}\n", 4, 26,
     "tensors.bias.shape: 'h' is not a dimension; expected an integer in 1..16777216 or one of heads, kv_heads, capacity, batch"},
    {"tensors: {bias: {shape: [0]}}\n", 4, 26, "tensors.bias.shape: '0' is not a dimension"},
    {"tensors: {bias: {shape: [\"64\"]}}\n", 4, 26, "tensors.bias.shape: write the number '64' without quotes"},
    {"tensors: {bias: {shape: [{a: 1}]}}\n", 4, 26, "tensors.bias.shape: a mapping is not a dimension"},
    {"tensors: {bias: {shape: []}}\n", 4, 25, "tensors.bias.shape: a tensor has 1 to 4 dimensions, got 0"},
    {"tensors: {bias: {shape: [1, 2, 3, 4, 5]}}\n", 4, 25, "tensors.bias.shape: a tensor has 1 to 4 dimensions, got 5"},
    {"tensors: {bias: {shape: heads}}\n", 4, 25, "tensors.bias.shape: expected a list of dimensions like [heads], got 'heads'"},
    {"tensors: {bias: {shape: [heads], type: f16}}\n", 4, 40, "tensors.bias.type: 'f16' is not one of f32, i32"},
    {"tensors: {bias: {shape: [heads], type: i33}}\n", 4, 40, "tensors.bias.type: 'i33' is not one of f32, i32; did you mean 'i32'?"},
    {"tensors: {bias: {type: f32}}\n", 4, 11, "tensors.bias: missing required key 'shape'"},
    {"tensors: {bias: {shap: [heads]}}\n", 4, 18, "unknown key 'tensors.bias.shap'; did you mean 'shape'?"},
    {"tensors: {bias: {shape: [heads], shape: [1]}}\n", 4, 34, "duplicate key 'tensors.bias.shape'"},
    {"tensors: {bias: [heads]}\n", 4, 17, "tensors.bias: expected a mapping like '{shape: [heads], type: f32}', got a list"},
    {"tensors: {q_pos: {shape: [1]}}\n", 4, 11, "tensors: 'q_pos' is a variable or a function of the expression language"},
    {"tensors: {exp: {shape: [1]}}\n", 4, 11, "tensors: 'exp' is a variable or a function of the expression language"},
    {"tensors: {int: {shape: [1]}}\n", 4, 11, "tensors: 'int' is a C or C++ keyword; it cannot name a tensor"},
    {"tensors: {1x: {shape: [1]}}\n", 4, 11, "tensors: '1x' is not a C identifier"},
    {"tensors: {a: {shape: [1]}, a: {shape: [2]}}\n", 4, 28, "tensors: duplicate tensor 'a' (first given at line 4, column 11)"},
    {"tensors: [bias]\n", 4, 10, "tensors: expected a mapping like 'tensors: {bias: {shape: [heads], type: f32}}', got a list"},
    /* unknown keys */
    {"phse: decode\n", 4, 1, "unknown key 'phse'; did you mean 'phase'?"},
    {"Phase: decode\n", 4, 1, "did you mean 'phase'?"},
    {"mask: {casual: true}\n", 4, 8, "unknown key 'mask.casual'; did you mean 'mask.causal'?"},
    {"mask: {windw: 8}\n", 4, 8, "did you mean 'mask.window'?"},
    {"output: {lse: true, weights: true}\n", 4, 21, "unknown key 'output.weights'"},
    {"zzzzzz: 1\n", 4, 1, "unknown key 'zzzzzz'"},
    {"causal: true\n", 4, 1, "did you mean 'mask.causal'?"},
    {"\"scale\": 1\n\"types\": {\"Q\": f32}\n", 5, 11, "did you mean 'types.q'?"},
    /* duplicates */
    {"phase: decode\nphase: prefill\n", 5, 1, "duplicate key 'phase' (first given at line 4, column 1)"},
    {"mask: {causal: true, causal: false}\n", 4, 22, "duplicate key 'mask.causal'"},
    {"name: u\n", 4, 1, "duplicate key 'name' (first given at line 2, column 1)"},
    /* contradictions */
    {"types: {q: f16}\n", 4, 12, "types.q is f16 but types.cache is f32 (the default)"},
    {"types: {q: bf16, cache: f16}\n", 4, 12, "types.q must be f32 or equal to types.cache"},
    {"types: {cache: f16, out: bf16}\n", 4, 26, "types.out is bf16 but types.cache is f16"},
    /* properties */
    {"phase: &p decode\n", 4, 8, "anchors and aliases are not allowed in attncc specs"},
    {"phase: !!str decode\n", 4, 8, "tags are not allowed"},
    {"phase: !decode\n", 4, 8, "tags are not allowed"},
};

START_TEST(invalid_values) {
  char buf[512];
  snprintf(buf, sizeof buf, MIN "%s", invalid[_i].extra);
  expect_error_at(buf, invalid[_i].line, invalid[_i].col, invalid[_i].msg);
  ck_assert_str_eq(diag(0)->file, "t.yaml");
  ck_assert_ptr_nonnull(diag(0)->source_line);
}
END_TEST

/* k_only with GQA: the error sits at cache.store, names heads.kv and
 * suggests store: x; MHA k_only parses. */
START_TEST(k_only_needs_mha) {
  expect_error_at("attncc: 1\nname: t\nheads: {q: 8, kv: 2, dim: 64}\ncache: {store: k_only}\n", 4, 16,
                  "heads.kv is 2 and heads.q 8");
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "use cache.store: x"));
  reset();
  ck_assert_int_eq(parse("attncc: 1\nname: t\nheads: {q: 8, dim: 64}\ncache: {store: k_only}\n"), 0);
  ck_assert_int_eq(S.store, ATTN_STORE_K_ONLY);
  ck_assert_int_eq(S.slim_order, SPEC_SLIM_AUTO);
  /* v_only the same, naming W_v */
  reset();
  expect_error_at("attncc: 1\nname: t\nheads: {q: 8, kv: 2, dim: 64}\ncache: {store: v_only}\n", 4, 16,
                  "the values do not determine the keys (W_v is not square)");
  reset();
  ck_assert_int_eq(parse("attncc: 1\nname: t\nheads: {q: 8, dim: 64, v_dim: 32}\ncache: {store: v_only}\n"
                         "model: {d_model: 256}\n"), 0);
  ck_assert_int_eq(S.store, ATTN_STORE_V_ONLY);
  reset();
  ck_assert_int_eq(parse("attncc: 1\nname: t\nheads: {q: 8, dim: 64}\ncache: {store: k_only}\n"
                         "model: {d_model: 512, layers: 12}\n"), 0);
  ck_assert_int_eq(S.d_model, 512);
  ck_assert_int_eq(S.layers, 12);
  /* x and latent take any grouping of the weights */
  reset();
  ck_assert_int_eq(parse("attncc: 1\nname: t\nheads: {q: 8, kv: 2, dim: 64}\ncache: {store: x}\n"
                         "model: {d_model: 1024}\n"), 0);
  ck_assert_int_eq(S.store, ATTN_STORE_X);
  reset();
  ck_assert_int_eq(parse("attncc: 1\nname: t\nheads: {q: 128, dim: 192, v_dim: 128}\n"
                         "cache: {store: latent, latent_dim: 512, rope_dim: 64}\n"), 0);
  ck_assert_int_eq(S.store, ATTN_STORE_LATENT);
  ck_assert_int_eq(S.latent_dim, 512);
  ck_assert_int_eq(S.rope_dim, 64);
  /* an E-cache: cross attention over a shared X-cache */
  reset();
  ck_assert_int_eq(parse("attncc: 1\nname: t\nkind: cross\nheads: {q: 20, dim: 64}\n"
                         "cache: {store: x, shared_across_layers: true}\nmodel: {d_model: 1280}\n"), 0);
  ck_assert_int_eq(S.cross, 1);
  ck_assert_int_eq(S.shared_layers, 1);
}
END_TEST

/* One error per file: nothing cascades from an earlier one. */
START_TEST(no_cascades) {
  expect_error_at("attncc: 1\nname: t\nhaeds: {q: 32, dim: 128}\n", 3, 1, "did you mean 'heads'?");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  expect_error_at("attncc: 1\nname: t\nheads: {q: 32, kv: x, dim: 128}\n", 3, 20, "heads.kv");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  expect_error_at("attncc: 1\nname: t\nheads: {q: 0, kv: 3, dim: 128}\n", 3, 12, "heads.q");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  expect_error_at("attncc: 1\nname: t\nheads: 5\n", 3, 8, "expected a mapping");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  expect_error_at("attncc: 1\nname: t\nheads: *x\n", 3, 8, "aliases");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  expect_error_at("attncc: 1\nname: t\nheads: {q: 32, dim: 128}\ntypes: {q: f16, cache: i8}\ncache: {store: k_only}\n",
                  4, 24, "not supported yet");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  expect_error_at("attncc: 1\nname: t\nheads: {q: 32, dimm: 128}\n", 3, 16, "did you mean 'heads.dim'");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
}
END_TEST

/* Independent errors are all reported, in file order. */
START_TEST(many_errors) {
  reset();
  ck_assert_int_eq(parse("attncc: 3\nname: 9\nphase: later\nheads: {q: 32, kv: 5, dim: 0}\n"
                         "mask: {causal: maybe}\n"),
                   -1);
  ck_assert_uint_eq(attncc_diags_count(D), 6);
  ck_assert_int_eq(diag(0)->line, 1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "unsupported spec version 3; this attncc reads version 1"));
  ck_assert_int_eq(diag(1)->line, 2);
  ck_assert_int_eq(diag(2)->line, 3);
  ck_assert_int_eq(diag(3)->line, 4);
  ck_assert_ptr_nonnull(strstr(diag(3)->message, "heads.dim"));
  ck_assert_int_eq(diag(4)->line, 5);
  ck_assert_ptr_nonnull(strstr(diag(5)->message, "heads.q (32) is not a multiple of heads.kv (5)"));
  /* q/kv is checked whenever both are readable */
  reset();
  ck_assert_int_eq(parse("attncc: 1\nname: t\nheads: {q: 32, kv: 5, dim: 0}\n"), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 2);
  ck_assert_ptr_nonnull(strstr(diag(1)->message, "heads.q (32) is not a multiple of heads.kv (5)"));
  ck_assert_int_eq(diag(1)->col, 20);
}
END_TEST

START_TEST(missing_required) {
  expect_error_at("attncc: 1\nheads: {q: 1, dim: 1}\n", 1, 1, "missing required key 'name'");
  expect_error_at("# a comment\nname: t\nheads: {q: 1, dim: 1}\n", 1, 1, "missing required key 'attncc'");
  expect_error_at("attncc: 1\nname: t\n", 1, 1, "missing required key 'heads'");
  ck_assert_uint_eq(attncc_diags_count(D), 1); /* not heads.q and heads.dim too */
  expect_error_at("attncc: 1\nname: t\nheads: {dim: 8}\n", 3, 1, "missing required key 'heads.q'");
  expect_error_at("attncc: 1\nname: t\nheads:\n  q: 8\n", 3, 1, "missing required key 'heads.dim'");
  expect_error_at("attncc: 1\nname: t\nheads:\n", 3, 1, "missing required key 'heads.q'");
  ck_assert_uint_eq(attncc_diags_count(D), 2);
  expect_ok(MIN "mask:\ntypes: {}\n");
}
END_TEST

START_TEST(heads_multiple) {
  expect_error_at("attncc: 1\nname: t\nheads: {q: 12, kv: 8, dim: 64}\n", 3, 20,
                  "heads.q (12) is not a multiple of heads.kv (8)");
  expect_error_at("attncc: 1\nname: t\nheads: {q: 4, kv: 8, dim: 64}\n", 3, 19,
                  "heads.q (4) is not a multiple of heads.kv (8)");
  expect_ok("attncc: 1\nname: t\nheads: {q: 12, kv: 3, dim: 64}\n");
  ck_assert_int_eq(S.heads_kv, 3);
}
END_TEST

/* --- canonical text and hash ------------------------------------------------- */

START_TEST(canonical_equivalence) {
  static const char *const same[] = {
      "attncc: 1\nname: k\nheads: {q: 8, kv: 2, dim: 64}\n",
      "# comment\nattncc: 1 # version\n\nname: 'k'\nheads:\n  dim: 64\n  kv: 2\n  q: 8\n",
      "heads: {kv: 2, dim: 64, q: 8}\nname: \"k\"\nattncc: 1\n",
      "attncc: 1\r\nname: k\r\nheads:\r\n  q: 8\r\n  kv: 2\r\n  dim: 64\r\n",
      "\xef\xbb\xbf" "attncc: 1\nname: k\nheads: {q: 8, kv: 2, dim: 64}\n",
      "{attncc: 1, name: k, heads: {q: 8, kv: 2, dim: 64}}",
      "---\nattncc: 1\nname: k\nheads: {q: 8, kv: 2, dim: 64, v_dim: 64}\nphase: decode\n"
      "types: {q: f32, cache: f32, out: f32}\nscale: auto\n"
      "cache: {store: kv, layout: contiguous, order: token_major, capacity: 4096}\n"
      "mask: {causal: false}\noutput: {lse: false}\n...\n",
      "attncc: 1\nname:\tk\nheads: {q: 8, kv: 2, dim: 64}\nmask:\noutput: {}\n",
  };
  expect_ok(same[0]);
  const char *canon = S.canonical;
  uint64_t hash = S.hash;
  cc_arena *keep = A;
  A = cc_arena_new(); /* keep `canon` alive */
  for (size_t i = 1; i < sizeof same / sizeof *same; i++) {
    expect_ok(same[i]);
    ck_assert_str_eq(S.canonical, canon);
    ck_assert_uint_eq(S.hash, hash);
  }
  static const char *const different[] = {
      "attncc: 1\nname: k2\nheads: {q: 8, kv: 2, dim: 64}\n",
      "attncc: 1\nname: k\nheads: {q: 8, kv: 4, dim: 64}\n",
      "attncc: 1\nname: k\nheads: {q: 8, kv: 2, dim: 64}\nscale: 0.125\n",
      "attncc: 1\nname: k\nheads: {q: 8, kv: 2, dim: 64}\nmask: {causal: true}\n",
      "attncc: 1\nname: k\nheads: {q: 8, kv: 2, dim: 64}\nmask: {expr: \"kv_pos < 9\"}\n",
      "attncc: 1\nname: k\nheads: {q: 8, kv: 2, dim: 64}\nscore: {expr: \"s\"}\n",
  };
  for (size_t i = 0; i < sizeof different / sizeof *different; i++) {
    expect_ok(different[i]);
    ck_assert_str_ne(S.canonical, canon);
    ck_assert_uint_ne(S.hash, hash);
  }
  cc_arena_free(keep);
}
END_TEST

/* --- overrides ---------------------------------------------------------------- */

START_TEST(define_replace_insert) {
  const char *d1[] = {"heads.kv=8"};
  reset();
  ck_assert_int_eq(parse_d("attncc: 1\nname: t\nheads: {q: 32, kv: 32, dim: 128}\n", d1, 1), 0);
  ck_assert_int_eq(S.heads_kv, 8);
  reset();
  ck_assert_int_eq(parse_d(MIN, d1, 1), 0); /* inserted into heads */
  ck_assert_int_eq(S.heads_kv, 8);
  const char *d2[] = {"mask.causal=true", "types.cache=f16", "output.lse=true", "phase=prefill",
                      "scale=0.25", "name=\"renamed\"", "cache.capacity=100"};
  reset();
  ck_assert_int_eq(parse_d(MIN "mask:\noutput: {}\n", d2, 7), 0); /* new parents, empty parents */
  ck_assert_int_eq(S.causal, 1);
  ck_assert_int_eq(S.type_cache, ATTN_F16);
  ck_assert_int_eq(S.lse, 1);
  ck_assert_int_eq(S.phase, ATTN_PREFILL);
  ck_assert_double_eq(S.scale, 0.25);
  ck_assert_str_eq(S.name, "renamed");
  ck_assert_int_eq(S.capacity, 100);
  /* a required key given only on the command line; the last define wins */
  const char *d3[] = {"heads.dim=64", "heads.q=4", "heads.q=16"};
  reset();
  ck_assert_int_eq(parse_d("attncc: 1\nname: t\nheads: {q: 2}\n", d3, 3), 0);
  ck_assert_int_eq(S.dim, 64);
  ck_assert_int_eq(S.heads_q, 16);
  /* the whole spec from defines */
  const char *d4[] = {"name=only", "heads.q=2", "heads.dim=2"};
  reset();
  ck_assert_int_eq(parse_d("attncc: 1\n", d4, 3), 0);
  ck_assert_str_eq(S.name, "only");
  /* the result equals the spec written out */
  char *canon = strdup(S.canonical);
  expect_ok("attncc: 1\nname: only\nheads: {q: 2, dim: 2}\n");
  ck_assert_str_eq(S.canonical, canon);
  free(canon);
}
END_TEST

static void expect_define_error(const char *file, const char *def_in, int col, const char *msg) {
  char *def = strdup(def_in);
  const char *defs[] = {def};
  reset();
  int rc = parse_d(file, defs, 1);
  if (rc == 0 || !diag(0) || diag(0)->col != col || !strstr(diag(0)->message, msg)) {
    fprintf(stderr, "--- define %s: want col %d '%s', got:\n", def, col, msg);
    dump_diags();
  }
  ck_assert_int_eq(rc, -1);
  ck_assert_str_eq(diag(0)->file, "<command line>");
  ck_assert_int_eq(diag(0)->line, 1);
  ck_assert_int_eq(diag(0)->col, col);
  ck_assert_str_eq(diag(0)->source_line, def);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, msg));
  free(def);
}

/* Expressions read tensors; both need cache.store kv, which is reported
 * (at each key) only when every one of them is valid. */
START_TEST(expression_tensors) {
  expect_ok(MIN "tensors: {doc: {shape: [batch, capacity], type: i32}, b2: {shape: [kv_heads, 8, 2, 1]}}\n"
                "mask:\n  causal: true\n  expr: doc[b, q_pos] == doc[b, kv_pos]\n"
                "score: {expr: 's * 0.5 + b2[h, 1, 0, kv_pos]'}\n");
  ck_assert_uint_eq(expr_uses(S.mask_expr).tensors, 1u);
  ck_assert_uint_eq(expr_uses(S.score_expr).tensors, 2u);
  expect_error_at(MIN "cache: {store: k_only}\ntensors: {bias: {shape: [heads]}}\n"
                      "mask: {expr: \"kv_pos <= q_pos\"}\nscore: {expr: \"s + bias[h]\"}\n",
                  6, 8, "mask.expr with cache.store: k_only is not supported yet");
  ck_assert_uint_eq(attncc_diags_count(D), 3);
  ck_assert_ptr_nonnull(strstr(diag(1)->message, "score.expr with cache.store: k_only"));
  ck_assert_ptr_nonnull(strstr(diag(2)->message, "tensors with cache.store: k_only"));
  ck_assert_int_eq(diag(2)->line, 5);
  ck_assert_int_eq(diag(2)->col, 1);
  /* an unusable declaration: no cascade of unknown tensors */
  expect_error_at(MIN "tensors: {bias: {shape: [h]}}\nscore: {expr: \"s + bias[h]\"}\n", 4, 26,
                  "tensors.bias.shape: 'h' is not a dimension");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  /* an invalid one: only its error */
  expect_error_at(MIN "mask: {expr: \"kv_pos <= q_pos\"}\nscore: {expr: \"s + 1 < 2\"}\n", 5, 16,
                  "score.expr: a score expression must be float");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  /* at most 16 tensors */
  char buf[1024];
  int n = snprintf(buf, sizeof buf, MIN "tensors:\n");
  for (int t = 0; t < 17; t++) n += snprintf(buf + n, sizeof buf - (size_t)n, "  t%d: {shape: [1]}\n", t);
  expect_error_at(buf, 21, 3, "tensors: at most 16 tensors may be declared");
  /* docs/expressions.md's FlexAttention examples are valid */
  static const char *const flex[] = {
      "score: {expr: \"s + (q_pos - kv_pos)\"}\n",
      "tensors: {slopes: {shape: [heads], type: f32}}\nscore: {expr: \"s + slopes[h] * (kv_pos - q_pos)\"}\n",
      "score: {expr: \"s - exp(-0.693147181 * (h + 1)) * (q_pos - kv_pos)\"}\n",
      "score: {expr: \"50.0 * tanh(s / 50.0)\"}\n",
      "mask: {expr: \"kv_pos <= q_pos && q_pos - kv_pos <= 1024\"}\n",
      "tensors: {prefix: {shape: [batch], type: i32}}\nmask: {expr: \"kv_pos <= prefix[b] || kv_pos <= q_pos\"}\n",
      "tensors: {doc: {shape: [batch, capacity], type: i32}}\nmask:\n  causal: true\n  expr: \"doc[b, q_pos] == doc[b, kv_pos]\"\n",
  };
  for (size_t i = 0; i < sizeof flex / sizeof *flex; i++) {
    snprintf(buf, sizeof buf, MIN "%s", flex[i]);
    expect_ok(buf);
  }
  /* -D: the expression's errors point into the define */
  expect_define_error(MIN, "mask.expr=q_pos < qpos", 19, "mask.expr: unknown variable 'qpos'");
  const char *def[] = {"mask.expr=kv_pos <= q_pos"};
  reset();
  ck_assert_int_eq(parse_d(MIN, def, 1), 0);
  ck_assert_str_eq(expr_print(S.mask_expr), "kv_pos <= q_pos");
}
END_TEST

START_TEST(define_errors) {
  expect_define_error(MIN, "heads.kvv=4", 1, "unknown key 'heads.kvv'; did you mean 'heads.kv'?");
  expect_define_error(MIN, "haeds.kv=4", 1, "did you mean 'heads.kv'?");
  expect_define_error(MIN, "bogus=4", 1, "unknown key 'bogus'");
  expect_define_error(MIN, "heads.q.x=4", 1, "unknown key 'heads.q.x'");
  expect_define_error(MIN, "mask.prefix_lm=true", 16, "mask.prefix_lm makes a prefix visible beyond the causal mask");
  expect_define_error(MIN, "score.softcap=0", 15, "score.softcap: '0' is out of range");
  expect_define_error(MIN, "heads=4", 1, "'heads' is a mapping; set its keys one at a time, like -D heads.q=32");
  expect_define_error(MIN, "heads.kv", 1, "expected key.path=value");
  expect_define_error(MIN, "=4", 1, "expected key.path=value");
  expect_define_error(MIN, "heads.kv=5", 10, "heads.q (32) is not a multiple of heads.kv (5)");
  expect_define_error(MIN, "heads.kv=\"8\"", 10, "the quoted string '8'");
  expect_define_error(MIN, "heads.kv=", 10, "heads.kv: expected an integer in 1..256, got an empty value");
  expect_define_error(MIN, "heads.kv=1.5", 10, "got '1.5'");
  expect_define_error(MIN, "heads.kv=99999999999999999999999", 10, "out of range");
  expect_define_error(MIN, "heads.kv={a: 1}", 10, "got a mapping");
  expect_define_error(MIN, "mask.causal=yes", 13, "expected true or false, got 'yes'");
  expect_define_error(MIN, "cache.layout=ring", 14, "needs mask.window");
  expect_define_error(MIN, "types.q=f16", 9, "types.q is f16 but types.cache is f32");
  expect_define_error(MIN, "phase=decod", 7, "did you mean 'decode'?");
  expect_define_error(MIN, "name=\"oops", 6, "found unexpected end of stream while scanning a quoted scalar");
  expect_define_error(MIN, "name=*x", 6, "aliases are not allowed");
  expect_define_error(MIN, "name=\xff", 6, "invalid UTF-8");
  /* errors in the file and in the defines are both reported */
  const char *defs[] = {"heads.kvv=4"};
  reset();
  ck_assert_int_eq(parse_d("attncc: 1\nname: t\nheads: {q: 32, dim: 128}\nphase: x\n", defs, 1), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 2);
  /* a define cannot make an unreadable file readable, and adds nothing to its errors */
  reset();
  ck_assert_int_eq(parse_d("attncc: 1\nname: t\nheads: 5\n", (const char *[]){"heads.dim=4"}, 1), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  ck_assert_str_eq(diag(0)->file, "t.yaml");
}
END_TEST

/* --- document-level rules and hostile input ------------------------------------ */

START_TEST(documents) {
  reset();
  ck_assert_int_eq(parse(""), -1);
  ck_assert_int_eq(diag(0)->line, 0);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "the spec is empty"));
  reset();
  ck_assert_int_eq(parse("# nothing\n\n"), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "the spec is empty"));
  reset();
  ck_assert_int_eq(parse("---\n...\n"), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "the spec is empty"));
  reset();
  ck_assert_int_eq(spec_parse(A, NULL, 0, NULL, NULL, 0, &S, D), -1);
  ck_assert_str_eq(diag(0)->file, "<string>");
  expect_error_at("- a\n- b\n", 1, 1, "must be a mapping");
  expect_error_at("42\n", 1, 1, "must be a mapping of keys like 'attncc: 1', not '42'");
  expect_error_at("\"text\"\n", 1, 1, "not the quoted string 'text'");
  expect_error_at(MIN "---\n" MIN, 4, 1, "a second YAML document");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  expect_error_at(MIN "...\n---\nfoo: 1\n", 5, 1, "a second YAML document");
}
END_TEST

START_TEST(libyaml_errors) {
  expect_error_at("attncc: 1\nname: t\nheads:\n\tq: 1\n", 4, 1, "tabs are not allowed in YAML indentation");
  expect_error_at("attncc: 1\nname: t\nheads:\n  q: 1\n   dim: 2\n", 5, 7, "check the indentation");
  expect_error_at("attncc: 1\nname: t\nheads:\n    q: 1\n  dim: 2\n", 5, 3, "did not find expected key");
  expect_error_at("attncc: 1\nname: 'mha\nheads: {q: 1, dim: 1}\n", 2, 7,
                  "found unexpected end of stream while scanning a quoted scalar that starts here");
  expect_error_at("attncc: 1\nheads: {q: 1, dim: 1\n", 2, 8, "flow mapping");
  expect_error_at("attncc: 1\nname: [a, b\n", 2, 7, "flow sequence");
  expect_error_at("attncc: 1\nname: t\x01\n", 2, 8, "control characters are not allowed (U+0001)");
  expect_error_at("attncc: 1\nname: \"\\q\"\n", 2, 8, "unknown escape");
  expect_error_at("%YAML 9.9\n---\nattncc: 1\n", 1, 1, "incompatible YAML document");
  expect_error_at("attncc: 1\n: x\n", 2, 1, "did not find expected key");
  expect_error_at("attncc: 1\n'': x\n", 2, 1, "a key must be a name like 'heads', not the quoted string ''");
  expect_error_at("attncc: 1\n? \n: x\n", 2, 2, "a key must be a name like 'heads', not an empty value");
}
END_TEST

START_TEST(anchors_aliases_tags) {
  expect_error_at(MIN "mask: &m {causal: true}\noutput: *m\n", 4, 7, "anchors and aliases are not allowed in attncc specs (anchor '&m')");
  ck_assert_uint_eq(attncc_diags_count(D), 2);
  ck_assert_int_eq(diag(1)->line, 5);
  ck_assert_int_eq(diag(1)->col, 9);
  ck_assert_ptr_nonnull(strstr(diag(1)->message, "(alias '*m')"));
  expect_error_at(MIN "output: *undefined\n", 4, 9, "alias '*undefined'");
  expect_error_at(MIN "? *k\n: 1\n", 4, 3, "alias '*k'");
  expect_error_at(MIN "mask: !!map {causal: true}\n", 4, 7, "tags are not allowed in attncc specs (tag 'tag:yaml.org,2002:map')");
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  expect_error_at(MIN "x: !<tag:custom> [1]\n", 4, 4, "tags are not allowed");
}
END_TEST

/* Every string of a hostile spec, built in the arena. */
static char *repeat(const char *head, const char *unit, size_t n, const char *tail) {
  size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
  char *s = cc_alloc(A, hl + ul * n + tl + 1), *p = s;
  memcpy(p, head, hl), p += hl;
  for (size_t i = 0; i < n; i++) memcpy(p, unit, ul), p += ul;
  memcpy(p, tail, tl + 1);
  return s;
}

START_TEST(hostile_billion_laughs) {
  reset();
  const char *text = MIN
      "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
      "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
      "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
  ck_assert_int_eq(parse(text), -1);
  ck_assert_int_eq(diag(0)->line, 4);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "anchors and aliases are not allowed"));
  ck_assert_uint_le(attncc_diags_count(D), 12);
  /* an alias bomb inside a value that is otherwise fine */
  reset();
  char *bomb = repeat(MIN "mask: &x {causal: true}\noutput: [", "*x,", 100000, "*x]\n");
  ck_assert_int_eq(parse(bomb), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 3); /* anchor, first alias, output's type */
}
END_TEST

START_TEST(hostile_depth) {
  reset();
  char *deep = repeat(MIN "x: ", "[", 100, "");
  ck_assert_int_eq(parse(deep), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  ck_assert_int_eq(diag(0)->line, 4);
  ck_assert_int_eq(diag(0)->col, 4 + 15); /* the top-level mapping is level 1 */
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "nested deeper than 16 levels"));
  reset();
  ck_assert_int_eq(parse(repeat(MIN "x: ", "{a: ", 100, "")), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "nested deeper than 16 levels"));
  reset();
  ck_assert_int_eq(parse(repeat("", "- ", 100000, "x\n")), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "nested deeper than 16 levels"));
  /* 16 levels are fine for the reader (and then an unknown key) */
  reset();
  char *ok = repeat(MIN "x: ", "[", 15, "");
  ck_assert_int_eq(parse(cc_sprintf(A, "%s%s\n", ok, repeat("", "]", 15, ""))), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "unknown key 'x'"));
}
END_TEST

START_TEST(hostile_size) {
  reset();
  size_t n = 2u << 20;
  char *big = malloc(n);
  memset(big, '#', n);
  ck_assert_int_eq(spec_parse(A, big, n, "big.yaml", NULL, 0, &S, D), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "larger than 1 MiB"));
  /* exactly 1 MiB of comment is read (and is empty) */
  reset();
  big[SPEC_MAX_BYTES - 1] = '\n';
  ck_assert_int_eq(spec_parse(A, big, SPEC_MAX_BYTES, "big.yaml", NULL, 0, &S, D), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "the spec is empty"));
  free(big);
  /* a long flow list and a long key */
  reset();
  ck_assert_int_eq(parse(repeat(MIN "x: [", "1,", 400000, "1]\n")), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  reset();
  ck_assert_int_eq(parse(repeat(MIN, "k", 1000, ": 1\n")), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "kkkk...'"));
  ck_assert_uint_lt(strlen(diag(0)->message), 100);
  reset(); /* libyaml limits a plain key to 1024 characters */
  ck_assert_int_eq(parse(repeat(MIN, "k", 900000, ": 1\n")), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "could not find expected ':'"));
}
END_TEST

START_TEST(hostile_error_flood) {
  reset();
  ck_assert_int_eq(parse(repeat(MIN, "zz: 1\n", 50000, "")), -1);
  ck_assert_uint_eq(attncc_diags_count(D), SPEC_MAX_ERRORS + 1);
  ck_assert_ptr_nonnull(strstr(diag(SPEC_MAX_ERRORS)->message, "too many errors"));
  reset(); /* duplicates of one key stay linear */
  ck_assert_int_eq(parse(repeat(MIN, "phase: decode\n", 60000, "")), -1);
  ck_assert_uint_eq(attncc_diags_count(D), SPEC_MAX_ERRORS + 1);
}
END_TEST

START_TEST(hostile_bytes) {
  static const struct {
    const char *bytes;
    int col;
  } bad[] = {
      {"\xff", 7},         {"\xfe\xff", 7},       {"\x80", 7},         {"ab\xc3", 9},
      {"\xc0\x80", 7},     {"\xc1\xbf", 7},       {"\xe0\x80\xaf", 7}, {"\xed\xa0\x80", 7},
      {"\xf4\x90\x80\x80", 7}, {"\xf5\x80\x80\x80", 7}, {"x\xe2\x82", 8}, {"\xc3\xa9\xff", 8},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char buf[128];
    snprintf(buf, sizeof buf, "attncc: 1\nname: %s\nheads: {q: 1, dim: 1}\n", bad[i].bytes);
    expect_error_at(buf, 2, bad[i].col, "invalid UTF-8");
    ck_assert_uint_eq(attncc_diags_count(D), 1);
  }
  /* a NUL byte, which strlen would hide */
  static const char nul[] = "attncc: 1\nname: t\0x\nheads: {q: 1, dim: 1}\n";
  reset();
  ck_assert_int_eq(spec_parse(A, nul, sizeof nul - 1, "t.yaml", NULL, 0, &S, D), -1);
  ck_assert_int_eq(diag(0)->line, 2);
  ck_assert_int_eq(diag(0)->col, 8);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "NUL byte"));
  /* text is not NUL-terminated: only len bytes are read */
  reset();
  static const char cut[] = MIN "phase: prefillXXXX";
  ck_assert_int_eq(spec_parse(A, cut, sizeof cut - 1 - 4, "t.yaml", NULL, 0, &S, D), 0);
  ck_assert_int_eq(S.phase, ATTN_PREFILL);
  /* valid UTF-8 outside names is fine: comments and quoted strings */
  expect_ok("# caf\xc3\xa9 \xf0\x9f\x98\x80\n" MIN);
  /* positions count characters, not bytes */
  expect_error_at("attncc: 1 # \xc3\xa9\xc3\xa9\nname: t\nheads: {q: 1, dim: 1}\nphase: \"\xc3\xa9\" # \xc3\xa9\nmask: {x: 1}\n", 4, 8, "'\xc3\xa9' is not one of");
}
END_TEST

START_TEST(hostile_numbers) {
  static const char *const huge[] = {"99999999999999999999", "-99999999999999999999",
                                     "18446744073709551616", "9223372036854775807",
                                     "-9223372036854775808", "4294967297", "2147483648"};
  for (size_t i = 0; i < sizeof huge / sizeof *huge; i++) {
    char buf[256];
    snprintf(buf, sizeof buf, "attncc: 1\nname: t\nheads: {q: %s, dim: 1}\n", huge[i]);
    expect_error_at(buf, 3, 12, "is out of range 1..256");
    snprintf(buf, sizeof buf, "attncc: %s\nname: t\nheads: {q: 1, dim: 1}\n", huge[i]);
    expect_error_at(buf, 1, 9, "unsupported spec version");
  }
  reset();
  ck_assert_int_eq(parse(repeat(MIN "cache: {capacity: ", "9", 500000, "}\n")), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "out of range"));
  reset();
  ck_assert_int_eq(parse(repeat(MIN "scale: 0.", "0", 500000, "1\n")), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "too small"));
}
END_TEST

/* --- files ---------------------------------------------------------------------- */

START_TEST(files) {
  reset();
  ck_assert_int_eq(spec_parse_file(A, "/nonexistent/x.yaml", NULL, 0, &S, D), -1);
  ck_assert_uint_eq(attncc_diags_count(D), 1);
  ck_assert_str_eq(diag(0)->message, "cannot read '/nonexistent/x.yaml': No such file or directory");
  ck_assert_int_eq(diag(0)->line, 0);
  ck_assert_ptr_null(diag(0)->source_line);
  reset();
  ck_assert_int_eq(spec_parse_file(A, "/", NULL, 0, &S, D), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "cannot read '/'"));

  char path[] = "/tmp/attncc_spec_XXXXXX";
  FILE *f = fdopen(mkstemp(path), "wb");
  ck_assert_ptr_nonnull(f);
  for (int i = 0; i < (2 << 20) / 8; i++) fputs("#######\n", f);
  fclose(f);
  reset();
  ck_assert_int_eq(spec_parse_file(A, path, NULL, 0, &S, D), -1);
  ck_assert_ptr_nonnull(strstr(diag(0)->message, "is larger than 1 MiB"));
  f = fopen(path, "wb");
  fputs("attncc: 1\nname: from_file\nheads: {q: 4, dim: 4}\n", f);
  fclose(f);
  reset();
  const char *defs[] = {"heads.kv=2"};
  ck_assert_int_eq(spec_parse_file(A, path, defs, 1, &S, D), 0);
  ck_assert_str_eq(S.name, "from_file");
  ck_assert_int_eq(S.heads_kv, 2);
  f = fopen(path, "wb");
  fputs("attncc: 1\nname: bad\nheads: {q: 4, dim: 4}\nphase: x\n", f);
  fclose(f);
  reset();
  ck_assert_int_eq(spec_parse_file(A, path, NULL, 0, &S, D), -1);
  ck_assert_str_eq(diag(0)->file, path);
  ck_assert_str_eq(diag(0)->source_line, "phase: x");
  remove(path);

  const char *dir = getenv("SPEC_DIR");
  if (dir) {
    static const char *const good[] = {"mha", "gqa", "mqa", "odd_dims", "head_major",
                                       "prefill_causal_lse", "defaults_explicit"};
    const char *mha_canon = NULL;
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
      reset();
      char *p = cc_sprintf(A, "%s/good/%s.yaml", dir, good[i]);
      ck_assert_int_eq(spec_parse_file(A, p, NULL, 0, &S, D), 0);
      /* the canonical text is itself a spec, with the same canonical text */
      attn_spec again;
      ck_assert_int_eq(spec_parse(A, S.canonical, strlen(S.canonical), "c", NULL, 0, &again, D), 0);
      ck_assert_str_eq(again.canonical, S.canonical);
      ck_assert_uint_eq(again.hash, S.hash);
      ck_assert_int_eq(again.heads_kv, S.heads_kv);
      ck_assert_int_eq(again.type_cache, S.type_cache);
      ck_assert_double_eq(again.scale, S.scale);
      if (i == 0) mha_canon = strdup(S.canonical);
      if (i == 6) ck_assert_str_eq(S.canonical, mha_canon);
    }
    free((void *)mha_canon);
    /* every shipped spec too (rope scaling, layouts, expressions): a
     * kernel's spec_text reads back as the same spec */
    char shipped[4096]; /* not in A: reset() frees it */
    snprintf(shipped, sizeof shipped, "%s/../../specs", dir);
    DIR *d = opendir(shipped);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    for (struct dirent *e; (e = readdir(d));) {
      size_t len = strlen(e->d_name);
      if (len < 6 || strcmp(e->d_name + len - 5, ".yaml")) continue;
      reset();
      char *p = cc_sprintf(A, "%s/%s", shipped, e->d_name);
      ck_assert_msg(spec_parse_file(A, p, NULL, 0, &S, D) == 0, "%s", p);
      attn_spec again;
      ck_assert_msg(spec_parse(A, S.canonical, strlen(S.canonical), "c", NULL, 0, &again, D) == 0,
                    "%s: its canonical text does not parse:\n%s", p, S.canonical);
      ck_assert_str_eq(again.canonical, S.canonical);
      ck_assert_uint_eq(again.hash, S.hash);
      n++;
    }
    closedir(d);
    ck_assert_int_gt(n, 20);
  }
}
END_TEST

/* --- the table and the docs ----------------------------------------------------- */

/* Every implemented key's example is valid, alone, on top of a minimal spec. */
START_TEST(schema_examples) {
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    const spec_key *s = &spec_keys[k];
    int p = spec_key_parent(k);
    ck_assert(p == -1 || spec_keys[p].kind == SPEC_MAP);
    ck_assert(p == -1 || (spec_keys[p].flags & SPEC_PLANNED) <= (s->flags & SPEC_PLANNED));
    ck_assert_ptr_nonnull(s->doc);
    ck_assert_ptr_nonnull(s->example);
    ck_assert(!(s->flags & SPEC_REQ) || !s->dflt);
    if (s->flags & SPEC_PLANNED) {
      expect_define_error(MIN, cc_sprintf(A, "%s=%s", s->path, s->example), 1, "is not supported yet");
      continue;
    }
    if (s->kind == SPEC_MAP) { /* nested: rope: {scaling: {...}} */
      const char *v = p < 0 ? s->path : cc_sprintf(A, "%s: {%s", spec_keys[p].path, spec_key_leaf(k));
      expect_ok(cc_sprintf(A, "attncc: 1\nname: t\nheads: {q: 32, dim: 128}\n%s%s: %s%s\n",
                           k == SPEC_K_HEADS ? "#" : "", v, s->example, p < 0 ? "" : "}"));
      continue;
    }
    /* the latent widths apply only to cache.store: latent: their examples
     * get that context (their defaults, 0, stand alone) */
    const char *defs[4];
    int nd = 0;
    if (k == SPEC_K_CACHE_LATENT_DIM || k == SPEC_K_CACHE_ROPE_DIM) defs[nd++] = "cache.store=latent";
    if (k == SPEC_K_CACHE_ROPE_DIM) defs[nd++] = "cache.latent_dim=512";
    if (k == SPEC_K_CACHE_SHARED) defs[nd++] = "kind=cross", defs[nd++] = "cache.store=x";
    if (k == SPEC_K_CACHE_SHARED) defs[nd++] = "model.d_model=1024";
    /* the page size applies to paged caches, a window needs the causal mask */
    if (k == SPEC_K_CACHE_PAGE_SIZE) defs[nd++] = "cache.layout=paged";
    if (k == SPEC_K_MASK_WINDOW) defs[nd++] = "mask.causal=true";
    if (k == SPEC_K_MASK_SINKS) defs[nd++] = "mask.causal=true", defs[nd++] = "mask.window=64";
    if (k == SPEC_K_MASK_PREFIX_LM) defs[nd++] = "mask.causal=true";
    if (k == SPEC_K_MASK_BLOCK_SIZE) defs[nd++] = "mask.block_sparse=runtime";
    /* the scaling parameters apply only with a scaling type that uses them */
    if (k > SPEC_K_ROPE_SCALING_TYPE && k <= SPEC_K_ROPE_SCALING_ORIG) defs[nd++] = "rope.scaling.type=llama3";
    reset();
    defs[nd] = cc_sprintf(A, "%s=%s", s->path, s->example);
    ck_assert_msg(parse_d(MIN, defs, nd + 1) == 0, "example of %s", s->path);
    if (s->dflt && s->dflt[0] != '=') { /* alone (the latent widths' 0 stands alone), scaling with its type,
                                           the page size with layout paged (written on another layout, even
                                           at its default, it is an error) */
      int scaling = (k > SPEC_K_ROPE_SCALING_TYPE && k <= SPEC_K_ROPE_SCALING_ORIG) || k == SPEC_K_CACHE_PAGE_SIZE ||
                    k == SPEC_K_MASK_BLOCK_SIZE;
      reset();
      defs[0] = k == SPEC_K_CACHE_PAGE_SIZE    ? "cache.layout=paged"
                : k == SPEC_K_MASK_BLOCK_SIZE ? "mask.block_sparse=runtime"
                                              : "rope.scaling.type=llama3";
      defs[scaling] = cc_sprintf(A, "%s=%s", s->path, s->dflt);
      ck_assert_msg(parse_d(MIN, defs, scaling + 1) == 0, "default of %s", s->path);
    }
  }
}
END_TEST

static char *generate(void (*gen)(FILE *)) {
  FILE *f = tmpfile();
  gen(f);
  long n = ftell(f);
  rewind(f);
  char *s = cc_alloc(A, (size_t)n + 1);
  ck_assert_uint_eq(fread(s, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  return s;
}

START_TEST(docs) {
  char *md = generate(spec_schema_markdown);
  char *json = generate(spec_schema_json);
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    char *head = cc_sprintf(A, spec_keys[k].flags & SPEC_PLANNED ? "| `%s` |" : "### `%s`\n",
                            spec_keys[k].path);
    ck_assert_msg(strstr(md, head) != NULL, "%s not in spec.md", spec_keys[k].path);
    /* implemented keys are properties; planned ones are not (unless an
     * implemented key elsewhere has the same name) */
    char *prop = cc_sprintf(A, "\"%s\": {", spec_key_leaf(k));
    const char *leaf = spec_key_leaf(k);
    int shared = 0;
    for (int j = 0; j < SPEC_K_COUNT; j++)
      shared |= j != k && !(spec_keys[j].flags & SPEC_PLANNED) && !strcmp(spec_key_leaf(j), leaf);
    if (!(spec_keys[k].flags & SPEC_PLANNED)) ck_assert_msg(strstr(json, prop) != NULL, "%s", leaf);
    else if (!shared) ck_assert_msg(strstr(json, prop) == NULL, "%s", leaf);
  }
  ck_assert_ptr_nonnull(strstr(md, "## Planned keys"));
  ck_assert_ptr_nonnull(strstr(json, "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
  ck_assert_ptr_nonnull(strstr(json, "\"additionalProperties\": false"));
  /* the full example in spec.md is a valid spec */
  char *ex = strstr(md, "```yaml\n");
  ck_assert_ptr_nonnull(ex);
  ex += 8;
  *strstr(ex, "```") = 0;
  expect_ok(ex);
  ck_assert_int_eq(S.heads_kv, 8);
  ck_assert_int_eq(S.type_cache, ATTN_F16);
}
END_TEST

/* The compiler's ALiBi slopes against the paper's values written out by
 * hand: 8 heads 2^-1 .. 2^-8; 12 heads the same 8, then 2^-0.5, 2^-1.5,
 * 2^-2.5, 2^-3.5 (every other slope of 16 heads); 1 head 2^-8. */
START_TEST(alibi_slopes) {
  attn_spec s = {.heads_q = 8};
  for (int h = 0; h < 8; h++) ck_assert_double_eq_tol(spec_alibi_slope(&s, h), ldexp(1.0, -(h + 1)), 1e-15);
  s.heads_q = 12;
  for (int h = 0; h < 8; h++) ck_assert_double_eq_tol(spec_alibi_slope(&s, h), ldexp(1.0, -(h + 1)), 1e-15);
  static const double rest[] = {0.70710678118654752, 0.35355339059327376, 0.17677669529663688, 0.08838834764831844};
  for (int h = 8; h < 12; h++) ck_assert_double_eq_tol(spec_alibi_slope(&s, h), rest[h - 8], 1e-15);
  s.heads_q = 1;
  ck_assert_double_eq_tol(spec_alibi_slope(&s, 0), 1.0 / 256, 1e-15);
}
END_TEST

static Suite *spec_suite(void) {
  Suite *s = suite_create("spec");
  TCase *t = tcase_create("spec");
  tcase_set_timeout(t, 60);
  tcase_add_checked_fixture(t, setup, teardown);
  tcase_add_test(t, defaults);
  tcase_add_test(t, rope_keys);
  tcase_add_test(t, every_key);
  tcase_add_test(t, enum_values);
  tcase_add_test(t, int_ranges);
  tcase_add_test(t, scale_numbers);
  tcase_add_test(t, names);
  tcase_add_loop_test(t, invalid_values, 0, (int)(sizeof invalid / sizeof *invalid));
  tcase_add_test(t, no_cascades);
  tcase_add_test(t, k_only_needs_mha);
  tcase_add_test(t, many_errors);
  tcase_add_test(t, missing_required);
  tcase_add_test(t, heads_multiple);
  tcase_add_test(t, canonical_equivalence);
  tcase_add_test(t, define_replace_insert);
  tcase_add_test(t, define_errors);
  tcase_add_test(t, expression_tensors);
  tcase_add_test(t, expr_keys);
  tcase_add_test(t, tensor_keys);
  tcase_add_test(t, documents);
  tcase_add_test(t, libyaml_errors);
  tcase_add_test(t, anchors_aliases_tags);
  tcase_add_test(t, hostile_billion_laughs);
  tcase_add_test(t, hostile_depth);
  tcase_add_test(t, hostile_size);
  tcase_add_test(t, hostile_error_flood);
  tcase_add_test(t, hostile_bytes);
  tcase_add_test(t, hostile_numbers);
  tcase_add_test(t, files);
  tcase_add_test(t, schema_examples);
  tcase_add_test(t, alibi_slopes);
  tcase_add_test(t, docs);
  suite_add_tcase(s, t);
  return s;
}

int main(void) {
  SRunner *r = srunner_create(spec_suite());
  srunner_run_all(r, CK_NORMAL);
  int failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
