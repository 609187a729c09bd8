/*
 * compiler/spec/expr: the expression language of mask.expr and score.expr.
 * Canonical text and its round trip, precedence, every error with its
 * offset, the run-time semantics of docs/expressions.md through the
 * interpreter (division by zero, INT_MIN / -1, wrap-around, clamped
 * indices, promotions), and the soundness of expr_bounds checked against
 * the interpreter at every point of random boxes.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spec/expr.h"

/* bias: f32 [heads]; doc: i32 [batch, capacity]; grid: f32 [2, 3] */
static const expr_tensor T[] = {
    {"bias", EXPR_F32, 1, {{EXPR_DIM_HEADS, 0}}},
    {"doc", EXPR_I32, 2, {{EXPR_DIM_BATCH, 0}, {EXPR_DIM_CAPACITY, 0}}},
    {"grid", EXPR_F32, 2, {{EXPR_DIM_N, 2}, {EXPR_DIM_N, 3}}},
};
enum { NT = sizeof T / sizeof *T };

static expr *parse_ok(const char *text, expr_kind kind) {
  expr_error err;
  expr *e = expr_parse(text, kind, T, NT, &err);
  ck_assert_msg(e != NULL, "'%s': %d: %s", text, err.pos, err.msg);
  return e;
}

/* --- canonical text ---------------------------------------------------------- */

static const struct {
  expr_kind kind;
  const char *in, *out;
} canon[] = {
    {EXPR_MASK, "q_pos - kv_pos < 1024 || kv_pos < 4", "q_pos - kv_pos < 1024 || kv_pos < 4"},
    {EXPR_MASK, "((q_pos - kv_pos) < 1024)", "q_pos - kv_pos < 1024"},
    {EXPR_MASK, "q_pos-(kv_pos-h)<b", "q_pos - (kv_pos - h) < b"},
    {EXPR_MASK, "(q_pos-kv_pos)-h<b", "q_pos - kv_pos - h < b"},
    {EXPR_MASK, "(q_pos+kv_pos)*2>h", "(q_pos + kv_pos) * 2 > h"},
    {EXPR_MASK, "q_pos / (kv_pos * h) >= b", "q_pos / (kv_pos * h) >= b"},
    {EXPR_MASK, "q_pos < 1 + 2 * 3", "q_pos < 7"},
    {EXPR_MASK, "q_pos < (1 + 2) * 3", "q_pos < 9"},
    {EXPR_MASK, "!(q_pos < 3)", "!(q_pos < 3)"},
    {EXPR_MASK, "!!(q_pos < 3)", "!!(q_pos < 3)"},
    {EXPR_MASK, "(q_pos < 1 || b < 1) && h < 1", "(q_pos < 1 || b < 1) && h < 1"},
    {EXPR_MASK, "q_pos < 1 || (b < 1 && h < 1)", "q_pos < 1 || b < 1 && h < 1"},
    {EXPR_MASK, "(q_pos < 3) == (kv_pos < 3)", "q_pos < 3 == kv_pos < 3"},
    {EXPR_MASK, "b < 1 ? q_pos < 2 : (kv_pos < 3 ? h < 1 : b > 2)", "b < 1 ? q_pos < 2 : kv_pos < 3 ? h < 1 : b > 2"},
    {EXPR_MASK, "((b < 1 ? q_pos < 2 : h < 3) ? h < 1 : b > 2)", "(b < 1 ? q_pos < 2 : h < 3) ? h < 1 : b > 2"},
    {EXPR_MASK, "(b < 1 ? q_pos : kv_pos) < 3", "(b < 1 ? q_pos : kv_pos) < 3"},
    {EXPR_MASK, "-2147483648 < q_pos", "-2147483648 < q_pos"},
    {EXPR_MASK, "q_pos * -3 > -(kv_pos)", "q_pos * -3 > -kv_pos"},
    {EXPR_MASK, "- -q_pos > 0", "-(-q_pos) > 0"},
    {EXPR_MASK, "max(q_pos,kv_pos)-min(q_pos,kv_pos)<4", "max(q_pos, kv_pos) - min(q_pos, kv_pos) < 4"},
    {EXPR_MASK, "abs(q_pos - kv_pos) <= 8", "abs(q_pos - kv_pos) <= 8"},
    {EXPR_MASK, "doc[b,q_pos]==doc[b,kv_pos]", "doc[b, q_pos] == doc[b, kv_pos]"},
    {EXPR_MASK, "q_pos * 0.5 < kv_pos", "q_pos * 0.5 < kv_pos"},
    {EXPR_SCORE, "s + bias[h] * (kv_pos - q_pos)", "s + bias[h] * (kv_pos - q_pos)"},
    {EXPR_SCORE, "50 * tanh(s / 50)", "50.0 * tanh(s / 50.0)"},
    {EXPR_SCORE, "s * 1e-3", "s * 0.001"},
    {EXPR_SCORE, "s + .5", "s + 0.5"},
    {EXPR_SCORE, "s * 1.5e10", "s * 1.5e+10"},
    {EXPR_SCORE, "s - -2.5", "s - -2.5"},
    {EXPR_SCORE, "-(-s)", "-(-s)"},
    {EXPR_SCORE, "s + -(1.5)", "s + -1.5"},
    {EXPR_SCORE, "3", "3.0"},
    {EXPR_SCORE, "q_pos", "q_pos"},
    {EXPR_SCORE, "2147483647 + 1", "-2147483648.0"},
    {EXPR_SCORE, "exp(0)", "1.0"},
    {EXPR_SCORE, "q_pos < 3 ? s : s + 1", "q_pos < 3 ? s : s + 1.0"},
    {EXPR_SCORE, "grid[b, h] + log(1.0 * (q_pos + 1))", "grid[b, h] + log(1.0 * (q_pos + 1))"},
    {EXPR_SCORE, " \n s\t", "s"},
};

START_TEST(canonical_text) {
  expr *e = parse_ok(canon[_i].in, canon[_i].kind);
  const char *out = expr_print(e);
  ck_assert_str_eq(out, canon[_i].out);
  /* the canonical text reads back as itself */
  expr *again = parse_ok(out, canon[_i].kind);
  ck_assert_str_eq(expr_print(again), out);
  expr_free(again);
  expr_free(e);
}
END_TEST

/* --- precedence and associativity, read off the tree -------------------------------- */

