/* none.c: the singletons None, NotImplemented and Ellipsis and their types.
 * All three are immortal static objects; calling their type returns them. */
#include "object.h"
#include "err.h"
#include "str.h"
#include "args.h"

static Obj *none_repr(Obj *o) { return NEWREF(str_intern_cstr("None")); }
static Obj *notimpl_repr(Obj *o) { return NEWREF(str_intern_cstr("NotImplemented")); }
static Obj *ellipsis_repr(Obj *o) { return NEWREF(str_intern_cstr("Ellipsis")); }

static int none_bool(Obj *o) { return 0; }

/* type(None)() is None; the same for the other two. */
static Obj *singleton_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 0 || kw_count(kwnames) != 0) {
        /* CPython names ellipsis by its public alias here */
        err_format(&Exc_TypeError, "%s takes no arguments",
                   t == &EllipsisType ? "EllipsisType" : t->name);
        return NULL;
    }
    Obj *o = t == &NoneType ? NONE : t == &NotImplementedType ? NOT_IMPLEMENTED : ELLIPSIS;
    return NEWREF(o);
}

static intptr_t singleton_hash(Obj *o) { return hash_pointer(o); }

/* Ellipsis.__reduce__() and NotImplemented.__reduce__(): the name pickle
 * finds the singleton by. */
static Obj *singleton_reduce(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *fname = self == ELLIPSIS ? "ellipsis.__reduce__" : "NotImplementedType.__reduce__";
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 0, 0) < 0) return NULL;
    return NEWREF(str_intern_cstr(self == ELLIPSIS ? "Ellipsis" : "NotImplemented"));
}

static const MethodDef singleton_methods[] = {
    {"__reduce__", singleton_reduce},
    {NULL},
};

static const NumberSlots none_number = { .bool_ = none_bool };

Type NoneType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "NoneType",
    .size = sizeof(Obj),
    .flags = TF_IMMUTABLE,
    .base = &ObjectType,
    .repr = none_repr,
    .hash = singleton_hash,
    .new_ = singleton_new,
    .number = &none_number,
};

Type NotImplementedType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "NotImplementedType",
    .size = sizeof(Obj),
    .flags = TF_IMMUTABLE,
    .base = &ObjectType,
    .repr = notimpl_repr,
    .hash = singleton_hash,
    .new_ = singleton_new,
    .methods = singleton_methods,
};

Type EllipsisType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "ellipsis",
    .size = sizeof(Obj),
    .flags = TF_IMMUTABLE,
    .base = &ObjectType,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
    .new_ = singleton_new,
    .methods = singleton_methods,
};

Obj NoneObj = STATIC_HEAD(&NoneType);
Obj NotImplementedObj = STATIC_HEAD(&NotImplementedType);
Obj EllipsisObj = STATIC_HEAD(&EllipsisType);
