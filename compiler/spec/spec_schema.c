/*
 * The schema table (spec_schema.def) expanded, the lookups and "did you
 * mean" driven by it, and the two documents generated from it:
 * docs/spec.md (spec_schema_markdown) and docs/spec.schema.json
 * (spec_schema_json).
 */
#include "spec.h"

#include <ctype.h>
#include <string.h>

const spec_key spec_keys[SPEC_K_COUNT] = {
#define SPEC_KEY(id, path, kind, flags, min, max, values, later, dflt, doc, example) \
  {path, SPEC_##kind, flags, min, max, values, later, dflt, doc, example},
#define REQ SPEC_REQ
#define PLANNED SPEC_PLANNED
#define OPT SPEC_OPT
#define NONDEF SPEC_NONDEF
#include "spec_schema.def"
#undef NONDEF
#undef OPT
#undef PLANNED
#undef REQ
#undef SPEC_KEY
};

const char *spec_key_leaf(int k) {
  const char *dot = strrchr(spec_keys[k].path, '.');
  return dot ? dot + 1 : spec_keys[k].path;
}

int spec_key_parent(int k) {
  const char *dot = strrchr(spec_keys[k].path, '.');
  return dot ? spec_key_lookup(spec_keys[k].path, (size_t)(dot - spec_keys[k].path)) : -1;
}

int spec_key_lookup(const char *path, size_t len) {
  for (int k = 0; k < SPEC_K_COUNT; k++)
    if (strlen(spec_keys[k].path) == len && !memcmp(spec_keys[k].path, path, len)) return k;
  return -1;
}

int spec_key_child(int parent, const char *name, size_t len) {
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    const char *leaf = spec_key_leaf(k);
    if (strlen(leaf) == len && !memcmp(leaf, name, len) && spec_key_parent(k) == parent)
      return k;
  }
  return -1;
}

/* --- did you mean -------------------------------------------------------- */

enum { SUGGEST_MAX = 64 };

/* Optimal string alignment distance (Levenshtein plus transpositions, so
 * "haeds" is one edit from "heads"), ignoring case. */
static int edit_distance(const char *a, size_t la, const char *b, size_t lb) {
  int d[SUGGEST_MAX + 1][SUGGEST_MAX + 1];
  for (size_t i = 0; i <= la; i++) d[i][0] = (int)i;
  for (size_t j = 0; j <= lb; j++) d[0][j] = (int)j;
  for (size_t i = 1; i <= la; i++)
    for (size_t j = 1; j <= lb; j++) {
      int ca = tolower((unsigned char)a[i - 1]), cb = tolower((unsigned char)b[j - 1]);
      int v = d[i - 1][j - 1] + (ca != cb);
      if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
      if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
          tolower((unsigned char)a[i - 2]) == cb && d[i - 2][j - 2] + 1 < v)
        v = d[i - 2][j - 2] + 1;
      d[i][j] = v;
    }
  return d[la][lb];
}

/* Distance of `s` to `cand` when close enough to suggest, else -1: one edit
 * for names up to 3 characters, two up to 6, three beyond; never all of it. */
static int closeness(const char *s, size_t len, const char *cand) {
  size_t lc = strlen(cand);
  if (len > SUGGEST_MAX || lc > SUGGEST_MAX) return -1;
  size_t longest = len > lc ? len : lc;
  int limit = longest <= 3 ? 1 : longest <= 6 ? 2 : 3;
  int d = edit_distance(s, len, cand, lc);
  return d <= limit && (size_t)d < longest ? d : -1;
}

/* A sibling one edit away first; then the same name at another level
 * ('dim' at the top for heads.dim); then a sibling further away. */
const char *spec_key_suggest(int parent, const char *name, size_t len) {
  int best = -1, best_d = 1 << 30;
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    if (parent != -2 && spec_key_parent(k) != parent) continue;
    int d = closeness(name, len, parent == -2 ? spec_keys[k].path : spec_key_leaf(k));
    if (d >= 0 && d < best_d) best = k, best_d = d;
  }
  if (best_d > 1 && parent != -2)
    for (int k = 0; k < SPEC_K_COUNT; k++)
      if (strlen(spec_key_leaf(k)) == len && !memcmp(spec_key_leaf(k), name, len)) {
        best = k;
        break;
      }
  return best < 0 ? NULL : spec_keys[best].path;
}

