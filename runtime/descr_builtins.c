/* descr_builtins.c: the descriptor classes written for Python code:
 * property (getter/setter/deleter), staticmethod and classmethod. */
#include "object.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "args.h"
#include "code.h"
#include "type_internal.h"
#include "ident.h"

/* (a heap subclass's dealloc frees through these, then drops its class) */

/* ---- property ----------------------------------------------------------- */
typedef struct PropertyObj {
    Obj ob;
    Obj *fget, *fset, *fdel, *doc;   /* NULL for None */
    Obj *name;                       /* from __set_name__, or NULL */
    bool getter_doc;                 /* doc came from fget.__doc__ */
} PropertyObj;

#define PROP(o) ((PropertyObj *)(o))

static Obj *none_to_null(Obj *v) { return v == NULL || v == NONE ? NULL : NEWREF(v); }

/* (Re)fills p, as property.__init__ does.  Without a doc, fget's __doc__ is
 * used; a subclass instance keeps that one in its __dict__, as CPython's
 * does, so the class's own __doc__ does not hide it. */
static int property_fill(PropertyObj *p, Obj *fget, Obj *fset, Obj *fdel, Obj *doc) {
    SETREF(p->fget, none_to_null(fget));
    SETREF(p->fset, none_to_null(fset));
    SETREF(p->fdel, none_to_null(fdel));
    SETREF(p->doc, none_to_null(doc));
    p->getter_doc = false;
    if (p->doc != NULL || p->fget == NULL) return 0;
    Obj *d = obj_lookup_attr(p->fget, IDENT(__doc__));
    if (d == NULL) return err_occurred() ? -1 : 0;
    p->getter_doc = true;
    if (IS_TYPE((Obj *)p, PropertyType)) {
        p->doc = none_to_null(d);
        DECREF(d);
        return 0;
    }
    int rc = obj_setattr((Obj *)p, IDENT(__doc__), d);
    DECREF(d);
    return rc;
}

static Obj *property_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    return obj_alloc(t, t->size);
}

static int property_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "fget", "fset", "fdel", "doc", NULL };
    Obj *out[4];
    if (args_bind("property", args, nargs, kwnames, names, 0, out) < 0) return -1;
    return property_fill(PROP(self), out[0], out[1], out[2], out[3]);
}

static void property_dealloc(Obj *o) {
    PropertyObj *p = PROP(o);
    XDECREF(p->fget);
    XDECREF(p->fset);
    XDECREF(p->fdel);
    XDECREF(p->doc);
    XDECREF(p->name);
    obj_free(o);
}

/* "property 'x' of 'A' object has no setter" (the class's __qualname__) */
static void property_missing(PropertyObj *p, Obj *obj, const char *what) {
    Obj *qualname = type_qualname(TYPE(obj));
    if (p->name != NULL)
        err_format(&Exc_AttributeError, "property %R of %R object has no %s", p->name, qualname, what);
    else
        err_format(&Exc_AttributeError, "property of %R object has no %s", qualname, what);
}

static Obj *property_get(Obj *self, Obj *obj, Obj *type) {
    PropertyObj *p = PROP(self);
    if (obj == NULL || obj == NONE) return NEWREF(self);
    if (p->fget == NULL) {
        property_missing(p, obj, "getter");
        return NULL;
    }
    return obj_call1(p->fget, obj);
}

