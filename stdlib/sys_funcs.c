/* sys_funcs.c: the functions of the sys module (exit, recursion limit,
 * exc_info, the display and exception hooks, intern...). */
#include "sys_internal.h"
#include "gil.h"
#include "api.h"
#include "args.h"
#include "builtins.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "vm.h"
#include "intarg.h"
#include <limits.h>

static Obj *s_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("exit", kwnames) < 0 || args_count("exit", nargs, 0, 1) < 0) return NULL;
    /* as CPython raises it: exit(None) -> SystemExit(), exit((a, b)) -> SystemExit(a, b) */
    Obj *exc;
    if (nargs == 1 && args[0] == NONE) exc = exc_new(&Exc_SystemExit, NULL, 0);
    else if (nargs == 1 && is_tuple(args[0]))
        exc = exc_new(&Exc_SystemExit, ((TupleObj *)args[0])->items, tuple_size(args[0]));
    else exc = exc_new(&Exc_SystemExit, args, nargs);
    if (exc != NULL) err_set_obj(exc);
    return NULL;
}

static Obj *s_getswitchinterval(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getswitchinterval", nargs, 0, 0) < 0) return NULL;
    return float_new(gil_get_switch_interval());
}

/* set_coroutine_origin_tracking_depth(depth): asyncio's debug mode keeps
 * where each coroutine was made (cr_origin, interp/vm_coro.c). */
static Obj *s_set_coroutine_origin_tracking_depth(Obj *self, Obj *const *args, size_t nargs,
                                                  Obj *kwnames) {
    static const char *const names[] = {"depth", NULL};
    Obj *depth;
    intptr_t v;
    if (args_bind("set_coroutine_origin_tracking_depth", args, nargs, kwnames, names, 1,
                  &depth) < 0)
        return NULL;
    int fits = intarg_ssize(depth, &v);
    if (fits < 0 && !err_matches(&Exc_OverflowError)) return NULL;
    if (fits < 0 || v > INT_MAX || v < INT_MIN) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0) {
        err_set_str(&Exc_ValueError, "depth must be >= 0");
        return NULL;
    }
    vm_coro_origin_depth = (int)v;
    return NEWREF(NONE);
}

static Obj *s_get_coroutine_origin_tracking_depth(Obj *self, Obj *const *args, size_t nargs,
                                                  Obj *kwnames) {
    if (args_no_kwargs("get_coroutine_origin_tracking_depth", kwnames) < 0 ||
        args_count("get_coroutine_origin_tracking_depth", nargs, 0, 0) < 0)
        return NULL;
    return int_from_i64(vm_coro_origin_depth);
}

/* Audit hooks (PEP 578): sys.addaudithook(hook) and sys.audit(event, *args)
 * calling each hook(event, args).  gilpy raises no events of its own, so
 * hooks see the events scripts raise. */
static Obj *audit_hooks;     /* list, or NULL before the first hook */

static Obj *s_addaudithook(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"hook", NULL};
    Obj *hook;
    if (args_bind("addaudithook", args, nargs, kwnames, names, 1, &hook) < 0) return NULL;
    if (audit_hooks == NULL && (audit_hooks = list_new(0)) == NULL) return NULL;
    if (list_append(audit_hooks, hook) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *s_audit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_set_str(&Exc_TypeError, "sys.audit() takes no keyword arguments");
        return NULL;
    }
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "audit() missing 1 required positional argument: 'event'");
        return NULL;
    }
    if (audit_hooks == NULL || list_size(audit_hooks) == 0) return NEWREF(NONE);
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "expected str for argument 'event', not %s",
                   type_name(args[0]));
        return NULL;
    }
    Obj *call[2] = {args[0], tuple_from_array(args + 1, nargs - 1)};
    if (call[1] == NULL) return NULL;
    for (size_t i = 0; i < list_size(audit_hooks); i++) {
        Obj *r = obj_call(list_get(audit_hooks, i), call, 2, NULL);
        if (r == NULL) {
            DECREF(call[1]);
            return NULL;
        }
        DECREF(r);
    }
    DECREF(call[1]);
    return NEWREF(NONE);
}

static Obj *s_setswitchinterval(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("setswitchinterval", kwnames) < 0 ||
        args_count("setswitchinterval", nargs, 1, 1) < 0)
        return NULL;
    if (!is_float(args[0]) && !is_int(args[0])) {
        err_format(&Exc_TypeError, "must be real number, not %s", type_name(args[0]));
        return NULL;
    }
    double v = float_as_double(args[0]);
    if (v == -1.0 && err_occurred()) return NULL;
    if (!(v > 0.0)) {
        err_set_str(&Exc_ValueError, "switch interval must be strictly positive");
        return NULL;
    }
    gil_set_switch_interval(v);
    return NEWREF(NONE);
}

static Obj *s_getrecursionlimit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getrecursionlimit", nargs, 0, 0) < 0) return NULL;
    return small_new(tstate_get()->recursion_limit);
}

