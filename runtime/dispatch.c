/*
 * Running a kernel: task count, one task, split-KV merge, the threaded loop.
 *
 * A task is one split of one unit (plan.c).  With nsplit == 1 the tile
 * function writes the unit's final out/lse (part == null, keys [B, E): B is
 * 0, or with mask.window the first key the unit's first query sees).
 * With nsplit > 1 every split writes its partial state into its slot of the
 * workspace (kernel.h, attn_work: acc[rows][Dv] unnormalized, m[rows] in
 * log2 units, l[rows]); an empty split writes acc = 0, m = -inf, l = 0
 * without calling the tile.  Under NAME_task the last split of a unit to
 * finish (an atomic counter per unit, acq_rel, so it sees every other
 * split's writes) merges the slots; NAME merges after the barrier that ends
 * its tasks, one row per item across its threads.  Either way a row's
 * slots are combined in split order, so the bits do not depend on timing
 * or on the path:
 *   M = max_s m_s,  L = sum_s l_s 2^(m_s - M),
 *   out = sum_s acc_s 2^(m_s - M) / L,  lse = (M + log2 L) ln 2
 * and L == 0 (no key seen) gives out = 0, lse = -inf.
 *
 * Hosts with their own thread pool call NAME_tasks once per run (it checks
 * everything and zeroes the counters), then NAME_task(i) for every i < n in
 * any order on any threads.  Both must see the same arguments, and the same
 * thread count: set num_threads, or omp_get_max_threads() must agree on the
 * calling threads.  NAME_task checks the arguments too (for decode, only its
 * own sequence, to stay O(1)), the task range, and that the workspace was
 * prepared for this split count.
 *
 * Workspace (64-byte aligned, NAME_workspace bytes, 0 when nsplit == 1):
 *   [64-byte header: magic, nsplit, units, bytes]  written by NAME_tasks, so
 *        that NAME_task can refuse a workspace it did not prepare, or one
 *        planned for another split count, instead of merging garbage;
 *   [units x int32 counters, padded to 64 bytes]
 *   [units x nsplit slots of rows_max x (A + 2) floats], A = acc_dim
 *        (Dv, or the K row width Hq*D for k_only)
 * When workspace is null NAME uses a buffer of the calling thread's, kept
 * between calls (own_workspace); a host workspace that is too small is an
 * error (ATTN_E_WORKSPACE), never silently replaced.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Needs only the lengths (and num_threads), so a host can size the
 * workspace before it has q and out. */
int64_t attnrt_workspace(const attn_kernel *k, const attn_args *a) {
  int rc = rt_check_kernel(k);
  if (!rc)
    rc = rt_check_lengths(k->info, a, NULL);
  if (rc)
    return rc;
  rt_plan p;
  rt_plan_make(k, a, &p);
  return p.ws_bytes;
}

static int check_workspace(const attn_args *a, const rt_plan *p) {
  if (!a->workspace)
    return rt_fail(ATTN_E_WORKSPACE, "workspace is null, but this call splits keys %d ways and needs %lld bytes",
                   (int)p->nsplit, (long long)p->ws_bytes);
  if (a->workspace_size < (size_t)p->ws_bytes)
    return rt_fail(ATTN_E_WORKSPACE, "workspace_size = %zu, but this call needs %lld bytes", a->workspace_size,
                   (long long)p->ws_bytes);
  if ((uintptr_t)a->workspace % RT_WS_ALIGN)
    return rt_fail(ATTN_E_WORKSPACE, "workspace %p is not %d-byte aligned", a->workspace, RT_WS_ALIGN);
  return ATTN_OK;
}

static atomic_int *ws_counters(const attn_args *a) {
  return (atomic_int *)((char *)a->workspace + rt_ws_counters_offset());
}