/* --- space-separated word lists (ENUM values) ---------------------------- */

/* The i-th word of `words`: its start, and its length in *n; null past the end. */
static const char *word_at(const char *words, int i, size_t *n) {
  const char *p = words;
  for (int w = 0; p && *p; w++) {
    const char *e = strchr(p, ' ');
    size_t l = e ? (size_t)(e - p) : strlen(p);
    if (w == i) {
      *n = l;
      return p;
    }
    p = e ? e + 1 : NULL;
  }
  return NULL;
}

int spec_word_index(const char *words, const char *s, size_t len) {
  size_t n;
  const char *w;
  for (int i = 0; words && (w = word_at(words, i, &n)); i++)
    if (n == len && !memcmp(w, s, len)) return i;
  return -1;
}

const char *spec_word(cc_arena *a, const char *words, int i) {
  size_t n;
  const char *w = word_at(words, i, &n);
  return w ? cc_strndup(a, w, n) : NULL;
}

const char *spec_word_list(cc_arena *a, const char *words) {
  char *out = cc_alloc(a, 2 * strlen(words) + 1), *o = out;
  for (const char *p = words; *p; p++) {
    if (*p == ' ') *o++ = ',';
    *o++ = *p;
  }
  *o = 0;
  return out;
}

const char *spec_word_suggest(cc_arena *a, const char *words, const char *s, size_t len) {
  int best = -1, best_d = 1 << 30;
  size_t n;
  for (int i = 0; word_at(words, i, &n); i++) {
    const char *w = spec_word(a, words, i);
    int d = closeness(s, len, w);
    if (d >= 0 && d < best_d) best = i, best_d = d;
  }
  return best < 0 ? NULL : spec_word(a, words, best);
}

/* --- names ----------------------------------------------------------------- */

/* Reserved words of C17, C23 and C++: a kernel's name appears as a symbol
 * in C and C++ headers. */
static const char *const keywords[] = {
    "_Alignas", "_Alignof", "_Atomic", "_BitInt", "_Bool", "_Complex", "_Decimal128",
    "_Decimal32", "_Decimal64", "_Generic", "_Imaginary", "_Noreturn", "_Static_assert",
    "_Thread_local", "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand",
    "bitor", "bool", "break", "case", "catch", "char", "char16_t", "char32_t", "char8_t",
    "class", "co_await", "co_return", "co_yield", "compl", "concept", "const",
    "const_cast", "consteval", "constexpr", "constinit", "continue", "decltype",
    "default", "delete", "do", "double", "dynamic_cast", "else", "enum", "explicit",
    "export", "extern", "false", "float", "for", "friend", "goto", "if", "inline", "int",
    "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr",
    "operator", "or", "or_eq", "private", "protected", "public", "register",
    "reinterpret_cast", "requires", "restrict", "return", "short", "signed", "sizeof",
    "static", "static_assert", "static_cast", "struct", "switch", "template", "this",
    "thread_local", "throw", "true", "try", "typedef", "typeid", "typename", "typeof",
    "typeof_unqual", "union", "unsigned", "using", "virtual", "void", "volatile",
    "wchar_t", "while", "xor", "xor_eq"};

int spec_is_keyword(const char *s, size_t len) {
  for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
    if (strlen(keywords[i]) == len && !memcmp(keywords[i], s, len)) return 1;
  return 0;
}

/* --- docs/spec.md ---------------------------------------------------------- */

static int planned(int k) { return spec_keys[k].flags & SPEC_PLANNED; }

/* `heads: {kv: 8}` for heads.kv, `phase: mixed` for phase,
 * `rope: {scaling: {factor: 8}}` for rope.scaling.factor. */
static void md_example(FILE *f, int k) {
  int chain[8], n = 0;
  for (int p = k; p >= 0; p = spec_key_parent(p)) chain[n++] = p;
  fputc('`', f);
  for (int i = n - 1; i >= 0; i--) fprintf(f, "%s%s: ", i == n - 1 ? "" : "{", spec_key_leaf(chain[i]));
  fputs(spec_keys[k].example, f);
  for (int i = 1; i < n; i++) fputc('}', f);
  fputc('`', f);
}

