/* weakref.c: the _weakref module: weakref.ref (ReferenceType), the module
 * functions (getweakrefcount, getweakrefs, proxy) and the hooks that let
 * deallocation clear weak references (see weakref_internal.h for the lists
 * and weakref_proxy.c for proxies). */
#include <stdio.h>
#include "modules.h"
#include "weakref_internal.h"
#include "api.h"
#include "args.h"
#include "err.h"
#include "generic_alias.h"
#include "list.h"
#include "str.h"

static Obj *first_weakref(Obj *o) {
    WeakrefObj *w = weakref_list(o);
    return NEWREF(w ? (Obj *)w : NONE);
}

/* ---- ref(ob, callback=None) ---------------------------------------------- */

/* The (ob, callback) of ref.__new__/__init__: CPython unpacks positionals
 * only and leaves keywords to subclasses. */
static int parse_init_args(const char *fname, size_t nargs, Obj *const *args, Obj **ob, Obj **callback) {
    if (nargs < 1 || nargs > 2) {
        err_format(&Exc_TypeError, nargs < 1 ? "%s expected at least 1 argument, got %zu"
                                             : "%s expected at most 2 arguments, got %zu", fname, nargs);
        return -1;
    }
    *ob = args[0];
    *callback = nargs == 2 && args[1] != NONE ? args[1] : NULL;
    return 0;
}

static Obj *weakref_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (type == &WeakrefType && args_no_kwargs("ref", kwnames) < 0) return NULL;
    Obj *ob, *callback;
    if (parse_init_args("__new__", nargs, args, &ob, &callback) < 0) return NULL;
    return weakref_make(type, ob, callback);
}

static int weakref_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    (void)kwnames;
    Obj *ob, *callback;
    return parse_init_args("__init__", nargs, args, &ob, &callback);
}

static void weakref_dealloc(Obj *o) {
    WeakrefObj *w = (WeakrefObj *)o;
    weakref_unlink(w);
    CLEAR(w->callback);
    obj_free(o);
}

static Obj *weakref_call(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    if (args_no_kwargs("weakref", kwnames) < 0) return NULL;
    if (nargs != 0) {
        err_format(&Exc_TypeError, "weakref expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    Obj *r = weakref_target((WeakrefObj *)self);
    return NEWREF(r ? r : NONE);
}

static intptr_t weakref_hash(Obj *self) {
    WeakrefObj *w = (WeakrefObj *)self;
    if (w->hash != -1) return w->hash;
    Obj *r = weakref_target(w);
    if (r == NULL) {
        err_set_str(&Exc_TypeError, "weak object has gone away");
        return -1;
    }
    INCREF(r);
    w->hash = obj_hash(r);
    DECREF(r);
    return w->hash;
}

static Obj *weakref_richcompare(Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !(is_weakref(a) || is_proxy(a)) ||
        !(is_weakref(b) || is_proxy(b)))
        return NEWREF(NOT_IMPLEMENTED);
    Obj *x = weakref_target((WeakrefObj *)a), *y = weakref_target((WeakrefObj *)b);
    if (x == NULL || y == NULL) return NEWREF(bool_from((a == b) == (op == CMP_EQ)));
    INCREF(x);
    INCREF(y);
    Obj *r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

/* type(r).__name__ looked up as a special method (bound by its
 * descriptor), as CPython's repr does; NULL (no exception) if none. */
static Obj *special_name(Obj *r) {
    Obj *d = type_lookup(TYPE(r), str_intern_cstr("__name__"));
    if (d == NULL) return NULL;
    Obj *v = TYPE(d)->descr_get ? TYPE(d)->descr_get(d, r, (Obj *)TYPE(r)) : NEWREF(d);
    if (v == NULL) err_clear();
    return v;
}

static Obj *weakref_repr(Obj *self) {
    Obj *r = weakref_target((WeakrefObj *)self);
    if (r == NULL) return str_from_format("<weakref at %p; dead>", (void *)self);
    INCREF(r);
    Obj *name = special_name(r);
    Obj *s;
    if (name != NULL && is_str(name))
        s = str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self, type_name(r),
                            (void *)r, name);
    else
        s = str_from_format("<weakref at %p; to '%s' at %p>", (void *)self, type_name(r), (void *)r);
    XDECREF(name);
    DECREF(r);
    return s;
}

static Obj *weakref_get_callback(Obj *self) {
    Obj *cb = ((WeakrefObj *)self)->callback;
    return NEWREF(cb ? cb : NONE);
}

static const GetSetDef weakref_getset[] = {
    {"__callback__", weakref_get_callback, NULL},
    {NULL},
};

static const MethodDef weakref_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {NULL},
};

