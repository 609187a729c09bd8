/*
 * YAML text -> spec_node tree, through libyaml's event API.
 *
 * Only the part of YAML a spec needs survives: mappings of plain names to
 * scalars or mappings.  Whatever could make reading cost more than the text
 * (aliases, deep nesting, huge input) or mean something other than it says
 * (tags, anchors, several documents) is an error here, before the
 * validator in spec.c sees the tree.
 */
#include "spec.h"

#include <string.h>
#include <yaml.h>

typedef struct loader {
  spec_ctx *c;
  const spec_src *s;
  size_t off;      /* the YAML being read starts at s->text + off */
  int col0;        /* characters of s->text before it (a define's "key=") */
  yaml_parser_t p;
  int depth;
  int failed;      /* the tree is unusable: stop reading */
  int anchor_seen, alias_seen;
} loader;

/* Offset of the first byte that is not valid UTF-8, or of the first NUL
 * byte; n when there is neither.  Rejects overlong forms, surrogates and
 * code points past U+10FFFF. */
static size_t utf8_bad(const unsigned char *p, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = p[i], cp, min;
    size_t k;
    if (c == 0) return i;
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c >= 0xc2 && c <= 0xdf) k = 1, cp = c & 0x1f, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef) k = 2, cp = c & 0x0f, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4) k = 3, cp = c & 0x07, min = 0x10000;
    else return i;
    if (n - i <= k) return i;
    for (size_t j = 1; j <= k; j++) {
      if ((p[i + j] & 0xc0) != 0x80) return i;
      cp = cp << 6 | (p[i + j] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += k + 1;
  }
  return n;
}

void spec_src_pos(const spec_src *s, size_t off, int *line, int *col) {
  int l = 1, c = 1;
  for (size_t i = 0; i < off && i < s->len; i++) {
    unsigned char ch = (unsigned char)s->text[i];
    if (ch == '\n') l++, c = 1;
    else if ((ch & 0xc0) != 0x80) c++;
  }
  *line = l;
  *col = c;
}

size_t spec_src_offset(const spec_src *s, int line, int col) {
  size_t i = 0;
  for (int l = 1; l < line && i < s->len; i++)
    if (s->text[i] == '\n') l++;
  for (int c = 1; c < col && i < s->len; c++)
    for (i++; i < s->len && ((unsigned char)s->text[i] & 0xc0) == 0x80;) i++;
  return i;
}

/* libyaml marks are 0-based and relative to the part being read. */
static void mark_pos(const loader *L, yaml_mark_t m, int *line, int *col) {
  *line = (int)m.line + 1;
  *col = (int)m.column + 1 + (m.line == 0 ? L->col0 : 0);
}

/* libyaml's own error, in our file:line:col form: its problem text, then
 * its context and where that started, then a hint where libyaml's words
 * alone would leave a user guessing (a tab in the indentation). */
static void report_libyaml(loader *L) {
  yaml_parser_t *p = &L->p;
  int line, col;
  const char *msg;
  cc_arena *a = L->c->arena;
  if (p->error == YAML_MEMORY_ERROR) {
    spec_error(L->c, L->s, 0, 0, "out of memory while reading YAML");
    return;
  }
  if (p->error == YAML_READER_ERROR) {
    spec_src_pos(L->s, L->off + p->problem_offset, &line, &col);
    msg = p->problem_value >= 0
              ? cc_sprintf(a, "%s (U+%04X)", p->problem, (unsigned)p->problem_value)
              : cc_sprintf(a, "%s", p->problem);
    spec_error(L->c, L->s, line, col, "%s", msg);
    return;
  }
  mark_pos(L, p->problem_mark, &line, &col);
  msg = p->problem ? p->problem : "invalid YAML";
  size_t at = L->off + p->problem_mark.index;
  if (p->context) {
    int cl, cc;
    mark_pos(L, p->context_mark, &cl, &cc);
    if (at >= L->s->len) { /* the end of the input says nothing: show where it began */
      msg = cc_sprintf(a, "%s %s that starts here", msg, p->context);
      line = cl, col = cc;
    } else if (cl == line && cc == col) {
      msg = cc_sprintf(a, "%s (%s)", msg, p->context);
    } else {
      msg = cc_sprintf(a, "%s (%s at line %d, column %d)", msg, p->context, cl, cc);
    }
  }
  if (at < L->s->len && L->s->text[at] == '\t')
    msg = cc_sprintf(a, "%s; tabs are not allowed in YAML indentation, indent with spaces", msg);
  else if (p->problem && (!strcmp(p->problem, "mapping values are not allowed in this context") ||
                          !strcmp(p->problem, "did not find expected key")))
    msg = cc_sprintf(a, "%s; check the indentation of this line", msg);
  spec_error(L->c, L->s, line, col, "%s", msg);
}

