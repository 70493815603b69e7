/* method.c: bound methods (`types.MethodType`): a callable paired with the
 * instance it was looked up on; calling it calls func(self, *args). */
#include <stdio.h>
#include <stdlib.h>
#include "code.h"
#include "err.h"
#include "str.h"
#include "ident.h"
#include "tuple.h"

enum { SMALL_ARGS = 8 };

Obj *method_new(Obj *func, Obj *self) {
    MethodObj *m = (MethodObj *)obj_alloc(&MethodType, sizeof(MethodObj));
    if (m == NULL) return NULL;
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    return (Obj *)m;
}

static void method_dealloc(Obj *o) {
    MethodObj *m = (MethodObj *)o;
    DECREF(m->func);
    DECREF(m->self);
    obj_free(o);
}

/* Calls func(self, *args, **kw): the arguments are copied behind self. */
static Obj *method_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    MethodObj *m = (MethodObj *)o;
    size_t total = nargs + (kwnames ? tuple_size(kwnames) : 0);
    Obj *small[SMALL_ARGS];
    Obj **vec = total < SMALL_ARGS ? small : malloc((total + 1) * sizeof(Obj *));
    if (vec == NULL) {
        err_no_memory();
        return NULL;
    }
    vec[0] = m->self;
    for (size_t i = 0; i < total; i++) vec[i + 1] = args[i];
    Type *ft = TYPE(m->func);
    Obj *res = ft->call ? ft->call(m->func, vec, nargs + 1, kwnames)
                        : obj_call(m->func, vec, nargs + 1, kwnames);
    if (vec != small) free(vec);
    return res;
}

static Obj *method_repr(Obj *o) {
    MethodObj *m = (MethodObj *)o;
    Obj *name = obj_lookup_attr(m->func, IDENT(__qualname__));
    if (name == NULL && err_occurred() == NULL) name = obj_lookup_attr(m->func, IDENT(__name__));
    if (name == NULL && err_occurred() != NULL) return NULL;
    Obj *res = str_from_format("<bound method %S of %R>", name ? name : str_intern_cstr("?"), m->self);
    XDECREF(name);
    return res;
}

static intptr_t method_hash(Obj *o) {
    MethodObj *m = (MethodObj *)o;
    intptr_t h = obj_hash(m->func);
    if (h == -1) return -1;
    h ^= hash_pointer(m->self);
    return h == -1 ? -2 : h;
}

/* Equal when they bind the same object (by identity) to equal functions. */
static Obj *method_richcompare(Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_method(a) || !is_method(b))
        return NEWREF(NOT_IMPLEMENTED);
    MethodObj *x = (MethodObj *)a, *y = (MethodObj *)b;
    int eq = x->self == y->self;
    if (eq) eq = obj_eq(x->func, y->func);
    if (eq < 0) return NULL;
    return NEWREF(bool_from((op == CMP_EQ) == (eq != 0)));
}

/* Own attributes first, then the function's (m.__name__, m.__doc__). */
static Obj *method_getattr(Obj *o, Obj *name) {
    Obj *res = obj_generic_getattr(o, name);
    if (res != NULL || !err_matches(&Exc_AttributeError)) return res;
    err_clear();
    return obj_getattr(((MethodObj *)o)->func, name);
}

static Obj *get_func(Obj *o) { return NEWREF(((MethodObj *)o)->func); }
static Obj *get_self(Obj *o) { return NEWREF(((MethodObj *)o)->self); }
/* m.__doc__ is its function's (the type's own __doc__ would hide it). */
static Obj *get_doc(Obj *o) { return obj_getattr(((MethodObj *)o)->func, str_intern_cstr("__doc__")); }

static const GetSetDef method_getset[] = {
    {"__func__", get_func, NULL},
    {"__self__", get_self, NULL},
    {"__doc__", get_doc, NULL},
    {NULL},
};

/* types.MethodType(function, instance), with CPython's checks. */
static Obj *method_tp_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_set_str(&Exc_TypeError, "method() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 2) {
        err_format(&Exc_TypeError, "method expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (TYPE(args[0])->call == NULL) {
        err_set_str(&Exc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == NONE) {
        err_set_str(&Exc_TypeError, "instance must not be None");
        return NULL;
    }
    return method_new(args[0], args[1]);
}

Type MethodType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "method",
    .size = sizeof(MethodObj),
    .flags = TF_IMMUTABLE | TF_WEAKREFABLE,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .new_ = method_tp_new,
    .getset = method_getset,
};
