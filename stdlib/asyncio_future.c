/* asyncio_future.c: _asyncio.Future in C, and the iterator its __await__
 * returns.
 *
 * The state, result, exception and done callbacks live in C fields; the
 * first callback is kept inline (most futures have exactly one: the task
 * waiting on it), the others in a list of (callback, context) pairs.
 * Completing a future schedules each callback with loop.call_soon(cb, fut,
 * context=ctx).  Reprs come from asyncio.base_futures as in CPython; an
 * exception nobody retrieved is reported through the loop's exception
 * handler when the future is destroyed.
 */
#include <stdio.h>
#include <stdlib.h>
#include "asyncio_internal.h"
#include "args.h"
#include "contextvars.h"
#include "dict.h"
#include "err.h"
#include "exceptions.h"
#include "generic_alias.h"
#include "ident.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type_internal.h"

Obj *future_state_name(int state) {
    switch (state) {
    case FUT_PENDING: return IDENT(PENDING);
    case FUT_CANCELLED: return IDENT(CANCELLED);
    default: return IDENT(FINISHED);
    }
}

static int check_init(FutureObj *f) {
    if (f->loop != NULL) return 0;
    err_set_str(&Exc_RuntimeError, "Future object is not initialized.");
    return -1;
}

static int raise_invalid_state(const char *msg) {
    Obj *cls = aio_helper(H_INVALID_STATE_ERROR);
    if (cls == NULL) return -1;
    Obj *text = str_from_cstr(msg);
    Obj *exc = text ? obj_call1(cls, text) : NULL;
    XDECREF(text);
    if (exc != NULL) err_set_obj(exc);
    return -1;
}

/* ---- fields -------------------------------------------------------------- */

int future_init_fields(FutureObj *f, Obj *loop) {
    future_clear_fields(f);
    if (loop == NULL || loop == NONE) {
        Obj *get = aio_helper(H_GET_EVENT_LOOP);
        loop = get ? obj_call0(get) : NULL;
        if (loop == NULL) return -1;
    } else {
        INCREF(loop);
    }
    f->loop = loop;
    f->state = FUT_PENDING;
    Obj *debug = obj_call_method(loop, IDENT(get_debug), NULL, 0);
    if (debug == NULL) return -1;
    int on = obj_is_true(debug);
    DECREF(debug);
    if (on < 0) return -1;
    if (on) {
        Obj *stack = aio_helper(H_CALLER_STACK);
        Obj *zero = small_new(0);
        Obj *tb = stack ? obj_call1(stack, zero) : NULL;
        if (tb == NULL || FUT_SET_X(f, source_tb, tb) < 0) return -1;
    }
    return 0;
}

int future_set_x(FutureObj *f, Obj **(*slot)(FutureExtra *), Obj *value) {
    if (f->extra == NULL) {
        if (value == NULL) return 0;
        if ((f->extra = calloc(1, sizeof(FutureExtra))) == NULL) {
            DECREF(value);
            err_no_memory();
            return -1;
        }
    }
    SETREF(*slot(f->extra), value);
    return 0;
}

void future_clear_fields(FutureObj *f) {
    CLEAR(f->loop);
    CLEAR(f->cb0);
    CLEAR(f->ctx0);
    CLEAR(f->callbacks);
    CLEAR(f->result);
    FutureExtra *x = f->extra;
    if (x != NULL) {
        f->extra = NULL;
        XDECREF(x->exception_tb);
        XDECREF(x->source_tb);
        XDECREF(x->cancel_msg);
        XDECREF(x->cancelled_exc);
        free(x);
    }
    f->is_exc = false;
    f->log_tb = false;
    f->blocking = false;
}

/* ---- completing ---------------------------------------------------------- */

