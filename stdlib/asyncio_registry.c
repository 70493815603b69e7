/* asyncio_registry.c: the live C tasks, held weakly, and what is said
 * about the ones still alive at exit.
 *
 * CPython keeps its tasks in a WeakSet, so a pending task nobody references
 * is destroyed and reported ("Task was destroyed but it is pending!").  Here
 * the registry is an array of borrowed pointers in creation order: a task
 * enters when made and leaves when freed (its dealloc), each task knowing
 * its slot, so adding and removing cost O(1) and no weak reference object
 * per task.  Freed slots are NULL until a compaction (when most of the array
 * is holes) moves the living tasks down.  all_tasks() walks it.
 *
 * gilpy has no cycle collector, and a pending task is nearly always in a
 * cycle (task -> coroutine -> awaited future -> its done callback -> task),
 * so it is never freed.  CPython finds such tasks at exit (or at a collection)
 * and reports them; at exit, so does _report_lost_tasks(), run as an atexit
 * callback registered by asyncio.tasks.
 */
#include <stdlib.h>
#include "asyncio_internal.h"
#include "args.h"
#include "err.h"
#include "ident.h"
#include "int.h"
#include "list.h"

static TaskObj **slots;
static size_t used, cap, live;
static int64_t task_numbers;

int64_t registry_next_task_number(void) { return ++task_numbers; }

/* Moves the living tasks to the front, keeping their order. */
static void compact(void) {
    size_t j = 0;
    for (size_t i = 0; i < used; i++)
        if (slots[i] != NULL) {
            slots[j] = slots[i];
            slots[j]->reg_index = (uint32_t)(j + 1);
            j++;
        }
    used = j;
}

int registry_add(TaskObj *t) {
    if (t->reg_index != 0) return 0;
    if (used == cap) {
        if (live < used / 2) {
            compact();
        } else {
            size_t ncap = cap < 64 ? 64 : cap * 2;
            if (ncap > UINT32_MAX) {
                err_no_memory();
                return -1;
            }
            TaskObj **n = realloc(slots, ncap * sizeof *n);
            if (n == NULL) {
                err_no_memory();
                return -1;
            }
            slots = n;
            cap = ncap;
        }
    }
    slots[used++] = t;
    t->reg_index = (uint32_t)used;
    live++;
    return 0;
}

size_t registry_used(void) { return used; }
TaskObj *registry_at(size_t i) { return slots[i]; }

void registry_remove(TaskObj *t) {
    size_t i = t->reg_index;
    if (i == 0) return;
    t->reg_index = 0;
    slots[i - 1] = NULL;
    live--;
    while (used > 0 && slots[used - 1] == NULL) used--;
}

/* The living tasks (new references) in a list, or NULL. */
static Obj *snapshot(Obj *loop, bool pending_only) {
    Obj *out = list_new(0);
    if (out == NULL) return NULL;
    for (size_t i = 0; i < used; i++) {
        TaskObj *t = slots[i];
        if (t == NULL || (loop != NULL && t->fut.loop != loop) ||
            (pending_only && t->fut.state != FUT_PENDING))
            continue;
        if (list_append(out, (Obj *)t) < 0) {
            DECREF(out);
            return NULL;
        }
    }
    return out;
}

/* ---- module functions ---------------------------------------------------- */

/* Tasks made some other way (Task subclasses are C tasks too) go to the
 * WeakSet asyncio.tasks._all_tasks. */
static Obj *weakset_call(Obj *ident, Obj *task) {
    Obj *set = aio_helper(H_ALL_TASKS_WEAKSET);
    return set ? obj_call_method(set, ident, &task, 1) : NULL;
}

static Obj *fn_register_task(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"task", NULL};
    Obj *a[1];
    if (args_bind("_register_task", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    if (!is_async_task(a[0])) return weakset_call(IDENT(add), a[0]);
    return registry_add((TaskObj *)a[0]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *fn_unregister_task(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"task", NULL};
    Obj *a[1];
    if (args_bind("_unregister_task", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    if (!is_async_task(a[0])) return weakset_call(IDENT(discard), a[0]);
    registry_remove((TaskObj *)a[0]);
    return NEWREF(NONE);
}

/* _pending_tasks(loop): the C tasks of loop that are not done, oldest first. */
static Obj *fn_pending_tasks(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"loop", NULL};
    Obj *a[1];
    if (args_bind("_pending_tasks", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    return snapshot(a[0], true);
}

static Obj *fn_task_number(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_task_number", kwnames) < 0 || args_count("_task_number", nargs, 0, 0) < 0)
        return NULL;
    return int_from_i64(registry_next_task_number());
}

/* Whether loop.is_running() (a loop running in a thread that outlives the
 * main one keeps its tasks). */
static int loop_running(Obj *loop) {
    Obj *r = obj_call_method(loop, IDENT(is_running), NULL, 0);
    if (r == NULL) return -1;
    int yes = obj_is_true(r);
    DECREF(r);
    return yes;
}

/* At exit: what CPython's last collection would report, task by task in
 * the order they were made: pending tasks and exceptions nobody retrieved. */
static Obj *fn_report_lost_tasks(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_report_lost_tasks", kwnames) < 0 ||
        args_count("_report_lost_tasks", nargs, 0, 0) < 0)
        return NULL;
    asyncio_collect_lost_tasks();
    Obj *tasks = snapshot(NULL, false);
    if (tasks == NULL) return NULL;
    for (size_t i = 0; i < list_size(tasks); i++) {
        Obj *task = list_get(tasks, i);
        FutureObj *f = (FutureObj *)task;
        bool pending = f->state == FUT_PENDING && f->log_destroy_pending;
        if (f->loop == NULL || (!pending && !(f->log_tb && f->is_exc))) continue;
        int running = loop_running(f->loop);
        if (running < 0) err_write_unraisable(f->loop);
        if (running != 0) continue;
        future_report_lost(task);
        /* then CPython's shutdown finalizes the coroutine too */
        if (pending) lost_task_close_coro((TaskObj *)task);
    }
    DECREF(tasks);
    return NEWREF(NONE);
}

const MethodDef registry_functions[] = {
    {"_register_task", fn_register_task},
    {"_unregister_task", fn_unregister_task},
    {"_pending_tasks", fn_pending_tasks},
    {"_task_number", fn_task_number},
    {"_report_lost_tasks", fn_report_lost_tasks},
    {NULL},
};
