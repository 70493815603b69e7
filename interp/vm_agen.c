/* vm_agen.c: async generators.  An async generator is a GenObj whose frame
 * suspends either at a `yield` (YIELD_VALUE: a value for `async for`) or
 * inside an `await` (YIELD_FROM: a value passed through to the event loop).
 * asend()/__anext__() and athrow()/aclose() return awaitables that drive the
 * frame: a pass-through value is yielded on, a `yield`ed value ends the
 * awaitable with StopIteration(value), and the frame finishing ends it with
 * StopAsyncIteration. */
#include <stdio.h>
#include "vm_internal.h"
#include "opcodes.h"
#include "err.h"
#include "str.h"
#include "args.h"
#include "api.h"

enum { AW_INIT, AW_ITER, AW_DONE };

/* An asend() (exc == NULL) or athrow()/aclose() awaitable. */
typedef struct {
    Obj ob;
    GenObj *gen;     /* owned */
    Obj *value;      /* asend: the value to send first; athrow: the exception; aclose: NULL */
    bool throwing;   /* athrow/aclose */
    int state;
} AgenAwaitObj;
static Type AsendType, AthrowType;

/* A resumed frame's result as the awaitable reports it (r stolen). */
static Obj *unwrap(AgenAwaitObj *a, Obj *r, bool done) {
    GenObj *g = a->gen;
    if (r != NULL && !done && g->frame != NULL && INSTR_OP(*g->frame->ip) == OP_YIELD_FROM)
        return r;   /* passed through from an await */
    g->running_async = false;
    if (r == NULL) {
        a->state = AW_DONE;
        if (a->throwing && a->value == NULL &&
            (err_matches(&Exc_StopAsyncIteration) || err_matches(&Exc_GeneratorExit))) {
            err_clear();
            err_set_none(&Exc_StopIteration);   /* aclose() succeeded */
        }
        return NULL;
    }
    if (done) {
        DECREF(r);
        a->state = AW_DONE;
        err_set_none(a->throwing && a->value == NULL ? &Exc_StopIteration : &Exc_StopAsyncIteration);
        return NULL;
    }
    a->state = AW_DONE;
    if (a->throwing && a->value == NULL) {
        DECREF(r);
        err_set_str(&Exc_RuntimeError, "async generator ignored GeneratorExit");
        return NULL;
    }
    if (r == NONE) {
        err_set_none(&Exc_StopIteration);
    } else {
        Obj *exc = exc_new(&Exc_StopIteration, &r, 1);
        if (exc != NULL) SETREF(tstate_get()->cur_exc, exc);
    }
    DECREF(r);
    return NULL;
}

static Obj *aw_send_value(AgenAwaitObj *a, Obj *v) {
    bool done = false;
    Obj *r;
    if (a->state == AW_DONE) {
        err_set_str(&Exc_RuntimeError, a->throwing
                        ? "cannot reuse already awaited aclose()/athrow()"
                        : "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (a->state == AW_INIT) {
        if (a->gen->running_async) {
            a->state = AW_DONE;
            err_format(&Exc_RuntimeError, "%s: asynchronous generator is already running",
                       !a->throwing ? "anext()" : a->value != NULL ? "athrow()" : "aclose()");
            return NULL;
        }
        a->state = AW_ITER;
        a->gen->running_async = true;
        if (a->throwing) {
            if (a->value == NULL && (a->gen->frame == NULL || !a->gen->started)) {
                if (a->gen->frame != NULL) vm_gen_frame_done(a->gen->frame);
                a->state = AW_DONE;
                a->gen->running_async = false;
                err_set_none(&Exc_StopIteration);
                return NULL;
            }
            Obj *exc = a->value != NULL ? NEWREF(a->value) : exc_new(&Exc_GeneratorExit, NULL, 0);
            if (exc == NULL) return NULL;
            r = vm_gen_throw_exc(a->gen, exc, &done);
            return unwrap(a, r, done);
        }
        if (v == NONE) v = a->value;
    }
    r = vm_gen_resume(a->gen, v, false, &done);
    return unwrap(a, r, done);
}

static Obj *aw_next(Obj *o) { return aw_send_value((AgenAwaitObj *)o, NONE); }
static Obj *aw_iter(Obj *o) { return NEWREF(o); }

static Obj *aw_send(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("send", kwnames) < 0 || args_count("send", nargs, 1, 1) < 0) return NULL;
    return aw_send_value((AgenAwaitObj *)self, args[0]);
}

static Obj *aw_throw(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    AgenAwaitObj *a = (AgenAwaitObj *)self;
    if (a->state == AW_DONE) {
        err_set_str(&Exc_RuntimeError, a->throwing
                        ? "cannot reuse already awaited aclose()/athrow()"
                        : "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (a->state == AW_INIT) a->gen->running_async = true;
    a->state = AW_ITER;
    /* vm_gen_throw parses the arguments and reports like generator.throw();
     * its StopIteration(value) is the generator returning, seen here as done */
    Obj *r = vm_gen_throw((Obj *)a->gen, args, nargs, kwnames);
    if (r == NULL) {
        a->state = AW_DONE;
        a->gen->running_async = false;
        if (err_matches(&Exc_StopIteration) && a->gen->frame == NULL) {
            err_clear();
            err_set_none(&Exc_StopAsyncIteration);
        }
        return NULL;
    }
    return unwrap(a, r, false);
}

static Obj *aw_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("close", kwnames) < 0 || args_count("close", nargs, 0, 0) < 0) return NULL;
    AgenAwaitObj *a = (AgenAwaitObj *)self;
    if (a->state == AW_ITER) a->gen->running_async = false;
    a->state = AW_DONE;
    return NEWREF(NONE);
}

