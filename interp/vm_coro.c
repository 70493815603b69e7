/* vm_coro.c: coroutines and what `await`, `async with` and `async for`
 * need from the VM.  A coroutine is a GenObj (vm_gen.c runs its frame) with
 * its own type: no iteration, __await__ giving a coroutine_wrapper, and a
 * RuntimeWarning when it is dropped without ever being started.  The
 * awaitable lookups (GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH)
 * raise CPython's TypeErrors.  Async generators are in vm_agen.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm_internal.h"
#include "err.h"
#include "str.h"
#include "ident.h"
#include "api.h"
#include "args.h"
#include "code.h"
#include "set.h"
#include "dict.h"
#include "int.h"
#include "tuple.h"

/* type(o).<name> bound to o (new reference), or NULL (exception only if
 * binding failed). */
static Obj *special_method(Obj *o, Obj *name) {
    Obj *d = type_lookup(TYPE(o), name);
    if (d == NULL) return NULL;
    Type *dt = TYPE(d);
    if (dt->descr_get != NULL) return dt->descr_get(d, o, (Obj *)TYPE(o));
    return NEWREF(d);
}

/* ---- where a coroutine was made: cr_origin --------------------------------
 * While sys.set_coroutine_origin_tracking_depth(n) is on (asyncio's debug
 * mode sets 10), each new coroutine keeps the n innermost running frames as
 * ((filename, lineno, name), ...), most recent first.  They live in a table
 * beside the coroutine, so coroutines pay nothing when tracking is off. */

_Thread_local int vm_coro_origin_depth;
static Obj *origins;     /* dict: coroutine address (int) -> cr_origin tuple */

static Obj *origin_key(const GenObj *g) { return int_from_i64((int64_t)(intptr_t)g); }

/* The line frame f is at (its last instruction started). */
static int frame_line(const Frame *f) {
    const uint32_t *at = f->ip > f->code->code ? f->ip - 1 : f->ip;
    return code_line_at(f->code, (size_t)(at - f->code->code));
}

int vm_coro_record_origin(GenObj *g) {
    VMThread *vt = vm_thread(tstate_get());
    Frame *first = vt != NULL ? vt->current : NULL;
    if (first == g->frame) first = first->back;      /* the coroutine's own frame */
    size_t n = 0;
    for (Frame *f = first; f != NULL && n < (size_t)vm_coro_origin_depth; f = f->back) n++;
    Obj *origin = tuple_new(n);
    if (origin == NULL) return -1;
    Frame *f = first;
    for (size_t i = 0; i < n; i++, f = f->back) {
        Obj *line = int_from_i64(frame_line(f));
        Obj *entry = line ? tuple_pack(3, f->code->filename, line, f->code->name) : NULL;
        XDECREF(line);
        if (entry == NULL) {
            DECREF(origin);
            return -1;
        }
        tuple_set(origin, i, entry);
    }
    if (origins == NULL && (origins = dict_new()) == NULL) {
        DECREF(origin);
        return -1;
    }
    Obj *key = origin_key(g);
    int rc = key != NULL ? dict_set(origins, key, origin) : -1;
    XDECREF(key);
    DECREF(origin);
    if (rc == 0) g->has_origin = true;
    return rc;
}

/* g's cr_origin (borrowed), or NULL. */
static Obj *origin_of(const GenObj *g) {
    if (!g->has_origin) return NULL;
    Obj *key = origin_key(g);
    Obj *origin = key != NULL ? dict_get(origins, key) : NULL;
    XDECREF(key);
    if (origin == NULL) err_clear();
    return origin;
}

static void forget_origin(GenObj *g) {
    Obj *key = origin_key(g);
    if (key == NULL || dict_del(origins, key) < 0) err_clear();
    XDECREF(key);
    g->has_origin = false;
}

static Obj *coro_get_origin(Obj *o) {
    Obj *origin = origin_of((GenObj *)o);
    return NEWREF(origin != NULL ? origin : NONE);
}

/* ---- the never-awaited warning ------------------------------------------ */

