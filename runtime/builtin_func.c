/* builtin_func.c: C functions as Python objects.
 *
 *   builtin_function_or_method  a MethodDef bound to a self (module, object,
 *                               or the class for class/static methods);
 *   method_descriptor           a MethodDef in a type's dict: list.append;
 *   classmethod_descriptor      METH_CLASS entries: dict.fromkeys;
 *   getset_descriptor           a GetSetDef in a type's dict: int.real.
 */
#include <stdio.h>
#include <string.h>
#include "builtin_func.h"
#include "err.h"
#include "str.h"
#include "module.h"
#include "args.h"

/* ---- builtin_function_or_method ----------------------------------------- */
Obj *builtin_func_new(const MethodDef *def, Obj *self, Obj *module_name) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)obj_alloc(&BuiltinFuncType, sizeof *f);
    if (f == NULL) return NULL;
    f->def = def;
    f->self = self ? NEWREF(self) : NULL;
    f->module_name = module_name ? NEWREF(module_name) : NULL;
    return (Obj *)f;
}

static void builtin_func_dealloc(Obj *o) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)o;
    XDECREF(f->self);
    XDECREF(f->module_name);
    obj_free(o);
}

static Obj *builtin_func_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)o;
    return f->def->fn(f->self, args, nargs, kwnames);
}

static Obj *builtin_func_repr(Obj *o) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)o;
    if (f->self == NULL || is_module(f->self))
        return str_from_format("<built-in function %s>", f->def->name);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)f->self);
    return str_from_format("<built-in method %s of %s object at %s>",
                           f->def->name, type_name(f->self), addr);
}

static Obj *builtin_func_get_name(Obj *o) {
    return str_from_cstr(((BuiltinFuncObj *)o)->def->name);
}

/* A static type's __qualname__: its name after the module ("_asyncio.Task"
 * is Task), as CPython's qualname of built-in methods reads. */
static const char *type_qualname_cstr(const Type *t) {
    const char *dot = strrchr(t->name, '.');
    return type_has(t, TF_HEAPTYPE) || dot == NULL ? t->name : dot + 1;
}

static Obj *builtin_func_get_qualname(Obj *o) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)o;
    if (f->self == NULL || is_module(f->self)) return str_from_cstr(f->def->name);
    Type *t = type_has(TYPE(f->self), TF_TYPE_SUBCLASS) ? (Type *)f->self : TYPE(f->self);
    return str_from_format("%s.%s", type_qualname_cstr(t), f->def->name);
}

static Obj *builtin_func_get_self(Obj *o) {
    Obj *self = ((BuiltinFuncObj *)o)->self;
    return NEWREF(self ? self : NONE);
}

static Obj *builtin_func_get_module(Obj *o) {
    Obj *m = ((BuiltinFuncObj *)o)->module_name;
    return NEWREF(m ? m : NONE);
}

static const GetSetDef builtin_func_getset[] = {
    {"__name__", builtin_func_get_name},
    {"__qualname__", builtin_func_get_qualname},
    {"__self__", builtin_func_get_self},
    {"__module__", builtin_func_get_module},
    {NULL},
};

static intptr_t identity_hash(Obj *o) { return hash_pointer(o); }

/* Two built-in methods are equal when they bind the same C function to the
 * same self (l.append == l.append), as in CPython; the hash agrees. */
static Obj *builtin_func_richcompare(Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != &BuiltinFuncType) return NEWREF(NOT_IMPLEMENTED);
    BuiltinFuncObj *x = (BuiltinFuncObj *)a, *y = (BuiltinFuncObj *)b;
    bool eq = x->self == y->self && x->def->fn == y->def->fn;
    return NEWREF(bool_from(eq == (op == CMP_EQ)));
}

static intptr_t builtin_func_hash(Obj *o) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)o;
    intptr_t h = hash_pointer(f->self) ^ hash_pointer((const void *)(uintptr_t)f->def->fn);
    return h == -1 ? -2 : h;
}

Type BuiltinFuncType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "builtin_function_or_method",
    .size = sizeof(BuiltinFuncObj),
    .flags = TF_WEAKREFABLE,
    .dealloc = builtin_func_dealloc,
    .repr = builtin_func_repr,
    .hash = builtin_func_hash,
    .richcompare = builtin_func_richcompare,
    .call = builtin_func_call,
    .getset = builtin_func_getset,
};

/* ---- method_descriptor --------------------------------------------------- */
Obj *method_descr_new(Type *owner, const MethodDef *def) {
    MethodDescrObj *d = (MethodDescrObj *)obj_alloc(&MethodDescrType, sizeof *d);
    if (d == NULL) return NULL;
    d->def = def;
    d->owner = owner;
    return (Obj *)d;
}

