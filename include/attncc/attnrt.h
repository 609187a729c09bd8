/*
 * libattnrt: the runtime every attncc kernel links against.
 *
 * Generated entry points forward here with their static descriptor, so the
 * scheduling (tasks, split-KV, log-sum-exp merge, threads) is one piece of
 * C shared by every kernel, while the arithmetic is specialized code.
 * Hosts call these directly only for the reference implementation, error
 * text, and conversions; kernels are called through their own symbols.
 */
#ifndef ATTNCC_ATTNRT_H
#define ATTNCC_ATTNRT_H

#include "kernel.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Entry points behind NAME, NAME_tasks, NAME_task, NAME_workspace, NAME_append.
 * A host with its own thread pool calls NAME_tasks once per call (it checks
 * the arguments, and zeroes the split-KV counters in the workspace), then
 * NAME_task(i) for every i < n in any order on any threads, with the same
 * arguments; set num_threads so that every thread plans the same split. */
int attnrt_run(const attn_kernel *k, const attn_args *a);
int64_t attnrt_tasks(const attn_kernel *k, const attn_args *a);
int attnrt_task(const attn_kernel *k, const attn_args *a, int64_t task);
int64_t attnrt_workspace(const attn_kernel *k, const attn_args *a);
int attnrt_append(const attn_kernel *k, const attn_args *a);

/* Checks `a` against the kernel's shapes; 0 or a negative attn_status.
 * On error the calling thread's attnrt_last_error() says which field. */
int attnrt_check_args(const attn_info *info, const attn_args *a);

/* Reference attention: plain loops, double accumulation, the same ABI.
 * Writes out (and lse when info->lse) for every query row. */
int attnrt_reference(const attn_info *info, const attn_args *a);

/* Name of a status code ("ATTN_E_NULL: a required pointer is null"). */
const char *attnrt_strerror(int status);
/* Detail of the calling thread's most recent error ("" when none). */
const char *attnrt_last_error(void);

/* Element conversions (round to nearest even), as kernels do them. */
float attnrt_f16_to_f32(uint16_t h);
uint16_t attnrt_f32_to_f16(float f);
float attnrt_bf16_to_f32(uint16_t h);
uint16_t attnrt_f32_to_bf16(float f);
size_t attnrt_dtype_size(int dtype);
/* Element i of an array of `dtype`, as float / stores float v there. */
float attnrt_load(const void *p, int dtype, size_t i);
void attnrt_store(void *p, int dtype, size_t i, float v);

/* Rows of q/out for these arguments (decode: batch; prefill: sum kv_len;
 * mixed: sum q_len); -1 if the arguments are invalid. */
int64_t attnrt_total_q(const attn_info *info, const attn_args *a);

/* Monotonic wall clock in seconds, for benchmarks and examples. */
double attnrt_now(void);

#ifdef __cplusplus
}
#endif
#endif /* ATTNCC_ATTNRT_H */