static int property_set(Obj *self, Obj *obj, Obj *value) {
    PropertyObj *p = PROP(self);
    Obj *f = value ? p->fset : p->fdel;
    if (f == NULL) {
        property_missing(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    Obj *r = value ? obj_call2(f, obj, value) : obj_call1(f, obj);
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

/* p.getter(f) / setter / deleter: a copy with one accessor replaced. */
static Obj *property_copy(Obj *self, Obj *const *args, size_t nargs, int which, const char *name) {
    if (args_count(name, nargs, 1, 1) < 0) return NULL;
    PropertyObj *p = PROP(self);
    Obj *f[4] = { p->fget, p->fset, p->fdel, NULL };
    f[which] = args[0];
    /* a doc taken from the old getter follows the new one */
    bool from_getter = p->getter_doc && f[0] != NULL && f[0] != NONE;
    f[3] = from_getter || p->doc == NULL ? NONE : p->doc;
    for (int i = 0; i < 3; i++)
        if (f[i] == NULL) f[i] = NONE;
    Obj *r;
    if (IS_TYPE(self, PropertyType)) {
        r = property_new(&PropertyType, NULL, 0, NULL);
        if (r != NULL && property_fill(PROP(r), f[0], f[1], f[2], f[3]) < 0) CLEAR(r);
    } else {
        r = obj_call((Obj *)TYPE(self), f, 4, NULL);   /* a subclass's __init__ runs */
    }
    if (r != NULL && type_is_subtype(TYPE(r), &PropertyType) && p->name != NULL)
        SETREF(PROP(r)->name, NEWREF(p->name));
    return r;
}
static Obj *property_getter(Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    return property_copy(self, args, nargs, 0, "getter");
}
static Obj *property_setter(Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    return property_copy(self, args, nargs, 1, "setter");
}
static Obj *property_deleter(Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    return property_copy(self, args, nargs, 2, "deleter");
}
static Obj *property_set_name(Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    if (nargs != 2) {
        err_format(&Exc_TypeError, "__set_name__() takes 2 positional arguments but %zu were given", nargs);
        return NULL;
    }
    SETREF(PROP(self)->name, NEWREF(args[1]));
    return NEWREF(NONE);
}

static const MethodDef property_methods[] = {
    {"getter", property_getter},
    {"setter", property_setter},
    {"deleter", property_deleter},
    {"__set_name__", property_set_name},
    {NULL},
};

static Obj *or_none(Obj *v) { return NEWREF(v ? v : NONE); }
static Obj *property_fget(Obj *o) { return or_none(PROP(o)->fget); }
static Obj *property_fset(Obj *o) { return or_none(PROP(o)->fset); }
static Obj *property_fdel(Obj *o) { return or_none(PROP(o)->fdel); }
static Obj *property_doc(Obj *o) { return or_none(PROP(o)->doc); }
static int property_set_doc(Obj *o, Obj *v) {
    SETREF(PROP(o)->doc, none_to_null(v));
    return 0;
}

/* Whether f says it is abstract (f.__isabstractmethod__ true): 1, 0, -1. */
static int is_abstract(Obj *f) {
    if (f == NULL) return 0;
    Obj *v = obj_lookup_attr(f, str_intern_cstr("__isabstractmethod__"));
    if (v == NULL) return err_occurred() ? -1 : 0;
    int r = obj_is_true(v);
    DECREF(v);
    return r;
}

/* property.__isabstractmethod__: any of its functions is abstract. */
static Obj *property_isabstract(Obj *o) {
    Obj *fs[3] = {PROP(o)->fget, PROP(o)->fset, PROP(o)->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(fs[i]);
        if (r != 0) return r < 0 ? NULL : NEWREF(TRUE_);
    }
    return NEWREF(FALSE_);
}

static const GetSetDef property_getset[] = {
    {"__isabstractmethod__", property_isabstract},
    {"fget", property_fget},
    {"fset", property_fset},
    {"fdel", property_fdel},
    {"__doc__", property_doc, property_set_doc},
    {NULL},
};

Type PropertyType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "property",
    .size = sizeof(PropertyObj),
    .flags = TF_BASETYPE,
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .getset = property_getset,
    .doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n"
           "  fset\n    function to be used for setting an attribute value\n"
           "  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring",
};

/* ---- staticmethod and classmethod ---------------------------------------- */
typedef struct WrapObj {
    Obj ob;
    Obj *func;
    Obj *dict;   /* __dict__ (functools.wraps copies into it) */
} WrapObj;

static Obj *wrap_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *name = t == &ClassMethodType || type_is_subtype(t, &ClassMethodType)
                     ? "classmethod" : "staticmethod";
    if (kw_count(kwnames) != 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", name);
        return NULL;
    }
    if (nargs != 1) {
        err_format(&Exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return NULL;
    }
    WrapObj *w = (WrapObj *)obj_alloc(t, t->size);
    if (w == NULL) return NULL;
    w->func = NEWREF(args[0]);
    return (Obj *)w;
}

static void wrap_dealloc(Obj *o) {
    WrapObj *w = (WrapObj *)o;
    DECREF(w->func);
    XDECREF(w->dict);
    obj_free(o);
}

static Obj *static_get(Obj *self, Obj *obj, Obj *type) {
    return NEWREF(((WrapObj *)self)->func);
}

static Obj *static_call(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return obj_call(((WrapObj *)self)->func, args, nargs, kwnames);
}

static Obj *class_get(Obj *self, Obj *obj, Obj *type) {
    if (type == NULL || type == NONE) type = (Obj *)TYPE(obj);
    Obj *f = ((WrapObj *)self)->func;
    /* classmethod(property(...)) and friends chain, as in 3.11 */
    Type *ft = TYPE(f);
    if (ft->descr_get != NULL && !is_function(f) && !type_has(ft, TF_METHOD_DESCRIPTOR))
        return ft->descr_get(f, type, type);
    return method_new(f, type);
}

static Obj *wrap_repr(Obj *o) {
    return str_from_format("<%s(%R)>", TYPE(o)->name, ((WrapObj *)o)->func);
}

static Obj *wrap_func(Obj *o) { return NEWREF(((WrapObj *)o)->func); }
static Obj *wrap_attr(Obj *o, const char *name) {
    return obj_getattr_cstr(((WrapObj *)o)->func, name);
}
static Obj *wrap_name(Obj *o) { return wrap_attr(o, "__name__"); }
static Obj *wrap_qualname(Obj *o) { return wrap_attr(o, "__qualname__"); }
static Obj *wrap_doc(Obj *o) { return wrap_attr(o, "__doc__"); }

static Obj *wrap_isabstract(Obj *o) {
    int r = is_abstract(((WrapObj *)o)->func);
    return r < 0 ? NULL : NEWREF(bool_from(r));
}

static const GetSetDef wrap_getset[] = {
    {"__isabstractmethod__", wrap_isabstract},
    {"__func__", wrap_func},
    {"__wrapped__", wrap_func},
    {"__name__", wrap_name},
    {"__qualname__", wrap_qualname},
    {"__doc__", wrap_doc},
    {NULL},
};

Type StaticMethodType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "staticmethod",
    .size = sizeof(WrapObj),
    .flags = TF_BASETYPE,
    .dealloc = wrap_dealloc,
    .repr = wrap_repr,
    .descr_get = static_get,
    .call = static_call,
    .new_ = wrap_new,
    .getset = wrap_getset,
    .dictoffset = offsetof(WrapObj, dict),
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
};

Type ClassMethodType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "classmethod",
    .size = sizeof(WrapObj),
    .flags = TF_BASETYPE,
    .dealloc = wrap_dealloc,
    .repr = wrap_repr,
    .descr_get = class_get,
    .new_ = wrap_new,
    .getset = wrap_getset,
    .dictoffset = offsetof(WrapObj, dict),
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
};
