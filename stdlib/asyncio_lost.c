/* asyncio_lost.c: finding the pending tasks nobody can reach any more.
 *
 * gilpy has no cycle collector, and a pending task is held in a cycle:
 * the task owns its coroutine, whose frame holds the awaited future (through
 * the future iterator, or a local), whose done callback is the task's bound
 * task_wakeup.  CPython's collector frees such a task and reports it ("Task
 * was destroyed but it is pending!"), its coroutine already closed by its own
 * finalizer.  unreachable() proves the same of one task without a heap
 * traversal: starting from the task it collects the objects of that cycle
 * whose references it can read exactly (C tasks and futures, coroutines and
 * their suspended frames, future iterators, the bound wakeup, callback
 * handles such as sleep()'s timer, tuples), counts the references they hold
 * to one another, and calls the group unreachable when every member's
 * reference count is made only of those.  Anything it cannot read (a cell,
 * a list, an object's __dict__) is outside the group, so its references
 * count as coming from outside: the answer can be "alive" for garbage,
 * never "garbage" for a live task.
 *
 * Lost tasks are then treated as CPython's collector treats them: they leave
 * the (weak) registry, their coroutines are closed (finally blocks run), they
 * are reported through their loop's exception handler, and their cycles are
 * broken so that everything is freed (unless closing or reporting made them
 * reachable again).
 */
#include <stdlib.h>
#include "asyncio_internal.h"
#include "asyncio_loop.h"
#include "builtin_func.h"
#include "err.h"
#include "frame.h"
#include "list.h"
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

/* Whether nothing outside the group task belongs to refers to it. */
static bool unreachable(TaskObj *task) {
    Group g = {.n = 1};
    g.obj[0] = (Obj *)task;
    for (size_t i = 0; i < g.n && !g.overflow; i++) visit(&g, g.obj[i]);
    if (g.overflow) return false;
    for (size_t i = 0; i < g.n; i++) {
        intptr_t expected = g.inner[i];
        /* a lost task being processed is also held by the caller's list */
        if (g.obj[i]->type == &AsyncTaskType && ((FutureObj *)g.obj[i])->lost_mark) expected++;
        if (g.obj[i]->refcnt != expected) return false;
    }
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

void asyncio_collect_lost_tasks(void) {
    /* 1. find them (no Python code runs: borrowed pointers are safe) */
    TaskObj **found = NULL;
    size_t nfound = 0, cap = 0;
    for (size_t i = 0; i < registry_used(); i++) {
        TaskObj *t = registry_at(i);
        if (t == NULL || TYPE((Obj *)t) != &AsyncTaskType || t->fut.state != FUT_PENDING ||
            !t->fut.log_destroy_pending || t->fut.loop == NULL || !unreachable(t))
            continue;
        if (nfound == cap) {
            cap = cap ? 2 * cap : 16;
            TaskObj **n = realloc(found, cap * sizeof *n);
            if (n == NULL) break;   /* the rest wait for the next collection */
            found = n;
        }
        found[nfound++] = t;
    }
    if (nfound == 0) {
        free(found);
        return;
    }
    Obj *saved = err_fetch();
    Obj *lost = list_new(0);
    for (size_t i = 0; lost != NULL && i < nfound; i++) {
        if (list_append(lost, (Obj *)found[i]) < 0) {
            err_clear();
            break;
        }
        found[i]->fut.lost_mark = true;
    }
    free(found);
    if (lost == NULL) err_clear();
    if (lost != NULL) {
        size_t n = list_size(lost);
        /* 2. as CPython's collector: weak references go first (the registry
         * forgets them), then the finalizers: coroutines closed, tasks
         * reported; then the cycles are broken unless that made them
         * reachable again */
        for (size_t i = 0; i < n; i++) registry_remove((TaskObj *)list_get(lost, i));
        for (size_t i = 0; i < n; i++) lost_task_close_coro((TaskObj *)list_get(lost, i));
        for (size_t i = 0; i < n; i++) future_report_lost(list_get(lost, i));
        for (size_t i = 0; i < n; i++) {
            TaskObj *t = (TaskObj *)list_get(lost, i);
            if (unreachable(t)) break_cycle(t);
        }
        for (size_t i = 0; i < n; i++) ((FutureObj *)list_get(lost, i))->lost_mark = false;
        DECREF(lost);
    }
    if (saved != NULL) err_set_obj(saved);
}
