/* vm_call.c: calling Python functions: the frame for a call, binding a
 * vector call's arguments to parameters (positional, keyword, defaults,
 * keyword-only, positional-only, *args, **kwargs) with CPython's exact
 * TypeError messages, cells for closures, and function_call, the vector-call
 * entry used when C code calls a Python function. */
#include <stdio.h>
#include "vm_internal.h"
#include "err.h"
#include "str.h"
#include "dict.h"
#include "tuple.h"
#include "api.h"

/* ---- error messages ----------------------------------------------------- */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static Obj *format_name_list(Obj **names, size_t n) {
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) strbuf_append_cstr(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        strbuf_append_cstr(&b, "'");
        strbuf_append_str(&b, names[i]);
        strbuf_append_cstr(&b, "'");
    }
    return strbuf_finish(&b);
}

/* Raises "f() missing N required <kind> argument(s): ..." for the empty
 * slots in [start, end) that `has_default` does not cover. */
static void missing_arguments(FunctionObj *fn, Obj **fast, int start, int end, bool positional) {
    CodeObj *co = (CodeObj *)fn->code;
    Obj *names[end - start > 0 ? end - start : 1];
    size_t n = 0;
    for (int i = start; i < end; i++) {
        if (fast[i] != NULL) continue;
        if (!positional && fn->kwdefaults &&
            dict_get_str(fn->kwdefaults, tuple_get(co->varnames, (size_t)i)) != NULL)
            continue;
        names[n++] = tuple_get(co->varnames, (size_t)i);
    }
    Obj *list = format_name_list(names, n);
    if (list == NULL) return;
    err_format(&Exc_TypeError, "%U() missing %zu required %s argument%s: %U", fn->qualname, n,
               positional ? "positional" : "keyword-only", n == 1 ? "" : "s", list);
    DECREF(list);
}

static void too_many_positional(FunctionObj *fn, Obj **fast, size_t given) {
    CodeObj *co = (CodeObj *)fn->code;
    size_t ndefaults = fn->defaults ? tuple_size(fn->defaults) : 0;
    size_t kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (fast[i] != NULL) kwonly_given++;
    char sig[64], kwsig[96] = "";
    bool plural;
    if (ndefaults > 0) {
        plural = true;
        snprintf(sig, sizeof sig, "from %zu to %d", (size_t)co->argcount - ndefaults, co->argcount);
    } else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    if (kwonly_given > 0)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zu keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    err_format(&Exc_TypeError, "%U() takes %s positional argument%s but %zu%s %s given",
               fn->qualname, sig, plural ? "s" : "", given, kwsig,
               given == 1 && kwonly_given == 0 ? "was" : "were");
}

