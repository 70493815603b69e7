/* asyncio_handle.c: asyncio.events.Handle and TimerHandle in C.
 *
 * A Handle is a callback with its arguments and context, as queued by
 * loop.call_soon(); a TimerHandle adds the loop time it is due at
 * (call_later/call_at) and orders by it in the timer heap.  Behaviour and
 * reprs are CPython's: `<Handle f() at x.py:3>`, `<TimerHandle when=5.0
 * f()>`, "cancelled" after the class name, "created at x.py:9" in debug
 * mode; a callback that raises is reported through
 * loop.call_exception_handler() as "Exception in callback ...".  The
 * callback formatting and the debug-mode stack come from
 * asyncio.format_helpers (cold paths).  The Python classes stay in
 * asyncio/events.py as _PyHandle and _PyTimerHandle.
 */
#include "asyncio_internal.h"
#include "asyncio_loop.h"
#include "api.h"
#include "args.h"
#include "contextvars.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "ident.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

#define HANDLE(o) ((HandleObj *)(o))
#define TIMER(o) ((TimerHandleObj *)(o))

/* asyncio.format_helpers._format_callback_source(callback, args): str. */
static Obj *format_callback_source(Obj *callback, Obj *args) {
    static Obj *fn;
    if (fn == NULL) {
        Obj *m = import_module_cstr("asyncio.format_helpers");
        if (m == NULL) return NULL;
        fn = obj_getattr_cstr(m, "_format_callback_source");
        DECREF(m);
        if (fn == NULL) return NULL;
    }
    return obj_call2(fn, callback, args);
}

/* ---- fields -------------------------------------------------------------- */

static void set_when(TimerHandleObj *t, Obj *when) {
    SETREF(t->when, NEWREF(when));
    t->when_fast = true;
    if (is_small(when)) t->when_d = (double)small_value(when);
    else if (is_float(when)) t->when_d = float_value(when);
    else t->when_fast = false;
}

/* Fills the fields (as __init__ does); stack is the creation stack or NULL.
 * Steals args. */
static void fill(HandleObj *h, Obj *callback, Obj *args, Obj *loop, Obj *ctx, Obj *stack) {
    SETREF(h->callback, NEWREF(callback));
    SETREF(h->args, args);
    SETREF(h->loop, NEWREF(loop));
    SETREF(h->context, NEWREF(ctx));
    SETREF(h->source_tb, stack);
    CLEAR(h->repr);
    h->cancelled = false;
}

Obj *handle_new_plain(Obj *callback, Obj *args, Obj *loop, Obj *ctx) {
    HandleObj *h = (HandleObj *)obj_alloc(&HandleType, sizeof(HandleObj));
    if (h == NULL) {
        DECREF(args);
        return NULL;
    }
    fill(h, callback, args, loop, ctx, NULL);
    return (Obj *)h;
}

/* The shared part of both __init__s: context copied when None, the
 * creation stack when loop.get_debug(). */
static int init_common(HandleObj *h, Obj *callback, Obj *args, Obj *loop, Obj *ctx) {
    Obj *context = ctx == NULL || ctx == NONE ? context_copy_current() : NEWREF(ctx);
    if (context == NULL) return -1;
    int on = loop_get_debug(loop);
    Obj *stack = NULL;
    if (on == 1) {
        /* The stack from the frame that called Handle(): no frame of ours. */
        Obj *caller_stack = aio_helper(H_CALLER_STACK);
        stack = caller_stack ? obj_call1(caller_stack, small_new(0)) : NULL;
        if (stack == NONE) CLEAR(stack);
        else if (stack == NULL) on = -1;
    }
    if (on < 0) {
        DECREF(context);
        return -1;
    }
    fill(h, callback, NEWREF(args), loop, context, stack);
    DECREF(context);
    return 0;
}

static Obj *handle_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    return obj_alloc(type, type->size);
}

static int handle_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"callback", "args", "loop", "context", NULL};
    Obj *a[4];
    if (args_bind("Handle", args, nargs, kwnames, names, 3, a) < 0) return -1;
    return init_common(HANDLE(self), a[0], a[1], a[2], a[3]);
}

