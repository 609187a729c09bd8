/*
 * compiler/spec/expr: the expression language of mask.expr and score.expr
 * (issue 7; docs/expressions.md is its reference).
 *
 *   text --expr_parse--> typed, constant-folded AST (one arena per expr)
 *        --expr_eval--> one element's value (the reference interpreter)
 *        --expr_bounds--> what a mask is over a box of positions (tile skipping)
 *        --expr_print--> canonical text
 *
 * The semantics are total: no expression traps or has side effects (x / 0
 * is 0, tensor indices are clamped), so evaluation order is unobservable and
 * the code generator may evaluate both sides of ?: && ||.
 */
#ifndef ATTNCC_SPEC_EXPR_H
#define ATTNCC_SPEC_EXPR_H

#include <stddef.h>
#include <stdint.h>

#include "../common.h"

enum {
  EXPR_MAX_RANK = 4,    /* dimensions of a tensor */
  EXPR_MAX_TENSORS = 16,
  EXPR_MAX_DEPTH = 64,  /* levels of the AST: bounds the recursion of every walk */
  EXPR_MAX_LEN = 4096   /* bytes of expression text */
};

typedef enum expr_type { EXPR_INT, EXPR_FLOAT, EXPR_BOOL } expr_type;

/* What an expression is for: a mask (bool; s not available) or a score
 * modifier (float; an int result is promoted). */
typedef enum expr_kind { EXPR_MASK, EXPR_SCORE } expr_kind;

typedef enum expr_var { EXPR_V_B, EXPR_V_H, EXPR_V_Q_POS, EXPR_V_KV_POS, EXPR_V_S } expr_var;

typedef enum expr_op {
  EXPR_LIT,   /* i (INT), f (FLOAT) */
  EXPR_VAR,   /* var */
  EXPR_INDEX, /* tensor[kid[0], ..]: n kids */
  EXPR_ITOF,  /* int -> float, inserted by the type checker; never printed */
  EXPR_NEG, EXPR_NOT, EXPR_ABS, EXPR_EXP, EXPR_LOG, EXPR_TANH,          /* one kid */
  EXPR_ADD, EXPR_SUB, EXPR_MUL, EXPR_DIV, EXPR_MOD,                      /* two kids */
  EXPR_LT, EXPR_LE, EXPR_GT, EXPR_GE, EXPR_EQ, EXPR_NE, EXPR_AND, EXPR_OR,
  EXPR_MIN, EXPR_MAX,
  EXPR_COND   /* kid[0] ? kid[1] : kid[2] */
} expr_op;

typedef struct expr_node expr_node;
struct expr_node {
  expr_op op;
  expr_type type;
  int pos;          /* byte offset of its token: operator, name, literal, '?' */
  int start;        /* byte offset of its leftmost token */
  int n;            /* number of kids */
  expr_node *kid[EXPR_MAX_RANK]; /* EXPR_MAX_RANK >= 3: ?: has three */
  int32_t i;        /* LIT INT */
  float f;          /* LIT FLOAT */
  expr_var var;     /* VAR */
  int tensor;       /* INDEX: index into expr.tensors */
};

/* A tensor dimension: an integer, or a size the caller resolves. */
typedef enum expr_dim_kind {
  EXPR_DIM_N,        /* n */
  EXPR_DIM_HEADS,    /* heads.q */
  EXPR_DIM_KV_HEADS, /* heads.kv */
  EXPR_DIM_CAPACITY, /* cache.capacity */
  EXPR_DIM_BATCH     /* the call's batch (run time) */
} expr_dim_kind;

typedef struct expr_dim {
  expr_dim_kind kind;
  int n;
} expr_dim;

typedef enum expr_elem { EXPR_F32, EXPR_I32 } expr_elem;

/* A run-time tensor declared in the spec's `tensors:`. */
typedef struct expr_tensor {
  const char *name;
  expr_elem elem;
  int rank;
  expr_dim dim[EXPR_MAX_RANK];
} expr_tensor;

/* The sizes a symbolic dimension stands for. */
typedef struct expr_sizes {
  int heads, kv_heads, capacity, batch;
} expr_sizes;

/* "heads kv_heads capacity batch": the words a dimension may be. */
extern const char expr_dim_words[];
/* A dimension from its text: a decimal integer in 1..2^24 or one of
 * expr_dim_words.  Returns 0, or -1 when it is neither. */
