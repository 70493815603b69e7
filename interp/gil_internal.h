/* gil_internal.h: what the GIL (gil.c), its timeline recorder
 * (gil_trace.c) and its report (gil_report.c) share. */
#ifndef GILPY_GIL_INTERNAL_H
#define GILPY_GIL_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include "gil.h"

/* CLOCK_MONOTONIC in nanoseconds. */
int64_t gil_now_ns(void);

/* Every thread that ever registered, in order (the first is the main
 * thread; the list only grows). */
GilThread *gil_registry_first(void);
GilThread *gil_main_thread(void);

/* Start-up: the statistics' wall clock starts now. */
void gil_stats_begin(void);

/* Exit: from now on, threads other than the main one never take the GIL. */
void gil_finalize(void);

/* The timeline (-X giltrace=FILE): gil_tracing is set while recording. */
extern bool gil_tracing;
void gil_trace_start(const char *path);
void gil_trace_span(GilThread *t, int state, int64_t begin_ns, int64_t end_ns, const char *what);
void gil_trace_thread_name(GilThread *t);
/* In a forked child: the recorder's lock starts unlocked. */
void gil_trace_after_fork_child(void);
/* Writes the recorded timeline to the file (at exit): a forked child
 * writes a part file that the first process folds into its trace. */
void gil_trace_write(void);

/* Across processes (gil_procs.c). */
typedef struct GilProcSummary {
    double wall;                 /* seconds since the process started (or forked) */
    double run, wait, blocked;   /* seconds, summed over the process's threads */
    int threads;
} GilProcSummary;
void gil_procs_begin(void);
void gil_procs_after_fork_child(void);
bool gil_procs_is_child(void);
long gil_procs_first_pid(void);
const char *gil_process_name(void);
/* Whether a child has left its line yet (the first process's heading). */
bool gil_procs_seen_children(void);
/* Removes a stale summary file left by an earlier run with the same pid. */
void gil_procs_forget(void);
/* A child at exit: its line in the run's summary file. */
void gil_procs_record(const GilProcSummary *s);
/* The first process at exit: the table of processes, if any child wrote. */
void gil_procs_report(const GilProcSummary *mine);
/* In a forked child: the counters restart from zero. */
void gil_stats_after_fork_child(void);

#endif