static int timer_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"when", "callback", "args", "loop", "context", NULL};
    Obj *a[5];
    if (args_bind("TimerHandle", args, nargs, kwnames, names, 4, a) < 0) return -1;
    if (init_common(HANDLE(self), a[1], a[2], a[3], a[4]) < 0) return -1;
    set_when(TIMER(self), a[0]);
    TIMER(self)->scheduled = false;
    return 0;
}

static void handle_dealloc(Obj *o) {
    HandleObj *h = HANDLE(o);
    CLEAR(h->callback);
    CLEAR(h->args);
    CLEAR(h->loop);
    CLEAR(h->context);
    CLEAR(h->source_tb);
    CLEAR(h->repr);
    if (type_is_subtype(TYPE(o), &TimerHandleType)) CLEAR(TIMER(o)->when);
    obj_free(o);
}

/* ---- the shared accessors (any object with the attributes) ---------------- */

int handle_cancelled(Obj *h) {
    if (is_handle(h)) return HANDLE(h)->cancelled;
    Obj *v = obj_getattr(h, IDENT(_cancelled));
    if (v == NULL) return -1;
    int r = obj_is_true(v);
    DECREF(v);
    return r;
}

int timer_when(Obj *timer, double *out) {
    if (is_timer_handle(timer) && TIMER(timer)->when_fast) {
        *out = TIMER(timer)->when_d;
        return 0;
    }
    Obj *v = obj_getattr(timer, IDENT(_when));
    if (v == NULL) return -1;
    *out = float_as_double(v);
    DECREF(v);
    return *out == -1.0 && err_occurred() ? -1 : 0;
}

int timer_set_scheduled(Obj *timer, bool flag) {
    if (is_timer_handle(timer)) {
        TIMER(timer)->scheduled = flag;
        return 0;
    }
    return obj_setattr(timer, IDENT(_scheduled), bool_from(flag));
}

/* ---- running ----------------------------------------------------------------- */