/* Appends "  <stripped line>\n" of file `path` to buf (nothing if unreadable). */
static void source_line(const char *path, int lineno, char *buf, size_t size) {
    buf[0] = '\0';
    FILE *fp = path[0] != '<' ? fopen(path, "r") : NULL;
    if (fp == NULL) return;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = 0;
    for (int i = 0; i < lineno && (len = getline(&line, &cap, fp)) >= 0; i++) {}
    fclose(fp);
    if (len > 0) {
        char *s = line, *e = line + len;
        while (s < e && strchr(" \t\f\r\n", *s)) s++;
        while (e > s && strchr(" \t\f\r\n", e[-1])) e--;
        if (e > s) snprintf(buf, size, "  %.*s\n", (int)(e - s), s);
    }
    free(line);
}

/* Writes s to sys.stderr, or C's stderr when that fails. */
static void write_stderr(Obj *s) {
    Obj *file = sys_get_object("stderr");
    Obj *r = NULL;
    if (file != NULL && file != NONE) {
        r = obj_call_method(file, IDENT(write), &s, 1);
        if (r == NULL) err_clear();
    }
    if (r == NULL) fwrite(str_data(s), 1, str_size(s), stderr);
    XDECREF(r);
}

/* "Coroutine created at (most recent call last)" and its frames, as
 * traceback.format_list prints them, for a coroutine with a cr_origin. */
static Obj *origin_text(Obj *origin) {
    StrBuf b;
    strbuf_init(&b);
    int rc = strbuf_append_cstr(&b, "\nCoroutine created at (most recent call last)");
    for (size_t i = tuple_size(origin); rc == 0 && i-- > 0;) {
        Obj *entry = tuple_get(origin, i);
        Obj *filename = tuple_get(entry, 0), *name = tuple_get(entry, 2);
        int line = (int)small_value(tuple_get(entry, 1));
        char text[512];
        source_line(str_data(filename), line, text, sizeof text);
        Obj *frame = str_from_format("\n  File \"%U\", line %d, in %U", filename, line, name);
        rc = frame != NULL ? strbuf_append_str(&b, frame) : -1;
        XDECREF(frame);
        if (rc == 0 && text[0]) {          /* "  line\n" shows as "\n    line" */
            rc = strbuf_append_cstr(&b, "\n  ");
            if (rc == 0) rc = strbuf_append(&b, text, strlen(text) - 1);
        }
    }
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* CPython's "<file>:<line>: RuntimeWarning: coroutine 'f' was never awaited",
 * located at the Python code running when the coroutine is dropped, with
 * where it was made when its origin was tracked (asyncio debug mode). */
static void warn_never_awaited(GenObj *g) {
    VMThread *vt = vm_thread(tstate_get());
    Frame *f = vt != NULL ? vt->current : NULL;
    Obj *origin = origin_of(g);
    Obj *created = origin != NULL ? origin_text(origin) : str_from_cstr("");
    Obj *msg = NULL;
    if (created == NULL) {
        err_clear();
        return;
    }
    if (f != NULL && f->ip != NULL) {
        int line = frame_line(f);
        char text[512];
        source_line(str_data(f->code->filename), line, text, sizeof text);
        msg = str_from_format("%U:%d: RuntimeWarning: coroutine '%U' was never awaited%U\n%s"
                              "RuntimeWarning: Enable tracemalloc to get the object "
                              "allocation traceback\n",
                              f->code->filename, line, g->qualname, created, text);
    } else {
        msg = str_from_format("sys:1: RuntimeWarning: coroutine '%U' was never awaited%U\n",
                              g->qualname, created);
    }
    DECREF(created);
    if (msg == NULL) {
        err_clear();
        return;
    }
    /* the "default" warnings action: once per place and message */
    static Obj *shown;
    if (shown == NULL) shown = set_new(NULL);
    int seen = shown != NULL ? set_contains(shown, msg) : 0;
    if (seen == 0 && shown != NULL && set_add(shown, msg) < 0) seen = -1;
    if (seen < 0) err_clear();
    else if (seen == 0) write_stderr(msg);
    DECREF(msg);
}

static void coro_dealloc(Obj *o) {
    GenObj *g = (GenObj *)o;
    if (g->frame != NULL && !g->started) {
        Obj *saved = err_fetch();
        warn_never_awaited(g);
        if (saved != NULL) SETREF(tstate_get()->cur_exc, saved);
    }
    if (g->has_origin) forget_origin(g);
    vm_gen_dealloc(o);
}

/* ---- the coroutine type ------------------------------------------------- */

static Obj *coro_repr(Obj *o) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    return str_from_format("<%s object %U at %s>", TYPE(o)->name, ((GenObj *)o)->qualname, addr);
}