static Obj *method_descr_repr(Obj *o) {
    MethodDescrObj *d = (MethodDescrObj *)o;
    return str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static int check_descr_self(const char *name, Type *owner, Obj *self) {
    if (type_is_subtype(TYPE(self), owner)) return 0;
    err_format(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
               name, owner->name, type_name(self));
    return -1;
}

/* list.append(lst, x): the first argument is self. */
static Obj *method_descr_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    MethodDescrObj *d = (MethodDescrObj *)o;
    if (nargs == 0) {
        err_format(&Exc_TypeError, "unbound method %s.%s() needs an argument",
                   d->owner->name, d->def->name);
        return NULL;
    }
    if (check_descr_self(d->def->name, d->owner, args[0]) < 0) return NULL;
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Obj *method_descr_get(Obj *o, Obj *obj, Obj *type) {
    MethodDescrObj *d = (MethodDescrObj *)o;
    if (obj == NULL) return NEWREF(o);
    if (check_descr_self(d->def->name, d->owner, obj) < 0) return NULL;
    return builtin_func_new(d->def, obj, NULL);
}

static Obj *descr_get_name(Obj *o) {
    return str_from_cstr(((MethodDescrObj *)o)->def->name);
}

static Obj *descr_get_qualname(Obj *o) {
    MethodDescrObj *d = (MethodDescrObj *)o;
    return str_from_format("%s.%s", type_qualname_cstr(d->owner), d->def->name);
}

static Obj *descr_get_objclass(Obj *o) {
    return NEWREF((Obj *)((MethodDescrObj *)o)->owner);
}

/* MethodDescrObj and GetSetDescrObj share their layout up to `owner`. */
static const GetSetDef descr_getset[] = {
    {"__name__", descr_get_name},
    {"__qualname__", descr_get_qualname},
    {"__objclass__", descr_get_objclass},
    {NULL},
};

Type MethodDescrType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "method_descriptor",
    .size = sizeof(MethodDescrObj),
    .flags = TF_METHOD_DESCRIPTOR,
    .repr = method_descr_repr,
    .hash = identity_hash,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getset = descr_getset,
};

/* ---- classmethod_descriptor ---------------------------------------------- */
Obj *classmethod_descr_new(Type *owner, const MethodDef *def) {
    MethodDescrObj *d = (MethodDescrObj *)obj_alloc(&ClassMethodDescrType, sizeof *d);
    if (d == NULL) return NULL;
    d->def = def;
    d->owner = owner;
    return (Obj *)d;
}

static Obj *classmethod_descr_get(Obj *o, Obj *obj, Obj *type) {
    MethodDescrObj *d = (MethodDescrObj *)o;
    if (type == NULL) type = (Obj *)TYPE(obj);
    return builtin_func_new(d->def, type, NULL);
}

/* dict.__dict__['fromkeys'](dict, ...): the first argument is the class. */
static Obj *classmethod_descr_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    MethodDescrObj *d = (MethodDescrObj *)o;
    if (nargs == 0 || !type_has(TYPE(args[0]), TF_TYPE_SUBCLASS) ||
        !type_is_subtype((Type *)args[0], d->owner)) {
        err_format(&Exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                   d->def->name, d->owner->name, nargs ? type_name(args[0]) : "NoneType");
        return NULL;
    }
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Type ClassMethodDescrType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "classmethod_descriptor",
    .size = sizeof(MethodDescrObj),
    .repr = method_descr_repr,
    .hash = identity_hash,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getset = descr_getset,
};

/* ---- getset_descriptor ---------------------------------------------------- */
int getset_readonly(Obj *self, Obj *value) {
    (void)self;
    (void)value;
    err_set_str(&Exc_AttributeError, "readonly attribute");
    return -1;
}

Obj *getset_descr_new(Type *owner, const GetSetDef *def) {
    GetSetDescrObj *d = (GetSetDescrObj *)obj_alloc(&GetSetDescrType, sizeof *d);
    if (d == NULL) return NULL;
    d->def = def;
    d->owner = owner;
    return (Obj *)d;
}

static Obj *getset_descr_repr(Obj *o) {
    GetSetDescrObj *d = (GetSetDescrObj *)o;
    return str_from_format("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Obj *getset_descr_get(Obj *o, Obj *obj, Obj *type) {
    GetSetDescrObj *d = (GetSetDescrObj *)o;
    if (obj == NULL) return NEWREF(o);
    if (check_descr_self(d->def->name, d->owner, obj) < 0) return NULL;
    return d->def->get(obj);
}

static int getset_descr_set(Obj *o, Obj *obj, Obj *value) {
    GetSetDescrObj *d = (GetSetDescrObj *)o;
    if (check_descr_self(d->def->name, d->owner, obj) < 0) return -1;
    if (d->def->set == NULL) {
        err_format(&Exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                   d->def->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, value);
}

Type GetSetDescrType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "getset_descriptor",
    .size = sizeof(GetSetDescrObj),
    .repr = getset_descr_repr,
    .hash = identity_hash,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
    .getset = descr_getset,
};
