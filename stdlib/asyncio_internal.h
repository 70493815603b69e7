/* asyncio_internal.h: what the files of _asyncio_c share: the layouts of
 * Future and Task, the running-task registry, and the Python helpers the
 * C classes call on their cold paths (reprs, stacks, error reports).
 *
 * asyncio_future.c  Future and its __await__ iterator
 * asyncio_task.c    Task: stepping the coroutine, waking up on futures
 * asyncio_deque.c   deque (collections.deque's interface) for the loop and queues
 * asyncio_module.c  the module, current/all tasks, helper lookup
 */
#ifndef GILPY_ASYNCIO_INTERNAL_H
#define GILPY_ASYNCIO_INTERNAL_H

#include "object.h"

enum FutState { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

typedef struct FutureObj {
    Obj ob;
    Obj *loop;              /* NULL until __init__ ran */
    Obj *cb0, *ctx0;        /* the first done callback and its context */
    Obj *callbacks;         /* list of (callback, context) for the others, or NULL */
    Obj *result;
    Obj *exception, *exception_tb;
    Obj *source_tb;         /* list (debug mode) or NULL */
    Obj *cancel_msg;
    Obj *cancelled_exc;     /* the CancelledError a task's coroutine raised */
    Obj *dict;              /* instance __dict__ */
    int state;
    bool log_tb;            /* an exception nobody retrieved yet */
    bool blocking;          /* _asyncio_future_blocking */
} FutureObj;

typedef struct TaskObj {
    FutureObj fut;
    Obj *coro, *context, *name;
    Obj *fut_waiter;
    intptr_t num_cancels_requested;
    bool must_cancel;
    bool log_destroy_pending;
} TaskObj;

extern Type AsyncFutureType, AsyncTaskType, FutureIterType, TaskStepType;
#include "collections_deque.h"

static inline bool is_future_exact(const Obj *o) {
    return !is_small(o) && (o->type == &AsyncFutureType || o->type == &AsyncTaskType);
}
static inline bool is_async_future(const Obj *o) {
    return !is_small(o) && type_is_subtype(o->type, &AsyncFutureType);
}
static inline bool is_async_task(const Obj *o) {
    return !is_small(o) && type_is_subtype(o->type, &AsyncTaskType);
}

/* ---- asyncio_module.c ---------------------------------------------------- */
/* module.name from the asyncio package, looked up once (borrowed), or NULL
 * with the import's error. */
Obj *aio_helper(int which);
enum {
    H_CANCELLED_ERROR, H_INVALID_STATE_ERROR, H_FUTURE_REPR, H_FUTURE_REPR_INFO,
    H_TASK_REPR_INFO, H_TASK_GET_STACK, H_TASK_PRINT_STACK, H_GET_EVENT_LOOP,
    H_ISCOROUTINE, H_CALLER_STACK, H_TASK_NAME_COUNTER, H_COUNT
};
/* The running-task table (loop -> task) and the set of live tasks. */
extern Obj *aio_current_tasks, *aio_all_tasks;
int aio_enter_task(Obj *loop, Obj *task);
int aio_leave_task(Obj *loop, Obj *task);
/* loop.call_soon(fn, arg, context=ctx); arg may be NULL.  0 or -1. */
int aio_call_soon(Obj *loop, Obj *fn, Obj *arg, Obj *ctx);
/* Reports through loop.call_exception_handler({message, exception, key: obj,
 * source_traceback}) from a dealloc; exceptions are written as unraisable. */
void aio_report_destroyed(Obj *loop, const char *message, Obj *exc, const char *key, Obj *obj,
                          Obj *source_tb);

/* ---- asyncio_future.c ---------------------------------------------------- */
int future_init_fields(FutureObj *f, Obj *loop);
void future_clear_fields(FutureObj *f);
int future_set_result(FutureObj *f, Obj *result);
int future_set_exception(FutureObj *f, Obj *exc);
/* cancel(msg): 1 cancelled, 0 already done. */
int future_cancel(FutureObj *f, Obj *msg);
int future_add_done_callback(FutureObj *f, Obj *fn, Obj *ctx);
Obj *future_make_cancelled_error(FutureObj *f);
Obj *future_state_name(int state);   /* borrowed */
Obj *future_repr(Obj *self);
/* Both classes' dealloc: reports a pending task or an exception nobody
 * retrieved through the loop's exception handler, then frees. */
void future_dealloc(Obj *o);

/* ---- asyncio_task.c ------------------------------------------------------ */
void task_clear_fields(TaskObj *t);

#endif
