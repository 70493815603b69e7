/* gil.h: the global interpreter lock.
 *
 * One lock around the VM and every object.  The algorithm is CPython's since
 * 3.2: a thread that wants the GIL waits on a condition variable with a
 * timeout of the switch interval; if the interval passes with no hand-over,
 * it sets the drop request (an eval-breaker bit), the holder gives the GIL
 * up at its next breaker check and then waits until another thread has
 * taken it (forced switching), so it cannot take it straight back.
 *
 * Every call that can block sits between gil_blocking_begin("what") and
 * gil_blocking_end() (through stdlib/blocking.h), and touches no object in
 * between.  The GIL counts, per thread, what a teacher wants to show (time
 * holding, waiting, blocked; acquisitions; forced and voluntary drops) and,
 * with -X giltrace, records a timeline (interp/gil_trace.c).
 */
#ifndef GILPY_GIL_H
#define GILPY_GIL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include "tstate.h"

/* Per-thread GIL bookkeeping, kept in the thread's VMThread. */
typedef struct GilThread {
    struct GilThread *next;        /* every thread that ever ran (for the report) */
    unsigned long ident;           /* threading.get_ident() */
    long native_id;                /* the kernel's thread id */
    char name[64];                 /* threading's name ("MainThread", "Thread-1 (f)") */
    int64_t state_since;           /* ns: when the current state began */
    int state;                     /* GilState */
    const char *blocked_in;        /* the blocking call's name while GIL_BLOCKED */
    int64_t ns_holding, ns_waiting, ns_blocked;
    uint64_t acquisitions, forced_drops, voluntary_drops, blocking_calls;
    bool finished;
    struct GilCounters {            /* the counters at the last gil.reset() */
        int64_t ns_holding, ns_waiting, ns_blocked;
        uint64_t acquisitions, forced_drops, voluntary_drops, blocking_calls;
    } base;
} GilThread;

enum GilState { GIL_NONE, GIL_HOLDING, GIL_WAITING, GIL_BLOCKED };

/* Start-up: makes the GIL and gives it to the calling (main) thread. */
void gil_init(void);

/* Takes / gives up the GIL for the calling thread (thread start and end). */
void gil_acquire(void);
void gil_release(void);

/* Around a blocking system call: `what` names it in statistics and traces
 * ("sleep", "recv", "accept", "join"...; a static string). */
void gil_blocking_begin(const char *what);
void gil_blocking_end(void);

/* The switch interval in seconds (sys.getswitchinterval/setswitchinterval). */
double gil_get_switch_interval(void);
void gil_set_switch_interval(double seconds);

/* Thread registry for statistics: a new thread's record (made by the thread
 * itself before it first takes the GIL), its name, and its end. */
GilThread *gil_thread_register(void);
void gil_thread_set_name(const char *name);
/* The same for the running thread whose ident is `ident` (0: the caller). */
void gil_thread_set_name_of(unsigned long ident, const char *name);
void gil_thread_finished(void);

/* In the child after fork(): a fresh GIL held by the only surviving thread. */
void gil_after_fork_child(void);

/* Blocking calls are timed from now on (they are not in a single-threaded
 * program until statistics are asked for: -X gilstats/giltrace, `gil`). */
void gil_enable_accounting(void);

/* Statistics as a list of dicts (one per thread) for scripts; NULL on error. */
Obj *gil_stats_list(void);
/* The statistics table with its one-line reading, as a str. */
Obj *gil_report_text(void);
/* Scripts' view of the counters starts again from zero (a script measuring
 * one phase); the -X gilstats report at exit still covers the whole run. */
void gil_stats_reset(void);
/* The process's name in -X gilstats tables and -X giltrace tracks
 * ("MainProcess"; multiprocessing names its children "Process-1"...). */
void gil_set_process_name(const char *name);
/* Takes `-X gilstats` and `-X giltrace[=FILE]`; false for other options. */
bool gil_xoption(const char *opt);
/* Other recorders' events in the same -X giltrace file (asyncio's
 * -X looptrace): the trace's time origin in seconds on the monotonic clock
 * (time.monotonic, time.perf_counter), false when no GIL trace is being
 * recorded; and a block of Chrome trace events as JSON text, each preceded
 * by ",\n", written with this process's spans (-1: out of memory). */
bool gil_trace_origin(double *seconds);
int gil_trace_add_events(const char *json, size_t len);
/* Interpreter exit, after the last Python code ran: other threads never run
 * again; the statistics and the timeline asked for are written. */
void gil_at_exit(void);

/* True once a second thread has been started (single-threaded programs
 * skip the hand-over around blocking calls).  Set with gil_note_thread_start(). */
extern _Atomic bool gil_threads_started;
void gil_note_thread_start(void);

#endif
