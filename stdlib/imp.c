/* imp.c: the _imp module importlib is built on: which names are built-in C
 * modules, which are "frozen" (gilpy's embedded stdlib/lib modules, whose
 * code objects say "<frozen NAME>" as CPython's frozen modules do), their
 * source (get_frozen_source, gilpy's own: the embedded modules are kept as
 * source, not code), and making a built-in module for a spec. */
#include <string.h>
#include "modules.h"
#include "dict.h"
#include "embedded.h"
#include "api.h"
#include "err.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* The name argument (a str) of a one-argument function. */
static const char *name_arg(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
        return NULL;
    }
    if (nargs != 1) {
        err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return NULL;
    }
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "%s() argument must be str, not %T", fname, args[0]);
        return NULL;
    }
    return str_data(args[0]);
}

/* For the functions that take no arguments. */
static int no_args(const char *fname, size_t nargs, Obj *kwnames) {
    size_t n = nargs + (kwnames ? tuple_size(kwnames) : 0);
    if (n == 0) return 0;
    err_format(&Exc_TypeError, "%s() takes no arguments (%zu given)", fname, n);
    return -1;
}

static const EmbeddedModule *find_frozen(const char *name) {
    for (const EmbeddedModule *em = embedded_modules; em->name != NULL; em++)
        if (strcmp(em->name, name) == 0) return em;
    return NULL;
}

/* The frozen module `name`, or NULL with CPython's ImportError. */
static const EmbeddedModule *frozen_or_raise(const char *name) {
    const EmbeddedModule *em = find_frozen(name);
    if (em == NULL) {
        Obj *msg = str_from_format("No such frozen object named '%s'", name);
        Obj *exc = msg ? exc_new(&Exc_ImportError, &msg, 1) : NULL;
        Obj *n = exc ? str_from_cstr(name) : NULL;
        if (n != NULL && obj_setattr(exc, str_intern_cstr("name"), n) == 0) err_set_obj(exc);
        else XDECREF(exc);
        XDECREF(n);
        XDECREF(msg);
    }
    return em;
}

static Obj *imp_is_builtin(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *name = name_arg("is_builtin", args, nargs, kwnames);
    if (name == NULL) return NULL;
    /* CPython: -1 for the modules that cannot be re-initialised (sys, builtins) */
    if (strcmp(name, "sys") == 0 || strcmp(name, "builtins") == 0) return small_new(-1);
    return small_new(builtin_module_find(name) != NULL);
}

static Obj *imp_is_frozen(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *name = name_arg("is_frozen", args, nargs, kwnames);
    return name == NULL ? NULL : NEWREF(bool_from(find_frozen(name) != NULL));
}

static Obj *imp_is_frozen_package(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *name = name_arg("is_frozen_package", args, nargs, kwnames);
    const EmbeddedModule *em = name ? frozen_or_raise(name) : NULL;
    return em == NULL ? NULL : NEWREF(bool_from(em->is_package));
}

static Obj *imp_get_frozen_source(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *name = name_arg("get_frozen_source", args, nargs, kwnames);
    const EmbeddedModule *em = name ? frozen_or_raise(name) : NULL;
    return em == NULL ? NULL : str_from(em->source, em->size);
}

static Obj *imp_frozen_module_names(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (no_args("_frozen_module_names", nargs, kwnames) < 0) return NULL;
    Obj *list = list_new(0);
    for (const EmbeddedModule *em = embedded_modules; list != NULL && em->name != NULL; em++) {
        Obj *n = str_from_cstr(em->name);
        if (n == NULL || list_append(list, n) < 0) CLEAR(list);
        XDECREF(n);
    }
    Obj *t = list ? list_as_tuple(list) : NULL;
    XDECREF(list);
    return t;
}

/* create_builtin(spec): the built-in module spec.name (made once). */
static Obj *imp_create_builtin(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_set_str(&Exc_TypeError, "create_builtin() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1) {
        err_format(&Exc_TypeError, "create_builtin() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    Obj *name = obj_getattr(args[0], str_intern_cstr("name"));
    if (name == NULL) return NULL;
    if (!is_str(name)) {
        err_format(&Exc_TypeError, "name must be string, not %T", name);
        DECREF(name);
        return NULL;
    }
    Obj *m = dict_get_str(sys_modules(), name);
    if (m != NULL) {
        DECREF(name);
        return NEWREF(m);
    }
    const BuiltinModule *bm = builtin_module_find(str_data(name));
    if (bm == NULL) {
        Obj *mod = module_new(str_data(name));
        DECREF(name);
        return mod;
    }
    DECREF(name);
    return bm->init();
}

static Obj *imp_extension_suffixes(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (no_args("extension_suffixes", nargs, kwnames) < 0) return NULL;
    return list_new(0);
}

static const MethodDef functions[] = {
    {"is_builtin", imp_is_builtin}, {"is_frozen", imp_is_frozen},
    {"is_frozen_package", imp_is_frozen_package}, {"get_frozen_source", imp_get_frozen_source},
    {"_frozen_module_names", imp_frozen_module_names}, {"create_builtin", imp_create_builtin},
    {"extension_suffixes", imp_extension_suffixes},
    {NULL},
};

Obj *imp_module_init(void) {
    Obj *m = module_new("_imp");
    if (m == NULL || module_add_functions(m, functions) < 0) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