static int schedule_callbacks(FutureObj *f) {
    Obj *cb0 = f->cb0, *ctx0 = f->ctx0, *rest = f->callbacks;
    f->cb0 = f->ctx0 = f->callbacks = NULL;
    int rc = 0;
    if (cb0 != NULL) {
        rc = aio_call_soon(f->loop, cb0, (Obj *)f, ctx0);
        DECREF(cb0);
        DECREF(ctx0);
    }
    if (rest != NULL) {
        for (size_t i = 0; rc == 0 && i < list_size(rest); i++) {
            Obj *pair = list_get(rest, i);
            rc = aio_call_soon(f->loop, tuple_get(pair, 0), (Obj *)f, tuple_get(pair, 1));
        }
        DECREF(rest);
    }
    return rc;
}

int future_set_result(FutureObj *f, Obj *result) {
    if (check_init(f) < 0) return -1;
    if (f->state != FUT_PENDING) return raise_invalid_state("invalid state");
    SETREF(f->result, NEWREF(result));
    f->state = FUT_FINISHED;
    return schedule_callbacks(f);
}

int future_set_exception(FutureObj *f, Obj *exc) {
    if (check_init(f) < 0) return -1;
    if (f->state != FUT_PENDING) return raise_invalid_state("invalid state");
    Obj *inst;
    if (type_has(TYPE(exc), TF_TYPE_SUBCLASS)) {
        inst = obj_call0(exc);
        if (inst == NULL) return -1;
    } else {
        inst = NEWREF(exc);
    }
    if (!type_has(TYPE(inst), TF_EXC_SUBCLASS)) {
        DECREF(inst);
        err_set_str(&Exc_TypeError, "invalid exception object");
        return -1;
    }
    if (type_is_subtype(TYPE(inst), &Exc_StopIteration)) {
        DECREF(inst);
        err_set_str(&Exc_TypeError, "StopIteration interacts badly with generators and cannot be "
                                    "raised into a Future");
        return -1;
    }
    Obj *tb = obj_getattr(inst, IDENT(__traceback__));
    if (tb == NULL) {
        DECREF(inst);
        return -1;
    }
    if (tb == NONE) {
        DECREF(tb);
        tb = NULL;
    }
    if (FUT_SET_X(f, exception_tb, tb) < 0) {
        DECREF(inst);
        return -1;
    }
    SETREF(f->result, inst);
    f->is_exc = true;
    f->state = FUT_FINISHED;
    f->log_tb = true;
    return schedule_callbacks(f);
}

int future_cancel(FutureObj *f, Obj *msg) {
    f->log_tb = false;
    if (f->state != FUT_PENDING) return 0;
    if (FUT_SET_X(f, cancel_msg, msg == NULL ? NULL : NEWREF(msg)) < 0) return -1;
    f->state = FUT_CANCELLED;
    return schedule_callbacks(f) < 0 ? -1 : 1;
}

int future_add_done_callback(FutureObj *f, Obj *fn, Obj *ctx) {
    if (check_init(f) < 0) return -1;
    if (f->state != FUT_PENDING) return aio_call_soon(f->loop, fn, (Obj *)f, ctx);
    if (f->cb0 == NULL && (f->callbacks == NULL || list_size(f->callbacks) == 0)) {
        f->cb0 = NEWREF(fn);
        f->ctx0 = NEWREF(ctx);
        return 0;
    }
    Obj *pair = tuple_pack(2, fn, ctx);
    if (pair == NULL) return -1;
    if (f->callbacks == NULL && (f->callbacks = list_new(0)) == NULL) {
        DECREF(pair);
        return -1;
    }
    int rc = list_append(f->callbacks, pair);
    DECREF(pair);
    return rc;
}

Obj *future_make_cancelled_error(FutureObj *f) {
    Obj *exc = FUT_X(f, cancelled_exc);
    if (exc != NULL) {
        f->extra->cancelled_exc = NULL;
        return exc;
    }
    Obj *cls = aio_helper(H_CANCELLED_ERROR);
    if (cls == NULL) return NULL;
    Obj *msg = FUT_X(f, cancel_msg);
    return msg == NULL ? obj_call0(cls) : obj_call1(cls, msg);
}

/* The stored exception raised again with its original traceback. */
static Obj *raise_stored(FutureObj *f) {
    Obj *exc = f->result, *tb = FUT_X(f, exception_tb);
    if (obj_setattr(exc, IDENT(__traceback__), tb ? tb : NONE) < 0) return NULL;
    err_set_obj(NEWREF(exc));
    return NULL;
}