START_TEST(precedence) {
  static const struct {
    const char *text;
    expr_op root, kid; /* the root and the op of the kid that shows the grouping */
    int k;
  } t[] = {
      {"q_pos < 1 || kv_pos < 1 && h < 1", EXPR_OR, EXPR_AND, 1},
      {"q_pos < 1 && kv_pos < 1 || h < 1", EXPR_OR, EXPR_AND, 0},
      {"q_pos < 1 == kv_pos < h", EXPR_EQ, EXPR_LT, 1},
      {"q_pos + kv_pos < h * b", EXPR_LT, EXPR_MUL, 1},
      {"q_pos - kv_pos - h < 0", EXPR_LT, EXPR_SUB, 0},
      {"q_pos < 1 ? h < 1 : b < 1 ? h < 2 : b < 2", EXPR_COND, EXPR_COND, 2},
      {"q_pos < 1 || b < 1 ? h < 1 : b < 1", EXPR_COND, EXPR_OR, 0},
      {"!(q_pos < 1) && b < 1", EXPR_AND, EXPR_NOT, 0},
      {"-q_pos * b < 1", EXPR_LT, EXPR_MUL, 0},
  };
  for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
    expr *e = parse_ok(t[i].text, EXPR_MASK);
    ck_assert_msg(e->root->op == t[i].root && e->root->kid[t[i].k]->op == t[i].kid, "%s", t[i].text);
    expr_free(e);
  }
  /* left-associative: (q_pos - kv_pos) - h, (q_pos * 3) % 4 */
  expr *e = parse_ok("q_pos - kv_pos - h < 0", EXPR_MASK);
  ck_assert_int_eq(e->root->kid[0]->kid[0]->op, EXPR_SUB);
  expr_free(e);
  e = parse_ok("q_pos * 3 % 4 < 0", EXPR_MASK);
  ck_assert_int_eq(e->root->kid[0]->op, EXPR_MOD);
  ck_assert_int_eq(e->root->kid[0]->kid[0]->op, EXPR_MUL);
  expr_free(e);
  /* '-' binds tighter than '*', and '!' tighter than '<' (so !q_pos < 3 is !q_pos: an error) */
  e = parse_ok("-q_pos * b < 1", EXPR_MASK);
  ck_assert_int_eq(e->root->kid[0]->kid[0]->op, EXPR_NEG);
  expr_free(e);
  expr_error err;
  ck_assert_ptr_null(expr_parse("!q_pos < 3", EXPR_MASK, T, NT, &err));
  ck_assert_str_eq(err.msg, "'!' needs a bool operand, got int");
}
END_TEST

/* --- errors ------------------------------------------------------------------------ */