static Obj *s_setrecursionlimit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("setrecursionlimit", kwnames) < 0 ||
        args_count("setrecursionlimit", nargs, 1, 1) < 0)
        return NULL;
    if (is_float(args[0])) {
        err_set_str(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return NULL;
    }
    Obj *i = obj_index(args[0]);
    if (i == NULL) return NULL;
    int overflow = 0;
    int64_t n = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow || n > INT32_MAX) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (n < 1) {
        err_set_str(&Exc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    ThreadState *ts = tstate_get();
    if (n <= ts->recursion_depth) {
        err_format(&Exc_RecursionError,
                   "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                   (int)n, ts->recursion_depth);
        return NULL;
    }
    ts->recursion_limit = (int)n;
    return NEWREF(NONE);
}

static Obj *s_intern(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("intern", kwnames) < 0 || args_count("intern", nargs, 1, 1) < 0) return NULL;
    if (TYPE(args[0]) != &StrType) {
        err_format(&Exc_TypeError, "intern() argument must be str, not %T", args[0]);
        return NULL;
    }
    return str_intern(NEWREF(args[0]));
}

/* The exception being handled, or None. */
static Obj *handled(void) {
    Obj *e = tstate_get()->handled_exc;
    return e ? e : NONE;
}

static Obj *s_exception(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("exception", nargs, 0, 0) < 0) return NULL;
    return NEWREF(handled());
}

static Obj *s_exc_info(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("exc_info", nargs, 0, 0) < 0) return NULL;
    Obj *e = handled();
    if (e == NONE) return tuple_pack(3, NONE, NONE, NONE);
    Obj *tb = ((ExcObj *)e)->traceback;
    return tuple_pack(3, (Obj *)TYPE(e), e, tb ? tb : NONE);
}

static Obj *s_displayhook(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("displayhook", kwnames) < 0 || args_count("displayhook", nargs, 1, 1) < 0)
        return NULL;
    return builtins_display(args[0]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *s_excepthook(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("excepthook", kwnames) < 0 || args_count("excepthook", nargs, 3, 3) < 0)
        return NULL;
    print_exception(args[1]);
    return NEWREF(NONE);
}

static Obj *s_getdefaultencoding(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getdefaultencoding", nargs, 0, 0) < 0) return NULL;
    return NEWREF(str_intern_cstr("utf-8"));
}

static Obj *s_getfilesystemencoding(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getfilesystemencoding", nargs, 0, 0) < 0) return NULL;
    return NEWREF(str_intern_cstr("utf-8"));
}

/* sys.getrefcount(o): the count, which already includes the reference the
 * call's argument holds (CPython's answer too). */
static Obj *s_getrefcount(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("getrefcount", kwnames) < 0 || args_count("getrefcount", nargs, 1, 1) < 0)
        return NULL;
    Obj *o = args[0];
    return int_from_i64(is_small(o) || o->refcnt >= IMMORTAL_REFCNT / 2 ? UINT32_MAX : o->refcnt);
}

/* sys.getsizeof(o): the instance size gilpy allocates (an estimate for
 * variable-size objects). */
static Obj *s_getsizeof(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getsizeof", nargs, 1, 2) < 0) return NULL;
    Obj *fn = type_lookup(TYPE(args[0]), str_intern_cstr("__sizeof__"));
    if (fn != NULL) return obj_call_unbound(fn, args[0], NULL, 0);
    return int_from_i64((int64_t)TYPE(args[0])->size);
}

const MethodDef sys_methods[] = {
    {"exit", s_exit, 0},
    {"getrecursionlimit", s_getrecursionlimit, 0},
    {"getswitchinterval", s_getswitchinterval, 0},
    {"setswitchinterval", s_setswitchinterval, 0},
    {"addaudithook", s_addaudithook, 0},
    {"audit", s_audit, 0},
    {"set_coroutine_origin_tracking_depth", s_set_coroutine_origin_tracking_depth, 0},
    {"get_coroutine_origin_tracking_depth", s_get_coroutine_origin_tracking_depth, 0},
    {"setrecursionlimit", s_setrecursionlimit, 0},
    {"intern", s_intern, 0},
    {"exception", s_exception, 0},
    {"exc_info", s_exc_info, 0},
    {"displayhook", s_displayhook, 0},
    {"excepthook", s_excepthook, 0},
    {"getdefaultencoding", s_getdefaultencoding, 0},
    {"getfilesystemencoding", s_getfilesystemencoding, 0},
    {"getrefcount", s_getrefcount, 0},
    {"getsizeof", s_getsizeof, 0},
    {"_getframe", sys_getframe, 0},
    {"_current_frames", sys_current_frames, 0},
    {"get_int_max_str_digits", int_sys_get_max_str_digits, 0},
    {"set_int_max_str_digits", int_sys_set_max_str_digits, 0},
    {NULL},
};
