/* sys_frame.c: sys._getframe([depth]) and the frame objects it returns.
 *
 * gilpy's running frames live in a per-thread arena and vanish when they
 * return, so a frame object is a snapshot taken by _getframe: the code,
 * the line and instruction being run, the namespaces, a copy of the fast
 * locals (cells are kept, so closures read live), and f_back, the caller's
 * snapshot, made at the same time for the whole chain.  While the frame
 * still runs (it is on the chain of the thread that asks), f_lineno,
 * f_lasti and f_locals read the running frame instead, as CPython's do. */
#include <stdio.h>
#include <stdlib.h>
#include "sys_internal.h"
#include "api.h"
#include "args.h"
#include "code.h"
#include "dict.h"
#include "err.h"
#include "frame.h"
#include "int.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

typedef struct SysFrameObj {
    Obj ob;
    Obj *back;               /* the caller's snapshot, or NULL */
    CodeObj *code;
    Obj *globals, *builtins; /* dicts */
    Obj *locals;             /* the mapping of module/class bodies, or NULL */
    Obj **plus;              /* copy of localsplus (NULLs for unbound), or NULL */
    size_t nplus;
    int lineno;
    int lasti;               /* instruction word index */
    const Frame *live;       /* the frame snapshotted (compared, never followed */
    const VMThread *thread;  /*   unless found on this thread's chain) */
} SysFrameObj;

static Type SysFrameType;

static void plus_release(SysFrameObj *f) {
    for (size_t i = 0; i < f->nplus; i++) XDECREF(f->plus[i]);
    free(f->plus);
    f->plus = NULL;
    f->nplus = 0;
}

static void sysframe_dealloc(Obj *o) {
    SysFrameObj *f = (SysFrameObj *)o;
    /* the chain of callers is freed iteratively (deep recursion) */
    while (f != NULL) {
        Obj *back = f->back;
        plus_release(f);
        DECREF((Obj *)f->code);
        DECREF(f->globals);
        XDECREF(f->builtins);
        XDECREF(f->locals);
        obj_free((Obj *)f);
        if (back == NULL || --back->refcnt > 0) break;
        f = (SysFrameObj *)back;
    }
}

/* The instruction word a suspended frame is at: its saved ip is past the
 * calling instruction (and its cache words). */
static size_t frame_lasti(const Frame *fr) {
    const CodeObj *co = fr->code;
    size_t at = (size_t)(fr->ip - co->code);
    if (at > 0) at--;
    while (at > 0 && co->lines != NULL && co->lines[at] <= 0) at--;
    return at;
}

static SysFrameObj *snapshot_of(const Frame *fr, const VMThread *vt) {
    SysFrameObj *f = (SysFrameObj *)obj_alloc(&SysFrameType, sizeof(SysFrameObj));
    if (f == NULL) return NULL;
    f->back = NULL;
    f->code = (CodeObj *)NEWREF((Obj *)fr->code);
    f->globals = NEWREF(fr->globals);
    f->builtins = fr->builtins ? NEWREF(fr->builtins) : NULL;
    f->locals = fr->locals ? NEWREF(fr->locals) : NULL;
    f->plus = NULL;
    f->nplus = 0;
    f->live = fr;
    f->thread = vt;
    size_t at = frame_lasti(fr);
    f->lasti = (int)at;
    f->lineno = code_line_at(fr->code, at);
    size_t n = (size_t)fr->code->nlocals + code_ncells(fr->code) + code_nfree(fr->code);
    if (fr->locals == NULL && n > 0) {
        f->plus = malloc(n * sizeof(Obj *));
        if (f->plus == NULL) {
            DECREF((Obj *)f);
            err_no_memory();
            return NULL;
        }
        for (size_t i = 0; i < n; i++) f->plus[i] = fr->localsplus[i] ? NEWREF(fr->localsplus[i]) : NULL;
        f->nplus = n;
    }
    return f;
}

static SysFrameObj *snapshot(const Frame *fr) {
    return snapshot_of(fr, tstate_get() ? tstate_get()->interp : NULL);
}

/* Snapshots of fr and every caller, linked by f_back (vt: fr's thread). */
static Obj *snapshot_chain(const Frame *fr, const VMThread *vt) {
    SysFrameObj *top = NULL, *last = NULL;
    for (; fr != NULL; fr = fr->back) {
        SysFrameObj *f = snapshot_of(fr, vt);
        if (f == NULL) {
            XDECREF((Obj *)top);
            return NULL;
        }
        if (last == NULL) top = f;
        else last->back = (Obj *)f;
        last = f;
    }
    return (Obj *)top;
}

static bool frame_type_ready(void) {
    static bool ready;
    if (!ready) {
        if (type_ready(&SysFrameType) < 0) return false;
        ready = true;
    }
    return true;
}

Obj *frame_object_of_suspended(const Frame *fr, bool started) {
    if (!frame_type_ready()) return NULL;
    SysFrameObj *f = snapshot(fr);
    if (f != NULL && !started) {
        /* a generator that has not run yet is at its def line, as CPython */
        f->lineno = fr->code->firstlineno;
        f->lasti = -1;
    }
    return (Obj *)f;
}

