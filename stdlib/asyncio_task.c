/* asyncio_task.c: _asyncio.Task in C, a Future that drives a coroutine.
 *
 * A step (the hot path) sends None, or throws an exception, into the
 * coroutine with the task registered as the loop's current task.  What the
 * coroutine yields decides what follows: None (a bare yield, sleep(0)) runs
 * the next step on the next loop iteration; a future that asked to block
 * gets the task's wakeup as a done callback (in the task's context); anything
 * else is an error thrown into the coroutine at the next step.  Returning
 * sets the task's result, raising its exception (CancelledError cancels it).
 * Steps are scheduled as TaskStepMethWrapper objects, as in CPython.
 */
#include <string.h>
#include "asyncio_internal.h"
#include "args.h"
#include "contextvars.h"
#include "dict.h"
#include "err.h"
#include "exceptions.h"
#include "generic_alias.h"
#include "ident.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

#define TASK(o) ((TaskObj *)(o))

static Obj *task_step(TaskObj *t, Obj *exc);

/* ---- the step callable ----------------------------------------------------- */

typedef struct TaskStepObj {
    Obj ob;
    Obj *task;
    Obj *exc;   /* or NULL */
} TaskStepObj;

static Obj *step_new(Obj *task, Obj *exc) {
    TaskStepObj *s = (TaskStepObj *)obj_alloc(&TaskStepType, sizeof(TaskStepObj));
    if (s == NULL) return NULL;
    s->task = NEWREF(task);
    s->exc = exc ? NEWREF(exc) : NULL;
    return (Obj *)s;
}

static void step_dealloc(Obj *o) {
    TaskStepObj *s = (TaskStepObj *)o;
    DECREF(s->task);
    XDECREF(s->exc);
    obj_free(o);
}

static Obj *step_call(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 0 || kw_count(kwnames) != 0) {
        err_set_str(&Exc_TypeError, "function takes no arguments");
        return NULL;
    }
    TaskStepObj *s = (TaskStepObj *)self;
    return task_step(TASK(s->task), s->exc);
}

static Obj *step_self(Obj *self) { return NEWREF(((TaskStepObj *)self)->task); }

static const GetSetDef step_getset[] = {{"__self__", step_self}, {NULL}};

Type TaskStepType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "TaskStepMethWrapper",
    .size = sizeof(TaskStepObj),
    .base = &ObjectType,
    .dealloc = step_dealloc,
    .call = step_call,
    .getset = step_getset,
};

/* Schedules the next step (with exc thrown in, when not NULL). */
static int schedule_step(TaskObj *t, Obj *exc) {
    Obj *step = step_new((Obj *)t, exc);
    if (step == NULL) return -1;
    int rc = aio_call_soon(t->fut.loop, step, NULL, t->context);
    DECREF(step);
    return rc;
}

/* ---- creating ---------------------------------------------------------------- */

static Obj *task_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    return obj_alloc(type, type->size);
}

static int is_coroutine(Obj *coro) {
    static Type *known;   /* the last type found to be a coroutine's */
    if (TYPE(coro) == known) return 1;
    Obj *check = aio_helper(H_ISCOROUTINE);
    Obj *r = check ? obj_call1(check, coro) : NULL;
    if (r == NULL) return -1;
    int ok = obj_is_true(r);
    DECREF(r);
    if (ok == 1 && !type_has(TYPE(coro), TF_HEAPTYPE)) known = TYPE(coro);
    return ok;
}

