/* type_type.c: the behaviour of type objects themselves: calling a class,
 * repr <class 'int'>, attribute access on classes, and their __name__,
 * __mro__, __bases__... attributes. */
#include "union_type.h"
#include <string.h>
#include "object.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "list.h"
#include "args.h"
#include "type_internal.h"
#include "ident.h"

static inline bool is_type(const Obj *o) { return type_has(TYPE(o), TF_TYPE_SUBCLASS); }

Obj *type_module_name(Type *t) {
    if (t->module != NULL) return t->module;
    const char *dot = strrchr(t->name, '.');
    if (dot == NULL) return IDENT(builtins);
    Obj *m = str_from(t->name, (size_t)(dot - t->name));
    if (m == NULL) return NULL;
    t->module = str_intern(m);
    return t->module;
}

Obj *type_qualname(Type *t) {
    if (t->qualname != NULL) return t->qualname;
    if (t->name_obj == NULL) type_set_name_obj(t);   /* not readied yet */
    return t->name_obj;
}

static Obj *type_repr(Obj *o) {
    Type *t = (Type *)o;
    Obj *mod = type_module_name(t);
    if (mod == NULL) return NULL;
    if (str_equal_cstr(mod, "builtins"))
        return str_from_format("<class '%U'>", type_qualname(t));
    return str_from_format("<class '%U.%U'>", mod, type_qualname(t));
}

/* type(x) with one argument; otherwise the class machinery's type_new. */
static Obj *type_call(Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    Type *t = (Type *)callable;
    if (t == &TypeType) {
        if (nargs == 1 && kw_count(kwnames) == 0) return NEWREF((Obj *)TYPE(args[0]));
        if (nargs != 1 && nargs != 3) {
            err_set_str(&Exc_TypeError, "type() takes 1 or 3 arguments");
            return NULL;
        }
    }
    if (t->new_ == NULL) {
        err_format(&Exc_TypeError, "cannot create '%s' instances", t->name);
        return NULL;
    }
    Obj *obj = t->new_(t, args, nargs, kwnames);
    if (obj == NULL) return NULL;
    Type *ot = TYPE(obj);
    if (ot->init != NULL && type_is_subtype(ot, t) &&
        ot->init(obj, args, nargs, kwnames) < 0) {
        DECREF(obj);
        return NULL;
    }
    return obj;
}