static const struct {
  expr_kind kind;
  const char *text;
  int pos;
  const char *msg; /* the whole message */
} errors[] = {
    /* names */
    {EXPR_MASK, "q_ps < 3", 0, "unknown variable 'q_ps'; did you mean 'q_pos'? (variables: b, h, q_pos, kv_pos)"},
    {EXPR_MASK, "kv_pos < qpos", 9, "unknown variable 'qpos'; did you mean 'q_pos'? (variables: b, h, q_pos, kv_pos)"},
    {EXPR_SCORE, "s + zzz", 4, "unknown variable 'zzz' (variables: b, h, q_pos, kv_pos, s)"},
    {EXPR_MASK, "s > 0", 0, "'s' (the score) is not available in a mask; use score.expr to change scores"},
    {EXPR_MASK, "kv_pos < 3 && s > 0", 14, "'s' (the score) is not available in a mask; use score.expr to change scores"},
    {EXPR_SCORE, "tan(s)", 0, "unknown function 'tan'; did you mean 'tanh'? (functions: min, max, abs, exp, log, tanh)"},
    {EXPR_MASK, "foo(q_pos) < 1", 0, "unknown function 'foo' (functions: min, max, abs, exp, log, tanh)"},
    {EXPR_SCORE, "s + bais[h]", 4, "unknown tensor 'bais'; did you mean 'bias'? (tensors: bias, doc, grid)"},
    {EXPR_SCORE, "s + weights[h]", 4, "unknown tensor 'weights' (tensors: bias, doc, grid)"},
    {EXPR_MASK, "h[1] < 1", 0, "'h' is not a tensor; only tensors declared under 'tensors:' can be indexed"},
    {EXPR_SCORE, "s + bias", 4, "'bias' is a tensor: index it, like bias[h]"},
    {EXPR_MASK, "doc == 1", 0, "'doc' is a tensor: index it, like doc[b, q_pos]"},
    {EXPR_SCORE, "s + bias(h)", 4, "'bias' is a tensor: index it with [ ], not ( )"},
    {EXPR_MASK, "q_pos(1) < 1", 0, "'q_pos' is a variable, not a function"},
    {EXPR_SCORE, "exp + s", 0, "'exp' is a function: call it, like exp(x)"},
    /* arity */
    {EXPR_SCORE, "s + bias[h, b]", 4, "'bias' has 1 dimension [heads]; got 2 indices"},
    {EXPR_MASK, "doc[q_pos] == 1", 0, "'doc' has 2 dimensions [batch, capacity]; got 1 index"},
    {EXPR_SCORE, "grid[] + s", 0, "'grid' has 2 dimensions [2, 3]; got 0 indices"},
    {EXPR_SCORE, "s + bias[1, 2, 3, 4, 5]", 4, "'bias' has 1 dimension [heads]; got 5 indices"},
    {EXPR_MASK, "min(q_pos) < 1", 0, "min takes 2 arguments, got 1"},
    {EXPR_SCORE, "tanh(s, 1)", 0, "tanh takes 1 argument, got 2"},
    {EXPR_SCORE, "s + abs()", 4, "abs takes 1 argument, got 0"},
    /* types */
    {EXPR_MASK, "q_pos + (kv_pos < 3) < 1", 6, "'+' needs int or float operands, got int and bool"},
    {EXPR_MASK, "q_pos % 2.0 == 0", 6, "'%' needs int operands, got int and float"},
    {EXPR_SCORE, "s % 2", 2, "'%' needs int operands, got float and int"},
    {EXPR_MASK, "q_pos && kv_pos", 6, "'&&' needs bool operands, got int and int"},
    {EXPR_MASK, "q_pos < 1 || 2", 10, "'||' needs bool operands, got bool and int"},
    {EXPR_MASK, "!q_pos", 0, "'!' needs a bool operand, got int"},
    {EXPR_MASK, "-(q_pos < 1)", 0, "'-' needs an int or float operand, got bool"},
    {EXPR_MASK, "q_pos < kv_pos < 3", 15, "'<' needs int or float operands, got bool and int; to chain comparisons write a < b && b < c"},
    {EXPR_MASK, "(q_pos < 1) == 1", 12, "'==' compares two numbers or two bools, got bool and int"},
    {EXPR_MASK, "q_pos ? 1 < 2 : b < 3", 0, "the condition of '?:' must be bool, got int"},
    {EXPR_MASK, "q_pos < 1 ? 1 : kv_pos < 2", 10, "the branches of '?:' must have the same type, got int and bool"},
    {EXPR_SCORE, "s + bias[1.5]", 9, "index 1 of 'bias' must be int, got float"},
    {EXPR_MASK, "doc[b, q_pos < 1] == 0", 7, "index 2 of 'doc' must be int, got bool"},
    {EXPR_MASK, "max(q_pos, b < 1) > 0", 0, "'max' needs int or float arguments, got int and bool"},
    {EXPR_SCORE, "exp(q_pos < 1)", 0, "'exp' needs an int or float argument, got bool"},
    {EXPR_SCORE, "abs(q_pos < 1)", 0, "'abs' needs an int or float operand, got bool"},
    {EXPR_MASK, "q_pos + 1", 0, "a mask expression must be bool (a condition, like kv_pos <= q_pos), got int"},
    {EXPR_MASK, "  bias[h] * 2", 2, "a mask expression must be bool (a condition, like kv_pos <= q_pos), got float"},
    {EXPR_SCORE, "s < 1.0", 0, "a score expression must be float (the new score, like s + 1.0), got bool"},
    /* constant zero divisors, after folding */
    {EXPR_MASK, "q_pos / 0 < 1", 6, "division by zero: the divisor is always 0"},
    {EXPR_MASK, "q_pos % (2 - 2) < 1", 6, "modulo by zero: the divisor is always 0"},
    {EXPR_MASK, "q_pos / (3 / 4) < 1", 6, "division by zero: the divisor is always 0"},
    {EXPR_SCORE, "s / 0", 2, "division by zero: the divisor is always 0"},
    {EXPR_SCORE, "s / (1.0 - 1)", 2, "division by zero: the divisor is always 0"},
    {EXPR_SCORE, "s / -0.0", 2, "division by zero: the divisor is always 0"},
    {EXPR_SCORE, "s / log(1)", 2, "division by zero: the divisor is always 0"},
    /* literals */
    {EXPR_MASK, "q_pos < 2147483648", 8, "integer literal '2147483648' is out of range: int is 32-bit (-2147483648..2147483647)"},
    {EXPR_MASK, "-2147483649 < q_pos", 0, "integer literal '-2147483649' is out of range: int is 32-bit (-2147483648..2147483647)"},
    {EXPR_MASK, "q_pos < 99999999999999999999999", 8, "integer literal '99999999999999999999999' is out of range: int is 32-bit (-2147483648..2147483647)"},
    {EXPR_SCORE, "s * 1e39", 4, "float literal '1e39' is too large for f32"},
    {EXPR_MASK, "q_pos < 012", 8, "write '012' without leading zeros (C reads it as octal)"},
    {EXPR_MASK, "q_pos < 1e", 8, "malformed number '1e'"},
    {EXPR_MASK, "q_pos < 12abc", 8, "malformed number '12abc'"},
    {EXPR_MASK, "q_pos < 1.2.3", 8, "malformed number '1.2.3'"},
    {EXPR_SCORE, "s + inf", 4, "unknown variable 'inf' (variables: b, h, q_pos, kv_pos, s)"},
    /* syntax */
    {EXPR_MASK, "(q_pos < 3", 10, "expected ')', got the end of the expression"},
    {EXPR_MASK, "q_pos < ", 7, "expected a number, a name or '(', got the end of the expression"},
    {EXPR_MASK, "q_pos < * 3", 8, "expected a number, a name or '(', got '*'"},
    {EXPR_MASK, "q_pos = 3", 6, "unexpected '='; did you mean '=='?"},
    {EXPR_MASK, "q_pos < 1 & kv_pos < 1", 10, "unexpected '&'; did you mean '&&'?"},
    {EXPR_MASK, "q_pos < 1 | kv_pos < 1", 10, "unexpected '|'; did you mean '||'?"},
    {EXPR_MASK, "q_pos < 3)", 9, "expected an operator or the end of the expression, got ')'"},
    {EXPR_MASK, "q_pos kv_pos", 6, "expected an operator or the end of the expression, got 'kv_pos'"},
    {EXPR_MASK, "min(q_pos kv_pos) < 1", 10, "expected ')', got 'kv_pos'"},
    {EXPR_MASK, "doc[b, q_pos == 1", 17, "expected ']', got the end of the expression"},
    {EXPR_MASK, "q_pos < 3 ? b < 1", 17, "expected ':', got the end of the expression"},
    {EXPR_MASK, "q_pos @ 1", 6, "unexpected character '@'"},
    {EXPR_MASK, "q_pos < 1 \xc3\xa9", 10, "unexpected character '\xc3\xa9'"},
    {EXPR_MASK, "", 0, "the expression is empty"},
    {EXPR_MASK, "  \n ", 0, "the expression is empty"},
};

START_TEST(error_messages) {
  expr_error err = {-1, ""};
  expr *e = expr_parse(errors[_i].text, errors[_i].kind, T, NT, &err);
  ck_assert_msg(e == NULL, "'%s' parsed", errors[_i].text);
  ck_assert_msg(err.pos == errors[_i].pos && !strcmp(err.msg, errors[_i].msg), "'%s': want %d '%s', got %d '%s'",
                errors[_i].text, errors[_i].pos, errors[_i].msg, err.pos, err.msg);
}
END_TEST

START_TEST(error_without_tensors) {
  expr_error err;
  ck_assert_ptr_null(expr_parse("s + bias[h]", EXPR_SCORE, NULL, 0, &err));
  ck_assert_int_eq(err.pos, 4);
  ck_assert_str_eq(err.msg, "unknown tensor 'bias' (declare it under 'tensors:')");
}
END_TEST

