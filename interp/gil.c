/* gil.c: the global interpreter lock and its per-thread bookkeeping.
 *
 * The lock is a flag guarded by a mutex, with a condition variable that
 * waiters sleep on.  A waiter sleeps at most one switch interval at a time;
 * if the interval passed and the GIL did not change hands meanwhile, it
 * raises the drop request.  The holder sees the request at its next
 * eval-breaker check (a backward jump or a call), gives the GIL up and then
 * sleeps on a second condition until someone else has taken it, so the
 * thread that asked really runs next (CPython's "forced switching").
 *
 * Every state change of a thread (holding, waiting, blocked in a system
 * call) is timed and counted in its GilThread; with -X giltrace the spans
 * also go to the timeline recorder (gil_trace.c).
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "gil.h"
#include "gil_internal.h"
#include "api.h"
#include "vm.h"

enum { DEFAULT_INTERVAL_US = 5000 };

static struct {
    pthread_mutex_t mutex;         /* guards locked, last_holder, switch_number */
    pthread_cond_t released;       /* signalled when the GIL is dropped */
    pthread_mutex_t switch_mutex;
    pthread_cond_t switched;       /* signalled when a new thread took the GIL */
    bool locked;
    GilThread *last_holder;
    unsigned long switch_number;
    atomic_bool drop_request;
    _Atomic long interval_us;
    atomic_bool finalizing;
} gil;

_Atomic bool gil_threads_started;
static _Thread_local GilThread *gil_self;
static GilThread *main_gil_thread;

/* The registry of every thread that ran, for the exit report (guarded by
 * registry_mutex: threads register before they hold the GIL). */
static pthread_mutex_t registry_mutex = PTHREAD_MUTEX_INITIALIZER;
static GilThread *registry_head, **registry_tail = &registry_head;

int64_t gil_now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Timing blocking calls costs two clock reads each; a single-threaded
 * program nobody is watching (no -X gilstats/giltrace, no `gil` module)
 * skips them.  Starting a thread or asking for statistics turns it on. */
static bool accounting;

static inline bool threads_started(void) {
    return atomic_load_explicit(&gil_threads_started, memory_order_relaxed);
}

void gil_note_thread_start(void) {
    if (!threads_started()) {
        accounting = true;
        atomic_store(&gil_threads_started, true);
    }
}

GilThread *gil_registry_first(void) { return registry_head; }
GilThread *gil_main_thread(void) { return main_gil_thread; }

/* Ends the thread's current state at `now`, adding its length to the
 * matching counter (and to the trace), and starts `state`. */
static void enter_state(GilThread *t, int state, int64_t now) {
    int64_t span = now - t->state_since;
    switch (t->state) {
    case GIL_HOLDING: t->ns_holding += span; break;
    case GIL_WAITING: t->ns_waiting += span; break;
    case GIL_BLOCKED: t->ns_blocked += span; break;
    default: break;
    }
    if (gil_tracing && t->state != GIL_NONE)
        gil_trace_span(t, t->state, t->state_since, now, t->blocked_in);
    t->state = state;
    t->state_since = now;
}

static void init_sync(void) {
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&gil.mutex, NULL);
    pthread_cond_init(&gil.released, &ca);
    pthread_mutex_init(&gil.switch_mutex, NULL);
    pthread_cond_init(&gil.switched, &ca);
    pthread_condattr_destroy(&ca);
}

static void request_drop(void) {
    atomic_store(&gil.drop_request, true);
    vm_breaker_set(BREAKER_GIL_DROP);
}