/* type.__init__(cls, name, bases, dict): type_new did the work. */
static int type_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 1 && nargs != 3) {
        err_set_str(&Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* Attribute lookup on a class: the metatype's data descriptors, then the
 * class's own MRO (binding with obj NULL), then the metatype's others. */
static Obj *type_getattr_impl(Obj *o, Obj *name) {
    Type *t = (Type *)o, *meta = TYPE(o);
    Obj *meta_attr = type_lookup(meta, name);
    Obj *(*meta_get)(Obj *, Obj *, Obj *) = NULL;
    if (meta_attr != NULL) {
        meta_get = TYPE(meta_attr)->descr_get;
        if (meta_get != NULL && TYPE(meta_attr)->descr_set != NULL)
            return meta_get(meta_attr, o, (Obj *)meta);
    }
    Obj *attr = type_lookup(t, name);
    if (attr != NULL) {
        Obj *(*get)(Obj *, Obj *, Obj *) = TYPE(attr)->descr_get;
        if (get != NULL) return get(attr, NULL, o);
        return NEWREF(attr);
    }
    if (meta_get != NULL) return meta_get(meta_attr, o, (Obj *)meta);
    if (meta_attr != NULL) return NEWREF(meta_attr);
    err_format(&Exc_AttributeError, "type object '%U' has no attribute '%U'", type_qualname(t), name);
    exc_attribute_error_set_context(o, name);
    return NULL;
}

static Obj *type_getattr(Obj *o, Obj *name) {
    if (!is_str(name)) return obj_generic_getattr(o, name);  /* raises the TypeError */
    /* a static type nobody readied yet (type(iter(b'')), say): its
     * __mro__/__dict__ getters need the filled fields */
    if (!(((Type *)o)->flags & TF_READY) && type_ready((Type *)o) < 0) return NULL;
    return type_getattr_impl(o, name);
}

static int type_setattr(Obj *o, Obj *name, Obj *value) {
    Type *t = (Type *)o;
    if (!type_has(t, TF_HEAPTYPE)) {
        err_format(&Exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Obj *meta_attr = type_lookup(TYPE(o), name);
    if (meta_attr != NULL && TYPE(meta_attr)->descr_set != NULL)
        return TYPE(meta_attr)->descr_set(meta_attr, o, value);
    int rc;
    if (value != NULL) {
        Obj *key = str_intern(NEWREF(name));
        rc = dict_set(t->dict, key, value);
        DECREF(key);
    } else if (dict_get_str(t->dict, name) == NULL) {
        err_format(&Exc_AttributeError, "type object '%U' has no attribute '%U'", type_qualname(t), name);
        rc = -1;
    } else {
        rc = dict_del(t->dict, name);
    }
    type_modified(t);
    /* a metaclass attribute named __module__ (abc.ABCMeta has one) hid
     * type's setter: the repr still follows the dict */
    if (rc == 0 && value != NULL && is_str(value) && str_equal_cstr(name, "__module__"))
        SETREF(t->module, str_intern(NEWREF(value)));
    /* C.__add__ = f makes + call it */
    if (rc == 0 && str_size(name) > 4 && str_data(name)[0] == '_' && str_data(name)[1] == '_')
        rc = heap_slots_update(t) < 0 ? -1 : heap_subclasses_update(t);
    return rc;
}

/* ---- attributes --------------------------------------------------------- */
static Obj *type_get_name(Obj *o) {
    Type *t = (Type *)o;
    if (t->name_obj == NULL) type_set_name_obj(t);
    return NEWREF(t->name_obj);
}
static Obj *type_get_qualname(Obj *o) { return NEWREF(type_qualname((Type *)o)); }
static Obj *type_get_module(Obj *o) {
    Type *t = (Type *)o;
    if (type_has(t, TF_HEAPTYPE)) {
        Obj *m = dict_get_str(t->dict, IDENT(__module__));
        if (m != NULL) return NEWREF(m);
    }
    Obj *m = type_module_name(t);
    return m ? NEWREF(m) : NULL;
}
static Obj *type_get_mro(Obj *o) { return NEWREF(((Type *)o)->mro); }
static Obj *type_get_bases(Obj *o) { return NEWREF(((Type *)o)->bases); }
static Obj *type_get_base(Obj *o) {
    Type *b = ((Type *)o)->base;
    return NEWREF(b ? (Obj *)b : NONE);
}
static Obj *type_get_doc(Obj *o) {
    /* a built-in type's doc is its C string (type's own dict holds this
     * descriptor under __doc__) */
    if (!type_has((Type *)o, TF_HEAPTYPE) && ((Type *)o)->doc != NULL)
        return str_from_cstr(((Type *)o)->doc);
    Obj *d = dict_get_str(((Type *)o)->dict, IDENT(__doc__));
    if (d == NULL) return NEWREF(NONE);
    Obj *(*get)(Obj *, Obj *, Obj *) = TYPE(d)->descr_get;
    return get ? get(d, NULL, o) : NEWREF(d);
}
static Obj *type_get_dict(Obj *o) { return mappingproxy_new(((Type *)o)->dict); }

static int type_set_name(Obj *o, Obj *value) {
    Type *t = (Type *)o;
    if (!type_has(t, TF_HEAPTYPE)) {
        err_format(&Exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (value == NULL || !is_str(value)) {
        err_format(&Exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                   t->name, value ? type_name(value) : "NoneType");
        return -1;
    }
    SETREF(t->name_obj, NEWREF(value));
    t->name = str_data(value);
    return 0;
}

/* type_setattr refuses static types before these run. */
static int type_set_qualname(Obj *o, Obj *value) {
    Type *t = (Type *)o;
    if (value == NULL || !is_str(value)) {
        err_format(&Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                   t->name, value ? type_name(value) : "NoneType");
        return -1;
    }
    SETREF(t->qualname, NEWREF(value));
    return 0;
}

static int set_in_dict(Type *t, Obj *key, Obj *value, const char *attr) {
    if (value == NULL) {
        err_format(&Exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    int rc = dict_set(t->dict, key, value);
    type_modified(t);
    return rc;
}

static int type_set_module(Obj *o, Obj *value) {
    Type *t = (Type *)o;
    if (set_in_dict(t, IDENT(__module__), value, "__module__") < 0) return -1;
    if (is_str(value)) SETREF(t->module, str_intern(NEWREF(value)));
    return 0;
}

static int type_set_doc(Obj *o, Obj *value) {
    return set_in_dict((Type *)o, IDENT(__doc__), value, "__doc__");
}

/* __abstractmethods__ lives in the class's own dict (not inherited, and
 * `type` itself has none); setting it keeps TF_IS_ABSTRACT in step so
 * object.__new__ tests one flag. */
static Obj *type_get_abstractmethods(Obj *o) {
    Type *t = (Type *)o;
    Obj *v = t == &TypeType ? NULL : dict_get_str(t->dict, IDENT(__abstractmethods__));
    if (v == NULL) {
        err_set_str(&Exc_AttributeError, "__abstractmethods__");
        return NULL;
    }
    return NEWREF(v);
}

static int type_set_abstractmethods(Obj *o, Obj *value) {
    Type *t = (Type *)o;
    int abstract = 0, rc;
    if (value != NULL) {
        abstract = obj_is_true(value);
        if (abstract < 0) return -1;
        rc = dict_set(t->dict, IDENT(__abstractmethods__), value);
    } else if (dict_get_str(t->dict, IDENT(__abstractmethods__)) == NULL) {
        err_set_str(&Exc_AttributeError, "__abstractmethods__");
        return -1;
    } else {
        rc = dict_del(t->dict, IDENT(__abstractmethods__));
    }
    if (rc < 0) return -1;
    type_modified(t);
    if (abstract) t->flags |= TF_IS_ABSTRACT;
    else t->flags &= ~(uint32_t)TF_IS_ABSTRACT;
    return 0;
}

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__mro__", type_get_mro},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base},
    {"__doc__", type_get_doc, type_set_doc},
    {"__dict__", type_get_dict},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {NULL},
};

static Obj *type_mro_method(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("mro", nargs, 0, 0) < 0) return NULL;
    Obj *mro = ((Type *)self)->mro;
    return list_from_array(((TupleObj *)mro)->items, tuple_size(mro));
}

static Obj *type_instancecheck(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__instancecheck__", nargs, 1, 1) < 0) return NULL;
    return NEWREF(bool_from(type_is_subtype(TYPE(args[0]), (Type *)self)));
}

static Obj *type_subclasscheck(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__subclasscheck__", nargs, 1, 1) < 0) return NULL;
    if (!is_type(args[0])) {
        err_set_str(&Exc_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    return NEWREF(bool_from(type_is_subtype((Type *)args[0], (Type *)self)));
}

static Obj *type_subclasses_method(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__subclasses__", nargs, 0, 0) < 0) return NULL;
    return type_subclasses((Type *)self);
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method},
    {"__subclasses__", type_subclasses_method},
    {"__instancecheck__", type_instancecheck},
    {"__subclasscheck__", type_subclasscheck},
    {NULL},
};

static intptr_t type_hash(Obj *o) { return hash_pointer(o); }

/* Heap types only: static ones are immortal. */
static void type_dealloc(Obj *o) {
    Type *t = (Type *)o;
    heap_type_forget(t);
    XDECREF(t->bases);
    XDECREF(t->mro);
    XDECREF(t->dict);
    XDECREF(t->name_obj);
    XDECREF(t->qualname);
    XDECREF(t->module);
    if (t->base != NULL) DECREF((Obj *)t->base);
    obj_free(o);
}

/* int | None, list[int] | str: types.UnionType (union_type.c). */
static const NumberSlots type_number = {
    .binop = {[BINOP_OR] = union_type_or},
};

Type TypeType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "type",
    .size = sizeof(Type),
    .flags = TF_BASETYPE | TF_TYPE_SUBCLASS | TF_WEAKREFABLE,
    .base = &ObjectType,
    .dealloc = type_dealloc,
    .repr = type_repr,
    .hash = type_hash,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .new_ = type_new,
    .init = type_init,
    .number = &type_number,
    .methods = type_methods,
    .getset = type_getset,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};