/* sys._getframe(depth=0): the frame `depth` calls above the caller. */
Obj *sys_getframe(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("_getframe", kwnames) < 0 || args_count("_getframe", nargs, 0, 1) < 0)
        return NULL;
    long depth = 0;
    if (nargs == 1) {
        if (!is_int(args[0])) {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(args[0]));
            return NULL;
        }
        depth = is_small(args[0]) ? (long)small_value(args[0]) : 1L << 30;
    }
    if (!frame_type_ready()) return NULL;
    ThreadState *ts = tstate_get();
    VMThread *vt = ts ? ts->interp : NULL;
    Frame *fr = vt ? vt->current : NULL;
    for (; fr != NULL && depth > 0; depth--) fr = fr->back;
    if (fr == NULL) {
        err_set_str(&Exc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    return snapshot_chain(fr, vt);
}

/* sys._current_frames(): {thread ident: its innermost frame} for every
 * thread running Python code (the others wait for the GIL meanwhile). */
Obj *sys_current_frames(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (args_no_kwargs("sys._current_frames", kwnames) < 0 ||
        args_count("sys._current_frames", nargs, 0, 0) < 0)
        return NULL;
    if (!frame_type_ready()) return NULL;
    Obj *d = dict_new();
    for (ThreadState *ts = tstate_first_live(); d != NULL && ts != NULL; ts = ts->next_live) {
        const VMThread *vt = ts->interp;
        if (vt == NULL || vt->current == NULL) continue;
        Obj *key = int_from_u64(ts->ident);
        Obj *top = key ? snapshot_chain(vt->current, vt) : NULL;
        if (top == NULL || dict_set(d, key, top) < 0) CLEAR(d);
        XDECREF(key);
        XDECREF(top);
    }
    return d;
}

/* ---- attributes --------------------------------------------------------- */

/* The running frame f was taken from, when it is still on the calling
 * thread's chain (its saved ip is up to date: attribute lookups save it). */
static const Frame *running(const SysFrameObj *f) {
    ThreadState *ts = tstate_get();
    const VMThread *vt = ts ? ts->interp : NULL;
    if (vt == NULL || vt != f->thread) return NULL;
    for (const Frame *p = vt->current; p != NULL; p = p->back)
        if (p == f->live) return p->code == f->code ? p : NULL;
    return NULL;
}

static Obj *sf_back(Obj *o) {
    Obj *b = ((SysFrameObj *)o)->back;
    return NEWREF(b ? b : NONE);
}
static Obj *sf_code(Obj *o) { return NEWREF((Obj *)((SysFrameObj *)o)->code); }
static int lineno_of(const SysFrameObj *f) {
    const Frame *fr = running(f);
    return fr ? code_line_at(fr->code, frame_lasti(fr)) : f->lineno;
}
static Obj *sf_lineno(Obj *o) { return small_new(lineno_of((SysFrameObj *)o)); }
static Obj *sf_lasti(Obj *o) {
    const Frame *fr = running((SysFrameObj *)o);
    return small_new((fr ? (intptr_t)frame_lasti(fr) : ((SysFrameObj *)o)->lasti) * 2);
}
static Obj *sf_globals(Obj *o) { return NEWREF(((SysFrameObj *)o)->globals); }
static Obj *sf_builtins(Obj *o) {
    Obj *b = ((SysFrameObj *)o)->builtins;
    return NEWREF(b ? b : builtins_dict());
}
static Obj *sf_trace(Obj *o) { (void)o; return NEWREF(NONE); }

/* Adds name -> value for each bound slot (cells give their contents). */
static int add_bound(Obj *d, Obj *names, Obj **slots, size_t n, bool cells) {
    for (size_t i = 0; i < n; i++) {
        Obj *v = slots[i];
        if (v != NULL && cells) v = ((CellObj *)v)->value;
        if (v != NULL && dict_set(d, tuple_get(names, i), v) < 0) return -1;
    }
    return 0;
}

static Obj *sf_locals(Obj *o) {
    SysFrameObj *f = (SysFrameObj *)o;
    if (f->locals != NULL) return NEWREF(f->locals);
    const Frame *fr = running(f);
    Obj **plus = fr ? (Obj **)fr->localsplus : f->plus;
    Obj *d = dict_new();
    if (d == NULL || plus == NULL) return d;
    const CodeObj *co = f->code;
    size_t nloc = (size_t)co->nlocals, ncells = code_ncells(co), nfree = code_nfree(co);
    if (add_bound(d, co->varnames, plus, nloc, false) < 0 ||
        (ncells && add_bound(d, co->cellvars, plus + nloc, ncells, true) < 0) ||
        (nfree && add_bound(d, co->freevars, plus + nloc + ncells, nfree, true) < 0)) {
        DECREF(d);
        return NULL;
    }
    return d;
}

static Obj *sf_repr(Obj *o) {
    SysFrameObj *f = (SysFrameObj *)o;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    return str_from_format("<frame at %s, file '%U', line %d, code %U>", addr, f->code->filename,
                           lineno_of(f), f->code->name);
}

/* clear(): drops the copied locals of a frame that has returned. */
static Obj *sf_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    if (args_no_kwargs("clear", kwnames) < 0 || args_count("clear", nargs, 0, 0) < 0) return NULL;
    if (running((SysFrameObj *)self) != NULL) {
        err_set_str(&Exc_RuntimeError, "cannot clear an executing frame");
        return NULL;
    }
    plus_release((SysFrameObj *)self);
    return NEWREF(NONE);
}

static const GetSetDef sysframe_getset[] = {
    {"f_back", sf_back, NULL},
    {"f_code", sf_code, NULL},
    {"f_lineno", sf_lineno, NULL},
    {"f_lasti", sf_lasti, NULL},
    {"f_globals", sf_globals, NULL},
    {"f_builtins", sf_builtins, NULL},
    {"f_locals", sf_locals, NULL},
    {"f_trace", sf_trace, NULL},
    {NULL},
};

static const MethodDef sysframe_methods[] = {
    {"clear", sf_clear, 0},
    {NULL},
};

static Type SysFrameType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "frame",
    .size = sizeof(SysFrameObj),
    .flags = TF_IMMUTABLE,
    .dealloc = sysframe_dealloc,
    .repr = sf_repr,
    .getattr = obj_generic_getattr,
    .getset = sysframe_getset,
    .methods = sysframe_methods,
};
