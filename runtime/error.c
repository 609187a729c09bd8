/*
 * Status names and the calling thread's error detail.
 *
 * attnrt_last_error() works like errno: a successful call leaves the detail
 * of the last failure in place; it is "" until the thread's first error.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define RT_DETAIL_MAX 256
static _Thread_local char rt_detail[RT_DETAIL_MAX];
static _Thread_local char rt_unknown[48];

int rt_fail(int status, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(rt_detail, sizeof rt_detail, fmt, ap);
  va_end(ap);
  return status;
}

void rt_set_detail(const char *text) {
  snprintf(rt_detail, sizeof rt_detail, "%s", text);
}

const char *attnrt_last_error(void) {
  return rt_detail;
}

/* "ATTN_E_NULL: a required pointer is null", from ATTN_STATUS_LIST. */
const char *attnrt_strerror(int status) {
  switch (status) {
#define RT_X_(sym, val, text) \
  case val:                   \
    return #sym ": " text;
    ATTN_STATUS_LIST(RT_X_)
#undef RT_X_
  }
  snprintf(rt_unknown, sizeof rt_unknown, "unknown attncc status %d", status);
  return rt_unknown;
}