/* Hostile nesting stops at EXPR_MAX_DEPTH levels, before any walk recurses deeply. */
START_TEST(error_depth) {
  char *t = malloc(EXPR_MAX_LEN + 2);
  expr_error err;
  static const char *const units[] = {"(", "-", "q_pos + ", "min(1, "};
  for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
    size_t n = 0, ul = strlen(units[u]);
    while (n + ul + 16 < EXPR_MAX_LEN) memcpy(t + n, units[u], ul), n += ul;
    strcpy(t + n, "q_pos");
    ck_assert_ptr_null(expr_parse(t, EXPR_SCORE, T, NT, &err));
    ck_assert_msg(strstr(err.msg, "nested more than 64 levels deep") != NULL, "%s: %s", units[u], err.msg);
  }
  /* 64 levels are fine: 63 additions under the comparison */
  size_t n = 0;
  for (int i = 0; i < 62; i++) n += (size_t)sprintf(t + n, "q_pos + ");
  strcpy(t + n, "q_pos < 1");
  expr *e = parse_ok(t, EXPR_MASK);
  expr_free(e);
  memset(t, ' ', EXPR_MAX_LEN + 1);
  memcpy(t, "q_pos < 1", 9);
  t[EXPR_MAX_LEN + 1] = 0;
  ck_assert_ptr_null(expr_parse(t, EXPR_MASK, T, NT, &err));
  ck_assert_str_eq(err.msg, "the expression is longer than 4096 bytes");
  free(t);
}
END_TEST

/* --- run-time semantics -------------------------------------------------------------- */

static const float bias_data[4] = {10, 20, 30, 40};
static const int32_t doc_data[2 * 3] = {1, 2, 3, 4, 5, 6};
static const float grid_data[2 * 3] = {0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f};

static expr_env env_at(int32_t b, int32_t h, int32_t q, int32_t kv, float s) {
  static expr_buf bufs[NT];
  expr_sizes sz = {.heads = 4, .kv_heads = 1, .capacity = 3, .batch = 2};
  const void *data[NT] = {bias_data, doc_data, grid_data};
  for (int t = 0; t < NT; t++) {
    bufs[t].data = data[t];
    for (int d = 0; d < T[t].rank; d++) bufs[t].dim[d] = expr_dim_resolve(T[t].dim[d], &sz);
  }
  return (expr_env){.b = b, .h = h, .q_pos = q, .kv_pos = kv, .s = s, .tensors = bufs};
}

/* The value of `text` at env, before a score's final promotion. */
static expr_value value_at(const char *text, expr_env env) {
  expr *e = parse_ok(text, EXPR_SCORE);
  const expr_node *x = e->root->op == EXPR_ITOF ? e->root->kid[0] : e->root;
  expr_value v = expr_eval_node(x, &env);
  expr_free(e);
  return v;
}

static int32_t int_at(const char *text, expr_env env) {
  expr_value v = value_at(text, env);
  ck_assert_msg(v.type == EXPR_INT, "%s is not int", text);
  return v.i;
}

static float float_at(const char *text, expr_env env) {
  expr_value v = value_at(text, env);
  ck_assert_msg(v.type == EXPR_FLOAT, "%s is not float", text);
  return v.f;
}

START_TEST(int_semantics) {
  /* truncation toward zero; the remainder has the dividend's sign */
  ck_assert_int_eq(int_at("q_pos / kv_pos", env_at(0, 0, 7, -2, 0)), -3);
  ck_assert_int_eq(int_at("q_pos % kv_pos", env_at(0, 0, 7, -2, 0)), 1);
  ck_assert_int_eq(int_at("q_pos / kv_pos", env_at(0, 0, -7, 2, 0)), -3);
  ck_assert_int_eq(int_at("q_pos % kv_pos", env_at(0, 0, -7, 2, 0)), -1);
  ck_assert_int_eq(int_at("q_pos % kv_pos", env_at(0, 0, -7, -2, 0)), -1);
  /* run-time x / 0 and x % 0 are 0 */
  ck_assert_int_eq(int_at("q_pos / kv_pos", env_at(0, 0, 7, 0, 0)), 0);
  ck_assert_int_eq(int_at("q_pos % kv_pos", env_at(0, 0, -7, 0, 0)), 0);
  /* INT_MIN / -1 = INT_MIN, INT_MIN % -1 = 0 */
  ck_assert_int_eq(int_at("q_pos / kv_pos", env_at(0, 0, INT32_MIN, -1, 0)), INT32_MIN);
  ck_assert_int_eq(int_at("q_pos % kv_pos", env_at(0, 0, INT32_MIN, -1, 0)), 0);
  ck_assert_int_eq(int_at("q_pos % kv_pos", env_at(0, 0, 5, -1, 0)), 0);
  /* wrap-around */
  ck_assert_int_eq(int_at("q_pos + 1", env_at(0, 0, INT32_MAX, 0, 0)), INT32_MIN);
  ck_assert_int_eq(int_at("q_pos - 1", env_at(0, 0, INT32_MIN, 0, 0)), INT32_MAX);
  ck_assert_int_eq(int_at("q_pos * q_pos", env_at(0, 0, 65536, 0, 0)), 0);
  ck_assert_int_eq(int_at("q_pos * kv_pos", env_at(0, 0, 65537, 65537, 0)), 131073);
  ck_assert_int_eq(int_at("-q_pos", env_at(0, 0, INT32_MIN, 0, 0)), INT32_MIN);
  ck_assert_int_eq(int_at("abs(q_pos)", env_at(0, 0, INT32_MIN, 0, 0)), INT32_MIN);
  ck_assert_int_eq(int_at("abs(q_pos)", env_at(0, 0, -5, 0, 0)), 5);
  ck_assert_int_eq(int_at("min(q_pos, kv_pos) + max(q_pos, kv_pos) * 10", env_at(0, 0, -3, 4, 0)), 37);
  ck_assert_int_eq(int_at("q_pos < kv_pos ? q_pos : kv_pos * 2", env_at(0, 0, 5, 4, 0)), 8);
  /* folded constants follow the same rules */
  ck_assert_float_eq(float_at("2147483647 + 1", env_at(0, 0, 0, 0, 0)), -2147483648.0f);
  ck_assert_float_eq(float_at("-2147483648 / -1", env_at(0, 0, 0, 0, 0)), -2147483648.0f);
  ck_assert_float_eq(float_at("-7 % 2", env_at(0, 0, 0, 0, 0)), -1.0f);
}
END_TEST