static Obj *aw_await(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__await__", kwnames) < 0 || args_count("__await__", nargs, 0, 0) < 0)
        return NULL;
    return NEWREF(self);
}

static void aw_dealloc(Obj *o) {
    AgenAwaitObj *a = (AgenAwaitObj *)o;
    DECREF((Obj *)a->gen);
    XDECREF(a->value);
    obj_free(o);
}

static Obj *aw_repr(Obj *o) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    return str_from_format("<%s object at %s>", TYPE(o)->name, addr);
}

static const MethodDef aw_methods[] = {
    {"send", aw_send, 0},
    {"throw", aw_throw, 0},
    {"close", aw_close, 0},
    {"__await__", aw_await, 0},
    {NULL},
};

#define AWAITABLE_TYPE(NAME) { \
    .ob = STATIC_HEAD(&TypeType), .name = NAME, .size = sizeof(AgenAwaitObj), \
    .flags = TF_IMMUTABLE, .dealloc = aw_dealloc, .repr = aw_repr, \
    .getattr = obj_generic_getattr, .iter = aw_iter, .iternext = aw_next, \
    .methods = aw_methods, }
static Type AsendType = AWAITABLE_TYPE("async_generator_asend");
static Type AthrowType = AWAITABLE_TYPE("async_generator_athrow");

static Obj *new_awaitable(Type *t, Obj *gen, Obj *value, bool throwing) {
    if (!(t->flags & TF_READY) && type_ready(t) < 0) return NULL;
    AgenAwaitObj *a = (AgenAwaitObj *)obj_alloc(t, sizeof(AgenAwaitObj));
    if (a == NULL) {
        XDECREF(value);
        return NULL;
    }
    a->gen = (GenObj *)NEWREF(gen);
    a->value = value;
    a->throwing = throwing;
    a->state = AW_INIT;
    return (Obj *)a;
}

/* ---- the async generator type ------------------------------------------- */

static Obj *agen_asend(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("asend", kwnames) < 0 || args_count("asend", nargs, 1, 1) < 0) return NULL;
    return new_awaitable(&AsendType, self, NEWREF(args[0]), false);
}

static Obj *agen_anext(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__anext__", kwnames) < 0 || args_count("__anext__", nargs, 0, 0) < 0)
        return NULL;
    return new_awaitable(&AsendType, self, NEWREF(NONE), false);
}

static Obj *agen_aiter(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__aiter__", kwnames) < 0 || args_count("__aiter__", nargs, 0, 0) < 0)
        return NULL;
    return NEWREF(self);
}

static Obj *agen_athrow(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("athrow", kwnames) < 0 || args_count("athrow", nargs, 1, 3) < 0) return NULL;
    Obj *exc = vm_make_thrown(args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
    if (exc == NULL) return NULL;
    return new_awaitable(&AthrowType, self, exc, true);
}

static Obj *agen_aclose(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("aclose", kwnames) < 0 || args_count("aclose", nargs, 0, 0) < 0) return NULL;
    return new_awaitable(&AthrowType, self, NULL, true);
}

static Obj *agen_repr(Obj *o) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    return str_from_format("<async_generator object %U at %s>", ((GenObj *)o)->qualname, addr);
}

static Obj *agen_get_name(Obj *o) { return NEWREF(((GenObj *)o)->name); }
static Obj *agen_get_qualname(Obj *o) { return NEWREF(((GenObj *)o)->qualname); }
static Obj *agen_get_running(Obj *o) { return NEWREF(bool_from(((GenObj *)o)->running)); }
static Obj *agen_get_code(Obj *o) { return NEWREF((Obj *)((GenObj *)o)->code); }
static Obj *agen_get_await(Obj *o) {
    Obj *d = vm_gen_delegate((GenObj *)o);
    return NEWREF(d ? d : NONE);
}

static const MethodDef agen_methods[] = {
    {"asend", agen_asend, 0},
    {"athrow", agen_athrow, 0},
    {"aclose", agen_aclose, 0},
    {"__anext__", agen_anext, 0},
    {"__aiter__", agen_aiter, 0},
    {NULL},
};

static const GetSetDef agen_getset[] = {
    {"__name__", agen_get_name, NULL},
    {"__qualname__", agen_get_qualname, NULL},
    {"ag_running", agen_get_running, NULL},
    {"ag_code", agen_get_code, NULL},
    {"ag_frame", vm_gen_get_frame, NULL},
    {"ag_await", agen_get_await, NULL},
    {NULL},
};

Type AsyncGenType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "async_generator",
    .size = sizeof(GenObj),
    .flags = TF_IMMUTABLE | TF_WEAKREFABLE,
    .dealloc = vm_gen_dealloc,
    .repr = agen_repr,
    .getattr = obj_generic_getattr,
    .methods = agen_methods,
    .getset = agen_getset,
};
