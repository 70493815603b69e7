/* gc.c: the gc module.
 *
 * gilpy frees objects by reference counting alone: there is NO cycle
 * collector yet (docs/ARCHITECTURE.md, "Memory and errors").  This module
 * gives CPython's interface honestly on top of that: collect() runs the
 * gc.callbacks ("start"/"stop") and returns the number of unreachable
 * objects it found, which is always 0; the counts stay 0 because nothing
 * is tracked per generation; enable/disable/thresholds/debug flags are
 * remembered and reported back.  is_tracked() answers which objects
 * CPython's collector would track, is_finalized() whether an object's
 * __del__ ran (it survived it).  get_objects/get_referrers/get_referents
 * need a traversal of every object that gilpy does not have: they are
 * absent rather than wrong. */
#include "modules.h"
#include "api.h"
#include "args.h"
#include "bytes.h"
#include "complex.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

enum { NGEN = 3 };

static bool enabled = true;
static long thresholds[NGEN] = {700, 10, 10};
static long debug_flags;
static long collections[NGEN];
static Obj *garbage_list, *callbacks_list;

static Obj *gc_enable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("enable", kwnames) < 0 || args_count("enable", nargs, 0, 0) < 0) return NULL;
    enabled = true;
    return NEWREF(NONE);
}

static Obj *gc_disable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("disable", kwnames) < 0 || args_count("disable", nargs, 0, 0) < 0) return NULL;
    enabled = false;
    return NEWREF(NONE);
}

static Obj *gc_isenabled(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("isenabled", kwnames) < 0 || args_count("isenabled", nargs, 0, 0) < 0) return NULL;
    return NEWREF(bool_from(enabled));
}

/* Calls every gc.callbacks entry with (phase, info); a failing callback
 * is reported as unraisable, as CPython does. */
static int run_callbacks(const char *phase, int generation) {
    if (callbacks_list == NULL || !is_list(callbacks_list) || list_size(callbacks_list) == 0) return 0;
    Obj *info = dict_new(), *ph = str_from_cstr(phase);
    if (info == NULL || ph == NULL || dict_set(info, str_intern_cstr("generation"), small_new(generation)) < 0 ||
        dict_set(info, str_intern_cstr("collected"), small_new(0)) < 0 ||
        dict_set(info, str_intern_cstr("uncollectable"), small_new(0)) < 0) {
        XDECREF(info);
        XDECREF(ph);
        return -1;
    }
    Obj *cbs = list_as_tuple(callbacks_list);   /* a callback may edit the list */
    for (size_t i = 0; cbs != NULL && i < tuple_size(cbs); i++) {
        Obj *cb = tuple_get(cbs, i);
        Obj *r = obj_call2(cb, ph, info);
        if (r == NULL) err_write_unraisable(cb);
        XDECREF(r);
    }
    XDECREF(cbs);
    DECREF(info);
    DECREF(ph);
    return 0;
}

/* The one kind of cycle found: asyncio's pending tasks nobody can reach
 * (stdlib/asyncio_lost.c), closed, reported and freed as CPython's
 * collector does.  Weak: absent when _asyncio_c is not linked. */
void asyncio_collect_lost_tasks(void) __attribute__((weak));

static Obj *gc_collect(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"generation", NULL};
    Obj *a[1];
    if (args_bind("collect", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    long gen = NGEN - 1;
    if (a[0] != NULL) {
        if (!is_small(a[0]) && !is_int(a[0])) {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(a[0]));
            return NULL;
        }
        if (!is_small(a[0]) || small_value(a[0]) < 0 || small_value(a[0]) >= NGEN) {
            err_set_str(&Exc_ValueError, "invalid generation");
            return NULL;
        }
        gen = (long)small_value(a[0]);
    }
    if (run_callbacks("start", (int)gen) < 0) return NULL;
    collections[gen]++;
    /* reference counting already freed everything unreachable that is not
     * part of a cycle; cycles are not looked for (no collector) */
    if (asyncio_collect_lost_tasks) asyncio_collect_lost_tasks();
    if (run_callbacks("stop", (int)gen) < 0) return NULL;
    return small_new(0);
}

static Obj *gc_get_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("get_count", kwnames) < 0 || args_count("get_count", nargs, 0, 0) < 0) return NULL;
    return tuple_pack(3, small_new(0), small_new(0), small_new(0));
}

static Obj *gc_get_threshold(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("get_threshold", kwnames) < 0 || args_count("get_threshold", nargs, 0, 0) < 0)
        return NULL;
    return tuple_pack(3, small_new(thresholds[0]), small_new(thresholds[1]), small_new(thresholds[2]));
}