static int next_event(loader *L, yaml_event_t *e) {
  if (yaml_parser_parse(&L->p, e)) return 1;
  report_libyaml(L);
  L->failed = 1;
  return 0;
}

/* '&name' for a message. */
static const char *sigil_quote(cc_arena *a, char sigil, const yaml_char_t *name) {
  const char *t = cc_sprintf(a, "%c%s", sigil, (const char *)name);
  return spec_quote(a, t, strlen(t));
}

/* Anchors and tags are refused: an anchor exists only to be aliased, and a
 * tag would let the text say something other than what our typing rules
 * read.  Returns 0 when the node must not be used. */
static int props_ok(loader *L, const yaml_char_t *anchor, const yaml_char_t *tag,
                    yaml_mark_t m) {
  int line, col, ok = 1;
  mark_pos(L, m, &line, &col);
  if (anchor) {
    if (!L->anchor_seen++)
      spec_error(L->c, L->s, line, col,
                 "anchors and aliases are not allowed in attncc specs (anchor %s); write the value out",
                 sigil_quote(L->c->arena, '&', anchor));
    ok = 0;
  }
  if (tag) {
    spec_error(L->c, L->s, line, col,
               "tags are not allowed in attncc specs (tag %s); write the plain value",
               spec_quote(L->c->arena, (const char *)tag, strlen((const char *)tag)));
    ok = 0;
  }
  return ok;
}

static spec_node *new_node(loader *L, spec_node_kind k, yaml_mark_t m) {
  spec_node *n = cc_alloc(L->c->arena, sizeof *n);
  n->kind = k;
  n->src = L->s;
  mark_pos(L, m, &n->line, &n->col);
  return n;
}

static spec_node *parse_node(loader *L, yaml_event_t *ev, int keep);

/* mapping := MAPPING-START (node node)* MAPPING-END
 * sequence := SEQUENCE-START node* SEQUENCE-END
 * A sequence's items are pairs without a key (a tensor's shape). */
static spec_node *parse_collection(loader *L, yaml_event_t *ev, int keep) {
  int is_map = ev->type == YAML_MAPPING_START_EVENT;
  yaml_event_type_t end = is_map ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
  int ok = is_map ? props_ok(L, ev->data.mapping_start.anchor, ev->data.mapping_start.tag,
                             ev->start_mark)
                  : props_ok(L, ev->data.sequence_start.anchor,
                             ev->data.sequence_start.tag, ev->start_mark);
  if (++L->depth > SPEC_MAX_DEPTH) {
    int line, col;
    mark_pos(L, ev->start_mark, &line, &col);
    spec_error(L->c, L->s, line, col,
               "mappings and sequences nested deeper than %d levels; a spec needs 2",
               SPEC_MAX_DEPTH);
    L->failed = 1;
    return NULL;
  }
  spec_node *n = NULL;
  if (keep) n = new_node(L, ok ? (is_map ? SPEC_N_MAP : SPEC_N_SEQ) : SPEC_N_BAD, ev->start_mark);
  int build = n && n->kind != SPEC_N_BAD;
  for (;;) {
    yaml_event_t e;
    if (!next_event(L, &e)) return NULL;
    if (e.type == end) {
      yaml_event_delete(&e);
      break;
    }
    spec_node *k = parse_node(L, &e, build), *v = k;
    yaml_event_delete(&e);
    if (L->failed) return NULL;
    if (is_map) {
      if (!next_event(L, &e)) return NULL;
      v = parse_node(L, &e, build);
      yaml_event_delete(&e);
      if (L->failed) return NULL;
    } else {
      k = NULL;
    }
    if (build) {
      spec_pair *pr = cc_alloc(L->c->arena, sizeof *pr);
      pr->key = k;
      pr->val = v;
      if (n->last) n->last->next = pr;
      else n->pairs = pr;
      n->last = pr;
    }
  }
  L->depth--;
  return n;
}

/* node := SCALAR | ALIAS | mapping | sequence; `ev` is its first event.
 * keep == 0: read and check it, build nothing (returns null). */