/* The report of a callback that raised exc (reference stolen). */
static int report_failure(HandleObj *h, Obj *exc) {
    Obj *where = format_callback_source(h->callback ? h->callback : NONE, h->args ? h->args : NONE);
    Obj *msg = where ? str_from_format("Exception in callback %U", where) : NULL;
    XDECREF(where);
    Obj *ctx = msg ? dict_new() : NULL;
    bool ok = ctx != NULL && dict_set_cstr(ctx, "message", msg) == 0 &&
              dict_set_cstr(ctx, "exception", exc) == 0 &&
              dict_set_cstr(ctx, "handle", (Obj *)h) == 0;
    if (ok && h->source_tb != NULL) {
        int has = obj_is_true(h->source_tb);
        ok = has >= 0 && (!has || dict_set_cstr(ctx, "source_traceback", h->source_tb) == 0);
    }
    XDECREF(msg);
    DECREF(exc);
    Obj *r = NULL;
    if (ok) r = obj_call_method(h->loop ? h->loop : NONE, IDENT(call_exception_handler), &ctx, 1);
    XDECREF(ctx);
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

static int run_c(HandleObj *h) {
    if (h->callback == NULL) {
        err_format(&Exc_AttributeError, "'%s' object has no attribute '_context'",
                   TYPE((Obj *)h)->name_obj ? str_data(TYPE((Obj *)h)->name_obj) : "Handle");
        return -1;
    }
    INCREF((Obj *)h);   /* the callback may drop the last other reference */
    Obj *args = h->args;
    Obj *owned = NULL;
    if (!is_tuple(args)) {
        owned = tuple_from_iterable(args);
        if (owned == NULL) goto failed;
        args = owned;
    }
    Obj *r;
    Obj *const *argv = ((TupleObj *)args)->items;
    size_t n = tuple_size(args);
    if (is_context(h->context)) {
        r = context_run(h->context, h->callback, argv, n, NULL);
    } else {
        Obj *meth = obj_getattr(h->context, IDENT(run));
        Obj *all = meth ? tuple_new(n + 1) : NULL;
        r = NULL;
        if (all != NULL) {
            tuple_set(all, 0, NEWREF(h->callback));
            for (size_t i = 0; i < n; i++) tuple_set(all, i + 1, NEWREF(argv[i]));
            r = obj_call(meth, ((TupleObj *)all)->items, n + 1, NULL);
            DECREF(all);
        }
        XDECREF(meth);
    }
    XDECREF(owned);
    if (r != NULL) {
        DECREF(r);
        DECREF((Obj *)h);
        return 0;
    }
failed:
    if (err_matches(&Exc_SystemExit) || err_matches(&Exc_KeyboardInterrupt)) {
        DECREF((Obj *)h);
        return -1;
    }
    int rc = report_failure(h, err_fetch());
    DECREF((Obj *)h);
    return rc;
}

static Obj *m_run(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

int handle_run(Obj *h) {
    if (is_handle(h) && (TYPE(h) == &HandleType || TYPE(h) == &TimerHandleType))
        return run_c(HANDLE(h));
    Obj *r = obj_call_method(h, IDENT(_run), NULL, 0);
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

/* ---- reprs ------------------------------------------------------------------- */

static Obj *type_name_of(Obj *self) {
    Obj *name = TYPE(self)->name_obj;
    return name ? NEWREF(name) : str_from_cstr(TYPE(self)->name);
}

/* _repr_info(): [class name, 'cancelled'?, 'when=...'?, callback?, 'created at f:n'?] */
static Obj *repr_info(Obj *self) {
    HandleObj *h = HANDLE(self);
    Obj *info = list_new(0);
    if (info == NULL) return NULL;
    Obj *item = type_name_of(self);
    if (item == NULL || list_append(info, item) < 0) goto fail;
    CLEAR(item);
    if (h->cancelled && list_append(info, IDENT(cancelled)) < 0) goto fail;
    if (is_timer_handle(self)) {
        Obj *when = TIMER(self)->when ? TIMER(self)->when : NONE;
        if ((item = str_from_format("when=%S", when)) == NULL || list_append(info, item) < 0)
            goto fail;
        CLEAR(item);
    }
    if (h->callback != NULL && h->callback != NONE) {
        if ((item = format_callback_source(h->callback, h->args ? h->args : NONE)) == NULL ||
            list_append(info, item) < 0)
            goto fail;
        CLEAR(item);
    }
    if (h->source_tb != NULL) {
        int has = obj_is_true(h->source_tb);
        if (has < 0) goto fail;
        if (has) {
            Obj *frame = obj_getitem(h->source_tb, small_new(-1));
            Obj *file = frame ? obj_getitem(frame, small_new(0)) : NULL;
            Obj *line = file ? obj_getitem(frame, small_new(1)) : NULL;
            item = line ? str_from_format("created at %S:%S", file, line) : NULL;
            XDECREF(frame);
            XDECREF(file);
            XDECREF(line);
            if (item == NULL || list_append(info, item) < 0) goto fail;
            CLEAR(item);
        }
    }
    return info;
fail:
    XDECREF(item);
    DECREF(info);
    return NULL;
}

static Obj *m_repr_info(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("_repr_info", nargs, 0, 0) < 0 || args_no_kwargs("_repr_info", kwnames) < 0)
        return NULL;
    return repr_info(self);
}

static Obj *handle_repr(Obj *self) {
    HandleObj *h = HANDLE(self);
    if (h->repr != NULL) return NEWREF(h->repr);
    Obj *info = type_has(TYPE(self), TF_HEAPTYPE)
                    ? obj_call_method(self, IDENT(_repr_info), NULL, 0)
                    : repr_info(self);
    if (info == NULL) return NULL;
    Obj *sep = str_from_cstr(" ");
    Obj *body = sep ? str_join(sep, info) : NULL;
    XDECREF(sep);
    DECREF(info);
    if (body == NULL) return NULL;
    Obj *r = str_from_format("<%U>", body);
    DECREF(body);
    return r;
}

/* ---- methods ------------------------------------------------------------------ */

#define NO_ARGS(name)                                                              \
    if (args_count(name, nargs, 0, 0) < 0 || args_no_kwargs(name, kwnames) < 0) \
        return NULL

static Obj *m_run(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("_run");
    return run_c(HANDLE(self)) < 0 ? NULL : NEWREF(NONE);
}

static int cancel(Obj *self) {
    HandleObj *h = HANDLE(self);
    if (h->cancelled) return 0;
    h->cancelled = true;
    if (h->loop != NULL) {
        int on = loop_get_debug(h->loop);
        if (on < 0) return -1;
        if (on) {
            /* Keep what the repr said while the callback was known. */
            Obj *r = obj_repr(self);
            if (r == NULL) return -1;
            SETREF(h->repr, r);
        }
    }
    SETREF(h->callback, NEWREF(NONE));
    SETREF(h->args, NEWREF(NONE));
    return 0;
}

static Obj *m_cancel(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("cancel");
    return cancel(self) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_timer_cancel(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("cancel");
    HandleObj *h = HANDLE(self);
    if (!h->cancelled && h->loop != NULL) {
        Obj *r = obj_call_method(h->loop, IDENT(_timer_handle_cancelled), &self, 1);
        if (r == NULL) return NULL;
        DECREF(r);
    }
    return cancel(self) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_cancelled(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("cancelled");
    return NEWREF(bool_from(HANDLE(self)->cancelled));
}

static Obj *missing(Obj *self, const char *name) {
    err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'", TYPE(self)->name_obj ? str_data(TYPE(self)->name_obj) : TYPE(self)->name, name);
    return NULL;
}

static Obj *m_when(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("when");
    Obj *when = TIMER(self)->when;
    return when ? NEWREF(when) : missing(self, "_when");
}

/* ---- comparisons (TimerHandle) ------------------------------------------------ */

static int when_compare(TimerHandleObj *a, TimerHandleObj *b, int op) {
    if (a->when_fast && b->when_fast) {
        double x = a->when_d, y = b->when_d;
        switch (op) {
        case CMP_LT: return x < y;
        case CMP_GT: return x > y;
        default: return x == y;
        }
    }
    if (a->when == NULL || b->when == NULL) {
        err_set_str(&Exc_AttributeError, "_when");
        return -1;
    }
    return obj_richcompare_bool(a->when, b->when, op);
}

static int timer_eq(TimerHandleObj *a, TimerHandleObj *b) {
    int r = when_compare(a, b, CMP_EQ);
    if (r != 1) return r;
    Obj *ca = a->h.callback ? a->h.callback : NONE, *cb = b->h.callback ? b->h.callback : NONE;
    if ((r = obj_richcompare_bool(ca, cb, CMP_EQ)) != 1) return r;
    Obj *aa = a->h.args ? a->h.args : NONE, *ab = b->h.args ? b->h.args : NONE;
    if ((r = obj_richcompare_bool(aa, ab, CMP_EQ)) != 1) return r;
    return a->h.cancelled == b->h.cancelled;
}

static Obj *timer_richcompare(Obj *a, Obj *b, int op) {
    if (!is_timer_handle(a) || !is_timer_handle(b)) return NEWREF(NOT_IMPLEMENTED);
    TimerHandleObj *x = TIMER(a), *y = TIMER(b);
    int r;
    switch (op) {
    case CMP_LT: case CMP_GT:
        r = when_compare(x, y, op);
        break;
    case CMP_LE: case CMP_GE:
        r = when_compare(x, y, op == CMP_LE ? CMP_LT : CMP_GT);
        if (r == 0) r = timer_eq(x, y);
        break;
    case CMP_EQ:
        r = timer_eq(x, y);
        break;
    default:
        r = timer_eq(x, y);
        if (r >= 0) r = !r;
        break;
    }
    return r < 0 ? NULL : NEWREF(bool_from(r));
}

int timer_less(Obj *a, Obj *b) {
    if (!is_small(a) && !is_small(b) && a->type->richcompare == timer_richcompare &&
        b->type->richcompare == timer_richcompare && TIMER(a)->when_fast && TIMER(b)->when_fast)
        return TIMER(a)->when_d < TIMER(b)->when_d;
    return obj_richcompare_bool(a, b, CMP_LT);
}

static intptr_t timer_hash(Obj *self) {
    Obj *when = TIMER(self)->when;
    return obj_hash(when ? when : NONE);
}

/* ---- attributes ------------------------------------------------------------ */

#define FIELD_GETTER(fname, expr, attr)                            \
    static Obj *fname(Obj *self) {                                 \
        Obj *v = (expr);                                           \
        return v ? NEWREF(v) : missing(self, attr);                \
    }
FIELD_GETTER(g_callback, HANDLE(self)->callback, "_callback")
FIELD_GETTER(g_args, HANDLE(self)->args, "_args")
FIELD_GETTER(g_loop, HANDLE(self)->loop, "_loop")
FIELD_GETTER(g_context, HANDLE(self)->context, "_context")
FIELD_GETTER(g_when, TIMER(self)->when, "_when")

static Obj *g_source_tb(Obj *self) {
    Obj *v = HANDLE(self)->source_tb;
    return NEWREF(v ? v : NONE);
}
static Obj *g_repr(Obj *self) {
    Obj *v = HANDLE(self)->repr;
    return NEWREF(v ? v : NONE);
}
static Obj *g_cancelled(Obj *self) { return NEWREF(bool_from(HANDLE(self)->cancelled)); }
static Obj *g_scheduled(Obj *self) { return NEWREF(bool_from(TIMER(self)->scheduled)); }

static int no_delete(Obj *value) {
    if (value != NULL) return 0;
    err_set_str(&Exc_AttributeError, "cannot delete attribute");
    return -1;
}

#define FIELD_SETTER(fname, slot)                 \
    static int fname(Obj *self, Obj *value) {     \
        if (no_delete(value) < 0) return -1;      \
        SETREF(slot, NEWREF(value));              \
        return 0;                                 \
    }
FIELD_SETTER(s_callback, HANDLE(self)->callback)
FIELD_SETTER(s_args, HANDLE(self)->args)
FIELD_SETTER(s_loop, HANDLE(self)->loop)
FIELD_SETTER(s_context, HANDLE(self)->context)

static int s_source_tb(Obj *self, Obj *value) {
    SETREF(HANDLE(self)->source_tb, value == NULL || value == NONE ? NULL : NEWREF(value));
    return 0;
}
static int s_repr(Obj *self, Obj *value) {
    SETREF(HANDLE(self)->repr, value == NULL || value == NONE ? NULL : NEWREF(value));
    return 0;
}
static int set_flag(bool *flag, Obj *value) {
    if (no_delete(value) < 0) return -1;
    int t = obj_is_true(value);
    if (t < 0) return -1;
    *flag = t;
    return 0;
}
static int s_cancelled(Obj *self, Obj *value) { return set_flag(&HANDLE(self)->cancelled, value); }
static int s_scheduled(Obj *self, Obj *value) { return set_flag(&TIMER(self)->scheduled, value); }
static int s_when(Obj *self, Obj *value) {
    if (no_delete(value) < 0) return -1;
    set_when(TIMER(self), value);
    return 0;
}

static const GetSetDef handle_getset[] = {
    {"_callback", g_callback, s_callback}, {"_args", g_args, s_args},
    {"_cancelled", g_cancelled, s_cancelled}, {"_loop", g_loop, s_loop},
    {"_source_traceback", g_source_tb, s_source_tb}, {"_repr", g_repr, s_repr},
    {"_context", g_context, s_context}, {NULL},
};

static const GetSetDef timer_getset[] = {
    {"_when", g_when, s_when}, {"_scheduled", g_scheduled, s_scheduled}, {NULL},
};

static const MethodDef handle_methods[] = {
    {"cancel", m_cancel}, {"cancelled", m_cancelled},
    {"_run", m_run}, {"_repr_info", m_repr_info}, {NULL},
};

static const MethodDef timer_methods[] = {
    {"cancel", m_timer_cancel}, {"when", m_when}, {NULL},
};

Type HandleType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "Handle",   /* a Python class in CPython: messages say "Handle" */
    .size = sizeof(HandleObj),
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .base = &ObjectType,
    .dealloc = handle_dealloc,
    .repr = handle_repr,
    .new_ = handle_new,
    .init = handle_init,
    .methods = handle_methods,
    .getset = handle_getset,
    .doc = "Object returned by callback registration methods.",
};

Type TimerHandleType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "TimerHandle",
    .size = sizeof(TimerHandleObj),
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .base = &HandleType,
    .dealloc = handle_dealloc,
    .repr = handle_repr,
    .hash = timer_hash,
    .richcompare = timer_richcompare,
    .new_ = handle_new,
    .init = timer_init,
    .methods = timer_methods,
    .getset = timer_getset,
    .doc = "Object returned by timed callback registration methods.",
};

int handle_types_ready(void) {
    /* __module__ is asyncio.events, as for CPython's classes */
    Obj *module = str_intern_cstr("asyncio.events");
    if (module == NULL) return -1;
    if (HandleType.module == NULL) HandleType.module = NEWREF(module);
    if (TimerHandleType.module == NULL) TimerHandleType.module = NEWREF(module);
    return type_ready(&HandleType) < 0 || type_ready(&TimerHandleType) < 0 ? -1 : 0;
}