typedef struct {
    Obj ob;
    Obj *coro;   /* owned CoroType */
} CoroWrapperObj;
static Type CoroWrapperType;

static Obj *coro_await(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__await__", kwnames) < 0 || args_count("__await__", nargs, 0, 0) < 0)
        return NULL;
    if (!(CoroWrapperType.flags & TF_READY) && type_ready(&CoroWrapperType) < 0) return NULL;
    CoroWrapperObj *w = (CoroWrapperObj *)obj_alloc(&CoroWrapperType, sizeof(CoroWrapperObj));
    if (w == NULL) return NULL;
    w->coro = NEWREF(self);
    return (Obj *)w;
}

static Obj *gen_get_name(Obj *o) { return NEWREF(((GenObj *)o)->name); }
static Obj *gen_get_qualname(Obj *o) { return NEWREF(((GenObj *)o)->qualname); }
static Obj *gen_get_running(Obj *o) { return NEWREF(bool_from(((GenObj *)o)->running)); }
static Obj *gen_get_code(Obj *o) { return NEWREF((Obj *)((GenObj *)o)->code); }
static Obj *gen_get_await(Obj *o) {
    Obj *d = vm_gen_delegate((GenObj *)o);
    return NEWREF(d ? d : NONE);
}
static Obj *gen_get_suspended(Obj *o) {
    GenObj *g = (GenObj *)o;
    return NEWREF(bool_from(g->frame != NULL && g->started && !g->running));
}

static const MethodDef coro_methods[] = {
    {"send", vm_gen_send, 0},
    {"throw", vm_gen_throw, 0},
    {"close", vm_gen_close, 0},
    {"__await__", coro_await, 0},
    {NULL},
};

static const GetSetDef coro_getset[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"cr_running", gen_get_running, NULL},
    {"cr_code", gen_get_code, NULL},
    {"cr_frame", vm_gen_get_frame, NULL},
    {"cr_await", gen_get_await, NULL},
    {"cr_suspended", gen_get_suspended, NULL},
    {"cr_origin", coro_get_origin, NULL},
    {NULL},
};

Type CoroType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "coroutine",
    .size = sizeof(GenObj),
    .flags = TF_IMMUTABLE | TF_WEAKREFABLE,
    .dealloc = coro_dealloc,
    .repr = coro_repr,
    .getattr = obj_generic_getattr,
    .methods = coro_methods,
    .getset = coro_getset,
};

/* ---- coroutine_wrapper: what coro.__await__() returns ------------------- */

static void wrapper_dealloc(Obj *o) {
    DECREF(((CoroWrapperObj *)o)->coro);
    obj_free(o);
}

static Obj *wrapper_iter(Obj *o) { return NEWREF(o); }

static Obj *wrapper_next(Obj *o) {
    Obj *none = NONE;
    return vm_gen_send(((CoroWrapperObj *)o)->coro, &none, 1, NULL);
}

static Obj *wrapper_send(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return vm_gen_send(((CoroWrapperObj *)self)->coro, args, nargs, kwnames);
}
static Obj *wrapper_throw(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return vm_gen_throw(((CoroWrapperObj *)self)->coro, args, nargs, kwnames);
}
static Obj *wrapper_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return vm_gen_close(((CoroWrapperObj *)self)->coro, args, nargs, kwnames);
}

static Obj *wrapper_repr(Obj *o) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    return str_from_format("<coroutine_wrapper object at %s>", addr);
}

static const MethodDef wrapper_methods[] = {
    {"send", wrapper_send, 0},
    {"throw", wrapper_throw, 0},
    {"close", wrapper_close, 0},
    {NULL},
};

static Type CoroWrapperType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "coroutine_wrapper",
    .size = sizeof(CoroWrapperObj),
    .flags = TF_IMMUTABLE,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .getattr = obj_generic_getattr,
    .iter = wrapper_iter,
    .iternext = wrapper_next,
    .methods = wrapper_methods,
};