static int task_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"coro", "$loop", "$name", "$context", NULL};
    Obj *a[4];
    if (args_bind("Task", args, nargs, kwnames, names, 1, a) < 0) return -1;
    TaskObj *t = TASK(self);
    t->fut.log_destroy_pending = false;
    if (future_init_fields(&t->fut, a[1]) < 0) return -1;
    int ok = is_coroutine(a[0]);
    if (ok < 0) return -1;
    if (!ok) {
        err_format(&Exc_TypeError, "a coroutine was expected, got %R", a[0]);
        return -1;
    }
    Obj *name;
    if (a[2] == NULL || a[2] == NONE) {
        /* "Task-<n>" is made when asked for: most names are never read */
        name = int_from_i64(registry_next_task_number());
    } else {
        name = obj_str(a[2]);
    }
    if (name == NULL) return -1;
    SETREF(t->name, name);
    Obj *ctx = a[3] == NULL || a[3] == NONE ? context_copy_current() : NEWREF(a[3]);
    if (ctx == NULL) return -1;
    SETREF(t->context, ctx);
    SETREF(t->coro, NEWREF(a[0]));
    CLEAR(t->fut_waiter);
    t->fut.must_cancel = false;
    t->num_cancels_requested = 0;
    if (schedule_step(t, NULL) < 0) return -1;
    if (registry_add(t) < 0) return -1;
    t->fut.log_destroy_pending = true;
    return 0;
}

Obj *task_name(TaskObj *t) {
    if (t->name == NULL) return NEWREF(NONE);
    if (!is_str(t->name)) {
        Obj *name = str_from_format("Task-%S", t->name);
        if (name == NULL) return NULL;
        SETREF(t->name, name);
    }
    return NEWREF(t->name);
}

void task_clear_fields(TaskObj *t) {
    registry_remove(t);
    CLEAR(t->coro);
    CLEAR(t->context);
    CLEAR(t->name);
    CLEAR(t->fut_waiter);
}

/* ---- stepping ---------------------------------------------------------------- */

/* A RuntimeError (new reference, not raised) made from fmt with one or two
 * %R arguments. */
static Obj *runtime_error(const char *fmt, Obj *a, Obj *b) {
    if (b != NULL) err_format(&Exc_RuntimeError, fmt, a, b);
    else err_format(&Exc_RuntimeError, fmt, a);
    return err_fetch();
}

/* Whether `result` is a future (_asyncio_future_blocking not None): 1 with
 * *blocking and *same_loop filled, 0 not one, -1 error. */
static int as_future(TaskObj *t, Obj *result, bool *blocking, bool *same_loop) {
    if (is_future_exact(result)) {
        *blocking = ((FutureObj *)result)->blocking;
        *same_loop = ((FutureObj *)result)->loop == t->fut.loop;
        return 1;
    }
    Obj *flag = obj_lookup_attr(result, IDENT(_asyncio_future_blocking));
    if (flag == NULL) return err_occurred() ? -1 : 0;
    int on = flag == NONE ? -2 : obj_is_true(flag);
    DECREF(flag);
    if (on == -2) return 0;
    if (on < 0) return -1;
    *blocking = on;
    Obj *loop = obj_call_method(result, IDENT(get_loop), NULL, 0);
    if (loop == NULL) {
        if (!err_matches(&Exc_AttributeError)) return -1;
        err_clear();
        if ((loop = obj_getattr(result, IDENT(_loop))) == NULL) return -1;
    }
    *same_loop = loop == t->fut.loop;
    DECREF(loop);
    return 1;
}

/* The task waits on future `fut`: the wakeup becomes its done callback (in
 * the task's context), and a pending cancel goes on to it. */
static int wait_on(TaskObj *t, Obj *fut) {
    Obj *wakeup = obj_getattr((Obj *)t, IDENT(task_wakeup));
    if (wakeup == NULL) return -1;
    int rc;
    if (is_future_exact(fut)) {
        ((FutureObj *)fut)->blocking = false;
        rc = future_add_done_callback((FutureObj *)fut, wakeup, t->context);
    } else {
        static Obj *kwnames;
        if (kwnames == NULL) kwnames = tuple_pack(1, IDENT(context));
        Obj *add = kwnames ? obj_getattr(fut, IDENT(add_done_callback)) : NULL;
        Obj *argv[2] = {wakeup, t->context};
        Obj *r = add != NULL && obj_setattr(fut, IDENT(_asyncio_future_blocking), FALSE_) == 0
                     ? obj_call(add, argv, 1, kwnames) : NULL;
        XDECREF(add);
        XDECREF(r);
        rc = r == NULL ? -1 : 0;
    }
    DECREF(wakeup);
    if (rc < 0) return -1;
    SETREF(t->fut_waiter, NEWREF(fut));
    if (!t->fut.must_cancel) return 0;
    int cancelled;
    if (is_future_exact(fut)) {
        cancelled = future_cancel((FutureObj *)fut, FUT_X(&t->fut, cancel_msg));
    } else {
        Obj *msg = FUT_X(&t->fut, cancel_msg);
        if (msg == NULL) msg = NONE;
        Obj *r = obj_call_method(fut, IDENT(cancel), &msg, 1);
        cancelled = r == NULL ? -1 : obj_is_true(r);
        XDECREF(r);
    }
    if (cancelled < 0) return -1;
    if (cancelled) t->fut.must_cancel = false;
    return 0;
}