/* Sleeps until the GIL is free, then takes it. */
static void take(GilThread *me) {
    pthread_mutex_lock(&gil.mutex);
    while (gil.locked) {
        unsigned long seen = gil.switch_number;
        struct timespec deadline;
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        long us = atomic_load(&gil.interval_us);
        if (us < 1) us = 1;
        deadline.tv_nsec += (us % 1000000) * 1000;
        deadline.tv_sec += us / 1000000 + deadline.tv_nsec / 1000000000;
        deadline.tv_nsec %= 1000000000;
        int rc = pthread_cond_timedwait(&gil.released, &gil.mutex, &deadline);
        if (rc == ETIMEDOUT && gil.locked && gil.switch_number == seen) request_drop();
    }
    if (atomic_load(&gil.finalizing) && me != main_gil_thread) {
        /* the interpreter is exiting: a daemon thread never runs again */
        pthread_mutex_unlock(&gil.mutex);
        for (;;) pause();
    }
    pthread_mutex_lock(&gil.switch_mutex);
    gil.locked = true;
    if (gil.last_holder != me) {
        gil.last_holder = me;
        gil.switch_number++;
    }
    pthread_cond_signal(&gil.switched);
    pthread_mutex_unlock(&gil.switch_mutex);
    /* a request made of the previous holder is answered now */
    atomic_store(&gil.drop_request, false);
    pthread_mutex_unlock(&gil.mutex);
    if (me == main_gil_thread) signals_rearm();
}

/* Gives the GIL up.  When the drop was requested, waits until another
 * thread has taken it. */
static void drop(GilThread *me, bool forced) {
    pthread_mutex_lock(&gil.mutex);
    gil.locked = false;
    pthread_cond_signal(&gil.released);
    pthread_mutex_unlock(&gil.mutex);
    if (forced) {
        pthread_mutex_lock(&gil.switch_mutex);
        if (gil.last_holder == me) {
            atomic_store(&gil.drop_request, false);
            pthread_cond_wait(&gil.switched, &gil.switch_mutex);
        }
        pthread_mutex_unlock(&gil.switch_mutex);
    }
}

static void acquire_as(GilThread *me) {
    int64_t now = gil_now_ns();
    enter_state(me, GIL_WAITING, now);
    take(me);
    enter_state(me, GIL_HOLDING, gil_now_ns());
    me->acquisitions++;
}

void gil_acquire(void) {
    GilThread *me = gil_self;
    if (me == NULL) me = gil_thread_register();
    acquire_as(me);
}

void gil_release(void) {
    GilThread *me = gil_self;
    enter_state(me, GIL_NONE, gil_now_ns());
    drop(me, false);
}

void gil_enable_accounting(void) { accounting = true; }

void gil_blocking_begin(const char *what) {
    GilThread *me = gil_self;
    if (me == NULL) return;           /* before start-up made the GIL */
    if (!accounting && !threads_started()) return;
    me->blocking_calls++;
    me->blocked_in = what;
    enter_state(me, GIL_BLOCKED, gil_now_ns());
    if (!threads_started()) return;   /* nobody to hand it to */
    me->voluntary_drops++;
    drop(me, false);
}

void gil_blocking_end(void) {
    GilThread *me = gil_self;
    if (me == NULL || (!accounting && !threads_started())) return;
    if (!threads_started()) {
        enter_state(me, GIL_HOLDING, gil_now_ns());
        me->blocked_in = NULL;
        return;
    }
    int saved = errno;                /* callers read errno after this */
    acquire_as(me);
    me->blocked_in = NULL;
    errno = saved;
}

/* The eval-breaker hook: another thread asked for the GIL. */
static int drop_request_hook(void) {
    if (!atomic_load(&gil.drop_request)) return 0;
    GilThread *me = gil_self;
    me->forced_drops++;
    enter_state(me, GIL_NONE, gil_now_ns());
    drop(me, true);
    acquire_as(me);
    return 0;
}

double gil_get_switch_interval(void) {
    return (double)atomic_load(&gil.interval_us) / 1e6;
}

void gil_set_switch_interval(double seconds) {
    long us = (long)(seconds * 1e6);
    atomic_store(&gil.interval_us, us);   /* 0 is kept (and waits use 1 us), as CPython */
}

GilThread *gil_thread_register(void) {
    GilThread *t = calloc(1, sizeof *t);
    if (t == NULL) abort();           /* a few hundred bytes at thread start */
    t->ident = (unsigned long)pthread_self();
    t->native_id = (long)syscall(SYS_gettid);
    t->state_since = gil_now_ns();
    snprintf(t->name, sizeof t->name, "Thread-%lu", t->ident);
    pthread_mutex_lock(&registry_mutex);
    *registry_tail = t;
    registry_tail = &t->next;
    pthread_mutex_unlock(&registry_mutex);
    gil_self = t;
    return t;
}