/* The descriptor and the arguments are sound; then the call's plan. */
static int check_and_plan(const attn_kernel *k, const attn_args *a, rt_plan *p) {
  int rc = rt_check_kernel(k);
  if (!rc)
    rc = attnrt_check_args(k->info, a);
  if (!rc)
    rt_plan_make(k, a, p);
  return rc;
}

int64_t attnrt_tasks(const attn_kernel *k, const attn_args *a) {
  rt_plan p;
  int rc = check_and_plan(k, a, &p);
  if (rc)
    return rc;
  if (p.nsplit > 1) {
    if ((rc = check_workspace(a, &p)))
      return rc;
    rt_ws_header h = {RT_WS_MAGIC, p.nsplit, p.units, p.ws_bytes};
    memcpy(a->workspace, &h, sizeof h);
    atomic_int *cnt = ws_counters(a);
    for (int64_t u = 0; u < p.units; u++)
      atomic_init(&cnt[u], 0);
  }
  return p.tasks;
}

/* Slot of split s of unit u: rows_max * (A + 2) floats. */
static float *ws_slot(const attn_kernel *k, const attn_args *a, const rt_plan *p, int64_t u, int32_t s) {
  size_t slot = (size_t)p->rows_max * (size_t)(k->acc_dim + 2);
  float *parts = (float *)((char *)a->workspace + rt_ws_partials_offset(p));
  return parts + ((size_t)u * (size_t)p->nsplit + (size_t)s) * slot;
}

static int32_t unit_rows(const rt_unit *u) {
  return (u->q_end - u->q_begin) * (u->h_end - u->h_begin);
}

/* The partial state of a split that saw no key. */
static void write_empty(float *part, int32_t rows, int32_t dv) {
  memset(part, 0, sizeof(float) * (size_t)rows * (size_t)dv);
  for (int32_t r = 0; r < rows; r++) {
    part[(size_t)rows * (size_t)dv + (size_t)r] = -INFINITY;
    part[(size_t)rows * (size_t)(dv + 1) + (size_t)r] = 0.0f;
  }
}

/* Combines the splits of row r into slot 0's acc (in split order: the
 * same bits whichever thread merges), then writes the row's out (through
 * k->project for k_only) and lse.  The acc loops run over d with the
 * split outer, so they vectorize (a merge of 16 splits x 32 rows x 128 was
 * a scalar loop of 65536 steps). */
static void merge_row(const attn_kernel *k, const attn_args *a, const rt_plan *p, int64_t unit,
                      const rt_unit *u, int32_t r) {
  const attn_info *in = k->info;
  int32_t rows = unit_rows(u), dv = k->acc_dim, hn = u->h_end - u->h_begin;
  size_t m_off = (size_t)rows * (size_t)dv, l_off = m_off + (size_t)rows;
  float *restrict acc0 = ws_slot(k, a, p, unit, 0) + (size_t)r * (size_t)dv;
  float mx = -INFINITY, sum = 0.0f;
  for (int32_t s = 0; s < p->nsplit; s++)
    mx = fmaxf(mx, ws_slot(k, a, p, unit, s)[m_off + (size_t)r]);
  if (mx != -INFINITY) {
    for (int32_t s = 0; s < p->nsplit; s++) {
      const float *part = ws_slot(k, a, p, unit, s);
      float w = exp2f(part[m_off + (size_t)r] - mx);
      sum += part[l_off + (size_t)r] * w;
      if (s == 0) {
        for (int32_t d = 0; d < dv; d++)
          acc0[d] *= w;
      } else {
        const float *restrict src = part + (size_t)r * (size_t)dv;
        for (int32_t d = 0; d < dv; d++)
          acc0[d] += src[d] * w;
      }
    }
  }
  int64_t row = u->q_row0 + u->q_begin + r / hn;
  size_t head = (size_t)u->kv_head * (size_t)p->group + (size_t)(u->h_begin + r % hn);
  size_t orow = (size_t)row * (size_t)in->heads_q + head;
  if (k->project) {
    for (int32_t d = 0; sum > 0.0f && d < dv; d++)
      acc0[d] /= sum;
    k->project(a, sum > 0.0f ? acc0 : NULL, (int64_t)orow);
  } else {
    for (int32_t d = 0; d < dv; d++)
      attnrt_store(a->out, in->dtype_out, orow * (size_t)dv + (size_t)d, sum > 0.0f ? acc0[d] / sum : 0.0f);
  }
  if (a->lse)
    a->lse[(size_t)row * (size_t)in->heads_q + head] =
        sum > 0.0f ? (mx + log2f(sum)) * 0.69314718055994531f : -INFINITY;
}