/* What the coroutine yielded: wait on it, step again, or an error to throw
 * in at the next step.  0, or -1 with an exception. */
static int handle_yield(TaskObj *t, Obj *result) {
    Obj *task = (Obj *)t, *problem;
    if (result == NONE) return schedule_step(t, NULL);
    bool blocking = false, same_loop = false;
    int kind = as_future(t, result, &blocking, &same_loop);
    if (kind < 0) return -1;
    if (kind == 1) {
        if (!same_loop)
            problem = runtime_error("Task %R got Future %R attached to a different loop", task,
                                    result);
        else if (!blocking)
            problem = runtime_error("yield was used instead of yield from in task %R with %R",
                                    task, result);
        else if (result == task)
            problem = runtime_error("Task cannot await on itself: %R", task, NULL);
        else
            return wait_on(t, result);
    } else if (!type_has(TYPE(result), TF_HEAPTYPE) && strcmp(TYPE(result)->name, "generator") == 0) {
        problem = runtime_error("yield was used instead of yield from for generator in task %R "
                                "with %R", task, result);
    } else {
        problem = runtime_error("Task got bad yield: %R", result, NULL);
    }
    if (problem == NULL) return -1;
    int rc = schedule_step(t, problem);
    DECREF(problem);
    return rc;
}

/* Sends None or throws exc into the coroutine and acts on the outcome. */
static int step_body(TaskObj *t, Obj *exc) {
    FutureObj *f = &t->fut;
    Obj *r;
    if (exc == NULL) {
        r = obj_call_method(t->coro, IDENT(send), (Obj *const[]){NONE}, 1);
    } else {
        r = obj_call_method(t->coro, IDENT(throw), &exc, 1);
    }
    if (r != NULL) {
        int rc = handle_yield(t, r);
        DECREF(r);
        return rc;
    }
    if (err_matches(&Exc_StopIteration)) {
        Obj *stop = err_fetch();
        Obj *value = obj_getattr(stop, IDENT(value));
        DECREF(stop);
        if (value == NULL) return -1;
        int rc;
        if (t->fut.must_cancel) {
            t->fut.must_cancel = false;
            Obj *msg = FUT_X(f, cancel_msg);
            if (msg != NULL) INCREF(msg);
            rc = future_cancel(f, msg) < 0 ? -1 : 0;
            XDECREF(msg);
        } else {
            rc = future_set_result(f, value);
        }
        DECREF(value);
        return rc;
    }
    Obj *cancelled = aio_helper(H_CANCELLED_ERROR);
    if (cancelled == NULL) return -1;
    Obj *error = err_fetch();
    if (type_is_subtype(TYPE(error), (Type *)cancelled)) {
        if (FUT_SET_X(f, cancelled_exc, error) < 0) return -1;
        return future_cancel(f, NULL) < 0 ? -1 : 0;
    }
    int rc = future_set_exception(f, error);
    if (rc == 0 && (type_is_subtype(TYPE(error), &Exc_KeyboardInterrupt) ||
                    type_is_subtype(TYPE(error), &Exc_SystemExit))) {
        err_set_obj(error);
        return -1;
    }
    DECREF(error);
    return rc;
}