START_TEST(float_semantics) {
  /* int arithmetic first, then promotion */
  ck_assert_float_eq(float_at("q_pos / 2 + 0.5", env_at(0, 0, 3, 0, 0)), 1.5f);
  ck_assert_float_eq(float_at("q_pos / 2.0", env_at(0, 0, 3, 0, 0)), 1.5f);
  ck_assert_float_eq(float_at("min(q_pos, 2.5)", env_at(0, 0, 3, 0, 0)), 2.5f);
  ck_assert_float_eq(float_at("q_pos < 2 ? 1 : 2.5", env_at(0, 0, 1, 0, 0)), 1.0f);
  ck_assert_float_eq(float_at("exp(q_pos)", env_at(0, 0, 0, 0, 0)), 1.0f);
  ck_assert_float_eq(float_at("tanh(s)", env_at(0, 0, 0, 0, 0.5f)), tanhf(0.5f));
  ck_assert_float_eq(float_at("log(s)", env_at(0, 0, 0, 0, 2.0f)), logf(2.0f));
  ck_assert_float_eq(float_at("abs(s)", env_at(0, 0, 0, 0, -2.0f)), 2.0f);
  /* int -> float rounds to nearest (even) */
  ck_assert_float_eq(float_at("q_pos + 0.0", env_at(0, 0, 16777217, 0, 0)), 16777216.0f);
  /* IEEE: x / 0 is inf, 0 / 0 NaN; min and max ignore a NaN */
  ck_assert(isinf(float_at("s / kv_pos", env_at(0, 0, 0, 0, 1.0f))));
  ck_assert(isnan(float_at("s / kv_pos", env_at(0, 0, 0, 0, 0.0f))));
  ck_assert_float_eq(float_at("min(s, 1.0)", env_at(0, 0, 0, 0, NAN)), 1.0f);
  ck_assert_float_eq(float_at("max(1.0, s)", env_at(0, 0, 0, 0, NAN)), 1.0f);
  /* comparisons: NaN is unordered */
  expr *e = parse_ok("q_pos == 3.0 && kv_pos * 1.0 != 2", EXPR_MASK);
  ck_assert_int_eq(expr_eval(e, &(expr_env){.q_pos = 3, .kv_pos = 1}).i, 1);
  ck_assert_int_eq(expr_eval(e, &(expr_env){.q_pos = 3, .kv_pos = 2}).i, 0);
  expr_free(e);
  e = parse_ok("q_pos < 3 ? s : s + 1", EXPR_SCORE);
  expr_env env = env_at(0, 0, 5, 0, 2.0f);
  ck_assert_float_eq(expr_eval(e, &env).f, 3.0f);
  env.s = NAN;
  ck_assert(isnan(expr_eval(e, &env).f));
  expr_free(e);
}
END_TEST

START_TEST(tensor_semantics) {
  /* f32 [heads] = 4 and i32 [batch, capacity] = [2, 3]; indices clamp to the shape */
  ck_assert_float_eq(float_at("bias[h]", env_at(0, 2, 0, 0, 0)), 30.0f);
  ck_assert_float_eq(float_at("bias[h]", env_at(0, -5, 0, 0, 0)), 10.0f);
  ck_assert_float_eq(float_at("bias[h]", env_at(0, 100, 0, 0, 0)), 40.0f);
  ck_assert_float_eq(float_at("bias[h]", env_at(0, INT32_MIN, 0, 0, 0)), 10.0f);
  ck_assert_int_eq(int_at("doc[b, q_pos]", env_at(1, 0, 2, 0, 0)), 6);
  ck_assert_int_eq(int_at("doc[b, q_pos]", env_at(0, 0, 1, 0, 0)), 2);
  ck_assert_int_eq(int_at("doc[b, q_pos]", env_at(5, 0, -1, 0, 0)), 4);
  ck_assert_int_eq(int_at("doc[b, q_pos] * 2", env_at(1, 0, 1, 0, 0)), 10);
  ck_assert_float_eq(float_at("grid[b, h]", env_at(1, 2, 0, 0, 0)), 5.5f);
  ck_assert_float_eq(float_at("grid[q_pos - 1, h + 1]", env_at(0, 0, 2, 0, 0)), 4.5f);
  /* the relative bias of DESIGN.md 2 */
  ck_assert_float_eq(float_at("s + bias[h] * (kv_pos - q_pos)", env_at(0, 1, 10, 7, 0.25f)), 0.25f - 60.0f);
  /* document masking */
  expr *e = parse_ok("doc[b, q_pos] == doc[b, kv_pos] && kv_pos <= q_pos", EXPR_MASK);
  expr_env at = env_at(0, 0, 2, 1, 0); /* documents 3 and 2 */
  ck_assert_int_eq(expr_eval(e, &at).i, 0);
  static const int32_t same[6] = {7, 7, 7, 8, 8, 8};
  expr_buf bufs[NT] = {{bias_data, {4}}, {same, {2, 3}}, {grid_data, {2, 3}}};
  expr_env env = {.b = 0, .q_pos = 2, .kv_pos = 1, .tensors = bufs};
  ck_assert_int_eq(expr_eval(e, &env).i, 1);
  env.kv_pos = 3; /* clamped to 2: same document, but kv_pos > q_pos */
  ck_assert_int_eq(expr_eval(e, &env).i, 0);
  expr_free(e);
}
END_TEST

START_TEST(uses) {
  expr *e = parse_ok("doc[b, q_pos] == doc[b, kv_pos]", EXPR_MASK);
  expr_use u = expr_uses(e);
  ck_assert_uint_eq(u.vars, 1u << EXPR_V_B | 1u << EXPR_V_Q_POS | 1u << EXPR_V_KV_POS);
  ck_assert_uint_eq(u.tensors, 1u << 1);
  expr_free(e);
  e = parse_ok("s + bias[h] * 2", EXPR_SCORE);
  u = expr_uses(e);
  ck_assert_uint_eq(u.vars, 1u << EXPR_V_S | 1u << EXPR_V_H);
  ck_assert_uint_eq(u.tensors, 1u << 0);
  expr_free(e);
  e = parse_ok("kv_pos <= q_pos", EXPR_MASK);
  u = expr_uses(e);
  ck_assert_uint_eq(u.vars, 1u << EXPR_V_Q_POS | 1u << EXPR_V_KV_POS);
  ck_assert_uint_eq(u.tensors, 0);
  expr_free(e);
}
END_TEST

