/* asyncio_internal.h: what the files of _asyncio_c share: the layouts of
 * Future and Task, the running-task registry, and the Python helpers the
 * C classes call on their cold paths (reprs, stacks, error reports).
 *
 * asyncio_future.c  Future and its __await__ iterator
 * asyncio_task.c    Task: stepping the coroutine, waking up on futures
 * asyncio_deque.c   deque (collections.deque's interface) for the loop and queues
 * asyncio_module.c  the module, current tasks, helper lookup
 * asyncio_registry.c the live tasks (weak), their reports at exit
 */
#ifndef GILPY_ASYNCIO_INTERNAL_H
#define GILPY_ASYNCIO_INTERNAL_H

#include "object.h"

enum FutState { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

/* What few futures need, allocated on first use (memory per pending task
 * is a goal: 100,000 tasks blocked in sleep() must fit in CPython's RSS). */
typedef struct FutureExtra {
    Obj *exception_tb;      /* the exception's traceback when it was set */
    Obj *source_tb;         /* creation stack (debug mode) */
    Obj *cancel_msg;
    Obj *cancelled_exc;     /* the CancelledError a task's coroutine raised */
} FutureExtra;

typedef struct FutureObj {
    Obj ob;
    Obj *loop;              /* NULL until __init__ ran */
    Obj *cb0, *ctx0;        /* the first done callback and its context */
    Obj *callbacks;         /* list of (callback, context) for the others, or NULL */
    Obj *result;            /* the result, or the exception when is_exc */
    FutureExtra *extra;     /* or NULL */
    Obj *dict;              /* instance __dict__ */
    uint8_t state;
    bool is_exc;            /* finished with an exception (in `result`) */
    bool log_tb;            /* an exception nobody retrieved yet */
    bool blocking;          /* _asyncio_future_blocking */
    /* Task's flags, kept in the Future's padding */
    bool must_cancel;
    bool log_destroy_pending;
    bool lost_mark;         /* found unreachable, being finalized (asyncio_lost.c) */
} FutureObj;

/* A rare field: NULL when unset. */
#define FUT_X(f, field) ((f)->extra != NULL ? (f)->extra->field : NULL)
/* Replaces a rare field with `value` (a new reference, or NULL); -1 only
 * when the extra block cannot be allocated (value is then released). */
int future_set_x(FutureObj *f, Obj **(*slot)(FutureExtra *), Obj *value);
#define FUT_SET_X(f, field, value) future_set_x((f), fx_##field, (value))
static inline Obj **fx_exception_tb(FutureExtra *x) { return &x->exception_tb; }
static inline Obj **fx_source_tb(FutureExtra *x) { return &x->source_tb; }
static inline Obj **fx_cancel_msg(FutureExtra *x) { return &x->cancel_msg; }
static inline Obj **fx_cancelled_exc(FutureExtra *x) { return &x->cancelled_exc; }

typedef struct TaskObj {
    FutureObj fut;
    Obj *coro, *context;
    Obj *name;              /* a str, or a small int n standing for "Task-n" */
    Obj *fut_waiter;
    int32_t num_cancels_requested;
    uint32_t reg_index;     /* its slot in the registry of live tasks (+1; 0: none) */
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
    H_ISCOROUTINE, H_CALLER_STACK, H_ALL_TASKS_WEAKSET, H_COUNT
};
/* The running-task table (loop -> task). */
extern Obj *aio_current_tasks;
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
/* Reports, once each, a task destroyed while pending and an exception
 * nobody retrieved, through the loop's exception handler (o is alive). */
void future_report_lost(Obj *o);
/* Both classes' dealloc: reports a pending task or an exception nobody
 * retrieved through the loop's exception handler, then frees. */
void future_dealloc(Obj *o);

/* The iterator Future.__await__ returns. */
typedef struct FutureIterObj {
    Obj ob;
    Obj *fut;   /* NULL once finished */
} FutureIterObj;

/* ---- asyncio_task.c ------------------------------------------------------ */
void task_clear_fields(TaskObj *t);
/* The task's name as a str (made from its number on first use). */
Obj *task_name(TaskObj *t);

/* ---- asyncio_registry.c -------------------------------------------------- */
/* The live C tasks, held weakly (a task leaves when it is freed), in the
 * order they were made: what all_tasks() lists.  Adding twice is a no-op. */
int registry_add(TaskObj *t);
void registry_remove(TaskObj *t);
/* Walking the registry: slots 0..registry_used()-1, NULL for a free one. */
size_t registry_used(void);
TaskObj *registry_at(size_t i);
/* The next number of a default task name (Task-<n>). */
int64_t registry_next_task_number(void);
extern const MethodDef registry_functions[];

/* ---- asyncio_lost.c ------------------------------------------------------ */
/* Closes the task's coroutine (a suspended one: its finally blocks run), as
 * the coroutine's finalizer does; errors are reported as unraisable. */
void lost_task_close_coro(TaskObj *task);
/* gc.collect()'s part (stdlib/gc.c calls it), and the first step at exit:
 * the pending tasks that can be reached only through their own cycles are
 * dropped from the registry, their coroutines closed, reported as destroyed,
 * and freed, as CPython's collector does. */
void asyncio_collect_lost_tasks(void);

#endif
