/* asyncio_loop.h: the event loop's core in C, shared by its files and the
 * rest of _asyncio_c:
 *
 * asyncio_handle.c  Handle and TimerHandle (asyncio.events' callback handles)
 * asyncio_heap.c    the timer heap: heapq's algorithm on loop._scheduled
 * asyncio_loop.c    one loop iteration (_run_once), the run loop, and
 *                   loop.call_soon's fast path for C Futures and Tasks
 */
#ifndef GILPY_ASYNCIO_LOOP_H
#define GILPY_ASYNCIO_LOOP_H

#include "object.h"

typedef struct HandleObj {
    Obj ob;
    Obj *callback;      /* None once cancelled; NULL before __init__ */
    Obj *args;          /* a tuple (or any iterable set from Python); None once cancelled */
    Obj *loop;
    Obj *context;
    Obj *source_tb;     /* the creation stack (debug mode) or NULL */
    Obj *repr;          /* the repr kept by a debug-mode cancel(), or NULL */
    bool cancelled;
} HandleObj;

typedef struct TimerHandleObj {
    HandleObj h;
    Obj *when;
    double when_d;      /* when as a double, valid when when_fast */
    bool when_fast;     /* when is a float or a small int */
    bool scheduled;
} TimerHandleObj;

extern Type HandleType, TimerHandleType;

static inline bool is_handle(const Obj *o) {
    return !is_small(o) && type_is_subtype(o->type, &HandleType);
}
static inline bool is_timer_handle(const Obj *o) {
    return !is_small(o) && type_is_subtype(o->type, &TimerHandleType);
}

/* ---- asyncio_handle.c ---------------------------------------------------- */
/* Readies both types (module asyncio.events). */
int handle_types_ready(void);
/* A new Handle for callback(*args) (args a tuple, reference stolen) in ctx,
 * without the debug-mode stack: the loop's fast path.  NULL on error. */
Obj *handle_new_plain(Obj *callback, Obj *args, Obj *loop, Obj *ctx);
/* handle._cancelled: 1, 0, -1 (any object with that attribute). */
int handle_cancelled(Obj *h);
/* handle._run(): 0, or -1 with the exception (SystemExit, KeyboardInterrupt
 * or a failure of the exception handler) to propagate. */
int handle_run(Obj *h);
/* timer._when as a double (any object with that attribute): 0 or -1. */
int timer_when(Obj *timer, double *out);
/* timer._scheduled = flag. */
int timer_set_scheduled(Obj *timer, bool flag);
/* heapq's `a < b` for the timer heap: TimerHandles compare their times in
 * C; anything else goes through the < operator.  1, 0, -1. */
int timer_less(Obj *a, Obj *b);

/* ---- asyncio_heap.c ------------------------------------------------------ */
int heap_push(Obj *list, Obj *item);
Obj *heap_pop(Obj *list);   /* new reference; IndexError when empty */
int heap_heapify(Obj *list);
extern const MethodDef heap_functions[];   /* _heappush, _heappop, _heapify */

/* ---- asyncio_loop.c ------------------------------------------------------ */
/* loop.call_soon(fn, arg, context=ctx) done in C when loop is a stock
 * BaseEventLoop (call_soon not overridden, not in debug mode): 1 done,
 * 0 not applicable (call the method), -1 error. */
int loop_call_soon_fast(Obj *loop, Obj *fn, Obj *arg, Obj *ctx);
/* loop.get_debug(), read in C while the loop keeps asyncio's: 1, 0, -1. */
int loop_get_debug(Obj *loop);
extern const MethodDef loop_functions[];   /* _run_once, _run_forever, _loop_stock */

#endif