static Obj *task_step(TaskObj *t, Obj *exc) {
    FutureObj *f = &t->fut;
    if (f->state != FUT_PENDING) {
        Obj *cls = aio_helper(H_INVALID_STATE_ERROR);
        Obj *msg = cls ? str_from_format("_step(): already done: %R, %R", (Obj *)t,
                                         exc ? exc : NONE) : NULL;
        Obj *e = msg ? obj_call1(cls, msg) : NULL;
        XDECREF(msg);
        if (e != NULL) err_set_obj(e);
        return NULL;
    }
    Obj *owned = NULL;
    if (t->fut.must_cancel) {
        Obj *cancelled = aio_helper(H_CANCELLED_ERROR);
        if (cancelled == NULL) return NULL;
        if (exc == NULL || !type_is_subtype(TYPE(exc), (Type *)cancelled)) {
            owned = future_make_cancelled_error(f);
            if (owned == NULL) return NULL;
            exc = owned;
        }
        t->fut.must_cancel = false;
    }
    CLEAR(t->fut_waiter);
    Obj *loop = NEWREF(f->loop), *task = NEWREF((Obj *)t);
    int rc = aio_enter_task(loop, task);
    if (rc == 0) {
        rc = step_body(t, exc);
        Obj *pending = rc < 0 ? err_fetch() : NULL;
        if (aio_leave_task(loop, task) < 0) {
            XDECREF(pending);
            rc = -1;
        } else if (pending != NULL) {
            err_set_obj(pending);
        }
    }
    DECREF(loop);
    DECREF(task);
    XDECREF(owned);
    return rc < 0 ? NULL : NEWREF(NONE);
}

/* ---- methods ------------------------------------------------------------------ */

#define NO_ARGS(name) \
    if (args_no_kwargs(name, kwnames) < 0 || args_count(name, nargs, 0, 0) < 0) return NULL

static Obj *m_task_wakeup(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("task_wakeup", kwnames) < 0 || args_count("task_wakeup", nargs, 1, 1) < 0)
        return NULL;
    Obj *fut = args[0];
    if (is_future_exact(fut)) {
        FutureObj *f = (FutureObj *)fut;
        if (f->state == FUT_FINISHED && !f->is_exc) return task_step(TASK(self), NULL);
    }
    Obj *r = obj_call_method(fut, IDENT(result), NULL, 0);
    if (r != NULL) {
        DECREF(r);
        return task_step(TASK(self), NULL);
    }
    Obj *error = err_fetch();
    r = task_step(TASK(self), error);
    DECREF(error);
    return r;
}

static Obj *m_cancel(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"msg", NULL};
    Obj *a[1];
    if (args_bind("cancel", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    TaskObj *t = TASK(self);
    Obj *msg = a[0] == NULL ? NONE : a[0];
    t->fut.log_tb = false;
    if (t->fut.state != FUT_PENDING) return NEWREF(FALSE_);
    t->num_cancels_requested++;
    if (t->fut_waiter != NULL) {
        Obj *waiter = NEWREF(t->fut_waiter);
        Obj *r = obj_call_method(waiter, IDENT(cancel), &msg, 1);
        DECREF(waiter);
        if (r == NULL) return NULL;
        int yes = obj_is_true(r);
        DECREF(r);
        if (yes < 0) return NULL;
        if (yes) return NEWREF(TRUE_);
    }
    if (FUT_SET_X(&t->fut, cancel_msg, msg == NONE ? NULL : NEWREF(msg)) < 0) return NULL;
    t->fut.must_cancel = true;
    return NEWREF(TRUE_);
}

static Obj *m_cancelling(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("cancelling");
    return small_new(TASK(self)->num_cancels_requested);
}

static Obj *m_uncancel(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("uncancel");
    TaskObj *t = TASK(self);
    if (t->num_cancels_requested > 0) t->num_cancels_requested--;
    return small_new(t->num_cancels_requested);
}

static Obj *m_set_result(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_str(&Exc_RuntimeError, "Task does not support set_result operation");
    return NULL;
}

static Obj *m_set_exception(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_str(&Exc_RuntimeError, "Task does not support set_exception operation");
    return NULL;
}

static Obj *or_none(Obj *o) { return NEWREF(o ? o : NONE); }

static Obj *m_get_coro(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("get_coro");
    return or_none(TASK(self)->coro);
}

static Obj *m_get_context(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("get_context");
    return or_none(TASK(self)->context);
}

static Obj *m_get_name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("get_name");
    return task_name(TASK(self));
}