void gil_thread_set_name(const char *name) {
    if (gil_self == NULL) return;
    snprintf(gil_self->name, sizeof gil_self->name, "%s", name);
    if (gil_tracing) gil_trace_thread_name(gil_self);
}

/* Finished threads keep their own row up to a limit; older ones are folded
 * into one "earlier threads" row (placed after the main thread's), so a
 * server that starts a thread per request does not grow without end.
 * Not while recording a timeline, whose spans point at their thread. */
enum { KEEP_FINISHED = 64 };
static int nfinished, nretired;
static GilThread *retired;

static void add_counters(GilThread *into, const GilThread *t) {
    into->ns_holding += t->ns_holding;
    into->ns_waiting += t->ns_waiting;
    into->ns_blocked += t->ns_blocked;
    into->acquisitions += t->acquisitions;
    into->forced_drops += t->forced_drops;
    into->voluntary_drops += t->voluntary_drops;
    into->blocking_calls += t->blocking_calls;
    into->base.ns_holding += t->base.ns_holding;
    into->base.ns_waiting += t->base.ns_waiting;
    into->base.ns_blocked += t->base.ns_blocked;
    into->base.acquisitions += t->base.acquisitions;
    into->base.forced_drops += t->base.forced_drops;
    into->base.voluntary_drops += t->base.voluntary_drops;
    into->base.blocking_calls += t->base.blocking_calls;
}

/* Folds the oldest finished thread into the `retired` row (GIL held). */
static void retire_oldest_finished(void) {
    pthread_mutex_lock(&registry_mutex);
    if (retired == NULL && (retired = calloc(1, sizeof *retired)) != NULL) {
        retired->finished = true;
        retired->next = main_gil_thread->next;
        main_gil_thread->next = retired;
        if (registry_tail == &main_gil_thread->next) registry_tail = &retired->next;
    }
    GilThread **link = retired ? &retired->next : NULL;
    while (link != NULL && *link != NULL && !(*link)->finished) link = &(*link)->next;
    if (link != NULL && *link != NULL) {
        GilThread *old = *link;
        *link = old->next;
        if (registry_tail == &old->next) registry_tail = link;
        add_counters(retired, old);
        snprintf(retired->name, sizeof retired->name, "(%d earlier threads)", ++nretired);
        free(old);
        nfinished--;
    }
    pthread_mutex_unlock(&registry_mutex);
}

void gil_thread_set_name_of(unsigned long ident, const char *name) {
    if (ident == 0) {
        gil_thread_set_name(name);
        return;
    }
    pthread_mutex_lock(&registry_mutex);
    for (GilThread *t = registry_head; t != NULL; t = t->next)
        if (t->ident == ident && !t->finished) snprintf(t->name, sizeof t->name, "%s", name);
    pthread_mutex_unlock(&registry_mutex);
}

void gil_thread_finished(void) {
    GilThread *me = gil_self;
    enter_state(me, GIL_NONE, gil_now_ns());
    me->finished = true;
    if (++nfinished > KEEP_FINISHED && !gil_tracing) retire_oldest_finished();
    drop(me, false);
    gil_self = NULL;
}

void gil_init(void) {
    init_sync();
    atomic_store(&gil.interval_us, DEFAULT_INTERVAL_US);
    main_gil_thread = gil_thread_register();
    snprintf(main_gil_thread->name, sizeof main_gil_thread->name, "MainThread");
    vm_breaker_set_hook(BREAKER_GIL_DROP, drop_request_hook);
    gil_stats_begin();
    acquire_as(main_gil_thread);
}

void gil_finalize(void) {
    atomic_store(&gil.finalizing, true);
}

void gil_after_fork_child(void) {
    GilThread *me = gil_self;
    init_sync();
    gil.locked = true;
    gil.last_holder = me;
    atomic_store(&gil.drop_request, false);
    pthread_mutex_init(&registry_mutex, NULL);
    for (GilThread *t = registry_head; t != NULL; t = t->next)
        if (t != me) t->finished = true;
    main_gil_thread = me;
    me->native_id = (long)syscall(SYS_gettid);
}

void interp_after_fork_child(void) {
    gil_after_fork_child();
    gil_stats_after_fork_child();
    gil_trace_after_fork_child();
}