/* An int argument as a C long (CPython's "i" format). */
static int long_arg(Obj *o, long *out) {
    if (!is_int(o)) {
        err_format(&Exc_TypeError, is_float(o) ? "'float' object cannot be interpreted as an integer"
                                               : "an integer is required (got type %s)", type_name(o));
        return -1;
    }
    if (!is_small(o) || small_value(o) > 0x7fffffff || small_value(o) < -0x7fffffff - 1) {
        err_set_str(&Exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (long)small_value(o);
    return 0;
}

static Obj *gc_set_threshold(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("set_threshold", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 3) {
        err_format(&Exc_TypeError, nargs < 1 ? "set_threshold() takes at least 1 argument (0 given)"
                                             : "set_threshold() takes at most 3 arguments (%zu given)", nargs);
        return NULL;
    }
    long v[NGEN] = {thresholds[0], thresholds[1], thresholds[2]};
    for (size_t i = 0; i < nargs; i++)
        if (long_arg(args[i], &v[i]) < 0) return NULL;
    for (int i = 0; i < NGEN; i++) thresholds[i] = v[i];
    return NEWREF(NONE);
}

static Obj *gc_get_debug(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("get_debug", kwnames) < 0 || args_count("get_debug", nargs, 0, 0) < 0) return NULL;
    return small_new(debug_flags);
}

static Obj *gc_set_debug(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"flags", "/", NULL};
    Obj *a[1];
    if (args_bind("set_debug", args, nargs, kwnames, names, 1, a) < 0 || long_arg(a[0], &debug_flags) < 0)
        return NULL;
    return NEWREF(NONE);
}

static Obj *gc_get_stats(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("get_stats", kwnames) < 0 || args_count("get_stats", nargs, 0, 0) < 0) return NULL;
    Obj *l = list_new(0);
    for (int g = 0; l != NULL && g < NGEN; g++) {
        Obj *d = dict_new();
        if (d == NULL || dict_set(d, str_intern_cstr("collections"), small_new(collections[g])) < 0 ||
            dict_set(d, str_intern_cstr("collected"), small_new(0)) < 0 ||
            dict_set(d, str_intern_cstr("uncollectable"), small_new(0)) < 0 || list_append(l, d) < 0)
            CLEAR(l);
        XDECREF(d);
    }
    return l;
}

/* Whether CPython's collector would track o: atomic objects (numbers,
 * strings, bytes, None, ranges) never; the empty tuple never; a dict only
 * once it holds something trackable; every other container and every
 * instance of a class always. */
static bool tracked(Obj *o) {
    if (is_small(o) || obj_is_static(o)) return false;
    Type *t = o->type;
    if (t == &IntType || t == &FloatType || t == &ComplexType || t == &StrType || t == &BytesType ||
        t == &ByteArrayType || t == &RangeType || t == &BoolType || t == &NoneType)
        return false;
    if (t == &TupleType) return tuple_size(o) > 0;
    if (t == &DictType) {
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(o, &pos, &k, &v))
            if (tracked(k) || tracked(v)) return true;
        return false;
    }
    return true;
}

static Obj *gc_is_tracked(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("gc.is_tracked", kwnames) < 0) return NULL;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "gc.is_tracked() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    return NEWREF(bool_from(tracked(args[0])));
}

static Obj *gc_is_finalized(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("gc.is_finalized", kwnames) < 0) return NULL;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "gc.is_finalized() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    Obj *o = args[0];
    bool fin = !is_small(o) && !obj_is_static(o) && (*obj_flag_byte(o) & OBJF_FINALIZED);
    return NEWREF(bool_from(fin));
}

/* freeze() moves tracked objects to a permanent generation; with nothing
 * tracked that generation stays empty. */
static Obj *gc_freeze(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("freeze", kwnames) < 0 || args_count("freeze", nargs, 0, 0) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *gc_unfreeze(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("unfreeze", kwnames) < 0 || args_count("unfreeze", nargs, 0, 0) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *gc_get_freeze_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("get_freeze_count", kwnames) < 0 || args_count("get_freeze_count", nargs, 0, 0) < 0)
        return NULL;
    return small_new(0);
}

static const MethodDef gc_functions[] = {
    {"enable", gc_enable}, {"disable", gc_disable}, {"isenabled", gc_isenabled},
    {"collect", gc_collect}, {"get_count", gc_get_count},
    {"get_threshold", gc_get_threshold}, {"set_threshold", gc_set_threshold},
    {"get_debug", gc_get_debug}, {"set_debug", gc_set_debug}, {"get_stats", gc_get_stats},
    {"is_tracked", gc_is_tracked}, {"is_finalized", gc_is_finalized},
    {"freeze", gc_freeze}, {"unfreeze", gc_unfreeze}, {"get_freeze_count", gc_get_freeze_count},
    {NULL},
};

Obj *gc_module_init(void) {
    Obj *m = module_new("gc");
    if (m == NULL) return NULL;
    if (garbage_list == NULL && (garbage_list = list_new(0)) == NULL) goto fail;
    if (callbacks_list == NULL && (callbacks_list = list_new(0)) == NULL) goto fail;
    if (module_add_functions(m, gc_functions) < 0 || module_add_obj(m, "garbage", garbage_list) < 0 ||
        module_add_obj(m, "callbacks", callbacks_list) < 0 || module_add_int(m, "DEBUG_STATS", 1) < 0 ||
        module_add_int(m, "DEBUG_COLLECTABLE", 2) < 0 || module_add_int(m, "DEBUG_UNCOLLECTABLE", 4) < 0 ||
        module_add_int(m, "DEBUG_SAVEALL", 32) < 0 || module_add_int(m, "DEBUG_LEAK", 38) < 0)
        goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}
