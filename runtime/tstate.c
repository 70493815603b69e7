/* tstate.c: per-thread runtime state and the C recursion guard.
 *
 * Every OS thread that runs Python code owns one ThreadState, reachable
 * through the thread-local tstate_current.  The main thread's state is made
 * by tstate_init_main() during start-up; other threads get theirs from
 * tstate_new() (interp/ does that when it starts a thread).
 */
#include <pthread.h>
#include <stdlib.h>
#include "tstate.h"
#include "err.h"

_Thread_local ThreadState *tstate_current;

static ThreadState *live_head;
static pthread_mutex_t live_mutex = PTHREAD_MUTEX_INITIALIZER;

void tstate_link(ThreadState *ts) {
    ts->ident = (unsigned long)pthread_self();
    pthread_mutex_lock(&live_mutex);
    ts->next_live = live_head;
    live_head = ts;
    pthread_mutex_unlock(&live_mutex);
}

void tstate_unlink(ThreadState *ts) {
    pthread_mutex_lock(&live_mutex);
    for (ThreadState **p = &live_head; *p != NULL; p = &(*p)->next_live)
        if (*p == ts) {
            *p = ts->next_live;
            break;
        }
    ts->next_live = NULL;
    pthread_mutex_unlock(&live_mutex);
}

ThreadState *tstate_first_live(void) { return live_head; }

enum { DEFAULT_RECURSION_LIMIT = 1000 };

ThreadState *tstate_new(void) {
    ThreadState *ts = calloc(1, sizeof *ts);
    if (ts == NULL) return NULL;
    ts->recursion_limit = DEFAULT_RECURSION_LIMIT;
    return ts;
}

void tstate_free(ThreadState *ts) {
    if (ts == NULL) return;
    CLEAR(ts->cur_exc);
    CLEAR(ts->handled_exc);
    CLEAR(ts->context);
    CLEAR(ts->stop_exc);
    free(ts);
}

void tstate_init_main(void) {
    static ThreadState main_state;
    if (tstate_current != NULL) return;
    main_state.recursion_limit = DEFAULT_RECURSION_LIMIT;
    tstate_current = &main_state;
}

int recursion_enter(const char *where) {
    ThreadState *ts = tstate_current;
    if (++ts->recursion_depth > ts->recursion_limit) {
        ts->recursion_depth--;
        err_format(&Exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}
