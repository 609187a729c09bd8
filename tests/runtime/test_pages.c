/* The page pool (attnrt_pages): allocation until exhaustion, release,
 * prefix sharing by fork, copy-on-write by unshare, and every refusal. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

START_TEST(alloc_release_exhaust) {
  attnrt_pages p;
  ck_assert_int_eq(attnrt_pages_init(&p, 3), 0);
  ck_assert_int_eq(p.nfree, 3);
  int32_t a = attnrt_page_alloc(&p), b = attnrt_page_alloc(&p), c = attnrt_page_alloc(&p);
  ck_assert(a == 0 && b == 1 && c == 2);
  ck_assert(p.refs[0] == 1 && p.refs[1] == 1 && p.refs[2] == 1);
  ck_assert_int_eq(attnrt_page_alloc(&p), ATTN_E_NOMEM);
  ck_assert_str_eq(attnrt_last_error(), "all 3 pages of the pool are in use");
  ck_assert_int_eq(attnrt_page_release(&p, 1), 0);
  ck_assert_int_eq(p.refs[1], 0);
  ck_assert_int_eq(attnrt_page_release(&p, 1), ATTN_E_PAGE);
  ck_assert_str_eq(attnrt_last_error(), "release: page 1 is free");
  ck_assert_int_eq(attnrt_page_release(&p, 3), ATTN_E_PAGE);
  ck_assert_str_eq(attnrt_last_error(), "release: page 3 is outside 0 .. 2");
  ck_assert_int_eq(attnrt_page_release(&p, -1), ATTN_E_PAGE);
  ck_assert_int_eq(attnrt_page_alloc(&p), 1); /* the freed page comes back */
  ck_assert_int_eq(attnrt_page_alloc(&p), ATTN_E_NOMEM);
  attnrt_pages_destroy(&p);
  ck_assert(p.refs == NULL && p.num_pages == 0);
  ck_assert_int_eq(attnrt_page_alloc(&p), ATTN_E_NULL);
  ck_assert_int_eq(attnrt_pages_init(&p, 0), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_pages_init(NULL, 4), ATTN_E_NULL);
  attnrt_pages_destroy(NULL);
}
END_TEST

START_TEST(fork_shares_all_or_nothing) {
  attnrt_pages p;
  ck_assert_int_eq(attnrt_pages_init(&p, 4), 0);
  int32_t src[3] = {attnrt_page_alloc(&p), attnrt_page_alloc(&p), attnrt_page_alloc(&p)}, dst[3] = {-7, -7, -7};
  ck_assert_int_eq(attnrt_pages_fork(&p, src, dst, 2), 0);
  ck_assert(dst[0] == src[0] && dst[1] == src[1] && dst[2] == -7);
  ck_assert(p.refs[src[0]] == 2 && p.refs[src[1]] == 2 && p.refs[src[2]] == 1);
  int32_t bad[2] = {src[2], 3}; /* page 3 is free */
  ck_assert_int_eq(attnrt_pages_fork(&p, bad, dst, 2), ATTN_E_PAGE);
  ck_assert_str_eq(attnrt_last_error(), "fork: page 3 is free");
  ck_assert_int_eq(p.refs[src[2]], 1); /* nothing taken */
  ck_assert_int_eq(dst[0], src[0]);
  ck_assert_int_eq(attnrt_pages_fork(&p, src, dst, -1), ATTN_E_RANGE);
  ck_assert_int_eq(attnrt_pages_fork(&p, NULL, dst, 1), ATTN_E_NULL);
  /* releasing a shared page leaves it in use */
  ck_assert_int_eq(attnrt_page_release(&p, src[0]), 0);
  ck_assert_int_eq(p.refs[src[0]], 1);
  ck_assert_int_eq(p.nfree, 1);
  attnrt_pages_destroy(&p);
}
END_TEST

/* unshare copies K and V blocks of a shared page into a fresh one. */
START_TEST(unshare_copies_on_write) {
  attn_info in = tu_info(4, 2, 32, 64, ATTN_DECODE, 8);
  in.layout = ATTN_PAGED;
  in.page_size = 4;
  in.dtype_cache = _i ? ATTN_Q4 : ATTN_BF16;
  size_t kb = attnrt_block_bytes(&in, 0), vb = attnrt_block_bytes(&in, 1);
  ck_assert_uint_eq(kb, _i ? 4 * 2 * (16 + 2) : 4 * 2 * 64);
  unsigned char *k = malloc(3 * kb), *v = malloc(3 * vb);
  for (size_t i = 0; i < 3 * kb; i++)
    k[i] = (unsigned char)(i * 7);
  for (size_t i = 0; i < 3 * vb; i++)
    v[i] = (unsigned char)(i * 13 + 1);
  attnrt_pages p;
  ck_assert_int_eq(attnrt_pages_init(&p, 3), 0);
  int32_t t0[2] = {attnrt_page_alloc(&p), attnrt_page_alloc(&p)}, t1[2];
  ck_assert_int_eq(attnrt_pages_fork(&p, t0, t1, 2), 0);
  int32_t own = t0[0];
  ck_assert_int_eq(attnrt_page_unshare(&in, &p, k, v, &t1[1]), 0);
  ck_assert_int_eq(t1[1], 2);
  ck_assert_mem_eq(k + 2 * kb, k + 1 * kb, kb);
  ck_assert_mem_eq(v + 2 * vb, v + 1 * vb, vb);
  ck_assert(p.refs[1] == 1 && p.refs[2] == 1 && p.refs[0] == 2);
  ck_assert_int_eq(attnrt_page_unshare(&in, &p, k, v, &t1[1]), 0); /* own page: nothing */
  ck_assert_int_eq(t1[1], 2);
  ck_assert_int_eq(attnrt_page_unshare(&in, &p, k, v, &t1[0]), ATTN_E_NOMEM); /* pool full */
  ck_assert_str_eq(attnrt_last_error(), "unshare: no free page to copy page 0 into (pool of 3)");
  ck_assert(t1[0] == own && p.refs[0] == 2);
  int32_t gone = 5;
  ck_assert_int_eq(attnrt_page_unshare(&in, &p, k, v, &gone), ATTN_E_PAGE);
  ck_assert_int_eq(attnrt_page_unshare(&in, &p, NULL, v, &t1[0]), ATTN_E_NULL);
  in.layout = ATTN_CONTIGUOUS;
  in.page_size = 0;
  ck_assert_int_eq(attnrt_page_unshare(&in, &p, k, v, &t1[0]), ATTN_E_RANGE);
  attnrt_pages_destroy(&p);
  free(k);
  free(v);
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime_pages");
  TCase *tc = tcase_create("pages");
  tcase_add_test(tc, alloc_release_exhaust);
  tcase_add_test(tc, fork_shares_all_or_nothing);
  tcase_add_loop_test(tc, unshare_copies_on_write, 0, 2);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