Type WeakrefType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "weakref.ReferenceType",
    .size = sizeof(WeakrefObj),
    .flags = TF_BASETYPE,
    .base = &ObjectType,
    .dealloc = weakref_dealloc,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .new_ = weakref_new,
    .init = weakref_init,
    .methods = weakref_methods,
    .getset = weakref_getset,
};

/* ---- module functions ------------------------------------------------------ */

static Obj *wr_getweakrefcount(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("_weakref.getweakrefcount", kwnames) < 0 ||
        args_count("_weakref.getweakrefcount", nargs, 1, 1) < 0)
        return NULL;
    intptr_t n = 0;
    for (WeakrefObj *w = weakref_list(args[0]); w != NULL; w = w->next) n++;
    return small_new(n);
}

static Obj *wr_getweakrefs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("_weakref.getweakrefs", kwnames) < 0 ||
        args_count("_weakref.getweakrefs", nargs, 1, 1) < 0)
        return NULL;
    Obj *l = list_new(0);
    for (WeakrefObj *w = weakref_list(args[0]); l != NULL && w != NULL; w = w->next) {
        if (list_append(l, (Obj *)w) < 0) CLEAR(l);
    }
    return l;
}

static Obj *wr_proxy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("proxy", kwnames) < 0 || args_count("proxy", nargs, 1, 2) < 0) return NULL;
    Obj *ob = args[0], *callback = nargs == 2 && args[1] != NONE ? args[1] : NULL;
    Type *t = TYPE(ob)->call != NULL ? &CallableProxyType : &ProxyType;
    return weakref_make(t, ob, callback);
}

/* _remove_dead_weakref(dict, key): del dict[key] if its value is a dead ref. */
static Obj *wr_remove_dead(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("_remove_dead_weakref", kwnames) < 0 ||
        args_count("_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    Obj *v = obj_getitem(args[0], args[1]);
    if (v == NULL) {
        if (!err_matches(&Exc_KeyError)) return NULL;
        err_clear();
        return NEWREF(NONE);
    }
    bool dead = is_weakref(v) && weakref_target((WeakrefObj *)v) == NULL;
    DECREF(v);
    if (dead && obj_delitem(args[0], args[1]) < 0) {
        if (!err_matches(&Exc_KeyError)) return NULL;
        err_clear();
    }
    return NEWREF(NONE);
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", wr_getweakrefcount},
    {"getweakrefs", wr_getweakrefs},
    {"proxy", wr_proxy},
    {"_remove_dead_weakref", wr_remove_dead},
    {NULL},
};

Obj *weakref_module_init(void) {
    weakref_clear_hook = weakref_clear_all;
    weakref_first_hook = first_weakref;
    Obj *m = module_new("_weakref");
    if (m == NULL) return NULL;
    if (type_ready(&WeakrefType) < 0 || type_ready(&ProxyType) < 0 || type_ready(&CallableProxyType) < 0 ||
        module_add_functions(m, weakref_functions) < 0 ||
        module_add_obj(m, "ref", (Obj *)&WeakrefType) < 0 ||
        module_add_obj(m, "ReferenceType", (Obj *)&WeakrefType) < 0 ||
        module_add_obj(m, "ProxyType", (Obj *)&ProxyType) < 0 ||
        module_add_obj(m, "CallableProxyType", (Obj *)&CallableProxyType) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