/* Task i of a call already checked and planned.  With merge set, the
 * last split of a unit to finish merges it (NAME_task: a host pool has no
 * barrier to wait at); NAME merges after its own barrier instead
 * (merge_rows). */
static void run_task(const attn_kernel *k, const attn_args *a, const rt_plan *p, int64_t i, int merge) {
  int64_t unit = i / p->nsplit;
  int32_t s = (int32_t)(i % p->nsplit);
  rt_unit u;
  rt_unit_find(k, a, p, unit, &u);
  attn_work w = {.q_row0 = u.q_row0, .seq = u.seq, .kv_head = u.kv_head, .h_begin = u.h_begin,
                 .h_end = u.h_end, .q_begin = u.q_begin, .q_end = u.q_end, .q_pos0 = u.q_pos0,
                 .k_begin = u.key_begin, .k_end = u.key_end, .sink_end = u.sink_end, .part = NULL};
  if (p->nsplit == 1) {
    k->tile(a, &w);
    return;
  }
  w.part = ws_slot(k, a, p, unit, s);
  rt_split_range(k, p, &u, s, &w.k_begin, &w.k_end);
  if (s > 0) /* the sink keys go with the first split (never empty) */
    w.sink_end = 0;
  if (w.k_begin < w.k_end)
    k->tile(a, &w);
  else
    write_empty(w.part, unit_rows(&u), k->acc_dim);
  if (merge && atomic_fetch_add_explicit(&ws_counters(a)[unit], 1, memory_order_acq_rel) == p->nsplit - 1)
    for (int32_t r = 0; r < unit_rows(&u); r++)
      merge_row(k, a, p, unit, &u, r);
}

/* Merge item j of a split call after every task has run: row j % rows_max
 * of unit j / rows_max (rows past the unit's own count are nothing). */
static void merge_item(const attn_kernel *k, const attn_args *a, const rt_plan *p, int64_t j) {
  int64_t unit = j / p->rows_max;
  int32_t r = (int32_t)(j % p->rows_max);
  rt_unit u;
  rt_unit_find(k, a, p, unit, &u);
  if (r < unit_rows(&u))
    merge_row(k, a, p, unit, &u, r);
}

/* Checks what one task can afford: planning is O(batch) outside decode
 * anyway, so there every length is checked; a decode task checks its own
 * sequence, keeping it O(1). */
int attnrt_task(const attn_kernel *k, const attn_args *a, int64_t task) {
  int rc = rt_check_kernel(k);
  if (!rc)
    rc = k->info->phase == ATTN_DECODE ? rt_check_pointers(k->info, a) : attnrt_check_args(k->info, a);
  if (rc)
    return rc;
  rt_plan p;
  rt_plan_make(k, a, &p);
  if (task < 0 || task >= p.tasks)
    return rt_fail(ATTN_E_TASK, "task %lld is outside 0 .. %lld", (long long)task, (long long)p.tasks - 1);
  if (k->info->phase == ATTN_DECODE) {
    int64_t units_per_seq = (int64_t)k->groups * p.blocks, rows = 0;
    int32_t b = (int32_t)(task / p.nsplit / units_per_seq);
    if ((rc = rt_check_seq(k->info, a, b, &rows)) || (rc = rt_check_pages(k->info, a, b)) ||
        (rc = rt_check_masks(k->info, a, b)))
      return rc;
  }
  if (p.nsplit > 1) {
    if ((rc = check_workspace(a, &p)))
      return rc;
    rt_ws_header h;
    memcpy(&h, a->workspace, sizeof h);
    if (h.magic != RT_WS_MAGIC || h.nsplit != p.nsplit || h.units != p.units || h.bytes != p.ws_bytes)
      return rt_fail(ATTN_E_WORKSPACE,
                     "workspace was not prepared by NAME_tasks for these arguments (%lld units x %d splits)",
                     (long long)p.units, (int)p.nsplit);
  }
  run_task(k, a, &p, task, 1);
  return ATTN_OK;
}