static void md_words(FILE *f, const char *words) {
  fputc('`', f);
  for (const char *p = words; *p; p++)
    fputs(*p == ' ' ? "`, `" : (char[2]){*p, 0}, f);
  fputc('`', f);
}

static void md_type(FILE *f, int k) {
  const spec_key *s = &spec_keys[k];
  switch (s->kind) {
  case SPEC_MAP: fputs("mapping", f); break;
  case SPEC_INT:
    if (s->min == s->max && s->min) fprintf(f, "integer, must be %lld", s->min);
    else if (s->min < s->max) fprintf(f, "integer, %lld to %lld", s->min, s->max);
    else fputs("integer", f);
    break;
  case SPEC_BOOL: fputs("boolean (`true` or `false`)", f); break;
  case SPEC_ENUM: fputs("one of ", f); md_words(f, s->values); break;
  case SPEC_IDENT:
    fprintf(f, "C identifier, %lld to %lld characters; not a C or C++ keyword; "
               "not starting with `__`, `attn_` or `attnrt_`", s->min, s->max);
    break;
  case SPEC_SCALE: fputs("`auto` or a finite number > 0", f); break;
  case SPEC_NUM:
    if (s->min > 0) fprintf(f, "number >= %lld", s->min);
    else fputs("number > 0", f);
    break;
  case SPEC_STR: fputs("string", f); break;
  case SPEC_EXPR: fputs("[expression](expressions.md)", f); break;
  case SPEC_TENSORS: fputs("mapping of names to `{shape, type}`", f); break;
  }
}

static void md_key(FILE *f, int k) {
  const spec_key *s = &spec_keys[k];
  fprintf(f, "### `%s`\n\n%s\n\n- type: ", s->path, s->doc);
  md_type(f, k);
  fputc('\n', f);
  if (s->kind == SPEC_MAP) {
    fputs("- keys: ", f);
    const char *sep = "";
    for (int c = 0; c < SPEC_K_COUNT; c++)
      if (spec_key_parent(c) == k && !planned(c)) {
        fprintf(f, "%s`%s`", sep, spec_key_leaf(c));
        sep = ", ";
      }
    fputc('\n', f);
  }
  if (s->flags & SPEC_REQ) fputs("- required\n", f);
  else if (s->dflt && s->dflt[0] == '=') fprintf(f, "- default: the value of `%s`\n", s->dflt + 1);
  else if (s->dflt) fprintf(f, "- default: `%s`\n", s->dflt);
  else if (s->flags & SPEC_OPT) fputs("- optional; present (even empty) turns the feature on, and every key in it has a default\n", f);
  else if (s->kind == SPEC_MAP) fputs("- optional; every key in it has a default\n", f);
  if (s->later) {
    fputs("- planned values, rejected as not supported yet: ", f);
    md_words(f, s->later);
    fputc('\n', f);
  }
  fputs("- example: ", f);
  md_example(f, k);
  fputs("\n\n", f);
}

/* Keys whose examples are valid only beside another key's value: the full
 * example shows them as comments. */
static const char *md_only_with(int k) {
  if (k == SPEC_K_CACHE_SHARED) return "with kind: cross and cache.store: x";
  if (k == SPEC_K_MASK_SINKS) return "without mask.documents and mask.block_sparse";
  return k == SPEC_K_CACHE_LATENT_DIM || k == SPEC_K_CACHE_ROPE_DIM ? "with cache.store: latent" : NULL;
}

/* The keys under `parent` (-1: the top level), block style, indented. */
static void md_block(FILE *f, int parent, int depth) {
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    if (planned(k) || spec_key_parent(k) != parent) continue;
    if (spec_keys[k].kind == SPEC_MAP) {
      fprintf(f, "%*s%s:\n", 2 * depth, "", spec_key_leaf(k));
      md_block(f, k, depth + 1);
    } else if (md_only_with(k)) {
      fprintf(f, "%*s# %s: %s   (%s)\n", 2 * depth, "", spec_key_leaf(k), spec_keys[k].example, md_only_with(k));
    } else {
      fprintf(f, "%*s%s: %s\n", 2 * depth, "", spec_key_leaf(k), spec_keys[k].example);
    }
  }
}

