/* type_object.c: `object`, the root of every class: default repr, hash,
 * equality, construction, attribute access and format. */
#include <stdio.h>
#include "object.h"
#include "err.h"
#include "str.h"
#include "args.h"
#include "type_internal.h"
#include "dict.h"
#include "list.h"
#include "ident.h"
#include "tstate.h"

static Obj *object_repr(Obj *o) {
    Type *t = TYPE(o);
    Obj *mod = type_module_name(t);
    if (mod == NULL) return NULL;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    if (str_equal_cstr(mod, "builtins"))
        return str_from_format("<%U object at %s>", type_qualname(t), addr);
    return str_from_format("<%U.%U object at %s>", mod, type_qualname(t), addr);
}

/* guarded: a class may set __repr__ = object.__str__ (the caller checks the result) */
static Obj *object_str(Obj *o) {
    if (recursion_enter(" while getting the repr of an object") < 0) return NULL;
    Obj *res = TYPE(o)->repr(o);
    recursion_leave();
    return res;
}

static intptr_t object_hash(Obj *o) {
    return hash_pointer(o);
}

/* == is identity; != inverts the type's == (so a class defining only __eq__
 * gets a matching !=); ordering is not defined. */
static Obj *object_richcompare(Obj *a, Obj *b, int op) {
    if (op == CMP_EQ) return NEWREF(a == b ? TRUE_ : NOT_IMPLEMENTED);
    if (op != CMP_NE) return NEWREF(NOT_IMPLEMENTED);
    Obj *(*rc)(Obj *, Obj *, int) = TYPE(a)->richcompare;
    if (rc == NULL) return NEWREF(NOT_IMPLEMENTED);
    Obj *eq = rc(a, b, CMP_EQ);
    if (eq == NULL || eq == NOT_IMPLEMENTED) return eq;
    int truth = obj_is_true(eq);
    DECREF(eq);
    return truth < 0 ? NULL : NEWREF(bool_from(!truth));
}

static bool excess_args(size_t nargs, Obj *kwnames) {
    return nargs != 0 || kw_count(kwnames) != 0;
}

/* "Can't instantiate abstract class C with abstract methods a, b": the
 * names of C.__abstractmethods__, sorted. */
static void abstract_class_error(Type *t) {
    Obj *names = dict_get_str(t->dict, IDENT(__abstractmethods__));
    if (names == NULL) {
        err_set_str(&Exc_AttributeError, "__abstractmethods__");
        return;
    }
    Obj *sorted = list_from_iterable(names);
    if (sorted == NULL) return;
    Obj *joined = NULL, *sep = NULL;
    if (list_sort(sorted, NULL, false) == 0 && (sep = str_from_cstr(", ")) != NULL)
        joined = str_join(sep, sorted);
    if (joined != NULL)
        err_format(&Exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                   t->name, list_size(sorted) > 1 ? "s" : "", joined);
    XDECREF(joined);
    XDECREF(sep);
    DECREF(sorted);
}

/* CPython's rule: extra arguments are an error unless the class overrides
 * the other one of __new__/__init__. */
Obj *object_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (t->new_ != object_new) {
            err_set_str(&Exc_TypeError,
                        "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (t->init == object_init) {
            err_format(&Exc_TypeError, "%U() takes no arguments", type_qualname(t));
            return NULL;
        }
    }
    if (type_has(t, TF_IS_ABSTRACT)) {
        abstract_class_error(t);
        return NULL;
    }
    return obj_alloc(t, t->size);
}

int object_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Type *t = TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->init != object_init) {
            err_set_str(&Exc_TypeError,
                        "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            err_format(&Exc_TypeError, "%U() takes no arguments", type_qualname(t));
            return -1;
        }
    }
    return 0;
}

static Obj *object_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__format__", nargs, 1, 1) < 0) return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "__format__() argument must be str, not %T", args[0]);
        return NULL;
    }
    if (str_size(args[0]) != 0) {
        err_format(&Exc_TypeError, "unsupported format string passed to %U.__format__",
                   type_qualname(TYPE(self)));
        return NULL;
    }
    return obj_str(self);
}

static Obj *object_init_subclass(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kw_count(kwnames) != 0) {
        if (type_has(TYPE(self), TF_TYPE_SUBCLASS))
            err_format(&Exc_TypeError, "%U.__init_subclass__() takes no keyword arguments",
                       type_qualname((Type *)self));
        else
            err_set_str(&Exc_TypeError, "__init_subclass__() takes no keyword arguments");
        return NULL;
    }
    if (args_count("__init_subclass__", nargs, 0, 0) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *object_subclasshook(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return NEWREF(NOT_IMPLEMENTED);
}

static Obj *object_sizeof(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__sizeof__", nargs, 0, 0) < 0) return NULL;
    return small_new((intptr_t)TYPE(self)->size);
}

static const MethodDef object_methods[] = {
    {"__format__", object_format},
    {"__init_subclass__", object_init_subclass, METH_CLASS},
    {"__subclasshook__", object_subclasshook, METH_CLASS},
    {"__sizeof__", object_sizeof},
    {NULL},
};

static Obj *object_get_class(Obj *o) {
    return NEWREF((Obj *)TYPE(o));
}

static Type *layout_base(Type *t) {
    while (t != NULL && type_has(t, TF_HEAPTYPE)) t = t->base;
    return t;
}

/* obj.__class__ = C between classes with the same instance layout. */
static int object_set_class(Obj *o, Obj *value) {
    if (value == NULL) {
        err_set_str(&Exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!type_has(TYPE(value), TF_TYPE_SUBCLASS)) {
        err_format(&Exc_TypeError, "__class__ must be set to a class, not '%s' object", type_name(value));
        return -1;
    }
    Type *old = TYPE(o), *new = (Type *)value;
    if (!type_has(old, TF_HEAPTYPE) || !type_has(new, TF_HEAPTYPE)) {
        err_set_str(&Exc_TypeError,
                    "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (layout_base(old) != layout_base(new) || old->size != new->size ||
        old->dictoffset != new->dictoffset || ((old->flags ^ new->flags) & TF_SIDE_DICT)) {
        err_format(&Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                   new->name, old->name);
        return -1;
    }
    INCREF(value);
    o->type = new;
    DECREF((Obj *)old);
    return 0;
}

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL},
};

Type ObjectType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "object",
    .size = sizeof(Obj),
    .flags = TF_BASETYPE,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getset = object_getset,
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
};
