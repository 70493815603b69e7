/* sys_version.c: sys.version_info (a tuple with named fields, so that
 * `sys.version_info >= (3, 8)` and `.major` both work), sys.version,
 * sys.hexversion and sys.implementation. */
#include "sys_internal.h"
#include "api.h"
#include "dict.h"
#include "int.h"
#include "module.h"
#include "namespace.h"
#include "structseq.h"
#include "str.h"
#include "tuple.h"

static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
static STRUCTSEQ_TYPE(VersionInfoType, "sys.version_info", version_fields);

static Obj *make_version_info(void) {
    Obj *items[] = {small_new(GILPY_PY_MAJOR), small_new(GILPY_PY_MINOR), small_new(GILPY_PY_MICRO),
                    NEWREF(str_intern_cstr("final")), small_new(0)};
    return structseq_new(&VersionInfoType, items, 5);
}

/* sys.implementation: a types.SimpleNamespace with name, cache_tag (None:
 * gilpy writes no bytecode caches), version and hexversion. */
static Obj *make_implementation(Obj *version_info) {
    Obj *d = dict_new();
    int hexversion = (GILPY_PY_MAJOR << 24) | (GILPY_PY_MINOR << 16) | (GILPY_PY_MICRO << 8) | 0xF0;
    Obj *hex = int_from_i64(hexversion);
    Obj *ns = NULL;
    if (d && hex && dict_set_cstr(d, "name", str_intern_cstr("gilpy")) == 0 &&
        dict_set_cstr(d, "cache_tag", NONE) == 0 && dict_set_cstr(d, "version", version_info) == 0 &&
        dict_set_cstr(d, "hexversion", hex) == 0)
        ns = namespace_new(d);
    XDECREF(d);
    XDECREF(hex);
    return ns;
}

int sys_add_version(Obj *sys) {
    Obj *vi = make_version_info();
    if (vi == NULL) return -1;
    Obj *impl = make_implementation(vi);
    Obj *version = str_from_cstr(GILPY_PY_VERSION " (gilpy " GILPY_VERSION ") [" GILPY_COMPILER "]");
    int hexversion = (GILPY_PY_MAJOR << 24) | (GILPY_PY_MINOR << 16) | (GILPY_PY_MICRO << 8) | 0xF0;
    int rc = impl && version &&
             module_add_obj(sys, "version_info", vi) == 0 &&
             module_add_obj(sys, "implementation", impl) == 0 &&
             module_add_obj(sys, "version", version) == 0 &&
             module_add_int(sys, "hexversion", hexversion) == 0 ? 0 : -1;
    DECREF(vi);
    XDECREF(impl);
    XDECREF(version);
    return rc;
}