/* A spec using every implemented key, block style, from the examples. */
static void md_full_example(FILE *f) {
  fputs("```yaml\n", f);
  md_block(f, -1, 0);
  fputs("```\n\n", f);
}

static const char md_intro[] =
    "# The attncc spec language, version 1\n"
    "\n"
    "<!-- Generated from compiler/spec/spec_schema.def by spec_schema_markdown();\n"
    "     do not edit. Regenerate with `cmake --build <build> --target spec_docs`. -->\n"
    "\n"
    "An attncc spec is a small YAML file that says which attention kernel to build.\n"
    "This page is generated from the same table the parser reads, so every key listed\n"
    "here is accepted exactly as described, and no other key is.\n"
    "Keys of version 1 that this attncc does not compile yet are listed under\n"
    "[Planned keys](#planned-keys) and rejected as \"not supported yet\"; so are the\n"
    "combinations of implemented keys that the Rules below name.\n"
    "\n"
    "## Example\n"
    "\n"
    "A spec that sets every implemented key:\n"
    "\n";

static const char md_rules[] =
    "## Rules\n"
    "\n"
    "- **Format.** One YAML document whose top level is a mapping; UTF-8 text of at most\n"
    "  1 MiB. Mappings may be written in block style or flow style (`{q: 32, dim: 128}`).\n"
    "  Anchors, aliases and tags are errors, and so is nesting deeper than 16 levels.\n"
    "- **Version.** `attncc: 1` is required and must be 1.\n"
    "- **Defaults.** A key that is not required may be left out; its default applies.\n"
    "  An optional mapping may be left out or left empty (`mask:`).\n"
    "- **Types are strict.** Integers are plain decimal numbers (`32`, not `\"32\"`,\n"
    "  `32.0`, `0x20` or `032`); booleans are `true` or `false`; words such as `decode`\n"
    "  may be quoted or not.\n"
    "- **Contradictions** are errors that name both keys: `heads.q` must be a multiple\n"
    "  of `heads.kv`; `types.q` and `types.out` must each be `f32` or equal to\n"
    "  `types.cache`.\n"
    "- **Errors** read `file:line:col: error: message`, followed by the line and a caret.\n"
    "  An unknown key gets a \"did you mean\" hint; a duplicate key names the line of\n"
    "  the first one. attncc reports every independent error it finds.\n"
    "- **Overrides.** `attncc -D heads.kv=4 spec.yaml` sets a key from the command\n"
    "  line, replacing the file's value or adding the key (and its mapping) if absent.\n"
    "  The value follows the same typing rules; errors in it point into the define,\n"
    "  as `<command line>:1:COL`.\n"
    "- **Canonical form.** attncc writes every implemented key, defaults filled in, in\n"
    "  the order of this page, one line per top-level key (`rope` only when present;\n"
    "  `cache.page_size`, `mask.window`, `mask.sinks`, `mask.block_sparse`,\n"
    "  `mask.block_size`, `mask.expr`, `mask.prefix_lm`, `mask.documents`, `score` and\n"
    "  `tensors` only when not at their defaults (`tensors`: when it declares one), so\n"
    "  that specs written before them keep their hash;\n"
    "  expressions in canonical form, in double quotes; `rope.scaling`'s parameters only\n"
    "  where its type uses them, so that the text always parses again),\n"
    "  numbers with 9 significant digits; its FNV-1a hash identifies the kernel. Specs that differ\n"
    "  only in comments, layout or defaults written out have the same canonical form\n"
    "  and hash.\n"
    "- **Masks and scores.** A query at position p sees the key at position j when every\n"
    "  condition holds: `mask.causal`: j <= p, or with `mask.prefix_lm` j <\n"
    "  prefix_len[b]; `mask.window` w: j >= p - w + 1, or j < `mask.sinks`;\n"
    "  `mask.documents`: doc_id[b][j] = doc_id[b][p]; `mask.block_sparse` with block size\n"
    "  bs: block j / bs is in the list of block row p / bs of sequence b's layout;\n"
    "  `mask.expr` is true (prefix_len, doc_id and the layout are given at run time:\n"
    "  docs/abi.md). Its score is s = scale * q.k; `score.expr`\n"
    "  replaces s by its value (its own `s` is scale * q.k), then `score.alibi` adds m_h (j - p) for query\n"
    "  head h of n = `heads.q` heads, with P the largest power of two <= n: m_h = 2^(-8(h+1)/P)\n"
    "  for h < P, and 2^(-8(2(h-P)+1)/(2P)) for the rest (Press et al., \"Train Short, Test\n"
    "  Long\", ICLR 2022, and their code's extension to other head counts); then\n"
    "  `score.softcap` c replaces s by c tanh(s / c) (Gemma 2's logit soft-capping). A\n"
    "  row that sees no key gets zeros and lse -inf.\n"
    "\n";