/* f(a=1) for `def f(a, /)`: CPython names all such keywords at once. */
static bool posonly_passed_as_keyword(FunctionObj *fn, Obj *const *kwargs, Obj *kwnames) {
    CodeObj *co = (CodeObj *)fn->code;
    Obj *names[co->posonlyargcount > 0 ? co->posonlyargcount : 1];
    size_t n = 0;
    for (int i = 0; i < co->posonlyargcount; i++) {
        Obj *pname = tuple_get(co->varnames, (size_t)i);
        for (size_t k = 0; k < tuple_size(kwnames); k++)
            if (str_equal(pname, tuple_get(kwnames, k))) {
                names[n++] = pname;
                break;
            }
    }
    if (n == 0) return false;
    Obj *sep = str_from_cstr(", "), *lst = tuple_from_array(names, n);
    Obj *joined = sep && lst ? str_join(sep, lst) : NULL;
    if (joined != NULL)
        err_format(&Exc_TypeError,
                   "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                   fn->qualname, joined);
    XDECREF(sep);
    XDECREF(lst);
    XDECREF(joined);
    (void)kwargs;
    return true;
}

/* ---- binding ------------------------------------------------------------ */

/* Index of parameter `name` among those a keyword may name, or -1. */
static int find_keyword(CodeObj *co, Obj *name) {
    int end = co->argcount + co->kwonlyargcount;
    Obj *const *vn = ((TupleObj *)co->varnames)->items;
    for (int i = co->posonlyargcount; i < end; i++)
        if (vn[i] == name) return i;
    for (int i = co->posonlyargcount; i < end; i++)
        if (str_equal(vn[i], name)) return i;
    return -1;
}

static int bind_keywords(FunctionObj *fn, Obj **fast, Obj *kwdict, Obj *const *kwargs, Obj *kwnames) {
    CodeObj *co = (CodeObj *)fn->code;
    for (size_t k = 0; k < tuple_size(kwnames); k++) {
        Obj *name = tuple_get(kwnames, k), *value = kwargs[k];
        if (!is_str(name)) {
            err_format(&Exc_TypeError, "%U() keywords must be strings", fn->qualname);
            return -1;
        }
        int i = find_keyword(co, name);
        if (i < 0) {
            if (kwdict == NULL) {
                if (!posonly_passed_as_keyword(fn, kwargs, kwnames))
                    err_format(&Exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                               fn->qualname, name);
                return -1;
            }
            if (dict_set(kwdict, name, value) < 0) return -1;
            continue;
        }
        if (fast[i] != NULL) {
            err_format(&Exc_TypeError, "%U() got multiple values for argument '%U'",
                       fn->qualname, name);
            return -1;
        }
        fast[i] = NEWREF(value);
    }
    return 0;
}

/* Fills missing positional parameters from __defaults__ and keyword-only
 * ones from __kwdefaults__; raises for those still missing. */
static int bind_defaults(FunctionObj *fn, Obj **fast, size_t nargs) {
    CodeObj *co = (CodeObj *)fn->code;
    int argcount = co->argcount;
    if ((int)nargs < argcount) {
        int ndef = fn->defaults ? (int)tuple_size(fn->defaults) : 0;
        int first_default = argcount - ndef;
        bool missing = false;
        for (int i = (int)nargs; i < argcount; i++) {
            if (fast[i] != NULL) continue;
            if (i >= first_default) fast[i] = NEWREF(tuple_get(fn->defaults, (size_t)(i - first_default)));
            else missing = true;
        }
        if (missing) {
            missing_arguments(fn, fast, 0, first_default, true);
            return -1;
        }
    }
    int end = argcount + co->kwonlyargcount;
    bool missing = false;
    for (int i = argcount; i < end; i++) {
        if (fast[i] != NULL) continue;
        Obj *d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, tuple_get(co->varnames, (size_t)i)) : NULL;
        if (d != NULL) fast[i] = NEWREF(d);
        else missing = true;
    }
    if (missing) {
        missing_arguments(fn, fast, argcount, end, false);
        return -1;
    }
    return 0;
}

/* The general case: everything but "exactly the positional parameters". */
static int bind_general(FunctionObj *fn, Obj **fast, Obj *const *args, size_t nargs, Obj *kwnames) {
    CodeObj *co = (CodeObj *)fn->code;
    size_t argcount = (size_t)co->argcount;
    int extra = co->argcount + co->kwonlyargcount;
    Obj *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        if ((kwdict = dict_new()) == NULL) return -1;
        fast[extra + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t npos = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < npos; i++) fast[i] = NEWREF(args[i]);
    if (co->flags & CO_VARARGS) {
        Obj *rest = nargs > argcount ? tuple_from_array(args + argcount, nargs - argcount) : tuple_empty();
        if (rest == NULL) return -1;
        fast[extra] = rest;
    }
    if (kwnames != NULL && bind_keywords(fn, fast, kwdict, args + nargs, kwnames) < 0) return -1;
    if (nargs > argcount && !(co->flags & CO_VARARGS)) {
        too_many_positional(fn, fast, nargs);
        return -1;
    }
    return bind_defaults(fn, fast, nargs);
}

/* Makes the cells of cellvars (an argument captured by an inner function
 * moves into its cell) and copies the closure's cells for freevars. */
static int make_cells(FunctionObj *fn, Obj **fast) {
    CodeObj *co = (CodeObj *)fn->code;
    Obj **cells = fast + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        int arg = co->cell2arg ? co->cell2arg[i] : -1;
        Obj *value = arg >= 0 ? fast[arg] : NULL;
        if ((cells[i] = cell_new(value)) == NULL) return -1;
        if (arg >= 0) {
            fast[arg] = NULL;
            XDECREF(value);
        }
    }
    for (int i = 0; i < co->nfree; i++)
        cells[co->ncells + i] = NEWREF(tuple_get(fn->closure, (size_t)i));
    return 0;
}

