/* pickle_module.c: the _pickle module: its exceptions (PickleError,
 * PicklingError, UnpicklingError), Pickler and Unpickler, dump/dumps/
 * load/loads, and the objects borrowed from copyreg and pickle.py (loaded
 * on first use, since pickle.py itself imports _pickle). */
#include <stdarg.h>
#include "pickle_internal.h"
#include "modules.h"
#include "module_parts.h"
#include "api.h"
#include "dict.h"
#include "err.h"
#include "module.h"
#include "str.h"
#include "tuple.h"

Obj *PickleError, *PicklingError, *UnpicklingError;
PickleShared pk_shared;

void pk_error(Obj *cls, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *msg = str_from_vformat(fmt, ap);
    va_end(ap);
    if (msg == NULL) return;
    Obj *exc = obj_call1(cls, msg);
    DECREF(msg);
    if (exc != NULL) err_set_obj(exc);
}

Obj *pk_lookup(Obj *o, Obj *name) {
    Obj *v = obj_lookup_attr(o, name);
    if (v == NULL && err_matches(&Exc_AttributeError)) err_clear();
    return v;
}

Obj *pk_import(Obj *name) {
    Obj *mods = sys_modules();
    Obj *m = mods ? dict_get(mods, name) : NULL;
    if (m != NULL) return NEWREF(m);
    if (err_occurred()) return NULL;
    Obj *top = import_module_level(name, NULL, NULL, 0);
    if (top == NULL) return NULL;
    DECREF(top);
    m = dict_get(sys_modules(), name);
    if (m == NULL) {
        if (!err_occurred()) err_format(&Exc_KeyError, "%R", name);
        return NULL;
    }
    return NEWREF(m);
}

int pk_map_names(Obj *name_map, Obj *module_map, Obj **module, Obj **name) {
    Obj *key = tuple_pack(2, *module, *name);
    if (key == NULL) return -1;
    Obj *item = dict_get(name_map, key);
    DECREF(key);
    if (item != NULL && is_tuple(item) && tuple_size(item) == 2) {
        SETREF(*module, NEWREF(tuple_get(item, 0)));
        SETREF(*name, NEWREF(tuple_get(item, 1)));
    } else if (item == NULL && !err_occurred()) {
        Obj *m = dict_get(module_map, *module);
        if (m != NULL) SETREF(*module, NEWREF(m));
    }
    return err_occurred() ? -1 : 0;
}

Obj *pk_get_hook(Obj *hook, const char *name) {
    if (hook == NULL) {
        err_set_str(&Exc_AttributeError, name);
        return NULL;
    }
    return NEWREF(hook);
}

int pk_set_hook(Obj **slot, Obj *value, const char *name) {
    if (value == NULL) {
        err_set_str(&Exc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (TYPE(value)->call == NULL) {
        err_format(&Exc_TypeError, "%s must be a callable taking one argument", name);
        return -1;
    }
    SETREF(*slot, NEWREF(value));
    return 0;
}

/* module.name as a new reference stored in *slot (kept for good). */
static int take(Obj *module, const char *name, Obj **slot) {
    Obj *v = obj_getattr_cstr(module, name);
    if (v == NULL) return -1;
    *slot = v;
    return 0;
}

int pk_shared_load(void) {
    if (pk_shared.copyreg_dispatch != NULL) return 0;
    Obj *m = import_module_cstr("copyreg");
    if (m == NULL) return -1;
    PickleShared s = pk_shared;
    int rc = (take(m, "_extension_registry", &s.ext_registry) < 0 ||
              take(m, "_inverted_registry", &s.inv_registry) < 0 ||
              take(m, "_extension_cache", &s.ext_cache) < 0 ||
              take(m, "__newobj__", &s.newobj) < 0 || take(m, "__newobj_ex__", &s.newobj_ex) < 0 ||
              take(m, "_reconstructor", &s.reconstructor) < 0 ||
              take(m, "dispatch_table", &s.copyreg_dispatch) < 0) ? -1 : 0;
    DECREF(m);
    if (rc == 0 && (!is_dict(s.ext_registry) || !is_dict(s.inv_registry) || !is_dict(s.ext_cache))) {
        err_set_str(&Exc_TypeError, "copyreg's extension registries must be dicts");
        rc = -1;
    }
    if (rc == 0) pk_shared = s;
    return rc;
}

int pk_shared_load_py(void) {
    if (pk_shared_load() < 0) return -1;
    if (pk_shared.reduce_ex != NULL) return 0;
    PickleShared s = pk_shared;
    Obj *m = import_module_cstr("pickle");
    if (m == NULL) return -1;
    Obj *ft = import_module_cstr("functools");
    int rc = (ft == NULL || take(m, "_codecs_encode", &s.codecs_encode) < 0 ||
              take(m, "_whichmodule", &s.whichmodule) < 0 ||
              take(m, "_NAME_TO_PY2", &s.name_to_py2) < 0 ||
              take(m, "_MODULE_TO_PY2", &s.module_to_py2) < 0 ||
              take(m, "_NAME_FROM_PY2", &s.name_from_py2) < 0 ||
              take(m, "_MODULE_FROM_PY2", &s.module_from_py2) < 0 ||
              take(ft, "partial", &s.partial) < 0 ||
              take(m, "_reduce_ex", &s.reduce_ex) < 0) ? -1 : 0;
    DECREF(m);
    XDECREF(ft);
    if (rc == 0) {
        s.builtins_getattr = dict_get_cstr(builtins_dict(), "getattr");
        if (s.builtins_getattr == NULL) {
            err_set_str(&Exc_RuntimeError, "builtins.getattr is missing");
            return -1;
        }
        INCREF(s.builtins_getattr);
        pk_shared = s;
    }
    return rc;
}

/* class name(base), with __module__ _pickle. */
static Obj *make_exception(const char *name, Obj *base) {
    return module_new_exception("_pickle", name, base);
}

static const MethodDef module_functions[] = {
    {"dump", pk_m_dump, 0}, {"dumps", pk_m_dumps, 0},
    {"load", pk_m_load, 0}, {"loads", pk_m_loads, 0}, {NULL},
};

Obj *pickle_c_module_init(void) {
    Obj *m = module_new("_pickle");
    if (m == NULL) return NULL;
    if (PickleError == NULL) {
        PickleError = make_exception("PickleError", (Obj *)&Exc_Exception);
        PicklingError = PickleError ? make_exception("PicklingError", PickleError) : NULL;
        UnpicklingError = PicklingError ? make_exception("UnpicklingError", PickleError) : NULL;
    }
    if (UnpicklingError == NULL || type_ready(&PicklerType) < 0 || type_ready(&UnpicklerType) < 0 ||
        module_add_obj(m, "PickleError", PickleError) < 0 ||
        module_add_obj(m, "PicklingError", PicklingError) < 0 ||
        module_add_obj(m, "UnpicklingError", UnpicklingError) < 0 ||
        module_add_obj(m, "Pickler", (Obj *)&PicklerType) < 0 ||
        module_add_obj(m, "Unpickler", (Obj *)&UnpicklerType) < 0 ||
        module_add_functions(m, module_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