/* The expression language at a glance; docs/expressions.md has the rest. */
static const char md_exprs[] =
    "## Expressions, beside FlexAttention\n"
    "\n"
    "`mask.expr` and `score.expr` are FlexAttention's `mask_mod` and `score_mod` written\n"
    "in the spec: variables `b h q_pos kv_pos` (and `s`, the scaled score, in\n"
    "`score.expr`), integer and float literals, `+ - * / % < <= == != && || !`, `?:`,\n"
    "`min max abs exp log tanh`, and `tensors:` indexed with integer expressions. The\n"
    "full language, its typing and its errors: [docs/expressions.md](expressions.md).\n"
    "\n"
    "| FlexAttention (Python) | attncc spec | the same as keys |\n"
    "|---|---|---|\n"
    "| `score + bias[h] * (kv_idx - q_idx)` (relative bias) | `score: {expr: \"s + bias[h] * (kv_pos - q_pos)\"}`, `tensors: {bias: {shape: [heads]}}` | — |\n"
    "| `score + alibi_bias[h] * (kv_idx - q_idx)` | `score: {expr: \"s - exp(-0.693147181 * (h + 1)) * (q_pos - kv_pos)\"}` (8 heads) | `score: {alibi: true}` |\n"
    "| `softcap * tanh(score / softcap)` | `score: {expr: \"50.0 * tanh(s / 50.0)\"}` | `score: {softcap: 50.0}` |\n"
    "| `(q_idx >= kv_idx) & (q_idx - kv_idx < 1024)` | `mask: {expr: \"kv_pos <= q_pos && q_pos - kv_pos < 1024\"}` | `mask: {causal: true, window: 1024}` |\n"
    "| `(kv_idx <= prefix_length[b]) \\| (q_idx >= kv_idx)` | `mask: {expr: \"kv_pos < prefix[b] \\|\\| kv_pos <= q_pos\"}`, `tensors: {prefix: {shape: [batch], type: i32}}` | `mask: {causal: true, prefix_lm: true}` |\n"
    "| `(document_id[q_idx] == document_id[kv_idx]) & (q_idx >= kv_idx)` | `mask: {causal: true, expr: \"doc[b, q_pos] == doc[b, kv_pos]\"}`, `tensors: {doc: {shape: [batch, capacity], type: i32}}` | `mask: {causal: true, documents: true}` |\n"
    "\n"
    "The shipped `specs/expr_*.yaml` are these examples; tests check each against its keys on\n"
    "the same data (FlexAttention's prefix `<=` sees one key more than `prefix_lm`'s `<`).\n"
    "\n";

