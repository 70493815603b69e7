/* vm_gen.c: generator objects.  Calling a generator function makes a frame
 * outside the arena (a generator outlives its caller) and wraps it in a
 * GenObj; each next()/send()/throw() runs that frame with vm_run until it
 * yields (YIELD_VALUE / YIELD_FROM return from vm_run with the frame kept)
 * or finishes (the eval loop then calls vm_gen_frame_done).
 *
 * The generator keeps its own "exception being handled" while suspended
 * inside an except block, swapped with the caller's on every resume, and a
 * StopIteration escaping the body becomes RuntimeError (PEP 479).  throw()
 * and close() are forwarded to a sub-iterator while the frame is suspended
 * in a `yield from`, as CPython does. */
#include <stdio.h>
#include "vm_internal.h"
#include "opcodes.h"
#include "err.h"
#include "str.h"
#include "ident.h"
#include "api.h"
#include "args.h"
#include "traceback.h"
#include "tuple.h"

static inline bool is_gen_like(Obj *o) { return TYPE(o) == &GenType || TYPE(o) == &CoroType; }

Obj *vm_gen_new(Frame *f, Obj *name, Obj *qualname) {
    Type *t = f->code->flags & CO_COROUTINE         ? &CoroType
              : f->code->flags & CO_ASYNC_GENERATOR ? &AsyncGenType
                                                    : &GenType;
    if (!(t->flags & TF_READY) && type_ready(t) < 0) {
        frame_free_heap(f);
        return NULL;
    }
    GenObj *g = (GenObj *)obj_alloc(t, sizeof(GenObj));
    if (g == NULL) {
        frame_free_heap(f);
        return NULL;
    }
    g->frame = f;
    f->gen = (Obj *)g;
    g->code = (CodeObj *)NEWREF((Obj *)f->code);
    g->name = NEWREF(name);
    g->qualname = NEWREF(qualname);
    if (vm_coro_origin_depth > 0 && t == &CoroType && vm_coro_record_origin(g) < 0) {
        g->started = true;       /* nobody saw it: no "never awaited" warning */
        DECREF((Obj *)g);
        return NULL;
    }
    return (Obj *)g;
}

void vm_gen_frame_done(Frame *f) {
    GenObj *g = (GenObj *)f->gen;
    g->frame = NULL;
    frame_free_heap(f);
}

const char *vm_gen_kind(const GenObj *g) {
    if (g->code->flags & CO_ASYNC_GENERATOR) return "async generator";
    return g->code->flags & CO_COROUTINE ? "coroutine" : "generator";
}

/* PEP 479: a StopIteration (StopAsyncIteration in an async generator)
 * leaving the body is a bug. */
static void stop_iteration_to_runtime_error(GenObj *g, const char *what) {
    Obj *stop = err_fetch();
    err_format(&Exc_RuntimeError, "%s raised %s", vm_gen_kind(g), what);
    Obj *exc = err_occurred();
    if (exc == NULL) {
        DECREF(stop);
        return;
    }
    ExcObj *e = (ExcObj *)exc;
    SETREF(e->context, NEWREF(stop));
    SETREF(e->cause, stop);
    e->suppress_context = true;
}

