/* err.c: raising, inspecting and clearing the current exception.
 *
 * The current exception lives in the thread state (tstate.h).  Raising from
 * C chains implicitly, as CPython does: while an except/finally block is
 * handling an exception, a new one gets it as __context__.
 */
#include <stdarg.h>
#include "err.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

static ThreadState *ts_get(void) {
    if (tstate_current == NULL) tstate_init_main();
    return tstate_current;
}

/* Sets exc.__context__ = handled unless that would make a cycle: like
 * CPython, a chain that already leads back to exc is cut there. */
void err_set_context(Obj *exc) {
    Obj *handled = ts_get()->handled_exc;
    if (handled == NULL || handled == exc || !is_exception(exc)) return;
    ExcObj *o = (ExcObj *)handled;
    while (o->context != NULL) {
        if (o->context == exc) {
            CLEAR(o->context);
            break;
        }
        o = (ExcObj *)o->context;
    }
    INCREF(handled);
    SETREF(((ExcObj *)exc)->context, handled);
}

void err_set_obj(Obj *exc) {
    ThreadState *ts = ts_get();
    if (((ExcObj *)exc)->context == NULL) err_set_context(exc);
    SETREF(ts->cur_exc, exc);
}

/* Raises type(arg) for one str argument (stolen); NULL arg: no arguments. */
static void raise_with_arg(Type *type, Obj *arg) {
    Obj *exc = exc_new(type, arg ? &arg : NULL, arg ? 1 : 0);
    XDECREF(arg);
    if (exc != NULL) err_set_obj(exc);
}

void err_set_str(Type *type, const char *msg) {
    Obj *s = str_from_cstr(msg);
    if (s != NULL) raise_with_arg(type, s);
}

void err_format(Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *s = str_from_vformat(fmt, ap);
    va_end(ap);
    if (s != NULL) raise_with_arg(type, s);
}

void err_set_none(Type *type) {
    raise_with_arg(type, NULL);
}

/* A preallocated instance, so running out of memory never needs memory. */
void err_no_memory(void) {
    static ExcObj memory_error = { STATIC_HEAD(&Exc_MemoryError) };
    if (memory_error.args == NULL) memory_error.args = tuple_empty();
    INCREF((Obj *)&memory_error);
    err_set_obj((Obj *)&memory_error);
}

Obj *err_occurred(void) {
    return ts_get()->cur_exc;
}

Obj *err_fetch(void) {
    ThreadState *ts = ts_get();
    Obj *exc = ts->cur_exc;
    ts->cur_exc = NULL;
    return exc;
}

void err_clear(void) {
    CLEAR(ts_get()->cur_exc);
}

bool err_matches(Type *type) {
    Obj *exc = ts_get()->cur_exc;
    return exc != NULL && type_is_subtype(TYPE(exc), type);
}

/* CPython words these differently depending on the arity; keep its text. */
void err_bad_argument_count(const char *fname, size_t min, size_t max, size_t given) {
    if (max == 0) {
        err_format(&Exc_TypeError, "%s() takes no arguments (%zu given)", fname, given);
    } else if (min == 1 && max == 1) {
        err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, given);
    } else if (min == max) {
        err_format(&Exc_TypeError, "%s expected %zu argument%s, got %zu",
                   fname, min, min == 1 ? "" : "s", given);
    } else if (given > max) {
        err_format(&Exc_TypeError, "%s expected at most %zu argument%s, got %zu",
                   fname, max, max == 1 ? "" : "s", given);
    } else {
        err_format(&Exc_TypeError, "%s expected at least %zu argument%s, got %zu",
                   fname, min, min == 1 ? "" : "s", given);
    }
}