/* The workspace NAME uses when the host passes none: one buffer per calling
 * thread, kept between calls and grown when a call needs more (freed when
 * the thread exits by the key's destructor), so a call allocates nothing;
 * a fresh one per call beyond malloc's mmap threshold (128 KiB) was mapped,
 * faulted in and unmapped every time.  (On the 16-core host this did not
 * move the short-context decode time; docs/performance.md.) */
static _Thread_local struct {
  void *p;
  size_t n;
} ws_own;
static pthread_key_t ws_key;
static pthread_once_t ws_once = PTHREAD_ONCE_INIT;

static void ws_key_make(void) {
  if (pthread_key_create(&ws_key, free))
    ws_key = (pthread_key_t)-1; /* no destructor: the buffer stays to thread exit */
}

static void *own_workspace(size_t bytes) {
  if (ws_own.n >= bytes)
    return ws_own.p;
  void *p = aligned_alloc(RT_WS_ALIGN, bytes); /* bytes is a multiple of 64 */
  if (!p)
    return NULL;
  free(ws_own.p);
  ws_own.p = p;
  ws_own.n = bytes;
  pthread_once(&ws_once, ws_key_make);
  if (ws_key != (pthread_key_t)-1)
    pthread_setspecific(ws_key, p);
  return p;
}

int attnrt_run(const attn_kernel *k, const attn_args *a) {
  rt_plan p;
  int rc = check_and_plan(k, a, &p);
  if (rc)
    return rc;
  if (p.tasks == 0)
    return ATTN_OK;
  /* The tasks run on other threads: pin T so that they plan alike. */
  attn_args local = *a;
  local.num_threads = p.threads;
  if (p.ws_bytes > 0 && !a->workspace) {
    void *own = own_workspace((size_t)p.ws_bytes);
    if (!own)
      return rt_fail(ATTN_E_NOMEM, "no memory for a %lld-byte workspace", (long long)p.ws_bytes);
    local.workspace = own;
    local.workspace_size = (size_t)p.ws_bytes;
  }
  int64_t n = attnrt_tasks(k, &local);
  if (n <= 0)
    return n < 0 ? (int)n : ATTN_OK;
  if (p.threads == 1 || n == 1) {
    for (int64_t i = 0; i < n; i++)
      run_task(k, &local, &p, i, 1);
  } else if (p.nsplit == 1) {
#pragma omp parallel for schedule(dynamic, 1) num_threads(p.threads)
    for (int64_t i = 0; i < n; i++)
      run_task(k, &local, &p, i, 0);
  } else {
    /* The merge is spread over the threads, a row each, after the tasks'
     * barrier: the last-finisher merge of NAME_task leaves one thread
     * merging a unit's rows x nsplit partials while the rest wait, and a
     * single unit of 32 rows split 16 ways (B = 1, 8 KV heads a task on
     * 16 threads) made that longer than the split work itself. */
    int64_t items = p.units * p.rows_max;
#pragma omp parallel num_threads(p.threads)
    {
#pragma omp for schedule(dynamic, 1)
      for (int64_t i = 0; i < n; i++)
        run_task(k, &local, &p, i, 0);
#pragma omp for schedule(static)
      for (int64_t j = 0; j < items; j++)
        merge_item(k, &local, &p, j);
    }
  }
  return ATTN_OK;
}