int expr_dim_parse(const char *s, size_t len, expr_dim *out);
int expr_dim_resolve(expr_dim d, const expr_sizes *sz);
/* Whether `s` names a variable or a function (not a valid tensor name). */
int expr_is_reserved(const char *s, size_t len);

/* A parsed, checked expression; everything it points to lives in its own
 * arena, released by expr_free. */
typedef struct expr {
  cc_arena *arena;
  expr_kind kind;
  expr_node *root;     /* type: BOOL for a mask, FLOAT for a score */
  const char *text;    /* the source, copied */
  int n_tensors;
  expr_tensor *tensors; /* the declarations it was checked against, copied */
} expr;

/* The first error found: where (a byte offset into the text) and what. */
typedef struct expr_error {
  int pos;
  char msg[256];
} expr_error;

/*
 * Lexes, parses, type-checks and constant-folds `text` (NUL-terminated) as
 * an expression of `kind` over the declared tensors.  Returns the expr, or
 * null with the first error in *err: syntax errors come first (left to
 * right), then name and type errors (in the order of a left-to-right walk).
 */
expr *expr_parse(const char *text, expr_kind kind, const expr_tensor *tensors, int n_tensors,
                 expr_error *err);
void expr_free(expr *e);
/* Moves e's arena into `a` (e->arena becomes a): e then lives as long as a
 * and is released with it, never by expr_free. */
void expr_move(expr *e, cc_arena *a);

/* --- evaluation ------------------------------------------------------------ */

typedef struct expr_value {
  expr_type type;
  int32_t i; /* INT; BOOL: 0 or 1 */
  float f;   /* FLOAT */
} expr_value;

/* One tensor's data (row-major, float or int32_t as declared) and its
 * resolved dimensions. */
typedef struct expr_buf {
  const void *data;
  int dim[EXPR_MAX_RANK];
} expr_buf;

/* One element: its batch, head, positions and score, and the tensors in
 * declaration order. */
typedef struct expr_env {
  int32_t b, h, q_pos, kv_pos;
  float s;
  const expr_buf *tensors;
} expr_env;

/* The reference interpreter: the value of `e` at one element. */
expr_value expr_eval(const expr *e, const expr_env *env);
/* One node's value; env may be null for a subtree of literals (constant
 * folding uses it, so folded and run-time values agree). */
expr_value expr_eval_node(const expr_node *x, const expr_env *env);

/* A spec's mask.expr and score.expr (either may be null) as the reference's
 * callbacks (attnrt_ref_mods in include/attncc/attnrt.h, ctx an
 * expr_pair): whether the key counts, and the score replacing s; the
 * tensors they read in declaration order (null when they read none). */
typedef struct expr_pair {
  const expr *mask, *score;
  const expr_buf *tensors;
} expr_pair;
int expr_pair_visible(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos);
double expr_pair_score(void *ctx, int32_t b, int32_t h, int32_t q_pos, int32_t kv_pos, double s);

/* --- analysis -------------------------------------------------------------- */

/* Inclusive ranges of the position variables: a tile of the kernel. */
typedef struct expr_box {
  int32_t lo[4], hi[4]; /* indexed by EXPR_V_B .. EXPR_V_KV_POS */
} expr_box;

typedef enum expr_truth { EXPR_UNKNOWN, EXPR_ALWAYS_FALSE, EXPR_ALWAYS_TRUE } expr_truth;

/* What a bool expression is at every point of the box.  Sound: ALWAYS_*
 * is returned only when it holds at every point, whatever s and the
 * tensors hold. */
expr_truth expr_bounds(const expr *e, const expr_box *box);

/* What an expression reads: bits (1 << expr_var) in vars, (1 << tensor
 * index) in tensors.  Position-only: no s and no tensors. */
typedef struct expr_use {
  unsigned vars, tensors;
} expr_use;
expr_use expr_uses(const expr *e);

/* --- text ------------------------------------------------------------------- */

/* Canonical text (in e's arena): minimal parentheses, one space around
 * binary operators, ", " between arguments, literals folded, floats with
 * 9 significant digits; parsing it gives the same AST. */
const char *expr_print(const expr *e);

#endif