void spec_schema_markdown(FILE *f) {
  fputs(md_intro, f);
  md_full_example(f);
  fputs(md_rules, f);
  fputs(md_exprs, f);
  fputs("## Keys\n\n", f);
  for (int k = 0; k < SPEC_K_COUNT; k++)
    if (!planned(k)) md_key(f, k);
  int planned_keys = 0;
  for (int k = 0; k < SPEC_K_COUNT; k++) planned_keys += planned(k) != 0;
  fputs("## Planned keys\n\n", f);
  if (!planned_keys) fputs("None: attncc reads every key of spec version 1.\n", f);
  else
    fputs("Spec version 1 defines these keys; this attncc rejects each with\n"
          "\"'KEY' is not supported yet\" at its position, and does not look inside\n"
          "a planned mapping.\n\n"
          "| key | type | meaning | example |\n"
          "|---|---|---|---|\n", f);
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    if (!planned(k)) continue;
    fprintf(f, "| `%s` | ", spec_keys[k].path);
    md_type(f, k);
    fprintf(f, " | %s | ", spec_keys[k].doc);
    md_example(f, k);
    fputs(" |\n", f);
  }
  fputs("\nPlanned values of implemented keys, rejected as not supported yet:\n\n", f);
  for (int k = 0; k < SPEC_K_COUNT; k++)
    if (spec_keys[k].later) {
      fprintf(f, "- `%s`: ", spec_keys[k].path);
      md_words(f, spec_keys[k].later);
      fputc('\n', f);
    }
}

/* --- docs/spec.schema.json ------------------------------------------------- */

static void json_chars(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fprintf(f, "\\%c", *s);
    else if ((unsigned char)*s < 0x20) fprintf(f, "\\u%04x", *s);
    else fputc(*s, f);
  }
}

static void json_str(FILE *f, const char *s) {
  fputc('"', f);
  json_chars(f, s);
  fputc('"', f);
}

static void json_words(FILE *f, const char *words) {
  fputc('[', f);
  size_t n;
  const char *w;
  for (int i = 0; (w = word_at(words, i, &n)); i++) fprintf(f, "%s\"%.*s\"", i ? ", " : "", (int)n, w);
  fputc(']', f);
}

/* A YAML default or example as a JSON value of the key's type. */
static void json_value(FILE *f, int k, const char *v) {
  spec_kind kind = spec_keys[k].kind;
  size_t n = strlen(v);
  if (kind == SPEC_INT || kind == SPEC_BOOL || kind == SPEC_NUM || (kind == SPEC_SCALE && strcmp(v, "auto")))
    fputs(v, f);
  else if (kind == SPEC_EXPR && n >= 2 && v[0] == '"' && v[n - 1] == '"') /* YAML's quotes are not the value's */
    fprintf(f, "\"%.*s\"", (int)n - 2, v + 1);
  else
    json_str(f, v);
}

static void json_indent(FILE *f, int depth) { fprintf(f, "%*s", 2 * depth, ""); }

static void json_object(FILE *f, int parent, int depth);

#define JSON_IDENT "\"pattern\": \"^(?!__|attn_|attnrt_)[A-Za-z_][A-Za-z0-9_]*$\""

/* tensors: names to {shape, type} (spec_expr.c reads them); the example
 * written as JSON.  The description is written, the closing brace not. */
static void json_tensors(FILE *f, int depth) {
  static const char *const lines[] = {
      "\"type\": [\"object\", \"null\"],",
      "\"maxProperties\": 16,",
      "\"propertyNames\": {\"maxLength\": 63, " JSON_IDENT "},",
      "\"additionalProperties\": {",
      "  \"type\": \"object\",",
      "  \"additionalProperties\": false,",
      "  \"required\": [\"shape\"],",
      "  \"properties\": {",
      "    \"shape\": {\"type\": \"array\", \"minItems\": 1, \"maxItems\": 4, \"items\": {\"oneOf\": [",
      "      {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 16777216},",
      "      {\"enum\": [\"heads\", \"kv_heads\", \"capacity\", \"batch\"]}]}},",
      "    \"type\": {\"enum\": [\"f32\", \"i32\"], \"default\": \"f32\"}",
      "  }",
      "},",
      "\"examples\": [{\"bias\": {\"shape\": [\"heads\"], \"type\": \"f32\"}}]",
  };
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    if (i) json_indent(f, depth);
    fputs(lines[i], f);
    fputc('\n', f);
  }
  json_indent(f, depth - 1);
  fputc('}', f);
}