static spec_node *parse_node(loader *L, yaml_event_t *ev, int keep) {
  int line, col;
  switch (ev->type) {
  case YAML_ALIAS_EVENT:
    mark_pos(L, ev->start_mark, &line, &col);
    if (!L->alias_seen++)
      spec_error(L->c, L->s, line, col,
                 "anchors and aliases are not allowed in attncc specs (alias %s); write the value out",
                 sigil_quote(L->c->arena, '*', ev->data.alias.anchor));
    return keep ? new_node(L, SPEC_N_BAD, ev->start_mark) : NULL;
  case YAML_SCALAR_EVENT: {
    int ok = props_ok(L, ev->data.scalar.anchor, ev->data.scalar.tag, ev->start_mark);
    if (!keep) return NULL;
    spec_node *n = new_node(L, ok ? SPEC_N_SCALAR : SPEC_N_BAD, ev->start_mark);
    n->text = cc_strndup(L->c->arena, (const char *)ev->data.scalar.value,
                         ev->data.scalar.length);
    n->len = ev->data.scalar.length;
    switch (ev->data.scalar.style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: n->style = SPEC_SINGLE; break;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: n->style = SPEC_DOUBLE; break;
    case YAML_LITERAL_SCALAR_STYLE: n->style = SPEC_LITERAL; break;
    case YAML_FOLDED_SCALAR_STYLE: n->style = SPEC_FOLDED; break;
    default: n->style = SPEC_PLAIN; break;
    }
    n->quoted = n->style != SPEC_PLAIN;
    return n;
  }
  case YAML_MAPPING_START_EVENT:
  case YAML_SEQUENCE_START_EVENT:
    return parse_collection(L, ev, keep);
  default:
    cc_die("unexpected YAML event %d", (int)ev->type);
  }
}

int spec_yaml_load(spec_ctx *c, const spec_src *s, size_t off, spec_node **root) {
  *root = NULL;
  const unsigned char *t = (const unsigned char *)s->text + off;
  size_t n = s->len - off;
  if (n > SPEC_MAX_BYTES) {
    spec_error(c, s, 0, 0, "input is larger than 1 MiB; attncc specs are small text files");
    return -1;
  }
  size_t bad = utf8_bad(t, n);
  if (bad < n) {
    int line, col;
    spec_src_pos(s, off + bad, &line, &col);
    if (t[bad] == 0)
      spec_error(c, s, line, col, "NUL byte in the input; attncc specs are text");
    else
      spec_error(c, s, line, col, "invalid UTF-8 (byte 0x%02x); attncc specs are UTF-8 text",
                 t[bad]);
    return -1;
  }
  loader L = {.c = c, .s = s, .off = off};
  int line0;
  spec_src_pos(s, off, &line0, &L.col0);
  L.col0--;
  if (!yaml_parser_initialize(&L.p)) cc_die("out of memory");
  yaml_parser_set_input_string(&L.p, t, n);
  yaml_event_t e;
  int docs = 0;
  while (!L.failed && next_event(&L, &e)) {
    yaml_event_type_t type = e.type;
    if (type == YAML_DOCUMENT_START_EVENT && docs++) {
      int line, col;
      mark_pos(&L, e.start_mark, &line, &col);
      spec_error(c, s, line, col,
                 "a second YAML document; a spec is exactly one document (remove the '---' and what follows)");
      yaml_event_delete(&e);
      break;
    }
    if (type == YAML_SCALAR_EVENT || type == YAML_ALIAS_EVENT ||
        type == YAML_MAPPING_START_EVENT || type == YAML_SEQUENCE_START_EVENT)
      *root = parse_node(&L, &e, 1);
    yaml_event_delete(&e);
    if (type == YAML_STREAM_END_EVENT) break;
  }
  yaml_parser_delete(&L.p);
  return L.failed ? -1 : 0;
}

const char *spec_quote(cc_arena *a, const char *s, size_t len) {
  enum { MAX = 40 };
  char *buf = cc_alloc(a, 4 * MAX + 8), *o = buf;
  *o++ = '\'';
  size_t i = 0;
  for (; i < len && i < MAX; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch < 0x20 || ch == 0x7f) o += sprintf(o, "\\x%02x", ch);
    else *o++ = (char)ch;
  }
  if (i < len) {
    while (o > buf + 1 && ((unsigned char)o[-1] & 0xc0) == 0x80) o--; /* whole characters */
    if (o > buf + 1 && ((unsigned char)o[-1] & 0xc0) == 0xc0) o--;
    o += sprintf(o, "...");
  }
  *o++ = '\'';
  *o = 0;
  return buf;
}
