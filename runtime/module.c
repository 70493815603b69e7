/* module.c: module objects: a dict of globals with attribute access on it,
 * and helpers for built-in modules to fill themselves. */
#include <stddef.h>
#include "module.h"
#include "err.h"
#include "str.h"
#include "dict.h"
#include "int.h"
#include "args.h"
#include "builtin_func.h"
#include "ident.h"

static Obj *module_from_name(Type *t, Obj *name) {
    ModuleObj *m = (ModuleObj *)obj_alloc(t, t->size);
    if (m == NULL) return NULL;
    if ((m->dict = dict_new()) == NULL ||
        dict_set(m->dict, IDENT(__name__), name) < 0 ||
        dict_set(m->dict, IDENT(__doc__), NONE) < 0 ||
        dict_set(m->dict, IDENT(__package__), NONE) < 0 ||
        dict_set(m->dict, IDENT(__loader__), NONE) < 0 ||
        dict_set(m->dict, IDENT(__spec__), NONE) < 0) {
        DECREF((Obj *)m);
        return NULL;
    }
    return (Obj *)m;
}

Obj *module_new(const char *name) {
    Obj *n = str_from_cstr(name);
    if (n == NULL) return NULL;
    Obj *m = module_from_name(&ModuleType, n);
    DECREF(n);
    return m;
}

/* types.ModuleType(name, doc=None) */
static Obj *module_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"name", "doc", NULL};
    Obj *a[2];
    if (args_bind("module", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    if (!is_str(a[0])) {
        err_format(&Exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                   type_name(a[0]));
        return NULL;
    }
    Obj *m = module_from_name(t, a[0]);
    if (m != NULL && a[1] != NULL && dict_set(module_dict(m), IDENT(__doc__), a[1]) < 0)
        CLEAR(m);
    return m;
}

int module_add_functions(Obj *m, const MethodDef *defs) {
    Obj *name = dict_get_str(module_dict(m), IDENT(__name__));
    for (; defs->name; defs++) {
        Obj *f = builtin_func_new(defs, m, name);
        if (f == NULL) return -1;
        int rc = dict_set_cstr(module_dict(m), defs->name, f);
        DECREF(f);
        if (rc < 0) return -1;
    }
    return 0;
}

int module_add_obj(Obj *m, const char *name, Obj *value) {
    return dict_set_cstr(module_dict(m), name, value);
}

int module_add_int(Obj *m, const char *name, int64_t value) {
    Obj *v = int_from_i64(value);
    if (v == NULL) return -1;
    int rc = module_add_obj(m, name, v);
    DECREF(v);
    return rc;
}

static void module_dealloc(Obj *o) {
    XDECREF(((ModuleObj *)o)->dict);
    obj_free(o);
}

static Obj *module_repr(Obj *o) {
    Obj *d = module_dict(o);
    Obj *name = dict_get_str(d, IDENT(__name__));
    Obj *file = dict_get_str(d, IDENT(__file__));
    if (name == NULL) name = IDENT(__name__);
    if (file != NULL && file != NONE) return str_from_format("<module %R from %R>", name, file);
    return str_from_format("<module %R (built-in)>", name);
}

/* The dict first (the common case), then the type (__dict__, __class__),
 * then a module-level __getattr__ (PEP 562). */
static Obj *module_getattr(Obj *o, Obj *name) {
    Obj *v = dict_get_str(module_dict(o), name);
    if (v != NULL) return NEWREF(v);
    v = obj_generic_getattr(o, name);
    if (v != NULL || !err_matches(&Exc_AttributeError)) return v;
    err_clear();
    Obj *hook = dict_get_str(module_dict(o), IDENT(__getattr__));
    if (hook != NULL) return obj_call1(hook, name);
    Obj *mname = dict_get_str(module_dict(o), IDENT(__name__));
    if (mname != NULL && is_str(mname))
        err_format(&Exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    else
        err_format(&Exc_AttributeError, "module has no attribute '%U'", name);
    exc_attribute_error_set_context(o, name);
    return NULL;
}

static Obj *module_get_dict(Obj *o) { return NEWREF(module_dict(o)); }

static const GetSetDef module_getset[] = {
    {"__dict__", module_get_dict, getset_readonly},
    {NULL},
};

Type ModuleType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "module",
    .size = sizeof(ModuleObj),
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .new_ = module_type_new,
    .getset = module_getset,
    .dictoffset = offsetof(ModuleObj, dict),
};
