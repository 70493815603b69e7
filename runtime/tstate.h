/* tstate.h: the per-thread state the runtime needs.
 *
 * One ThreadState per OS thread.  The runtime keeps only what it must (the
 * current exception, the exception being handled, the recursion depth); the
 * interpreter layer hangs its own data (frames, GIL statistics) off `interp`.
 */
#ifndef GILPY_TSTATE_H
#define GILPY_TSTATE_H

#include "object.h"

typedef struct ThreadState {
    Obj *cur_exc;            /* raised and propagating, or NULL */
    Obj *handled_exc;        /* the exception an except/finally block is handling
                                (sys.exc_info(), implicit __context__), or NULL */
    int recursion_depth;     /* C-level and Python-level calls */
    int recursion_limit;     /* sys.getrecursionlimit(), default 1000 */
    void *interp;            /* owned by interp/: frames, GIL bookkeeping */
    Obj *context;            /* contextvars: the current Context, or NULL (an
                                empty one is made on first use) */
    Obj *stop_exc;           /* the StopIteration(value...) a Python __next__
                                raised, kept while iternext reports plain
                                exhaustion (next() and yield from use it) */
    unsigned long ident;     /* threading.get_ident() of its thread, once linked */
    struct ThreadState *next_live;   /* the live list (tstate_link) */
} ThreadState;

extern _Thread_local ThreadState *tstate_current;
static inline ThreadState *tstate_get(void) { return tstate_current; }

/* The main thread's state (static, made once; called by start-up code and
 * by exceptions_init).  Other threads: tstate_new(), then set tstate_current
 * in the thread; tstate_free() when the thread ends. */
void tstate_init_main(void);
ThreadState *tstate_new(void);
void tstate_free(ThreadState *ts);

/* The states of the threads running Python code, for sys._current_frames:
 * a thread links its own state (recording its ident) when it starts
 * running code and unlinks it when done.  Read the list holding the GIL. */
void tstate_link(ThreadState *ts);
void tstate_unlink(ThreadState *ts);
ThreadState *tstate_first_live(void);

/* Recursion guard for C recursion (repr of nested lists, comparisons...).
 * Returns -1 with RecursionError set when the limit is exceeded. */
int recursion_enter(const char *where);   /* where: " while getting the repr of an object" */
static inline void recursion_leave(void) { tstate_current->recursion_depth--; }

#endif