/* ---- methods ------------------------------------------------------------- */

#define FUT(o) ((FutureObj *)(o))
#define NO_ARGS(name) \
    if (args_no_kwargs(name, kwnames) < 0 || args_count(name, nargs, 0, 0) < 0) return NULL

static Obj *future_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    return obj_alloc(type, type->size);
}

static int future_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"$loop", NULL};
    Obj *a[1];
    if (args_bind("Future", args, nargs, kwnames, names, 0, a) < 0) return -1;
    return future_init_fields(FUT(self), a[0]);
}

/* result() and exception() on a future that is not finished: CancelledError
 * when cancelled, else InvalidStateError ("<what> is not set.").  0 when
 * finished (the outcome now counts as retrieved). */
static int check_finished(FutureObj *f, const char *unset) {
    if (f->state == FUT_CANCELLED) {
        Obj *exc = future_make_cancelled_error(f);
        if (exc != NULL) err_set_obj(exc);
        return -1;
    }
    if (f->state != FUT_FINISHED) {
        raise_invalid_state(f->loop == NULL ? "Future object is not initialized." : unset);
        return -1;
    }
    f->log_tb = false;
    return 0;
}

static Obj *m_result(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("result");
    FutureObj *f = FUT(self);
    if (check_finished(f, "Result is not set.") < 0) return NULL;
    if (f->is_exc) return raise_stored(f);
    return NEWREF(f->result);
}

static Obj *m_exception(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("exception");
    FutureObj *f = FUT(self);
    if (check_finished(f, "Exception is not set.") < 0) return NULL;
    return NEWREF(f->is_exc ? f->result : NONE);
}