static void recursion_error(void) {
    err_set_str(&Exc_RecursionError, "maximum recursion depth exceeded");
}

/* Binds a call's arguments into the fresh frame f of function fn and makes
 * its cells.  -1 with an exception set. */
static inline int bind_frame(FunctionObj *fn, Frame *f, Obj *const *args, size_t nargs, Obj *kwnames) {
    CodeObj *co = (CodeObj *)fn->code;
    Obj **fast = f->localsplus;
    if (kwnames == NULL && nargs == (size_t)co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        for (size_t i = 0; i < nargs; i++) {
            Obj *a = args[i];
            INCREF(a);
            fast[i] = a;
        }
        if (__builtin_expect((co->ncells | co->nfree) == 0, 1)) return 0;
    } else if (bind_general(fn, fast, args, nargs, kwnames) < 0) {
        return -1;
    }
    if ((co->ncells | co->nfree) != 0 && make_cells(fn, fast) < 0) return -1;
    return 0;
}

Frame *vm_frame_for_call(VMThread *vt, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames) {
    FunctionObj *fn = (FunctionObj *)func;
    CodeObj *co = (CodeObj *)fn->code;
    ThreadState *ts = tstate_get();
    if (__builtin_expect(!co->vm_ready, 0) && vm_prepare_code(co) < 0) return NULL;
    if (__builtin_expect(ts->recursion_depth >= ts->recursion_limit, 0)) {
        recursion_error();
        return NULL;
    }
    Obj *builtins = fn->builtins ? fn->builtins : vm_builtins_of(fn->globals);
    INCREF(func);
    Frame *f = frame_push(vt, co, func, fn->globals, builtins, NULL);
    if (f == NULL) return NULL;
    ts->recursion_depth++;
    if (__builtin_expect(bind_frame(fn, f, args, nargs, kwnames) < 0, 0)) {
        vm_frame_leave(vt, f);
        return NULL;
    }
    return f;
}

void vm_frame_leave(VMThread *vt, Frame *f) {
    tstate_get()->recursion_depth--;
    frame_pop(vt, f);
}

/* Calling a generator function: its frame lives in the generator. */
static Obj *make_generator(Obj *func, Obj *const *args, size_t nargs, Obj *kwnames) {
    FunctionObj *fn = (FunctionObj *)func;
    CodeObj *co = (CodeObj *)fn->code;
    Obj *builtins = fn->builtins ? fn->builtins : vm_builtins_of(fn->globals);
    INCREF(func);
    Frame *f = frame_new_heap(co, func, fn->globals, builtins);
    if (f == NULL) return NULL;
    if (bind_frame(fn, f, args, nargs, kwnames) < 0) {
        frame_free_heap(f);
        return NULL;
    }
    return vm_gen_new(f, fn->name, fn->qualname);
}

Obj *function_call(Obj *func, Obj *const *args, size_t nargs, Obj *kwnames) {
    CodeObj *co = (CodeObj *)((FunctionObj *)func)->code;
    if (!co->vm_ready && vm_prepare_code(co) < 0) return NULL;
    if (co->flags & CO_GEN_FLAGS) return make_generator(func, args, nargs, kwnames);
    VMThread *vt = vm_thread(tstate_get());
    if (vt == NULL || vm_check_c_stack(vt) < 0) return NULL;
    Frame *f = vm_frame_for_call(vt, func, args, nargs, kwnames);
    if (f == NULL) return NULL;
    return vm_run(vt, f);
}

/* ---- naming callables in messages --------------------------------------- */

Obj *vm_function_str(Obj *func) {
    Obj *qualname = obj_lookup_attr(func, str_intern_cstr("__qualname__"));
    if (qualname == NULL) {
        if (err_occurred()) return NULL;
        return obj_str(func);
    }
    Obj *module = obj_lookup_attr(func, str_intern_cstr("__module__"));
    Obj *res;
    if (module != NULL && is_str(module) && !str_equal_cstr(module, "builtins"))
        res = str_from_format("%U.%U()", module, qualname);
    else
        res = str_from_format("%S()", qualname);
    XDECREF(module);
    DECREF(qualname);
    return res;
}