START_TEST(dims) {
  expr_dim d;
  expr_sizes sz = {.heads = 32, .kv_heads = 8, .capacity = 4096, .batch = 3};
  ck_assert_int_eq(expr_dim_parse("heads", 5, &d), 0);
  ck_assert_int_eq(expr_dim_resolve(d, &sz), 32);
  ck_assert_int_eq(expr_dim_parse("kv_heads", 8, &d), 0);
  ck_assert_int_eq(expr_dim_resolve(d, &sz), 8);
  ck_assert_int_eq(expr_dim_parse("capacity", 8, &d), 0);
  ck_assert_int_eq(expr_dim_resolve(d, &sz), 4096);
  ck_assert_int_eq(expr_dim_parse("batch", 5, &d), 0);
  ck_assert_int_eq(expr_dim_resolve(d, &sz), 3);
  ck_assert_int_eq(expr_dim_parse("16777216", 8, &d), 0);
  ck_assert_int_eq(expr_dim_resolve(d, &sz), 16777216);
  ck_assert_int_eq(expr_dim_parse("1", 1, &d), 0);
  static const char *const bad[] = {"0", "016", "16777217", "99999999999999999999", "h", "", "-1", "heads.q", "1.5"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    ck_assert_msg(expr_dim_parse(bad[i], strlen(bad[i]), &d) == -1, "%s", bad[i]);
  ck_assert(expr_is_reserved("q_pos", 5) && expr_is_reserved("tanh", 4) && expr_is_reserved("s", 1));
  ck_assert(!expr_is_reserved("bias", 4) && !expr_is_reserved("heads", 5));
}
END_TEST

/* --- bounds ---------------------------------------------------------------------------- */

static expr_box box_of(int32_t b0, int32_t b1, int32_t h0, int32_t h1, int32_t q0, int32_t q1, int32_t k0, int32_t k1) {
  return (expr_box){{b0, h0, q0, k0}, {b1, h1, q1, k1}};
}

enum { N_FILLS = 4 };

/* Every point of the box, through the interpreter: 0 when `claim` holds
 * (UNKNOWN always does), else the number of points that break it.  The
 * tensors hold one value everywhere: fill 0..3 is -1, 0, 1, and 1 with
 * NaN in the f32 tensors. */
static long violations(const expr *e, const expr_box *x, expr_truth claim, int fill) {
  int32_t ones[16];
  float f[16];
  for (int i = 0; i < 16; i++) ones[i] = fill < 3 ? fill - 1 : 1, f[i] = fill < 3 ? (float)(fill - 1) : NAN;
  expr_buf bufs[NT] = {{f, {4}}, {ones, {2, 3}}, {f, {2, 3}}};
  long bad = 0;
  if (claim == EXPR_UNKNOWN) return 0;
  for (int64_t b = x->lo[0]; b <= x->hi[0]; b++)
    for (int64_t h = x->lo[1]; h <= x->hi[1]; h++)
      for (int64_t q = x->lo[2]; q <= x->hi[2]; q++)
        for (int64_t k = x->lo[3]; k <= x->hi[3]; k++) {
          expr_env env = {(int32_t)b, (int32_t)h, (int32_t)q, (int32_t)k, 0, bufs};
          bad += expr_eval(e, &env).i != (claim == EXPR_ALWAYS_TRUE);
        }
  return bad;
}

static expr_truth bounds_of(const char *text, expr_box x) {
  expr *e = parse_ok(text, EXPR_MASK);
  expr_truth t = expr_bounds(e, &x);
  for (int fill = 0; fill < N_FILLS; fill++)
    ck_assert_msg(violations(e, &x, t, fill) == 0, "%s: unsound claim %d (fill %d)", text, t, fill);
  expr_free(e);
  return t;
}

START_TEST(bounds_decide) {
  /* causal over tiles below, above and on the diagonal */
  ck_assert_int_eq(bounds_of("kv_pos <= q_pos", box_of(0, 0, 0, 0, 100, 163, 0, 63)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("kv_pos <= q_pos", box_of(0, 0, 0, 0, 0, 63, 64, 127)), EXPR_ALWAYS_FALSE);
  ck_assert_int_eq(bounds_of("kv_pos <= q_pos", box_of(0, 0, 0, 0, 0, 63, 0, 63)), EXPR_UNKNOWN);
  /* a window, far from and near the query */
  ck_assert_int_eq(bounds_of("q_pos - kv_pos < 1024", box_of(0, 3, 0, 7, 5000, 5063, 0, 63)), EXPR_ALWAYS_FALSE);
  ck_assert_int_eq(bounds_of("q_pos - kv_pos < 1024", box_of(0, 3, 0, 7, 100, 163, 0, 63)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("q_pos - kv_pos < 1024", box_of(0, 0, 0, 0, 1000, 1063, 0, 63)), EXPR_UNKNOWN);
  /* sinks or window: the sinks decide on their tile, the window elsewhere */
  const char *sw = "kv_pos < 4 || q_pos - kv_pos < 1024";
  ck_assert_int_eq(bounds_of(sw, box_of(0, 0, 0, 0, 5000, 5063, 0, 3)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of(sw, box_of(0, 0, 0, 0, 5000, 5063, 64, 127)), EXPR_ALWAYS_FALSE);
  ck_assert_int_eq(bounds_of(sw, box_of(0, 0, 0, 0, 5000, 5063, 0, 63)), EXPR_UNKNOWN);
  /* sliding window + causal, prefix LM */
  const char *win = "kv_pos <= q_pos && q_pos - kv_pos < 256";
  ck_assert_int_eq(bounds_of(win, box_of(0, 0, 0, 0, 300, 363, 0, 31)), EXPR_ALWAYS_FALSE);
  ck_assert_int_eq(bounds_of(win, box_of(0, 0, 0, 0, 300, 363, 100, 163)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of(win, box_of(0, 0, 0, 0, 300, 363, 200, 299)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of(win, box_of(0, 0, 0, 0, 300, 363, 300, 363)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of(win, box_of(0, 0, 0, 0, 300, 363, 364, 400)), EXPR_ALWAYS_FALSE);
  ck_assert_int_eq(bounds_of("kv_pos < 64 || kv_pos <= q_pos", box_of(0, 0, 0, 0, 0, 15, 32, 63)), EXPR_ALWAYS_TRUE);
  /* a tensor or an unknown side is decided only by the other side */
  ck_assert_int_eq(bounds_of("doc[b, q_pos] == doc[b, kv_pos]", box_of(0, 1, 0, 0, 0, 2, 0, 2)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("doc[b, q_pos] == 1 && kv_pos <= q_pos", box_of(0, 1, 0, 0, 0, 2, 3, 5)),
                   EXPR_ALWAYS_FALSE);
  ck_assert_int_eq(bounds_of("bias[h] > 0.0 || kv_pos <= q_pos", box_of(0, 1, 0, 3, 3, 5, 0, 2)), EXPR_ALWAYS_TRUE);
  /* ?:, % and / */
  ck_assert_int_eq(bounds_of("(q_pos < 10 ? kv_pos : -1) < 100", box_of(0, 0, 0, 0, 0, 9, 0, 99)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("kv_pos % 64 < 64", box_of(0, 0, 0, 0, 0, 0, 0, 1000)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("kv_pos % q_pos < 10", box_of(0, 0, 0, 0, 10, 20, 0, 9)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("kv_pos % q_pos < 9", box_of(0, 0, 0, 0, 10, 20, 0, 9)), EXPR_UNKNOWN);
  /* |a % b| <= max |b| - 1, with the dividend's sign: -7 % 4 = -3, 7 % 4 = 3 */
  ck_assert_int_eq(bounds_of("kv_pos % q_pos > -3", box_of(0, 0, 0, 0, 3, 4, -7, -5)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("kv_pos % q_pos > -4", box_of(0, 0, 0, 0, 3, 4, -7, -5)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("kv_pos % q_pos < 3", box_of(0, 0, 0, 0, -4, -3, 5, 7)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("kv_pos % q_pos < 4", box_of(0, 0, 0, 0, -4, -3, 5, 7)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("kv_pos % q_pos <= 0", box_of(0, 0, 0, 0, -4, 3, -7, 0)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("kv_pos / 64 == q_pos / 64", box_of(0, 0, 0, 0, 128, 191, 0, 63)), EXPR_ALWAYS_FALSE);
  ck_assert_int_eq(bounds_of("kv_pos / 64 == q_pos / 64", box_of(0, 0, 0, 0, 64, 127, 64, 127)), EXPR_ALWAYS_TRUE);
  /* floats: promotion keeps the interval */
  ck_assert_int_eq(bounds_of("q_pos * 0.5 < kv_pos", box_of(0, 0, 0, 0, 0, 10, 6, 9)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("exp(q_pos) > 0.0", box_of(0, 0, 0, 0, 0, 10, 6, 9)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("q_pos * 1.0 != kv_pos", box_of(0, 0, 0, 0, 0, 5, 6, 9)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("bias[h] != 2.0 || q_pos > 7", box_of(0, 0, 0, 0, 0, 5, 6, 9)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("min(bias[h], 1.0) <= 1.0", box_of(0, 0, 0, 0, 0, 5, 6, 9)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("min(bias[h], 1.0) < 1.0", box_of(0, 0, 0, 0, 0, 5, 6, 9)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("max(bias[h], q_pos * 1.0) >= 0.0", box_of(0, 0, 0, 0, 0, 5, 6, 9)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("max(bias[h], bias[h]) >= 0.0", box_of(0, 0, 0, 0, 0, 5, 6, 9)), EXPR_UNKNOWN);
}
END_TEST

/* Overflow wraps: an analysis that ignored it would claim these wrongly. */
START_TEST(bounds_overflow) {
  /* 1..10 + INT_MAX wraps negative everywhere: not ALWAYS_TRUE */
  ck_assert_int_eq(bounds_of("q_pos + 2147483647 > 0", box_of(0, 0, 0, 0, 1, 10, 0, 0)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("q_pos * 65536 >= 0", box_of(0, 0, 0, 0, 32767, 32768, 0, 0)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("-q_pos > 0", box_of(0, 0, 0, 0, INT32_MIN, INT32_MIN + 3, 0, 0)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("abs(q_pos) >= 0", box_of(0, 0, 0, 0, INT32_MIN, INT32_MIN + 3, 0, 0)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("q_pos / kv_pos < 0", box_of(0, 0, 0, 0, INT32_MIN, INT32_MIN, -1, -1)), EXPR_UNKNOWN);
  ck_assert_int_eq(bounds_of("q_pos / kv_pos != 0", box_of(0, 0, 0, 0, 5, 9, -1, 1)), EXPR_UNKNOWN);
  /* without overflow the same shapes are decided */
  ck_assert_int_eq(bounds_of("q_pos + 2147483637 > 0", box_of(0, 0, 0, 0, 1, 10, 0, 0)), EXPR_ALWAYS_TRUE);
  ck_assert_int_eq(bounds_of("abs(q_pos) >= 0", box_of(0, 0, 0, 0, -5, 3, 0, 0)), EXPR_ALWAYS_TRUE);
}
END_TEST

/* The checker of claims catches wrong ones: a test that cannot fail proves nothing. */
START_TEST(bounds_checker_catches) {
  expr *e = parse_ok("q_pos < 5", EXPR_MASK);
  expr_box x = box_of(0, 0, 0, 0, 3, 7, 0, 0);
  ck_assert_int_eq(expr_bounds(e, &x), EXPR_UNKNOWN);
  ck_assert_int_eq(violations(e, &x, EXPR_ALWAYS_TRUE, 0), 3);
  ck_assert_int_eq(violations(e, &x, EXPR_ALWAYS_FALSE, 0), 2);
  expr_free(e);
  /* NaN in a tensor: bias[h] != bias[h] is true there, false elsewhere */
  e = parse_ok("bias[h] != bias[h]", EXPR_MASK);
  ck_assert_int_eq(expr_bounds(e, &x), EXPR_UNKNOWN);
  ck_assert_int_eq(violations(e, &x, EXPR_ALWAYS_FALSE, 1), 0);
  ck_assert_int_eq(violations(e, &x, EXPR_ALWAYS_FALSE, 3), 5);
  expr_free(e);
}
END_TEST

/* --- random expressions over random boxes --------------------------------------------- */

static uint64_t rng;
static uint32_t rnd(uint32_t n) {
  rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(rng >> 33) % n;
}

typedef struct gen {
  char buf[2048];
  size_t n;
} gen;

static void emit(gen *g, const char *s) {
  size_t l = strlen(s);
  if (g->n + l < sizeof g->buf) memcpy(g->buf + g->n, s, l), g->n += l;
  g->buf[g->n] = 0;
}

static void gen_int(gen *g, int depth);
static void gen_bool(gen *g, int depth);
static void gen_float(gen *g, int depth);

/* (a OP b), each side one level less deep */
static void gen_binary(gen *g, int depth, void (*side)(gen *, int), const char *op) {
  emit(g, "(");
  side(g, depth - 1);
  emit(g, op);
  side(g, depth - 1);
  emit(g, ")");
}

/* (c ? a : b), c a bool, a and b from `side` */
static void gen_cond(gen *g, int depth, void (*side)(gen *, int)) {
  emit(g, "(");
  gen_bool(g, depth - 1);
  emit(g, " ? ");
  side(g, depth - 1);
  emit(g, " : ");
  side(g, depth - 1);
  emit(g, ")");
}

static void gen_lit(gen *g) {
  static const char *const lits[] = {"0", "1", "2", "3", "-1", "-3", "4", "7", "64", "1000", "-1000",
                                     "2147483647", "-2147483648", "65536", "46341"};
  emit(g, lits[rnd(sizeof lits / sizeof *lits)]);
}

static void gen_int(gen *g, int depth) {
  static const char *const vars[] = {"b", "h", "q_pos", "kv_pos"};
  static const char *const ops[] = {" + ", " - ", " * ", " / ", " % "};
  uint32_t r = depth <= 0 ? rnd(2) : rnd(9);
  switch (r) {
  case 0: emit(g, vars[rnd(4)]); return;
  case 1: gen_lit(g); return;
  case 2:
  case 3:
  case 4: gen_binary(g, depth, gen_int, ops[rnd(5)]); return;
  case 5:
    emit(g, rnd(2) ? "min(" : "max(");
    gen_int(g, depth - 1);
    emit(g, ", ");
    gen_int(g, depth - 1);
    emit(g, ")");
    return;
  case 6:
    emit(g, rnd(2) ? "abs(" : "-(");
    gen_int(g, depth - 1);
    emit(g, ")");
    return;
  case 7: gen_cond(g, depth, gen_int); return;
  default: /* a tensor element: unknown to the analysis */
    emit(g, rnd(2) ? "doc[b, q_pos]" : "doc[h, kv_pos]");
    return;
  }
}

/* A float built from ints, so that float comparisons are exercised too. */
static void gen_float(gen *g, int depth) {
  static const char *const ops[] = {" + ", " - ", " * "};
  switch (rnd(4)) {
  case 0: emit(g, "("); gen_int(g, depth - 1); emit(g, " * 0.5)"); return;
  case 1: emit(g, "("); gen_int(g, depth - 1); emit(g, ops[rnd(3)]); gen_int(g, depth - 1); emit(g, " * 1.0)"); return;
  case 2: emit(g, "min("); gen_int(g, depth - 1); emit(g, ", 2.5)"); return;
  default: emit(g, rnd(2) ? "bias[h]" : "(-1.5)"); return;
  }
}

static void gen_bool(gen *g, int depth) {
  static const char *const cmps[] = {" < ", " <= ", " > ", " >= ", " == ", " != "};
  uint32_t r = depth <= 0 ? 0 : rnd(7);
  switch (r) {
  case 0:
  case 1:
  case 2: gen_binary(g, depth, gen_int, cmps[rnd(6)]); return;
  case 3: gen_binary(g, depth, gen_float, cmps[rnd(6)]); return;
  case 4: gen_binary(g, depth, gen_bool, rnd(2) ? " && " : rnd(2) ? " || " : rnd(2) ? " == " : " != "); return;
  case 5:
    emit(g, "!");
    gen_bool(g, depth - 1);
    return;
  default: gen_cond(g, depth, gen_bool); return;
  }
}

/* A range of 1..4 values around 0, a tile-like offset, or the ends of int32. */
static void gen_range(int32_t *lo, int32_t *hi) {
  int64_t base;
  switch (rnd(5)) {
  case 0: base = (int64_t)rnd(9) - 4; break;
  case 1: base = rnd(2000); break;
  case 2: base = 64 * (int64_t)rnd(40); break;
  case 3: base = INT32_MAX - (int64_t)rnd(6); break;
  default: base = INT32_MIN + (int64_t)rnd(3); break;
  }
  int64_t w = rnd(4), l = base, h = base + w;
  if (h > INT32_MAX) l -= h - INT32_MAX, h = INT32_MAX;
  *lo = (int32_t)l;
  *hi = (int32_t)h;
}

START_TEST(bounds_random) {
  rng = 0x5eed0000u + (uint64_t)_i;
  long decided = 0, tried = 0;
  for (int n = 0; n < 500; n++) {
    gen g = {.n = 0};
    gen_bool(&g, 1 + (int)rnd(4));
    expr_error err;
    expr *e = expr_parse(g.buf, EXPR_MASK, T, NT, &err);
    if (!e) { /* a divisor that folds to 0 */
      ck_assert_msg(strstr(err.msg, "by zero") != NULL, "%s: %s", g.buf, err.msg);
      continue;
    }
    for (int j = 0; j < 4; j++) {
      expr_box x;
      for (int v = 0; v < 4; v++) gen_range(&x.lo[v], &x.hi[v]);
      expr_truth t = expr_bounds(e, &x);
      tried++;
      decided += t != EXPR_UNKNOWN;
      for (int fill = 0; fill < N_FILLS; fill++)
        ck_assert_msg(violations(e, &x, t, fill) == 0,
                      "%s over b [%d, %d] h [%d, %d] q_pos [%d, %d] kv_pos [%d, %d]: claim %d is wrong", g.buf,
                      x.lo[0], x.hi[0], x.lo[1], x.hi[1], x.lo[2], x.hi[2], x.lo[3], x.hi[3], t);
    }
    expr_free(e);
  }
  /* not useless: most random comparisons over small boxes are decided */
  ck_assert_msg(decided * 3 > tried, "decided %ld of %ld", decided, tried);
}
END_TEST

static Suite *expr_suite(void) {
  Suite *s = suite_create("expr");
  TCase *t = tcase_create("expr");
  tcase_set_timeout(t, 60);
  tcase_add_loop_test(t, canonical_text, 0, (int)(sizeof canon / sizeof *canon));
  tcase_add_test(t, precedence);
  tcase_add_loop_test(t, error_messages, 0, (int)(sizeof errors / sizeof *errors));
  tcase_add_test(t, error_without_tensors);
  tcase_add_test(t, error_depth);
  tcase_add_test(t, int_semantics);
  tcase_add_test(t, float_semantics);
  tcase_add_test(t, tensor_semantics);
  tcase_add_test(t, uses);
  tcase_add_test(t, dims);
  tcase_add_test(t, bounds_decide);
  tcase_add_test(t, bounds_overflow);
  tcase_add_test(t, bounds_checker_catches);
  tcase_add_loop_test(t, bounds_random, 0, 4);
  suite_add_tcase(s, t);
  return s;
}

int main(void) {
  SRunner *r = srunner_create(expr_suite());
  srunner_run_all(r, CK_NORMAL);
  int failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
