/* asyncio_lost.c: finding the pending tasks nobody can reach any more.
 *
 * gilpy has no cycle collector, and a pending task is held in a cycle:
 * the task owns its coroutine, whose frame holds the awaited future (through
 * the future iterator, or a local), whose done callback is the task's bound
 * task_wakeup.  CPython's collector frees such a task and reports it ("Task
 * was destroyed but it is pending!"), its coroutine already closed by its own
 * finalizer.  lost_task_check() proves the same of one task without a heap
 * traversal: starting from the task it collects the objects of that cycle
 * whose references it can read exactly (C tasks and futures, coroutines and
 * their suspended frames, future iterators, the bound wakeup, callback
 * handles such as sleep()'s timer, tuples), counts
 * the references they hold to one another, and calls the group unreachable
 * when every member's reference count is made only of those.  Anything it
 * cannot read (a cell, a list, an object's __dict__) is outside the group,
 * so its references count as coming from outside: the answer can be "alive"
 * for garbage, never "garbage" for a live task.
 *
 * A lost task is then treated as CPython's collector treats it: its
 * coroutine is closed (its finally blocks run), the task is reported through
 * its loop's exception handler, and the cycle is broken so that everything
 * is freed (unless closing or reporting made it reachable again).
 */
#include "asyncio_internal.h"
#include "asyncio_loop.h"
#include "builtin_func.h"
#include "err.h"
#include "frame.h"
#include "tuple.h"
#include "vm_internal.h"

enum { MAX_MEMBERS = 64 };

typedef struct Group {
    Obj *obj[MAX_MEMBERS];
    intptr_t inner[MAX_MEMBERS];   /* references from other members */
    size_t n;
    bool overflow;
} Group;

static intptr_t find(const Group *g, const Obj *o) {
    for (size_t i = 0; i < g->n; i++)
        if (g->obj[i] == o) return (intptr_t)i;
    return -1;
}

/* Whether the references o holds can all be read here. */
static bool readable(const Obj *o) {
    if (o == NULL || is_small(o)) return false;
    Type *t = o->type;
    if (t == &AsyncFutureType || t == &AsyncTaskType || t == &FutureIterType) return true;
    if (t == &CoroType || t == &GenType) {
        const GenObj *gen = (const GenObj *)o;
        return gen->frame != NULL && !gen->running;
    }
    if (t == &BuiltinFuncType || t == &HandleType || t == &TimerHandleType) return true;
    return t == &TupleType;
}

/* A reference from a member to o: counted when o is (or becomes) a member. */
static void edge(Group *g, Obj *o) {
    if (o == NULL || is_small(o)) return;
    intptr_t i = find(g, o);
    if (i < 0) {
        if (!readable(o)) return;
        if (g->n == MAX_MEMBERS) {
            g->overflow = true;
            return;
        }
        i = (intptr_t)g->n++;
        g->obj[i] = o;
        g->inner[i] = 0;
    }
    g->inner[i]++;
}

/* Follows every reference member o holds that edge() may count. */
static void visit(Group *g, Obj *o) {
    Type *t = o->type;
    if (t == &AsyncFutureType || t == &AsyncTaskType) {
        FutureObj *f = (FutureObj *)o;
        edge(g, f->cb0);
        edge(g, f->result);
        if (t == &AsyncTaskType) {
            TaskObj *task = (TaskObj *)o;
            edge(g, task->coro);
            edge(g, task->fut_waiter);
        }
    } else if (t == &FutureIterType) {
        edge(g, ((FutureIterObj *)o)->fut);
    } else if (t == &CoroType || t == &GenType) {
        Frame *fr = ((GenObj *)o)->frame;
        for (Obj **p = fr->localsplus; p < fr->sp; p++) edge(g, *p);
    } else if (t == &BuiltinFuncType) {
        edge(g, ((BuiltinFuncObj *)o)->self);
    } else if (t == &HandleType || t == &TimerHandleType) {
        edge(g, ((HandleObj *)o)->args);   /* sleep()'s timer holds the future */
    } else if (t == &TupleType) {
        for (size_t i = 0; i < tuple_size(o); i++) edge(g, tuple_get(o, i));
    }
}

/* Whether nothing outside the group task belongs to refers to it, but for
 * `held` references to the task its caller knows of. */
static bool unreachable(TaskObj *task, intptr_t held) {
    Group g = {.n = 1};
    g.obj[0] = (Obj *)task;
    g.inner[0] = held;
    for (size_t i = 0; i < g.n && !g.overflow; i++) visit(&g, g.obj[i]);
    if (g.overflow) return false;
    for (size_t i = 0; i < g.n; i++)
        if (g.obj[i]->refcnt != g.inner[i]) return false;
    return true;
}

/* Breaks the task's cycle: the awaited future forgets its callbacks and the
 * task its future. */
static void break_cycle(TaskObj *task) {
    Obj *waiter = task->fut_waiter;
    task->fut_waiter = NULL;
    if (waiter != NULL && is_future_exact(waiter)) {
        FutureObj *f = (FutureObj *)waiter;
        CLEAR(f->cb0);
        CLEAR(f->ctx0);
        CLEAR(f->callbacks);
    }
    XDECREF(waiter);
}

void lost_task_close_coro(TaskObj *task) {
    Obj *coro = task->coro;
    if (coro == NULL || (TYPE(coro) != &CoroType && TYPE(coro) != &GenType) ||
        ((GenObj *)coro)->frame == NULL || ((GenObj *)coro)->running)
        return;
    INCREF(coro);
    Obj *r = vm_gen_close_impl((GenObj *)coro);
    if (r != NULL) DECREF(r);
    else err_write_unraisable(coro);
    DECREF(coro);
}

int lost_task_collect(Obj *o, intptr_t held) {
    TaskObj *task = (TaskObj *)o;
    FutureObj *f = &task->fut;
    if (TYPE(o) != &AsyncTaskType || f->state != FUT_PENDING || !f->log_destroy_pending ||
        f->loop == NULL || !unreachable(task, held))
        return 0;
    INCREF(o);
    /* the coroutine's finalizer first, as CPython's collector runs it */
    lost_task_close_coro(task);
    future_report_lost(o);
    if (unreachable(task, held + 1)) break_cycle(task);
    DECREF(o);
    return 1;
}
