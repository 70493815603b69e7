/* atexit.c: the atexit module: functions to call when the interpreter
 * exits, last registered first.  gilpy_finalize() runs them after the
 * non-daemon threads have been joined, as CPython does. */
#include <string.h>
#include "modules.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "list.h"
#include "tuple.h"

/* A list of (func, args tuple, kwargs dict or None), oldest first. */
static Obj *callbacks;

static int ensure_list(void) {
    if (callbacks == NULL) callbacks = list_new(0);
    return callbacks ? 0 : -1;
}

/* Removes and releases callbacks[i]. */
static void remove_at(size_t i) {
    ListObj *l = (ListObj *)callbacks;
    Obj *gone = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Obj *));
    l->size--;
    DECREF(gone);
}

static Obj *a_register(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "register() takes at least 1 argument (0 given)");
        return NULL;
    }
    if (TYPE(args[0])->call == NULL) {
        err_set_str(&Exc_TypeError, "the first argument must be callable");
        return NULL;
    }
    size_t nkw = kw_count(kwnames);
    Obj *pos = tuple_from_array(args + 1, nargs - 1);
    Obj *kw = nkw ? dict_new() : NEWREF(NONE);
    for (size_t i = 0; kw != NULL && pos != NULL && i < nkw; i++)
        if (dict_set(kw, tuple_get(kwnames, i), args[nargs + i]) < 0) CLEAR(kw);
    Obj *entry = pos && kw ? tuple_pack(3, args[0], pos, kw) : NULL;
    XDECREF(pos);
    XDECREF(kw);
    if (entry == NULL || ensure_list() < 0 || list_append(callbacks, entry) < 0) {
        XDECREF(entry);
        return NULL;
    }
    DECREF(entry);
    return NEWREF(args[0]);
}

static Obj *a_unregister(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("unregister", kwnames) < 0 || args_count("unregister", nargs, 1, 1) < 0)
        return NULL;
    if (callbacks == NULL) return NEWREF(NONE);
    for (size_t i = list_size(callbacks); i-- > 0;) {
        Obj *func = tuple_get(list_get(callbacks, i), 0);
        int eq = obj_richcompare_bool(func, args[0], CMP_EQ);
        if (eq < 0) return NULL;
        if (eq) remove_at(i);
    }
    return NEWREF(NONE);
}

void atexit_run(void) {
    while (callbacks != NULL && list_size(callbacks) > 0) {
        size_t last = list_size(callbacks) - 1;
        Obj *entry = NEWREF(list_get(callbacks, last));
        remove_at(last);
        Obj *func = tuple_get(entry, 0), *kw = tuple_get(entry, 2);
        Obj *r = obj_call_tuple_dict(func, tuple_get(entry, 1), kw == NONE ? NULL : kw);
        if (r != NULL) DECREF(r);
        else err_write_unraisable_msg("Exception ignored in atexit callback", func);
        DECREF(entry);
    }
}

static Obj *a_run_exitfuncs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    atexit_run();
    return NEWREF(NONE);
}

static Obj *a_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    CLEAR(callbacks);
    return NEWREF(NONE);
}

static Obj *a_ncallbacks(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return small_new(callbacks ? (intptr_t)list_size(callbacks) : 0);
}

static const MethodDef atexit_functions[] = {
    {"register", a_register}, {"unregister", a_unregister},
    {"_run_exitfuncs", a_run_exitfuncs}, {"_clear", a_clear}, {"_ncallbacks", a_ncallbacks},
    {NULL},
};

Obj *atexit_module_init(void) {
    Obj *m = module_new("atexit");
    if (m == NULL) return NULL;
    if (module_add_functions(m, atexit_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