static Obj *m_set_result(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("set_result", kwnames) < 0 || args_count("set_result", nargs, 1, 1) < 0)
        return NULL;
    return future_set_result(FUT(self), args[0]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_set_exception(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("set_exception", kwnames) < 0 ||
        args_count("set_exception", nargs, 1, 1) < 0)
        return NULL;
    return future_set_exception(FUT(self), args[0]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_add_done_callback(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fn", "/", "$context", NULL};
    Obj *a[2];
    if (args_bind("add_done_callback", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    Obj *ctx = a[1];
    int rc;
    if (ctx == NULL || ctx == NONE) {
        ctx = context_copy_current();
        if (ctx == NULL) return NULL;
        rc = future_add_done_callback(FUT(self), a[0], ctx);
        DECREF(ctx);
    } else {
        rc = future_add_done_callback(FUT(self), a[0], ctx);
    }
    return rc < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_remove_done_callback(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("remove_done_callback", kwnames) < 0 ||
        args_count("remove_done_callback", nargs, 1, 1) < 0)
        return NULL;
    FutureObj *f = FUT(self);
    Obj *fn = args[0];
    intptr_t removed = 0;
    if (f->cb0 != NULL) {
        int eq = obj_richcompare_bool(f->cb0, fn, CMP_EQ);
        if (eq < 0) return NULL;
        if (eq) {
            CLEAR(f->cb0);
            CLEAR(f->ctx0);
            removed++;
        }
    }
    if (f->callbacks != NULL) {
        Obj *kept = list_new(0);
        if (kept == NULL) return NULL;
        Obj *old = NEWREF(f->callbacks);
        for (size_t i = 0; i < list_size(old); i++) {
            Obj *pair = list_get(old, i);
            int eq = obj_richcompare_bool(tuple_get(pair, 0), fn, CMP_EQ);
            if (eq < 0 || (!eq && list_append(kept, pair) < 0)) {
                DECREF(old);
                DECREF(kept);
                return NULL;
            }
            if (eq) removed++;
        }
        DECREF(old);
        SETREF(f->callbacks, kept);
    }
    return small_new(removed);
}

static Obj *m_cancel(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"msg", NULL};
    Obj *a[1];
    if (args_bind("cancel", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    if (check_init(FUT(self)) < 0) return NULL;
    int rc = future_cancel(FUT(self), a[0] == NONE ? NULL : a[0]);
    return rc < 0 ? NULL : NEWREF(bool_from(rc));
}

static Obj *m_cancelled(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("cancelled");
    return NEWREF(bool_from(FUT(self)->state == FUT_CANCELLED));
}

static Obj *m_done(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("done");
    return NEWREF(bool_from(FUT(self)->state != FUT_PENDING));
}

static Obj *m_get_loop(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("get_loop");
    if (check_init(FUT(self)) < 0) return NULL;
    return NEWREF(FUT(self)->loop);
}

static Obj *m_make_cancelled_error(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("_make_cancelled_error");
    return future_make_cancelled_error(FUT(self));
}

static Obj *m_repr_info(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *fn = aio_helper(H_FUTURE_REPR_INFO);
    return fn ? obj_call1(fn, self) : NULL;
}

Obj *future_repr(Obj *self) {
    if (check_init(FUT(self)) < 0) return NULL;
    Obj *fn = aio_helper(H_FUTURE_REPR);
    return fn ? obj_call1(fn, self) : NULL;
}

/* ---- __await__: the future iterator --------------------------------------- */

static Obj *m_await(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("__await__");
    if (check_init(FUT(self)) < 0) return NULL;
    FutureIterObj *it = (FutureIterObj *)obj_alloc(&FutureIterType, sizeof(FutureIterObj));
    if (it == NULL) return NULL;
    it->fut = NEWREF(self);
    return (Obj *)it;
}

static void iter_dealloc(Obj *o) {
    XDECREF(((FutureIterObj *)o)->fut);
    obj_free(o);
}

/* One step: the future itself while pending (the task waits on it), else
 * StopIteration(result). */
static Obj *iter_step(FutureIterObj *it) {
    FutureObj *f = (FutureObj *)it->fut;
    if (f == NULL) return NULL;
    if (f->state == FUT_PENDING) {
        if (!f->blocking) {
            f->blocking = true;
            return NEWREF((Obj *)f);
        }
        it->fut = NULL;
        DECREF((Obj *)f);
        err_set_str(&Exc_RuntimeError, "await wasn't used with future");
        return NULL;
    }
    it->fut = NULL;
    Obj *r = m_result((Obj *)f, NULL, 0, NULL);
    DECREF((Obj *)f);
    if (r == NULL) return NULL;
    Obj *stop = obj_call1((Obj *)&Exc_StopIteration, r);
    DECREF(r);
    if (stop != NULL) err_set_obj(stop);
    return NULL;
}

static Obj *iter_next(Obj *self) {
    FutureIterObj *it = (FutureIterObj *)self;
    FutureObj *f = (FutureObj *)it->fut;
    if (f != NULL && f->state != FUT_PENDING) {
        /* Done: the plain end of iteration carries the result. */
        it->fut = NULL;
        Obj *r = m_result((Obj *)f, NULL, 0, NULL);
        DECREF((Obj *)f);
        if (r == NULL) return NULL;
        Obj *stop = obj_call1((Obj *)&Exc_StopIteration, r);
        DECREF(r);
        if (stop != NULL) err_set_obj(stop);
        return NULL;
    }
    return iter_step(it);
}

static Obj *iter_send(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("send", kwnames) < 0 || args_count("send", nargs, 1, 1) < 0) return NULL;
    return iter_next(self);
}

static Obj *iter_throw(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("throw", kwnames) < 0 || args_count("throw", nargs, 1, 3) < 0) return NULL;
    Obj *type = args[0], *value = nargs > 1 ? args[1] : NULL, *exc;
    if (type_has(TYPE(type), TF_TYPE_SUBCLASS)) {
        if (!type_is_subtype((Type *)type, &Exc_BaseException)) {
            err_set_str(&Exc_TypeError,
                        "exceptions must be classes deriving BaseException or instances of such a class");
            return NULL;
        }
        if (value == NULL || value == NONE) exc = obj_call0(type);
        else if (obj_isinstance(value, type) == 1) exc = NEWREF(value);
        else exc = obj_call1(type, value);
        if (exc == NULL) return NULL;
    } else if (type_has(TYPE(type), TF_EXC_SUBCLASS)) {
        if (value != NULL && value != NONE) {
            err_set_str(&Exc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        exc = NEWREF(type);
    } else {
        err_set_str(&Exc_TypeError,
                    "exceptions must be classes deriving BaseException or instances of such a class");
        return NULL;
    }
    if (nargs > 2 && args[2] != NONE && obj_setattr(exc, IDENT(__traceback__), args[2]) < 0) {
        DECREF(exc);
        return NULL;
    }
    CLEAR(((FutureIterObj *)self)->fut);
    err_set_obj(exc);
    return NULL;
}

static Obj *iter_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    CLEAR(((FutureIterObj *)self)->fut);
    return NEWREF(NONE);
}

static Obj *iter_self(Obj *self) { return NEWREF(self); }

static Obj *future_iter(Obj *self) { return m_await(self, NULL, 0, NULL); }

static const MethodDef iter_methods[] = {
    {"send", iter_send}, {"throw", iter_throw}, {"close", iter_close}, {NULL},
};

Type FutureIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_asyncio.FutureIter",
    .size = sizeof(FutureIterObj),
    .base = &ObjectType,
    .dealloc = iter_dealloc,
    .iter = iter_self,
    .iternext = iter_next,
    .methods = iter_methods,
};

/* ---- attributes ---------------------------------------------------------- */

static Obj *or_none(Obj *o) { return NEWREF(o ? o : NONE); }
static Obj *g_state(Obj *self) { return NEWREF(future_state_name(FUT(self)->state)); }
static Obj *g_loop(Obj *self) { return or_none(FUT(self)->loop); }
static Obj *g_result(Obj *self) { return or_none(FUT(self)->is_exc ? NULL : FUT(self)->result); }
static Obj *g_exception(Obj *self) { return or_none(FUT(self)->is_exc ? FUT(self)->result : NULL); }
static Obj *g_source_tb(Obj *self) { return or_none(FUT_X(FUT(self), source_tb)); }
static Obj *g_cancel_msg(Obj *self) { return or_none(FUT_X(FUT(self), cancel_msg)); }
static Obj *g_log_tb(Obj *self) { return NEWREF(bool_from(FUT(self)->log_tb)); }
static Obj *g_blocking(Obj *self) { return NEWREF(bool_from(FUT(self)->blocking)); }

static Obj *g_callbacks(Obj *self) {
    FutureObj *f = FUT(self);
    if (f->cb0 == NULL && f->callbacks == NULL) return NEWREF(NONE);
    Obj *out = list_new(0);
    if (out == NULL) return NULL;
    if (f->cb0 != NULL) {
        Obj *pair = tuple_pack(2, f->cb0, f->ctx0);
        if (pair == NULL || list_append(out, pair) < 0) {
            XDECREF(pair);
            DECREF(out);
            return NULL;
        }
        DECREF(pair);
    }
    for (size_t i = 0; f->callbacks != NULL && i < list_size(f->callbacks); i++)
        if (list_append(out, list_get(f->callbacks, i)) < 0) {
            DECREF(out);
            return NULL;
        }
    return out;
}

static int s_log_tb(Obj *self, Obj *value) {
    if (value == NULL) {
        err_set_str(&Exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    int t = obj_is_true(value);
    if (t < 0) return -1;
    if (t) {
        err_set_str(&Exc_ValueError, "_log_traceback can only be set to False");
        return -1;
    }
    FUT(self)->log_tb = false;
    return 0;
}

static int s_blocking(Obj *self, Obj *value) {
    if (value == NULL) {
        err_set_str(&Exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    int t = obj_is_true(value);
    if (t < 0) return -1;
    FUT(self)->blocking = t;
    return 0;
}

static int s_cancel_msg(Obj *self, Obj *value) {
    return FUT_SET_X(FUT(self), cancel_msg, value == NULL || value == NONE ? NULL : NEWREF(value));
}

static int s_source_tb(Obj *self, Obj *value) {
    return FUT_SET_X(FUT(self), source_tb, value == NULL || value == NONE ? NULL : NEWREF(value));
}

static Obj *g_dict(Obj *self) {
    FutureObj *f = FUT(self);
    if (f->dict == NULL && (f->dict = dict_new()) == NULL) return NULL;
    return NEWREF(f->dict);
}

static const GetSetDef future_getset[] = {
    {"_state", g_state}, {"_loop", g_loop}, {"_result", g_result},
    {"_exception", g_exception}, {"_callbacks", g_callbacks},
    {"_source_traceback", g_source_tb, s_source_tb},
    {"_cancel_message", g_cancel_msg, s_cancel_msg},
    {"_log_traceback", g_log_tb, s_log_tb},
    {"_asyncio_future_blocking", g_blocking, s_blocking},
    {"__dict__", g_dict}, {NULL},
};

static Obj *m_del(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

static const MethodDef future_methods[] = {
    {"result", m_result}, {"exception", m_exception},
    {"set_result", m_set_result}, {"set_exception", m_set_exception},
    {"add_done_callback", m_add_done_callback},
    {"remove_done_callback", m_remove_done_callback},
    {"cancel", m_cancel}, {"cancelled", m_cancelled}, {"done", m_done},
    {"get_loop", m_get_loop}, {"_make_cancelled_error", m_make_cancelled_error},
    {"_repr_info", m_repr_info}, {"__del__", m_del},
    {"__await__", m_await}, {"__iter__", m_await},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS}, {NULL},
};

/* ---- destruction --------------------------------------------------------- */

/* Whether destroying o now would report something. */
static bool has_report(Obj *o) {
    FutureObj *f = FUT(o);
    if (f->loop == NULL) return false;
    return (f->state == FUT_PENDING && f->log_destroy_pending &&
            type_is_subtype(TYPE(o), &AsyncTaskType)) ||
           (f->log_tb && f->is_exc);
}

void future_report_lost(Obj *o) {
    FutureObj *f = FUT(o);
    if (f->loop == NULL) return;
    if (f->state == FUT_PENDING && f->log_destroy_pending &&
        type_is_subtype(TYPE(o), &AsyncTaskType)) {
        f->log_destroy_pending = false;
        aio_report_destroyed(f->loop, "Task was destroyed but it is pending!", NULL, "task", o,
                             FUT_X(f, source_tb));
    }
    if (f->log_tb && f->is_exc) {
        f->log_tb = false;
        char message[128];
        snprintf(message, sizeof message, "%s exception was never retrieved",
                 TYPE(o)->name_obj ? str_data(TYPE(o)->name_obj) : "Future");
        aio_report_destroyed(f->loop, message, f->result, "future", o, FUT_X(f, source_tb));
    }
}

static Obj *m_del(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("__del__");
    future_report_lost(self);
    return NEWREF(NONE);
}

void future_dealloc(Obj *o) {
    FutureObj *f = FUT(o);
    if (has_report(o)) {
        o->refcnt = 1;
        future_report_lost(o);
        if (--o->refcnt != 0) {
            /* Resurrected by the handler: a heap subclass's free goes on to
             * drop the class, so keep a reference for the living instance. */
            if (type_has(TYPE(o), TF_HEAPTYPE)) INCREF((Obj *)TYPE(o));
            return;
        }
    }
    if (type_is_subtype(TYPE(o), &AsyncTaskType)) task_clear_fields((TaskObj *)o);
    future_clear_fields(f);
    CLEAR(f->dict);
    obj_free(o);
}

Type AsyncFutureType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_asyncio.Future",
    .size = sizeof(FutureObj),
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .base = &ObjectType,
    .dealloc = future_dealloc,
    .repr = future_repr,
    .iter = future_iter,
    .new_ = future_new,
    .init = future_init,
    .methods = future_methods,
    .getset = future_getset,
    .dictoffset = offsetof(FutureObj, dict),
    .doc = "This class is *almost* compatible with concurrent.futures.Future.",
};