/* ---- what the async opcodes look up ------------------------------------- */

Obj *vm_get_awaitable(Obj *o, int where) {
    if (TYPE(o) == &CoroType) {
        if (vm_gen_delegate((GenObj *)o) != NULL) {
            err_set_str(&Exc_RuntimeError, "coroutine is being awaited already");
            return NULL;
        }
        return NEWREF(o);
    }
    if (TYPE(o) == &GenType && (((GenObj *)o)->code->flags & CO_ITERABLE_COROUTINE))
        return NEWREF(o);
    Obj *m = special_method(o, IDENT(__await__));
    if (m == NULL) {
        if (err_occurred()) return NULL;
        if (where == 1)
            err_format(&Exc_TypeError, "'async with' received an object from __aenter__ "
                       "that does not implement __await__: %s", type_name(o));
        else if (where == 2)
            err_format(&Exc_TypeError, "'async with' received an object from __aexit__ "
                       "that does not implement __await__: %s", type_name(o));
        else
            err_format(&Exc_TypeError, "object %s can't be used in 'await' expression",
                       type_name(o));
        return NULL;
    }
    Obj *it = obj_call0(m);
    DECREF(m);
    if (it == NULL) return NULL;
    if (TYPE(it) == &CoroType) {
        err_set_str(&Exc_TypeError, "__await__() returned a coroutine");
    } else if (TYPE(it)->iternext == NULL) {
        err_format(&Exc_TypeError, "__await__() returned non-iterator of type '%s'",
                   type_name(it));
    } else {
        return it;
    }
    DECREF(it);
    return NULL;
}

Obj *vm_get_aiter(Obj *o) {
    Obj *m = special_method(o, IDENT(__aiter__));
    if (m == NULL) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                       type_name(o));
        return NULL;
    }
    Obj *it = obj_call0(m);
    DECREF(m);
    if (it == NULL) return NULL;
    if (type_lookup(TYPE(it), IDENT(__anext__)) == NULL) {
        err_format(&Exc_TypeError, "'async for' received an object from __aiter__ "
                   "that does not implement __anext__: %s", type_name(it));
        DECREF(it);
        return NULL;
    }
    return it;
}

/* Replaces the current exception with TypeError(msg), chained from it. */
static void type_error_from_cause(const char *fmt, const char *arg) {
    Obj *cause = err_fetch();
    err_format(&Exc_TypeError, fmt, arg);
    Obj *exc = err_occurred();
    if (exc == NULL || cause == NULL) {
        XDECREF(cause);
        return;
    }
    SETREF(((ExcObj *)exc)->context, NEWREF(cause));
    SETREF(((ExcObj *)exc)->cause, cause);
}

Obj *vm_get_anext(Obj *aiter) {
    Obj *m = special_method(aiter, IDENT(__anext__));
    if (m == NULL) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                       type_name(aiter));
        return NULL;
    }
    Obj *next = obj_call0(m);
    DECREF(m);
    if (next == NULL) return NULL;
    Obj *it = vm_get_awaitable(next, 0);
    if (it == NULL)
        type_error_from_cause("'async for' received an invalid object from __anext__: %s",
                              type_name(next));
    DECREF(next);
    return it;
}

int vm_before_async_with(Obj *cm, Obj **aexit_out, Obj **aenter_res) {
    Obj *enter = special_method(cm, IDENT(__aenter__));
    if (enter == NULL) {
        if (!err_occurred())
            err_format(&Exc_TypeError,
                       "'%s' object does not support the asynchronous context manager protocol",
                       type_name(cm));
        return -1;
    }
    Obj *exit = special_method(cm, IDENT(__aexit__));
    if (exit == NULL) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "'%s' object does not support the asynchronous context "
                       "manager protocol (missed __aexit__ method)", type_name(cm));
        DECREF(enter);
        return -1;
    }
    Obj *res = obj_call0(enter);
    DECREF(enter);
    if (res == NULL) {
        DECREF(exit);
        return -1;
    }
    *aexit_out = exit;
    *aenter_res = res;
    return 0;
}