Obj *vm_gen_resume(GenObj *g, Obj *value, bool throwing, bool *done) {
    ThreadState *ts = tstate_get();
    Frame *f = g->frame;
    *done = false;
    if (g->running) {
        err_format(&Exc_ValueError, "%s already executing", vm_gen_kind(g));
        return NULL;
    }
    if (f == NULL) {
        if (g->code->flags & CO_COROUTINE)
            err_set_str(&Exc_RuntimeError, "cannot reuse already awaited coroutine");
        else if (!throwing)
            err_set_none(g->code->flags & CO_ASYNC_GENERATOR ? &Exc_StopAsyncIteration
                                                             : &Exc_StopIteration);
        return NULL;
    }
    if (!g->started && !throwing && value != NONE) {
        err_format(&Exc_TypeError, "can't send non-None value to a just-started %s",
                   vm_gen_kind(g));
        return NULL;
    }
    g->started = true;   /* as CPython, even when the recursion checks fail (no warning) */
    if (ts->recursion_depth >= ts->recursion_limit) {
        err_set_str(&Exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    VMThread *vt = vm_thread(ts);
    if (vt == NULL || vm_check_c_stack(vt) < 0) return NULL;
    if (throwing) f->gen_throw = true;
    else *f->sp++ = NEWREF(value);
    g->running = true;
    f->back = vt->current;
    /* the generator sees its own handled exception, else the caller's */
    Obj *saved = ts->handled_exc;
    ts->handled_exc = g->exc_state ? g->exc_state : saved ? NEWREF(saved) : NULL;
    g->exc_state = NULL;
    ts->recursion_depth++;
    INCREF((Obj *)g);
    Obj *r = vm_run(vt, f);
    g->running = false;
    Obj *now = ts->handled_exc;
    if (r != NULL && g->frame != NULL && now != saved) g->exc_state = now;
    else XDECREF(now);
    ts->handled_exc = saved;
    if (r == NULL) {
        if (err_matches(&Exc_StopIteration)) stop_iteration_to_runtime_error(g, "StopIteration");
        else if ((g->code->flags & CO_ASYNC_GENERATOR) && err_matches(&Exc_StopAsyncIteration))
            stop_iteration_to_runtime_error(g, "StopAsyncIteration");
    } else {
        *done = g->frame == NULL;
    }
    DECREF((Obj *)g);
    return r;
}

/* ---- the iterator protocol and send/throw/close ------------------------- */

/* Raises StopIteration carrying a generator's return value. */
static void set_stop_value(Obj *value) {
    if (value == NONE) {
        err_set_none(&Exc_StopIteration);
        return;
    }
    Obj *exc = exc_new(&Exc_StopIteration, &value, 1);
    if (exc != NULL) SETREF(tstate_get()->cur_exc, exc);
}

static Obj *gen_iternext(Obj *o) {
    GenObj *g = (GenObj *)o;
    if (g->frame == NULL && !g->running) return NULL;
    bool done;
    Obj *r = vm_gen_resume(g, NONE, false, &done);
    if (r == NULL || !done) return r;
    if (r != NONE) set_stop_value(r);
    DECREF(r);
    return NULL;
}

static Obj *gen_iter(Obj *o) { return NEWREF(o); }

/* A generator's result as send()/throw() report it: the yielded value, or
 * StopIteration(return value). */
static Obj *as_send_result(Obj *r, bool done) {
    if (r == NULL || !done) return r;
    set_stop_value(r);
    DECREF(r);
    return NULL;
}

Obj *vm_gen_send(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("send", kwnames) < 0 || args_count("send", nargs, 1, 1) < 0) return NULL;
    bool done;
    Obj *r = vm_gen_resume((GenObj *)self, args[0], false, &done);
    return as_send_result(r, done);
}

/* The object a generator suspended in `yield from` delegates to (borrowed). */
Obj *vm_gen_delegate(GenObj *g) {
    Frame *f = g->frame;
    if (f == NULL || !g->started || g->running || INSTR_OP(*f->ip) != OP_YIELD_FROM) return NULL;
    return f->sp[-1];
}

/* sub.close() for a delegate being closed with its generator. */
static int close_delegate(Obj *sub) {
    Obj *r;
    if (is_gen_like(sub)) {
        r = vm_gen_close_impl((GenObj *)sub);
    } else {
        Obj *m = obj_lookup_attr(sub, IDENT(close));
        if (m == NULL) return err_occurred() ? -1 : 0;
        r = obj_call0(m);
        DECREF(m);
    }
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

/* The delegate stopped (StopIteration value or an exception is set): drop
 * it, step past YIELD_FROM, and go on with its value or its exception. */
static Obj *delegate_finished(GenObj *g, bool *done) {
    Frame *f = g->frame;
    Obj *sub = *--f->sp;
    DECREF(sub);
    f->ip++;
    if (!err_matches(&Exc_StopIteration)) return vm_gen_resume(g, NULL, true, done);
    Obj *stop = err_fetch();
    Obj *val = obj_getattr(stop, IDENT(value));
    DECREF(stop);
    if (val == NULL) return NULL;
    Obj *r = vm_gen_resume(g, val, false, done);
    DECREF(val);
    return r;
}

/* Calls the delegate's throw method `m` (a non-generator under `yield
 * from`) with `args`; its result is what the generator yields, or, when it
 * raises StopIteration, the delegation ends and the generator goes on. */
static Obj *throw_into_iterator(GenObj *g, Obj *sub, Obj *m, Obj *const *args, size_t nargs,
                                bool *done) {
    g->running = true;
    Obj *r = obj_call(m, args, nargs, NULL);
    g->running = false;
    DECREF(m);
    DECREF(sub);
    if (r != NULL) return r;
    return delegate_finished(g, done);
}

/* throw(exc) into g (exc stolen), through a `yield from` delegate first. */
Obj *vm_gen_throw_exc(GenObj *g, Obj *exc, bool *done) {
    *done = false;
    Obj *sub = vm_gen_delegate(g);
    if (sub != NULL) {
        INCREF(sub);
        if (type_is_subtype(TYPE(exc), &Exc_GeneratorExit)) {
            g->running = true;
            int rc = close_delegate(sub);
            g->running = false;
            DECREF(sub);
            if (rc < 0) {
                DECREF(exc);
                return delegate_finished(g, done);
            }
            goto throw_here;
        }
        if (!is_gen_like(sub)) {
            Obj *m = obj_lookup_attr(sub, IDENT(throw));
            if (m == NULL) {
                DECREF(sub);
                if (err_occurred()) {
                    DECREF(exc);
                    return NULL;
                }
                goto throw_here;
            }
            Obj *tb = ((ExcObj *)exc)->traceback;
            Obj *targs[3] = {(Obj *)TYPE(exc), exc, tb ? tb : NONE};
            Obj *r = throw_into_iterator(g, sub, m, targs, 3, done);
            DECREF(exc);
            return r;
        }
        bool sub_done = false;
        g->running = true;
        Obj *r = vm_gen_throw_exc((GenObj *)sub, exc, &sub_done);
        g->running = false;
        DECREF(sub);
        if (r != NULL && !sub_done) return r;
        if (r != NULL) {
            set_stop_value(r);   /* the sub-generator returned: its value goes on */
            DECREF(r);
        }
        return delegate_finished(g, done);
    }
throw_here:
    SETREF(tstate_get()->cur_exc, exc);
    if (g->frame == NULL) {
        if (g->code->flags & CO_COROUTINE)
            err_set_str(&Exc_RuntimeError, "cannot reuse already awaited coroutine");
        return NULL;
    }
    return vm_gen_resume(g, NULL, true, done);
}

/* throw(type[, value[, tb]]) arguments -> an exception instance. */
Obj *vm_make_thrown(Obj *type, Obj *value, Obj *tb) {
    if (tb == NONE) tb = NULL;
    if (tb != NULL && !is_traceback(tb)) {
        err_set_str(&Exc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    Obj *exc;
    if (type_has(TYPE(type), TF_TYPE_SUBCLASS) && type_has((Type *)type, TF_EXC_SUBCLASS)) {
        if (value != NULL && value != NONE && type_is_subtype(TYPE(value), (Type *)type)) {
            exc = NEWREF(value);
        } else if (value == NULL || value == NONE) {
            exc = obj_call(type, NULL, 0, NULL);
        } else if (is_tuple(value)) {
            exc = obj_call(type, ((TupleObj *)value)->items, tuple_size(value), NULL);
        } else {
            exc = obj_call(type, &value, 1, NULL);
        }
        if (exc == NULL) return NULL;
        if (!is_exception(exc)) {
            err_format(&Exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %s", type,
                       type_name(exc));
            DECREF(exc);
            return NULL;
        }
    } else if (is_exception(type)) {
        if (value != NULL && value != NONE) {
            err_set_str(&Exc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        exc = NEWREF(type);
    } else {
        err_format(&Exc_TypeError,
                   "exceptions must be classes or instances deriving from BaseException, not %s",
                   type_name(type));
        return NULL;
    }
    if (tb != NULL) SETREF(((ExcObj *)exc)->traceback, NEWREF(tb));
    return exc;
}

/* Whether throw()'s first argument is GeneratorExit, its subclass or one
 * of their instances. */
static bool given_generator_exit(Obj *type) {
    Type *t = type_has(TYPE(type), TF_TYPE_SUBCLASS) ? (Type *)type : TYPE(type);
    return type_is_subtype(t, &Exc_GeneratorExit);
}

Obj *vm_gen_throw(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("throw", kwnames) < 0 || args_count("throw", nargs, 1, 3) < 0) return NULL;
    GenObj *g = (GenObj *)self;
    Obj *sub = vm_gen_delegate(g);
    if (sub != NULL && !is_gen_like(sub) && !given_generator_exit(args[0])) {
        /* as CPython: a non-generator delegate's throw() gets the arguments
         * as given, before they are checked (it may take anything) */
        INCREF(sub);
        Obj *m = obj_lookup_attr(sub, IDENT(throw));
        if (m != NULL) {
            bool done = false;
            Obj *r = throw_into_iterator(g, sub, m, args, nargs, &done);
            return as_send_result(r, done);
        }
        DECREF(sub);
        if (err_occurred()) return NULL;
    }
    Obj *exc = vm_make_thrown(args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
    if (exc == NULL) return NULL;
    bool done;
    Obj *r = vm_gen_throw_exc((GenObj *)self, exc, &done);
    return as_send_result(r, done);
}

Obj *vm_gen_close_impl(GenObj *g) {
    if (g->frame == NULL) return NEWREF(NONE);
    if (!g->started) {
        vm_gen_frame_done(g->frame);
        return NEWREF(NONE);
    }
    Obj *exc = exc_new(&Exc_GeneratorExit, NULL, 0);
    if (exc == NULL) return NULL;
    bool done;
    Obj *r = vm_gen_throw_exc(g, exc, &done);
    if (r != NULL) {
        DECREF(r);
        if (done) return NEWREF(NONE);
        err_format(&Exc_RuntimeError, "%s ignored GeneratorExit", vm_gen_kind(g));
        return NULL;
    }
    if (err_matches(&Exc_StopIteration) || err_matches(&Exc_GeneratorExit)) {
        err_clear();
        return NEWREF(NONE);
    }
    return NULL;
}

Obj *vm_gen_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("close", kwnames) < 0 || args_count("close", nargs, 0, 0) < 0) return NULL;
    return vm_gen_close_impl((GenObj *)self);
}

/* ---- the type ------------------------------------------------------------ */

/* A generator dropped while suspended inside try/with is closed, so its
 * finally blocks run; without blocks there is nothing to run. */
void vm_gen_dealloc(Obj *o) {
    GenObj *g = (GenObj *)o;
    if (g->frame != NULL && g->started && g->frame->nblocks > 0) {
        o->refcnt = 1;   /* alive while close() runs */
        Obj *saved = err_fetch();
        Obj *r = vm_gen_close_impl(g);
        if (r == NULL) err_write_unraisable(o);
        XDECREF(r);
        if (saved != NULL) SETREF(tstate_get()->cur_exc, saved);
        if (--o->refcnt != 0) return;   /* resurrected by the finally code */
    }
    if (g->frame != NULL) frame_free_heap(g->frame);
    DECREF((Obj *)g->code);
    DECREF(g->name);
    DECREF(g->qualname);
    XDECREF(g->exc_state);
    obj_free(o);
}

static Obj *gen_repr(Obj *o) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    return str_from_format("<generator object %U at %s>", ((GenObj *)o)->qualname, addr);
}

static Obj *gen_get_name(Obj *o) { return NEWREF(((GenObj *)o)->name); }
static Obj *gen_get_qualname(Obj *o) { return NEWREF(((GenObj *)o)->qualname); }
static int set_str_attr(Obj **slot, Obj *v, const char *what) {
    if (v == NULL || !is_str(v)) {
        err_format(&Exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    SETREF(*slot, NEWREF(v));
    return 0;
}
static int gen_set_name(Obj *o, Obj *v) { return set_str_attr(&((GenObj *)o)->name, v, "__name__"); }
static int gen_set_qualname(Obj *o, Obj *v) {
    return set_str_attr(&((GenObj *)o)->qualname, v, "__qualname__");
}
static Obj *gen_get_running(Obj *o) { return NEWREF(bool_from(((GenObj *)o)->running)); }
static Obj *gen_get_code(Obj *o) { return NEWREF((Obj *)((GenObj *)o)->code); }
Obj *vm_gen_get_frame(Obj *o) {
    GenObj *g = (GenObj *)o;
    if (g->frame == NULL) return NEWREF(NONE);
    return frame_object_of_suspended(g->frame, g->started);
}
static Obj *gen_get_yieldfrom(Obj *o) {
    Obj *d = vm_gen_delegate((GenObj *)o);
    return NEWREF(d ? d : NONE);
}
static Obj *gen_get_suspended(Obj *o) {
    GenObj *g = (GenObj *)o;
    return NEWREF(bool_from(g->frame != NULL && g->started && !g->running));
}

static const MethodDef gen_methods[] = {
    {"send", vm_gen_send, 0},
    {"throw", vm_gen_throw, 0},
    {"close", vm_gen_close, 0},
    {NULL},
};

static const GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_running", gen_get_running, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_frame", vm_gen_get_frame, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {NULL},
};

Type GenType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "generator",
    .size = sizeof(GenObj),
    .flags = TF_IMMUTABLE | TF_WEAKREFABLE,
    .dealloc = vm_gen_dealloc,
    .repr = gen_repr,
    .getattr = obj_generic_getattr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getset = gen_getset,
};
