/*
 * The page pool of a paged cache, kept by the engine (attnrt_pages):
 * reference counts (what NAME_append reads as attn_args.page_refs) and a
 * stack of free pages.  A page is free at count 0, a sequence's own at 1,
 * shared (a common prompt prefix, attnrt_pages_fork) above 1; NAME_append
 * writes only into pages of count 1, so before a sequence appends into a
 * shared page the engine copies it (attnrt_page_unshare).
 *
 * Not thread-safe: one pool is the engine's, changed between calls.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int attnrt_pages_init(attnrt_pages *p, int32_t num_pages) {
  if (!p)
    return rt_fail(ATTN_E_NULL, "attnrt_pages is null");
  memset(p, 0, sizeof *p);
  if (num_pages < 1)
    return rt_fail(ATTN_E_RANGE, "num_pages = %d, a pool needs >= 1", (int)num_pages);
  p->refs = calloc((size_t)num_pages, sizeof *p->refs);
  p->free_list = malloc((size_t)num_pages * sizeof *p->free_list);
  if (!p->refs || !p->free_list) {
    attnrt_pages_destroy(p);
    return rt_fail(ATTN_E_NOMEM, "no memory for a pool of %d pages", (int)num_pages);
  }
  p->num_pages = p->nfree = num_pages;
  for (int32_t i = 0; i < num_pages; i++) /* page 0 is handed out first */
    p->free_list[i] = num_pages - 1 - i;
  return ATTN_OK;
}

void attnrt_pages_destroy(attnrt_pages *p) {
  if (!p)
    return;
  free(p->refs);
  free(p->free_list);
  memset(p, 0, sizeof *p);
}

int32_t attnrt_page_alloc(attnrt_pages *p) {
  if (!p || !p->refs)
    return rt_fail(ATTN_E_NULL, "attnrt_pages is null or not initialized");
  if (p->nfree == 0)
    return rt_fail(ATTN_E_NOMEM, "all %d pages of the pool are in use", (int)p->num_pages);
  int32_t page = p->free_list[--p->nfree];
  p->refs[page] = 1;
  return page;
}

/* A page that is in the pool and in use. */
static int check_used(const attnrt_pages *p, int32_t page, const char *what) {
  if (page < 0 || page >= p->num_pages)
    return rt_fail(ATTN_E_PAGE, "%s: page %d is outside 0 .. %d", what, (int)page, (int)p->num_pages - 1);
  if (p->refs[page] < 1)
    return rt_fail(ATTN_E_PAGE, "%s: page %d is free", what, (int)page);
  return ATTN_OK;
}

int attnrt_page_release(attnrt_pages *p, int32_t page) {
  if (!p || !p->refs)
    return rt_fail(ATTN_E_NULL, "attnrt_pages is null or not initialized");
  int rc = check_used(p, page, "release");
  if (rc)
    return rc;
  if (--p->refs[page] == 0)
    p->free_list[p->nfree++] = page;
  return ATTN_OK;
}

int attnrt_pages_fork(attnrt_pages *p, const int32_t *src_table, int32_t *dst_table, int32_t n) {
  if (!p || !p->refs)
    return rt_fail(ATTN_E_NULL, "attnrt_pages is null or not initialized");
  if (n < 0)
    return rt_fail(ATTN_E_RANGE, "fork of n = %d entries", (int)n);
  if (n > 0 && (!src_table || !dst_table))
    return rt_fail(ATTN_E_NULL, "fork: %s is null", src_table ? "dst_table" : "src_table");
  for (int32_t i = 0; i < n; i++) { /* all or nothing */
    int rc = check_used(p, src_table[i], "fork");
    if (rc)
      return rc;
  }
  for (int32_t i = 0; i < n; i++) {
    p->refs[src_table[i]]++;
    dst_table[i] = src_table[i];
  }
  return ATTN_OK;
}

int attnrt_page_unshare(const attn_info *info, attnrt_pages *p, void *k_cache, void *v_cache, int32_t *entry) {
  int rc = rt_check_info(info);
  if (rc)
    return rc;
  if (info->layout != ATTN_PAGED)
    return rt_fail(ATTN_E_RANGE, "unshare: cache layout %d is not paged", (int)info->layout);
  if (!p || !p->refs || !entry || !k_cache || !v_cache)
    return rt_fail(ATTN_E_NULL, "unshare: %s is null", !p || !p->refs ? "the pool" : !entry ? "entry"
                                                       : !k_cache            ? "k_cache"
                                                                             : "v_cache");
  int32_t old = *entry;
  if ((rc = check_used(p, old, "unshare")))
    return rc;
  if (p->refs[old] == 1)
    return ATTN_OK;
  int32_t page = attnrt_page_alloc(p);
  if (page < 0)
    return rt_fail(page, "unshare: no free page to copy page %d into (pool of %d)", (int)old, (int)p->num_pages);
  size_t kb = rt_block_bytes(info, 0), vb = rt_block_bytes(info, 1);
  memcpy((char *)k_cache + (size_t)page * kb, (char *)k_cache + (size_t)old * kb, kb);
  memcpy((char *)v_cache + (size_t)page * vb, (char *)v_cache + (size_t)old * vb, vb);
  p->refs[old]--; /* > 1 before: still in use by the others */
  *entry = page;
  return ATTN_OK;
}