static Obj *m_set_name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("set_name", kwnames) < 0 || args_count("set_name", nargs, 1, 1) < 0)
        return NULL;
    Obj *name = obj_str(args[0]);
    if (name == NULL) return NULL;
    SETREF(TASK(self)->name, name);
    return NEWREF(NONE);
}

static Obj *m_get_stack(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"$limit", NULL};
    Obj *a[1];
    if (args_bind("get_stack", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    Obj *fn = aio_helper(H_TASK_GET_STACK);
    return fn ? obj_call2(fn, self, a[0] ? a[0] : NONE) : NULL;
}

static Obj *m_print_stack(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"$limit", "$file", NULL};
    Obj *a[2];
    if (args_bind("print_stack", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    Obj *fn = aio_helper(H_TASK_PRINT_STACK);
    Obj *argv[3] = {self, a[0] ? a[0] : NONE, a[1] ? a[1] : NONE};
    return fn ? obj_call(fn, argv, 3, NULL) : NULL;
}

static Obj *m_repr_info(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *fn = aio_helper(H_TASK_REPR_INFO);
    return fn ? obj_call1(fn, self) : NULL;
}

static const MethodDef task_methods[] = {
    {"task_wakeup", m_task_wakeup}, {"cancel", m_cancel}, {"cancelling", m_cancelling},
    {"uncancel", m_uncancel}, {"set_result", m_set_result}, {"set_exception", m_set_exception},
    {"get_coro", m_get_coro}, {"get_context", m_get_context}, {"get_name", m_get_name},
    {"set_name", m_set_name}, {"get_stack", m_get_stack}, {"print_stack", m_print_stack},
    {"_repr_info", m_repr_info},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS}, {NULL},
};

/* ---- attributes ---------------------------------------------------------------- */

static Obj *g_log_destroy_pending(Obj *self) {
    return NEWREF(bool_from(TASK(self)->fut.log_destroy_pending));
}
static int s_log_destroy_pending(Obj *self, Obj *value) {
    if (value == NULL) {
        err_set_str(&Exc_AttributeError, "can't delete attribute");
        return -1;
    }
    int t = obj_is_true(value);
    if (t < 0) return -1;
    TASK(self)->fut.log_destroy_pending = t;
    return 0;
}
static Obj *g_must_cancel(Obj *self) { return NEWREF(bool_from(TASK(self)->fut.must_cancel)); }
static Obj *g_coro(Obj *self) { return or_none(TASK(self)->coro); }
static Obj *g_fut_waiter(Obj *self) { return or_none(TASK(self)->fut_waiter); }
static Obj *g_num_cancels(Obj *self) { return small_new(TASK(self)->num_cancels_requested); }

static const GetSetDef task_getset[] = {
    {"_log_destroy_pending", g_log_destroy_pending, s_log_destroy_pending},
    {"_must_cancel", g_must_cancel}, {"_coro", g_coro}, {"_fut_waiter", g_fut_waiter},
    {"_num_cancels_requested", g_num_cancels}, {NULL},
};

Type AsyncTaskType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_asyncio.Task",
    .size = sizeof(TaskObj),
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .base = &AsyncFutureType,
    .dealloc = future_dealloc,
    .repr = future_repr,
    .new_ = task_new,
    .init = task_init,
    .methods = task_methods,
    .getset = task_getset,
    .dictoffset = offsetof(FutureObj, dict),
    .doc = "A coroutine wrapped in a Future.",
};