static void json_key(FILE *f, int k, int depth) {
  const spec_key *s = &spec_keys[k];
  fputs("{\n", f);
  json_indent(f, depth + 1);
  fputs("\"description\": \"", f);
  json_chars(f, s->doc);
  if (s->dflt && s->dflt[0] == '=') fprintf(f, " Default: the value of %s.", s->dflt + 1);
  fputs("\",\n", f);
  json_indent(f, depth + 1);
  switch (s->kind) {
  case SPEC_MAP: json_object(f, k, depth + 1); return;
  case SPEC_INT:
    fprintf(f, "\"type\": \"integer\", \"minimum\": %lld, \"maximum\": %lld", s->min, s->max);
    break;
  case SPEC_BOOL: fputs("\"type\": \"boolean\"", f); break;
  case SPEC_ENUM: fputs("\"enum\": ", f); json_words(f, s->values); break;
  case SPEC_IDENT:
    fprintf(f, "\"type\": \"string\", \"minLength\": %lld, \"maxLength\": %lld,\n", s->min, s->max);
    json_indent(f, depth + 1);
    fputs(JSON_IDENT ",\n", f);
    json_indent(f, depth + 1);
    fputs("\"not\": {\"enum\": [", f);
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
      fprintf(f, "%s\"%s\"", i ? ", " : "", keywords[i]);
    fputs("]}", f);
    break;
  case SPEC_SCALE:
    fputs("\"oneOf\": [{\"const\": \"auto\"}, {\"type\": \"number\", \"exclusiveMinimum\": 0}]", f);
    break;
  case SPEC_NUM:
    if (s->min > 0) fprintf(f, "\"type\": \"number\", \"minimum\": %lld", s->min);
    else fputs("\"type\": \"number\", \"exclusiveMinimum\": 0", f);
    break;
  case SPEC_EXPR: fputs("\"type\": \"string\", \"minLength\": 1", f); break;
  case SPEC_TENSORS: json_tensors(f, depth + 1); return;
  case SPEC_STR: cc_unreachable(); /* planned keys are not in the JSON Schema */
  }
  if (s->dflt && s->dflt[0] != '=') {
    fputs(",\n", f);
    json_indent(f, depth + 1);
    fputs("\"default\": ", f);
    json_value(f, k, s->dflt);
  }
  fputs(",\n", f);
  json_indent(f, depth + 1);
  fputs("\"examples\": [", f);
  json_value(f, k, s->example);
  fputs("]\n", f);
  json_indent(f, depth);
  fputc('}', f);
}

/* The implemented keys directly under `parent` as an object schema; the
 * opening brace and any leading members are already written. */
static void json_object(FILE *f, int parent, int depth) {
  /* an optional mapping may be left empty ("mask:"), which YAML reads as null */
  int nullable = parent >= 0 && !(spec_keys[parent].flags & SPEC_REQ);
  fputs(nullable ? "\"type\": [\"object\", \"null\"],\n" : "\"type\": \"object\",\n", f);
  json_indent(f, depth);
  fputs("\"additionalProperties\": false,\n", f);
  json_indent(f, depth);
  fputs("\"required\": [", f);
  int n = 0;
  for (int k = 0; k < SPEC_K_COUNT; k++)
    if (spec_key_parent(k) == parent && (spec_keys[k].flags & SPEC_REQ) && !planned(k))
      fprintf(f, "%s\"%s\"", n++ ? ", " : "", spec_key_leaf(k));
  fputs("],\n", f);
  json_indent(f, depth);
  fputs("\"properties\": {", f);
  n = 0;
  for (int k = 0; k < SPEC_K_COUNT; k++) {
    if (spec_key_parent(k) != parent || planned(k)) continue;
    fputs(n++ ? ",\n" : "\n", f);
    json_indent(f, depth + 1);
    fprintf(f, "\"%s\": ", spec_key_leaf(k));
    json_key(f, k, depth + 1);
  }
  fputc('\n', f);
  json_indent(f, depth);
  fputs("}\n", f);
  json_indent(f, depth - 1);
  fputc('}', f);
}

void spec_schema_json(FILE *f) {
  fputs("{\n"
        "  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
        "  \"title\": \"attncc spec, version 1\",\n"
        "  \"description\": \"The keys attncc 0.1 accepts; generated from "
        "compiler/spec/spec_schema.def, see docs/spec.md.\",\n"
        "  ", f);
  json_object(f, -1, 1);
  fputc('\n', f);
}
